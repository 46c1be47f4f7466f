/**
 * The rule for a tar entry in a release archive: it must land inside the release directory and be a plain
 * file, directory, or a link whose target stays inside. Checked on the runner against the listing, before
 * anything is sent; the host then verifies that the bytes it got have the same sha256, so the checked listing
 * is the one unpacked.
 */
import { posix } from './posix-path.js'

export interface TarEntry {
  path: string
  type: string
  linkpath?: string
}

const ALLOWED = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'])

function escapes(path: string): boolean {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return true
  const norm = posix.normalize(path)
  return norm === '..' || norm.startsWith('../')
}

/** Why this entry is refused, or undefined when it is safe. */
export function tarEntryProblem(entry: TarEntry): string | undefined {
  const { path, type, linkpath } = entry
  if (!ALLOWED.has(type)) return `'${path}' is a ${type}, not a file, directory or link`
  if (path.split('/').includes('..') || escapes(path)) return `'${path}' points outside the release (absolute or '..')`
  if (type === 'SymbolicLink') {
    const target = linkpath ?? ''
    if (target.startsWith('/')) return `'${path}' is a symlink to the absolute path '${target}'`
    if (escapes(posix.join(posix.dirname(path), target)))
      return `'${path}' is a symlink to '${target}', outside the release`
  }
  if (type === 'Link' && (linkpath === undefined || linkpath.split('/').includes('..') || escapes(linkpath))) {
    return `'${path}' is a hard link to '${linkpath ?? ''}', outside the release`
  }
  return undefined
}

/** Symlinks followed while resolving one path before it counts as a loop (Linux's own limit is 40). */
const MAX_HOPS = 40

/**
 * The archive as a whole: every entry's real place, resolved through the symlinks that earlier entries create
 * (tar writes `a/a/a/config` through `a -> .`, so it lands at `config`). One entry at a time, in archive order;
 * `finish` then checks every link against the final set of links (a later link can change where an earlier one
 * leads) and the shared paths (which must be real files or directories, not links or under links). Pure.
 */
export class ReleaseTree {
  /** Symlinks by their real place (parts joined by '/'), with their target text. */
  private readonly links = new Map<string, string>()

  /** Resolve `parts` (relative to the release root) through the links known so far; undefined when it leaves the release or loops. */
  private resolve(parts: readonly string[], followLast = true): string[] | undefined {
    const out: string[] = []
    const queue = [...parts]
    let hops = 0
    while (queue.length) {
      const c = queue.shift() as string
      if (c === '' || c === '.') continue
      if (c === '..') {
        if (out.length === 0) return undefined
        out.pop()
        continue
      }
      out.push(c)
      const target = this.links.get(out.join('/'))
      if (target === undefined || (!followLast && queue.length === 0)) continue
      if (++hops > MAX_HOPS || target.startsWith('/')) return undefined
      out.pop()
      queue.unshift(...target.split('/'))
    }
    return out
  }

  /** Add the next entry; why it is refused, or undefined. Call after {@link tarEntryProblem} passed. */
  add(entry: TarEntry): string | undefined {
    const parts = entry.path.split('/').filter((p) => p !== '' && p !== '.')
    if (parts.length === 0) return undefined
    const parent = this.resolve(parts.slice(0, -1))
    if (!parent) return `'${entry.path}' is written through a symlink that leads outside the release`
    const real = [...parent, parts[parts.length - 1] as string]
    if (entry.type === 'SymbolicLink') {
      const target = entry.linkpath ?? ''
      if (!this.resolve([...parent, ...target.split('/')]))
        return `'${entry.path}' is a symlink to '${target}', which leads outside the release through other links in the archive`
      this.links.set(real.join('/'), target)
    } else if (entry.type === 'Link' && !this.resolve((entry.linkpath ?? '').split('/'))) {
      return `'${entry.path}' is a hard link to '${entry.linkpath ?? ''}', which leads outside the release through links in the archive`
    }
    return undefined
  }

  /** After the last entry: every link against the final set, and the shared paths. */
  finish(sharedPaths: readonly string[]): string[] {
    const problems: string[] = []
    for (const [at, target] of this.links) {
      if (!this.resolve(at.split('/')))
        problems.push(
          `'${at}' is a symlink to '${target}', which leads outside the release through other links in the archive`,
        )
    }
    for (const shared of sharedPaths) {
      const parts = shared.split('/').filter(Boolean)
      const real = this.resolve(parts, false)
      const link = this.links.get(parts.join('/'))
      if (link !== undefined)
        problems.push(
          `shared path '${shared}' is a symlink in the archive (to '${link}'): a shared path must be a real file or directory`,
        )
      else if (!real || real.join('/') !== parts.join('/'))
        problems.push(
          `shared path '${shared}' lies under a symlink in the archive: a shared path must be a real file or directory`,
        )
    }
    return problems
  }
}
