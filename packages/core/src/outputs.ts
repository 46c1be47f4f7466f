/** Outputs and state: values that are not strings are written as JSON, so later steps can `fromJSON()` them. */
import * as core from './runner.js'

export type OutputValue = string | number | boolean | object | null | undefined

function render(value: OutputValue): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** Set several outputs at once. */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, render(value))
}

/** Save a value for the `post:` step (or a later phase) of the same action. */
export function saveState(name: string, value: OutputValue): void {
  core.saveState(name, render(value))
}

/** Read a value saved with {@link saveState}; JSON is parsed back when `json` is set. */
export function readState<T = string>(name: string, json = false): T | undefined {
  const v = core.getState(name)
  if (v === '') return undefined
  return (json ? JSON.parse(v) : v) as T
}

/** Mask a secret in every later log line, summary and output; empty values are ignored. */
export function maskSecret(value: string | undefined): void {
  if (value) core.setSecret(value)
}

/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
export function maskHeader(value: string | undefined): void {
  if (value) core.setHeaderSecret(value)
}

/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
export function maskUrl(url: string): string {
  return core.setUrlSecret(url)
}
