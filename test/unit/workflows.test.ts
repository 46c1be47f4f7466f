// Every workflow and example is linted offline (actionlint, wasm build), every `with:` key given to a Shipline
// action exists in its action.yml (and required inputs are given), and the READMEs' input tables match action.yml.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..', '..')
const dirs = ['.github/workflows', 'docs/examples']
const files = dirs.flatMap((d) =>
  existsSync(join(root, d))
    ? readdirSync(join(root, d))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => `${d}/${f}`)
    : [],
)

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

/** `./actions/<name>` or `<owner>/<repo>/actions/<name>@<ref>` → the Shipline action name. */
function shiplineAction(uses: string): string | undefined {
  const m = /^(?:\.\/actions\/|[\w.-]+\/shipline\/actions\/)([\w-]+)(?:@.+)?$/.exec(uses)
  return m?.[1]
}

it('has workflows to check', () => {
  expect(files).toContain('.github/workflows/ci.yml')
})

it('actionlint finds nothing in any workflow or example', () => {
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', '@tktco', 'node-actionlint', 'bin', 'node-actionlint.js'), ...files],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  expect(r.stdout + r.stderr).toContain('passed lint checks')
  expect(r.status).toBe(0)
}, 60_000)

describe.each(files)('%s', (file) => {
  it('gives Shipline actions only inputs they declare, and every required one', () => {
    const wf = parse(readFileSync(join(root, file), 'utf8')) as { jobs?: Record<string, { steps?: Step[] }> }
    const problems: string[] = []
    for (const [job, def] of Object.entries(wf.jobs ?? {})) {
      for (const step of def.steps ?? []) {
        const name = step.uses ? shiplineAction(step.uses) : undefined
        if (!name) continue
        const yml = join(root, 'actions', name, 'action.yml')
        if (!existsSync(yml)) {
          problems.push(`${job}: no action '${name}'`)
          continue
        }
        const inputs =
          (parse(readFileSync(yml, 'utf8')) as { inputs?: Record<string, { required?: boolean }> }).inputs ?? {}
        for (const key of Object.keys(step.with ?? {}))
          if (!(key in inputs)) problems.push(`${job}: ${name} has no input '${key}'`)
        for (const [key, i] of Object.entries(inputs))
          if (i.required && !(key in (step.with ?? {}))) problems.push(`${job}: ${name} needs '${key}'`)
      }
    }
    expect(problems).toEqual([])
  })
})

it("each action README's inputs/outputs tables match its action.yml", () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'docs.mjs'), '--check'], { cwd: root, encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
})
