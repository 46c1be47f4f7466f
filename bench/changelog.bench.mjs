// Changelog engines on a real history (the vue-core metadata corpus: 7,157 commits, 264 tags) and on a long one
// (that corpus replayed three times on top of itself by replay-corpus.mjs: 21,471 commits, 792 tags), whole
// processes, alternating in one run: Shipline's changelog CLI (the bundled action, `dist/index.js --repo DIR`),
// git-cliff (npm git-cliff, its native binary, default config), conventional-changelog (npm, angular preset) and
// raw `git log` with the same format Shipline reads (the floor), and two Node floors: a Node process streaming that
// log, and one that also lists the tags as Shipline does. Full history, the last 1000 and the last 100
// commits (`--only=long` / `--only=vue-core` runs one history; `--floor-only` leaves the peers out).
// Medians of wall time; peak RSS of the process tree's largest process (GNU time when present).
import { spawnSync, execFileSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { changelogHistories, corpusStream, FORMAT, gnuTime, measure, nodeFloor } from './changelog-lib.mjs'
import { root, node24, median, table, fmtMs, fmtMiB } from './lib.mjs'

const quick = process.argv.includes('--quick')
const rounds = quick ? 3 : 5
if (!existsSync(corpusStream)) {
  console.log(`### Changelog engines\n\nSkipped: no corpus at ${corpusStream} (set CORPORA_DIR).`)
  process.exit(0)
}
const histories = changelogHistories()
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
const chosen = only ? [only] : Object.keys(histories)

const shipline = join(root, 'actions', 'changelog', 'dist', 'index.js')
// git-cliff is installed on demand into a cache dir, not kept in the lockfile: its other platforms' optional
// packages are not all on the registry reachable here, which would make `npm ci` refuse the lockfile.
function installCliff() {
  const prefix = join(tmpdir(), 'shipline-bench-git-cliff-2.14.2')
  const bin = join(prefix, 'node_modules', 'git-cliff-linux-x64', 'bin', 'git-cliff')
  if (!existsSync(bin)) {
    const r = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'git-cliff@2.14.2'],
      { stdio: 'ignore', timeout: 180_000 },
    )
    if (r.status !== 0) return undefined
  }
  return existsSync(bin) ? bin : undefined
}
// `--floor-only`: Shipline against the floor only (no peers; quick before/after checks on a busy machine).
const floorOnly = process.argv.includes('--floor-only')
const cliff = !floorOnly && process.platform === 'linux' && process.arch === 'x64' ? installCliff() : undefined
const ccCli = join(root, 'node_modules', 'conventional-changelog', 'dist', 'cli', 'index.js')
// The Node floor: a Node process that only streams the same `git log` and splits the records (no parsing).
const floor = nodeFloor()
// The same, also listing the tags as Shipline does: what is left of Shipline's time above it is its own work.
const floorTags = nodeFloor({ tags: true })

const baseline = process.env.BENCH_CHANGELOG_BASELINE
const RANGES = { full: 'Full history', last1000: 'Last 1000 commits', last100: 'Last 100 commits' }
/** tool → range → [file, args] for one repository. `null` = not available. */
function toolsFor(repo) {
  const base = Object.fromEntries(
    ['last1000', 'last100'].map((r) => [
      r,
      execFileSync('git', ['rev-parse', `HEAD~${r.slice(4)}`], { cwd: repo, encoding: 'utf8' }).trim(),
    ]),
  )
  const per = (f) => Object.fromEntries(Object.keys(RANGES).map((r) => [r, f(r === 'full' ? undefined : base[r])]))
  return {
    'raw `git log` (floor)': per((b) => ['git', ['log', FORMAT, b ? `${b}..HEAD` : 'HEAD']]),
    'Node streaming the same git log (no parsing)': per((b) => [
      node24,
      [floor.script, 'log', FORMAT, b ? `${b}..HEAD` : 'HEAD'],
    ]),
    'Node streaming the same git log and the tag listing (no parsing)': per((b) => [
      node24,
      [floorTags.script, 'log', FORMAT, b ? `${b}..HEAD` : 'HEAD'],
    ]),
    // Full history: a tag prefix that matches nothing, so the whole history is one first release.
    'Shipline changelog': per((b) => [
      node24,
      [shipline, '--repo', repo, ...(b ? ['--from', b] : ['--tag-prefix', 'none-']), '--quiet'],
    ]),
    // BENCH_CHANGELOG_BASELINE=path/to/an/older/dist/index.js: that bundle too, side by side in the same run.
    ...(baseline
      ? {
          'Shipline changelog (baseline bundle)': per((b) => [
            node24,
            [baseline, '--repo', repo, ...(b ? ['--from', b] : ['--tag-prefix', 'none-']), '--quiet'],
          ]),
        }
      : {}),
    'git-cliff 2.14': cliff ? per((b) => [cliff, b ? [`${b}..HEAD`] : []]) : null,
    'conventional-changelog 8':
      !floorOnly && existsSync(ccCli)
        ? per((b) => [node24, [ccCli, '-p', 'angular', '-r', '0', ...(b ? ['--from', b, '--to', 'HEAD'] : [])]])
        : null,
  }
}

function once(repo, tool) {
  rmSync(join(repo, '.git', 'git-cliff-core'), { recursive: true, force: true }) // git-cliff's cache: CI-like cold runs
  return measure(repo, tool)
}

const reports = []
for (const history of chosen) {
  const repo = histories[history]()
  const count = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: repo, encoding: 'utf8' }))
  const tools = toolsFor(repo)
  const names = Object.keys(tools).filter((n) => tools[n])
  const sections = []
  for (const range of Object.keys(RANGES)) {
    const res = Object.fromEntries(names.map((n) => [n, { ms: [], rss: [], cpu: [] }]))
    for (const n of names.slice(0, 3)) once(repo, tools[n][range]) // warm-up (page cache); the slow peers warm it too
    for (let i = 0; i < rounds; i++) {
      const order = names.map((_, k) => names[(k + i) % names.length]) // rotate who goes first
      for (const n of order) {
        const { ms, rss, cpu } = once(repo, tools[n][range])
        res[n].ms.push(ms)
        res[n].rss.push(rss)
        res[n].cpu.push(cpu)
      }
    }
    const floor = median(res[names[0]].ms)
    const cpuFloor = median(res[names[0]].cpu)
    const node = median(res[names[1]].ms)
    const nodeCpu = median(res[names[1]].cpu)
    const rows = names.map((n) => [
      n,
      fmtMs(median(res[n].ms)),
      `${(median(res[n].ms) / floor).toFixed(1)}×`,
      `${(median(res[n].ms) / node).toFixed(2)}×`,
      Number.isNaN(cpuFloor)
        ? '–'
        : `${fmtMs(median(res[n].cpu))}${cpuFloor >= 1 ? ` (${(median(res[n].cpu) / cpuFloor).toFixed(1)}×)` : ''}`,
      Number.isNaN(nodeCpu) || nodeCpu < 1 ? '–' : `${(median(res[n].cpu) / nodeCpu).toFixed(2)}×`,
      Number.isNaN(median(res[n].rss)) ? '–' : fmtMiB(Math.max(...res[n].rss)),
    ])
    const title = range === 'full' ? `${RANGES[range]} (${count.toLocaleString('en-US')} commits)` : RANGES[range]
    sections.push(
      `${title}\n\n${table(['tool', 'median wall ms', 'wall vs git log', 'wall vs Node streaming', 'median CPU ms (vs git log)', 'CPU vs Node streaming', 'peak RSS MiB'], rows)}`,
    )
  }
  const what = history === 'long' ? 'a long history (vue-core replayed 3×)' : 'vue-core'
  reports.push(`### Changelog engines on ${what}\n\n${sections.join('\n\n')}\n`)
}

floor.remove()
floorTags.remove()
console.log(reports.join('\n'))
console.log(
  `Whole processes, ${rounds} alternating rounds (order rotated each round) after one warm-up; median wall time and median CPU time (user+sys of the process tree, from bash's \`times\`, to the millisecond; steadier than wall time on a busy machine); peak RSS = max over rounds${gnuTime ? ' (GNU time %M: the largest process of the tree)' : ' (GNU time missing: not measured)'}. Shipline = the bundled action run as a CLI (\`dist/index.js --repo DIR\`: resolves the range from the tags, parses while \`git log\` streams, computes the version, builds and prints the changelog; the release notes and their scan of the older history for new contributors only with \`--notes\`, as the action always does). git-cliff: native binary, default config, its cache deleted before each run. conventional-changelog: angular preset, all releases.`,
)
