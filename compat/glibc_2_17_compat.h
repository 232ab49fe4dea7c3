// glibc_2_17_compat.h: the __wrap_ entry points of glibc_2_17_compat.cc.
//
// Link the binary with -Wl,--wrap=<symbol> for every line of wrap-symbols.txt
// (compat/flags.sh prints the flags): the linker then sends each reference to
// <symbol> to __wrap_<symbol> below, so the binary no longer asks the loader for a
// symbol version newer than GLIBC_2.17. A constructor looks the real functions up
// once at start-up with dlsym(RTLD_NEXT) (dlvsym where the version matters); each
// wrapper forwards to its function, or where glibc is too old to have it, falls
// back to code that only needs the 2.17 ABI.
//
// The audit (src/audit) reads this file: a late symbol counts as covered when a
// __wrap_<symbol>( declaration appears here. Keep one declaration per symbol of
// wrap-symbols.txt; a test checks the three stay in line.
//
// The declarations exist only for glibc on Linux; elsewhere the .cc is empty and
// the link flags must not be used.
#ifndef GLIBC_2_17_COMPAT_H_
#define GLIBC_2_17_COMPAT_H_

#if defined(__cplusplus) && defined(__linux__)
// Also what defines __GLIBC__, so that the header works included first.
#include <stddef.h>
#include <sys/types.h>
#endif

#if defined(__cplusplus) && defined(__linux__) && defined(__GLIBC__) && !defined(__UCLIBC__)

// glibc 2.18. libstdc++'s __cxa_thread_atexit calls it for every thread_local
// object with a destructor (when libstdc++ was built against glibc >= 2.18).
extern "C" int __wrap___cxa_thread_atexit_impl(void (*dtor)(void *), void *obj, void *dso_symbol);

// glibc 2.25.
extern "C" ssize_t __wrap_getrandom(void *buf, size_t buflen, unsigned int flags);
extern "C" int __wrap_getentropy(void *buf, size_t buflen);

// glibc 2.24 added quick_exit@@GLIBC_2.24 next to quick_exit@GLIBC_2.10.
extern "C" void __wrap_quick_exit(int status) __attribute__((__noreturn__));
// Never exported by libc.so (it lives in libc_nonshared.a); wrapped so that it
// always registers in the list libc's quick_exit runs.
extern "C" int __wrap_at_quick_exit(void (*func)(void));

// glibc 2.28; _FILE_OFFSET_BITS=64 turns every fcntl call into fcntl64.
extern "C" int __wrap_fcntl64(int fd, int cmd, ...);

// glibc 2.27.
extern "C" int __wrap_memfd_create(const char *name, unsigned int flags);
extern "C" int __wrap_pkey_alloc(unsigned int flags, unsigned int access_rights);
extern "C" int __wrap_pkey_free(int pkey);
extern "C" int __wrap_pkey_mprotect(void *addr, size_t len, int prot, int pkey);
extern "C" int __wrap_pkey_get(int pkey);
extern "C" int __wrap_pkey_set(int pkey, unsigned int access_rights);

// libm functions with a new default version (glibc 2.23, 2.27, 2.29) next to the
// old one every later glibc keeps: each wrapper calls the old version (see
// symver-pins.txt). Wrapped rather than only pinned by glibc_2_17_pins.h,
// because --wrap reaches references in every LTO partition and in objects
// compiled without the pins header.
extern "C" float __wrap_expf(float x);
extern "C" float __wrap_exp2f(float x);
extern "C" float __wrap_logf(float x);
extern "C" float __wrap_log2f(float x);
extern "C" float __wrap_powf(float x, float y);
extern "C" double __wrap_exp(double x);
extern "C" double __wrap_exp2(double x);
extern "C" double __wrap_log(double x);
extern "C" double __wrap_log2(double x);
extern "C" double __wrap_pow(double x, double y);
extern "C" double __wrap_lgamma(double x);

#endif

#endif  // GLIBC_2_17_COMPAT_H_
