// The docker-registry launcher: a real push and pull through it with skopeo, Basic auth that refuses a wrong
// password, and a stop that leaves neither the process nor its data behind.
import { expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startOciRegistry } from '../support/servers/oci-registry.js'
import { alive } from '../support/servers/common.js'
import { makeBaseLayout, skopeoCopy, skopeoInspect } from '../support/oci/fixtures.js'
import { startTokenServer } from '../support/servers/token-server.js'
import { BlobStore, pushImage, readLayout, RegistryClient } from '@shipline/oci'

test('docker-registry: skopeo pushes and inspects with credentials; a wrong password is refused; stop removes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-oci-smoke-'))
  const registry = await startOciRegistry({ auth: { user: 'ci', password: 'right-password' } })
  try {
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/)
    const layout = makeBaseLayout(dir)
    skopeoCopy(`oci:${layout}:latest`, `docker://${registry.host}/smoke/base:1`, 'ci:right-password')
    expect(skopeoInspect(`docker://${registry.host}/smoke/base:1`, 'ci:right-password').Digest).toBe(
      skopeoInspect(`oci:${layout}:latest`).Digest,
    )
    expect(() => skopeoInspect(`docker://${registry.host}/smoke/base:1`, 'ci:wrong')).toThrow(
      /unauthorized|authentication required/i,
    )
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(401)
  } finally {
    await registry.stop()
    rmSync(dir, { recursive: true, force: true })
    expect(existsSync(registry.dir)).toBe(false)
    expect(alive(registry.pid ?? 0)).toBe(false)
  }
})

test('docker-registry without auth answers /v2/ with 200', async () => {
  const registry = await startOciRegistry()
  try {
    expect((await fetch(`${registry.url}/v2/`)).status).toBe(200)
  } finally {
    await registry.stop()
  }
  expect(alive(registry.pid ?? 0)).toBe(false)
})

test('docker-registry with token auth: the client gets a Bearer token for the push scope and pushes; a wrong password is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-oci-token-'))
  const tokens = await startTokenServer(dir, { ci: 'token-password' })
  const registry = await startOciRegistry({ token: tokens })
  try {
    const layout = makeBaseLayout(dir)
    const store = new BlobStore(layout)
    const image = await readLayout(layout, 'latest')
    const secrets: string[] = []
    const client = new RegistryClient(registry.host, {
      credentials: { username: 'ci', password: 'token-password' },
      onSecret: (s) => secrets.push(s),
    })
    const rows = await pushImage(
      client,
      { store, root: image.root },
      { repository: 'smoke/token', version: '1.0.0', tags: ['1.0.0'], overwrite: false },
    )
    expect(rows.filter((r) => r.action === 'uploaded')).toHaveLength(2)
    expect(
      tokens.requests.some(
        (r) => r.user === 'ci' && /^repository:smoke\/token:(pull,push|push,pull)$/.test(r.scope ?? ''),
      ),
    ).toBe(true)
    expect(secrets.length).toBeGreaterThan(0) // the token was handed over for masking
    // (skopeo would block this process's event loop, where the token server runs: read back with the client.)
    expect((await client.getManifest('smoke/token', '1.0.0'))?.digest).toBe(image.root.digest)
    expect(await client.blobSize('smoke/token', image.root.digest)).toBeUndefined() // a manifest is not a blob
    const wrong = new RegistryClient(registry.host, { credentials: { username: 'ci', password: 'nope' } })
    await expect(wrong.getManifest('smoke/token', '1.0.0')).rejects.toThrow(
      /the token service of 127\.0\.0\.1:\d+ refused the credentials/,
    )
  } finally {
    await registry.stop()
    await tokens.stop()
    rmSync(dir, { recursive: true, force: true })
  }
})
