/**
 * A circuit breaker over a rolling window: CLOSED → OPEN when, with at least `minimumRequests` calls in the
 * window, the error rate reaches `errorRatePercent` OR the latency percentile `latency.percentile` exceeds
 * `latency.thresholdMs`. After `openMs` it is HALF_OPEN: exactly `halfOpenTrials` calls are let through; if all
 * succeed (and are not slow) it closes with a fresh window, the first failure reopens it. Only the calls admitted
 * as trials of the current HALF_OPEN period are judged as trials: a call started before the trip that finishes
 * during HALF_OPEN only feeds the window (use {@link CircuitBreaker.acquire} + `record(..., permit)`, or
 * `execute`, to tell them apart). The clock is injected; there are no timers, so the state advances when read.
 */
import { type WindowStats } from './rolling-window.js';
export type BreakerState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';
/** Thresholds shared by the breaker and by {@link judgeWindow} (which a rollout gate can call on metrics). */
export interface TripThresholds {
    /** No decision below this many calls in the window (default 20). */
    minimumRequests?: number;
    /** Trip when failures / calls × 100 is at or above this (default 50). */
    errorRatePercent?: number;
    /** Trip when the `percentile`th latency is above `thresholdMs`. Off when not set. */
    latency?: {
        percentile: number;
        thresholdMs: number;
    };
}
export interface BreakerOptions extends TripThresholds {
    /** Rolling window length (default 10 s) and its number of buckets (default 10). */
    windowMs?: number;
    buckets?: number;
    /** How long to stay OPEN before letting trial calls through (default 30 s). */
    openMs?: number;
    /** Trial calls allowed in HALF_OPEN; all must succeed to close (default 3). */
    halfOpenTrials?: number;
    /** A trial call not reported (via `record`) within this long counts as failed (default: `openMs`). */
    trialTimeoutMs?: number;
    /** Milliseconds clock (default Date.now). */
    clock?: () => number;
}
/** Why a window does or does not trip. */
export interface Judgement {
    trip: boolean;
    kind: 'insufficient-volume' | 'error-rate' | 'latency' | 'healthy';
    reason: string;
}
/** Numbers to judge: calls, failures, and (optional) the configured latency percentile in ms. */
export interface WindowNumbers {
    requests: number;
    failures: number;
    latencyMs?: number | undefined;
}
/** Judge a window against thresholds. Pure: the breaker uses it, and so can a gate fed by Prometheus queries. */
export declare function judgeWindow(numbers: WindowNumbers, thresholds?: TripThresholds): Judgement;
/** One state change, given to listeners. */
export interface TransitionEvent {
    from: BreakerState;
    to: BreakerState;
    at: number;
    reason: string;
    stats: {
        requests: number;
        failures: number;
        errorRatePercent: number;
        latencyMs: number | undefined;
    };
}
export type TransitionListener = (event: TransitionEvent) => void;
/** What {@link CircuitBreaker.acquire} hands out: pass it back to `record` so the breaker knows which call ended. */
export interface Permit {
    /** True when the call is one of the trial calls of a HALF_OPEN period. */
    readonly trial: boolean;
    /** The HALF_OPEN period the trial belongs to (trials of an earlier period are not judged as trials). */
    readonly period: number;
}
/** Thrown by {@link CircuitBreaker.execute} when the breaker refuses the call. */
export declare class CircuitOpenError extends Error {
    readonly state: BreakerState;
    constructor(state: BreakerState);
}
export declare class CircuitBreaker {
    private readonly options;
    private current;
    private openedAt;
    private halfOpenedAt;
    private trialsIssued;
    private trialsPassed;
    private period;
    private rejectedCount;
    private readonly window;
    private readonly clock;
    private readonly listeners;
    constructor(options?: BreakerOptions);
    /** The state now (OPEN becomes HALF_OPEN here once `openMs` has passed). */
    get state(): BreakerState;
    private get trials();
    /** Calls refused since the breaker was made. */
    get rejected(): number;
    /**
     * Ask to make a call. CLOSED: yes. OPEN: no. HALF_OPEN: yes for the first `halfOpenTrials` asks, then no
     * until the trials are judged. Every `true` must be followed by one {@link record}.
     */
    allow(): boolean;
    /**
     * {@link allow}, returning a permit to hand back to {@link record} (undefined when refused). With the permit the
     * breaker knows whether the call that ended was a trial of the current HALF_OPEN period.
     */
    acquire(): Permit | undefined;
    /**
     * Record the outcome of an allowed call. In HALF_OPEN only a trial of the current period is judged (a trial
     * slower than the latency threshold counts as failed); any other call only feeds the window. Without a permit,
     * a call ending in HALF_OPEN is taken as a trial while trial slots are outstanding (the older contract).
     */
    record(ok: boolean, latencyMs: number, permit?: Permit): void;
    /** Run `fn` through the breaker: refuse with {@link CircuitOpenError}, or time it and record its outcome. */
    execute<T>(fn: () => Promise<T>): Promise<T>;
    /** The window's numbers and the verdict they give now. */
    judge(): Judgement & {
        stats: WindowStats;
    };
    /** Listen to every transition (`'transition'`) or to entering one state. Returns an unsubscribe function. */
    on(event: BreakerState | 'transition', listener: TransitionListener): () => void;
    /** Force a state (an operator override); emits a transition like any other. */
    force(state: BreakerState, reason?: string): void;
    private transition;
}
