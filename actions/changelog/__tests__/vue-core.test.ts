/**
 * Golden tests on a real history: the vue-core metadata corpus (7,157 commits, 264 tags; real messages, tags and
 * touched paths). Versions, sections and notes for real tag ranges, through the real git adapter.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { generate, type ChangelogOptions } from '../src/pipeline.js'
import { createMessageParser } from '../src/domain/parse.js'
import { hasCorpus, loadCorpus } from '../../../test/fixtures/changelog/corpus.js'

const d = hasCorpus() ? describe : describe.skip
let repo = ''

function options(extra: Partial<ChangelogOptions>): ChangelogOptions {
  return {
    cwd: repo,
    to: 'HEAD',
    tagPrefix: 'v',
    initialVersion: '0.1.0',
    breakingBumpsMajorBelow1: false,
    paths: [],
    source: 'commits',
    includeTypes: ['feat', 'fix', 'perf', 'deprecations'],
    repository: 'vuejs/core',
    serverUrl: 'https://github.com',
    now: new Date('2026-08-21T00:00:00Z'),
    log: { info: () => undefined, warning: () => undefined },
    ...extra,
  }
}

const git = (...args: string[]): string => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim()

d('vue-core corpus', () => {
  beforeAll(() => {
    repo = loadCorpus()
  }, 60_000)

  test.each([
    {
      name: 'v3.5.41: fixes only → patch',
      to: 'v3.5.41',
      previous: '3.5.40',
      version: '3.5.41',
      type: 'patch',
      listed: 26,
      fixes: 12,
    },
    {
      name: 'v3.0.10: patch from the default previous tag',
      to: 'v3.0.10',
      previous: '3.0.9',
      version: '3.0.10',
      type: 'patch',
      listed: 44,
      fixes: 13,
    },
    {
      name: 'v3.2.18: chores only → none',
      to: 'v3.2.18',
      previous: '3.2.17',
      version: '3.2.17',
      type: 'none',
      listed: 2,
      fixes: 0,
    },
    {
      name: 'v3.5.14: one feat in a patch release → minor',
      to: 'v3.5.14',
      previous: '3.5.13',
      version: '3.6.0',
      type: 'minor',
      listed: 139,
      fixes: 34,
    },
    {
      name: 'v3.4.0: breaking notes → major',
      to: 'v3.4.0',
      previous: '3.3.13',
      version: '4.0.0',
      type: 'major',
      listed: 185,
      fixes: 31,
    },
  ])('$name', async ({ to, previous, version, type, listed, fixes }) => {
    const r = await generate(options({ to }))
    expect([r.result.previousVersion, r.result.version, r.result.releaseType, r.result.entries.length]).toEqual([
      previous,
      version,
      type,
      listed,
    ])
    expect(r.result.entries.filter((e) => e.section.key === 'fix')).toHaveLength(fixes)
  })

  test('the computed version equals the real tag for most stable releases (every 10th of 160 checked)', async () => {
    // Over all 159 releases with a previous tag, 127 match; vue ships some feat commits in patch releases.
    const tags = git('tag', '--list', 'v*', '--sort=v:refname')
      .split('\n')
      .filter((t) => !t.includes('-'))
    const checked: string[] = []
    const differ: string[] = []
    for (const t of tags.filter((_, i) => i % 10 === 5)) {
      const r = await generate(options({ to: t }))
      checked.push(t)
      if (`v${r.result.version}` !== t) differ.push(`${t}→${r.result.version}`)
    }
    expect(checked).toHaveLength(16)
    expect(differ).toEqual(['v3.0.5→3.1.0', 'v3.1.3→3.2.0', 'v3.2.27→3.3.0', 'v3.5.37→3.5.36'])
  }, 60_000)

  test('v3.5.41 release notes: fixes in plain words with PR links, new contributors, no chores', async () => {
    const r = await generate(options({ to: 'v3.5.41' }))
    expect(r.notes).toMatch(
      /^## Bug Fixes\n\n- \*\*ssr:\*\* Normalize hidden states during hydration \(\[#13125\]\(https:\/\/github\.com\/vuejs\/core\/pull\/13125\)\)\n/,
    )
    expect(r.notes).toContain('## New contributors')
    expect(r.notes).not.toMatch(/chore/i)
    expect(r.changelog).toMatch(
      /^## \[3\.5\.41\]\(https:\/\/github\.com\/vuejs\/core\/compare\/v3\.5\.40\.\.\.v3\.5\.41\) \(2026-08-05\)/,
    ) // the tag's date (to is an existing tag), not `now`
    expect(r.changelog).toContain('### Chores')
  })

  test('v3.4.0 notes put the breaking changes first, with their migration text', async () => {
    const r = await generate(options({ to: 'v3.4.0' }))
    expect(r.notes.startsWith('## ⚠️ Breaking changes\n')).toBe(true)
    expect(r.notes).toContain('Reactivity Transform')
    expect(r.result.causes.length).toBeGreaterThan(0)
    expect(r.result.causes.every((e) => e.commit.breaking)).toBe(true)
  })

  test('explicit from/to across a minor', async () => {
    const r = await generate(options({ from: 'v3.4.21', to: 'v3.5.0' }))
    expect(r.result.previousVersion).toBe('3.4.21')
    expect(r.result.version).toBe('3.5.0') // what vue released
    expect(r.result.entries.length).toBeGreaterThan(100)
  })

  test('explicit from below later releases: the previous version is the newest release before it, as git tag --merged says', async () => {
    for (const from of ['HEAD~100', 'HEAD~1000', 'HEAD~3000', 'v3.4.0~1']) {
      const expected = git('tag', '--merged', from, '--list', 'v*', '--sort=-v:refname')
        .split('\n')
        .find((t) => !t.includes('-'))
      const r = await generate(options({ from }))
      expect([from, r.result.previousVersion]).toEqual([from, expected?.slice(1)])
    }
  }, 60_000)

  test('path filter (monorepo): only commits touching packages/compiler-sfc', async () => {
    const all = await generate(options({ to: 'v3.5.41' }))
    const sfc = await generate(options({ to: 'v3.5.41', paths: ['packages/compiler-sfc'] }))
    const expected = git('log', '--format=%H', 'v3.5.40..v3.5.41', '--', 'packages/compiler-sfc')
      .split('\n')
      .filter(Boolean)
    expect(sfc.result.total).toBe(expected.length)
    expect(sfc.result.total).toBeLessThan(all.result.total)
  })

  test('pre-release channel numbered from real tags: v3.5.0-rc.1 exists → rc.2', async () => {
    const r = await generate(options({ to: 'v3.5.0-rc.1', prerelease: 'rc' }))
    expect(r.result.version).toBe('3.5.0-rc.2')
  })

  test('whole history: reverts inside the range cancel, nothing is lost', async () => {
    const r = await generate(options({ tagPrefix: 'no-such-prefix-' }))
    expect(r.result.previousVersion).toBeUndefined()
    expect(r.result.total).toBe(7157)
    expect([
      r.result.cancelled.length,
      r.result.merges,
      r.result.nonConventional.length,
      r.result.entries.length,
    ]).toEqual([23, 32, 14, 7079])
    expect(r.result.entries.length + r.result.cancelled.length * 2 + r.result.merges).toBe(7157)
  })

  test('the parser fast path gives the same result as the full parser on every commit', () => {
    const out = spawnSync('git', ['log', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B%x00'], {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }).stdout
    const fast = createMessageParser()
    const slow = createMessageParser({ fast: false })
    let n = 0
    for (const rec of out.split('\0')) {
      const f = rec.replace(/^\n/, '').split('\x1f', 6)
      if (f.length < 6) continue
      const raw = {
        sha: f[0]!,
        parents: f[1]!.split(' '),
        authorName: f[2]!,
        authorEmail: f[3]!,
        date: f[4]!,
        message: f[5]!,
      }
      expect(fast(raw)).toEqual(slow(raw))
      n++
    }
    expect(n).toBe(7157)
  })
})
