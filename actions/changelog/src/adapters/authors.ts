/**
 * The authors before a range, for the release notes' new contributors: for each author of the range, whether they
 * wrote a commit before it.
 */
import { gitMaybe, gitRecordBatches } from '@shipline/core'

/** How many of the newest older commits are read whole first: a range's usual authors are among them. */
const RECENT = 200
/**
 * Up to this many authors still unseen after those are looked for with git keeping only their commits; more make
 * git's matching cost more than a whole walk (16 fixed strings: a third more than `shortlog`), so every author is
 * listed instead.
 */
const SOUGHT = 8
/** A range of more commits is a long one: its authors are many, and not known before it is read. */
const SHORT = 200

/** The range's authors (as openRange notes them): undefined as soon as it has more than `most` commits. */
export type RangeAuthors = (most: number) => Promise<ReadonlySet<string> | undefined>

/** How far authorsBefore reads before it changes its way (the defaults above; tests make them small). */
export interface AuthorLimits {
  recent?: number
  sought?: number
  short?: number
}

/**
 * Lower-cased emails of the authors before the range, answering each of the range's authors exactly; others may be
 * missing. Empty at the start of history.
 *
 * For a short range (at most `short` commits): the `recent` newest older commits are read whole, stopped once all
 * its authors are seen (the usual case). Those still unseen (at most `sought`) are then looked for in one walk over
 * the older history where git keeps only their commits (`--author`, fixed strings, without the mailmap: the raw
 * email, as `%ae`), each written at once and the walk stopped as soon as all are seen: only a new contributor makes
 * git read the whole older history, and then it writes nothing. Otherwise every author before the range is listed
 * (one walk over the whole older history; for a long range, started as soon as the range is known to be long).
 */
export async function authorsBefore(
  cwd: string,
  fromSha: string | undefined,
  authors: RangeAuthors,
  limits: AuthorLimits = {},
): Promise<Set<string>> {
  const seen = new Set<string>()
  if (!fromSha) return seen
  const { recent = RECENT, sought = SOUGHT, short = SHORT } = limits
  const range = await authors(short)
  if (!range) return everyAuthor(cwd, fromSha, seen)
  const wanted = [...new Set([...range].map((e) => e.toLowerCase()))]
  const unseen = (): string[] => wanted.filter((e) => !seen.has(e))
  if (wanted.length === 0) return seen
  const read = await readEmails([`-n${recent}`, fromSha], cwd, seen, () => unseen().length === 0, false)
  const left = unseen()
  // All seen, or the whole older history read (shorter than `recent`).
  if (left.length === 0 || read < recent) return seen
  if (left.length > sought) return everyAuthor(cwd, fromSha, seen)
  const only = left.map((e) => `--author=${e}`)
  await readEmails(['--no-use-mailmap', '-F', '-i', ...only, fromSha], cwd, seen, () => unseen().length === 0, true)
  return seen
}

/**
 * Add the author emails `git log` lists with `args` to `seen`, lower-cased, until `stop()` says so (then git is
 * stopped); how many were read. `sparse`: git lists few commits, each handed over as soon as found.
 */
async function readEmails(
  args: string[],
  cwd: string,
  seen: Set<string>,
  stop: () => boolean,
  sparse: boolean,
): Promise<number> {
  let read = 0
  const log = ['-c', 'log.showSignature=false', 'log', '--format=%ae', ...args]
  for await (const batch of gitRecordBatches(log, cwd, '\n', sparse)) {
    for (const email of batch) seen.add(email.toLowerCase())
    read += batch.length
    if (stop()) break
  }
  return read
}

/** Every author before the range, added to `seen`: git groups them itself (one line per author, not per commit). */
async function everyAuthor(cwd: string, fromSha: string, seen: Set<string>): Promise<Set<string>> {
  // Git < 2.37 lacks --group=format: then the log, a line per commit.
  const grouped = await gitMaybe(['shortlog', '-s', '--group=format:%ae', fromSha], cwd)
  if (grouped === undefined) {
    await readEmails([fromSha], cwd, seen, () => false, false)
    return seen
  }
  for (const line of grouped.split('\n')) seen.add(line.slice(line.indexOf('\t') + 1).toLowerCase())
  return seen
}
