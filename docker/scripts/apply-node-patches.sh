#!/usr/bin/env bash
# apply-node-patches.sh NODE_SRC -- prepares a Node.js source tree for a glibc 2.17 floor:
#   1. applies patches/series in order (each checked with `git apply --check` first; already-applied
#      patches are skipped, so running it twice is harmless);
#   2. installs the compat layer (compat/glibc_2_17_compat.cc, its headers, wrap-symbols.txt and flags.sh)
#      into deps/glibc_floor/, where patch 021 compiles it into the final link (the `node` executable, or
#      libnode.so with node_shared=true) of glibc builds.
#
# Works in the build image (the kit is at /opt/glibc-floor) and in a checkout of this repository.
# GLIBC_FLOOR_KIT overrides the kit root, GLIBC_FLOOR_COMPAT the compat directory.
set -euo pipefail

src=${1:?usage: apply-node-patches.sh <Node.js source directory>}
src=$(cd "$src" && pwd)
kit=${GLIBC_FLOOR_KIT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
patches=$kit/patches
compat=${GLIBC_FLOOR_COMPAT:-$kit/compat}

if [[ ! -f $src/node.gyp || ! -f $src/deps/cares/config/linux/ares_config.h ]]; then
  echo "apply-node-patches: $src does not look like a Node.js source tree (no node.gyp or deps/cares)." >&2
  exit 2
fi

target=$(sed -n 's/^# target: *//p' "$patches/series")
if [[ -f $src/src/node_version.h ]]; then
  major=$(sed -n 's/^#define NODE_MAJOR_VERSION \([0-9]*\).*/\1/p' "$src/src/node_version.h")
  if [[ -n $major && $target != "v${major}."* ]]; then
    echo "apply-node-patches: warning: these patches target Node.js ${target}; this tree is v${major}." >&2
  fi
fi

# Without a ceiling, git apply inside a tree nested in another repository would resolve the patch's paths
# against that repository's top level instead of the Node.js tree.
export GIT_CEILING_DIRECTORIES
GIT_CEILING_DIRECTORIES=$(dirname "$src")

while IFS= read -r line; do
  name=${line%%#*}
  name=${name//[[:space:]]/}
  [[ -z $name ]] && continue
  patch=$patches/$name
  if (cd "$src" && git apply --reverse --check "$patch") 2>/dev/null; then
    echo "apply-node-patches: $name is already applied"
    continue
  fi
  if ! (cd "$src" && git apply --check "$patch"); then
    echo "apply-node-patches: $name does not apply to $src." >&2
    echo "The patches are written against Node.js ${target}; see docs/kit.md (Node.js patches) to refresh them." >&2
    exit 1
  fi
  (cd "$src" && git apply "$patch")
  echo "apply-node-patches: applied $name"
done <"$patches/series"

for required in glibc_2_17_compat.cc wrap-symbols.txt flags.sh; do
  if [[ ! -f $compat/$required ]]; then
    echo "apply-node-patches: $compat/$required is missing; patch 021 compiles it into node." >&2
    exit 1
  fi
done
mkdir -p "$src/deps/glibc_floor"
cp "$compat/glibc_2_17_compat.cc" "$compat/wrap-symbols.txt" "$compat/flags.sh" "$src/deps/glibc_floor/"
shopt -s nullglob
for header in "$compat"/*.h; do
  cp "$header" "$src/deps/glibc_floor/"
done
echo "apply-node-patches: compat layer installed in deps/glibc_floor; on glibc targets the final link (node, or libnode.so with node_shared=true) gets: $(sh "$src/deps/glibc_floor/flags.sh" ldflags)"
echo "apply-node-patches: for the .symver pins in every target (V8, ICU, OpenSSL...), build with CFLAGS and CXXFLAGS set to: $(sh "$src/deps/glibc_floor/flags.sh" cflags)"
