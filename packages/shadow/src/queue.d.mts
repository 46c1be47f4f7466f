/**
 * A bounded work queue: at most `concurrency` tasks run, at most `capacity` wait; `offer` refuses (returns false)
 * when both are full, so the caller drops the work instead of buffering without limit.
 */
export declare class BoundedQueue {
    concurrency: number;
    capacity: number;
    running: number;
    /** @type {(() => Promise<void>)[]} */
    waiting: (() => Promise<void>)[];
    onChange: (running: number, waiting: number) => void;
    /** @type {(() => void)[]} */
    idleWaiters: (() => void)[];
    /**
     * @param {number} concurrency
     * @param {number} capacity
     * @param {(running: number, waiting: number) => void} [onChange]
     */
    constructor(concurrency: number, capacity: number, onChange?: (running: number, waiting: number) => void);
    /**
     * Start `task` now, queue it, or refuse it.
     * @param {() => Promise<void>} task
     * @returns {boolean} false when the queue was full and the task was dropped
     */
    offer(task: () => Promise<void>): boolean;
    /** @param {() => Promise<void>} task */
    start(task: () => Promise<void>): void;
    /**
     * Resolves when nothing runs or waits (or after `timeoutMs`).
     * @param {number} [timeoutMs]
     * @returns {Promise<void>}
     */
    idle(timeoutMs?: number): Promise<void>;
}
