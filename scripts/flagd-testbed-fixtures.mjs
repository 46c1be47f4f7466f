#!/usr/bin/env node
/**
 * Generate the pinned data copy of flagd-testbed's evaluator cases in test/fixtures/flagd-testbed/:
 *
 *   node scripts/flagd-testbed-fixtures.mjs <flagd-testbed git dir or checkout> [commit]
 *
 * Reads, at the given commit (default HEAD), the evaluator suite (evaluator/gherkin/*.feature with
 * evaluator/flags/testkit-flags.json) and the provider suite's targeting rules (gherkin/targeting.feature with
 * every flags/*.json except selector-*, merged as the testbed's allFlags.json is), and writes:
 *   cases.json      one entry per example row: flag, type, fallback, context, what to expect, tags
 *   flags/*.json    the flag files, byte for byte
 *   SOURCE.json     repository, commit, version
 * Data only: nothing of the testbed's code is copied (it has none that runs; the cases are Gherkin tables).
 * The Gherkin subset the features use is parsed here: Feature/Background/Scenario (Outline), tags, steps,
 * Examples tables with `\|`, `\\` and `\n` cell escapes.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [source, commit = 'HEAD'] = process.argv.slice(2)
if (!source) {
  console.error('usage: node scripts/flagd-testbed-fixtures.mjs <flagd-testbed git dir> [commit]')
  process.exit(2)
}
const git = (...args) => execFileSync('git', ['-C', source, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
const sha = git('rev-parse', `${commit}^{commit}`).trim()
const show = (path) => git('show', `${sha}:${path}`)
const list = (dir) => git('ls-tree', '--name-only', `${sha}`, `${dir}/`).split('\n').filter(Boolean)

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'flagd-testbed')
rmSync(join(out, 'flags'), { recursive: true, force: true })
mkdirSync(join(out, 'flags'), { recursive: true })

function unescapeCell(cell) {
  return cell.replace(/\\(\\|\||n)/g, (_, c) => (c === 'n' ? '\n' : c))
}

function row(line) {
  const cells = []
  let cur = ''
  const body = line.trim().slice(1)
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch === '\\' && i + 1 < body.length) {
      cur += ch + body[++i]
    } else if (ch === '|') {
      cells.push(unescapeCell(cur.trim()))
      cur = ''
    } else cur += ch
  }
  return cells
}

/** Parse a feature into scenarios: { name, tags, steps: [{ text, table }], examples: [{ name, tags, header, rows }] }. */
function parseFeature(text) {
  const feature = { name: '', tags: [], background: [], scenarios: [] }
  let tags = []
  let current // scenario or background steps holder
  let examples
  let lastStep
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (line.startsWith('@')) {
      tags.push(...line.split(/\s+/).filter((t) => t.startsWith('@')))
      continue
    }
    let m
    if ((m = /^Feature:\s*(.*)$/.exec(line))) {
      feature.name = m[1]
      feature.tags = tags
      tags = []
    } else if (/^Background:/.test(line)) {
      current = { steps: feature.background }
      examples = undefined
    } else if ((m = /^Scenario(?: Outline)?:\s*(.*)$/.exec(line))) {
      current = { name: m[1], tags, steps: [], examples: [] }
      feature.scenarios.push(current)
      tags = []
      examples = undefined
    } else if ((m = /^Examples:?\s*(.*)$/.exec(line))) {
      examples = { name: m[1], tags, header: undefined, rows: [] }
      current.examples.push(examples)
      tags = []
    } else if (line.startsWith('|')) {
      const cells = row(line)
      if (examples) {
        if (!examples.header) examples.header = cells
        else examples.rows.push(cells)
      } else if (lastStep) {
        ;(lastStep.table ??= []).push(cells)
      }
    } else if ((m = /^(Given|When|Then|And|But)\s+(.*)$/.exec(line))) {
      lastStep = { text: m[2] }
      current.steps.push(lastStep)
    } else {
      // Free text under Feature: (a description): ignore
    }
  }
  return feature
}

function typed(type, text) {
  switch (type) {
    case 'Boolean':
      return text === 'true'
    case 'Integer':
    case 'Float':
      return Number(text)
    case 'Object':
      return JSON.parse(text.replace(/\\"/g, '"'))
    default:
      return text
  }
}

const TYPES = { Boolean: 'boolean', String: 'string', Integer: 'number', Float: 'number', Object: 'object' }

/** Turn one scenario (with one example row's values substituted) into a case. */
function toCase(steps, base) {
  const c = { ...base, context: {}, expect: {} }
  for (const step of steps) {
    const t = step.text
    let m
    if ((m = /^a (\w+)-flag with key "(.*)" and a (?:fallback|default) value "(.*)"$/.exec(t))) {
      c.flagKey = m[2]
      c.flagType = m[1]
      c.type = TYPES[m[1]]
      c.fallback = typed(m[1], m[3])
    } else if ((m = /^a context containing a key "(.*)", with type "(\w+)" and with value "(.*)"$/.exec(t))) {
      c.context[m[1]] = typed(m[2], m[3])
    } else if (
      (m =
        /^a context containing a nested property with outer key "(.*)" and inner key "(.*)", with value "(.*)"$/.exec(
          t,
        ))
    ) {
      c.context[m[1]] = { ...(c.context[m[1]] ?? {}), [m[2]]: m[3] }
    } else if ((m = /^a context containing a targeting key with value "(.*)"$/.exec(t))) {
      c.context.targetingKey = m[1]
    } else if ((m = /^the resolved details value should be "(.*)"$/.exec(t))) {
      c.expect.value = typed(c.flagType, m[1])
    } else if ((m = /^the reason should be "(.*)"$/.exec(t))) {
      c.expect.reason = m[1]
    } else if ((m = /^the error-code should be "(.*)"$/.exec(t))) {
      c.expect.errorCode = m[1] === '' ? null : m[1]
    } else if (/^the resolved metadata should contain$/.test(t)) {
      const [, ...rows] = step.table
      c.expect.metadata = Object.fromEntries(rows.map(([key, type, value]) => [key, typed(type, value)]))
    } else if (/^the resolved metadata is empty$/.test(t)) {
      c.expect.metadata = {}
    } else if (/^(an evaluator|a stable flagd provider|the flag was evaluated with details|an option .*)$/.test(t)) {
      // setup and the evaluation itself
    } else {
      throw new Error(`unknown step: ${t}`)
    }
  }
  delete c.flagType
  return c
}

function casesOf(path, suite, flagFile) {
  const feature = parseFeature(show(path))
  const cases = []
  for (const sc of feature.scenarios) {
    const steps = [...feature.background, ...sc.steps]
    const tables = sc.examples.length > 0 ? sc.examples : [{ name: '', tags: [], header: [], rows: [[]] }]
    for (const ex of tables) {
      ex.rows.forEach((cells, i) => {
        const values = Object.fromEntries(ex.header.map((h, j) => [h, cells[j] ?? '']))
        const substituted = steps.map((s) => ({
          ...s,
          text: s.text.replace(/<([^>]+)>/g, (all, name) => (name in values ? values[name] : all)),
        }))
        const tags = [...new Set([...feature.tags, ...sc.tags, ...ex.tags])]
        const id = `${path} › ${sc.name}${ex.name ? ` › ${ex.name}` : ''}${ex.rows.length > 1 || ex.header.length ? ` › #${i + 1}` : ''}`
        cases.push(toCase(substituted, { id, suite, feature: path, scenario: sc.name, tags, flagFile }))
      })
    }
  }
  return cases
}

// The evaluator suite: its own flag file.
writeFileSync(join(out, 'flags', 'testkit-flags.json'), show('evaluator/flags/testkit-flags.json'))
const cases = []
for (const path of list('evaluator/gherkin')
  .filter((p) => p.endsWith('.feature'))
  .sort())
  cases.push(...casesOf(path, 'evaluator', 'testkit-flags.json'))

// The provider suite's targeting rules: all flag files but the selector ones, merged (as allFlags.json).
const merged = { flags: {}, $evaluators: {} }
for (const path of list('flags')
  .filter((p) => p.endsWith('.json') && !/\/selector/.test(p))
  .sort()) {
  const text = show(path)
  writeFileSync(join(out, 'flags', path.split('/').pop()), text)
  const file = JSON.parse(text)
  for (const [key, flag] of Object.entries(file.flags ?? {})) {
    if (key in merged.flags) throw new Error(`flag '${key}' is defined twice (${path})`)
    merged.flags[key] = flag
  }
  Object.assign(merged.$evaluators, file.$evaluators ?? {})
}
writeFileSync(join(out, 'flags', 'allFlags.json'), `${JSON.stringify(merged, null, 2)}\n`)
cases.push(...casesOf('gherkin/targeting.feature', 'provider-targeting', 'allFlags.json'))

const version = show('version.txt').trim()
writeFileSync(join(out, 'cases.json'), `${JSON.stringify(cases, null, 1)}\n`)
writeFileSync(
  join(out, 'SOURCE.json'),
  `${JSON.stringify({ repository: 'https://github.com/open-feature/flagd-testbed', commit: sha, version, generatedBy: 'scripts/flagd-testbed-fixtures.mjs' }, null, 2)}\n`,
)
console.log(`${cases.length} cases from flagd-testbed ${version} (${sha.slice(0, 12)}) → ${out}`)
