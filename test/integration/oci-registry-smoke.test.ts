// The docker-registry launcher: a real push and pull through it with skopeo, Basic auth that refuses a wrong
// password, and a stop that leaves neither the process nor its data behind.
import { expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startOciRegistry } from '../support/servers/oci-registry.js'
import { alive } from '../support/servers/common.js'
import { makeBaseLayout, skopeoCopy, skopeoInspect } from '../support/oci/fixtures.js'

test('docker-registry: skopeo pushes and inspects with credentials; a wrong password is refused; stop removes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-oci-smoke-'))
  const registry = await startOciRegistry({ auth: { user: 'ci', password: 'right-password' } })
  try {
    expect(registry.host).toMatch(/^127\.0\.0\.1:\d+$/)
    const layout = makeBaseLayout(dir)
    skopeoCopy(`oci:${layout}:latest`, `docker://${registry.host}/smoke/base:1`, 'ci:right-password')
    expect(skopeoInspect(`docker://${registry.host}/smoke/base:1`, 'ci:right-password').Digest).toBe(skopeoInspect(`oci:${layout}:latest`).Digest)
    expect(() => skopeoInspect(`docker://${registry.host}/smoke/base:1`, 'ci:wrong')).toThrow(/unauthorized|authentication required/i)
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
