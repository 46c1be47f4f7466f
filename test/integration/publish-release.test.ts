/**
 * publish-release, bundled, through the runner harness, against the GitHub emulator and a real Verdaccio servers.registry.
 * Every failure scenario is followed by a re-run, and the end state is checked by bytes: one release, each asset
 * once with the right digest, one npm version with the tarball's integrity.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, spawnAction, type RunOptions, type RunResult } from '../support/runner/index.js'
import { startVerdaccio } from '../support/servers/verdaccio.js'
import { errorsOf } from '../support/action-results.js'
import { useReleaseServers } from '../support/release-servers.js'
import {
  endStateChecks,
  FIXTURE,
  npmShim as makeShim,
  released,
  sha256,
  signingFakes,
  type Fixture,
  type FixtureOptions,
} from '../fixtures/publish-release/fakes.js'

const servers = useReleaseServers({ verdaccio: true })
const cleanups: (() => void)[] = []
/** The recording npm shim, removed after the file's tests. */
const npmShim = (extra: Record<string, string> = {}): ReturnType<typeof makeShim> => {
  const shim = makeShim(extra)
  cleanups.push(shim.cleanup)
  return shim
}
afterAll(() => cleanups.forEach((c) => c()))

/** A workspace with artifacts, SHA256SUMS and an npm tarball (a fresh package name, so tests never collide). */
const fixture = (opts: FixtureOptions = {}): Promise<Fixture> => servers.fixture('@acme/widget', opts)

function options(f: Fixture, inputs: Record<string, string> = {}, env: Record<string, string> = {}): RunOptions {
  return {
    workspace: f.workspace,
    repository: `${f.owner}/${f.repo}`,
    token: 'test-token',
    inputs: {
      tag: `v${f.version}`,
      notes: '## What changed\n\n- things',
      artifacts: 'dist/*.tar.gz',
      checksums: 'dist/SHA256SUMS',
      'npm-package': 'dist/widget.tgz',
      registry: servers.registry.url,
      'npm-token': servers.registry.token,
      ...inputs,
    },
    env: { GITHUB_API_URL: servers.gh.url, ...env },
    timeoutMs: 90_000,
  }
}

const run = (f: Fixture, inputs?: Record<string, string>, env?: Record<string, string>): Promise<RunResult> =>
  runAction('publish-release', options(f, inputs, env))

const { releases, npmVersions, expectReleased, expectNeverHalfPublished } = endStateChecks(
  () => servers.gh,
  () => servers.registry.url,
)

describe('publish-release: happy path and idempotence', () => {
  test('draft → assets → npm → published; installs from the registry; a second run changes nothing', async () => {
    const f = await fixture()
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    expect(r.exitCode).toBe(0)
    await expectReleased(f)
    const calls = (await servers.gh.calls(f.owner, f.repo)).map((c) => `${c.method} ${c.operation}`)
    const writes = calls.filter((c) => !c.startsWith('GET'))
    // Two archives and SHA256SUMS (attached by default).
    expect(writes).toEqual([
      'POST repos/create-release',
      'POST repos/upload-release-asset',
      'POST repos/upload-release-asset',
      'POST repos/upload-release-asset',
      'PATCH repos/update-release',
    ])
    expect(calls.length).toBeLessThanOrEqual(2 + 5)
    expect(r.outputs['npm-spec']).toBe(`${f.pkg}@1.0.0`)
    const state = await servers.gh.state(f.owner, f.repo)
    expect(state.releases[0].latest).toBe(true)
    expect(state.refs['refs/tags/v1.0.0']).toBe(state.refs['refs/heads/main'])
    expect(JSON.parse(r.outputs.assets ?? '[]')).toHaveLength(3)
    expect(r.outputs['release-id']).toMatch(/^\d+$/)
    expect(r.summary).toContain('| app-linux.tar.gz | uploaded |')
    expect(r.summary).toContain('| verified |')
    expect(r.summary).toContain('N --> P["release: published"]')
    expect(r.leakedSecrets).toEqual([])

    // The package installs from the registry and works.
    const project = servers.removeAfter(mkdtempSync(join(tmpdir(), 'shipline-pr-install-')))
    writeFileSync(join(project, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}')
    execFileSync('npm', ['install', `${f.pkg}@1.0.0`, '--no-audit', '--no-fund'], {
      cwd: project,
      env: { ...process.env, npm_config_userconfig: servers.registry.npmrc },
      stdio: 'pipe',
    })
    expect(
      execFileSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(f.pkg)}))`], { cwd: project })
        .toString()
        .trim(),
    ).toBe('42')

    const before = (await servers.gh.calls(f.owner, f.repo)).length
    const again = await run(f)
    expect(again.exitCode).toBe(0)
    expect(again.stdout).toContain('Nothing to do')
    expect(again.summary).toContain('Nothing to do')
    const after = (await servers.gh.calls(f.owner, f.repo)).slice(before)
    expect(after.filter((c) => c.method !== 'GET')).toEqual([])
    await expectReleased(f)
  })
})

/** Start the action and SIGKILL it once its log shows `marker` (while the emulator holds that request). */
async function killAt(f: Fixture, marker: string, operation: string): Promise<RunResult> {
  await servers.gh.fault({ operation, times: 1, kind: 'delay', delayMs: 2_500, repo: `${f.owner}/${f.repo}` })
  const { child, result } = spawnAction('publish-release', { ...options(f), allowFileCommandErrors: true })
  let seen = ''
  child.stdout?.on('data', (c: Buffer) => {
    seen += c.toString()
    if (seen.includes(marker)) setTimeout(() => child.kill('SIGKILL'), 300)
  })
  return result
}

describe('publish-release: a failure at any step, then a re-run, converges', () => {
  test('create-release answers 502 once: looked for before trying again, still one release', async () => {
    const f = await fixture()
    await servers.gh.fault({
      operation: 'repos/create-release',
      times: 1,
      kind: 'status',
      status: 502,
      repo: `${f.owner}/${f.repo}`,
    })
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    expect(r.stdout).toContain('checking whether it was created anyway')
    await expectReleased(f)
  })

  test('an upload connection drops: the retry re-reads the file from disk, the asset lands once', async () => {
    const f = await fixture()
    await servers.gh.fault({
      operation: 'repos/upload-release-asset',
      times: 1,
      kind: 'drop',
      repo: `${f.owner}/${f.repo}`,
    })
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    await expectReleased(f)
  })

  test('uploads rejected: the run stops on the draft, npm untouched; the re-run finishes', async () => {
    const f = await fixture()
    await servers.gh.fault({
      operation: 'repos/upload-release-asset',
      times: 3,
      kind: 'status',
      status: 422,
      repo: `${f.owner}/${f.repo}`,
    })
    const first = await run(f)
    expect(first.exitCode).toBe(1)
    expect(errorsOf(first)).toContain('Upload app-darwin.tar.gz failed (HTTP 422)')
    const [draft] = await releases(f)
    expect(draft?.draft).toBe(true)
    expect(await npmVersions(f.pkg)).toEqual({})
    const second = await run(f)
    expect(errorsOf(second)).toBe('')
    expect(second.summary).toContain('resumed')
    await expectReleased(f)
  })

  test('npm publish fails (registry 503): release stays a draft with every asset; the re-run publishes both', async () => {
    const f = await fixture()
    const shim = npmShim({ NPM_RECORD_FAIL: '1' })
    const first = await run(f, {}, shim.env)
    expect(first.exitCode).toBe(1)
    expect(errorsOf(first)).toContain('npm publish failed')
    const [draft] = await releases(f)
    expect(draft?.draft).toBe(true)
    expect(draft?.assets).toHaveLength(3)
    const second = await run(f)
    expect(errorsOf(second)).toBe('')
    expect(second.summary).toMatch(/app-linux.tar.gz \| skipped/)
    await expectReleased(f)
  })

  test('publishing the release fails after npm: the re-run keeps npm and the assets, and publishes', async () => {
    const f = await fixture()
    await servers.gh.fault({
      operation: 'repos/update-release',
      times: 1,
      kind: 'status',
      status: 422,
      repo: `${f.owner}/${f.repo}`,
    })
    const first = await run(f)
    expect(errorsOf(first)).toContain('Publish release failed (HTTP 422)')
    expect(first.summary).toContain('stopped')
    expect(first.summary).toContain(`| \`${f.pkg}@1.0.0\` | published (npm) |`)
    expect(Object.keys(await npmVersions(f.pkg))).toEqual(['1.0.0'])
    expect((await releases(f))[0]?.draft).toBe(true)
    const second = await run(f)
    expect(errorsOf(second)).toBe('')
    expect(second.summary).toContain('same integrity already on the registry')
    await expectReleased(f)
  })

  test('the read-back fails after publishing: the release is whole; the re-run verifies and has nothing to do', async () => {
    const f = await fixture()
    await servers.gh.fault({
      operation: 'repos/get-release',
      times: 1,
      kind: 'status',
      status: 422,
      repo: `${f.owner}/${f.repo}`,
    })
    const first = await run(f)
    expect(errorsOf(first)).toContain('Get release failed (HTTP 422)')
    await expectNeverHalfPublished(f)
    const again = await run(f)
    expect(errorsOf(again)).toBe('')
    expect(again.stdout).toContain('Nothing to do')
    await expectReleased(f)
  })

  test.each([
    ['during an upload', 'upload app-darwin', 'repos/upload-release-asset'],
    ['while publishing the release', 'publish the release', 'repos/update-release'],
  ])('SIGKILL %s: the re-run converges', async (_when, marker, operation) => {
    const f = await fixture()
    const killed = await killAt(f, marker, operation)
    expect(killed.signal).toBe('SIGKILL')
    await expectNeverHalfPublished(f)
    const again = await run(f)
    expect(errorsOf(again)).toBe('')
    await expectReleased(f)
  })

  test('Verdaccio stops in the middle of the run: release stays a draft; with the registry back, the re-run finishes', async () => {
    const f = await fixture()
    const own = await startVerdaccio()
    try {
      // The upload is held for 5 s: Verdaccio is stopped (by PID, awaited) well before npm's turn comes.
      await servers.gh.fault({
        operation: 'repos/upload-release-asset',
        times: 1,
        kind: 'delay',
        delayMs: 5_000,
        repo: `${f.owner}/${f.repo}`,
      })
      const opts = options(f, { registry: own.url, 'npm-token': own.token }, { npm_config_fetch_retries: '0' })
      const { child, result } = spawnAction('publish-release', opts)
      let seen = ''
      let stopping: Promise<void> | undefined
      child.stdout?.on('data', (c: Buffer) => {
        seen += c.toString()
        if (!stopping && seen.includes('upload app-darwin')) stopping = own.stop()
      })
      const first = await result
      await stopping
      expect(first.exitCode).toBe(1)
      expect(errorsOf(first)).toContain('npm publish failed')
      const [draft] = await releases(f)
      expect(draft?.draft).toBe(true)
      expect(draft?.assets).toHaveLength(3)
    } finally {
      await own.stop()
    }
    const again = await run(f)
    expect(errorsOf(again)).toBe('')
    await expectReleased(f)
  })

  test('a read-only token: the first write is refused with the permission to add, nothing is left behind', async () => {
    const f = await fixture()
    await servers.gh.seed(f.owner, f.repo, { tokens: { 'test-token': 'read' } })
    const r = await run(f)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain('Create draft release failed (HTTP 403)')
    expect(errorsOf(r)).toContain('contents: write')
    expect(await releases(f)).toEqual([])
    expect(await npmVersions(f.pkg)).toEqual({})
  })

  test('the registry is down: stops before any change', async () => {
    const f = await fixture()
    const r = await run(f, { registry: 'http://127.0.0.1:9/' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain('failed: ')
    expect(errorsOf(r)).toContain('Nothing was changed')
    expect(await releases(f)).toEqual([])
  })
})

describe('publish-release: releases that already exist', () => {
  const seeded = (f: Fixture, over: Record<string, unknown>) => ({
    tag_name: 'v1.0.0',
    body: 'by hand',
    assets: Object.entries(released(f)).map(([name, b]) => ({ name, content: b.toString('utf8') })),
    ...over,
  })

  test('a draft someone made for the tag is adopted, never duplicated', async () => {
    const f = await fixture()
    await servers.gh.seed(f.owner, f.repo, { releases: [seeded(f, { draft: true, assets: [] })] })
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toContain('resumed (draft)')
    await expectReleased(f)
  })

  test('two drafts from earlier runs of this release: one is kept and finished, the duplicate deleted', async () => {
    const f = await fixture()
    const body = 'n\n\n<!-- shipline-release-ledger {"schema":1,"tag":"v1.0.0","version":"1.0.0","assets":[]} -->'
    await servers.gh.seed(f.owner, f.repo, {
      releases: [seeded(f, { draft: true, body }), seeded(f, { draft: true, body, assets: [] })],
    })
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toContain('deleted (duplicate draft)')
    await expectReleased(f)
  })

  test('published by hand with the same bytes: only npm is done, the release is left alone', async () => {
    const f = await fixture()
    await servers.gh.seed(f.owner, f.repo, { releases: [seeded(f, { draft: false })] })
    const r = await run(f)
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toContain('already published with the same assets')
    expect((await servers.gh.calls(f.owner, f.repo)).filter((c) => c.method !== 'GET')).toEqual([])
    expect((await releases(f))[0]?.body).toBe('by hand')
    expect(Object.keys(await npmVersions(f.pkg))).toEqual(['1.0.0'])
  })

  test('published with other bytes: refused, naming the asset, nothing changed', async () => {
    const f = await fixture()
    await servers.gh.seed(f.owner, f.repo, {
      releases: [seeded(f, { draft: false, assets: [{ name: 'app-linux.tar.gz', content: 'other linux build\n' }] })],
    })
    const r = await run(f)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(
      'Release v1.0.0 is already published with a different app-linux.tar.gz (size 18 on GitHub, 12 here)',
    )
    expect(errorsOf(r)).toContain('Release v1.0.0 is already published without the asset app-darwin.tar.gz')
    expect(await npmVersions(f.pkg)).toEqual({})
  })
})

describe('publish-release: bad input changes nothing', () => {
  test.each([
    [
      'a checksum mismatch',
      (f: Fixture) => writeFileSync(join(f.workspace, 'dist', 'app-linux.tar.gz'), 'tampered\n'),
      {},
      'app-linux.tar.gz: sha256 is',
    ],
    [
      'a missing artifact',
      () => undefined,
      { artifacts: 'dist/*.tar.gz\ndist/missing.zip' },
      "Input 'artifacts': 'dist/missing.zip' matches no file",
    ],
    [
      'a tag/version mismatch',
      () => undefined,
      { version: '1.0.1' },
      "Input 'version': '1.0.1' does not match the tag 'v1.0.0'",
    ],
    [
      'a package version that is not the tag',
      () => undefined,
      { tag: 'v2.0.0' },
      'has version 1.0.0, but the release is 2.0.0',
    ],
  ])('%s', async (_name, spoil, inputs, message) => {
    const f = await fixture()
    spoil(f)
    const r = await run(f, inputs)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(message)
    expect(await releases(f)).toEqual([])
    expect(await npmVersions(f.pkg)).toEqual({})
  })

  test('the version is already on npm with other contents', async () => {
    const f = await fixture()
    const other = await fixture()
    // Publish a different tarball under f's name and version first.
    const stage = join(other.workspace, 'stage', 'package')
    writeFileSync(
      join(stage, 'package.json'),
      JSON.stringify({ name: f.pkg, version: '1.0.0', description: 'someone else' }),
    )
    execFileSync('npm', ['publish', '--registry', servers.registry.url], {
      cwd: stage,
      env: { ...process.env, npm_config_userconfig: servers.registry.npmrc },
      stdio: 'pipe',
    })
    const r = await run(f)
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(`${f.pkg}@1.0.0 is already on the registry with different contents`)
    expect(await releases(f)).toEqual([])
  })
})

describe("publish-release: build-package's JSON artifacts list", () => {
  const list = (f: Fixture, override: Record<string, unknown> = {}): string =>
    JSON.stringify([
      ...Object.entries(f.files).map(([n, b]) => ({
        path: join(f.workspace, 'dist', n),
        kind: 'archive',
        name: n,
        size: b.length,
        sha256: sha256(b),
        ...override,
      })),
      {
        path: join(f.workspace, 'dist', 'widget.tgz'),
        kind: 'npm',
        name: f.pkg,
        size: readFileSync(join(f.workspace, 'dist', 'widget.tgz')).length,
      },
    ])

  test('publishes the archives and the npm item (npm-package: from-artifacts)', async () => {
    const f = await fixture()
    const r = await run(f, {
      artifacts: list(f).replace(/,\{[^{}]*"kind":"npm"[^{}]*\}/, ''),
      'npm-package': 'from-artifacts',
      checksums: '',
    })
    expect(errorsOf(r)).toContain('needs exactly one item of kind "npm"')
    const ok = await run(f, { artifacts: list(f), 'npm-package': 'from-artifacts', checksums: '' })
    expect(errorsOf(ok)).toBe('')
    const rel = (await releases(f))[0]
    expect(rel?.assets.map((a) => a.name).sort()).toEqual(['app-darwin.tar.gz', 'app-linux.tar.gz', 'widget.tgz'])
    expect(Object.keys(await npmVersions(f.pkg))).toEqual(['1.0.0'])
  })

  test('a sha256 in the list that does not match the file stops everything', async () => {
    const f = await fixture()
    const r = await run(f, {
      artifacts: list(f, { sha256: 'f'.repeat(64) }),
      'npm-package': 'from-artifacts',
      checksums: '',
    })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(`but the artifacts list says ${'f'.repeat(64)}`)
    expect(await releases(f)).toEqual([])
    expect(await npmVersions(f.pkg)).toEqual({})
  })
})

describe('publish-release: dry run, overwrite, provenance', () => {
  test('dry-run prints the plan and changes nothing; a GITHUB_TOKEN gets the notice', async () => {
    const f = await fixture()
    const r = await runAction('publish-release', {
      ...options(f, { 'dry-run': 'true' }),
      token: 'ghs_installationtoken000',
    })
    expect(errorsOf(r)).toBe('')
    expect(r.summary).toContain('dry run')
    expect(r.summary).toContain('| 1 | create a draft release for v1.0.0 |')
    expect(r.summary).toContain(`npm publish ${f.pkg}@1.0.0`)
    expect(
      r.annotations.some((a) => a.kind === 'notice' && a.message.includes('will not trigger other workflows')),
    ).toBe(true)
    expect((await servers.gh.calls(f.owner, f.repo)).filter((c) => c.method !== 'GET')).toEqual([])
    expect(await npmVersions(f.pkg)).toEqual({})
  })

  test('a prerelease is published as such and not made latest', async () => {
    const f = await fixture({ version: '2.0.0-rc.1' })
    const r = await run(f, { 'npm-package': '', prerelease: 'true', target: 'main' })
    expect(errorsOf(r)).toBe('')
    const [rel] = (await servers.gh.state(f.owner, f.repo)).releases
    expect(rel).toMatchObject({ tag_name: 'v2.0.0-rc.1', draft: false, prerelease: true, latest: false })
  })

  test('a different asset on the draft is refused, and replaced with overwrite: true', async () => {
    const f = await fixture()
    const noNpm = { 'npm-package': '', draft: 'true' }
    expect(errorsOf(await run(f, noNpm))).toBe('')
    const changed = Buffer.from('linux build, rebuilt\n')
    writeFileSync(join(f.workspace, 'dist', 'app-linux.tar.gz'), changed)
    f.files['app-linux.tar.gz'] = changed
    writeFileSync(
      join(f.workspace, 'dist', 'SHA256SUMS'),
      Object.entries(f.files)
        .map(([n, b]) => `${sha256(b)}  ${n}\n`)
        .join(''),
    )
    const refused = await run(f, noNpm)
    expect(refused.exitCode).toBe(1)
    expect(errorsOf(refused)).toContain(
      "already has a different app-linux.tar.gz (size 12 on GitHub, 21 here); set 'overwrite: true' to replace it",
    )
    const replaced = await run(f, { 'npm-package': '', overwrite: 'true' })
    expect(errorsOf(replaced)).toBe('')
    expect(replaced.summary).toContain('| app-linux.tar.gz | deleted |')
    const [rel] = await releases(f)
    expect(rel?.draft).toBe(false)
    expect(rel?.assets.find((a) => a.name === 'app-linux.tar.gz')?.digest).toBe(`sha256:${sha256(changed)}`)
    expect(rel?.assets).toHaveLength(3)
  })

  test('provenance: OIDC missing or repository.url wrong → stops before any change', async () => {
    const f = await fixture()
    const r = await run(f, { provenance: 'true' })
    expect(r.exitCode).toBe(1)
    expect(errorsOf(r)).toContain(
      "ACTIONS_ID_TOKEN_REQUEST_URL is not set: add 'permissions: id-token: write' to the job",
    )
    expect(errorsOf(r)).toContain(
      `to point at https://github.com/${f.owner}/${f.repo}, but it is 'git+https://github.com/octo-org/octo-repo.git'`,
    )
    expect(await releases(f)).toEqual([])
    expect(await npmVersions(f.pkg)).toEqual({})
  })

  test('provenance: npm gets --provenance, the token only through its environment', async () => {
    const f = await fixture({ repoUrl: true })
    const shim = npmShim({
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    })
    const r = await run(f, { provenance: 'true', access: 'public', 'dist-tag': 'next' }, shim.env)
    expect(errorsOf(r)).toBe('')
    const publish = shim.records().find((x) => x.argv[0] === 'publish')
    expect(publish?.argv).toEqual([
      'publish',
      join(f.workspace, 'dist', 'widget.tgz'),
      '--tag',
      'next',
      '--access',
      'public',
      '--provenance',
      '--registry',
      servers.registry.url,
    ])
    expect(publish?.tokenInEnv).toBe(true)
    expect(publish?.userconfig).toContain(':_authToken=${SHIPLINE_NPM_TOKEN}')
    expect(JSON.stringify(shim.records())).not.toContain(servers.registry.token)
    expect(
      r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(servers.registry.token)
    expect(r.leakedSecrets).toEqual([])
    expect(r.summary).toContain('with provenance')
  })

  test('provenance, the whole signing path offline: npm signs (mock Fulcio/Rekor, fake OIDC) and the statement names our tarball', async () => {
    const f = await fixture({ repoUrl: true })
    const fakes = await signingFakes(servers.registry.url, `${f.owner}/${f.repo}`)
    try {
      const shim = npmShim({
        NPM_PRELOAD: join(FIXTURE, 'sigstore-preload.cjs'),
        ACTIONS_ID_TOKEN_REQUEST_URL: fakes.oidcUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
        RUNNER_ENVIRONMENT: 'github-hosted',
      })
      const r = await run(f, { provenance: 'true', access: 'public', registry: fakes.proxyUrl }, shim.env)
      expect(errorsOf(r)).toBe('')
      expect(r.stdout).toContain('Signed provenance statement')
      expect(fakes.bundles).toHaveLength(1)
      const statement = JSON.parse(Buffer.from(fakes.bundles[0]?.dsseEnvelope.payload ?? '', 'base64').toString('utf8'))
      const tgz = readFileSync(join(f.workspace, 'dist', 'widget.tgz'))
      expect(statement.subject).toEqual([
        {
          name: `pkg:npm/${f.pkg.replace('@', '%40')}@1.0.0`,
          digest: { sha512: createHash('sha512').update(tgz).digest('hex') },
        },
      ])
      expect(JSON.stringify(statement.predicate)).toContain(`https://github.com/${f.owner}/${f.repo}`)
      await expectReleased(f)
    } finally {
      fakes.close()
    }
  })
})
