/**
 * `ShiplineProvider`: an OpenFeature server provider that evaluates a flagd flag file in-process — the file
 * Shipline's staged-rollout `flag` strategy writes — with @shipline/flags (flagd's evaluator, conformance-tested
 * against flagd-testbed), reloads it when it changes, and puts chosen flags behind a circuit breaker: when the
 * code path a flag turns on fails too often or gets too slow, the breaker trips and the flag serves its off
 * variant to everyone in this process, without waiting for the rollout to notice.
 */
import {
  OpenFeatureEventEmitter,
  ProviderEvents,
  type EvaluationContext,
  type JsonValue,
  type Provider,
  type ResolutionDetails,
} from '@openfeature/server-sdk'
import {
  CircuitBreaker,
  CircuitBreakerFlag,
  evaluateFlag,
  expectType,
  type BreakerOptions,
  type BreakerState,
  type EvaluationContext as FlagContext,
  type FlagFile,
  type FractionalGeneration,
  type Permit,
  type Resolution,
  type TransitionEvent,
} from '@shipline/flags'
import { FlagFileSource, type FileSourceOptions, type Loaded } from './file-source.js'
import { changedFlags, toDetails, typeOf } from './resolve.js'

/** A flag's breaker: @shipline/flags' breaker options plus the variant to serve while it is open (default `off`). */
export interface BreakerConfig extends Omit<BreakerOptions, 'clock'> {
  offVariant?: string
}

export interface ShiplineProviderOptions extends FileSourceOptions {
  /** The flagd flag file to evaluate (it may not exist yet: flags then resolve to the caller's defaults). */
  path: string
  /** Flags guarded by a circuit breaker, by key. */
  breakers?: Record<string, BreakerConfig>
  /** flagd's `fractional` generation (default `v2`, as flagd 0.15–0.16; `v3` for CBOR bucketing). */
  fractional?: FractionalGeneration
  /** Called on every breaker transition (e.g. to log it); the provider also emits ConfigurationChanged. */
  onTransition?: (flagKey: string, event: TransitionEvent) => void
  /** Milliseconds clock for the breakers (default Date.now; tests inject one). */
  clock?: () => number
}

/** Flag metadata keys the provider adds for guarded flags (pass the details back to `reportOutcome`). */
export const BREAKER_STATE = 'shipline.breaker'
export const BREAKER_TRIAL = 'shipline.breaker.trial'
export const BREAKER_PERIOD = 'shipline.breaker.period'

/** What `guard` did: which path answered, and the error of the guarded path when it fell back. */
export interface GuardResult<T> {
  value: T
  path: 'on' | 'off' | 'fallback'
  error?: unknown
}

/** The part of an OpenFeature client `guard` needs. */
export interface BooleanDetailsClient {
  getBooleanDetails(
    flagKey: string,
    defaultValue: boolean,
    context?: EvaluationContext,
  ): Promise<{ flagKey: string; value: boolean; flagMetadata: Readonly<Record<string, string | number | boolean>> }>
}

/** Whether a value is already plain JSON (no Date, undefined or other objects JSON would turn into something else). */
function isJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'object' || depth > 32) return false
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1))
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  for (const key in value) if (!isJson((value as Record<string, unknown>)[key], depth + 1)) return false
  return true
}

/** The context as JSON: as it is when it already is (the common case, no copy); else what JSON makes of it (Dates → ISO strings, as flagd's providers send them). */
function jsonContext(context: EvaluationContext | undefined): FlagContext {
  if (!context) return {}
  return (isJson(context) ? context : JSON.parse(JSON.stringify(context))) as FlagContext
}

export class ShiplineProvider implements Provider {
  readonly metadata = { name: 'Shipline flagd file provider' } as const
  readonly runsOn = 'server' as const
  readonly events = new OpenFeatureEventEmitter()
  private file: FlagFile = { flags: {} }
  private stale = false
  private readonly source: FlagFileSource
  private readonly guarded = new Map<string, CircuitBreakerFlag>()
  private readonly fractional: FractionalGeneration

  constructor(options: ShiplineProviderOptions) {
    if (typeof options?.path !== 'string' || options.path.trim() === '')
      throw new TypeError(
        `ShiplineProvider: option 'path' must name the flagd flag file (got ${JSON.stringify(options?.path)})`,
      )
    if (options.fractional !== undefined && options.fractional !== 'v2' && options.fractional !== 'v3')
      throw new TypeError(
        `ShiplineProvider: option 'fractional' must be 'v2' or 'v3' (got ${JSON.stringify(options.fractional)})`,
      )
    this.fractional = options.fractional ?? 'v2'
    this.source = new FlagFileSource(options.path, (loaded) => this.apply(loaded, true), options)
    for (const [flagKey, config] of Object.entries(options.breakers ?? {})) {
      const { offVariant, ...breakerOptions } = config
      const breaker = new CircuitBreaker({ ...breakerOptions, ...(options.clock ? { clock: options.clock } : {}) })
      breaker.on('transition', (event) => {
        this.events.emit(ProviderEvents.ConfigurationChanged, {
          flagsChanged: [flagKey],
          message: `circuit breaker of '${flagKey}': ${event.from} → ${event.to} (${event.reason})`,
        })
        options.onTransition?.(flagKey, event)
      })
      this.guarded.set(flagKey, new CircuitBreakerFlag({ flagKey, breaker, ...(offVariant ? { offVariant } : {}) }))
    }
  }

  /** The flag file's path (absolute). */
  get path(): string {
    return this.source.path
  }

  /** Read the file and start watching it. A file that is there but invalid fails initialisation (still watched). */
  async initialize(): Promise<void> {
    const first = await this.source.start()
    this.apply(first, false)
    if (first.kind === 'invalid') throw first.error
  }

  async onClose(): Promise<void> {
    this.source.stop()
  }

  /** Re-read the file now (the watcher does this by itself; tests and signal handlers may want it sooner). */
  reload(): Promise<void> {
    return this.source.reload()
  }

  /** The breaker of a guarded flag (undefined for a flag without one). */
  breaker(flagKey: string): CircuitBreaker | undefined {
    return this.guarded.get(flagKey)?.breaker
  }

  /** The state of a guarded flag's breaker. */
  breakerState(flagKey: string): BreakerState | undefined {
    return this.guarded.get(flagKey)?.breaker.state
  }

  /**
   * Report how the code path a guarded flag turned on went: `details` are the evaluation details the app got
   * (flag key + metadata, which carry the breaker's permit), `ok` whether the path succeeded, `latencyMs` how
   * long it took. Ignored for flags without a breaker and for evaluations the breaker answered with the off
   * variant.
   */
  reportOutcome(
    details: { flagKey: string; flagMetadata?: Readonly<Record<string, string | number | boolean>> },
    ok: boolean,
    latencyMs: number,
  ): void {
    const guarded = this.guarded.get(details.flagKey)
    const meta = details.flagMetadata ?? {}
    const period = meta[BREAKER_PERIOD]
    if (!guarded || typeof period !== 'number') return
    const permit: Permit = { trial: meta[BREAKER_TRIAL] === true, period }
    guarded.breaker.record(ok, latencyMs, permit)
  }

  /**
   * Run the new code path when the boolean flag is on, the old one otherwise — and fall back to the old one on
   * its own when the new one throws, reporting every outcome (and its latency) to the flag's breaker, so enough
   * failures (or slow calls) switch the flag off for this process.
   */
  async guard<T>(
    client: BooleanDetailsClient,
    flagKey: string,
    context: EvaluationContext,
    paths: { on: () => Promise<T> | T; off: () => Promise<T> | T },
  ): Promise<GuardResult<T>> {
    const details = await client.getBooleanDetails(flagKey, false, context)
    if (!details.value) return { value: await paths.off(), path: 'off' }
    const started = performance.now()
    try {
      const value = await paths.on()
      this.reportOutcome(details, true, performance.now() - started)
      return { value, path: 'on' }
    } catch (error) {
      this.reportOutcome(details, false, performance.now() - started)
      return { value: await paths.off(), path: 'fallback', error }
    }
  }

  async resolveBooleanEvaluation(
    flagKey: string,
    defaultValue: boolean,
    context: EvaluationContext,
  ): Promise<ResolutionDetails<boolean>> {
    return this.resolve(flagKey, defaultValue, context)
  }

  async resolveStringEvaluation(
    flagKey: string,
    defaultValue: string,
    context: EvaluationContext,
  ): Promise<ResolutionDetails<string>> {
    return this.resolve(flagKey, defaultValue, context)
  }

  async resolveNumberEvaluation(
    flagKey: string,
    defaultValue: number,
    context: EvaluationContext,
  ): Promise<ResolutionDetails<number>> {
    return this.resolve(flagKey, defaultValue, context)
  }

  async resolveObjectEvaluation<T extends JsonValue>(
    flagKey: string,
    defaultValue: T,
    context: EvaluationContext,
  ): Promise<ResolutionDetails<T>> {
    return this.resolve(flagKey, defaultValue, context)
  }

  private resolve<T>(flagKey: string, defaultValue: T, context: EvaluationContext): ResolutionDetails<T> {
    const ctx = jsonContext(context)
    const guarded = this.guarded.get(flagKey)
    let resolution: Resolution
    let extra: Record<string, string | number | boolean> = {}
    if (guarded && Object.hasOwn(this.file.flags, flagKey)) {
      const r = guarded.evaluate(this.file, ctx, { fractional: this.fractional })
      resolution = r
      extra = {
        [BREAKER_STATE]: r.breaker,
        ...(r.permit ? { [BREAKER_TRIAL]: r.permit.trial, [BREAKER_PERIOD]: r.permit.period } : {}),
      }
    } else {
      resolution = evaluateFlag(this.file, flagKey, ctx, { fractional: this.fractional })
    }
    return toDetails(expectType(resolution, typeOf(defaultValue)), defaultValue, extra) as ResolutionDetails<T>
  }

  private apply(loaded: Loaded, emit: boolean): void {
    if (loaded.kind === 'invalid') {
      // Keep serving the last good file; say so.
      this.stale = true
      if (emit)
        this.events.emit(ProviderEvents.Stale, {
          message: `${loaded.error.message} (still serving the last valid version)`,
        })
      return
    }
    const next: FlagFile = loaded.kind === 'file' ? loaded.file : { flags: {} }
    const changed = changedFlags(this.file, next)
    const wasStale = this.stale
    this.file = next
    this.stale = false
    if (!emit) return
    if (wasStale) this.events.emit(ProviderEvents.Ready, { message: `${this.path} is valid again` })
    if (changed.length > 0)
      this.events.emit(ProviderEvents.ConfigurationChanged, {
        flagsChanged: changed,
        message:
          loaded.kind === 'missing'
            ? `${this.path} is gone: every flag resolves to its default`
            : `${this.path} changed`,
      })
  }
}
