/**
 * `ShiplineProvider`: an OpenFeature server provider that evaluates a flagd flag file in-process — the file
 * Shipline's staged-rollout `flag` strategy writes — with @shipline/flags (flagd's evaluator, conformance-tested
 * against flagd-testbed), reloads it when it changes, and puts chosen flags behind a circuit breaker: when the
 * code path a flag turns on fails too often or gets too slow, the breaker trips and the flag serves its off
 * variant to everyone in this process, without waiting for the rollout to notice.
 */
import { OpenFeatureEventEmitter, type EvaluationContext, type JsonValue, type Provider, type ResolutionDetails } from '@openfeature/server-sdk';
import { CircuitBreaker, type BreakerOptions, type BreakerState, type FractionalGeneration, type TransitionEvent } from '../../flags/src/index.js';
import { type FileSourceOptions } from './file-source.js';
/** A flag's breaker: @shipline/flags' breaker options plus the variant to serve while it is open (default `off`). */
export interface BreakerConfig extends Omit<BreakerOptions, 'clock'> {
    offVariant?: string;
}
export interface ShiplineProviderOptions extends FileSourceOptions {
    /** The flagd flag file to evaluate (it may not exist yet: flags then resolve to the caller's defaults). */
    path: string;
    /** Flags guarded by a circuit breaker, by key. */
    breakers?: Record<string, BreakerConfig>;
    /** flagd's `fractional` generation (default `v2`, as flagd 0.15–0.16; `v3` for CBOR bucketing). */
    fractional?: FractionalGeneration;
    /** Called on every breaker transition (e.g. to log it); the provider also emits ConfigurationChanged. */
    onTransition?: (flagKey: string, event: TransitionEvent) => void;
    /** Milliseconds clock for the breakers (default Date.now; tests inject one). */
    clock?: () => number;
}
/** Flag metadata keys the provider adds for guarded flags (pass the details back to `reportOutcome`). */
export declare const BREAKER_STATE = "shipline.breaker";
export declare const BREAKER_TRIAL = "shipline.breaker.trial";
export declare const BREAKER_PERIOD = "shipline.breaker.period";
/** What `guard` did: which path answered, and the error of the guarded path when it fell back. */
export interface GuardResult<T> {
    value: T;
    path: 'on' | 'off' | 'fallback';
    error?: unknown;
}
/** The part of an OpenFeature client `guard` needs. */
export interface BooleanDetailsClient {
    getBooleanDetails(flagKey: string, defaultValue: boolean, context?: EvaluationContext): Promise<{
        flagKey: string;
        value: boolean;
        flagMetadata: Readonly<Record<string, string | number | boolean>>;
    }>;
}
export declare class ShiplineProvider implements Provider {
    readonly metadata: {
        readonly name: "Shipline flagd file provider";
    };
    readonly runsOn: "server";
    readonly events: OpenFeatureEventEmitter;
    private file;
    private stale;
    private readonly source;
    private readonly guarded;
    private readonly fractional;
    constructor(options: ShiplineProviderOptions);
    /** The flag file's path (absolute). */
    get path(): string;
    /** Read the file and start watching it. A file that is there but invalid fails initialisation (still watched). */
    initialize(): Promise<void>;
    onClose(): Promise<void>;
    /** Re-read the file now (the watcher does this by itself; tests and signal handlers may want it sooner). */
    reload(): Promise<void>;
    /** The breaker of a guarded flag (undefined for a flag without one). */
    breaker(flagKey: string): CircuitBreaker | undefined;
    /** The state of a guarded flag's breaker. */
    breakerState(flagKey: string): BreakerState | undefined;
    /**
     * Report how the code path a guarded flag turned on went: `details` are the evaluation details the app got
     * (flag key + metadata, which carry the breaker's permit), `ok` whether the path succeeded, `latencyMs` how
     * long it took. Ignored for flags without a breaker and for evaluations the breaker answered with the off
     * variant.
     */
    reportOutcome(details: {
        flagKey: string;
        flagMetadata?: Readonly<Record<string, string | number | boolean>>;
    }, ok: boolean, latencyMs: number): void;
    /**
     * Run the new code path when the boolean flag is on, the old one otherwise — and fall back to the old one on
     * its own when the new one throws, reporting every outcome (and its latency) to the flag's breaker, so enough
     * failures (or slow calls) switch the flag off for this process.
     */
    guard<T>(client: BooleanDetailsClient, flagKey: string, context: EvaluationContext, paths: {
        on: () => Promise<T> | T;
        off: () => Promise<T> | T;
    }): Promise<GuardResult<T>>;
    resolveBooleanEvaluation(flagKey: string, defaultValue: boolean, context: EvaluationContext): Promise<ResolutionDetails<boolean>>;
    resolveStringEvaluation(flagKey: string, defaultValue: string, context: EvaluationContext): Promise<ResolutionDetails<string>>;
    resolveNumberEvaluation(flagKey: string, defaultValue: number, context: EvaluationContext): Promise<ResolutionDetails<number>>;
    resolveObjectEvaluation<T extends JsonValue>(flagKey: string, defaultValue: T, context: EvaluationContext): Promise<ResolutionDetails<T>>;
    private resolve;
    private apply;
}
