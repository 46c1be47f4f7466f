/**
 * The atomic write every package shares (temp file beside the target, fsync, rename). Node built-ins only, none
 * loaded for nothing at start-up; also reached through the `@shipline/core/files` entry, so @shipline/flags (and
 * the OpenFeature provider's bundle, for apps on any Node from 20) takes it without the rest of core.
 */
import { constants } from 'node:fs'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp names: unique in this process by the counter, across processes by the pid (and created exclusively). */
let written = 0

export interface AtomicWriteOptions {
  /** Mode of the new file, set explicitly (not left to the umask). Default 0o644. */
  mode?: number
  /** Temp file name (default: a unique one beside the target). It is created exclusively and never followed. */
  temp?: string
}

/**
 * Replace `path` with `data` so readers see the old or the new file, never a partial one: the temp file is created
 * exclusively (`O_EXCL`, `O_NOFOLLOW`: a file or symlink already there is refused), written, chmod-ed, fsync-ed and
 * renamed over the target. On any failure the temp file is removed and the error (with its `code`) is rethrown.
 */
export async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const mode = opts.mode ?? 0o644
  const tmp =
    opts.temp ?? join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}-${++written}.tmp`)
  const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode)
  try {
    await handle.writeFile(data)
    await handle.chmod(mode)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(tmp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(tmp, path)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}

/** The file's text, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}
