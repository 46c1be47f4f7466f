/** Timing of a run's phases, per host, in ms since the run started. */
import type { HostResult, Phase } from './domain/report.js'

const round = (n: number): number => Math.round(n * 10) / 10

/** Timing helper bound to the run's start. */
export class Clock {
  private readonly t0 = performance.now()
  at(): number {
    return performance.now() - this.t0
  }
  /** Record a phase measured elsewhere (ms since the run started). */
  mark(r: HostResult, phase: Phase, start: number, end: number): void {
    r.timings[phase] = { start: round(start), ms: round(end - start) }
  }
  async time<T>(r: HostResult, phase: Phase, fn: () => Promise<T>): Promise<T> {
    const start = this.at()
    try {
      return await fn()
    } finally {
      r.timings[phase] = { start: round(start), ms: round(this.at() - start) }
    }
  }
}
