/**
 * The staged-rollout rig the nginx-router integration tests share: two real app processes (blue = stable, green =
 * canary, from test/fixtures/staged-rollout), a real nginx whose upstream is a snippet the action owns, and a real
 * Prometheus scraping both apps every second. One rig per test file (a Prometheus costs ~5.5 s to start); `fresh()`
 * puts the snippet and nginx back to all-blue and removes the rollout's state between tests.
 *
 * nginx serves `/` (the weighted upstream), `/sticky` (split_clients through `$shipline`), `/hidden` (adds a header
 * of its own) and `/shipline-probe` (answered by nginx itself: probes there are not canary traffic).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { httpRequest } from './net.js'
import { startNginx, type Nginx } from './servers/nginx.js'
import { startPrometheus, type Prometheus } from './servers/prometheus.js'
import { startApp, type App } from '../fixtures/staged-rollout/apps.js'

export const NGINX = '/usr/sbin/nginx'

/** Error rate of the canary over Prometheus' 3 s window (`{{ canary }}` is rendered by the action). */
export const ERROR_RATE_QUERY =
  'sum(rate(app_requests_total{version="{{ canary }}",code="500"}[3s])) / sum(rate(app_requests_total{version="{{ canary }}"}[3s]))'

export interface NginxRollout {
  dir: string
  /** The snippet nginx includes and the action rewrites (`router-config`). */
  snippet: string
  blue: App
  green: App
  nginx: Nginx
  prom: Prometheus
  /** The action's inputs for this rig (nginx router, its test and reload commands, a probe), `over` last. */
  inputs(over?: Record<string, string>): Record<string, string>
  /** An `error-rate` metric on this rig's Prometheus (1 s interval, 2 measurements), `extra` last. */
  metric(extra?: Record<string, unknown>): Record<string, unknown>
  /** All traffic back on blue, the rollout's state removed. */
  fresh(): Promise<void>
  /** Which version answered `n` fresh requests through nginx. */
  versions(n: number, headers?: Record<string, string>, path?: string): Promise<Record<string, number>>
  stop(): Promise<void>
}

const initial = (bluePort: number) =>
  `upstream shipline {\n    server 127.0.0.1:${bluePort};\n}\nmap $host $shipline {\n    default shipline;\n}\n`

/**
 * Start the rig. `name` names its temp dir; `probePath` is the nginx path the action probes after a reload
 * (default `/`).
 */
export async function startNginxRollout(name: string, probePath = '/'): Promise<NginxRollout> {
  const dir = mkdtempSync(join(tmpdir(), `shipline-rollout-${name}-`))
  const snippet = join(dir, 'rollout.conf')
  const started: { stop(): Promise<void> }[] = []
  try {
    const [blue, green] = await Promise.all([startApp('blue'), startApp('green')])
    started.push(blue, green)
    writeFileSync(snippet, initial(blue.port))
    const nginx = await startNginx({ config: ({ port }) => serverBlock(snippet, port) })
    started.push(nginx)
    const prom = await startPrometheus({ targets: [`127.0.0.1:${blue.port}`, `127.0.0.1:${green.port}`] })
    started.push(prom)
    return rig({ dir, snippet, blue, green, nginx, prom }, probePath)
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()))
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

function serverBlock(snippet: string, port: number): string {
  return `
  include ${snippet};
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://shipline;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
    location /sticky {
      proxy_pass http://$shipline/;
    }
    location = /shipline-probe {
      return 204;
    }
    location /hidden {
      add_header X-Own-Header yes;
      proxy_pass http://shipline/;
    }
  }`
}

function rig(
  parts: Pick<NginxRollout, 'dir' | 'snippet' | 'blue' | 'green' | 'nginx' | 'prom'>,
  probePath: string,
): NginxRollout {
  const { dir, snippet, blue, green, nginx, prom } = parts
  return {
    ...parts,
    inputs: (over = {}) => ({
      stable: 'blue',
      canary: 'green',
      router: 'nginx',
      'router-config': snippet,
      backends: JSON.stringify({ blue: `127.0.0.1:${blue.port}`, green: `127.0.0.1:${green.port}` }),
      'test-command': JSON.stringify([NGINX, '-t', '-q', ...nginx.args]),
      'reload-command': JSON.stringify([NGINX, ...nginx.args, '-s', 'reload']),
      'probe-url': `http://127.0.0.1:${nginx.port}${probePath}`,
      'probe-timeout': '5s',
      ...over,
    }),
    metric: (extra = {}) => ({
      name: 'error-rate',
      provider: { prometheus: { address: prom.url, query: ERROR_RATE_QUERY } },
      'success-condition': 'result < 0.05',
      interval: '1s',
      count: 2,
      'inconclusive-limit': 3,
      ...extra,
    }),
    fresh: async () => {
      rmSync(`${snippet}.shipline-state.json`, { force: true })
      writeFileSync(snippet, initial(blue.port))
      await nginx.reload()
    },
    versions: async (n, headers = {}, path = '/') => {
      const seen: Record<string, number> = {}
      for (let i = 0; i < n; i++) {
        const r = await httpRequest(`http://127.0.0.1:${nginx.port}${path}`, {
          headers: { connection: 'close', ...headers },
        })
        const v = String(r.headers['x-version'])
        seen[v] = (seen[v] ?? 0) + 1
      }
      return seen
    },
    stop: async () => {
      await Promise.all([nginx.stop(), prom.stop(), blue.stop(), green.stop()])
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
