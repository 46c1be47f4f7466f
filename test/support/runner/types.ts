/** The harness's public types: what a test passes to runAction and what it gets back. */
import type { ChildProcess } from 'node:child_process'
import type { Annotation, ExecutedCommand } from './workflow-commands.js'

export interface RunOptions {
  /** Merged over action.yml defaults (a `${{ github.token }}` default is '' unless `token` is given). */
  inputs?: Record<string, string>
  /** Extra environment, applied last (e.g. GITHUB_API_URL pointing at the emulator). */
  env?: Record<string, string>
  /** GITHUB_WORKSPACE and the working directory (default: a fresh temp dir, removed after the run). */
  workspace?: string
  repository?: string
  sha?: string
  ref?: string
  eventName?: string
  /** The event payload (GITHUB_EVENT_PATH); default: a minimal one with repository and sender. */
  eventPayload?: object
  /** The value of `${{ github.token }}` in input defaults (default ''); masked from the start, like the runner does. */
  token?: string
  /**
   * Values the runner would mask before the step starts (what a workflow passes from `secrets.*`): any of them in
   * stdout, stderr or the summary is reported in `leakedSecrets`, even if the action never called setSecret.
   */
  secrets?: string[]
  /** RUNNER_DEBUG=1. */
  debug?: boolean
  /** Kill (SIGKILL) the step after this long (default 45 s, under jest's 60 s); `timedOut` is then true. */
  timeoutMs?: number
  /** Also run `runs.post` (with STATE_* from the main step) when action.yml has one. */
  post?: boolean
  /** Record malformed file commands in `fileCommandErrors` instead of throwing (for kill-mid-run tests). */
  allowFileCommandErrors?: boolean
}

export interface RunResult {
  exitCode: number | null
  signal: string | null
  timedOut: boolean
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  state: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** Titles of `::group::` sections, in order. */
  groups: string[]
  /** Values registered with `::add-mask::`. */
  masks: string[]
  /** Every workflow command the runner would have processed (from stdout or stderr), in order. */
  commands: ExecutedCommand[]
  /** Masked values that appeared again in stdout, stderr or the summary: must be empty. */
  leakedSecrets: string[]
  /** Outputs (`output NAME`) and exports (`env NAME`) whose value holds a masked value: the runner would drop them. */
  secretOutputs: string[]
  /**
   * Files under RUNNER_TEMP or the workspace that hold a masked value after the step (`path: secret`). A test that
   * writes a secret into its own workspace (an .npmrc) filters its own files out.
   */
  secretFiles: string[]
  /** Malformed file commands (only when `allowFileCommandErrors`; otherwise the run throws). */
  fileCommandErrors: string[]
  stdout: string
  stderr: string
  durationMs: number
  /** The `post:` step's result, when `post: true` and action.yml has one. */
  post?: RunResult
}

/** A running action: the child (e.g. to kill it mid-run) and its eventual result. */
export interface SpawnedAction {
  child: ChildProcess
  result: Promise<RunResult>
  /**
   * Cancel the step as the runner does (ProcessInvoker): SIGINT, then SIGTERM after `sigintMs` (runner: 7.5 s),
   * then SIGKILL after `sigtermMs` more (runner: 2.5 s). Resolves with the result.
   */
  cancel(opts?: { sigintMs?: number; sigtermMs?: number }): Promise<RunResult>
}
