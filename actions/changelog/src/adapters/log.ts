/**
 * The commits of a range from one `git log`, started as soon as the range is known and read from then on. Until
 * the engine is there (it may still be loading), the commits wait in a queue; then they go to it one at a time, as
 * git writes them. Reading at once also lists the range's commits early, for the checks that need them.
 */
import { gitRecordBatches } from '@shipline/core'
import type { RawCommit } from '../domain/types.js'

/** `%m` marks a commit of the range `>` and a boundary commit (a parent outside it) `-`; `-z` ends each with NUL. */
const FORMAT = '--format=%m%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B'

/** Commits handed over from the queue between two turns of the event loop. */
const SLICE = 25

/** A running `git log` of a range. */
export interface CommitLog {
  /** Feed the range's commits to `onCommit`, newest first (boundary commits are not); resolves with their number. */
  read(onCommit: (c: RawCommit) => void): Promise<number>
  /** Settles when git's output has all been read (rejects when git fails). */
  readonly done: Promise<void>
  /** With `boundary`: the commits of the range and those on its boundary, complete once `done` has settled. */
  readonly inRange: Set<string>
  readonly boundary: Set<string>
  /** Stop git and drop what was read (the range turned out to be another one). */
  cancel(): void
}

/**
 * Start `git log` over `revs` (`A..B` or one commit), limited to `paths`. `boundary` also lists the parents outside
 * the range: `from` among them proves it precedes `to`, without a `rev-list` of its own.
 */
export function startLog(cwd: string, revs: string, paths: readonly string[], boundary: boolean): CommitLog {
  const args = ['-c', 'log.showSignature=false', 'log', '--no-color', '-z', FORMAT]
  if (boundary) args.push('--boundary')
  args.push('--end-of-options', revs, '--', ...paths)
  const records = gitRecordBatches(args, cwd)
  const inRange = new Set<string>()
  const onBoundary = new Set<string>()
  let queue: RawCommit[] | undefined = []
  let sink: ((c: RawCommit) => void) | undefined
  let count = 0
  const take = (record: string): void => {
    const f = record.split('\x1f', 6)
    if (f.length < 6) return
    const head = f[0] as string
    const sha = head.slice(1)
    if (head.charCodeAt(0) === 45 /* - */) return void onBoundary.add(sha)
    if (boundary) inRange.add(sha)
    const commit: RawCommit = {
      sha,
      parents: f[1] ? f[1].split(' ') : [],
      authorName: f[2] as string,
      authorEmail: f[3] as string,
      date: f[4] as string,
      message: f[5] as string,
    }
    count++
    if (sink) sink(commit)
    else queue?.push(commit)
  }
  // Runs up to its first await now: git starts now. A throwing `onCommit` stops git (the loop's return kills it).
  const done = (async () => {
    for await (const batch of records) for (const record of batch) take(record)
  })()
  done.catch(() => undefined) // seen by read(), or by the range checks
  return {
    done,
    inRange,
    boundary: onBoundary,
    async read(onCommit) {
      try {
        // What came before the engine goes over in slices: between them, git's other replies (the range checks
        // waiting on them) get through instead of queueing behind the parsing of every commit read so far.
        for (let at = 0; queue && at < queue.length; at++) {
          onCommit(queue[at] as RawCommit)
          if (at % SLICE === SLICE - 1) await new Promise((resolve) => setImmediate(resolve))
        }
      } catch (e) {
        this.cancel()
        throw e
      }
      queue = undefined
      sink = onCommit
      await done
      return count
    },
    cancel() {
      queue = undefined
      sink = () => undefined
      void records.return(undefined).catch(() => undefined)
    },
  }
}
