/**
 * The servers a publish-release test file shares: the GitHub emulator and, with `verdaccio: true`, a Verdaccio npm
 * registry. Started before the file's tests and stopped after them, together with the fixture workspaces made
 * through {@link ReleaseServers.fixture}. Call {@link useReleaseServers} once, at the top level of the test file.
 */
import { afterAll, beforeAll } from '@jest/globals'
import { rmSync } from 'node:fs'
import { startEmulator, type Emulator } from './github-emulator/index.js'
import { startVerdaccio, type Registry } from './servers/verdaccio.js'
import { makeFixture, type Fixture, type FixtureOptions } from '../fixtures/publish-release/fakes.js'

export interface ReleaseServers {
  /** The GitHub emulator (from the file's first test on). */
  readonly gh: Emulator
  /** The npm registry (only with `verdaccio: true`). */
  readonly registry: Registry
  /** A workspace with artifacts, SHA256SUMS and an npm tarball for `<prefix>-<pid>-<n>` in a fresh repository. */
  fixture(prefix: string, opts?: FixtureOptions): Promise<Fixture>
  /** Remove `dir` after the file's tests; returns it. */
  removeAfter(dir: string): string
}

export function useReleaseServers(o: { verdaccio?: boolean } = {}): ReleaseServers {
  let gh: Emulator | undefined
  let registry: Registry | undefined
  const temps: string[] = []
  let n = 0
  beforeAll(async () => {
    ;[gh, registry] = await Promise.all([startEmulator(), o.verdaccio ? startVerdaccio() : undefined])
  }, 60_000)
  afterAll(async () => {
    await Promise.all([gh?.stop(), registry?.stop()])
    for (const t of temps) rmSync(t, { recursive: true, force: true })
  })
  const servers: ReleaseServers = {
    get gh(): Emulator {
      if (!gh) throw new Error('the GitHub emulator is not running: call useReleaseServers() at the top level')
      return gh
    },
    get registry(): Registry {
      if (!registry) throw new Error('Verdaccio is not running: call useReleaseServers({ verdaccio: true })')
      return registry
    },
    async fixture(prefix, opts = {}) {
      const f = await makeFixture(servers.gh, `${prefix}-${process.pid}-${++n}`, opts)
      temps.push(f.workspace)
      return f
    },
    removeAfter(dir) {
      temps.push(dir)
      return dir
    },
  }
  return servers
}
