/**
 * What every launcher shares: check that the binary is installed (naming the apt package scripts/servers.txt must
 * list when it is not), spawn it with its log in a temp dir, wait until it is really ready (bounded, aborting as soon
 * as the process dies, with the log tail in the error), and stop it by PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isRunning, logTail, stopChild, track, waitUntil } from '../net.js'

/** Fail (never skip) when a system binary is missing, saying which apt package provides it. */
export function requireBinary(path: string, aptPackage: string): string {
  try {
    accessSync(path, constants.X_OK)
    return path
  } catch {
    throw new Error(
      `${path} is not installed: the tests need the Debian package '${aptPackage}' (listed in scripts/servers.txt; 'sudo scripts/install-servers.sh' installs it, and npm test does when root)`,
    )
  }
}

/** A fresh temp dir for one server's data; removed by `stop()`. */
export function serverDir(kind: string): string {
  return mkdtempSync(join(tmpdir(), `shipline-${kind}-`))
}

export interface Server {
  child: ChildProcess
  logPath: string
  /** The last lines of the server's log. */
  tail(n?: number): string
  /** Stop the process (SIGTERM, then SIGKILL) by its PID. */
  stop(): Promise<void>
}

/** Spawn a server process with stdout+stderr going to `logPath`. */
export function startProcess(
  command: string,
  args: string[],
  opts: { logPath: string; cwd?: string; env?: NodeJS.ProcessEnv },
): Server {
  const fd = openSync(opts.logPath, 'a')
  let child: ChildProcess
  try {
    child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', fd, fd],
      detached: false,
    })
  } finally {
    closeSync(fd)
  }
  track(child)
  child.on('error', () => {
    /* reported by waitReady through isRunning/exitCode */
  })
  return {
    child,
    logPath: opts.logPath,
    tail: (n = 20) => logTail(opts.logPath, n),
    stop: () => stopChild(child),
  }
}

/** Wait until `probe` succeeds; fail at once if the server exits, and include its log tail either way. */
export async function waitReady<T>(
  server: Server,
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  return waitUntil(probe, {
    what,
    timeoutMs,
    intervalMs: 100,
    abort: () =>
      isRunning(server.child)
        ? undefined
        : `the process exited (code ${server.child.exitCode}, signal ${server.child.signalCode})`,
    detail: () => `--- ${server.logPath} (last lines) ---\n${server.tail(25)}`,
  })
}

/** Run a short command to completion; throw with its output when it fails. */
export function runChecked(command: string, args: string[], what: string): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 })
  if (r.status !== 0) {
    throw new Error(
      `${what} failed (${command} ${args.join(' ')}; exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`,
    )
  }
  return `${r.stdout}${r.stderr}`
}

/** Remove a server's temp dir (after its process is gone). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

/**
 * Run a launcher again (with fresh ports) when it lost the race for its port: a free port is only free until
 * someone else binds it, and two test workers may pick the same one.
 */
export async function retryOnPortClash<T>(start: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start()
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error)
      if (attempt >= attempts || !/address already in use|EADDRINUSE/i.test(text)) throw error
    }
  }
}

/** PIDs whose parent is `pid` (nginx's workers, sshd's per-connection processes), from /proc. */
export function childrenOf(pid: number): number[] {
  const out: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readProc(entry)
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : NaN
    if (ppid === pid) out.push(Number(entry))
  }
  return out
}

/** True while the process exists and is not a zombie. */
export function alive(pid: number): boolean {
  const stat = readProc(String(pid))
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
}

function readProc(pid: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return undefined
  }
}

/** The kernel start time of a process (field 22 of /proc/PID/stat): with the PID, names the process uniquely. */
function startTime(pid: number): string | undefined {
  const stat = readProc(String(pid))
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
}

/**
 * Stop a server and the processes it forked that outlive it (sshd's per-connection children keep running when
 * the listener exits): SIGTERM each, then wait (bounded) until they are gone. A child is signalled only while
 * its PID still names the same process (same start time), never a recycled PID.
 */
export async function stopWithChildren(server: Server): Promise<void> {
  const pid = server.child.pid
  const children = (pid ? childrenOf(pid) : []).map((c) => ({ pid: c, start: startTime(c) }))
  await server.stop()
  const ours = () => children.filter((c) => c.start !== undefined && alive(c.pid) && startTime(c.pid) === c.start)
  const signal = (sig: NodeJS.Signals) => {
    for (const c of ours()) {
      try {
        process.kill(c.pid, sig)
      } catch {
        /* gone meanwhile */
      }
    }
  }
  signal('SIGTERM')
  await waitUntil(async () => ours().length === 0, { what: `children of ${pid} to exit`, timeoutMs: 5_000 }).catch(() =>
    signal('SIGKILL'),
  )
}
