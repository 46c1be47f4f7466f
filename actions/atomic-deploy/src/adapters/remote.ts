/**
 * Running the fixed scripts on a host: collect output, stream a file to stdin, time out, and the switch
 * barrier (every host prepared and waiting on an open connection; one `go` line each, written in one tick).
 */
import { openSync, closeSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import type { Transport } from './transport.js'
import { explainSsh } from './transport.js'
import { EXIT_MEANING } from '../domain/scripts.js'

export interface CallResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
  /** Killed because the run was cancelled. */
  cancelled?: boolean
}

/** A step that failed on one host: where and why. */
export class HostFailure extends Error {
  constructor(
    readonly host: string,
    readonly phase: string,
    readonly why: string,
  ) {
    super(`${host}: ${phase}: ${why}`)
  }
}

function collect(
  child: ChildProcess,
  timeoutMs: number,
  started: number,
  cancel?: { signal: AbortSignal; after: RegExp },
): Promise<CallResult> {
  let stdout = ''
  let stderr = ''
  let cancelled = false
  // With `cancel`, an abort kills the command only once its stdout matched `after` (e.g. once the host has
  // taken its lock and said so): killed earlier, the host could take the lock after the run released them.
  let cancelling = false
  child.stdout?.on('data', (b: Buffer) => {
    stdout += b.toString()
    if (cancelling && cancel?.after.test(stdout)) kill()
  })
  const kill = (): void => {
    cancelled = true
    child.kill('SIGKILL')
  }
  if (cancel) {
    const onAbort = (): void => {
      cancelling = true
      if (cancel.after.test(stdout)) kill()
    }
    if (cancel.signal.aborted) onAbort()
    else cancel.signal.addEventListener('abort', onAbort, { once: true })
    child.on('close', () => cancel.signal.removeEventListener('abort', onAbort))
  }
  child.stderr?.on('data', (b: Buffer) => {
    stderr += b.toString()
    if (stderr.length > 64_000) stderr = stderr.slice(-32_000)
  })
  child.stdin?.on('error', () => undefined)
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const done = (code: number | null): void => {
      clearTimeout(timer)
      ok({ code, stdout, stderr, ms: performance.now() - started, ...(cancelled ? { cancelled } : {}) })
    }
    child.on('error', (e) => {
      if (e.name === 'AbortError') cancelled = true
      else stderr += e.message
    })
    // A cancelled command is done when it exits: a grandchild it left (a before-switch still sleeping on a local
    // host) may hold its pipes open for much longer.
    child.on('exit', (code) => {
      if (!cancelled) return
      child.stdout?.destroy()
      child.stderr?.destroy()
      done(code)
    })
    child.on('close', done)
  })
}

/** Run `script` on the host; `inputFile` becomes its stdin (handed to the child as a file descriptor). */
export function call(
  t: Transport,
  script: string,
  args: readonly string[],
  opts: {
    inputFile?: string
    timeoutMs: number
    openMaster?: boolean
    signal?: AbortSignal
    cancelAfter?: RegExp
    onData?: (stdout: string) => void
  },
): Promise<CallResult> {
  const started = performance.now()
  const fd = opts.inputFile ? openSync(opts.inputFile, 'r') : undefined
  try {
    const late = opts.cancelAfter && opts.signal ? { signal: opts.signal, after: opts.cancelAfter } : undefined
    const child = t.start(script, args, {
      openMaster: opts.openMaster,
      stdinFd: fd,
      signal: late ? undefined : opts.signal,
    })
    let seen = ''
    if (opts.onData) child.stdout?.on('data', (b: Buffer) => opts.onData?.((seen += b.toString())))
    const done = collect(child, opts.timeoutMs, started, late)
    child.stdin?.end()
    return done
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** The reason a call failed, in words: the script's exit meaning plus its last stderr lines. */
export function reason(r: CallResult): string {
  const tail = explainSsh(r.stderr, r.code)
  if (r.code === 255) return `ssh failed: ${tail}`
  if (r.cancelled) return 'the run was cancelled'
  const meaning = r.code === null ? 'timed out or was killed' : (EXIT_MEANING[r.code] ?? `exited with code ${r.code}`)
  return tail && tail !== `ssh exited with code ${r.code}` ? `${meaning}: ${tail}` : meaning
}

/**
 * How a switch session ends after SWITCHED: keep it (commit) or switch back to the previous target (revert).
 * `hold` keeps the lock (on-revert runs next, under it).
 */
export type Settle = {
  verb: 'commit' | 'revert' | 'keep'
  remove: readonly string[]
  entries: readonly object[]
  hold?: boolean
}

/** A switch prepared on one host: its session is open and waiting for `go`. */
export interface PreparedSwitch {
  host: Transport
  previous: string
  go(): void
  abort(): void
  /** Close stdin without a line: what the host sees when the runner dies. Also calls the switch off. */
  hangUp(): void
  /** Resolves with the host's switch time (ns since the epoch) once renamed, or rejects with why not. */
  switched: Promise<string>
  /** After SWITCHED: commit or revert, record, clean up and unlock over the same session. Resolves when DONE. */
  settle(how: Settle): Promise<void>
  /** Settles when the session ends (after abort, hang-up or settle); never rejects. */
  closed: Promise<CallResult>
}

/** A running script: wait for a line on its stdout, write to its stdin, and its end. */
export interface Session {
  /** Resolves with the first group of the first stdout match, or rejects (with the reason) if the script ends first. */
  line(re: RegExp): Promise<string>
  write(text: string): void
  end(text?: string): void
  /** Kill the local command (only before the host was told to change anything). */
  kill(): void
  closed: Promise<CallResult>
}

/** Start `script` as an interactive session. */
export function startSession(
  t: Transport,
  script: string,
  args: readonly string[],
  opts: { timeoutMs: number; openMaster?: boolean },
): Session {
  const started = performance.now()
  const child = t.start(script, args, { openMaster: opts.openMaster })
  const closed = collect(child, opts.timeoutMs, started)
  const line = (re: RegExp): Promise<string> =>
    new Promise((ok, fail) => {
      let buf = ''
      const onData = (b: Buffer): void => {
        buf += b.toString()
        const m = re.exec(buf)
        if (!m) return
        child.stdout?.off('data', onData)
        ok(m[1] ?? '')
      }
      child.stdout?.on('data', onData)
      closed.then((r) => fail(new Error(reason(r))))
    })
  return {
    line,
    write: (text) => void child.stdin?.write(text),
    end: (text) => void (text === undefined ? child.stdin?.end() : child.stdin?.end(text)),
    kill: () => void child.kill('SIGKILL'),
    closed,
  }
}

/**
 * A switch session opened ahead of time: `prepare()` makes it prepare (then READY); `prepared(previous)` is for a
 * host whose LOCK_STAGE already prepared the switch (its first line will be `go`); `abort()` lets it go untouched.
 */
export interface OpenSwitch {
  prepare(): Promise<PreparedSwitch>
  prepared(previous: string): Promise<PreparedSwitch>
  abort(): void
  closed: Promise<CallResult>
}

/** Start the switch script on a host and resolve once it is READY (or reject if it fails first). */
export function prepareSwitch(
  t: Transport,
  script: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<PreparedSwitch> {
  return openSwitch(t, script, args, timeoutMs).prepare()
}

/** Open the switch session on a host now (while it stages); it prepares only when told. */
export function openSwitch(t: Transport, script: string, args: readonly string[], timeoutMs: number): OpenSwitch {
  const { line, write, end, closed } = startSession(t, script, args, { timeoutMs })
  const opened = line(/^(OPEN)$/m)
  const ready = line(/^READY (.*)$/m)
  const switched = line(/^SWITCHED (\d+)$/m)
  const done = line(/^(DONE)$/m)
  for (const p of [opened, ready, switched, done]) p.catch(() => undefined)
  const settle = async (how: Settle): Promise<void> => {
    const lines = [
      `${how.verb} ${how.hold ? 0 : 1}`,
      how.remove.join(' '),
      ...how.entries.map((e) => JSON.stringify(e)),
      'END',
      '',
    ]
    end(lines.join('\n'))
    await done
    const r = await closed
    if (r.code !== 0) throw new Error(reason(r))
  }
  const session = (previous: string): PreparedSwitch => ({
    host: t,
    previous: previous.trim(),
    go: () => write('go\n'),
    abort: () => end('abort\n'),
    hangUp: () => end(),
    switched,
    settle,
    closed,
  })
  const prepare = (): Promise<PreparedSwitch> => {
    write('prep\n')
    return ready.then(session)
  }
  return { prepare, prepared: (previous) => opened.then(() => session(previous)), abort: () => end(), closed }
}
