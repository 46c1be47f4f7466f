/**
 * Parsing one line of `LC_ALL=C tar --quoting-style=c -tv` (GNU tar): the type letter of the mode, four fields
 * (owner, size, date, time), the C-quoted name, and for links ` -> "target"` or ` link to "target"`. C quoting
 * makes names with spaces, quotes, arrows or newlines unambiguous. Pure.
 */
import type { TarEntry } from './tar-entry.js'

const TYPES: Record<string, string> = {
  '-': 'File',
  d: 'Directory',
  l: 'SymbolicLink',
  h: 'Link',
  c: 'CharacterDevice',
  b: 'BlockDevice',
  p: 'FIFO',
}
const ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  '\\': 92,
  '"': 34,
  '?': 63,
  "'": 39,
}

/** Read a C-quoted string at the start of `text`; returns the value and the rest, or undefined. */
export function readCQuoted(text: string): { value: string; rest: string } | undefined {
  if (!text.startsWith('"')) return undefined
  const bytes: number[] = []
  for (let i = 1; i < text.length; i++) {
    const c = text[i] as string
    if (c === '"') return { value: Buffer.from(bytes).toString('utf8'), rest: text.slice(i + 1) }
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const next = text[i + 1] ?? ''
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))
    if (octal) {
      bytes.push(parseInt(octal[0], 8) & 0xff)
      i += octal[0].length
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next] as number)
      i += 1
    } else return undefined
  }
  return undefined
}

/** One listing line → the entry, or undefined when the line cannot be read (the caller refuses the archive). */
export function parseListingLine(line: string): TarEntry | undefined {
  const m = /^(\S)\S*\s+\S+\s+\S+\s+\S+\s+\S+\s+(".*)$/.exec(line)
  if (!m) return undefined
  const type = TYPES[m[1] as string] ?? `type '${m[1]}'`
  const name = readCQuoted(m[2] as string)
  if (!name) return undefined
  if (name.rest === '') return { path: name.value, type }
  const link = /^ (->|link to) (".*)$/.exec(name.rest)
  const target = link ? readCQuoted(link[2] as string) : undefined
  if (!target || target.rest !== '') return undefined
  return { path: name.value, type, linkpath: target.value }
}
