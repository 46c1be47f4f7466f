/**
 * changelog with hostile commit and pull-request text (issue 14): subjects, bodies, author names, PR titles and
 * labels carry every payload. Run bundled through the runner harness against the GitHub emulator; nothing the
 * text says may become a runner command, an output, a summary break-out or a leak.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { runAction } from '../support/runner/index.js'
import { startEmulator, type Emulator } from '../support/github-emulator/index.js'
import { makeRepo } from '../fixtures/changelog/repo.js'
import { expectContained, MANY_LINES, ONE_LINE } from '../support/hostile.js'

let gh: Emulator
const temps: string[] = []
beforeAll(async () => {
  gh = await startEmulator()
}, 60_000)
afterAll(async () => {
  await gh?.stop()
  for (const t of temps) rmSync(t, { recursive: true, force: true })
})

const TOKEN = 'ghs_hostile_token_0123456789'

describe('changelog: hostile commit and PR text', () => {
  test('subjects, bodies, authors, PR titles and labels: no command, no forged output, no break-out, no leak', async () => {
    const r = makeRepo([
      { commit: 'feat: first' },
      { tag: 'v1.0.0' },
      { commit: `feat: ${ONE_LINE}\n\n${MANY_LINES}\n\nBREAKING CHANGE: ${ONE_LINE}` },
      { commit: `fix(${'x'}): ${ONE_LINE} (#9)` },
      { commit: ONE_LINE, author: 'Mallory ::add-mask::x ##[add-mask]x' },
      { commit: `Revert "feat: ${ONE_LINE}"\n\nThis reverts commit 0000000.` },
    ])
    temps.push(r.dir)
    const ns = await gh.repo()
    await gh.seed(ns.owner, ns.repo, {
      pulls: [
        {
          number: 9,
          title: `fix: ${ONE_LINE}`,
          labels: ['bug', '::add-mask::x'],
          merged: true,
          merged_at: '2026-01-01T05:00:00Z',
          merge_commit_sha: r.sha[3],
          user: 'mallory',
        },
      ],
    })
    const res = await runAction('changelog', {
      workspace: r.dir,
      inputs: { 'changelog-file': 'CHANGELOG.md' },
      token: TOKEN,
      repository: `${ns.owner}/${ns.repo}`,
      env: { GITHUB_API_URL: gh.url },
    })
    expect(res.exitCode).toBe(0)
    expect(res.outputs.version).toBe('1.0.1') // the feat is reverted in the range; the fix (#9) makes a patch
    // the text is still there, as text
    expect(res.outputs['release-notes']).toContain('::add-mask::x')
    expect(res.stdout).toContain('::add-mask::x')
    expectContained(res, { masks: [TOKEN] })
  })

  test('a commit subject over 1 MB: outputs truncated to the limit with the full text under RUNNER_TEMP, the summary cut, nothing refused', async () => {
    const r = makeRepo([{ commit: 'feat: first' }, { tag: 'v1.0.0' }])
    temps.push(r.dir)
    const message = join(r.dir, '..', `${basename(r.dir)}-msg`)
    temps.push(message)
    writeFileSync(message, `feat: ${'A'.repeat(1_100_000)}\n`) // too long for argv: git commit -F
    r.git('commit', '-q', '--allow-empty', '-F', message)
    const res = await runAction('changelog', { workspace: r.dir, inputs: { source: 'commits' }, timeoutMs: 60_000 })
    expect(res.exitCode).toBe(0)
    expect(res.fileCommandErrors).toEqual([])
    for (const name of ['changelog', 'release-notes', 'json'])
      expect(Buffer.byteLength(res.outputs[name] as string)).toBeLessThanOrEqual(1024 * 1024)
    const notes = res.annotations.filter((a) => a.kind === 'warning' && /over GitHub's 1 MB limit/.test(a.message))
    expect(notes.map((a) => /Output '([\w-]+)'/.exec(a.message)?.[1]).sort()).toEqual([
      'changelog',
      'json',
      'release-notes',
    ])
    expect(notes[0]?.message).toMatch(/the full text is in \/.*\/runner-temp\/shipline-outputs\//)
    expect(res.outputs.changelog).toMatch(
      /\[truncated: the full \d+ bytes are in .*runner-temp\/shipline-outputs\/changelog-[0-9a-f]{8}\.txt\]$/,
    )
    expect(Buffer.byteLength(res.summary)).toBeLessThanOrEqual(1024 * 1024)
  }, 90_000)
})
