export { startShadowProxy } from './proxy.mjs';
export { parseOptions, ShadowOptionsError, USAGE } from './options.mjs';
export { compareResponses, diffJson, parseIgnorePath, matchesPath } from './compare.mjs';
export { ShadowStats } from './stats.mjs';
export { BoundedQueue } from './queue.mjs';
export { judgeShadowReport } from './judge.mjs';
/** Absolute path of the CLI entry (for spawning it, or copying the src/ directory to a host). */
export declare const SHADOW_PROXY_CLI: string;
