/**
 * flag-matrix through the bundle (runner harness, Node 24): the matrix output is complete (every combination) for a
 * few flags and pairwise (every pair of variants of two flags in some job) for many, always within
 * max-combinations. Then each job of a matrix runs the build-package bundle with `flag-variants: matrix.variants`
 * on a real fixture project, whose test step records the variables it saw.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from '../support/runner/index.js'
import { repoRoot } from '../support/net.js'

let ws: string
let outside: string

/** A flagd flag file: f0..f(n-1), each with the given number of variants (named a, b, c...). */
function flagFile(counts: number[], extra: Record<string, unknown> = {}): string {
  const flags: Record<string, unknown> = {}
  counts.forEach((c, i) => {
    const variants = Object.fromEntries(
      Array.from({ length: c }, (_, k) => [String.fromCharCode(97 + k), `value-${k}`]),
    )
    flags[`f${i}`] = { state: 'ENABLED', variants, defaultVariant: 'a' }
  })
  return JSON.stringify({ $schema: 'https://flagd.dev/schema/v0/flags.json', flags: { ...flags, ...extra } }, null, 2)
}

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'shipline-flag-matrix-'))
  outside = mkdtempSync(join(tmpdir(), 'shipline-flag-matrix-outside-'))
  mkdirSync(join(ws, 'deploy'))
  writeFileSync(join(ws, 'deploy', 'three.flagd.json'), flagFile([2, 2, 3]))
  writeFileSync(join(ws, 'deploy', 'ten.flagd.json'), flagFile(Array(10).fill(2)))
  writeFileSync(join(outside, 'flags.json'), flagFile([2, 2]))
  symlinkSync(join(outside, 'flags.json'), join(ws, 'deploy', 'linked.flagd.json'))
  writeFileSync(join(ws, 'deploy', 'broken.flagd.json'), '{"flags": {"x": {"state": "ON", "variants": {}}}}')
})

afterAll(() => {
  rmSync(ws, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

const matrix = (inputs: Record<string, string>) => runAction('flag-matrix', { workspace: ws, inputs })
const include = (r: RunResult): { name: string; variants: string }[] => JSON.parse(r.outputs.matrix ?? '{}').include
const rows = (r: RunResult): Record<string, string>[] => include(r).map((x) => JSON.parse(x.variants))
const error = (r: RunResult) => r.annotations.find((a) => a.kind === 'error')?.message

describe('flag-matrix', () => {
  it('a few flags: every combination exactly once, as a matrix include list', async () => {
    const r = await matrix({ 'flag-file': 'deploy/three.flagd.json', flags: 'f0, f1\nf2' })
    expect(r.exitCode).toBe(0)
    expect(r.outputs).toMatchObject({ count: '12', mode: 'all' })
    const all = rows(r)
    expect(all).toHaveLength(12)
    const want: string[] = []
    for (const a of ['a', 'b'])
      for (const b of ['a', 'b']) for (const c of ['a', 'b', 'c']) want.push(JSON.stringify({ f0: a, f1: b, f2: c }))
    expect(all.map((x) => JSON.stringify(x)).sort()).toEqual(want.sort())
    expect(include(r)[0]).toEqual({ name: 'f0=a, f1=a, f2=a', variants: '{"f0":"a","f1":"a","f2":"a"}' })
    expect(r.summary).toContain('## flag-matrix: 12 job(s), all')
    expect(r.summary).toContain('| f2 | a, b, c |')
    expect(r.summary).toContain('| 12 | b | b | c |')
  })

  it('many flags: pairwise jobs cover every pair of variants of any two flags, within the bound', async () => {
    const r = await matrix({
      'flag-file': 'deploy/ten.flagd.json',
      flags: Array.from({ length: 10 }, (_, i) => `f${i}`).join(','),
      'max-combinations': '16',
    })
    expect(r.exitCode).toBe(0)
    expect(r.outputs.mode).toBe('pairwise')
    const all = rows(r)
    expect(all.length).toBeLessThanOrEqual(16)
    expect(Number(r.outputs.count)).toBe(all.length)
    const missing: string[] = []
    for (let i = 0; i < 10; i++)
      for (let j = i + 1; j < 10; j++)
        for (const a of ['a', 'b'])
          for (const b of ['a', 'b']) {
            if (!all.some((row) => row[`f${i}`] === a && row[`f${j}`] === b)) missing.push(`f${i}=${a} f${j}=${b}`)
          }
    expect(missing).toEqual([])
    expect(r.summary).toContain(
      `${all.length} job(s) cover all 180 pairs of variants of 10 flags (every combination would be 1024 jobs)`,
    )
    const again = await matrix({
      'flag-file': 'deploy/ten.flagd.json',
      flags: Array.from({ length: 10 }, (_, i) => `f${i}`).join(','),
      'max-combinations': '16',
    })
    expect(again.outputs.matrix).toBe(r.outputs.matrix) // deterministic
  })

  it.each([
    [
      {
        flags: Array.from({ length: 10 }, (_, i) => `f${i}`).join(','),
        mode: 'all',
        'flag-file': 'deploy/ten.flagd.json',
      },
      "Input 'flags': 'f0, f1, f2, f3, f4, f5, f6, f7, f8, f9' give 1024 combinations, more than max-combinations 64; use mode pairwise (or auto), or fewer flags",
    ],
    [
      { flags: 'f0,nope', 'flag-file': 'deploy/three.flagd.json' },
      "Input 'flags': 'nope' is not a flag in the file (flags: f0, f1, f2)",
    ],
    [
      { flags: 'f0', 'flag-file': 'deploy/linked.flagd.json' },
      expect.stringMatching(
        /^Input 'flag-file': 'deploy\/linked\.flagd\.json' is outside the allowed roots \(through a symlink/,
      ),
    ],
    [
      { flags: 'f0', 'flag-file': '../../etc/passwd' },
      expect.stringMatching(
        /^Input 'flag-file': '\.\.\/\.\.\/etc\/passwd' is outside the allowed roots; give a path inside the workspace/,
      ),
    ],
    [
      { flags: 'x', 'flag-file': 'deploy/broken.flagd.json' },
      expect.stringMatching(/^Input 'flag-file': 'deploy\/broken\.flagd\.json' is not a valid flagd flag file: /),
    ],
    [
      { flags: 'f0', 'flag-file': 'deploy/three.flagd.json', 'max-combinations': '300' },
      "Input 'max-combinations': '300' is not a whole number from 1 to 256",
    ],
    [
      { flags: 'f0', 'flag-file': 'deploy/three.flagd.json', mode: 'every' },
      "Input 'mode': 'every' is not one of: auto, all, pairwise",
    ],
  ])('refuses bad input with a clear error and no output (%j)', async (inputs, message) => {
    const r = await matrix(inputs as Record<string, string>)
    expect(r.exitCode).toBe(1)
    expect(error(r)).toEqual(message)
    expect(r.outputs.matrix).toBeUndefined()
  })

  it('each job of the matrix runs build-package with its variants in the test step environment only', async () => {
    const m = await matrix({ 'flag-file': 'deploy/three.flagd.json', flags: 'f0, f2' })
    const jobs = include(m)
    expect(jobs).toHaveLength(6)
    const project = mkdtempSync(join(tmpdir(), 'shipline-flag-matrix-project-'))
    try {
      cpSync(join(repoRoot, 'test', 'fixtures', 'build-package', 'lib'), project, { recursive: true })
      const record = join(project, 'seen.jsonl')
      writeFileSync(
        join(project, 'record.cjs'),
        `const e = process.env; require('fs').appendFileSync(${JSON.stringify(record)}, JSON.stringify({ step: process.argv[2], variants: e.SHIPLINE_FLAG_VARIANTS ?? null, f0: e.SHIPLINE_FLAG_F0 ?? null, f2: e.SHIPLINE_FLAG_F2 ?? null }) + '\\n')\n`,
      )
      for (const job of jobs.slice(0, 3)) {
        const r = await runAction('build-package', {
          workspace: project,
          inputs: {
            'flag-variants': job.variants,
            skip: 'lint,package',
            'compile-command': 'node record.cjs compile',
            'test-command': 'node record.cjs test',
          },
          timeoutMs: 120_000,
        })
        expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([])
        expect(r.exitCode).toBe(0)
      }
      const seen = readFileSync(record, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      const expected = jobs.slice(0, 3).flatMap((job) => {
        const v = JSON.parse(job.variants)
        return [
          { step: 'compile', variants: null, f0: null, f2: null },
          { step: 'test', variants: job.variants, f0: v.f0, f2: v.f2 },
        ]
      })
      expect(seen).toEqual(expected)
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  }, 120_000)

  it('build-package refuses a malformed flag-variants before running anything', async () => {
    const r = await runAction('build-package', { workspace: ws, inputs: { 'flag-variants': '{"f0": ["a"]}' } })
    expect(r.exitCode).toBe(1)
    expect(error(r)).toBe(
      `Input 'flag-variants': '["a"]' is not a variant name for flag 'f0' (a string of 1 to 256 characters on one line)`,
    )
  })
})
