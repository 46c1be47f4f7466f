/**
 * staged-rollout with hostile text (issue 14): the bodies metric endpoints answer (HTTP provider and a
 * Prometheus API), with secrets in headers and URLs, and the request paths and response bodies the shadow proxy
 * sees in a dark launch. Bundled, through the runner harness. The hostile endpoints are small HTTP servers on
 * loopback standing in for a compromised app or Prometheus: a real Prometheus cannot be made to answer such bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { runAction } from '../support/runner/index.js'
import { parseOutput, type OutputChunk } from '../support/runner/workflow-commands.js'
import { freePort, node24, track, waitUntil } from '../support/net.js'
import { PROXY_CLI, startBackend, type Backend } from './shadow-helpers.js'
import { expectContained, MANY_LINES } from '../support/hostile.js'

const SECRET = 'metrics-key-8c21e7'
const PASS = 'prom-pass-31f0aa'
let dir: string
let hostile: Backend
let production: Backend
let dark: Backend

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sl-hostile-sr-'))
  // Answers every metric query with an error whose text is the payloads (and echoes the secret it was sent).
  hostile = await startBackend((req) =>
    req.url.startsWith('/api/v1/')
      ? {
          status: 400,
          body: {
            status: 'error',
            errorType: 'bad_data',
            error: `${MANY_LINES}\nauth: ${String(req.headers.authorization)}`,
          },
        }
      : { status: 500, body: `${MANY_LINES}\nauthorization: ${String(req.headers.authorization)}` },
  )
  production = await startBackend((req) => ({ body: { path: req.url, note: MANY_LINES, n: 1 } }))
  dark = await startBackend((req) => ({ body: { path: req.url, note: `${MANY_LINES}\n<img src=x>`, n: 2 } }))
})
afterAll(async () => {
  await Promise.all([hostile?.close(), production?.close(), dark?.close()])
  rmSync(dir, { recursive: true, force: true })
})

const base = (work: string) => ({
  stable: 'blue',
  canary: 'green',
  router: 'file',
  'router-config': join(work, 'weights.json'),
})
const port = () => Number(new URL(hostile.url).port)

describe('staged-rollout: hostile text', () => {
  it('HTTP and Prometheus metric endpoints answering hostile bodies: rolled back, nothing executed, no header or URL secret printed', async () => {
    const work = mkdtempSync(join(dir, 'm-'))
    const metrics = [
      {
        name: 'http-errors',
        provider: {
          http: {
            url: `${hostile.url}/stats`,
            'json-path': '$.errorRate',
            headers: { Authorization: `Bearer ${SECRET}` },
          },
        },
        'success-condition': 'result < 0.05',
        interval: '100ms',
        count: 3,
        'consecutive-error-limit': 1,
      },
      {
        name: 'prom-errors',
        provider: { prometheus: { address: `http://ci:${PASS}@127.0.0.1:${port()}`, query: 'up' } },
        'success-condition': 'result < 0.05',
        interval: '100ms',
        count: 3,
        'consecutive-error-limit': 1,
      },
    ]
    const r = await runAction('staged-rollout', {
      workspace: work,
      inputs: {
        ...base(work),
        steps: JSON.stringify([{ setWeight: 10 }, { analysis: {} }]),
        metrics: JSON.stringify(metrics),
      },
      timeoutMs: 30_000,
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs.phase).toBe('aborted')
    // the bodies echo the Authorization header the endpoint received: Bearer for one, Basic (from the URL) for the other
    expect(hostile.seen.map((s) => s.headers.authorization)).toEqual(
      expect.arrayContaining([`Bearer ${SECRET}`, `Basic ${Buffer.from(`ci:${PASS}`).toString('base64')}`]),
    )
    const log = r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    for (const s of [SECRET, PASS, Buffer.from(`ci:${PASS}`).toString('base64')]) {
      expect(log.filter((l) => l.includes(s))).toEqual([])
      expect(r.summary).not.toContain(s)
    }
    expectContained(r, {
      masks: [`Bearer ${SECRET}`, SECRET, PASS, `Basic ${Buffer.from(`ci:${PASS}`).toString('base64')}`],
    })
  })

  it('a dark launch seeing hostile request paths and response bodies: the diff samples are text, nothing executed', async () => {
    const work = mkdtempSync(join(dir, 'd-'))
    const listen = await freePort()
    const step = {
      production: production.url,
      dark: dark.url,
      listen: `127.0.0.1:${listen}`,
      duration: '1200ms',
      'max-diff-rate': 0.01,
      'min-compared': 5,
    }
    const paths = [
      '/::add-mask::x',
      '/##[add-mask]x',
      '/::set-output%20name=version::9.9.9',
      '/</details><h1>x',
      `/q?access_token=${SECRET}`,
      '/::stop-commands::t',
    ]
    const agent = new Agent({ keepAlive: true, maxSockets: 2 })
    let stop = false
    const deadline = Date.now() + 15_000
    const load = (async () => {
      for (let i = 0; !stop && i < 2000 && Date.now() < deadline; i++) {
        await new Promise<void>((ok) => {
          const req = request(
            { host: '127.0.0.1', port: listen, path: paths[i % paths.length], agent, timeout: 1000 },
            (res) =>
              res
                .resume()
                .on('end', ok)
                .on('error', () => ok()),
          )
          req.on('timeout', () => req.destroy(new Error('timeout')))
          req.on('error', () => setTimeout(ok, 25))
          req.end()
        })
      }
    })()
    try {
      const r = await runAction('staged-rollout', {
        workspace: work,
        inputs: { ...base(work), steps: JSON.stringify([{ darkLaunch: step }, { setWeight: 10 }]) },
        secrets: [SECRET],
        timeoutMs: 30_000,
      })
      expect(r.exitCode).toBe(1)
      expect(r.summary).toContain('**Diff samples**')
      expectContained(r)
    } finally {
      stop = true
      await load
      agent.destroy()
    }
  })
})

describe('shadow-proxy CLI: what it prints about hostile requests', () => {
  it('hostile request paths: its JSON events and its stderr verdict execute nothing', async () => {
    const listen = await freePort()
    const child = spawn(
      node24,
      [
        PROXY_CLI,
        '--listen',
        `127.0.0.1:${listen}`,
        '--production',
        production.url,
        '--dark',
        dark.url,
        '--duration',
        '1500ms',
        '--max-diff-rate',
        '0.01',
        '--min-compared',
        '1',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    track(child)
    const chunks: OutputChunk[] = []
    child.stdout.setEncoding('utf8').on('data', (text: string) => chunks.push({ stream: 'stdout', text }))
    child.stderr.setEncoding('utf8').on('data', (text: string) => chunks.push({ stream: 'stderr', text }))
    const exited = new Promise<number | null>((ok) => child.on('exit', ok))
    await waitUntil(async () => chunks.some((c) => c.text.includes('"listening"')) || undefined, {
      what: 'shadow proxy listening',
      timeoutMs: 10_000,
    })
    for (const path of ['/##[add-mask]x', '/::add-mask::x']) {
      for (let i = 0; i < 3; i++)
        await fetch(`http://127.0.0.1:${listen}${path}`, { headers: { connection: 'close' } }).then((r) => r.text())
    }
    expect(await exited).toBe(3)
    // every stdout line is still JSON, and nothing on either stream is a command to the runner
    const lines = chunks
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.text)
      .join('')
      .trim()
      .split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(['listening', 'stopped', 'verdict'])
    expect(parseOutput(chunks).commands).toEqual([])
  })
})
