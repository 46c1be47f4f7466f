/**
 * The npm package as it would be published: what `npm pack` puts in it, that its manifest needs nothing private,
 * that the committed dist/ is what the build makes from the sources, and that the bundle works in plain Node
 * (no TypeScript hooks) with the real @openfeature/server-sdk, on a real file.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { node24, repoRoot } from '../../../test/support/net.js'

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as Record<string, unknown> & {
  dependencies?: object
  peerDependencies?: Record<string, string>
  exports: { '.': { types: string; default: string } }
}
const temp = mkdtempSync(join(tmpdir(), 'shipline-of-package-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

describe('@shipline/openfeature-provider as an npm package', () => {
  test('npm pack ships the bundle, its types, its licenses.txt, the README and the manifest — no sources, no tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: pkgDir,
      encoding: 'utf8',
    })
    const [packed] = JSON.parse(out) as { name: string; files: { path: string }[] }[]
    const paths = packed!.files.map((f) => f.path).sort()
    expect(packed!.name).toBe('@shipline/openfeature-provider')
    expect(paths).toEqual(
      expect.arrayContaining(['README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/licenses.txt']),
    )
    expect(paths.filter((p) => !/^(README\.md|package\.json|dist\/(.*\.(js|d\.ts)|licenses\.txt))$/.test(p))).toEqual(
      [],
    )
  })

  test('the manifest is publishable: not private, no workspace dependency at run time, the SDK as a peer', () => {
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.peerDependencies).toEqual({ '@openfeature/server-sdk': '^1.23.0' })
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' })
    const bundle = readFileSync(join(pkgDir, 'dist', 'index.js'), 'utf8')
    expect(bundle).not.toMatch(/from ["']@shipline\//)
    for (const dts of files(join(pkgDir, 'dist')).filter((f) => f.endsWith('.d.ts')))
      expect({ dts: relative(pkgDir, dts), text: readFileSync(dts, 'utf8') }).not.toMatchObject({
        text: expect.stringMatching(/['"]@shipline\//),
      })
  })

  test('the committed dist/ is what scripts/build-provider.mjs makes from the sources (run it and commit when this fails)', () => {
    const out = join(temp, 'dist')
    execFileSync(node24, [join(repoRoot, 'scripts', 'build-provider.mjs'), '--out', out], {
      cwd: repoRoot,
      stdio: 'pipe',
      timeout: 240_000,
    })
    const fresh = files(out)
      .map((f) => relative(out, f))
      .sort()
    const committed = files(join(pkgDir, 'dist'))
      .map((f) => relative(join(pkgDir, 'dist'), f))
      .sort()
    expect(committed).toEqual(fresh)
    const stale = fresh.filter(
      (f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(pkgDir, 'dist', f), 'utf8'),
    )
    expect(stale).toEqual([])
  }, 300_000)

  test('the bundle runs in plain Node with @openfeature/server-sdk: reads a real file and trips a breaker', () => {
    const script = `
      import { OpenFeature } from '@openfeature/server-sdk'
      import { writeFileSync } from 'node:fs'
      const { ShiplineProvider } = await import(${JSON.stringify(pathToFileURL(join(pkgDir, 'dist', 'index.js')).href)})
      const path = ${JSON.stringify(join(temp, 'flags.json'))}
      writeFileSync(path, JSON.stringify({ flags: { 'new-greeting': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on' } } }))
      const provider = new ShiplineProvider({ path, pollMs: 0, breakers: { 'new-greeting': { minimumRequests: 3 } } })
      await OpenFeature.setProviderAndWait(provider)
      const client = OpenFeature.getClient()
      const paths = []
      for (let i = 0; i < 4; i++) paths.push((await provider.guard(client, 'new-greeting', { targetingKey: 'u' + i }, { on: () => { throw new Error('down') }, off: () => 'old' })).path)
      console.log(JSON.stringify({ paths, state: provider.breakerState('new-greeting') }))
      await OpenFeature.close()
    `
    // Run from the package directory, so '@openfeature/server-sdk' resolves as it would for an app that installed both.
    const r = spawnSync(node24, ['--input-type=module', '-e', script], {
      cwd: pkgDir,
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ paths: ['fallback', 'fallback', 'fallback', 'off'], state: 'OPEN' })
  })
})
