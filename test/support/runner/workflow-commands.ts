/**
 * Reads an action's output the way the runner does (actions/runner at 258d6c8: `ProcessInvoker`, `OutputManager`,
 * `ActionCommandManager.TryProcessCommand`, `ActionCommand.TryParseV2` / `TryParse`, `AddMaskCommandExtension`):
 *
 * - **stdout and stderr alike** are read for commands (NodeScriptActionHandler wires both to an OutputManager that
 *   shares one command manager, so `stop-commands` on one stream stops the other too).
 * - Lines end at LF, CR LF **or a bare CR** (.NET `StreamReader.ReadLine`), so `a\r::error::x` is two lines.
 * - `TryParseV2`: after leading white space (.NET `TrimStart`), a line starting with `::name props::data`. Properties
 *   `k=v` split on `,`; values unescape `%0D %0A %3A %2C %25`, data `%0D %0A %25` (in that order, as the runner).
 * - `TryParse` (legacy, tried when V2 fails): `##[name k=v;k=v]data` **anywhere** in the line (`IndexOf`), properties
 *   split on `;`, unescaping `%3B %0D %0A %5D %25`.
 * - Command names are case-insensitive and must be registered; anything else is plain output.
 * - `stop-commands::TOKEN` pauses until a command named TOKEN (`::TOKEN::` or `##[TOKEN]`); an empty token, a
 *   registered command or `pause-logging` is refused (the runner throws: recorded in `commandErrors`).
 * - `add-mask` masks the value and each of its lines (split on CR/LF, trimmed); a blank value is only a warning.
 * - `set-output` / `save-state` still take effect (deprecated, not removed); `set-env` and `add-path` are disabled
 *   unless ACTIONS_ALLOW_UNSECURE_COMMANDS is set (the runner fails the step: recorded in `commandErrors`).
 *
 * It also plays the runner's secret masker as a checker: after a value is masked, any later line that still contains
 * it (raw or URI-encoded, two of the masker's encoders) is a leak — the runner would print `***`; our actions must
 * not rely on that.
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

export type Stream = 'stdout' | 'stderr'

/** A command the runner would have processed, with where it came from. */
export interface ExecutedCommand extends WorkflowCommand {
  stream: Stream
  /** The raw line, as the runner read it. */
  line: string
}

export interface StdoutReport {
  annotations: Annotation[]
  /** Values registered with `::add-mask::` (and the lines of multi-line values). */
  masks: string[]
  /** Masked values seen again later in the log (each once). */
  leakedSecrets: string[]
  /** Titles of `::group::` sections, in order. */
  groups: string[]
  /** Every command the runner would process, in order (after unescaping), from either stream. */
  commands: ExecutedCommand[]
  /** Outputs set with the deprecated `::set-output name=x::v` (the runner still honours it). */
  commandOutputs: Record<string, string>
  /** State saved with the deprecated `::save-state name=x::v`. */
  commandState: Record<string, string>
  /** Commands the runner would refuse and fail the step for (bad stop token, disabled set-env/add-path). */
  commandErrors: string[]
}

/** The runner's registered commands (every `IActionCommandExtension.Command`, plus `stop-commands`). */
export const REGISTERED_COMMANDS: readonly string[] = [
  'error',
  'warning',
  'notice',
  'debug',
  'add-mask',
  'group',
  'endgroup',
  'stop-commands',
  'echo',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-matcher',
  'remove-matcher',
]

/** .NET `char.IsWhiteSpace` (what `string.TrimStart()` removes): not the same set as JavaScript's `\s`. */
const DOTNET_WS = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const LEADING_WS = new RegExp(`^[${DOTNET_WS}]+`)
const dotnetTrimStart = (s: string): string => s.replace(LEADING_WS, '')
const dotnetTrim = (s: string): string => dotnetTrimStart(s).replace(new RegExp(`[${DOTNET_WS}]+$`), '')

const replaceAll = (s: string, pairs: readonly [string, string][]): string =>
  pairs.reduce((acc, [from, to]) => acc.split(from).join(to), s)
// ActionCommand._escape*Mappings, applied in the runner's order (each a full Replace pass).
const DATA: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
]
const PROPERTY: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
]
const LEGACY: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
]

/** Undo the toolkit's escaping of a command's data. */
export function unescapeData(text: string): string {
  return replaceAll(text, DATA)
}

/** Undo the toolkit's escaping of a command property value. */
export function unescapeProperty(text: string): string {
  return replaceAll(text, PROPERTY)
}

const registry = (extra: readonly string[] = []): Set<string> =>
  new Set([...REGISTERED_COMMANDS, ...extra].map((c) => c.toLowerCase()))

function splitPairs(text: string, sep: string, unescape: (s: string) => string): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const part of text.split(sep).filter((p) => p !== '')) {
    const eq = part.indexOf('=')
    // .NET Split('=', 2, RemoveEmptyEntries): `k=` and `=v` give one entry and are dropped.
    if (eq > 0 && eq < part.length - 1) properties[part.slice(0, eq)] = unescape(part.slice(eq + 1))
  }
  return properties
}

/** `ActionCommand.TryParseV2`: `::name k=v,k=v::data` after leading white space. */
export function tryParseV2(message: string, registered: ReadonlySet<string> = registry()): WorkflowCommand | undefined {
  const line = dotnetTrimStart(message)
  if (!line.startsWith('::')) return undefined
  const end = line.indexOf('::', 2)
  if (end < 0) return undefined
  const info = line.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties = space > 0 ? splitPairs(dotnetTrim(info.slice(space + 1)), ',', unescapeProperty) : {}
  return { name, properties, data: unescapeData(line.slice(end + 2)) }
}

/** `ActionCommand.TryParse` (legacy): `##[name k=v;k=v]data` anywhere in the line. */
export function tryParseLegacy(
  message: string,
  registered: ReadonlySet<string> = registry(),
): WorkflowCommand | undefined {
  const start = message.indexOf('##[')
  if (start < 0) return undefined
  const rb = message.indexOf(']', start)
  if (rb < 0) return undefined
  const info = message.slice(start + 3, rb)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const unescape = (s: string) => replaceAll(s, LEGACY)
  const properties = space > 0 ? splitPairs(info.slice(space + 1), ';', unescape) : {}
  return { name, properties, data: unescape(message.slice(rb + 1)) }
}

/** Parse one log line as the runner would (V2, then legacy); `undefined` when it is plain output. */
export function parseCommand(line: string, registered: ReadonlySet<string> = registry()): WorkflowCommand | undefined {
  if (line === '') return undefined
  return tryParseV2(line, registered) ?? tryParseLegacy(line, registered)
}

/**
 * Split a stream into lines as .NET `StreamReader.ReadLine` does: LF, CR LF and a bare CR each end a line; a last
 * line without an ending still counts; an empty stream has no lines.
 */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r\n|\r|\n/)
  if (/[\r\n]$/.test(text)) lines.pop()
  return lines
}

/**
 * Incremental line splitter for one stream (chunks may cut a line, or a CR LF pair, in two).
 */
export class LineReader {
  private pending = ''
  push(chunk: string): string[] {
    this.pending += chunk
    // A trailing CR may be the first half of CR LF: keep it until the next chunk (or the end).
    const cut = this.pending.endsWith('\r') ? this.pending.length - 1 : this.pending.length
    const body = this.pending.slice(0, cut)
    const lastEnd = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'))
    if (lastEnd < 0) return []
    const complete = body.slice(0, lastEnd + 1)
    this.pending = this.pending.slice(lastEnd + 1)
    return splitLines(complete)
  }
  end(): string[] {
    const rest = this.pending
    this.pending = ''
    return splitLines(rest)
  }
}

function toAnnotation(kind: AnnotationKind, cmd: WorkflowCommand): Annotation {
  const a: Annotation = { kind, message: cmd.data }
  const p = lowerKeys(cmd.properties)
  if (p.file !== undefined) a.file = p.file
  if (p.title !== undefined) a.title = p.title
  for (const [key, prop] of [
    ['line', 'line'],
    ['endLine', 'endline'],
    ['col', 'col'],
    ['endColumn', 'endcolumn'],
  ] as const) {
    const n = p[prop] === undefined ? NaN : Number(p[prop])
    if (Number.isInteger(n)) a[key] = n
  }
  return a
}

// The runner keeps properties in an OrdinalIgnoreCase dictionary.
const lowerKeys = (p: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k.toLowerCase(), v]))

/** The runner's stop-commands state machine and command effects, fed one line at a time from either stream. */
export class CommandProcessor {
  readonly report: StdoutReport
  private stopToken: string | undefined
  private readonly leaked = new Set<string>()
  private readonly env: Record<string, string>

  /** `secrets` are masked from the first line (the runner masks `secrets.*` and `github.token` before the step). */
  constructor(secrets: readonly string[] = [], env: Record<string, string> = {}) {
    this.report = {
      annotations: [],
      masks: [],
      leakedSecrets: [],
      groups: [],
      commands: [],
      commandOutputs: {},
      commandState: {},
      commandErrors: [],
    }
    this.env = env
    for (const s of secrets) this.addMask(s)
  }

  private addMask(value: string): void {
    if (value.trim() === '') return
    const parts = [
      value,
      ...value
        .split(/[\r\n]/)
        .map((l) => dotnetTrim(l))
        .filter((l) => l !== ''),
    ]
    for (const p of parts) if (!this.report.masks.includes(p)) this.report.masks.push(p)
  }

  private checkLeak(line: string): void {
    for (const secret of this.report.masks) {
      if (line.includes(secret) || line.includes(encodeURIComponent(secret))) this.leaked.add(secret)
    }
  }

  line(stream: Stream, line: string): void {
    const registered = registry(this.stopToken ? [this.stopToken] : [])
    // OutputManager only tries lines that contain `##[` or `::`.
    const cmd = line.includes('##[') || line.includes('::') ? parseCommand(line, registered) : undefined
    if (this.stopToken !== undefined) {
      if (cmd && cmd.name.toLowerCase() === this.stopToken.toLowerCase()) this.stopToken = undefined
      else this.checkLeak(line)
      return
    }
    if (!cmd) return this.checkLeak(line)
    const name = cmd.name.toLowerCase()
    // add-mask is not echoed (OmitEcho); every other command line is log text the masker scrubs.
    if (name !== 'add-mask') this.checkLeak(line)
    this.report.commands.push({ ...cmd, stream, line })
    const props = lowerKeys(cmd.properties)
    if (name === 'stop-commands') {
      const token = cmd.data
      if (
        token === '' ||
        REGISTERED_COMMANDS.includes(token.toLowerCase()) ||
        token.toLowerCase() === 'pause-logging'
      ) {
        if (!/^(1|true)$/i.test(this.env.ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS ?? '')) {
          this.report.commandErrors.push(`stop-commands with an unsupported token '${token}'`)
          return
        }
      }
      this.stopToken = token
    } else if (name === 'add-mask') {
      this.addMask(cmd.data)
    } else if (name === 'error' || name === 'warning' || name === 'notice' || name === 'debug') {
      this.report.annotations.push(toAnnotation(name, cmd))
    } else if (name === 'group') {
      this.report.groups.push(cmd.data)
    } else if (name === 'set-output' || name === 'save-state') {
      if (props.name)
        (name === 'set-output' ? this.report.commandOutputs : this.report.commandState)[props.name] = cmd.data
    } else if (name === 'set-env' || name === 'add-path') {
      if (!/^true$/i.test(this.env.ACTIONS_ALLOW_UNSECURE_COMMANDS ?? ''))
        this.report.commandErrors.push(`the '${name}' command is disabled`)
    }
  }

  finish(): StdoutReport {
    this.report.leakedSecrets = [...this.leaked]
    return this.report
  }
}

/** Output chunks in the order they arrived, from either stream. */
export type OutputChunk = { stream: Stream; text: string }

/** Read interleaved stdout/stderr chunks as the runner would. */
export function parseOutput(
  chunks: readonly OutputChunk[],
  secrets: readonly string[] = [],
  env: Record<string, string> = {},
): StdoutReport {
  const p = new CommandProcessor(secrets, env)
  const readers = { stdout: new LineReader(), stderr: new LineReader() }
  for (const c of chunks) for (const l of readers[c.stream].push(c.text)) p.line(c.stream, l)
  for (const stream of ['stdout', 'stderr'] as const) for (const l of readers[stream].end()) p.line(stream, l)
  return p.finish()
}

/** Read a whole stdout, then a whole stderr, as the runner would (when the interleaving is not known). */
export function parseStdout(stdout: string, stderr = '', secrets: readonly string[] = []): StdoutReport {
  return parseOutput(
    [
      { stream: 'stdout', text: stdout },
      { stream: 'stderr', text: stderr },
    ],
    secrets,
  )
}

/** Masked values that occur in `text` (e.g. the step summary, which the runner also scrubs). */
export function findLeaks(text: string, masks: readonly string[]): string[] {
  return masks.filter((secret) => text.includes(secret) || text.includes(encodeURIComponent(secret)))
}
