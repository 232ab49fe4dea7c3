// Reads the dynamic loader's own complaints out of a program's stderr. glibc's ld.so prints one line per
// missing version, e.g.
//   ./bin: /lib64/libc.so.6: version `GLIBC_2.28' not found (required by ./bin)
//   /lib64/libstdc++.so.6: version `GLIBCXX_3.4.21' not found (required by /opt/app/lib/libfoo.so)
// and stops before main(); these lines are what the smoke summary sets beside the audit's prediction.

export interface MissingVersion {
  /** The library that lacks the version, as the loader printed it (a path or a soname). */
  library: string
  /** e.g. GLIBC_2.28, GLIBCXX_3.4.21, CXXABI_1.3.9 */
  version: string
  /** The object that needs it (the program or one of its libraries), when the loader said. */
  requiredBy: string | null
}

export interface LoaderFailures {
  missingVersions: MissingVersion[]
  /** Sonames the loader could not find at all ("cannot open shared object file"). */
  missingLibraries: string[]
  /** Symbols bound lazily or at relocation time that the older library lacks. */
  undefinedSymbols: { symbol: string; version: string | null; library: string | null }[]
  /** The raw lines that were recognised, in order. */
  lines: string[]
}

// `version `X' not found`: glibc quotes with a backtick and an apostrophe; some locales use ‘ ’.
const MISSING_VERSION =
  /(?:^|:\s)([^\s:]+): version [`'‘]([^'’`\s]+)['’] not found(?: \(required by (.+?)\))?\s*$/
const MISSING_LIBRARY = /error while loading shared libraries: ([^:\s]+): cannot open shared object file/
const RELOCATION =
  /relocation error: .*?: symbol ([^\s,]+), version (\S+) not defined in file (\S+) with link time reference/
const LOOKUP = /symbol lookup error: .*?: undefined symbol: ([^\s,]+)(?:, version (\S+))?/

export function parseLoaderErrors(stderr: string): LoaderFailures {
  const failures: LoaderFailures = {
    missingVersions: [],
    missingLibraries: [],
    undefinedSymbols: [],
    lines: []
  }
  for (const line of stderr.split('\n')) {
    let m = MISSING_VERSION.exec(line)
    if (m) {
      const entry = { library: m[1], version: m[2], requiredBy: m[3] ?? null }
      const seen = failures.missingVersions.some(
        v => v.library === entry.library && v.version === entry.version && v.requiredBy === entry.requiredBy
      )
      if (!seen) failures.missingVersions.push(entry)
      failures.lines.push(line)
      continue
    }
    if ((m = MISSING_LIBRARY.exec(line))) {
      if (!failures.missingLibraries.includes(m[1])) failures.missingLibraries.push(m[1])
      failures.lines.push(line)
      continue
    }
    if ((m = RELOCATION.exec(line))) {
      failures.undefinedSymbols.push({ symbol: m[1], version: m[2], library: m[3] })
      failures.lines.push(line)
      continue
    }
    if ((m = LOOKUP.exec(line))) {
      failures.undefinedSymbols.push({ symbol: m[1], version: m[2] ?? null, library: null })
      failures.lines.push(line)
    }
  }
  return failures
}

export function hasLoaderFailures(failures: LoaderFailures): boolean {
  return failures.lines.length > 0
}

/** "missing GLIBC_2.28 (libc.so.6), GLIBCXX_3.4.21 (libstdc++.so.6)" */
export function describeLoaderFailures(failures: LoaderFailures): string {
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1)
  const parts = [
    ...failures.missingVersions.map(v => `${v.version} (${base(v.library)})`),
    ...failures.missingLibraries.map(l => `library ${l}`),
    ...failures.undefinedSymbols.map(s => `symbol ${s.symbol}${s.version ? `@${s.version}` : ''}`)
  ]
  return parts.length ? `missing ${[...new Set(parts)].join(', ')}` : 'no loader errors'
}
