import { describe, expect, test } from '@jest/globals'
import { isChannel, labelImpact, nextVersion } from '../src/domain/bump.js'
import type { Impact } from '../src/domain/types.js'

describe('nextVersion', () => {
  test.each<{
    name: string
    impact: Impact
    previous?: string
    prerelease?: string
    major0?: boolean
    patch0?: boolean
    releaseAs?: string
    initial?: string
    taken?: string[]
    version: string
    type: string
  }>([
    { name: 'patch', impact: 'patch', previous: '1.2.3', version: '1.2.4', type: 'patch' },
    { name: 'minor resets patch', impact: 'minor', previous: '1.2.3', version: '1.3.0', type: 'minor' },
    { name: 'major resets minor', impact: 'major', previous: '1.2.3', version: '2.0.0', type: 'major' },
    { name: 'nothing releasable', impact: 'none', previous: '1.2.3', version: '1.2.3', type: 'none' },
    {
      name: 'first release with nothing releasable is initial-version',
      impact: 'none',
      version: '0.1.0',
      type: 'minor',
    },
    {
      name: 'first release at a 1.0.0 initial-version is major',
      impact: 'none',
      initial: '1.0.0',
      version: '1.0.0',
      type: 'major',
    },
    {
      name: '0.x feature bumps patch when configured',
      impact: 'minor',
      previous: '0.4.2',
      patch0: true,
      version: '0.4.3',
      type: 'patch',
    },
    {
      name: 'from 1.0 a feature bumps minor, even when configured',
      impact: 'minor',
      previous: '1.4.2',
      patch0: true,
      version: '1.5.0',
      type: 'minor',
    },
    {
      name: '0.x breaking still bumps minor with the patch rule',
      impact: 'major',
      previous: '0.4.2',
      patch0: true,
      version: '0.5.0',
      type: 'minor',
    },
    {
      name: 'release-as wins over the commits',
      impact: 'patch',
      previous: '1.2.3',
      releaseAs: '2.0.0',
      version: '2.0.0',
      type: 'major',
    },
    {
      name: 'release-as with nothing releasable',
      impact: 'none',
      previous: '0.9.1',
      releaseAs: '1.0.0',
      version: '1.0.0',
      type: 'major',
    },
    {
      name: 'release-as a pre-release',
      impact: 'minor',
      previous: '1.2.3',
      releaseAs: '2.0.0-rc.1',
      version: '2.0.0-rc.1',
      type: 'prerelease',
    },
    { name: 'release-as a first release', impact: 'minor', releaseAs: '1.0.0', version: '1.0.0', type: 'major' },
    { name: '0.x breaking bumps minor', impact: 'major', previous: '0.4.2', version: '0.5.0', type: 'minor' },
    {
      name: '0.x breaking bumps major when configured',
      impact: 'major',
      previous: '0.4.2',
      major0: true,
      version: '1.0.0',
      type: 'major',
    },
    { name: '0.x feature bumps minor', impact: 'minor', previous: '0.4.2', version: '0.5.0', type: 'minor' },
    { name: 'first release uses initial', impact: 'minor', version: '0.1.0', type: 'minor' },
    { name: 'first pre-release', impact: 'minor', prerelease: 'rc', version: '0.1.0-rc.1', type: 'prerelease' },
    {
      name: 'pre-release rc.1',
      impact: 'minor',
      previous: '1.2.3',
      prerelease: 'rc',
      taken: ['1.2.3', '1.2.3-rc.4'],
      version: '1.3.0-rc.1',
      type: 'prerelease',
    },
    {
      name: 'pre-release rc.1 → rc.2',
      impact: 'minor',
      previous: '1.2.3',
      prerelease: 'rc',
      taken: ['1.3.0-rc.1', '1.3.0-beta.7'],
      version: '1.3.0-rc.2',
      type: 'prerelease',
    },
    {
      name: 'pre-release numbers skip gaps',
      impact: 'patch',
      previous: '1.2.3',
      prerelease: 'beta',
      taken: ['1.2.4-beta.1', '1.2.4-beta.9'],
      version: '1.2.4-beta.10',
      type: 'prerelease',
    },
    {
      name: 'breaking after rc moves to next major rc',
      impact: 'major',
      previous: '1.2.3',
      prerelease: 'rc',
      taken: ['1.3.0-rc.1'],
      version: '2.0.0-rc.1',
      type: 'prerelease',
    },
    { name: 'finishing a pre-release', impact: 'patch', previous: '1.3.0-rc.2', version: '1.3.0', type: 'patch' },
  ])('$name', ({ impact, previous, prerelease, major0, patch0, releaseAs, initial, taken, version, type }) => {
    const r = nextVersion(impact, {
      previous,
      initial: initial ?? '0.1.0',
      prerelease,
      breakingBumpsMajorBelow1: major0,
      featBumpsPatchBelow1: patch0,
      releaseAs,
      taken,
    })
    expect(r.version).toBe(version)
    expect(r.releaseType).toBe(type)
  })
})

test('release-as at or below the previous release is an input error naming it', () => {
  expect(() => nextVersion('minor', { previous: '1.2.3', initial: '0.1.0', releaseAs: '1.2.3' })).toThrow(
    "Input 'release-as': '1.2.3' is not above the previous release 1.2.3",
  )
})

describe('labelImpact', () => {
  test.each([
    { name: 'semver:major', labels: ['semver:major'], impact: 'major' },
    { name: 'semver:minor', labels: ['bug', 'semver:minor'], impact: 'minor' },
    { name: 'highest wins', labels: ['semver:patch', 'Semver:Minor'], impact: 'minor' },
    { name: 'breaking label', labels: ['breaking'], impact: 'major' },
    { name: 'none', labels: ['bug'], impact: undefined },
  ])('$name', ({ labels, impact }) => expect(labelImpact(labels)).toBe(impact))
})

describe('isChannel', () => {
  test.each([
    { name: 'rc', channel: 'rc', ok: true },
    { name: 'with dash', channel: 'next-2', ok: true },
    { name: 'number only', channel: '12', ok: false },
    { name: 'dot', channel: 'rc.1', ok: false },
    { name: 'space', channel: 'r c', ok: false },
  ])('$name', ({ channel, ok }) => expect(isChannel(channel)).toBe(ok))
})
