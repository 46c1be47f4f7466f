// The servers the integration tests start are listed once (scripts/servers.txt) and installed by one script that
// `npm test` (when root), .ci/run and the CI workflow all run: a fresh machine needs only the README's command.
// apt-get and service are stand-ins on PATH here (the real ones would change this machine); they record their argv.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..', '..')
const read = (p: string): string => readFileSync(join(root, p), 'utf8')
const listed = read('scripts/servers.txt')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split(/\s+/)[0])

const dir = mkdtempSync(join(tmpdir(), 'shipline-servers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const log = join(dir, 'calls.log')
for (const tool of ['apt-get', 'service', 'sudo']) {
  const body = tool === 'sudo' ? 'exec "$@"' : `echo "${tool} $*" >> ${log}`
  writeFileSync(join(dir, tool), `#!/bin/sh\n${body}\n`)
  chmodSync(join(dir, tool), 0o755)
}
writeFileSync(
  join(dir, 'servers.txt'),
  '# test list\nnginx-light  nginx\nshipline-fake-server  /nonexistent/shipline-fake  fake-svc\nshipline-fake-client  shipline-fake-client-cmd\n',
)
const env = { ...process.env, PATH: `${dir}:${process.env.PATH}`, SHIPLINE_SERVERS_LIST: join(dir, 'servers.txt') }
const calls = (): string[] =>
  readdirSync(dir).includes('calls.log') ? readFileSync(log, 'utf8').trim().split('\n') : []

describe('one list of servers, one install script', () => {
  it('every Debian package a server launcher asks for is in scripts/servers.txt', () => {
    const asked = readdirSync(join(root, 'test/support/servers')).flatMap((f) =>
      [...read(`test/support/servers/${f}`).matchAll(/requireBinary\([^,]+,\s*'([^']+)'\)/g)].map((m) => m[1]),
    )
    expect(asked.length).toBeGreaterThan(0)
    expect([...new Set(asked)].filter((p) => !listed.includes(p))).toEqual([])
  })

  it('README, .ci/run and the CI workflow all use the script (no second list of packages)', () => {
    expect(read('README.md')).toContain('scripts/install-servers.sh')
    expect(read('.ci/run')).toMatch(/^scripts\/install-servers\.sh$/m)
    expect(read('.github/workflows/ci.yml')).toContain('run: sudo scripts/install-servers.sh')
    for (const f of ['.ci/run', '.github/workflows/ci.yml']) expect(read(f)).not.toMatch(/apt-get install/)
  })

  it('--check names only the missing packages; the install asks apt-get for exactly those and stops their services', () => {
    const check = spawnSync('bash', [join(root, 'scripts/install-servers.sh'), '--check'], { env, encoding: 'utf8' })
    expect(check.stdout.trim()).toBe('shipline-fake-server shipline-fake-client')
    const run = spawnSync('bash', [join(root, 'scripts/install-servers.sh')], { env, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(calls()).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 shipline-fake-server shipline-fake-client',
      'service fake-svc stop',
    ])
  })

  it('npm test (scripts/test.mjs) runs the install first when root (otherwise says how), before jest', () => {
    rmSync(log, { force: true })
    const run = spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), '--listTests'], {
      env: { ...env, SHIPLINE_NO_INSTALL: '' },
      encoding: 'utf8',
      cwd: root,
    })
    if (process.getuid?.() === 0) {
      expect(run.stdout).toContain('installing the servers the tests need: shipline-fake-server shipline-fake-client')
      expect(calls()[1]).toMatch(/^apt-get install .* shipline-fake-server shipline-fake-client$/)
    } else {
      expect(run.stdout).toContain(
        "missing (shipline-fake-server shipline-fake-client): run 'sudo scripts/install-servers.sh'",
      )
      expect(calls()).toEqual([])
    }
    const skipped = spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), '--listTests'], {
      env: { ...env, SHIPLINE_NO_INSTALL: '1' },
      encoding: 'utf8',
      cwd: root,
    })
    expect(skipped.stdout).not.toContain('installing the servers')
  })
})
