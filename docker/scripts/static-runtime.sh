#!/usr/bin/env bash
# static-runtime.sh -- sourced by build-gcc.sh: makes a GCC installed at PREFIX link its own runtime
# (libstdc++, libgcc) statically by default, and proves it.
#
# A GCC built from source installs a shared libstdc++ newer than the target systems' (CentOS 7: GCC 4.8.5,
# GLIBCXX_3.4.19). A link that takes it dynamically loads in the image and fails on every target with
# "version `GLIBCXX_3.4.2x' not found". LDFLAGS=-static-libstdc++ covers only builds that honour LDFLAGS.

# install_static_runtime_default PREFIX
install_static_runtime_default() {
  local prefix=${1:?usage: install_static_runtime_default <gcc prefix>}
  local wrappers=$prefix/static-runtime/bin
  mkdir -p "$wrappers"
  local driver
  for driver in gcc g++ cc c++; do
    local real=$prefix/bin/$driver
    [[ $driver == cc ]] && real=$prefix/bin/gcc
    [[ $driver == c++ ]] && real=$prefix/bin/g++
    # Link options are ignored by GCC when it does not link (-c, -E, -S), so they are always added.
    cat >"$wrappers/$driver" <<WRAPPER
#!/bin/sh
# glibc-floor: $driver with the GCC runtime linked statically (docker/scripts/static-runtime.sh).
exec "$real" "\$@" -static-libstdc++ -static-libgcc
WRAPPER
    chmod 755 "$wrappers/$driver"
  done
  # Without the link-time name, -lstdc++ finds libstdc++.a in PREFIX/lib64 before any other directory.
  rm -f "$prefix"/lib64/libstdc++.so "$prefix"/lib/libstdc++.so
  check_static_runtime "$prefix"
}

# check_static_runtime PREFIX: an executable through the wrappers, one through PREFIX/bin/g++ directly, and a
# shared object with -static-libstdc++ (needs a PIC libstdc++.a) must all link without a NEEDED libstdc++.
check_static_runtime() {
  local prefix=${1:?usage: check_static_runtime <gcc prefix>}
  local dir
  dir=$(mktemp -d)
  cat >"$dir/t.cc" <<'SOURCE'
#include <stdexcept>
#include <string>
extern "C" int probe(int n) {
  try {
    if (n > 0) throw std::runtime_error(std::to_string(n));
  } catch (const std::exception& e) {
    return static_cast<int>(std::string(e.what()).size());
  }
  return 0;
}
int main(int argc, char**) { return probe(argc) == 1 ? 0 : 1; }
SOURCE
  "$prefix/static-runtime/bin/g++" -O1 -o "$dir/wrapped" "$dir/t.cc"
  "$prefix/bin/g++" -O1 -o "$dir/direct" "$dir/t.cc"
  if ! "$prefix/static-runtime/bin/g++" -O1 -shared -fPIC -o "$dir/addon.so" "$dir/t.cc"; then
    echo "static-runtime: a shared object cannot link libstdc++.a statically: libstdc++.a is not PIC (configure GCC --with-pic)." >&2
    return 1
  fi
  local f
  for f in wrapped direct addon.so; do
    if readelf -d "$dir/$f" | grep -E 'NEEDED.*(libstdc\+\+|libgcc_s)' >&2; then
      echo "static-runtime: $f still needs the shared GCC runtime." >&2
      return 1
    fi
  done
  "$dir/wrapped"
  rm -rf "$dir"
  echo "static-runtime: $prefix links libstdc++ and libgcc statically (executables and shared objects)."
}
