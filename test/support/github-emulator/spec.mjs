// @ts-check
/**
 * GitHub's published OpenAPI description, cut down to the operations the emulator implements.
 *
 * The full `api.github.com.json` is 13 MB (parse ≈ 0.25 s); the cut (operations + the component schemas they reach,
 * with `$ref`s to parameters and responses inlined and OpenAPI's `nullable`-without-`type` rewritten for ajv) is a
 * few hundred KB. It is cached under os.tmpdir(), keyed by the spec file's size and mtime and the operation list,
 * so every emulator after the first starts without touching the big file.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const CUT_FORMAT = 4
const METHODS = ['get', 'post', 'put', 'patch', 'delete']

/**
 * @typedef {{ name: string, in: 'path' | 'query' | 'header', required: boolean, schema: object }} Param
 * @typedef {{ id: string, method: string, path: string, params: Param[], body: { type: string, schema: object, required: boolean } | null,
 *   responses: Record<string, object | null>, docs: string }} Operation
 * @typedef {{ version: string, ops: Record<string, Operation>, schemas: Record<string, object> }} CutSpec
 */

/** Path of GitHub's description inside @octokit/openapi (never import the package index: it loads 530 MB). */
export function specPath() {
  const require = createRequire(import.meta.url)
  return require.resolve('@octokit/openapi/generated/api.github.com.json')
}

/**
 * Load the cut spec for `operationIds`, from the cache when it is fresh.
 * @param {string[]} operationIds
 * @returns {CutSpec}
 */
export function loadCutSpec(operationIds) {
  const file = specPath()
  const st = statSync(file)
  const key = createHash('sha256')
    .update(JSON.stringify([CUT_FORMAT, st.size, st.mtimeMs, [...operationIds].sort()]))
    .digest('hex')
    .slice(0, 16)
  const dir = join(tmpdir(), 'shipline-github-emulator')
  const cached = join(dir, `spec-${key}.json`)
  if (existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8'))
    } catch {
      // a torn or foreign file: rebuild it below
    }
  }
  const cut = cutSpec(JSON.parse(readFileSync(file, 'utf8')), operationIds)
  mkdirSync(dir, { recursive: true })
  const tmp = `${cached}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(cut))
  renameSync(tmp, cached) // atomic: parallel emulators never read half a file
  return cut
}

/**
 * @param {any} spec the full OpenAPI document
 * @param {string[]} operationIds
 * @returns {CutSpec}
 */
export function cutSpec(spec, operationIds) {
  const wanted = new Set(operationIds)
  /** @type {Record<string, Operation>} */
  const ops = {}
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op || !wanted.has(op.operationId)) continue
      ops[op.operationId] = operation(spec, path, method, op, item.parameters ?? [])
    }
  }
  const missing = operationIds.filter((id) => !ops[id])
  if (missing.length) throw new Error(`emulator: operations not in GitHub's OpenAPI description: ${missing.join(', ')}`)
  const schemas = reachableSchemas(spec, ops)
  return { version: spec.info.version, ops: fixNullable(ops), schemas: fixNullable(schemas) }
}

/**
 * @param {any} spec @param {string} path @param {string} method @param {any} op @param {any[]} shared
 * @returns {Operation}
 */
function operation(spec, path, method, op, shared) {
  const params = [...shared, ...(op.parameters ?? [])].map((/** @type {any} */ p) => deref(spec, p))
  /** @type {Record<string, object | null>} */
  const responses = {}
  for (const [status, r] of Object.entries(op.responses ?? {})) {
    const res = deref(spec, r)
    const content = res.content ?? {}
    const media = content['application/json'] ?? Object.values(content)[0]
    responses[status] = media?.schema ? globalRefs(media.schema) : null
  }
  let body = null
  if (op.requestBody) {
    const rb = deref(spec, op.requestBody)
    const [type, media] = Object.entries(rb.content ?? {})[0] ?? []
    if (type && media) body = { type, schema: globalRefs(media.schema ?? {}), required: Boolean(rb.required) }
  }
  return {
    id: op.operationId,
    method: method.toUpperCase(),
    path,
    params: params.map((p) => ({
      name: p.name,
      in: p.in,
      required: Boolean(p.required),
      schema: globalRefs(p.schema ?? {}),
    })),
    body,
    responses,
    docs: op.externalDocs?.url ?? 'https://docs.github.com/rest',
  }
}

/**
 * Follow `#/components/...` refs of parameters/responses/request bodies (not schemas).
 * @param {any} spec @param {any} node @returns {any}
 */
function deref(spec, node) {
  let n = node
  for (let i = 0; i < 10 && n && typeof n.$ref === 'string'; i++) {
    n = n.$ref
      .slice(2)
      .split('/')
      .reduce((/** @type {any} */ o, /** @type {string} */ k) => o?.[k], spec)
  }
  return n
}

/**
 * Rewrite `#/components/schemas/x` to `gh#/components/schemas/x` so operation schemas resolve against the shared doc.
 * @param {unknown} schema @returns {object}
 */
function globalRefs(schema) {
  return JSON.parse(
    JSON.stringify(schema).replaceAll('"$ref":"#/components/schemas/', '"$ref":"gh#/components/schemas/'),
  )
}

/**
 * Every component schema reachable from the operations, transitively.
 * @param {any} spec @param {Record<string, Operation>} ops
 */
function reachableSchemas(spec, ops) {
  /** @type {Record<string, object>} */
  const out = {}
  const queue = [...JSON.stringify(ops).matchAll(/#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1])
  while (queue.length) {
    const name = /** @type {string} */ (queue.pop())
    if (out[name]) continue
    const schema = spec.components.schemas[name]
    if (!schema) throw new Error(`emulator: dangling schema ref ${name}`)
    out[name] = schema
    for (const m of JSON.stringify(schema).matchAll(/#\/components\/schemas\/([^"]+)"/g)) queue.push(m[1])
  }
  return out
}

/**
 * ajv understands OpenAPI's `nullable` only next to `type`; GitHub's description has ~135 `nullable` schemas without
 * one (`allOf`/`anyOf`/`$ref` wrappers). Rewrite those as `anyOf: [schema, {type: 'null'}]`, and add null to
 * nullable enums (ajv rejects null by the enum before `nullable` can admit it).
 * @template T
 * @param {T} root
 * @returns {T}
 */
export function fixNullable(root) {
  const maps = new Set(['properties', 'patternProperties', 'definitions', 'schemas', 'ops', 'responses'])
  /** @type {(n: any, isMap: boolean) => any} */
  const walk = (n, isMap) => {
    if (Array.isArray(n)) return n.map((v) => walk(v, false))
    if (!n || typeof n !== 'object') return n
    /** @type {Record<string, any>} */
    const out = {}
    for (const [k, v] of Object.entries(n)) {
      if (!isMap && (k === 'example' || k === 'examples')) continue
      out[k] = walk(v, !isMap && maps.has(k))
    }
    // ajv checks `enum` before it lets `nullable` admit null: a nullable enum needs null among its values.
    if (!isMap && out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...out.enum, null]
    if (!isMap && out.nullable === true && out.type === undefined) {
      delete out.nullable
      return { anyOf: [out, { type: 'null' }] }
    }
    return out
  }
  return walk(root, true)
}
