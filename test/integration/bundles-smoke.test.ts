// Every action's committed bundle loads and runs under Node 24 through the runner harness. Each bundle (the
// actions' and the OpenFeature provider's) matches what `npm run bundle` / `node scripts/build-provider.mjs` build
// from the current sources (CI fails on a stale dist/). From the same fresh build
// (webpack's stats kept), every bundle we redistribute (actions/<name>/dist, packages/openfeature-provider/dist)
// names in its committed licenses.txt each third-party package webpack put in it, and no other; the stats' chunks
// are read here independently of how scripts/licenses.mjs reads them.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { runAction } from '../support/runner/index.js'
import { node24, repoRoot } from '../support/net.js'

const actions = readdirSync(join(repoRoot, 'actions'))
  .filter((d) => existsSync(join(repoRoot, 'actions', d, 'action.yml')))
  .sort()

/** Every file under `dir`, subdirectories included, as paths relative to it (sorted). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

interface ChunkModule {
  nameForCondition?: string
  modules?: ChunkModule[]
}

/** Package directories of the modules webpack emitted, from the stats' chunks (with concatenated modules). */
function packagesInChunks(statsFile: string): string[] {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { chunks: { modules?: ChunkModule[] }[] }
  const dirs = new Set<string>()
  const visit = (m: ChunkModule): void => {
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(m.nameForCondition ?? '')
    if (match?.[1]) dirs.add(match[1])
    m.modules?.forEach(visit)
  }
  for (const chunk of stats.chunks) chunk.modules?.forEach(visit)
  return [...dirs]
}

/** What licenses.txt must say of the package in `dir`: its header line and each license file's text. */
function expectedNotice(dir: string): { header: string; texts: string[] } {
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, string>
  const texts = readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying)\b/i.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n').trim())
  return { header: `Package: ${name} ${version}`, texts }
}

const bundles = [
  ...actions.map((name) => ({
    name,
    dist: join('actions', name, 'dist'),
    stats: `${name}.stats.json`,
    rebuild: `npm run bundle -- ${name}`,
  })),
  {
    name: 'openfeature-provider',
    dist: 'packages/openfeature-provider/dist',
    stats: 'openfeature-provider.stats.json',
    rebuild: 'node scripts/build-provider.mjs',
  },
]

describe('bundles load and run under Node 24', () => {
  test('there are actions to check', () => {
    expect(actions.length).toBeGreaterThanOrEqual(5)
  })

  test.each(actions)('%s: no missing modules in dist/', (name) => {
    const dist = join(repoRoot, 'actions', name, 'dist')
    for (const file of filesUnder(dist).filter((f) => f.endsWith('.js'))) {
      expect({
        file,
        hasMissingModule: readFileSync(join(dist, file), 'utf8').includes('webpackMissingModule'),
      }).toEqual({ file, hasMissingModule: false })
    }
  })

  test.each(actions)('%s: runs with no inputs and succeeds or fails cleanly', async (name) => {
    const r = await runAction(name, { timeoutMs: 30_000 })
    const log = `exit ${r.exitCode}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`
    expect({ name, timedOut: r.timedOut, signal: r.signal }).toEqual({ name, timedOut: false, signal: null })
    for (const bad of [
      'Cannot find module',
      'ERR_MODULE_NOT_FOUND',
      'webpackMissingModule',
      'Internal error',
      '    at ',
    ]) {
      if (r.stdout.includes(bad) || r.stderr.includes(bad)) throw new Error(`${name}: output contains '${bad}'\n${log}`)
    }
    if (r.exitCode !== 0) {
      expect(r.exitCode).toBe(1)
      const errors = r.annotations.filter((a) => a.kind === 'error')
      if (errors.length === 0) throw new Error(`${name}: failed without an ::error:: annotation\n${log}`)
      expect(r.stderr.trim()).toBe('')
    }
    expect(r.leakedSecrets).toEqual([])
  })
})

describe('bundles are not stale', () => {
  let out: string
  let build: { status: number | null; output: string }

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'shipline-bundle-check-'))
    const runs = [
      [join(repoRoot, 'scripts', 'bundle.mjs'), '--out-root', out, '--keep-stats'],
      [join(repoRoot, 'scripts', 'build-provider.mjs'), '--out', join(out, 'openfeature-provider'), '--keep-stats'],
    ]
    const failed: string[] = []
    for (const args of runs) {
      const r = spawnSync(node24, args, { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 })
      if (r.status !== 0)
        failed.push(
          `node ${args.map((a) => relative(repoRoot, a) || a).join(' ')} failed (exit ${r.status}):\n` +
            `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`,
        )
    }
    build = { status: failed.length ? 1 : 0, output: failed.join('\n') }
  }, 300_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  test('the bundler ran', () => {
    if (build.status !== 0) throw new Error(build.output)
  })

  test.each(bundles)('$dist/ matches a fresh build byte for byte', ({ name, dist, rebuild }) => {
    const committed = join(repoRoot, dist)
    const fresh = join(out, name)
    if (!existsSync(fresh) || !statSync(fresh).isDirectory()) {
      throw new Error(
        build.status !== 0
          ? `${name}: not checked, the bundler failed (see 'the bundler ran')`
          : `${name}: the fresh build produced nothing at ${fresh}`,
      )
    }
    const have = existsSync(committed) ? filesUnder(committed) : []
    const want = filesUnder(fresh)
    const problems: string[] = []
    for (const f of want.filter((x) => !have.includes(x))) problems.push(`${dist}/${f} is missing`)
    for (const f of have.filter((x) => !want.includes(x)))
      problems.push(`${dist}/${f} is left over (a fresh build does not make it)`)
    for (const f of want.filter((x) => have.includes(x))) {
      if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))))
        problems.push(`${dist}/${f} differs from a fresh build`)
    }
    if (problems.length)
      throw new Error(
        `${name}: the committed bundle is stale; run ${rebuild} and commit ${dist}/\n  ${problems.join('\n  ')}`,
      )
  })
  test.each(bundles)('$dist/licenses.txt names every package in the bundle', ({ dist, stats }) => {
    const statsFile = join(out, stats)
    if (!existsSync(statsFile)) throw new Error(`no stats at ${statsFile}: see 'the bundler ran'`)
    const committed = readFileSync(join(repoRoot, dist, 'licenses.txt'), 'utf8')
    const expected = packagesInChunks(statsFile).map(expectedNotice)
    expect(expected.length).toBeGreaterThan(0)
    const missing = expected
      .filter((e) => !committed.includes(`\n${e.header}\n`) || e.texts.some((t) => !committed.includes(t)))
      .map((e) => e.header)
    const listed = committed.split('\n').filter((l) => l.startsWith('Package: '))
    const extra = listed.filter((l) => !expected.some((e) => e.header === l))
    if (missing.length || extra.length)
      throw new Error(
        `${dist}/licenses.txt does not match the packages in the bundle; rebuild it (npm run bundle, ` +
          `node scripts/build-provider.mjs) and commit dist/\n  missing or incomplete: ${missing.sort().join(', ') || '-'}` +
          `\n  listed but not bundled: ${extra.join(', ') || '-'}`,
      )
  })
})
