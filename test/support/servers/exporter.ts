/**
 * A tiny Prometheus exporter for tests: an HTTP server on a free 127.0.0.1 port serving `/metrics` in the text
 * exposition format (0.0.4), with counters, gauges and histograms the test sets directly. Point
 * {@link startPrometheus} at `exporter.target` and drive the metrics a rollout analysis will read.
 *
 * ```ts
 * const ex = await startExporter()
 * ex.counter('http_requests_total', 'Requests').inc({ code: '200' }, 10)
 * ex.histogram('http_request_duration_seconds', [0.05, 0.1, 0.5]).observe({}, 0.07)
 * ```
 */
import { createServer, type Server } from 'node:http'

type Labels = Record<string, string>

export interface Counter {
  inc(labels?: Labels, by?: number): void
}
export interface Gauge {
  set(labels: Labels, value: number): void
}
export interface Histogram {
  observe(labels: Labels, value: number): void
}

export interface Exporter {
  port: number
  /** `127.0.0.1:PORT`, for Prometheus' static_configs. */
  target: string
  /** `http://127.0.0.1:PORT/metrics`. */
  url: string
  counter(name: string, help?: string): Counter
  gauge(name: string, help?: string): Gauge
  /** `buckets`: upper bounds, ascending (the +Inf bucket is added). */
  histogram(name: string, buckets: number[], help?: string): Histogram
  /** Answer /metrics with 503 (the target goes `up == 0`) while true. */
  setDown(down: boolean): void
  /** Number of /metrics scrapes served. */
  scrapes(): number
  /** The current exposition text. */
  render(): string
  stop(): Promise<void>
}

interface Family {
  type: 'counter' | 'gauge' | 'histogram'
  help: string
  buckets: number[]
  series: Map<string, { labels: Labels; value: number; counts: number[]; sum: number; count: number }>
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
}

function labelText(labels: Labels, extra?: [string, string]): string {
  const pairs = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))
  if (extra) pairs.push(extra)
  return pairs.length ? `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : ''
}

function num(v: number): string {
  return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN'
}

function renderFamily(name: string, f: Family): string[] {
  const out = [`# HELP ${name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} ${f.type}`]
  for (const s of f.series.values()) {
    if (f.type !== 'histogram') {
      out.push(`${name}${labelText(s.labels)} ${num(s.value)}`)
      continue
    }
    f.buckets.forEach((le, i) => out.push(`${name}_bucket${labelText(s.labels, ['le', num(le)])} ${s.counts[i] ?? 0}`))
    out.push(`${name}_bucket${labelText(s.labels, ['le', '+Inf'])} ${s.count}`)
    out.push(`${name}_sum${labelText(s.labels)} ${num(s.sum)}`)
    out.push(`${name}_count${labelText(s.labels)} ${s.count}`)
  }
  return out
}

/** Start an exporter on a free loopback port. */
export async function startExporter(): Promise<Exporter> {
  const families = new Map<string, Family>()
  let down = false
  let scrapes = 0
  const family = (name: string, type: Family['type'], help: string, buckets: number[] = []): Family => {
    if (!NAME.test(name)) throw new Error(`exporter: '${name}' is not a valid metric name`)
    const existing = families.get(name)
    if (existing && existing.type !== type) throw new Error(`exporter: ${name} is already a ${existing.type}`)
    const f = existing ?? { type, help, buckets: [...buckets].sort((a, b) => a - b), series: new Map() }
    families.set(name, f)
    return f
  }
  const series = (f: Family, labels: Labels) => {
    const key = labelText(labels)
    let s = f.series.get(key)
    if (!s)
      f.series.set(key, (s = { labels: { ...labels }, value: 0, counts: f.buckets.map(() => 0), sum: 0, count: 0 }))
    return s
  }
  const render = () => `${[...families].flatMap(([name, f]) => renderFamily(name, f)).join('\n')}\n`
  const server: Server = createServer((req, res) => {
    if (req.url !== '/metrics') return void res.writeHead(404).end('not found\n')
    scrapes += 1
    if (down) return void res.writeHead(503).end('down\n')
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(render())
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    target: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/metrics`,
    counter: (name, help = name) => {
      const f = family(name, 'counter', help)
      return {
        inc: (labels = {}, by = 1) => {
          if (by < 0) throw new Error(`exporter: counter ${name} cannot go down (inc by ${by})`)
          series(f, labels).value += by
        },
      }
    },
    gauge: (name, help = name) => {
      const f = family(name, 'gauge', help)
      return { set: (labels, value) => void (series(f, labels).value = value) }
    },
    histogram: (name, buckets, help = name) => {
      const f = family(name, 'histogram', help, buckets)
      return {
        observe: (labels, value) => {
          const s = series(f, labels)
          f.buckets.forEach((le, i) => {
            if (value <= le) s.counts[i] = (s.counts[i] ?? 0) + 1
          })
          s.sum += value
          s.count += 1
        },
      }
    },
    setDown: (d) => void (down = d),
    scrapes: () => scrapes,
    render,
    stop: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
