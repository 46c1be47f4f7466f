/**
 * Render a job summary as GitHub does and look at it: GFM to HTML with `marked` (tables, extended autolinks, raw
 * HTML blocks: the same rules as github.com), and every mermaid block through mermaid's own parser. Returns the
 * problems a reader would see: a broken table, an unclosed <details>, a version or host turned into a mailto: or web
 * link, a chart that does not draw.
 */
import { marked, type Token, type Tokens } from 'marked'

type MermaidApi = { parse(text: string): Promise<unknown> }
let mermaidApi: Promise<MermaidApi> | undefined

/**
 * mermaid in Node: it sanitises labels with DOMPurify, which needs a DOM `window`, so a jsdom window is put on
 * globalThis before mermaid loads (once per process). Parsing needs no layout or rendering.
 */
function mermaid(): Promise<MermaidApi> {
  mermaidApi ??= (async () => {
    const g = globalThis as { window?: unknown }
    if (!g.window) g.window = new (await import('jsdom')).JSDOM('').window
    return (await import('mermaid')).default as MermaidApi
  })()
  return mermaidApi
}

/** The summary as HTML (GitHub-flavoured markdown). */
export function renderGfm(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false })
}

/** Cells of one table row, split on pipes that are not escaped (as GFM does, also inside code spans). */
function cellCount(row: string): number {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).length
}

function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t)
    const children = (t as { tokens?: Token[] }).tokens
    if (children) walk(children, visit)
    if (t.type === 'list') for (const item of (t as Tokens.List).items) walk(item.tokens, visit)
  }
}

/** Everything wrong with how `markdown` renders; empty when it reads as intended. */
export async function summaryProblems(markdown: string): Promise<string[]> {
  const problems: string[] = []
  const html = renderGfm(markdown)
  const tokens = marked.lexer(markdown, { gfm: true })
  const mermaidBlocks: string[] = []
  walk(tokens, (t) => {
    if (t.type === 'code' && (t as Tokens.Code).lang === 'mermaid') mermaidBlocks.push((t as Tokens.Code).text)
    if (t.type === 'table') {
      const [head, , ...rows] = t.raw.trimEnd().split('\n')
      const want = cellCount(head ?? '')
      for (const row of rows)
        if (cellCount(row) !== want) problems.push(`table row has ${cellCount(row)} cells, header ${want}: ${row}`)
    }
    // A line that starts like a table row but did not become a table (a blank line missing, a bad delimiter row).
    if (t.type === 'paragraph' && /^\s*\|.*\|\s*$/m.test(t.raw))
      problems.push(`table text left as a paragraph: ${t.raw.split('\n')[0]}`)
  })
  const opened = (html.match(/<details[\s>]/g) ?? []).length
  const closed = (html.match(/<\/details>/g) ?? []).length
  if (opened !== closed) problems.push(`<details> opened ${opened} times, closed ${closed} times`)
  for (const m of html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)) {
    const [, href = '', text = ''] = m
    if (href.startsWith('mailto:')) problems.push(`autolinked as e-mail: ${text}`)
    // A full URL written out is a link on purpose; a bare `www.` host turned into one is not.
    else if (href === `http://${text}` || href === `https://${text}`) problems.push(`bare address autolinked: ${text}`)
  }
  for (const block of mermaidBlocks) {
    await (
      await mermaid()
    )
      .parse(block)
      .catch((e: unknown) =>
        problems.push(`mermaid does not parse (${String((e as Error).message ?? e).split('\n')[0]}):\n${block}`),
      )
  }
  return problems
}
