// flag-matrix: how many jobs a matrix needs for a number of flags and variants, every combination against the
// action's pairwise rows (every pair of variants of any two flags in some job), with the known lower bound
// (v × w for the two largest variant counts), and the time the bundled action takes (cold start included).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root, node24, table, fmtMs, runnerEnv } from './lib.mjs'

const shapes = [
  [3, 2],
  [5, 2],
  [10, 2],
  [20, 2],
  [40, 2],
  [4, 3],
  [8, 3],
  [13, 3],
  [6, 4],
  [10, 5],
]
const dir = mkdtempSync(join(tmpdir(), 'bench-flag-matrix-'))

function run(inputs) {
  const r = runnerEnv({ GITHUB_WORKSPACE: dir })
  const env = { ...r.env }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const t0 = performance.now()
  const child = spawn(node24, [join(root, 'actions', 'flag-matrix', 'dist', 'index.js')], {
    env,
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  return new Promise((ok, fail) =>
    child.on('close', (code) => {
      const ms = performance.now() - t0
      const text = readFileSync(env.GITHUB_OUTPUT, 'utf8')
      r.cleanup()
      if (code !== 0) return fail(new Error(`flag-matrix exited ${code}: ${log.slice(-500)}`))
      const count = Number(/^count<<(.+)\n(\d+)\n/m.exec(text)?.[2])
      ok({ count, ms })
    }),
  )
}

try {
  const rows = []
  for (const [n, v] of shapes) {
    const flags = {}
    for (let i = 0; i < n; i++)
      flags[`f${i}`] = {
        state: 'ENABLED',
        variants: Object.fromEntries(Array.from({ length: v }, (_, k) => [`v${k}`, k])),
        defaultVariant: 'v0',
      }
    writeFileSync(join(dir, 'flags.json'), JSON.stringify({ flags }))
    const keys = Object.keys(flags).join(',')
    const { count, ms } = await run({
      'flag-file': 'flags.json',
      flags: keys,
      mode: 'pairwise',
      'max-combinations': '256',
    })
    rows.push([`${n} × ${v}`, String(v ** n), String(v * v), String(count), fmtMs(ms)])
  }
  console.log('### flag-matrix: jobs per matrix\n')
  console.log(
    table(
      [
        'flags × variants',
        'every combination',
        'pairwise lower bound',
        '**pairwise jobs (flag-matrix)**',
        'action run ms',
      ],
      rows,
    ),
  )
  console.log(
    '\nMethod: the bundled action (dist/index.js) run as the runner runs it with mode pairwise, once per shape; the lower bound is v² (two flags of v variants need v² jobs).',
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
