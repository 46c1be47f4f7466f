/**
 * Every workspace declares exactly what its sources import: each package a file under src/ imports (statically,
 * through import() or require()) is in its package.json (dependencies or peerDependencies; devDependencies for
 * what a published package bundles), and each of its dependencies is imported somewhere in src/. Node built-ins and relative imports are not packages. (Tests and
 * scripts use the root's devDependencies.)
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../support/net.js'

const SOURCE = /\.(ts|mts|cts|mjs|cjs|js)$/

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path)
    return SOURCE.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts') ? [path] : []
  })
}

/** The package a specifier names: `@scope/name` or `name`, without a subpath; undefined for built-ins and files. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string)
  return builtinModules.includes(name) ? undefined : name
}

/** Packages imported by the files, as the TypeScript compiler reads their imports, exports, import() and require(). */
function importsOf(files: readonly string[]): Set<string> {
  const found = new Set<string>()
  for (const file of files) {
    for (const ref of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const name = packageOf(ref.fileName)
      if (name) found.add(name)
    }
  }
  return found
}

const workspaces = ['packages', 'actions'].flatMap((group) =>
  readdirSync(join(repoRoot, group)).map((name) => join(group, name)),
)

describe('declared dependencies match imports', () => {
  test('packageOf', () => {
    expect(packageOf('semver/functions/parse.js')).toBe('semver')
    expect(packageOf('@octokit/rest')).toBe('@octokit/rest')
    expect(packageOf('@shipline/core/files')).toBe('@shipline/core')
    expect(packageOf('node:fs')).toBeUndefined()
    expect(packageOf('fs/promises')).toBeUndefined()
    expect(packageOf('./x.js')).toBeUndefined()
  })

  test.each(workspaces)('%s', (workspace) => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, workspace, 'package.json'), 'utf8')) as {
      name: string
      dependencies?: Record<string, string>
      peerDependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    // A published package's bundled workspace code (the OpenFeature provider's @shipline/flags) is a devDependency.
    const declared = new Set(
      [pkg.dependencies, pkg.peerDependencies, pkg.devDependencies].flatMap((d) => Object.keys(d ?? {})),
    )
    const imported = importsOf(sources(join(repoRoot, workspace, 'src')))
    imported.delete(pkg.name)
    expect({ undeclared: [...imported].filter((d) => !declared.has(d)).sort() }).toEqual({ undeclared: [] })
    const unused = Object.keys(pkg.dependencies ?? {}).filter((d) => !imported.has(d))
    expect({ unused: unused.sort() }).toEqual({ unused: [] })
  })
})
