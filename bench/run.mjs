// `npm run bench [name ...] [-- --quick]`: runs every bench/<name>.bench.mjs (or the named ones) one after the
// other under the Node that `npm run` puts on PATH (Node 24), and prints their markdown sections as one report.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const flags = args.filter((a) => a.startsWith('--'))
const names = args.filter((a) => !a.startsWith('--'))
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace(/\.bench\.mjs$/, ''))
  .sort((a, b) => (a === 'cold-start' ? -1 : b === 'cold-start' ? 1 : a.localeCompare(b)))
const chosen = names.length ? names : all
const unknown = chosen.filter((n) => !all.includes(n))
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${all.join(', ')}`)
  process.exit(2)
}

console.log(
  `## Shipline benchmarks\n\n${new Date().toISOString()} · node ${process.version} · ${process.platform}/${process.arch}\n`,
)
let failed = 0
for (const name of chosen) {
  const started = Date.now()
  const r = spawnSync(process.execPath, [join(here, `${name}.bench.mjs`), ...flags], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: 15 * 60_000,
  })
  process.stdout.write(r.stdout ?? '')
  if (r.status !== 0) {
    failed++
    console.log(`\n> ${name}: failed (exit ${r.status ?? r.signal})\n`)
  } else {
    console.log(`\n_${name}: ${((Date.now() - started) / 1000).toFixed(1)} s_\n`)
  }
}
process.exit(failed ? 1 : 0)
