import type { RawCommit } from '../src/domain/types.js'

let counter = 0

/** A raw commit with a unique fake sha; newest-first lists are built by the caller. */
export function raw(message: string, extra: Partial<RawCommit> = {}): RawCommit {
  counter++
  const sha = (counter.toString(16).padStart(4, '0') + 'abcdef0123456789').repeat(3).slice(0, 40)
  return {
    sha,
    parents: ['0'.repeat(40)],
    authorName: 'Ada',
    authorEmail: 'ada@example.com',
    date: '2026-01-02T03:04:05Z',
    message,
    ...extra,
  }
}
