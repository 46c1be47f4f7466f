// Every action.yml is complete, declares node24 and its bundle, documents every input and output, and declares
// exactly the inputs its source reads.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..', '..')
const actions = readdirSync(join(root, 'actions')).filter((d) => existsSync(join(root, 'actions', d, 'action.yml')))

interface ActionYml {
  name?: string
  description?: string
  author?: string
  branding?: { icon?: string; color?: string }
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
  outputs?: Record<string, { description?: string }>
  runs?: { using?: string; main?: string; post?: string }
}

function sources(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry)
    if (statSync(p).isDirectory()) out.push(...sources(p))
    else if (p.endsWith('.ts')) out.push(p)
  }
  return out
}

/** Input names read with a literal name through a core reader (readX('name'), requireString('name'), getInput('name')). */
function inputsRead(action: string): Set<string> {
  const names = new Set<string>()
  const reader = /\b(?:read[A-Z]\w*|requireString|getInput)\(\s*['"]([a-z0-9][a-z0-9-]*)['"]/g
  for (const file of sources(join(root, 'actions', action, 'src'))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(reader)) names.add(m[1] as string)
  }
  return names
}

it('finds the six actions', () => {
  expect(actions.sort()).toEqual([
    'atomic-deploy',
    'build-package',
    'changelog',
    'flag-matrix',
    'publish-release',
    'staged-rollout',
  ])
})

describe.each(actions)('%s/action.yml', (action) => {
  const meta = parse(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as ActionYml

  it('has name, description, author and branding', () => {
    expect(meta.name).toEqual(expect.any(String))
    expect(meta.description).toEqual(expect.any(String))
    expect(meta.author).toEqual(expect.any(String))
    expect(meta.branding?.icon).toEqual(expect.any(String))
    expect(meta.branding?.color).toEqual(expect.any(String))
  })

  it('runs dist/index.js on node24, and the bundle exists', () => {
    expect(meta.runs?.using).toBe('node24')
    expect(meta.runs?.main).toBe('dist/index.js')
    expect(existsSync(join(root, 'actions', action, 'dist', 'index.js'))).toBe(true)
    expect(JSON.parse(readFileSync(join(root, 'actions', action, 'dist', 'package.json'), 'utf8'))).toEqual({
      type: 'module',
    })
    if (meta.runs?.post) expect(existsSync(join(root, 'actions', action, meta.runs.post))).toBe(true)
  })

  it('documents every input with a description, a required flag and a default', () => {
    const bad = Object.entries(meta.inputs ?? {}).filter(
      ([, i]) =>
        !i ||
        typeof i.description !== 'string' ||
        i.description.trim() === '' ||
        typeof i.required !== 'boolean' ||
        !('default' in i),
    )
    expect(bad.map(([name]) => name)).toEqual([])
  })

  it('documents every output', () => {
    const bad = Object.entries(meta.outputs ?? {}).filter(
      ([, o]) => !o || typeof o.description !== 'string' || o.description.trim() === '',
    )
    expect(bad.map(([name]) => name)).toEqual([])
  })

  it('declares exactly the inputs its source reads', () => {
    const declared = new Set(Object.keys(meta.inputs ?? {}))
    const read = inputsRead(action)
    expect({
      declaredButNeverRead: [...declared].filter((n) => !read.has(n)).sort(),
      readButNotDeclared: [...read].filter((n) => !declared.has(n)).sort(),
    }).toEqual({
      declaredButNeverRead: [],
      readButNotDeclared: [],
    })
  })

  it('has a README', () => {
    expect(existsSync(join(root, 'actions', action, 'README.md'))).toBe(true)
  })
})
