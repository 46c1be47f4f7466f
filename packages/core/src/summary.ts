/**
 * A job-summary builder that produces GitHub-flavoured markdown. Pure: `toString()` gives the text and
 * `write()` appends it to the step summary. Cells are escaped so a `|` in a commit subject cannot break a table.
 */
import * as core from './runner.js'

export type Cell = string | number | boolean | null | undefined

/** Escape text for a markdown table cell. */
export function cell(value: Cell): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

export class Summary {
  private readonly parts: string[] = []

  heading(text: string, level: 1 | 2 | 3 | 4 = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}`)
    return this
  }

  paragraph(text: string): this {
    this.parts.push(text)
    return this
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.parts.push(items.map((i) => `- ${i}`).join('\n'))
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

  /** A collapsible section; the body is markdown. */
  details(label: string, body: string): this {
    this.parts.push(`<details><summary>${escapeHtml(label)}</summary>\n\n${body}\n\n</details>`)
    return this
  }

  code(text: string, lang = ''): this {
    const fence = text.includes('```') ? '~~~~' : '```'
    this.parts.push(`${fence}${lang}\n${text}\n${fence}`)
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
