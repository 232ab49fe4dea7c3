// Pinned runtimes for the smoke mode. Each fact carries its source.
import type { SmokeArch } from './elf-interp.js'

export interface SysrootPin {
  /** npm package holding a crosstool-NG toolchain whose sysroot is glibc 2.17 (CentOS 7's glibc). */
  name: string
  version: string
  /** sha512 of the package tarball, as the registry records it (`npm view <name>@<version> dist.integrity`). */
  integrity: string
  /** Top-level directory inside the package's inner <triple>.tar.xz. */
  triple: string
  /** The loader's file name in <sysroot>/lib. */
  loader: string
  /** Library directories under the sysroot, in search order (libstdc++/libgcc_s of GCC 4.8.5 live in lib). */
  libDirs: string[]
  /** A file whose presence proves the sysroot's glibc is 2.17. */
  glibcMarker: string
}

// Source: the npm registry, 2025-11 (`npm view ... dist.integrity`). The aarch64 package has no 1.0.0 (its
// versions are 0.0.2, 0.0.16, 0.0.19, 1.0.3); 1.0.3 carries the same glibc 2.17 / GCC 4.8.5 sysroot.
export const SYSROOT_PINS: Record<SmokeArch, SysrootPin> = {
  x86_64: {
    name: '@napi-rs/cross-toolchain-x64-target-x86_64',
    version: '1.0.0',
    integrity:
      'sha512-lecoghCfoTAX9MLFcIx9/nL9M8xdkZ9n8Pki8qjKUNzjiq1zbECdEbzIZAMMHRtrXxifK9dAyYuh8gSxNbr2og==',
    triple: 'x86_64-unknown-linux-gnu',
    loader: 'ld-linux-x86-64.so.2',
    libDirs: ['lib', 'usr/lib'],
    glibcMarker: 'lib/libc-2.17.so'
  },
  aarch64: {
    name: '@napi-rs/cross-toolchain-x64-target-aarch64',
    version: '1.0.3',
    integrity:
      'sha512-EMFcy/ahFsmCY3BI1tMC3wRUYZ+cDuILg7nP1micaKXW1tO1+RvUB1CC6QYe+cv2W4Tuz9wr3qcFExWyjgWf2w==',
    triple: 'aarch64-unknown-linux-gnu',
    loader: 'ld-linux-aarch64.so.1',
    libDirs: ['lib', 'usr/lib', 'usr/lib64'],
    glibcMarker: 'lib/libc-2.17.so'
  }
}

// CentOS 7.9.2009, the last centos:7 image (glibc 2.17, libstdc++ of GCC 4.8.5). The digest is the multi-arch
// index that `centos:7` and `centos:7.9.2009` both resolve to since the image was frozen (it appears as
// `FROM docker.io/library/centos:7@sha256:be65f4...` in public BuildKit logs); `--platform` picks the
// amd64 or arm64v8 manifest from it.
export const CENTOS7_IMAGE =
  'centos:7@sha256:be65f488b7764ad3638f236b7b515b3678369a5124c47b8d32916d6487418ea4'

/** Docker platform for each smoke architecture. */
export const DOCKER_PLATFORM: Record<SmokeArch, string> = { x86_64: 'linux/amd64', aarch64: 'linux/arm64' }
