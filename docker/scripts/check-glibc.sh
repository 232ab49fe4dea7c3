#!/usr/bin/env bash
# check-glibc.sh EXPECTED -- the build image's tripwire.
#
# Everything built in the image inherits the image's glibc as its floor, so a base image whose glibc is not
# exactly the floor (a retagged image, a wrong platform, an accidental upgrade) must stop the build instead of
# producing binaries that quietly need a newer glibc.
set -euo pipefail

expected=${1:?usage: check-glibc.sh <glibc version the image must have, e.g. 2.17>}

# `ldd --version` prints "ldd (GNU libc) 2.17" (distributions put their own text in the parentheses); musl's
# ldd prints something else entirely, which fails the comparison below as it should.
output=$(ldd --version 2>&1) || true
first_line=${output%%$'\n'*}
actual=${first_line##* }

if [[ ! $actual =~ ^[0-9]+\.[0-9]+$ ]]; then
  echo "glibc-floor tripwire: cannot read a glibc version from 'ldd --version' (it printed '${first_line}'); the floor is ${expected}." >&2
  exit 1
fi
if [[ $actual != "$expected" ]]; then
  echo "glibc-floor tripwire: this image's glibc is ${actual} (ldd --version: '${first_line}'), but the floor is ${expected}." >&2
  echo "Binaries built here would require glibc ${actual}. Check the base image and --platform." >&2
  exit 1
fi
echo "glibc-floor tripwire: ldd reports glibc ${actual}, as the floor requires."
