/**
 * The artifact on the runner: its sha256 and its tar listing, refusing any entry that would land outside the
 * release. An artifact up to {@link IN_MEMORY_MAX} is read once: the same bytes are hashed, listed and later sent to
 * every host (one buffer shared by all of them, so what a host receives is exactly what was checked). A bigger one
 * is streamed through reused buffers, so memory stays bounded whatever the size. The listing comes from GNU tar
 * with --absolute-names, so names and link targets are shown raw, unsanitised (only the listing text passes
 * through this process); where tar is not GNU tar (macOS, Windows), node-tar parses the stream instead.
 */
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { hashChunks, hashFile, InputError, UserError } from '@shipline/core'
import { tarEntryProblem, ReleaseTree, type TarEntry } from '../domain/tar-entry.js'
import { parseListingLine } from '../domain/tar-listing.js'

/** Artifacts up to this size are held in memory once, for the whole run; bigger ones are streamed. */
export const IN_MEMORY_MAX = 64 * 2 ** 20

export interface ArtifactInfo {
  path: string
  bytes: number
  sha256: string
  entries: number
  /** The artifact's bytes (exactly those hashed and listed), when it is at most {@link IN_MEMORY_MAX}. */
  data?: Buffer
}

interface Listing {
  entries: number
  problems: string[]
  tree: ReleaseTree
}

/**
 * Hash and check `path`, entry by entry and as a whole (symlink chains, `shared-paths`); throws an InputError
 * naming the first bad entries. `nodeTar` forces the fallback lister.
 */
export async function inspectArtifact(
  path: string,
  opts: { nodeTar?: boolean; sharedPaths?: readonly string[] } = {},
): Promise<ArtifactInfo> {
  const st = await stat(path).catch(() => undefined)
  if (!st?.isFile())
    throw new InputError('artifact', path, 'is not a file (give the path of a .tar.gz, relative to the workspace)')
  const data = st.size <= IN_MEMORY_MAX ? await readWhole(path, st.size) : undefined
  const gnu = !opts.nodeTar && (await isGnuTar())
  const [{ sha256 }, listing] = await Promise.all([
    data ? hashChunks(once(data)) : hashFile(path),
    gnu ? listWithGnuTar(path, data) : listWithNodeTar(path, data),
  ])
  for (const p of listing.tree.finish(opts.sharedPaths ?? [])) if (listing.problems.length < 5) listing.problems.push(p)
  if (listing.problems.length) {
    throw new InputError(
      'artifact',
      path,
      `has entries that would escape the release directory: ${listing.problems.join('; ')}`,
      {
        hint: 'Build the archive from inside the release directory (tar -czf app.tar.gz -C build .) with relative paths and links.',
      },
    )
  }
  if (listing.entries === 0) throw new UserError(`Input 'artifact': '${path}' is an empty archive`)
  return { path, bytes: data?.length ?? st.size, sha256, entries: listing.entries, ...(data ? { data } : {}) }
}

/** The file's bytes, read once (`size` from its stat; a file that shrank since gives what is there). */
async function readWhole(path: string, size: number): Promise<Buffer> {
  const file = await open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(size)
    let got = 0
    while (got < size) {
      const { bytesRead } = await file.read(buf, got, size - got, got)
      if (!bytesRead) break
      got += bytesRead
    }
    return buf.subarray(0, got)
  } finally {
    await file.close()
  }
}

async function* once(data: Buffer): AsyncIterable<Buffer> {
  yield data
}

let gnu: Promise<boolean> | undefined
function isGnuTar(): Promise<boolean> {
  gnu ??= new Promise((ok) => {
    const child = spawn('tar', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.on('error', () => ok(false))
    child.on('close', (code) => ok(code === 0 && /GNU tar/.test(out)))
  })
  return gnu
}

function check(listing: Listing, entry: TarEntry | undefined, line: string): void {
  listing.entries++
  const problem = entry
    ? (tarEntryProblem(entry) ?? listing.tree.add(entry))
    : `unreadable listing line ${JSON.stringify(line.slice(0, 200))}`
  if (problem && listing.problems.length < 5) listing.problems.push(problem)
}

/** List the archive with GNU tar: from `data` on its stdin when given, else from the file. */
async function listWithGnuTar(path: string, data?: Buffer): Promise<Listing> {
  const listing: Listing = { entries: 0, problems: [], tree: new ReleaseTree() }
  const child = spawn('tar', ['--absolute-names', '--quoting-style=c', '-tvzf', data ? '-' : path], {
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdin.on('error', () => undefined) // tar stops reading at a bad archive: its exit code says why
  child.stdin.end(data)
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-4000)))
  const closed = new Promise<number | null>((ok) => {
    child.on('error', (e) => ((stderr += e.message), ok(-1)))
    child.on('close', ok)
  })
  for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity }))
    if (line) check(listing, parseListingLine(line), line)
  const code = await closed
  if (code !== 0) {
    const why = stderr
      .split('\n')
      .filter((l) => l && !/Removing leading/.test(l))
      .slice(-2)
      .join(' ')
    throw new InputError('artifact', path, `is not a readable .tar.gz (${why || `tar exited with code ${code}`})`)
  }
  return listing
}

async function listWithNodeTar(path: string, data?: Buffer): Promise<Listing> {
  const { Parser } = await import('tar')
  const listing: Listing = { entries: 0, problems: [], tree: new ReleaseTree() }
  const parser = new Parser({ strict: true })
  parser.on('entry', (e: { path: string; type: string; linkpath?: string; resume(): void }) => {
    check(listing, { path: e.path, type: e.type, linkpath: e.linkpath }, e.path)
    e.resume()
  })
  await new Promise<void>((ok, fail) => {
    parser.on('error', (e: Error) => fail(new InputError('artifact', path, `is not a readable .tar.gz (${e.message})`)))
    parser.on('end', ok)
    if (data) parser.end(data)
    else createReadStream(path).on('error', fail).pipe(parser)
  })
  return listing
}
