/**
 * The lock-and-stage session (LOCK_STAGE) on a `local:` host, run for real under the local `sh`: how the host
 * checks the bytes it received before unpacking them. A large artifact is hashed by `openssl` where there is one;
 * `sha256sum` has the last word when openssl is missing or disagrees, so a wrong answer can only refuse, never
 * let other bytes through. The received archive stays in `.shipline/tmp` until the session ends (it goes with the
 * pending record, in the same `rm`), whichever way it ends.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DeployConfig } from '../src/domain/config.js'
import { inspectArtifact } from '../src/adapters/artifact.js'
import { lockStageHost, type StagedArtifact } from '../src/adapters/stage.js'
import { LocalTransport } from '../src/adapters/transport.js'

let dir: string
let big: StagedArtifact
const PATH = process.env.PATH
const TOKEN = 'run-token-stage'
const cfg = { app: 'web', sharedPaths: [], takeOverLock: false, beforeSwitch: '' } as unknown as DeployConfig

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-stage-'))
  const src = join(dir, 'src')
  mkdirSync(src)
  writeFileSync(join(src, 'VERSION'), '2\n')
  writeFileSync(join(src, 'blob'), randomBytes(1536 * 1024)) // incompressible: the .tar.gz stays above 1 MiB
  execFileSync('tar', ['-czf', join(dir, 'big.tar.gz'), '-C', src, '.'])
  big = await inspectArtifact(join(dir, 'big.tar.gz'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => {
  process.env.PATH = PATH
  rmSync(join(dir, 'host'), { recursive: true, force: true })
  rmSync(join(dir, 'bin'), { recursive: true, force: true })
})

/** An `openssl` first on PATH: `body` runs with the real one as $real; every call is noted in bin/calls. */
function fakeOpenssl(body: string): string {
  const bin = join(dir, 'bin')
  mkdirSync(bin, { recursive: true })
  const real = execFileSync('sh', ['-c', 'command -v openssl'], { encoding: 'utf8' }).trim()
  writeFileSync(join(bin, 'openssl'), `#!/bin/sh\nreal=${real}\necho "$*" >> ${bin}/calls\n${body}\n`)
  chmodSync(join(bin, 'openssl'), 0o755)
  process.env.PATH = `${bin}:${PATH}`
  return join(bin, 'calls')
}

/** Lock and stage `art` as version 2 on a fresh host; then call the switch off (nothing goes live), unless `keep`. */
async function stage(art: StagedArtifact, keep = false) {
  mkdirSync(join(dir, 'host'), { recursive: true })
  const t = new LocalTransport({ kind: 'local', label: 'local:host', dir: join(dir, 'host') }, 'app', dir)
  const got = await lockStageHost(t, cfg, { version: '2', art, token: TOKEN }, JSON.stringify({ token: TOKEN }), 'h')
  if (!keep) {
    got.prepared?.abort()
    await got.prepared?.closed
  }
  return { ...got, root: t.root }
}
const leftInTmp = (root: string): string[] => readdirSync(join(root, '.shipline/tmp'))

describe('LOCK_STAGE checks what it received', () => {
  test('the artifact in memory is exactly the file: its bytes, size and sha256', () => {
    expect(big.data?.equals(readFileSync(join(dir, 'big.tar.gz')))).toBe(true)
    expect(big.bytes).toBeGreaterThan(1024 * 1024)
    expect(big.sha256).toBe(createHash('sha256').update(big.data!).digest('hex'))
  })

  test.each([
    ['from memory', true],
    ['streamed from the file', false],
  ])('a large artifact sent %s is hashed by openssl on the host and staged', async (_how, inMemory) => {
    const calls = fakeOpenssl('exec "$real" "$@"')
    const got = await stage(inMemory ? big : { ...big, data: undefined })
    expect(got.failure).toBeUndefined()
    expect(got.staged).toBe('uploaded')
    expect(readFileSync(calls, 'utf8')).toBe('dgst -sha256 -r\n')
    expect(readFileSync(join(got.root, 'releases/2/VERSION'), 'utf8')).toBe('2\n')
    expect(readFileSync(join(got.root, '.shipline/sums/2'), 'utf8')).toBe(`${big.sha256}\n`)
    expect(leftInTmp(got.root)).toEqual([]) // called off: the received archive is removed on the way out
  })

  test('switched and committed: the received archive goes with the pending record and the lock', async () => {
    const got = await stage(big, true)
    expect(leftInTmp(got.root)).toEqual([expect.stringMatching(/^stage\.\d+$/)]) // kept until the end of the session
    got.prepared!.go()
    await got.prepared!.switched
    await got.prepared!.settle({ verb: 'commit', remove: [], entries: [{ version: '2', outcome: 'success' }] })
    expect(readlinkSync(join(got.root, 'current'))).toBe('releases/2')
    expect(leftInTmp(got.root)).toEqual([])
    expect(existsSync(join(got.root, '.shipline/pending'))).toBe(false)
    expect(existsSync(join(got.root, '.shipline/lock'))).toBe(false)
  })

  test.each([
    ['answers another sum', 'echo "0000000000000000000000000000000000000000000000000000000000000000 *stdin"'],
    ['fails', 'exit 1'],
    ['prints something else', 'echo "SHA2-256(stdin)= what"'],
  ])('an openssl that %s leaves the decision to sha256sum: staged', async (_what, body) => {
    const calls = fakeOpenssl(body)
    const got = await stage(big)
    expect(got.failure).toBeUndefined()
    expect(got.staged).toBe('uploaded')
    expect(existsSync(calls)).toBe(true)
    expect(readFileSync(join(got.root, 'releases/2/VERSION'), 'utf8')).toBe('2\n')
  })

  test('bytes that do not match the sha256 are refused before unpacking (openssl and sha256sum both asked)', async () => {
    const calls = fakeOpenssl('exec "$real" "$@"')
    const got = await stage({ ...big, sha256: 'f'.repeat(64) })
    expect(existsSync(calls)).toBe(true)
    expect(got.failure?.phase).toBe('stage')
    expect(got.failure?.why).toMatch(/^the artifact did not match its sha256 on the host: sha256 mismatch on the host/)
    expect(existsSync(join(got.root, 'releases/2'))).toBe(false)
  })

  test('a small artifact is hashed by sha256sum alone', async () => {
    const calls = fakeOpenssl('exec "$real" "$@"')
    writeFileSync(join(dir, 'VERSION'), '2\n')
    execFileSync('tar', ['-czf', join(dir, 'small.tar.gz'), '-C', dir, 'VERSION'])
    const got = await stage(await inspectArtifact(join(dir, 'small.tar.gz')))
    expect(got.staged).toBe('uploaded')
    expect(existsSync(calls)).toBe(false)
  })
})
