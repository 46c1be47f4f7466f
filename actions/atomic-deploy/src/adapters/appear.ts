/**
 * Waiting for files to appear (the SSH masters' control sockets, all in one directory): one fs.watch per
 * directory serves every file awaited in it, so N hosts cost N callbacks per change, not one per host per change
 * (N watchers on one directory each heard every socket of every host: N² callbacks).
 */
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'

interface Watched {
  watcher: FSWatcher
  /** File name → what to call when a change names it. */
  waiting: Map<string, () => void>
}

const dirs = new Map<string, Watched>()

/**
 * Call `onReady` once, as soon as `path` exists (checked now, then at every change its directory reports for that
 * name). Returns a function that stops waiting (call it when giving up; harmless after `onReady`).
 */
export function whenExists(path: string, onReady: () => void): () => void {
  const dir = dirname(path)
  const name = basename(path)
  let d = dirs.get(dir)
  if (!d) {
    const waiting = new Map<string, () => void>()
    const watcher = watch(dir, (_e, f) => void (f && waiting.get(f.toString())?.()))
    watcher.on('error', () => undefined)
    d = { watcher, waiting }
    dirs.set(dir, d)
  }
  const w = d
  const stop = (): void => {
    if (w.waiting.get(name) !== check) return
    w.waiting.delete(name)
    if (w.waiting.size) return
    w.watcher.close()
    dirs.delete(dir)
  }
  const check = (): void => {
    if (!existsSync(path)) return
    stop()
    onReady()
  }
  w.waiting.set(name, check)
  check()
  return stop
}
