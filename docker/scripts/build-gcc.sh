#!/usr/bin/env bash
# build-gcc.sh VERSION SHA256 PREFIX -- builds GCC from a release tarball with the image's devtoolset GCC.
#
# For sources that need a newer GCC than the image's Software Collections offer (Node.js >= 24 needs
# GCC >= 12.2; devtoolset stops at 11 on CentOS 7). The same approach as the Node.js unofficial-builds
# glibc-217 recipe: GCC is built on the glibc 2.17 userland, so it targets glibc 2.17, and what it builds
# links libstdc++/libgcc statically because the target systems only have GCC 4.8.5's libstdc++ (GLIBCXX_3.4.19).
#
# Static runtime by default, whatever the build system does with LDFLAGS (bare `g++ -o`, Makefiles that set their
# own LDFLAGS, cargo's cc crate):
#   - PREFIX/static-runtime/bin holds gcc/g++/cc/c++ wrappers that add -static-libstdc++ -static-libgcc; the
#     Dockerfile puts that directory first on PATH;
#   - the link-time name libstdc++.so is removed from PREFIX/lib64, so even a link that calls PREFIX/bin/g++
#     directly finds libstdc++.a there and links it statically (the runtime libstdc++.so.6 stays for tools);
#   - GCC is configured --with-pic, so libstdc++.a is position independent and -static-libstdc++ works for
#     shared objects too (a Node.js addon, a Python extension); the self-test below links one.
set -euo pipefail

version=${1:?usage: build-gcc.sh <version> <sha256 of gcc-<version>.tar.xz> <prefix>}
sha256=${2:?missing the tarball sha256}
prefix=${3:?missing the install prefix}
mirror=${GCC_MIRROR:-https://ftp.gnu.org/gnu/gcc}

# shellcheck disable=SC1091 # static-runtime.sh sits beside this script (checked on its own)
. "$(dirname "${BASH_SOURCE[0]}")/static-runtime.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

tarball="gcc-${version}.tar.xz"
curl -fsSL --retry 3 -o "$tarball" "${mirror}/gcc-${version}/${tarball}"
if ! echo "${sha256}  ${tarball}" | sha256sum -c --status -; then
  echo "build-gcc: ${tarball} does not match sha256 ${sha256}; refusing to build it." >&2
  exit 1
fi
tar -xf "$tarball"
cd "gcc-${version}"
# GMP, MPFR, MPC and ISL at the versions this GCC release names; the script checks their hashes itself.
./contrib/download_prerequisites

mkdir ../build && cd ../build
# --disable-bootstrap: one stage is enough, the devtoolset GCC is trusted; --disable-multilib: no 32-bit.
# gcc4-compatible libstdc++ ABI keeps C++ objects linkable with code built by the image's devtoolset GCC.
../"gcc-${version}"/configure \
  --prefix="$prefix" \
  --build="$(uname -m)-redhat-linux" \
  --enable-languages=c,c++ \
  --enable-checking=release \
  --disable-bootstrap \
  --disable-multilib \
  --enable-gnu-indirect-function \
  --with-linker-hash-style=gnu \
  --with-default-libstdcxx-abi=gcc4-compatible \
  --with-pic
make -j"$(nproc)"
make install-strip

install_static_runtime_default "$prefix"
"$prefix/bin/gcc" --version | head -n 1
