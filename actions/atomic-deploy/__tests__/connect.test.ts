/** startRun: what a run sets up before the rest of the action is loaded (local: hosts, whose connect is a no-op). */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRun } from '../src/connect.js'
import { parseHost, type HostSpec } from '../src/domain/names.js'
import type { DeployConfig, RunContext } from '../src/domain/config.js'

let workspace: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'sl-connect-'))
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const cfg = (parallel: number): DeployConfig => ({
  app: 'web',
  mode: 'deploy',
  version: '1.2.0',
  artifact: 'app.tgz',
  sha256: '',
  hosts: ['local:h1', 'local:h2', 'local:h3'].map((h) => parseHost(h) as HostSpec),
  path: 'app',
  sharedPaths: [],
  beforeSwitch: '',
  healthCheck: '',
  healthTimeoutMs: 30_000,
  onRevert: '',
  onRevertTimeoutMs: 120_000,
  keepReleases: 5,
  dryRun: false,
  parallel,
  takeOverLock: false,
  environment: 'production',
  token: '',
  sshKey: '',
  knownHosts: '',
})
const ctx = (signal?: AbortSignal): Omit<RunContext, 'token'> => ({
  who: 'octocat',
  runUrl: 'https://github.com/o/r/actions/runs/1',
  ref: 'abc',
  workspace,
  now: () => new Date('2026-12-07T20:00:00Z'),
  signal,
})

describe('startRun', () => {
  test('starts the connections of the first `parallel` hosts only, and says who holds the lock', async () => {
    const started = await startRun(cfg(2), ctx())
    try {
      expect(started.fleet.hosts.map((h) => h.spec.label)).toEqual(['local:h1', 'local:h2', 'local:h3'])
      expect(started.hosts.map((h) => h !== undefined)).toEqual([true, true, false])
      await Promise.all(started.hosts.map((h) => h?.connecting))
      // The run's token is made once the connections started: a fresh random UUID, the one the lock holds.
      expect(started.ctx.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
      expect(started.ctx).toMatchObject({ who: 'octocat', workspace })
      expect(JSON.parse(started.owner)).toEqual({
        token: started.ctx.token,
        who: 'octocat',
        run: 'https://github.com/o/r/actions/runs/1',
        since: '2026-12-07T20:00:00.000Z',
        app: 'web',
        version: '1.2.0',
        mode: 'deploy',
      })
    } finally {
      await started.fleet.dispose()
    }
  })
  test('a run cancelled before it started connects nothing', async () => {
    const cancel = new AbortController()
    cancel.abort()
    const started = await startRun(cfg(10), ctx(cancel.signal))
    try {
      expect(started.hosts).toEqual([undefined, undefined, undefined])
    } finally {
      await started.fleet.dispose()
    }
  })
})
