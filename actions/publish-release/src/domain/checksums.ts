/** SHA256SUMS (coreutils format), sha256/sha512 digests and npm's SRI integrity strings. */

export interface ChecksumEntry {
  sha256: string
  file: string
}

/**
 * Parse a coreutils `sha256sum` file: `<64 hex><two spaces or space-star><file>` per line. Returns entries and the
 * line numbers (1-based) of lines that are neither blank nor valid.
 */
export function parseSha256Sums(text: string): { entries: ChecksumEntry[]; bad: number[] } {
  const entries: ChecksumEntry[] = []
  const bad: number[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return
    const m = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/.exec(line)
    if (!m?.[1] || !m[2]) {
      bad.push(i + 1)
      return
    }
    entries.push({ sha256: m[1].toLowerCase(), file: m[2] })
  })
  return { entries, bad }
}

/** Find the expected sha256 of a file by its path, or by its base name when the sums file lists base names. */
export function expectedSha256(entries: readonly ChecksumEntry[], path: string): string | undefined {
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '')
  const want = norm(path)
  const base = want.split('/').pop() ?? want
  return (
    entries.find((e) => norm(e.file) === want) ?? entries.find((e) => (norm(e.file).split('/').pop() ?? '') === base)
  )?.sha256
}

/**
 * What disagrees about one artifact: its size and sha256 against what the artifacts list says, and its sha256
 * against the checksums file (`sums`, named by `file`). Empty when everything agrees.
 */
export function artifactProblems(
  listed: { path: string; sha256?: string; size?: number },
  actual: { sha256: string; size?: number },
  sums?: { file: string; entries: readonly ChecksumEntry[] },
): string[] {
  const { path } = listed
  const { sha256, size } = actual
  const problems: string[] = []
  if (size !== undefined && listed.size !== undefined && listed.size !== size)
    problems.push(`${path}: ${size} bytes, but the artifacts list says ${listed.size}`)
  if (listed.sha256 && listed.sha256 !== sha256)
    problems.push(`${path}: sha256 is ${sha256}, but the artifacts list says ${listed.sha256}`)
  if (sums) {
    const want = expectedSha256(sums.entries, path)
    if (!want) problems.push(`${path} is not listed in ${sums.file}`)
    else if (want !== sha256) problems.push(`${path}: sha256 is ${sha256}, but ${sums.file} says ${want}`)
  }
  return problems
}

/** GitHub's `digest: "sha256:<hex>"` → hex; undefined for other algorithms or a missing digest. */
export function sha256OfDigest(digest: string | null | undefined): string | undefined {
  const m = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '')
  return m?.[1]?.toLowerCase()
}

/** The sha512 part of an SRI string (`sha512-<base64>`, possibly one of several space-separated hashes). */
export function sha512OfIntegrity(integrity: string | undefined): string | undefined {
  return integrity
    ?.split(/\s+/)
    .find((h) => h.startsWith('sha512-'))
    ?.slice('sha512-'.length)
}

/** True when two SRI strings name the same sha512 (the only algorithm npm writes today). */
export function sameIntegrity(a: string | undefined, b: string | undefined): boolean {
  const x = sha512OfIntegrity(a)
  return x !== undefined && x === sha512OfIntegrity(b)
}

/**
 * The name GitHub gives an uploaded file: characters other than letters, digits, `.`, `-`, `_`, `+` and `@` become `.`
 * (so `my app.zip` is stored as `my.app.zip`). We name assets that way up front, so names compare exactly.
 */
export function githubAssetName(fileName: string): string {
  return fileName.replace(/[^A-Za-z0-9._+@-]/g, '.')
}
