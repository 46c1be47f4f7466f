/** String helpers of the engine. Pure. */

/**
 * A copy of `s` that holds only its own characters. A slice of a long string (a `git log` record) keeps the whole
 * string (the message too) alive for as long as the slice is: copy what is kept for the whole run.
 */
export function ownCopy(s: string): string {
  return ` ${s}`.slice(1)
}
