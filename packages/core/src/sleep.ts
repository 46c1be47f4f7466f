/** Resolve after `ms`, or at once when `signal` aborts (never rejects: the caller checks `signal.aborted`). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((ok) => {
    if (signal?.aborted) return ok()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      ok()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
