/**
 * publish-release's `branches` input, bundled, against the GitHub emulator and a real Verdaccio: the released
 * branch's line picks the npm dist-tag, marks pre-release channels' releases as prereleases, keeps "latest" on the
 * trunk's release, and refuses a version off the line before any write.
 */
import { describe, expect, test } from '@jest/globals'
import { runAction, type RunResult } from '../support/runner/index.js'
import { errorsOf } from '../support/action-results.js'
import { useReleaseServers } from '../support/release-servers.js'
import { makeFixture, type Fixture } from '../fixtures/publish-release/fakes.js'

const servers = useReleaseServers({ verdaccio: true })

const BRANCHES = "['+([0-9])?(.{+([0-9]),x}).x', main, {name: beta, prerelease: true}]"

/** Fixtures of one package in one repository, at several versions. */
function line(pkg: string): (version: string) => Promise<Fixture> {
  let repo: Promise<{ owner: string; repo: string }> | undefined
  const sameRepo = { repo: () => (repo ??= servers.gh.repo()) }
  return async (version) => {
    const f = await makeFixture(sameRepo, pkg, { version })
    servers.removeAfter(f.workspace)
    return f
  }
}

const run = (f: Fixture, branch: string, inputs: Record<string, string> = {}): Promise<RunResult> =>
  runAction('publish-release', {
    workspace: f.workspace,
    repository: `${f.owner}/${f.repo}`,
    token: 'test-token',
    ref: `refs/heads/${branch}`,
    inputs: {
      tag: `v${f.version}`,
      notes: 'notes',
      artifacts: 'dist/*.tar.gz',
      'npm-package': 'dist/widget.tgz',
      registry: servers.registry.url,
      'npm-token': servers.registry.token,
      branches: BRANCHES,
      ...inputs,
    },
    env: { GITHUB_API_URL: servers.gh.url },
    timeoutMs: 90_000,
  })
const distTags = async (pkg: string): Promise<Record<string, string>> =>
  (
    (await (await fetch(`${servers.registry.url}${pkg.replace('/', '%2f')}`)).json()) as {
      'dist-tags': Record<string, string>
    }
  )['dist-tags']

describe('publish-release branches', () => {
  test('trunk → latest; a fix on maintenance line 4.x → dist-tag release-4.x, and the trunk release stays latest; beta → prerelease', async () => {
    const pkg = `@acme/lines-${process.pid}`
    const at = line(pkg)
    const trunk = await at('5.0.0')
    expect(errorsOf(await run(trunk, 'main'))).toBe('')
    const fix = await at('4.29.2')
    const r = await run(fix, '4.x')
    expect(errorsOf(r)).toBe('')
    const beta = await at('5.1.0-beta.1')
    expect(errorsOf(await run(beta, 'beta'))).toBe('')
    expect(await distTags(pkg)).toEqual({ latest: '5.0.0', 'release-4.x': '4.29.2', beta: '5.1.0-beta.1' })
    const releases = (await servers.gh.state(trunk.owner, trunk.repo)).releases as {
      tag_name: string
      latest: boolean
      prerelease: boolean
    }[]
    expect(releases.map((x) => [x.tag_name, x.latest, x.prerelease])).toEqual([
      ['v5.0.0', true, false],
      ['v4.29.2', false, false],
      ['v5.1.0-beta.1', false, true],
    ])
  })

  test('a version off the branch line is refused before any write, with the reason', async () => {
    const f = await line(`@acme/off-${process.pid}`)('5.0.0')
    const r = await run(f, '4.x')
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain('Branch 4.x: 5.0.0 is outside maintenance line 4.x (>=4.0.0 <5.0.0)')
    expect((await servers.gh.calls(f.owner, f.repo)).length).toBe(0)
    const other = await run(f, 'feature/x')
    expect(errorsOf(other)).toContain("Branch feature/x is not a release branch in 'branches'; nothing was changed")
    const bad = await run(f, 'main', { branches: '[{name: beta, prerelease: true}]' })
    expect(errorsOf(bad)).toContain("Input 'branches'")
    expect((await servers.gh.calls(f.owner, f.repo)).length).toBe(0)
  })
})
