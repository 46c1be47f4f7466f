import { describe, expect, test } from '@jest/globals'
import {
  describeStep,
  logEntries,
  planHost,
  removals,
  revertTarget,
  type PlanSettings,
  type Release,
} from '../src/domain/plan.js'
import type { HostState, LogEntry } from '../src/domain/releases.js'
import { afterRevert, failureMessage, onRevertSummary } from '../src/domain/messages.js'

const settings: PlanSettings = {
  mode: 'deploy',
  sharedPaths: [],
  beforeSwitch: '',
  healthCheck: '',
  healthTimeoutMs: 30_000,
  keepReleases: 5,
}
const SHA = 'a'.repeat(64)
const release: Release = { version: '2.0.0', sha256: SHA, bytes: 10_431 }
const ok = (version: string): LogEntry => ({
  version,
  sha256: '',
  who: 'o',
  when: '',
  run: '',
  outcome: 'success',
})
function host(current: string, releases: Record<string, string>, log: LogEntry[] = []): HostState {
  return { current, releases: new Map(Object.entries(releases)), log }
}
const kinds = (s: PlanSettings, state: HostState, r: Release = release): string[] =>
  planHost(s, state, '/srv/web', r).steps.map((x) => x.kind)

describe('planHost', () => {
  test('a fresh host: lock, upload, switch, record', () => {
    const plan = planHost(settings, host('', {}), '/srv/web', release)
    expect(plan.steps).toEqual([
      { kind: 'lock', path: '/srv/web/.shipline/lock' },
      { kind: 'upload', target: '2.0.0', bytes: 10_431, sha256: SHA },
      { kind: 'switch', from: '', to: 'releases/2.0.0' },
      { kind: 'record' },
    ])
    expect(plan).toMatchObject({ target: 'releases/2.0.0', previous: '', remove: [] })
  })

  test('the same bytes staged earlier are reused; different bytes are replaced, then uploaded', () => {
    expect(kinds(settings, host('releases/1.0.0', { '2.0.0': SHA }))).toEqual(['lock', 'reuse', 'switch', 'record'])
    expect(kinds(settings, host('releases/1.0.0', { '2.0.0': '-' }))).toEqual([
      'lock',
      'replace',
      'upload',
      'switch',
      'record',
    ])
  })

  test('shared paths, before-switch and the health check come in run order', () => {
    const s = { ...settings, sharedPaths: ['var/'], beforeSwitch: 'make warm', healthCheck: 'curl -f x' }
    expect(kinds(s, host('', {}))).toEqual([
      'lock',
      'upload',
      'link-shared',
      'before-switch',
      'switch',
      'health-check',
      'record',
    ])
    // reused bytes are not linked again, but before-switch still runs
    expect(kinds(s, host('', { '2.0.0': SHA }))).toEqual([
      'lock',
      'reuse',
      'before-switch',
      'switch',
      'health-check',
      'record',
    ])
  })

  test('a rollback stages nothing', () => {
    const s: PlanSettings = { ...settings, mode: 'rollback', beforeSwitch: 'never' }
    const r = { version: '1.0.0', sha256: '', bytes: 0 }
    expect(kinds(s, host('releases/2.0.0', { '1.0.0': 'x', '2.0.0': 'y' }), r)).toEqual(['lock', 'switch', 'record'])
  })

  test('an unfinished switch is finished, and a revert goes back to the release before it', () => {
    const state = { ...host('releases/1.5.0', {}), pending: { target: 'releases/1.5.0', previous: 'releases/1.0.0' } }
    const plan = planHost(settings, state, '/srv/web', release)
    expect(plan.steps.map((s) => s.kind)).toContain('finish-pending')
    expect(plan.previous).toBe('releases/1.0.0')
    expect(revertTarget(state)).toBe('releases/1.0.0')
    expect(revertTarget(host('releases/1.5.0', {}))).toBe('releases/1.5.0')
  })

  test('old releases beyond keep-releases are deleted; the live and the previous one never are', () => {
    const versions = ['1.0.0', '1.1.0', '1.2.0', '1.3.0']
    const state = host('releases/1.0.0', Object.fromEntries(versions.map((v) => [v, 'x'])), versions.map(ok))
    const plan = planHost({ ...settings, keepReleases: 3 }, state, '/srv/web', release)
    expect(plan.remove).toEqual(['1.2.0', '1.1.0'])
    expect(plan.steps).toContainEqual({ kind: 'delete', releases: ['1.2.0', '1.1.0'] })
    expect(removals(state, release, 'releases/1.0.0', 3)).toEqual(plan.remove)
  })
})

describe('describeStep', () => {
  test('the dry run says each step in words', () => {
    const s = { ...settings, sharedPaths: ['var/'], beforeSwitch: 'make', healthCheck: 'curl x' }
    const state = { ...host('', {}), pending: { target: '', previous: 'releases/0.9.0' } }
    expect(planHost(s, state, '/srv/web', release).steps.map(describeStep)).toEqual([
      'lock /srv/web/.shipline/lock',
      `stream the artifact (10431 bytes), verify sha256 ${SHA.slice(0, 12)}… on the host, unpack, rename to releases/2.0.0`,
      'link shared paths: var/',
      'run before-switch in releases/2.0.0: make',
      'finish the switch an earlier run left unfinished ((nothing)): a failure switches back to releases/0.9.0',
      'switch current: (nothing) → releases/2.0.0 (with every other host at once)',
      'health-check (up to 30s): curl x',
      'record the outcome in .shipline/releases.log, unlock',
    ])
    expect(describeStep({ kind: 'reuse', target: '2.0.0' })).toBe(
      'reuse releases/2.0.0 (staged earlier, sha256 matches)',
    )
    expect(describeStep({ kind: 'delete', releases: ['1', '2'] })).toBe('delete old releases: 1, 2')
  })
})

describe('logEntries', () => {
  const base = { who: 'octocat', when: 'T', run: 'R', mode: 'deploy' as const }
  test('a deploy records its bytes and outcome', () => {
    expect(logEntries(base, host('', {}), release, '', 'failed', 'boom')).toEqual([
      { sha256: SHA, ...base, version: '2.0.0', outcome: 'failed', reason: 'boom' },
    ])
  })
  test('a successful rollback marks the release it left rolled-back, with the sha256 each host recorded', () => {
    const b = { ...base, mode: 'rollback' as const }
    const state = host('releases/2.0.0', { '1.0.0': 'one', '2.0.0': 'two' })
    const r = { version: '1.0.0', sha256: '', bytes: 0 }
    expect(logEntries(b, state, r, 'releases/2.0.0', 'success').map((e) => [e.version, e.sha256, e.outcome])).toEqual([
      ['2.0.0', 'two', 'rolled-back'],
      ['1.0.0', 'one', 'success'],
    ])
  })
})

describe('messages', () => {
  test('a failure names every host, and hints at take-over-lock for a held lock', () => {
    const e = failureMessage(
      'Deploy of web 2.0.0',
      [{ host: 'h1', phase: 'lock', why: 'the deploy lock x is held' }],
      'Nothing.',
    )
    expect(e.message).toBe('Deploy of web 2.0.0 failed.\nh1 failed at lock: the deploy lock x is held\nNothing.')
    expect(e.hint).toMatch(/take-over-lock: true/)
    expect(failureMessage('Deploy', [{ host: 'h1', phase: 'stage', why: 'disk full' }], '').hint).toBeUndefined()
  })
  test('after a revert and on-revert', () => {
    expect(afterRevert([], ['1.0.0', undefined, '1.0.0'])).toMatch(/\(1\.0\.0, nothing\)\.$/)
    expect(afterRevert([{ host: 'h2', phase: 'revert', why: 'gone' }], [])).toMatch(
      /^Switching back FAILED on h2 \(gone\)/,
    )
    expect(onRevertSummary([])).toBe('')
    expect(onRevertSummary([{ host: 'a' }, { host: 'b', error: 'exit 1' }])).toBe(
      ' on-revert FAILED on b (exit 1); it passed on 1 of 2 host(s).',
    )
  })
})
