/**
 * The secrets this process knows, and the redactor every log line, annotation, job summary and output goes through
 * (runner.ts calls {@link redact}; actions never need to). The runner masks only what it was told with
 * `::add-mask::`, and only in the log: our own redactor also covers summaries and outputs, URL-encoded and
 * JSON-escaped forms, and credentials in any URL (`scheme://user:password@`) even when nobody registered them.
 *
 * Pure bookkeeping, no I/O: registering a secret with the runner (`::add-mask::`) is runner.ts's `setSecret`.
 */

/** Shorter values are still sent to the runner's masker, but not redacted here: `***` for every `ab` would ruin logs. */
export const MIN_REDACTED_LENGTH = 4

const forms = new Set<string>()
let ordered: string[] = []

/** The forms a secret can take in text we print: raw, each line of it, URL-encoded, JSON-escaped. */
export function secretForms(value: string): string[] {
  const out = new Set<string>()
  const add = (v: string): void => {
    if (v.trim().length < MIN_REDACTED_LENGTH) return
    out.add(v)
    out.add(encodeURIComponent(v))
    out.add(encodeURI(v))
    out.add(JSON.stringify(v).slice(1, -1))
  }
  add(value)
  for (const line of value.split(/\r\n|\r|\n/)) add(line.trim())
  return [...out]
}

/** Remember a secret for {@link redact}. Returns the values the runner's masker should also be given (its lines). */
export function rememberSecret(value: string): void {
  for (const f of secretForms(value)) forms.add(f)
  // Longest first, so a secret that contains another is replaced whole.
  ordered = [...forms].sort((a, b) => b.length - a.length)
}

/** Forget every secret (tests). */
export function forgetSecrets(): void {
  forms.clear()
  ordered = []
}

/** `scheme://user:password@` anywhere in a text; the password part may be empty. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:'"<>]*):([^\s/?#@'"<>]*)@/gi

/**
 * A query parameter whose name says it is a credential: the whole name, or its last `_`/`-` part, is one of these
 * (`access_token`, `X-Amz-Signature`, `api_key`, `sig`; not `author` or `keyword`).
 */
const QUERY_CREDENTIAL =
  /([?&;](?:[\w.-]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|key|auth|signature|sig|credential)=)[^&#;\s"'<>]+/gi
/** A bearer credential in a header line or a dumped request (`Authorization: Bearer eyJ0.x`; not `Bearer authentication`). */
const BEARER = /\b(Bearer\s+)(?=[A-Za-z]*[0-9._~+/-])[A-Za-z0-9._~+/-]{8,}=*/gi

/**
 * Replace every known secret with `***`, and what is a credential by its place even if nobody registered it:
 * a URL's password, a credential-named query parameter, a bearer token.
 */
export function redact(text: string): string {
  let out = text
    .replace(URL_CREDENTIALS, (_m, scheme: string, user: string) => `${scheme}${user}:***@`)
    .replace(QUERY_CREDENTIAL, '$1***')
    .replace(BEARER, '$1***')
  for (const f of ordered) if (out.includes(f)) out = out.split(f).join('***')
  return out
}

/** Query parameters whose values are shown in {@link urlForLog}: the Prometheus HTTP API's, which carry no secret. */
const PLAIN_QUERY_PARAMS = new Set(['query', 'start', 'end', 'step', 'time', 'timeout'])

/**
 * A URL for a log line or an error message: {@link redact}ed, and every query value hidden except the Prometheus
 * API's own (`?query=up&apitoken=***`). A token in a parameter with an unusual name is never printed.
 */
export function urlForLog(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return redact(url)
  const [query = '', fragment] = url.slice(q + 1).split('#', 2)
  const params = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=')
      if (eq < 0) return pair
      const name = pair.slice(0, eq)
      return PLAIN_QUERY_PARAMS.has(name) ? pair : `${name}=***`
    })
    .join('&')
  return redact(`${url.slice(0, q)}?${params}${fragment === undefined ? '' : `#${fragment}`}`)
}

/**
 * A URL's credentials moved into a Basic `authorization` header (fetch refuses a URL with `user:pw@`); the URL is
 * returned without them. A URL without credentials, or one that does not parse, comes back as is.
 */
export function splitUrlCredentials(url: string): { url: string; authorization?: string } {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { url }
  }
  if (!parsed.username && !parsed.password) return { url }
  const authorization = `Basic ${Buffer.from(`${safeDecode(parsed.username)}:${safeDecode(parsed.password)}`).toString('base64')}`
  parsed.username = ''
  parsed.password = ''
  return { url: parsed.toString(), authorization }
}

/** The secrets a URL carries: its password (raw and decoded) and the Basic header made from it. */
export function urlSecrets(url: string): string[] {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return []
  }
  if (!parsed.password) return []
  const decoded = safeDecode(parsed.password)
  const basic = splitUrlCredentials(url).authorization as string
  return [...new Set([parsed.password, decoded, ...headerSecrets(basic)])]
}

/** The secrets an HTTP header value carries: the whole value and, after a scheme (`Bearer xyz`), the credential alone. */
export function headerSecrets(value: string): string[] {
  const v = value.trim()
  if (v === '') return []
  const m = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(v)
  return m?.[1] ? [v, m[1]] : [v]
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
