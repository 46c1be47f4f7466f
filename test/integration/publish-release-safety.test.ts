/**
 * publish-release, bundled, through the runner harness (GitHub emulator, Verdaccio):
 * - file inputs (`notes-file`, `artifacts`, `npm-package`) are contained in the workspace/RUNNER_TEMP by their
 *   real path: a committed symlink that leads out is refused before any change, with an input error naming the
 *   input, the value and the allowed roots;
 * - a run cancelled by the runner mid-publish leaves a draft that a re-run finishes, with no duplicates.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, spawnAction, type RunOptions, type RunResult } from '../support/runner/index.js'
import { waitUntil } from '../support/net.js'
import { errorsOf } from '../support/action-results.js'
import { useReleaseServers } from '../support/release-servers.js'
import { endStateChecks, type Fixture } from '../fixtures/publish-release/fakes.js'

const servers = useReleaseServers({ verdaccio: true })

const fixture = (): Promise<Fixture> => servers.fixture('@acme/paths')
const options = (f: Fixture, inputs: Record<string, string>): RunOptions => ({
  workspace: f.workspace,
  repository: `${f.owner}/${f.repo}`,
  token: 'test-token',
  inputs: {
    tag: `v${f.version}`,
    artifacts: 'dist/*.tar.gz',
    checksums: 'dist/SHA256SUMS',
    'npm-package': 'dist/widget.tgz',
    registry: servers.registry.url,
    'npm-token': servers.registry.token,
    ...inputs,
  },
  env: { GITHUB_API_URL: servers.gh.url },
  timeoutMs: 90_000,
})
const run = (f: Fixture, inputs: Record<string, string>): Promise<RunResult> =>
  runAction('publish-release', options(f, inputs))
const { releases, npmVersions, expectReleased } = endStateChecks(
  () => servers.gh,
  () => servers.registry.url,
)

const refused = async (f: Fixture, inputs: Record<string, string>, message: string | RegExp): Promise<void> => {
  const r = await run(f, inputs)
  expect(r.exitCode).toBe(1)
  expect(errorsOf(r)).toMatch(message)
  expect(errorsOf(r)).not.toContain('Internal error')
  expect(r.leakedSecrets).toEqual([])
  expect(r.stdout + r.summary).not.toContain('GITHUB_API_URL=')
  expect(await releases(f)).toEqual([])
  expect(await npmVersions(f.pkg)).toEqual({})
}

describe('publish-release: file inputs stay in the workspace by their real path', () => {
  test('a committed link to /proc/self/environ as notes-file or as an artifact is refused before any change', async () => {
    const f = await fixture()
    symlinkSync('/proc/self/environ', join(f.workspace, 'NOTES.md'))
    symlinkSync('/proc/self/environ', join(f.workspace, 'dist', 'env.tar.gz'))
    await refused(
      f,
      { 'notes-file': 'NOTES.md' },
      /Input 'notes-file': 'NOTES\.md' is outside the allowed roots \(through a symlink: it resolves to \/proc\/\d+\/environ\); give a path inside the workspace \(.+\) or RUNNER_TEMP/,
    )
    const item = JSON.stringify([{ path: 'dist/env.tar.gz', kind: 'archive' }])
    await refused(
      f,
      { artifacts: item, checksums: '', 'npm-package': '' },
      /Input 'artifacts': 'dist\/env\.tar\.gz' is outside the allowed roots \(through a symlink/,
    )
    // The glob form finds the same link and refuses it the same way.
    await refused(
      f,
      { checksums: '', 'npm-package': '', artifacts: 'dist/*.tar.gz' },
      /Input 'artifacts': 'dist\/env\.tar\.gz' is outside the allowed roots/,
    )
  })

  test('a link through a directory link out of the workspace, a directory, a too-long name and a huge value are input errors', async () => {
    const f = await fixture()
    symlinkSync('/etc', join(f.workspace, 'etc'))
    mkdirSync(join(f.workspace, 'notes-dir'))
    await refused(f, { 'notes-file': 'etc/passwd' }, "Input 'notes-file': 'etc/passwd' is outside the allowed roots")
    await refused(
      f,
      { 'notes-file': 'notes-dir' },
      "Input 'notes-file': 'notes-dir' is a directory, not a regular file",
    )
    await refused(f, { 'notes-file': `${'n'.repeat(300)}.md` }, 'each name in a path can be at most 255 bytes')
    await refused(
      f,
      { artifacts: JSON.stringify([{ path: 'd/'.repeat(30_000) }]), checksums: '', 'npm-package': '' },
      /Input 'artifacts': 'd\/d\/.*' is 60000 characters long; a path can be at most 4096/,
    )
  })

  test('a link that stays inside the workspace is followed; the release gets its text', async () => {
    const f = await fixture()
    writeFileSync(join(f.workspace, 'RELEASE.md'), 'Notes from a file\n')
    symlinkSync('RELEASE.md', join(f.workspace, 'NOTES.md'))
    const r = await run(f, { 'notes-file': 'NOTES.md' })
    expect(errorsOf(r)).toBe('')
    expect((await releases(f))[0]?.body).toBe('Notes from a file\n')
  })
})

describe('publish-release: cancelled by the runner, then run again', () => {
  test('cancelled (SIGINT, SIGTERM) while uploading: a draft is left, npm untouched; the re-run finishes with each asset once', async () => {
    const f = await fixture()
    // The first upload hangs, so the cancel lands after the draft exists and before anything is published.
    await servers.gh.fault({
      operation: 'repos/upload-release-asset',
      kind: 'delay',
      delayMs: 30_000,
      repo: `${f.owner}/${f.repo}`,
    })
    const slow = spawnAction('publish-release', options(f, {}))
    await waitUntil(async () => (await releases(f)).length > 0, { what: 'the draft release', timeoutMs: 30_000 })
    const cancelled = await slow.cancel({ sigintMs: 500, sigtermMs: 500 })
    expect(cancelled.exitCode).not.toBe(0)
    const [draft, ...others] = await releases(f)
    expect(others).toEqual([])
    expect(draft?.draft).toBe(true)
    expect(await npmVersions(f.pkg)).toEqual({})
    await servers.gh.clearFaults()
    const again = await run(f, {})
    expect(errorsOf(again)).toBe('')
    await expectReleased(f)
  })
})
