/**
 * The `flag` strategy's router: the canary's share is a flagd flag's rollout percentage, written atomically into a
 * flag file (flagd watches the file), with flagd's own sticky bucketing: a user who is in at 5% stays in at 25%.
 * `stable` / `canary` name the flag's off / on variants. Coordinated with @shipline/flags only through its API.
 */
import { readTextIfExists, UserError } from '@shipline/core'
import {
  FlagFileError,
  readFlagFile,
  readRolloutPercentage,
  setRolloutPercentage,
  updateFlagFile,
  writeFlagFile,
  type FlagFile,
  type RolloutOptions,
} from '@shipline/flags'
import type { Router } from '../domain/rollout.js'

export class FlagRouter implements Router {
  private readonly opts: RolloutOptions
  constructor(
    private readonly path: string,
    private readonly flagKey: string,
    stable: string,
    canary: string,
  ) {
    this.opts = { onVariant: canary, offVariant: stable }
  }

  private fail(what: string, error: unknown): never {
    const detail = error instanceof FlagFileError || error instanceof Error ? error.message : String(error)
    throw new UserError(`Flag '${this.flagKey}' in ${this.path}: ${what}: ${detail}`, {
      hint: 'Nothing was written; the flag serves what it served before.',
      cause: error,
    })
  }

  /** Check, before anything changes, that the file (if any) is valid and the flag is a rollout we can drive. */
  async prepare(): Promise<number | undefined> {
    if ((await readTextIfExists(this.path)) === undefined) return undefined
    try {
      const file = await readFlagFile(this.path)
      const current = readRolloutPercentage(file, this.flagKey, this.opts)
      setRolloutPercentage(file, this.flagKey, current?.percent ?? 0, this.opts) // would throw on missing variants
      return current?.percent
    } catch (error) {
      return this.fail('cannot be rolled out', error)
    }
  }

  async setWeight(weight: number): Promise<{ servedMs: number; detail: string }> {
    const started = performance.now()
    try {
      if ((await readTextIfExists(this.path)) === undefined) {
        await writeFlagFile(this.path, setRolloutPercentage({ flags: {} } as FlagFile, this.flagKey, weight, this.opts))
      } else {
        await updateFlagFile(this.path, (f) => setRolloutPercentage(f, this.flagKey, weight, this.opts))
      }
    } catch (error) {
      return this.fail(`could not set ${weight}%`, error)
    }
    return {
      servedMs: performance.now() - started,
      detail: `${this.path}: ${this.flagKey} → ${this.opts.onVariant} for ${weight}% of users`,
    }
  }
}
