// @ts-check
/**
 * The shadow proxy's options, validated up front: a bad value stops the proxy before it listens, with a message
 * naming the option (by its documented `--name`, the same for the CLI and for programs), the value and what is
 * accepted. Programs pass a typed {@link ShadowConfig} to {@link resolveOptions}; the CLI turns its argv into the same
 * config (argv.mjs). Defaults are filled here, once.
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

/**
 * What a program passes to start the proxy: typed values, each optional but the two URLs; a missing one takes the
 * CLI's default (see `USAGE`). The option named in an error is the CLI's (`darkTimeoutMs` → `--dark-timeout`).
 * @typedef {object} ShadowConfig
 * @property {string | URL} production                 base URL of the live version
 * @property {string | URL} dark                       base URL of the dark version
 * @property {string} [listen]                         HOST:PORT users connect to (default 127.0.0.1:0)
 * @property {string} [admin]                          HOST:PORT of /metrics, /report, /healthz (default 127.0.0.1:0)
 * @property {boolean} [darkWrites]                    also copy unsafe methods (default false; needs darkDatastore)
 * @property {string} [darkDatastore]
 * @property {string[]} [compareHeaders]               default ['content-type']
 * @property {string[]} [ignorePaths]                  JSON paths: a.b, items[*].id, **.requestId
 * @property {number} [concurrency]
 * @property {number} [queueSize]
 * @property {number} [mirrorPercent]
 * @property {number} [darkTimeoutMs]
 * @property {number} [productionTimeoutMs]
 * @property {number} [mirrorBodyCap]
 * @property {number} [compareBodyCap]
 * @property {number} [samples]
 * @property {string} [report]
 * @property {number} [reportIntervalMs]
 * @property {number} [durationMs]
 * @property {number} [maxDiffRate]
 * @property {number} [minCompared]
 */

export class ShadowOptionsError extends Error {
  /** @param {string} option @param {string} value @param {string} accepted @param {{ cause?: unknown }} [options] */
  constructor(option, value, accepted, options) {
    super(`Option '--${option}': '${value}' ${accepted}`, options)
    this.name = 'ShadowOptionsError'
    /** The option's documented name, without `--`. */
    this.option = option
  }
}

const MAX_DURATION_MS = 86_400_000

/**
 * @typedef {object} NumberRule
 * @property {keyof ShadowConfig & keyof ShadowOptions} key
 * @property {'integer' | 'percent' | 'fraction' | 'duration'} kind
 * @property {number | undefined} fallback
 * @property {number} [min]
 * @property {number} [max]
 */

/**
 * The numeric options by CLI name: config key, kind, default and range.
 * @type {Record<string, NumberRule>}
 */
export const NUMBER_OPTIONS = {
  concurrency: { key: 'concurrency', kind: 'integer', fallback: 32, min: 1, max: 4096 },
  'queue-size': { key: 'queueSize', kind: 'integer', fallback: 256, min: 0, max: 100_000 },
  'mirror-percent': { key: 'mirrorPercent', kind: 'percent', fallback: 100 },
  'dark-timeout': { key: 'darkTimeoutMs', kind: 'duration', fallback: 2000 },
  'production-timeout': { key: 'productionTimeoutMs', kind: 'duration', fallback: 30_000 },
  'mirror-body-cap': { key: 'mirrorBodyCap', kind: 'integer', fallback: 65_536, min: 0, max: 64 * 1024 * 1024 },
  'compare-body-cap': { key: 'compareBodyCap', kind: 'integer', fallback: 1_048_576, min: 0, max: 256 * 1024 * 1024 },
  samples: { key: 'samples', kind: 'integer', fallback: 20, min: 0, max: 10_000 },
  'report-interval': { key: 'reportIntervalMs', kind: 'duration', fallback: 5000 },
  duration: { key: 'durationMs', kind: 'duration', fallback: undefined },
  'max-diff-rate': { key: 'maxDiffRate', kind: 'fraction', fallback: undefined },
  'min-compared': { key: 'minCompared', kind: 'integer', fallback: 1, min: 0, max: 1_000_000_000 },
}

/**
 * What a numeric option accepts, or undefined when `value` is accepted.
 * @param {NumberRule} rule @param {number} value
 */
function refusal(rule, value) {
  const { min = 0, max = 0 } = rule
  switch (rule.kind) {
    case 'integer':
      return Number.isInteger(value) && value >= min && value <= max
        ? undefined
        : `is not a whole number from ${min} to ${max}`
    case 'percent':
      return value >= 0 && value <= 100 ? undefined : 'is not a percentage from 0 to 100 (e.g. 10 or 0.5)'
    case 'fraction':
      return value >= 0 && value <= 1 ? undefined : 'is not a fraction from 0 to 1 (e.g. 0.01)'
    case 'duration':
      if (!Number.isFinite(value)) return 'is not a duration in milliseconds'
      return value > 0 && value <= MAX_DURATION_MS ? undefined : 'must be above 0 and at most 24h'
  }
}

/**
 * A numeric option checked against its rule; `shown` is the value as the user wrote it (the CLI's text).
 * @param {string} name @param {number | undefined} value @param {string} [shown]
 * @returns {number | undefined}
 */
export function numberOption(name, value, shown) {
  const rule = /** @type {NumberRule} */ (NUMBER_OPTIONS[name])
  const v = value ?? rule.fallback
  if (v === undefined) return undefined
  const refused = typeof v === 'number' ? refusal(rule, v) : `is not a number (${rule.kind})`
  if (refused) throw new ShadowOptionsError(name, shown ?? String(v), refused)
  return rule.kind === 'duration' ? Math.round(v) : v
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

/** @param {string} name @param {string | URL | undefined} given @param {string} what */
function httpUrl(name, given, what) {
  if (given === undefined || given === '') throw new ShadowOptionsError(name, '', `is required: the URL of ${what}`)
  const text = String(given)
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

/** @param {boolean | undefined} writes @param {string | undefined} datastore */
function darkWrites(writes, datastore) {
  if (writes !== undefined && typeof writes !== 'boolean')
    throw new ShadowOptionsError('dark-writes', String(writes), "is not 'true' or 'false'")
  if (datastore !== undefined && !/^[A-Za-z0-9._:/@-]{1,200}$/.test(datastore))
    throw new ShadowOptionsError(
      'dark-datastore',
      datastore,
      'is not a datastore name (letters, digits and . _ : / @ -)',
    )
  if (writes && datastore === undefined) {
    throw new ShadowOptionsError(
      'dark-writes',
      'true',
      "needs --dark-datastore naming the dark version's separate datastore: dark writes against the production datastore would change real data",
    )
  }
  return writes === true
}

/** @param {string[]} texts */
function ignorePaths(texts) {
  return texts.map((p) => {
    try {
      return parseIgnorePath(p)
    } catch (error) {
      throw new ShadowOptionsError('ignore-path', p, 'is not of the form a.b[*].c (* = one level, ** = any depth)', {
        cause: error,
      })
    }
  })
}

/**
 * Validate a typed config and fill in the defaults: the options {@link startShadowProxy} takes.
 * @param {ShadowConfig} config
 * @returns {ShadowOptions}
 */
export function resolveOptions(config) {
  const production = httpUrl('production', config.production, 'the live version')
  const dark = httpUrl('dark', config.dark, 'the dark version')
  const writes = darkWrites(config.darkWrites, config.darkDatastore)
  const ignorePathTexts = [...(config.ignorePaths ?? [])]
  /** @param {string} name */
  const number = (name) =>
    numberOption(name, /** @type {number | undefined} */ (config[/** @type {NumberRule} */ (NUMBER_OPTIONS[name]).key]))
  return {
    listen: hostPort('listen', config.listen ?? '127.0.0.1:0'),
    admin: hostPort('admin', config.admin ?? '127.0.0.1:0'),
    production,
    dark,
    darkWrites: writes,
    darkDatastore: config.darkDatastore,
    compareHeaders: (config.compareHeaders ?? ['content-type']).map((h) => h.toLowerCase()),
    ignorePaths: ignorePaths(ignorePathTexts),
    ignorePathTexts,
    concurrency: /** @type {number} */ (number('concurrency')),
    queueSize: /** @type {number} */ (number('queue-size')),
    mirrorPercent: /** @type {number} */ (number('mirror-percent')),
    darkTimeoutMs: /** @type {number} */ (number('dark-timeout')),
    productionTimeoutMs: /** @type {number} */ (number('production-timeout')),
    mirrorBodyCap: /** @type {number} */ (number('mirror-body-cap')),
    compareBodyCap: /** @type {number} */ (number('compare-body-cap')),
    samples: /** @type {number} */ (number('samples')),
    report: config.report,
    reportIntervalMs: /** @type {number} */ (number('report-interval')),
    durationMs: number('duration'),
    maxDiffRate: number('max-diff-rate'),
    minCompared: /** @type {number} */ (number('min-compared')),
  }
}
