/**
 * A small JSONPath subset for the HTTP metrics provider: `$`, `.name`, `['name']`, `[0]` and `[*]`
 * (e.g. `$.data.errorRate`, `$.series[0].value`, `$.pods[*].latency`). Compiled once, applied to parsed JSON.
 */

type Seg = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'all' }

/** A compiled path; `select` returns every value it reaches (an empty list when nothing matches). */
export interface JsonPath {
  readonly source: string
  select(doc: unknown): unknown[]
}

/** Compile a path, or throw an Error saying what part is not understood. */
export function compilePath(source: string): JsonPath {
  const s = source.trim()
  if (!s.startsWith('$')) throw new Error("must start with '$' (e.g. '$.data.value')")
  const segs: Seg[] = []
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\*\]|\.\*|\['([^']*)'\]|\["([^"]*)"\]/y
  let pos = 1
  while (pos < s.length) {
    re.lastIndex = pos
    const m = re.exec(s)
    if (!m) throw new Error(`is not understood from '${s.slice(pos)}' (supported: .name, ['name'], [0], [*])`)
    if (m[1] !== undefined) segs.push({ kind: 'key', key: m[1] })
    else if (m[2] !== undefined) segs.push({ kind: 'index', index: Number(m[2]) })
    else if (m[3] !== undefined || m[4] !== undefined) segs.push({ kind: 'key', key: (m[3] ?? m[4]) as string })
    else segs.push({ kind: 'all' })
    pos = re.lastIndex
  }
  return {
    source: s,
    select: (doc) => segs.reduce<unknown[]>((nodes, seg) => nodes.flatMap((n) => step(n, seg)), [doc]),
  }
}

function step(node: unknown, seg: Seg): unknown[] {
  if (node === null || typeof node !== 'object') return []
  if (seg.kind === 'all') return Array.isArray(node) ? node : Object.values(node)
  if (seg.kind === 'index') return Array.isArray(node) && seg.index < node.length ? [node[seg.index]] : []
  if (Array.isArray(node) || !Object.hasOwn(node, seg.key)) return []
  return [(node as Record<string, unknown>)[seg.key]]
}
