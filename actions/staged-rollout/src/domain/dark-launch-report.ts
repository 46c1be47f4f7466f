/**
 * The report of dark-launch steps: the one-line detail for the step table and the failure message, the `analysis`
 * output's entry and the job-summary section. Request paths and bodies come from real traffic: clipped here, and
 * escaped by core's Summary. Pure.
 */
import { formatDuration, Summary } from '@shipline/core'
import type { DarkLaunchResult } from './dark-launch.js'

const SHOWN_SAMPLES = 5

/** Clip long values (response bodies, request paths) for logs and the summary. */
function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

/** One line for the step table and the failure message: the verdict's reason and the first diff sample. */
export function darkLaunchDetail(r: DarkLaunchResult): string {
  const first = r.samples[0]
  const d = first?.differences[0]
  const sample =
    first && d
      ? `; e.g. ${first.method} ${clip(first.path, 80)}: ${d.kind} ${d.path || ''} production ${clip(d.production, 60)} ≠ dark ${clip(d.dark, 60)}`
      : ''
  return `${r.reason}${sample}`
}

/** The `analysis` output's entry for a dark launch (counts and a few samples). */
export function darkLaunchOutput(r: DarkLaunchResult): object {
  return {
    verdict: r.verdict,
    reason: r.reason,
    startedAt: new Date(r.startedAt).toISOString(),
    durationMs: r.finishedAt - r.startedAt,
    listen: r.listen,
    ...r.counts,
    samples: r.samples.slice(0, SHOWN_SAMPLES),
  }
}

/** Summary section for dark launches: counts per step and a small table of diff samples. */
export function darkLaunchSummary(results: readonly DarkLaunchResult[]): Summary {
  const s = new Summary()
  if (results.length === 0) return s
  s.heading('Dark launch', 3).table(
    [
      'Listen',
      'Duration',
      'Requests',
      'Mirrored',
      'Compared',
      'Diffs',
      'Dropped',
      'Dark errors',
      'Diff rate',
      'Verdict',
    ],
    results.map((r) => {
      const c = r.counts
      return [
        r.listen,
        formatDuration(r.finishedAt - r.startedAt),
        c.requests,
        c.mirrored,
        c.compared,
        c.differed,
        c.dropped,
        c.darkErrors,
        `${(c.diffRate * 100).toFixed(2)}%`,
        r.verdict,
      ]
    }),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  )
  const rows = results.flatMap((r) =>
    r.samples
      .slice(0, SHOWN_SAMPLES)
      .flatMap((x) =>
        x.differences
          .slice(0, 3)
          .map((d) => [`${x.method} ${clip(x.path)}`, d.kind, d.path, clip(d.production), clip(d.dark)]),
      ),
  )
  // Request paths and bodies come from real traffic: HTML-escaped, so a crafted request cannot inject markup.
  if (rows.length) s.paragraph('**Diff samples**').table(['Request', 'Kind', 'Where', 'Production', 'Dark'], rows)
  return s
}
