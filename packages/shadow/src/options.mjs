// @ts-check
/**
 * Command-line options of the shadow proxy, parsed and validated up front: a bad value stops the proxy before it
 * listens, with a message naming the option, the value and what is accepted.
 */
import { parseIgnorePath } from './compare.mjs'

/**
 * @typedef {object} ShadowOptions
 * @property {{ host: string, port: number }} listen   where users connect (port 0 = any free port)
 * @property {{ host: string, port: number }} admin    where /metrics, /report and /healthz are served
 * @property {URL} production                          the live version; its responses go to users
 * @property {URL} dark                                 the dark version; gets copies with X-Shadow: true
 * @property {boolean} darkWrites                       also copy unsafe methods (needs darkDatastore)
 * @property {string | undefined} darkDatastore        the dark version's separate datastore (sent as X-Shadow-Datastore)
 * @property {string[]} compareHeaders                  response headers compared (lower case)
 * @property {string[][]} ignorePaths                   parsed JSON ignore paths
 * @property {string[]} ignorePathTexts                 the same, as given
 * @property {number} concurrency                       dark requests in flight at most
 * @property {number} queueSize                         copies waiting at most; more are dropped
 * @property {number} mirrorPercent                     share of eligible requests copied (evenly spread, 0–100)
 * @property {number} darkTimeoutMs
 * @property {number} productionTimeoutMs
 * @property {number} mirrorBodyCap                     request bodies above this many bytes are not mirrored
 * @property {number} compareBodyCap                    response bodies above this are not compared
 * @property {number} samples                           diff samples kept
 * @property {string | undefined} report               JSON report file (rewritten atomically)
 * @property {number} reportIntervalMs
 * @property {number | undefined} durationMs            stop by itself after this long
 * @property {number | undefined} maxDiffRate          with durationMs: exit 3 when the diff rate is above it
 * @property {number} minCompared                       with maxDiffRate: fewer comparisons → inconclusive (exit 4)
 */

export class ShadowOptionsError extends Error {
  /** @param {string} option @param {string} value @param {string} accepted @param {{ cause?: unknown }} [options] */
  constructor(option, value, accepted, options) {
    super(`Option '--${option}': '${value}' ${accepted}`, options)
    this.name = 'ShadowOptionsError'
  }
}

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

/** @param {string} name @param {string} text */
function hostPort(name, text) {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\]):(\d{1,5})$/i.exec(text)
  const port = m ? Number(m[2]) : NaN
  if (!m || port > 65535)
    throw new ShadowOptionsError(
      name,
      text,
      'is not HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:8080; port 0 picks a free one)',
    )
  return { host: /** @type {string} */ (m[1]).replace(/^\[|\]$/g, ''), port }
}

/** @param {string} name @param {string} text */
function httpUrl(name, text) {
  let url
  try {
    url = new URL(text)
  } catch {
    throw new ShadowOptionsError(name, text, 'is not a URL (e.g. http://127.0.0.1:8081)')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ShadowOptionsError(name, text, 'must be an http:// or https:// URL')
  if (url.search || url.hash || url.username || url.password)
    throw new ShadowOptionsError(name, text, 'must be a base URL without query, fragment or credentials')
  return url
}

/** @param {string} name @param {string} text @param {number} min @param {number} max */
function integer(name, text, min, max) {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new ShadowOptionsError(name, text, `is not a whole number from ${min} to ${max}`)
  return Number(text)
}

/** @param {string} name @param {string} text */
function percent(name, text) {
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) > 100)
    throw new ShadowOptionsError(name, text, 'is not a percentage from 0 to 100 (e.g. 10 or 0.5)')
  return Number(text)
}

/** @param {string} name @param {string} text */
export function duration(name, text) {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text)
  if (!m)
    throw new ShadowOptionsError(name, text, 'is not a duration (e.g. 250ms, 2s, 5m; a bare number is milliseconds)')
  const unit = m[2] ?? 'ms'
  const ms = Number(m[1]) * (unit === 'ms' ? 1 : unit === 's' ? 1000 : 60_000)
  if (ms <= 0 || ms > 86_400_000) throw new ShadowOptionsError(name, text, 'must be above 0 and at most 24h')
  return Math.round(ms)
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
  const production = one('production')
  const dark = one('dark')
  if (production === undefined)
    throw new ShadowOptionsError('production', '', 'is required: the URL of the live version')
  if (dark === undefined) throw new ShadowOptionsError('dark', '', 'is required: the URL of the dark version')
  const writes = one('dark-writes') ?? 'false'
  if (writes !== 'true' && writes !== 'false')
    throw new ShadowOptionsError('dark-writes', writes, "is not 'true' or 'false'")
  const datastore = one('dark-datastore')
  if (datastore !== undefined && !/^[A-Za-z0-9._:/@-]{1,200}$/.test(datastore))
    throw new ShadowOptionsError(
      'dark-datastore',
      datastore,
      'is not a datastore name (letters, digits and . _ : / @ -)',
    )
  if (writes === 'true' && datastore === undefined) {
    throw new ShadowOptionsError(
      'dark-writes',
      'true',
      "needs --dark-datastore naming the dark version's separate datastore: dark writes against the production datastore would change real data",
    )
  }
  const ignorePathTexts = many('ignore-path')
  const ignorePaths = ignorePathTexts.map((p) => {
    try {
      return parseIgnorePath(p)
    } catch (error) {
      throw new ShadowOptionsError('ignore-path', p, 'is not of the form a.b[*].c (* = one level, ** = any depth)', {
        cause: error,
      })
    }
  })
  const maxDiff = one('max-diff-rate')
  if (maxDiff !== undefined && !/^(0(\.\d+)?|1(\.0+)?)$/.test(maxDiff))
    throw new ShadowOptionsError('max-diff-rate', maxDiff, 'is not a fraction from 0 to 1 (e.g. 0.01)')
  return {
    listen: hostPort('listen', one('listen') ?? '127.0.0.1:0'),
    admin: hostPort('admin', one('admin') ?? '127.0.0.1:0'),
    production: httpUrl('production', production),
    dark: httpUrl('dark', dark),
    darkWrites: writes === 'true',
    darkDatastore: datastore,
    compareHeaders: (args.has('compare-headers') ? many('compare-headers') : ['content-type']).map((h) =>
      h.toLowerCase(),
    ),
    ignorePaths,
    ignorePathTexts,
    concurrency: integer('concurrency', one('concurrency') ?? '32', 1, 4096),
    queueSize: integer('queue-size', one('queue-size') ?? '256', 0, 100_000),
    mirrorPercent: percent('mirror-percent', one('mirror-percent') ?? '100'),
    darkTimeoutMs: duration('dark-timeout', one('dark-timeout') ?? '2s'),
    productionTimeoutMs: duration('production-timeout', one('production-timeout') ?? '30s'),
    mirrorBodyCap: integer('mirror-body-cap', one('mirror-body-cap') ?? '65536', 0, 64 * 1024 * 1024),
    compareBodyCap: integer('compare-body-cap', one('compare-body-cap') ?? '1048576', 0, 256 * 1024 * 1024),
    samples: integer('samples', one('samples') ?? '20', 0, 10_000),
    report: one('report'),
    reportIntervalMs: duration('report-interval', one('report-interval') ?? '5s'),
    durationMs:
      one('duration') === undefined ? undefined : duration('duration', /** @type {string} */ (one('duration'))),
    maxDiffRate: maxDiff === undefined ? undefined : Number(maxDiff),
    minCompared: integer('min-compared', one('min-compared') ?? '1', 0, 1_000_000_000),
  }
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
