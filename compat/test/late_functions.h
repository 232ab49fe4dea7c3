// late_functions.h: declarations of the functions the compat layer provides that
// the headers of an older glibc (2.17) lack, for the test programs of this folder.
// Include it after the libc headers.
#ifndef GLIBC_2_17_COMPAT_TEST_LATE_FUNCTIONS_H_
#define GLIBC_2_17_COMPAT_TEST_LATE_FUNCTIONS_H_

#include <gnu/libc-version.h>
#include <sys/types.h>

#if __GLIBC_PREREQ(2, 25)
#include <sys/random.h>
#else
extern "C" ssize_t getrandom(void *buf, size_t buflen, unsigned int flags);
extern "C" int getentropy(void *buf, size_t buflen);
#define GRND_NONBLOCK 0x01
#endif
#if !__GLIBC_PREREQ(2, 27)
extern "C" int memfd_create(const char *name, unsigned int flags);
extern "C" int pkey_alloc(unsigned int flags, unsigned int access_rights);
extern "C" int pkey_free(int pkey);
extern "C" int pkey_mprotect(void *addr, size_t len, int prot, int pkey);
extern "C" int pkey_get(int pkey);
extern "C" int pkey_set(int pkey, unsigned int access_rights);
#define MFD_CLOEXEC 0x0001U
#define PKEY_DISABLE_WRITE 0x2
#endif
#if !__GLIBC_PREREQ(2, 28)
extern "C" int fcntl64(int fd, int cmd, ...);
#endif
#endif  // GLIBC_2_17_COMPAT_TEST_LATE_FUNCTIONS_H_
