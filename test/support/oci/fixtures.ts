/**
 * Image fixtures made by independent tools: a tiny base image built with `umoci` (an OCI layout), copied by
 * `skopeo` into a `docker save`-style archive and into a registry; helpers to inspect with skopeo, unpack with
 * umoci and run the unpacked entrypoint on loopback.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { freePort, httpRequest, node24, stopChild, track, waitUntil } from '../net.js'
import { requireBinary } from '../servers/common.js'

export const SKOPEO = '/usr/bin/skopeo'
export const UMOCI = '/usr/bin/umoci'

export function tool(bin: string, args: string[], cwd?: string): string {
  return execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 })
}

/** A base image at `<dir>/base` (OCI layout, tag `latest`) with one layer (/etc/base-release) and BASE_IMAGE=tiny in its env. */
export function makeBaseLayout(dir: string): string {
  requireBinary(UMOCI, 'umoci')
  const layout = join(dir, 'base')
  tool(UMOCI, ['init', '--layout', layout])
  tool(UMOCI, ['new', '--image', `${layout}:latest`])
  tool(UMOCI, [
    'config',
    '--image',
    `${layout}:latest`,
    '--os',
    'linux',
    '--architecture',
    'amd64',
    '--config.env',
    'BASE_IMAGE=tiny',
    '--config.env',
    'PATH=/usr/bin:/bin',
    '--config.cmd',
    'sh',
    '--created',
    '2020-01-01T00:00:00Z',
    '--history.created',
    '2020-01-01T00:00:00Z',
  ])
  const root = join(dir, 'base-rootfs')
  mkdirSync(join(root, 'etc'), { recursive: true })
  writeFileSync(join(root, 'etc', 'base-release'), 'tiny base 1\n')
  tool(UMOCI, [
    'insert',
    '--image',
    `${layout}:latest`,
    '--history.created',
    '2020-01-01T00:00:00Z',
    join(root, 'etc'),
    '/etc',
  ])
  return layout
}

/** skopeo copy between transports (`--all` keeps every platform), with optional registry credentials. */
export function skopeoCopy(from: string, to: string, creds?: string): void {
  requireBinary(SKOPEO, 'skopeo')
  tool(SKOPEO, [
    'copy',
    '--all',
    '--quiet',
    '--src-tls-verify=false',
    '--dest-tls-verify=false',
    ...(creds ? ['--src-creds', creds, '--dest-creds', creds] : []),
    from,
    to,
  ])
}

export interface Inspect {
  Digest: string
  Labels: Record<string, string> | null
  Env: string[]
  Layers: string[]
  Architecture: string
  RepoTags: string[]
}

export function skopeoInspect(ref: string, creds?: string): Inspect {
  return JSON.parse(
    tool(SKOPEO, ['inspect', '--tls-verify=false', ...(creds ? ['--creds', creds] : []), ref]),
  ) as Inspect
}

export function skopeoRaw(ref: string, what: 'raw' | 'config', creds?: string): Record<string, unknown> {
  return JSON.parse(
    tool(SKOPEO, ['inspect', '--tls-verify=false', `--${what}`, ...(creds ? ['--creds', creds] : []), ref]),
  ) as Record<string, unknown>
}

/** Unpack an OCI layout image with umoci (rootless); returns the bundle's rootfs and its runtime config. */
export function umociUnpack(
  layout: string,
  tag: string,
  bundle: string,
): { rootfs: string; args: string[]; env: string[]; cwd: string } {
  tool(UMOCI, ['unpack', '--rootless', '--image', `${layout}:${tag}`, bundle])
  const config = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')) as {
    process: { args: string[]; env: string[]; cwd: string }
  }
  return { rootfs: join(bundle, 'rootfs'), ...config.process }
}

/**
 * Run the image's entrypoint from the unpacked rootfs with the host's Node 24 standing in for the image's `node`
 * (the test base has no Node), with the image's env and PORT set to a free port; returns the first answer of GET /.
 */
export async function runFromRootfs(u: {
  rootfs: string
  args: string[]
  env: string[]
  cwd: string
}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const port = await freePort()
  const env = Object.fromEntries(u.env.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
  const [cmd, ...rest] = u.args
  if (cmd !== 'node') throw new Error(`the image's entrypoint is '${u.args.join(' ')}', expected node …`)
  const child = spawn(node24, rest, {
    cwd: join(u.rootfs, u.cwd),
    env: { ...env, PORT: String(port) },
    stdio: 'ignore',
  })
  track(child)
  try {
    return await waitUntil(
      async () => {
        const r = await httpRequest(`http://127.0.0.1:${port}/?name=image`, { timeoutMs: 1_000 }).catch(() => undefined)
        return r && r.status === 200 ? r : undefined
      },
      { what: 'the app unpacked from the image to answer', timeoutMs: 15_000 },
    )
  } finally {
    await stopChild(child)
  }
}

/**
 * A base image that can run the sample app: the Node 24 binary the tests use and the shared libraries it links
 * (from the host, found with ldd), inserted with umoci into `<dir>/node-base` (tag `latest`).
 */
export function makeNodeBaseLayout(dir: string): string {
  const layout = join(dir, 'node-base')
  const root = join(dir, 'node-base-rootfs')
  mkdirSync(join(root, 'usr', 'bin'), { recursive: true })
  cpSync(node24, join(root, 'usr', 'bin', 'node'))
  const libs = tool('ldd', [node24])
    .split('\n')
    .map((l) => /(\/\S+) \(0x/.exec(l)?.[1])
    .filter((p): p is string => p !== undefined)
  for (const lib of libs) {
    mkdirSync(join(root, dirname(lib)), { recursive: true })
    cpSync(realpathSync(lib), join(root, lib))
  }
  mkdirSync(join(root, 'tmp'))
  tool(UMOCI, ['init', '--layout', layout])
  tool(UMOCI, ['new', '--image', `${layout}:latest`])
  tool(UMOCI, [
    'config',
    '--image',
    `${layout}:latest`,
    '--os',
    'linux',
    '--architecture',
    'amd64',
    '--config.env',
    'PATH=/usr/bin:/bin',
    '--created',
    '2020-01-01T00:00:00Z',
    '--history.created',
    '2020-01-01T00:00:00Z',
  ])
  tool(UMOCI, ['insert', '--image', `${layout}:latest`, '--history.created', '2020-01-01T00:00:00Z', root, '/'])
  return layout
}

export const PODMAN = '/usr/bin/podman'
export const RUNC = '/usr/bin/runc'

/**
 * Podman without a daemon, root or systemd: its own storage (vfs) and run dirs in `dir`, cgroupfs, runc (crun
 * refuses this machine's hybrid cgroups), no default ulimits (raising RLIMIT_NOFILE is not permitted here), the
 * host network so the test reaches the app on 127.0.0.1. Returns a function running podman with these settings.
 */
export function podman(dir: string): (args: string[], timeoutMs?: number) => { status: number | null; out: string } {
  requireBinary(PODMAN, 'podman')
  requireBinary(RUNC, 'runc')
  mkdirSync(join(dir, 'root'), { recursive: true })
  mkdirSync(join(dir, 'run'), { recursive: true })
  writeFileSync(join(dir, 'containers.conf'), '[containers]\ndefault_ulimits = []\n')
  const base = [
    '--root',
    join(dir, 'root'),
    '--runroot',
    join(dir, 'run'),
    '--storage-driver',
    'vfs',
    '--cgroup-manager',
    'cgroupfs',
    '--events-backend',
    'file',
    '--runtime',
    RUNC,
  ]
  return (args, timeoutMs = 120_000) => {
    const r = spawnSync(PODMAN, [...base, ...args], {
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, CONTAINERS_CONF: join(dir, 'containers.conf'), TMPDIR: dir },
    })
    return { status: r.status, out: `${r.stdout}${r.stderr}` }
  }
}

/**
 * Make the layout's `latest` image multi-arch: a second manifest for linux/arm64 (umoci config on a copy of the
 * tag), and an image index over both written into the layout as tag `multi`.
 */
export function addMultiArch(layout: string): void {
  tool(UMOCI, [
    'config',
    '--image',
    `${layout}:latest`,
    '--tag',
    'arm',
    '--architecture',
    'arm64',
    '--created',
    '2020-01-01T00:00:00Z',
    '--history.created',
    '2020-01-01T00:00:00Z',
  ])
  const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
    manifests: { digest: string; size: number; mediaType: string; annotations?: Record<string, string> }[]
  }
  const byTag = (tag: string) => {
    const d = index.manifests.find((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag)
    if (!d) throw new Error(`no ${tag} in ${layout}`)
    return d
  }
  const platforms: [string, string][] = [
    ['latest', 'amd64'],
    ['arm', 'arm64'],
  ]
  const multi = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: platforms.map(([tag, architecture]) => ({
        mediaType: byTag(tag).mediaType,
        digest: byTag(tag).digest,
        size: byTag(tag).size,
        platform: { os: 'linux', architecture },
      })),
    }),
  )
  const hex = createHash('sha256').update(multi).digest('hex')
  writeFileSync(join(layout, 'blobs', 'sha256', hex), multi)
  index.manifests.push({
    mediaType: 'application/vnd.oci.image.index.v1+json',
    digest: `sha256:${hex}`,
    size: multi.length,
    annotations: { 'org.opencontainers.image.ref.name': 'multi' },
  })
  writeFileSync(join(layout, 'index.json'), JSON.stringify(index))
}
