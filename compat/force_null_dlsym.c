/*
 * force_null_dlsym.c: LD_PRELOAD shim that makes dlsym() report chosen symbols as
 * missing, so the fallback paths of glibc_2_17_compat run on a modern glibc.
 *
 *   cc -shared -fPIC -o force_null_dlsym.so force_null_dlsym.c -ldl
 *   FORCE_NULL_DLSYM=getrandom,fcntl64 LD_PRELOAD=$PWD/force_null_dlsym.so ./app
 *
 * FORCE_NULL_DLSYM lists symbol names separated by commas, colons or white space;
 * "*" matches every name. Every other lookup goes to the real dlsym.
 *
 * dlvsym is not interposed: the real one is how this shim finds dlsym, and an
 * unversioned definition here would also catch its own calls. So a versioned
 * lookup (the compat layer asks for quick_exit@GLIBC_2.24 that way) always
 * reaches libc; the old quick_exit path runs on a real glibc 2.17 only.
 *
 * The real dlsym is found with dlvsym because dlsym itself is the interposed name.
 * glibc 2.34 gave it a new default version (GLIBC_2.34); older ones only have the
 * architecture's base version, so both are tried.
 *
 * Limitation: the real dlsym resolves RTLD_NEXT relative to its caller, which is
 * now this shim. Preloaded objects come right after the executable in the search
 * order, so for code in the executable (where the compat layer lives) the answer
 * is the same; for code in a library loaded later it may differ.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) && defined(__LP64__)
#define BASE_VERSION "GLIBC_2.2.5"
#elif defined(__aarch64__) && defined(__LP64__)
#define BASE_VERSION "GLIBC_2.17"
#else
#error "force_null_dlsym.c: add the GLIBC version dlsym has in this architecture's libdl.abilist"
#endif

typedef void *(*dlsym_fn)(void *, const char *);

static int is_sep(char c) { return c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n'; }

static int forced_null(const char *name) {
  const char *list = getenv("FORCE_NULL_DLSYM");
  size_t len = strlen(name);
  if (list == NULL) return 0;
  while (*list != '\0') {
    const char *end = list;
    while (*end != '\0' && !is_sep(*end)) end++;
    if ((end - list == 1 && *list == '*') || ((size_t)(end - list) == len && strncmp(list, name, len) == 0))
      return 1;
    list = *end != '\0' ? end + 1 : end;
  }
  return 0;
}

static dlsym_fn real_dlsym(void) {
  /* Racing first calls find the same function, so storing it twice is harmless. */
  static void *cached;
  void *p = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);
  dlsym_fn fn;
  if (p == NULL) {
    p = dlvsym(RTLD_NEXT, "dlsym", "GLIBC_2.34");
    if (p == NULL) p = dlvsym(RTLD_NEXT, "dlsym", BASE_VERSION);
    __atomic_store_n(&cached, p, __ATOMIC_RELEASE);
  }
  memcpy(&fn, &p, sizeof fn);
  return fn;
}

void *dlsym(void *handle, const char *name) {
  dlsym_fn fn;
  if (forced_null(name)) return NULL;
  fn = real_dlsym();
  return fn != NULL ? fn(handle, name) : NULL;
}
