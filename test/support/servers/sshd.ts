/**
 * N throwaway OpenSSH "hosts" on loopback: one unprivileged `sshd -D -e -f <config>` per host on its own free
 * port, with its own host key, PID file and deploy root, one client key for all, and a known_hosts file with a
 * `[127.0.0.1]:PORT` entry per host, so clients can run with StrictHostKeyChecking=yes.
 *
 * The tests run as root in CI, so the config allows key-only root logins (`PermitRootLogin prohibit-password`)
 * and `StrictModes no` (the key files live in a temp dir). Ready means: a real `ssh ... true` succeeds.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { userInfo } from 'node:os'
import { freePort } from '../net.js'
import {
  removeDir,
  requireBinary,
  retryOnPortClash,
  runChecked,
  serverDir,
  startProcess,
  stopWithChildren,
  waitReady,
  type Server,
} from './common.js'

const SSHD = '/usr/sbin/sshd'

export interface SshHost {
  /** `user@127.0.0.1:port`, the form the deploy actions take. */
  spec: string
  user: string
  host: string
  port: number
  /** This host's own directory (its deploy path base); a plain local dir, so tests can inspect it directly. */
  root: string
}

export interface SshHosts {
  hosts: SshHost[]
  /** The client private key (OpenSSH format) and its path (mode 0600). */
  privateKeyPath: string
  privateKey: string
  /** known_hosts content (`[127.0.0.1]:PORT ssh-ed25519 ...` per host) and its path. */
  knownHosts: string
  knownHostsPath: string
  /** An ssh_config with `Host h1..hN` aliases, key, known_hosts and BatchMode (`ssh -F sshConfig h1`). */
  sshConfig: string
  /** ssh options for host `i` (no command): identity, known_hosts, strict checking, batch mode, port. */
  sshArgs(i: number): string[]
  /** Run a command on host `i` over ssh; resolves with stdout, rejects with stderr on failure. */
  ssh(i: number, command: string): Promise<string>
  stop(): Promise<void>
}

function sshdConfig(hostDir: string, port: number, authorizedKeys: string): string {
  return [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(hostDir, 'host_key')}`,
    `PidFile ${join(hostDir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${authorizedKeys}`,
    'UsePAM no',
    'StrictModes no',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    'Subsystem sftp internal-sftp',
    // Parallel deploys open many connections at once; the default 10:30:100 drops some of them.
    'MaxStartups 100:30:200',
    'MaxSessions 100',
    // bash reads ~/.bashrc for every ssh command when SHLVL is unset; the account's rc files are not ours.
    'SetEnv SHLVL=1',
    'LogLevel INFO',
    '',
  ].join('\n')
}

function run(file: string, args: string[], timeoutMs = 15_000): Promise<string> {
  return new Promise((ok, fail) => {
    execFile(file, args, { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${file} ${args.join(' ')}: ${stderr.trim() || error.message}`))
      else ok(stdout)
    })
  })
}

/** Start `n` sshd hosts on free 127.0.0.1 ports; `stop()` kills each by PID and removes every temp file. */
export async function startSshHosts(n: number): Promise<SshHosts> {
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new Error(`startSshHosts: n must be 1..20, got ${n}`)
  return retryOnPortClash(() => startOnce(n))
}

async function startOnce(n: number): Promise<SshHosts> {
  requireBinary(SSHD, 'openssh-server')
  const sshBin = requireBinary('/usr/bin/ssh', 'openssh-client')
  const keygen = requireBinary('/usr/bin/ssh-keygen', 'openssh-client')
  // sshd started by root insists on its privilege-separation directory, even with UsePAM no.
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 })
  const dir = serverDir('sshd')
  const servers: Server[] = []
  const stop = async () => {
    await Promise.all(servers.map((s) => stopWithChildren(s)))
    removeDir(dir)
  }
  try {
    const user = userInfo().username
    const key = join(dir, 'client_key')
    runChecked(
      keygen,
      ['-q', '-t', 'ed25519', '-N', '', '-C', 'shipline-test-client', '-f', key],
      'ssh-keygen (client key)',
    )
    const authorizedKeys = join(dir, 'authorized_keys')
    copyFileSync(`${key}.pub`, authorizedKeys)
    const hosts: SshHost[] = []
    const known: string[] = []
    const aliases: string[] = []
    for (let k = 1; k <= n; k++) {
      const hostDir = join(dir, `sshd${k}`)
      const root = join(dir, `host${k}`)
      mkdirSync(hostDir)
      mkdirSync(root)
      runChecked(
        keygen,
        ['-q', '-t', 'ed25519', '-N', '', '-C', `h${k}`, '-f', join(hostDir, 'host_key')],
        'ssh-keygen (host key)',
      )
      const port = await freePort()
      const configPath = join(hostDir, 'sshd_config')
      writeFileSync(configPath, sshdConfig(hostDir, port, authorizedKeys))
      runChecked(SSHD, ['-t', '-f', configPath], `sshd -t for host ${k}`)
      servers.push(startProcess(SSHD, ['-D', '-e', '-f', configPath], { logPath: join(hostDir, 'sshd.log') }))
      const pub = readFileSync(join(hostDir, 'host_key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')
      known.push(`[127.0.0.1]:${port} ${pub}`)
      aliases.push(`Host h${k}\n  HostName 127.0.0.1\n  Port ${port}\n`)
      hosts.push({ spec: `${user}@127.0.0.1:${port}`, user, host: '127.0.0.1', port, root })
    }
    const knownHosts = `${known.join('\n')}\n`
    const knownHostsPath = join(dir, 'known_hosts')
    writeFileSync(knownHostsPath, knownHosts)
    const common = [
      '-i',
      key,
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      `UserKnownHostsFile=${knownHostsPath}`,
      '-o',
      'GlobalKnownHostsFile=/dev/null',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      '-o',
      'LogLevel=ERROR',
      '-o',
      'ConnectTimeout=5',
    ]
    const sshConfig = join(dir, 'ssh_config')
    writeFileSync(
      sshConfig,
      `${aliases.join('')}Host *\n  User ${user}\n  IdentityFile ${key}\n  IdentitiesOnly yes\n  UserKnownHostsFile ${knownHostsPath}\n  GlobalKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n  BatchMode yes\n  LogLevel ERROR\n`,
    )
    const sshArgs = (i: number) => {
      const h = hosts[i]
      if (!h) throw new Error(`no ssh host ${i} (have 0..${hosts.length - 1})`)
      return [...common, '-p', String(h.port), '-l', h.user]
    }
    const ssh = (i: number, command: string) => run(sshBin, [...sshArgs(i), '-n', '127.0.0.1', command])
    await Promise.all(
      servers.map((server, i) =>
        waitReady(
          server,
          `sshd host ${i + 1} on port ${hosts[i]?.port}`,
          async () => (await ssh(i, 'true')) === '',
          20_000,
        ),
      ),
    )
    return {
      hosts,
      privateKeyPath: key,
      privateKey: readFileSync(key, 'utf8'),
      knownHosts,
      knownHostsPath,
      sshConfig,
      sshArgs,
      ssh,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
