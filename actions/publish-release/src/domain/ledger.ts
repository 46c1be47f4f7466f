/**
 * The ledger: the plan of a release, kept in the draft's body as a hidden HTML comment so a re-run after a failure
 * knows what this draft is for (which bytes, which npm version) without guessing from names. It lives only on the
 * draft: publishing rewrites the body to the plain notes in the same request, so no published release carries it.
 */
import type { Desired } from './types.js'

export interface Ledger {
  schema: 1
  tag: string
  version: string
  assets: { name: string; size: number; sha256: string }[]
  /** Set when the asset list did not fit in the body (GitHub caps it at 125,000 characters). */
  assetsOmitted?: true
  npm?: { name: string; version: string; integrity: string }
}

const OPEN = '<!-- shipline-release-ledger '
const CLOSE = ' -->'

/** The ledger for a desired release. */
export function ledgerOf(desired: Desired): Ledger {
  const ledger: Ledger = {
    schema: 1,
    tag: desired.tag,
    version: desired.version,
    assets: desired.assets.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
  }
  if (desired.npm)
    ledger.npm = { name: desired.npm.pkg.name, version: desired.npm.pkg.version, integrity: desired.npm.pkg.integrity }
  return ledger
}

/** GitHub refuses release bodies longer than this. */
export const MAX_BODY = 125_000

/**
 * The draft body: the notes, then the ledger comment (JSON with `<`, `>` escaped so it cannot close the comment).
 * When the asset list would not fit, it is left out (the assets are still compared by bytes on GitHub itself).
 */
export function bodyWithLedger(notes: string, ledger: Ledger): string {
  const render = (l: Ledger): string =>
    `${notes.replace(/\s+$/, '')}\n\n${OPEN}${JSON.stringify(l).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}${CLOSE}\n`
  const full = render(ledger)
  return full.length <= MAX_BODY ? full : render({ ...ledger, assets: [], assetsOmitted: true })
}

/** The ledger in a release body, or undefined when there is none or it cannot be read. */
export function parseLedger(body: string | null | undefined): Ledger | undefined {
  const start = body?.lastIndexOf(OPEN) ?? -1
  if (!body || start < 0) return undefined
  const end = body.indexOf(CLOSE, start + OPEN.length)
  if (end < 0) return undefined
  try {
    const value = JSON.parse(body.slice(start + OPEN.length, end)) as Ledger
    return value && value.schema === 1 && Array.isArray(value.assets) ? value : undefined
  } catch {
    return undefined
  }
}

/** True when two ledgers describe the same release content. */
export function sameLedger(a: Ledger | undefined, b: Ledger): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b)
}
