/**
 * Prometheus (the Debian package's /usr/bin/prometheus) on loopback with a temp TSDB, scraping the given targets
 * every second. Ready means: the query API reports `up == 1` for every target (not a sleep).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { freePort, httpRequest } from '../net.js'
import { removeDir, requireBinary, retryOnPortClash, serverDir, startProcess, waitReady } from './common.js'

const PROMETHEUS = '/usr/bin/prometheus'

export interface PromSample {
  metric: Record<string, string>
  value: [number, string]
}

export interface Prometheus {
  /** Base URL, e.g. `http://127.0.0.1:9090` (no trailing slash). */
  url: string
  port: number
  /** Run an instant query; resolves with the vector result (throws on a query error). */
  query(promql: string): Promise<PromSample[]>
  /** Poll `query` until `check` accepts the result (bounded), e.g. until a rate is non-zero. */
  waitFor(promql: string, check: (samples: PromSample[]) => boolean, timeoutMs?: number): Promise<PromSample[]>
  stop(): Promise<void>
}

function config(targets: string[], interval: string): string {
  return [
    'global:',
    `  scrape_interval: ${interval}`,
    `  evaluation_interval: ${interval}`,
    'scrape_configs:',
    '  - job_name: shipline-test',
    `    scrape_interval: ${interval}`,
    `    scrape_timeout: ${interval}`,
    '    static_configs:',
    `      - targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]`,
    '',
  ].join('\n')
}

/** Start Prometheus scraping `targets` (`host:port`); resolves once every target is up. */
export async function startPrometheus(opts: { targets: string[]; scrapeInterval?: string }): Promise<Prometheus> {
  return retryOnPortClash(() => startOnce(opts))
}

async function startOnce(opts: { targets: string[]; scrapeInterval?: string }): Promise<Prometheus> {
  requireBinary(PROMETHEUS, 'prometheus')
  if (!opts.targets.length) throw new Error('startPrometheus: give at least one target')
  for (const t of opts.targets) {
    if (!/^127\.0\.0\.1:\d+$/.test(t)) throw new Error(`startPrometheus: target '${t}' must be 127.0.0.1:<port>`)
  }
  const interval = opts.scrapeInterval ?? '1s'
  const dir = serverDir('prometheus')
  const configPath = join(dir, 'prometheus.yml')
  writeFileSync(configPath, config(opts.targets, interval))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const server = startProcess(
    PROMETHEUS,
    [
      `--config.file=${configPath}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      '--storage.tsdb.retention.time=1h',
    ],
    { logPath: join(dir, 'prometheus.log'), cwd: dir },
  )
  const query = async (promql: string): Promise<PromSample[]> => {
    const r = await httpRequest(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`, { timeoutMs: 5_000 })
    const body = JSON.parse(r.body) as {
      status: string
      error?: string
      data?: { resultType: string; result: PromSample[] }
    }
    if (body.status !== 'success' || !body.data)
      throw new Error(`prometheus query '${promql}': ${r.status} ${body.error ?? r.body}`)
    return body.data.result
  }
  const waitFor = (promql: string, check: (s: PromSample[]) => boolean, timeoutMs = 20_000) =>
    waitReady(
      server,
      `prometheus: ${promql}`,
      async () => {
        const samples = await query(promql)
        return check(samples) ? samples : undefined
      },
      timeoutMs,
    )
  const stop = async () => {
    await server.stop()
    removeDir(dir)
  }
  try {
    await waitFor(
      'up',
      (samples) => {
        const down = opts.targets.filter((t) => !samples.some((s) => s.metric.instance === t && s.value[1] === '1'))
        if (down.length) throw new Error(`not up yet: ${down.join(', ')}`)
        return true
      },
      30_000,
    )
  } catch (error) {
    await stop()
    throw error
  }
  return { url, port, query, waitFor, stop }
}

export { startExporter, type Exporter, type Counter, type Gauge, type Histogram } from './exporter.js'
