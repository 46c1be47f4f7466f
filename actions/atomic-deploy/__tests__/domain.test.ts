import { describe, expect, test } from '@jest/globals'
import {
  parseHost,
  expandHostTemplate,
  relativePathProblem,
  sharedLinkText,
  NAME_PATTERN,
} from '../src/domain/names.js'
import { tarEntryProblem, ReleaseTree, type TarEntry } from '../src/domain/tar-entry.js'
import {
  parseProbe,
  pickRollbackTarget,
  releasesToDelete,
  rollbackCandidates,
  previousRelease,
  type HostState,
  type LogEntry,
} from '../src/domain/releases.js'
import { allLive, stageAction } from '../src/domain/plan.js'
import { switchSkewMs, gantt, buildSummary, type HostResult } from '../src/domain/report.js'
import { settleLimited } from '../src/domain/config.js'
import { parseListingLine } from '../src/domain/tar-listing.js'

describe('host specs', () => {
  test('ssh forms', () => {
    expect(parseHost('deploy@web1.example.com')).toEqual({
      kind: 'ssh',
      label: 'deploy@web1.example.com',
      user: 'deploy',
      host: 'web1.example.com',
      port: 22,
    })
    expect(parseHost('d@127.0.0.1:2222')).toMatchObject({ host: '127.0.0.1', port: 2222 })
    expect(parseHost('d@[::1]:2200')).toMatchObject({ host: '::1', port: 2200 })
  })
  test('local form', () => {
    expect(parseHost('local:/srv/h1')).toEqual({ kind: 'local', label: 'local:/srv/h1', dir: '/srv/h1' })
  })
  test.each([
    'web1',
    'd@-oProxyCommand=x',
    '-x@host',
    'd@host:99999',
    'd@host:0',
    'd@ho st',
    'd@host;id',
    'local:',
    'd@host:22:1',
  ])('refuses %j', (s) => {
    expect(parseHost(s)).toBeUndefined()
  })
  test('templates', () => {
    expect(expandHostTemplate('http://{host}:80/{index}', parseHost('d@10.0.0.2')!, 2)).toBe('http://10.0.0.2:80/3')
    expect(expandHostTemplate('{host}', parseHost('local:/tmp/x/h7')!, 0)).toBe('h7')
    expect(expandHostTemplate('{host}', parseHost('d@[::1]')!, 0)).toBe('[::1]')
  })
})

describe('names and paths', () => {
  test.each(['1.2.3', 'v2.0.0-rc.1+build.5', 'web_app'])('accepts version %j', (v) =>
    expect(NAME_PATTERN.test(v)).toBe(true),
  )
  test.each(['..', '.hidden', '-x', 'a/b', 'a b', '', 'x'.repeat(129), 'a\nb'])('refuses version %j', (v) =>
    expect(NAME_PATTERN.test(v)).toBe(false),
  )
  test('relative paths', () => {
    expect(relativePathProblem('storage/')).toBeUndefined()
    expect(relativePathProblem('config/.env')).toBeUndefined()
    expect(relativePathProblem('/etc/passwd')).toMatch(/relative/)
    expect(relativePathProblem('a/../../b')).toMatch(/'\.\.'/)
    expect(relativePathProblem('a//b')).toMatch(/empty/)
  })
  test('shared link text climbs out of releases/<v>/<dirs>', () => {
    expect(sharedLinkText('.env')).toBe('../../shared/.env')
    expect(sharedLinkText('var/log/')).toBe('../../../shared/var/log')
  })
})

describe('tar entries', () => {
  test.each([
    { path: './a', type: 'File' },
    { path: 'd/', type: 'Directory' },
    { path: 'd/link', type: 'SymbolicLink', linkpath: '../a' },
    { path: 'd/e/link', type: 'SymbolicLink', linkpath: '../../a' },
    { path: 'hard', type: 'Link', linkpath: 'd/a' },
  ])('accepts %j', (e) => expect(tarEntryProblem(e)).toBeUndefined())
  test.each([
    [{ path: '../evil', type: 'File' }, /outside/],
    [{ path: 'a/../../evil', type: 'File' }, /outside/],
    [{ path: '/etc/cron.d/x', type: 'File' }, /outside/],
    [{ path: 'out', type: 'SymbolicLink', linkpath: '/etc' }, /absolute/],
    [{ path: 'd/out', type: 'SymbolicLink', linkpath: '../../x' }, /outside/],
    [{ path: 'h', type: 'Link', linkpath: '../x' }, /hard link/],
    [{ path: 'dev', type: 'CharacterDevice' }, /not a file/],
    [{ path: 'fifo', type: 'FIFO' }, /not a file/],
  ])('refuses %j', (e, why) => expect(tarEntryProblem(e)).toMatch(why))
})

describe('the archive as a whole: links resolved through the links earlier entries create', () => {
  const L = (path: string, linkpath: string): TarEntry => ({ path, type: 'SymbolicLink', linkpath })
  const F = (path: string): TarEntry => ({ path, type: 'File' })
  const D = (path: string): TarEntry => ({ path, type: 'Directory' })
  /** Every problem of an archive, as the artifact check finds them. */
  function problems(entries: TarEntry[], shared: string[] = []): string[] {
    const tree = new ReleaseTree()
    const found = entries.flatMap((e) =>
      [tarEntryProblem(e) ?? tree.add(e)].filter((p): p is string => p !== undefined),
    )
    return [...found, ...tree.finish(shared)]
  }
  test.each([
    ['a plain release', [D('./'), F('./VERSION'), D('./bin/'), F('./bin/start'), L('./current-bin', 'bin/start')]],
    [
      'a link to a sibling directory, and files written through it',
      [D('real/'), L('alias', 'real'), F('alias/x'), L('alias/up', '../VERSION')],
    ],
    ['a link to . (the root itself) is fine on its own', [L('self', '.'), F('self/self/x')]],
    ['a chain of links that stays inside', [D('a/b/'), L('l1', 'a'), L('l2', 'l1/b'), L('l3', 'l2/..')]],
  ])('accepts %s', (_name, entries) => expect(problems(entries)).toEqual([]))
  test.each([
    [
      'a -> . then a/a/a/config -> ../../.. (each looks inside on its own)',
      [L('a', '.'), L('a/a/a/config', '../../..')],
      /'a\/a\/a\/config' is a symlink to '\.\.\/\.\.\/\.\.', which leads outside/,
    ],
    [
      'a link through a link that climbs out',
      [D('d/e/'), L('d/e/up', '..'), L('d/e/up2', 'up/..'), L('x', 'd/e/up2/..')],
      /'x' is a symlink to 'd\/e\/up2\/\.\.', which leads outside/,
    ],
    [
      'a later link changes where an earlier one leads',
      [D('b/'), L('a', 'b/..'), L('b2', 'a'), L('c', 'b2/x'), L('b', 'a'), L('z', 'b/..')],
      /leads outside/,
    ],
    [
      'a file written through a chain that leaves',
      [L('a', '.'), L('a/a/up', '..'), F('up/etc-passwd')],
      /leads outside|written through a symlink/,
    ],
    ['a loop', [L('a', 'b'), L('b', 'a'), F('a/x')], /written through a symlink that leads outside/],
    [
      'a hard link through a link',
      [L('a', '.'), L('a/a/b', '..'), { path: 'h', type: 'Link', linkpath: 'b/etc/passwd' }],
      /leads outside/,
    ],
  ])('refuses %s', (_name, entries, why) => expect(problems(entries).join('\n')).toMatch(why))
  test('shared paths must be real files or directories in the archive, not links or under links', () => {
    expect(problems([D('storage/'), F('.env')], ['storage/', '.env'])).toEqual([])
    expect(problems([L('storage', '.')], ['storage/'])).toEqual([
      "shared path 'storage/' is a symlink in the archive (to '.'): a shared path must be a real file or directory",
    ])
    expect(problems([L('config', 'etc'), D('etc/'), F('etc/app.env')], ['config/app.env'])).toEqual([
      "shared path 'config/app.env' lies under a symlink in the archive: a shared path must be a real file or directory",
    ])
    expect(problems([L('a', '.'), L('a/a/a/config', 'x')], ['config/'])).toEqual([
      "shared path 'config/' is a symlink in the archive (to 'x'): a shared path must be a real file or directory",
    ])
    expect(problems([], ['not-in-the-archive/'])).toEqual([])
  })
})

const entry = (version: string, outcome: LogEntry['outcome']): LogEntry => ({
  version,
  outcome,
  sha256: 's',
  who: 'w',
  when: 't',
  run: 'r',
})
const state = (current: string, releases: string[], log: LogEntry[]): HostState => ({
  current,
  releases: new Map(releases.map((r) => [r, 's'])),
  log,
})

describe('releases', () => {
  test('parses a pending switch left by a dead run', () => {
    expect(parseProbe('CURRENT releases/2\nPENDING releases/2 releases/1\n').pending).toEqual({
      target: 'releases/2',
      previous: 'releases/1',
    })
    expect(parseProbe('CURRENT releases/2\nPENDING releases/2 \n').pending).toEqual({
      target: 'releases/2',
      previous: '',
    })
    expect(parseProbe('CURRENT \nPENDING - releases/1\n').pending).toEqual({ target: '', previous: 'releases/1' })
    expect(previousRelease({ ...parseProbe('CURRENT releases/2\nPENDING releases/2 releases/1\n') }, '2')).toBe('1')
  })
  test('parses a probe, skipping torn log lines', () => {
    const s = parseProbe(
      [
        'LOCK took {"who":"x"}',
        'CURRENT releases/2',
        'RELEASE 1 abc',
        'RELEASE 2 -',
        'LOGS',
        JSON.stringify(entry('1', 'success')),
        '{"version":',
      ].join('\n'),
    )
    expect(s.current).toBe('releases/2')
    expect([...s.releases]).toEqual([
      ['1', 'abc'],
      ['2', '-'],
    ])
    expect(s.log).toHaveLength(1)
    expect(s.tookOverFrom).toBe('{"who":"x"}')
  })
  test('rollback skips failed and rolled-back releases and missing dirs', () => {
    const log = [
      entry('1', 'success'),
      entry('2', 'success'),
      entry('3', 'success'),
      entry('3', 'rolled-back'),
      entry('4', 'failed'),
      entry('5', 'success'),
    ]
    const s = state('releases/5', ['1', '2', '3', '4', '5'], log)
    expect(rollbackCandidates(s)).toEqual(['2', '1'])
    expect(pickRollbackTarget([s, state('releases/5', ['1', '5'], log)])).toBe('1')
    expect(pickRollbackTarget([state('releases/1', ['1'], [entry('1', 'success')])])).toBeUndefined()
    expect(previousRelease(s, '6')).toBe('5')
    expect(previousRelease(s, '5')).toBe('2')
  })
  test('cleanup keeps the newest, never the protected ones', () => {
    const log = ['1', '2', '3', '4', '5', '6'].map((v) => entry(v, 'success'))
    const s = state('releases/6', ['1', '2', '3', '4', '5', '6', 'stray'], log)
    expect(releasesToDelete(s, 3, ['6', '5']).sort()).toEqual(['1', '2', '3', 'stray'])
    expect(releasesToDelete(s, 1, ['6', '1']).sort()).toEqual(['2', '3', '4', '5', 'stray'])
  })
  test('cleanup deletes bad and never-deployed releases before older good ones', () => {
    const log = [
      entry('1', 'success'),
      entry('2', 'success'),
      entry('3', 'failed'),
      entry('4', 'success'),
      entry('4', 'rolled-back'),
      entry('5', 'success'),
    ]
    const s = state('releases/5', ['1', '2', '3', '4', '5', 'staged-only'], log)
    expect(releasesToDelete(s, 3, ['5', '2']).sort()).toEqual(['3', '4', 'staged-only'])
  })
})

describe('plan and report', () => {
  test('stage action and no-op detection', () => {
    const s = state('releases/1', ['1', '2'], [])
    expect(stageAction(s, '2', 's')).toBe('reuse')
    expect(stageAction(s, '2', 'other')).toBe('replace')
    expect(stageAction(s, '3', 's')).toBe('upload')
    expect(allLive([s, s], '1', 's')).toBe(true)
    expect(allLive([s, s], '1', 'other bytes')).toBe(false)
    expect(allLive([s, state('releases/2', [], [])], '1', 's')).toBe(false)
    // a switch a dead run never finished (no health check, no commit) is not "already live"
    expect(allLive([s, { ...s, pending: { target: 'releases/1', previous: 'releases/0' } }], '1', 's')).toBe(false)
  })
  test('skew and summary', () => {
    const r = (host: string, ns?: string): HostResult => ({
      host,
      result: 'switched',
      previous: 'releases/1',
      release: '2',
      timings: { lock: { start: 0, ms: 5 } },
      switchedAtNs: ns,
    })
    const results = [r('a', '1000000000000000000'), r('b', '1000000000012500000'), r('c')]
    expect(switchSkewMs(results)).toBe(12.5)
    expect(switchSkewMs([r('c')])).toBeUndefined()
    expect(gantt(results)).toContain('section a')
    const md = buildSummary({ title: 'Deploy', outcome: 'ok', results, dryRun: false }).toString()
    expect(md).toContain('12.5 ms')
    expect(md).toContain('| `a` | switched |')
  })
  test('settleLimited bounds concurrency and keeps order', async () => {
    let running = 0
    let peak = 0
    const out = await settleLimited([1, 2, 3, 4, 5], 2, async (n) => {
      peak = Math.max(peak, ++running)
      await new Promise((ok) => setTimeout(ok, 5))
      running--
      if (n === 3) throw new Error('three')
      return n * 2
    })
    expect(peak).toBe(2)
    expect(out.map((o) => (o.status === 'fulfilled' ? o.value : 'x'))).toEqual([2, 4, 'x', 8, 10])
  })
})

describe('GNU tar listing lines', () => {
  test.each([
    ['-rw-r--r-- root/root         3 2026-11-25 09:57 "./a"', { path: './a', type: 'File' }],
    ['drwxr-xr-x root/root         0 2026-11-25 09:57 "./sub/"', { path: './sub/', type: 'Directory' }],
    [
      'lrwxrwxrwx root/root         0 2026-11-25 09:57 "./out" -> "/etc"',
      { path: './out', type: 'SymbolicLink', linkpath: '/etc' },
    ],
    [
      'hrw-r--r-- root/root         0 2026-11-25 09:57 "../src/a" link to "tmp/x"',
      { path: '../src/a', type: 'Link', linkpath: 'tmp/x' },
    ],
    ['-rw-r--r-- 0/0               1 1970-01-01 00:00 "quo\\"te"', { path: 'quo"te', type: 'File' }],
    ['-rw-r--r-- 0/0               1 1970-01-01 00:00 "new\\nline"', { path: 'new\nline', type: 'File' }],
    ['-rw-r--r-- 0/0               1 1970-01-01 00:00 "\\303\\251"', { path: 'é', type: 'File' }],
    ['-rw-r--r-- 0/0               1 1970-01-01 00:00 "a -> b"', { path: 'a -> b', type: 'File' }],
    [
      'lrw-r--r-- 0/0               0 1970-01-01 00:00 "l ink" -> "ta -> rget"',
      { path: 'l ink', type: 'SymbolicLink', linkpath: 'ta -> rget' },
    ],
    ['crw-r--r-- 0/0             8,1 1970-01-01 00:00 "dev"', { path: 'dev', type: 'CharacterDevice' }],
    ['prw-r--r-- 0/0               0 1970-01-01 00:00 "fifo"', { path: 'fifo', type: 'FIFO' }],
  ])('%s', (line, entry) => expect(parseListingLine(line)).toEqual(entry))
  test.each([
    '',
    'garbage',
    '-rw-r--r-- 0/0 1 1970-01-01 00:00 unquoted',
    '-rw-r--r-- 0/0 1 1970-01-01 00:00 "open',
    '-rw-r--r-- 0/0 1 1970-01-01 00:00 "a" trailing',
  ])('unreadable: %j', (line) => {
    expect(parseListingLine(line)).toBeUndefined()
  })
})
