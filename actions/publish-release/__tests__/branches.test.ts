import { describe, expect, test } from '@jest/globals'
import { parseBranches, resolveBranch } from '@shipline/core'
import { releasedBranch, withLine } from '../src/branches.js'
import type { Config } from '../src/config.js'

const rules = parseBranches(['+([0-9])?(.{+([0-9]),x}).x', 'main', 'next', { name: 'beta', prerelease: true }])
const config = (tag: string, more: Partial<Config> = {}): Config => ({
  token: '',
  repository: 'o/r',
  tag,
  artifacts: { globs: [] },
  draft: false,
  prerelease: false,
  makeLatest: 'true',
  overwrite: false,
  dryRun: false,
  registry: 'https://registry.npmjs.org/',
  distTag: 'latest',
  provenance: false,
  attachChecksums: true,
  ...more,
})

describe('publish-release on release branches', () => {
  test('the line decides dist-tag, prerelease and latest unless the inputs say otherwise', () => {
    expect(withLine(config('v2.0.0'), resolveBranch(rules, 'main'), 'main', false)).toMatchObject({
      distTag: 'latest',
      prerelease: false,
      makeLatest: 'true',
    })
    expect(withLine(config('v1.4.1'), resolveBranch(rules, '1.x'), '1.x', false)).toMatchObject({
      distTag: 'release-1.x',
      makeLatest: 'false',
    })
    expect(withLine(config('v3.0.0'), resolveBranch(rules, 'next'), 'next', false)).toMatchObject({
      distTag: 'next',
      makeLatest: 'false',
    })
    expect(withLine(config('v3.0.0-beta.2'), resolveBranch(rules, 'beta'), 'beta', false)).toMatchObject({
      distTag: 'beta',
      prerelease: true,
      makeLatest: 'false',
    })
    expect(
      withLine(config('v1.4.1', { distTag: 'lts', makeLatest: 'legacy' }), resolveBranch(rules, '1.x'), '1.x', true),
    ).toMatchObject({ distTag: 'lts', makeLatest: 'legacy' })
  })

  test('off the line or off the release branches: refused with the reason', () => {
    expect(() => withLine(config('v2.0.0'), resolveBranch(rules, '1.x'), '1.x', false)).toThrow(
      'Branch 1.x: 2.0.0 is outside maintenance line 1.x (>=1.0.0 <2.0.0)',
    )
    expect(() => withLine(config('v2.0.0'), resolveBranch(rules, 'beta'), 'beta', false)).toThrow(
      '2.0.0 is not a beta pre-release',
    )
    expect(() => withLine(config('v2.0.0'), undefined, 'wip', false)).toThrow(
      "Branch wip is not a release branch in 'branches'",
    )
    expect(releasedBranch({ target: 'main' }, { GITHUB_REF: 'refs/heads/1.x' })).toBe('1.x')
    expect(releasedBranch({ target: 'main' }, { GITHUB_REF: 'refs/tags/v1.0.0' })).toBe('main')
  })
})
