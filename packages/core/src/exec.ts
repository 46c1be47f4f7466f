/**
 * Process helpers: always `execFile`-style (program + argument array, never a shell string), with a timeout,
 * output captured and optionally streamed to the log inside a `core.group`.
 */
import { spawn } from 'node:child_process'
import { UserError } from './errors.js'
import { LogStream } from './runner.js'

export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Kill the process after this many ms (SIGTERM, then SIGKILL 2 s later). Default 10 minutes. */
  timeoutMs?: number
  /** Data written to stdin, then stdin is closed. Without it stdin is /dev/null (no pipe to set up). */
  input?: string | Buffer
  /** Stream output lines to the log as they come (redacted, and made inert: a child cannot issue workflow commands). */
  stream?: boolean
  /** Keep at most this many bytes of each stream (the tail). Default 1 MiB. */
  maxBuffer?: number
  /** Resolve instead of throwing on a non-zero exit. */
  allowFailure?: boolean
}

export interface ExecResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
}

/** Thrown when a command exits non-zero (and allowFailure is not set). */
export class ExecError extends UserError {
  readonly result: ExecResult
  constructor(command: string, result: ExecResult) {
    const why = result.timedOut
      ? 'timed out'
      : result.signal
        ? `was killed by ${result.signal}`
        : `exited with code ${result.code}`
    const tail = lastLines(result.stderr || result.stdout, 20)
    super(`Command '${command}' ${why}${tail ? `:\n${tail}` : ''}`)
    this.name = 'ExecError'
    this.result = result
  }
}

export function lastLines(text: string, n: number): string {
  const lines = text.trimEnd().split('\n')
  return lines.slice(-n).join('\n')
}

class Tail {
  private chunks: Buffer[] = []
  private size = 0
  constructor(private readonly max: number) {}
  push(b: Buffer): void {
    this.chunks.push(b)
    this.size += b.length
    while (this.size > this.max && this.chunks.length > 1) this.size -= (this.chunks.shift() as Buffer).length
  }
  toString(): string {
    const all = Buffer.concat(this.chunks)
    return all.subarray(Math.max(0, all.length - this.max)).toString('utf8')
  }
}

/** Run a program with arguments. Never goes through a shell. */
export function exec(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks (~1-2 ms, ~1 MiB) on
  // first use, a cost paid by every short run that starts a process.
  const started = process.hrtime.bigint()
  const maxBuffer = options.maxBuffer ?? 1024 * 1024
  return new Promise((resolve, reject) => {
    const how = { cwd: options.cwd, env: options.env ?? process.env, shell: false }
    const child =
      options.input !== undefined
        ? spawn(file, args, { ...how, stdio: ['pipe', 'pipe', 'pipe'] })
        : spawn(file, args, { ...how, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = new Tail(maxBuffer)
    const err = new Tail(maxBuffer)
    const logs = options.stream ? ([new LogStream(), new LogStream()] as const) : undefined
    child.stdout.on('data', (b: Buffer) => {
      out.push(b)
      logs?.[0].write(b)
    })
    child.stderr.on('data', (b: Buffer) => {
      err.push(b)
      logs?.[1].write(b)
    })
    let timedOut = false
    const timeoutMs = options.timeoutMs ?? 600_000
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 2000).unref()
    }, timeoutMs)
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      const hint = e.code === 'ENOENT' ? `Is '${file}' installed and on PATH?` : undefined
      reject(new UserError(`Could not start '${file}': ${e.message}`, { hint, cause: e }))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      logs?.forEach((l) => l.end())
      const result: ExecResult = {
        code,
        signal,
        stdout: out.toString(),
        stderr: err.toString(),
        durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        timedOut,
      }
      if ((code !== 0 || timedOut) && !options.allowFailure) reject(new ExecError([file, ...args].join(' '), result))
      else resolve(result)
    })
    if (child.stdin && options.input !== undefined) {
      child.stdin.on('error', () => undefined) // the child may exit before reading its input
      child.stdin.end(options.input)
    }
  })
}
