/**
 * Range resolution on real git repositories: the previous release is the newest stable tag reachable from the start
 * of the range, found with a few ancestry checks instead of a walk over the whole history, and the same as the
 * `git tag --merged` answer in every shape of history (later releases inside the range, newer releases on
 * another branch, a tag on `to` itself).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authorsBefore, openRange, resolveRange, type RangeRequest, type ResolvedRange } from '../src/adapters/git.js'
import { makeRepo, type FixtureRepo, type Step } from '../../../test/fixtures/changelog/repo.js'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

/** The git commands `run` started (their first two words, from GIT_TRACE), in order. */
async function gitCommands(run: () => Promise<unknown>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-git-trace-'))
  temps.push(dir)
  const file = join(dir, 'trace')
  const before = process.env.GIT_TRACE
  process.env.GIT_TRACE = file
  try {
    await run()
  } finally {
    if (before === undefined) delete process.env.GIT_TRACE
    else process.env.GIT_TRACE = before
  }
  const trace = existsSync(file) ? readFileSync(file, 'utf8') : '' // no git: no file
  return [...trace.matchAll(/trace: built-in: git (?:-c \S+ )?(\S+)/g)].map((m) => m[1] as string)
}
function repo(steps: readonly Step[]): FixtureRepo {
  const r = makeRepo(steps)
  temps.push(r.dir)
  return r
}

/** The reference answer: newest stable `v` tag in `git tag --merged REF` (minus tags on `exclude`). */
function merged(r: FixtureRepo, ref: string, exclude?: string): string | undefined {
  const at = exclude ? r.git('rev-parse', exclude) : ''
  const tags = r.git('tag', '--merged', ref, '--list', 'v*', '--sort=-v:refname').split('\n')
  return tags.filter((t) => t && !t.includes('-') && r.git('rev-parse', `${t}^{commit}`) !== at)[0]
}

describe('resolveRange: previous release', () => {
  // main: v1.0.0, v1.1.0, then v1.2.0-rc.1, v1.2.0, v1.3.0 after `mid`; a side branch from v1.0.0 has v2.0.0..v2.3.0
  // (never merged), so from main the four newest versions are all unreachable.
  const steps: Step[] = [
    { commit: 'feat: a' },
    { tag: 'v1.0.0' },
    { branch: 'side' },
    ...[0, 1, 2, 3].flatMap((i): Step[] => [{ commit: `feat: side ${i}` }, { tag: `v2.${i}.0` }]),
    { checkout: 'main' },
    { commit: 'fix: b' },
    { tag: 'v1.1.0' },
    { commit: 'fix: mid' },
    { commit: 'feat: c' },
    { tag: 'v1.2.0-rc.1' },
    { tag: 'v1.2.0' },
    { commit: 'fix: d' },
    { tag: 'v1.3.0' },
    { commit: 'fix: e' },
  ]

  test('default: the newest reachable stable tag, though newer versions exist on another branch', async () => {
    const r = repo(steps)
    const range = await resolveRange({ cwd: r.dir, to: 'HEAD', tagPrefix: 'v' })
    expect([range.from, range.previousVersion, range.fromSha]).toEqual([
      'v1.3.0',
      '1.3.0',
      r.git('rev-parse', 'v1.3.0'),
    ])
    expect(range.from).toBe(merged(r, 'HEAD'))
  })

  test('a tag on `to` itself is the release being described, not the previous one', async () => {
    const r = repo(steps)
    const range = await resolveRange({ cwd: r.dir, to: 'v1.3.0', tagPrefix: 'v' })
    expect(range.previousTag).toBe('v1.2.0')
    expect(range.previousTag).toBe(merged(r, 'v1.3.0', 'v1.3.0'))
  })

  test('explicit from below later releases: the newest release at or before it', async () => {
    const r = repo(steps)
    const mid = r.git('rev-parse', ':/fix: mid')
    const range = await resolveRange({ cwd: r.dir, from: mid, to: 'HEAD', tagPrefix: 'v' })
    expect([range.previousTag, range.previousVersion]).toEqual(['v1.1.0', '1.1.0'])
    expect(range.previousTag).toBe(merged(r, mid))
    const atTag = await resolveRange({ cwd: r.dir, from: 'v1.2.0', to: 'HEAD', tagPrefix: 'v' })
    expect(atTag.previousTag).toBe('v1.2.0')
  })

  test('on the side branch: its own newest release, and every version for pre-release numbering', async () => {
    const r = repo(steps)
    const range = await resolveRange({ cwd: r.dir, to: 'side', tagPrefix: 'v', allTags: true })
    expect(range.previousTag).toBe('v2.2.0')
    expect(range.previousTag).toBe(merged(r, 'side', 'side'))
    expect([...range.taken].sort()).toEqual([
      '1.0.0',
      '1.1.0',
      '1.2.0',
      '1.2.0-rc.1',
      '1.3.0',
      '2.0.0',
      '2.1.0',
      '2.2.0',
      '2.3.0',
    ])
  })

  test('no tag with the prefix: the whole history', async () => {
    const r = repo(steps)
    const range = await resolveRange({ cwd: r.dir, to: 'HEAD', tagPrefix: 'none-' })
    expect([range.from, range.fromSha, range.previousVersion, range.taken]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
    ])
  })

  test('`to` naming a tag (by name or refs/tags/ path) is flagged for the tag date; HEAD or a branch is not', async () => {
    const r = repo(steps)
    const flags = await Promise.all(
      ['v1.3.0', 'refs/tags/v1.3.0', 'HEAD', 'side', 'v1.3.0~1'].map(
        async (to) => (await resolveRange({ cwd: r.dir, to, tagPrefix: 'v' })).toIsTag,
      ),
    )
    expect(flags).toEqual([true, true, false, false, false])
  })
})

describe('resolveRange: from must precede to', () => {
  const steps: Step[] = [
    { commit: 'feat: a' },
    { tag: 'v1.0.0' },
    { branch: 'side' },
    { commit: 'feat: side' },
    { checkout: 'main' },
    { commit: 'fix: b' },
  ]

  test('from on the history of to, including a merge-free range of one commit and from = to', async () => {
    const r = repo(steps)
    for (const from of ['v1.0.0', 'HEAD~1', 'HEAD']) {
      const range = await resolveRange({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' })
      expect(range.fromSha).toBe(r.git('rev-parse', from))
    }
  })

  test('from after to, or on another branch, is refused naming the input and why', async () => {
    const r = repo(steps)
    await expect(resolveRange({ cwd: r.dir, from: 'HEAD', to: 'v1.0.0', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'from': 'HEAD' comes after 'to' ('v1.0.0'): the range would be empty",
    )
    await expect(resolveRange({ cwd: r.dir, from: 'side', to: 'main', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'from': 'side' is not an ancestor of 'to' ('main'): they are on different branches",
    )
  })
})

describe('openRange: the commits stream while the range is resolved', () => {
  // main: v1.0.0 (annotated), then a side branch with v1.5.0 (never merged), then main goes on to HEAD.
  const steps: Step[] = [
    { commit: 'feat: a' },
    { commit: 'fix: b', file: 'pkg/b.txt' },
    { branch: 'side' },
    { commit: 'feat: side' },
    { tag: 'v1.5.0' },
    { checkout: 'main' },
    { commit: 'fix: c', file: 'pkg/c.txt' },
    { commit: 'docs: d' },
  ]
  async function open(req: RangeRequest, paths: string[] = []): Promise<{ shas: string[]; from?: string }> {
    const opened = openRange(req, paths)
    const shas: string[] = []
    await opened.read((c) => shas.push(c.sha))
    const range = await opened.range
    return { shas, ...(range.from ? { from: range.from } : {}) }
  }
  const log = (r: FixtureRepo, ...args: string[]): string[] => r.git('log', '--format=%H', ...args).split('\n')

  test('default: the bet on the newest tag (on another branch) is dropped; the commits are those after the release', async () => {
    const r = repo(steps)
    r.git('tag', '-a', 'v1.0.0', '-m', 'release 1.0.0', r.sha[1] as string)
    const got = await open({ cwd: r.dir, to: 'HEAD', tagPrefix: 'v' })
    expect(got).toEqual({ shas: log(r, 'v1.0.0..HEAD'), from: 'v1.0.0' })
    // The bet's log was dropped: the count is the range's after the release found.
    expect(await openRange({ cwd: r.dir, to: 'HEAD', tagPrefix: 'v' }, []).written).toBe(got.shas.length)
    const range = await resolveRange({ cwd: r.dir, to: 'HEAD', tagPrefix: 'v' })
    expect(range.fromSha).toBe(r.sha[1]) // the annotated tag is peeled to its commit
  })

  test('explicit from (a tag, a sha, a relative ref) and paths: the commits of the range only, boundary left out', async () => {
    const r = repo(steps)
    r.git('tag', 'v1.0.0', r.sha[1] as string)
    for (const from of ['v1.0.0', r.sha[1] as string, 'HEAD~2'])
      expect((await open({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' })).shas).toEqual(log(r, 'v1.0.0..HEAD'))
    expect((await open({ cwd: r.dir, from: r.sha[0] as string, to: 'HEAD', tagPrefix: 'v' }, ['pkg'])).shas).toEqual(
      log(r, `${r.sha[0]}..HEAD`, '--', 'pkg'),
    )
  })

  test('explicit from as a commit id to HEAD: no rev-parse (the tag listing names HEAD, the boundary proves from)', async () => {
    const r = repo(steps)
    r.git('tag', 'v1.0.0', r.sha[1] as string)
    const from = r.sha[1] as string
    const [head, expected] = [r.git('rev-parse', 'HEAD'), log(r, 'v1.0.0..HEAD')]
    const shas: string[] = []
    let fromSha: string | undefined
    let range: ResolvedRange | undefined
    let written: number | undefined
    const commands = await gitCommands(async () => {
      const opened = openRange({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' }, [])
      fromSha = await opened.fromSha
      await opened.read((c) => shas.push(c.sha))
      range = await opened.range
      written = await opened.written
    })
    expect(shas).toEqual(expected)
    expect(written).toBe(expected.length) // what the run calls a short range, once git has written it all
    expect([fromSha, range?.fromSha, range?.toSha, range?.previousTag]).toEqual([from, from, head, 'v1.0.0'])
    expect(commands.sort()).toEqual(['log', 'merge-base', 'show-ref']) // merge-base: v1.5.0, on `side`
    // from = HEAD's commit: an empty range, still without rev-parse.
    const empty = await gitCommands(async () => {
      expect((await open({ cwd: r.dir, from: head, to: 'HEAD', tagPrefix: 'v' })).shas).toEqual([])
    })
    expect(empty).not.toContain('rev-parse')
  })

  test('explicit from just after a release: the boundary names its parent, so the release needs no ancestry check', async () => {
    const r = repo(steps)
    r.git('tag', '-a', 'v1.0.0', '-m', 'release 1.0.0', r.sha[0] as string)
    r.git('tag', 'v1.1.0', r.sha[1] as string) // from's parent
    const from = r.git('rev-parse', 'HEAD~1') // fix: c, after fix: b (v1.1.0)
    let range: ResolvedRange | undefined
    const commands = await gitCommands(async () => {
      range = await resolveRange({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' })
    })
    expect([range?.previousTag, range?.previousVersion]).toEqual(['v1.1.0', '1.1.0'])
    expect(range?.previousTag).toBe(merged(r, from))
    // v1.5.0 (on `side`, newer) is still checked, and refused; v1.1.0 then needs no check.
    expect(commands.sort()).toEqual(['log', 'merge-base', 'show-ref'])
    r.git('tag', '-d', 'v1.5.0')
    const fewer = await gitCommands(async () => {
      range = await resolveRange({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' })
    })
    expect(range?.previousTag).toBe('v1.1.0')
    expect(fewer.sort()).toEqual(['log', 'show-ref'])
    // Further down (v1.0.0, the parent's parent) the ancestry check runs as before.
    r.git('tag', '-d', 'v1.1.0')
    const further = await gitCommands(async () => {
      range = await resolveRange({ cwd: r.dir, from, to: 'HEAD', tagPrefix: 'v' })
    })
    expect(range?.previousTag).toBe('v1.0.0')
    expect(further.sort()).toEqual(['log', 'merge-base', 'show-ref'])
  })

  test('explicit from as an id the boundary cannot prove: rev-parse resolves it or names the bad input', async () => {
    const r = repo(steps)
    r.git('tag', '-a', 'v1.0.0', '-m', 'release 1.0.0', r.sha[1] as string)
    // An annotated tag's id: peeled to its commit, as before.
    const tagId = r.git('rev-parse', 'v1.0.0')
    const range = await resolveRange({ cwd: r.dir, from: tagId, to: 'HEAD', tagPrefix: 'v' })
    expect([range.fromSha, range.previousTag]).toEqual([r.sha[1], 'v1.0.0'])
    const missing = 'f'.repeat(40)
    await expect(open({ cwd: r.dir, from: missing, to: 'HEAD', tagPrefix: 'v' })).rejects.toThrow(
      `Input 'from': '${missing}' is not a commit, tag or branch in this repository`,
    )
    const side = r.git('rev-parse', 'side')
    await expect(open({ cwd: r.dir, from: side, to: 'HEAD', tagPrefix: 'v' })).rejects.toThrow(
      `Input 'from': '${side}' is not an ancestor of 'to' ('HEAD'): they are on different branches`,
    )
  })

  test("authors before the range: each of the range's authors answered exactly, a new contributor not seen", async () => {
    const r = repo([
      { commit: 'feat: old', author: 'Zed' },
      { commit: 'fix: x', author: 'Xcarol' },
      { commit: 'fix: a', author: 'Bob' },
      { commit: 'fix: b' },
      { tag: 'v1.0.0' },
      { commit: 'fix: c', author: 'Bob', email: 'Bob@Example.com' },
      { commit: 'feat: d', author: 'Carol' },
      { commit: 'fix: e', author: 'Zed' },
      { commit: 'fix: f' },
    ])
    // A mailmap naming Zed otherwise: the raw emails are what count (as `%ae` reads them).
    writeFileSync(join(r.dir, '.mailmap'), 'Zed Z <z@elsewhere.org> <zed@example.com>\n')
    const opened = openRange({ cwd: r.dir, to: 'HEAD', tagPrefix: 'v' }, [])
    const fromSha = await opened.fromSha
    // The older history read whole; or its newest commit, then git keeping only the commits of the authors still
    // unseen; or listing every author (too many unseen, or too many commits in the range): the same answers, Xcarol
    // not taken for Carol.
    const answers = [{}, { recent: 1 }, { recent: 1, sought: 0 }, { short: 0 }].map((limits) =>
      authorsBefore(r.dir, fromSha, opened.authors, limits),
    )
    await opened.read(() => undefined)
    expect([...((await opened.authors(Infinity)) ?? [])].sort()).toEqual([
      'Bob@Example.com',
      'ada@example.com',
      'carol@example.com',
      'zed@example.com',
    ])
    for (const seen of await Promise.all(answers))
      expect(['ada', 'bob', 'carol', 'zed'].map((n) => seen.has(`${n}@example.com`))).toEqual([true, true, false, true])
    // At the start of history: nobody before, no git.
    const commands = await gitCommands(() => authorsBefore(r.dir, undefined, opened.authors))
    expect(commands).toEqual([])
  })

  test('default with no release tag: the whole history, read beside the shallow check; a shallow clone is refused', async () => {
    const r = repo(steps)
    expect((await open({ cwd: r.dir, to: 'HEAD', tagPrefix: 'none-' })).shas).toEqual(log(r, 'HEAD'))
    const dest = mkdtempSync(join(tmpdir(), 'shipline-range-shallow-'))
    temps.push(dest)
    r.git('clone', '-q', '--depth', '1', `file://${r.dir}`, join(dest, 'w'))
    await expect(open({ cwd: join(dest, 'w'), to: 'HEAD', tagPrefix: 'none-' })).rejects.toThrow(
      "No release tag matching 'none-*' is reachable from 'HEAD', and the history is incomplete (shallow clone)",
    )
  })

  test('a bad from or to is reported as such, not as the failure of the git log started beside it', async () => {
    const r = repo(steps)
    await expect(open({ cwd: r.dir, from: 'nope', to: 'HEAD', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'from': 'nope' is not a commit, tag or branch in this repository",
    )
    await expect(open({ cwd: r.dir, from: 'HEAD~1', to: 'nope', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'to': 'nope' is not a commit, tag or branch in this repository",
    )
    await expect(open({ cwd: r.dir, from: '--all', to: 'HEAD', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'from': '--all' is not a git revision",
    )
    await expect(open({ cwd: r.dir, from: 'HEAD', to: 'HEAD~2', tagPrefix: 'v' })).rejects.toThrow(
      "Input 'from': 'HEAD' comes after 'to' ('HEAD~2'): the range would be empty",
    )
  })
})
