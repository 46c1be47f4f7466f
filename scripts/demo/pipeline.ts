/**
 * The whole Shipline pipeline on examples/sample-app, each action's bundled dist/index.js run through the runner
 * harness (the runner's contract: INPUT_*, GITHUB_* context, file commands), in order:
 * changelog → build-package → publish-release → atomic-deploy → staged-rollout.
 *
 * Stand-ins, all on 127.0.0.1 and stopped by PID at the end: the GitHub API emulator (checked against GitHub's
 * OpenAPI description), Verdaccio as the npm registry, `local:` directories as hosts (or real sshd hosts), the
 * sample app's own processes behind a weights-file load balancer (or real nginx), and the app's /stats endpoint as
 * the metrics source. Used by `npm run demo` and by the end-to-end test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { runAction, type RunResult } from '../../test/support/runner/index.js'
import { startEmulator, type Emulator } from '../../test/support/github-emulator/index.js'
import { startVerdaccio } from '../../test/support/servers/verdaccio.js'
import { REGISTRY_BIN, startOciRegistry, type OciRegistry } from '../../test/support/servers/oci-registry.js'
import { startSshHosts } from '../../test/support/servers/sshd.js'
import { startNginx } from '../../test/support/servers/nginx.js'
import { startPrometheus } from '../../test/support/servers/prometheus.js'
import { node24, repoRoot, stopChild, track } from '../../test/support/net.js'
import { startFileLb } from '../../test/fixtures/staged-rollout/apps.js'
// @ts-expect-error -- a plain ESM fixture without types
import { startLoad } from '../../test/fixtures/staged-rollout/load.mjs'

export interface PipelineOptions {
  /** The canary fails half its requests: the rollout must roll back. */
  badCanary?: boolean
  /**
   * Real servers instead of stand-ins: sshd hosts instead of `local:` directories, nginx instead of the
   * weights-file load balancer, Prometheus scraping the apps instead of their /stats endpoint.
   */
  real?: boolean
  /** Progress lines (default: none). */
  log?: (line: string) => void
  /** Keep the work directory (default: removed). */
  keep?: boolean
}

export interface StepReport {
  action: string
  exitCode: number | null
  durationMs: number
  outputs: Record<string, string>
  summary: string
  errors: string[]
}

export interface PipelineReport {
  steps: StepReport[]
  version: string
  phase: string
  weight: string
  workDir: string
  load?: { requests: number; ok: number; status5xx: number; failed: number; byVersion: Record<string, number> }
  /** What the remote side looks like at the end, read back independently of the actions. */
  checks: {
    releases: { tag: string; draft: boolean; assets: string[] }[]
    /** The app's image in the local OCI registry (when docker-registry is installed): digest and tags. */
    image?: { digest: string; tags: string[] }
    npmVersions: string[]
    /** `current` of each host, relative. */
    hosts: string[]
  }
}

const OWNER = 'acme'
const REPO = 'greeter'
const TOKEN = 'ghs_demo_token_not_secret'

interface Started {
  stop(): Promise<void>
}

/** Replay a small conventional history on a copy of the sample app: v1.0.0, then a feature and a fix. */
function makeRepo(dir: string): void {
  cpSync(join(repoRoot, 'examples', 'sample-app'), dir, {
    recursive: true,
    filter: (p) => !p.includes('node_modules') && !p.endsWith('/dist'),
  })
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ada',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
  }
  let clock = Date.parse('2026-11-01T09:00:00Z')
  const git = (args: string[], author?: string): void => {
    clock += 3_600_000
    const date = new Date(clock).toISOString()
    const who = author ? { GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: `${author.toLowerCase()}@example.com` } : {}
    spawnSyncChecked('git', args, dir, { ...env, ...who, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
  }
  git(['init', '-q', '-b', 'main'])
  git(['add', '-A'])
  git(['commit', '-q', '-m', 'feat: greet people over HTTP'])
  git(['tag', 'v1.0.0'])
  git(
    ['commit', '-q', '--allow-empty', '-m', 'feat(server): report the error rate at /stats for canary analysis (#4)'],
    'Grace',
  )
  git(['commit', '-q', '--allow-empty', '-m', 'fix: cap names at 64 characters (#5)\n\nCloses #2'], 'Linus')
  git(['commit', '-q', '--allow-empty', '-m', 'docs: explain FAIL_RATE'])
  git(['commit', '-q', '--allow-empty', '-m', 'ci: run the tests on Node 24'])
}

function spawnSyncChecked(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** Start the sample app from a directory as one version; resolves with its port once it listens. */
async function startApp(
  dir: string,
  version: string,
  failRate: number,
): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(node24, [join(dir, 'src', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', APP_VERSION: version, FAIL_RATE: String(failRate) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  track(child)
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`app ${version} did not start in 10 s`)), 10_000)
    child.stdout?.on('data', (b: Buffer) => {
      const m = /listening (\d+)/.exec(b.toString())
      if (m) {
        clearTimeout(timer)
        ok(Number(m[1]))
      }
    })
    child.once('exit', (code) => fail(new Error(`app ${version} exited with ${code}`)))
  })
  return { port, child }
}

export async function runPipeline(options: PipelineOptions = {}): Promise<PipelineReport> {
  const log = options.log ?? (() => undefined)
  const work = mkdtempSync(join(tmpdir(), 'shipline-demo-'))
  const ws = join(work, 'greeter')
  const started: Started[] = []
  const steps: StepReport[] = []
  const report: PipelineReport = {
    steps,
    version: '',
    phase: '',
    weight: '',
    workDir: work,
    checks: { releases: [], npmVersions: [], hosts: [] },
  }
  try {
    makeRepo(ws)
    const sha = spawnSyncChecked('git', ['rev-parse', 'HEAD'], ws, process.env).trim()
    log('starting the GitHub API emulator and the npm registry (Verdaccio) on 127.0.0.1')
    const [emulator, registry] = await Promise.all([startEmulator({ node: node24 }), startVerdaccio()])
    started.push(emulator, registry)
    // The sample app's image too, when Debian's docker-registry is installed: built on scratch, pushed and tagged.
    let images: OciRegistry | undefined
    if (existsSync(REGISTRY_BIN)) {
      images = await startOciRegistry()
      started.push(images)
      log(`  and an OCI registry (docker-registry) on ${images.host} for the app's image`)
    }
    await emulator.seedFromGit(OWNER, REPO, ws)
    await seedPulls(emulator, ws)

    const context = {
      workspace: ws,
      repository: `${OWNER}/${REPO}`,
      sha,
      ref: 'refs/heads/main',
      eventName: 'push',
      env: { GITHUB_API_URL: emulator.url },
      timeoutMs: 90_000,
    }
    const step = async (action: string, inputs: Record<string, string>): Promise<RunResult> => {
      log(`▶ ${action}`)
      const r = await runAction(action, { ...context, inputs })
      const errors = r.annotations.filter((a) => a.kind === 'error').map((a) => a.message)
      if (r.exitCode !== 0 && errors.length === 0)
        errors.push(`exit ${r.exitCode ?? r.signal}: ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n')}`)
      steps.push({
        action,
        exitCode: r.exitCode,
        durationMs: r.durationMs,
        outputs: r.outputs,
        summary: r.summary,
        errors,
      })
      log(
        `  ${r.exitCode === 0 ? '✓' : '✗'} ${action} (${(r.durationMs / 1000).toFixed(1)} s)${errors.length ? `: ${errors.join(' | ')}` : ''}`,
      )
      return r
    }

    const cl = await step('changelog', { 'changelog-file': 'CHANGELOG.md', token: TOKEN })
    if (cl.exitCode !== 0) return report
    const version = cl.outputs.version ?? ''
    report.version = version
    log(`  next version ${cl.outputs['previous-version']} → ${version} (${cl.outputs['release-type']})`)

    const image: Record<string, string> = images
      ? {
          image:
            'base: scratch\nfiles: [src, package.json]\nentrypoint: [node, src/server.js]\nenv: { PORT: "8080" }\nports: [8080]',
        }
      : {}
    const build = await step('build-package', {
      version,
      resources: 'assets, config',
      archives: 'app=src/**\napp=package.json',
      'out-dir': 'dist-packages',
      ...image,
    })
    if (build.exitCode !== 0) return report
    const artifacts = JSON.parse(build.outputs.artifacts ?? '[]') as { path: string; kind: string; name: string }[]
    const npmTarball = artifacts.find((a) => a.kind === 'npm')?.path ?? ''
    const appArchive = artifacts.find((a) => a.name === 'app')?.path ?? ''

    const pub = await step('publish-release', {
      tag: `v${version}`,
      version,
      notes: cl.outputs['release-notes'] ?? '',
      artifacts: build.outputs.artifacts ?? '',
      checksums: build.outputs.checksums ?? '',
      'npm-package': npmTarball,
      registry: registry.url,
      'npm-token': registry.token,
      target: sha,
      token: TOKEN,
      ...(images ? { 'image-repository': `${images.host}/acme/greeter`, 'image-tags': 'major, minor, latest' } : {}),
    })
    if (images && pub.exitCode === 0) {
      const tags =
        ((await fetch(`${images.url}/v2/acme/greeter/tags/list`).then((r) => r.json())) as { tags?: string[] }).tags ??
        []
      report.checks.image = { digest: pub.outputs['image-digest'] ?? '', tags: tags.sort() }
      log(
        `  image ${images.host}/acme/greeter@${report.checks.image.digest} tagged ${report.checks.image.tags.join(', ')}`,
      )
    }
    report.checks.releases = await readReleases(emulator.url)
    report.checks.npmVersions = await readNpmVersions(registry.url)
    if (pub.exitCode !== 0) return report

    const fleet = await deployTargets(work, options.real === true)
    started.push(fleet)
    const deploy = await step('atomic-deploy', {
      app: 'greeter',
      version,
      artifact: appArchive,
      ...fleet.inputs,
      'health-check': 'node --check src/server.js',
      environment: 'production',
      token: TOKEN,
    })
    report.checks.hosts = fleet.currents()
    if (deploy.exitCode !== 0) return report

    const stable = await startApp(join(repoRoot, 'examples', 'sample-app'), '1.0.0', 0)
    started.push({ stop: () => stopChild(stable.child) })
    const canary = await startApp(fleet.live, version, options.badCanary ? 0.5 : 0)
    started.push({ stop: () => stopChild(canary.child) })
    const names = { stable: 'v1.0.0', canary: `v${version}` }
    const route = await routing(work, options.real === true, names, { stable: stable.port, canary: canary.port })
    started.push(route)
    log(
      `  traffic: ${route.url} → stable v1.0.0 (:${stable.port}) / canary v${version} (:${canary.port}) via ${options.real ? 'nginx' : 'a weights-file load balancer'}, steady load running`,
    )
    const load = startLoad(route.url, { concurrency: 2, maxRequests: 300_000, maxMs: 90_000 })
    const rollout = await step('staged-rollout', {
      strategy: 'canary',
      stable: 'v1.0.0',
      canary: `v${version}`,
      ...route.inputs,
      steps: ['- setWeight: 20', '- analysis: {}', '- setWeight: 50', '- analysis: {}'].join('\n'),
      metrics: JSON.stringify([
        {
          name: 'error-rate',
          ...route.metric,
          'success-condition': 'result < 0.05',
          'failure-condition': 'result >= 0.05',
          interval: '1s',
          count: 3,
          'failure-limit': 0,
          'inconclusive-limit': 3,
        },
      ]),
      environment: 'production',
      token: TOKEN,
    })
    report.load = await load.stop()
    report.phase = rollout.outputs.phase ?? ''
    report.weight = rollout.outputs.weight ?? ''
    return report
  } finally {
    for (const s of started.reverse()) await s.stop().catch(() => undefined)
    if (!options.keep) rmSync(work, { recursive: true, force: true })
  }
}

interface Fleet extends Started {
  /** atomic-deploy inputs that name the hosts and the deploy path. */
  inputs: Record<string, string>
  /** The live release directory on the first host, to run the canary from. */
  live: string
  /** Where each host's `current` points. */
  currents(): string[]
}

/** Three hosts: `local:` directories, or real sshd hosts on loopback reached with a throwaway key. */
async function deployTargets(work: string, real: boolean): Promise<Fleet> {
  if (!real) {
    const hosts = ['web-1', 'web-2', 'web-3'].map((h) => join(work, 'hosts', h))
    for (const h of hosts) mkdirSync(join(h, 'srv'), { recursive: true })
    const inputs = { hosts: hosts.map((h) => `local:${h}`).join('\n'), path: 'srv/greeter' }
    const currents = (): string[] => hosts.map((h) => readLink(join(h, 'srv', 'greeter', 'current')))
    return {
      inputs,
      live: join(hosts[0] as string, 'srv', 'greeter', 'current'),
      currents,
      stop: async () => undefined,
    }
  }
  const fleet = await startSshHosts(3)
  const base = dirname(fleet.hosts[0]?.root as string)
  return {
    inputs: {
      hosts: fleet.hosts.map((h) => h.spec).join('\n'),
      path: `${base}/host{index}/{app}`,
      'ssh-key': fleet.privateKey,
      'known-hosts': fleet.knownHosts,
    },
    live: join(base, 'host1', 'greeter', 'current'), // {index} is 1-based
    currents: () => [1, 2, 3].map((i) => readLink(join(base, `host${i}`, 'greeter', 'current'))),
    stop: () => fleet.stop(),
  }
}

interface Route extends Started {
  url: string
  /** staged-rollout router inputs. */
  inputs: Record<string, string>
  /** The metric's provider for the canary's error rate. */
  metric: Record<string, unknown>
}

/** Weighted routing between the two versions, and where the canary's error rate is read. */
async function routing(
  work: string,
  real: boolean,
  names: { stable: string; canary: string },
  ports: { stable: number; canary: number },
): Promise<Route> {
  mkdirSync(join(work, 'router'), { recursive: true })
  if (!real) {
    const weights = join(work, 'router', 'weights.json')
    writeFileSync(weights, JSON.stringify({ [names.stable]: 100, [names.canary]: 0 }))
    const lb = await startFileLb(weights, { [names.stable]: ports.stable, [names.canary]: ports.canary })
    const metric = {
      provider: { http: { url: `http://127.0.0.1:${ports.canary}/stats?window=1000`, 'json-path': '$.errorRate' } },
    }
    return {
      url: lb.url,
      inputs: { router: 'file', 'router-config': weights, 'router-config-outside-workspace': 'true' },
      metric,
      stop: () => lb.stop(),
    }
  }
  const snippet = join(work, 'router', 'greeter.conf')
  writeFileSync(snippet, `upstream shipline {\n    server 127.0.0.1:${ports.stable};\n}\n`)
  const [nginx, prom] = await Promise.all([
    startNginx({
      config: ({ port }) =>
        `  include ${snippet};\n  server {\n    listen 127.0.0.1:${port};\n    location / { proxy_pass http://shipline; proxy_http_version 1.1; proxy_set_header Connection ""; }\n  }`,
    }),
    startPrometheus({ targets: [`127.0.0.1:${ports.stable}`, `127.0.0.1:${ports.canary}`] }),
  ])
  const rate = (code: string): string => `sum(rate(app_requests_total{version="{{ canary }}"${code}}[3s]))`
  return {
    url: `http://127.0.0.1:${nginx.port}/`,
    inputs: {
      router: 'nginx',
      'router-config': snippet,
      backends: JSON.stringify({
        [names.stable]: `127.0.0.1:${ports.stable}`,
        [names.canary]: `127.0.0.1:${ports.canary}`,
      }),
      'test-command': JSON.stringify(['/usr/sbin/nginx', '-t', '-q', ...nginx.args]),
      'reload-command': JSON.stringify(['/usr/sbin/nginx', ...nginx.args, '-s', 'reload']),
      'probe-url': `http://127.0.0.1:${nginx.port}/`,
    },
    metric: { provider: { prometheus: { address: prom.url, query: `${rate(',code="500"')} / ${rate('')}` } } },
    stop: async () => {
      await Promise.all([nginx.stop(), prom.stop()])
    },
  }
}

function readLink(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return ''
  }
}

async function readReleases(api: string): Promise<PipelineReport['checks']['releases']> {
  const res = await fetch(`${api}/repos/${OWNER}/${REPO}/releases?per_page=100`, {
    headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' },
  })
  const list = (await res.json()) as { tag_name: string; draft: boolean; assets: { name: string }[] }[]
  return list.map((r) => ({ tag: r.tag_name, draft: r.draft, assets: r.assets.map((a) => a.name).sort() }))
}

async function readNpmVersions(registry: string): Promise<string[]> {
  const res = await fetch(`${registry.replace(/\/$/, '')}/@acme%2fgreeter`)
  if (res.status === 404) return []
  return Object.keys(((await res.json()) as { versions?: Record<string, unknown> }).versions ?? {})
}

/** The PRs GitHub would know for the squash-merged commits, with labels, so the changelog can use both sources. */
async function seedPulls(emulator: Emulator, ws: string): Promise<void> {
  const lines = spawnSyncChecked('git', ['log', '--format=%H %s'], ws, process.env).trim().split('\n')
  const pulls = lines.flatMap((line) => {
    const m = /^(\w+) (.*) \(#(\d+)\)$/.exec(line)
    if (!m) return []
    const [, sha, title, number] = m as unknown as [string, string, string, string]
    const label = title.startsWith('feat') ? 'enhancement' : 'bug'
    return [
      {
        number: Number(number),
        title: title.replace(/^\w+(\([^)]*\))?: /, ''),
        labels: [label],
        merged: true,
        merge_commit_sha: sha,
        commits: [sha],
      },
    ]
  })
  await emulator.seed(OWNER, REPO, { pulls })
}

/** The job summaries of every step as one Markdown document. */
export function markdownReport(r: PipelineReport): string {
  const rows = r.steps.map(
    (s) => `| ${s.action} | ${s.exitCode === 0 ? '✅' : '❌'} | ${(s.durationMs / 1000).toFixed(1)} s |`,
  )
  const head = [
    '# Shipline demo',
    '',
    `Version **${r.version || '–'}**; rollout **${r.phase || '–'}** with the canary at **${r.weight || '–'}%**.`,
    '',
    '| step | result | time |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ]
  if (r.load)
    head.push(
      `Steady load during the rollout: ${r.load.requests} requests, ${r.load.ok} ok, ${r.load.status5xx} answered 5xx, ${r.load.failed} failed to connect; by version ${JSON.stringify(r.load.byVersion)}.`,
      '',
    )
  return [...head, ...r.steps.map((s) => `---\n\n<!-- ${s.action} -->\n\n${s.summary}`)].join('\n')
}

/** Write the report where a person can open it. */
export function writeReport(r: PipelineReport, file: string): void {
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, markdownReport(r))
}
