/**
 * Hostile-input checks shared by test/integration/hostile-*.test.ts: the payloads of issue 14 and one assertion,
 * `expectContained(r)`, that reads a run through the runner harness (which parses stdout and stderr as the runner
 * does) and fails on any effect an attacker's text could have had.
 */
import { expect } from '@jest/globals'
import type { RunResult } from './runner/index.js'

/** Each payload tries one runner rule or one summary break-out. The marker `PWN` names what must never happen. */
export const PAYLOADS = [
  '::add-mask::x',
  '::set-output name=version::9.9.9',
  '::stop-commands::t',
  '##[add-mask]x',
  'a\r::error::PWN-cr',
  '</details><h1>x',
  '<img src=x>',
  '  ::warning::PWN-indented',
  'npm notice ##[set-output name=forged;]PWN-legacy',
  '::t::',
] as const

/** All payloads in one line of text (for a field that holds one line). */
export const ONE_LINE = PAYLOADS.map((p) => p.replace(/[\r\n]/g, ' ')).join(' ')
/** All payloads, one per line (for a body, a command's output, a file). */
export const MANY_LINES = PAYLOADS.join('\n')

/** Commands our actions issue themselves (core's runner.ts); anything else on the log came from hostile text. */
const OWN = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask'])

/** Markdown with fenced code blocks removed (their content is text, whatever it holds). */
function outsideFences(md: string): string {
  return md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
}

export interface ContainedOptions {
  /** Values the action may mask itself (its token, a key); any other add-mask came from hostile text. */
  masks?: readonly string[]
  /** Files a test wrote itself that may hold a secret (e.g. its own .npmrc): left out of `secretFiles`. */
  ownFiles?: readonly string[]
  /** The payloads reached the log (as inert text): proves the test exercised the path. Default true. */
  shown?: boolean
}

/**
 * The run had no effect an attacker's text could cause: no command other than the action's own (no forged output,
 * mask, stop-commands, legacy command, annotation from a CR-split line), no output named or valued by a payload,
 * no raw HTML in the summary outside code blocks beyond `<br>`/`<details>`/`<summary>`, and no secret in stdout,
 * stderr, the summary, outputs, exports, or files left under RUNNER_TEMP or the workspace.
 */
export function expectContained(r: RunResult, opts: ContainedOptions = {}): void {
  if (opts.shown !== false) expect(r.stdout).toMatch(/add-mask::x|PWN|::t::/)
  const foreign = r.commands.filter(
    (c) => !OWN.has(c.name.toLowerCase()) || !c.line.startsWith('::') || c.stream !== 'stdout',
  )
  expect(foreign.map((c) => c.line)).toEqual([])
  const masks = r.commands.filter((c) => c.name === 'add-mask').map((c) => c.data)
  expect(masks.filter((m) => !(opts.masks ?? []).some((allowed) => m === allowed || allowed.includes(m)))).toEqual([])
  expect(r.annotations.filter((a) => /^PWN/.test(a.message)).map((a) => a.message)).toEqual([])
  expect(r.outputs.forged).toBeUndefined()
  expect(Object.values(r.outputs)).not.toContain('9.9.9')
  const html =
    outsideFences(r.summary).match(/<(?!br>|\/?details( open)?>|\/?summary>|\/?code>)[A-Za-z/!?][^>]*>?/g) ?? []
  expect(html).toEqual([])
  expect(r.leakedSecrets).toEqual([])
  expect(r.secretOutputs).toEqual([])
  expect(r.secretFiles.filter((f) => !(opts.ownFiles ?? []).some((own) => f.startsWith(`${own}:`)))).toEqual([])
}
