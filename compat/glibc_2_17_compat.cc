// glibc_2_17_compat.cc: run-time side of the glibc 2.17 floor (see glibc_2_17_compat.h).
//
// Written for C++11 and GCC 4.8 and kept free of libstdc++: it only uses libc and
// compiler builtins, so linking it adds no GLIBCXX/CXXABI requirement.
//
// Outside glibc on Linux (musl, bionic, macOS, Windows) the translation unit is
// empty: the Linux check comes before any include so that even a toolchain without
// POSIX headers compiles it.
#if defined(__linux__)

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <unistd.h>

#if defined(__GLIBC__) && !defined(__UCLIBC__)

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include "glibc_2_17_compat.h"

// ---------------------------------------------------------------------------
// libc and libm functions this file calls, bound to versions glibc 2.17 has.
//
// glibc 2.34 moved dl* and the pthread functions into libc.so.6 under new
// GLIBC_2.34 versions, and 2.28 headers turn fcntl into fcntl64 when
// _FILE_OFFSET_BITS=64. Built on such a host, plain calls would give the binary
// the very requirements this file exists to remove. The local names below are
// turned into versioned references by .symver; nothing defines them.
//
// The .symver directives are top-level asm, which GCC's LTO puts into one
// partition only: this file must be compiled without LTO (flags.sh
// source-cflags), so that the directives and every reference share one object.
// The floor is claimed for x86_64 and aarch64; elsewhere the same names are
// plain references to the default versions.
#if defined(__x86_64__) && defined(__LP64__)
#define COMPAT_LIBC_BASE "GLIBC_2.2.5"
#define COMPAT_QUICK_EXIT_OLD "GLIBC_2.10"
#elif defined(__aarch64__) && defined(__LP64__)
#define COMPAT_LIBC_BASE "GLIBC_2.17"
#define COMPAT_QUICK_EXIT_OLD "GLIBC_2.17"
#endif

#if defined(COMPAT_LIBC_BASE)
#define COMPAT_LIBM_VERSION COMPAT_LIBC_BASE
#define COMPAT_LIBC_NAME(symbol)
#define COMPAT_PIN(symbol, version) __asm__(".symver glibc_2_17_compat_" #symbol "," #symbol "@" version);
#else
#define COMPAT_LIBM_VERSION "default"
#define COMPAT_LIBC_NAME(symbol) __asm__(#symbol)
#define COMPAT_PIN(symbol, version)
#endif

COMPAT_PIN(dlsym, COMPAT_LIBC_BASE)
COMPAT_PIN(dlvsym, COMPAT_LIBC_BASE)
COMPAT_PIN(pthread_once, COMPAT_LIBC_BASE)
COMPAT_PIN(pthread_key_create, COMPAT_LIBC_BASE)
COMPAT_PIN(pthread_setspecific, COMPAT_LIBC_BASE)
COMPAT_PIN(fcntl, COMPAT_LIBC_BASE)
COMPAT_PIN(quick_exit, COMPAT_QUICK_EXIT_OLD)

extern "C" {
void *glibc_2_17_compat_dlsym(void *handle, const char *name) COMPAT_LIBC_NAME(dlsym);
void *glibc_2_17_compat_dlvsym(void *handle, const char *name, const char *version) COMPAT_LIBC_NAME(dlvsym);
int glibc_2_17_compat_pthread_once(pthread_once_t *once, void (*init)(void)) COMPAT_LIBC_NAME(pthread_once);
int glibc_2_17_compat_pthread_key_create(pthread_key_t *key, void (*destructor)(void *))
    COMPAT_LIBC_NAME(pthread_key_create);
int glibc_2_17_compat_pthread_setspecific(pthread_key_t key, const void *value)
    COMPAT_LIBC_NAME(pthread_setspecific);
int glibc_2_17_compat_fcntl(int fd, int cmd, ...) COMPAT_LIBC_NAME(fcntl);
#if defined(COMPAT_QUICK_EXIT_OLD)
void glibc_2_17_compat_quick_exit(int status) __attribute__((__noreturn__));
#endif
// GLIBC_2.10 (2.17 on aarch64); what libc_nonshared's at_quick_exit calls.
int __cxa_at_quick_exit(void (*func)(void *), void *dso);
extern void *__dso_handle __attribute__((__visibility__("hidden")));
}

// libm functions that got a new default version after 2.17 (symver-pins.txt).
// Every later glibc still exports the old version, so the wrappers below call it
// directly: no lookup, nothing that can fail at run time. Wrapping (rather than
// only the -include'd .symver pins) is what survives LTO: the linker redirects
// every reference, from whatever LTO partition or object without the pins, to a
// __wrap_ in this non-LTO object.
#define COMPAT_LIBM(ret, symbol, params, args)                                  \
  COMPAT_PIN(symbol, COMPAT_LIBC_BASE)                                          \
  extern "C" ret glibc_2_17_compat_##symbol params COMPAT_LIBC_NAME(symbol);
#define COMPAT_LIBM_LIST(X)                           \
  X(float, expf, (float x), (x))                      \
  X(float, exp2f, (float x), (x))                     \
  X(float, logf, (float x), (x))                      \
  X(float, log2f, (float x), (x))                     \
  X(float, powf, (float x, float y), (x, y))          \
  X(double, exp, (double x), (x))                     \
  X(double, exp2, (double x), (x))                    \
  X(double, log, (double x), (x))                     \
  X(double, log2, (double x), (x))                    \
  X(double, pow, (double x, double y), (x, y))        \
  X(double, lgamma, (double x), (x))
COMPAT_LIBM_LIST(COMPAT_LIBM)

// Kernel interfaces newer than the 2.17 sysroot's kernel headers (3.10 on x86_64).
#if defined(__x86_64__) && defined(__LP64__)
#define COMPAT_NR_getrandom 318
#define COMPAT_NR_memfd_create 319
#define COMPAT_NR_pkey_mprotect 329
#define COMPAT_NR_pkey_alloc 330
#define COMPAT_NR_pkey_free 331
#elif defined(__aarch64__) && defined(__LP64__)
#define COMPAT_NR_getrandom 278
#define COMPAT_NR_memfd_create 279
#define COMPAT_NR_pkey_mprotect 288
#define COMPAT_NR_pkey_alloc 289
#define COMPAT_NR_pkey_free 290
#else
#if defined(SYS_getrandom)
#define COMPAT_NR_getrandom SYS_getrandom
#endif
#if defined(SYS_memfd_create)
#define COMPAT_NR_memfd_create SYS_memfd_create
#endif
#if defined(SYS_pkey_mprotect)
#define COMPAT_NR_pkey_mprotect SYS_pkey_mprotect
#define COMPAT_NR_pkey_alloc SYS_pkey_alloc
#define COMPAT_NR_pkey_free SYS_pkey_free
#endif
#endif

#ifndef F_SETPIPE_SZ
#define F_SETPIPE_SZ 1031
#endif
#ifndef F_GETPIPE_SZ
#define F_GETPIPE_SZ 1032
#endif
#ifndef F_ADD_SEALS
#define F_ADD_SEALS 1033
#endif
#ifndef F_GET_SEALS
#define F_GET_SEALS 1034
#endif
#ifndef F_DUPFD_QUERY
#define F_DUPFD_QUERY 1027
#endif
#ifndef F_CREATED_QUERY
#define F_CREATED_QUERY 1028
#endif

namespace {

// ---------------------------------------------------------------------------
// Lookup of the real functions.
//
// Every lookup happens once, in a constructor that runs before the program's
// own (priority 101, the first one open to programs), on the main thread before
// any other thread or signal handler of the program exists. The wrappers then
// only read the cached addresses, so none of them calls dlsym:
//  - a wrapper may run in a signal handler (fcntl, getentropy, quick_exit...
//    are async-signal-safe). glibc <= 2.33 callocs a per-thread buffer in a
//    thread's first dl* call, which deadlocks when the signal interrupted
//    malloc;
//  - a caller's pending dlerror() survives: every successful dl* call clears it.
// A wrapper that runs before the constructor (from a constructor with a
// priority of 101 or less, or a library's constructor calling into the
// executable) does the lookups itself: the one case where both hazards remain.
//
// Two threads racing on such an early call both look up; they get the same
// answers and the first store of each wins, so the cache needs no lock.
typedef uintptr_t Slot;
const uintptr_t kMissing = 1;

// Every wrapper, for tracing; the first kLookedUp are looked up in libc.
enum Wrapped {
  kCxaThreadAtexitImpl,
  kGetrandom,
  kGetentropy,
  kQuickExit,
  kFcntl64,
  kMemfdCreate,
  kPkeyAlloc,
  kPkeyFree,
  kPkeyMprotect,
  kPkeyGet,
  kPkeySet,
  kLookedUp,
  kAtQuickExit = kLookedUp,
#define COMPAT_LIBM_ENUM(ret, symbol, params, args) k_##symbol,
  COMPAT_LIBM_LIST(COMPAT_LIBM_ENUM)
#undef COMPAT_LIBM_ENUM
  kWrapped
};

const char *const kNames[kWrapped] = {
    "__cxa_thread_atexit_impl", "getrandom", "getentropy", "quick_exit", "fcntl64", "memfd_create",
    "pkey_alloc", "pkey_free", "pkey_mprotect", "pkey_get", "pkey_set", "at_quick_exit",
#define COMPAT_LIBM_NAME(ret, symbol, params, args) #symbol,
    COMPAT_LIBM_LIST(COMPAT_LIBM_NAME)
#undef COMPAT_LIBM_NAME
};

// Looked up with dlvsym at this version when set: a later default version may
// mean something else. quick_exit@@GLIBC_2.24 no longer runs thread_local
// destructors (glibc bug 20198); the old version, which does on 2.18 to 2.23,
// is only the fallback.
const char *const kVersions[kLookedUp] = {
    0, 0, 0,
#if defined(COMPAT_QUICK_EXIT_OLD)
    "GLIBC_2.24",
#else
    0,
#endif
    0, 0, 0, 0, 0, 0, 0,
};

Slot slots[kLookedUp];
int resolved;     // set once every slot is filled
bool tracing_on;  // GLIBC_2_17_COMPAT_TRACE, read once with the lookups
unsigned char traced[kWrapped];

void resolve_all() {
  // getenv here and never later: it races with setenv in another thread.
  const char *v = getenv("GLIBC_2_17_COMPAT_TRACE");
  __atomic_store_n(&tracing_on, v != 0 && v[0] != '\0' && !(v[0] == '0' && v[1] == '\0'), __ATOMIC_RELAXED);
  for (int i = 0; i < kLookedUp; i++) {
    void *found = kVersions[i] != 0 ? glibc_2_17_compat_dlvsym(RTLD_NEXT, kNames[i], kVersions[i])
                                    : glibc_2_17_compat_dlsym(RTLD_NEXT, kNames[i]);
    uintptr_t expected = 0;
    __atomic_compare_exchange_n(&slots[i], &expected, found != 0 ? reinterpret_cast<uintptr_t>(found) : kMissing,
                                false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
  }
  // A miss leaves no message for dlerror(): a lookup with RTLD_NEXT reports none.
  __atomic_store_n(&resolved, 1, __ATOMIC_RELEASE);
}

#if !defined(GLIBC_2_17_COMPAT_LAZY_ONLY)  // the tests' control build: no constructor, first use looks up
// GCC before 4.9 marks a prioritised .init_array section %progbits, which the
// assembler of binutils >= 2.26 warns about on aarch64 (x86_64 GCC 4.8 uses
// .ctors.NNNNN, which is fine): there the constructor keeps the default
// priority and runs in link order, still before main() and any thread.
#if defined(__aarch64__) && !defined(__clang__) && defined(__GNUC__) && \
    (__GNUC__ < 4 || (__GNUC__ == 4 && __GNUC_MINOR__ < 9))
__attribute__((__constructor__)) void resolve_at_startup() { resolve_all(); }
#else
__attribute__((__constructor__(101))) void resolve_at_startup() { resolve_all(); }
#endif
#endif

// With GLIBC_2_17_COMPAT_TRACE=1 each wrapper reports once, on stderr, the first
// time it runs, which path it takes: "libc" (forwarded), "fallback", or the
// function it calls instead. Only write(2), so that a signal handler may trace.
void note_use(Wrapped w, const char *path) {
  if (__atomic_load_n(&resolved, __ATOMIC_ACQUIRE) == 0) resolve_all();
  if (!__atomic_load_n(&tracing_on, __ATOMIC_RELAXED)) return;
  unsigned char expected = 0;
  if (!__atomic_compare_exchange_n(&traced[w], &expected, 1, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return;
  char line[160];
  size_t n = 0;
  const char *parts[] = {"glibc_2_17_compat: ", kNames[w], ": ", path, "\n"};
  for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
    for (const char *p = parts[i]; *p != '\0' && n < sizeof line; p++) line[n++] = *p;
  if (write(2, line, n) < 0) {
    // Nothing to do: tracing is best effort.
  }
}

// The cached address, or null where libc lacks the function. dlsym returns an
// object pointer; copying the bits is the portable way to get a function pointer
// out of it without -Wpedantic noise.
template <typename Fn>
Fn real(Wrapped w, const char *missing_path = "fallback") {
  uintptr_t v = __atomic_load_n(&slots[w], __ATOMIC_ACQUIRE);
  if (v == 0) {
    resolve_all();
    v = __atomic_load_n(&slots[w], __ATOMIC_ACQUIRE);
  }
  note_use(w, v != kMissing ? "libc" : missing_path);
  void *p = v == kMissing ? 0 : reinterpret_cast<void *>(v);
  Fn fn;
  memcpy(&fn, &p, sizeof fn);
  return fn;
}

long fail(int error) {
  errno = error;
  return -1;
}

// ---------------------------------------------------------------------------
// __cxa_thread_atexit_impl fallback, after libc++abi's cxa_thread_atexit.cpp:
// a per-thread list of destructors, run by a pthread key destructor when the
// thread exits, and for the thread that calls exit() (normally the main thread)
// by atexit handlers.
//
// Limitations, as in libc++abi:
//  - dso_symbol is ignored: glibc pins the registering DSO until the destructor
//    has run; here a dlclose()d library may leave a destructor pointing nowhere.
//  - the main thread's destructors run at static-destruction time, from an
//    atexit handler registered when the main thread first registers one: they
//    run before the handlers (and static destructors) registered earlier than
//    that and after those registered later, where glibc runs them before all.
//    (libc++abi registers at the first use in any thread, which is earlier.)
//  - thread_locals first constructed after those handlers ran are not destroyed.
struct DtorNode {
  void (*dtor)(void *);
  void *obj;
  DtorNode *next;
};

__thread DtorNode *tls_dtors;  // newest first
__thread bool tls_key_armed;
pthread_key_t dtors_key;
pthread_once_t dtors_once = PTHREAD_ONCE_INIT;
bool main_handler_registered;  // only the main thread reads or writes it

void run_dtors() {
  // A destructor may register further thread_locals; they join the same list.
  while (DtorNode *node = tls_dtors) {
    tls_dtors = node->next;
    node->dtor(node->obj);
    free(node);
  }
  tls_key_armed = false;
}

void run_dtors_at_thread_exit(void *) { run_dtors(); }

void run_dtors_at_exit() { run_dtors(); }

bool on_main_thread() { return syscall(SYS_gettid) == getpid(); }

void init_dtors() {
  if (glibc_2_17_compat_pthread_key_create(&dtors_key, run_dtors_at_thread_exit) != 0) abort();
  // Covers exit() called from any thread, and registrations made late in exit.
  atexit(run_dtors_at_exit);
}

int fallback_thread_atexit(void (*dtor)(void *), void *obj) {
  glibc_2_17_compat_pthread_once(&dtors_once, init_dtors);
  if (!tls_key_armed) {
    // Key destructors only run for non-null values; the value itself is unused.
    if (glibc_2_17_compat_pthread_setspecific(dtors_key, &dtors_key) != 0) return -1;
    tls_key_armed = true;
    // Registered as late as possible, so that the main thread's destructors run
    // before every handler registered before its first thread_local existed.
    if (on_main_thread() && !main_handler_registered) {
      main_handler_registered = true;
      atexit(run_dtors_at_exit);
    }
  }
  DtorNode *node = static_cast<DtorNode *>(malloc(sizeof *node));
  if (node == 0) return -1;
  node->dtor = dtor;
  node->obj = obj;
  node->next = tls_dtors;
  tls_dtors = node;
  return 0;
}

// ---------------------------------------------------------------------------
// fcntl64: the type of the optional third argument depends on the command.
// Reading it as the wrong type is undefined behaviour, so classify the commands
// that take an int or nothing; everything else (locks, F_*OWN_EX, read/write
// hints and commands newer than this file) takes a pointer-sized value, which
// is also how glibc reads it.
enum FcntlArg { kFcntlNone, kFcntlInt, kFcntlPointer };

FcntlArg fcntl_arg(int cmd) {
  switch (cmd) {
    case F_GETFD:
    case F_GETFL:
    case F_GETOWN:
    case F_GETSIG:
    case F_GETLEASE:
    case F_GETPIPE_SZ:
    case F_GET_SEALS:
    case F_CREATED_QUERY:
      return kFcntlNone;
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
    case F_DUPFD_QUERY:
    case F_SETFD:
    case F_SETFL:
    case F_SETOWN:
    case F_SETSIG:
    case F_SETLEASE:
    case F_NOTIFY:
    case F_SETPIPE_SZ:
    case F_ADD_SEALS:
      return kFcntlInt;
    default:
      return kFcntlPointer;
  }
}

// ---------------------------------------------------------------------------
// Protection keys. glibc 2.27 reads and writes the PKRU register for pkey_get and
// pkey_set on x86 and has ENOSYS stubs elsewhere; the fallbacks do the same, and
// on x86 also check that the OS enabled PKRU, where glibc would fault with SIGILL.
// pkey_alloc only succeeds when the kernel and CPU support keys, so a caller that
// got a key can always use pkey_get/pkey_set on it.
#if defined(__x86_64__) || defined(__i386__)
bool pkru_enabled() {
  static int state;  // 0: not checked yet, 1: enabled, 2: not available
  int s = __atomic_load_n(&state, __ATOMIC_RELAXED);
  if (s == 0) {
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    bool ospke = false;
    if (__get_cpuid_max(0, 0) >= 7) {
      __cpuid_count(7, 0, eax, ebx, ecx, edx);
      ospke = (ecx & (1u << 4)) != 0;  // CPUID.(7,0):ECX.OSPKE
    }
    s = ospke ? 1 : 2;
    __atomic_store_n(&state, s, __ATOMIC_RELAXED);
  }
  return s == 1;
}

unsigned int read_pkru() {
  unsigned int value;
  __asm__ volatile(".byte 0x0f, 0x01, 0xee" : "=a"(value) : "c"(0) : "rdx");  // rdpkru
  return value;
}

void write_pkru(unsigned int value) {
  __asm__ volatile(".byte 0x0f, 0x01, 0xef" : : "a"(value), "c"(0), "d"(0) : "memory");  // wrpkru
}
#endif

}  // namespace

// ---------------------------------------------------------------------------
// The wrappers.

extern "C" int __wrap___cxa_thread_atexit_impl(void (*dtor)(void *), void *obj, void *dso_symbol) {
  typedef int (*Fn)(void (*)(void *), void *, void *);
  if (Fn fn = real<Fn>(kCxaThreadAtexitImpl)) return fn(dtor, obj, dso_symbol);
  return fallback_thread_atexit(dtor, obj);
}

extern "C" ssize_t __wrap_getrandom(void *buf, size_t buflen, unsigned int flags) {
  typedef ssize_t (*Fn)(void *, size_t, unsigned int);
  if (Fn fn = real<Fn>(kGetrandom)) return fn(buf, buflen, flags);
#if defined(COMPAT_NR_getrandom)
  // Same contract as glibc's: EINTR and, before Linux 3.17, ENOSYS reach the caller.
  return syscall(COMPAT_NR_getrandom, buf, buflen, flags);
#else
  return fail(ENOSYS);
#endif
}

extern "C" int __wrap_getentropy(void *buf, size_t buflen) {
  typedef int (*Fn)(void *, size_t);
  if (Fn fn = real<Fn>(kGetentropy)) return fn(buf, buflen);
  // glibc's getentropy: at most 256 bytes, retry on EINTR and short reads.
  if (buflen > 256) return static_cast<int>(fail(EIO));
#if defined(COMPAT_NR_getrandom)
  unsigned char *p = static_cast<unsigned char *>(buf);
  unsigned char *end = p + buflen;
  while (p < end) {
    long got = syscall(COMPAT_NR_getrandom, p, static_cast<size_t>(end - p), 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (got == 0) return static_cast<int>(fail(EIO));
    p += got;
  }
  return 0;
#else
  return buflen == 0 ? 0 : static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" void __wrap_quick_exit(int status) {
  // quick_exit@@GLIBC_2.24 where libc has it, else the only version libc has,
  // quick_exit@GLIBC_2.10 (2.17 on aarch64). Both run the list
  // __cxa_at_quick_exit fills.
  typedef void (*Fn)(int);
#if defined(COMPAT_QUICK_EXIT_OLD)
  if (Fn fn = real<Fn>(kQuickExit, "quick_exit@" COMPAT_QUICK_EXIT_OLD)) fn(status);
  glibc_2_17_compat_quick_exit(status);
#else
  if (Fn fn = real<Fn>(kQuickExit)) fn(status);
  _Exit(status);
#endif
}

extern "C" int __wrap_at_quick_exit(void (*func)(void)) {
  // What glibc's own at_quick_exit (libc_nonshared.a) does. A private handler
  // list would be a bug: libc's quick_exit, which every path above ends in, would
  // never run it.
  note_use(kAtQuickExit, "__cxa_at_quick_exit");
  return __cxa_at_quick_exit(reinterpret_cast<void (*)(void *)>(func), __dso_handle);
}

extern "C" int __wrap_fcntl64(int fd, int cmd, ...) {
  typedef int (*Fn)(int, int, ...);
  Fn fn = real<Fn>(kFcntl64);
  // Where fcntl64 is missing the platform is 64-bit clean or glibc predates the
  // split, and fcntl is the same call.
  if (fn == 0) fn = glibc_2_17_compat_fcntl;
  va_list ap;
  va_start(ap, cmd);
  int result;
  switch (fcntl_arg(cmd)) {
    case kFcntlNone:
      result = fn(fd, cmd);
      break;
    case kFcntlInt:
      result = fn(fd, cmd, va_arg(ap, int));
      break;
    default:
      result = fn(fd, cmd, va_arg(ap, void *));
      break;
  }
  va_end(ap);
  return result;
}

extern "C" int __wrap_memfd_create(const char *name, unsigned int flags) {
  typedef int (*Fn)(const char *, unsigned int);
  if (Fn fn = real<Fn>(kMemfdCreate)) return fn(name, flags);
#if defined(COMPAT_NR_memfd_create)
  return static_cast<int>(syscall(COMPAT_NR_memfd_create, name, flags));
#else
  return static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" int __wrap_pkey_alloc(unsigned int flags, unsigned int access_rights) {
  typedef int (*Fn)(unsigned int, unsigned int);
  if (Fn fn = real<Fn>(kPkeyAlloc)) return fn(flags, access_rights);
#if defined(COMPAT_NR_pkey_alloc)
  return static_cast<int>(syscall(COMPAT_NR_pkey_alloc, flags, access_rights));
#else
  return static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" int __wrap_pkey_free(int pkey) {
  typedef int (*Fn)(int);
  if (Fn fn = real<Fn>(kPkeyFree)) return fn(pkey);
#if defined(COMPAT_NR_pkey_free)
  return static_cast<int>(syscall(COMPAT_NR_pkey_free, pkey));
#else
  return static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" int __wrap_pkey_mprotect(void *addr, size_t len, int prot, int pkey) {
  typedef int (*Fn)(void *, size_t, int, int);
  if (Fn fn = real<Fn>(kPkeyMprotect)) return fn(addr, len, prot, pkey);
  // Key -1 means "no key": plain mprotect, which works on every kernel.
  if (pkey == -1) return mprotect(addr, len, prot);
#if defined(COMPAT_NR_pkey_mprotect)
  return static_cast<int>(syscall(COMPAT_NR_pkey_mprotect, addr, len, prot, pkey));
#else
  return static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" int __wrap_pkey_get(int pkey) {
  typedef int (*Fn)(int);
  if (Fn fn = real<Fn>(kPkeyGet)) return fn(pkey);
#if defined(__x86_64__) || defined(__i386__)
  if (pkey < 0 || pkey > 15) return static_cast<int>(fail(EINVAL));
  if (!pkru_enabled()) return static_cast<int>(fail(ENOSYS));
  return static_cast<int>((read_pkru() >> (2 * pkey)) & 3);
#else
  (void)pkey;
  return static_cast<int>(fail(ENOSYS));
#endif
}

extern "C" int __wrap_pkey_set(int pkey, unsigned int access_rights) {
  typedef int (*Fn)(int, unsigned int);
  if (Fn fn = real<Fn>(kPkeySet)) return fn(pkey, access_rights);
#if defined(__x86_64__) || defined(__i386__)
  if (pkey < 0 || pkey > 15 || access_rights > 3) return static_cast<int>(fail(EINVAL));
  if (!pkru_enabled()) return static_cast<int>(fail(ENOSYS));
  unsigned int mask = 3u << (2 * pkey);
  write_pkru((read_pkru() & ~mask) | (access_rights << (2 * pkey)));
  return 0;
#else
  (void)pkey;
  (void)access_rights;
  return static_cast<int>(fail(ENOSYS));
#endif
}

#define COMPAT_LIBM_WRAP(ret, symbol, params, args)              \
  extern "C" ret __wrap_##symbol params {                        \
    note_use(k_##symbol, #symbol "@" COMPAT_LIBM_VERSION);          \
    return glibc_2_17_compat_##symbol args;                      \
  }
COMPAT_LIBM_LIST(COMPAT_LIBM_WRAP)

#endif  // __GLIBC__
#endif  // __linux__
