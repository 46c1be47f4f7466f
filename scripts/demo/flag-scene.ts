/**
 * The demo's feature-flag scene: examples/sample-app runs with FLAG_FILE, so its `new-greeting` flag is read
 * through OpenFeature by @shipline/openfeature-provider; the bundled staged-rollout action (`flag` strategy,
 * through the runner harness) raises the flag's share in that file step by step while 200 users call the app.
 * With `badNewPath`, the new greeting path fails for everyone who gets it: the app answers them with the old
 * greeting at once (no user sees an error), its circuit breaker switches the flag off in the app within a few
 * dozen requests, and the rollout's analysis — which reads the breaker from the app's /stats — reverts the
 * flag to 0 %. A second provider in this process watches the same file and records the share it sees after
 * each rewrite, so the report shows what an app saw, not only what the action wrote.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OpenFeature, ProviderEvents } from '@openfeature/server-sdk'
import { ShiplineProvider } from '../../packages/openfeature-provider/src/index.js'
import { runAction } from '../../test/support/runner/index.js'
import { node24, repoRoot, stopChild, track } from '../../test/support/net.js'

export interface FlagSceneOptions {
  /** The new greeting path fails for everyone who gets it. */
  badNewPath?: boolean
  log?: (line: string) => void
  keep?: boolean
}

export interface FlagSceneReport {
  exitCode: number | null
  phase: string
  weight: string
  errors: string[]
  summary: string
  /** What the 200 users got: HTTP outcomes and which greeting path answered (header x-greeting-path). */
  users: { requests: number; ok: number; status5xx: number; failed: number; byPath: Record<string, number> }
  /** The app's breaker at the end and the transitions it logged. */
  breaker: { state: string; transitions: string[] }
  /** The share of 1000 users (%) a provider watching the file saw on, after each rewrite it noticed. */
  sharesSeen: number[]
}

const FLAG = 'new-greeting'

async function startGreeter(
  flagFile: string,
  failRate: number,
  lines: string[],
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(node24, [join(repoRoot, 'examples', 'sample-app', 'src', 'server.js')], {
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      APP_VERSION: '1.1.0',
      FLAG_FILE: flagFile,
      NEW_GREETING_FAIL_RATE: String(failRate),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  track(child)
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the greeter did not start in 10 s')), 10_000)
    child.stdout?.on('data', (b: Buffer) => {
      for (const line of b.toString().split('\n').filter(Boolean)) {
        lines.push(line)
        const m = /listening (\d+)/.exec(line)
        if (m) {
          clearTimeout(timer)
          ok(Number(m[1]))
        }
      }
    })
    child.once('exit', (code) => fail(new Error(`the greeter exited with ${code}`)))
  })
  return { port, child }
}

/** 200 users in two loops, each request as `?user=user-N`, bounded in count and time. */
function users(url: string): { stop(): Promise<FlagSceneReport['users']> } {
  const counts: FlagSceneReport['users'] = { requests: 0, ok: 0, status5xx: 0, failed: 0, byPath: {} }
  let stopped = false
  const deadline = Date.now() + 120_000
  const loop = async (offset: number) => {
    for (let i = offset; !stopped && counts.requests < 50_000 && Date.now() < deadline; i += 2) {
      counts.requests++
      const res = await fetch(`${url}/?user=user-${i % 200}`).catch(() => undefined)
      if (!res) {
        counts.failed++
        continue
      }
      await res.text()
      if (res.status >= 500) counts.status5xx++
      else counts.ok++
      const path = res.headers.get('x-greeting-path') ?? 'none'
      counts.byPath[path] = (counts.byPath[path] ?? 0) + 1
    }
  }
  const loops = [loop(0), loop(1)]
  return {
    stop: async () => {
      stopped = true
      await Promise.all(loops)
      return counts
    },
  }
}

export async function runFlagScene(options: FlagSceneOptions = {}): Promise<FlagSceneReport> {
  const log = options.log ?? (() => undefined)
  const work = mkdtempSync(join(tmpdir(), 'shipline-flag-scene-'))
  const flagFile = join(work, 'flags.flagd.json')
  const lines: string[] = []
  const app = await startGreeter(flagFile, options.badNewPath ? 1 : 0, lines)
  // A provider in this process, on the same file: what any app reading it sees after each rewrite.
  const watcher = new ShiplineProvider({ path: flagFile, pollMs: 200 })
  const domain = `flag-scene-${process.pid}-${Date.now()}`
  await OpenFeature.setProviderAndWait(domain, watcher)
  const client = OpenFeature.getClient(domain)
  const sharesSeen: number[] = []
  let sampling = Promise.resolve()
  const sample = async () => {
    let on = 0
    for (let i = 0; i < 1000; i++) if (await client.getBooleanValue(FLAG, false, { targetingKey: `user-${i}` })) on++
    sharesSeen.push(on / 10)
  }
  client.addHandler(ProviderEvents.ConfigurationChanged, () => {
    sampling = sampling.then(sample) // one sample per rewrite, in order
  })
  try {
    const url = `http://127.0.0.1:${app.port}`
    log(
      `  greeter :${app.port} reads ${flagFile} through OpenFeature (@shipline/openfeature-provider)${options.badNewPath ? '; its new greeting path fails for everyone who gets it' : ''}`,
    )
    const load = users(url)
    const stats = (path: string) => ({ provider: { http: { url: `${url}/stats?window=1000`, 'json-path': path } } })
    log('▶ staged-rollout (flag strategy: new-greeting 20% → 50% → 100%)')
    const r = await runAction('staged-rollout', {
      inputs: {
        strategy: 'flag',
        'flag-key': FLAG,
        stable: 'off',
        canary: 'on',
        'router-config': flagFile,
        'router-config-outside-workspace': 'true',
        steps: JSON.stringify([{ setWeight: 20 }, { analysis: {} }, { setWeight: 50 }, { analysis: {} }]),
        metrics: JSON.stringify([
          {
            name: 'error-rate',
            ...stats('$.errorRate'),
            'success-condition': 'result < 0.05',
            interval: '500ms',
            count: 3,
            'inconclusive-limit': 3,
          },
          {
            name: 'new-greeting-breaker',
            ...stats('$.flag.breakerOpen'),
            'success-condition': 'result == 0',
            'failure-condition': 'result > 0',
            interval: '500ms',
            count: 3,
            'failure-limit': 0,
          },
        ]),
      },
      timeoutMs: 90_000,
    })
    const served = await load.stop()
    await watcher.reload()
    await sampling
    const final = (await (await fetch(`${url}/stats`)).json()) as { flag?: { breaker?: string } }
    const errors = r.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
    const report: FlagSceneReport = {
      exitCode: r.exitCode,
      phase: r.outputs.phase ?? '',
      weight: r.outputs.weight ?? '',
      errors,
      summary: r.summary,
      users: served,
      breaker: {
        state: final.flag?.breaker ?? '',
        transitions: lines.filter((l) => l.startsWith(`flag ${FLAG}: circuit`)),
      },
      sharesSeen,
    }
    log(
      `  ${r.exitCode === 0 ? '✓' : '✗'} staged-rollout: ${report.phase} at ${report.weight}%${errors.length ? ` — ${errors.join(' | ')}` : ''}`,
    )
    log(
      `  users: ${served.requests} requests, ${served.status5xx} answered 5xx; greeting paths ${JSON.stringify(served.byPath)}`,
    )
    for (const t of report.breaker.transitions) log(`  app: ${t}`)
    log(
      `  a provider watching the file saw the flag on for ${sharesSeen.map((s) => `${s}%`).join(' → ') || 'nobody'} of users`,
    )
    return report
  } finally {
    await watcher.onClose()
    await stopChild(app.child)
    if (!options.keep) rmSync(work, { recursive: true, force: true })
  }
}

/** The scene as Markdown, for the demo's report. */
export function markdownFlagScene(r: FlagSceneReport): string {
  const paths = Object.entries(r.users.byPath)
    .map(([p, n]) => `${p}: ${n}`)
    .join(', ')
  return [
    '## Feature flag with a circuit breaker in the app',
    '',
    `staged-rollout (flag strategy) **${r.phase || '–'}** at **${r.weight || '–'}%**. Users: ${r.users.requests} requests, ${r.users.status5xx} answered 5xx; greeting paths: ${paths}.`,
    '',
    ...(r.breaker.transitions.length
      ? ["The app's breaker:", '', ...r.breaker.transitions.map((t) => `- ${t}`), '']
      : []),
    `A provider watching the flag file saw the flag on for: ${r.sharesSeen.map((s) => `${s}%`).join(' → ') || 'nobody'}.`,
    '',
    r.summary,
  ].join('\n')
}
