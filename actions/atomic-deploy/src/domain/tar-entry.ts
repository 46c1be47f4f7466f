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
    if (escapes(posix.join(posix.dirname(path), target))) return `'${path}' is a symlink to '${target}', outside the release`
  }
  if (type === 'Link' && (linkpath === undefined || linkpath.split('/').includes('..') || escapes(linkpath))) {
    return `'${path}' is a hard link to '${linkpath ?? ''}', outside the release`
  }
  return undefined
}
