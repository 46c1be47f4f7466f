/**
 * build-package with `sbom: true` on a pnpm, yarn or bun project: refused before anything runs (no install, no
 * build, no output directory), naming the input and the reason. The bundle runs through the runner harness.
 */
import { afterAll, expect, test } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../support/runner/index.js'
import { repoRoot } from '../support/net.js'

const scratch = mkdtempSync(join(tmpdir(), 'bp-sbom-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

test.each([
  { manager: 'pnpm', lockfile: 'pnpm-lock.yaml', text: "lockfileVersion: '9.0'\n", tool: '@cyclonedx/cdxgen -t pnpm' },
  {
    manager: 'yarn',
    lockfile: 'yarn.lock',
    text: '__metadata:\n  version: 8\n',
    tool: '@cyclonedx/yarn-plugin-cyclonedx',
  },
  { manager: 'bun', lockfile: 'bun.lock', text: '{"lockfileVersion": 1}\n', tool: '@cyclonedx/cdxgen' },
])(
  '$manager project with sbom: true is refused before the build, naming the input',
  async ({ manager, lockfile, text, tool }) => {
    const ws = mkdtempSync(join(scratch, `${manager}-`))
    cpSync(join(repoRoot, 'test', 'fixtures', 'build-package', 'lib'), ws, { recursive: true })
    rmSync(join(ws, 'package-lock.json'))
    writeFileSync(join(ws, lockfile), text)
    const r = await runAction('build-package', {
      workspace: ws,
      inputs: { sbom: 'true', 'out-dir': 'out' },
      timeoutMs: 60_000,
    })
    expect(r.exitCode).toBe(1)
    const error = r.annotations.find((a) => a.kind === 'error')?.message ?? ''
    expect(error).toContain(
      `Input 'sbom': 'true' needs an npm project: the SBOM comes from \`npm sbom\`, which reads npm's package-lock.json, and this project uses ${manager} (${lockfile}). Nothing was built.`,
    )
    expect(error).toContain(tool)
    expect(r.outputs).toEqual({})
    expect(existsSync(join(ws, 'dist'))).toBe(false)
    expect(existsSync(join(ws, 'out'))).toBe(false)
    expect(existsSync(join(ws, 'node_modules'))).toBe(false)
  },
)
