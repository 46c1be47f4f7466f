/**
 * Reads an action's stdout the way the runner does (actions/runner `ActionCommand.TryParseV2`): a line that,
 * after leading spaces, starts with `::name props::data` is a workflow command. Properties are `k=v` separated
 * by `,`; property values unescape `%25 %0D %0A %3A %2C`, data unescapes `%25 %0D %0A`. `::stop-commands::TOKEN`
 * turns command processing off until a line `::TOKEN::`.
 *
 * It also plays the runner's secret masker as a checker: after `::add-mask::VALUE`, any later line of output
 * that still contains VALUE is a leak (the runner would print `***`; our actions must not rely on that).
 */

export type AnnotationKind = 'error' | 'warning' | 'notice' | 'debug'

export interface Annotation {
  kind: AnnotationKind
  message: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
  title?: string
}

export interface WorkflowCommand {
  name: string
  properties: Record<string, string>
  data: string
}

export interface StdoutReport {
  annotations: Annotation[]
  /** Values registered with `::add-mask::`. */
  masks: string[]
  /** Masked values seen again later in the log (each once). */
  leakedSecrets: string[]
  /** Titles of `::group::` sections, in order. */
  groups: string[]
  /** Every recognised command, in order (after unescaping). */
  commands: WorkflowCommand[]
}

const KNOWN = new Set([
  'error', 'warning', 'notice', 'debug', 'add-mask', 'group', 'endgroup', 'stop-commands', 'echo',
  'set-output', 'save-state', 'set-env', 'add-path', 'add-matcher', 'remove-matcher',
])

const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' }
const PROPERTY_ESCAPES: Record<string, string> = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' }

/** Undo the toolkit's escaping of a command's data (one pass, so `%250A` stays `%0A`). */
export function unescapeData(text: string): string {
  return text.replace(/%25|%0D|%0A/g, (m) => DATA_ESCAPES[m] ?? m)
}

/** Undo the toolkit's escaping of a command property value. */
export function unescapeProperty(text: string): string {
  return text.replace(/%25|%0D|%0A|%3A|%2C/g, (m) => PROPERTY_ESCAPES[m] ?? m)
}

/** Parse one log line as a workflow command; `undefined` when it is plain output. */
export function parseCommand(rawLine: string): WorkflowCommand | undefined {
  const line = rawLine.replace(/\r$/, '').trimStart()
  if (!line.startsWith('::')) return undefined
  const end = line.indexOf('::', 2)
  if (end < 0) return undefined
  const info = line.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const part of info.slice(space + 1).trim().split(',')) {
      const eq = part.indexOf('=')
      if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1))
    }
  }
  return { name, properties, data: unescapeData(line.slice(end + 2)) }
}

function toAnnotation(kind: AnnotationKind, cmd: WorkflowCommand): Annotation {
  const a: Annotation = { kind, message: cmd.data }
  const p = cmd.properties
  if (p.file !== undefined) a.file = p.file
  if (p.title !== undefined) a.title = p.title
  for (const key of ['line', 'endLine', 'col', 'endColumn'] as const) {
    const n = p[key] === undefined ? NaN : Number(p[key])
    if (Number.isInteger(n)) a[key] = n
  }
  return a
}

/**
 * Read a whole stdout (and optionally stderr, checked for leaks only) as the runner would. `secrets` are masked
 * from the first line on, as the runner masks `secrets.*` and `github.token` before the step starts.
 */
export function parseStdout(stdout: string, stderr = '', secrets: readonly string[] = []): StdoutReport {
  const report: StdoutReport = { annotations: [], masks: secrets.filter((s) => s.trim() !== ''), leakedSecrets: [], groups: [], commands: [] }
  const leaked = new Set<string>()
  let stopToken: string | undefined
  const checkLeak = (line: string) => {
    for (const secret of report.masks) if (line.includes(secret)) leaked.add(secret)
  }
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line.replace(/\r$/, '').trim() === `::${stopToken}::`) stopToken = undefined
      else checkLeak(line)
      continue
    }
    const cmd = parseCommand(line)
    if (!cmd || !KNOWN.has(cmd.name)) {
      checkLeak(line)
      continue
    }
    if (cmd.name !== 'add-mask') checkLeak(line)
    report.commands.push(cmd)
    if (cmd.name === 'add-mask') {
      if (cmd.data.trim() !== '' && !report.masks.includes(cmd.data)) report.masks.push(cmd.data)
    } else if (cmd.name === 'error' || cmd.name === 'warning' || cmd.name === 'notice' || cmd.name === 'debug') {
      report.annotations.push(toAnnotation(cmd.name, cmd))
    } else if (cmd.name === 'group') {
      report.groups.push(cmd.data)
    } else if (cmd.name === 'stop-commands' && cmd.data !== '') {
      stopToken = cmd.data
    }
  }
  for (const line of stderr.split('\n')) checkLeak(line)
  report.leakedSecrets = [...leaked]
  return report
}

/** Masked values that occur in `text` (e.g. the step summary, which the runner also scrubs). */
export function findLeaks(text: string, masks: readonly string[]): string[] {
  return masks.filter((secret) => text.includes(secret))
}
