/**
 * publish-release's release gate, bundled, through the runner harness, against the GitHub emulator: required
 * checks (named, or from branch protection) waited for while pending, notes, CHANGELOG and docs changed since the
 * previous version, the milestone named like the version, an SBOM among the artifacts checked against OSV
 * advisories and a licence deny list. A closed gate changes nothing (only GETs reach GitHub).
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { runAction, spawnAction, type RunOptions, type RunResult } from '../support/runner/index.js'
import type { SeedData } from '../support/github-emulator/index.js'
import { errorsOf } from '../support/action-results.js'
import { useReleaseServers } from '../support/release-servers.js'
import { waitUntil } from '../support/net.js'
import type { Fixture } from '../fixtures/publish-release/fakes.js'

const servers = useReleaseServers()
let octokit: Octokit

beforeAll(() => {
  octokit = new Octokit({
    auth: 'test-token',
    baseUrl: servers.gh.url,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  })
})

const SBOM = {
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  components: [
    { name: 'lodash', version: '4.17.20', purl: 'pkg:npm/lodash@4.17.20', licenses: [{ license: { id: 'MIT' } }] },
    { name: 'left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0', licenses: [{ expression: 'AGPL-3.0-only' }] },
  ],
}
const OSV = {
  vulns: [
    {
      id: 'GHSA-35jh-r3h4-6jhm',
      aliases: ['CVE-2021-23337'],
      summary: 'Command Injection in lodash',
      affected: [
        {
          package: { ecosystem: 'npm', name: 'lodash' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
        },
      ],
    },
  ],
}
const OSV_OTHER = [
  { id: 'GHSA-other', affected: [{ package: { ecosystem: 'npm', name: 'minimist' }, versions: ['1.2.5'] }] },
]
const NOTES = '## [1.0.0]\n\n### Features\n\n- a widget'

/** A workspace (two archives + a CycloneDX SBOM + advisory files) and a repo: v0.9.0, then commits touching CHANGELOG.md, src and docs. */
async function fixture(seed: SeedData = {}): Promise<Fixture & { head: string }> {
  const f = await servers.fixture('@acme/gate', {
    assets: { 'app-linux.tar.gz': 'linux build\n', 'widget.cdx.json': JSON.stringify(SBOM) },
  })
  writeFileSync(join(f.workspace, 'osv.json'), JSON.stringify(OSV))
  writeFileSync(join(f.workspace, 'osv-other.json'), JSON.stringify(OSV_OTHER))
  await servers.gh.seed(f.owner, f.repo, { tags: [{ name: 'v0.9.0' }] })
  await servers.gh.seed(f.owner, f.repo, {
    commits: [
      { message: 'feat: widget', files: [{ filename: 'src/widget.ts' }, { filename: 'docs/widget.md' }] },
      { message: 'chore(release): 1.0.0', files: [{ filename: 'CHANGELOG.md' }] },
    ],
  })
  await servers.gh.seed(f.owner, f.repo, seed)
  const head = (await octokit.repos.getCommit({ owner: f.owner, repo: f.repo, ref: 'main' })).data.sha
  return { ...f, head }
}

function options(f: Fixture, inputs: Record<string, string> = {}, token = 'test-token'): RunOptions {
  return {
    workspace: f.workspace,
    repository: `${f.owner}/${f.repo}`,
    token,
    inputs: {
      tag: `v${f.version}`,
      notes: NOTES,
      artifacts: 'dist/*.tar.gz\ndist/*.cdx.json',
      checksums: 'dist/SHA256SUMS',
      ...inputs,
    },
    env: { GITHUB_API_URL: servers.gh.url },
    timeoutMs: 50_000,
  }
}

const run = (f: Fixture, inputs?: Record<string, string>, token?: string): Promise<RunResult> =>
  runAction('publish-release', options(f, inputs, token))
const writes = async (f: Fixture): Promise<string[]> =>
  (await servers.gh.calls(f.owner, f.repo)).filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.operation}`)

const FULL_GATE = {
  'required-checks': 'build, ci/jenkins',
  'require-notes': 'true',
  'changelog-file': 'CHANGELOG.md',
  'docs-paths': 'docs/**',
  'check-milestone': 'true',
  sbom: '*.cdx.json',
  advisories: 'osv-other.json',
  'deny-licenses': 'SSPL-1.0',
}

describe('publish-release gate: open', () => {
  test('every item passes: the release is published and the summary shows the checklist', async () => {
    const f = await fixture({
      checkRuns: [{ name: 'build', conclusion: 'success', details_url: 'https://ci.example/build/1' }],
      statuses: [{ context: 'ci/jenkins', state: 'success', target_url: 'https://jenkins.example/job/7' }],
      milestones: [{ title: 'v1.0.0' }],
      issues: [{ title: 'done already', state: 'closed', milestone: 'v1.0.0' }],
    })
    const r = await run(f, FULL_GATE)
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect((await servers.gh.state(f.owner, f.repo)).releases.map((x: { draft: boolean }) => x.draft)).toEqual([false])
    expect(r.summary).toContain('## Release gate for v1.0.0: open')
    expect(r.summary).toContain('| Item | Required? | Result | Link |')
    expect(r.summary).toContain(`| Check: build | yes | ✅ passed: check run: success on ${f.head.slice(0, 7)} |`)
    expect(r.summary).toContain('| Check: ci/jenkins | yes | ✅ passed: status: success')
    expect(r.summary).toContain('[open](https://jenkins.example/job/7)')
    expect(r.summary).toMatch(/\| CHANGELOG\.md updated \| yes \| ✅ passed: changed in v0\.9\.0\.\.\.[0-9a-f]{12} \|/)
    expect(r.summary).toContain('| Documentation updated | yes | ✅ passed: 1 file(s) under docs/** changed')
    expect(r.summary).toContain('| Milestone complete | yes | ✅ passed: v1.0.0: nothing open')
    expect(r.summary).toContain('| SBOM attached | yes | ✅ passed: widget.cdx.json: CycloneDX 1.5, 2 components')
    expect(r.summary).toContain('| No known vulnerabilities | yes | ✅ passed')
    expect(r.summary).toContain('| Licences allowed | yes | ✅ passed')
    const gate = JSON.parse(r.outputs.gate ?? '[]') as { item: string; result: string }[]
    expect(gate.map((i) => i.result)).toEqual(Array(9).fill('passed'))
    expect(r.groups).toContain('Release gate')
  })

  test('a pending check is waited for with progress in the log, and the release goes ahead once it passes', async () => {
    const f = await fixture()
    const { data: check } = await octokit.checks.create({
      owner: f.owner,
      repo: f.repo,
      name: 'e2e',
      head_sha: f.head,
      status: 'in_progress',
    })
    const running = spawnAction('publish-release', options(f, { 'required-checks': 'e2e', 'checks-timeout': '40s' }))
    const polls = async (): Promise<number> =>
      (await servers.gh.calls(f.owner, f.repo)).filter((c) => c.operation === 'checks/list-for-ref').length
    await waitUntil(async () => (await polls()) >= 2, {
      what: 'the gate polling the check twice',
      timeoutMs: 30_000,
      intervalMs: 100,
    })
    await octokit.checks.update({ owner: f.owner, repo: f.repo, check_run_id: check.id, conclusion: 'success' })
    const r = await running.result
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(
      /0 of 1 required checks done; waiting for e2e \(check run: in_progress\) — \d+(\.\d+)?m?s of 40s/,
    )
    expect(await writes(f)).toContain('PATCH repos/update-release')
  })

  test("'protection' takes the branch's required status checks when the token can read them", async () => {
    const f = await fixture({
      protection: { main: { contexts: ['ci/jenkins'], checks: ['build'] } },
      checkRuns: [{ name: 'build', conclusion: 'neutral' }],
      statuses: [{ context: 'ci/jenkins', state: 'success' }],
    })
    const r = await run(f, { 'required-checks': 'protection', 'dry-run': 'true' })
    expect(errorsOf(r)).toBe('')
    expect(r.stdout).toContain('Branch protection of main requires: ci/jenkins, build')
    expect(r.summary).toContain('| Check: build | yes | ✅ passed: check run: neutral')
    expect(r.summary).toContain('Release v1.0.0: dry run')
    expect(await writes(f)).toEqual([])
  })
})

describe('publish-release gate: GitHub failing while the gate reads', () => {
  test('a 502 and a dropped connection on the check reads are retried; the gate still decides, the release goes ahead once', async () => {
    const f = await fixture({ checkRuns: [{ name: 'build', conclusion: 'success' }], protection: {} })
    await servers.gh.fault({
      operation: 'checks/list-for-ref',
      kind: 'status',
      status: 502,
      repo: `${f.owner}/${f.repo}`,
    })
    await servers.gh.fault({
      operation: 'repos/get-combined-status-for-ref',
      kind: 'drop',
      repo: `${f.owner}/${f.repo}`,
    })
    const r = await run(f, { 'required-checks': 'build, protection' })
    expect(errorsOf(r)).toBe('')
    expect(r.stdout).toContain('Branch main has no required status checks')
    expect((await servers.gh.state(f.owner, f.repo)).releases).toHaveLength(1)
    const calls = await servers.gh.calls(f.owner, f.repo)
    expect(calls.filter((c) => c.operation === 'checks/list-for-ref').map((c) => c.status)).toEqual([502, 200])
  })

  test('a gate that failed converges: after the check is fixed, the re-run publishes one release', async () => {
    const f = await fixture({ checkRuns: [{ name: 'build', conclusion: 'failure' }] })
    expect((await run(f, { 'required-checks': 'build' })).exitCode).toBe(1)
    await servers.gh.seed(f.owner, f.repo, { checkRuns: [{ name: 'build', conclusion: 'success' }] })
    const again = await run(f, { 'required-checks': 'build' })
    expect(errorsOf(again)).toBe('')
    expect((await servers.gh.state(f.owner, f.repo)).releases.map((x: { draft: boolean }) => x.draft)).toEqual([false])
    const third = await run(f, { 'required-checks': 'build' })
    expect(third.stdout).toContain('Release gate not evaluated: v1.0.0 is already released with the same content')
  })
})

describe('publish-release gate: closed, nothing changed', () => {
  test('every failing item is named and linked; only reads reached GitHub; hostile names stay text', async () => {
    const f = await fixture({
      checkRuns: [
        { name: 'build', conclusion: 'failure', details_url: 'https://ci.example/build/2' },
        { name: '<img src=x onerror=alert(1)>', conclusion: 'success' },
      ],
      statuses: [{ context: 'ci/jenkins', state: 'error', target_url: 'javascript:alert(1)' }],
      milestones: [{ title: '1.0.0' }],
      issues: [{ title: 'crash on <b>start</b>', milestone: '1.0.0' }],
      pulls: [{ title: 'fix the crash', milestone: '1.0.0', head: 'fix' }],
    })
    const r = await run(f, {
      ...FULL_GATE,
      'required-checks': 'build, ci/jenkins, <img src=x onerror=alert(1)>',
      'changelog-file': 'CHANGES.md',
      advisories: 'osv.json',
      'deny-licenses': 'AGPL-3.0-or-later',
    })
    expect(r.exitCode).toBe(1)
    const error = errorsOf(r)
    expect(error).toContain('Release gate closed for v1.0.0, nothing was changed:')
    expect(error).toContain(`- Check: build: check run: failure on ${f.head.slice(0, 7)} (https://ci.example/build/2)`)
    expect(error).toContain('- Check: ci/jenkins: status: error')
    expect(error).toContain('- CHANGES.md updated: not changed since v0.9.0')
    expect(error).toMatch(
      /- Milestone complete: 1\.0\.0 has 2 open: (issue #\d+ crash on <b>start<\/b>; PR #\d+ fix the crash|PR #\d+ fix the crash; issue #\d+ crash on <b>start<\/b>)/,
    )
    expect(error).toContain(
      '- No known vulnerabilities: 1 affected: lodash@4.17.20: GHSA-35jh-r3h4-6jhm / CVE-2021-23337 (Command Injection in lodash) (https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm)',
    )
    expect(error).toContain('- Licences allowed: 1 under a denied licence: left-pad@1.3.0 (AGPL-3.0-only)')
    expect(await writes(f)).toEqual([])
    expect((await servers.gh.state(f.owner, f.repo)).releases).toEqual([])
    expect(r.summary).toContain('## Release gate for v1.0.0: closed')
    expect(r.summary).toContain('**6 required item(s) did not pass; nothing was changed.**')
    expect(r.summary).toContain('| Check: &lt;img src=x onerror=alert(1)> | yes | ✅ passed')
    expect(r.summary).not.toContain('<img')
    expect(r.summary).not.toContain('<b>start')
    expect(r.summary).not.toContain('javascript:')
    expect(JSON.parse(r.outputs.gate ?? '[]').filter((i: { result: string }) => i.result === 'failed')).toHaveLength(6)
  })

  test('a check still pending at the timeout fails the gate, saying how long it waited', async () => {
    const f = await fixture({ checkRuns: [{ name: 'e2e', status: 'queued' }] })
    const r = await run(f, { 'required-checks': 'e2e, lint', 'checks-timeout': '3s' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(`- Check: e2e: check run: queued on ${f.head.slice(0, 7)}, still not done after 3s`)
    expect(errorsOf(r)).toContain('- Check: lint: not reported on this commit yet')
    expect(await writes(f)).toEqual([])
  })

  test("'protection' with a token that cannot read branch protection fails closed and says what to do", async () => {
    const f = await fixture({
      protection: { main: { contexts: ['ci/jenkins'] } },
      tokens: { ghs_limited: { contents: 'write', checks: 'read', statuses: 'read' } },
    })
    const r = await run(f, { 'required-checks': 'protection' }, 'ghs_limited')
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(
      "required-checks says 'protection', but the token may not read the branch protection of main (GitHub answered 403); nothing was changed",
    )
    expect(r.stdout).toContain('GITHUB_TOKEN cannot')
    expect(await writes(f)).toEqual([])
  })

  test('a token without checks: read is refused by GitHub: the error says which permission the gate needs', async () => {
    const f = await fixture({
      checkRuns: [{ name: 'build', conclusion: 'success' }],
      tokens: { ghs_nochecks: { contents: 'write' } },
    })
    const r = await run(f, { 'required-checks': 'build' }, 'ghs_nochecks')
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain('List check runs failed (HTTP 403): Resource not accessible by integration')
    expect(r.stdout).toContain("needs 'checks: read'")
    expect(await writes(f)).toEqual([])
  })

  test('dry-run evaluates the gate only: a closed gate fails the step, nothing is written', async () => {
    const f = await fixture()
    const r = await run(f, { 'require-notes': 'true', notes: '', 'dry-run': 'true' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain('- Release notes: the release notes are empty (notes / notes-file)')
    expect(await writes(f)).toEqual([])
  })

  test.each([
    [{ 'deny-licenses': 'Gnu GPL', sbom: '*.cdx.json' }, "Input 'deny-licenses': 'Gnu GPL' is not an SPDX licence id"],
    [{ advisories: 'osv.json' }, "Input 'advisories': 'osv.json' needs 'sbom'"],
    [{ 'checks-timeout': 'soon', 'required-checks': 'build' }, "Input 'checks-timeout': 'soon' is not a duration"],
    [{ 'has-features': 'maybe' }, "Input 'has-features': 'maybe' is not one of: auto, true, false"],
    [
      { 'docs-paths': '../elsewhere/**' },
      "Input 'docs-paths': '../elsewhere/**' is not a path pattern inside the repository",
    ],
    [
      { sbom: '*.cdx.json', advisories: '../../etc/passwd' },
      "Input 'advisories': '../../etc/passwd' is outside the allowed roots",
    ],
    [{ since: 'v1..v2', 'changelog-file': 'CHANGELOG.md' }, "Input 'since': 'v1..v2' is not a tag or commit"],
  ])('bad input %j: a clear error, no API call at all before it', async (inputs, message) => {
    const f = await fixture()
    const before = (await servers.gh.calls(f.owner, f.repo)).length
    const r = await run(f, inputs)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(message)
    expect(await writes(f)).toEqual([])
    if (!('advisories' in inputs && 'sbom' in inputs))
      expect((await servers.gh.calls(f.owner, f.repo)).length).toBe(before)
  })
})
