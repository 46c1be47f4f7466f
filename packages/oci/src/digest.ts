/** Content digests (`sha256:<64 hex>`): the only algorithm written here, and the only one accepted when reading. */
import { createHash } from 'node:crypto'

const DIGEST = /^sha256:[a-f0-9]{64}$/

export function isDigest(value: unknown): value is string {
  return typeof value === 'string' && DIGEST.test(value)
}

export function sha256Digest(bytes: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`
}

/** The hex part of a digest, after checking its form (a digest becomes a file name: nothing else may pass). */
export function digestHex(digest: string): string {
  if (!isDigest(digest)) throw new Error(`not a sha256 digest: '${digest}'`)
  return digest.slice('sha256:'.length)
}

/**
 * Canonical JSON bytes of a manifest, index or config: keys in insertion order as built, no spaces. The same
 * object always gives the same bytes, so the same inputs give the same digest.
 */
export function canonicalJson(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8')
}
