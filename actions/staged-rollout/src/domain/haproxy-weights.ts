/**
 * The HAProxy router's arithmetic, pure: the server weights for a canary share, the order of the runtime API
 * commands (never a moment with every server at weight 0), and parsing what `get weight` answers.
 */

/** HAProxy server weights go from 0 to 256; a version's share of 100% is spread as 0..200 over its servers. */
const SCALE = 2

/** Backend and server names as HAProxy accepts them; nothing else reaches the runtime API's command line. */
export const HAPROXY_NAME = /^[A-Za-z0-9_.:-]{1,64}$/

export interface ServerWeight {
  server: string
  weight: number
}

/** Each server's weight for a canary share of `canaryPercent`: a version's share split evenly over its servers. */
export function serverWeights(
  canaryPercent: number,
  servers: { stable: readonly string[]; canary: readonly string[] },
): ServerWeight[] {
  const spread = (share: number, list: readonly string[]): ServerWeight[] =>
    list.map((server) => ({ server, weight: share === 0 ? 0 : Math.max(1, Math.round((share * SCALE) / list.length)) }))
  return [...spread(100 - canaryPercent, servers.stable), ...spread(canaryPercent, servers.canary)]
}

/**
 * The changes to make, raises first: while the split moves, the servers gaining weight already have it before the
 * others lose theirs, so HAProxy never sees a backend where every server is at 0 (which would answer 503).
 */
export function changeOrder(current: ReadonlyMap<string, number>, target: readonly ServerWeight[]): ServerWeight[] {
  const changes = target.filter((t) => current.get(t.server) !== t.weight)
  const up = changes.filter((t) => t.weight > (current.get(t.server) ?? 0))
  const down = changes.filter((t) => t.weight <= (current.get(t.server) ?? 0))
  return [...up, ...down]
}

/** `get weight b/s` answers `20 (initial 100)`; anything else is HAProxy's error text. */
export function parseGetWeight(answer: string): { current: number; initial: number } | undefined {
  const m = /^(\d+) \(initial (\d+)\)\s*$/.exec(answer.trim())
  return m ? { current: Number(m[1]), initial: Number(m[2]) } : undefined
}

/** The split in words for the step table: `blue-1=180 green-1=20`. */
export function describeWeights(weights: readonly ServerWeight[]): string {
  return weights.map((w) => `${w.server}=${w.weight}`).join(' ')
}
