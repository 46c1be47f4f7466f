// Fails when a committed bundle differs from a fresh build, or holds ncc's silent CommonJS fallback stubs.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
let bad = 0
for (const a of readdirSync(join(root, 'actions'))) {
  const dist = join(root, 'actions', a, 'dist')
  if (!existsSync(dist)) continue
  for (const f of readdirSync(dist).filter((x) => x.endsWith('.js'))) {
    if (readFileSync(join(dist, f), 'utf8').includes('webpackMissingModule')) {
      console.error(`actions/${a}/dist/${f}: contains webpackMissingModule (a module ncc could not bundle)`)
      bad++
    }
  }
}
const b = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' })
if (b.status !== 0) process.exit(1)
const d = spawnSync('git', ['diff', '--stat', '--exit-code', '--', 'actions/*/dist'], { cwd: root, stdio: 'inherit' })
if (d.status !== 0) {
  console.error("dist/ is stale: run 'npm run bundle' and commit the result")
  bad++
}
process.exit(bad ? 1 : 0)
