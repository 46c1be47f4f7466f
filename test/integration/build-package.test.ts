// build-package through the runner harness: the bundled action builds real fixture projects with real npm,
// and its packages are checked with the real tools (sha256sum, tar, npm install).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunResult } from '../support/runner/index.js'
import { repoRoot } from '../support/net.js'
import { startVerdaccio } from '../support/servers/verdaccio.js'
import { artifactsOf, errorsOf, fileSha256 } from '../support/action-results.js'
import { gitWorkspace, sh } from '../support/git-workspace.js'

const FIXTURES = join(repoRoot, 'test', 'fixtures', 'build-package')
let scratch: string

/** A fresh git workspace holding a fixture, committed at a fixed time. */
function workspace(fixture: string, label = fixture): string {
  return gitWorkspace(scratch, label, join(FIXTURES, fixture))
}

const build = (ws: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<RunResult> =>
  runAction('build-package', {
    workspace: ws,
    inputs: { 'out-dir': 'dist-packages', ...inputs },
    env,
    timeoutMs: 120_000,
  })

const FULL = {
  version: '2.3.4',
  resources: 'assets, config, docs',
  archives: 'web=dist/**/*.cjs\nweb=!dist/index.cjs',
  'meta-package': 'both',
  sbom: 'true',
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bp-int-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('build-package: a full build', () => {
  let ws: string
  let r: RunResult

  beforeAll(async () => {
    ws = workspace('lib')
    r = await build(ws, FULL)
  }, 120_000)

  test('runs every step in its own group and reports them in the summary', () => {
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.groups.slice(0, 4)).toEqual([
      'install: npm ci --no-audit --no-fund',
      'lint: npm run lint',
      'compile: npm run build',
      'test: npm run test',
    ])
    expect(r.groups).toContain('package: resource assets (assets)')
    expect(r.summary).toMatch(/\| lint \| ✅ success \| [\d.]+m?s \| `npm run lint` \|/)
    expect(r.summary).toContain('```mermaid\ngantt')
    expect(r.summary).toContain('| `fixture-greet-2.3.4.tgz` | npm |')
    expect(r.outputs.version).toBe('2.3.4')
    expect(r.outputs['out-dir']).toBe(join(ws, 'dist-packages'))
  })

  test('writes every package, and sha256sum -c SHA256SUMS passes', () => {
    const out = join(ws, 'dist-packages')
    expect(
      readdirSync(out)
        .filter((f) => !f.startsWith('.'))
        .sort(),
    ).toEqual([
      'SHA256SUMS',
      'fixture-greet-2.3.4.cdx.json',
      'fixture-greet-2.3.4.meta.json',
      'fixture-greet-2.3.4.tgz',
      'fixture-greet-assets-2.3.4.tar.gz',
      'fixture-greet-config-2.3.4.tar.gz',
      'fixture-greet-docs-2.3.4.tar.gz',
      'fixture-greet-meta-2.3.4.tgz',
      'fixture-greet-web-2.3.4.tar.gz',
    ])
    expect(r.outputs.checksums).toBe(join(out, 'SHA256SUMS'))
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })
    expect(check.stdout.trim().split('\n')).toHaveLength(8)
    expect(check.status).toBe(0)
  })

  test('the artifacts output and the manifest match the files', () => {
    const artifacts = artifactsOf(r)
    expect(artifacts).toHaveLength(8)
    for (const a of artifacts) {
      expect(readFileSync(a.path).length).toBe(a.size)
      expect(fileSha256(a.path)).toBe(a.sha256)
    }
    const manifest = JSON.parse(readFileSync(r.outputs['meta-package'] as string, 'utf8'))
    expect(manifest).toMatchObject({
      name: '@fixture/greet',
      version: '2.3.4',
      builtFrom: '2024-05-01T12:00:00.000Z',
      provenance: {
        commit: 'ffac537e6cbbf934b08745a378932722df287a53',
        ref: 'refs/heads/main',
        runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1',
      },
    })
    const parts = manifest.parts as { file: string; kind: string; version: string; size: number; sha256: string }[]
    expect(parts.map((p) => p.kind).sort()).toEqual(['archive', 'npm', 'resource', 'resource', 'resource', 'sbom'])
    for (const p of parts) {
      const file = join(ws, 'dist-packages', p.file)
      expect([p.version, p.size, p.sha256]).toEqual(['2.3.4', readFileSync(file).length, fileSha256(file)])
    }
  })

  test('stamps the version into the packed package.json without touching the working tree', () => {
    const tgz = join(ws, 'dist-packages', 'fixture-greet-2.3.4.tgz')
    expect(JSON.parse(sh('tar', ['-xzOf', tgz, 'package/package.json'], ws)).version).toBe('2.3.4')
    expect(sh('tar', ['-tzf', tgz], ws).trim().split('\n').sort()).toEqual([
      'package/README.md',
      'package/dist/cli.cjs',
      'package/dist/index.cjs',
      'package/package.json',
    ])
    expect(JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')).version).toBe('1.0.0')
    expect(sh('git', ['status', '--porcelain', '--untracked-files=no'], ws)).toBe('')
  })

  test('the npm tarball is byte for byte what npm pack makes of the tree with the version edited by hand', () => {
    const copy = mkdtempSync(join(scratch, 'hand-'))
    cpSync(ws, copy, { recursive: true, filter: (p) => !p.includes('dist-packages') && !p.includes('node_modules') })
    const pkg = join(copy, 'package.json')
    writeFileSync(pkg, readFileSync(pkg, 'utf8').replace('"version": "1.0.0"', '"version": "2.3.4"'))
    sh('npm', ['pack', '--ignore-scripts', '--pack-destination', copy], copy)
    expect(fileSha256(join(copy, 'fixture-greet-2.3.4.tgz'))).toBe(
      fileSha256(join(ws, 'dist-packages', 'fixture-greet-2.3.4.tgz')),
    )
  })

  test('resources are archives of their own, with normalized owners, modes and the commit time', () => {
    const listing = sh(
      'tar',
      ['--numeric-owner', '--full-time', '-tvzf', join(ws, 'dist-packages', 'fixture-greet-assets-2.3.4.tar.gz')],
      ws,
    )
    expect(
      listing
        .trim()
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ')),
    ).toEqual([
      'drwxr-xr-x 0/0 0 2024-05-01 12:00:00 assets/',
      'drwxr-xr-x 0/0 0 2024-05-01 12:00:00 assets/img/',
      'drwxr-xr-x 0/0 42 2024-05-01 12:00:00 assets/img/logo.svg'.replace('drwxr-xr-x', '-rw-r--r--'),
      '-rw-r--r-- 0/0 21 2024-05-01 12:00:00 assets/site.css',
    ])
    const web = sh('tar', ['-tvzf', join(ws, 'dist-packages', 'fixture-greet-web-2.3.4.tar.gz')], ws)
    expect(
      web
        .trim()
        .split('\n')
        .map((l) => l.replace(/^(\S+) .* (\S+)$/, '$1 $2')),
    ).toEqual(['drwxr-xr-x dist/', '-rwxr-xr-x dist/cli.cjs'])
  })

  test('the npm tarball installs offline into a fresh project and works; the meta package pins it', () => {
    const app = mkdtempSync(join(scratch, 'app-'))
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n')
    const tgz = join(ws, 'dist-packages', 'fixture-greet-2.3.4.tgz')
    sh('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], app)
    expect(sh('node', ['-e', "console.log(require('@fixture/greet').greet('Ada'))"], app).trim()).toBe('Hello, Ada!')
    expect(sh(join(app, 'node_modules', '.bin', 'greet'), ['Bob'], app).trim()).toBe('Hello, Bob!')
    const meta = JSON.parse(
      sh('tar', ['-xzOf', join(ws, 'dist-packages', 'fixture-greet-meta-2.3.4.tgz'), 'package/package.json'], ws),
    )
    expect(meta).toMatchObject({
      name: '@fixture/greet-meta',
      version: '2.3.4',
      dependencies: { '@fixture/greet': '2.3.4' },
    })
  })

  test('published to a registry (Verdaccio), the meta package installs the exact parts and they work', async () => {
    const registry = await startVerdaccio()
    try {
      const env = {
        ...process.env,
        npm_config_userconfig: registry.npmrc,
        npm_config_cache: join(scratch, 'npm-cache'),
      }
      const out = join(ws, 'dist-packages')
      for (const file of ['fixture-greet-2.3.4.tgz', 'fixture-greet-meta-2.3.4.tgz']) {
        sh('npm', ['publish', join(out, file), '--registry', registry.url], ws, env)
      }
      const app = mkdtempSync(join(scratch, 'registry-app-'))
      writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n')
      sh(
        'npm',
        ['install', '--no-audit', '--no-fund', '--registry', registry.url, '@fixture/greet-meta@2.3.4'],
        app,
        env,
      )
      expect(
        JSON.parse(readFileSync(join(app, 'node_modules', '@fixture', 'greet', 'package.json'), 'utf8')).version,
      ).toBe('2.3.4')
      expect(sh('node', ['-e', "console.log(require('@fixture/greet').greet('Registry'))"], app).trim()).toBe(
        'Hello, Registry!',
      )
      const meta = JSON.parse(readFileSync(join(app, 'node_modules', '@fixture', 'greet-meta', 'meta.json'), 'utf8'))
      expect(meta.parts.find((p: { kind: string }) => p.kind === 'npm').sha256).toBe(
        fileSha256(join(out, 'fixture-greet-2.3.4.tgz')),
      )
    } finally {
      await registry.stop()
    }
  }, 90_000)

  test('the SBOM is CycloneDX for the stamped version, without a random serial number', () => {
    const bom = JSON.parse(readFileSync(join(ws, 'dist-packages', 'fixture-greet-2.3.4.cdx.json'), 'utf8'))
    expect(bom.bomFormat).toBe('CycloneDX')
    expect(bom.serialNumber).toBeUndefined()
    expect(bom.metadata.timestamp).toBe('2024-05-01T12:00:00.000Z')
    expect(bom.metadata.component.version).toBe('2.3.4')
  })
})

describe('build-package: reproducible', () => {
  test('the same commit built twice, in other places with other file times, gives identical bytes', async () => {
    const a = workspace('lib', 'repro-a')
    const b = mkdtempSync(join(scratch, 'repro-b-'))
    cpSync(a, b, { recursive: true }) // same repository, same HEAD
    utimesSync(join(b, 'assets', 'site.css'), 1000, 1000)
    const [ra, rb] = await Promise.all([build(a, FULL), build(b, FULL)])
    expect([ra.exitCode, rb.exitCode]).toEqual([0, 0])
    const sums = (r: RunResult) =>
      Object.fromEntries(artifactsOf(r).map((x) => [x.path.slice(x.path.lastIndexOf('/') + 1), x.sha256]))
    expect(sums(rb)).toEqual(sums(ra))
    expect(readFileSync(join(b, 'dist-packages', 'SHA256SUMS'), 'utf8')).toBe(
      readFileSync(join(a, 'dist-packages', 'SHA256SUMS'), 'utf8'),
    )
  }, 120_000)

  test('a re-run replaces its own output and clears leftovers of a killed run; a directory of other files is refused', async () => {
    const ws = workspace('lib', 'rerun')
    const quick = { skip: 'lint,test', 'meta-package': 'none' }
    expect((await build(ws, { ...quick, version: '1.0.0' })).exitCode).toBe(0)
    mkdirSync(join(ws, 'dist-packages.partial-Ab12Cd')) // left by a run killed mid-package
    writeFileSync(join(ws, 'dist-packages.partial-Ab12Cd', 'half.tgz'), 'x')
    expect((await build(ws, { ...quick, version: '1.0.1' })).exitCode).toBe(0)
    expect(readdirSync(join(ws, 'dist-packages')).filter((f) => f.endsWith('.tgz'))).toEqual([
      'fixture-greet-1.0.1.tgz',
    ])
    expect(readdirSync(ws).filter((f) => f.startsWith('dist-packages'))).toEqual(['dist-packages'])
    mkdirSync(join(ws, 'mine'))
    writeFileSync(join(ws, 'mine', 'notes.txt'), 'keep me')
    const refused = await build(ws, { ...quick, 'out-dir': 'mine' })
    expect(refused.exitCode).toBe(1)
    expect(errorsOf(refused)).toContain('already holds files that build-package did not write (notes.txt)')
    expect(readFileSync(join(ws, 'mine', 'notes.txt'), 'utf8')).toBe('keep me')
  }, 120_000)
})

describe('build-package: output directory', () => {
  test('by default packages go to $RUNNER_TEMP/shipline-packages/<package>, outside the working tree', async () => {
    const ws = workspace('lib', 'default-out')
    const temp = mkdtempSync(join(scratch, 'runner-temp-'))
    const r = await runAction('build-package', {
      workspace: ws,
      inputs: { skip: 'lint,test' },
      env: { RUNNER_TEMP: temp },
      timeoutMs: 120_000,
    })
    expect(errorsOf(r)).toBe('')
    expect(r.outputs['out-dir']).toBe(join(temp, 'shipline-packages', 'fixture-greet'))
    expect(readdirSync(r.outputs['out-dir'] as string).sort()).toEqual([
      '.shipline-build-package',
      'SHA256SUMS',
      'fixture-greet-1.0.0.meta.json',
      'fixture-greet-1.0.0.tgz',
    ])
    expect(
      sh('git', ['status', '--porcelain', '--ignored'], ws)
        .split('\n')
        .filter((l) => l && !/dist\/|node_modules\//.test(l)),
    ).toEqual([])
  }, 120_000)

  test.each(['killed (SIGKILL)', 'cancelled the way the runner cancels (SIGINT, SIGTERM)'])(
    '%s mid-build, it leaves the previous output intact, and a re-run converges',
    async (how) => {
      const ws = workspace('lib', 'killed')
      const temp = mkdtempSync(join(scratch, 'runner-temp-'))
      const env = { RUNNER_TEMP: temp }
      expect((await build(ws, { version: '1.0.0', 'meta-package': 'none', skip: 'lint,test' }, env)).exitCode).toBe(0)
      const before = readFileSync(join(ws, 'dist-packages', 'SHA256SUMS'), 'utf8')
      const slow = spawnAction('build-package', {
        workspace: ws,
        env,
        inputs: {
          'out-dir': 'dist-packages',
          version: '1.0.1',
          skip: 'lint',
          'test-command': 'node -e setTimeout(()=>{},4000)',
        },
        timeoutMs: 60_000,
      })
      const reached = await Promise.race([
        new Promise<boolean>((resolve) => {
          const watch = (chunk: Buffer) => {
            if (!chunk.toString().includes('::group::test:')) return
            slow.child.stdout?.off('data', watch)
            resolve(true)
          }
          slow.child.stdout?.on('data', watch)
        }),
        slow.result.then(() => false), // it must not finish before we kill it
      ])
      expect(reached).toBe(true)
      if (how.startsWith('killed')) {
        slow.child.kill('SIGKILL')
        expect((await slow.result).signal).toBe('SIGKILL')
      } else {
        expect((await slow.cancel({ sigintMs: 1_000, sigtermMs: 1_000 })).exitCode).not.toBe(0)
      }
      expect(readFileSync(join(ws, 'dist-packages', 'SHA256SUMS'), 'utf8')).toBe(before)
      // Staging copies of a run killed while packaging (its pid is gone), and one of a build still running (kept).
      const dead = spawnSync('true').pid
      mkdirSync(join(temp, `shipline-stage-${dead}-Ab12Cd`, 'npm'), { recursive: true })
      writeFileSync(join(temp, `shipline-stage-${dead}-Ab12Cd`, 'npm', 'package.json'), '{}')
      mkdirSync(join(temp, `shipline-stage-${process.pid}-Zz99Yy`))
      const again = await build(ws, { version: '1.0.1', 'meta-package': 'none', skip: 'lint,test' }, env)
      expect(again.exitCode).toBe(0)
      expect(readFileSync(join(ws, 'dist-packages', 'SHA256SUMS'), 'utf8')).toMatch(/ {2}fixture-greet-1\.0\.1\.tgz\n$/)
      expect(readdirSync(temp).filter((n) => n.startsWith('shipline-stage-'))).toEqual([
        `shipline-stage-${process.pid}-Zz99Yy`,
      ])
      expect(readdirSync(ws).filter((f) => f.startsWith('dist-packages'))).toEqual(['dist-packages'])
    },
    120_000,
  )
})

describe('build-package: failing steps', () => {
  test('a failing lint step is named, shows its output, exits 1 and reports no artifacts', async () => {
    const ws = workspace('lib', 'lint-fail')
    writeFileSync(join(ws, 'src', 'bad.cjs'), '// LINT-FAIL\n')
    const r = await build(ws, FULL)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(/^Step 'lint' failed: 'npm run lint' exited with code 1\. Last lines of its output:/)
    const annotation = r.annotations.find((a) => a.kind === 'error')
    expect([annotation?.file, annotation?.line]).toEqual(['package.json', 11]) // the "lint" script's line
    expect(errorsOf(r)).toContain('bad.cjs: lint error: forbidden marker')
    expect(r.outputs.artifacts).toBeUndefined()
    expect(existsSync(join(ws, 'dist-packages'))).toBe(false)
    expect(r.summary).toMatch(/\| lint \| ❌ failure \|/)
    expect(r.summary).toMatch(/\| compile \| ⏸️ not run \|/)
    expect(r.summary).toContain('Failed at step `lint`')
  }, 120_000)

  test('a failing test step is named', async () => {
    const ws = workspace('lib', 'test-fail')
    const r = await build(ws, { skip: 'lint' }, { FIXTURE_TEST_FAIL: '1' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(/^Step 'test' failed: 'npm run test' exited with code 1/)
    expect(errorsOf(r)).toContain('FIXTURE_TEST_FAIL was set: 1 failing')
    expect(existsSync(join(ws, 'dist-packages'))).toBe(false)
  }, 120_000)

  test('skipped steps and a command input', async () => {
    const ws = workspace('lib', 'skip')
    const r = await build(ws, {
      skip: 'lint,test',
      'compile-command': 'node scripts/build.cjs',
      'meta-package': 'none',
    })
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toMatch(/\| lint \| ⏭️ skipped \(skipped by input\) \|/)
    expect(r.groups).toContain('compile: node scripts/build.cjs')
    expect(artifactsOf(r).map((a) => a.kind)).toEqual(['npm'])
  }, 120_000)
})

describe('build-package: bad input changes nothing', () => {
  const cases: [string, (ws: string) => Record<string, string>, RegExp][] = [
    [
      'no package.json',
      () => ({ 'working-directory': 'docs' }),
      /Input 'working-directory': 'docs' has no package\.json/,
    ],
    [
      'a version that is not semver',
      () => ({ version: '1.2' }),
      /Input 'version': '1\.2' is not a semantic version \(e\.g\. '1\.4\.0' or '2\.0\.0-rc\.1'\)/,
    ],
    [
      'a resource path escaping the workspace',
      () => ({ resources: '../outside' }),
      /Input 'resources': '\.\.\/outside' escapes the working directory/,
    ],
    ['an absolute archive path', () => ({ archives: 'etc=/etc' }), /Input 'archives': '\/etc' is an absolute path/],
    [
      'a missing lockfile',
      (ws) => (rmSync(join(ws, 'package-lock.json')), {}),
      /No lockfile in '\.' or its parents up to the workspace root/,
    ],
    [
      'a command with a shell operator',
      () => ({ 'lint-command': 'eslint . && rm -rf /' }),
      /Input 'lint-command': 'eslint \. && rm -rf \/' uses the shell operator '&&'/,
    ],
    [
      'an out-dir that is a file',
      () => ({ 'out-dir': 'README.md' }),
      /Input 'out-dir': '.*\/README\.md' exists and is not a directory/,
    ],
    [
      'a workspace: dependency npm pack cannot resolve',
      (ws) => {
        const pkg = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8'))
        writeFileSync(
          join(ws, 'package.json'),
          JSON.stringify({ ...pkg, dependencies: { '@fixture/util': 'workspace:^' } }),
        )
        sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'workspace dep'], ws)
        return { skip: 'install,lint,compile,test' }
      },
      /package\.json dependencies use the workspace: protocol \(@fixture\/util@workspace:\^\), which npm pack would publish unresolved/,
    ],
    [
      'an unknown step in skip',
      () => ({ skip: 'lint,tests' }),
      /Input 'skip': 'tests' is not a step: use install, lint, compile, test, package/,
    ],
    [
      'an out-dir with a name over 255 bytes',
      () => ({ 'out-dir': 'o'.repeat(300) }),
      /Input 'out-dir': 'o+…' has a name of 300 bytes; each name in a path can be at most 255 bytes/,
    ],
    [
      'a huge working-directory',
      () => ({ 'working-directory': 'w/'.repeat(50_000) }),
      /Input 'working-directory': 'w\/w\/.*' is 100000 characters long; a path can be at most 4096/,
    ],
    [
      'an out-dir through a directory link out of the workspace',
      (ws) => (symlinkSync(mkdtempSync(join(scratch, 'elsewhere-')), join(ws, 'out')), { 'out-dir': 'out/pkgs' }),
      /Input 'out-dir': 'out\/pkgs' is outside the allowed roots \(through a symlink: it resolves to .*elsewhere-.*\/pkgs\); give a path inside the workspace/,
    ],
    [
      'a meta package named .',
      () => ({ 'meta-package-name': '.', 'meta-package': 'npm' }),
      /Input 'meta-package-name': '\.' is not a valid npm package name/,
    ],
    [
      'a package.json named .',
      (ws) => (
        writeFileSync(
          join(ws, 'package.json'),
          JSON.stringify({ ...JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')), name: '.' }),
        ),
        { skip: 'install,lint,compile,test' }
      ),
      /package\.json in '\.': the name '\.' is not a valid npm package name/,
    ],
    [
      'a symlink to outside the workspace',
      (ws) => (
        symlinkSync('/etc/hostname', join(ws, 'assets', 'host')),
        { resources: 'assets', skip: 'install,lint,compile,test' }
      ),
      /Input 'resources': 'assets\/host' is a symlink pointing outside the workspace \(-> \/etc\/hostname\)/,
    ],
  ]
  test.each(cases)(
    '%s',
    async (_label, prepare, message) => {
      const ws = workspace('lib', 'bad')
      const inputs = prepare(ws)
      const before = sh('git', ['status', '--porcelain'], ws)
      const r = await build(ws, inputs)
      expect(r.exitCode).toBe(1)
      expect(errorsOf(r)).toMatch(message)
      expect(r.outputs.artifacts).toBeUndefined()
      expect(existsSync(join(ws, 'dist-packages'))).toBe(false)
      if (!String(message).includes('symlink')) expect(sh('git', ['status', '--porcelain'], ws)).toBe(before)
    },
    120_000,
  )

  test('allow-no-lockfile installs without writing a lockfile', async () => {
    const ws = workspace('lib', 'nolock')
    rmSync(join(ws, 'package-lock.json'))
    const r = await build(ws, {
      'allow-no-lockfile': 'true',
      'meta-package': 'none',
      skip: 'lint,compile,test',
      'npm-pack': 'false',
    })
    expect(errorsOf(r)).toBe('')
    expect(r.groups[0]).toBe('install: npm install --no-audit --no-fund --no-package-lock')
    expect(existsSync(join(ws, 'package-lock.json'))).toBe(false)
  }, 120_000)
})

describe('build-package: monorepo', () => {
  test('builds one workspace package; install runs at the root lockfile', async () => {
    const ws = workspace('monorepo')
    const r = await build(ws, { 'working-directory': 'packages/web', resources: 'src' })
    expect(errorsOf(r)).toBe('')
    expect(r.groups.slice(0, 2)).toEqual(['install: npm ci --no-audit --no-fund', 'test: npm run test'])
    expect(artifactsOf(r).map((a) => a.path.slice(a.path.lastIndexOf('/') + 1))).toEqual([
      'fixture-web-0.3.0.tgz',
      'fixture-web-src-0.3.0.tar.gz',
      'fixture-web-0.3.0.meta.json',
    ])
    expect(
      sh('tar', ['-tzf', join(ws, 'dist-packages', 'fixture-web-0.3.0.tgz')], ws)
        .trim()
        .split('\n')
        .sort(),
    ).toEqual(['package/package.json', 'package/src/index.cjs'])
  }, 120_000)
})
