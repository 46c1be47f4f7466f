/**
 * Local entry, no GitHub needed (commits only): `node actions/changelog/dist/index.js --repo DIR [options]`.
 * Prints the changelog (default), the release notes (`--notes`), or the structured result (`--json`) to stdout;
 * progress and errors go to stderr; exit 1 on a bad argument or git error.
 */
import { once } from 'node:events'
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { resolve } from 'node:path'
import { isVersion, messageOf, UserError } from '@shipline/core'
import { withoutOptimisingCompilers } from './compilers.js'
import { isChannel } from './domain/bump.js'
import { DEFAULT_INCLUDE } from './defaults.js'
import { generate, type ChangelogOptions, type ChangelogRun } from './pipeline.js'

const USAGE = `Usage: node actions/changelog/dist/index.js --repo DIR [options]

Prints the next version's changelog for a git repository (no GitHub needed). Progress goes to stderr.

  --repo DIR                     the git repository (required)
  --from REF / --to REF          the range (default: the newest release tag .. HEAD)
  --tag-prefix P                 prefix of release tags (default: v)
  --path P                       only commits touching P (repeatable)
  --prerelease CHANNEL           e.g. rc: 1.3.0-rc.1, rc.2, ...
  --initial-version V            first release (default: 0.1.0)
  --release-as V                 this exact version, whatever the commits say
  --feat-bumps-patch-below-1     below 1.0.0 a feature bumps patch
  --repository OWNER/NAME        for links
  --json | --notes | --summary   the structured result, the release notes, or the job summary
  --quiet                        no progress on stderr
  -h, --help                     this text
`

const OPTIONS = {
  repo: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string', default: 'HEAD' },
  'tag-prefix': { type: 'string', default: 'v' },
  path: { type: 'string', multiple: true, default: [] },
  prerelease: { type: 'string' },
  'initial-version': { type: 'string', default: '0.1.0' },
  repository: { type: 'string' },
  json: { type: 'boolean', default: false },
  notes: { type: 'boolean', default: false },
  summary: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'release-as': { type: 'string' },
  'feat-bumps-patch-below-1': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsOptionsConfig

type Args = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>>['values']

/** Run the CLI with `argv` (without node and script). */
export async function cli(argv: string[]): Promise<void> {
  try {
    const { values: v } = parseArgs({ args: argv, options: OPTIONS, strict: true })
    if (v.help) return void process.stdout.write(USAGE)
    check(v)
    // The streams the run writes to are made first: their modules then still come from Node's code cache.
    void process.stdout
    if (!v.quiet) void process.stderr
    withoutOptimisingCompilers()
    const log = (m: string): void => void (v.quiet || process.stderr.write(`${m}\n`))
    const run = await generate(options(v, log))
    const r = run.result
    log(
      `${r.previousVersion ?? '(none)'} -> ${r.version || '(none)'} (${r.releaseType}); ${r.total} commits, ${r.nonConventional.length} not conventional`,
    )
    await write(await output(v, run))
  } catch (e) {
    const hint = e instanceof UserError && e.hint ? `\nHint: ${e.hint}` : ''
    process.stderr.write(`error: ${messageOf(e)}${hint}\n`)
    process.exitCode = 1
  }
}

/** Bad arguments fail before any git command runs. */
function check(v: Args): void {
  if (!v.repo) throw new UserError(`--repo is required\n${USAGE}`)
  if (v['release-as'] !== undefined && !isVersion(v['release-as']))
    throw new UserError(`--release-as '${v['release-as']}' is not a semantic version such as 1.0.0`)
  if (!isVersion(v['initial-version']))
    throw new UserError(`--initial-version '${v['initial-version']}' is not a semantic version such as 0.1.0`)
  if (v.prerelease !== undefined && !isChannel(v.prerelease))
    throw new UserError(`--prerelease '${v.prerelease}' is not a channel name such as rc or beta`)
}

/** The run's options from the arguments (commits only: the CLI reads no pull requests). */
function options(v: Args, log: (m: string) => void): ChangelogOptions {
  return {
    cwd: resolve(v.repo ?? '.'),
    ...(v.from ? { from: v.from } : {}),
    to: v.to,
    tagPrefix: v['tag-prefix'],
    initialVersion: v['initial-version'],
    ...(v.prerelease ? { prerelease: v.prerelease } : {}),
    breakingBumpsMajorBelow1: false,
    featBumpsPatchBelow1: v['feat-bumps-patch-below-1'],
    ...(v['release-as'] ? { releaseAs: v['release-as'] } : {}),
    paths: v.path,
    source: 'commits',
    includeTypes: DEFAULT_INCLUDE,
    ...(v.repository ? { repository: v.repository } : {}),
    now: new Date(),
    notes: v.notes,
    log: { info: log, warning: (m) => log(`warning: ${m}`) },
  }
}

/** What goes to stdout: the JSON result, the notes, the job summary, or the changelog in parts. */
async function output(v: Args, run: ChangelogRun): Promise<Iterable<string>> {
  const nl = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`)
  if (v.json) return [`${JSON.stringify(run.json(), null, 2)}\n`]
  if (v.notes) return [nl(run.notes)]
  if (!v.summary) return run.changelogParts()
  const { buildSummary } = await import('./domain/summary.js')
  const range = { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to }
  return [nl(buildSummary(run.result, range, run.links, run.notes).toString())]
}

/** Write parts to stdout as they come, waiting for a slow reader (a pipe) instead of queueing the whole document. */
async function write(parts: Iterable<string>): Promise<void> {
  for (const part of parts) if (!process.stdout.write(part)) await once(process.stdout, 'drain')
}
