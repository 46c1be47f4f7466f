/**
 * scripts/licenses.mjs, which writes each bundle's licenses.txt from webpack's module list. That every committed
 * licenses.txt names every package in its bundle is checked against a fresh build in
 * test/integration/bundles-smoke.test.ts (one build for the staleness and the licenses checks).
 */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
