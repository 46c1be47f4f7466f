/**
 * The `file` router: a JSON weights file (`{"<stable>": 80, "<canary>": 20}`, always summing to 100) replaced
 * atomically, for any load balancer or service that reads one.
 */
import { UserError } from '@shipline/core'
import type { Router } from '../domain/rollout.js'
import { readIfExists, writeAtomic } from './atomic-file.js'

export class FileRouter implements Router {
  constructor(
    private readonly path: string,
    private readonly stable: string,
    private readonly canary: string,
  ) {}

  async setWeight(weight: number): Promise<{ servedMs: number; detail: string }> {
    const started = performance.now()
    const doc = { [this.stable]: 100 - weight, [this.canary]: weight }
    try {
      await writeAtomic(this.path, `${JSON.stringify(doc, null, 2)}\n`)
    } catch (error) {
      throw new UserError(`Could not write the weights file ${this.path}: ${(error as Error).message}`, { cause: error })
    }
    return { servedMs: performance.now() - started, detail: `${this.path}: ${JSON.stringify(doc)}` }
  }

  /** The canary's weight in the file now, if the file is ours to read. */
  async currentWeight(): Promise<number | undefined> {
    const text = await readIfExists(this.path)
    if (text === undefined) return undefined
    try {
      const v = (JSON.parse(text) as Record<string, unknown>)[this.canary]
      return typeof v === 'number' ? v : undefined
    } catch {
      return undefined
    }
  }
}
