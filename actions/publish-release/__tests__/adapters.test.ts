import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileBody, streamingFetch } from '../src/adapters/upload-transport.js'
import { readContained, statContained } from '@shipline/core'
import { expandGlobs } from '../src/adapters/files.js'
import { NpmRegistry, nerfDart } from '../src/adapters/npm.js'
import { GitHubReleases } from '../src/adapters/github.js'

let dir: string
let server: Server
let base: string
const big = Buffer.alloc(3 * 1024 * 1024 + 17, 7)

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shipline-pr-unit-'))
  writeFileSync(join(dir, 'big.bin'), big)
  server = createServer((req, res) => {
    if (req.url === '/drop') return void req.socket.destroy()
    if (req.url === '/hang') return void req.resume()
    if (req.url === '/repos/o/r/releases/assets/5' && req.headers.accept === 'application/octet-stream') {
      return void res.writeHead(302, { location: `${base}/download/big.bin` }).end()
    }
    if (req.url === '/download/big.bin')
      return void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(big)
    if (req.url?.toLowerCase().startsWith('/@acme%2fwidget')) {
      res.setHeader('content-type', 'application/json')
      return void res.end(
        JSON.stringify({
          'dist-tags': { latest: '1.0.0' },
          versions: { '1.0.0': { dist: { integrity: 'sha512-abc' } } },
        }),
      )
    }
    if (req.url?.startsWith('/missing')) return void res.writeHead(404).end('{}')
    const hash = createHash('sha256')
    let size = 0
    req.on('data', (c: Buffer) => (hash.update(c), (size += c.length)))
    req.on('end', () => {
      res.setHeader('content-type', 'application/json')
      res
        .writeHead(201)
        .end(JSON.stringify({ size, sha256: hash.digest('hex'), length: req.headers['content-length'] }))
    })
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(async () => {
  await new Promise((ok) => server.close(ok))
  rmSync(dir, { recursive: true, force: true })
})

describe('upload transport', () => {
  test('streams a file body, and the same body can be sent again (a retry resends the whole file)', async () => {
    const body = new FileBody(join(dir, 'big.bin'))
    const want = createHash('sha256').update(big).digest('hex')
    for (let i = 0; i < 2; i++) {
      const res = await streamingFetch(`${base}/upload`, {
        method: 'POST',
        body,
        headers: { 'content-length': String(big.length) },
      })
      expect(res.status).toBe(201)
      expect(await res.json()).toEqual({ size: big.length, sha256: want, length: String(big.length) })
    }
  })

  test('a dropped connection is a TypeError, as fetch reports it (the client retries those)', async () => {
    await expect(
      streamingFetch(`${base}/drop`, { method: 'POST', body: new FileBody(join(dir, 'big.bin')) }),
    ).rejects.toThrow(TypeError)
  })

  test('a server that stops answering is given up on after the idle time, not waited on forever', async () => {
    await expect(streamingFetch(`${base}/hang`, { method: 'POST', body: 'x', idleMs: 200 })).rejects.toThrow(
      'no progress for 0.2 s',
    )
  })
})

describe('GitHub adapter', () => {
  test('an asset without a digest is hashed by downloading it (following the redirect), streamed', async () => {
    const before = process.env.GITHUB_API_URL
    process.env.GITHUB_API_URL = base
    try {
      const gh = await GitHubReleases.connect('unit-token', 'o/r')
      const sha = await gh.assetSha256({ id: 5, name: 'big.bin', size: big.length, state: 'uploaded' })
      expect(sha).toBe(createHash('sha256').update(big).digest('hex'))
      expect(await gh.assetSha256({ id: 6, name: 'x', size: 1, state: 'uploaded', sha256: 'from-digest' })).toBe(
        'from-digest',
      )
    } finally {
      if (before === undefined) delete process.env.GITHUB_API_URL
      else process.env.GITHUB_API_URL = before
    }
  })
})

describe('files (through core paths.ts)', () => {
  test('paths must stay inside the workspace or RUNNER_TEMP, by their real path', async () => {
    const roots = [{ label: 'the workspace', path: dir }]
    writeFileSync(join(dir, 'a.tgz'), 'a')
    expect(await statContained('artifacts', 'a.tgz', { roots })).toEqual({
      path: join(dir, 'a.tgz'),
      real: join(dir, 'a.tgz'),
      size: 1,
    })
    await expect(statContained('artifacts', '../x', { roots })).rejects.toThrow(
      "Input 'artifacts': '../x' is outside the allowed roots",
    )
    await expect(statContained('npm-package', '/etc/passwd', { roots })).rejects.toThrow(
      "Input 'npm-package': '/etc/passwd' is outside the allowed roots",
    )
    symlinkSync('/proc/self/environ', join(dir, 'NOTES.md'))
    await expect(readContained('notes-file', 'NOTES.md', { roots })).rejects.toThrow(
      /Input 'notes-file': 'NOTES.md' is outside the allowed roots \(through a symlink: it resolves to \/proc\/\d+\/environ\)/,
    )
  })

  test('globs expand sorted, ! excludes, a pattern matching nothing is an error', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true })
    for (const n of ['b.zip', 'a.zip', 'a.zip.sig']) writeFileSync(join(dir, 'out', n), n)
    expect(await expandGlobs(dir, ['out/*', '!out/*.sig'])).toEqual(['out/a.zip', 'out/b.zip'])
    await expect(expandGlobs(dir, ['out/*.exe'])).rejects.toThrow("Input 'artifacts': 'out/*.exe' matches no file")
  })
})

describe('npm registry', () => {
  test('the token key is scoped to the registry host and path', () => {
    expect(nerfDart('https://registry.npmjs.org/')).toBe('//registry.npmjs.org/')
    expect(nerfDart('http://127.0.0.1:4873')).toBe('//127.0.0.1:4873/')
    expect(nerfDart('https://npm.pkg.github.com/acme')).toBe('//npm.pkg.github.com/acme/')
  })

  test('reads integrity and dist-tags; a missing package is an empty view; a dead registry says nothing changed', async () => {
    expect(await new NpmRegistry({ registry: base }).view('@acme/widget', '1.0.0')).toEqual({
      integrity: 'sha512-abc',
      distTags: { latest: '1.0.0' },
    })
    expect(await new NpmRegistry({ registry: `${base}/` }).view('@acme/widget', '2.0.0')).toEqual({
      integrity: undefined,
      distTags: { latest: '1.0.0' },
    })
    expect(await new NpmRegistry({ registry: `${base}/missing/` }).view('x', '1.0.0')).toEqual({ distTags: {} })
    await expect(new NpmRegistry({ registry: 'http://127.0.0.1:9/' }).view('x', '1.0.0')).rejects.toThrow(
      'Read x from http://127.0.0.1:9/ failed',
    )
  })
})
