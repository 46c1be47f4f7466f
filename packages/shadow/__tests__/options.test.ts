import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseOptions } from '../src/argv.mjs'
import { resolveOptions, ShadowOptionsError } from '../src/options.mjs'
import { BoundedQueue } from '../src/queue.mjs'

const base = ['--production', 'http://127.0.0.1:8081', '--dark', 'http://127.0.0.1:8082/v2/']

describe('parseOptions', () => {
  test('defaults: dark reads only, content-type compared, bounded queue, short dark timeout', () => {
    const o = parseOptions(base)
    expect(o).toMatchObject({
      listen: { host: '127.0.0.1', port: 0 },
      darkWrites: false,
      compareHeaders: ['content-type'],
      concurrency: 32,
      queueSize: 256,
      darkTimeoutMs: 2000,
      mirrorBodyCap: 65536,
    })
    expect(o.dark.pathname).toBe('/v2/')
  })

  test('repeatable and comma-separated lists, --name=value, durations', () => {
    const o = parseOptions([
      ...base,
      '--ignore-path',
      'ts,items[*].id',
      '--ignore-path=**.requestId',
      '--dark-timeout',
      '1.5s',
      '--listen=127.0.0.1:8080',
      '--duration',
      '5m',
    ])
    expect(o.ignorePathTexts).toEqual(['ts', 'items[*].id', '**.requestId'])
    expect(o).toMatchObject({ darkTimeoutMs: 1500, durationMs: 300_000, listen: { port: 8080 } })
  })

  test.each([
    [['--dark', 'http://127.0.0.1:1'], "Option '--production': '' is required: the URL of the live version"],
    [[...base, '--dark-writes', 'true'], "Option '--dark-writes': 'true' needs --dark-datastore"],
    [[...base, '--dark-writes', 'yes'], "Option '--dark-writes': 'yes' is not 'true' or 'false'"],
    [[...base, '--listen', '0.0.0.0'], "Option '--listen': '0.0.0.0' is not HOST:PORT"],
    [[...base, '--concurrency', '0'], "Option '--concurrency': '0' is not a whole number from 1 to 4096"],
    [[...base, '--dark-timeout', 'soon'], "Option '--dark-timeout': 'soon' is not a duration"],
    [[...base, '--ignore-path', 'a..b'], "Option '--ignore-path': 'a..b' is not of the form"],
    [[...base, '--mirror-percent', '150'], "Option '--mirror-percent': '150' is not a percentage from 0 to 100"],
    [[...base, '--max-diff-rate', '5'], "Option '--max-diff-rate': '5' is not a fraction from 0 to 1"],
    [[...base, '--mirror', 'x'], "Option '--mirror': '--mirror' is not a known option"],
    [
      ['--production', 'ftp://x', '--dark', 'http://127.0.0.1:1'],
      "Option '--production': 'ftp://x' must be an http:// or https:// URL",
    ],
    [[...base, '--report'], "Option '--report': '' needs a value"],
  ])('%j is refused with a message naming the option', (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message)
  })

  test('dark writes with a named datastore are accepted', () => {
    expect(parseOptions([...base, '--dark-writes', '--dark-datastore', 'orders-shadow'])).toMatchObject({
      darkWrites: true,
      darkDatastore: 'orders-shadow',
    })
  })
})

describe('resolveOptions (the typed options programs pass)', () => {
  const typed = { production: 'http://127.0.0.1:8081', dark: new URL('http://127.0.0.1:8082/v2/') }

  test('the same defaults as the CLI', () => {
    expect(resolveOptions(typed)).toEqual(parseOptions(base))
  })

  test('typed values give the options the CLI gives for their text forms', () => {
    const o = resolveOptions({
      ...typed,
      listen: '127.0.0.1:8080',
      admin: 'localhost:0',
      darkWrites: true,
      darkDatastore: 'orders-shadow',
      compareHeaders: ['Content-Type', 'ETag'],
      ignorePaths: ['ts', 'items[*].id'],
      concurrency: 4,
      queueSize: 0,
      mirrorPercent: 12.5,
      darkTimeoutMs: 1500.4,
      durationMs: 300_000,
      maxDiffRate: 0.01,
      minCompared: 10,
    })
    expect(o).toEqual(
      parseOptions([
        ...['--production', 'http://127.0.0.1:8081', '--dark', 'http://127.0.0.1:8082/v2/'],
        ...[
          '--listen',
          '127.0.0.1:8080',
          '--admin',
          'localhost:0',
          '--dark-writes',
          '--dark-datastore',
          'orders-shadow',
        ],
        ...['--compare-headers', 'Content-Type,ETag', '--ignore-path', 'ts', '--ignore-path', 'items[*].id'],
        ...['--concurrency', '4', '--queue-size', '0', '--mirror-percent', '12.5', '--dark-timeout', '1500ms'],
        ...['--duration', '5m', '--max-diff-rate', '0.01', '--min-compared', '10'],
      ]),
    )
    expect(o.ignorePaths).toEqual([['ts'], ['items', '*', 'id']])
  })

  test.each([
    [{ dark: 'http://127.0.0.1:1' }, "Option '--production': '' is required: the URL of the live version"],
    [{ ...typed, darkWrites: true }, "Option '--dark-writes': 'true' needs --dark-datastore"],
    [{ ...typed, listen: '0.0.0.0' }, "Option '--listen': '0.0.0.0' is not HOST:PORT"],
    [{ ...typed, concurrency: 0 }, "Option '--concurrency': '0' is not a whole number from 1 to 4096"],
    [{ ...typed, concurrency: 2.5 }, "Option '--concurrency': '2.5' is not a whole number from 1 to 4096"],
    [{ ...typed, darkTimeoutMs: 0 }, "Option '--dark-timeout': '0' must be above 0 and at most 24h"],
    [{ ...typed, darkTimeoutMs: Number.NaN }, "Option '--dark-timeout': 'NaN' is not a duration in milliseconds"],
    [{ ...typed, ignorePaths: ['a..b'] }, "Option '--ignore-path': 'a..b' is not of the form"],
    [{ ...typed, mirrorPercent: 150 }, "Option '--mirror-percent': '150' is not a percentage from 0 to 100"],
    [{ ...typed, maxDiffRate: 5 }, "Option '--max-diff-rate': '5' is not a fraction from 0 to 1"],
    [{ ...typed, production: 'ftp://x' }, "Option '--production': 'ftp://x' must be an http:// or https:// URL"],
  ])('%j is refused with a message naming the option', (config, message) => {
    expect(() => resolveOptions(config as Parameters<typeof resolveOptions>[0])).toThrow(message)
  })

  test('the error carries the option it names', () => {
    let caught: unknown
    try {
      resolveOptions({ ...typed, ignorePaths: ['a..b'] })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ShadowOptionsError)
    expect(caught).toMatchObject({ option: 'ignore-path' })
  })
})

describe('BoundedQueue', () => {
  test('runs up to the concurrency, queues up to the capacity, refuses the rest', async () => {
    const releases: (() => void)[] = []
    const q = new BoundedQueue(2, 1)
    const task = () => new Promise<void>((ok) => releases.push(ok))
    expect([q.offer(task), q.offer(task), q.offer(task), q.offer(task)]).toEqual([true, true, true, false])
    expect([q.running, q.waiting.length]).toEqual([2, 1])
    releases.shift()?.()
    await new Promise((ok) => setTimeout(ok, 0))
    expect([q.running, q.waiting.length]).toEqual([2, 0])
    for (const r of releases.splice(0)) r()
    await new Promise((ok) => setTimeout(ok, 0))
    releases.splice(0).forEach((r) => r())
    await q.idle(1000)
    expect(q.running).toBe(0)
  })
})

describe('published types', () => {
  test('src/*.d.mts are what `npm run types` generates from the JSDoc today', () => {
    const pkg = join(dirname(fileURLToPath(import.meta.url)), '..')
    const out = mkdtempSync(join(tmpdir(), 'shadow-types-'))
    try {
      const tsc = join(pkg, '..', '..', 'node_modules', '.bin', 'tsc')
      const sources = readdirSync(join(pkg, 'src')).filter((f) => f.endsWith('.mjs'))
      // compile from a copy without the .d.mts files, as `npm run types` does after deleting them
      const copy = join(out, 'src')
      spawnSync('mkdir', ['-p', copy])
      for (const f of sources) spawnSync('cp', [join(pkg, 'src', f), copy])
      const run = spawnSync(
        tsc,
        [
          '--ignoreConfig',
          '--allowJs',
          '--checkJs',
          '--strict',
          '--declaration',
          '--emitDeclarationOnly',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
          '--types',
          'node',
          '--typeRoots',
          join(pkg, '..', '..', 'node_modules', '@types'),
          '--skipLibCheck',
          '--outDir',
          copy,
          join(copy, 'index.mjs'),
          join(copy, 'shadow-proxy.mjs'),
        ],
        { encoding: 'utf8', timeout: 60_000 },
      )
      expect(run.stdout + run.stderr).toBe('')
      for (const f of readdirSync(copy).filter((name) => name.endsWith('.d.mts'))) {
        expect({ f, text: readFileSync(join(copy, f), 'utf8') }).toEqual({
          f,
          text: readFileSync(join(pkg, 'src', f), 'utf8'),
        })
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
