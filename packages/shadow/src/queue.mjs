// @ts-check
/**
 * A bounded work queue: at most `concurrency` tasks run, at most `capacity` wait; `offer` refuses (returns false)
 * when both are full, so the caller drops the work instead of buffering without limit.
 */
export class BoundedQueue {
  /**
   * @param {number} concurrency
   * @param {number} capacity
   * @param {(running: number, waiting: number) => void} [onChange]
   */
  constructor(concurrency, capacity, onChange) {
    this.concurrency = concurrency
    this.capacity = capacity
    this.running = 0
    /** @type {(() => Promise<void>)[]} */
    this.waiting = []
    this.onChange = onChange ?? (() => {})
    /** @type {(() => void)[]} */
    this.idleWaiters = []
  }

  /**
   * Start `task` now, queue it, or refuse it.
   * @param {() => Promise<void>} task
   * @returns {boolean} false when the queue was full and the task was dropped
   */
  offer(task) {
    if (this.running < this.concurrency) {
      this.start(task)
      return true
    }
    if (this.waiting.length >= this.capacity) return false
    this.waiting.push(task)
    this.onChange(this.running, this.waiting.length)
    return true
  }

  /** @param {() => Promise<void>} task */
  start(task) {
    this.running += 1
    this.onChange(this.running, this.waiting.length)
    task()
      .catch(() => {})
      .finally(() => {
        this.running -= 1
        const next = this.waiting.shift()
        if (next) this.start(next)
        else this.onChange(this.running, this.waiting.length)
        if (this.running === 0 && this.waiting.length === 0) for (const wake of this.idleWaiters.splice(0)) wake()
      })
  }

  /**
   * Resolves when nothing runs or waits (or after `timeoutMs`).
   * @param {number} [timeoutMs]
   * @returns {Promise<void>}
   */
  idle(timeoutMs = 5_000) {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs)
      this.idleWaiters.push(() => {
        clearTimeout(timer)
        resolve(undefined)
      })
    })
  }
}
