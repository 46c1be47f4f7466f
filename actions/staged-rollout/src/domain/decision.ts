/**
 * The rollout's decisions in one exhaustive function: what happens after an analysis, at a manual gate, when the
 * steps are done, when a router change fails or when someone asks to abort. Nothing falls through to "promote".
 */
import type { Outcome } from './analysis.js'

export type Decision = 'continue' | 'promote' | 'rollback' | 'pause'

export type Trigger =
  | { kind: 'analysis'; phase: Outcome }
  | { kind: 'manual-gate'; approved: boolean }
  | { kind: 'steps-done' }
  | { kind: 'router-error' }
  | { kind: 'abort-requested' }
  | { kind: 'circuit-open' }

function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`)
}

/**
 * Successful analysis continues; failed or errored analysis rolls back (a metric we cannot read is not evidence
 * the canary is healthy); inconclusive pauses with traffic where it is, for a human or a later run to decide.
 */
export function decide(t: Trigger): Decision {
  switch (t.kind) {
    case 'analysis':
      switch (t.phase) {
        case 'successful':
          return 'continue'
        case 'failed':
        case 'error':
          return 'rollback'
        case 'inconclusive':
          return 'pause'
        default:
          return assertNever(t.phase)
      }
    case 'manual-gate':
      return t.approved ? 'continue' : 'pause'
    case 'steps-done':
      return 'promote'
    case 'router-error':
    case 'abort-requested':
    case 'circuit-open':
      return 'rollback'
    default:
      return assertNever(t)
  }
}
