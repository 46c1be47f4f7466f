// The GitHub emulator's pure parts: cutting GitHub's OpenAPI description, the ajv fixes for its quirks, the route
// table's precedence, and GitHub-style Link pagination. (The server itself is plain ESM JS; loaded here by path.)
import { describe, expect, it } from '@jest/globals'
import { tmpdir } from 'node:os'

/* eslint-disable @typescript-eslint/no-explicit-any -- the modules under test are untyped JS */
const load = (name: string): Promise<any> => import(`../support/github-emulator/${name}`)
const spec = await load('spec.mjs')
const { App, OPERATIONS } = await load('app.mjs')
const { paginate } = await load('http.mjs')
const { Validator } = await load('validate.mjs')
const cut = spec.loadCutSpec(OPERATIONS)

describe('cut spec', () => {
  it('holds every implemented operation with its params, body and responses, and only the schemas they reach', () => {
    expect(Object.keys(cut.ops).sort()).toEqual([...OPERATIONS].sort())
    const upload = cut.ops['repos/upload-release-asset']
    expect(upload).toMatchObject({ method: 'POST', path: '/repos/{owner}/{repo}/releases/{release_id}/assets' })
    expect(upload.params.map((p: { name: string }) => p.name)).toEqual(['owner', 'repo', 'release_id', 'name', 'label'])
    expect(upload.body.type).toBe('application/octet-stream')
    expect(upload.responses['201']).toEqual({ $ref: 'gh#/components/schemas/release-asset' })
    expect(cut.schemas.release).toBeDefined()
    expect(cut.schemas['code-scanning-alert']).toBeUndefined()
    expect(Object.keys(cut.schemas).length).toBeLessThan(120)
  })

  it('refuses operation ids GitHub does not have', () => {
    expect(() =>
      spec.cutSpec({ info: { version: 'x' }, paths: {}, components: { schemas: {} } }, ['repos/make-coffee']),
    ).toThrow(/repos\/make-coffee/)
  })

  it('rewrites nullable-without-type as anyOf null, adds null to nullable enums, and keeps properties named like keywords', () => {
    const fixed = spec.fixNullable({
      a: { nullable: true, allOf: [{ $ref: '#/x' }] },
      b: { type: 'string', nullable: true, enum: ['completed', 'not_planned'] },
      c: {
        type: 'object',
        properties: { example: { type: 'string' }, nullable: { type: 'boolean' } },
        example: { dropped: true },
      },
    })
    expect(fixed.a).toEqual({ anyOf: [{ allOf: [{ $ref: '#/x' }] }, { type: 'null' }] })
    expect(fixed.b.enum).toEqual(['completed', 'not_planned', null])
    expect(fixed.c).toEqual({
      type: 'object',
      properties: { example: { type: 'string' }, nullable: { type: 'boolean' } },
    })
  })
})

describe('validators', () => {
  const v = new Validator(cut)
  const op = (id: string) => cut.ops[id]

  it('coerce query strings and fill defaults; report GitHub-style problems', () => {
    const params: Record<string, unknown> = { owner: 'o', repo: 'r', per_page: '50' }
    expect(v.params(op('repos/list-releases'), params)).toEqual([])
    expect(params).toMatchObject({ per_page: 50, page: 1 })
    expect(v.body(op('git/create-ref'), { ref: 'refs/heads/x' })).toEqual([
      expect.objectContaining({ keyword: 'required', missing: 'sha' }),
    ])
  })

  it('check responses, accepting GitHub\'s "" for format: uri and undeclared error statuses', async () => {
    expect(
      v.response(op('repos/create-release'), 201, { id: 1 }).map((p: { missing?: string }) => p.missing),
    ).toContain('assets_url')
    expect(v.response(op('repos/get-release'), 202, {})).toEqual([expect.objectContaining({ keyword: 'status' })])
    expect(v.response(op('repos/get-release'), 404, { message: 'Not Found' })).toEqual([])
    const { uri } = (await load('formats.cjs')).default
    expect([uri(''), uri('http://127.0.0.1:8080/x'), uri('not a uri')]).toEqual([true, true, false])
  })
})

describe('routing and pagination', () => {
  const app = new App(cut, tmpdir())
  const route = (method: string, path: string) => {
    const r = app.route(method, path)
    return r && { op: r.op.id, params: r.params }
  }

  it('prefers literal segments and lets ref/path parameters span slashes', () => {
    expect(route('GET', '/repos/o/r/releases/latest')?.op).toBe('repos/get-latest-release')
    expect(route('GET', '/repos/o/r/releases/12')).toEqual({
      op: 'repos/get-release',
      params: { owner: 'o', repo: 'r', release_id: '12' },
    })
    expect(route('GET', '/repos/o/r/releases/assets/7')?.op).toBe('repos/get-release-asset')
    expect(route('GET', '/repos/o/r/releases/tags/v1%2Fx')?.params.tag).toBe('v1/x')
    expect(route('GET', '/repos/o/r/releases/tags/pkg/v1.0.0')?.params.tag).toBe('pkg/v1.0.0')
    expect(route('GET', '/repos/o/r/git/ref/heads/feature/a')?.params.ref).toBe('heads/feature/a')
    expect(route('PATCH', '/repos/o/r/git/refs/heads%2Fmain')?.params.ref).toBe('heads/main')
    expect(route('GET', '/repos/o/r/git/refs/')).toEqual({
      op: 'git/list-matching-refs',
      params: { owner: 'o', repo: 'r', ref: '' },
    })
    expect(route('GET', '/repos/o/r/contents/a/b.txt')?.params.path).toBe('a/b.txt')
    expect(route('DELETE', '/repos/o/r/releases/latest')?.op).toBe('repos/delete-release')
    expect(route('GET', '/repos/o/r/actions/runs')).toBeUndefined()
  })

  it("cuts pages and builds absolute Link headers in GitHub's rel order, capping per_page at 100", () => {
    const items = Array.from({ length: 13 }, (_, i) => i)
    const url = new URL('http://127.0.0.1:1/repos/o/r/issues?per_page=3')
    const first = paginate(items, url, { per_page: 3, page: 1 })
    expect(first.page).toEqual([0, 1, 2])
    expect(first.link).toBe(
      '<http://127.0.0.1:1/repos/o/r/issues?per_page=3&page=2>; rel="next", <http://127.0.0.1:1/repos/o/r/issues?per_page=3&page=5>; rel="last"',
    )
    const mid = paginate(items, url, { per_page: 3, page: 3 })
    expect([...mid.link.matchAll(/rel="(\w+)"/g)].map((m: string[]) => m[1])).toEqual(['prev', 'next', 'last', 'first'])
    const last = paginate(items, url, { per_page: 3, page: 5 })
    expect([last.page, [...last.link.matchAll(/rel="(\w+)"/g)].map((m: string[]) => m[1])]).toEqual([
      [12],
      ['prev', 'first'],
    ])
    expect(
      paginate(
        Array.from({ length: 250 }, (_, i) => i),
        url,
        { per_page: 1000 },
      ).page,
    ).toHaveLength(100)
    expect(paginate([1], url, {}).link).toBeUndefined()
  })
})
