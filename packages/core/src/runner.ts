/**
 * The runner protocol, written directly: inputs from INPUT_* env, outputs/state/env through the runner's file
 * commands, annotations and groups as workflow commands on stdout, and the step summary file.
 *
 * Why not @actions/core: it loads @actions/http-client, undici and @actions/exec at import time (for OIDC and
 * platform details), which made a bundle's cold start 5x a bare `node -e 0` (measured: 50 ms vs 10 ms, 68 MB RSS).
 * These few functions are the whole contract an action needs on every run; they follow the toolkit's escaping
 * and heredoc rules exactly, so the runner parses them the same way.
 */
import { appendFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { EOL } from 'node:os'

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

/** Write a workflow command (`::name key=value::message`) to stdout. */
export function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string, props: AnnotationProperties = {}): void {
  const mapped: Record<string, string | number | undefined> = {}
  for (const [k, v] of Object.entries(props)) mapped[PROPERTY_KEYS[k as keyof AnnotationProperties]] = v
  issueCommand(kind, mapped, message)
}

export const error = (message: string, props?: AnnotationProperties): void => annotation('error', message, props)
export const warning = (message: string, props?: AnnotationProperties): void => annotation('warning', message, props)
export const notice = (message: string, props?: AnnotationProperties): void => annotation('notice', message, props)

export function info(message: string): void {
  process.stdout.write(message + EOL)
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

/** Mask a value in every later log line. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

function fileCommand(envName: string, key: string, value: string): boolean {
  const file = process.env[envName]
  if (!file) return false
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: value contains the delimiter ${delimiter}`)
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
  return true
}

export function setOutput(name: string, value: string): void {
  if (!fileCommand('GITHUB_OUTPUT', name, value)) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, value)
  }
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

/** Append markdown to the job summary; a no-op outside a runner. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, markdown, 'utf8')
}
