/**
 * The nginx snippet staged-rollout owns (included inside `http {}`): a weighted upstream, or `split_clients` on a
 * header or cookie so a user stays on one version as the weight grows. Pure: text in, text out.
 */

/** Send users to versions by a key (sticky) instead of per request. */
export interface Sticky {
  kind: 'header' | 'cookie'
  name: string
}

export interface NginxPlan {
  /** Name of the upstream (weighted mode) or of the `$variable` (sticky mode) the user's config proxies to. */
  upstream: string
  stable: string
  canary: string
  /** Server addresses per version name (`127.0.0.1:8081`, `unix:/run/app.sock`). */
  backends: Record<string, string[]>
  /** Canary share in percent, 0–100. */
  weight: number
  sticky: Sticky | undefined
  /** Changes with every write; served back in `X-Shipline-Generation` so a probe can see the new config is live. */
  generation: string
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/** The variable a sticky key reads: `$http_x_user_id` for header `X-User-Id`, `$cookie_uid` for cookie `uid`. */
export function stickyVariable(s: Sticky): string {
  return s.kind === 'header' ? `$http_${s.name.toLowerCase().replace(/-/g, '_')}` : `$cookie_${s.name}`
}

function servers(addresses: readonly string[], weight: number | undefined): string[] {
  return addresses.map((a) => `    server ${a}${weight === undefined ? '' : ` weight=${weight}`};`)
}

function weighted(p: NginxPlan, stableAddrs: string[], canaryAddrs: string[]): string[] {
  // Per-server weights so that the versions' totals are (100 - w) : w whatever their server counts.
  let ws = (100 - p.weight) * canaryAddrs.length
  let wc = p.weight * stableAddrs.length
  const g = gcd(ws, wc) || 1
  ws /= g
  wc /= g
  const lines = [`upstream ${p.upstream} {`]
  if (p.weight < 100) lines.push(...servers(stableAddrs, p.weight === 0 ? undefined : ws))
  if (p.weight > 0) lines.push(...servers(canaryAddrs, p.weight === 100 ? undefined : wc))
  lines.push('}')
  return lines
}

function split(p: NginxPlan, s: Sticky, stableAddrs: string[], canaryAddrs: string[]): string[] {
  const up = (suffix: string, addrs: string[]): string[] => [
    `upstream ${p.upstream}_${suffix} {`,
    ...servers(addrs, undefined),
    '}',
  ]
  const entries =
    p.weight === 0
      ? [`    * ${p.upstream}_stable;`]
      : p.weight === 100
        ? [`    * ${p.upstream}_canary;`]
        : [`    ${p.weight}% ${p.upstream}_canary;`, `    * ${p.upstream}_stable;`]
  return [
    ...up('stable', stableAddrs),
    ...up('canary', canaryAddrs),
    `split_clients "${stickyVariable(s)}" $${p.upstream} {`,
    ...entries,
    '}',
  ]
}

/**
 * Render the snippet. It always defines the weighted `upstream <name>` (per request) and the variable `$<name>`:
 * sticky by key when `sticky` is set, otherwise naming that same upstream, so `proxy_pass http://$<name>;` follows
 * the sticky setting and `proxy_pass http://<name>;` is always per request.
 */
export function renderNginx(p: NginxPlan): string {
  const stableAddrs = p.backends[p.stable] ?? []
  const canaryAddrs = p.backends[p.canary] ?? []
  const chooser = p.sticky
    ? split(p, p.sticky, stableAddrs, canaryAddrs)
    : [`map $host $${p.upstream} {`, `    default ${p.upstream};`, '}']
  const body = [...weighted(p, stableAddrs, canaryAddrs), ...chooser]
  return [
    '# Managed by Shipline staged-rollout: rewritten on every weight change. Do not edit.',
    `# stable=${p.stable} canary=${p.canary} canary-weight=${p.weight}% generation=${p.generation}`,
    ...body,
    `add_header X-Shipline-Generation "${p.generation}" always;`,
    '',
  ].join('\n')
}

/** Parse the canary weight back out of a snippet this module wrote (undefined for anything else). */
export function weightOf(text: string): number | undefined {
  const m = /^# stable=\S+ canary=\S+ canary-weight=(\d+)% generation=(\S+)$/m.exec(text)
  return m ? Number(m[1]) : undefined
}
