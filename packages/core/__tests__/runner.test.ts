import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  formatDuration,
  group,
  lineChart,
  notice,
  parseDuration,
  saveState,
  setOutputs,
  setSecret,
  Summary,
  warning,
} from '@shipline/core'
import { captureStdout } from './stdout.js'

let dir: string
const stdout = captureStdout()
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'core-runner-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) delete process.env[k]
})

/** Parse heredoc file commands the way the runner does (enough for these tests). */
function parseFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const body: string[] = []
    for (i++; lines[i] !== m[2]; i++) body.push(lines[i] as string)
    out[m[1] as string] = body.join('\n')
  }
  return out
}

describe('outputs and state', () => {
  it('writes heredoc file commands; objects become JSON, multi-line values survive', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'out')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    setOutputs({ version: '1.2.3', notes: 'line 1\nline 2', json: { a: [1] }, breaking: false, missing: undefined })
    expect(parseFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      version: '1.2.3',
      notes: 'line 1\nline 2',
      json: '{"a":[1]}',
      breaking: 'false',
      missing: '',
    })
  })
  it('saves state to GITHUB_STATE', () => {
    process.env.GITHUB_STATE = join(dir, 'state')
    writeFileSync(process.env.GITHUB_STATE, '')
    saveState('lock', { host: 'a' })
    expect(parseFile(readFileSync(process.env.GITHUB_STATE, 'utf8'))).toEqual({ lock: '{"host":"a"}' })
  })
})

describe('workflow commands', () => {
  it('escapes annotation data and properties', () => {
    warning('50% done\nnext', { file: 'a,b.ts', startLine: 2, title: 'x:y' })
    notice('ok')
    setSecret('s3cr3t')
    expect(stdout.written()).toBe(
      '::warning file=a%2Cb.ts,line=2,title=x%3Ay::50%25 done%0Anext\n::notice::ok\n::add-mask::s3cr3t\n',
    )
  })
  it('closes a group even when the body throws', async () => {
    await expect(group('step', async () => Promise.reject(new Error('x')))).rejects.toThrow('x')
    expect(stdout.written()).toBe('::group::step\n::endgroup::\n')
  })
})

describe('Summary', () => {
  it('builds tables with escaped cells, details and mermaid, and appends to the summary file', () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    const s = new Summary()
      .heading('Release')
      .table(
        ['Commit', 'Size'],
        [
          ['fix: a | b', 12],
          ['feat: c\nd', null],
        ],
        ['l', 'r'],
      )
      .details('More', 'body')
      .mermaid(lineChart('weight', ['0s', '1s'], [5, 100], '%'))
    s.write()
    const text = readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')
    expect(text).toBe(s.toString())
    expect(text).toContain('| Commit | Size |\n| --- | ---: |\n| fix: a \\| b | 12 |\n| feat: c<br>d |  |')
    expect(text).toContain('<details><summary>More</summary>\n\nbody\n\n</details>')
    expect(text).toContain(
      '```mermaid\nxychart-beta\n  title "weight"\n  x-axis ["0s", "1s"]\n  y-axis "%" 0 --> 100\n  line [5, 100]\n```',
    )
  })
  it('does nothing outside a runner', () => {
    expect(() => new Summary().heading('x').write()).not.toThrow()
  })
})

describe('durations', () => {
  it.each([
    ['1h30m', 5_400_000],
    ['1.5s', 1500],
    ['2d', 172_800_000],
    ['', undefined],
    ['5 m', undefined],
  ])('parseDuration(%p) = %p', (t, ms) => expect(parseDuration(t)).toBe(ms))
  it.each([
    [850, '850ms'],
    [1234, '1.23s'],
    [12_345, '12.3s'],
    [245_000, '4m05s'],
    [3_720_000, '1h02m'],
  ])('formatDuration(%p) = %p', (ms, t) => expect(formatDuration(ms)).toBe(t))
})
