/**
 * The artifact on the runner: one streaming pass computes its sha256 and reads its tar listing, refusing any
 * entry that would land outside the release. Memory stays flat whatever the size.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import { InputError, UserError } from '@shipline/core'
import { tarEntryProblem } from '../domain/tar-entry.js'

export interface ArtifactInfo {
  path: string
  bytes: number
  sha256: string
  entries: number
}

/** Hash and check `path`; throws an InputError naming the first bad entry. */
export async function inspectArtifact(path: string): Promise<ArtifactInfo> {
  const st = await stat(path).catch(() => undefined)
  if (!st?.isFile()) throw new InputError('artifact', path, 'is not a file (give the path of a .tar.gz, relative to the workspace)')
  const { Parser } = await import('tar')
  const hash = createHash('sha256')
  const problems: string[] = []
  let entries = 0
  const parser = new Parser({ strict: true })
  parser.on('entry', (e: { path: string; type: string; linkpath?: string; resume(): void }) => {
    entries++
    const problem = tarEntryProblem({ path: e.path, type: e.type, linkpath: e.linkpath })
    if (problem && problems.length < 5) problems.push(problem)
    e.resume()
  })
  await new Promise<void>((ok, fail) => {
    const input = createReadStream(path)
    input.on('data', (b) => hash.update(b))
    input.on('error', fail)
    parser.on('error', (e: Error) => fail(new InputError('artifact', path, `is not a readable .tar.gz (${e.message})`)))
    parser.on('end', ok)
    input.pipe(parser)
  })
  if (problems.length) {
    throw new InputError('artifact', path, `has entries that would escape the release directory: ${problems.join('; ')}`, {
      hint: 'Build the archive from inside the release directory (tar -czf app.tar.gz -C build .) with relative paths and links.',
    })
  }
  if (entries === 0) throw new UserError(`Input 'artifact': '${path}' is an empty archive`)
  return { path, bytes: st.size, sha256: hash.digest('hex'), entries }
}
