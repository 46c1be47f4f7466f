// @ts-check
/**
 * Request and response validation with ajv against the cut OpenAPI description.
 *
 * Compiling every validator takes ~1 s, so the compiled code is cached (ajv "standalone" CommonJS modules) under
 * os.tmpdir(), keyed by the cut spec, the ajv version and this file's format version: every emulator after the first
 * loads ready-made validators in a few ms. Without a cache, validators compile on first use of an operation.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** @typedef {import('./spec.mjs').CutSpec} CutSpec */
/** @typedef {import('./spec.mjs').Operation} Operation */
/** @typedef {{ path: string, message: string, keyword: string, missing?: string }} Problem */
/** @typedef {{ key: string, request: boolean, schema: object }} Entry */

const FORMAT = 2
const require = createRequire(import.meta.url)
const FORMATS = join(dirname(fileURLToPath(import.meta.url)), 'formats.cjs')

/** Every validator the emulator can need, in a stable order. @param {CutSpec} spec @returns {Entry[]} */
function entries(spec) {
  /** @type {Entry[]} */
  const out = []
  for (const op of Object.values(spec.ops).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const own = op.params.filter((p) => p.in !== 'header')
    out.push({
      key: `${op.id} params`,
      request: true,
      schema: {
        type: 'object',
        properties: Object.fromEntries(own.map((p) => [p.name, p.schema])),
        required: own.filter((p) => p.required).map((p) => p.name),
      },
    })
    if (op.body?.type === 'application/json') out.push({ key: `${op.id} body`, request: true, schema: op.body.schema })
    for (const [status, schema] of Object.entries(op.responses))
      if (schema) out.push({ key: `${op.id} ${status}`, request: false, schema })
  }
  return out
}

/** @param {CutSpec} spec @param {boolean} request */
function makeAjv(spec, request) {
  const mod = require('ajv')
  const Ajv = mod.default ?? mod
  const ajv = new Ajv({
    strict: false,
    validateSchema: false,
    allErrors: !request,
    coerceTypes: request,
    useDefaults: request,
    code: { source: true, formats: mod._`require(${FORMATS})` },
  })
  for (const [name, f] of Object.entries(require(FORMATS))) ajv.addFormat(name, f)
  ajv.addSchema({ $id: 'gh', components: { schemas: spec.schemas } })
  return ajv
}

function cacheFile(/** @type {CutSpec} */ spec) {
  const ajvVersion = require('ajv/package.json').version
  const key = createHash('sha256')
    .update(JSON.stringify([FORMAT, ajvVersion, require.resolve('ajv'), FORMATS, spec]))
    .digest('hex')
    .slice(0, 16)
  return join(tmpdir(), 'shipline-github-emulator', `validators-${key}.cjs`)
}

export class Validator {
  /** @param {CutSpec} spec */
  constructor(spec) {
    this.spec = spec
    this.entries = new Map(entries(spec).map((e, i) => [e.key, { ...e, name: `v${i}` }]))
    this.file = cacheFile(spec)
    /** @type {Record<string, any> | null} */
    this.precompiled = existsSync(this.file) ? safeRequire(this.file) : null
    /** @type {any} */
    this.reqAjv = null
    /** @type {any} */
    this.resAjv = null
    /** @type {Map<string, any>} */
    this.cache = new Map()
  }

  /** Compile all validators and write them to the cache (once per machine and spec). */
  writeCache() {
    const req = makeAjv(this.spec, true)
    const res = makeAjv(this.spec, false)
    /** @type {Record<string, string>} */
    const reqNames = {}
    /** @type {Record<string, string>} */
    const resNames = {}
    for (const e of this.entries.values()) {
      ;(e.request ? req : res).addSchema(e.schema, e.name)
      ;(e.request ? reqNames : resNames)[e.name] = e.name
    }
    const standalone = require('ajv/dist/standalone').default
    const absolute = (/** @type {string} */ code) =>
      code.replace(/require\("(ajv[^"]*)"\)/g, (_, m) => `require(${JSON.stringify(require.resolve(m))})`)
    // Two ajv instances (request validators coerce and fill defaults), one module: wrap each in its own scope.
    const part = (/** @type {string} */ code) =>
      `(function(){const module={exports:{}};const exports=module.exports;${absolute(code)}\nreturn module.exports})()`
    const code = `"use strict";module.exports=Object.assign({},${part(standalone(req, reqNames))},${part(standalone(res, resNames))})\n`
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    writeFileSync(tmp, code)
    renameSync(tmp, this.file)
    this.precompiled = safeRequire(this.file)
  }

  /** @param {string} key */
  get(key) {
    let fn = this.cache.get(key)
    if (fn) return fn
    const e = this.entries.get(key)
    if (!e) return null
    fn = this.precompiled?.[e.name]
    if (!fn) {
      if (e.request) fn = (this.reqAjv ??= makeAjv(this.spec, true)).compile(e.schema)
      else fn = (this.resAjv ??= makeAjv(this.spec, false)).compile(e.schema)
    }
    this.cache.set(key, fn)
    return fn
  }

  /**
   * Validate (and coerce, in place, filling defaults) the path+query parameters of a request.
   * @param {Operation} op @param {Record<string, unknown>} params @returns {Problem[]}
   */
  params(op, params) {
    const fn = this.get(`${op.id} params`)
    return fn(params) ? [] : problems(fn.errors)
  }

  /** @param {Operation} op @param {unknown} body @returns {Problem[]} */
  body(op, body) {
    const fn = this.get(`${op.id} body`)
    if (!fn) return []
    return fn(body) ? [] : problems(fn.errors)
  }

  /**
   * Check one of our responses against what the description declares for that status.
   * @param {Operation} op @param {number} status @param {unknown} body @returns {Problem[]}
   */
  response(op, status, body) {
    if (!Object.prototype.hasOwnProperty.call(op.responses, String(status))) {
      if (status >= 400) return [] // errors GitHub sends without declaring them (401, 403, 404, 5xx)
      return [
        {
          path: '',
          keyword: 'status',
          message: `status ${status} is not declared (declared: ${Object.keys(op.responses).join(', ')})`,
        },
      ]
    }
    const fn = this.get(`${op.id} ${status}`)
    if (!fn) return []
    return fn(body) ? [] : problems(fn.errors)
  }
}

/** A cache file that fails to load (torn, foreign ajv) is ignored: validators then compile lazily. */
function safeRequire(/** @type {string} */ file) {
  try {
    return require(file)
  } catch {
    return null
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
