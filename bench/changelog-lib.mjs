// What the changelog benchmarks (changelog.bench.mjs, changelog-release.bench.mjs) share: their histories (the
// vue-core metadata corpus: 7,157 commits, 264 tags; and a long one, that corpus replayed three times on top of
// itself by replay-corpus.mjs: 21,471 commits, 792 tags; built once and cached in tmpdir, same scheme as the golden
// tests), the Node floor (a Node process that only streams a `git log` and splits its records) and the
// measurement of one whole process (wall, CPU of the process tree, peak RSS).
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { replayStream } from './replay-corpus.mjs'
import { root } from './lib.mjs'

export const CORPORA = process.env.CORPORA_DIR || join(root, '..', 'shared', 'corpora')
/** The corpus stream the histories are built from (absent: the benchmarks are skipped). */
export const corpusStream = join(CORPORA, 'vue-core.fi.gz')

/** A repository built by `build(dir)`, cached in tmpdir under `key`. */
function cached(key, build) {
  const dest = join(tmpdir(), key)
  if (existsSync(join(dest, '.git', 'shipline-ready'))) return dest
  const work = mkdtempSync(join(tmpdir(), `${key}-build-`))
  build(join(work, 'repo'))
  writeFileSync(join(work, 'repo', '.git', 'shipline-ready'), '')
  try {
    renameSync(join(work, 'repo'), dest)
  } catch {
    if (!existsSync(join(dest, '.git', 'shipline-ready'))) throw new Error(`could not place the corpus at ${dest}`)
  }
  rmSync(work, { recursive: true, force: true })
  return dest
}

/** name → () => the repository's path (built on first use). */
export function changelogHistories() {
  const streamBytes = readFileSync(corpusStream)
  const hash = createHash('sha256').update(streamBytes).digest('hex').slice(0, 16)
  return {
    'vue-core': () =>
      cached(`shipline-corpus-vue-core-${hash}`, (dir) =>
        execFileSync('bash', [join(CORPORA, 'load.sh'), 'vue-core', dir], {
          stdio: 'ignore',
          env: { ...process.env, CORPORA_DIR: CORPORA },
        }),
      ),
    long: () =>
      cached(`shipline-corpus-vue-core-x3-${hash}`, (dir) => {
        execFileSync('git', ['init', '-q', '-b', 'main', dir])
        execFileSync('git', ['fast-import', '--quiet', '--done'], {
          cwd: dir,
          input: replayStream(streamBytes, 3),
          stdio: ['pipe', 'ignore', 'inherit'],
          maxBuffer: 1 << 30,
        })
        execFileSync('git', ['symbolic-ref', 'HEAD', 'refs/heads/main'], { cwd: dir })
      }),
  }
}

/** The format Shipline's `git log` reads, for the floors. */
export const FORMAT = '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B%x00'

/**
 * The Node floor's script (args: git's arguments) in a temp dir; `remove()` deletes it. With `tags`, the script
 * also lists the tags as Shipline does (`git show-ref --head --tags -d`, started first, read whole, not parsed):
 * the least a changelog must do besides its log, since the previous release decides the next version.
 */
export function nodeFloor({ tags = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-changelog-'))
  const script = join(dir, 'stream.mjs')
  const listing = tags
    ? `const refs = spawn('git', ['show-ref', '--head', '--tags', '-d'], { stdio: ['ignore', 'pipe', 'inherit'] })
let listed = ''
refs.stdout.setEncoding('utf8')
refs.stdout.on('data', (c) => (listed += c))
const listedAll = new Promise((ok) => refs.on('close', ok))
`
    : ''
  const counted = tags ? `await listedAll\nn += listed.length > 0 ? 1 : 0\n` : ''
  writeFileSync(
    script,
    `import { spawn } from 'node:child_process'
${listing}const child = spawn('git', process.argv.slice(2), { stdio: ['ignore', 'pipe', 'inherit'] })
child.stdout.setEncoding('utf8')
let pending = ''
let n = 0
for await (const chunk of child.stdout) {
  pending += chunk
  let at = pending.indexOf('\\0')
  while (at !== -1) { n += pending.slice(0, at).split('\\x1f', 6).length; pending = pending.slice(at + 1); at = pending.indexOf('\\0') }
}
${counted}if (n === 0) process.exitCode = 1
`,
  )
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** GNU time, for the peak RSS (%M), when present. */
export const gnuTime = ['/usr/bin/time'].find(
  (p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0,
)

// CPU time from bash's `times` (getrusage of its children: the tool and everything it ran, in milliseconds), not
// GNU time's %U %S (10 ms steps, a third of a short run); GNU time still gives the peak RSS (%M).
const CPU_SCRIPT = '"$@"; s=$?; times >&2; exit $s'

/** One whole run of `file args` in `cwd`: wall ms, CPU ms of the process tree, peak RSS bytes (NaN without GNU time). */
export function measure(cwd, [file, args]) {
  const inner = gnuTime ? [gnuTime, '-f', '%M', file, ...args] : [file, ...args]
  const t = process.hrtime.bigint()
  const r = spawnSync('bash', ['-c', CPU_SCRIPT, 'bench', ...inner], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`)
  const lines = r.stderr.trim().split('\n')
  // `times` prints the shell's own user/sys line, then its children's: `0m0.123s 0m0.045s`.
  const seconds = (t) =>
    t.split(' ').reduce((sum, x) => {
      const m = /^(\d+)m([\d.]+)s$/.exec(x)
      return sum + (m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN)
    }, 0)
  const cpu = seconds(lines.at(-1) ?? '') * 1000
  const kb = gnuTime ? Number(lines.at(-3)) : Number.NaN
  return { ms, rss: kb * 1024, cpu }
}
