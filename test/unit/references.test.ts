// One way to reference the actions: every README and example says `uses: shipline/shipline/actions/<name>@v<major>`,
// the reference the release workflow produces (it moves the major tag to each release); third-party actions are
// referenced at one version everywhere. The release workflow's major-tag step is run against real git repositories.
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const root = resolve(import.meta.dirname, '..', '..')
const major = `v${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version.split('.')[0]}`
const actions = readdirSync(join(root, 'actions'))
/** Every README (tracked, outside fixtures) and every example workflow. */
const docs = execFileSync('git', ['ls-files', '*.md', 'docs/examples/*.yml', 'docs/examples/*.yaml'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !f.startsWith('test/fixtures/'))
const USES = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)/gm

function usesIn(file: string): string[] {
  return [...readFileSync(join(root, file), 'utf8').matchAll(USES)].map((m) => m[1] as string)
}

it('finds the documents to check', () => {
  expect(docs).toEqual(
    expect.arrayContaining(['README.md', 'actions/changelog/README.md', 'docs/examples/tagged-release.yml']),
  )
})

describe.each(docs)('%s', (file) => {
  it(`references Shipline actions only as shipline/shipline/actions/<name>@${major}`, () => {
    const bad = usesIn(file).filter(
      (u) =>
        /shipline|^\.\/actions\//.test(u) &&
        !new RegExp(`^shipline/shipline/actions/(${actions.join('|')})@${major}$`).test(u),
    )
    expect(bad).toEqual([])
  })
})

it('references each third-party action at one version in every document and workflow', () => {
  const workflows = readdirSync(join(root, '.github/workflows')).map((f) => `.github/workflows/${f}`)
  const refs = new Map<string, Set<string>>()
  for (const u of [...docs, ...workflows].flatMap(usesIn)) {
    const [name, ref] = u.split('@')
    if (!ref || name?.startsWith('shipline/')) continue
    refs.set(name as string, (refs.get(name as string) ?? new Set()).add(ref))
  }
  expect(refs.get('actions/checkout')).toBeDefined()
  expect([...refs].filter(([, r]) => r.size > 1).map(([n, r]) => `${n}: ${[...r].join(', ')}`)).toEqual([])
})

it("the root README's example publishes the npm package build-package made, with a token", () => {
  const text = readFileSync(join(root, 'README.md'), 'utf8')
  const yaml = /```yaml\n(jobs:[\s\S]*?)```/.exec(text)?.[1] ?? ''
  const steps =
    (parse(yaml) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> }).jobs
      .release?.steps ?? []
  const publish = steps.find((s) => s.uses?.includes('/publish-release@'))
  expect(publish?.with).toEqual(
    expect.objectContaining({ 'npm-package': 'from-artifacts', 'npm-token': '${{ secrets.NPM_TOKEN }}' }),
  )
})

describe("release workflow's major tag", () => {
  const workflow = parse(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } }
    jobs: { release: { steps: { id?: string; run?: string }[] } }
  }
  const steps = workflow.jobs.release.steps
  const script = steps.find((s) => s.id === 'major-tag')?.run ?? ''
  const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()

  /** A clone with tags v0.1.0, v0.2.0, v0.1.1 (a fix on the old line), v0.3.0-rc.1, and its bare origin. */
  function repos(): { dir: string; clone: string; origin: string; sha: (tag: string) => string } {
    const dir = mkdtempSync(join(tmpdir(), 'major-tag-'))
    const origin = join(dir, 'origin.git')
    const clone = join(dir, 'clone')
    git(dir, 'init', '-q', '--bare', origin)
    git(dir, 'init', '-q', clone)
    git(clone, 'remote', 'add', 'origin', origin)
    for (const tag of ['v0.1.0', 'v0.2.0', 'v0.1.1', 'v0.3.0-rc.1']) {
      git(clone, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', tag)
      git(clone, 'tag', tag)
    }
    git(clone, 'push', '-q', 'origin', 'HEAD:refs/heads/main', '--tags')
    return { dir, clone, origin, sha: (tag) => git(clone, 'rev-parse', `${tag}^{commit}`) }
  }
  const runStep = (clone: string, version: string, sha: string): { status: number | null; out: string } => {
    const r = spawnSync('bash', ['-e', '-c', script], {
      cwd: clone,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: clone, VERSION: version, SHA: sha },
    })
    return { status: r.status, out: r.stdout + r.stderr }
  }
  const remoteTag = (origin: string, tag: string): string =>
    git(origin, 'tag', '--list', tag) && git(origin, 'rev-parse', `${tag}^{commit}`)

  it('runs after the release is published, on version tags only (moving v0 starts no release)', () => {
    expect(script).not.toBe('')
    expect(steps.findIndex((s) => s.id === 'major-tag')).toBe(steps.length - 1)
    const [pattern] = workflow.on.push.tags
    const re = new RegExp(`^${(pattern as string).replace(/\./g, '\\.').replace(/\*/g, '.*')}$`)
    expect(['v1.2.3', 'v0.3.0-rc.1'].every((t) => re.test(t))).toBe(true)
    expect(['v0', 'v1', 'vnext'].some((t) => re.test(t))).toBe(false)
  })

  it('points the major tag at the newest release, and a re-run converges', () => {
    const r = repos()
    try {
      expect(runStep(r.clone, '0.2.0', r.sha('v0.2.0')).status).toBe(0)
      expect(remoteTag(r.origin, 'v0')).toBe(r.sha('v0.2.0'))
      expect(runStep(r.clone, '0.2.0', r.sha('v0.2.0')).status).toBe(0)
      expect(git(r.origin, 'tag', '--list', 'v0*').split('\n')).toEqual([
        'v0',
        'v0.1.0',
        'v0.1.1',
        'v0.2.0',
        'v0.3.0-rc.1',
      ])
    } finally {
      rmSync(r.dir, { recursive: true, force: true })
    }
  })

  it('leaves the major tag alone for a fix to an older line and for a pre-release', () => {
    const r = repos()
    try {
      runStep(r.clone, '0.2.0', r.sha('v0.2.0'))
      const older = runStep(r.clone, '0.1.1', r.sha('v0.1.1'))
      expect(older).toEqual({ status: 0, out: expect.stringContaining('not the newest v0 release (v0.2.0 is)') })
      expect(runStep(r.clone, '0.3.0-rc.1', r.sha('v0.3.0-rc.1')).out).toContain('Pre-release 0.3.0-rc.1')
      expect(remoteTag(r.origin, 'v0')).toBe(r.sha('v0.2.0'))
    } finally {
      rmSync(r.dir, { recursive: true, force: true })
    }
  })
})
