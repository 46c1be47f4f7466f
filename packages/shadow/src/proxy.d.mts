import { ShadowStats } from './stats.mjs';
export type ShadowOptions = import('./options.mjs').ShadowOptions;
export type CapturedResponse = import('./compare.mjs').CapturedResponse;
/**
 * Start the proxy and its admin server.
 * @param {ShadowOptions} options
 */
export declare function startShadowProxy(options: ShadowOptions): Promise<{
    url: string;
    adminUrl: string;
    stats: ShadowStats;
    /** Wait (bounded) for copies in flight, then stop both servers and the agents. */
    close(drainMs?: number): Promise<void>;
}>;
