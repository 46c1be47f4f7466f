/**
 * publish-release pushing build-package's image to a real OCI registry (Debian's docker-registry, Basic auth) and
 * attaching the .deb to the release on the GitHub emulator. Failure points are injected by a small proxy in front
 * of the registry (a blob upload or a tag PUT that keeps failing); every failure is followed by a re-run that
 * converges, and the registry is checked with skopeo and its own API: never a tag on an incomplete image.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunResult } from '../support/runner/index.js'
import { artifactsOf, errorsOf } from '../support/action-results.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { repoRoot } from '../support/net.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { startOciRegistry, type OciRegistry } from '../support/servers/oci-registry.js'
import { addMultiArch, makeBaseLayout, skopeoCopy, skopeoInspect, skopeoRaw } from '../support/oci/fixtures.js'

let scratch: string
let gh: Emulator
let registry: OciRegistry
const creds = { user: 'ci', password: `pw-${process.pid}-push-secret` }
const credsArg = (): string => `${creds.user}:${creds.password}`
let repoCounter = 0

/** The sample app built by build-package (image on the umoci base, and a .deb) at `version`. */
async function built(
  version: string,
  base = 'oci:base:latest',
): Promise<{ ws: string; artifacts: string; checksums: string; digest: string }> {
  const ws = gitWorkspace(scratch, 'ws', join(repoRoot, 'examples', 'sample-app'), {
    extra: { base: join(scratch, 'fixtures', 'base') },
    message: 'sample',
  })
  const r = await runAction('build-package', {
    workspace: ws,
    inputs: {
      'out-dir': 'out',
      version,
      skip: 'install, lint, compile, test',
      'npm-pack': 'false',
      image: `base: ${base}\nfiles: [src, package.json]\nentrypoint: node src/server.js`,
      deb: 'files: [/usr/lib/greeter=src]\nmaintainer: Acme Ops <ops@acme.example>',
    },
    timeoutMs: 120_000,
  })
  if (r.exitCode !== 0) throw new Error(`build-package failed: ${r.stdout}\n${r.stderr}`)
  const artifacts = r.outputs.artifacts ?? '[]'
  const digest = artifactsOf(r).find((a) => a.kind === 'image')?.digest ?? ''
  return { ws, artifacts, checksums: r.outputs.checksums ?? '', digest }
}

let app: Awaited<ReturnType<typeof built>>

const publish = async (
  host: string,
  repository: string,
  extra: Record<string, string> = {},
  b = app,
): Promise<RunResult & { owner: string; repo: string }> => {
  const { owner, repo } = await gh.repo()
  const r = await runAction('publish-release', {
    workspace: b.ws,
    repository: `${owner}/${repo}`,
    token: 'test-token',
    secrets: [creds.password],
    inputs: {
      tag: 'v1.4.0',
      artifacts: b.artifacts,
      checksums: b.checksums,
      'image-repository': `${host}/${repository}`,
      'image-tags': 'major, minor, latest',
      'image-username': creds.user,
      'image-password': creds.password,
      ...extra,
    },
    env: { GITHUB_API_URL: gh.url },
    timeoutMs: 90_000,
  })
  return Object.assign(r, { owner, repo })
}

const auth = (): string => `Basic ${Buffer.from(credsArg()).toString('base64')}`
async function tagsOf(repository: string): Promise<string[]> {
  const res = await fetch(`${registry.url}/v2/${repository}/tags/list`, { headers: { authorization: auth() } })
  if (res.status === 404) return []
  return (((await res.json()) as { tags?: string[] | null }).tags ?? []).sort()
}
async function manifestExists(repository: string, ref: string): Promise<boolean> {
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${ref}`, {
    method: 'HEAD',
    headers: { authorization: auth(), accept: 'application/vnd.oci.image.manifest.v1+json' },
  })
  return res.status === 200
}

/**
 * A proxy in front of the registry that answers 500 to the requests `fail` picks (every time), or never answers
 * those `hang` picks (`hung` resolves when the first one arrives).
 */
async function faultyProxy(
  fail: (method: string, url: string) => boolean,
  hang?: (method: string, url: string) => boolean,
): Promise<{ host: string; failures: () => number; hung: Promise<void>; close: () => Promise<void> }> {
  let failures = 0
  let onHang: () => void = () => {}
  const hung = new Promise<void>((ok) => (onHang = ok))
  const server: Server = createServer((req, res) => {
    if (hang?.(req.method ?? '', req.url ?? '')) {
      onHang()
      req.resume()
      return
    }
    if (fail(req.method ?? '', req.url ?? '')) {
      failures++
      req.resume()
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end('{"errors":[{"code":"UNKNOWN","message":"injected failure"}]}')
      return
    }
    const up = request(
      { host: '127.0.0.1', port: registry.port, method: req.method, path: req.url, headers: req.headers },
      (r) => {
        const headers = { ...r.headers }
        if (typeof headers.location === 'string')
          headers.location = headers.location.replace(
            registry.host,
            `127.0.0.1:${(server.address() as { port: number }).port}`,
          )
        res.writeHead(r.statusCode ?? 502, headers)
        r.pipe(res)
      },
    )
    up.on('error', () => res.destroy())
    req.pipe(up)
  })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return {
    host: `127.0.0.1:${(server.address() as { port: number }).port}`,
    failures: () => failures,
    hung,
    close: () => {
      server.closeAllConnections()
      return new Promise((ok) => server.close(() => ok()))
    },
  }
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'pr-image-'))
  mkdirSync(join(scratch, 'fixtures'))
  addMultiArch(makeBaseLayout(join(scratch, 'fixtures')))
  ;[gh, registry] = await Promise.all([startEmulator(), startOciRegistry({ auth: creds })])
  app = await built('1.4.0')
}, 120_000)
afterAll(async () => {
  await Promise.all([gh?.stop(), registry?.stop()])
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('publish-release: the image to a registry, the .deb to the release', () => {
  test('pushes, tags 1.4.0, 1.4, 1 and latest after verifying, attaches the .deb but not the image; a re-run uploads nothing', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    const r = await publish(registry.host, repository)
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(r.outputs['image-digest']).toBe(app.digest)
    expect(JSON.parse(r.outputs['image-refs'] ?? '[]')).toEqual(
      ['1.4.0', '1', '1.4', 'latest'].map((t) => `${registry.host}/${repository}:${t}`),
    )
    expect(await tagsOf(repository)).toEqual(['1', '1.4', '1.4.0', 'latest'])
    const inspect = skopeoInspect(`docker://${registry.host}/${repository}:1.4.0`, credsArg())
    expect(inspect.Digest).toBe(app.digest)
    expect(inspect.Labels?.['org.opencontainers.image.version']).toBe('1.4.0')
    const state = await gh.state(r.owner, r.repo)
    const names = (state.releases[0].assets as { name: string }[]).map((a) => a.name).sort()
    expect(names).toEqual(['SHA256SUMS', 'acme-greeter-1.4.0.meta.json', 'acme-greeter_1.4.0_all.deb'])
    expect(r.summary).toMatch(
      /\| image 127\.0\.0\.1:\d+\/acme\/greeter-\d+@sha256:[a-f0-9]{64} \| verified \| 3 blobs uploaded, 0 already there \|/,
    )
    expect(r.leakedSecrets).toEqual([])
    expect(r.masks).toEqual(expect.arrayContaining([creds.password, Buffer.from(credsArg()).toString('base64')])) // the Basic header value is masked too

    const again = await publish(registry.host, repository)
    expect(errorsOf(again)).toBe('')
    expect(again.summary).toContain('0 blobs uploaded, 3 already there')
    expect(again.summary).toMatch(/\| image [^|]+:latest \| unchanged \| already points at this image \|/)
  })

  test('a blob upload that keeps failing: no tag exists, nothing on GitHub; the re-run converges and skips the blobs already there', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    let puts = 0
    const proxy = await faultyProxy((method, url) => method === 'PUT' && url.includes('/blobs/uploads/') && ++puts > 1)
    try {
      const r = await publish(proxy.host, repository)
      expect(r.exitCode).toBe(1)
      expect(errorsOf(r)).toMatch(/upload blob sha256:[a-f0-9]{64} failed \(HTTP 500\): UNKNOWN: injected failure/)
      expect(proxy.failures()).toBeGreaterThan(1) // retried, bounded
      expect(await tagsOf(repository)).toEqual([])
      expect(await manifestExists(repository, app.digest)).toBe(false)
      expect((await gh.state(r.owner, r.repo)).releases).toEqual([])
    } finally {
      await proxy.close()
    }
    const again = await publish(registry.host, repository)
    expect(errorsOf(again)).toBe('')
    expect(again.summary).toContain('2 blobs uploaded, 1 already there')
    expect(await tagsOf(repository)).toEqual(['1', '1.4', '1.4.0', 'latest'])
    expect(skopeoInspect(`docker://${registry.host}/${repository}:latest`, credsArg()).Digest).toBe(app.digest)
  })

  test('killed (SIGKILL) in the middle of a blob upload: no tag, no release; the re-run converges', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    let puts = 0
    const proxy = await faultyProxy(
      () => false,
      (method, url) => method === 'PUT' && url.includes('/blobs/uploads/') && ++puts === 2,
    )
    const { owner, repo } = await gh.repo()
    const spawned = spawnAction('publish-release', {
      workspace: app.ws,
      repository: `${owner}/${repo}`,
      token: 'test-token',
      secrets: [creds.password],
      allowFileCommandErrors: true,
      inputs: {
        tag: 'v1.4.0',
        artifacts: app.artifacts,
        checksums: app.checksums,
        'image-repository': `${proxy.host}/${repository}`,
        'image-username': creds.user,
        'image-password': creds.password,
      },
      env: { GITHUB_API_URL: gh.url },
      timeoutMs: 60_000,
    })
    try {
      await proxy.hung
      spawned.child.kill('SIGKILL')
      const killed = await spawned.result
      expect(killed.signal).toBe('SIGKILL')
    } finally {
      await proxy.close()
    }
    expect(await tagsOf(repository)).toEqual([])
    expect((await gh.state(owner, repo)).releases).toEqual([])
    const again = await publish(registry.host, repository)
    expect(errorsOf(again)).toBe('')
    expect(await tagsOf(repository)).toEqual(['1', '1.4', '1.4.0', 'latest'])
    expect(skopeoInspect(`docker://${registry.host}/${repository}:1.4.0`, credsArg()).Digest).toBe(app.digest)
  })

  test('tagging that keeps failing: the image is there by digest but untagged; the re-run adds the tags', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    const proxy = await faultyProxy((method, url) => method === 'PUT' && /\/manifests\/(?!sha256:)/.test(url))
    try {
      const r = await publish(proxy.host, repository)
      expect(r.exitCode).toBe(1)
      expect(errorsOf(r)).toMatch(/PUT manifest acme\/greeter-\d+:1\.4\.0 failed \(HTTP 500\)/)
      expect(await manifestExists(repository, app.digest)).toBe(true)
      expect(await tagsOf(repository)).toEqual([])
    } finally {
      await proxy.close()
    }
    const again = await publish(registry.host, repository)
    expect(errorsOf(again)).toBe('')
    expect(again.summary).toContain('0 blobs uploaded, 3 already there')
    expect(await tagsOf(repository)).toEqual(['1', '1.4', '1.4.0', 'latest'])
  })

  test('the version tag on a different image is a conflict: nothing is pushed or released; latest on a higher version is kept', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    skopeoCopy(
      `oci:${join(scratch, 'fixtures', 'base')}:latest`,
      `docker://${registry.host}/${repository}:1.4.0`,
      credsArg(),
    )
    const r = await publish(registry.host, repository)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(
      /tag 1\.4\.0 already points at a different image \(sha256:[a-f0-9]{64}\); set overwrite: true to replace it/,
    )
    expect(await tagsOf(repository)).toEqual(['1.4.0'])
    expect((await gh.state(r.owner, r.repo)).releases).toEqual([])

    const newer = await built('9.0.0')
    const other = `acme/greeter-${++repoCounter}`
    await publish(registry.host, other, { tag: 'v9.0.0' }, newer)
    const old = await publish(registry.host, other)
    expect(errorsOf(old)).toBe('')
    expect(old.summary).toMatch(/\| image [^|]+:latest \| keep \| points at the higher version 9\.0\.0 \|/)
    expect(skopeoInspect(`docker://${registry.host}/${other}:latest`, credsArg()).Digest).toBe(newer.digest)
    expect(skopeoInspect(`docker://${registry.host}/${other}:1.4.0`, credsArg()).Digest).toBe(app.digest)
  }, 120_000)

  test('a multi-arch base gives a multi-arch image: an index over linux/amd64 and linux/arm64, pushed whole and read back per platform', async () => {
    const multi = await built('1.4.0', 'oci:base:multi')
    const repository = `acme/greeter-${++repoCounter}`
    const r = await publish(registry.host, repository, {}, multi)
    expect(errorsOf(r)).toBe('')
    const ref = `docker://${registry.host}/${repository}:1.4.0`
    const index = skopeoRaw(ref, 'raw', credsArg()) as {
      mediaType: string
      manifests: { digest: string; platform: { architecture: string } }[]
    }
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64'])
    expect(r.outputs['image-digest']).toBe(multi.digest)
    for (const arch of ['amd64', 'arm64']) {
      const inspect = JSON.parse(
        execFileSync('skopeo', ['inspect', '--tls-verify=false', '--creds', credsArg(), '--override-arch', arch, ref], {
          encoding: 'utf8',
        }),
      ) as { Architecture: string; Layers: string[]; Labels: Record<string, string> }
      expect(inspect.Architecture).toBe(arch)
      expect(inspect.Layers).toHaveLength(2)
      expect(inspect.Labels['org.opencontainers.image.version']).toBe('1.4.0')
    }
  }, 120_000)

  test('dry-run: looks at the registry and shows the tag plan, pushes nothing', async () => {
    const repository = `acme/greeter-${++repoCounter}`
    const r = await publish(registry.host, repository, { 'dry-run': 'true' })
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toContain('### Image')
    expect(r.summary).toMatch(/\| image [^|]+:1\.4\.0 \| will create \| new tag \|/)
    expect(await tagsOf(repository)).toEqual([])
    expect(await manifestExists(repository, app.digest)).toBe(false)
  })

  test.each([
    [
      'a tag in image-repository',
      { 'image-repository': '127.0.0.1:5000/acme/web:1' },
      /^Input 'image-repository': '127\.0\.0\.1:5000\/acme\/web:1' names a tag or digest/,
    ],
    [
      'an unknown extra tag',
      { 'image-tags': 'major, stable' },
      /^Input 'image-tags': 'stable' is not one of major, minor, latest/,
    ],
    [
      'a user without a password',
      { 'image-password': '' },
      /^Input 'image-password': '' is empty: give both image-username and image-password, or neither/,
    ],
  ])('bad input: %s', async (_name, inputs, message) => {
    const r = await publish(registry.host, 'acme/never', inputs)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(message)
    expect(await tagsOf('acme/never')).toEqual([])
  })

  test('an image whose version label disagrees with the release is refused before anything changes', async () => {
    const r = await publish(registry.host, 'acme/never', { tag: 'v1.5.0' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(/the image is labelled version 1\.4\.0, but this release is 1\.5\.0/)
    expect((await gh.state(r.owner, r.repo)).releases).toEqual([])
  })
})
