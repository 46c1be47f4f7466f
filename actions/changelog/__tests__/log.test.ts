/**
 * The range's `git log` on a real repository: the commits reach the reader newest first whatever its pace, and of
 * the range's commits only the tagged ones are kept for the tag checks once the tags are known.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { startLog } from '../src/adapters/log.js'
import { makeRepo, type FixtureRepo, type Step } from '../../../test/fixtures/changelog/repo.js'

const temps: string[] = []
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})
function repo(steps: readonly Step[]): FixtureRepo {
  const r = makeRepo(steps)
  temps.push(r.dir)
  return r
}
const commits = (n: number): Step[] => Array.from({ length: n }, (_, i) => ({ commit: `fix: change ${i}` }))

describe('startLog', () => {
  test('keepOnly: of the range, only the given commits are noted, before and after the call', async () => {
    const r = repo(commits(6))
    const [tagged, other] = [r.sha[4] as string, r.sha[2] as string]
    const log = startLog(r.dir, `${r.sha[0]}..HEAD`, [], true)
    log.keepOnly(new Set([tagged, r.sha[0] as string]))
    const seen: string[] = []
    expect(await log.read((c) => seen.push(c.sha))).toBe(5)
    expect(seen).toEqual(r.git('log', '--format=%H', `${r.sha[0]}..HEAD`).split('\n'))
    expect([...log.inRange]).toEqual([tagged]) // the boundary commit is not in the range
    expect(log.inRange.has(other)).toBe(false)
    expect(log.boundary).toEqual(new Set([r.sha[0]]))
  })

  test('before: the boundary commits and their parents, all on the history of the range start', async () => {
    const r = repo(commits(4))
    const log = startLog(r.dir, `${r.sha[2]}..HEAD`, [], true)
    expect(await log.read(() => undefined)).toBe(1)
    expect(log.written).toBe(1)
    expect(log.boundary).toEqual(new Set([r.sha[2]]))
    expect(log.before).toEqual(new Set([r.sha[2], r.sha[1]]))
  })

  test('a reader slower than git gets every commit, newest first, however long the range', async () => {
    const r = repo(commits(120))
    const log = startLog(r.dir, 'HEAD', [], true)
    await new Promise((resolve) => setTimeout(resolve, 50)) // git lists ahead while the reader is not there yet
    const seen: string[] = []
    const n = await log.read((c) => {
      seen.push(c.sha)
    })
    await log.done
    expect(n).toBe(120)
    expect(seen).toEqual(r.git('log', '--format=%H', 'HEAD').split('\n'))
    expect(log.inRange.size).toBe(120)
  })
})
