/**
 * The footer notes a commit can carry: which titles the parser recognises, and which of them mark a breaking change.
 * A module of its own so the renderers can ask without loading the parser (the engine's chunk has it).
 */
import type { CommitNote } from './types.js'

const BREAKING_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES'])

/** Note titles recognised in footers. `DEPRECATED:` marks a deprecation for the release notes. */
export const NOTE_KEYWORDS = ['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES', 'DEPRECATED', 'DEPRECATION']

/** True when a note is a breaking-change note (as opposed to a deprecation). */
export function isBreakingNote(note: CommitNote): boolean {
  return BREAKING_TITLES.has(note.title)
}
