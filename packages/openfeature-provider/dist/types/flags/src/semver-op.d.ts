import type { Json } from './jsonlogic.js';
/** The version as `MAJOR.MINOR.PATCH[-pre]` (build metadata dropped), or undefined when flagd would refuse it. */
export declare function normalizeFlagdVersion(value: Json | undefined): string | undefined;
/** `sem_ver` on evaluated arguments: true/false, or null (with a warning) when flagd would log an error. */
export declare function semVerOp(args: Json[], warnings: string[]): Json;
