/**
 * The `file` router: a JSON weights file (`{"<stable>": 80, "<canary>": 20}`, always summing to 100) replaced
 * atomically, for any load balancer or service that reads one. Written through core's contained file access:
 * the real path must be inside the allowed roots (the workspace and RUNNER_TEMP, unless router-config-outside-workspace
 * is set), a symlink is never written through, and a file that is not a weights file is never replaced.
 */
import {
  checkWritable,
  InputError,
  readContainedIfExists,
  UserError,
  writeContained,
  type PathRoot,
} from '@shipline/core'
import type { Router } from '../domain/rollout.js'
import { notAWeightsFile, weightsDoc } from '../domain/weights-file.js'

const INPUT = 'router-config'

export class FileRouter implements Router {
  constructor(
    private readonly path: string,
    private readonly stable: string,
    private readonly canary: string,
    private readonly roots: readonly PathRoot[],
  ) {}

  private refuseForeign = (existing: Buffer): void => {
    const found = notAWeightsFile(existing.toString('utf8'))
    if (found) {
      throw new InputError(
        INPUT,
        this.path,
        `is not a weights file this router wrote (found ${found}); refusing to replace it`,
        {
          hint: 'Point router-config at a new file, or at the weights file your load balancer reads ({"<stable>": 80, "<canary>": 20}).',
        },
      )
    }
  }

  /** Before anything changes: the path is contained and any file already there is a weights file. */
  async prepare(): Promise<number | undefined> {
    await checkWritable(INPUT, this.path, { roots: this.roots, replaces: this.refuseForeign })
    return this.currentWeight()
  }

  async setWeight(weight: number): Promise<{ servedMs: number; detail: string }> {
    const started = performance.now()
    const doc = weightsDoc(this.stable, this.canary, weight)
    try {
      await writeContained(INPUT, this.path, `${JSON.stringify(doc, null, 2)}\n`, {
        roots: this.roots,
        replaces: this.refuseForeign,
      })
    } catch (error) {
      if (error instanceof UserError) throw error
      throw new UserError(`Could not write the weights file ${this.path}: ${(error as Error).message}`, {
        cause: error,
      })
    }
    return { servedMs: performance.now() - started, detail: `${this.path}: ${JSON.stringify(doc)}` }
  }

  /** The canary's weight in the file now, if the file is ours to read. */
  async currentWeight(): Promise<number | undefined> {
    const data = await readContainedIfExists(INPUT, this.path, { roots: this.roots, max: 1 << 20 }).catch(
      () => undefined,
    )
    if (data === undefined) return undefined
    try {
      const v = (JSON.parse(data.toString('utf8')) as Record<string, unknown>)[this.canary]
      return typeof v === 'number' ? v : undefined
    } catch {
      return undefined
    }
  }
}
