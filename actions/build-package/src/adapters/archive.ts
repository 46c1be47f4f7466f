/**
 * Write a deterministic `.tar.gz`: entries in the given (sorted) order, normalized headers, gzip with a fixed level
 * and no name or mtime in its header (Node's zlib writes neither). Streamed: file data goes from disk through
 * gzip and the sha256 hash to the output in bounded chunks, so memory stays flat whatever the tree size.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { hashingStream, UserError } from '@shipline/core'
import { encodeHeader, endOfArchive, normalizedMode, paddingFor } from '../domain/tar.js'
import type { FileEntry } from './files.js'

export interface ArchiveOptions {
  /** Entry mtime in seconds (SOURCE_DATE_EPOCH). */
  mtime: number
  /** gzip level 1–9. */
  level: number
  /** Prefix for every entry path (e.g. `package/`), or ''. */
  prefix?: string
}

export interface WrittenFile {
  size: number
  sha256: string
}

const CHUNK = 1024 * 1024
const ZEROS = Buffer.alloc(512)

/** The tar stream of `entries` (headers, data, padding, end blocks), read from disk in bounded chunks. */
export async function* tarBytes(entries: readonly FileEntry[], o: ArchiveOptions): AsyncGenerator<Buffer> {
  const prefix = o.prefix ?? ''
  for (const e of entries) {
    yield encodeHeader({
      path: `${prefix}${e.path}`,
      type: e.type,
      size: e.type === 'file' ? e.size : 0,
      mode: normalizedMode(e.type, e.executable),
      mtime: o.mtime,
      ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
    })
    if (e.type !== 'file' || e.size === 0) continue
    yield* fileBytes(e)
    const pad = paddingFor(e.size)
    if (pad) yield ZEROS.subarray(0, pad)
  }
  yield endOfArchive()
}

/** Exactly `e.size` bytes of the file, or an error if it changed size while being archived. */
async function* fileBytes(e: FileEntry): AsyncGenerator<Buffer> {
  const fh = await open(e.source, 'r')
  try {
    let left = e.size
    while (left > 0) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, left))
      const { bytesRead } = await fh.read(buf, 0, buf.length, null)
      if (bytesRead === 0) break
      left -= bytesRead
      yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead)
    }
    if (left !== 0)
      throw new UserError(`File '${e.path}' shrank while it was being archived; is a build still writing it?`)
    const probe = Buffer.alloc(1)
    if ((await fh.read(probe, 0, 1, null)).bytesRead !== 0) {
      throw new UserError(`File '${e.path}' grew while it was being archived; is a build still writing it?`)
    }
  } finally {
    await fh.close()
  }
}

/** Write `entries` as a deterministic tar.gz at `dest`; returns its size and sha256. */
export async function writeTarGz(entries: readonly FileEntry[], dest: string, o: ArchiveOptions): Promise<WrittenFile> {
  const h = hashingStream()
  await pipeline(
    Readable.from(tarBytes(entries, o), { objectMode: false, highWaterMark: CHUNK }),
    createGzip({ level: o.level, chunkSize: 256 * 1024 }),
    h.stream,
    createWriteStream(dest, { flags: 'wx' }),
  )
  return h.result()
}

/**
 * Write `entries` as a deterministic plain (uncompressed) tar at `dest`, e.g. an OCI layout whose blobs are already
 * compressed. With no gzip to pace it, file data is copied through one reused buffer (each write finishes before
 * the buffer is refilled): no garbage per chunk, so memory stays flat however big the blobs are.
 */
export async function writeTar(entries: readonly FileEntry[], dest: string, o: ArchiveOptions): Promise<WrittenFile> {
  const hash = createHash('sha256')
  const out = await open(dest, 'wx')
  const buffer = Buffer.allocUnsafe(CHUNK)
  let size = 0
  const put = async (bytes: Buffer): Promise<void> => {
    hash.update(bytes)
    size += bytes.length
    for (let at = 0; at < bytes.length;) at += (await out.write(bytes, at, bytes.length - at)).bytesWritten
  }
  try {
    for (const e of entries) {
      const header = encodeHeader({
        path: `${o.prefix ?? ''}${e.path}`,
        type: e.type,
        size: e.type === 'file' ? e.size : 0,
        mode: normalizedMode(e.type, e.executable),
        mtime: o.mtime,
        ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
      })
      await put(header)
      if (e.type !== 'file' || e.size === 0) continue
      const src = await open(e.source, 'r')
      try {
        let left = e.size
        while (left > 0) {
          const { bytesRead } = await src.read(buffer, 0, Math.min(CHUNK, left), null)
          if (bytesRead === 0)
            throw new UserError(`File '${e.path}' shrank while it was being archived; is a build still writing it?`)
          await put(buffer.subarray(0, bytesRead))
          left -= bytesRead
        }
      } finally {
        await src.close()
      }
      const pad = paddingFor(e.size)
      if (pad) await put(ZEROS.subarray(0, pad))
    }
    await put(endOfArchive())
  } finally {
    await out.close()
  }
  return { size, sha256: hash.digest('hex') }
}
