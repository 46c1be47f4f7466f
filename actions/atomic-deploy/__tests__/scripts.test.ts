/**
 * The remote scripts, run for real under the local `sh` (the same scripts go over SSH): the switch barrier
 * renames only on `go`, and leaves `current` alone on EOF (the runner died) or any other line.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, readlinkSync, rmSync, symlinkSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareSwitch } from '../src/adapters/remote.js'
import { LocalTransport } from '../src/adapters/transport.js'
import { SWITCH } from '../src/domain/scripts.js'

let dir: string
let t: LocalTransport
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-sw-'))
  for (const v of ['1', '2']) mkdirSync(join(dir, 'app', 'releases', v), { recursive: true })
  mkdirSync(join(dir, 'app', '.shipline'))
  symlinkSync('releases/1', join(dir, 'app', 'current'))
  t = new LocalTransport({ kind: 'local', label: 'local:h', dir }, 'app', dir)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('switch barrier', () => {
  test('go renames the prepared link over current and reports the time', async () => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2'], 10_000)
    expect(p.previous).toBe('releases/1')
    expect(readlinkSync(join(t.root, 'current'))).toBe('releases/1')
    p.go()
    expect(await p.done).toMatch(/^\d{19}$/)
    expect(readlinkSync(join(t.root, 'current'))).toBe('releases/2')
  })
  test.each(['abort', 'EOF'])('%s leaves current untouched and removes the prepared link', async (how) => {
    const p = await prepareSwitch(t, SWITCH, [t.root, 'releases/2'], 10_000)
    if (how === 'abort') p.abort()
    else p.hangUp()
    await expect(p.done).rejects.toThrow(/called off/)
    expect(readlinkSync(join(t.root, 'current'))).toBe('releases/1')
    expect(existsSync(join(t.root, '.shipline', 'next'))).toBe(false)
  })
  test('a release that is not staged fails before READY', async () => {
    await expect(prepareSwitch(t, SWITCH, [t.root, 'releases/9'], 10_000)).rejects.toThrow(/not staged/)
  })
})
