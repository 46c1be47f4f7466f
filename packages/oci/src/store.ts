/**
 * A content-addressed blob store on disk, laid out as an OCI image layout (`blobs/sha256/<hex>`). Every blob put in
 * is hashed on the way and checked against the digest it claims, so a corrupt base never becomes part of an image.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Readable, Transform } from 'node:stream'
import { hashingStream } from '@shipline/core'
import { pipeline } from 'node:stream/promises'
import { digestHex, sha256Digest } from './digest.js'

export class DigestMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
    readonly what: string,
  ) {
    super(`${what}: content has digest ${actual}, expected ${expected}`)
    this.name = 'DigestMismatchError'
  }
}

/** A pass-through that counts and hashes what flows through it (core's hashingStream), with an OCI digest. */
export function digester(): { stream: Transform; result: () => { digest: string; size: number } } {
  const h = hashingStream()
  return {
    stream: h.stream,
    result: () => {
      const { size, sha256 } = h.result()
      return { digest: `sha256:${sha256}`, size }
    },
  }
}

/** Copy `src` to a new file `dest` through one reused 1 MiB buffer, hashing it; returns its digest and size. */
export async function copyHashed(src: string, dest: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(1 << 20)
  const input = await open(src, 'r')
  const output = await open(dest, 'wx')
  let size = 0
  try {
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      for (let at = 0; at < bytesRead;) at += (await output.write(buffer, at, bytesRead - at)).bytesWritten
      size += bytesRead
    }
  } finally {
    await input.close()
    await output.close()
  }
  return { digest: `sha256:${hash.digest('hex')}`, size }
}

export class BlobStore {
  constructor(readonly dir: string) {}

  path(digest: string): string {
    return join(this.dir, 'blobs', 'sha256', digestHex(digest))
  }

  async has(digest: string): Promise<boolean> {
    return stat(this.path(digest)).then(
      (s) => s.isFile(),
      () => false,
    )
  }

  async size(digest: string): Promise<number> {
    return (await stat(this.path(digest))).size
  }

  /** Store bytes; returns their digest. */
  async putBytes(bytes: Buffer): Promise<string> {
    const digest = sha256Digest(bytes)
    const path = this.path(digest)
    await mkdir(dirname(path), { recursive: true })
    if (!(await this.has(digest))) await writeFile(path, bytes)
    return digest
  }

  /**
   * Stream a blob in, checking its digest (and size when given) before it takes its name: a short or wrong
   * download leaves nothing behind.
   */
  async putStream(source: Readable, expected: string, what: string, expectedSize?: number): Promise<void> {
    const path = this.path(expected)
    if (await this.has(expected)) {
      source.destroy()
      return
    }
    await mkdir(dirname(path), { recursive: true })
    const tmp = `${path}.partial-${process.pid}`
    const d = digester()
    try {
      await pipeline(source, d.stream, createWriteStream(tmp))
      const { digest, size } = d.result()
      if (digest !== expected) throw new DigestMismatchError(expected, digest, what)
      if (expectedSize !== undefined && size !== expectedSize)
        throw new DigestMismatchError(expected, `${digest} (${size} bytes, expected ${expectedSize})`, what)
      await rename(tmp, path)
    } finally {
      await rm(tmp, { force: true })
    }
  }

  /**
   * Copy a file in, hashed on the way: its digest is computed (and checked against `expected` when given). One
   * reused buffer, each write finished before it is refilled: flat memory for layers of any size.
   */
  async putFile(file: string, what: string, expected?: string): Promise<{ digest: string; size: number }> {
    const tmp = join(this.dir, 'blobs', `.incoming-${process.pid}-${Math.random().toString(36).slice(2)}`)
    await mkdir(dirname(tmp), { recursive: true })
    try {
      const r = await copyHashed(file, tmp)
      if (expected && r.digest !== expected) throw new DigestMismatchError(expected, r.digest, what)
      await mkdir(dirname(this.path(r.digest)), { recursive: true })
      await rename(tmp, this.path(r.digest))
      return r
    } finally {
      await rm(tmp, { force: true })
    }
  }

  /** Read and verify a small JSON blob (manifest, index, config), bounded to 4 MiB. */
  async readJson<T>(digest: string, what: string): Promise<{ value: T; bytes: Buffer }> {
    const path = this.path(digest)
    const st = await stat(path).catch(() => undefined)
    if (!st) throw new Error(`${what}: blob ${digest} is missing`)
    if (st.size > 4 * 1024 * 1024)
      throw new Error(`${what}: blob ${digest} is ${st.size} bytes; a manifest or config is at most 4 MiB`)
    const bytes = await readFile(path)
    const actual = sha256Digest(bytes)
    if (actual !== digest) throw new DigestMismatchError(digest, actual, what)
    try {
      return { value: JSON.parse(bytes.toString('utf8')) as T, bytes }
    } catch {
      throw new Error(`${what}: blob ${digest} is not JSON`)
    }
  }
}
