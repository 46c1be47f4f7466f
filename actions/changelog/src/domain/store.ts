/**
 * The engine's commit store. A long history is tens of thousands of commits, and every object kept per commit
 * survives each young-generation GC (V8 then grows the young generation to its maximum and copies them all, twice,
 * before promoting them): so what a commit keeps is a few numbers in typed arrays and its text (sha, header,
 * subject, date, parents, issues) as UTF-8 in buffers filled one after another, all off the V8 heap. Types, scopes and authors
 * repeat, so they are interned; notes, reverts and pull requests are rare and sit in small side maps. A
 * ParsedCommit is made again when it is read (short-lived garbage is cheap). Pure.
 */
import { ownCopy } from './text.js'
import type { CommitNote, ParsedCommit, PullInfo } from './types.js'

type Reverts = NonNullable<ParsedCommit['reverts']>

/** Text fields, in the order they are written; their byte offsets are kept per commit. */
const SHA = 0
const HEADER = 1
const SUBJECT = 2
const DATE = 3
const PARENTS = 4
const ISSUES = 5
const FIELDS = 6
const BOUNDS = FIELDS + 1
/** Interned columns (string ids, -1 for none) and the flags column, per commit. */
const TYPE = 0
const SCOPE = 1
const NAME = 2
const EMAIL = 3
const FLAGS = 4
/** Where the subject sits in the header (-1: it does not, and is kept as text of its own), and its length. */
const SUBJECT_AT = 5
const SUBJECT_LENGTH = 6
const INTS = 7
/** Bytes of text per chunk (a longer record gets a chunk of its own). */
const CHUNK = 512 * 1024
const BREAKING = 1
const MERGE = 2
/** The record is ASCII: byte offsets are string offsets, so one decode gives every field. */
const ASCII = 4

/** Strings seen before get their first id; the table keeps one copy of each. */
class Interned {
  private readonly ids = new Map<string, number>()
  readonly values: string[] = []

  id(s: string | undefined): number {
    if (s === undefined) return -1
    let id = this.ids.get(s)
    if (id === undefined) {
      const copy = ownCopy(s)
      id = this.values.push(copy) - 1
      this.ids.set(copy, id)
    }
    return id
  }

  at(id: number): string | undefined {
    return id < 0 ? undefined : this.values[id]
  }
}

/** UTF-8 text of `bytes[start, end)` (no encoding named: Node then skips its encoding lookup, a tenth of a read). */
function decode(bytes: Buffer, start: number, end: number): string {
  return bytes.toString(undefined, start, end)
}

/** Typed array of `n` items, the old items copied. */
function grown<A extends Uint32Array | Int32Array | Float64Array>(a: A, n: number): A {
  const b = new (a.constructor as new (n: number) => A)(n)
  b.set(a)
  return b
}

/** Commits in the order added (newest first, as `git log` prints them), by index. */
export class CommitStore {
  /**
   * The text, in chunks that are filled and never moved (growing one buffer by copying would leave the old copies
   * to the allocator, which keeps them in the process's memory); `chunkOf` says which holds a commit's record.
   */
  private readonly chunks: Buffer[] = []
  private bytes = Buffer.alloc(0)
  private used = 0
  private chunkOf = new Uint32Array(256)
  private capacity = 256
  private bounds = new Uint32Array(256 * BOUNDS)
  private ints = new Int32Array(256 * INTS)
  /** pr and partOf (NaN: none); doubles, as PR numbers are any safe integer. */
  private nums = new Float64Array(256 * 2)
  private readonly strings = new Interned()
  private readonly notesOf = new Map<number, CommitNote[]>()
  private readonly revertsOf = new Map<number, Reverts>()
  private readonly pulls = new Map<number, PullInfo>()
  /** Commits whose text does not survive UTF-8 (lone surrogates): kept as they are. */
  private readonly oddText = new Map<number, string[]>()
  size = 0

  /** Twice the room in every column. */
  private grow(): void {
    this.capacity *= 2
    this.bounds = grown(this.bounds, this.capacity * BOUNDS)
    this.ints = grown(this.ints, this.capacity * INTS)
    this.nums = grown(this.nums, this.capacity * 2)
    this.chunkOf = grown(this.chunkOf, this.capacity)
  }

  /** Keep one parsed commit; returns its index. */
  add(c: ParsedCommit): number {
    const i = this.size++
    if (i === this.capacity) this.grow()
    const s = this.strings
    const flags = (c.breaking ? BREAKING : 0) | (c.merge ? MERGE : 0)
    const at = i * INTS
    this.ints[at + TYPE] = s.id(c.type)
    this.ints[at + SCOPE] = s.id(c.scope)
    this.ints[at + NAME] = s.id(c.authorName)
    this.ints[at + EMAIL] = s.id(c.authorEmail)
    this.ints[at + FLAGS] = flags
    // The subject is nearly always part of the header: kept as where it sits there.
    const subjectAt = c.header.indexOf(c.subject)
    this.ints[at + SUBJECT_AT] = subjectAt
    this.ints[at + SUBJECT_LENGTH] = c.subject.length
    this.nums[i * 2] = c.pr ?? Number.NaN
    this.nums[i * 2 + 1] = c.partOf ?? Number.NaN
    if (c.notes.length) this.notesOf.set(i, c.notes)
    if (c.reverts) this.revertsOf.set(i, c.reverts)
    if (c.pull) this.pulls.set(i, c.pull)
    const parents = c.parents.length === 1 ? (c.parents[0] as string) : c.parents.join(' ')
    const issues = c.issues.length ? c.issues.join(',') : ''
    this.write(i, [c.sha, c.header, subjectAt === -1 ? c.subject : '', c.date, parents, issues])
    return i
  }

  private write(i: number, fields: string[]): void {
    const text = fields.join('')
    if (this.bytes.length < this.used + text.length * 3) {
      this.bytes = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3))
      this.chunks.push(this.bytes)
      this.used = 0
    }
    this.chunkOf[i] = this.chunks.length - 1
    const start = this.used
    const n = this.bytes.write(text, start) // UTF-8
    this.used += n
    const ascii = n === text.length
    if (!ascii && this.bytes.toString('utf8', start, start + n) !== text) this.oddText.set(i, fields)
    if (ascii) (this.ints[i * INTS + FLAGS] as number) |= ASCII
    let at = start
    for (let k = 0; k < FIELDS; k++) {
      this.bounds[i * BOUNDS + k] = at
      const f = fields[k] as string
      at += ascii ? f.length : Buffer.byteLength(f, 'utf8')
    }
    this.bounds[i * BOUNDS + FIELDS] = at
  }

  /** One text field of commit `i`. */
  private text(i: number, k: number): string {
    const odd = this.oddText.get(i)
    if (odd) return odd[k] as string
    return decode(this.chunk(i), this.bounds[i * BOUNDS + k] as number, this.bounds[i * BOUNDS + k + 1] as number)
  }

  /** Every text field of commit `i` (one decode when the record is ASCII). */
  private texts(i: number): string[] {
    const b = i * BOUNDS
    if (!(this.flags(i) & ASCII)) return Array.from({ length: FIELDS }, (_, k) => this.text(i, k))
    const start = this.bounds[b] as number
    const all = decode(this.chunk(i), start, this.bounds[b + FIELDS] as number)
    const out: string[] = []
    for (let k = 0; k < FIELDS; k++) out.push(all.slice(this.bounds[b + k]! - start, this.bounds[b + k + 1]! - start))
    return out
  }

  private chunk(i: number): Buffer {
    return this.chunks[this.chunkOf[i] as number] as Buffer
  }

  private flags(i: number): number {
    return this.ints[i * INTS + FLAGS] as number
  }

  sha(i: number): string {
    return this.text(i, SHA)
  }
  header(i: number): string {
    return this.text(i, HEADER)
  }
  /** The subject (where it sits in the header, nearly always). */
  subject(i: number): string {
    const at = this.ints[i * INTS + SUBJECT_AT] as number
    if (at === -1) return this.text(i, SUBJECT)
    return this.header(i).slice(at, at + (this.ints[i * INTS + SUBJECT_LENGTH] as number))
  }
  issues(i: number): number[] {
    const b = i * BOUNDS + ISSUES
    return this.bounds[b] === this.bounds[b + 1] ? [] : this.text(i, ISSUES).split(',').map(Number)
  }
  parents(i: number): string[] {
    const p = this.text(i, PARENTS)
    return p ? p.split(' ') : []
  }
  type(i: number): string | undefined {
    return this.strings.at(this.ints[i * INTS + TYPE] as number)
  }
  scope(i: number): string | undefined {
    return this.strings.at(this.ints[i * INTS + SCOPE] as number)
  }
  /** The scope's id (-1: none); equal ids, equal scopes. */
  scopeId(i: number): number {
    return this.ints[i * INTS + SCOPE] as number
  }
  /** The string of an id (from `scopeId`). */
  stringOf(id: number): string | undefined {
    return this.strings.at(id)
  }
  authorName(i: number): string {
    return this.strings.at(this.ints[i * INTS + NAME] as number) as string
  }
  authorEmail(i: number): string {
    return this.strings.at(this.ints[i * INTS + EMAIL] as number) as string
  }
  breaking(i: number): boolean {
    return ((this.ints[i * INTS + FLAGS] as number) & BREAKING) !== 0
  }
  merge(i: number): boolean {
    return ((this.ints[i * INTS + FLAGS] as number) & MERGE) !== 0
  }
  pr(i: number): number | undefined {
    const n = this.nums[i * 2] as number
    return Number.isNaN(n) ? undefined : n
  }
  partOf(i: number): number | undefined {
    const n = this.nums[i * 2 + 1] as number
    return Number.isNaN(n) ? undefined : n
  }
  setPartOf(i: number, pr: number): void {
    this.nums[i * 2 + 1] = pr
  }
  notes(i: number): CommitNote[] {
    return this.notesOf.get(i) ?? []
  }
  reverts(i: number): Reverts | undefined {
    return this.revertsOf.get(i)
  }
  pull(i: number): PullInfo | undefined {
    return this.pulls.get(i)
  }
  setPull(i: number, p: PullInfo): void {
    this.pulls.set(i, p)
  }
  /** Indices of the commits that revert something (few), ascending. */
  revertIndices(): IterableIterator<number> {
    return this.revertsOf.keys() // set in the order added
  }

  /** Commit `i` as the parser made it (plus `partOf` and `pull` when set). */
  commit(i: number): ParsedCommit {
    const t = this.texts(i)
    const sha = t[SHA] as string
    const header = t[HEADER] as string
    const issues = t[ISSUES] as string
    const parents = t[PARENTS] as string
    const subjectAt = this.ints[i * INTS + SUBJECT_AT] as number
    const subject =
      subjectAt === -1
        ? (t[SUBJECT] as string)
        : header.slice(subjectAt, subjectAt + (this.ints[i * INTS + SUBJECT_LENGTH] as number))
    const c: ParsedCommit = {
      sha,
      shortSha: sha.slice(0, 7),
      type: this.type(i),
      scope: this.scope(i),
      subject,
      header,
      breaking: this.breaking(i),
      notes: this.notes(i),
      issues: issues ? issues.split(',').map(Number) : [],
      pr: this.pr(i),
      merge: this.merge(i),
      parents: parents ? parents.split(' ') : [],
      reverts: this.reverts(i),
      authorName: this.authorName(i),
      authorEmail: this.authorEmail(i),
      date: t[DATE] as string,
    }
    const partOf = this.partOf(i)
    if (partOf !== undefined) c.partOf = partOf
    const pull = this.pull(i)
    if (pull) c.pull = pull
    return c
  }
}
