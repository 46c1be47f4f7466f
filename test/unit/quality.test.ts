// The quality gates run as tests, so `npm test` (and CI) fails when typecheck or lint would.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..', '..')
const bin = (name: string): string => join(root, 'node_modules', '.bin', name)

describe('quality gates', () => {
  it('typecheck (tsc -p .) passes', () => {
    const r = spawnSync(bin('tsc'), ['-p', '.'], { cwd: root, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 120_000)

  it('lint (eslint, no warnings) passes', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0', '.'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 300_000)

  it('format (prettier --check, 120 columns) passes', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    expect(r.status === 0 ? '' : r.stdout + r.stderr).toBe('')
  }, 120_000)
})
