// @ts-check
/**
 * Response comparison for dark launches (the Diffy idea, written small): status, chosen headers, and JSON bodies
 * compared structurally with ignored paths (timestamps, ids, request ids). Non-JSON bodies are compared byte for
 * byte. Pure functions, no I/O.
 *
 * Ignore-path syntax: dot-separated keys; `*` matches any one key or array index; `**` matches any number of
 * levels (including none); `[3]` / `[*]` index arrays. Examples: `timestamp`, `meta.requestId`, `items[*].id`,
 * `**.updatedAt`.
 */

/** @typedef {{ status: number, headers: Record<string, string | string[] | undefined>, body: Buffer, truncated: boolean }} CapturedResponse */
/** @typedef {{ kind: 'status' | 'header' | 'body', path: string, production: string, dark: string }} Difference */
/** @typedef {{ headers?: string[], ignorePaths?: string[][], maxDifferences?: number }} CompareOptions */
/** @typedef {{ equal: boolean, kinds: ('status' | 'header' | 'body')[], differences: Difference[], bodyCompared: 'json' | 'bytes' | 'skipped' }} Comparison */

const MAX_VALUE_CHARS = 200

/**
 * Parse one ignore path into segments. Throws on an empty path or an empty segment.
 * @param {string} text
 * @returns {string[]}
 */
export function parseIgnorePath(text) {
  const normalised = text
    .trim()
    .replace(/^\$\.?/, '')
    .replace(/\[(\d+|\*)\]/g, '.$1')
  const segments = normalised.split('.')
  if (normalised === '' || segments.some((s) => s === ''))
    throw new Error(`ignore path '${text}' is not of the form a.b[*].c (use * for one level, ** for any depth)`)
  return segments
}

/**
 * Whether a concrete path (keys/indexes) is matched by a parsed ignore pattern.
 * @param {string[]} pattern
 * @param {string[]} path
 * @returns {boolean}
 */
export function matchesPath(pattern, path) {
  /** @type {(p: number, q: number) => boolean} */
  const match = (p, q) => {
    if (p === pattern.length) return q === path.length
    const seg = pattern[p]
    if (seg === '**') {
      for (let skip = q; skip <= path.length; skip++) if (match(p + 1, skip)) return true
      return false
    }
    if (q === path.length) return false
    return (seg === '*' || seg === path[q]) && match(p + 1, q + 1)
  }
  return match(0, 0)
}

/** @param {unknown} value */
function show(value) {
  const text = value === undefined ? '(absent)' : JSON.stringify(value)
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text
}

/** @param {string[]} path */
function render(path) {
  return path.length === 0 ? '$' : `$.${path.join('.')}`
}

/**
 * Structural diff of two JSON values, skipping ignored paths. Appends at most `limit` differences.
 * @param {unknown} a
 * @param {unknown} b
 * @param {string[][]} ignore
 * @param {number} limit
 * @param {string[]} [path]
 * @param {Difference[]} [out]
 * @returns {Difference[]}
 */
export function diffJson(a, b, ignore, limit, path = [], out = []) {
  if (out.length >= limit || ignore.some((pattern) => matchesPath(pattern, path))) return out
  const bothObjects =
    a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)
  if (!bothObjects) {
    if (!Object.is(a, b)) out.push({ kind: 'body', path: render(path), production: show(a), dark: show(b) })
    return out
  }
  const left = /** @type {Record<string, unknown>} */ (a)
  const right = /** @type {Record<string, unknown>} */ (b)
  const keys = Array.isArray(a)
    ? Array.from({ length: Math.max(a.length, /** @type {unknown[]} */ (b).length) }, (_, i) => String(i))
    : [...new Set([...Object.keys(left), ...Object.keys(right)])]
  for (const key of keys) {
    if (out.length >= limit) break
    const inLeft = Object.prototype.hasOwnProperty.call(left, key)
    const inRight = Object.prototype.hasOwnProperty.call(right, key)
    const child = [...path, key]
    if (inLeft && inRight) diffJson(left[key], right[key], ignore, limit, child, out)
    else if (!ignore.some((pattern) => matchesPath(pattern, child)))
      out.push({
        kind: 'body',
        path: render(child),
        production: show(inLeft ? left[key] : undefined),
        dark: show(inRight ? right[key] : undefined),
      })
  }
  return out
}

/** @param {CapturedResponse} r */
function parseJsonBody(r) {
  const type = String(r.headers['content-type'] ?? '')
  const text = r.body.toString('utf8')
  if (!/\bjson\b/i.test(type) && !/^\s*[[{]/.test(text)) return { ok: false, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, value: undefined }
  }
}

/**
 * Compare a production response with the dark one.
 * @param {CapturedResponse} production
 * @param {CapturedResponse} dark
 * @param {CompareOptions} [options]
 * @returns {Comparison}
 */
export function compareResponses(production, dark, options = {}) {
  const limit = options.maxDifferences ?? 10
  /** @type {Difference[]} */
  const differences = []
  if (production.status !== dark.status)
    differences.push({
      kind: 'status',
      path: 'status',
      production: String(production.status),
      dark: String(dark.status),
    })
  for (const name of options.headers ?? []) {
    const key = name.toLowerCase()
    const p = production.headers[key]
    const d = dark.headers[key]
    if (JSON.stringify(p) !== JSON.stringify(d))
      differences.push({ kind: 'header', path: `header ${key}`, production: show(p), dark: show(d) })
  }
  /** @type {Comparison['bodyCompared']} */
  let bodyCompared = 'skipped'
  if (!production.truncated && !dark.truncated) {
    const p = parseJsonBody(production)
    const d = parseJsonBody(dark)
    if (p.ok && d.ok) {
      bodyCompared = 'json'
      diffJson(p.value, d.value, options.ignorePaths ?? [], limit + differences.length, [], differences)
    } else {
      bodyCompared = 'bytes'
      if (!production.body.equals(dark.body))
        differences.push({
          kind: 'body',
          path: 'body',
          production: `${production.body.length} bytes`,
          dark: `${dark.body.length} bytes`,
        })
    }
  }
  const kinds = /** @type {Comparison['kinds']} */ ([...new Set(differences.map((d) => d.kind))])
  return { equal: differences.length === 0, kinds, differences: differences.slice(0, limit), bodyCompared }
}
