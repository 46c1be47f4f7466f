/**
 * `npm run demo [-- --bad-canary] [--local] [--keep]`: the whole pipeline on examples/sample-app with embedded defaults
 * (local GitHub emulator, Verdaccio, local-directory hosts, the file router, the app's own metrics). Prints each
 * step, writes every job summary to .shipline-demo/report.md, cleans up, and exits 0 when the story ended as
 * expected: promoted (or, with --bad-canary, rolled back automatically).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { markdownReport, runPipeline, writeReport } from './demo/pipeline.js'
import { markdownFlagScene, runFlagScene } from './demo/flag-scene.js'
import { repoRoot } from '../test/support/net.js'

const badCanary = process.argv.includes('--bad-canary')
// Real sshd, nginx and Prometheus when they are installed (and not --local); local stand-ins otherwise.
const installed = ['/usr/sbin/sshd', '/usr/bin/ssh', '/usr/sbin/nginx', '/usr/bin/prometheus'].every((p) =>
  existsSync(p),
)
const real = installed && !process.argv.includes('--local')
const started = Date.now()
console.log(
  `Shipline demo: changelog → build-package → publish-release → atomic-deploy (3 hosts) → staged-rollout${badCanary ? ' (with a bad canary)' : ''}`,
)
console.log(
  real
    ? 'using real sshd hosts, nginx and Prometheus on 127.0.0.1\n'
    : "using local stand-ins: directories as hosts, a weights-file load balancer, the app's /stats as metrics\n",
)
const report = await runPipeline({
  badCanary,
  real,
  keep: process.argv.includes('--keep'),
  log: (line) => console.log(line),
})
const file = join(repoRoot, '.shipline-demo', 'report.md')
writeReport(report, file)

// The same app behind a feature flag: OpenFeature + @shipline/openfeature-provider read the flag file the
// staged-rollout flag strategy rewrites; with --bad-canary the new code path fails and the app falls back by itself.
console.log(
  `\nfeature flag: examples/sample-app's new-greeting flag through OpenFeature, rolled out by staged-rollout's flag strategy${badCanary ? ' (the new greeting path fails)' : ''}`,
)
const scene = await runFlagScene({
  badNewPath: badCanary,
  keep: process.argv.includes('--keep'),
  log: (line) => console.log(line),
})
writeFileSync(file, `${markdownReport(report)}\n\n---\n\n${markdownFlagScene(scene)}\n`)

const rollout = report.steps.find((s) => s.action === 'staged-rollout')
console.log('')
if (report.load) {
  const l = report.load
  console.log(
    `steady load: ${l.requests} requests — ${l.ok} ok, ${l.status5xx} 5xx, ${l.failed} connection failures; by version ${JSON.stringify(l.byVersion)}`,
  )
}
let ok: boolean
if (!rollout) {
  ok = false
  console.log(
    `✗ the pipeline stopped at ${report.steps.at(-1)?.action ?? 'setup'}: ${report.steps.at(-1)?.errors.join(' | ') ?? ''}`,
  )
} else if (badCanary) {
  ok = report.phase === 'aborted' && report.weight === '0' && rollout.exitCode === 1
  console.log(
    `${ok ? '✓' : '✗'} rollout ${report.phase}: the canary was rolled back to ${report.weight}% automatically — ${rollout.errors.join(' | ') || 'no reason given'}`,
  )
} else {
  ok = report.phase === 'promoted' && report.weight === '100'
  console.log(`${ok ? '✓' : '✗'} version ${report.version} ${report.phase} to ${report.weight}% of traffic`)
}
const sceneOk =
  scene.users.status5xx + scene.users.failed === 0 &&
  (badCanary
    ? scene.phase === 'aborted' && scene.weight === '0' && scene.breaker.state === 'OPEN'
    : scene.phase === 'promoted' && scene.weight === '100')
console.log(
  `${sceneOk ? '✓' : '✗'} feature flag ${scene.phase} at ${scene.weight}%: ${scene.users.requests} user requests, ${scene.users.status5xx} errors${badCanary ? `; the app fell back by itself ${scene.users.byPath.fallback ?? 0} time(s), then its breaker switched the flag off (${scene.breaker.state})` : ''}`,
)
ok = ok && sceneOk
console.log(`\njob summaries: ${file}\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s`)
process.exit(ok ? 0 : 1)
