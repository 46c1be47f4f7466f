// @ts-check
/** HTTP plumbing shared by the emulator's pipeline and handlers: GitHub-shaped errors, bodies, pagination. */

export const DOCS = 'https://docs.github.com/rest'

/** An error answered in GitHub's shape: `{message, errors?, documentation_url, status}`. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {{ errors?: object[], docs?: string, headers?: Record<string, string> }} [extra]
   */
  constructor(status, message, extra = {}) {
    super(message)
    this.status = status
    this.errors = extra.errors
    this.docs = extra.docs ?? DOCS
    this.headers = extra.headers ?? {}
  }

  body() {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: this.docs,
      status: String(this.status),
    }
  }
}

/** 404 like GitHub's (it does not say what was missing). */
export const notFound = (/** @type {string} */ docs = DOCS) => new ApiError(404, 'Not Found', { docs })

/**
 * 422 "Validation Failed" with one `errors[]` entry.
 * @param {string} resource e.g. 'Release'
 * @param {string} field
 * @param {string} code GitHub's codes: missing, missing_field, invalid, already_exists, unprocessable, custom
 * @param {string} [message] only for code 'custom' (or extra detail)
 */
export const invalid = (resource, field, code, message, docs = DOCS) =>
  new ApiError(422, 'Validation Failed', { docs, errors: [{ resource, code, field, ...(message ? { message } : {}) }] })

/** Read a request body fully (for JSON bodies; uploads stream instead). Bounded at 25 MB. */
export async function readBody(/** @type {import('node:http').IncomingMessage} */ req, limit = 25 * 1024 * 1024) {
  /** @type {Buffer[]} */
  const chunks = []
  let size = 0
  for await (const chunk of req) {
    size += chunk.length
    if (size > limit) throw new ApiError(413, 'Payload Too Large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Drain and discard a request body (so keep-alive connections stay usable after an early answer). */
export async function drain(/** @type {import('node:http').IncomingMessage} */ req) {
  if (req.readableEnded) return
  for await (const _ of req) {
    // discard
  }
}

/**
 * Cut one page out of `items` and build GitHub's absolute `Link` header (rel next/last/first/prev, in GitHub's order).
 * @template T
 * @param {T[]} items
 * @param {URL} url the request URL, made absolute with the emulator's origin
 * @param {{ per_page?: unknown, page?: unknown }} params
 * @returns {{ page: T[], link: string | undefined }}
 */
export function paginate(items, url, params) {
  const perPage = Math.min(Math.max(Number(params.per_page ?? 30) || 30, 1), 100)
  const page = Math.max(Number(params.page ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const href = (/** @type {number} */ n) => {
    const u = new URL(url.href)
    u.searchParams.set('page', String(n))
    return `<${u.href}>`
  }
  /** @type {string[]} */
  const rels = []
  if (page > 1) rels.push(`${href(Math.min(page - 1, last))}; rel="prev"`)
  if (page < last) rels.push(`${href(page + 1)}; rel="next"`, `${href(last)}; rel="last"`)
  if (page > 1) rels.push(`${href(1)}; rel="first"`)
  return { page: items.slice((page - 1) * perPage, page * perPage), link: rels.length ? rels.join(', ') : undefined }
}
