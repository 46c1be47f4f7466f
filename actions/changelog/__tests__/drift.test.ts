import { describe, expect, test } from '@jest/globals'
import { bothChanged, driftRow, driftSummary, wantsBackMerge } from '../src/domain/drift.js'

const facts = {
  branch: 'develop',
  trunk: 'main',
  behind: 3,
  ahead: 2,
  base: 'abc',
  trunkFiles: ['a.ts', 'b.ts', 'docs/x.md'],
  branchFiles: ['b.ts', 'c.ts', 'a.ts'],
}

describe('drift', () => {
  test('rows: both-changed files, state from the merge, back-merge only when behind and clean', () => {
    expect(bothChanged(facts)).toEqual(['a.ts', 'b.ts'])
    const clean = driftRow({ ...facts, merge: { clean: true, conflicts: [] } })
    expect(clean).toEqual({
      branch: 'develop',
      trunk: 'main',
      behind: 3,
      ahead: 2,
      bothChanged: ['a.ts', 'b.ts'],
      state: 'clean',
      conflicts: [],
    })
    expect(wantsBackMerge(clean)).toBe(true)
    const conflicted = driftRow({ ...facts, merge: { clean: false, conflicts: ['b.ts'] } })
    expect([conflicted.state, conflicted.conflicts, wantsBackMerge(conflicted)]).toEqual(['conflicts', ['b.ts'], false])
    expect(driftRow({ ...facts, behind: 0, merge: { clean: true, conflicts: [] } }).state).toBe('up to date')
    expect(driftRow({ ...facts, merge: 'unrelated' }).state).toBe('unrelated')
  })

  test('summary: a table and a chart; branch and file names cannot break out of it', () => {
    const rows = [
      driftRow({
        ...facts,
        branch: 'x|<b>',
        trunkFiles: ['`<img>`'],
        branchFiles: ['`<img>`'],
        merge: { clean: false, conflicts: ['`<img>`'] },
      }),
    ]
    const text = driftSummary(rows, new Map([['x|<b>', { url: 'http://gh/pull/1', action: '#1 opened' }]])).toString()
    expect(text).toContain(
      '| Branch | Behind trunk | Ahead of trunk | Changed on both sides | Trunk merges in | Back-merge PR |',
    )
    expect(text).toContain('| x\\|&lt;b> ← main | 3 | 2 |')
    // The file name shows as typed inside its code span, where it is text, not HTML; nowhere else.
    expect(text).toContain('`` `<img>` ``')
    expect(text.replaceAll('`` `<img>` ``', '')).not.toContain('<img>')
    expect(text).not.toContain('<b>')
    expect(text).toContain('[#1 opened](http://gh/pull/1)')
    expect(text).toContain('xychart-beta')
  })
})
