/**
 * Reads `actions/<name>/action.yml` and turns a test's inputs into the `INPUT_*` environment the runner builds:
 * declared defaults first (with the few `${{ ... }}` expressions an action default can use evaluated against the
 * run's context), then the test's values on top.
 */
import { readFileSync, existsSync } from 'node:fs'
import { join, isAbsolute, basename } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../net.js'

export interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}

export interface ActionMetadata {
  name: string
  dir: string
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string }
}

/**
 * Load and check an action's metadata: `action` is a name under `actions/` (`changelog`), or an absolute path to
 * an action directory (for the harness's own tests with a fixture action).
 */
export function loadAction(action: string): ActionMetadata {
  const dir = isAbsolute(action) ? action : join(repoRoot, 'actions', action)
  const file = join(dir, 'action.yml')
  if (!(isAbsolute(action) || /^[a-z0-9][a-z0-9-]*$/.test(action)) || !existsSync(file)) {
    throw new Error(`runAction: no action '${action}' (expected ${file})`)
  }
  const doc = parse(readFileSync(file, 'utf8')) as Partial<ActionMetadata> | null
  if (!doc || typeof doc !== 'object' || !doc.runs || typeof doc.runs.main !== 'string') {
    throw new Error(`runAction: ${file} has no runs.main`)
  }
  if (doc.runs.using !== 'node24') {
    throw new Error(`runAction: ${file} declares runs.using '${doc.runs.using}'; the harness runs node24 actions only`)
  }
  const inputs: Record<string, ActionInput> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const s = (spec ?? {}) as ActionInput
    inputs[name] = { ...s, ...(s.default !== undefined ? { default: String(s.default) } : {}) }
  }
  return { name: basename(dir), dir, inputs, outputs: doc.outputs ?? {}, runs: doc.runs }
}

/** The values `${{ github.* }}` / `${{ runner.* }}` expressions in defaults can see. */
export type ExpressionContext = { github: Record<string, unknown>; runner: Record<string, unknown> }

function lookup(path: string, ctx: ExpressionContext): string {
  let node: unknown = ctx
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return ''
    node = (node as Record<string, unknown>)[key]
  }
  if (node === undefined || node === null) return ''
  return typeof node === 'object' ? JSON.stringify(node) : String(node)
}

/**
 * Evaluate the expressions inside a default value. Supported: a plain context path (`github.token`,
 * `github.event.pull_request.number`, `runner.temp`) and string/number literals; anything else (operators,
 * functions) evaluates to '' — the same as a missing value, which is what tests expect of `|| ''`-style defaults.
 */
export function evaluateDefault(text: string, ctx: ExpressionContext): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (/^(github|runner)(\.[A-Za-z_][\w-]*)+$/.test(expr)) return lookup(expr, ctx)
    const literal = /^'((?:[^']|'')*)'$/.exec(expr)
    if (literal) return (literal[1] ?? '').replace(/''/g, "'")
    if (/^-?\d+(\.\d+)?$/.test(expr) || expr === 'true' || expr === 'false') return expr
    return ''
  })
}

/** The env name the runner gives an input: `INPUT_` + name with spaces → `_`, upper-cased (hyphens kept). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * Build the `INPUT_*` variables: defaults evaluated against `ctx`, then `given` on top. A given input the
 * action does not declare is refused (the runner only warns, but in a test it is always a typo).
 */
export function buildInputEnv(
  meta: ActionMetadata,
  given: Record<string, string>,
  ctx: ExpressionContext,
): Record<string, string> {
  const declared = Object.keys(meta.inputs)
  const unknown = Object.keys(given).filter((k) => !declared.some((d) => d.toLowerCase() === k.toLowerCase()))
  if (unknown.length) {
    throw new Error(
      `runAction(${meta.name}): unexpected input(s) ${unknown.map((u) => `'${u}'`).join(', ')}; action.yml declares ${declared.map((d) => `'${d}'`).join(', ') || 'none'}`,
    )
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(meta.inputs)) {
    if (spec.default !== undefined) env[inputEnvName(name)] = evaluateDefault(spec.default, ctx)
  }
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = value
  return env
}
