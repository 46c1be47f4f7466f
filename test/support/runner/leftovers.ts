/**
 * What a step left on disk: files under RUNNER_TEMP or the workspace that still hold a masked value (a token in a
 * temp .npmrc, a password in a saved config, a secret in a report file). Bounded in count and size, so a big
 * workspace cannot make a test slow: `node_modules` and `.git` are skipped, files over 4 MiB are not read.
 */
import { readdirSync, readFileSync, lstatSync } from 'node:fs'
import { join } from 'node:path'

const SKIP = new Set(['node_modules', '.git'])
const MAX_FILES = 5_000
const MAX_BYTES = 4 * 1024 * 1024

/** `path: secret` for every file under `dirs` that contains one of `secrets` (raw or URI-encoded). */
export function scanForSecrets(dirs: readonly string[], secrets: readonly string[]): string[] {
  const found: string[] = []
  if (secrets.length === 0) return found
  let seen = 0
  const walk = (dir: string): void => {
    let entries: string[]
    try {
      entries = readdirSync(dir)
    } catch {
      return
    }
    for (const name of entries) {
      if (seen >= MAX_FILES) return
      const path = join(dir, name)
      const st = lstatSync(path, { throwIfNoEntry: false })
      if (!st) continue
      if (st.isDirectory()) {
        if (!SKIP.has(name)) walk(path)
      } else if (st.isFile() && st.size <= MAX_BYTES) {
        seen++
        const text = readFileSync(path, 'latin1')
        for (const s of secrets) {
          const bytes = Buffer.from(s, 'utf8').toString('latin1')
          if (text.includes(bytes) || text.includes(encodeURIComponent(s))) found.push(`${path}: ${s}`)
        }
      }
    }
  }
  for (const d of new Set(dirs)) walk(d)
  return found
}
