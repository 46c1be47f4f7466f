/** The parsed inputs of one run, and small pure helpers over them. */
import type { HostSpec } from './names.js'

export interface DeployConfig {
  app: string
  mode: 'deploy' | 'rollback'
  /** The version to deploy (deploy mode). */
  version: string
  artifact: string
  sha256: string
  hosts: HostSpec[]
  path: string
  sharedPaths: string[]
  beforeSwitch: string
  healthCheck: string
  healthTimeoutMs: number
  /** Shell command run on each host after a revert ('' for none), and its time limit. */
  onRevert: string
  onRevertTimeoutMs: number
  keepReleases: number
  dryRun: boolean
  parallel: number
  takeOverLock: boolean
  environment: string
  token: string
  sshKey: string
  knownHosts: string
}

/** Who runs this deploy and where its log is, from the runner's environment. */
export interface RunContext {
  who: string
  runUrl: string
  ref: string
  workspace: string
  /** Unique per run: the lock holds it, and only the holder removes the lock. */
  token: string
  now: () => Date
  /** Aborted when the runner cancels the step (SIGINT/SIGTERM). */
  signal?: AbortSignal
}

/** Run `fn` over `items` with at most `limit` at a time; every result settles (no early exit). */
export async function settleLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      try {
        results[i] = { status: 'fulfilled', value: await fn(items[i] as T, i) }
      } catch (reason) {
        results[i] = { status: 'rejected', reason }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
