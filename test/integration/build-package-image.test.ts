/**
 * build-package's OCI image and Debian package, bundled, through the runner harness, on the sample app. Bases are
 * made by independent tools (umoci, skopeo) and served by a real registry (Debian's docker-registry); the outputs
 * are checked with skopeo, umoci, dpkg-deb and lintian, and the app is run from the unpacked image.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { artifactsOf, errorsOf, fileSha256, type ArtifactOut } from '../support/action-results.js'
import { gitWorkspace, sh } from '../support/git-workspace.js'
import { freePort, httpRequest, repoRoot, waitUntil } from '../support/net.js'
import { startOciRegistry, type OciRegistry } from '../support/servers/oci-registry.js'
import {
  addMultiArch,
  makeBaseLayout,
  makeNodeBaseLayout,
  podman,
  runFromRootfs,
  skopeoCopy,
  skopeoInspect,
  skopeoRaw,
  umociUnpack,
} from '../support/oci/fixtures.js'

let scratch: string
let registry: OciRegistry
const creds = { user: 'ci', password: `pw-${process.pid}-registry-secret` }

const IMAGE = [
  'base: oci:base:latest',
  'files: [src, package.json]',
  'entrypoint: node src/server.js',
  'env: { APP_VERSION: "1.4.0", PORT: "8080" }',
  'ports: [8080]',
  'user: "1000:1000"',
  'labels: { com.example.team: web }',
].join('\n')
const DEB = [
  'files:',
  '  - /usr/lib/greeter=src',
  '  - /usr/lib/greeter=package.json',
  'maintainer: Acme Ops <ops@acme.example>',
  'depends: nodejs (>= 18)',
  'scripts: { postinst: scripts/postinst }',
].join('\n')

/** The sample app with a base layout and a postinst, committed at a fixed time in a fresh git repository. */
function workspace(label: string): string {
  return gitWorkspace(scratch, label, join(repoRoot, 'examples', 'sample-app'), {
    extra: { base: join(scratch, 'fixtures', 'base'), 'base-docker.tar': join(scratch, 'fixtures', 'base-docker.tar') },
    edit: (ws) => writeFileSync(join(ws, 'scripts', 'postinst'), '#!/bin/sh\nset -e\nexit 0\n', { mode: 0o755 }),
    message: 'sample',
  })
}

const build = (
  ws: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  secrets: string[] = [],
): Promise<RunResult> =>
  runAction('build-package', {
    workspace: ws,
    inputs: {
      'out-dir': 'out',
      version: '1.4.0',
      skip: 'install, lint, compile, test',
      'npm-pack': 'false',
      ...inputs,
    },
    env,
    secrets,
    timeoutMs: 120_000,
  })
const ofKind = (r: RunResult, kind: string): ArtifactOut => {
  const a = artifactsOf(r).find((x) => x.kind === kind)
  if (!a) throw new Error(`no ${kind} artifact in ${r.outputs.artifacts}\n${errorsOf(r)}\n${r.stderr}`)
  return a
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'bp-image-'))
  registry = await startOciRegistry({ auth: creds })
  const fixtures = join(scratch, 'fixtures')
  mkdirSync(fixtures)
  const layout = makeBaseLayout(fixtures)
  skopeoCopy(`oci:${layout}:latest`, `docker-archive:${join(fixtures, 'base-docker.tar')}:tiny/base:1`)
  skopeoCopy(`oci:${layout}:latest`, `docker://${registry.host}/tiny/base:1`, `${creds.user}:${creds.password}`)
  addMultiArch(layout)
  skopeoCopy(`oci:${layout}:multi`, `docker://${registry.host}/tiny/multi:1`, `${creds.user}:${creds.password}`)
}, 60_000)
afterAll(async () => {
  await registry?.stop()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('build-package: an OCI image of the sample app', () => {
  let ws: string
  let r: RunResult
  let image: ArtifactOut

  beforeAll(async () => {
    ws = workspace('image')
    r = await build(ws, { image: IMAGE, deb: DEB })
    image = ofKind(r, 'image')
  }, 120_000)

  test('is an artifact of kind image with its manifest digest, in SHA256SUMS and in the meta-package manifest', () => {
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    expect(image.path).toBe(join(ws, 'out', 'acme-greeter-1.4.0.oci.tar'))
    expect(image.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(r.outputs['image-digest']).toBe(image.digest)
    expect(sh('sha256sum', ['-c', 'SHA256SUMS'], join(ws, 'out'))).toContain('acme-greeter-1.4.0.oci.tar: OK')
    const manifest = JSON.parse(readFileSync(join(ws, 'out', 'acme-greeter-1.4.0.meta.json'), 'utf8')) as {
      parts: ArtifactOut[]
    }
    expect(manifest.parts.find((p) => p.kind === 'image')).toMatchObject({
      file: 'acme-greeter-1.4.0.oci.tar',
      sha256: image.sha256,
      digest: image.digest,
    })
    expect(manifest.parts.find((p) => p.kind === 'deb')).toMatchObject({
      file: 'acme-greeter_1.4.0_all.deb',
      sha256: ofKind(r, 'deb').sha256,
    })
    expect(r.groups).toContain('package: OCI image on oci:base:latest')
    expect(r.summary).toContain(`| \`acme-greeter-1.4.0.oci.tar\` | image |`)
    expect(r.summary).toContain(`digest \`${image.digest}\``)
  })

  test('skopeo reads it: same digest, the base layer then ours, config and org.opencontainers labels from the inputs and the commit', () => {
    const ref = `oci-archive:${image.path}`
    const inspect = skopeoInspect(ref)
    expect(inspect.Digest).toBe(image.digest)
    const base = skopeoInspect(`oci:${join(ws, 'base')}:latest`)
    expect(inspect.Layers).toHaveLength(2)
    expect(inspect.Layers[0]).toBe(base.Layers[0])
    expect(inspect.Env).toEqual(['BASE_IMAGE=tiny', 'PATH=/usr/bin:/bin', 'APP_VERSION=1.4.0', 'PORT=8080']) // the base's, then ours
    expect(inspect.Labels).toMatchObject({
      'org.opencontainers.image.version': '1.4.0',
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.title': '@acme/greeter',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.base.name': 'oci:base:latest',
      'org.opencontainers.image.base.digest': base.Digest,
      'com.example.team': 'web',
    })
    expect(inspect.Labels?.['org.opencontainers.image.revision']).toMatch(/^[0-9a-f]{40}$/)
    const config = skopeoRaw(ref, 'config') as { created: string; config: Record<string, unknown> }
    expect(config.created).toBe('2024-05-01T12:00:00Z')
    expect(config.config).toMatchObject({
      Entrypoint: ['node', 'src/server.js'],
      User: '1000:1000',
      WorkingDir: '/app',
      ExposedPorts: { '8080/tcp': {} },
    })
    expect(config.config.Cmd).toBeUndefined() // an entrypoint resets the base's cmd, as in a Dockerfile
  })

  test('umoci unpacks it, and the app runs from the rootfs and answers over loopback', async () => {
    const layout = join(scratch, 'unpacked-layout')
    mkdirSync(layout)
    sh('tar', ['-xf', image.path, '-C', layout], scratch)
    const u = umociUnpack(layout, '1.4.0', join(scratch, 'bundle'))
    expect(readFileSync(join(u.rootfs, 'etc', 'base-release'), 'utf8')).toBe('tiny base 1\n')
    expect(readdirSync(join(u.rootfs, 'app')).sort()).toEqual(['package.json', 'src'])
    expect(u.cwd).toBe('/app')
    const res = await runFromRootfs(u)
    expect(JSON.parse(res.body)).toEqual({ message: 'Hello, image!', version: '1.4.0' })
    expect(res.headers['x-version']).toBe('1.4.0')
  })

  test('the layer is normalized: sorted, root-owned, fixed modes, mtime = commit time', () => {
    const layout = join(scratch, 'layer-check')
    mkdirSync(layout)
    sh('tar', ['-xf', image.path, '-C', layout], scratch)
    const manifest = JSON.parse(
      readFileSync(join(layout, 'blobs', 'sha256', image.digest?.slice(7) ?? ''), 'utf8'),
    ) as { layers: { digest: string }[] }
    const layer = join(layout, 'blobs', 'sha256', manifest.layers[1]?.digest.slice(7) ?? '')
    const listing = sh('tar', ['-tvzf', layer, '--numeric-owner', '--full-time'], scratch).trim().split('\n')
    expect(listing).toEqual([
      'drwxr-xr-x 0/0               0 2024-05-01 12:00:00 app/',
      expect.stringMatching(/^-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00:00 app\/package\.json$/),
      'drwxr-xr-x 0/0               0 2024-05-01 12:00:00 app/src/',
      expect.stringMatching(/^-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00:00 app\/src\/flags\.js$/),
      expect.stringMatching(/^-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00:00 app\/src\/index\.js$/),
      expect.stringMatching(/^-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00:00 app\/src\/server\.js$/),
    ])
  })

  test('the .deb: dpkg-deb -I and -c show the control data and the mapped files; lintian finds no error', () => {
    const deb = ofKind(r, 'deb')
    expect(deb.path).toBe(join(ws, 'out', 'acme-greeter_1.4.0_all.deb'))
    const info = sh('dpkg-deb', ['-I', deb.path], scratch)
    expect(info).toContain(' Package: acme-greeter\n')
    expect(info).toContain(' Version: 1.4.0\n')
    expect(info).toContain(' Depends: nodejs (>= 18)\n')
    expect(info).toContain(' Maintainer: Acme Ops <ops@acme.example>\n')
    expect(info).toMatch(/\*\s+postinst\s+#!\/bin\/sh/)
    const files = sh('dpkg-deb', ['-c', deb.path], scratch)
    expect(files).toMatch(/-rw-r--r-- 0\/0 +\d+ 2024-05-01 12:00 \.\/usr\/lib\/greeter\/src\/server\.js/)
    expect(files).toContain('./usr/share/doc/acme-greeter/copyright')
    const lintian = execFileSync('lintian', ['--tag-display-limit', '0', deb.path], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(lintian.split('\n').filter((l) => /^E: /.test(l))).toEqual([])
  })
})

describe('build-package: reproducible images and .deb', () => {
  test('a second build from a clean clone (other path, other file times) gives the same image digest and the same bytes', async () => {
    const first = workspace('repro-a')
    const clone = mkdtempSync(join(scratch, 'repro-b-'))
    sh('git', ['clone', '-q', first, clone], scratch)
    for (const f of ['src/server.js', 'src/index.js', 'package.json'])
      utimesSync(join(clone, f), new Date('2031-01-01'), new Date('2031-01-01'))
    const [a, b] = await Promise.all([
      build(first, { image: IMAGE, deb: DEB }),
      build(clone, { image: IMAGE, deb: DEB }),
    ])
    expect(errorsOf(a) + errorsOf(b)).toBe('')
    expect(ofKind(a, 'image').digest).toBe(ofKind(b, 'image').digest)
    expect(ofKind(a, 'image').sha256).toBe(ofKind(b, 'image').sha256)
    expect(fileSha256(ofKind(a, 'deb').path)).toBe(fileSha256(ofKind(b, 'deb').path))
    expect(readFileSync(join(first, 'out', 'SHA256SUMS'), 'utf8')).toBe(
      readFileSync(join(clone, 'out', 'SHA256SUMS'), 'utf8'),
    )
  }, 120_000)
})

describe('build-package: image bases', () => {
  let ws: string
  beforeAll(() => {
    ws = workspace('bases')
  })
  const withBase = (base: string): string => IMAGE.replace('base: oci:base:latest', `base: ${base}`)

  test('a docker save tarball (made by skopeo), a registry (pulled with credentials) and a local layout give the same base layer', async () => {
    const ref = `${registry.host}/tiny/base:1`
    const local = await build(ws, { image: IMAGE, 'out-dir': 'out-local' })
    const docker = await build(ws, { image: withBase('docker-archive:base-docker.tar'), 'out-dir': 'out-docker' })
    const pulled = await build(
      ws,
      { image: withBase(`docker://${ref}`), 'out-dir': 'out-registry' },
      { SHIPLINE_REGISTRY_USERNAME: creds.user, SHIPLINE_REGISTRY_PASSWORD: creds.password },
      [creds.password],
    )
    for (const r of [local, docker, pulled]) expect(errorsOf(r)).toBe('')
    const layers = [local, docker, pulled].map((r) => skopeoInspect(`oci-archive:${ofKind(r, 'image').path}`))
    expect(layers[1]?.Layers).toHaveLength(2)
    expect(layers[2]?.Layers).toEqual(layers[0]?.Layers)
    expect(layers[1]?.Layers[1]).toBe(layers[0]?.Layers[1]) // our layer is the same whatever the base
    expect(layers[2]?.Labels?.['org.opencontainers.image.base.name']).toBe(ref)
    expect(pulled.leakedSecrets).toEqual([])
  }, 120_000)

  test('a multi-arch registry base filtered by platforms: only that platform is pulled and built', async () => {
    const env = { SHIPLINE_REGISTRY_USERNAME: creds.user, SHIPLINE_REGISTRY_PASSWORD: creds.password }
    const r = await build(
      ws,
      { image: `${withBase(`${registry.host}/tiny/multi:1`)}\nplatforms: [linux/arm64]`, 'out-dir': 'out-arm' },
      env,
      [creds.password],
    )
    expect(errorsOf(r)).toBe('')
    const raw = skopeoRaw(`oci-archive:${ofKind(r, 'image').path}`, 'raw') as { mediaType: string }
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    expect(skopeoInspect(`oci-archive:${ofKind(r, 'image').path}`).Architecture).toBe('arm64')
    const both = await build(ws, { image: withBase(`${registry.host}/tiny/multi:1`), 'out-dir': 'out-multi' }, env, [
      creds.password,
    ])
    const index = skopeoRaw(`oci-archive:${ofKind(both, 'image').path}`, 'raw') as {
      manifests: { platform: { architecture: string } }[]
    }
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64'])
  })

  test('scratch: only the app layer, for the platforms asked', async () => {
    const r = await build(ws, {
      image: withBase('scratch').replace(
        'files: [src, package.json]',
        'files: [src, package.json]\nplatforms: [linux/amd64, linux/arm64]',
      ),
      'out-dir': 'out-scratch',
    })
    expect(errorsOf(r)).toBe('')
    const index = skopeoRaw(`oci-archive:${ofKind(r, 'image').path}`, 'raw') as {
      mediaType: string
      manifests: { platform: { architecture: string } }[]
    }
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64'])
  })

  test('a registry base without credentials is refused with the registry named', async () => {
    const r = await build(ws, { image: withBase(`${registry.host}/tiny/base:1`), 'out-dir': 'out-noauth' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(/asks for a user name and password/)
    expect(existsSync(join(ws, 'out-noauth'))).toBe(false)
  })
})

describe('build-package: bad image and deb inputs fail clearly and write nothing', () => {
  let ws: string
  beforeAll(() => {
    ws = workspace('bad')
    // Hostile base archives: an entry climbing out with '..', and a symlink pointing outside the archive.
    const py = [
      'import io, sys, tarfile',
      'def add(t, name, data=b"x", link=None):',
      '    i = tarfile.TarInfo(name)',
      '    if link: i.type, i.linkname = tarfile.SYMTYPE, link',
      '    else: i.size = len(data)',
      '    t.addfile(i, None if link else io.BytesIO(data))',
      'with tarfile.open(sys.argv[1], "w") as t: add(t, "../../escaped-by-base.txt")',
      'with tarfile.open(sys.argv[2], "w") as t: add(t, "manifest.json", link="/etc/passwd")',
    ].join('\n')
    sh('python3', ['-c', py, join(ws, 'climb.tar'), join(ws, 'link.tar')], ws)
  })
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'unknown key',
      { image: 'base: scratch\nentrypiont: node' },
      /^Input 'image': 'entrypiont' is not a known key \(base, files/,
    ],
    [
      'base outside the workspace',
      { image: 'base: oci:../elsewhere' },
      /^Input 'image': '\.\.\/elsewhere' escapes the working directory/,
    ],
    [
      'missing base archive',
      { image: 'base: oci-archive:nope.tar' },
      /^Input 'image': 'base: oci-archive:nope\.tar' names 'nope\.tar', which does not exist/,
    ],
    [
      'base that is not an image',
      { image: 'base: oci:src' },
      /^Base image 'oci:src' cannot be used: oci-layout is missing/,
    ],
    ['bad port', { image: 'base: scratch\nports: [99999]' }, /^Input 'image': 'ports: 99999' is not a port/],
    [
      'shell syntax in the entrypoint',
      { image: 'base: scratch\nentrypoint: node a.js && rm -rf /' },
      /^Input 'image': 'entrypoint: node a\.js && rm -rf \/' .*no shell syntax/,
    ],
    [
      'a base archive with an entry climbing out',
      { image: 'base: docker-archive:climb.tar' },
      /^Base image 'docker-archive:climb\.tar' cannot be used: the archive cannot be extracted safely: TAR_ENTRY_ERROR: path contains '\.\.'/,
    ],
    [
      'a base archive with a symlink out of it',
      { image: 'base: docker-archive:link.tar' },
      /^Base image 'docker-archive:link\.tar' cannot be used: the archive holds an entry that is not a file or directory: manifest\.json \(SymbolicLink -> \/etc\/passwd\)/,
    ],
    [
      'deb without maintainer (package.json has no author)',
      { deb: 'files: [/usr/lib/greeter=src]' },
      /^Input 'deb': 'maintainer' is missing/,
    ],
    [
      'deb destination with ..',
      { deb: 'files: [/usr/../etc=src]\nmaintainer: A B <a@b.c>' },
      /^Input 'deb': 'files: \/usr\/\.\.\/etc=src' has a destination/,
    ],
  ]
  test.each(cases)('%s', async (_name, inputs, message) => {
    const r = await build(ws, inputs)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toMatch(message)
    expect(existsSync(join(ws, 'out'))).toBe(false)
    expect(existsSync(join(ws, '..', 'escaped-by-base.txt'))).toBe(false)
    expect(existsSync(join(scratch, 'escaped-by-base.txt'))).toBe(false)
  })
})

describe('build-package: the image runs in podman', () => {
  test('on a Node base (made with umoci), podman runs the image and the app answers over loopback', async () => {
    const ws = workspace('podman')
    makeNodeBaseLayout(ws)
    const r = await build(ws, { image: IMAGE.replace('base: oci:base:latest', 'base: oci:node-base:latest') })
    expect(errorsOf(r)).toBe('')
    const image = ofKind(r, 'image')
    const run = podman(mkdtempSync(join(scratch, 'podman-')))
    const port = await freePort()
    const name = `shipline-test-${process.pid}`
    const started = run([
      'run',
      '-d',
      '--name',
      name,
      '--network',
      'host',
      '-e',
      `PORT=${port}`,
      `oci-archive:${image.path}`,
    ])
    expect(started.out).not.toMatch(/Error/)
    try {
      const res = await waitUntil(
        async () => {
          const got = await httpRequest(`http://127.0.0.1:${port}/?name=podman`, { timeoutMs: 1_000 }).catch(
            () => undefined,
          )
          return got?.status === 200 ? got : undefined
        },
        { what: 'the app in podman to answer', timeoutMs: 30_000, detail: () => run(['logs', name]).out },
      )
      expect(JSON.parse(res.body)).toEqual({ message: 'Hello, podman!', version: '1.4.0' })
      expect(run(['inspect', '--format', '{{.Config.User}} {{.Config.WorkingDir}}', name]).out.trim()).toBe(
        '1000:1000 /app',
      )
    } finally {
      run(['rm', '-f', '-t', '2', name], 60_000)
    }
  }, 180_000)
})
