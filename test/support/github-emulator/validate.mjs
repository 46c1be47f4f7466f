// @ts-check
/**
 * Request and response validation with ajv against the cut OpenAPI description. Validators are compiled on first
 * use of an operation and kept: a warm check costs microseconds.
 */
import AjvModule from 'ajv'
import formatsModule from 'ajv-formats'

/** @typedef {import('./spec.mjs').CutSpec} CutSpec */
/** @typedef {import('./spec.mjs').Operation} Operation */
/** @typedef {{ path: string, message: string, keyword: string, missing?: string }} Problem */

const Ajv = /** @type {any} */ (AjvModule).default ?? AjvModule
const addFormats = /** @type {any} */ (formatsModule).default ?? formatsModule
const LOOSE_FORMATS = ['int32', 'int64', 'double', 'float', 'repo.nwo', 'binary', 'uri-template', 'timestamp', 'byte', 'password']

function makeAjv(/** @type {CutSpec} */ spec, /** @type {object} */ extra) {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false, ...extra })
  addFormats(ajv)
  for (const f of LOOSE_FORMATS) ajv.addFormat(f, true)
  // GitHub declares e.g. deployment-status `target_url` as `format: uri` with `default: ""` and sends "" when unset.
  const uri = ajv.formats.uri
  const check = typeof uri === 'function' ? uri : uri.validate
  ajv.addFormat('uri', (/** @type {string} */ s) => s === '' || check(s))
  ajv.addSchema({ $id: 'gh', components: { schemas: spec.schemas } })
  return ajv
}

export class Validator {
  /** @param {CutSpec} spec */
  constructor(spec) {
    this.spec = spec
    // Requests: query/path values arrive as strings; coerce them to the declared types and fill defaults.
    this.reqAjv = makeAjv(spec, { coerceTypes: true, useDefaults: true })
    this.resAjv = makeAjv(spec, { allErrors: true })
    /** @type {Map<string, any>} */
    this.cache = new Map()
  }

  /** Compile every validator now (parameters, JSON bodies, declared responses) instead of on first use. */
  warm() {
    for (const op of Object.values(this.spec.ops)) {
      this.params(op, {})
      this.body(op, {})
      for (const status of Object.keys(op.responses)) if (op.responses[status]) this.response(op, Number(status), {})
    }
  }

  /** @param {string} key @param {any} ajv @param {() => object} schema */
  compiled(key, ajv, schema) {
    let fn = this.cache.get(key)
    if (!fn) {
      fn = ajv.compile(schema())
      this.cache.set(key, fn)
    }
    return fn
  }

  /**
   * Validate (and coerce, in place) the path+query parameters of a request.
   * @param {Operation} op
   * @param {Record<string, unknown>} params
   * @returns {Problem[]}
   */
  params(op, params) {
    const fn = this.compiled(`${op.id} params`, this.reqAjv, () => {
      const own = op.params.filter((p) => p.in !== 'header')
      return {
        type: 'object',
        properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
        required: own.filter((p) => p.required).map((p) => p.name),
      }
    })
    return fn(params) ? [] : problems(fn.errors)
  }

  /**
   * @param {Operation} op
   * @param {unknown} body
   * @returns {Problem[]}
   */
  body(op, body) {
    if (!op.body || op.body.type !== 'application/json') return []
    const schema = op.body.schema
    const fn = this.compiled(`${op.id} body`, this.reqAjv, () => schema)
    return fn(body) ? [] : problems(fn.errors)
  }

  /**
   * Check one of our responses against what the description declares for that status.
   * @param {Operation} op
   * @param {number} status
   * @param {unknown} body
   * @returns {Problem[]}
   */
  response(op, status, body) {
    const declared = Object.prototype.hasOwnProperty.call(op.responses, String(status))
    if (!declared) {
      if (status >= 400) return [] // error statuses GitHub may send without declaring them (401, 403, 404, 5xx)
      return [{ path: '', keyword: 'status', message: `status ${status} is not declared (declared: ${Object.keys(op.responses).join(', ')})` }]
    }
    const schema = op.responses[String(status)]
    if (!schema) return []
    const fn = this.compiled(`${op.id} ${status}`, this.resAjv, () => schema)
    return fn(body) ? [] : problems(fn.errors)
  }
}

/** @returns {Problem[]} */
function problems(/** @type {any[]} */ errors) {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '',
    keyword: e.keyword,
    message: `${e.instancePath || '(root)'} ${e.message}`,
    missing: e.keyword === 'required' ? e.params.missingProperty : undefined,
  }))
}
