// Which release assets get audited. The default takes Linux builds and leaves musl, Android and package
// formats out; checksum and signature files are never audited (checksums are used to verify the others).
import { isChecksumAsset } from './checksums.js'
import { matchesFilter, parseNameFilter, type NameFilter } from './glob.js'
import type { ReleaseAsset } from './github-releases.js'

export const DEFAULT_ASSET_PATTERN = [
  '*linux*',
  '!*musl*',
  '!*android*',
  '!*.deb',
  '!*.rpm',
  '!*.apk',
  '!*.AppImage'
].join('\n')

/** Signatures, attestations, SBOMs and notes that ride along with binaries. */
const METADATA = /\.(asc|sig|minisig|pem|crt|cert|sbom|spdx|json|jsonl|txt|md|sha1|md5)$/i

export interface AssetSelection {
  selected: ReleaseAsset[]
  checksumFiles: ReleaseAsset[]
  ignored: { name: string; reason: string }[]
}

export function selectAssets(
  assets: ReleaseAsset[],
  pattern: string | NameFilter = DEFAULT_ASSET_PATTERN
): AssetSelection {
  const filter = typeof pattern === 'string' ? parseNameFilter(pattern || DEFAULT_ASSET_PATTERN) : pattern
  const out: AssetSelection = { selected: [], checksumFiles: [], ignored: [] }
  for (const asset of assets) {
    if (isChecksumAsset(asset.name)) out.checksumFiles.push(asset)
    else if (METADATA.test(asset.name))
      out.ignored.push({ name: asset.name, reason: 'signature or metadata file' })
    else if (!matchesFilter(asset.name, filter))
      out.ignored.push({ name: asset.name, reason: 'does not match asset-pattern' })
    else out.selected.push(asset)
  }
  return out
}

/** Asset names come from the API; make sure one can never name a path outside our directory. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[/\\\0]/g, '_').replace(/^\.+/, '_')
  return cleaned || '_'
}
