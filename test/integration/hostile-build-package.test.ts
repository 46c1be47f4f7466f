/**
 * build-package with hostile text (issue 14): the project's own lint/build/test commands print every payload on
 * stdout and stderr (a dependency's postinstall or a test name could), resource files carry hostile names, and a
 * hostile package name is refused. Bundled, through the runner harness, with real npm.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../support/runner/index.js'
import { gitWorkspace } from '../support/git-workspace.js'
import { repoRoot } from '../support/net.js'
import { expectContained, MANY_LINES, PAYLOADS } from '../support/hostile.js'

const SECRET = 'reg-pass-7d41b2'
let scratch: string

function workspace(edit: (ws: string) => void): string {
  return gitWorkspace(scratch, 'ws', join(repoRoot, 'test', 'fixtures', 'build-package', 'lib'), { edit })
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'bp-hostile-'))
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('build-package: hostile text', () => {
  test('command output on stdout and stderr, resource file names: built, nothing executed, nothing leaked', async () => {
    const ws = workspace((dir) => {
      const say = `const t = ${JSON.stringify(`${MANY_LINES}\nnpm http fetch GET 200 https://ci:${SECRET}@registry.example/x`)}; console.log(t); console.error(t); process.stdout.write('partial ::add-mask::x')\n`
      writeFileSync(
        join(dir, 'scripts', 'test.cjs'),
        `${readFileSync(join(dir, 'scripts', 'test.cjs'), 'utf8')}\n${say}`,
      )
      writeFileSync(join(dir, 'scripts', 'lint.cjs'), say)
      for (const p of PAYLOADS.filter((x) => !x.includes('/'))) writeFileSync(join(dir, 'assets', `${p}.txt`), 'x\n')
    })
    const r = await runAction('build-package', {
      workspace: ws,
      inputs: { 'out-dir': 'dist-packages', version: '2.3.4', resources: 'assets' },
      secrets: [SECRET],
      timeoutMs: 120_000,
    })
    expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('\\::add-mask::x')
    expect(r.stdout).toContain('https://ci:***@registry.example/x')
    expectContained(r, { ownFiles: [join(ws, 'scripts', 'lint.cjs'), join(ws, 'scripts', 'test.cjs')] }) // the test wrote the secret there
  }, 150_000)

  test('a failing test command with hostile output: the failure shows it as text', async () => {
    const ws = workspace((dir) =>
      writeFileSync(
        join(dir, 'scripts', 'test.cjs'),
        `console.log(${JSON.stringify(MANY_LINES)}); console.error(${JSON.stringify(MANY_LINES)}); process.exit(1)\n`,
      ),
    )
    const r = await runAction('build-package', {
      workspace: ws,
      inputs: { 'out-dir': 'dist-packages', version: '2.3.4' },
      secrets: [SECRET],
      timeoutMs: 120_000,
    })
    expect(r.exitCode).toBe(1)
    expectContained(r)
  }, 150_000)

  test('a hostile package name is refused, and shown as text', async () => {
    const ws = workspace((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, name: PAYLOADS.join('\n') }))
    })
    const r = await runAction('build-package', {
      workspace: ws,
      inputs: { 'out-dir': 'dist-packages', version: '2.3.4' },
      timeoutMs: 120_000,
    })
    expect(r.exitCode).toBe(1)
    expectContained(r)
  }, 150_000)
})
