/**
 * changelog, bundled, on what a maintainer meets in a real project: an existing CHANGELOG.md in another tool's
 * style, a tag's own date, release-as, the below-1.0 feature rule, a first release with only chores, and the CLI's
 * --help. Real git repositories; the bundle runs through the runner harness.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { makeRepo, type FixtureRepo } from '../fixtures/changelog/repo.js'
import { node24, repoRoot } from '../support/net.js'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

function repo(steps: Parameters<typeof makeRepo>[0]): FixtureRepo {
  const r = makeRepo(steps)
  temps.push(r.dir)
  return r
}

const run = (r: FixtureRepo, inputs: Record<string, string>): Promise<RunResult> =>
  runAction('changelog', { workspace: r.dir, inputs })
const today = (): string => new Date().toISOString().slice(0, 10)

describe('changelog-file on a real CHANGELOG.md', () => {
  test('release-please style file: the release goes above 17.11.1, a re-run replaces it, the rest is byte-identical', async () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v17.11.1' }, { commit: 'fix(core): b' }])
    const real = join(repoRoot, 'test', 'fixtures', 'changelog', 'real', 'release-please.md')
    copyFileSync(real, join(r.dir, 'CHANGELOG.md'))
    const first = await run(r, { 'changelog-file': 'CHANGELOG.md' })
    expect(first.exitCode).toBe(0)
    const file = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')
    const original = readFileSync(real, 'utf8')
    const at = file.indexOf('## [17.11.2]')
    expect(file.slice(0, at)).toBe(original.slice(0, original.indexOf('## [17.11.1]')))
    expect(file.slice(file.indexOf('## [17.11.1]'))).toBe(original.slice(original.indexOf('## [17.11.1]')))
    expect(file.slice(at, file.indexOf('\n', at))).toBe(
      `## [17.11.2](https://github.com/octo-org/octo-repo/compare/v17.11.1...v17.11.2) (${today()})`,
    )
    const again = await run(r, { 'changelog-file': 'CHANGELOG.md' })
    expect(again.exitCode).toBe(0)
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')).toBe(file)
  })

  test('re-describing a tagged release replaces the section another tool wrote for it, dated with the tag', async () => {
    const r = repo([
      { commit: 'feat: a' },
      { tag: 'v0.6.1' },
      { commit: 'fix: b' },
      { tag: 'v0.6.2' },
      { commit: 'docs: later' },
    ])
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'changelog', 'real', 'changelogen.md'), join(r.dir, 'CHANGELOG.md'))
    const res = await run(r, { 'changelog-file': 'CHANGELOG.md', to: 'v0.6.2' })
    expect(res.exitCode).toBe(0)
    expect(res.outputs).toMatchObject({ version: '0.6.2', 'previous-version': '0.6.1' })
    const file = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8')
    const headings = file.split('\n').filter((l) => l.startsWith('## '))
    // makeRepo dates: v0.6.2's commit is the 3rd step, 2026-01-01T03:00Z.
    expect(headings.slice(0, 2)).toEqual([
      '## [0.6.2](https://github.com/octo-org/octo-repo/compare/v0.6.1...v0.6.2) (2026-01-01)',
      '## v0.6.1',
    ])
    expect(headings.filter((h) => h.includes('0.6.2'))).toHaveLength(1)
    expect(file).not.toContain('Accept `hideAuthorEmail` arg')
  })
})

describe('version inputs', () => {
  test('to = an existing tag dates the section with the tag; HEAD dates it today', async () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'fix: b' }, { tag: 'v1.0.1' }])
    const tagged = await run(r, { to: 'v1.0.1' })
    expect(tagged.outputs.changelog).toMatch(/^## \[1\.0\.1\]\(\S+\) \(2026-01-01\)\n/)
    r.git('commit', '-q', '--allow-empty', '-m', 'fix: c')
    const head = await run(r, {})
    expect(head.outputs.changelog).toMatch(new RegExp(`^## \\[1\\.0\\.2\\]\\(\\S+\\) \\(${today()}\\)\\n`))
  })

  test('release-as sets the version (even with only chores), and one below the previous release is refused naming it', async () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v0.9.1' }, { commit: 'chore: tidy' }])
    const forced = await run(r, { 'release-as': '1.0.0' })
    expect(forced.exitCode).toBe(0)
    expect(forced.outputs).toMatchObject({ version: '1.0.0', 'previous-version': '0.9.1', 'release-type': 'major' })
    expect(forced.summary).toContain('The version is set by `release-as` (`1.0.0`)')
    const low = await run(r, { 'release-as': '0.9.0' })
    expect(low.exitCode).toBe(1)
    expect(low.annotations.find((a) => a.kind === 'error')?.message).toContain(
      "Input 'release-as': '0.9.0' is not above the previous release 0.9.1",
    )
    expect(low.outputs).toEqual({})
    const bad = await run(r, { 'release-as': 'v1.0' })
    expect(bad.annotations.find((a) => a.kind === 'error')?.message).toContain(
      "Input 'release-as': 'v1.0' is not a semantic version",
    )
  })

  test('feat-bumps-patch-below-1: a feature below 1.0 is a patch', async () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v0.4.2' }, { commit: 'feat: b' }])
    expect((await run(r, {})).outputs).toMatchObject({ version: '0.5.0', 'release-type': 'minor' })
    expect((await run(r, { 'feat-bumps-patch-below-1': 'true' })).outputs).toMatchObject({
      version: '0.4.3',
      'release-type': 'patch',
    })
  })

  test('first release with only chores is initial-version; the summary shows the version and the notes', async () => {
    const r = repo([{ commit: 'chore: init' }, { commit: 'docs: readme' }])
    const res = await run(r, { 'initial-version': '1.0.0' })
    expect(res.outputs).toMatchObject({ version: '1.0.0', 'previous-version': '', 'release-type': 'major' })
    expect(res.summary).toContain('## Changelog: (first release) → `1.0.0`')
    expect(res.summary).toContain('the version is `initial-version` (`1.0.0`)')
    const notes = repo([{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'feat(api): search' }])
    const withNotes = await run(notes, {})
    expect(withNotes.summary).toContain(
      '<details open><summary>Release notes for <code>1.1.0</code></summary>\n\n#### Features\n\n- **api:** Search',
    )
  })
})

describe('changelog CLI', () => {
  const cli = (args: string[]) =>
    spawnSync(node24, [join(repoRoot, 'actions', 'changelog', 'dist', 'index.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })

  test.each([['--help'], ['-h']])('%s prints the usage and exits 0, stdout ending with a newline', (flag) => {
    const res = cli([flag])
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(/^Usage: node actions\/changelog\/dist\/index\.js --repo DIR \[options\]\n/)
    expect(res.stdout).toContain('--release-as V')
    expect(res.stdout.endsWith('\n')).toBe(true)
    expect(res.stderr).toBe('')
  })

  test('every output ends with a newline', () => {
    const r = repo([{ commit: 'feat: a' }, { tag: 'v1.0.0' }, { commit: 'chore: b' }])
    for (const mode of [[], ['--notes'], ['--json'], ['--summary']])
      expect(cli(['--repo', r.dir, '--quiet', ...mode]).stdout).toMatch(/\n$/)
  })
})
