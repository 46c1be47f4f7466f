// Rebuild every action's dist/ with ncc, two at a time (the CI machine has 2 cores).
// Usage: node scripts/bundle.mjs [action ...] [--out-root DIR] [--keep-stats]
//   --out-root builds elsewhere (for the staleness test); --keep-stats leaves webpack's stats beside each output as
//   <out>.stats.json (for the licenses test). Each dist/licenses.txt is written from those stats (scripts/licenses.mjs).
import { spawn } from 'node:child_process'
import { readdirSync, existsSync, renameSync, rmSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeLicenses } from './licenses.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const outAt = args.indexOf('--out-root')
const outRoot = outAt >= 0 ? resolve(args[outAt + 1]) : undefined
const keepStats = args.includes('--keep-stats')
const names = args.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1))
const actions = names.length
  ? names
  : readdirSync(join(root, 'actions')).filter((d) => existsSync(join(root, 'actions', d, 'action.yml')))
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

// Each bundle is built beside its destination and swapped in with a rename, so a dist/ is never missing or half
// written while tests (or another build) read it.
function build(name) {
  const dir = join(root, 'actions', name)
  const out = outRoot ? join(outRoot, name) : join(dir, 'dist')
  const tmp = `${out}.building-${process.pid}`
  const stats = keepStats ? `${out}.stats.json` : `${tmp}.stats.json`
  rmSync(tmp, { recursive: true, force: true })
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [ncc, 'build', 'src/index.ts', '-o', tmp, '--stats-out', stats, '-q'], {
      cwd: dir,
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('close', (code) => {
      if (code !== 0) {
        rmSync(tmp, { recursive: true, force: true })
        rmSync(stats, { force: true })
        return fail(new Error(`ncc failed for ${name} (exit ${code})`))
      }
      try {
        writeLicenses(stats, join(tmp, 'licenses.txt'))
      } catch (error) {
        rmSync(tmp, { recursive: true, force: true })
        return fail(error)
      } finally {
        if (!keepStats) rmSync(stats, { force: true })
      }
      const old = `${out}.old-${process.pid}`
      if (existsSync(out)) renameSync(out, old)
      renameSync(tmp, out)
      rmSync(old, { recursive: true, force: true })
      ok(name)
    })
  })
}

const queue = [...actions]
const started = Date.now()
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length) {
      const name = queue.shift()
      await build(name)
      console.log(`bundled ${name}`)
    }
  }),
)
console.log(`${actions.length} bundles in ${((Date.now() - started) / 1000).toFixed(1)}s`)
