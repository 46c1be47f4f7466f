/**
 * publish-release with hostile text (issue 14): release notes and name (they come from commit and PR text),
 * asset file names, and npm's own output (on stdout and stderr, including the token an over-verbose npm could
 * print). Bundled, through the runner harness, against the GitHub emulator and a real Verdaccio; npm is the real
 * one behind a shim that adds the hostile lines.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { useReleaseServers } from '../support/release-servers.js'
import type { Fixture } from '../fixtures/publish-release/fakes.js'
import { expectContained, MANY_LINES, ONE_LINE, PAYLOADS } from '../support/hostile.js'

const servers = useReleaseServers({ verdaccio: true })
let shim: string

beforeAll(() => {
  shim = servers.removeAfter(mkdtempSync(join(tmpdir(), 'sl-hostile-npm-')))
  mkdirSync(join(shim, 'bin'))
  writeFileSync(join(shim, 'payloads.txt'), `${MANY_LINES}\nnpm verb auth token ${'${TOKEN}'}\n`)
  const real = execFileSync('sh', ['-c', 'command -v npm']).toString().trim()
  // prints the payloads (and the token, as a leaky npm would) on both streams, then runs the real npm
  writeFileSync(
    join(shim, 'bin', 'npm'),
    `#!/bin/sh\nsed "s/\\\${TOKEN}/$SHIPLINE_NPM_TOKEN/" ${join(shim, 'payloads.txt')}\nsed "s/\\\${TOKEN}/$SHIPLINE_NPM_TOKEN/" ${join(shim, 'payloads.txt')} >&2\n[ -z "$HOSTILE_NPM_FAIL" ] || exit 1\nexec ${real} "$@"\n`,
  )
  chmodSync(join(shim, 'bin', 'npm'), 0o755)
})

const assets = Object.fromEntries(
  PAYLOADS.filter((p) => !p.includes('/') && !/[\r\n]/.test(p)).map((p, i) => [`${p}-${i}.tar.gz`, `build ${i}\n`]),
)

async function publish(env: Record<string, string> = {}): Promise<{ f: Fixture; r: RunResult }> {
  const f = await servers.fixture('@acme/hostile', { assets })
  const r = await runAction('publish-release', {
    workspace: f.workspace,
    repository: `${f.owner}/${f.repo}`,
    token: 'ghs_hostile_publish_token',
    secrets: [servers.registry.token],
    inputs: {
      tag: `v${f.version}`,
      name: ONE_LINE,
      notes: `## Notes\n\n${MANY_LINES}`,
      artifacts: 'dist/*.tar.gz',
      checksums: 'dist/SHA256SUMS',
      'npm-package': 'dist/widget.tgz',
      registry: servers.registry.url,
      'npm-token': servers.registry.token,
    },
    env: { GITHUB_API_URL: servers.gh.url, PATH: `${join(shim, 'bin')}${delimiter}${process.env.PATH}`, ...env },
    timeoutMs: 90_000,
  })
  return { f, r }
}

describe('publish-release: hostile text', () => {
  test('notes, name, asset names and npm output: published, nothing executed, the npm token never printed', async () => {
    const { r } = await publish()
    expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('npm verb auth token ***')
    expectContained(r, { masks: ['ghs_hostile_publish_token', servers.registry.token] })
  }, 120_000)

  test('npm failing with hostile output: stopped as a draft, the output shown as text', async () => {
    const { r } = await publish({ HOSTILE_NPM_FAIL: '1' })
    expect(r.exitCode).toBe(1)
    expectContained(r, { masks: ['ghs_hostile_publish_token', servers.registry.token] })
  }, 120_000)
})
