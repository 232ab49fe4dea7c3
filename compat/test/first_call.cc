// First calls of the wrappers in awkward places: in a signal handler that
// interrupted malloc, and between a failed dlopen and the dlerror() that reads its
// message. The compat tests build it with the layer as shipped and with
// -DGLIBC_2_17_COMPAT_LAZY_ONLY (lookup on first use), and run it on the real
// glibc 2.17.
//
//   first_call locked <function>  the signal arrives while this thread holds the
//                                 malloc arena lock (raised from inside
//                                 malloc_stats, which prints under the lock), so
//                                 a first call that allocates deadlocks every time
//   first_call timer <function>   the realistic case: the main thread allocates in
//                                 a loop while an interval timer's handler makes
//                                 the first call; a deadlock is likely, not certain
//   first_call dlerror            a failed dlopen, a first getentropy, dlerror()
//
// Prints "<function>: returned" and exits 0 (quick_exit: exits 7 from the
// handler); a deadlock never returns, so the caller bounds each run with a timeout.
//
// C++11 and GCC 4.8 compatible, like the compat layer itself.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <dlfcn.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <unistd.h>

#include "late_functions.h"

namespace {

void say(const char *text) {
  if (write(1, text, strlen(text)) < 0) _exit(3);
}

const char *function;
volatile sig_atomic_t called;
char page[1 << 16] __attribute__((aligned(1 << 16)));

// The first call of one wrapped function. Results do not matter (2.17 kernels
// and CPUs may lack the feature); returning does.
void first_call() {
  unsigned char buf[16];
  const char *f = function;
  if (strcmp(f, "getrandom") == 0) {
    if (getrandom(buf, sizeof buf, 0) < 0) {
    }
  } else if (strcmp(f, "getentropy") == 0) {
    if (getentropy(buf, sizeof buf) != 0) {
    }
  } else if (strcmp(f, "quick_exit") == 0) {
    // No at_quick_exit before: in the lazy build that first call would look
    // everything up outside the handler.
    quick_exit(7);
  } else if (strcmp(f, "fcntl64") == 0) {
    if (fcntl64(1, F_GETFD) < 0) {
    }
  } else if (strcmp(f, "memfd_create") == 0) {
    int fd = memfd_create("first-call", 0);
    if (fd >= 0) close(fd);
  } else if (strcmp(f, "pkey_alloc") == 0) {
    int key = pkey_alloc(0, 0);
    if (key >= 0) pkey_free(key);
  } else if (strcmp(f, "pkey_free") == 0) {
    if (pkey_free(15) != 0) {
    }
  } else if (strcmp(f, "pkey_mprotect") == 0) {
    if (pkey_mprotect(page, sizeof page, PROT_READ | PROT_WRITE, -1) != 0) {
    }
  } else if (strcmp(f, "pkey_get") == 0) {
    if (pkey_get(0) < 0) {
    }
  } else if (strcmp(f, "pkey_set") == 0) {
    if (pkey_set(99, 0) != 0) {
    }
  } else {
    say("unknown function\n");
    _exit(2);
  }
  say(f);
  say(": returned\n");
}

void handler(int) {
  if (called) return;
  called = 1;
  first_call();
}

// An unbuffered stream whose first write raises the signal: malloc_stats prints
// its first line with the main arena's lock held.
ssize_t raising_write(void *, const char *, size_t size) {
  if (!called) raise(SIGUSR1);
  return static_cast<ssize_t>(size);
}

int locked() {
  cookie_io_functions_t io;
  memset(&io, 0, sizeof io);
  io.write = raising_write;
  FILE *f = fopencookie(0, "w", io);
  if (f == 0) return 4;
  setvbuf(f, 0, _IONBF, 0);
  signal(SIGUSR1, handler);
  stderr = f;
  malloc_stats();
  return called ? 0 : 5;
}

int timer() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGALRM, &sa, 0);
  struct itimerval every;
  memset(&every, 0, sizeof every);
  every.it_value.tv_usec = 200;
  every.it_interval.tv_usec = 200;
  setitimer(ITIMER_REAL, &every, 0);
  // Mostly inside malloc and free, with the arena lock held much of the time.
  void *blocks[64];
  memset(blocks, 0, sizeof blocks);
  for (unsigned long i = 0; i < 200000000UL && !called; i++) {
    unsigned slot = static_cast<unsigned>(i % 64);
    free(blocks[slot]);
    blocks[slot] = malloc(16 + (i * 2654435761UL) % 4000);
  }
  memset(&every, 0, sizeof every);
  setitimer(ITIMER_REAL, &every, 0);
  return called ? 0 : 5;
}

int dlerror_kept() {
  // Nothing the program did has failed yet: the layer's own lookups (misses for
  // most of its symbols on 2.17) must leave no message.
  const char *before = dlerror();
  say(before == 0 ? "dlerror at start: none\n" : "dlerror at start: the layer's\n");
  if (dlopen("/nonexistent/first-call.so", RTLD_NOW) != 0) return 6;
  unsigned char buf[16];
  if (getentropy(buf, sizeof buf) != 0) say("getentropy: failed\n");
  const char *message = dlerror();
  say(message != 0 && strstr(message, "first-call.so") != 0 ? "dlerror after getentropy: dlopen's message\n"
                                                             : "dlerror after getentropy: lost\n");
  return 0;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "dlerror") == 0) return dlerror_kept();
  if (argc != 3) return 2;
  function = argv[2];
  if (strcmp(argv[1], "locked") == 0) return locked();
  if (strcmp(argv[1], "timer") == 0) return timer();
  return 2;
}
