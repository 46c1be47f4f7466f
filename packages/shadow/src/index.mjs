// @ts-check
import { fileURLToPath } from 'node:url'

/** @typedef {import('./options.mjs').ShadowConfig} ShadowConfig */
/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */

export { startShadowProxy } from './proxy.mjs'
export { resolveOptions, ShadowOptionsError } from './options.mjs'
export { parseOptions, USAGE } from './argv.mjs'
export { compareResponses, diffJson, parseIgnorePath, matchesPath } from './compare.mjs'
export { ShadowStats } from './stats.mjs'
export { BoundedQueue } from './queue.mjs'
export { judgeShadowReport } from './judge.mjs'

/** Absolute path of the CLI entry (for spawning it, or copying the src/ directory to a host). */
export const SHADOW_PROXY_CLI = fileURLToPath(new URL('./shadow-proxy.mjs', import.meta.url))
