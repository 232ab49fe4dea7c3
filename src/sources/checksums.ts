// Checksum files published next to release assets: goreleaser's checksums.txt, coreutils SHA256SUMS,
// BSD-style "SHA256 (name) = hex", and per-asset "<asset>.sha256" files holding a bare digest.
import { basename } from 'node:path'

export type DigestAlgorithm = 'sha256' | 'sha512'

export interface Digest {
  algorithm: DigestAlgorithm
  hex: string
  /** Asset name of the checksum file the digest came from, for messages. */
  source: string
}

const perAssetSuffix = /\.(sha256|sha512)(sum)?$/i

/** Is this asset a checksum file rather than something to audit? */
export function isChecksumAsset(name: string): boolean {
  return perAssetSuffix.test(name) || /(^|[._-])(checksums?|sha(256|512)sums?)([._-][^/]*)?$/i.test(name)
}

/** For "tool.tar.gz.sha256" the asset it covers ("tool.tar.gz"); undefined for multi-entry files. */
export function coveredAsset(checksumName: string): string | undefined {
  return perAssetSuffix.test(checksumName) ? checksumName.replace(perAssetSuffix, '') : undefined
}

function algorithmFor(hex: string): DigestAlgorithm | undefined {
  if (/^[0-9a-f]{64}$/i.test(hex)) return 'sha256'
  if (/^[0-9a-f]{128}$/i.test(hex)) return 'sha512'
  return undefined
}

/** Parses a checksum file into asset name → digest. Unrecognised lines are ignored. */
export function parseChecksums(text: string, source: string): Map<string, Digest> {
  const out = new Map<string, Digest>()
  const covered = coveredAsset(source)
  const add = (hex: string, name: string): void => {
    const algorithm = algorithmFor(hex)
    if (algorithm) out.set(basename(name.trim()), { algorithm, hex: hex.toLowerCase(), source })
  }
  for (const raw of text.split(/\r?\n/)) {
    // Blank and comment lines ("# <hex>  name" included) match none of the anchored formats below.
    const line = raw.trim()
    const bsd = /^SHA(256|512) \((.+)\) = ([0-9a-f]+)$/i.exec(line)
    if (bsd) {
      add(bsd[3], bsd[2])
      continue
    }
    // coreutils: "<hex>  name" (text) or "<hex> *name" (binary)
    const gnu = /^([0-9a-f]{64}|[0-9a-f]{128})\s+\*?(.+)$/i.exec(line)
    if (gnu) {
      add(gnu[1], gnu[2])
      continue
    }
    if (covered && algorithmFor(line)) add(line, covered)
  }
  return out
}
