// A stand-in for `docker buildx` / `depot build` (there is no Docker engine here), for recording stubs
// (recording-stub.ts) in the runner and action tests. It behaves just enough like them: answers `buildx
// version` and `buildx inspect` (driver and platforms from STUB_DRIVER/STUB_PLATFORMS), prints a log, and writes the export stage's layout where --output says (one directory per platform
// when there are several). STUB_ELF names a real ELF file to export as bin/hello, so the real audit runs on it.
export const BUILDER = `
if [[ "$1 $2" == "buildx version" ]]; then
  if [[ -n \${STUB_NO_BUILDX:-} ]]; then
    echo "docker: 'buildx' is not a docker command." >&2
    exit 1
  fi
  echo "github.com/docker/buildx v0.23.0 28b0b8a"
  exit 0
fi
if [[ "$1 $2" == "buildx inspect" ]]; then
  if [[ -n \${STUB_INSPECT_FAIL:-} ]]; then
    echo "ERROR: no builder named gone" >&2
    exit 1
  fi
  # The layout of real \`docker buildx inspect --bootstrap\` output (buildx 0.23).
  cat <<INSPECT
Name:          \${STUB_BUILDER:-builder-1}
Driver:        \${STUB_DRIVER:-docker-container}
Last Activity: 2025-06-01 10:00:00 +0000 UTC

Nodes:
Name:                  builder-10
Endpoint:              unix:///var/run/docker.sock
Status:                running
BuildKit version:      v0.21.1
Platforms:             \${STUB_PLATFORMS-linux/amd64*, linux/amd64/v2, linux/386, linux/arm64, linux/arm/v7}
INSPECT
  exit 0
fi
dest='' platforms='' prev=''
for a in "$@"; do
  case "$prev" in --output) dest=\${a#type=local,dest=} ;; --platform) platforms=$a ;; esac
  prev=$a
done
echo "#1 [internal] load build definition"
echo "#12 exporting to client directory" >&2
if [[ -n \${STUB_FAIL:-} ]]; then
  echo 'ERROR: failed to solve: process "/bin/sh -c bash run-build.sh" did not complete successfully: exit code: 1' >&2
  exit 1
fi
[[ -n \${STUB_EMPTY:-} ]] && exit 0
IFS=, read -ra ps <<<"$platforms"
for p in "\${ps[@]}"; do
  d=$dest
  ((\${#ps[@]} > 1)) && d="$dest/\${p//\\//_}"
  mkdir -p "$d/bin"
  if [[ -n \${STUB_ELF:-} ]]; then cp "$STUB_ELF" "$d/bin/hello"; else printf 'not really ELF' >"$d/bin/hello"; fi
  printf '# written by glibc-floor run-build.sh\\nglibc=2.17\\ncompiler=gcc (GCC) 11.2.1\\nplatform=%s\\n' "$p" >"$d/BUILD-INFO"
done
`
