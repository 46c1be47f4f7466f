/**
 * The authors before a range, for the release notes' new contributors: for each author of the range, whether they
 * wrote a commit before it.
 */
import { gitMaybe, gitRecordBatches } from '@shipline/core'

/**
 * Up to this many authors are looked for with git keeping only their commits; more make git's matching cost more
 * than a whole walk (16 fixed strings: a third more than `shortlog`), so every author is listed instead.
 */
const SOUGHT = 8
/** A range of more commits is a long one: its authors are many, and not known before it is read. */
const SHORT = 200

/** The range's authors (as openRange notes them): undefined as soon as it has more than `most` commits. */
export type RangeAuthors = (most: number) => Promise<ReadonlySet<string> | undefined>

/**
 * Lower-cased emails of the authors before the range, answering each of the range's authors exactly; others may be
 * missing. Empty at the start of history.
 *
 * The few authors of a short range (at most `limits.short` commits, `limits.sought` authors) are looked for in one
 * walk over the older history, newest first, where git keeps only their commits (`--author`, fixed strings, without
 * the mailmap: the raw email, as `%ae`), stopped as soon as each is seen: usually a few hundred commits; only a new
 * contributor makes git read the whole older history, and then it writes nothing. Otherwise every author before the
 * range is listed (one walk over the whole older history, started as soon as the range is known to be long).
 */
export async function authorsBefore(
  cwd: string,
  fromSha: string | undefined,
  authors: RangeAuthors,
  limits: { short?: number; sought?: number } = {},
): Promise<Set<string>> {
  const seen = new Set<string>()
  if (!fromSha) return seen
  const { short = SHORT, sought = SOUGHT } = limits
  const range = await authors(short)
  const wanted = range && [...new Set([...range].map((e) => e.toLowerCase()))]
  if (!wanted || wanted.length > sought) return everyAuthor(cwd, fromSha, seen)
  if (wanted.length === 0) return seen
  const only = wanted.map((e) => `--author=${e}`)
  const found = (): boolean => wanted.every((e) => seen.has(e))
  await readEmails(['--no-use-mailmap', '-F', '-i', ...only, fromSha], cwd, seen, found, true)
  return seen
}

/**
 * Add the author emails `git log` lists with `args` to `seen`, lower-cased, until `stop()` says so (then git is
 * stopped). `sparse`: git lists few commits, each handed over as soon as found.
 */
async function readEmails(
  args: string[],
  cwd: string,
  seen: Set<string>,
  stop: () => boolean,
  sparse: boolean,
): Promise<void> {
  const log = ['-c', 'log.showSignature=false', 'log', '--format=%ae', ...args]
  for await (const batch of gitRecordBatches(log, cwd, '\n', sparse)) {
    for (const email of batch) seen.add(email.toLowerCase())
    if (stop()) return
  }
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
