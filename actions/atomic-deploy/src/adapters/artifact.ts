/**
 * The artifact on the runner: its sha256 and its tar listing, refusing any entry that would land outside the
 * release. An artifact up to {@link IN_MEMORY_MAX} is read once into memory, hashed as it is read, and those bytes
 * are what every host is sent (one buffer shared by all of them: what a host receives is exactly what was hashed).
 * A bigger one is hashed through one reused buffer and streamed from the file, so memory stays bounded whatever the
 * size. The listing comes from GNU tar (reading the file itself, in parallel) with --absolute-names, so names and
 * link targets are shown raw, unsanitised (only the listing text passes through this process); where tar is not
 * GNU tar (macOS, Windows), node-tar parses the stream instead.
 */
import { spawn } from 'node:child_process'
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { group, hashChunks, hashFile, info, InputError, resolveContained, UserError } from '@shipline/core'
import type { DeployConfig } from '../domain/config.js'
import { tarEntryProblem, ReleaseTree, type TarEntry } from '../domain/tar-entry.js'
import { parseListingLine } from '../domain/tar-listing.js'

/** Artifacts up to this size are held in memory once, for the whole run; bigger ones are streamed. */
export const IN_MEMORY_MAX = 64 * 2 ** 20

export interface ArtifactInfo {
  path: string
  bytes: number
  sha256: string
  entries: number
  /** The artifact's bytes (exactly those hashed), when it is at most {@link IN_MEMORY_MAX}. */
  data?: Buffer
}

interface Listing {
  entries: number
  problems: string[]
  tree: ReleaseTree
}

/**
 * The run's artifact, checked (a deploy's first step, started with the connections: it touches no host): found by
 * its real path inside the workspace or RUNNER_TEMP (a committed link to a file elsewhere is refused), inspected,
 * and matched against the `sha256` input when one was given.
 */
export async function checkArtifact(
  cfg: Pick<DeployConfig, 'artifact' | 'sha256' | 'sharedPaths'>,
  workspace: string,
): Promise<ArtifactInfo> {
  const artifact = (await resolveContained('artifact', cfg.artifact, { base: workspace })).real
  const a = await group('Inspect the artifact', () => inspectArtifact(artifact, { sharedPaths: cfg.sharedPaths }))
  if (cfg.sha256 && cfg.sha256.toLowerCase() !== a.sha256) {
    throw new InputError(
      'sha256',
      cfg.sha256,
      `does not match the artifact ${cfg.artifact} (its sha256 is ${a.sha256}); nothing was changed`,
    )
  }
  info(`${cfg.artifact}: ${a.bytes} bytes, ${a.entries} entries, sha256 ${a.sha256}`)
  return a
}

/**
 * Hash and check `path`, entry by entry and as a whole (symlink chains, `shared-paths`); throws an InputError
 * naming the first bad entries. `nodeTar` forces the fallback lister; `inMemoryMax` overrides IN_MEMORY_MAX.
 */
export async function inspectArtifact(
  path: string,
  opts: { nodeTar?: boolean; sharedPaths?: readonly string[]; inMemoryMax?: number } = {},
): Promise<ArtifactInfo> {
  const st = await stat(path).catch(() => undefined)
  if (!st?.isFile())
    throw new InputError('artifact', path, 'is not a file (give the path of a .tar.gz, relative to the workspace)')
  const read: Promise<Read> =
    st.size <= (opts.inMemoryMax ?? IN_MEMORY_MAX)
      ? readOnce(path, st.size)
      : hashFile(path).then(({ sha256 }) => ({ sha256 }))
  read.catch(() => undefined) // awaited below
  const [{ sha256, data }, listing] = await Promise.all([read, list(path, opts.nodeTar)])
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

/** What reading the artifact gave: its sha256, and its bytes when read into memory. */
interface Read {
  sha256: string
  data?: Buffer
}

const PIECE = 1 << 20

/**
 * Read the file once into one buffer, hashing each 1 MiB piece as it arrives. `size` is from the file's stat: a
 * file that shrank since gives what is there (and the host is told that size).
 */
async function readOnce(path: string, size: number): Promise<Read> {
  const buf = Buffer.allocUnsafe(size)
  let got = 0
  async function* pieces(): AsyncIterable<Buffer> {
    const file = await open(path, 'r')
    try {
      while (got < size) {
        const { bytesRead } = await file.read(buf, got, Math.min(PIECE, size - got), got)
        if (!bytesRead) return
        const piece = buf.subarray(got, got + bytesRead)
        got += bytesRead
        yield piece
      }
    } finally {
      await file.close()
    }
  }
  const { sha256 } = await hashChunks(pieces())
  return { sha256, data: buf.subarray(0, got) }
}

/**
 * GNU tar's listing; node-tar's where `tar` is not GNU tar. GNU tar is tried first, with no `tar --version` before
 * it (one process less on every run): another tar refuses GNU tar's options and fails, and only then does
 * `tar --version` decide between node-tar (not GNU tar, or no tar at all) and the failure (GNU tar: a bad archive).
 * A tar that took the options but printed another format would fail the run, each of its lines being unreadable.
 */
async function list(path: string, nodeTar?: boolean): Promise<Listing> {
  if (nodeTar) return listWithNodeTar(path)
  try {
    return await listWithGnuTar(path)
  } catch (error) {
    if (await isGnuTar()) throw error
    return listWithNodeTar(path)
  }
}

/** The environment both tar commands run in: this process's (its PATH picks the tar), in the C locale. */
const tarEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LC_ALL: 'C' })

function isGnuTar(): Promise<boolean> {
  return new Promise((ok) => {
    const child = spawn('tar', ['--version'], {
      env: tarEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    let out = ''
    child.stdout.on('data', (b: Buffer) => (out += b.toString()))
    child.on('error', () => ok(false))
    child.on('close', (code) => ok(code === 0 && /GNU tar/.test(out)))
  })
}

function check(listing: Listing, entry: TarEntry | undefined, line: string): void {
  listing.entries++
  const problem = entry
    ? (tarEntryProblem(entry) ?? listing.tree.add(entry))
    : `unreadable listing line ${JSON.stringify(line.slice(0, 200))}`
  if (problem && listing.problems.length < 5) listing.problems.push(problem)
}

async function listWithGnuTar(path: string): Promise<Listing> {
  const listing: Listing = { entries: 0, problems: [], tree: new ReleaseTree() }
  const child = spawn('tar', ['--absolute-names', '--quoting-style=c', '-tvzf', path], {
    env: tarEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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

async function listWithNodeTar(path: string): Promise<Listing> {
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
    createReadStream(path).on('error', fail).pipe(parser)
  })
  return listing
}
