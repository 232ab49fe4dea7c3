#!/usr/bin/env bash
# gate.sh DIR -- the post-build gate: fails when anything under DIR would not load on the floor.
#
#   1. toolchain runtime: no ELF file may carry an RPATH/RUNPATH under the toolchain prefix, and (where `ldd`
#      can resolve the file on this machine) no NEEDED library may resolve under it. Such a library exists
#      in the build image only: on the targets the binary either fails to start or picks up the system's older
#      copy and fails on its version needs.
#   2. the floor: this project's engine (dist/cli.js audit --floor) over DIR; any violation fails the gate.
#
# Environment:
#   GLIBC_FLOOR                   the floor (default 2.17)
#   GLIBC_FLOOR_TOOLCHAIN_PREFIX  the toolchain prefix (e.g. /opt/gcc; empty skips step 1)
#   GLIBC_FLOOR_CLI               the engine (default: dist/cli.js of the kit this script belongs to)
#   GLIBC_FLOOR_NODE              node to run it with (default: node on PATH)
#   GLIBC_FLOOR_GATE_ENGINE=later skip step 2 here because a later step runs it (the image's build stage,
#                                 where no Node.js runs on glibc 2.17; its gate stage runs the engine)
set -euo pipefail

dir=${1:?usage: gate.sh <directory of built files>}
floor=${GLIBC_FLOOR:-2.17}
prefix=${GLIBC_FLOOR_TOOLCHAIN_PREFIX:-}
prefix=${prefix%/}
kit=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${GLIBC_FLOOR_CLI:-$kit/dist/cli.js}
node=${GLIBC_FLOOR_NODE:-node}

if [[ ! -d $dir ]]; then
  echo "glibc-floor gate: $dir is not a directory." >&2
  exit 2
fi

failures=0
fail() {
  echo "glibc-floor gate: $*" >&2
  failures=$((failures + 1))
}

is_elf() { [[ $(head -c 4 "$1" 2>/dev/null | od -An -c | tr -d ' ') == '177ELF' ]]; }

elves=()
while IFS= read -r -d '' f; do
  is_elf "$f" && elves+=("$f")
done < <(find "$dir" -type f -print0 | sort -z)
if ((${#elves[@]} == 0)); then
  echo "glibc-floor gate: no ELF file under $dir." >&2
  exit 1
fi

if [[ -n $prefix ]]; then
  for f in "${elves[@]}"; do
    paths=$(readelf -d "$f" 2>/dev/null | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]$/\2/p' | tr ':' '\n')
    while IFS= read -r p; do
      [[ -n $p && ($p == "$prefix" || $p == "$prefix"/*) ]] &&
        fail "${f#"$dir"/} has RPATH/RUNPATH $p inside the toolchain prefix $prefix."
    done <<<"$paths"
    # ldd answers only for files this machine can load; "not a dynamic executable" is not a finding here.
    resolved=$(env -u LD_LIBRARY_PATH ldd "$f" 2>/dev/null || true)
    while IFS= read -r line; do
      [[ $line =~ ^[[:space:]]*([^[:space:]]+)\ =\>\ ($prefix/[^[:space:]]*) ]] &&
        fail "${f#"$dir"/} needs ${BASH_REMATCH[1]}, which resolves to ${BASH_REMATCH[2]} inside the toolchain prefix $prefix (link the toolchain's runtime statically: -static-libstdc++ -static-libgcc)."
    done <<<"$resolved"
  done
fi

if [[ ${GLIBC_FLOOR_GATE_ENGINE:-} == later ]]; then
  echo "glibc-floor gate: the floor audit of $dir runs in a later step."
else
  if ! command -v "$node" >/dev/null 2>&1 || [[ ! -f $cli ]]; then
    echo "glibc-floor gate: cannot run the audit: need $node and $cli (set GLIBC_FLOOR_NODE / GLIBC_FLOOR_CLI)." >&2
    exit 1
  fi
  set +e
  "$node" "$cli" audit --floor "$floor" "$dir"
  status=$?
  set -e
  case $status in
    0) ;;
    2) fail "the audit found files under $dir that need more than glibc $floor (report above)." ;;
    *)
      echo "glibc-floor gate: the audit could not run (exit $status)." >&2
      exit 1
      ;;
  esac
fi

if ((failures > 0)); then
  echo "glibc-floor gate: FAILED ($failures finding(s)); nothing is exported." >&2
  exit 1
fi
echo "glibc-floor gate: ${#elves[@]} ELF file(s) under $dir load on glibc $floor."
