/**
 * Running the fixed scripts on a host: collect output, stream a file to stdin, time out, and the switch
 * barrier (every host prepared and waiting on an open connection; one `go` line each, written in one tick).
 */
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

/** When a cancel kills a command: once its stdout matched `after`, and no more once it matched `until`. */
export interface LateCancel {
  signal: AbortSignal
  after: RegExp
  until?: RegExp
}

/** What a running command printed so far. */
export interface Output {
  stdout: string
  stderr: string
}

function collect(
  child: ChildProcess,
  timeoutMs: number,
  started: number,
  cancel?: LateCancel,
  out: Output = { stdout: '', stderr: '' },
): Promise<CallResult> {
  let cancelled = false
  // With `cancel`, an abort kills the command only once its stdout matched `after` (e.g. once the host has
  // taken its lock and said so): killed earlier, the host could take the lock after the run released them.
  let cancelling = false
  const armed = (): boolean => !!cancel?.after.test(out.stdout) && !cancel.until?.test(out.stdout)
  child.stdout?.on('data', (b: Buffer) => {
    out.stdout += b.toString()
    if (cancelling && armed()) kill()
  })
  const kill = (): void => {
    cancelled = true
    child.kill('SIGKILL')
  }
  if (cancel) {
    const onAbort = (): void => {
      cancelling = true
      if (armed()) kill()
    }
    if (cancel.signal.aborted) onAbort()
    else cancel.signal.addEventListener('abort', onAbort, { once: true })
    child.on('close', () => cancel.signal.removeEventListener('abort', onAbort))
  }
  child.stderr?.on('data', (b: Buffer) => {
    out.stderr += b.toString()
    if (out.stderr.length > 64_000) out.stderr = out.stderr.slice(-32_000)
  })
  child.stdin?.on('error', () => undefined)
  return new Promise((ok) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const done = (code: number | null): void => {
      clearTimeout(timer)
      const { stdout, stderr } = out
      ok({ code, stdout, stderr, ms: performance.now() - started, ...(cancelled ? { cancelled } : {}) })
    }
    child.on('error', (e) => {
      if (e.name === 'AbortError') cancelled = true
      else out.stderr += e.message
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

/** Run `script` on the host with an empty stdin; aborting `signal` kills it (the run was cancelled). */
export function call(
  t: Transport,
  script: string,
  args: readonly string[],
  opts: { timeoutMs: number; openMaster?: boolean; signal?: AbortSignal },
): Promise<CallResult> {
  const started = performance.now()
  const child = t.start(script, args, { openMaster: opts.openMaster, signal: opts.signal })
  const done = collect(child, opts.timeoutMs, started)
  child.stdin?.end()
  return done
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
  line(re: RegExp, from?: 'stdout' | 'stderr'): Promise<string>
  write(text: string): void
  end(text?: string): void
  /** Kill the local command (only before the host was told to change anything). */
  kill(): void
  /** What it printed so far. */
  output: Output
  /** Its stdin, to stream a file into (not ended). */
  stdin: NodeJS.WritableStream | null
  closed: Promise<CallResult>
}

/** Start `script` as an interactive session. */
export function startSession(
  t: Transport,
  script: string,
  args: readonly string[],
  opts: { timeoutMs: number; openMaster?: boolean; cancel?: LateCancel },
): Session {
  const started = performance.now()
  const child = t.start(script, args, { openMaster: opts.openMaster })
  const output: Output = { stdout: '', stderr: '' }
  const closed = collect(child, opts.timeoutMs, started, opts.cancel, output)
  const line = (re: RegExp, from: 'stdout' | 'stderr' = 'stdout'): Promise<string> =>
    new Promise((ok, fail) => {
      let buf = ''
      const onData = (b: Buffer): void => {
        buf += b.toString()
        const m = re.exec(buf)
        if (!m) return
        child[from]?.off('data', onData)
        ok(m[1] ?? '')
      }
      child[from]?.on('data', onData)
      closed.then((r) => fail(new Error(reason(r))))
    })
  return {
    line,
    write: (text) => void child.stdin?.write(text),
    end: (text) => void (text === undefined ? child.stdin?.end() : child.stdin?.end(text)),
    kill: () => void child.kill('SIGKILL'),
    output,
    stdin: child.stdin,
    closed,
  }
}

/** Start the switch script on a host and resolve once it is READY (or reject if it fails first). */
export function prepareSwitch(
  t: Transport,
  script: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<PreparedSwitch> {
  const s = startSession(t, script, args, { timeoutMs })
  const ready = s.line(/^READY (.*)$/m)
  const session = switchOver(t, s)
  s.write('prep\n')
  return ready.then(session)
}

/**
 * The switch over a session that will say `SWITCHED <ns>` after `go` and `DONE` after the settle lines (SWITCH
 * once READY, or LOCK_STAGE once PREPARED). Call the result when the host said so: the host then waits for `go`,
 * and only what it prints from then on is read (never an earlier line, such as one of its release log).
 */
export function switchOver(t: Transport, s: Session): (previous: string) => PreparedSwitch {
  return (previous) => switchFrom(t, s, previous)
}

function switchFrom(t: Transport, s: Session, previous: string): PreparedSwitch {
  const { line, write, end, closed } = s
  const switched = line(/^SWITCHED (\d+)$/m)
  const done = line(/^(DONE)$/m)
  for (const p of [switched, done]) p.catch(() => undefined)
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
  return {
    host: t,
    previous: previous.trim(),
    go: () => write('go\n'),
    abort: () => end('abort\n'),
    hangUp: () => end(),
    switched,
    settle,
    closed,
  }
}
