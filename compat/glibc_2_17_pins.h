/*
 * glibc_2_17_pins.h: bind libm functions that gained a new symbol version after
 * glibc 2.17 back to the version glibc 2.17 already exports.
 *
 * Force-include it into every C and C++ translation unit of the binary
 * (-include glibc_2_17_pins.h): a .symver directive only affects the references of
 * the object it is assembled into, so the directive has to be in each object that
 * calls the function. Objects that never call a pinned function get nothing from it.
 *
 * The same symbols are also wrapped (wrap-symbols.txt): GCC's LTO emits top-level
 * asm such as these directives into its first partition only, so a call that lands
 * in another partition (or in an object compiled without this header) keeps the
 * new version; --wrap then sends it to a __wrap_ in the non-LTO compat object that
 * calls the old version. Where the pin does reach the call, the call goes straight
 * to the old version with no wrapper in between.
 *
 * The old versions are still exported by every later glibc (they are the compat
 * symbols the new versions were added next to), so the link result loads
 * everywhere and nothing is looked up at run time. The difference between
 * the versions is SVID error handling (_LIB_VERSION/matherr, gone since 2.27) and,
 * for lgamma, that the old one also sets the POSIX signgam; in the default POSIX
 * mode both versions return the same values and set errno the same way.
 *
 * The table lives in symver-pins.txt; a test keeps this file in line with it.
 *
 * Build systems pass the same flags to preprocessed assembly (.S), which gets
 * nothing from it either.
 *
 * This header includes nothing: force-included first, a libc header here would
 * lock the feature-test macros before the translation unit defines _GNU_SOURCE.
 * So glibc is recognised without including anything: __has_include where the
 * compiler has it (GCC >= 5, clang), otherwise __gnu_linux__, which GCC's
 * x86_64 and aarch64 Linux targets define only for glibc.
 */
#ifndef GLIBC_2_17_PINS_H_
#define GLIBC_2_17_PINS_H_

#if defined(__linux__) && !defined(__ASSEMBLER__) && !defined(GLIBC_2_17_COMPAT_NO_PINS)
#if defined(__has_include)
#if __has_include(<gnu/libc-version.h>)
#define GLIBC_2_17_PINS_GLIBC 1
#endif
#elif defined(__gnu_linux__)
#define GLIBC_2_17_PINS_GLIBC 1
#endif
#endif

#if defined(GLIBC_2_17_PINS_GLIBC)
#if defined(__x86_64__) && defined(__LP64__)
__asm__(".symver expf,expf@GLIBC_2.2.5");
__asm__(".symver exp2f,exp2f@GLIBC_2.2.5");
__asm__(".symver logf,logf@GLIBC_2.2.5");
__asm__(".symver log2f,log2f@GLIBC_2.2.5");
__asm__(".symver powf,powf@GLIBC_2.2.5");
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
__asm__(".symver lgamma,lgamma@GLIBC_2.2.5");
#elif defined(__aarch64__) && defined(__LP64__)
__asm__(".symver expf,expf@GLIBC_2.17");
__asm__(".symver exp2f,exp2f@GLIBC_2.17");
__asm__(".symver logf,logf@GLIBC_2.17");
__asm__(".symver log2f,log2f@GLIBC_2.17");
__asm__(".symver powf,powf@GLIBC_2.17");
__asm__(".symver exp,exp@GLIBC_2.17");
__asm__(".symver exp2,exp2@GLIBC_2.17");
__asm__(".symver log,log@GLIBC_2.17");
__asm__(".symver log2,log2@GLIBC_2.17");
__asm__(".symver pow,pow@GLIBC_2.17");
__asm__(".symver lgamma,lgamma@GLIBC_2.17");
#endif
#endif

#endif /* GLIBC_2_17_PINS_H_ */
