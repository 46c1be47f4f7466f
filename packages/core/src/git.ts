/** Git helpers over the git CLI (argument arrays, never a shell string). */
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { exec, type ExecResult } from './exec.js'
import { UserError } from './errors.js'

/**
 * Git's stdout is its answer (ref listings, authors, tags), so it is kept whole up to this size, not cut to the
 * last 1 MiB as a command's log is (a repository with tens of thousands of tags would lose its first ones).
 */
const ANSWER_BYTES = 64 << 20

/** Run git and return trimmed stdout. */
export async function git(args: readonly string[], cwd = process.cwd()): Promise<string> {
  const r = await exec('git', args, { cwd, timeoutMs: 120_000, maxBuffer: ANSWER_BYTES })
  return r.stdout.trimEnd()
}

/** Run git and return how it went, without throwing on a non-zero exit (for callers that read the exit code). */
export function gitRun(args: readonly string[], cwd = process.cwd()): Promise<ExecResult> {
  return exec('git', args, { cwd, timeoutMs: 120_000, allowFailure: true, maxBuffer: ANSWER_BYTES })
}

/** Run git, returning undefined instead of throwing when it fails (e.g. an unknown ref). */
export async function gitMaybe(args: readonly string[], cwd = process.cwd()): Promise<string | undefined> {
  const r = await gitRun(args, cwd)
  return r.code === 0 ? r.stdout.trimEnd() : undefined
}

/**
 * Stream the records of a git command split on `separator` (default NUL), without holding the whole output.
 * Use a `--format` that ends each record with the separator, or `-z`. Each record is decoded on its own, so a
 * string kept from one (or a slice of it) holds that record only, never the whole chunk of output it came in.
 */
export function gitRecords(args: readonly string[], cwd = process.cwd(), separator = '\0'): AsyncGenerator<string> {
  if (separator !== '\n') return fromGit(args, cwd, (out) => splitRecords(out, Buffer.from(separator)))
  const { createInterface } = process.getBuiltinModule('node:readline')
  return fromGit(args, cwd, (out) => createInterface({ input: out, crlfDelay: Number.POSITIVE_INFINITY }))
}

/**
 * {@link gitRecords} in batches: the records each chunk of git's output completes, as one array. For a reader that
 * handles every record the same way, one turn of the event loop per chunk instead of one per record. `sparse`: git
 * writes few records, far apart (say, a log filtered by `--author`), each wanted as soon as git finds it, so git
 * writes each at once instead of holding it in a buffer until the buffer is full or git ends.
 */
export function gitRecordBatches(
  args: readonly string[],
  cwd = process.cwd(),
  separator = '\0',
  sparse = false,
): AsyncGenerator<string[]> {
  return fromGit(args, cwd, (out) => splitRecordBatches(out, Buffer.from(separator)), sparse)
}

/** Run git and yield what `read` makes of its stdout; a failure is thrown once the output is read. */
async function* fromGit<T>(
  args: readonly string[],
  cwd: string,
  read: (stdout: Readable) => AsyncIterable<T>,
  sparse = false,
): AsyncGenerator<T> {
  // GIT_FLUSH=0: git log and rev-list write to a pipe in full buffers, not one write per commit (a thousand commits
  // were a thousand reads and wake-ups here); 1 for sparse output. process.env as exec gives it (a test's sandbox too).
  const env = { ...process.env, GIT_FLUSH: sparse ? '1' : '0' }
  const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => {
    if (stderr.length < 8192) stderr += b.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  try {
    yield* read(child.stdout)
  } finally {
    if (child.exitCode === null) child.kill()
  }
  const code = await exited
  if (code !== 0 && code !== null) throw new UserError(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`)
}

/**
 * Records of a byte stream ending with `separator`, each decoded from UTF-8 by itself (a separator byte never occurs
 * inside a multi-byte character). A trailing record without separator is yielded unless it is only white space.
 */
export async function* splitRecords(chunks: AsyncIterable<Buffer>, separator: Buffer): AsyncGenerator<string> {
  for await (const batch of splitRecordBatches(chunks, separator)) yield* batch
}

/** {@link splitRecords} in batches: the records each chunk completes (none: no batch). */
export async function* splitRecordBatches(chunks: AsyncIterable<Buffer>, separator: Buffer): AsyncGenerator<string[]> {
  let rest: Buffer = Buffer.alloc(0)
  for await (const chunk of chunks) {
    // The unfinished record from the last chunk (usually short) goes in front: a separator cut in two is found too.
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk
    const batch: string[] = []
    let start = 0
    for (let at = buf.indexOf(separator); at !== -1; at = buf.indexOf(separator, start)) {
      batch.push(buf.toString('utf8', start, at))
      start = at + separator.length
    }
    rest = buf.subarray(start)
    if (batch.length) yield batch
  }
  const last = rest.toString('utf8')
  if (last.trim() !== '') yield [last]
}

/** Full SHA of a revision, or a clear error naming it. */
export async function resolveRef(ref: string, cwd = process.cwd(), input = 'ref'): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(`Input '${input}': '${ref}' is not a git revision`)
  const sha = await gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)
  if (!sha)
    throw new UserError(`Input '${input}': '${ref}' is not a commit, tag or branch in this repository`, {
      hint: 'Check the name, and fetch it first (actions/checkout with fetch-depth: 0 fetches all tags).',
    })
  return sha
}

/** True when the repository is a shallow clone (history is cut). */
export async function isShallow(cwd = process.cwd()): Promise<boolean> {
  return (await gitMaybe(['rev-parse', '--is-shallow-repository'], cwd)) === 'true'
}

/** Committer time of a commit in seconds since the epoch (for SOURCE_DATE_EPOCH). */
export async function commitTime(ref = 'HEAD', cwd = process.cwd()): Promise<number> {
  return Number(await git(['log', '-1', '--format=%ct', ref], cwd))
}
