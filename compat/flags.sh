#!/bin/sh
# Prints the flags that compile the glibc 2.17 compat layer into a binary.
# wrap-symbols.txt is the single list of wrapped symbols; nothing else repeats it.
#
#   flags.sh ldflags   link flags: one --wrap per symbol, plus libdl and libpthread
#                      kept as DT_NEEDED (default)
#   flags.sh wrap      only the --wrap flags
#   flags.sh cflags    compile flags for every C/C++ file: force-include the pins
#   flags.sh sources   the source file to add to the build
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
wraps=$(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$dir/wrap-symbols.txt" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//; s/^/--wrap=/' | paste -sd, -)
case "${1:-ldflags}" in
  wrap) echo "-Wl,$wraps" ;;
  # The wrappers call dlsym and pthread_* at their pre-2.34 versions. A glibc >= 2.34
  # build host satisfies those from libc.so.6 and would drop libdl/libpthread under
  # --as-needed; glibc 2.17 has them only there, so keep both libraries needed.
  ldflags) echo "-Wl,$wraps -Wl,--push-state,--no-as-needed -l:libdl.so.2 -l:libpthread.so.0 -Wl,--pop-state" ;;
  cflags) echo "-include $dir/glibc_2_17_pins.h" ;;
  sources) echo "$dir/glibc_2_17_compat.cc" ;;
  *) echo "usage: $0 [ldflags|wrap|cflags|sources]" >&2; exit 2 ;;
esac
