/** The job summary (steps table, artifacts table, failure tail) and the source-date / provenance lookups. */
import { basename } from 'node:path'
import { codeSpan, commitTime, formatDuration, gitMaybe, InputError, Summary } from '@shipline/core'
import type { Artifact, Provenance } from '../domain/manifest.js'
import type { StepRecord } from './steps.js'

const ICON: Record<StepRecord['result'], string> = {
  success: '✅ success',
  failure: '❌ failure',
  skipped: '⏭️ skipped',
  'not run': '⏸️ not run',
}

/** 1980-01-01T00:00:00Z: the fixed epoch used when neither SOURCE_DATE_EPOCH nor a git commit is available. */
export const FIXED_EPOCH = 315532800

/**
 * The timestamp every archive entry gets: SOURCE_DATE_EPOCH when set (reproducible-builds.org convention), else
 * the commit time of HEAD, else a fixed epoch.
 */
export async function sourceDateEpoch(env: NodeJS.ProcessEnv, cwd: string): Promise<{ epoch: number; from: string }> {
  const v = env.SOURCE_DATE_EPOCH?.trim()
  if (v) {
    if (!/^\d{1,11}$/.test(v))
      throw new InputError('SOURCE_DATE_EPOCH', v, 'is not a whole number of seconds since 1970')
    return { epoch: Number(v), from: 'SOURCE_DATE_EPOCH' }
  }
  if ((await gitMaybe(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd)) !== undefined) {
    return { epoch: await commitTime('HEAD', cwd), from: 'the commit time of HEAD' }
  }
  return { epoch: FIXED_EPOCH, from: 'the fixed epoch (no git commit found)' }
}

/** Current commit, for provenance outside Actions. */
export function headCommit(cwd: string): Promise<string | undefined> {
  return gitMaybe(['rev-parse', 'HEAD'], cwd)
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}

export interface ReportData {
  name: string
  version: string | undefined
  steps: readonly StepRecord[]
  artifacts?: readonly Artifact[]
  outDir?: string
  epochFrom?: string
  provenance?: Provenance
  failure?: string
}

/** Render the summary markdown. */
export function renderSummary(d: ReportData): Summary {
  const s = new Summary().heading(
    `${d.failure ? '❌' : '📦'} build-package: ${codeSpan(d.name)}${d.version ? ` ${codeSpan(d.version)}` : ''}`,
  )
  s.table(
    ['Step', 'Result', 'Duration', 'Runs'],
    d.steps.map((st) => [
      st.id,
      `${ICON[st.result]}${st.note ? ` (${st.note})` : ''}`,
      st.result === 'success' || st.result === 'failure' ? formatDuration(st.durationMs) : '',
      codeSpan(st.what),
    ]),
    ['l', 'l', 'r', 'l'],
  )
  const gantt = stepGantt(d.steps)
  if (gantt) s.mermaid(gantt)
  const failed = d.steps.find((st) => st.result === 'failure')
  if (d.failure) {
    s.paragraph(`**Failed${failed ? ` at step \`${failed.id}\`` : ''}.** No packages were written.`)
    if (failed?.tail) s.code(failed.tail, 'text')
    else s.code(d.failure, 'text')
    return s
  }
  if (d.artifacts && d.artifacts.length > 0) {
    s.heading('Packages', 3)
    s.table(
      ['File', 'Kind', 'Size', 'sha256'],
      d.artifacts.map((a) => [`\`${basename(a.path)}\``, a.kind, size(a.size), `\`${a.sha256.slice(0, 16)}…\``]),
      ['l', 'l', 'r', 'l'],
    )
    for (const img of d.artifacts.filter((a) => a.kind === 'image' && a.digest)) {
      s.paragraph(
        `Image \`${basename(img.path)}\`: digest \`${img.digest}\` (an OCI layout in a tar: \`skopeo inspect oci-archive:${basename(img.path)}\`).`,
      )
    }
    const p = d.provenance
    if (p?.commit) {
      const run = p.runUrl
        ? ` in [run ${p.runUrl.replace(/^.*\/runs\//, '').replace('/attempts/', ' attempt ')}](${p.runUrl})`
        : ''
      s.paragraph(
        `Built from \`${p.commit.slice(0, 12)}\`${p.ref ? ` (\`${p.ref}\`)` : ''}${run}; the manifest records this provenance.`,
      )
    }
    s.paragraph(
      `Written to \`${d.outDir}\` with \`SHA256SUMS\` (verify with \`sha256sum -c SHA256SUMS\` there). Archive timestamps from ${d.epochFrom}, so rebuilding this commit gives the same bytes.`,
    )
  }
  return s
}

/** A mermaid gantt chart of the steps that ran, one bar each, back to back (undefined when none ran). */
export function stepGantt(steps: readonly StepRecord[]): string | undefined {
  const ran = steps.filter((st) => st.result === 'success' || st.result === 'failure')
  if (ran.length === 0) return undefined
  const lines = ['gantt', '  title Build steps', '  dateFormat x', '  axisFormat %M:%S']
  let at = 0
  for (const st of ran) {
    const ms = Math.max(1, Math.round(st.durationMs))
    lines.push(
      `  ${st.id} (${formatDuration(st.durationMs)}) :${st.result === 'failure' ? 'crit, ' : ''}${st.id}, ${at}, ${at + ms}`,
    )
    at += ms
  }
  return lines.join('\n')
}
