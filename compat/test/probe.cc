// Exercises every function glibc_2_17_compat covers and prints what it observed.
// The tests build it with and without the compat layer, on the host glibc and on a
// real glibc 2.17 sysroot, and compare the outputs.
//
// Output rules, which the tests rely on:
//  - lines starting with "platform " depend on the kernel and CPU (protection
//    keys), so they are compared only between runs on the same machine;
//  - lines starting with "math " carry floating-point results, compared with a
//    tolerance across libm implementations;
//  - everything else must match exactly: results are normalised (no pids, fds,
//    random bytes or addresses) and every check prints "ok" or what went wrong.
//
// C++11 and GCC 4.8 compatible, like the compat layer itself.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <errno.h>
#include <fcntl.h>
#include <gnu/libc-version.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "late_functions.h"
// No header declares it; libstdc++ calls it for thread_local destructors.
extern "C" int __cxa_thread_atexit_impl(void (*dtor)(void *), void *obj, void *dso_symbol);
extern "C" void *__dso_handle __attribute__((__visibility__("hidden")));

// Node references these weakly; a wrapped weak reference must still resolve.
#pragma weak getentropy
#pragma weak pkey_get

namespace {

const char *errname(int e) {
  switch (e) {
    case 0: return "0";
    case EIO: return "EIO";
    case ENOSYS: return "ENOSYS";
    case EINVAL: return "EINVAL";
    case EAGAIN: return "EAGAIN";
    case EACCES: return "EACCES";
    case ENOSPC: return "ENOSPC";
    case EPERM: return "EPERM";
    case ERANGE: return "ERANGE";
    case EDOM: return "EDOM";
    case EOPNOTSUPP: return "EOPNOTSUPP";
    default: {
      static char buf[32];
      snprintf(buf, sizeof buf, "errno %d", e);
      return buf;
    }
  }
}

void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  // Flushed at once: quick_exit and _exit in the children skip stdio cleanup.
  fflush(stdout);
}

// Destructor events, recorded so that the order can be checked and printed in a
// form that does not depend on which library ran which destructor.
pthread_mutex_t events_lock = PTHREAD_MUTEX_INITIALIZER;
const char *events[64];
int event_count;

void record(const char *event) {
  pthread_mutex_lock(&events_lock);
  if (event_count < 64) events[event_count++] = event;
  pthread_mutex_unlock(&events_lock);
}

int position(const char *event) {
  for (int i = 0; i < event_count; i++)
    if (strcmp(events[i], event) == 0) return i;
  return -1;
}

struct Noisy {
  const char *name;
  explicit Noisy(const char *n) : name(n) {}
  ~Noisy() { record(name); }
  void touch() volatile {}
};

void impl_dtor(void *name) { record(static_cast<const char *>(name)); }

int register_impl(const char *name) {
  return __cxa_thread_atexit_impl(impl_dtor, const_cast<char *>(name), &__dso_handle);
}

// ---------------------------------------------------------------------------
void random_bytes() {
  unsigned char a[64], b[64];
  memset(a, 0, sizeof a);
  memset(b, 0, sizeof b);
  ssize_t n1 = getrandom(a, sizeof a, 0);
  ssize_t n2 = getrandom(b, sizeof b, GRND_NONBLOCK);
  say("getrandom: %s\n", n1 == 64 && n2 == 64 ? "ok" : "short read");
  say("getrandom: two draws %s\n", memcmp(a, b, sizeof a) != 0 ? "differ" : "are equal");

  static unsigned char big[300];
  int e256 = getentropy(big, 256);
  errno = 0;
  int e257 = getentropy(big, 257);
  say("getentropy(256): %d\n", e256);
  say("getentropy(257): %d %s\n", e257, errname(errno));
  say("getentropy weak reference: %s\n", &getentropy != 0 ? "bound" : "null");
}

// ---------------------------------------------------------------------------
void qe_first() { say("quick_exit handler: registered first\n"); }
void qe_second() { say("quick_exit handler: registered second\n"); }
void qe_third() { say("quick_exit handler: registered third\n"); }
void never_at_exit() { say("BUG: atexit handler ran on quick_exit\n"); }

struct ChildTls {
  ~ChildTls() { say("BUG: quick_exit ran a thread_local destructor\n"); }
  void touch() volatile {}
};

void quick_exit_order() {
  pid_t pid = fork();
  if (pid == 0) {
    static thread_local ChildTls tls;
    tls.touch();
    atexit(never_at_exit);
    if (at_quick_exit(qe_first) != 0 || at_quick_exit(qe_second) != 0 || at_quick_exit(qe_third) != 0)
      say("at_quick_exit: failed\n");
    quick_exit(7);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  say("quick_exit: child %s %d\n", WIFEXITED(status) ? "exited with" : "died, status",
      WIFEXITED(status) ? WEXITSTATUS(status) : status);
}

// ---------------------------------------------------------------------------
void worker_object() {
  static thread_local Noisy obj("worker thread_local object");
  obj.touch();
}

void *worker(void *) {
  int r1 = register_impl("worker impl 1");
  worker_object();
  int r2 = register_impl("worker impl 2");
  if (r1 != 0 || r2 != 0) record("worker registration failed");
  return 0;
}

void worker_thread_locals() {
  pthread_t t;
  if (pthread_create(&t, 0, worker, 0) != 0) {
    say("pthread_create: failed\n");
    return;
  }
  pthread_join(t, 0);
  int i1 = position("worker impl 1"), i2 = position("worker impl 2");
  say("worker exit: impl destructors %s\n",
      i1 < 0 || i2 < 0 ? "missing" : (i2 < i1 ? "ran in LIFO order" : "ran in FIFO order"));
  say("worker exit: thread_local object %s\n", position("worker thread_local object") >= 0 ? "destroyed" : "leaked");
  say("worker exit: %s\n", position("worker registration failed") >= 0 ? "registration failed" : "registrations ok");
}

void main_object() {
  static thread_local Noisy obj("main thread_local object");
  obj.touch();
}

void user_at_exit() { record("user atexit handler"); }

// Registered before anything else, so it runs last and sees every exit event.
// glibc runs thread_local destructors before all atexit handlers; the compat
// fallback before those registered before the main thread's first thread_local
// (the worker registered earlier). Objects of a libstdc++ built for glibc < 2.18
// do not go through __cxa_thread_atexit_impl, so only the impl order is checked.
void exit_summary() {
  int i1 = position("main impl 1"), i2 = position("main impl 2");
  int obj = position("main thread_local object"), user = position("user atexit handler");
  printf("main exit: impl destructors %s\n",
         i1 < 0 || i2 < 0 ? "missing" : (i2 < i1 ? "ran in LIFO order" : "ran in FIFO order"));
  printf("main exit: thread_local object %s\n", obj >= 0 ? "destroyed" : "leaked");
  printf("main exit: user atexit handler %s\n",
         user < 0 ? "missing" : (user > i1 && user > i2 ? "ran after the impl destructors" : "ran before them"));
}

void main_thread_locals() {
  atexit(user_at_exit);
  int r1 = register_impl("main impl 1");
  main_object();
  int r2 = register_impl("main impl 2");
  say("main thread: registrations %s\n", r1 == 0 && r2 == 0 ? "ok" : "failed");
}

// ---------------------------------------------------------------------------
void locks() {
  char path[4096];
  const char *dir = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/compat-probe-XXXXXX", dir != 0 && *dir != '\0' ? dir : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) {
    say("fcntl64: mkstemp failed %s\n", errname(errno));
    return;
  }
  unlink(path);

  struct flock fl;
  memset(&fl, 0, sizeof fl);
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_len = 16;
  say("fcntl64 F_SETLK: %s\n", fcntl64(fd, F_SETLK, &fl) == 0 ? "ok" : errname(errno));

  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    struct flock q;
    memset(&q, 0, sizeof q);
    q.l_type = F_WRLCK;
    q.l_whence = SEEK_SET;
    q.l_len = 16;
    int r = fcntl64(fd, F_GETLK, &q);
    say("fcntl64 F_GETLK from child: %s\n",
        r != 0 ? errname(errno) : (q.l_type == F_WRLCK && q.l_pid == parent ? "parent holds it" : "not held"));
    q.l_type = F_WRLCK;
    errno = 0;
    r = fcntl64(fd, F_SETLK, &q);
    say("fcntl64 F_SETLK from child: %s\n", r == 0 ? "granted" : (errno == EAGAIN || errno == EACCES) ? "refused" : errname(errno));
    _exit(0);
  }
  waitpid(pid, 0, 0);

  int flags = fcntl64(fd, F_GETFD);
  int set = fcntl64(fd, F_SETFD, flags | FD_CLOEXEC);
  say("fcntl64 F_SETFD/F_GETFD: %s\n", set == 0 && (fcntl64(fd, F_GETFD) & FD_CLOEXEC) ? "ok" : "failed");
  int dup = fcntl64(fd, F_DUPFD_CLOEXEC, 100);
  say("fcntl64 F_DUPFD_CLOEXEC: %s\n", dup >= 100 && (fcntl64(dup, F_GETFD) & FD_CLOEXEC) ? "ok" : "failed");
  // Plain fcntl: with _FILE_OFFSET_BITS=64 and glibc >= 2.28 headers this is fcntl64 too.
  int fl_flags = fcntl(fd, F_GETFL);
  say("fcntl F_SETFL/F_GETFL: %s\n",
      fcntl(fd, F_SETFL, fl_flags | O_NONBLOCK) == 0 && (fcntl(fd, F_GETFL) & O_NONBLOCK) ? "ok" : "failed");
  fl.l_type = F_UNLCK;
  say("fcntl64 F_UNLCK: %s\n", fcntl64(fd, F_SETLK, &fl) == 0 ? "ok" : errname(errno));
  close(dup);
  close(fd);
}

// ---------------------------------------------------------------------------
void memfd() {
  int fd = memfd_create("compat-probe", MFD_CLOEXEC);
  if (fd < 0) {
    say("memfd_create: failed %s\n", errname(errno));
    return;
  }
  const char text[] = "written through memfd";
  char back[sizeof text];
  memset(back, 0, sizeof back);
  bool ok = write(fd, text, sizeof text) == static_cast<ssize_t>(sizeof text) &&
            pread(fd, back, sizeof back, 0) == static_cast<ssize_t>(sizeof back) && memcmp(text, back, sizeof text) == 0;
  say("memfd_create: %s\n", ok ? "roundtrip ok" : "roundtrip failed");
  say("memfd_create: close-on-exec %s\n", (fcntl64(fd, F_GETFD) & FD_CLOEXEC) ? "set" : "missing");
  close(fd);
}

// ---------------------------------------------------------------------------
void protection_keys() {
  long page = sysconf(_SC_PAGESIZE);
  void *mem = mmap(0, static_cast<size_t>(page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  say("pkey_mprotect(key -1): %s\n",
      pkey_mprotect(mem, static_cast<size_t>(page), PROT_READ, -1) == 0 ? "ok" : errname(errno));

  errno = 0;
  int key = pkey_alloc(0, 0);
  if (key < 0) {
    // Like V8: without a key, pkey_get/pkey_set are never called.
    say("platform pkey_alloc: unavailable %s\n", errname(errno));
  } else {
    bool ok = pkey_set(key, PKEY_DISABLE_WRITE) == 0 && pkey_get(key) == PKEY_DISABLE_WRITE &&
              pkey_mprotect(mem, static_cast<size_t>(page), PROT_READ | PROT_WRITE, key) == 0 &&
              pkey_set(key, 0) == 0 && pkey_get(key) == 0 && pkey_free(key) == 0;
    say("platform pkey_alloc: key allocated, set/get/mprotect/free %s\n", ok ? "ok" : "failed");
  }
  errno = 0;
  int bad = pkey_get(99);
  say("platform pkey_get(99): %d %s\n", bad, errname(errno));
  errno = 0;
  bad = pkey_set(99, 0);
  say("platform pkey_set(99): %d %s\n", bad, errname(errno));
  errno = 0;
  bad = pkey_free(99);
  say("platform pkey_free(99): %d %s\n", bad, errname(errno));
  say("pkey_get weak reference: %s\n", &pkey_get != 0 ? "bound" : "null");
  munmap(mem, static_cast<size_t>(page));
}

// ---------------------------------------------------------------------------
void show(const char *what, double value) {
  if (isnan(value))
    say("math %s=nan errno=%s\n", what, errname(errno));
  else if (isinf(value))
    say("math %s=%sinf errno=%s\n", what, value < 0 ? "-" : "", errname(errno));
  else
    say("math %s=%.9g errno=%s\n", what, value, errname(errno));
}

// errno is cleared before each call and read after it.
#define SHOW(what, call)  \
  do {                    \
    errno = 0;            \
    double value_ = (call); \
    show(what, value_);   \
  } while (0)

void math() {
  volatile float x = 1.5f, big = 100.0f, base = 2.5f, power = 3.25f, neg = -8.0f, third = 1.0f / 3.0f;
  volatile double half = -0.5, zero = 0.0, ten = 10.0;
  SHOW("expf(1.5)", expf(x));
  SHOW("expf(100)", expf(big));
  SHOW("powf(2.5,3.25)", powf(base, power));
  SHOW("powf(-8,1/3)", powf(neg, third));
  // The sign comes from lgamma_r: reading signgam would copy-relocate libm's
  // signgam together with its alias __signgam@GLIBC_2.23 (see docs/compat.md).
  errno = 0;
  double g = lgamma(half);
  int sign = 0;
  double g_r = lgamma_r(half, &sign);
  say("math lgamma(-0.5)=%.15g sign=%d lgamma_r %s\n", g, sign, g == g_r ? "agrees" : "differs");
  SHOW("lgamma(10)", lgamma(ten));
  // The rest of the functions with a new version in 2.27 and 2.29, including the
  // error cases, where the old versions set errno through the SVID wrapper.
  volatile float fneg = -1.0f, fzero = 0.0f;
  volatile double two = 2.0, dneg = -1.0, big_d = 1000.0;
  SHOW("exp2f(1.5)", exp2f(x));
  SHOW("logf(2.5)", logf(base));
  SHOW("logf(-1)", logf(fneg));
  SHOW("log2f(0)", log2f(fzero));
  SHOW("exp(10)", exp(ten));
  SHOW("exp(1000)", exp(big_d));
  SHOW("exp2(-0.5)", exp2(half));
  SHOW("log(10)", log(ten));
  SHOW("log(0)", log(zero));
  SHOW("log2(-1)", log2(dneg));
  SHOW("pow(2,10)", pow(two, ten));
  SHOW("pow(-1,-0.5)", pow(dneg, half));
  SHOW("lgamma(0)", lgamma(zero));
}

}  // namespace

int main() {
  atexit(exit_summary);
  // Which glibc actually runs the program, for the tests; stdout stays comparable.
  fprintf(stderr, "probe: glibc %s\n", gnu_get_libc_version());
  say("probe: start\n");
  random_bytes();
  quick_exit_order();
  worker_thread_locals();
  main_thread_locals();
  locks();
  memfd();
  protection_keys();
  math();
  say("probe: end\n");
  return 0;
}
