/**
 * A flag switched off automatically by a circuit breaker: "a circuit breaker is a flag flipped by operational
 * events". While the breaker is OPEN the flag's effective variant is the off variant for everyone; CLOSED leaves
 * the flag as written; HALF_OPEN turns it on only for the breaker's trial calls.
 */
import type { CircuitBreaker, BreakerState, Permit } from './circuit-breaker.js';
import { type EvaluateFlagOptions, type EvaluationContext, type FlagFile, type Resolution } from './flag-file.js';
export interface CircuitBreakerFlagOptions {
    flagKey: string;
    breaker: CircuitBreaker;
    /** The variant served while the breaker is open (default `off`). */
    offVariant?: string;
}
/** What {@link CircuitBreakerFlag.evaluate} decided. */
export interface BreakerResolution extends Resolution {
    breaker: BreakerState;
    /** True when this evaluation took one of the HALF_OPEN trial slots: report its outcome with `breaker.record`. */
    trial: boolean;
    /** The breaker's permit for the call this evaluation starts (undefined when it serves the off variant). */
    permit?: Permit;
}
export declare class CircuitBreakerFlag {
    readonly flagKey: string;
    readonly breaker: CircuitBreaker;
    readonly offVariant: string;
    constructor(options: CircuitBreakerFlagOptions);
    /** True unless the breaker is OPEN (HALF_OPEN counts as "on, on trial"). Does not take a trial slot. */
    get enabled(): boolean;
    /**
     * Evaluate the flag through the breaker: OPEN (or HALF_OPEN with no trial slot left) → the off variant with
     * reason STATIC; otherwise flagd's own evaluation of `file`, with a permit for the call it starts (in HALF_OPEN
     * only evaluations that turn the flag on take a trial slot).
     */
    evaluate(file: FlagFile, context?: EvaluationContext, options?: EvaluateFlagOptions | number): BreakerResolution;
    /**
     * The flag file to publish (e.g. for flagd to watch): `desired` unchanged while the breaker is not OPEN; while
     * it is OPEN, a copy where this flag serves the off variant to everyone (targeting removed) and carries
     * `metadata.circuitBreaker = "OPEN"`. `desired` is never modified, so closing restores the written rollout.
     */
    effectiveFlagFile(desired: FlagFile): FlagFile;
}
