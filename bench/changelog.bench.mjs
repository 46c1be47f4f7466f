// Changelog engines on a real history (the vue-core metadata corpus: 7,157 commits, 264 tags), whole processes,
// alternating in one run: Shipline's changelog CLI (the bundled action, `dist/index.js --repo DIR`), git-cliff
// (npm git-cliff, its native binary, default config), conventional-changelog (npm, angular preset) and raw
// `git log` with the same format Shipline reads (the floor). Full history and the last 1000 commits.
// Medians of wall time; peak RSS of the process tree's largest process (GNU time when present).
import { spawnSync, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, node24, median, table, fmtMs, fmtMiB } from './lib.mjs'

const quick = process.argv.includes('--quick')
const rounds = quick ? 3 : 5
const CORPORA = process.env.CORPORA_DIR || join(root, '..', 'shared', 'corpora')
const stream = join(CORPORA, 'vue-core.fi.gz')
if (!existsSync(stream)) {
  console.log(`### Changelog engines\n\nSkipped: no corpus at ${stream} (set CORPORA_DIR).`)
  process.exit(0)
}

/** The corpus as a repository, cached in tmpdir by the stream's hash (same scheme as the golden tests). */
function loadCorpus() {
  const hash = createHash('sha256').update(readFileSync(stream)).digest('hex').slice(0, 16)
  const dest = join(tmpdir(), `shipline-corpus-vue-core-${hash}`)
  if (existsSync(join(dest, '.git', 'shipline-ready'))) return dest
  const work = mkdtempSync(join(tmpdir(), 'shipline-corpus-vue-core-build-'))
  execFileSync('bash', [join(CORPORA, 'load.sh'), 'vue-core', join(work, 'repo')], { stdio: 'ignore', env: { ...process.env, CORPORA_DIR: CORPORA } })
  writeFileSync(join(work, 'repo', '.git', 'shipline-ready'), '')
  try {
    renameSync(join(work, 'repo'), dest)
  } catch {
    if (!existsSync(join(dest, '.git', 'shipline-ready'))) throw new Error(`could not place the corpus at ${dest}`)
  }
  rmSync(work, { recursive: true, force: true })
  return dest
}

const repo = loadCorpus()
const git = (...a) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' }).trim()
const base1000 = git('rev-parse', 'HEAD~1000')
const shipline = join(root, 'actions', 'changelog', 'dist', 'index.js')
// git-cliff is installed on demand into a cache dir, not kept in the lockfile: its other platforms' optional
// packages are not all on the registry reachable here, which would make `npm ci` refuse the lockfile.
function installCliff() {
  const prefix = join(tmpdir(), 'shipline-bench-git-cliff-2.14.2')
  const bin = join(prefix, 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff')
  if (!existsSync(bin)) {
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'git-cliff@2.14.2'], { stdio: 'ignore', timeout: 180_000 })
    if (r.status !== 0) return undefined
  }
  return existsSync(bin) ? bin : undefined
}
const cliff = process.platform === 'linux' && process.arch === 'x64' ? installCliff() : undefined
const ccCli = join(root, 'node_modules', 'conventional-changelog', 'dist', 'cli', 'index.js')
const gnuTime = ['/usr/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0)
const FORMAT = '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B%x00'

// The Node floor: a Node process that only streams the same `git log` and splits the records (no parsing).
const floorDir = mkdtempSync(join(tmpdir(), 'bench-changelog-'))
const floorScript = join(floorDir, 'stream.mjs')
writeFileSync(
  floorScript,
  `import { spawn } from 'node:child_process'
const child = spawn('git', process.argv.slice(2), { stdio: ['ignore', 'pipe', 'inherit'] })
child.stdout.setEncoding('utf8')
let pending = ''
let n = 0
for await (const chunk of child.stdout) {
  pending += chunk
  let at = pending.indexOf('\\0')
  while (at !== -1) { n += pending.slice(0, at).split('\\x1f', 6).length; pending = pending.slice(at + 1); at = pending.indexOf('\\0') }
}
if (n === 0) process.exitCode = 1
`,
)

/** tool → range → [file, args]. `null` = not available. */
const tools = {
  'raw `git log` (floor)': { full: ['git', ['log', FORMAT, 'HEAD']], last1000: ['git', ['log', FORMAT, `${base1000}..HEAD`]] },
  'Node streaming the same git log (no parsing)': { full: [node24, [floorScript, 'log', FORMAT, 'HEAD']], last1000: [node24, [floorScript, 'log', FORMAT, `${base1000}..HEAD`]] },
  'Shipline changelog': {
    // A tag prefix that matches nothing: the whole history is one first release.
    full: [node24, [shipline, '--repo', repo, '--tag-prefix', 'none-', '--quiet']],
    last1000: [node24, [shipline, '--repo', repo, '--from', base1000, '--quiet']],
  },
  'git-cliff 2.14': cliff ? { full: [cliff, []], last1000: [cliff, [`${base1000}..HEAD`]] } : null,
  'conventional-changelog 8': existsSync(ccCli)
    ? { full: [node24, [ccCli, '-p', 'angular', '-r', '0']], last1000: [node24, [ccCli, '-p', 'angular', '-r', '0', '--from', base1000, '--to', 'HEAD']] }
    : null,
}

function once([file, args]) {
  rmSync(join(repo, '.git', 'git-cliff-core'), { recursive: true, force: true }) // git-cliff's cache: CI-like cold runs
  const cmd = gnuTime ? [gnuTime, ['-f', '%M %U %S', file, ...args]] : [file, args]
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd[0], cmd[1], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`)
  const [kb, user, sys] = gnuTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN]
  return { ms, rss: kb * 1024, cpu: (user + sys) * 1000 }
}

const names = Object.keys(tools).filter((n) => tools[n])
const sections = []
for (const range of ['full', 'last1000']) {
  const res = Object.fromEntries(names.map((n) => [n, { ms: [], rss: [], cpu: [] }]))
  for (const n of names.slice(0, 3)) once(tools[n][range]) // warm-up (page cache); the slow peers warm it too
  for (let i = 0; i < rounds; i++) {
    const order = names.map((_, k) => names[(k + i) % names.length]) // rotate who goes first
    for (const n of order) {
      const { ms, rss, cpu } = once(tools[n][range])
      res[n].ms.push(ms)
      res[n].rss.push(rss)
      res[n].cpu.push(cpu)
    }
  }
  const floor = median(res[names[0]].ms)
  const cpuFloor = median(res[names[0]].cpu)
  const rows = names.map((n) => [
    n,
    fmtMs(median(res[n].ms)),
    `${(median(res[n].ms) / floor).toFixed(1)}×`,
    Number.isNaN(cpuFloor) ? '–' : `${fmtMs(median(res[n].cpu))}${cpuFloor >= 10 ? ` (${(median(res[n].cpu) / cpuFloor).toFixed(1)}×)` : ''}`,
    Number.isNaN(median(res[n].rss)) ? '–' : fmtMiB(Math.max(...res[n].rss)),
  ])
  sections.push(`${range === 'full' ? 'Full history (7,157 commits)' : 'Last 1000 commits'}\n\n${table(['tool', 'median wall ms', 'wall vs git log', 'median CPU ms (vs git log)', 'peak RSS MiB'], rows)}`)
}

rmSync(floorDir, { recursive: true, force: true })
console.log(`### Changelog engines on vue-core\n\n${sections.join('\n\n')}\n`)
console.log(`Whole processes, ${rounds} alternating rounds (order rotated each round) after one warm-up; median wall time and median CPU time (user+sys of the process tree, GNU time; steadier than wall time on a busy machine); peak RSS = max over rounds${gnuTime ? ' (GNU time %M: the largest process of the tree)' : ' (GNU time missing: not measured)'}. Shipline = the bundled action run as a CLI (\`dist/index.js --repo DIR\`: resolves the range from the tags, parses while \`git log\` streams, computes the version, builds the changelog and the release notes, prints the changelog). CPU times below 10 ms (GNU time's 10 ms resolution) get no ratio. git-cliff: native binary, default config, its cache deleted before each run. conventional-changelog: angular preset, all releases.`)
