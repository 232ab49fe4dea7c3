#!/bin/sh
# Prints the flags that compile the glibc 2.17 compat layer into a binary.
# wrap-symbols.txt is the single list of wrapped symbols; nothing else repeats it.
#
#   flags.sh ldflags        link flags: one --wrap per symbol, plus libdl, libpthread
#                           and libm kept as DT_NEEDED (default)
#   flags.sh wrap           only the --wrap flags
#   flags.sh cflags         compile flags for every C/C++ file: force-include the pins
#   flags.sh sources        the source file to add to the build
#   flags.sh source-cflags  compile flags for that source file only (after any LTO flag)
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
wraps=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$dir/wrap-symbols.txt" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//; s/^/--wrap=/' | paste -sd, -)
case "${1:-ldflags}" in
  wrap) echo "-Wl,$wraps" ;;
  # The wrappers call dl*, pthread_* and libm at their 2.17 versions. A glibc >= 2.34
  # build host satisfies dl*/pthread_* from libc.so.6 and would drop libdl/libpthread
  # under --as-needed; glibc 2.17 has them only there, so keep both libraries needed.
  # libm: the libm wrappers need it even where the program itself links no -lm.
  ldflags) echo "-Wl,$wraps -Wl,--push-state,--no-as-needed -l:libdl.so.2 -l:libpthread.so.0 -l:libm.so.6 -Wl,--pop-state" ;;
  cflags) echo "-include $dir/glibc_2_17_pins.h" ;;
  sources) echo "$dir/glibc_2_17_compat.cc" ;;
  # The layer's .symver directives are top-level asm, which GCC's LTO emits into one
  # partition only; compiled with LTO, the layer's own calls could bind to new versions.
  source-cflags) echo "-fno-lto" ;;
  *) echo "usage: $0 [ldflags|wrap|cflags|sources|source-cflags]" >&2; exit 2 ;;
esac
