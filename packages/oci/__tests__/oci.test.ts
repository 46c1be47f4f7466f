import { describe, expect, test } from '@jest/globals'
import {
  imageConfig,
  imageIndex,
  imageManifest,
  jsonBlob,
  layoutIndex,
  mergeEnv,
  MEDIA,
  ociLabels,
  parseBaseSpec,
  parseChallenge,
  parsePlatform,
  parseReference,
  planTags,
  registryUrl,
  runConfig,
  versionTags,
  type ImageConfig,
  type ImageSettings,
} from '../src/index.js'

const settings: ImageSettings = {
  workdir: '/app',
  env: { PORT: '8080' },
  ports: ['8080'],
  labels: { team: 'web' },
  entrypoint: ['node', 'server.js'],
}
const layer = {
  descriptor: { mediaType: MEDIA.layerGzip, digest: `sha256:${'a'.repeat(64)}`, size: 10 },
  diffId: `sha256:${'b'.repeat(64)}`,
}
const origin = { version: '1.2.3', epoch: 1714564800, revision: 'abc', source: 'https://github.com/acme/web' }
const base: ImageConfig = {
  architecture: 'arm64',
  os: 'linux',
  created: '2020-01-01T00:00:00Z',
  container_config: { x: 1 },
  config: { Env: ['PATH=/bin', 'PORT=1'], Cmd: ['sh'], Labels: { team: 'base', z: '1' } },
  rootfs: { type: 'layers', diff_ids: [`sha256:${'c'.repeat(64)}`] },
  history: [{ created_by: 'base' }],
}

describe('references', () => {
  test.each([
    ['127.0.0.1:5000/acme/web:1.2.3', { registry: '127.0.0.1:5000', repository: 'acme/web', tag: '1.2.3' }],
    ['ghcr.io/acme/web', { registry: 'ghcr.io', repository: 'acme/web', tag: 'latest' }],
    ['node:24', { registry: 'registry-1.docker.io', repository: 'library/node', tag: '24' }],
    [
      `localhost/x@sha256:${'d'.repeat(64)}`,
      { registry: 'localhost', repository: 'x', digest: `sha256:${'d'.repeat(64)}` },
    ],
  ])('%s', (text, want) => expect(parseReference(text)).toEqual(want))

  test.each(['', 'ACME/Web', 'a b', 'host/x@sha256:12', 'host/x:-bad'])('refuses %j', (text) =>
    expect(() => parseReference(text)).toThrow(/is not|has a/),
  )

  test('base specs', () => {
    expect(parseBaseSpec('scratch')).toEqual({ kind: 'scratch' })
    expect(parseBaseSpec('oci:base:latest')).toEqual({ kind: 'oci', path: 'base', ref: 'latest' })
    expect(parseBaseSpec('oci-archive:b.tar')).toEqual({ kind: 'oci-archive', path: 'b.tar' })
    expect(parseBaseSpec('docker-archive:b.tar')).toEqual({ kind: 'docker-archive', path: 'b.tar' })
    expect(parseBaseSpec('docker://ghcr.io/a/b:1')).toMatchObject({
      kind: 'registry',
      ref: { registry: 'ghcr.io', repository: 'a/b', tag: '1' },
    })
    expect(() => parseBaseSpec('ftp://x')).toThrow(/is not a base image/)
  })

  test('http only for loopback registries', () => {
    expect(registryUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000')
    expect(registryUrl('localhost:5000')).toBe('http://localhost:5000')
    expect(registryUrl('ghcr.io')).toBe('https://ghcr.io')
    expect(registryUrl('127.0.0.1.evil.example')).toBe('https://127.0.0.1.evil.example')
  })
})

describe('image config, manifest, index', () => {
  test('the base config with our layer, settings and OCI labels; no wall clock, docker-only fields dropped', () => {
    const c = imageConfig(base, layer, settings, origin, { os: 'linux', architecture: 'amd64' })
    expect(c.created).toBe('2024-05-01T12:00:00Z')
    expect(c.architecture).toBe('arm64') // the base's platform wins
    expect(c.container_config).toBeUndefined()
    expect(c.rootfs.diff_ids).toEqual([`sha256:${'c'.repeat(64)}`, layer.diffId])
    expect(c.config?.Env).toEqual(['PATH=/bin', 'PORT=8080'])
    expect(c.config?.Cmd).toBeUndefined()
    expect(c.config?.Entrypoint).toEqual(['node', 'server.js'])
    expect(c.config?.ExposedPorts).toEqual({ '8080/tcp': {} })
    expect(c.config?.Labels).toEqual({
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.source': 'https://github.com/acme/web',
      'org.opencontainers.image.version': '1.2.3',
      team: 'web',
      z: '1',
    })
    expect(c.history).toHaveLength(2)
  })

  test('the same inputs give the same bytes and digest', () => {
    const a = jsonBlob(imageConfig(base, layer, settings, origin, { os: 'linux', architecture: 'amd64' }), MEDIA.config)
    const b = jsonBlob(
      imageConfig(
        structuredClone(base),
        layer,
        { ...settings, env: { PORT: '8080' } },
        { ...origin },
        { os: 'linux', architecture: 'amd64' },
      ),
      MEDIA.config,
    )
    expect(a.descriptor.digest).toBe(b.descriptor.digest)
    expect(a.bytes.equals(b.bytes)).toBe(true)
  })

  test('a cmd without an entrypoint keeps the base entrypoint; env replaces by name and appends new names sorted', () => {
    expect(
      runConfig(
        { Entrypoint: ['tini'], Cmd: ['sh'] },
        { workdir: '/w', env: {}, ports: [], labels: {}, cmd: ['node'] },
        {},
      ),
    ).toMatchObject({ Entrypoint: ['tini'], Cmd: ['node'] })
    expect(mergeEnv(['A=1', 'B=2'], { Z: '9', B: '3', C: '4' })).toEqual(['A=1', 'B=3', 'C=4', 'Z=9'])
  })

  test('manifest maps docker media types to OCI and names the base; index keeps platforms; layout index names the tag', () => {
    const m = imageManifest(
      [{ mediaType: MEDIA.dockerLayerGzip, digest: `sha256:${'e'.repeat(64)}`, size: 5 }],
      { mediaType: MEDIA.config, digest: `sha256:${'f'.repeat(64)}`, size: 3 },
      layer,
      { ...origin, baseName: 'node:24', baseDigest: `sha256:${'1'.repeat(64)}` },
    )
    expect(m.layers.map((l) => l.mediaType)).toEqual([MEDIA.layerGzip, MEDIA.layerGzip])
    expect(m.annotations?.['org.opencontainers.image.base.name']).toBe('node:24')
    const i = imageIndex(
      [
        {
          mediaType: MEDIA.manifest,
          digest: `sha256:${'2'.repeat(64)}`,
          size: 1,
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
      origin,
    )
    expect(i.manifests[0]?.platform).toEqual({ os: 'linux', architecture: 'arm64' })
    expect(
      layoutIndex({ mediaType: MEDIA.index, digest: `sha256:${'3'.repeat(64)}`, size: 2 }, '1.2.3').manifests[0]
        ?.annotations,
    ).toEqual({ 'org.opencontainers.image.ref.name': '1.2.3' })
    expect(ociLabels({ version: '1.0.0', epoch: 0 })).toEqual({
      'org.opencontainers.image.created': '1970-01-01T00:00:00Z',
      'org.opencontainers.image.version': '1.0.0',
    })
  })

  test('platforms', () => {
    expect(parsePlatform('linux/arm64/v8')).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' })
    expect(parsePlatform('linux')).toBeUndefined()
  })
})

describe('tags', () => {
  test('the version, then major/minor/latest; a prerelease gets only its own tag; + becomes _', () => {
    expect(versionTags('1.2.3', ['major', 'minor', 'latest'])).toEqual(['1.2.3', '1', '1.2', 'latest'])
    expect(versionTags('1.2.3', [])).toEqual(['1.2.3'])
    expect(versionTags('2.0.0-rc.1', ['major', 'latest'])).toEqual(['2.0.0-rc.1'])
    expect(versionTags('1.0.0+build.5', [])).toEqual(['1.0.0_build.5'])
  })

  const D = `sha256:${'a'.repeat(64)}`
  const O = `sha256:${'b'.repeat(64)}`
  test('plan: create, unchanged, move from lower, keep on higher, conflict on the version tag unless overwriting', () => {
    const states = [
      { tag: '1.2.3', digest: D },
      { tag: '1' },
      { tag: '1.2', digest: O, version: '1.2.2' },
      { tag: 'latest', digest: O, version: '2.0.0' },
    ]
    expect(planTags('1.2.3', D, '1.2.3', states, false)).toEqual({
      conflicts: [],
      tags: [
        { tag: '1.2.3', action: 'unchanged', reason: 'already points at this image' },
        { tag: '1', action: 'create', reason: 'new tag' },
        { tag: '1.2', action: 'move', reason: 'moved from 1.2.2' },
        { tag: 'latest', action: 'keep', reason: 'points at the higher version 2.0.0' },
      ],
    })
    expect(planTags('1.2.3', D, '1.2.3', [{ tag: '1.2.3', digest: O }], false).conflicts[0]).toMatch(
      /tag 1\.2\.3 already points at a different image/,
    )
    expect(planTags('1.2.3', D, '1.2.3', [{ tag: '1.2.3', digest: O }], true).tags[0]?.action).toBe('replace')
  })
})

test('WWW-Authenticate challenges', () => {
  expect(
    parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"'),
  ).toEqual({
    scheme: 'bearer',
    params: { realm: 'https://auth.example/token', service: 'registry.example', scope: 'repository:a/b:pull' },
  })
  expect(parseChallenge('Basic realm="x"')).toEqual({ scheme: 'basic', params: { realm: 'x' } })
  expect(parseChallenge(null)).toBeUndefined()
})
