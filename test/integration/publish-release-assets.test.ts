/**
 * publish-release, bundled, against the GitHub emulator: SHA256SUMS is attached by default (and only when asked
 * to be left off is it not), the GITHUB_TOKEN notice comes once, and a path outside the allowed roots is refused
 * with those roots named.
 */
import { expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { errorsOf } from '../support/action-results.js'
import { useReleaseServers } from '../support/release-servers.js'
import { sha256, type Fixture } from '../fixtures/publish-release/fakes.js'

const servers = useReleaseServers()

const fixture = (): Promise<Fixture> => servers.fixture('@acme/sums')
const run = (
  f: Fixture,
  inputs: Record<string, string> = {},
  token = 'test-token',
  env: Record<string, string> = {},
): Promise<RunResult> =>
  runAction('publish-release', {
    workspace: f.workspace,
    repository: `${f.owner}/${f.repo}`,
    token,
    inputs: {
      tag: `v${f.version}`,
      notes: 'notes',
      artifacts: 'dist/*.tar.gz',
      checksums: 'dist/SHA256SUMS',
      'npm-package': '',
      ...inputs,
    },
    env: { GITHUB_API_URL: servers.gh.url, ...env },
    timeoutMs: 60_000,
  })
interface Asset {
  name: string
  digest?: string
}
/** The assets of the one release in the repository. */
const assets = async (f: Fixture): Promise<Asset[]> =>
  ((await servers.gh.state(f.owner, f.repo)).releases[0]?.assets ?? []) as Asset[]
const names = async (f: Fixture): Promise<string[]> => (await assets(f)).map((a) => a.name).sort()

test('SHA256SUMS is attached by default, so users can check what they download; a re-run adds nothing', async () => {
  const f = await fixture()
  const r = await run(f)
  expect(errorsOf(r)).toBe('')
  expect(await names(f)).toEqual(['SHA256SUMS', 'app-darwin.tar.gz', 'app-linux.tar.gz'])
  expect((await assets(f)).find((a) => a.name === 'SHA256SUMS')?.digest).toBe(
    `sha256:${sha256(readFileSync(join(f.workspace, 'dist', 'SHA256SUMS')))}`,
  )
  const again = await run(f)
  expect(errorsOf(again)).toBe('')
  expect(await assets(f)).toHaveLength(3)
})

test('the checksums file listed among the artifacts too is attached once; attach-checksums: false leaves it off', async () => {
  const listed = await fixture()
  expect(errorsOf(await run(listed, { artifacts: 'dist/*.tar.gz\ndist/SHA256SUMS' }))).toBe('')
  expect(await names(listed)).toEqual(['SHA256SUMS', 'app-darwin.tar.gz', 'app-linux.tar.gz'])
  const off = await fixture()
  expect(errorsOf(await run(off, { 'attach-checksums': 'false' }))).toBe('')
  expect(await names(off)).toEqual(['app-darwin.tar.gz', 'app-linux.tar.gz'])
})

test('with GITHUB_TOKEN the "will not trigger other workflows" notice is printed once', async () => {
  const f = await fixture()
  const r = await run(f, {}, 'ghs_installationtoken000')
  expect(errorsOf(r)).toBe('')
  const notices = r.annotations.filter(
    (a) => a.kind === 'notice' && a.message.includes('will not trigger other workflows'),
  )
  expect(notices).toHaveLength(1)
  expect(r.stdout.split('will not trigger other workflows').length - 1).toBe(1)
})

test('a path outside the workspace and RUNNER_TEMP is refused, naming both allowed roots; nothing is created', async () => {
  const f = await fixture()
  const temp = servers.removeAfter(mkdtempSync(join(tmpdir(), 'runner-temp-')))
  const r = await run(f, { checksums: '../../etc/passwd' }, 'test-token', { RUNNER_TEMP: temp })
  expect(r.exitCode).toBe(1)
  const error = errorsOf(r)
  expect(error).toContain("Input 'checksums': '../../etc/passwd' is outside the allowed roots")
  expect(error).toContain(`the workspace (${f.workspace})`)
  expect(error).toContain(`RUNNER_TEMP (${temp})`)
  expect((await servers.gh.state(f.owner, f.repo)).releases).toEqual([])
})
