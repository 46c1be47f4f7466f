// Regenerates the inputs/outputs tables in each actions/<name>/README.md from its action.yml, between the markers
// <!-- action-docs:start --> and <!-- action-docs:end --> (appended at the end when the markers are missing).
// `node scripts/docs.mjs --check` exits 1 when a README has drifted (used by the tests).
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const START = '<!-- action-docs:start (generated from action.yml by `node scripts/docs.mjs`; do not edit) -->'
const END = '<!-- action-docs:end -->'
const esc = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n+/g, ' ')
    .trim()

export function renderDocs(meta) {
  const lines = ['## Inputs', '', '| name | required | default | description |', '| --- | --- | --- | --- |']
  for (const [name, i] of Object.entries(meta.inputs ?? {})) {
    const def = i.default === undefined || i.default === '' ? '' : `\`${esc(i.default)}\``
    lines.push(`| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${def} | ${esc(i.description)} |`)
  }
  lines.push('', '## Outputs', '', '| name | description |', '| --- | --- |')
  for (const [name, o] of Object.entries(meta.outputs ?? {})) lines.push(`| \`${name}\` | ${esc(o.description)} |`)
  return `${START}\n${lines.join('\n')}\n${END}`
}

export function updateReadme(text, meta) {
  const block = renderDocs(meta)
  const a = text.indexOf('<!-- action-docs:start')
  const b = text.indexOf(END)
  if (a !== -1 && b > a) return text.slice(0, a) + block + text.slice(b + END.length)
  return `${text.trimEnd()}\n\n${block}\n`
}

const check = process.argv.includes('--check')
let drift = 0
for (const a of readdirSync(join(root, 'actions'))) {
  const yml = join(root, 'actions', a, 'action.yml')
  if (!existsSync(yml)) continue
  const readme = join(root, 'actions', a, 'README.md')
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : `# ${a}\n`
  const next = updateReadme(text, parse(readFileSync(yml, 'utf8')))
  if (next !== text) {
    drift++
    if (check)
      console.error(`actions/${a}/README.md: inputs/outputs tables differ from action.yml (run: node scripts/docs.mjs)`)
    else writeFileSync(readme, next)
  }
}
if (check && drift) process.exit(1)
if (!check) console.log(`${drift} README(s) updated`)
