/**
 * Whole-history golden fingerprints on two real histories (vue-core: 7,157 commits; semantic-release: 2,217 with
 * 112 merges): the changelog, release notes, JSON and job summary of the full history and of a release range, and
 * an engine run with pull requests, labels and a skip label attached to the real commits. The hashes were taken
 * from the engine before its commit store (every document byte-identical since).
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { generate, type ChangelogOptions } from '../src/pipeline.js'
import { ChangelogEngine } from '../src/domain/engine.js'
import { Links } from '../src/domain/links.js'
import { renderChangelog, renderReleaseNotes } from '../src/domain/render.js'
import { newContributors, toJson } from '../src/domain/report.js'
import { buildSummary } from '../src/domain/summary.js'
import type { PullInfo } from '../src/domain/types.js'
import { hasCorpus, loadCorpus } from '../../../test/fixtures/changelog/corpus.js'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

function options(cwd: string, extra: Partial<ChangelogOptions>): ChangelogOptions {
  return {
    cwd,
    to: 'HEAD',
    tagPrefix: 'v',
    initialVersion: '0.1.0',
    breakingBumpsMajorBelow1: false,
    paths: [],
    source: 'commits',
    includeTypes: ['feat', 'fix', 'perf', 'deprecations', 'revert', 'docs'],
    repository: 'owner/repo',
    serverUrl: 'https://github.com',
    now: new Date('2026-08-21T00:00:00Z'),
    log: { info: () => undefined, warning: () => undefined },
    ...extra,
  }
}

/** Fingerprints of every document of a run. */
async function documents(cwd: string, extra: Partial<ChangelogOptions>): Promise<Record<string, string>> {
  const run = await generate(options(cwd, extra))
  const range = { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to }
  return {
    changelog: sha(run.changelog),
    parts: sha([...run.changelogParts()].join('')),
    notes: sha(run.notes),
    json: sha(JSON.stringify(run.json())),
    summary: sha(buildSummary(run.result, range, run.links, run.notes).toString()),
  }
}

/** The engine over the real history with made-up pull requests on every 5th commit (labels, authors, skips). */
function withPulls(cwd: string): Record<string, string> {
  const out = spawnSync('git', ['log', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B%x00'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  }).stdout
  const e = new ChangelogEngine()
  for (const rec of out.split('\0')) {
    const f = rec.replace(/^\n/, '').split('\x1f', 6)
    if (f.length < 6) continue
    const parents = f[1] ? f[1].split(' ') : []
    e.add({ sha: f[0]!, parents, authorName: f[2]!, authorEmail: f[3]!, date: f[4]!, message: f[5]! })
  }
  const labels = ['bug', 'enhancement', 'semver:major', 'skip-changelog', 'documentation', 'odd one', 'security']
  const pulls = new Map<string, PullInfo>()
  e.parsed().forEach((c, i) => {
    if (i % 5 !== 0) return
    const n = 100_000 + i
    pulls.set(c.sha, {
      number: c.pr ?? n,
      title: i % 3 ? `fix(scope${i % 4}): title of ${i} (#${n})` : `Plain title ${i}`,
      labels: i % 7 === 0 ? [] : [labels[i % labels.length]!],
      ...(i % 2 ? { author: `login${i % 11}` } : {}),
    })
  })
  e.attachPulls(pulls)
  const r = e.finish({
    source: 'both',
    initial: '0.1.0',
    previous: '1.2.3',
    skipLabel: 'Skip-Changelog',
    labelMap: new Map([['Odd', ['odd one']]]),
  })
  const links = new Links({ repo: 'owner/repo' })
  const heading = { version: r.version, fromTag: 'v1.2.3', toTag: `v${r.version}`, date: '2026-08-21' }
  const notes = renderReleaseNotes(r, heading, links, {
    includeTypes: ['feat', 'fix', 'perf', 'deprecations', 'odd'],
    newContributors: newContributors(r.entries, new Set(['ada@example.com'])),
  })
  return {
    changelog: sha(renderChangelog(r, heading, links)),
    notes: sha(notes),
    json: sha(JSON.stringify(toJson(r, { to: 'HEAD', toSha: 'x' }))),
    summary: sha(buildSummary(r, { to: 'HEAD' }, links, notes).toString()),
  }
}

const GOLDEN: Record<string, Record<string, Record<string, string>>> = {
  'vue-core': {
    full: {
      changelog: '02051af05ee495dd',
      parts: '02051af05ee495dd',
      notes: '71adecb49d11619e',
      json: '11d351496cbdc7c2',
      summary: '92bb966fbfaed79e',
    },
    bare: {
      changelog: '02051af05ee495dd',
      parts: '02051af05ee495dd',
      notes: 'e3b0c44298fc1c14',
      json: '11d351496cbdc7c2',
      summary: 'fa13f372be1878d8',
    },
    range: {
      changelog: 'e36b4802020caab1',
      parts: 'e36b4802020caab1',
      notes: 'a0ee21422ead50c7',
      json: 'a86747050de6667c',
      summary: '2ee8f63ccc109795',
    },
    pulls: {
      changelog: 'd2a969178c4c8163',
      notes: '1789155240b4ffef',
      json: '692a311828cffe7f',
      summary: '424d0661081ea33d',
    },
  },
  'semantic-release': {
    full: {
      changelog: 'fae34ae6472e1420',
      parts: 'fae34ae6472e1420',
      notes: '364515ae32a2d5ff',
      json: 'b0f45e52587ffcbe',
      summary: '4ef159447f6e2115',
    },
    bare: {
      changelog: 'fae34ae6472e1420',
      parts: 'fae34ae6472e1420',
      notes: 'e3b0c44298fc1c14',
      json: 'b0f45e52587ffcbe',
      summary: 'b898d24e2a1c3d21',
    },
    range: {
      changelog: 'e8cf66e8b0e73802',
      parts: 'e8cf66e8b0e73802',
      notes: '6a42165b66b888bf',
      json: '1ccad791585dc571',
      summary: '1875ef5d43518888',
    },
    pulls: {
      changelog: '5458e11de254b3f0',
      notes: 'b9a4ba2436940783',
      json: 'c0c515871e33d8bd',
      summary: '1e3bd5c2b43c5ae7',
    },
  },
}

for (const corpus of ['vue-core', 'semantic-release']) {
  const d = hasCorpus(corpus) ? describe : describe.skip
  d(`${corpus}: whole-history documents`, () => {
    let repo = ''
    beforeAll(() => {
      repo = loadCorpus(corpus)
    }, 60_000)

    test('full history, first release', async () => {
      expect(await documents(repo, { tagPrefix: 'no-such-prefix-' })).toEqual(GOLDEN[corpus]?.full)
    }, 60_000)

    test('full history without the notes (the CLI printing the changelog)', async () => {
      expect(await documents(repo, { tagPrefix: 'no-such-prefix-', notes: false })).toEqual(GOLDEN[corpus]?.bare)
    }, 60_000)

    test('the last release range, with new contributors', async () => {
      const last = spawnSync('git', ['describe', '--tags', '--abbrev=0', 'HEAD~1'], { cwd: repo, encoding: 'utf8' })
      expect(await documents(repo, { from: last.stdout.trim(), to: 'HEAD' })).toEqual(GOLDEN[corpus]?.range)
    }, 60_000)

    test('pull requests, labels, a label map and a skip label over the whole history', () => {
      expect(withPulls(repo)).toEqual(GOLDEN[corpus]?.pulls)
    }, 60_000)
  })
}
