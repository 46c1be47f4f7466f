/**
 * The runner protocol, written directly: inputs from INPUT_* env, outputs/state/env through the runner's file
 * commands, annotations and groups as workflow commands on stdout, and the step summary file.
 *
 * Why not @actions/core: it loads @actions/http-client, undici and @actions/exec at import time (for OIDC and
 * platform details), which made a bundle's cold start 5x a bare `node -e 0` (measured: 50 ms vs 10 ms, 68 MB RSS).
 * These few functions are the whole contract an action needs on every run; they follow the toolkit's escaping
 * and heredoc rules exactly, so the runner parses them the same way.
 *
 * Hostile text: this is the one path to the log, and every function here treats its text as untrusted. Secrets
 * (registered with {@link setSecret}, and credentials in any URL) are redacted from log lines, annotations, group
 * titles, the job summary and outputs; every log line that the runner could read as a command is made inert
 * ({@link neutralise}), including the output of child processes streamed with {@link LogStream}.
 */
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { redact, rememberSecret, headerSecrets, urlSecrets } from './redact.js'

/** node:crypto, loaded on first use: loading it costs some 6 ms of CPU, and a run that sets no output never needs it. */
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule('node:crypto')

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The value of an input, as the runner passes it (`INPUT_<NAME>`, spaces → `_`, upper-cased). */
export function getInput(name: string, trim = true): string {
  const v = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  return trim ? v.trim() : v
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const PROPERTY_KEYS: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn',
}

/**
 * Write a workflow command (`::name key=value::message`) to stdout. Message and properties are redacted, then
 * escaped (`%`, CR, LF; and `:` `,` in properties): the line cannot end early, so nothing in it starts a command.
 */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(redact(String(v)))}`)
    .join(',')
  process.stdout.write(
    `::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : redact(message))}${EOL}`,
  )
}

/**
 * Make text safe to print as log lines. The runner reads a line as a command when, after leading white space, it
 * starts with `::` (ActionCommand.TryParseV2), or when it holds `##[name ...]` anywhere (TryParse); lines end at
 * LF, CR LF or a bare CR. So: split where the runner splits, put a `\` before a leading `::`, and turn every
 * `##[` into `##[\` (the runner's own escape for its `##[start-action` markers). Plain text is left unchanged.
 */
export function neutralise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^([\s\u0085]*)::/, '$1\\::').replace(/##\[/g, '##[\\'))
    .join(EOL)
}

/** Text as it may reach the log: secrets redacted, command lines made inert. */
export function safeLog(text: string): string {
  return neutralise(redact(text))
}

/**
 * A log sink for a child process's output: chunks are cut into lines where the runner cuts them (a line, or a CR LF
 * pair, may be split across chunks) and each line goes to stdout through {@link safeLog}. Call `end()` at exit.
 */
export class LogStream {
  private pending = ''
  private readonly decoder = new TextDecoder()
  write(chunk: Buffer | string): void {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true })
    const keep = this.pending.endsWith('\r') ? 1 : 0
    const body = this.pending.slice(0, this.pending.length - keep)
    const last = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'))
    if (last < 0) return
    process.stdout.write(safeLog(body.slice(0, last).replace(/\r$/, '')) + EOL)
    this.pending = this.pending.slice(last + 1)
  }
  end(): void {
    const rest = (this.pending + this.decoder.decode()).replace(/\r$/, '')
    this.pending = ''
    if (rest !== '') process.stdout.write(safeLog(rest) + EOL)
  }
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string, props: AnnotationProperties = {}): void {
  const mapped: Record<string, string | number | undefined> = {}
  for (const [k, v] of Object.entries(props)) mapped[PROPERTY_KEYS[k as keyof AnnotationProperties]] = v
  issueCommand(kind, mapped, message)
}

export const error = (message: string, props?: AnnotationProperties): void => annotation('error', message, props)
export const warning = (message: string, props?: AnnotationProperties): void => annotation('warning', message, props)
export const notice = (message: string, props?: AnnotationProperties): void => annotation('notice', message, props)

/** A plain log line (or several): redacted and made inert, so untrusted text can be passed as is. */
export function info(message: string): void {
  process.stdout.write(safeLog(message) + EOL)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

/** Mark the step failed: an error annotation and exit code 1. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/**
 * Mask a value in every later log line: the runner's masker gets the value and each of its lines, and our own
 * redactor (log, summary, outputs) also its URL-encoded and JSON-escaped forms. Blank values are ignored.
 */
export function setSecret(secret: string): void {
  if (secret.trim() === '') return
  rememberSecret(secret)
  // The runner's AddMaskCommandExtension also masks each line of a multi-line value.
  issueCommand('add-mask', {}, secret)
}

/** Mask an HTTP header value whole and without its scheme (`Bearer xyz` masks `Bearer xyz` and `xyz`). */
export function setHeaderSecret(value: string): void {
  for (const v of headerSecrets(value)) setSecret(v)
}

/** Mask the password of a URL (`https://user:pw@host`), raw and decoded. Returns the URL as it may be printed. */
export function setUrlSecret(url: string): string {
  for (const v of urlSecrets(url)) setSecret(v)
  return redact(url)
}

/** A heredoc delimiter that does not occur in the key or the value (regenerated in the unlikely event it does). */
export function heredocDelimiter(key: string, value: string): string {
  for (;;) {
    const delimiter = `ghadelimiter_${crypto().randomUUID()}`
    if (!key.includes(delimiter) && !value.includes(delimiter)) return delimiter
  }
}

function fileCommand(envName: string, key: string, value: string): boolean {
  const file = process.env[envName]
  if (!file) return false
  const delimiter = heredocDelimiter(key, value)
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
  return true
}

/** GitHub's documented limit for one output ("can be a maximum of 1 MB"). */
export const OUTPUT_LIMIT_BYTES = 1024 * 1024

/** The first `max` bytes of `text` in UTF-8, never cutting a character in two. */
export function truncateUtf8(text: string, max: number): string {
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= max) return text
  let end = max
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}

/**
 * Set an output. Secrets are redacted (the runner would drop a job output holding one). A value over
 * {@link OUTPUT_LIMIT_BYTES} is cut to the limit, and the whole text goes to a file under RUNNER_TEMP that a
 * warning names. Returns that file, if any.
 */
export function setOutput(name: string, value: string): string | undefined {
  const clean = redact(value)
  if (clean !== value) warning(`Output '${name}' contained a secret; it was replaced by ***.`)
  let written = clean
  let full: string | undefined
  if (Buffer.byteLength(clean, 'utf8') > OUTPUT_LIMIT_BYTES) {
    const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'shipline-outputs')
    mkdirSync(dir, { recursive: true })
    full = join(dir, `${name.replace(/[^\w.-]/g, '_')}-${crypto().randomBytes(4).toString('hex')}.txt`)
    writeFileSync(full, clean, 'utf8')
    const note = `\n[truncated: the full ${Buffer.byteLength(clean, 'utf8')} bytes are in ${full}]`
    written = truncateUtf8(clean, OUTPUT_LIMIT_BYTES - Buffer.byteLength(note, 'utf8')) + note
    warning(
      `Output '${name}' is over GitHub's 1 MB limit for an output: it was truncated; the full text is in ${full}.`,
    )
  }
  if (!fileCommand('GITHUB_OUTPUT', name, written)) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, written)
  }
  return full
}

export function saveState(name: string, value: string): void {
  if (!fileCommand('GITHUB_STATE', name, value)) issueCommand('save-state', { name }, value)
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

/** Export an environment variable to this and later steps. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (!fileCommand('GITHUB_ENV', name, value)) issueCommand('set-env', { name }, value)
}

export function startGroup(title: string): void {
  issueCommand('group', {}, title)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/** Run `fn` inside a collapsible log group. */
export async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  startGroup(title)
  try {
    return await fn()
  } finally {
    endGroup()
  }
}

/** The runner refuses to upload a step summary over 1 MiB (`$GITHUB_STEP_SUMMARY upload aborted`). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/**
 * Append markdown to the job summary (secrets redacted); a no-op outside a runner. Untrusted text can be long: what
 * would take the file over {@link SUMMARY_LIMIT_BYTES} is cut, with a note, so the runner still shows the summary.
 */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  const text = redact(markdown)
  const have = statSync(file, { throwIfNoEntry: false })?.size ?? 0
  if (have + Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES) return appendFileSync(file, text, 'utf8')
  const note =
    '\n\n> ⚠️ The rest of this summary was cut: GitHub shows at most 1 MiB per step. The log has the details.\n'
  const room = SUMMARY_LIMIT_BYTES - have - Buffer.byteLength(note, 'utf8')
  if (room > 0) appendFileSync(file, truncateUtf8(text, room) + note, 'utf8')
  warning(`The job summary was cut at GitHub's 1 MiB limit for a step summary.`)
}
