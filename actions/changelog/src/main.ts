/** Action glue: inputs → engine → file, outputs, annotations, summary. */
import { group, setOutputs, UserError, warning } from '@shipline/core'
import { checkChangelogPath, writeChangelogFile } from './adapters/changelog-file.js'
import { buildSummary } from './domain/summary.js'
import { readInputs } from './inputs.js'
import { readDriftInputs, runDrift } from './drift.js'
import { lineSummary } from './line.js'

const MAX_ANNOTATIONS = 10

export async function main(): Promise<void> {
  const o = await readInputs()
  const drift = readDriftInputs()
  if (drift) return group('Branch drift', () => runDrift(drift, o))
  if (o.changelogFile) await checkChangelogPath(o.cwd, o.changelogFile)
  // The run (git, then the engine while git runs) is evaluated only once the inputs are valid: a bad input fails fast.
  const { generate } = await import(/* webpackMode: "eager" */ './pipeline.js')
  const run = await group('Reading commits', () => generate(o))
  const { result: r } = run
  const odd = r.nonConventional
  odd
    .slice(0, MAX_ANNOTATIONS)
    .forEach((c) =>
      warning(`Not a conventional commit, listed under "Other": ${c.header}`, { title: `Commit ${c.shortSha}` }),
    )
  if (odd.length > MAX_ANNOTATIONS)
    warning(`${odd.length - MAX_ANNOTATIONS} more non-conventional commits (see the job summary)`)
  if (o.strict && odd.length) {
    throw new UserError(
      `${odd.length} commit${odd.length === 1 ? ' is' : 's are'} not conventional (strict: true): ${odd
        .slice(0, 5)
        .map((c) => `${c.shortSha} '${c.header}'`)
        .join(', ')}`,
      {
        hint: "Write headers as 'type(scope): subject' (e.g. 'fix(api): handle empty body'), or set strict: false to list them under Other.",
      },
    )
  }
  if (o.changelogFile && r.releaseType !== 'none') {
    const changed = await writeChangelogFile(o.cwd, o.changelogFile, r.version, run.changelog)
    o.log.info(changed ? `Prepended ${r.version} to ${o.changelogFile}` : `${o.changelogFile} already has ${r.version}`)
  }
  setOutputs({
    version: r.version,
    'previous-version': r.previousVersion ?? '',
    'release-type': r.releaseType,
    changelog: run.changelog,
    'release-notes': run.notes,
    json: run.json(),
    breaking: r.breaking,
    'commit-count': r.entries.length,
    'dist-tag': run.line?.line?.distTag ?? '',
  })
  const summary = buildSummary(
    r,
    { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to },
    run.links,
    run.notes,
  )
  ;(run.line ? summary.raw(lineSummary(run.line)) : summary).write()
}
