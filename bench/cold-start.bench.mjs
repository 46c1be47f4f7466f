// Cold start of each action's bundle under Node 24, spawned with a runner-like env and no inputs (so it fails
// fast on validation), against `node -e 0`, alternating in one run; ratio of medians; bundle size; peak RSS.
// Peers measured elsewhere: actions/github-script, actions/checkout ≈ 3.3×, release-please ≈ 8.3× bare node.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync, existsSync, writeFileSync, readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { root, node24, median, table, runnerEnv, fmtMs, fmtMiB } from './lib.mjs'

const quick = process.argv.includes('--quick')
const runs = quick ? 10 : 25
const actions = readdirSync(join(root, 'actions')).filter((a) =>
  existsSync(join(root, 'actions', a, 'dist', 'index.js')),
)
const { env, cleanup } = runnerEnv()

function timeOnce(args) {
  const t = process.hrtime.bigint()
  spawnSync(node24, args, { env, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - t) / 1e6
}

// Peak RSS: a preload writes process.resourceUsage().maxRSS (KiB) to a file at exit.
const rssDir = mkdtempSync(join(tmpdir(), 'bench-rss-'))
const preload = join(rssDir, 'rss.mjs')
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(process.env.RSS_OUT, String(process.resourceUsage().maxRSS)))\n`,
)
function peakRss(args) {
  const out = join(rssDir, 'out')
  spawnSync(node24, ['--import', preload, ...args], { env: { ...env, RSS_OUT: out }, stdio: 'ignore' })
  return Number(readFileSync(out, 'utf8')) * 1024
}

const bare = []
const per = Object.fromEntries(actions.map((a) => [a, []]))
for (let i = 0; i < 3; i++) timeOnce(['-e', '0']) // warm the page cache
for (let i = 0; i < runs; i++) {
  bare.push(timeOnce(['-e', '0']))
  for (const a of actions) per[a].push(timeOnce([join(root, 'actions', a, 'dist', 'index.js')]))
}
const bareMed = median(bare)
const bareRss = peakRss(['-e', '0'])
const rows = [[`\`node -e 0\``, fmtMs(bareMed), '1.00×', '–', fmtMiB(bareRss)]]
for (const a of actions) {
  const dist = join(root, 'actions', a, 'dist')
  const size = readdirSync(dist)
    .filter((f) => f.endsWith('.js'))
    .reduce((s, f) => s + statSync(join(dist, f)).size, 0)
  const startSize = statSync(join(dist, 'index.js')).size
  const m = median(per[a])
  rows.push([
    a,
    fmtMs(m),
    `${(m / bareMed).toFixed(2)}×`,
    `${(startSize / 1024).toFixed(0)} KiB (all chunks ${(size / 1024).toFixed(0)} KiB)`,
    fmtMiB(peakRss([join(dist, 'index.js')])),
  ])
}
cleanup()
rmSync(rssDir, { recursive: true, force: true })
console.log('### Cold start of each action bundle (Node 24, no inputs → validation failure)\n')
console.log(table(['bundle', 'median ms', 'vs bare node', 'index.js size', 'peak RSS MiB'], rows))
console.log(
  `\n${runs} runs each, alternating in one run. Goal: ≤ 2× bare node and ≤ 60 MiB. Peers: actions/checkout and github-script ≈ 3.3×, release-please ≈ 8.3× bare node, 56–93 MiB.`,
)
