/** The sentences a run ends with. Pure. */
import { UserError } from '@shipline/core'

/** A step that failed on one host, as the messages need it. */
export interface FailedStep {
  host: string
  phase: string
  why: string
}

/**
 * The error of a run that failed on some hosts: one line per host, then what state the hosts are in (`after`),
 * with a hint when a deploy lock is held by another run.
 */
export function failureMessage(what: string, failures: readonly FailedStep[], after: string): UserError {
  const lead = failures.map((f) => `${f.host} failed at ${f.phase}: ${f.why}`).join('\n')
  const lockHint = failures.some((f) => f.why.includes('deploy lock'))
    ? 'Wait for that run to finish. If it was killed, re-run with take-over-lock: true (or remove <path>/.shipline/lock on that host).'
    : undefined
  return new UserError(`${what} failed.\n${lead}\n${after}`, { hint: lockHint })
}

/** The warning for a host whose earlier switch no run finished; this run finishes it. */
export function pendingWarning(host: string, pending: { target: string; previous: string }): string {
  return `${host}: an earlier run switched to ${pending.target || '(nothing)'} and never finished (no health check, no commit); this run finishes it, and a failure switches back to ${pending.previous || '(nothing)'}`
}

/** What the hosts serve after a cancel. */
export function afterCancel(switched: boolean, version: string): string {
  return switched
    ? `Every host had switched to ${version}; it stays live, recorded as unfinished on each host (.shipline/pending): the next run of this action health-checks it and commits it, or switches every host back.`
    : 'Nothing was switched: every host still serves the release it had before.'
}

/** What the hosts serve after the switch back (`broken`: the hosts where it failed; `targets`: versions restored). */
export function afterRevert(broken: readonly FailedStep[], restored: readonly (string | undefined)[]): string {
  return broken.length
    ? `Switching back FAILED on ${broken.map((b) => `${b.host} (${b.why})`).join(', ')}: fix those hosts by hand (point current at their previous release, then remove .shipline/lock).`
    : `Every host was switched back to the release it had before (${[...new Set(restored.map((t) => t ?? 'nothing'))].join(', ')}).`
}

/** How on-revert went on the hosts that switched back ('' when it ran nowhere). */
export function onRevertSummary(ran: readonly { host: string; error?: string }[]): string {
  if (!ran.length) return ''
  const failed = ran.filter((r) => r.error)
  return failed.length
    ? ` on-revert FAILED on ${failed.map((r) => `${r.host} (${r.error})`).join(', ')}; it passed on ${ran.length - failed.length} of ${ran.length} host(s).`
    : ` on-revert passed on every host that switched back (${ran.length}).`
}
