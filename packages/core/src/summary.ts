/**
 * A job-summary builder that produces GitHub-flavoured markdown. Pure: `toString()` gives the text and
 * `write()` appends it to the step summary (secrets redacted there).
 *
 * Every string handed to `heading`, `paragraph`, `list`, `table` cells and `details` labels is treated as
 * untrusted text that may hold markdown formatting: HTML is escaped (`<img>`, `</details>` cannot break out) and
 * line breaks become `<br>` (a `# heading` or a fence cannot start inside it). Only `raw()`, the body of
 * `details()` and `code()`/`mermaid()` (fenced, with a fence longer than any in the text) take markup.
 */
import * as core from './runner.js'

export type Cell = string | number | boolean | null | undefined

/**
 * Escape untrusted text for inline markdown, minimally so a summary stays readable as text: a `<` that could open
 * raw HTML or an autolink (CommonMark 6.5/6.6: `<` then a letter, `/`, `!` or `?`) becomes `&lt;`, an `&` that would
 * start an entity becomes `&amp;`, line breaks become `<br>`. So `a < b` stays as is, `<img src=x>`,
 * `</details>` and `&lt;` show as typed.
 */
export function inline(value: Cell): string {
  if (value === null || value === undefined) return ''
  return mapOutsideCode(String(value), escapeText, (code) => code.replace(/\r\n|\r|\n/g, ' '))
}

function escapeText(text: string): string {
  return text
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>')
}

/**
 * Apply `text` to the parts of `value` outside code spans and `code` to the code spans, found as CommonMark does
 * (6.1: a run of n backticks up to the next run of exactly n; a backslash-escaped backtick opens nothing). Inside a
 * code span nothing is markup (no HTML, no entity), so it needs no escaping, and an escape would show as typed:
 * `` `a<b>` `` stays readable instead of turning into `a&lt;b>`.
 */
function mapOutsideCode(value: string, text: (s: string) => string, code: (s: string) => string): string {
  let out = ''
  let last = 0
  let i = 0
  while (i < value.length) {
    if (value[i] === '\\') {
      i += 2
      continue
    }
    if (value[i] !== '`') {
      i++
      continue
    }
    const open = runLength(value, i)
    const close = closingRun(value, i + open, open)
    if (close < 0) {
      i += open
      continue
    }
    out += text(value.slice(last, i)) + code(value.slice(i, close + open))
    i = last = close + open
  }
  return out + text(value.slice(last))
}

function runLength(value: string, at: number): number {
  let n = 0
  while (value[at + n] === '`') n++
  return n
}

/** Where the next run of exactly `n` backticks from `from` starts, or -1. */
function closingRun(value: string, from: number, n: number): number {
  for (let j = value.indexOf('`', from); j >= 0;) {
    const m = runLength(value, j)
    if (m === n) return j
    j = value.indexOf('`', j + m)
  }
  return -1
}

/**
 * {@link inline} for text that starts a block (a paragraph, a list item): a leading `#`, `>`, list marker, fence or
 * thematic break is backslash-escaped, so untrusted text cannot turn itself into a heading, quote or list.
 */
export function block(value: Cell): string {
  if (value === null || value === undefined) return ''
  // The leading escape goes in first, so inline() sees the code spans the renderer will see (an escaped leading
  // backtick opens no span, and what follows it is escaped as text).
  const text = String(value)
    .replace(/^(\s*)([#>]|[-+*](?=\s|$)|`{3,}|~{3,}|[-=_*]{3,}\s*$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  return inline(text)
}

/** Escape text for a markdown table cell: {@link inline}, plus `|` and `\\` (which would split or eat the cell). */
export function cell(value: Cell): string {
  if (value === null || value === undefined) return ''
  // A `|` splits the row even inside a code span (GFM 4.10), so it is escaped everywhere; a backslash is doubled
  // only outside code spans, where it would otherwise escape what follows (inside, it shows as typed).
  const text = mapOutsideCode(
    String(value),
    (t) => t.replace(/\\/g, '\\\\'),
    (c) => c,
  )
  return inline(text.replace(/\|/g, '\\|'))
}

export class Summary {
  private readonly parts: string[] = []

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${inline(text).replace(/<br>/g, ' ')}`)
    return this
  }

  paragraph(text: string): this {
    this.parts.push(block(text))
    return this
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.parts.push(bulletList(items))
    return this
  }

  /** A table; `align` per column: 'l' | 'r' | 'c'. */
  table(headers: readonly string[], rows: readonly (readonly Cell[])[], align?: readonly ('l' | 'r' | 'c')[]): this {
    const sep = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align?.[i] ?? 'l'])
    const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${sep.join(' | ')} |`]
    for (const row of rows) lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`)
    this.parts.push(lines.join('\n'))
    return this
  }

  /**
   * A collapsible section; the body is markup (build it with a Summary, {@link inline} or {@link bulletList}). The
   * label sits in raw HTML, where markdown (code spans included) is not parsed, so it is escaped as HTML.
   */
  details(label: string, body: string): this {
    this.parts.push(
      `<details><summary>${escapeHtml(label.replace(/\r\n|\r|\n/g, ' '))}</summary>\n\n${body}\n\n</details>`,
    )
    return this
  }

  /** A fenced block: the fence is longer than any run of backticks in the text, so the text cannot close it. */
  code(text: string, lang = ''): this {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length))
    const fence = '`'.repeat(Math.max(3, longest + 1))
    this.parts.push(`${fence}${lang.replace(/[^\w+-]/g, '')}\n${text}\n${fence}`)
    return this
  }

  mermaid(diagram: string): this {
    return this.code(diagram, 'mermaid')
  }

  /** Raw markdown. */
  raw(markdown: string): this {
    this.parts.push(markdown)
    return this
  }

  toString(): string {
    return `${this.parts.join('\n\n')}\n`
  }

  /** Append to GITHUB_STEP_SUMMARY; a no-op outside a runner (no file to write to). */
  write(): void {
    core.appendSummary(this.toString())
  }
}

/** A markdown bullet list of untrusted items, as markup (e.g. for a `details()` body). */
export function bulletList(items: readonly string[]): string {
  return items.map((i) => `- ${block(i)}`).join('\n')
}

/** Text for raw HTML: `&`, `<`, `>` and `"` as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A mermaid xychart-beta line chart of one series over labelled points. */
export function lineChart(title: string, xLabels: readonly string[], series: readonly number[], yLabel = ''): string {
  const esc = (s: string): string => `"${s.replace(/"/g, "'")}"`
  const lo = Math.min(0, ...series)
  const hi = Math.max(1, ...series)
  return [
    'xychart-beta',
    `  title ${esc(title)}`,
    `  x-axis [${xLabels.map(esc).join(', ')}]`,
    `  y-axis ${esc(yLabel)} ${lo} --> ${hi}`,
    `  line [${series.map((n) => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0)).join(', ')}]`,
  ].join('\n')
}
