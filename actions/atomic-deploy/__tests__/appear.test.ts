/** whenExists: many files awaited in one directory (the masters' sockets), one watcher for all of them. */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { whenExists } from '../src/adapters/appear.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sl-appear-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const appeared = (path: string): Promise<string> => new Promise((ok) => whenExists(path, () => ok(path)))

describe('whenExists', () => {
  test('each file is reported once it appears, whatever the order; others in the directory are ignored', async () => {
    const names = ['0', '1', '2', '3', '4']
    const calls: string[] = []
    const all = Promise.all(names.map((n) => appeared(join(dir, n)).then((p) => void calls.push(p))))
    writeFileSync(join(dir, 'other'), '')
    for (const n of [...names].reverse()) writeFileSync(join(dir, n), '')
    await all
    expect(calls.sort()).toEqual(names.map((n) => join(dir, n)))
  })
  test('a file already there is reported at once', async () => {
    writeFileSync(join(dir, 'sock'), '')
    let called = 0
    whenExists(join(dir, 'sock'), () => called++)
    expect(called).toBe(1)
  })
  test('stopped, it is never reported; the other waiters still are', async () => {
    let stopped = 0
    const stop = whenExists(join(dir, 'a'), () => stopped++)
    const b = appeared(join(dir, 'b'))
    stop()
    writeFileSync(join(dir, 'a'), '')
    writeFileSync(join(dir, 'b'), '')
    await b
    await new Promise((ok) => setTimeout(ok, 50))
    expect(stopped).toBe(0)
  })
})
