/**
 * Streamed sha256 (and sha512) of files, downloads and streams, through one reused buffer so memory stays flat
 * however big the file is. node:crypto and node:stream are loaded on first use (they cost start-up time, and most
 * runs of most actions hash nothing).
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import type { Transform } from 'node:stream'

const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto')
const streams = (): typeof import('node:stream') => process.getBuiltinModule('node:stream')

/** Size and hex sha256 of some bytes; `sha512` (base64, as npm's integrity) when asked for. */
export interface FileHash {
  size: number
  sha256: string
  sha512?: string
}

export interface HashOptions {
  /** Also compute sha512 (base64). */
  sha512?: boolean
  /** Refuse a symlink at the last name (`O_NOFOLLOW`). */
  noFollow?: boolean
}

const CHUNK = 1 << 20

/** Hash a file streamed through one reused 1 MiB buffer. */
export async function hashFile(
  path: string,
  opts: HashOptions & { sha512: true },
): Promise<FileHash & { sha512: string }>
export async function hashFile(path: string, opts?: HashOptions): Promise<FileHash>
export async function hashFile(path: string, opts: HashOptions = {}): Promise<FileHash> {
  const file = await open(path, constants.O_RDONLY | (opts.noFollow ? constants.O_NOFOLLOW : 0))
  try {
    return await hashHandle(file, opts)
  } finally {
    await file.close()
  }
}

async function hashHandle(file: FileHandle, opts: HashOptions): Promise<FileHash> {
  const a = crypto().createHash('sha256')
  const b = opts.sha512 ? crypto().createHash('sha512') : undefined
  const buffer = Buffer.allocUnsafe(CHUNK)
  let size = 0
  for (;;) {
    const { bytesRead } = await file.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) break
    const view = buffer.subarray(0, bytesRead)
    a.update(view)
    b?.update(view)
    size += bytesRead
  }
  return { size, sha256: a.digest('hex'), ...(b ? { sha512: b.digest('base64') } : {}) }
}

/** Hash what an async source yields (a download, a stream). */
export async function hashChunks(source: AsyncIterable<Uint8Array>): Promise<FileHash> {
  const hash = crypto().createHash('sha256')
  let size = 0
  for await (const chunk of source) {
    hash.update(chunk)
    size += chunk.length
  }
  return { size, sha256: hash.digest('hex') }
}

/** A pass-through stream that counts and sha256-hashes what flows through it; `result()` once it has ended. */
export function hashingStream(): { stream: Transform; result: () => FileHash } {
  const hash = crypto().createHash('sha256')
  let size = 0
  const stream = new (streams().Transform)({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
  })
  return { stream, result: () => ({ size, sha256: hash.digest('hex') }) }
}
