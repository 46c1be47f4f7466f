// The archive writer and file collector against the real file system and the real GNU tar / node-tar readers.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { list } from 'tar'
import { writeTarGz } from '../src/adapters/archive.js'
import { collect, type CollectOptions } from '../src/adapters/files.js'
import { encodeHeader, paxRecord, splitPath } from '../src/domain/tar.js'

let dir: string
const EPOCH = 1_700_000_000
const long = `deep/${'d'.repeat(90)}/${'e'.repeat(90)}/${'f'.repeat(120)}.txt`

function makeTree(root: string): void {
  mkdirSync(join(root, 'site/css'), { recursive: true })
  mkdirSync(join(root, 'site/empty'))
  writeFileSync(join(root, 'site/index.html'), '<h1>hi</h1>\n')
  writeFileSync(join(root, 'site/css/a.css'), 'a{}\n'.repeat(1000))
  writeFileSync(join(root, 'site/run.sh'), '#!/bin/sh\necho ok\n')
  chmodSync(join(root, 'site/run.sh'), 0o700)
  writeFileSync(join(root, 'site/big.bin'), Buffer.alloc(3 * 1024 * 1024 + 17, 7))
  symlinkSync('index.html', join(root, 'site/home.html'))
  mkdirSync(join(root, long.slice(0, long.lastIndexOf('/'))), { recursive: true })
  writeFileSync(join(root, long), 'long\n')
  writeFileSync(join(root, 'site/ünïcode.txt'), 'u\n')
}

function opts(root: string, input = 'archives'): CollectOptions {
  return { root, workspace: root, exclude: [], input }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-archive-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('tar headers', () => {
  test('pax record length counts itself', () => {
    expect(paxRecord('path', 'a')).toBe('9 path=a\n')
    expect(paxRecord('path', 'x'.repeat(91))).toBe(`101 path=${'x'.repeat(91)}\n`)
    const r = paxRecord('path', 'x'.repeat(92))
    expect(r.length).toBe(Number(r.split(' ')[0]))
  })
  test('long paths split into prefix + name, or need pax', () => {
    expect(splitPath(`${'a'.repeat(120)}/b.txt`)).toEqual({ prefix: 'a'.repeat(120), name: 'b.txt' })
    expect(splitPath(`a/${'b'.repeat(120)}`)).toBeUndefined()
    expect(encodeHeader({ path: `a/${'b'.repeat(120)}`, type: 'file', size: 1, mode: 0o644, mtime: 0 }).length).toBe(
      512 * 3,
    )
  })
})

describe('writeTarGz', () => {
  test('is byte-identical for the same tree whatever the file times, and readable by GNU tar and node-tar', async () => {
    const a = join(dir, 'a')
    const b = join(dir, 'b')
    makeTree(a)
    makeTree(b)
    utimesSync(join(b, 'site/index.html'), 1, 1)
    const ea = await collect(['site', 'deep'], opts(a))
    const eb = await collect(['site', 'deep'], opts(b))
    const wa = await writeTarGz(ea, join(dir, 'a.tar.gz'), { mtime: EPOCH, level: 6 })
    const wb = await writeTarGz(eb, join(dir, 'b.tar.gz'), { mtime: EPOCH, level: 6 })
    expect(wa.sha256).toBe(wb.sha256)
    expect(readFileSync(join(dir, 'a.tar.gz')).equals(readFileSync(join(dir, 'b.tar.gz')))).toBe(true)
    expect(wa.size).toBe(readFileSync(join(dir, 'a.tar.gz')).length)

    // gzip header: no file name flag, mtime 0.
    const gz = readFileSync(join(dir, 'a.tar.gz'))
    expect(gz[3]).toBe(0)
    expect(gz.readUInt32LE(4)).toBe(0)

    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', join(dir, 'a.tar.gz')], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
    const byPath = new Map(
      listing.map((l) => [
        l
          .replace(/ -> .*$/, '')
          .split(/\s+/)
          .slice(5)
          .join(' '),
        l,
      ]),
    )
    expect([...byPath.keys()]).toEqual([...byPath.keys()].sort())
    expect(byPath.get('site/run.sh')).toMatch(/^-rwxr-xr-x 0\/0 +\d+ 2023-11-14 22:13:20 site\/run.sh$/)
    expect(byPath.get('site/index.html')).toMatch(/^-rw-r--r-- 0\/0 +12 /)
    expect(byPath.get('site/empty/')).toMatch(/^drwxr-xr-x 0\/0/)
    expect(listing.find((l) => l.includes('site/home.html'))).toMatch(/^lrwxrwxrwx .* site\/home.html -> index.html$/)
    expect(byPath.has(long)).toBe(true)
    expect(byPath.has('site/ünïcode.txt')).toBe(true)

    const out = join(dir, 'x')
    mkdirSync(out)
    execFileSync('tar', ['-xzf', join(dir, 'a.tar.gz'), '-C', out])
    expect(readFileSync(join(out, 'site/big.bin')).equals(readFileSync(join(a, 'site/big.bin')))).toBe(true)
    expect(readFileSync(join(out, long), 'utf8')).toBe('long\n')

    const seen: string[] = []
    await list({ file: join(dir, 'a.tar.gz'), strict: true, onReadEntry: (e) => void seen.push(e.path) })
    expect(seen).toContain(long)
    expect(gunzipSync(gz).length % 512).toBe(0)
  })

  test('a different compression level changes the bytes but not the content', async () => {
    const entries = await collect(['site'], opts(join(dir, 'a')))
    const fast = await writeTarGz(entries, join(dir, 'fast.tar.gz'), { mtime: EPOCH, level: 1 })
    const slow = await writeTarGz(entries, join(dir, 'slow.tar.gz'), { mtime: EPOCH, level: 9 })
    expect(fast.sha256).not.toBe(slow.sha256)
    expect(
      gunzipSync(readFileSync(join(dir, 'fast.tar.gz'))).equals(gunzipSync(readFileSync(join(dir, 'slow.tar.gz')))),
    ).toBe(true)
  })
})

describe('collect', () => {
  test('globs pick files (with their parent directories), sorted', async () => {
    const entries = await collect(['site/**/*.css', 'site/*.html'], opts(join(dir, 'a')))
    expect(entries.map((e) => e.path)).toEqual([
      'site/',
      'site/css/',
      'site/css/a.css',
      'site/home.html',
      'site/index.html',
    ])
  })
  test('exclusion globs leave files out', async () => {
    const entries = await collect(['site'], { ...opts(join(dir, 'a')), skip: ['site/css/**', '**/*.bin'] })
    expect(entries.map((e) => e.path)).toEqual([
      'site/',
      'site/empty/',
      'site/home.html',
      'site/index.html',
      'site/run.sh',
      'site/ünïcode.txt',
    ])
  })
  test('refuses symlinks out of the workspace, dangling links, missing paths and empty globs', async () => {
    const root = join(dir, 'evil')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'assets/ok.txt'), 'ok')
    symlinkSync('/etc/hostname', join(root, 'assets/host'))
    await expect(collect(['assets'], opts(root, 'resources'))).rejects.toThrow(
      "Input 'resources': 'assets/host' is a symlink pointing outside the workspace (-> /etc/hostname)",
    )
    expect((await collect(['assets/*.txt'], opts(root))).map((e) => e.path)).toEqual(['assets/', 'assets/ok.txt']) // unmatched: not checked
    await expect(collect(['assets/*'], opts(root))).rejects.toThrow('is a symlink pointing outside the workspace')
    rmSync(join(root, 'assets/host'))
    symlinkSync('nowhere', join(root, 'assets/dangling'))
    await expect(collect(['assets'], opts(root))).rejects.toThrow('is a dangling symlink')
    rmSync(join(root, 'assets/dangling'))
    symlinkSync('/etc', join(root, 'etc'))
    await expect(collect(['etc/hostname'], opts(root))).rejects.toThrow(
      'goes through a symlink that leads outside the working directory',
    )
    await expect(collect(['missing'], opts(root))).rejects.toThrow("'missing' does not exist in the working directory")
    await expect(collect(['assets/*.png'], opts(root))).rejects.toThrow("'assets/*.png' matches no files")
  })
})
