import { type FlagFile } from '../../flags/src/index.js';
/** What one read found: a valid file, no file yet, or a file that is not a valid flag file (with why). */
export type Loaded = {
    kind: 'file';
    file: FlagFile;
    text: string;
} | {
    kind: 'missing';
} | {
    kind: 'invalid';
    error: Error;
};
export interface FileSourceOptions {
    /** Re-read at least this often even without a watch event (default 2000 ms; 0 turns the poll off). */
    pollMs?: number;
    /** Wait this long after an event before reading, so a burst of events gives one read (default 20 ms). */
    debounceMs?: number;
}
export declare class FlagFileSource {
    private readonly onChange;
    private readonly options;
    readonly path: string;
    private watcher;
    private poll;
    private debounce;
    private reading;
    private again;
    private lastText;
    private lastKind;
    private lastError;
    constructor(path: string, onChange: (loaded: Loaded) => void, options?: FileSourceOptions);
    /** Read the file once (reported to `onChange`) and start watching it. */
    start(): Promise<Loaded>;
    /** Stop watching (idempotent). */
    stop(): void;
    /** Read now; resolves once the read (and any read it had to wait for) is done and reported. */
    reload(): Promise<void>;
    private schedule;
    private read;
    private isNew;
    private remember;
}
