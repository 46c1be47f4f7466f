// @ts-check
/**
 * The CLI's arguments: argv → a {@link ShadowConfig} → {@link resolveOptions}, the same validation and defaults a
 * program gets. Only the text forms are read here (`--name value`, `--name=value`, lists, `2s`, `true`).
 */
import { NUMBER_OPTIONS, numberOption, resolveOptions, ShadowOptionsError } from './options.mjs'

/** @typedef {import('./options.mjs').ShadowConfig} ShadowConfig */
/** @typedef {import('./options.mjs').ShadowOptions} ShadowOptions */

const BOOLEAN_OPTIONS = new Set(['dark-writes'])
const REPEATABLE = new Set(['ignore-path', 'compare-headers'])
const KNOWN = new Set([
  'listen',
  'admin',
  'production',
  'dark',
  'dark-writes',
  'dark-datastore',
  'compare-headers',
  'ignore-path',
  'concurrency',
  'queue-size',
  'dark-timeout',
  'production-timeout',
  'mirror-body-cap',
  'compare-body-cap',
  'samples',
  'report',
  'report-interval',
  'duration',
  'max-diff-rate',
  'min-compared',
  'mirror-percent',
  'help',
])

/**
 * Split argv into name → values. `--name value`, `--name=value`; `--dark-writes` alone means true.
 * @param {string[]} argv
 * @returns {Map<string, string[]>}
 */
export function splitArgs(argv) {
  /** @type {Map<string, string[]>} */
  const out = new Map()
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i])
    if (!arg.startsWith('--'))
      throw new ShadowOptionsError('?', arg, 'is not an option (options look like --name value)')
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    if (!KNOWN.has(name))
      throw new ShadowOptionsError(
        name,
        arg,
        `is not a known option (known: ${[...KNOWN].map((k) => `--${k}`).join(', ')})`,
      )
    let value
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (BOOLEAN_OPTIONS.has(name) && (argv[i + 1] === undefined || String(argv[i + 1]).startsWith('--')))
      value = 'true'
    else if (name === 'help') value = 'true'
    else {
      value = argv[++i]
      if (value === undefined) throw new ShadowOptionsError(name, '', 'needs a value')
    }
    if (out.has(name) && !REPEATABLE.has(name)) throw new ShadowOptionsError(name, value, 'is given twice')
    out.set(name, [...(out.get(name) ?? []), value])
  }
  return out
}

/**
 * A duration as text: `250ms`, `2s`, `5m`; a bare number is milliseconds.
 * @param {string} name @param {string} text
 */
export function duration(name, text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text)
  if (!m)
    throw new ShadowOptionsError(name, text, 'is not a duration (e.g. 250ms, 2s, 5m; a bare number is milliseconds)')
  const unit = m[2] ?? 'ms'
  return Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000)
}

/** The text forms of the numeric kinds (a duration has its own parser). */
const NUMBER_TEXT = { integer: /^\d+$/, percent: /^\d+(\.\d+)?$/, fraction: /^(0(\.\d+)?|1(\.0+)?)$/ }

/**
 * A numeric option's text: its number, checked by the same rule as a program's value (shown as written).
 * @param {string} name @param {string} text
 */
function numberText(name, text) {
  const rule = /** @type {import('./options.mjs').NumberRule} */ (NUMBER_OPTIONS[name])
  const value = rule.kind === 'duration' ? duration(name, text) : NUMBER_TEXT[rule.kind].test(text) ? Number(text) : NaN
  return numberOption(name, value, text)
}

/**
 * Parse and validate the proxy's arguments.
 * @param {string[]} argv
 * @returns {ShadowOptions}
 */
export function parseOptions(argv) {
  const args = splitArgs(argv)
  /** @param {string} name */
  const one = (name) => args.get(name)?.at(-1)
  /** @param {string} name */
  const many = (name) =>
    (args.get(name) ?? [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean)
  const writes = one('dark-writes')
  if (writes !== undefined && writes !== 'true' && writes !== 'false')
    throw new ShadowOptionsError('dark-writes', writes, "is not 'true' or 'false'")
  /** @type {Record<string, number | undefined>} */
  const numbers = {}
  for (const [name, rule] of Object.entries(NUMBER_OPTIONS)) {
    const text = one(name)
    if (text !== undefined) numbers[rule.key] = numberText(name, text)
  }
  /** @type {ShadowConfig} */
  const config = {
    production: one('production') ?? '',
    dark: one('dark') ?? '',
    listen: one('listen'),
    admin: one('admin'),
    darkWrites: writes === undefined ? undefined : writes === 'true',
    darkDatastore: one('dark-datastore'),
    compareHeaders: args.has('compare-headers') ? many('compare-headers') : undefined,
    ignorePaths: many('ignore-path'),
    report: one('report'),
    ...numbers,
  }
  return resolveOptions(config)
}

export const USAGE = `shadow-proxy: answer users from production, mirror requests to a dark version, compare the answers

  node shadow-proxy.mjs --production URL --dark URL [options]

  --listen HOST:PORT          user-facing address (default 127.0.0.1:0 = a free port)
  --admin HOST:PORT           /metrics (Prometheus), /report (JSON), /healthz (default 127.0.0.1:0)
  --dark-writes true|false    also mirror POST/PUT/PATCH/DELETE… (default false: GET/HEAD/OPTIONS only)
  --dark-datastore NAME       required with --dark-writes true; sent to the dark version as X-Shadow-Datastore
  --compare-headers a,b       response headers to compare (default content-type)
  --ignore-path PATH          JSON paths to ignore, repeatable or comma-separated (timestamp, items[*].id, **.requestId)
  --concurrency N             dark requests in flight (default 32)
  --queue-size N              copies waiting for a slot; beyond this they are dropped (default 256)
  --mirror-percent P          copy only P% of eligible requests, evenly spread (default 100)
  --dark-timeout D            per dark request (default 2s)      --production-timeout D  (default 30s)
  --mirror-body-cap BYTES     request bodies buffered for mirroring up to this (default 65536; larger: not mirrored)
  --compare-body-cap BYTES    response bodies compared up to this (default 1048576)
  --samples N                 diff samples kept in the report (default 20)
  --report FILE               write the JSON report there every --report-interval (default 5s) and at exit
  --duration D                stop after D; with --max-diff-rate F exit 3 when differed/compared > F,
                              and exit 4 (inconclusive) when fewer than --min-compared N (default 1) were compared

It prints one JSON line {"event":"listening","url":...,"admin":...} when ready, and stops cleanly on SIGTERM/SIGINT.`
