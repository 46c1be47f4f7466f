import { describe, expect, test } from '@jest/globals'
import {
  blocking,
  changelogItem,
  checkItems,
  checkStates,
  checklistRows,
  docsItem,
  hasFeatures,
  keepWaiting,
  milestoneItem,
  notesItem,
  pollInterval,
  previousTag,
  progressLine,
} from '../src/domain/gate.js'
import {
  advisoryItem,
  affectedComponents,
  fromPurl,
  inRange,
  licenseDenied,
  licenseItem,
  parseOsv,
  parseSbom,
  unknownLicenseId,
} from '../src/domain/sbom.js'

const SHA = 'abcdef1234567890abcdef1234567890abcdef12'

describe('required checks', () => {
  const runs = [
    { name: 'build', status: 'completed', conclusion: 'success', link: 'https://ci/1' },
    { name: 'lint', status: 'completed', conclusion: 'skipped' },
    { name: 'e2e', status: 'in_progress', conclusion: null },
    { name: 'unit', status: 'completed', conclusion: 'timed_out', link: 'https://ci/4' },
  ]
  const statuses = [
    { context: 'ci/jenkins', state: 'error', link: 'https://jenkins/9' },
    { context: 'deploy/preview', state: 'pending' },
    { context: 'build', state: 'failure' },
  ]

  test('a check run wins over a status of the same name; neutral/skipped pass; missing is not yet reported', () => {
    const states = checkStates(['build', 'lint', 'e2e', 'unit', 'ci/jenkins', 'deploy/preview', 'sast'], runs, statuses)
    expect(states.map((s) => [s.name, s.state])).toEqual([
      ['build', 'success'],
      ['lint', 'success'],
      ['e2e', 'pending'],
      ['unit', 'failure'],
      ['ci/jenkins', 'failure'],
      ['deploy/preview', 'pending'],
      ['sast', 'missing'],
    ])
    expect(states[4]?.link).toBe('https://jenkins/9')
  })

  test('waits only while something is pending and nothing failed, within the timeout', () => {
    const pending = checkStates(['build', 'e2e'], runs, [])
    expect(keepWaiting(pending, 1_000, 60_000)).toBe(true)
    expect(keepWaiting(pending, 60_000, 60_000)).toBe(false)
    expect(keepWaiting(checkStates(['e2e', 'unit'], runs, []), 0, 60_000)).toBe(false)
    expect(keepWaiting(checkStates(['build'], runs, []), 0, 60_000)).toBe(false)
    expect(progressLine(pending, '5s', '1m')).toBe(
      '1 of 2 required checks done; waiting for e2e (check run: in_progress) — 5s of 1m',
    )
    expect([pollInterval(5_000), pollInterval(600_000), pollInterval(6 * 3600_000)]).toEqual([1_000, 15_000, 15_000])
  })

  test('items name the check, the commit and the link; a pending one after the timeout fails saying so', () => {
    const items = checkItems(checkStates(['build', 'unit', 'e2e'], runs, []), SHA, '10m')
    expect(items.map((i) => [i.item, i.result, i.detail, i.link])).toEqual([
      ['Check: build', 'passed', 'check run: success on abcdef1', 'https://ci/1'],
      ['Check: unit', 'failed', 'check run: timed_out on abcdef1', 'https://ci/4'],
      ['Check: e2e', 'failed', 'check run: in_progress on abcdef1, still not done after 10m', undefined],
    ])
    expect(blocking(items).map((i) => i.item)).toEqual(['Check: unit', 'Check: e2e'])
  })
})

describe('notes, changelog, docs, milestone', () => {
  test('notes must have words; an optional item that fails is a warning, not a block', () => {
    expect(notesItem(' \n ', true).result).toBe('failed')
    expect(notesItem('## Fixes\n- a', true)).toMatchObject({ result: 'passed', detail: '4 words' })
    const optional = notesItem('', false)
    expect(blocking([optional])).toEqual([])
    expect(checklistRows([optional])[0]).toEqual([
      'Release notes',
      'no',
      '⚠️ warning: the release notes are empty (notes / notes-file)',
      '',
    ])
  })

  test('the previous version is the highest version tag below this one (prereleases only for a prerelease)', () => {
    const tags = ['v2.0.0', 'v1.10.0', 'v1.9.3', 'v1.10.1-rc.1', 'nightly', '1.2.0']
    expect(previousTag(tags, '1.10.1')).toBe('v1.10.0')
    expect(previousTag(tags, '1.10.1-rc.2')).toBe('v1.10.1-rc.1')
    expect(previousTag(tags, '1.9.4')).toBe('v1.9.3')
    expect(previousTag(tags, '1.0.0')).toBeUndefined()
  })

  test('changelog and docs are judged on the files changed in the range', () => {
    const range = {
      base: 'v1.0.0',
      head: SHA,
      files: ['src/a.ts', 'CHANGELOG.md', 'docs/guide/intro.md'],
      link: 'https://gh/compare',
    }
    expect(changelogItem('CHANGELOG.md', range)).toMatchObject({ result: 'passed', link: 'https://gh/compare' })
    expect(changelogItem('CHANGES.md', range)).toMatchObject({
      result: 'failed',
      detail: 'not changed since v1.0.0 (3 files changed)',
    })
    expect(changelogItem('CHANGELOG.md', { head: SHA, files: [] }).result).toBe('skipped')
    expect(docsItem(['docs/**'], range, true)).toMatchObject({
      result: 'passed',
      detail: '1 file(s) under docs/** changed',
    })
    expect(docsItem(['README.md'], range, true).result).toBe('failed')
    expect(docsItem(['README.md'], range, false)).toMatchObject({ result: 'skipped', required: false })
  })

  test('features: inputs decide, auto reads a Features heading in the notes', () => {
    expect(hasFeatures('auto', '## [1.2.0]\n\n### Features\n\n- x')).toBe(true)
    expect(hasFeatures('auto', '### ✨ New Features\n- x')).toBe(true)
    expect(hasFeatures('auto', '### Bug Fixes\n- features are now faster')).toBe(false)
    expect(hasFeatures('true', '')).toBe(true)
    expect(hasFeatures('false', '### Features')).toBe(false)
  })

  test('a milestone with open issues and PRs blocks, listing them', () => {
    const open = Array.from({ length: 7 }, (_, i) => ({ number: i + 1, title: `item ${i + 1}`, pull: i === 0 }))
    const item = milestoneItem('1.2.0', { title: 'v1.2.0', link: 'https://gh/milestone/3', open })
    expect(item.result).toBe('failed')
    expect(item.detail).toBe(
      'v1.2.0 has 7 open: PR #1 item 1; issue #2 item 2; issue #3 item 3; issue #4 item 4; issue #5 item 5, and 2 more',
    )
    expect(milestoneItem('1.2.0', undefined).result).toBe('skipped')
    expect(milestoneItem('1.2.0', { title: '1.2.0', link: 'x', open: [] }).result).toBe('passed')
  })
})

describe('SBOM, advisories, licences', () => {
  const cdx = {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    components: [
      { name: 'lodash', version: '4.17.20', purl: 'pkg:npm/lodash@4.17.20', licenses: [{ license: { id: 'MIT' } }] },
      {
        group: '@acme',
        name: 'core',
        version: '2.0.0',
        purl: 'pkg:npm/%40acme/core@2.0.0',
        licenses: [{ expression: 'AGPL-3.0-or-later OR MIT' }],
        components: [
          {
            name: 'left-pad',
            version: '1.3.0',
            purl: 'pkg:npm/left-pad@1.3.0',
            licenses: [{ license: { id: 'AGPL-3.0-only' } }],
          },
        ],
      },
      {
        name: 'requests',
        version: '2.31.0',
        purl: 'pkg:pypi/requests@2.31.0',
        licenses: [{ license: { name: 'Apache License 2.0' } }],
      },
    ],
  }
  const spdx = {
    spdxVersion: 'SPDX-2.3',
    packages: [
      {
        name: 'lodash',
        versionInfo: '4.17.21',
        licenseConcluded: 'MIT',
        externalRefs: [{ referenceType: 'purl', referenceLocator: 'pkg:npm/lodash@4.17.21' }],
      },
      {
        name: 'glibc',
        versionInfo: '2.36',
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: 'LGPL-2.1-or-later AND GPL-2.0-or-later',
      },
    ],
  }

  test('reads CycloneDX (nested components, purl names) and SPDX; refuses anything else', () => {
    const a = parseSbom(cdx)
    expect(a.format).toBe('CycloneDX 1.5')
    expect(a.components.map((c) => [c.name, c.version, c.ecosystem])).toEqual([
      ['lodash', '4.17.20', 'npm'],
      ['@acme/core', '2.0.0', 'npm'],
      ['left-pad', '1.3.0', 'npm'],
      ['requests', '2.31.0', 'PyPI'],
    ])
    expect(parseSbom(spdx).components.map((c) => [c.name, c.licenses])).toEqual([
      ['lodash', ['MIT']],
      ['glibc', ['LGPL-2.1-or-later AND GPL-2.0-or-later']],
    ])
    expect(() => parseSbom({ hello: 1 })).toThrow(/neither a CycloneDX/)
    expect(fromPurl('pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1')).toEqual({
      name: 'org.apache.logging.log4j:log4j-core',
      ecosystem: 'Maven',
    })
  })

  test('OSV ranges: introduced/fixed/last_affected applied in order; explicit versions; ecosystem must agree', () => {
    expect(inRange('4.17.20', [{ introduced: '0' }, { fixed: '4.17.21' }])).toBe(true)
    expect(inRange('4.17.21', [{ introduced: '0' }, { fixed: '4.17.21' }])).toBe(false)
    expect(inRange('1.5.0', [{ introduced: '1.0.0' }, { last_affected: '1.5.0' }])).toBe(true)
    expect(inRange('1.5.1', [{ introduced: '1.0.0' }, { last_affected: '1.5.0' }])).toBe(false)
    expect(
      inRange('2.1.0', [{ introduced: '1.0.0' }, { fixed: '1.2.0' }, { introduced: '2.0.0' }, { fixed: '2.2.0' }]),
    ).toBe(true)
    expect(
      inRange('1.3.0', [{ introduced: '1.0.0' }, { fixed: '1.2.0' }, { introduced: '2.0.0' }, { fixed: '2.2.0' }]),
    ).toBe(false)
    const advisories = parseOsv({
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
        { id: 'PYSEC-1', affected: [{ package: { ecosystem: 'PyPI', name: 'left-pad' }, versions: ['1.3.0'] }] },
        {
          id: 'GHSA-x',
          details: 'first line\nmore',
          affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, versions: ['1.3.0'] }],
        },
      ],
    })
    const found = affectedComponents(parseSbom(cdx).components, advisories)
    expect(found.map((f) => [f.component.name, f.advisory.id])).toEqual([
      ['lodash', 'GHSA-35jh-r3h4-6jhm'],
      ['left-pad', 'GHSA-x'],
    ])
    const item = advisoryItem('osv.json', 3, found)
    expect(item.detail).toBe(
      '2 affected: lodash@4.17.20: GHSA-35jh-r3h4-6jhm / CVE-2021-23337 (Command Injection in lodash); left-pad@1.3.0: GHSA-x (first line)',
    )
    expect(item.link).toBe('https://osv.dev/vulnerability/GHSA-35jh-r3h4-6jhm')
    expect(affectedComponents(parseSbom(spdx).components, advisories)).toEqual([])
    expect(parseOsv({ id: 'A', affected: [] })).toHaveLength(1)
    expect(() => parseOsv({ nope: true })).toThrow(/not OSV JSON/)
  })

  test('licences: OR passes when one side is allowed, AND needs both; -only/-or-later/+ fold onto the id', () => {
    const deny = ['AGPL-3.0', 'GPL-2.0-only']
    expect(licenseDenied('AGPL-3.0-or-later OR MIT', deny)).toBe(false)
    expect(licenseDenied('AGPL-3.0-only', deny)).toBe(true)
    expect(licenseDenied('MIT AND GPL-2.0+', deny)).toBe(true)
    expect(licenseDenied('(MIT OR Apache-2.0) AND BSD-3-Clause', deny)).toBe(false)
    expect(licenseDenied('gpl-2.0-only', deny)).toBe(true)
    const item = licenseItem(deny, parseSbom(cdx).components)
    expect(item).toMatchObject({ result: 'failed', detail: '1 under a denied licence: left-pad@1.3.0 (AGPL-3.0-only)' })
    expect(unknownLicenseId(['MIT', 'GPL-3.0-only'])).toBeUndefined()
    expect(unknownLicenseId(['MIT', 'Gnu GPL'])).toBe('Gnu GPL')
    expect(unknownLicenseId(['MIT OR GPL-3.0-only'])).toBe('MIT OR GPL-3.0-only')
  })
})
