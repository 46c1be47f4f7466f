/**
 * The file adapter: read a flagd flag file, and read it again whenever it changes. Writers such as
 * staged-rollout replace the file with a rename (temp file + fsync + rename), which a watch on the file itself
 * would lose, so the directory is watched and events are filtered by name; a slow stat poll backs the watcher up
 * (network file systems, editors that truncate in place). Reads are debounced and never overlap; an unchanged
 * text is not reported twice.
 */
import { watch, type FSWatcher } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseFlagFileText, type FlagFile } from '@shipline/flags'

/** What one read found: a valid file, no file yet, or a file that is not a valid flag file (with why). */
export type Loaded =
  { kind: 'file'; file: FlagFile; text: string } | { kind: 'missing' } | { kind: 'invalid'; error: Error }

export interface FileSourceOptions {
  /** Re-read at least this often even without a watch event (default 2000 ms; 0 turns the poll off). */
  pollMs?: number
  /** Wait this long after an event before reading, so a burst of events gives one read (default 20 ms). */
  debounceMs?: number
}

export class FlagFileSource {
  readonly path: string
  private watcher: FSWatcher | undefined
  private poll: NodeJS.Timeout | undefined
  private debounce: NodeJS.Timeout | undefined
  private reading: Promise<void> | undefined
  private again = false
  private lastText: string | undefined
  private lastKind: Loaded['kind'] | undefined
  private lastError: string | undefined

  constructor(
    path: string,
    private readonly onChange: (loaded: Loaded) => void,
    private readonly options: FileSourceOptions = {},
  ) {
    this.path = resolve(path)
  }

  /** Read the file once (reported to `onChange`) and start watching it. */
  async start(): Promise<Loaded> {
    const first = await this.read()
    this.remember(first)
    const name = basename(this.path)
    try {
      this.watcher = watch(dirname(this.path), { persistent: false }, (_event, filename) => {
        if (!filename || filename.toString() === name) this.schedule()
      })
      this.watcher.on('error', () => this.schedule())
    } catch {
      // The directory may not exist yet: the poll still notices the file once it appears.
    }
    const pollMs = this.options.pollMs ?? 2000
    if (pollMs > 0) {
      this.poll = setInterval(() => this.schedule(), pollMs)
      this.poll.unref()
    }
    return first
  }

  /** Stop watching (idempotent). */
  stop(): void {
    this.watcher?.close()
    this.watcher = undefined
    if (this.poll) clearInterval(this.poll)
    if (this.debounce) clearTimeout(this.debounce)
    this.poll = undefined
    this.debounce = undefined
  }

  /** Read now; resolves once the read (and any read it had to wait for) is done and reported. */
  async reload(): Promise<void> {
    if (this.reading) {
      this.again = true
      return this.reading
    }
    this.reading = (async () => {
      do {
        this.again = false
        const loaded = await this.read()
        if (this.isNew(loaded)) {
          this.remember(loaded)
          this.onChange(loaded)
        }
      } while (this.again)
    })().finally(() => (this.reading = undefined))
    return this.reading
  }

  private schedule(): void {
    if (this.debounce) clearTimeout(this.debounce)
    this.debounce = setTimeout(() => void this.reload(), this.options.debounceMs ?? 20)
    this.debounce.unref()
  }

  private async read(): Promise<Loaded> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
      return { kind: 'invalid', error: error as Error }
    }
    try {
      return { kind: 'file', file: parseFlagFileText(text, this.path), text }
    } catch (error) {
      return { kind: 'invalid', error: error as Error }
    }
  }

  private isNew(loaded: Loaded): boolean {
    if (loaded.kind === 'file') return loaded.text !== this.lastText || this.lastKind !== 'file'
    if (loaded.kind === 'invalid') return this.lastKind !== 'invalid' || loaded.error.message !== this.lastError
    return loaded.kind !== this.lastKind
  }

  private remember(loaded: Loaded): void {
    this.lastKind = loaded.kind
    if (loaded.kind === 'file') this.lastText = loaded.text
    this.lastError = loaded.kind === 'invalid' ? loaded.error.message : undefined
  }
}
