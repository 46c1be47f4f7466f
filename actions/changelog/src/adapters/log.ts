/**
 * The commits of a range from one `git log`, started as soon as the range is known and read from then on at git's
 * pace, up to READ_AHEAD commits ahead of the engine (which may still be loading, and parses slower than git
 * writes). So the range's commits are known early, for the checks that need them, while the engine takes the
 * commits in slices, letting git's other replies through in between.
 */
import { gitRecordBatches } from '@shipline/core'
import { ownCopy } from '../domain/text.js'
import type { RawCommit } from '../domain/types.js'

/** `%m` marks a commit of the range `>` and a boundary commit (a parent outside it) `-`; `-z` ends each with NUL. */
const FORMAT = '--format=%m%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B'
/**
 * Commits read but not yet handed to the engine, at most (then git waits), when the range's checks wait for the
 * whole listing (`boundary`), while the engine loads and for a range's first LISTED_WHOLE commits; else, and beyond
 * them once it reads, a slice's worth: a long range does not keep thousands of unparsed commits (and the git output
 * they are slices of) alive all the way (~28 MiB on 21k commits).
 */
const READ_AHEAD = 4096
/**
 * A range up to this long is listed whole at git's pace, however far behind the engine is, so its checks (the
 * previous release's ancestry) run while the engine parses it, not after. (Longer: a peak of about 80 MiB over the
 * 21k commits from the root.)
 */
const LISTED_WHOLE = 2048
/** Commits handed over between two turns of the event loop. */
const SLICE = 100
/**
 * The first commits go in smaller slices, even when git has already written them all: git's other replies that came
 * in meanwhile (the tag listing) get through first, so the previous release's ancestry check runs while the rest
 * are parsed instead of after them (four turns of the event loop: a child's end takes a few to be seen).
 */
const FIRST_SLICE = 8
const FIRST = 4 * FIRST_SLICE

/** A running `git log` of a range. */
export interface CommitLog {
  /** Feed the range's commits to `onCommit`, newest first (boundary commits are not); resolves with their number. */
  read(onCommit: (c: RawCommit) => void): Promise<number>
  /** Settles when git's output has all been read (rejects when git fails). */
  readonly done: Promise<void>
  /** How many of the range's commits git has written so far (all of them once `done` has settled). */
  readonly written: number
  /**
   * With `boundary`: the commits of the range (only those among keepOnly's, once it was called) and those on its
   * boundary, complete once `done` has settled.
   */
  readonly inRange: Set<string>
  readonly boundary: Set<string>
  /**
   * With `boundary`: commits known to be the range's start or older (on the history of `from`): those on its
   * boundary and their parents. The previous release is often one of them, and then needs no ancestry check.
   */
  readonly before: Set<string>
  /** Of the range's commits, note only these from now on (and drop the others noted so far): the tagged ones. */
  keepOnly(shas: ReadonlySet<string>): void
  /** Stop git and drop what was read (the range turned out to be another one). */
  cancel(): void
}

/** One record of FORMAT: its mark, and the commit. */
function commitOf(record: string): { mark: number; commit: RawCommit } | undefined {
  const f = record.split('\x1f', 6)
  if (f.length < 6) return undefined
  const head = f[0] as string
  return {
    mark: head.charCodeAt(0),
    commit: {
      sha: head.slice(1),
      parents: f[1] ? f[1].split(' ') : [],
      authorName: f[2] as string,
      authorEmail: f[3] as string,
      date: f[4] as string,
      message: f[5] as string,
    },
  }
}

/** A boundary commit is `from` or one of its ancestors (git marks only those as outside the range); so are its parents. */
function noteBoundary(c: RawCommit, boundary: Set<string>, before: Set<string>): void {
  boundary.add(c.sha)
  before.add(c.sha)
  for (const p of c.parents) before.add(p)
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
  let kept: ReadonlySet<string> | undefined
  const onBoundary = new Set<string>()
  const before = new Set<string>()
  const queue = new Queue(boundary ? READ_AHEAD : SLICE)
  const take = (record: string): void => {
    const r = commitOf(record)
    if (!r) return
    if (r.mark === 45 /* - */) return noteBoundary(r.commit, onBoundary, before)
    // Kept for the whole run: as a slice of its record, each sha would keep the record (the message) too.
    if (boundary && (!kept || kept.has(r.commit.sha))) inRange.add(ownCopy(r.commit.sha))
    queue.push(r.commit)
  }
  // Runs up to its first await now: git starts now.
  const done = (async () => {
    try {
      for await (const batch of records) {
        for (const record of batch) take(record)
        await queue.room()
      }
    } finally {
      queue.end()
    }
  })()
  done.catch(() => undefined) // seen by read(), or by the range checks
  const cancel = (): void => {
    queue.end()
    queue.clear()
    void records.return(undefined).catch(() => undefined)
  }
  return {
    done,
    get written() {
      return queue.count
    },
    inRange,
    boundary: onBoundary,
    before,
    keepOnly(shas) {
      kept = shas
      for (const sha of inRange) if (!shas.has(sha)) inRange.delete(sha)
    },
    async read(onCommit) {
      try {
        await queue.drain(onCommit, boundary)
      } catch (e) {
        cancel()
        throw e
      }
      await done
      return queue.count
    },
    cancel,
  }
}

/** The commits between git and the engine: the reader waits for commits, the writer for room. */
class Queue {
  constructor(private readonly ahead: number) {}
  count = 0
  private items: RawCommit[] = []
  private head = 0
  private ended = false
  /** The engine has started reading: from then on, a slice's worth ahead. */
  private reading = false
  private wake?: () => void
  private free?: () => void

  push(c: RawCommit): void {
    this.items.push(c)
    this.count++
    this.wake?.()
  }

  end(): void {
    this.ended = true
    this.wake?.()
  }

  clear(): void {
    this.items = []
    this.head = 0
    this.free?.()
  }

  /** Resolves once the engine is at most `ahead` commits behind (SLICE once it reads, past LISTED_WHOLE). */
  room(): Promise<void> {
    if (this.items.length - this.head <= this.limit()) return Promise.resolve()
    return new Promise((resolve) => (this.free = resolve))
  }

  /** How far the writer may run ahead now. */
  private limit(): number {
    return this.reading && this.count > LISTED_WHOLE ? Math.min(this.ahead, SLICE) : this.ahead
  }

  /**
   * Hand every commit to `onCommit` until the writer ends. With `slices`, SLICE at a time while git is still being
   * read (FIRST_SLICE at a time for the FIRST ones, read or not), a turn of the event loop between two (git's other
   * replies, which the range checks wait on, get through).
   */
  async drain(onCommit: (c: RawCommit) => void, slices: boolean): Promise<void> {
    this.reading = true
    let handed = 0
    for (;;) {
      const first = handed < FIRST
      const end =
        slices && (first || !this.ended)
          ? Math.min(this.items.length, this.head + (first ? FIRST_SLICE : SLICE))
          : this.items.length
      handed += end - this.head
      while (this.head < end) onCommit(this.items[this.head++] as RawCommit)
      if (this.head > this.limit() || this.head === this.items.length) {
        this.items = this.items.slice(this.head)
        this.head = 0
      }
      if (this.items.length - this.head <= this.limit()) this.free?.()
      if (this.head < this.items.length) await new Promise((resolve) => setImmediate(resolve))
      else if (this.ended) return
      else await new Promise<void>((resolve) => (this.wake = resolve))
    }
  }
}
