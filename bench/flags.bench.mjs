// Flag evaluation in-process: Shipline's evaluator (through the published bundle of @shipline/openfeature-provider,
// i.e. what an app runs) side by side with OpenFeature's own JavaScript flagd evaluator, @openfeature/flagd-core
// (what flagd's in-process providers run), on the same flag file and the same contexts. Then how long the
// provider takes to see an atomic rewrite of the file (temp + rename, as staged-rollout writes it).
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core'
import { ProviderEvents } from '@openfeature/server-sdk'
import { root, median, percentile, table, fmtMs } from './lib.mjs'

const quick = process.argv.includes('--quick')
const N = quick ? 20_000 : 100_000
const ROUNDS = quick ? 3 : 7
const { ShiplineProvider } = await import(
  pathToFileURL(join(root, 'packages', 'openfeature-provider', 'dist', 'index.js')).href
)

const file = {
  $evaluators: { staff: { ends_with: [{ var: 'email' }, '@acme.example'] } },
  flags: {
    static: { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'on' },
    rollout: {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: {
        fractional: [
          ['on', 250_000],
          ['off', 750_000],
        ],
      },
    },
    semver: {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: { if: [{ sem_ver: [{ var: 'appVersion' }, '>=', '2.3.0'] }, 'on', 'off'] },
    },
    ref: {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: {
        if: [
          { $ref: 'staff' },
          'on',
          { fractional: [{ cat: [{ var: '$flagd.flagKey' }, { var: 'email' }] }, ['on', 10], ['off', 90]] },
        ],
      },
    },
  },
}
const dir = mkdtempSync(join(tmpdir(), 'bench-flags-'))
const path = join(dir, 'flags.flagd.json')
writeFileSync(path, JSON.stringify(file))
const contexts = Array.from({ length: 1000 }, (_, i) => ({
  targetingKey: `user-${i}`,
  email: `user-${i}@${i % 10 === 0 ? 'acme' : 'mail'}.example`,
  appVersion: `2.${i % 6}.${i % 3}`,
}))

const provider = new ShiplineProvider({ path, pollMs: 0 })
await provider.initialize()
const providerV3 = new ShiplineProvider({ path, pollMs: 0, fractional: 'v3' })
await providerV3.initialize()
const quiet = { debug() {}, info() {}, warn() {}, error() {} }
const storage = new MemoryStorage(quiet)
storage.setConfigurations(JSON.stringify(file))
const core = new FlagdCore(storage, quiet)

/** Median µs per evaluation over ROUNDS rounds of N evaluations; also checks both answer the same. */
async function measure(evaluate) {
  const times = []
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now()
    for (let i = 0; i < N; i++) await evaluate(contexts[i % contexts.length])
    times.push(((performance.now() - t0) * 1000) / N)
  }
  return median(times)
}

const rows = []
for (const key of Object.keys(file.flags)) {
  let disagree = 0
  for (const ctx of contexts)
    if (
      (await provider.resolveBooleanEvaluation(key, false, ctx)).value !==
      core.resolveBooleanEvaluation(key, false, ctx).value
    )
      disagree++
  const shipline = await measure((ctx) => provider.resolveBooleanEvaluation(key, false, ctx))
  const peer = await measure((ctx) => core.resolveBooleanEvaluation(key, false, ctx))
  rows.push([
    `\`${key}\``,
    fmtMs(shipline),
    fmtMs(peer),
    `${(peer / shipline).toFixed(2)}×`,
    disagree === 0 ? 'same' : `${disagree} differ`,
  ])
}
const v3 = await measure((ctx) => providerV3.resolveBooleanEvaluation('rollout', false, ctx))
rows.push(['`rollout`, v3 (CBOR) bucketing', fmtMs(v3), '—', '—', 'flagd-core has no v3'])

// Reload: an atomic rewrite → PROVIDER_CONFIGURATION_CHANGED (directory watcher; no poll).
const reloads = []
const watched = new ShiplineProvider({ path, pollMs: 0 })
await watched.initialize()
for (let i = 0; i < (quick ? 10 : 30); i++) {
  const seen = new Promise((ok) =>
    watched.events.addHandler(ProviderEvents.ConfigurationChanged, function handler() {
      watched.events.removeHandler(ProviderEvents.ConfigurationChanged, handler)
      ok()
    }),
  )
  const next = {
    ...file,
    flags: { ...file.flags, static: { ...file.flags.static, defaultVariant: i % 2 ? 'on' : 'off' } },
  }
  const t0 = performance.now()
  writeFileSync(`${path}.tmp`, JSON.stringify(next))
  renameSync(`${path}.tmp`, path)
  await Promise.race([seen, new Promise((ok) => setTimeout(ok, 5000))])
  reloads.push(performance.now() - t0)
}
await Promise.all([provider.onClose(), providerV3.onClose(), watched.onClose()])
rmSync(dir, { recursive: true, force: true })

console.log(`### Flag evaluation (µs per evaluation, median of ${ROUNDS} × ${N.toLocaleString('en')}, 1000 contexts)\n`)
console.log(
  table(
    ['flag', 'Shipline provider', '@openfeature/flagd-core 4.0.1', 'Shipline speed-up', 'answers (1000 contexts)'],
    rows,
  ),
)
console.log(
  `\nReload after an atomic rewrite (write + rename → ConfigurationChanged, ${reloads.length} rewrites, 20 ms debounce included): p50 ${fmtMs(percentile(reloads, 50))} ms, p95 ${fmtMs(percentile(reloads, 95))} ms, max ${fmtMs(Math.max(...reloads))} ms.`,
)
