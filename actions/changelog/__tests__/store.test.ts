import { describe, expect, test } from '@jest/globals'
import { EntryList, LazyList } from '../src/domain/lists.js'
import { createMessageParser } from '../src/domain/parse.js'
import { defaultSections } from '../src/domain/sections.js'
import { CommitStore } from '../src/domain/store.js'
import { ownCopy } from '../src/domain/text.js'
import type { ParsedCommit } from '../src/domain/types.js'
import { raw } from './helpers.js'

const parse = createMessageParser()

const messages = [
  'feat(api): add x (#12)',
  'fix: handle null\n\nCloses #3, #4',
  'Update README',
  'refactor!: drop y\n\nBREAKING CHANGE: use z\nDEPRECATED: old w',
  'Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
  'Merge pull request #9 from a/b\n\nfeat: the PR title',
  'fix(ünïcode): ✨ emoji and 中文 in the subject',
  'docs: a lone surrogate \ud800 survives',
  `chore: ${'long '.repeat(140_000)}`,
]

function stored(commits: ParsedCommit[]): CommitStore {
  const store = new CommitStore()
  for (const c of commits) store.add(c)
  return store
}

describe('CommitStore', () => {
  test('gives back every commit as the parser made it (ASCII, UTF-8, lone surrogates, a record over a chunk)', () => {
    const commits = messages.map((m, i) =>
      parse(
        raw(m, {
          parents: i === 5 ? ['a'.repeat(40), 'b'.repeat(40)] : i === 2 ? [] : ['c'.repeat(40)],
          authorName: i % 2 ? 'Zoë' : 'Ada',
          authorEmail: i % 2 ? 'zoe@example.com' : 'ada@example.com',
        }),
      ),
    )
    const store = stored(commits)
    expect(store.size).toBe(commits.length)
    commits.forEach((c, i) => expect(store.commit(i)).toEqual(c))
    expect(store.commit(7).subject).toBe('a lone surrogate \ud800 survives')
    expect(store.commit(8).header.length).toBeGreaterThan(512 * 1024)
  })

  test('a subject that is not part of the header is kept as text of its own', () => {
    const c: ParsedCommit = { ...parse(raw('feat: x')), subject: 'something else' }
    expect(stored([c]).commit(0)).toEqual(c)
  })

  test('fields read one at a time; partOf and pull set later show in the commit', () => {
    const store = stored(messages.slice(0, 6).map((m) => parse(raw(m))))
    expect([store.type(0), store.scope(0), store.pr(0), store.breaking(3), store.merge(5)]).toEqual([
      'feat',
      'api',
      12,
      true,
      true,
    ])
    expect([store.type(2), store.scope(2), store.pr(2), store.partOf(1)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(store.notes(3).map((n) => n.title)).toEqual(['BREAKING CHANGE', 'DEPRECATED'])
    expect([...store.revertIndices()]).toEqual([4])
    store.setPartOf(1, 9)
    const pull = { number: 9, title: 't', labels: ['bug'] }
    store.setPull(1, pull)
    expect(store.commit(1)).toMatchObject({ partOf: 9, pull, issues: [3, 4] })
  })
})

describe('ownCopy', () => {
  test('is the same text (made anew: it does not hold the string it was cut from)', () => {
    const record = `${'a'.repeat(40)}\x1f${'message '.repeat(1000)}`
    for (const s of [record.slice(0, 40), '', 'é→😀', record]) expect(ownCopy(s)).toBe(s)
  })
})

describe('lists', () => {
  test('a LazyList reads like a read-only array', () => {
    const items = ['a', 'b', 'c', 'd']
    const list = new LazyList(items.length, (i) => items[i] as string)
    const even = (_: string, i: number): boolean => i % 2 === 0
    expect([...list]).toEqual(items)
    expect([list.at(0), list.at(-1), list.at(4)]).toEqual(['a', 'd', undefined])
    expect(list.map((x, i) => `${x}${i}`)).toEqual(items.map((x, i) => `${x}${i}`))
    expect(list.filter(even)).toEqual(items.filter(even))
    expect([list.find((x) => x > 'a'), list.some((x) => x === 'c'), list.every((x) => x < 'e')]).toEqual([
      'b',
      true,
      true,
    ])
    expect([list.slice(1, 3), list.slice(-2), list.slice()]).toEqual([
      items.slice(1, 3),
      items.slice(-2),
      items.slice(),
    ])
  })

  test('EntryList: entries made from the store, subsets and counts per section', () => {
    const store = stored(['feat: a', 'fix: b', 'feat: c'].map((m) => parse(raw(m))))
    const [feat, fix] = defaultSections()
    const list = EntryList.of(store, [0, 1, 2], [feat!, fix!, feat!], ['minor', 'patch', 'minor'])
    expect(list.map((e) => [e.commit.subject, e.section.key, e.impact])).toEqual([
      ['a', 'feat', 'minor'],
      ['b', 'fix', 'patch'],
      ['c', 'feat', 'minor'],
    ])
    const minor = list.where((k) => list.impact(k) === 'minor')
    expect(minor.map((e) => e.commit.subject)).toEqual(['a', 'c'])
    expect([...list.counts()].map(([s, n]) => [s.key, n])).toEqual([
      ['feat', 2],
      ['fix', 1],
    ])
  })

  test('inDocumentOrder: by section (in the given order), then scope (unscoped first), then as read', () => {
    const store = stored(
      ['feat(b): 1', 'fix: 2', 'feat: 3', 'feat(a): 4', 'feat(b): 5', 'wip: 6'].map((m) => parse(raw(m))),
    )
    const [feat, fix] = defaultSections()
    const wip = { key: 'wip', title: 'Wip', types: ['wip'], labels: [], impact: 'none' as const }
    const list = EntryList.of(store, [0, 1, 2, 3, 4, 5], [feat!, fix!, feat!, feat!, feat!, wip], Array(6).fill('none'))
    const subjects = (order: Int32Array): string[] => [...order].map((k) => store.commit(list.id(k)).subject)
    expect(subjects(list.inDocumentOrder([fix!, feat!, wip]))).toEqual(['2', '3', '4', '1', '5', '6'])
    expect(subjects(list.inDocumentOrder([feat!]))).toEqual(['3', '4', '1', '5']) // sections not listed are left out
  })
})
