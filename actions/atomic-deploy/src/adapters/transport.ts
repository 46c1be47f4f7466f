/**
 * Transports: how a fixed script reaches a host. `local:` hosts are directories on the runner (the script runs
 * under the runner's `sh`); SSH hosts run it through the OpenSSH client over one reused connection
 * (ControlMaster), so every command after the first costs a few ms instead of a handshake.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { setPriority } from 'node:os'
import { resolve } from 'node:path'
import { isInside, UserError } from '@shipline/core'
import type { HostSpec } from '../domain/names.js'
import { shellCommand } from '../domain/quote.js'
import { KEEP } from '../domain/scripts.js'
import { HOLD } from '../domain/dial.js'
import { dial, directDial } from './dial.js'
import { whenExists } from './appear.js'

/** One host, reached one way. */
export interface Transport {
  readonly spec: HostSpec
  /** The deploy root as the script on the host sees it. */
  readonly root: string
  /**
   * Start `script` with positional `args` on the host. `openMaster` (the run's first command on the host) also
   * opens the connection that every later command reuses; it stays up in the background until close().
   */
  start(script: string, args: readonly string[], opts?: StartOptions): ChildProcess
  /**
   * Open the connection every later command reuses (SSH: a ControlMaster, authenticated, with no command run on
   * the host); rejects with the client's reason. Aborting `signal` gives up (nothing was done on the host).
   */
  connect(signal?: AbortSignal): Promise<void>
  /** Resolves once connect() started what connects (SSH: the TCP connection and the ssh master); never rejects. */
  started(): Promise<void>
  /** Close the connection; never throws. */
  close(): Promise<void>
}

/** Options of {@link Transport.start}. */
export interface StartOptions {
  openMaster?: boolean
  /** Aborting it kills the local command (SIGKILL: an ssh client then lets go at once): the run was cancelled. */
  signal?: AbortSignal
}

const stdio: StdioOptions = ['pipe', 'pipe', 'pipe']
/** How long connecting to a host may take (TCP, before the key exchange). */
const CONNECT_TIMEOUT_MS = 15_000

/** SSH settings shared by every SSH host of a run. */
export interface SshSettings {
  /** Private key file (0600), or undefined to use the runner's agent/default keys. */
  keyFile?: string
  /** known_hosts file; undefined = the user's default. */
  knownHostsFile?: string
  /** Short directory for the ControlMaster sockets (their paths must stay under ~100 bytes). */
  socketDir: string
}

/**
 * The environment of a command on a `local:` host: the runner's, without the step's inputs (the token, the SSH
 * key) and the runner's own tokens, as an SSH host would not have them either.
 */
function hostEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|ACTIONS_)|^GITHUB_TOKEN$/.test(k)))
}

/** A directory on the runner standing for a host. */
export class LocalTransport implements Transport {
  readonly root: string
  constructor(
    readonly spec: Extract<HostSpec, { kind: 'local' }>,
    path: string,
    workspace: string,
  ) {
    const dir = resolve(workspace, spec.dir)
    this.root = resolve(dir, path)
    if (!isInside(dir, this.root)) {
      throw new UserError(`Input 'path': '${path}' leaves the directory of host '${spec.label}'`, {
        hint: 'For local: hosts, path is relative to the host directory.',
      })
    }
  }
  start(script: string, args: readonly string[], opts: StartOptions = {}): ChildProcess {
    return spawn('sh', ['-c', script, 'shipline', ...args], {
      stdio,
      signal: opts.signal,
      killSignal: 'SIGKILL',
      env: hostEnv(),
    })
  }
  async connect(): Promise<void> {}
  async started(): Promise<void> {}
  async close(): Promise<void> {}
}

/** An OpenSSH host, one master connection per run. */
export class SshTransport implements Transport {
  readonly root: string
  private readonly socket: string
  constructor(
    readonly spec: Extract<HostSpec, { kind: 'ssh' }>,
    path: string,
    private readonly settings: SshSettings,
    index: number,
  ) {
    this.root = path
    this.socket = `${settings.socketDir}/${index}`
  }

  /** Options for every ssh call: strict host keys, keepalives, batch mode, our socket. */
  private options(): string[] {
    const s = this.settings
    const o = [
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'ServerAliveInterval=15',
      '-o',
      'ServerAliveCountMax=3',
    ]
    o.push(
      '-o',
      `ConnectTimeout=${CONNECT_TIMEOUT_MS / 1000}`,
      '-o',
      `ControlPath=${this.socket}`,
      '-o',
      'LogLevel=ERROR',
      '-p',
      String(this.spec.port),
      '-l',
      this.spec.user,
    )
    if (s.keyFile) o.push('-i', s.keyFile, '-o', 'IdentitiesOnly=yes')
    if (s.knownHostsFile) o.push('-o', `UserKnownHostsFile=${s.knownHostsFile}`, '-o', 'GlobalKnownHostsFile=/dev/null')
    return o
  }

  start(script: string, args: readonly string[], opts: StartOptions = {}): ChildProcess {
    const mux = opts.openMaster ? ['-o', 'ControlMaster=yes', '-o', 'ControlPersist=120'] : ['-o', 'ControlMaster=no']
    const argv = [...this.options(), ...mux, '--', this.spec.host, shellCommand(script, args)]
    return spawn('ssh', argv, { stdio, signal: opts.signal, killSignal: 'SIGKILL' })
  }

  /**
   * Open the master (see {@link openMaster}) and wait until it listens for commands: its socket appears right after
   * authentication, before its own session is even open, so the first command need not wait for that session.
   */
  connect(signal?: AbortSignal): Promise<void> {
    const opening = this.openMaster(signal)
    this.opening = opening.then(
      () => undefined,
      () => undefined,
    )
    return opening.then((child) => this.listening(child, signal))
  }

  private opening: Promise<void> | undefined
  started(): Promise<void> {
    return this.opening ?? Promise.resolve()
  }

  /**
   * The master is a child of this process (ControlMaster=yes, ControlPersist=no) that ends with it. When the
   * runner dials the connection itself (adapters/dial.ts: TCP_NODELAY), the master runs under `setpriv
   * --pdeathsig TERM` (its stdin and stdout are the connection) with HOLD as its own session: the death of this
   * process, even by SIGKILL, sends it SIGTERM, and close(), called once the run's sessions are over, SIGKILLs it
   * (at once: a niced master's own shutdown took ~5 ms; the host sees the connection close either way). Otherwise
   * ssh dials, and its own session (KEEP) waits for its stdin to close: close() ends that stdin, and so does the
   * death of this process; the master exits once its last session ended. No master outlives the step.
   */
  private async openMaster(signal?: AbortSignal): Promise<ChildProcess> {
    const master = ['-o', 'ControlMaster=yes', '-o', 'ControlPersist=no']
    const setpriv = directDial()
    let child: ChildProcess
    if (setpriv) {
      const socket = await dial(this.spec.host, this.spec.port, CONNECT_TIMEOUT_MS, signal)
      if (this.closed) {
        socket.destroy() // the run ended (a bad artifact, say) while this host was being dialled
        throw new Error('the run ended before the connection was open')
      }
      const argv = ['--pdeathsig', 'TERM', '--', 'ssh', ...this.options(), ...master, '-n', '-o', 'ProxyCommand=-']
      try {
        child = spawn(setpriv, [...argv, '--', this.spec.host, HOLD], { stdio: [socket, socket, 'pipe'] })
      } finally {
        socket.destroy() // ssh has its own descriptor of the connection now
      }
      this.stop = () => child.kill('SIGKILL')
    } else {
      child = spawn('ssh', [...this.options(), ...master, '--', this.spec.host, KEEP], { stdio })
      child.stdin?.on('error', () => undefined)
      this.stop = () => child.stdin?.end()
    }
    this.master = child
    // The key exchanges of many hosts at once would starve the artifact check that every host waits for (and the
    // runner's other work): the masters run at a lower CPU priority, which costs nothing when a core is free.
    if (child.pid !== undefined) lowerPriority(child.pid)
    return child
  }

  /** Resolves once the master listens (or its own session said CONNECTED); rejects with the client's reason. */
  private listening(child: ChildProcess, signal?: AbortSignal): Promise<void> {
    let out = ''
    let err = ''
    child.stderr?.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-8000)))
    return new Promise((ok, fail) => {
      let unwatch = (): void => undefined
      const settle = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', cancel)
        unwatch()
      }
      const give = (why: string): void => {
        settle()
        fail(new Error(why))
      }
      const cancel = (): void => {
        child.kill('SIGKILL')
        give('the run was cancelled')
      }
      const timer = setTimeout(() => (child.kill('SIGKILL'), give('ssh failed: no answer within 90 s')), 90_000)
      if (signal?.aborted) return cancel()
      signal?.addEventListener('abort', cancel, { once: true })
      child.stdout?.on('data', (b: Buffer) => {
        out += b.toString()
        if (!/^CONNECTED$/m.test(out)) return
        settle()
        ok()
      })
      child.on('error', (e) => give(`ssh failed: ${e.message}`))
      // 'close', not 'exit': ssh's last stderr lines ("Connection refused") may still be in the pipe when it exits.
      child.on('close', (code) => give(`ssh failed: ${explainSsh(err, code)}`))
      unwatch = whenExists(this.socket, () => (settle(), ok()))
    })
  }

  private master: ChildProcess | undefined
  /** Ends the master (see openMaster). */
  private stop: () => void = () => undefined
  /** close() was called: a dial that ends later starts no master. */
  private closed = false

  /** End the master and wait until it exited; kill it after 5 s. */
  async close(): Promise<void> {
    this.closed = true
    const child = this.master
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    await new Promise<void>((ok) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), ok()), 5000)
      child.on('exit', () => (clearTimeout(timer), ok()))
      this.stop()
    })
  }
}

/** Nice a process to 10 (best effort: a system that refuses it leaves the priority as it is). */
function lowerPriority(pid: number): void {
  try {
    setPriority(pid, 10)
  } catch {
    // not allowed here: no harm
  }
}

/** The useful line of an ssh failure. */
export function explainSsh(stderr: string, code: number | null): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('Warning: Permanently added'))
  const key = lines.find((l) =>
    /host key verification failed|no .* host key is known|REMOTE HOST IDENTIFICATION HAS CHANGED/i.test(l),
  )
  return key ?? (lines.slice(-2).join(' ') || `ssh exited with code ${code}`)
}

export function sshHint(stderr: string, spec: Extract<HostSpec, { kind: 'ssh' }>): string | undefined {
  if (/host key/i.test(stderr)) {
    return `The host key of ${spec.host}:${spec.port} is not in 'known-hosts'. Add it (after checking its fingerprint): ssh-keyscan -p ${spec.port} ${spec.host}`
  }
  if (/refused|timed out|no route/i.test(stderr)) return 'Is the host up and sshd listening on that port?'
  if (/permission denied/i.test(stderr)) return "Is the public key of 'ssh-key' in the user's authorized_keys?"
  return undefined
}
