/**
 * Every bundle we redistribute (actions/<name>/dist and packages/openfeature-provider/dist) carries in its committed
 * licenses.txt the notice of each third-party package webpack put in it, and no other. The truth is webpack's own
 * module list: a fresh build with its stats kept (`bundle.mjs --keep-stats`, `build-provider.mjs --keep-stats`),
 * read here from the stats' chunks, independently of how scripts/licenses.mjs reads them.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  bundledModules,
  licenseField,
  packageDir,
  readPackage,
  renderLicenses,
  writeLicenses,
} from '../../scripts/licenses.mjs'
import { node24, repoRoot } from '../support/net.js'

const MIT = 'Permission is hereby granted, free of charge, to any person obtaining a copy.\n'

describe('scripts/licenses.mjs', () => {
  test('bundledModules: modules in a chunk and those concatenated into them; not the orphans left out', () => {
    const stats = {
      modules: [
        {
          nameForCondition: '/r/node_modules/a/index.js',
          chunks: [1],
          modules: [{ nameForCondition: '/r/node_modules/@s/b/lib/x.js' }, { nameForCondition: '/r/src/main.ts' }],
        },
        { nameForCondition: '/r/node_modules/@s/b/lib/x.js', chunks: [], orphan: true },
        { nameForCondition: '/r/node_modules/unused/index.js', chunks: [], orphan: true },
        { name: 'external "node:fs"', chunks: [1] },
      ],
    }
    expect(bundledModules(stats)).toEqual([
      '/r/node_modules/@s/b/lib/x.js',
      '/r/node_modules/a/index.js',
      '/r/src/main.ts',
    ])
  })

  test('packageDir: the innermost node_modules entry, scoped or not; undefined for our own files', () => {
    expect(packageDir('/r/node_modules/semver/functions/parse.js')).toBe('/r/node_modules/semver')
    expect(packageDir('/r/node_modules/@octokit/core/dist-src/index.js')).toBe('/r/node_modules/@octokit/core')
    expect(packageDir('/r/node_modules/a/node_modules/@s/b/x.js')).toBe('/r/node_modules/a/node_modules/@s/b')
    expect(packageDir('/r/packages/core/src/run.ts')).toBeUndefined()
    expect(packageDir('/r/node_modules/@s')).toBeUndefined()
  })

  test('licenseField: a string, the old { type } object, the old licenses list, or none', () => {
    expect(licenseField({ license: 'ISC' })).toBe('ISC')
    expect(licenseField({ license: { type: 'MIT', url: 'x' } })).toBe('MIT')
    expect(licenseField({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0')
    expect(licenseField({})).toBeUndefined()
  })

  test('renderLicenses: sorted by name then version, one entry per version, a note when no file ships', () => {
    const text = renderLicenses(
      [
        { name: 'zeta', version: '1.0.0', license: undefined, files: [] },
        { name: '@s/b', version: '2.0.0', license: 'MIT', files: [{ file: 'LICENSE', text: `${MIT}\n\n` }] },
        { name: 'zeta', version: '0.9.0', license: 'ISC', files: [] },
        { name: '@s/b', version: '2.0.0', license: 'MIT', files: [{ file: 'LICENSE', text: MIT }] },
      ],
      'MIT',
    )
    const rule = '='.repeat(80)
    expect(text).toBe(
      [
        'Third-party packages in this bundle: 3, each with its license notice below.',
        "Shipline's own code in it (its actions and the @shipline/* packages) is part of this project (license: MIT).",
        '',
        rule,
        'Package: @s/b 2.0.0',
        'License: MIT',
        'File: LICENSE',
        '',
        MIT.trimEnd(),
        '',
        rule,
        'Package: zeta 0.9.0',
        'License: ISC',
        'File: none (the package ships no LICENSE, LICENCE or COPYING file)',
        '',
        rule,
        'Package: zeta 1.0.0',
        'License: none declared in its package.json',
        'File: none (the package ships no LICENSE, LICENCE or COPYING file)',
        '',
      ].join('\n'),
    )
  })

  test('writeLicenses: reads the stats and the packages on disk; a module of unknown origin is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipline-licenses-'))
    try {
      const pkg = join(dir, 'node_modules', 'left-pad')
      mkdirSync(pkg, { recursive: true })
      writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }))
      writeFileSync(join(pkg, 'COPYING.txt'), 'line one\r\nline two\r\n')
      writeFileSync(join(pkg, 'licensed.js'), '')
      expect(readPackage(pkg)).toEqual({
        name: 'left-pad',
        version: '1.3.0',
        license: 'WTFPL',
        files: [{ file: 'COPYING.txt', text: 'line one\nline two\n' }],
      })
      const stats = join(dir, 'stats.json')
      writeFileSync(stats, JSON.stringify({ modules: [{ nameForCondition: join(pkg, 'index.js'), chunks: [0] }] }))
      writeLicenses(stats, join(dir, 'licenses.txt'))
      expect(readFileSync(join(dir, 'licenses.txt'), 'utf8')).toContain(
        'Package: left-pad 1.3.0\nLicense: WTFPL\nFile: COPYING.txt\n\nline one\nline two\n',
      )
      writeFileSync(stats, JSON.stringify({ modules: [{ nameForCondition: join(dir, 'stray.js'), chunks: [0] }] }))
      expect(() => writeLicenses(stats, join(dir, 'licenses.txt'))).toThrow(
        `bundled module ${join(dir, 'stray.js')} is neither in node_modules nor in this repository`,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

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
  ...readdirSync(join(repoRoot, 'actions'))
    .filter((d) => existsSync(join(repoRoot, 'actions', d, 'action.yml')))
    .map((name) => ({ name, dist: join('actions', name, 'dist'), stats: `${name}.stats.json` })),
  {
    name: 'openfeature-provider',
    dist: 'packages/openfeature-provider/dist',
    stats: 'openfeature-provider.stats.json',
  },
].sort((a, b) => a.name.localeCompare(b.name))

describe('each bundle names every package it contains in its licenses.txt', () => {
  let out: string
  const failures: string[] = []

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'shipline-licenses-build-'))
    const runs = [
      [join(repoRoot, 'scripts', 'bundle.mjs'), '--out-root', out, '--keep-stats'],
      [join(repoRoot, 'scripts', 'build-provider.mjs'), '--out', join(out, 'openfeature-provider'), '--keep-stats'],
    ]
    for (const args of runs) {
      const r = spawnSync(node24, args, { cwd: repoRoot, encoding: 'utf8', timeout: 280_000 })
      if (r.status !== 0) failures.push(`node ${args.join(' ')}: exit ${r.status}\n${r.stdout}${r.stderr}`)
    }
  }, 300_000)
  afterAll(() => rmSync(out, { recursive: true, force: true }))

  test('the builds ran', () => {
    expect(failures).toEqual([])
  })

  test.each(bundles)('$dist/licenses.txt', ({ dist, stats }) => {
    const statsFile = join(out, stats)
    if (!existsSync(statsFile)) throw new Error(`no stats at ${statsFile}: see 'the builds ran'`)
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
