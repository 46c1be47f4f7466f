/**
 * A minimal, deterministic POSIX ustar (+ pax where needed) header encoder. Pure: it turns an entry description into
 * the bytes that precede the entry's data. Owners are normalized to 0/0 with empty names, modes to 0644/0755, and
 * the mtime is the one given (SOURCE_DATE_EPOCH), so the same tree always gives the same bytes.
 */

export const BLOCK = 512

export type EntryType = 'file' | 'dir' | 'symlink'

export interface TarHeader {
  /** Path inside the archive, `/`-separated, relative; directories end with `/`. */
  path: string
  type: EntryType
  /** Data size in bytes (0 for directories and symlinks). */
  size: number
  /** Files: 0o755 when executable, else 0o644. Directories: 0o755. Symlinks: 0o777. */
  mode: number
  /** Seconds since the epoch. */
  mtime: number
  /** Target of a symlink. */
  linkname?: string
}

const TYPEFLAG: Record<EntryType, string> = { file: '0', dir: '5', symlink: '2' }
const MAX_OCTAL_SIZE = 0o77777777777 // 11 octal digits

/** The normalized mode for an entry. */
export function normalizedMode(type: EntryType, executable: boolean): number {
  if (type === 'dir') return 0o755
  if (type === 'symlink') return 0o777
  return executable ? 0o755 : 0o644
}

/** Bytes of zero padding after `size` bytes of data. */
export function paddingFor(size: number): number {
  const rest = size % BLOCK
  return rest === 0 ? 0 : BLOCK - rest
}

/** The two zero blocks that end an archive. */
export function endOfArchive(): Buffer {
  return Buffer.alloc(2 * BLOCK)
}

function octal(buf: Buffer, offset: number, width: number, value: number): void {
  const text = value.toString(8).padStart(width - 1, '0')
  if (text.length > width - 1) throw new RangeError(`value ${value} does not fit a ${width}-byte tar field`)
  buf.write(`${text}\0`, offset, width, 'ascii')
}

/** Split a long path into ustar prefix + name, or undefined when it cannot be split. */
export function splitPath(path: string): { prefix: string; name: string } | undefined {
  const bytes = Buffer.byteLength(path)
  if (bytes <= 100) return { prefix: '', name: path }
  // The prefix ends at a '/', holds at most 155 bytes; the name after it at most 100.
  for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) {
    const prefix = path.slice(0, at)
    const name = path.slice(at + 1)
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '') return { prefix, name }
  }
  return undefined
}

function ustarBlock(fields: {
  name: string
  prefix: string
  mode: number
  size: number
  mtime: number
  typeflag: string
  linkname: string
}): Buffer {
  const buf = Buffer.alloc(BLOCK)
  buf.write(fields.name, 0, 100, 'utf8')
  octal(buf, 100, 8, fields.mode)
  octal(buf, 108, 8, 0) // uid
  octal(buf, 116, 8, 0) // gid
  octal(buf, 124, 12, fields.size)
  octal(buf, 136, 12, fields.mtime)
  buf.fill(0x20, 148, 156) // checksum is computed with its own field as spaces
  buf.write(fields.typeflag, 156, 1, 'ascii')
  buf.write(fields.linkname, 157, 100, 'utf8')
  buf.write('ustar\0', 257, 6, 'ascii')
  buf.write('00', 263, 2, 'ascii')
  octal(buf, 329, 8, 0) // devmajor
  octal(buf, 337, 8, 0) // devminor
  buf.write(fields.prefix, 345, 155, 'utf8')
  let sum = 0
  for (const byte of buf) sum += byte
  buf.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii')
  return buf
}

/** One pax record: `<len> <key>=<value>\n`, where len counts the whole record including its own digits. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  const bodyBytes = Buffer.byteLength(body)
  let len = bodyBytes + 1
  while (bodyBytes + String(len).length !== len) len = bodyBytes + String(len).length
  return `${len}${body}`
}

/**
 * Encode the header(s) for one entry: a pax extended header first when the path, the link target or the size do
 * not fit ustar, then the ustar header. The result is a multiple of 512 bytes.
 */
export function encodeHeader(h: TarHeader): Buffer {
  if (h.path === '' || h.path.startsWith('/')) throw new Error(`tar entry path must be relative: '${h.path}'`)
  const pax: string[] = []
  let split = splitPath(h.path)
  if (!split) {
    pax.push(paxRecord('path', h.path))
    split = { prefix: '', name: truncateBytes(h.path.slice(h.path.lastIndexOf('/', h.path.length - 2) + 1), 100) }
  }
  const linkname = h.linkname ?? ''
  let ustarLink = linkname
  if (Buffer.byteLength(linkname) > 100) {
    pax.push(paxRecord('linkpath', linkname))
    ustarLink = truncateBytes(linkname, 100)
  }
  let ustarSize = h.size
  if (h.size > MAX_OCTAL_SIZE) {
    pax.push(paxRecord('size', String(h.size)))
    ustarSize = 0
  }
  const main = ustarBlock({
    ...split,
    mode: h.mode,
    size: ustarSize,
    mtime: h.mtime,
    typeflag: TYPEFLAG[h.type],
    linkname: ustarLink,
  })
  if (pax.length === 0) return main
  const data = Buffer.from(pax.join(''), 'utf8')
  const paxName = truncateBytes(`PaxHeader/${split.name}`, 100)
  const paxHeader = ustarBlock({
    name: paxName,
    prefix: '',
    mode: 0o644,
    size: data.length,
    mtime: h.mtime,
    typeflag: 'x',
    linkname: '',
  })
  return Buffer.concat([paxHeader, data, Buffer.alloc(paddingFor(data.length)), main])
}

function truncateBytes(text: string, max: number): string {
  let out = text
  while (Buffer.byteLength(out) > max) out = out.slice(0, -1)
  return out
}
