#!/usr/bin/env bash
# build-gcc.sh VERSION SHA256 PREFIX -- builds GCC from a release tarball with the image's devtoolset GCC.
#
# For sources that need a newer GCC than the image's Software Collections offer (Node.js >= 24 needs
# GCC >= 12.2; devtoolset stops at 11 on CentOS 7). The same approach as the Node.js unofficial-builds
# glibc-217 recipe: GCC is built on the glibc 2.17 userland, so it targets glibc 2.17, and what it builds
# links libstdc++/libgcc statically (-static-libstdc++ -static-libgcc, set by the Dockerfile) because the
# target systems only have GCC 4.8.5's libstdc++.
set -euo pipefail

version=${1:?usage: build-gcc.sh <version> <sha256 of gcc-<version>.tar.xz> <prefix>}
sha256=${2:?missing the tarball sha256}
prefix=${3:?missing the install prefix}
mirror=${GCC_MIRROR:-https://ftp.gnu.org/gnu/gcc}

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
  --with-default-libstdcxx-abi=gcc4-compatible
make -j"$(nproc)"
make install-strip
"$prefix/bin/gcc" --version | head -n 1
