// Writes a bundle's licenses.txt from what webpack put in it. ncc's own `--license` list misses the packages
// concatenated into the main chunk (semver, @actions/core, ...), so scripts/bundle.mjs and build-provider.mjs ask
// ncc for webpack's stats (`--stats-out`) and list every third-party package with a module in an emitted chunk:
// its name, version, package.json license field and LICENSE/LICENCE/COPYING text (or a note when it ships none).
// Sorted and free of paths, so a build anywhere writes the same bytes. Shipline's own code (its actions and the
// @shipline/* workspaces) is named as part of this project, not listed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, dirname, isAbsolute } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const LICENSE_FILE = /^(licen[cs]e|copying)([._-].*)?$/i
const RULE = '='.repeat(80)

/** Resource paths of the modules in the emitted chunks, with the modules concatenated into them; sorted. */
export function bundledModules(stats) {
  const paths = new Set()
  const add = (module) => {
    if (module.nameForCondition) paths.add(module.nameForCondition)
    for (const inner of module.modules ?? []) add(inner)
  }
  // A module in no chunk (an "orphan") was either concatenated into one that is (and is listed inside it) or left
  // out of the bundle altogether (e.g. the unused half of a barrel file): only chunked modules count.
  for (const module of stats.modules ?? []) if (module.chunks?.length) add(module)
  return [...paths].sort()
}

/** The directory of the package a module file belongs to (under its innermost node_modules), or undefined. */
export function packageDir(path) {
  const parts = path.split(/[\\/]/)
  const at = parts.lastIndexOf('node_modules')
  if (at < 0) return undefined
  const end = at + 1 + (parts[at + 1]?.startsWith('@') ? 2 : 1)
  return end < parts.length ? parts.slice(0, end).join('/') : undefined
}

/** The license a package.json declares: `license` (a string or the old `{ type }`), or the old `licenses` list. */
export function licenseField(manifest) {
  const name = (l) => (typeof l === 'string' ? l : l?.type)
  if (manifest.license !== undefined) return name(manifest.license)
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map(name).filter(Boolean).join(' OR ') || undefined
  return undefined
}

/** Name, version, license field and license files (sorted by name, CR LF made LF) of the package in `dir`. */
export function readPackage(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && LICENSE_FILE.test(e.name))
    .map((e) => e.name)
    .sort()
  return {
    name: manifest.name,
    version: manifest.version,
    license: licenseField(manifest),
    files: files.map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n') })),
  }
}

/** The licenses.txt text: one entry per package name and version, sorted, after a header naming our own code. */
export function renderLicenses(packages, own) {
  const unique = new Map()
  for (const p of packages) unique.set(`${p.name} ${p.version}`, p)
  const sorted = [...unique.values()].sort((a, b) =>
    a.name === b.name ? compare(a.version, b.version) : compare(a.name, b.name),
  )
  const out = [
    `Third-party packages in this bundle: ${sorted.length}, each with its license notice below.`,
    `Shipline's own code in it (its actions and the @shipline/* packages) is part of this project (license: ${own}).`,
  ]
  for (const p of sorted) {
    out.push(
      '',
      RULE,
      `Package: ${p.name} ${p.version}`,
      `License: ${p.license ?? 'none declared in its package.json'}`,
    )
    if (p.files.length === 0) out.push('File: none (the package ships no LICENSE, LICENCE or COPYING file)')
    for (const { file, text } of p.files) out.push(`File: ${file}`, '', text.trimEnd())
  }
  return `${out.join('\n')}\n`
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Reads webpack's stats (ncc --stats-out) and writes the bundle's licenses.txt; fails on a module of unknown origin. */
export function writeLicenses(statsFile, outFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
  const dirs = new Set()
  for (const path of bundledModules(stats)) {
    const dir = packageDir(path)
    if (dir) dirs.add(dir)
    else if (!isAbsolute(path) || relative(root, path).startsWith('..')) {
      throw new Error(`${outFile}: bundled module ${path} is neither in node_modules nor in this repository`)
    }
  }
  const own = licenseField(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')))
  writeFileSync(outFile, renderLicenses([...dirs].map(readPackage), own))
}
