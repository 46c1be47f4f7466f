import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  commitTime,
  git,
  gitMaybe,
  gitRun,
  gitRecordBatches,
  gitRecords,
  isShallow,
  resolveRef,
  splitRecordBatches,
  splitRecords,
} from '@shipline/core'

let repo: string
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'core-git-'))
  const env = { ...process.env, GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z' }
  const g = (...args: string[]): string => execFileSync('git', args, { cwd: repo, env }).toString()
  g('init', '-q', '-b', 'main')
  g('config', 'user.email', 't@example.com')
  g('config', 'user.name', 'T')
  for (const msg of ['feat: one', 'fix: two\n\nbody line', 'chore: three']) {
    writeFileSync(join(repo, 'f.txt'), msg)
    g('add', '.')
    g('commit', '-q', '-m', msg)
  }
  g('tag', 'v1.0.0', 'HEAD~1')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('git helpers', () => {
  it("keeps git's whole answer, not only the last MiB of it (a long listing loses none of its first lines)", async () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `line ${String(i).padStart(6, '0')} ${'x'.repeat(40)}`).join(
      '\n',
    )
    writeFileSync(join(repo, 'big.txt'), big)
    const sha = (await git(['hash-object', '-w', 'big.txt'], repo)).trim()
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024)
    expect(await git(['cat-file', 'blob', sha], repo)).toBe(big)
    expect(await gitMaybe(['cat-file', 'blob', sha], repo)).toBe(big)
    const r = await gitRun(['cat-file', 'blob', sha], repo)
    expect([r.code, r.stdout]).toEqual([0, big])
    expect((await gitRun(['cat-file', 'blob', 'no-such-object'], repo)).code).not.toBe(0)
  })
  it('streams NUL-separated records', async () => {
    const subjects: string[] = []
    for await (const r of gitRecords(['log', '--format=%s%x00'], repo)) subjects.push(r.trim())
    expect(subjects).toEqual(['chore: three', 'fix: two', 'feat: one'])
  })
  it('streams records in batches, one array per chunk of output, and fails the same way', async () => {
    const batches: string[][] = []
    for await (const b of gitRecordBatches(['log', '-z', '--format=%s'], repo)) batches.push(b)
    expect(batches.flat()).toEqual(['chore: three', 'fix: two', 'feat: one'])
    const consume = async (): Promise<void> => {
      for await (const _ of gitRecordBatches(['log', 'no-such-ref'], repo)) void _
    }
    await expect(consume()).rejects.toThrow(/git log no-such-ref failed \(exit 128\)/)
  })
  it('git writes a streamed log in full buffers (GIT_FLUSH=0), not once per commit', async () => {
    const commits = Array.from(
      { length: 1000 },
      (_, i) =>
        `commit refs/heads/many\nmark :${i + 1}\ncommitter T <t@example.com> 0 +0000\ndata 2\n${i % 10}\n${i ? `from :${i}\n` : ''}\n`,
    )
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, input: commits.join('') })
    const batches: string[][] = []
    for await (const b of gitRecordBatches(['log', '-z', '--format=%H', 'many'], repo)) batches.push(b)
    expect(batches.flat()).toHaveLength(1000)
    // 41 KB of output: a few buffers of git's stdio (4 KiB on a pipe), each at most one chunk here.
    expect(batches.length).toBeLessThanOrEqual(12)
  })
  it('streams lines with a newline separator', async () => {
    const lines: string[] = []
    for await (const l of gitRecords(['log', '--format=%an'], repo, '\n')) lines.push(l)
    expect(lines).toEqual(['T', 'T', 'T'])
  })
  it('resolves refs and names the input on an unknown one', async () => {
    expect(await resolveRef('v1.0.0', repo)).toBe(await git(['rev-parse', 'HEAD~1'], repo))
    await expect(resolveRef('v9.9.9', repo, 'from')).rejects.toThrow(
      "Input 'from': 'v9.9.9' is not a commit, tag or branch in this repository",
    )
    await expect(resolveRef('--all', repo, 'to')).rejects.toThrow("Input 'to': '--all' is not a git revision")
  })
  it('reads commit time and shallowness', async () => {
    expect(await commitTime('HEAD', repo)).toBe(Date.parse('2024-01-02T03:04:05Z') / 1000)
    expect(await isShallow(repo)).toBe(false)
  })
  it('fails a streaming command clearly', async () => {
    const consume = async (): Promise<void> => {
      for await (const _ of gitRecords(['log', 'no-such-ref', '--format=%s%x00'], repo)) void _
    }
    await expect(consume()).rejects.toThrow(/git log no-such-ref .* failed \(exit 128\)/)
  })
})

describe('splitRecords', () => {
  async function split(chunks: readonly (string | Buffer)[], separator = '\0'): Promise<string[]> {
    async function* stream(): AsyncGenerator<Buffer> {
      for (const c of chunks) yield Buffer.isBuffer(c) ? c : Buffer.from(c)
    }
    const out: string[] = []
    for await (const r of splitRecords(stream(), Buffer.from(separator))) out.push(r)
    return out
  }

  it('splits records across chunks, keeps empty ones, and drops a blank tail', async () => {
    expect(await split(['a\0b', 'c\0\0d', 'e\0', '\n'])).toEqual(['a', 'bc', '', 'de'])
    expect(await split(['a\0tail'])).toEqual(['a', 'tail'])
  })

  it('decodes a character cut between chunks, and a separator of several bytes cut in two', async () => {
    const bytes = Buffer.from('é→😀\0x\0')
    const cuts = [...Array(bytes.length).keys()].map((i) => [bytes.subarray(0, i), bytes.subarray(i)])
    for (const c of cuts) expect(await split(c)).toEqual(['é→😀', 'x'])
    expect(await split(['a\r', '\nb\r\n'], '\r\n')).toEqual(['a', 'b'])
  })

  it('batches: the records each chunk completes, none for a chunk that completes none', async () => {
    async function* stream(): AsyncGenerator<Buffer> {
      for (const c of ['a\0b\0c', 'd', 'e\0f\0', 'tail']) yield Buffer.from(c)
    }
    const out: string[][] = []
    for await (const b of splitRecordBatches(stream(), Buffer.from('\0'))) out.push(b)
    expect(out).toEqual([['a', 'b'], ['cde', 'f'], ['tail']])
  })

  it('joins a record longer than a chunk', async () => {
    expect(await split([`${'x'.repeat(70_000)}\0`.slice(0, 30_000), `${'x'.repeat(40_000)}\0`])).toEqual([
      'x'.repeat(70_000),
    ])
  })
})
