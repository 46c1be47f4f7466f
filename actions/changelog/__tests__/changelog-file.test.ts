import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { headingVersion, prependRelease } from '../src/domain/changelog-file.js'

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'changelog', 'real')
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8')
/** A section as renderChangelog makes it. */
const section = (v: string, body = 'new text'): string =>
  `## [${v}](https://github.com/o/r/compare/v0...v${v}) (2026-12-07)\n\n### Bug Fixes\n\n* ${body}\n`
const headingsOf = (text: string): string[] => text.split('\n').filter((l) => /^#{1,6} /.test(l))

describe('headingVersion', () => {
  test.each([
    { name: 'changelogen', line: '## v0.6.2', version: '0.6.2' },
    { name: 'keep a changelog', line: '## [1.1.1] - 2023-03-05', version: '1.1.1' },
    {
      name: 'release-please / conventional-changelog',
      line: '## [17.11.1](https://github.com/x/y/compare/v17.11.0...v17.11.1) (2026-07-31)',
      version: '17.11.1',
    },
    { name: 'plain with date', line: '## 1.6.3 (2024-01-02)', version: '1.6.3' },
    { name: 'changesets', line: '## 3.0.1', version: '3.0.1' },
    {
      name: 'vite patch in <small>',
      line: '## <small>[8.2.2](https://github.com/vitejs/vite/compare/v8.2.1...v8.2.2) (2026-08-20)</small>',
      version: '8.2.2',
    },
    { name: 'pre-release', line: '## [8.2.0-beta.0](u) (2026-07-22)', version: '8.2.0-beta.0' },
    { name: 'level 1 major (angular)', line: '# [2.0.0](u) (2020-01-01)', version: '2.0.0' },
    { name: '"Version" word', line: '### Version 1.2.3', version: '1.2.3' },
    { name: 'Unreleased is not a version', line: '## [Unreleased]', version: undefined },
    { name: 'a section title is not a version', line: '### Bug Fixes', version: undefined },
    { name: 'a version later in the text is not a version heading', line: '## Upgrading to 2.0.0', version: undefined },
    { name: 'not a heading', line: '1.2.3 (2024-01-01)', version: undefined },
  ])('$name', ({ line, version }) => expect(headingVersion(line)).toBe(version))
})

describe('prependRelease on real changelogs', () => {
  test.each([
    { file: 'changelogen.md', title: ['# Changelog'], first: '## v0.6.2' },
    { file: 'keep-a-changelog.md', title: ['# Changelog', '## [Unreleased]'], first: '## [2.0.0] - 2026-06-07' },
    {
      file: 'release-please.md',
      title: ['# Changelog'],
      first: '## [17.11.1](https://github.com/googleapis/release-please/compare/v17.11.0...v17.11.1) (2026-07-31)',
    },
    {
      file: 'vite.md',
      title: [],
      first: '## <small>[8.2.2](https://github.com/vitejs/vite/compare/v8.2.1...v8.2.2) (2026-08-20)</small>',
    },
    { file: 'changesets-cli.md', title: ['# @changesets/cli'], first: '## 3.0.1' },
  ])(
    '$file: a new version goes above the first version section, after the title and intro; the rest is untouched',
    ({ file, title, first }) => {
      const before = read(file)
      const after = prependRelease(before, '99.0.0', section('99.0.0'))
      const heads = headingsOf(after)
      expect(heads.slice(0, title.length + 2)).toEqual([
        ...title,
        '## [99.0.0](https://github.com/o/r/compare/v0...v99.0.0) (2026-12-07)',
        '### Bug Fixes',
      ])
      expect(heads[title.length + 2]).toBe(first)
      // Everything that was there is still there, in order: taking the section out gives the file back.
      expect(after.replace(`${section('99.0.0')}\n`, '')).toBe(before.endsWith('\n') ? before : `${before}\n`)
      expect(prependRelease(after, '99.0.0', section('99.0.0'))).toBe(after)
    },
  )

  test.each([
    { file: 'changelogen.md', version: '0.6.2', next: '## v0.6.1' },
    { file: 'keep-a-changelog.md', version: '2.0.0', next: '## [1.1.2] - 2024-09-27' },
    {
      file: 'release-please.md',
      version: '17.11.1',
      next: '## [17.11.0](https://github.com/googleapis/release-please/compare/v17.10.4...v17.11.0) (2026-07-28)',
    },
    {
      file: 'vite.md',
      version: '8.2.2',
      next: '## <small>[8.2.1](https://github.com/vitejs/vite/compare/v8.2.0...v8.2.1) (2026-08-06)</small>',
    },
    { file: 'changesets-cli.md', version: '3.0.1', next: '## 3.0.0' },
  ])('$file: the existing $version section is replaced in place, not duplicated', ({ file, version, next }) => {
    const before = read(file)
    const after = prependRelease(before, version, section(version, 'rewritten'))
    const versions = headingsOf(after).map(headingVersion).filter(Boolean)
    expect(versions.filter((v) => v === version)).toHaveLength(1)
    expect(versions).toEqual(headingsOf(before).map(headingVersion).filter(Boolean))
    expect(after).toContain(`${section(version, 'rewritten')}\n${next}\n`)
    expect(after.slice(after.indexOf(`${next}\n`))).toBe(before.slice(before.indexOf(`${next}\n`)))
  })

  test('keep-a-changelog: replacing the last section keeps the link references at the end', () => {
    const before = read('keep-a-changelog.md')
    const after = prependRelease(before, '1.1.1', section('1.1.1', 'rewritten'))
    expect(
      after.endsWith(
        `* rewritten\n\n[unreleased]: https://github.com/olivierlacan/keep-a-changelog/compare/v2.0.0...HEAD\n[2.0.0]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.1.2...v2.0.0\n[1.1.2]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.1.1...v1.1.2\n[1.1.1]: https://github.com/olivierlacan/keep-a-changelog/compare/v1.1.0...v1.1.1\n`,
      ),
    ).toBe(true)
  })
})

describe('prependRelease', () => {
  test.each([
    { name: 'empty file gets a title', existing: '', out: '# Changelog\n\n## 1.1.0\n' },
    {
      name: 'title and intro only: after the intro',
      existing: '# Changes\n\nAll notable changes.\n',
      out: '# Changes\n\nAll notable changes.\n\n## 1.1.0\n',
    },
    { name: 'no title: on top', existing: '## 1.0.0\n', out: '## 1.1.0\n\n## 1.0.0\n' },
    {
      name: 'level-1 versions: the section moves up a level',
      existing: '# 1.0.0\n\n## Fixes\n',
      out: '# 1.1.0\n\n# 1.0.0\n\n## Fixes\n',
    },
    {
      name: 'angular anchor line stays with its section',
      existing: '<a name="1.0.0"></a>\n## 1.0.0\n',
      out: '## 1.1.0\n\n<a name="1.0.0"></a>\n## 1.0.0\n',
    },
    {
      name: 'a heading inside a code block is not a section',
      existing: '# C\n\n```\n## 1.0.0\n```\n',
      out: '# C\n\n```\n## 1.0.0\n```\n\n## 1.1.0\n',
    },
    {
      name: 'CRLF files stay CRLF',
      existing: '# C\r\n\r\n## 1.0.0\r\n',
      out: '# C\r\n\r\n## 1.1.0\r\n\r\n## 1.0.0\r\n',
    },
    {
      name: 'v-prefixed heading for the same version is replaced',
      existing: '# C\n\n## v1.1.0\n\nold\n\n## v1.0.0\n',
      out: '# C\n\n## 1.1.0\n\n## v1.0.0\n',
    },
    {
      name: 'older Shipline marker blocks: markers dropped, section replaced',
      existing:
        '# Changelog\n\n<!-- shipline:changelog 1.1.0 -->\n## [1.1.0](u) (2026-01-01)\nold\n<!-- /shipline:changelog 1.1.0 -->\n\n## 1.0.0\n',
      out: '# Changelog\n\n## 1.1.0\n\n## 1.0.0\n',
    },
    {
      name: 'duplicates an older tool left are merged into one',
      existing: '## 1.1.0\na\n\n## 1.1.0\nb\n\n## 1.0.0\n',
      out: '## 1.1.0\n\n## 1.0.0\n',
    },
  ])('$name', ({ existing, out }) => expect(prependRelease(existing, '1.1.0', '## 1.1.0\n')).toBe(out))

  test('running twice for the same version replaces, not duplicates', () => {
    const once = prependRelease('# Changelog\n\n## 1.0.0\n', '1.1.0', '## 1.1.0\nfirst\n')
    const twice = prependRelease(once, '1.1.0', '## 1.1.0\nsecond\n')
    expect(twice).toBe(once.replace('first', 'second'))
    expect(prependRelease(twice, '1.1.0', '## 1.1.0\nsecond\n')).toBe(twice)
  })
})
