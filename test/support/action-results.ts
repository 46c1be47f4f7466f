/** Reading an action's run for assertions: its error annotations, build-package's artifacts, file digests. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { RunResult } from './runner/index.js'

/** The messages of the run's error annotations, one a line ('' when there are none). */
export function errorsOf(r: RunResult): string {
  return r.annotations
    .filter((a) => a.kind === 'error')
    .map((a) => a.message)
    .join('\n')
}

/** One item of build-package's `artifacts` output. */
export interface ArtifactOut {
  path: string
  kind: string
  name: string
  size: number
  sha256: string
  digest?: string
}

/** build-package's `artifacts` output, parsed ([] when it is not set). */
export function artifactsOf(r: RunResult): ArtifactOut[] {
  return JSON.parse(r.outputs.artifacts ?? '[]') as ArtifactOut[]
}

/** The sha256 of a file's contents, in hex. */
export function fileSha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}
