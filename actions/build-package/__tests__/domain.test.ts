import { describe, expect, test } from '@jest/globals'
import { InputError } from '@shipline/core'
import { CommandSyntaxError, formatCommand, splitCommand } from '../src/domain/command.js'
import { detectPackageManager, managerFor } from '../src/domain/package-manager.js'
import { describePackaging, NPM_INIT_TEST, parseSkip, planSteps } from '../src/domain/steps.js'
import {
  archiveFileName,
  checkDistinctNames,
  fileBase,
  globBase,
  parseArchiveSpecs,
  parseMetaDependencies,
  parseVersion,
  safeRelative,
  scriptLine,
  stampVersion,
} from '../src/domain/spec.js'
import { buildManifest, metaPackageJson, provenanceFrom, sha256sums, type Artifact } from '../src/domain/manifest.js'

describe('splitCommand', () => {
  test.each([
    ['npm run lint', ['npm', 'run', 'lint']],
    ['  eslint   --max-warnings 0\tsrc ', ['eslint', '--max-warnings', '0', 'src']],
    [`node -e 'console.log("a b")'`, ['node', '-e', 'console.log("a b")']],
    [`echo "say \\"hi\\"" x\\ y`, ['echo', 'say "hi"', 'x y']],
    [`a '' "" b`, ['a', '', '', 'b']],
    ['tsc -p . \\&& x', ['tsc', '-p', '.', '&&', 'x']],
    ["jest '|'", ['jest', '|']],
  ])('%s', (text, argv) => {
    expect(splitCommand(text)).toEqual(argv)
  })

  test.each([
    ['npm test && npm run lint', /shell operator '&&'/],
    ['a | b', /shell operator '\|'/],
    ['a > out.txt', /shell operator '>'/],
    ['echo $(whoami)', /substitution/],
    ['echo `id`', /substitution/],
    ['echo "open', /unclosed double quote/],
    ["echo 'open", /unclosed single quote/],
    ['   ', /is empty/],
    ['a \\', /lone backslash/],
  ])('refuses %s', (text, message) => {
    expect(() => splitCommand(text)).toThrow(CommandSyntaxError)
    expect(() => splitCommand(text)).toThrow(message)
  })

  test('formatCommand quotes what needs it and round-trips', () => {
    const argv = ['node', '-e', "console.log('x y')", '', 'plain/path.js']
    expect(formatCommand(argv)).toBe(`node -e 'console.log('\\''x y'\\'')' '' plain/path.js`)
    expect(splitCommand(formatCommand(argv))).toEqual(argv)
  })
})

describe('detectPackageManager', () => {
  test('npm from package-lock.json uses npm ci', () => {
    const d = detectPackageManager(['package-lock.json'])
    expect(d?.manager.install).toEqual(['npm', 'ci', '--no-audit', '--no-fund'])
    expect(d?.manager.runScript('build')).toEqual(['npm', 'run', 'build'])
    expect(d?.note).toBeUndefined()
  })
  test('pnpm, yarn classic, yarn berry, bun', () => {
    expect(detectPackageManager(['pnpm-lock.yaml'])?.manager.install).toEqual(['pnpm', 'install', '--frozen-lockfile'])
    expect(detectPackageManager(['yarn.lock'])?.manager.install).toEqual(['yarn', 'install', '--frozen-lockfile'])
    expect(detectPackageManager(['yarn.lock'], undefined, true)?.manager.install).toEqual([
      'yarn',
      'install',
      '--immutable',
    ])
    expect(detectPackageManager(['bun.lockb'])?.manager.name).toBe('bun')
  })
  test('several lockfiles: packageManager decides, with a note', () => {
    const d = detectPackageManager(['yarn.lock', 'package-lock.json'], 'yarn@4.1.0', true)
    expect(d?.manager.name).toBe('yarn')
    expect(d?.note).toMatch(/several lockfiles found \(package-lock.json, yarn.lock\); using yarn.lock/)
    expect(detectPackageManager(['yarn.lock', 'package-lock.json'])?.manager.name).toBe('npm')
  })
  test('no lockfile → undefined; npm without a lockfile does not write one', () => {
    expect(detectPackageManager(['README.md'])).toBeUndefined()
    expect(managerFor('npm', undefined).install).toContain('--no-package-lock')
  })
})

describe('planSteps', () => {
  const manager = managerFor('npm', 'package-lock.json')
  const scripts = { lint: 'eslint .', build: 'tsc', test: 'jest', check: 'x' }

  test('default scripts, in order, package last', () => {
    const plan = planSteps({ manager, scripts, skip: [], settings: {} })
    expect(plan.map((s) => [s.id, s.argv?.join(' ')])).toEqual([
      ['install', 'npm ci --no-audit --no-fund'],
      ['lint', 'npm run lint'],
      ['compile', 'npm run build'],
      ['test', 'npm run test'],
      ['package', undefined],
    ])
  })
  test('missing default scripts and the npm init placeholder are skipped with a reason', () => {
    const plan = planSteps({ manager, scripts: { test: NPM_INIT_TEST }, skip: [], settings: {} })
    expect(plan.find((s) => s.id === 'lint')?.skipped).toBe("no 'lint' script")
    expect(plan.find((s) => s.id === 'test')?.skipped).toBe("'test' is npm's placeholder")
  })
  test('skip list, explicit scripts and commands', () => {
    const plan = planSteps({
      manager,
      scripts,
      skip: ['install', 'test'],
      settings: { lint: { script: 'check' }, compile: { command: ['tsc', '-b'] } },
      installCommand: ['npm', 'install'],
    })
    expect(plan.find((s) => s.id === 'install')).toMatchObject({ skipped: 'skipped by input', what: 'npm install' })
    expect(plan.find((s) => s.id === 'lint')?.argv).toEqual(['npm', 'run', 'check'])
    expect(plan.find((s) => s.id === 'compile')?.argv).toEqual(['tsc', '-b'])
    expect(plan.find((s) => s.id === 'test')?.skipped).toBe('skipped by input')
  })
  test('an explicit script that package.json lacks is an error naming the input', () => {
    const run = () => planSteps({ manager, scripts, skip: [], settings: { compile: { script: 'bundle' } } })
    expect(run).toThrow(InputError)
    expect(run).toThrow("Input 'compile': 'bundle' is not a script in package.json (scripts: lint, build, test, check)")
  })
  test('parseSkip refuses unknown steps', () => {
    expect(parseSkip(['lint', 'test'])).toEqual(['lint', 'test'])
    expect(() => parseSkip(['lnt'])).toThrow('is not a step: use install, lint, compile, test, package')
  })
})

describe('spec', () => {
  test('safeRelative normalizes and refuses escapes and absolute paths', () => {
    expect(safeRelative('x', './dist/')).toBe('dist')
    expect(safeRelative('x', 'a//b/./c')).toBe('a/b/c')
    expect(safeRelative('x', '.')).toBe('.')
    for (const bad of ['../etc', 'a/../../b', 'a/../b', '/etc/passwd', 'C:\\x', '~/x', '']) {
      expect(() => safeRelative('resources', bad)).toThrow(InputError)
    }
    expect(() => safeRelative('resources', '/etc')).toThrow('is an absolute path')
    expect(() => safeRelative('resources', '../up')).toThrow("escapes the working directory ('..' is not allowed)")
  })
  test('parseArchiveSpecs: names, merging, globs', () => {
    const specs = parseArchiveSpecs(
      'archives',
      ['dist', 'web=public/**/*.html', 'web=public/app.js', 'web=!**/*.map', 'cfg = config/'],
      'archive',
    )
    expect(specs).toEqual([
      { name: 'dist', patterns: ['dist'], excludes: [], kind: 'archive' },
      { name: 'web', patterns: ['public/**/*.html', 'public/app.js'], excludes: ['**/*.map'], kind: 'archive' },
      { name: 'cfg', patterns: ['config'], excludes: [], kind: 'archive' },
    ])
    expect(() => parseArchiveSpecs('archives', ['!dist/*.map'], 'archive')).toThrow('is an exclusion without a name')
    expect(() => parseArchiveSpecs('archives', ['web=!dist/*.map'], 'archive')).toThrow("'web' has only exclusions")
    expect(() => parseArchiveSpecs('archives', ['web=!../x'], 'archive')).toThrow('escapes the working directory')
    expect(() => parseArchiveSpecs('archives', ['dist/**/*.js'], 'archive')).toThrow('is a glob without a name')
    expect(() => parseArchiveSpecs('archives', ['bad name=dist'], 'archive')).toThrow('archive name')
    expect(() => parseArchiveSpecs('archives', ['.'], 'archive')).toThrow('whole working directory')
    expect(() =>
      checkDistinctNames([
        ...parseArchiveSpecs('archives', ['docs'], 'archive'),
        ...parseArchiveSpecs('resources', ['docs'], 'resource'),
      ]),
    ).toThrow('twice')
  })
  test('globBase', () => {
    expect(globBase('dist/**/*.js')).toBe('dist')
    expect(globBase('*.md')).toBe('.')
    expect(globBase('a/b/{c,d}/e')).toBe('a/b')
  })
  test('parseVersion accepts semver (and a leading v), refuses the rest', () => {
    expect(parseVersion('version', '1.2.3')).toBe('1.2.3')
    expect(parseVersion('version', 'v2.0.0-rc.1+build.5')).toBe('2.0.0-rc.1') // build metadata dropped, as npm does
    expect(() => parseVersion('version', '1.2')).toThrow(
      "Input 'version': '1.2' is not a semantic version (e.g. '1.4.0' or '2.0.0-rc.1')",
    )
    expect(() => parseVersion('version', 'latest')).toThrow(InputError)
    expect(() => parseVersion('version', `1.0.0-${'a'.repeat(70)}`)).toThrow(
      'a version that names files can be at most 64',
    )
  })
  test('file names follow npm pack', () => {
    expect(fileBase('@acme/web')).toBe('acme-web')
    expect(archiveFileName('@acme/web', 'assets', '1.0.0')).toBe('acme-web-assets-1.0.0.tar.gz')
  })
  test('stampVersion keeps indentation and the final newline', () => {
    expect(stampVersion('{\n    "name": "a",\n    "version": "0.0.0"\n}\n', '1.2.3')).toBe(
      '{\n    "name": "a",\n    "version": "1.2.3"\n}\n',
    )
    expect(stampVersion('{"name":"a"}', '1.0.0')).toBe('{\n  "name": "a",\n  "version": "1.0.0"\n}')
    const odd = '{\n  "name": "a",\n  "bin": { "a": "x.js" },\n  "version" : "0.0.0-dev",\n  "x": {"version": "9"}\n}\n'
    expect(stampVersion(odd, '2.0.0')).toBe(odd.replace('"0.0.0-dev"', '"2.0.0"'))
    // A nested "version" first on its own line: editing it would be wrong, so the file is re-serialized.
    const nested = '{\n  "x": {\n    "version": "9"\n  },\n  "version": "1.0.0"\n}'
    expect(JSON.parse(stampVersion(nested, '3.0.0'))).toEqual({ x: { version: '9' }, version: '3.0.0' })
  })
  test('parseMetaDependencies wants exact versions', () => {
    expect(parseMetaDependencies('meta-dependencies', ['@acme/web@1.4.0', 'cli@2.0.0'])).toEqual({
      '@acme/web': '1.4.0',
      cli: '2.0.0',
    })
    expect(() => parseMetaDependencies('meta-dependencies', ['web@^1.0.0'])).toThrow('is not name@exact-version')
    expect(() => parseMetaDependencies('meta-dependencies', ['web'])).toThrow(InputError)
  })
})

describe('manifest', () => {
  const a = (file: string, kind: Artifact['kind']): Artifact => ({
    path: `/out/${file}`,
    file,
    kind,
    name: 'x',
    size: file.length,
    sha256: 'ab'.repeat(32),
  })

  test('sha256sums is coreutils format, sorted', () => {
    expect(sha256sums([a('b.tgz', 'npm'), a('a.tar.gz', 'archive')])).toBe(
      `${'ab'.repeat(32)}  a.tar.gz\n${'ab'.repeat(32)}  b.tgz\n`,
    )
    expect(() => sha256sums([a('bad\nname', 'npm')])).toThrow('not allowed')
  })
  test('provenance from the Actions environment', () => {
    const env = {
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SHA: 'f'.repeat(40),
      GITHUB_REF: 'refs/tags/v1.0.0',
    }
    expect(provenanceFrom(env, 100)).toEqual({
      sourceDateEpoch: 100,
      commit: 'f'.repeat(40),
      ref: 'refs/tags/v1.0.0',
      repository: 'https://ghe.example/o/r',
      runUrl: 'https://ghe.example/o/r/actions/runs/7/attempts/2',
    })
    expect(provenanceFrom({}, 5, 'abc')).toEqual({ sourceDateEpoch: 5, commit: 'abc' })
  })
  test('buildManifest lists parts sorted with the version, and is stable', () => {
    const m = buildManifest('@acme/web', '1.0.0', [a('z.tgz', 'npm'), a('a.tar.gz', 'resource')], {
      sourceDateEpoch: 0,
    })
    expect(m.parts.map((p) => [p.file, p.kind, p.version])).toEqual([
      ['a.tar.gz', 'resource', '1.0.0'],
      ['z.tgz', 'npm', '1.0.0'],
    ])
    expect(m.builtFrom).toBe('1970-01-01T00:00:00.000Z')
  })
  test('metaPackageJson pins exact versions', () => {
    expect(JSON.parse(metaPackageJson('@acme/all', '1.0.0', { b: '1.0.0', a: '2.0.0' }, 'd'))).toEqual({
      name: '@acme/all',
      version: '1.0.0',
      description: 'd',
      files: ['meta.json'],
      dependencies: { a: '2.0.0', b: '1.0.0' },
    })
  })
})

describe('scriptLine', () => {
  const text =
    '{\n  "name": "x",\n  "lint": "not a script",\n  "scripts": {\n    "build": "tsc",\n    "lint" : "eslint ."\n  }\n}\n'
  test('finds the line of a script key inside scripts', () => {
    expect(scriptLine(text, 'lint')).toBe(6)
    expect(scriptLine(text, 'build')).toBe(5)
    expect(scriptLine(text, 'test')).toBeUndefined()
    expect(scriptLine('{"name":"x"}', 'lint')).toBeUndefined()
  })
})

describe('describePackaging', () => {
  test('names what the package step makes', () => {
    expect(
      describePackaging({ npmPack: true, archives: ['web'], resources: ['assets', 'docs'], meta: 'both', sbom: true }),
    ).toBe('npm pack, archive web, resources assets+docs, sbom, manifest+meta package, SHA256SUMS')
    expect(describePackaging({ npmPack: false, archives: [], resources: [], meta: 'none', sbom: false })).toBe(
      'SHA256SUMS',
    )
  })
})
