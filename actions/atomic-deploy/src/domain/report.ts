/** Per-host results, the switch skew and the job summary (tables and a gantt chart). Pure. */
import { codeSpan, inline, literalValues, Summary } from '@shipline/core'

export type Phase = 'connect' | 'lock' | 'stage' | 'switch' | 'health' | 'revert' | 'finish'
export const PHASES: readonly Phase[] = ['connect', 'lock', 'stage', 'switch', 'health', 'revert', 'finish']

/** What happened on one host; serialised into the `hosts` output. */
export interface HostResult {
  host: string
  /** `switched`, `unchanged` (already live), `reverted`, `not-switched`, `planned` (dry run) or `failed`. */
  result: 'switched' | 'unchanged' | 'reverted' | 'not-switched' | 'planned' | 'failed'
  previous: string
  release: string
  staged?: 'uploaded' | 'reused'
  /** Phase timings: start (ms since the run started) and duration. */
  timings: Partial<Record<Phase, { start: number; ms: number }>>
  /** When `current` was renamed on the host (ns since the epoch, from the host's clock). */
  switchedAtNs?: string
  error?: string
  /** What `on-revert` did on this host, when it ran. */
  onRevert?: { code: number | null; ms: number; error?: string }
  plan?: string[]
}

/** Max − min switch time across hosts, in ms (undefined with fewer than one switch). */
export function switchSkewMs(results: readonly HostResult[]): number | undefined {
  const at = results.flatMap((r) => (r.switchedAtNs ? [BigInt(r.switchedAtNs)] : []))
  if (at.length === 0) return undefined
  const max = at.reduce((a, b) => (a > b ? a : b))
  const min = at.reduce((a, b) => (a < b ? a : b))
  return Number(max - min) / 1e6
}

const ms = (t?: { ms: number }): string => (t ? `${Math.round(t.ms)} ms` : '')

/** Mermaid gantt of the phases per host (ms since the run started). */
export function gantt(results: readonly HostResult[]): string {
  const lines = ['gantt', '  title Phases per host (ms since start)', '  dateFormat x', '  axisFormat %S.%L s']
  for (const r of results) {
    lines.push(`  section ${r.host.replace(/[:#;]/g, ' ')}`)
    for (const p of PHASES) {
      const t = r.timings[p]
      if (t) lines.push(`  ${p} : ${Math.round(t.start)}, ${Math.round(t.start + Math.max(1, t.ms))}`)
    }
  }
  return lines.join('\n')
}

const HEADERS = [
  'host',
  'result',
  'before',
  'release',
  'staged',
  'connect',
  'lock',
  'stage',
  'switch',
  'health',
  'revert',
  'error',
]

/** One row of the results table. */
function row(r: HostResult): string[] {
  const t = r.timings
  return [
    codeSpan(r.host),
    r.result,
    r.previous ? r.previous.replace(/^releases\//, '') : '(none)',
    r.release,
    r.staged ?? '',
    ...[t.connect, t.lock, t.stage, t.switch, t.health, t.revert].map(ms),
    literalValues(r.error ?? ''),
  ]
}

/** The on-revert table, for the hosts where it ran. */
function onRevertTable(s: Summary, results: readonly HostResult[]): void {
  const ran = results.flatMap((r) => (r.onRevert ? [{ host: r.host, o: r.onRevert }] : []))
  if (!ran.length) return
  s.heading('on-revert', 3)
  s.table(
    ['host', 'result', 'exit', 'time'],
    ran.map(({ host, o }) => [
      host,
      o.error ? `failed: ${o.error}` : 'passed',
      String(o.code ?? 'killed'),
      `${o.ms} ms`,
    ]),
  )
}

/** The job summary of a run. */
export function buildSummary(opts: {
  title: string
  outcome: string
  results: readonly HostResult[]
  dryRun: boolean
}): Summary {
  // Hosts (`deploy@web1:2222`) and releases are values: code spans, never mailto: links. A multi-line outcome keeps its lines.
  const [first = '', ...more] = opts.outcome.split('\n')
  const s = new Summary().heading(literalValues(opts.title), 2).paragraph(literalValues(first))
  if (more.length) s.code(more.join('\n'), 'text')
  if (opts.dryRun) {
    for (const r of opts.results)
      s.details(
        `${r.host}: ${r.previous || '(nothing)'} → ${r.release}`,
        (r.plan ?? []).map((p, i) => `${i + 1}. ${inline(p)}`).join('\n'),
      )
    return s
  }
  s.table(HEADERS, opts.results.map(row))
  onRevertTable(s, opts.results)
  const skew = switchSkewMs(opts.results)
  if (skew !== undefined)
    s.paragraph(`Switch skew (last host's rename minus the first's, host clocks): **${skew.toFixed(1)} ms**`)
  if (opts.results.some((r) => Object.keys(r.timings).length)) s.mermaid(gantt(opts.results))
  return s
}
