import { describe, expect, test } from '@jest/globals'
import {
  branchGlob,
  maintenanceRange,
  maintenanceRanges,
  onLine,
  parseBranches,
  resolveBranch,
  trunkFloor,
  versionProblem,
} from '../src/branches.js'
import { InputError } from '../src/errors.js'

const SEMANTIC_RELEASE_DEFAULT = [
  '+([0-9])?(.{+([0-9]),x}).x',
  'master',
  'next',
  'next-major',
  { name: 'beta', prerelease: true },
  { name: 'alpha', prerelease: true },
]

describe('branches', () => {
  test("semantic-release's default list: trunk, release lines, maintenance globs, pre-release channels", () => {
    const rules = parseBranches(SEMANTIC_RELEASE_DEFAULT)
    expect(rules.map((r) => r.kind)).toEqual([
      'maintenance',
      'release',
      'release',
      'release',
      'prerelease',
      'prerelease',
    ])
    expect(resolveBranch(rules, 'master')).toEqual({
      branch: 'master',
      kind: 'release',
      trunk: true,
      distTag: 'latest',
    })
    expect(resolveBranch(rules, 'next')).toEqual({ branch: 'next', kind: 'release', trunk: false, distTag: 'next' })
    expect(resolveBranch(rules, '1.x')).toMatchObject({
      kind: 'maintenance',
      distTag: 'release-1.x',
      range: { min: '1.0.0', max: '2.0.0' },
    })
    expect(resolveBranch(rules, '1.2.x')).toMatchObject({ kind: 'maintenance', range: { min: '1.2.0', max: '1.3.0' } })
    expect(resolveBranch(rules, 'beta')).toEqual({
      branch: 'beta',
      kind: 'prerelease',
      trunk: false,
      prerelease: 'beta',
      distTag: 'beta',
    })
    expect(resolveBranch(rules, 'feature/x')).toBeUndefined()
    expect(resolveBranch(rules, '1.x.y')).toBeUndefined()
  })

  test('globs match whole names; channels and ranges can be given', () => {
    expect(branchGlob('+([0-9])?(.{+([0-9]),x}).x').test('12.x')).toBe(true)
    expect(branchGlob('+([0-9])?(.{+([0-9]),x}).x').test('12.3.x')).toBe(true)
    expect(branchGlob('+([0-9])?(.{+([0-9]),x}).x').test('v12.x')).toBe(false)
    expect(branchGlob('release/*').test('release/2024')).toBe(true)
    expect(branchGlob('release/*').test('release/a/b')).toBe(false)
    const rules = parseBranches([
      { name: 'main', channel: 'stable' },
      { name: 'legacy', range: '1.x', channel: 'legacy' },
      { name: 'rc-*', prerelease: 'rc' },
    ])
    expect(resolveBranch(rules, 'main')?.distTag).toBe('stable')
    expect(resolveBranch(rules, 'legacy')).toMatchObject({
      kind: 'maintenance',
      distTag: 'legacy',
      range: { text: '1.x' },
    })
    expect(resolveBranch(rules, 'rc-2')).toMatchObject({ kind: 'prerelease', prerelease: 'rc', distTag: 'rc' })
  })

  test.each([
    [[], 'is not a non-empty list of branches'],
    [[{ name: 'beta', prerelease: true }], "has no release branch (a plain name such as 'main')"],
    [['main', { name: 'v*', prerelease: true }], '"prerelease" is not a pre-release id'],
    [['main', { name: 'old', range: '1.5' }], "\"range\" is not a maintenance range such as '1.x' or '1.2.x'"],
    [['main', { name: 'x', channel: '1.x' }], '"channel" is not an npm dist-tag'],
    [['main', { title: 'x' }], '(entry 2) has no "name"'],
  ])('bad input %j names the input and what is accepted', (value, message) => {
    expect(() => parseBranches(value)).toThrow(InputError)
    expect(() => parseBranches(value)).toThrow(message)
  })

  test('versions must stay on their line, with the reason when they leave it', () => {
    const rules = parseBranches(SEMANTIC_RELEASE_DEFAULT)
    const one = resolveBranch(rules, '1.x')!
    const onetwo = resolveBranch(rules, '1.2.x')!
    const beta = resolveBranch(rules, 'beta')!
    const master = resolveBranch(rules, 'master')!
    expect(versionProblem(one, '1.9.0')).toBeUndefined()
    expect(versionProblem(one, '2.0.0')).toBe(
      '2.0.0 is outside maintenance line 1.x (>=1.0.0 <2.0.0): this line takes fixes and features only; land the change on the trunk or on a newer line',
    )
    expect(versionProblem(onetwo, '1.3.0')).toContain('this line takes fixes only')
    expect(versionProblem(beta, '2.0.0-beta.3')).toBeUndefined()
    expect(versionProblem(beta, '2.0.0-alpha.1')).toContain('is not a beta pre-release')
    const floor = trunkFloor(maintenanceRanges(rules, ['1.x', '2.x', '2.3.x', 'feature/y']))
    expect(floor).toBe('3.0.0')
    expect(versionProblem(master, '2.4.0', floor)).toContain('the trunk must release 3.0.0 or higher')
    expect(versionProblem(master, '3.0.1', floor)).toBeUndefined()
    expect(versionProblem(master, '3.0.1-rc.1', floor)).toContain('is a pre-release')
    expect([
      onLine(one, '1.4.2'),
      onLine(one, '2.0.0'),
      onLine(beta, '2.0.0-beta.1'),
      onLine(beta, '2.0.0-alpha.1'),
      onLine(beta, '1.9.0'),
      onLine(master, '1.0.0-rc.1'),
    ]).toEqual([true, false, true, false, true, false])
    expect(maintenanceRange('v3.x')).toEqual({ min: '3.0.0', max: '4.0.0', text: 'v3.x' })
  })
})
