/** The job summary and the outputs. */
import { literalValues, Summary, setOutputs } from '@shipline/core'
import { describeStep, type Plan } from './domain/plan.js'
import type { Desired, RemoteRelease } from './domain/types.js'
import type { Row } from './executor.js'

export function writeOutputs(desired: Desired, release: RemoteRelease | undefined): void {
  setOutputs({
    'release-id': release?.id ?? '',
    'html-url': release?.htmlUrl ?? '',
    'upload-url': release?.uploadUrl ?? '',
    assets: desired.assets.map((a) => {
      const r = release?.assets.find((x) => x.name === a.name)
      return { name: a.name, size: a.size, sha256: a.sha256, id: r?.id ?? null, url: r?.url ?? null }
    }),
    'npm-spec': desired.npm ? `${desired.npm.pkg.name}@${desired.npm.pkg.version}` : '',
  })
}

export function planSummary(desired: Desired, plan: Plan): Summary {
  return new Summary()
    .heading(`Release ${desired.tag}: dry run`)
    .paragraph(
      plan.nothingToDo
        ? 'Nothing to do: everything is already in place.'
        : 'Nothing was changed. This is what a real run would do:',
    )
    .table(
      ['#', 'Step'],
      plan.steps.map((s, i) => [i + 1, describeStep(s)]),
      ['r', 'l'],
    )
    .list(plan.warnings.map((w) => `⚠️ ${w}`))
}

/** The six stages as a left-to-right chart, each labelled with what happened to it in this run. */
function stages(desired: Desired, rows: Row[]): string {
  const count = (result: string): number =>
    rows.filter((r) => r.result === result && desired.assets.some((a) => a.name === r.item)).length
  const releaseRow = rows.find((r) => r.item === `release ${desired.tag}`)
  const npmRow = desired.npm
    ? rows.find((r) => r.item === `${desired.npm?.pkg.name}@${desired.npm?.pkg.version}`)
    : undefined
  const last = rows
    .filter((r) => r.item === `release ${desired.tag}` && r.result !== 'verified' && r.result !== 'MISMATCH')
    .at(-1)
  const label = (s: string): string => `"${s.replace(/"/g, "'")}"`
  return [
    'flowchart LR',
    `  V[${label('verify: ok')}] --> D[${label(`draft: ${releaseRow?.result ?? 'n/a'}`)}]`,
    `  D --> A[${label(`assets: ${count('uploaded')} uploaded, ${count('skipped')} skipped`)}]`,
    `  A --> N[${label(`npm: ${npmRow?.result ?? 'not asked'}`)}]`,
    `  N --> P[${label(`release: ${last?.result ?? 'n/a'}`)}]`,
    `  P --> R[${label(`read back: ${rows.some((r) => r.result === 'MISMATCH') ? 'mismatch' : 'verified'}`)}]`,
  ].join('\n')
}

export function runSummary(desired: Desired, release: RemoteRelease, rows: Row[], nothingToDo: boolean): Summary {
  const head = nothingToDo
    ? 'Nothing to do: the release, its assets and the npm version were already in place.'
    : `[${desired.tag}](${release.htmlUrl})`
  return new Summary()
    .heading(`Release ${desired.tag}`)
    .paragraph(head)
    .mermaid(stages(desired, rows))
    .table(['Item', 'Result', 'Detail'], rows.map(row))
}

/** A row of the results table: the item (an asset, `pkg@1.2.3`, the release) and the detail as values, not links. */
const row = (r: Row): string[] => [literalValues(r.item), r.result, literalValues(r.detail)]

/** After a failure: what was done before it, and that a re-run picks up from there. */
export function failureSummary(desired: Desired, rows: Row[], error: unknown): Summary {
  const [first = '', ...more] = (error as Error).message.split('\n')
  const s = new Summary()
    .heading(`Release ${desired.tag}: stopped`)
    .paragraph(
      `${literalValues(first)}. Nothing is published half way: the release stays a draft until every asset and the npm package are in place. **Re-run the job** to finish; it picks up from here.`,
    )
  // A multi-line message (a list of problems, npm's output) keeps its lines.
  if (more.length) s.code(more.join('\n'), 'text')
  return s.table(['Item', 'Result', 'Detail'], rows.map(row))
}
