// atomic-deploy against N OpenSSH hosts on loopback, side by side with the two baseline deployers of the
// shared deploy kit (../shared/bench/deploy: deploy-seq.sh, deploy-2phase.sh), run against the same hosts and
// artifacts, taking turns run by run. Measures wall time (whole process), switch skew (last host's rename minus
// the first's, host clock), CPU (the machine's, and, unmoved by other load, the action's process tree and the
// hosts' sshd) and, for atomic-deploy, the peak RSS of its Node process.
// Usage: node bench/atomic-deploy.bench.mjs [--quick]   (RUNS=n overrides the timed runs per cell; NS, SIZES,
// DEPLOYERS pick cells; BENCH_DEPLOY_BASELINE=<a copy of an older actions/atomic-deploy/dist> adds that bundle)
import { spawn, execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import { createCipheriv, createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  readlinkSync,
  statfsSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { userInfo, loadavg, cpus } from 'node:os'
import { root, node24, median, table, runnerEnv } from './lib.mjs'

const quick = process.argv.includes('--quick')
const RUNS = Number(process.env.RUNS ?? (quick ? 1 : 3))
const NS = process.env.NS ? process.env.NS.split(/[ ,]/).map(Number) : quick ? [1, 5] : [1, 5, 10, 20, 50]
const SIZES = process.env.SIZES ? process.env.SIZES.split(/[ ,]/) : quick ? ['tiny'] : ['tiny', 'big']
// The 20 MB artifact at 20 and 50 hosts only measures 2 shared cores unpacking 1 GB (see the kit's RESULTS.md),
// and the sequential baseline at 50 hosts takes minutes a run: both are capped (BIG_MAX_N, SEQ_MAX_N override).
const BIG_MAX_N = Number(process.env.BIG_MAX_N ?? 10)
const SEQ_MAX_N = Number(process.env.SEQ_MAX_N ?? 10)
// The kit sits next to the repository (../shared/bench/deploy), or next to its parent when this is a git worktree
// (/work/wt/<name>); DEPLOY_KIT overrides both.
const kit =
  [
    process.env.DEPLOY_KIT,
    resolve(root, '..', 'shared', 'bench', 'deploy'),
    resolve(root, '..', '..', 'shared', 'bench', 'deploy'),
  ].find((d) => d && existsSync(join(d, 'deploy-2phase.sh'))) ?? ''
const haveKit = kit !== ''
// Host roots on tmpfs when there is room: deleting GBs of parked releases on a disk mounted with `discard` is
// slow and slows later runs (see the kit's RESULTS.md); on tmpfs it is instant and the same for every deployer.
const onShm = existsSync('/dev/shm') && statfsSync('/dev/shm').bavail * statfsSync('/dev/shm').bsize > 8 * 2 ** 30
const D = mkdtempSync(onShm ? '/dev/shm/sab-' : '/tmp/sab-') // short: ControlMaster socket paths must stay under ~100 bytes
const pids = []
// Run a private copy of the bundle: a concurrent `npm run bundle` rewrites dist/ in place.
cpSync(join(root, 'actions', 'atomic-deploy', 'dist'), join(D, 'dist'), { recursive: true })
const dist = join(D, 'dist', 'index.js')
// BENCH_DEPLOY_BASELINE=path/to/an/older/dist (a copy of actions/atomic-deploy/dist): that bundle too, as the
// deployer 'atomic-deploy@baseline', taking turns with the others in the same run (before/after on one machine).
const baselineDir = process.env.BENCH_DEPLOY_BASELINE
if (baselineDir) cpSync(baselineDir, join(D, 'dist-baseline'), { recursive: true })
const baselineDist = join(D, 'dist-baseline', 'index.js')
/** Stop exactly the sshd processes this run started (by PID), once. */
function stopHosts() {
  while (pids.length) {
    try {
      process.kill(pids.pop())
    } catch {
      // already gone
    }
  }
}
// Whatever happens (error, Ctrl-C, SIGTERM), the hosts stop and the scratch dir goes.
process.on('exit', () => {
  stopHosts()
  rmSync(D, { recursive: true, force: true })
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130))

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().on('error', fail)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => ok(port))
    })
  })
}

/** Deterministic incompressible bytes (AES-128-CTR keystream keyed by the seed), like the kit's artifact.sh. */
function stream(seed, bytes) {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16)
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(bytes))
}
function artifact(name, dirs, files, size) {
  const src = join(D, `${name}.src`)
  mkdirSync(src, { recursive: true })
  writeFileSync(join(src, 'VERSION'), `${name}\n`)
  for (let d = 0; d < dirs; d++) {
    const dir = join(src, `d${String(d + 1).padStart(2, '0')}`)
    mkdirSync(dir)
    const data = stream(`${name}-${d}`, files * size)
    for (let f = 0; f < files; f++)
      writeFileSync(join(dir, `f${String(f).padStart(4, '0')}`), data.subarray(f * size, (f + 1) * size))
  }
  const out = join(D, `${name}.tgz`)
  execFileSync('sh', [
    '-c',
    'tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@1700000000 -C "$1" -cf - . | gzip -n -6 > "$2"',
    'sh',
    src,
    out,
  ])
  rmSync(src, { recursive: true, force: true })
  return out
}

/** N sshd hosts, written in the kit's layout ($D/inventory, $D/ssh_config, $D/known_hosts) so its scripts run against them. */
async function startHosts(n) {
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 })
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(D, 'client_key')])
  writeFileSync(join(D, 'authorized_keys'), readFileSync(join(D, 'client_key.pub')))
  const user = userInfo().username
  const hosts = []
  for (let k = 1; k <= n; k++) {
    const s = join(D, 'sshd', `h${k}`)
    const hostRoot = join(D, `host${k}`)
    mkdirSync(s, { recursive: true })
    for (const sub of ['releases', 'incoming', 'ad']) mkdirSync(join(hostRoot, sub), { recursive: true })
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(s, 'host_key')])
    const port = await freePort()
    writeFileSync(
      join(s, 'sshd_config'),
      [
        `Port ${port}`,
        'ListenAddress 127.0.0.1',
        `HostKey ${s}/host_key`,
        `PidFile ${s}/sshd.pid`,
        `AuthorizedKeysFile ${D}/authorized_keys`,
        'UsePAM no',
        'StrictModes no',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'PermitRootLogin prohibit-password',
        'MaxStartups 100:30:200',
        'MaxSessions 100',
        'Subsystem sftp internal-sftp',
        'SetEnv SHLVL=1',
        '',
      ].join('\n'),
    )
    const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(s, 'sshd_config')], { stdio: 'ignore' })
    pids.push(child.pid)
    const pub = readFileSync(join(s, 'host_key.pub'), 'utf8').split(' ').slice(0, 2).join(' ')
    hosts.push({ k, port, root: hostRoot, known: `[127.0.0.1]:${port} ${pub}`, spec: `${user}@127.0.0.1:${port}` })
  }
  writeFileSync(join(D, 'known_hosts'), hosts.map((h) => h.known).join('\n') + '\n')
  writeFileSync(join(D, 'inventory'), hosts.map((h) => `h${h.k} ${h.port} ${h.root}`).join('\n') + '\n')
  writeFileSync(
    join(D, 'ssh_config'),
    hosts.map((h) => `Host h${h.k}\n  HostName 127.0.0.1\n  Port ${h.port}\n`).join('') +
      `Host *\n  User ${user}\n  IdentityFile ${D}/client_key\n  IdentitiesOnly yes\n  UserKnownHostsFile ${D}/known_hosts\n  GlobalKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n  BatchMode yes\n  LogLevel ERROR\n`,
  )
  for (const h of hosts) {
    for (let i = 0; i < 100; i++) {
      try {
        execFileSync('ssh', ['-F', join(D, 'ssh_config'), '-n', `h${h.k}`, 'true'], { stdio: 'ignore' })
        break
      } catch {
        if (i === 99) throw new Error(`sshd h${h.k} did not come up`)
        await new Promise((ok) => setTimeout(ok, 100))
      }
    }
  }
  return hosts
}

/** Busy CPU seconds of the whole machine so far (/proc/stat: everything but idle and iowait), or NaN. */
function busyCpu() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    return (f.reduce((a, b) => a + b, 0) - f[3] - f[4]) / 100
  } catch {
    return NaN
  }
}

/**
 * CPU seconds of finished, reaped descendants (/proc/PID/stat cutime + cstime) of `pid`: for this process, the
 * deployer and every process it waited for (atomic-deploy's ssh clients; not the kit's `ssh -fN` masters, which
 * detach); for an sshd listener, the connections it served. Unlike the machine's busy CPU, it does not count what
 * other processes on the machine do.
 */
function reapedCpu(pid) {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(f[13]) + Number(f[14])) / 100
  } catch {
    return NaN
  }
}
const hostsCpu = () => pids.reduce((a, p) => a + reapedCpu(p), 0)

function timed(file, args, env) {
  const t0 = process.hrtime.bigint()
  const cpu0 = busyCpu()
  const own0 = reapedCpu('self')
  const hosts0 = hostsCpu()
  return new Promise((ok, fail) => {
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (b) => (out += b))
    child.stderr.on('data', (b) => (err += b))
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6
      const cpu = busyCpu() - cpu0
      const own = reapedCpu('self') - own0
      // The hosts' sshd reap a connection's processes a moment after it closed.
      if (code === 0) setTimeout(() => ok({ ms, out, cpu, own, hostCpu: hostsCpu() - hosts0 }), 100)
      else fail(new Error(`${file} exited ${code}: ${err.slice(-500)} ${out.slice(-1500)}`))
    })
  })
}

const skewOf = (ns) =>
  ns.length < 2 ? 0 : Number(ns.reduce((a, b) => (a > b ? a : b)) - ns.reduce((a, b) => (a < b ? a : b))) / 1e6
let seq = 0

async function runOurs(hosts, art, n, bundle = dist) {
  const version = `b${++seq}`
  // The artifact must be inside the workspace (or RUNNER_TEMP), as on a runner: the workspace is the artifacts' folder.
  const r = runnerEnv({ GITHUB_RUN_ID: '1', GITHUB_ACTOR: 'bench', GITHUB_WORKSPACE: dirname(art) })
  const rss = join(r.dir, 'rss')
  const wrapper = join(r.dir, 'wrap.mjs')
  writeFileSync(
    wrapper,
    `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rss)}, String(process.resourceUsage().maxRSS)))\nawait import(${JSON.stringify(bundle)})\n`,
  )
  const inputs = {
    APP: 'bench',
    VERSION: version,
    ARTIFACT: art,
    HOSTS: hosts
      .slice(0, n)
      .map((h) => h.spec)
      .join('\n'),
    PATH: `${D}/host{index}/ad`,
    'SSH-KEY': readFileSync(join(D, 'client_key'), 'utf8'),
    'KNOWN-HOSTS': readFileSync(join(D, 'known_hosts'), 'utf8'),
    'KEEP-RELEASES': '1000',
    MODE: 'deploy',
    PARALLEL: String(Math.max(10, n)),
    'HEALTH-TIMEOUT': '30s',
    'DRY-RUN': 'false',
    'TAKE-OVER-LOCK': 'false',
    ENVIRONMENT: 'bench',
  }
  const env = { ...r.env }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k}`] = v
  const { ms, cpu, own, hostCpu } = await timed(node24, [wrapper], env)
  const out = readFileSync(env.GITHUB_OUTPUT, 'utf8')
  const hostsJson = JSON.parse(/hosts<<(\S+)\n([\s\S]*?)\n\1/.exec(out)[2])
  const ns = hostsJson.map((h) => BigInt(h.switchedAtNs))
  const peak = Number(readFileSync(rss, 'utf8')) / 1024
  r.cleanup()
  for (const h of hosts.slice(0, n))
    if (readlinkSync(join(h.root, 'ad', 'current')) !== `releases/${version}`)
      throw new Error(`h${h.k} not on ${version}`)
  const phases = Object.entries(hostsJson[0].timings)
    .map(([k, t]) => `${k}@${Math.round(t.start)}+${Math.round(t.ms)}`)
    .join(' ')
  return { ms, cpu, own, hostCpu, skew: skewOf(ns), rss: peak, phases }
}

async function runKit(which, hosts, art, n) {
  const rel = `k${++seq}`
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DEPLOYBENCH_DIR: D, RELEASE: rel }
  const { ms, out, cpu, hostCpu } = await timed('bash', [join(kit, `deploy-${which}.sh`), art, String(n)], env)
  const ns = out
    .trim()
    .split('\n')
    .map((l) => BigInt(l.split(' ')[1]))
  for (const h of hosts.slice(0, n))
    if (readlinkSync(join(h.root, 'current')) !== `releases/${rel}`) throw new Error(`h${h.k} not on ${rel}`)
  return { ms, cpu, hostCpu, skew: skewOf(ns) }
}

/** Untimed, before each run: park every release that is not live (as the kit's run.sh does), then sync. */
function park(hosts) {
  const trash = join(D, 'trash')
  mkdirSync(trash, { recursive: true })
  for (const h of hosts) {
    for (const base of [h.root, join(h.root, 'ad')]) {
      let live = ''
      try {
        live = readlinkSync(join(base, 'current'))
      } catch {
        // no current yet
      }
      for (const sub of ['releases', 'incoming']) {
        if (!existsSync(join(base, sub))) continue
        for (const r of readdirSync(join(base, sub)))
          if (`releases/${r}` !== live)
            renameSync(
              join(base, sub, r),
              join(trash, `${seq}-${h.k}-${sub}-${r}-${Math.random().toString(36).slice(2)}`),
            )
      }
    }
  }
  // On tmpfs the parked releases are memory: deleted at once (untimed), so the runs reuse the same pages. Kept, they
  // grew by GBs a cell, and past ~2 GB every page written was memory this VM had never touched, which cost each
  // run up to 3× its hosts' CPU (tar writing the release), more with every run. On disk they wait for the cell's end.
  if (onShm) rmSync(trash, { recursive: true, force: true })
  execFileSync('sync')
}

const rows = []
try {
  const hosts = await startHosts(Math.max(...NS))
  const arts = {
    tiny: artifact('tiny', 1, 10, 1000),
    big: SIZES.includes('big') ? artifact('big', 20, 100, 10240) : undefined,
  }
  const deployers = [
    'atomic-deploy',
    ...(baselineDir ? ['atomic-deploy@baseline'] : []),
    ...(haveKit ? ['2phase', 'seq'] : []),
  ].filter((d) => !process.env.DEPLOYERS || process.env.DEPLOYERS.split(/[ ,]/).includes(d))
  for (const size of SIZES) {
    for (const n of NS) {
      if (size === 'big' && n > BIG_MAX_N) continue
      const cell = deployers.filter((d) => d !== 'seq' || n <= SEQ_MAX_N)
      const got = Object.fromEntries(cell.map((d) => [d, []]))
      for (let i = 0; i <= RUNS; i++) {
        for (const d of cell) {
          park(hosts)
          const r = d.startsWith('atomic-deploy')
            ? await runOurs(hosts, arts[size], n, d === 'atomic-deploy' ? dist : baselineDist)
            : await runKit(d, hosts, arts[size], n)
          if (i > 0) got[d].push(r) // run 0 is the warm-up
          process.stderr.write(
            `${size} N=${n} ${d} #${i} wall=${r.ms.toFixed(0)}ms cpu=${r.cpu.toFixed(2)}s${r.own === undefined ? '' : ` own=${r.own.toFixed(2)}s`} hosts=${r.hostCpu.toFixed(2)}s skew=${r.skew.toFixed(1)}ms${r.rss ? ` rss=${r.rss.toFixed(0)}MiB h1: ${r.phases}` : ''}\n`,
          )
        }
      }
      rmSync(join(D, 'trash'), { recursive: true, force: true }) // untimed, between cells
      for (const d of cell) {
        const rs = got[d]
        rows.push([
          size === 'tiny' ? 'tiny (10 KB)' : 'big (20 MB)',
          n,
          d,
          (median(rs.map((r) => r.ms)) / 1000).toFixed(2),
          median(rs.map((r) => r.skew)).toFixed(1),
          median(rs.map((r) => r.cpu)).toFixed(2),
          d.startsWith('atomic-deploy') ? median(rs.map((r) => r.own)).toFixed(2) : '—',
          median(rs.map((r) => r.hostCpu)).toFixed(2),
          d.startsWith('atomic-deploy') ? median(rs.map((r) => r.rss)).toFixed(0) : '—',
        ])
      }
    }
  }
} finally {
  stopHosts()
}

console.log("### atomic-deploy vs. the shared kit's baseline deployers (OpenSSH on loopback)\n")
console.log(
  table(
    [
      'artifact',
      'N hosts',
      'deployer',
      'wall s (median)',
      'switch skew ms (median)',
      'busy CPU s, machine (median)',
      'CPU s, action + its ssh (median)',
      'CPU s, hosts sshd (median)',
      'peak RSS MiB (action)',
    ],
    rows,
  ),
)
console.log(
  `\nMethod: ${RUNS} timed runs per cell after 1 warm-up, deployers taking turns run by run against the same N sshd hosts (atomic-deploy with parallel = max(10, N): the kit's 2phase works on every host at once; big only up to N=${BIG_MAX_N}, seq only up to N=${SEQ_MAX_N}); wall = the whole process (atomic-deploy: node24 running dist/index.js with runner inputs, including the local sha256 + tar listing check, lock, stage, barrier switch, release log, unlock); skew = max − min of the hosts' own \`date +%s%N\` at the rename; busy CPU = the whole machine's non-idle CPU time during the run (/proc/stat; every process, the hosts' sshd and anything else running); CPU, action + its ssh = the deployer's process tree (cutime + cstime of this bench, which waits for it; not measured for the kit, whose \`ssh -fN\` masters detach); CPU, hosts = what the hosts' sshd spent on the run's connections (their reaped children), both unaffected by other load on the machine; peak RSS = the action's Node process (\`process.resourceUsage().maxRSS\`); old releases parked untimed before each run and deleted ${onShm ? 'then' : 'between cells'} (keep-releases=1000 so no deletion is timed); host roots on ${onShm ? 'tmpfs (/dev/shm)' : 'the /tmp disk'}. Load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' / ',
    )} on ${cpus().length} cores. ${haveKit ? `Baselines: ${kit}/deploy-{2phase,seq}.sh run in place.` : 'The baseline rows are missing: shared/bench/deploy was not found next to the repository (set DEPLOY_KIT).'}`,
)
