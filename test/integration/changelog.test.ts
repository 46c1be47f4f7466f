/**
 * changelog, bundled, through the runner harness: a real git repository in the workspace and the GitHub emulator
 * serving the merged pull requests and their labels.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { runAction, spawnAction, type RunResult } from '../support/runner/index.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { makeRepo, type FixtureRepo } from '../fixtures/changelog/repo.js'
import { node24, repoRoot } from '../support/net.js'

let gh: Emulator
const temps: string[] = []
beforeAll(async () => {
  gh = await startEmulator()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function repo(steps: Parameters<typeof makeRepo>[0]): FixtureRepo {
  const r = makeRepo(steps)
  temps.push(r.dir)
  return r
}

/** A history: v1.2.0, then a squash-merged feature PR, a merge-commit PR, a skipped PR and a stray commit. */
function history(): FixtureRepo {
  return repo([
    { commit: 'feat: first' },
    { tag: 'v1.2.0' },
    { commit: 'feat(api): add search endpoint (#5)' },
    { branch: 'fix-x' },
    { commit: 'fix(ui): button alignment' },
    { checkout: 'main' },
    { merge: 'fix-x', message: 'Merge pull request #6 from me/fix-x\n\nfix(ui): align the buttons' },
    { commit: 'chore: internal tidy (#7)' },
    { commit: 'Update README', author: 'Newcomer' },
  ])
}

const iso = (h: number): string => new Date(Date.parse('2026-01-01T00:00:00Z') + h * 3600_000).toISOString()

async function seed(r: FixtureRepo, labels5: string[] = ['enhancement']): Promise<{ owner: string; repo: string }> {
  const ns = await gh.repo()
  await gh.seed(ns.owner, ns.repo, {
    pulls: [
      {
        number: 5,
        title: 'feat(api): Search endpoint for orders',
        labels: labels5,
        merged: true,
        merged_at: iso(3),
        merge_commit_sha: r.sha[2],
        user: 'alice',
      },
      {
        number: 6,
        title: 'Align the buttons',
        labels: ['bug'],
        merged: true,
        merged_at: iso(7),
        merge_commit_sha: r.sha[6],
        user: 'bob',
      },
      {
        number: 7,
        title: 'Internal tidy',
        labels: ['skip-changelog'],
        merged: true,
        merged_at: iso(8),
        merge_commit_sha: r.sha[7],
        user: 'carol',
      },
      { number: 8, title: 'Never merged', labels: ['semver:major'], state: 'closed', merged: false, user: 'dave' },
    ],
  })
  return ns
}

function run(
  r: FixtureRepo,
  inputs: Record<string, string>,
  ns?: { owner: string; repo: string },
  token?: string,
): Promise<RunResult> {
  return runAction('changelog', {
    workspace: r.dir,
    inputs,
    ...(token ? { token } : {}),
    ...(ns ? { repository: `${ns.owner}/${ns.repo}` } : {}),
    env: { GITHUB_API_URL: gh.url },
  })
}

describe('changelog action (bundled)', () => {
  test('labels and commits: version, PR titles in the notes, skip label, bounded API calls, CHANGELOG idempotent', async () => {
    const r = history()
    const ns = await seed(r)
    const first = await run(r, { 'changelog-file': 'CHANGELOG.md' }, ns, 'ghs_test_token_123')
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({
      version: '1.3.0',
      'previous-version': '1.2.0',
      'release-type': 'minor',
      breaking: 'false',
      'commit-count': '4',
    })
    const notes = first.outputs['release-notes'] as string
    expect(notes).toContain(
      `- **api:** Search endpoint for orders ([#5](https://github.com/${ns.owner}/${ns.repo}/pull/5))`,
    )
    expect(notes).toContain('- Align the buttons ([#6]')
    expect(notes).not.toContain('utton alignment') // the PR's own commit is described by its PR
    expect(notes).not.toContain('tidy')
    expect(first.outputs.changelog).toContain('### Other')
    expect(first.outputs.changelog).toContain('Update README')
    expect(first.outputs.changelog).not.toContain('tidy')
    const calls = (await gh.calls(ns.owner, ns.repo)).filter((c) => c.operation.startsWith('pulls/'))
    expect(calls.map((c) => c.operation)).toEqual(['pulls/list'])
    expect(first.annotations).toContainEqual(
      expect.objectContaining({
        kind: 'warning',
        message: expect.stringContaining('Not a conventional commit, listed under "Other": Update README'),
      }),
    )
    expect(first.summary).toContain('### Why this bump')
    expect(first.summary).toContain('feat(api): add search endpoint (#5)')
    expect(first.summary).toContain('### Non-conventional commits (1)')
    expect(first.leakedSecrets).toEqual([])
    const json = JSON.parse(first.outputs.json as string)
    expect(json.commits.map((c: { pr: number | null }) => c.pr)).toEqual([null, 6, null, 5])
    const file = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')
    expect(file.startsWith('# Changelog\n\n## [1.3.0]')).toBe(true)
    const again = await run(r, { 'changelog-file': 'CHANGELOG.md' }, ns, 'ghs_test_token_123')
    expect(again.exitCode).toBe(0)
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toBe(file)
  })

  test('a semver:major label makes a major release; source commits ignores it and makes no API call', async () => {
    const r = history()
    const ns = await seed(r, ['enhancement', 'semver:major'])
    const labelled = await run(r, {}, ns, 'ghs_x')
    expect(labelled.outputs).toMatchObject({ version: '2.0.0', 'release-type': 'major', breaking: 'true' })
    const before = (await gh.calls(ns.owner, ns.repo)).length
    const commitsOnly = await run(r, { source: 'commits' }, ns, 'ghs_x')
    expect(commitsOnly.outputs).toMatchObject({ version: '1.3.0', 'release-type': 'minor', 'commit-count': '5' })
    expect((await gh.calls(ns.owner, ns.repo)).length).toBe(before)
  })

  test('PR lookup stops paging at the range start (434 closed PRs → 2 calls) and survives a 502', async () => {
    const r = history()
    const ns = await gh.repo()
    const day = (d: string): string => new Date(d).toISOString()
    const recent = Array.from({ length: 130 }, (_, i) => ({
      number: 100 + i,
      title: `other ${i}`,
      merged: true,
      merged_at: day(`2026-02-0${1 + (i % 9)}T00:00:00Z`),
      user: 'x',
    }))
    const old = Array.from({ length: 300 }, (_, i) => ({
      number: 1000 + i,
      title: `old ${i}`,
      merged: true,
      merged_at: day('2025-06-01T00:00:00Z'),
      user: 'y',
    }))
    await gh.seed(ns.owner, ns.repo, {
      pulls: [
        ...old,
        {
          number: 5,
          title: 'Search endpoint',
          labels: ['semver:major'],
          merged: true,
          merged_at: iso(3),
          merge_commit_sha: r.sha[2],
          user: 'alice',
        },
        {
          number: 6,
          title: 'Align the buttons',
          labels: ['bug'],
          merged: true,
          merged_at: iso(7),
          merge_commit_sha: r.sha[6],
          user: 'bob',
        },
        ...recent,
      ],
    })
    await gh.fault({ operation: 'pulls/list', times: 1, kind: 'status', status: 502, repo: `${ns.owner}/${ns.repo}` })
    const res = await run(r, {}, ns, 'ghs_paging')
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ version: '2.0.0', 'release-type': 'major' })
    const lists = (await gh.calls(ns.owner, ns.repo)).filter((c) => c.operation === 'pulls/list')
    expect(lists.map((c) => new URL(c.path, 'http://x').searchParams.get('page'))).toEqual(['1', '1', '2'])
  })

  test('PRs unreadable (404: no access): source both falls back to commits with a warning; source labels fails', async () => {
    const r = history()
    const ns = await seed(r)
    await gh.fault({ operation: 'pulls/list', times: 10, kind: 'status', status: 404, repo: `${ns.owner}/${ns.repo}` })
    const both = await run(r, {}, ns, 'ghs_forbidden')
    expect(both.exitCode).toBe(0)
    expect(both.outputs).toMatchObject({ version: '1.3.0', 'release-type': 'minor' })
    expect(both.annotations).toContainEqual(
      expect.objectContaining({ kind: 'warning', message: expect.stringContaining('Could not read pull requests') }),
    )
    expect(both.annotations.filter((a) => a.kind === 'error')).toEqual([])
    await gh.fault({ operation: 'pulls/list', times: 10, kind: 'status', status: 404, repo: `${ns.owner}/${ns.repo}` })
    const labels = await run(r, { source: 'labels' }, ns, 'ghs_forbidden')
    expect(labels.exitCode).toBe(1)
    expect(labels.outputs).toEqual({})
    const errors = labels.annotations.filter((a) => a.kind === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(`List the pull requests of ${ns.owner}/${ns.repo} failed (HTTP 404)`)
    expect(errors[0]?.message).toContain(
      "Hint: Check the repository, and that the token can see it ('pull-requests: read')",
    )
    expect(errors[0]?.message).not.toContain('Internal error')
  })

  test('PRs refused (403) or GitHub down (5xx) with source labels: a RemoteError with the permission hint, not an internal error', async () => {
    const r = history()
    const ns = await seed(r)
    await gh.fault({ operation: 'pulls/list', times: 10, kind: 'status', status: 403, repo: `${ns.owner}/${ns.repo}` })
    const refused = await run(r, { source: 'labels' }, ns, 'ghs_forbidden')
    expect(refused.exitCode).toBe(1)
    const errors = refused.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`List the pull requests of ${ns.owner}/${ns.repo} failed (HTTP 403)`)
    expect(errors[0]).toContain("Hint: The token needs 'pull-requests: read'")
    await gh.clearFaults()
    await gh.fault({ operation: 'pulls/list', times: 10, kind: 'status', status: 503, repo: `${ns.owner}/${ns.repo}` })
    const down = await run(r, { source: 'labels' }, ns, 'ghs_down')
    await gh.clearFaults()
    expect(down.exitCode).toBe(1)
    const text = down.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
    expect(text[0]).toContain('failed (HTTP 503)')
    expect(text[0]).toContain('server error')
    expect(text[0]).not.toContain('Internal error')
  })

  test('pre-release channel and no previous tag', async () => {
    const r = repo([
      { commit: 'feat: a' },
      { tag: 'v1.0.0' },
      { commit: 'fix: b' },
      { tag: 'v1.0.1-rc.1' },
      { commit: 'fix: c' },
    ])
    const rc = await run(r, { prerelease: 'rc' })
    expect(rc.outputs).toMatchObject({
      version: '1.0.1-rc.2',
      'previous-version': '1.0.0',
      'release-type': 'prerelease',
    })
    const fresh = repo([{ commit: 'feat: a' }, { commit: 'fix!: b' }])
    const first = await run(fresh, { 'initial-version': '0.3.0' })
    expect(first.outputs).toMatchObject({ version: '0.3.0', 'previous-version': '', breaking: 'true' })
  })

  test('monorepo: path filter and a per-package tag prefix', async () => {
    const r = repo([
      { commit: 'feat(core): a', file: 'packages/core/a.txt' },
      { tag: 'core-v1.0.0' },
      { commit: 'feat(web): b', file: 'packages/web/b.txt' },
      { commit: 'fix(core): c', file: 'packages/core/c.txt' },
    ])
    const res = await run(r, { 'tag-prefix': 'core-v', path: 'packages/core' })
    expect(res.outputs).toMatchObject({
      version: '1.0.1',
      'previous-version': '1.0.0',
      'release-type': 'patch',
      'commit-count': '1',
    })
  })

  test('strict: a non-conventional commit fails the step and writes nothing', async () => {
    const r = history()
    const res = await run(r, { strict: 'true', 'changelog-file': 'CHANGELOG.md' })
    expect(res.exitCode).toBe(1)
    expect(res.annotations).toContainEqual(
      expect.objectContaining({
        kind: 'error',
        message: expect.stringMatching(/1 commit is not conventional \(strict: true\): \w{7} 'Update README'/),
      }),
    )
    expect(existsSync(join(r.dir, 'CHANGELOG.md'))).toBe(false)
  })

  test('shallow clone: says history is missing and how to fix it', async () => {
    const r = repo([{ commit: 'feat: a' }, { commit: 'fix: b' }])
    const dest = mkdtempSync(join(tmpdir(), 'shipline-changelog-shallow-'))
    temps.push(dest)
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, join(dest, 'w')])
    const res = await runAction('changelog', { workspace: join(dest, 'w') })
    expect(res.exitCode).toBe(1)
    expect(res.annotations[0]?.message).toMatch(/shallow clone.*\nHint: .*fetch-depth: 0/s)
  })
})

describe('changelog action: bad input → clear error, exit 1, nothing written', () => {
  let r: FixtureRepo
  beforeAll(() => {
    r = repo([{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'fix: b' }])
  })
  test.each<{ name: string; inputs: Record<string, string>; error: string }>([
    {
      name: 'unknown to',
      inputs: { to: 'no-such-branch' },
      error: "Input 'to': 'no-such-branch' is not a commit, tag or branch in this repository",
    },
    {
      name: 'unknown from',
      inputs: { from: 'v9.9.9' },
      error: "Input 'from': 'v9.9.9' is not a commit, tag or branch in this repository",
    },
    {
      name: 'from after to',
      inputs: { from: 'HEAD', to: 'v1.0.0' },
      error: "Input 'from': 'HEAD' comes after 'to' ('v1.0.0'): the range would be empty",
    },
    {
      name: 'invalid initial-version',
      inputs: { 'initial-version': 'v1' },
      error:
        "Input 'initial-version': 'v1' is not a semantic version (e.g. '1.4.0' or '2.0.0-rc.1'); give it as is, without a 'v' prefix or build metadata",
    },
    {
      name: 'malformed label map YAML',
      inputs: { 'label-map': 'Features: [enhancement' },
      error: "Input 'label-map': 'Features: [enhancement' is not valid JSON or YAML",
    },
    {
      name: 'label map of the wrong shape',
      inputs: { 'label-map': 'Features: 3' },
      error:
        "Input 'label-map': 'Features: 3' must map the section 'Features' to a label or a non-empty list of labels",
    },
    {
      name: 'bad source',
      inputs: { source: 'tags' },
      error: "Input 'source': 'tags' is not one of: commits, labels, both",
    },
    { name: 'labels without a token', inputs: { source: 'labels' }, error: "Input 'source': 'labels' needs a token" },
    {
      name: 'bad pre-release channel',
      inputs: { prerelease: 'rc.1' },
      error: "Input 'prerelease': 'rc.1' is not a pre-release channel name",
    },
    {
      name: 'changelog file outside',
      inputs: { 'changelog-file': '../CHANGELOG.md' },
      error: "Input 'changelog-file': '../CHANGELOG.md' is outside the allowed roots; give a path inside the workspace",
    },
    {
      name: 'working-directory outside',
      inputs: { 'working-directory': '..' },
      error: "Input 'working-directory': '..' is outside the allowed roots",
    },
    {
      name: 'changelog file with a name too long',
      inputs: { 'changelog-file': `${'C'.repeat(256)}.md` },
      error: 'each name in a path can be at most 255 bytes',
    },
  ])('$name', async ({ inputs, error }) => {
    const res = await run(r, { 'changelog-file': 'CHANGELOG.md', ...inputs })
    expect(res.exitCode).toBe(1)
    expect(res.annotations.find((a) => a.kind === 'error')?.message).toContain(error)
    expect(res.outputs).toEqual({})
    expect(existsSync(join(r.dir, 'CHANGELOG.md'))).toBe(false)
  })
})

describe('changelog-file: written only inside the workspace, never through a symlink', () => {
  const secret = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'changelog-outside-'))
    temps.push(dir)
    writeFileSync(join(dir, 'secret'), 'KEEP\n')
    return join(dir, 'secret')
  }
  const refused = async (r: FixtureRepo, message: string, outsideFile: string): Promise<void> => {
    const res = await run(r, { 'changelog-file': 'CHANGELOG.md' })
    expect(res.exitCode).toBe(1)
    expect(res.annotations.find((a) => a.kind === 'error')?.message).toContain(message)
    expect(readFileSync(outsideFile, 'utf8')).toBe('KEEP\n')
  }

  test('a committed symlink at the target (out of the workspace, or to /proc/self/environ) is refused; nothing is written', async () => {
    const r = history()
    const outside = secret()
    symlinkSync(outside, join(r.dir, 'CHANGELOG.md'))
    await refused(r, "Input 'changelog-file': 'CHANGELOG.md' is outside the allowed roots (through a symlink", outside)
    rmSync(join(r.dir, 'CHANGELOG.md'))
    symlinkSync('/proc/self/environ', join(r.dir, 'CHANGELOG.md'))
    await refused(r, 'is outside the allowed roots (through a symlink: it resolves to /proc/', outside)
    expect(readlinkSync(join(r.dir, 'CHANGELOG.md'))).toBe('/proc/self/environ')
  })

  test('a dangling symlink (would create a file outside), a link inside the workspace, and a link at the temp name are refused', async () => {
    const r = history()
    const outside = secret()
    symlinkSync(join(dirname(outside), 'created'), join(r.dir, 'CHANGELOG.md'))
    await refused(r, 'is outside the allowed roots (through a symlink', outside)
    expect(existsSync(join(dirname(outside), 'created'))).toBe(false)
    rmSync(join(r.dir, 'CHANGELOG.md'))
    writeFileSync(join(r.dir, 'HISTORY.md'), '# History\n')
    symlinkSync('HISTORY.md', join(r.dir, 'CHANGELOG.md'))
    await refused(r, "Input 'changelog-file': 'CHANGELOG.md' is a symlink", outside)
    expect(readFileSync(join(r.dir, 'HISTORY.md'), 'utf8')).toBe('# History\n')
    rmSync(join(r.dir, 'CHANGELOG.md'))
    symlinkSync(outside, join(r.dir, '.CHANGELOG.md.shipline-tmp'))
    await refused(r, 'has a symlink at its temp name', outside)
    expect(existsSync(join(r.dir, 'CHANGELOG.md'))).toBe(false)
  })

  test('cancelled by the runner (SIGINT, SIGTERM) while reading pull requests: nothing written; the re-run writes the changelog once', async () => {
    const r = history()
    const ns = await seed(r)
    // An API that hangs on the pull-request listing and says when the request arrived: the cancel lands there.
    let arrived: () => void = () => undefined
    const listing = new Promise<void>((ok) => (arrived = ok))
    const hanging = createServer((req) => req.url?.includes('/pulls') && arrived())
    await new Promise<void>((ok) => hanging.listen(0, '127.0.0.1', ok))
    try {
      const opts = (api: string) => ({
        workspace: r.dir,
        inputs: { 'changelog-file': 'CHANGELOG.md' },
        token: 'ghs_test_token_123',
        repository: `${ns.owner}/${ns.repo}`,
        env: { GITHUB_API_URL: api },
      })
      const slow = spawnAction('changelog', opts(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}`))
      await listing
      const cancelled = await slow.cancel({ sigintMs: 500, sigtermMs: 500 })
      expect(cancelled.exitCode).not.toBe(0)
      expect(readdirSync(r.dir).filter((f) => /CHANGELOG/.test(f))).toEqual([])
      const again = await runAction('changelog', opts(gh.url))
      expect(again.exitCode).toBe(0)
      expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8').match(/^## \[1\.3\.0\]/gm)).toHaveLength(1)
      expect(readdirSync(r.dir).filter((f) => /CHANGELOG/.test(f))).toEqual(['CHANGELOG.md'])
    } finally {
      hanging.closeAllConnections()
      await new Promise((ok) => hanging.close(ok))
    }
  })

  test("a killed run's temp file is replaced; the re-run writes the changelog once", async () => {
    const r = history()
    writeFileSync(join(r.dir, '.CHANGELOG.md.shipline-tmp'), 'half a changelog')
    const res = await run(r, { 'changelog-file': 'CHANGELOG.md' })
    expect(res.exitCode).toBe(0)
    expect(existsSync(join(r.dir, '.CHANGELOG.md.shipline-tmp'))).toBe(false)
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8').match(/^## \[?1\.3\.0/gm)).toHaveLength(1)
  })
})

test('a workspace that is not a git repository: the input is named, with how to fix it', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'changelog-nogit-'))
  try {
    const res = await runAction('changelog', { workspace: ws })
    expect(res.exitCode).toBe(1)
    expect(res.annotations.find((a) => a.kind === 'error')?.message).toBe(
      "Input 'working-directory': '.' is not inside a git repository\nHint: Check out the repository first (actions/checkout with fetch-depth: 0, so tags and history are there).",
    )
    expect(res.outputs).toEqual({})
  } finally {
    rmSync(ws, { recursive: true, force: true })
  }
})

describe('changelog CLI (the bundle outside a runner)', () => {
  const cli = (args: string[]) =>
    spawnSync(node24, [join(repoRoot, 'actions', 'changelog', 'dist', 'index.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })

  test('prints the changelog, the notes or JSON for any repository, without GitHub', () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'fix(core): b (#3)' }, { commit: 'docs: c' }])
    const md = cli(['--repo', r.dir, '--repository', 'acme/app'])
    expect(md.status).toBe(0)
    expect(md.stdout).toMatch(
      /^## \[1\.0\.1\]\(https:\/\/github\.com\/acme\/app\/compare\/v1\.0\.0\.\.\.v1\.0\.1\) \(\d{4}-\d\d-\d\d\)\n\n### Bug Fixes\n\n\* \*\*core:\*\* b \(\[\w{7}\]/,
    )
    expect(md.stderr).toContain('1.0.0 -> 1.0.1 (patch); 2 commits, 0 not conventional')
    const json = JSON.parse(cli(['--repo', r.dir, '--json', '--quiet']).stdout)
    expect(json).toMatchObject({
      version: '1.0.1',
      previousVersion: '1.0.0',
      releaseType: 'patch',
      counts: { total: 2 },
    })
    expect(cli(['--repo', r.dir, '--notes', '--quiet']).stdout).toBe('## Bug Fixes\n\n- **core:** B (#3)\n')
  })

  test('bad arguments: exit 1 with the reason on stderr', () => {
    const r = repo([{ commit: 'feat: a' }])
    const bad = cli(['--repo', r.dir, '--to', 'nope'])
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain("error: Input 'to': 'nope' is not a commit, tag or branch in this repository")
    expect(cli(['--repo', r.dir, '--frm', 'x']).stderr).toContain("Unknown option '--frm'")
  })
})
