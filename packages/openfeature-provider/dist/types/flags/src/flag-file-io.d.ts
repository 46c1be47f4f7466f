import { type FlagFile } from './flag-file.js';
/** Read and validate a flag file. Throws {@link FlagFileError} (naming the path) when it is missing or invalid. */
export declare function readFlagFile(path: string): Promise<FlagFile>;
/** Validate and write a flag file atomically. Nothing is written when the content is invalid. */
export declare function writeFlagFile(path: string, file: FlagFile): Promise<void>;
/** Read, transform and atomically write back a flag file (e.g. with `setRolloutPercentage`). */
export declare function updateFlagFile(path: string, change: (file: FlagFile) => FlagFile): Promise<FlagFile>;
