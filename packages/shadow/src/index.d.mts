export type ShadowConfig = import('./options.mjs').ShadowConfig;
export type ShadowOptions = import('./options.mjs').ShadowOptions;
/** @typedef {import('./options.mjs').ShadowConfig} ShadowConfig */
/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */
export { startShadowProxy } from './proxy.mjs';
export { resolveOptions, ShadowOptionsError } from './options.mjs';
export { parseOptions, USAGE } from './argv.mjs';
export { compareResponses, diffJson, parseIgnorePath, matchesPath } from './compare.mjs';
export { ShadowStats } from './stats.mjs';
export { BoundedQueue } from './queue.mjs';
export { judgeShadowReport } from './judge.mjs';
/** Absolute path of the CLI entry (for spawning it, or copying the src/ directory to a host). */
export declare const SHADOW_PROXY_CLI: string;
