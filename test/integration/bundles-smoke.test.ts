// Every action's committed bundle: it loads and runs under Node 24 through the runner harness, and it matches
// what `npm run bundle` builds from the current sources (CI fails on a stale dist/).
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

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesUnder(p))
    else out.push(p)
  }
  return out.map((p) => relative(dir, p)).sort()
}

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
    const r = spawnSync(node24, [join(repoRoot, 'scripts', 'bundle.mjs'), '--out-root', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 240_000,
    })
    build = { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` }
  }, 250_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  test('the bundler ran', () => {
    if (build.status !== 0)
      throw new Error(`node scripts/bundle.mjs --out-root failed (exit ${build.status}):\n${build.output}`)
  })

  test.each(actions)('%s: dist/ matches a fresh build byte for byte', (name) => {
    const committed = join(repoRoot, 'actions', name, 'dist')
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
    for (const f of want.filter((x) => !have.includes(x))) problems.push(`actions/${name}/dist/${f} is missing`)
    for (const f of have.filter((x) => !want.includes(x)))
      problems.push(`actions/${name}/dist/${f} is left over (a fresh build does not make it)`)
    for (const f of want.filter((x) => have.includes(x))) {
      if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))))
        problems.push(`actions/${name}/dist/${f} differs from a fresh build`)
    }
    if (problems.length)
      throw new Error(
        `${name}: the committed bundle is stale; run npm run bundle -- ${name} and commit dist/\n  ${problems.join('\n  ')}`,
      )
  })
})
