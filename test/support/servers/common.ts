/**
 * What every launcher shares: check that the binary is installed (naming the apt package `.ci/run` must install
 * when it is not), spawn it with its log in a temp dir, wait until it is really ready (bounded, aborting as soon
 * as the process dies, with the log tail in the error), and stop it by PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isRunning, logTail, stopChild, track, waitUntil } from '../net.js'

/** Fail (never skip) when a system binary is missing, saying which apt package provides it. */
export function requireBinary(path: string, aptPackage: string): string {
  try {
    accessSync(path, constants.X_OK)
    return path
  } catch {
    throw new Error(`${path} is not installed: the tests need the Debian package '${aptPackage}' (.ci/run installs it: apt-get install ${aptPackage})`)
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
export function startProcess(command: string, args: string[], opts: { logPath: string; cwd?: string; env?: NodeJS.ProcessEnv }): Server {
  const fd = openSync(opts.logPath, 'a')
  let child: ChildProcess
  try {
    child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', fd, fd], detached: false })
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
export async function waitReady<T>(server: Server, what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  return waitUntil(probe, {
    what,
    timeoutMs,
    intervalMs: 100,
    abort: () => (isRunning(server.child) ? undefined : `the process exited (code ${server.child.exitCode}, signal ${server.child.signalCode})`),
    detail: () => `--- ${server.logPath} (last lines) ---\n${server.tail(25)}`,
  })
}

/** Run a short command to completion; throw with its output when it fails. */
export function runChecked(command: string, args: string[], what: string): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 })
  if (r.status !== 0) {
    throw new Error(`${what} failed (${command} ${args.join(' ')}; exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`)
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
