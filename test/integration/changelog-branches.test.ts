/**
 * changelog's `branches` input, bundled, on a real history with release branches (fastify's main with 6.0.0
 * alphas, maintenance lines 5.x and 4.x; see test/fixtures/changelog/branches.ts): the previous version is found on
 * the released branch's line, versions stay in a maintenance line's range (or fail with the reason), a pre-release
 * channel numbers its versions, the trunk stays above the maintenance lines, and the dist-tag follows the line.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { runAction, type RunResult } from '../support/runner/index.js'
import { cloneBranch, removeBranchFixture, type BranchClone } from '../fixtures/changelog/branches.js'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
  removeBranchFixture()
})

/** semantic-release's default maintenance glob, a release branch, alphas from main. */
const FASTIFY = "['+([0-9])?(.{+([0-9]),x}).x', next, {name: main, prerelease: alpha}]"
const TRUNK_MAIN = "['+([0-9])?(.{+([0-9]),x}).x', main, {name: beta, prerelease: true}]"

function clone(branch: string): BranchClone {
  const c = cloneBranch(branch)
  temps.push(c.dir)
  return c
}

const run = (
  c: BranchClone,
  branch: string,
  branches: string,
  extra: Record<string, string> = {},
): Promise<RunResult> =>
  runAction('changelog', {
    workspace: c.dir,
    ref: `refs/heads/${branch}`,
    inputs: { branches, source: 'commits', ...extra },
  })
const failure = (r: RunResult): string =>
  r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')

describe('changelog branches: maintenance lines on a real history', () => {
  test('4.x: the previous version is v4.29.1 on the same line; a fix makes 4.29.2, dist-tag release-4.x', async () => {
    const c = clone('4.x')
    c.commit('fix(router): keep the trailing slash on 4.x')
    const r = await run(c, '4.x', FASTIFY)
    expect(failure(r)).toBe('')
    expect(r.outputs).toMatchObject({
      'previous-version': '4.29.1',
      version: '4.29.2',
      'release-type': 'patch',
      'dist-tag': 'release-4.x',
      'commit-count': '1',
    })
    expect(r.stdout).toContain('Branch 4.x: maintenance line >=4.0.0 <5.0.0 (dist-tag release-4.x)')
    expect(r.summary).toContain('| 4.x | maintenance line >=4.0.0 <5.0.0 | `release-4.x` |  |')
  })

  test('a pull request into 4.x (detached merge checkout) is judged on the 4.x line', async () => {
    const c = clone('4.x')
    c.commit('fix: a fix proposed for 4.x')
    c.git('checkout', '-q', '--detach')
    const r = await runAction('changelog', {
      workspace: c.dir,
      ref: 'refs/pull/7/merge',
      eventName: 'pull_request',
      env: { GITHUB_BASE_REF: '4.x', GITHUB_HEAD_REF: 'fix-4x' },
      inputs: { branches: FASTIFY, source: 'commits' },
    })
    expect(failure(r)).toBe('')
    expect(r.outputs).toMatchObject({ 'previous-version': '4.29.1', version: '4.29.2', 'dist-tag': 'release-4.x' })
  })

  test('5.x: a feature stays in range (5.13.0); a breaking change would leave it: fails with the reason, nothing written', async () => {
    const c = clone('5.x')
    c.commit('feat: accept a custom query parser')
    const ok = await run(c, '5.x', FASTIFY)
    expect(ok.outputs).toMatchObject({ 'previous-version': '5.12.1', version: '5.13.0', 'dist-tag': 'release-5.x' })
    c.commit('feat!: drop the legacy logger option')
    const r = await run(c, '5.x', FASTIFY, { 'changelog-file': 'CHANGELOG.md' })
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toContain(
      'Branch 5.x: 6.0.0 is outside maintenance line 5.x (>=5.0.0 <6.0.0): this line takes fixes and features only; land the change on the trunk or on a newer line',
    )
    expect(failure(r)).toContain('feat!: drop the legacy logger option')
    expect(c.git('status', '--porcelain')).toBe('')
  })

  test('a 5.12.x line takes fixes only: a feature fails naming the range', async () => {
    const c = clone('5.x')
    c.git('checkout', '-q', '-b', '5.12.x')
    c.commit('feat: something new')
    const r = await run(c, '5.12.x', FASTIFY)
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toContain(
      '5.13.0 is outside maintenance line 5.12.x (>=5.12.0 <5.13.0): this line takes fixes only',
    )
  })
})

describe('changelog branches: trunk and pre-release channels', () => {
  test('main as the alpha channel: the previous version is 6.0.0-alpha.2; a fix makes 6.0.0-alpha.3 (dist-tag alpha)', async () => {
    const c = clone('main')
    c.commit('fix: close the server on SIGTERM')
    const r = await run(c, 'main', FASTIFY)
    expect(failure(r)).toBe('')
    expect(r.outputs).toMatchObject({
      'previous-version': '6.0.0-alpha.2',
      version: '6.0.0-alpha.3',
      'release-type': 'prerelease',
      'dist-tag': 'alpha',
      'commit-count': '3',
    })
  })

  test('main as the trunk: breaking changes since v5.11.3 make 6.0.0, above lines 5.x and 4.x; once a 6.x line exists, 6.0.0 would collide: fails', async () => {
    const c = clone('main')
    c.commit('feat: http QUERY method')
    const ok = await run(c, 'main', TRUNK_MAIN)
    expect(failure(ok)).toBe('')
    expect(ok.outputs).toMatchObject({
      'previous-version': '5.11.3',
      version: '6.0.0',
      'release-type': 'major',
      'dist-tag': 'latest',
    })
    expect(ok.stdout).toContain(
      'Branch main: the trunk (dist-tag latest); versions from 6.0.0 up (above the maintenance lines)',
    )
    c.git('branch', '6.x')
    const r = await run(c, 'main', TRUNK_MAIN)
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toContain(
      'Branch main: 6.0.0 is not above the maintenance lines (the trunk must release 7.0.0 or higher, or the versions would collide with a maintenance line)',
    )
    // Without branches, the same history makes the colliding version without a word.
    const plain = await runAction('changelog', {
      workspace: c.dir,
      ref: 'refs/heads/main',
      inputs: { source: 'commits' },
    })
    expect(plain.outputs.version).toBe('6.0.0')
  })

  test('a branch that is not a release branch releases nothing', async () => {
    const c = clone('main')
    c.git('checkout', '-q', '-b', 'feature/x')
    c.commit('feat: try something')
    const r = await run(c, 'feature/x', FASTIFY)
    expect(failure(r)).toBe('')
    expect(r.outputs).toMatchObject({ 'release-type': 'none', 'dist-tag': '' })
    expect(r.stdout).toContain("Branch feature/x is not a release branch in 'branches'")
  })

  test.each([
    ['[]', "Input 'branches': '[]' is not a non-empty list of branches"],
    ['[{name: beta, prerelease: true}]', "has no release branch (a plain name such as 'main')"],
    ['[main, {name: old, range: "1.5"}]', "Input 'branches': '1.5' (entry 2) \"range\" is not a maintenance range"],
    ['{main', "Input 'branches': '{main' is not valid JSON or YAML"],
    ['main', "Input 'branches': 'main' is not a YAML/JSON list"],
  ])('bad branches %s: a clear error naming the input', async (branches, message) => {
    const c = clone('4.x')
    const r = await run(c, '4.x', branches)
    expect(r.exitCode).toBe(1)
    expect(failure(r)).toContain(message)
  })
})
