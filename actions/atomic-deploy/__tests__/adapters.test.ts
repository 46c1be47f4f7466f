/** The runner-side adapters with real files: artifact inspection (hash + listing), health-check parsing, ssh errors. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspectArtifact } from '../src/adapters/artifact.js'
import { parseHealthCheck } from '../src/adapters/health.js'
import { explainSsh } from '../src/adapters/transport.js'
import { logUntrusted } from '../src/adapters/log.js'
import { parseStdout } from '../../../test/support/runner/index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-art-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function pyTar(name: string, body: string): string {
  const out = join(dir, name)
  const py = `import tarfile, io, sys\ndef add(t, n, kind=tarfile.REGTYPE, link='', data=b'x'):\n    i = tarfile.TarInfo(n); i.type = kind; i.linkname = link; i.size = len(data) if kind == tarfile.REGTYPE else 0\n    t.addfile(i, io.BytesIO(data) if kind == tarfile.REGTYPE else None)\nwith tarfile.open(sys.argv[1], 'w:gz', format=tarfile.PAX_FORMAT) as t:\n${body}`
  execFileSync('python3', ['-c', py, out])
  return out
}

describe('inspectArtifact where tar is not GNU tar', () => {
  const good = (): string => pyTar('other-tar.tgz', "    add(t, 'VERSION')\n    add(t, 'lib/a', data=b'a' * 300)\n")
  /** Run `fn` with PATH holding only `bin` (plus what python3 and env need to be found). */
  async function withPath<T>(bin: string, fn: () => Promise<T>): Promise<T> {
    const saved = process.env.PATH
    process.env.PATH = bin
    try {
      return await fn()
    } finally {
      process.env.PATH = saved
    }
  }
  test('another tar (bsdtar refuses the GNU options): node-tar lists it, and `tar --version` ran only after', async () => {
    const path = good()
    const bin = mkdtempSync(join(dir, 'bin-'))
    const calls = join(bin, 'calls')
    writeFileSync(
      join(bin, 'tar'),
      `#!/bin/sh\necho "$*" >> '${calls}'\n[ "$1" = --version ] && { echo 'bsdtar 3.7.4 - libarchive 3.7.4'; exit 0; }\necho 'tar: Option --quoting-style=c is not supported' >&2\nexit 1\n`,
      { mode: 0o755 },
    )
    const info = await withPath(bin, () => inspectArtifact(path))
    expect(info.entries).toBe(2)
    expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toEqual([
      `--absolute-names --quoting-style=c -tvzf ${path}`,
      '--version',
    ])
  })
  test('no tar at all: node-tar lists it', async () => {
    const path = good()
    const info = await withPath(mkdtempSync(join(dir, 'empty-')), () => inspectArtifact(path))
    expect(info.entries).toBe(2)
  })
  test('GNU tar and a bad archive: GNU tar says why (no fallback)', async () => {
    const path = join(dir, 'truncated.tgz')
    writeFileSync(path, readFileSync(good()).subarray(0, 40))
    await expect(inspectArtifact(path)).rejects.toThrow(/is not a readable \.tar\.gz \(.*(gzip|tar).*\)/)
  })
})

describe.each([
  ['GNU tar', false],
  ['node-tar', true],
])('inspectArtifact with %s', (_lister, nodeTar) => {
  test('hashes and counts a good archive', async () => {
    const path = pyTar(
      'good.tgz',
      "    add(t, 'VERSION')\n    add(t, 'lib/a', data=b'a' * 300)\n    add(t, 'lib/link', tarfile.SYMTYPE, 'a')\n    add(t, 'x' * 150 + '/long-pax-name')\n",
    )
    const info = await inspectArtifact(path, { nodeTar })
    expect(info.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'))
    expect(info.entries).toBe(4)
    expect(info.data?.equals(readFileSync(path))).toBe(true) // read once: these bytes go to every host
    const streamed = await inspectArtifact(path, { nodeTar, inMemoryMax: 100 }) // bigger than that: streamed
    expect(streamed).toEqual({ ...info, data: undefined })
    expect('data' in streamed).toBe(false)
  })
  test.each([
    [
      'hard link outside',
      "    add(t, 'VERSION')\n    add(t, 'h', tarfile.LNKTYPE, '../../etc/passwd')\n",
      /hard link to '\.\.\/\.\.\/etc\/passwd'/,
    ],
    ['character device', "    add(t, 'dev', tarfile.CHRTYPE)\n", /'dev' is a CharacterDevice/],
    ['long PAX name that climbs out', "    add(t, 'a/' + '../' * 60 + 'escape')\n", /points outside the release/],
  ])('refuses a %s', async (_what, body, message) => {
    await expect(inspectArtifact(pyTar(`bad-${_what.replace(/\W/g, '')}.tgz`, body), { nodeTar })).rejects.toThrow(
      message,
    )
  })
  test('a file that is not a gzip tar', async () => {
    const path = join(dir, 'not.tgz')
    writeFileSync(path, 'hello')
    await expect(inspectArtifact(path, { nodeTar })).rejects.toThrow(
      /Input 'artifact': '.*not\.tgz' is (not a readable \.tar\.gz|an empty archive)/,
    )
  })
  test('a missing file', async () => {
    await expect(inspectArtifact(join(dir, 'nope.tgz'), { nodeTar })).rejects.toThrow(
      /Input 'artifact': '.*nope\.tgz' is not a file/,
    )
  })
  test('a symlink chain with shared-paths, with both listers: refused as a whole', async () => {
    const path = pyTar(
      'chain.tgz',
      "    add(t, 'VERSION')\n    add(t, 'a', tarfile.SYMTYPE, '.')\n    add(t, 'a/a/a/config', tarfile.SYMTYPE, '../../..')\n    add(t, 'storage', tarfile.SYMTYPE, 'VERSION')\n",
    )
    const err = inspectArtifact(path, { nodeTar, sharedPaths: ['storage/'] })
    await expect(err).rejects.toThrow(
      "'a/a/a/config' is a symlink to '../../..', which leads outside the release through other links in the archive",
    )
    await expect(err).rejects.toThrow("shared path 'storage/' is a symlink in the archive (to 'VERSION')")
  })
})

describe('health check and ssh messages', () => {
  test('URL with and without expected status; anything else is a command', () => {
    expect(parseHealthCheck('http://{host}:8080/healthz 204')).toEqual({
      kind: 'http',
      url: 'http://{host}:8080/healthz',
      status: 204,
    })
    expect(parseHealthCheck('https://x/health')).toEqual({ kind: 'http', url: 'https://x/health', status: undefined })
    expect(parseHealthCheck('curl -fsS localhost:8080/health')).toEqual({
      kind: 'command',
      command: 'curl -fsS localhost:8080/health',
    })
  })
  test('the useful ssh line wins', () => {
    const err =
      'Warning: Permanently added x\nNo ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\nHost key verification failed.\n'
    expect(explainSsh(err, 255)).toMatch(/^No ED25519 host key is known/)
    expect(explainSsh('ssh: connect to host 127.0.0.1 port 1: Connection refused\n', 255)).toMatch(/Connection refused/)
  })
})

describe('untrusted text from a host', () => {
  test('is printed in a group with workflow commands turned off: nothing in it is obeyed', () => {
    const out: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write
    try {
      logUntrusted('h1: on-revert', '::error::forged\n  ::add-mask::x\n::endgroup::\n::stop-commands::guess\nplain')
    } finally {
      process.stdout.write = write
    }
    const report = parseStdout(out.join(''))
    expect(report.annotations).toEqual([])
    expect(report.masks).toEqual([])
    expect(report.groups).toEqual(['h1: on-revert'])
    expect(out.join('')).toContain('::error::forged')
  })
})
