/**
 * The switch session script, run for real under the local `sh` (the same script goes over SSH): a two-phase
 * commit per host. `go` renames; EOF or any other line before it leaves `current` alone; after the switch,
 * `commit`/`revert` records the outcome, deletes old releases and unlocks; EOF after the switch keeps the lock.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  mkdtempSync,
  mkdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  existsSync,
  writeFileSync,
  readFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareSwitch } from '../src/adapters/remote.js'
import { LocalTransport } from '../src/adapters/transport.js'
import { SWITCH } from '../src/domain/scripts.js'

let dir: string
let t: LocalTransport
const TOKEN = 'run-token-1'
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-sw-'))
  for (const v of ['1', '2', 'old']) mkdirSync(join(dir, 'app', 'releases', v), { recursive: true })
  mkdirSync(join(dir, 'app', '.shipline', 'lock'), { recursive: true })
  mkdirSync(join(dir, 'app', '.shipline', 'tmp'))
  writeFileSync(join(dir, 'app', '.shipline', 'lock', 'owner'), JSON.stringify({ token: TOKEN }))
  symlinkSync('releases/1', join(dir, 'app', 'current'))
  t = new LocalTransport({ kind: 'local', label: 'local:h', dir }, 'app', dir)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const current = (): string => readlinkSync(join(t.root, 'current'))
const log = (): string =>
  existsSync(join(t.root, '.shipline/releases.log')) ? readFileSync(join(t.root, '.shipline/releases.log'), 'utf8') : ''
const locked = (): boolean => existsSync(join(t.root, '.shipline/lock'))

describe('switch session', () => {
  test('go renames the prepared link over current; commit records, deletes and unlocks', async () => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2', TOKEN], 10_000)
    expect(p.previous).toBe('releases/1')
    expect(current()).toBe('releases/1')
    p.go()
    expect(await p.switched).toMatch(/^\d{19}$/)
    expect(current()).toBe('releases/2')
    await p.settle({ verb: 'commit', remove: ['old'], entries: [{ version: '2', outcome: 'success' }] })
    expect(current()).toBe('releases/2')
    expect(JSON.parse(log())).toEqual({ version: '2', outcome: 'success' })
    expect(existsSync(join(t.root, 'releases/old'))).toBe(false)
    expect(locked()).toBe(false)
  })
  test('revert switches back to the previous target and records the failure', async () => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2', TOKEN], 10_000)
    p.go()
    await p.switched
    await p.settle({ verb: 'revert', remove: [], entries: [{ version: '2', outcome: 'failed' }] })
    expect(current()).toBe('releases/1')
    expect(log()).toContain('"failed"')
    expect(locked()).toBe(false)
  })
  test('the lock of another run is left alone', async () => {
    writeFileSync(join(t.root, '.shipline/lock/owner'), JSON.stringify({ token: 'someone-else' }))
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2', TOKEN], 10_000)
    p.go()
    await p.switched
    await p.settle({ verb: 'commit', remove: [], entries: [] })
    expect(locked()).toBe(true)
  })
  test.each(['abort', 'EOF'])('%s before go leaves current untouched and removes the prepared link', async (how) => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2', TOKEN], 10_000)
    if (how === 'abort') p.abort()
    else p.hangUp() // what a SIGKILLed runner looks like to the host: stdin closes without a line
    await expect(p.switched).rejects.toThrow(/called off/)
    expect((await p.closed).code).toBe(32)
    expect(current()).toBe('releases/1')
    expect(existsSync(join(t.root, '.shipline', 'next'))).toBe(false)
  })
  test('EOF after the switch keeps the new release and the lock (a re-run with take-over-lock converges)', async () => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2', TOKEN], 10_000)
    p.go()
    await p.switched
    p.hangUp()
    expect((await p.closed).code).toBe(0)
    expect(current()).toBe('releases/2')
    expect(locked()).toBe(true)
  })
  test('a release that is not staged fails before READY', async () => {
    await expect(prepareSwitch(t, SWITCH, [t.root, 'releases/9', TOKEN], 10_000)).rejects.toThrow(/not staged/)
  })
})
