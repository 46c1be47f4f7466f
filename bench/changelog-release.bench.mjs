// The changelog action's own run: the range since the last release tag (the default `from`) with the release notes
// (`--notes`, which the action always builds: their new contributors need the authors before the range), on the
// vue-core corpus and the long history (changelog-lib.mjs), whole processes alternating in one run, beside the floor
// (raw `git log` of the same range, and Node streaming it). BENCH_CHANGELOG_BASELINE=<an older dist/index.js> runs
// that bundle too. `--only=long` / `--only=vue-core` runs one history; `--quick`: 3 rounds instead of 9.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { changelogHistories, corpusStream, FORMAT, gnuTime, measure, nodeFloor } from './changelog-lib.mjs'
import { root, node24, median, table, fmtMs, fmtMiB } from './lib.mjs'

const rounds = process.argv.includes('--quick') ? 3 : 9
if (!existsSync(corpusStream)) {
  console.log(`### Changelog: the action's run\n\nSkipped: no corpus at ${corpusStream} (set CORPORA_DIR).`)
  process.exit(0)
}
const histories = changelogHistories()
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
const chosen = only ? [only] : Object.keys(histories)
const shipline = join(root, 'actions', 'changelog', 'dist', 'index.js')
const baseline = process.env.BENCH_CHANGELOG_BASELINE
const floor = nodeFloor()

/** tool → [file, args] for the range since `tag`. */
function toolsFor(repo, tag) {
  const range = `${tag}..HEAD`
  return {
    'raw `git log` (floor)': ['git', ['log', FORMAT, range]],
    'Node streaming the same git log (no parsing)': [node24, [floor.script, 'log', FORMAT, range]],
    'Shipline changelog (no notes)': [node24, [shipline, '--repo', repo, '--quiet']],
    'Shipline changelog --notes (as the action)': [node24, [shipline, '--repo', repo, '--notes', '--quiet']],
    ...(baseline
      ? {
          'baseline bundle (no notes)': [node24, [baseline, '--repo', repo, '--quiet']],
          'baseline bundle --notes': [node24, [baseline, '--repo', repo, '--notes', '--quiet']],
        }
      : {}),
  }
}

const reports = []
for (const history of chosen) {
  const repo = histories[history]()
  const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  const tag = git('describe', '--tags', '--abbrev=0', '--match', 'v*', 'HEAD')
  const count = Number(git('rev-list', '--count', `${tag}..HEAD`))
  const tools = toolsFor(repo, tag)
  const names = Object.keys(tools)
  const res = Object.fromEntries(names.map((n) => [n, { ms: [], rss: [], cpu: [] }]))
  for (const n of names) measure(repo, tools[n]) // warm-up (page cache)
  for (let i = 0; i < rounds; i++) {
    for (const n of names.map((_, k) => names[(k + i) % names.length])) {
      const { ms, rss, cpu } = measure(repo, tools[n])
      res[n].ms.push(ms)
      res[n].rss.push(rss)
      res[n].cpu.push(cpu)
    }
  }
  const node = median(res[names[1]].ms)
  const nodeCpu = median(res[names[1]].cpu)
  const rows = names.map((n) => [
    n,
    fmtMs(median(res[n].ms)),
    `${(median(res[n].ms) / node).toFixed(2)}×`,
    fmtMs(median(res[n].cpu)),
    nodeCpu >= 1 ? `${(median(res[n].cpu) / nodeCpu).toFixed(2)}×` : '–',
    Number.isNaN(median(res[n].rss)) ? '–' : fmtMiB(Math.max(...res[n].rss)),
  ])
  const what = history === 'long' ? 'the long history' : 'vue-core'
  reports.push(
    `### Changelog: the action's run on ${what} (${tag}..HEAD, ${count} commits)\n\n${table(['tool', 'median wall ms', 'wall vs Node streaming', 'median CPU ms', 'CPU vs Node streaming', 'peak RSS MiB'], rows)}\n`,
  )
}
floor.remove()
console.log(reports.join('\n'))
console.log(
  `Whole processes, ${rounds} alternating rounds (order rotated each round) after one warm-up; medians of wall and CPU time (user+sys of the process tree, from bash's \`times\`); peak RSS = max over rounds${gnuTime ? ' (GNU time %M)' : ' (GNU time missing: not measured)'}. Shipline = the bundled action as a CLI with the default range (the newest release tag reachable from HEAD); \`--notes\` builds the release notes as the action does, whose new contributors need every author of the range looked up in the older history (on vue-core one of them is new, so all of it is read; on the long history all are seen within ~7,150 commits).`,
)
