/**
 * A flag switched off automatically by a circuit breaker: "a circuit breaker is a flag flipped by operational
 * events". While the breaker is OPEN the flag's effective variant is the off variant for everyone; CLOSED leaves
 * the flag as written; HALF_OPEN turns it on only for the breaker's trial calls.
 */
import type { CircuitBreaker, BreakerState, Permit } from './circuit-breaker.js'
import {
  evaluateFlag,
  parseFlagFile,
  type EvaluateFlagOptions,
  type EvaluationContext,
  type FlagFile,
  type Resolution,
} from './flag-file.js'

export interface CircuitBreakerFlagOptions {
  flagKey: string
  breaker: CircuitBreaker
  /** The variant served while the breaker is open (default `off`). */
  offVariant?: string
}

/** What {@link CircuitBreakerFlag.evaluate} decided. */
export interface BreakerResolution extends Resolution {
  breaker: BreakerState
  /** True when this evaluation took one of the HALF_OPEN trial slots: report its outcome with `breaker.record`. */
  trial: boolean
  /** The breaker's permit for the call this evaluation starts (undefined when it serves the off variant). */
  permit?: Permit
}

export class CircuitBreakerFlag {
  readonly flagKey: string
  readonly breaker: CircuitBreaker
  readonly offVariant: string

  constructor(options: CircuitBreakerFlagOptions) {
    this.flagKey = options.flagKey
    this.breaker = options.breaker
    this.offVariant = options.offVariant ?? 'off'
  }

  /** True unless the breaker is OPEN (HALF_OPEN counts as "on, on trial"). Does not take a trial slot. */
  get enabled(): boolean {
    return this.breaker.state !== 'OPEN'
  }

  /**
   * Evaluate the flag through the breaker: OPEN (or HALF_OPEN with no trial slot left) → the off variant with
   * reason STATIC; otherwise flagd's own evaluation of `file`, with a permit for the call it starts (in HALF_OPEN
   * only evaluations that turn the flag on take a trial slot).
   */
  evaluate(
    file: FlagFile,
    context: EvaluationContext = {},
    options: EvaluateFlagOptions | number = {},
  ): BreakerResolution {
    const state = this.breaker.state
    const flag = file.flags[this.flagKey]
    const off = (): BreakerResolution => ({
      value: flag?.variants[this.offVariant],
      variant: this.offVariant,
      reason: 'STATIC',
      breaker: state,
      trial: false,
    })
    if (state === 'OPEN') return off()
    const resolution = evaluateFlag(file, this.flagKey, context, options)
    // A user the flag sends to the off variant anyway (outside the rollout) runs no guarded code: in HALF_OPEN
    // such an evaluation must not take a trial slot, or a partial rollout could starve the trials and never close.
    if (state === 'HALF_OPEN' && resolution.variant === this.offVariant)
      return { ...resolution, breaker: state, trial: false }
    const permit = this.breaker.acquire()
    if (!permit) return off()
    return { ...resolution, breaker: state, trial: permit.trial, permit }
  }

  /**
   * The flag file to publish (e.g. for flagd to watch): `desired` unchanged while the breaker is not OPEN; while
   * it is OPEN, a copy where this flag serves the off variant to everyone (targeting removed) and carries
   * `metadata.circuitBreaker = "OPEN"`. `desired` is never modified, so closing restores the written rollout.
   */
  effectiveFlagFile(desired: FlagFile): FlagFile {
    const flag = desired.flags[this.flagKey]
    if (!flag || this.breaker.state !== 'OPEN') return desired
    if (!(this.offVariant in flag.variants))
      throw new Error(`flag '${this.flagKey}' has no variant '${this.offVariant}' to serve while its circuit is open`)
    const forced = structuredClone(flag)
    delete forced.targeting
    forced.defaultVariant = this.offVariant
    forced.metadata = { ...(forced.metadata ?? {}), circuitBreaker: 'OPEN' }
    return parseFlagFile({ ...desired, flags: { ...desired.flags, [this.flagKey]: forced } })
  }
}
