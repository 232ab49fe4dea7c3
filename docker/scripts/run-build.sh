#!/usr/bin/env bash
# run-build.sh -- runs the user's BUILD_COMMAND inside the build image and lays out $OUT for the export stage:
#
#   $OUT/bin/<binaries>   whatever BUILD_COMMAND installed there (it must install at least one file)
#   $OUT/BUILD-INFO       key=value lines describing the build (written here)
#
# Environment: BUILD_COMMAND (required), BUILD_WORKDIR (default .), OUT (default /out), GLIBC_FLOOR,
# TARGETPLATFORM, BASE_IMAGE, SOURCE_DATE_EPOCH (used for built_at when set).
set -euo pipefail

if [[ -z ${BUILD_COMMAND:-} ]]; then
  echo "glibc-floor: BUILD_COMMAND is empty. Pass what to build, e.g." >&2
  echo "  --build-arg BUILD_COMMAND='make -j\"\$(nproc)\" && cp out/app \"\$OUT/bin/\"'" >&2
  exit 2
fi

export OUT=${OUT:-/out}
mkdir -p "$OUT/bin"
cd "${BUILD_WORKDIR:-.}"

echo "glibc-floor: running BUILD_COMMAND in $(pwd): ${BUILD_COMMAND}"
bash -euo pipefail -c "$BUILD_COMMAND"

shopt -s nullglob
binaries=()
for f in "$OUT"/bin/*; do
  [[ -f $f ]] && binaries+=("${f##*/}")
done
if ((${#binaries[@]} == 0)); then
  echo "glibc-floor: BUILD_COMMAND finished but put no file in \$OUT/bin ($OUT/bin)." >&2
  echo "The export stage exports \$OUT; copy the binaries you want audited and shipped there." >&2
  exit 1
fi

# Values are one line each: backslashes and newlines are escaped (parseBuildInfo in src/runners undoes it).
escape() {
  local v=${1//\\/\\\\}
  printf '%s' "${v//$'\n'/\\n}"
}
glibc_line=$(ldd --version 2>&1 | head -n 1 || true)
compiler_line=$("${CC:-gcc}" --version 2>/dev/null | head -n 1 || true)
if [[ -n ${SOURCE_DATE_EPOCH:-} ]]; then
  built_at=$(date -u -d "@${SOURCE_DATE_EPOCH}" +%Y-%m-%dT%H:%M:%SZ)
else
  built_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)
fi
{
  echo "# written by glibc-floor run-build.sh"
  echo "glibc_floor=$(escape "${GLIBC_FLOOR:-}")"
  echo "glibc=$(escape "${glibc_line##* }")"
  echo "compiler=$(escape "$compiler_line")"
  echo "arch=$(uname -m)"
  echo "platform=$(escape "${TARGETPLATFORM:-}")"
  echo "base_image=$(escape "${BASE_IMAGE:-}")"
  echo "build_command=$(escape "$BUILD_COMMAND")"
  echo "binaries=$(escape "${binaries[*]}")"
  echo "built_at=${built_at}"
} >"$OUT/BUILD-INFO"
echo "glibc-floor: exported ${#binaries[@]} file(s) from \$OUT/bin: ${binaries[*]}"
