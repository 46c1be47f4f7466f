import { describe, expect, test } from '@jest/globals'
import { ChangelogEngine, compareKeys, type EngineOptions } from '../src/domain/engine.js'
import { Links } from '../src/domain/links.js'
import { changelogParts, renderChangelog, renderReleaseNotes } from '../src/domain/render.js'
import { newContributors } from '../src/domain/report.js'
import { parseLabelMap } from '../src/domain/sections.js'
import { buildSummary } from '../src/domain/summary.js'
import type { PullInfo, RawCommit } from '../src/domain/types.js'
import { RevertTargets } from '../src/domain/reverts.js'
import { raw } from './helpers.js'

const base: EngineOptions = { source: 'commits', initial: '0.1.0', previous: '1.0.0' }

function run(
  messages: (string | RawCommit)[],
  opts: Partial<EngineOptions> = {},
  pulls?: (e: ChangelogEngine) => Map<string, PullInfo>,
) {
  const e = new ChangelogEngine()
  for (const m of messages) e.add(typeof m === 'string' ? raw(m) : m)
  if (pulls) e.attachPulls(pulls(e))
  return e.finish({ ...base, ...opts })
}

describe('engine: grouping and version', () => {
  test.each([
    { name: 'fix only', msgs: ['fix: a', 'chore: b'], version: '1.0.1', type: 'patch' },
    { name: 'feature wins over fix', msgs: ['fix: a', 'feat: b', 'docs: c'], version: '1.1.0', type: 'minor' },
    {
      name: 'breaking footer',
      msgs: ['fix: a', 'refactor: b\n\nBREAKING CHANGE: gone'],
      version: '2.0.0',
      type: 'major',
    },
    {
      name: 'no-op: chores, docs, ci',
      msgs: ['chore: a', 'docs: b', 'ci: c', 'test: d'],
      version: '1.0.0',
      type: 'none',
    },
    { name: 'non-conventional does not release', msgs: ['Update README'], version: '1.0.0', type: 'none' },
    { name: 'empty range', msgs: [], version: '1.0.0', type: 'none' },
  ])('$name', ({ msgs, version, type }) => {
    const r = run(msgs)
    expect(r.version).toBe(version)
    expect(r.releaseType).toBe(type)
  })

  test('sections hold their types, unknown types get their own, non-conventional go to Other', () => {
    const r = run(['feat(b): x', 'feat(a): y', 'fix: z', 'wip: w', 'Bump thing'])
    const bySection = Object.fromEntries(
      r.sections.map((s) => [s.key, r.entries.filter((e) => e.section === s).map((e) => e.commit.header)]),
    )
    expect(bySection.feat).toEqual(['feat(b): x', 'feat(a): y'])
    expect(bySection.wip).toEqual(['wip: w'])
    expect(bySection.other).toEqual(['Bump thing'])
    expect(r.nonConventional.map((c) => c.header)).toEqual(['Bump thing'])
    expect(r.causes.map((e) => e.commit.header)).toEqual(['feat(b): x', 'feat(a): y'])
  })

  test.each([
    {
      name: 'revert by header cancels its target',
      msgs: ['Revert "feat: x" (#3)', 'fix: y', 'feat: x (#2)'],
      left: ['fix: y'],
      type: 'patch',
    },
    {
      name: 'revert by sha cancels',
      msgs: ['revert: feat: x\n\nThis reverts commit SHA.', 'feat: x'],
      left: [],
      type: 'none',
    },
    {
      name: 'revert by PR number',
      msgs: ['Revert "feat: something else" (#9)\n\nReverts #2', 'feat: x (#2)'],
      left: [],
      type: 'none',
    },
    {
      name: 'revert of revert keeps the original',
      msgs: ['Revert "Revert "feat: x""', 'Revert "feat: x"', 'feat: x'],
      left: ['feat: x'],
      type: 'minor',
    },
    {
      name: 'target outside the range stays a revert',
      msgs: ['Revert "feat: old"'],
      left: ['Revert "feat: old"'],
      type: 'patch',
    },
    {
      name: 'truncated header',
      msgs: ['Revert "fix(core): a very long subject that GitHub…"', 'fix(core): a very long subject that GitHub cut'],
      left: [],
      type: 'none',
    },
  ])('$name', ({ msgs, left, type }) => {
    const target = raw(msgs[msgs.length - 1] as string)
    const list = msgs.slice(0, -1).map((m) => raw(m.replace('SHA', target.sha)))
    const r = run([...list, target])
    expect(r.entries.map((e) => e.commit.header)).toEqual(left)
    expect(r.releaseType).toBe(type)
  })

  test('a revert that is left out (a plain merge) still cancels nothing, and its target stays', () => {
    const r = run([raw('Revert "feat: x"', { parents: ['a', 'b'] }), 'feat: x'])
    expect(r.entries.map((e) => e.commit.header)).toEqual(['feat: x'])
  })

  test('RevertTargets: only commits added after a revert are its targets, as positions among the kept commits', () => {
    const targets = new RevertTargets()
    const add = (i: number, header: string, extra: object = {}): void =>
      targets.add(i, { header, sha: `${i}`.padStart(40, '0'), pr: undefined, reverts: undefined, ...extra })
    add(0, 'feat: x (#2)') // newer than the revert: not a target
    add(1, 'Revert "feat: x"', { reverts: { header: 'feat: x', pr: 2, sha: '0000000' } })
    add(2, 'feat: x (#2)', { pr: 2 })
    add(3, 'chore: y')
    add(4, 'feat: x')
    const index = targets.index(Int32Array.from([0, 1, 3, 4])) // commit 2 left out (skipped by label, say)
    expect([...index.byHeader]).toEqual([['feat: x', [3]]])
    expect([...index.byPr]).toEqual([[2, []]])
    expect([...index.bySha]).toEqual([['0000000', [2, 3]]])
  })

  test('plain merge commits are left out, PR merges are listed', () => {
    const r = run([
      raw("Merge branch 'x'", { parents: ['a', 'b'] }),
      raw('Merge pull request #4 from a/b\n\nfix: y', { parents: ['c', 'd'] }),
    ])
    expect(r.merges).toBe(1)
    expect(r.entries.map((e) => e.commit.pr)).toEqual([4])
  })
})

describe('compareKeys', () => {
  test('orders section keys exactly as localeCompare does, without building a collator', () => {
    const keys = [
      'wip',
      'build-deps',
      'build_deps',
      'build',
      'b2',
      'b-2',
      'b_2',
      'z',
      'a',
      '_x',
      '-x',
      '0day',
      'deps-dev',
      'deps',
      'x-1',
      'x_1',
      'x1',
      'äpfel',
      'Zed',
      'zed',
    ]
    for (const a of keys)
      for (const b of keys) expect([a, b, Math.sign(compareKeys(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b))])
  })
})

describe('engine: labels', () => {
  const pull = (n: number, labels: string[], title = `PR ${n}`): PullInfo => ({
    number: n,
    title,
    labels,
    author: 'octo',
  })
  const map = (e: ChangelogEngine, byIndex: Record<number, PullInfo>) =>
    new Map(Object.entries(byIndex).map(([i, p]) => [e.parsed()[Number(i)]!.sha, p]))

  test.each([
    { name: 'semver:major label forces major', source: 'both', labels: ['semver:major'], type: 'major' },
    { name: 'label section beats commit type', source: 'both', labels: ['enhancement'], type: 'minor' },
    { name: 'labels ignored with source commits', source: 'commits', labels: ['semver:major'], type: 'patch' },
    { name: 'skip label drops the commit', source: 'both', labels: ['skip-changelog', 'semver:major'], type: 'none' },
  ] as const)('$name', ({ source, labels, type }) => {
    const r = run(['fix: a (#1)'], { source, skipLabel: 'skip-changelog' }, (e) => map(e, { 0: pull(1, [...labels]) }))
    expect(r.releaseType).toBe(type)
  })

  test('a custom label map adds a section', () => {
    const labelMap = parseLabelMap({ Security: ['security-fix'], Features: 'shiny' })
    const r = run(['chore: a (#1)', 'chore: b (#2)'], { source: 'both', labelMap }, (e) =>
      map(e, { 0: pull(1, ['security-fix']), 1: pull(2, ['shiny']) }),
    )
    expect(r.entries.map((e) => e.section.title)).toEqual(['Security', 'Features'])
    expect(r.releaseType).toBe('minor')
  })

  test.each([
    { name: 'not a mapping', value: 'nope', error: /Input 'label-map': '"nope"' is not a mapping/ },
    { name: 'empty list', value: { Features: [] }, error: /must map the section 'Features' to a label/ },
    { name: 'number label', value: { Features: [1] }, error: /must map the section 'Features'/ },
    { name: 'list without title', value: [{ labels: ['x'] }], error: /entry 1 has no 'title'/ },
  ])('label map: $name', ({ value, error }) => expect(() => parseLabelMap(value)).toThrow(error))

  test('release-drafter categories form', () => {
    expect([
      ...parseLabelMap({
        categories: [
          { title: 'Fixes', labels: ['bug'] },
          { title: 'Docs', label: 'docs' },
        ],
      }),
    ]).toEqual([
      ['Fixes', ['bug']],
      ['Docs', ['docs']],
    ])
  })
})

describe('documents', () => {
  const links = new Links({ server: 'https://gh.example', repo: 'o/r' })
  const heading = { version: '2.0.0', fromTag: 'v1.0.0', toTag: 'v2.0.0', date: '2026-01-02' }

  test('changelog groups by section and scope with links and authors', () => {
    const r = run([
      'feat(b): bee (#5)\n\nCloses #4',
      'chore: tidy',
      'feat(a): ay',
      'feat!: drop old\n\nBREAKING CHANGE: use new()',
    ])
    const md = renderChangelog(r, heading, links)
    expect(md).toContain('## [2.0.0](https://gh.example/o/r/compare/v1.0.0...v2.0.0) (2026-01-02)')
    expect(md).toMatch(/### ⚠ BREAKING CHANGES\n\n\* use new\(\) \(\[\w{7}\]/)
    const feats = md.slice(md.indexOf('### Features'), md.indexOf('### Chores'))
    expect(feats.indexOf('drop old')).toBeLessThan(feats.indexOf('**a:** ay'))
    expect(feats.indexOf('**a:** ay')).toBeLessThan(feats.indexOf('**b:** bee'))
    expect(md).toMatch(
      /\*\*b:\*\* bee \(\[\w{7}\]\(https:\/\/gh\.example\/o\/r\/commit\/\w{40}\), \[#5\]\(https:\/\/gh\.example\/o\/r\/pull\/5\)\), closes \[#4\]\(https:\/\/gh\.example\/o\/r\/issues\/4\) — Ada/,
    )
  })

  test('the changelog in parts (what the CLI streams) is the same document, cut at line ends', () => {
    const r = run([
      'feat(b): bee (#5)\n\nCloses #4',
      'chore: tidy',
      'feat(a): ay',
      'feat!: drop old\n\nBREAKING CHANGE: use new()',
      'fix: one',
      'fix: two',
    ])
    const parts = [...changelogParts(r, heading, links, 80)]
    expect(parts.length).toBeGreaterThan(3)
    expect(parts.join('')).toBe(renderChangelog(r, heading, links))
    for (const p of parts) expect(p.endsWith('\n')).toBe(true)
    expect([...changelogParts(r, heading, links)]).toEqual([renderChangelog(r, heading, links)])
  })

  test('release notes: breaking first with migration text, PR titles, no chores, deprecations, new contributors', () => {
    const r = run(
      [
        'chore: tidy',
        'fix: bar (#7)',
        'feat: thing\n\nDEPRECATED: old() goes in 3.0',
        'feat(api)!: rename\n\nBREAKING CHANGE: rename `a` to `b`.\nSee the guide.',
      ],
      {},
      (e) =>
        new Map([
          [
            e.parsed()[1]!.sha,
            { number: 7, title: 'fix(ui): the bar no longer flickers', labels: [], author: 'newbie' },
          ],
        ]),
    )
    const md = renderReleaseNotes(r, heading, links, {
      includeTypes: ['feat', 'fix', 'perf', 'deprecations'],
      newContributors: newContributors(r.entries, new Set(['ada@example.com'])),
    })
    expect(md.indexOf('## ⚠️ Breaking changes')).toBe(0)
    expect(md).toContain('- **api:** Rename ([')
    expect(md).toContain('  rename `a` to `b`.\n  See the guide.')
    expect(md).toContain('- **ui:** The bar no longer flickers ([#7](https://gh.example/o/r/pull/7))')
    expect(md).toContain('## Deprecations\n\n- Thing ([')
    expect(md).not.toContain('tidy')
    expect(md).not.toContain('## New contributors')
  })

  test('new contributors are those not seen before the range', () => {
    const r = run([
      raw('fix: b', { authorEmail: 'new@x.io', authorName: 'Neo' }),
      raw('fix: a', { authorEmail: 'new@x.io', authorName: 'Neo' }),
      'fix: old hand',
      raw('chore: deps', { authorName: 'renovate[bot]', authorEmail: 'bot@x' }),
    ])
    const n = newContributors(r.entries, new Set(['ada@example.com']))
    expect(n.map((x) => [x.name, x.first.subject])).toEqual([['Neo', 'a']])
  })

  test('nothing user-facing says so', () => {
    const md = renderReleaseNotes(run(['chore: a']), heading, new Links({}), {
      includeTypes: ['feat'],
      newContributors: [],
    })
    expect(md).toBe('_No user-facing changes in 2.0.0._\n')
  })

  test('summary explains the 0.x rule when a breaking change bumps minor', () => {
    const md = buildSummary(run(['feat!: drop x'], { previous: '0.3.0' }), { to: 'HEAD' }, links).toString()
    expect(md).toContain('## Changelog: `0.3.0` → `0.4.0`')
    expect(md).toContain('below 1.0.0 a breaking change bumps minor')
  })

  test('summary explains the bump and lists non-conventional commits', () => {
    const md = buildSummary(run(['feat: a', 'Oops typo']), { from: 'v1.0.0', to: 'HEAD' }, links).toString()
    expect(md).toContain('## Changelog: `1.0.0` → `1.1.0`')
    expect(md).toMatch(/\*\*minor\*\* bump \(minor\) caused by 1 commit:/)
    expect(md).toContain('### Non-conventional commits (1)')
    expect(md).toContain('| Features | 1 |')
  })
})

describe('PR merge commits', () => {
  test('commits brought in by a PR merge are described once in the notes and inherit its labels', () => {
    const base0 = raw('feat: base')
    const side = raw('fix: inner detail', { parents: [base0.sha] })
    const main1 = raw('docs: main work', { parents: [base0.sha] })
    const merge = raw('Merge pull request #9 from me/x\n\nfix: the PR title', { parents: [main1.sha, side.sha] })
    const e = new ChangelogEngine()
    for (const c of [merge, main1, side, base0]) e.add(c)
    e.attachPulls(new Map([[merge.sha, { number: 9, title: 'Fix the thing', labels: ['skip-changelog'] }]]))
    const skipped = e.finish({ ...base, source: 'both', skipLabel: 'skip-changelog', tip: merge.sha })
    expect(skipped.skipped.map((c) => c.subject)).toEqual(['the PR title', 'inner detail'])
    const e2 = new ChangelogEngine()
    for (const c of [merge, main1, side, base0]) e2.add(c)
    const r = e2.finish({ ...base, tip: merge.sha })
    expect(r.entries.find((x) => x.commit.subject === 'inner detail')?.commit.partOf).toBe(9)
    const md = renderReleaseNotes(r, { version: '1.1.0', toTag: 'v1.1.0', date: '2026-01-01' }, new Links({}), {
      includeTypes: ['feat', 'fix'],
      newContributors: [],
    })
    expect(md).toContain('The PR title (#9)')
    expect(md).not.toContain('inner detail')
    expect(renderChangelog(r, { version: '1.1.0', toTag: 'v1.1.0', date: '2026-01-01' }, new Links({}))).toContain(
      'inner detail',
    )
  })

  test('members: false (no release notes) skips marking PR members; the changelog is the same', () => {
    const base0 = raw('feat: base')
    const side = raw('fix: inner detail', { parents: [base0.sha] })
    const main1 = raw('docs: main work', { parents: [base0.sha] })
    const merge = raw('Merge pull request #9 from me/x\n\nfix: the PR title', { parents: [main1.sha, side.sha] })
    const heading = { version: '1.1.0', toTag: 'v1.1.0', date: '2026-01-01' }
    const results = [true, false].map((members) => {
      const e = new ChangelogEngine()
      for (const c of [merge, main1, side, base0]) e.add(c)
      return e.finish({ ...base, tip: merge.sha, members })
    })
    const [marked, unmarked] = results.map((r) => r?.entries.find((x) => x.commit.subject === 'inner detail'))
    expect([marked?.commit.partOf, unmarked?.commit.partOf]).toEqual([9, undefined])
    const [a, b] = results.map((r) => r && renderChangelog(r, heading, new Links({ repo: 'acme/app' })))
    expect(b).toBe(a)
  })
})
