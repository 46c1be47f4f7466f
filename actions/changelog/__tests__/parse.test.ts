import { describe, expect, test } from '@jest/globals'
import { CommitParser } from 'conventional-commits-parser'
import { createMessageParser } from '../src/domain/parse.js'
import { raw } from './helpers.js'

const parse = createMessageParser()

describe('parse', () => {
  test.each([
    { name: 'plain feat', msg: 'feat: add x', type: 'feat', scope: undefined, subject: 'add x', breaking: false },
    {
      name: 'scoped fix',
      msg: 'fix(api): handle null',
      type: 'fix',
      scope: 'api',
      subject: 'handle null',
      breaking: false,
    },
    {
      name: 'bang',
      msg: 'feat!: drop node 18',
      type: 'feat',
      scope: undefined,
      subject: 'drop node 18',
      breaking: true,
    },
    {
      name: 'scoped bang',
      msg: 'fix(api)!: rename field',
      type: 'fix',
      scope: 'api',
      subject: 'rename field',
      breaking: true,
    },
    { name: 'upper-case type', msg: 'Feat(ui): shiny', type: 'feat', scope: 'ui', subject: 'shiny', breaking: false },
    {
      name: 'footer BREAKING CHANGE',
      msg: 'refactor: x\n\nBREAKING CHANGE: call y() instead',
      type: 'refactor',
      scope: undefined,
      subject: 'x',
      breaking: true,
    },
    {
      name: 'footer BREAKING-CHANGE',
      msg: 'feat: x\n\nbody\n\nBREAKING-CHANGE: migrate',
      type: 'feat',
      scope: undefined,
      subject: 'x',
      breaking: true,
    },
    {
      name: 'not conventional',
      msg: 'Update README.md',
      type: undefined,
      scope: undefined,
      subject: 'Update README.md',
      breaking: false,
    },
    {
      name: 'no space after colon',
      msg: 'fix:typo',
      type: undefined,
      scope: undefined,
      subject: 'fix:typo',
      breaking: false,
    },
  ])('$name', ({ msg, type, scope, subject, breaking }) => {
    const c = parse(raw(msg))
    expect(c.type).toBe(type)
    expect(c.scope).toBe(scope)
    expect(c.subject).toBe(subject)
    expect(c.breaking).toBe(breaking)
  })

  test('migration text from the breaking footer is kept', () => {
    const c = parse(
      raw(
        'feat(core)!: new config\n\nLong body.\n\nBREAKING CHANGE: `foo` is now `bar`.\nRename it in your config.\nCloses #12',
      ),
    )
    expect(c.notes).toEqual([{ title: 'BREAKING CHANGE', text: '`foo` is now `bar`.\nRename it in your config.' }])
    expect(c.issues).toEqual([12])
  })

  test.each([
    {
      name: 'squash PR number',
      msg: 'fix(ssr): normalize states (#13125)',
      pr: 13125,
      issues: [],
      subject: 'normalize states',
    },
    {
      name: 'closes and fixes',
      msg: 'fix: a (#5)\n\nCloses #12, fixes #13\nclose #14',
      pr: 5,
      issues: [12, 13, 14],
      subject: 'a',
    },
    { name: 'other repo refs ignored', msg: 'fix: b\n\nfixes other/repo#9', pr: undefined, issues: [], subject: 'b' },
    {
      name: 'GitHub merge commit',
      msg: 'Merge pull request #77 from me/branch\n\nfeat(ui): dark mode',
      pr: 77,
      issues: [],
      subject: 'dark mode',
    },
  ])('$name', ({ msg, pr, issues, subject }) => {
    const c = parse(raw(msg, { parents: msg.startsWith('Merge') ? ['a', 'b'] : ['a'] }))
    expect(c.pr).toBe(pr)
    expect(c.issues).toEqual(issues)
    expect(c.subject).toBe(subject)
  })

  test('a merge commit takes its type from the PR title and is marked as a merge', () => {
    const c = parse(raw('Merge pull request #77 from me/branch\n\nfeat(ui): dark mode', { parents: ['a', 'b'] }))
    expect(c).toMatchObject({ merge: true, type: 'feat', scope: 'ui', pr: 77 })
    const plain = parse(raw("Merge branch 'main' into next", { parents: ['a', 'b'] }))
    expect(plain.merge).toBe(true)
    expect(plain.type).toBeUndefined()
  })

  test.each([
    {
      name: 'git revert',
      msg: 'Revert "feat: x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.',
      reverts: { header: 'feat: x', sha: '0123456789abcdef0123456789abcdef01234567' },
    },
    {
      name: 'GitHub revert PR',
      msg: 'Revert "fix(core): y (#10)" (#11)\n\nReverts #10',
      reverts: { header: 'fix(core): y (#10)', pr: 10 },
    },
    {
      name: 'conventional revert',
      msg: 'revert: feat(a): z\n\nThis reverts commit abcdef1.',
      reverts: { header: 'feat(a): z', sha: 'abcdef1' },
    },
  ])('$name', ({ msg, reverts }) => {
    const c = parse(raw(msg))
    expect(c.type).toBe('revert')
    expect(c.reverts).toEqual(reverts)
  })

  test('deprecation footers are notes but not breaking', () => {
    const c = parse(raw('feat: new api\n\nDEPRECATED: old() will go in 3.0, use new()'))
    expect(c.breaking).toBe(false)
    expect(c.notes).toEqual([{ title: 'DEPRECATED', text: 'old() will go in 3.0, use new()' }])
  })
})

describe('fast path gives what the parser gives', () => {
  const parser = new CommitParser({
    headerPattern: /^(\w[\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (.+)$/,
    headerCorrespondence: ['type', 'scope', 'bang', 'subject'],
  })
  test.each([
    { name: 'one line', msg: 'fix(a): b' },
    { name: 'one line with PR', msg: 'feat: c (#12)' },
    { name: 'with a plain body', msg: 'perf(x): y\n\nfaster by caching\nsecond line' },
    { name: 'not conventional', msg: 'Tidy up\n\nmore words' },
    {
      name: 'references deep in a long body',
      msg: 'fix(x): y (#9)\n\n* one\n* two, see #3\n\nclose #12\nfixes #13, #14',
    },
    { name: 'a meta field line', msg: 'fix: y\n\n-meta-\ncloses #4' },
    {
      name: 'simple reference lines',
      msg: 'fix: y (#20)\n\nlong text\nCloses #1, #2\nfix #3 and #4\nresolved #5.\nclose #20',
    },
    { name: 'a reference line that is not simple', msg: 'fix: y\n\nclose #1\nsee #2 (related to #1)' },
  ])('$name', ({ msg }) => {
    const slowParse = createMessageParser({ fast: false })
    expect(parse(raw(msg, { sha: 'a'.repeat(40) }))).toEqual(slowParse(raw(msg, { sha: 'a'.repeat(40) })))
    const slow = parser.parse(msg)
    expect(parse(raw(msg)).type).toBe(slow.type ?? undefined)
  })

  test('a squash suffix before trailing spaces is cut from the subject too', () => {
    const c = parse(raw('feat: add thing (#12)  \n\nbody'))
    expect([c.subject, c.pr, c.header]).toEqual(['add thing', 12, 'feat: add thing (#12)'])
    expect(parse(raw('Update docs (#7) \n\nx')).subject).toBe('Update docs')
  })
})
