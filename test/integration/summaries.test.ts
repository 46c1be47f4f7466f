/**
 * Every action's job summary, from runs of the bundled actions through the runner harness, rendered as GitHub does
 * (GFM with marked, every mermaid block through mermaid's own parser): no broken table, no unclosed <details>, no
 * version or host turned into a link, every chart drawable, multi-line failures on several lines. The success runs
 * of all five actions and a rolled-back canary are checked in test/e2e/pipeline.test.ts; here are the failures and
 * the hostile text, where summaries break.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { repoRoot } from '../support/net.js'
import { renderGfm, summaryProblems } from '../support/summary-render.js'
import { makeRepo } from '../fixtures/changelog/repo.js'
import { makeFixture } from '../fixtures/publish-release/fakes.js'
import { makeArtifact, startWeb } from '../fixtures/atomic-deploy/fixture.js'

let gh: Emulator
let scratch: string
beforeAll(async () => {
  gh = await startEmulator()
  scratch = mkdtempSync(join(tmpdir(), 'sl-summaries-'))
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

/** The summary renders cleanly; returns its HTML for further checks. */
async function expectClean(r: RunResult): Promise<string> {
  expect(r.summary.trim()).not.toBe('')
  expect(await summaryProblems(r.summary)).toEqual([])
  return renderGfm(r.summary)
}

test('changelog: commit subjects with npm specs, hosts, pipes and HTML stay inside their cells', async () => {
  const r = makeRepo([
    { commit: 'feat: first' },
    { tag: 'v1.0.0' },
    { commit: 'fix: pin pkg@1.2.3 | drop `a|b` <details> (#4)' },
    { commit: 'feat(ssh)!: connect as root@127.0.0.1 by default\n\nBREAKING CHANGE: set user@host.example explicitly' },
    { commit: 'Update link to www.example.com', author: 'ops@example.com' },
  ])
  try {
    const res = await runAction('changelog', { workspace: r.dir, inputs: {} })
    expect(res.exitCode).toBe(0)
    const html = await expectClean(res)
    expect(html).toContain('<code>pkg@1.2.3</code>')
    expect(html).toContain('<code>root@127.0.0.1</code>')
    // The release notes are shown in the summary, inside one <details open> that closes where it should.
    expect(html).toContain('<details open><summary>Release notes for <code>2.0.0</code></summary>')
  } finally {
    rmSync(r.dir, { recursive: true, force: true })
  }
}, 60_000)

test('build-package: a failing lint step keeps every line of its output', async () => {
  const ws = mkdtempSync(join(scratch, 'bp-'))
  cpSync(join(repoRoot, 'test', 'fixtures', 'build-package', 'lib'), ws, { recursive: true })
  writeFileSync(join(ws, 'src', 'bad.cjs'), '// LINT-FAIL\n')
  writeFileSync(join(ws, 'src', 'worse.cjs'), '// LINT-FAIL\n')
  execFileSync('git', ['init', '-q'], { cwd: ws })
  const res = await runAction('build-package', {
    workspace: ws,
    inputs: { 'out-dir': 'out', version: '1.2.3' },
    timeoutMs: 120_000,
  })
  expect(res.exitCode).toBe(1)
  const html = await expectClean(res)
  expect(html).toMatch(
    /bad\.cjs: lint error: forbidden marker\nworse\.cjs: lint error: forbidden marker\nlint: 2 problem\(s\)/,
  )
}, 120_000)

test('publish-release: a run stopped by rejected uploads says where it stopped and lists what was done', async () => {
  const f = await makeFixture(gh, `@acme/summary-${process.pid}`)
  try {
    await gh.fault({
      operation: 'repos/upload-release-asset',
      times: 3,
      kind: 'status',
      status: 422,
      repo: `${f.owner}/${f.repo}`,
    })
    const res = await runAction('publish-release', {
      workspace: f.workspace,
      repository: `${f.owner}/${f.repo}`,
      token: 'test-token',
      inputs: {
        tag: 'v1.0.0',
        notes: 'n',
        artifacts: 'dist/*.tar.gz',
        checksums: 'dist/SHA256SUMS',
        'npm-package': '',
      },
      env: { GITHUB_API_URL: gh.url },
      timeoutMs: 60_000,
    })
    expect(res.exitCode).toBe(1)
    const html = await expectClean(res)
    expect(html).toContain('Release v1.0.0: stopped')
    expect(html).toContain('<table>')
  } finally {
    rmSync(f.workspace, { recursive: true, force: true })
  }
}, 60_000)

test('atomic-deploy: a failed health check reverts every host; hosts are values, the error keeps its lines', async () => {
  const dir = mkdtempSync(join(scratch, 'ad-'))
  const roots = [1, 2, 3].map((i) => join(dir, `h${i}`))
  for (const r of roots) mkdirSync(r)
  const web = await startWeb(roots, 'web')
  try {
    const deploy = (version: string, artifact: string): Promise<RunResult> =>
      runAction('atomic-deploy', {
        workspace: dir,
        inputs: {
          app: 'web',
          version,
          artifact,
          hosts: roots.map((r) => `local:${r}`).join('\n'),
          path: '{app}',
          'health-check': `${web.url}/h{index}/health`,
          'health-timeout': '2s',
        },
      })
    expect((await deploy('1.0.0', makeArtifact(dir, '1.0.0'))).exitCode).toBe(0)
    const res = await deploy('2.0.0', makeArtifact(dir, '2.0.0', { unhealthy: '3' }))
    expect(res.exitCode).toBe(1)
    const html = await expectClean(res)
    expect(html).toMatch(/<td><code>local:[^<]*h3<\/code><\/td>\s*<td>reverted<\/td>/)
  } finally {
    await web.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}, 90_000)
