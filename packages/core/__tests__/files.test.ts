import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { Writable } from 'node:stream'
import {
  allowedRoots,
  hashChunks,
  hashFile,
  hashingStream,
  readTextIfExists,
  sleep,
  statContained,
  writeAtomic,
} from '@shipline/core'
import { writeAtomic as fromFilesEntry } from '@shipline/core/files'

let dir: string
const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-core-files-'))
  writeFileSync(join(dir, 'big.bin'), big)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('writeAtomic', () => {
  it('replaces the file whole, with the mode asked for, and leaves no temp file', async () => {
    const path = join(dir, 'state.json')
    writeFileSync(path, 'old')
    await writeAtomic(path, '{"new":true}\n', { mode: 0o600 })
    expect(readFileSync(path, 'utf8')).toBe('{"new":true}\n')
    expect(lstatSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([])
  })
  it('refuses a symlink or a file at a fixed temp name, and changes nothing', async () => {
    const path = join(dir, 'target')
    writeFileSync(path, 'keep')
    symlinkSync('/etc/passwd', join(dir, 'link.tmp'))
    await expect(writeAtomic(path, 'x', { temp: join(dir, 'link.tmp') })).rejects.toMatchObject({ code: 'EEXIST' })
    expect(readFileSync(path, 'utf8')).toBe('keep')
  })
  it('a failed rename removes the temp file and rethrows', async () => {
    await expect(writeAtomic(join(dir, 'no-such-dir', 'f'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(writeAtomic(join(dir), 'x')).rejects.toThrow() // a directory cannot be replaced by a file
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp') && !n.startsWith('link'))).toEqual([])
  })
  it('is the same function through the @shipline/core/files entry', () => expect(fromFilesEntry).toBe(writeAtomic))
})

describe('readTextIfExists', () => {
  it('reads text; a missing file is undefined; other errors are thrown', async () => {
    writeFileSync(join(dir, 'r.txt'), 'hi')
    expect(await readTextIfExists(join(dir, 'r.txt'))).toBe('hi')
    expect(await readTextIfExists(join(dir, 'absent'))).toBeUndefined()
    await expect(readTextIfExists(dir)).rejects.toMatchObject({ code: 'EISDIR' })
  })
})

describe('hashing', () => {
  it('hashFile: size and sha256 hex; sha512 base64 when asked', async () => {
    expect(await hashFile(join(dir, 'big.bin'))).toEqual({ size: big.length, sha256: sha256(big) })
    expect(await hashFile(join(dir, 'big.bin'), { sha512: true })).toEqual({
      size: big.length,
      sha256: sha256(big),
      sha512: createHash('sha512').update(big).digest('base64'),
    })
  })
  it('hashFile with noFollow refuses a symlink', async () => {
    symlinkSync(join(dir, 'big.bin'), join(dir, 'big.link'))
    await expect(hashFile(join(dir, 'big.link'), { noFollow: true })).rejects.toMatchObject({ code: 'ELOOP' })
  })
  it('hashChunks and hashingStream agree with hashFile', async () => {
    const chunks = [big.subarray(0, 1000), big.subarray(1000)]
    expect(await hashChunks(Readable.from(chunks))).toEqual({ size: big.length, sha256: sha256(big) })
    const h = hashingStream()
    let passed = 0
    const sink = new Writable({ write: (c: Buffer, _e, done) => ((passed += c.length), done()) })
    await pipeline(Readable.from(chunks), h.stream, sink)
    expect(passed).toBe(big.length)
    expect(h.result()).toEqual({ size: big.length, sha256: sha256(big) })
  })
})

describe('sleep', () => {
  // Ten minutes each: if either waited, jest's 60 s test timeout would fail the test.
  it('resolves at once when the signal is already aborted, and early when it aborts', async () => {
    expect(await sleep(600_000, AbortSignal.abort())).toBeUndefined()
    const c = new AbortController()
    const slept = sleep(600_000, c.signal)
    c.abort()
    expect(await slept).toBeUndefined()
  })
  it('resolves after the time without a signal', async () => expect(await sleep(1)).toBeUndefined())
})

describe('statContained and allowedRoots(env, workspace)', () => {
  it('gives the given path, the real path and the size, closed again', async () => {
    writeFileSync(join(dir, 'a.tgz'), 'abc')
    const roots = allowedRoots({}, dir)
    expect(roots).toEqual([{ label: 'the workspace', path: dir }])
    expect(await statContained('artifacts', 'a.tgz', { roots })).toEqual({
      path: join(dir, 'a.tgz'),
      real: join(dir, 'a.tgz'),
      size: 3,
    })
    await expect(statContained('artifacts', '../x', { roots })).rejects.toThrow(
      "Input 'artifacts': '../x' is outside the allowed roots",
    )
  })
  it('allowedRoots adds RUNNER_TEMP; the workspace argument overrides GITHUB_WORKSPACE', () => {
    expect(allowedRoots({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t' }, '/x').map((r) => r.path)).toEqual(['/x', '/t'])
    expect(allowedRoots({ GITHUB_WORKSPACE: '/w' }).map((r) => r.path)).toEqual(['/w'])
  })
})
