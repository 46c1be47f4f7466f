/**
 * The engine result's lists of commits and entries: indices into the commit store, their items made when read
 * (a whole history is never held as objects at once). They read like read-only arrays. Pure.
 */
import type { Section } from './sections.js'
import type { CommitStore } from './store.js'
import type { Impact, ParsedCommit } from './types.js'

/** A commit placed in a section, with its impact on the version. */
export interface Entry {
  commit: ParsedCommit
  section: Section
  impact: Impact
}

/** The read-only array methods the result's lists offer (a plain array is one too). */
export interface List<T> extends Iterable<T> {
  readonly length: number
  at(i: number): T | undefined
  map<U>(fn: (item: T, i: number) => U): U[]
  filter(fn: (item: T, i: number) => boolean): T[]
  find(fn: (item: T, i: number) => boolean): T | undefined
  some(fn: (item: T, i: number) => boolean): boolean
  every(fn: (item: T, i: number) => boolean): boolean
  slice(start?: number, end?: number): T[]
}

/** A list whose `i`th item is `item(i)`, made on each read. */
export class LazyList<T> implements List<T> {
  constructor(
    readonly length: number,
    private readonly item: (i: number) => T,
  ) {}

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i
    return k >= 0 && k < this.length ? this.item(k) : undefined
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.item(i)
  }

  map<U>(fn: (item: T, i: number) => U): U[] {
    const out: U[] = []
    for (let i = 0; i < this.length; i++) out.push(fn(this.item(i), i))
    return out
  }

  filter(fn: (item: T, i: number) => boolean): T[] {
    const out: T[] = []
    for (let i = 0; i < this.length; i++) {
      const x = this.item(i)
      if (fn(x, i)) out.push(x)
    }
    return out
  }

  find(fn: (item: T, i: number) => boolean): T | undefined {
    for (let i = 0; i < this.length; i++) {
      const x = this.item(i)
      if (fn(x, i)) return x
    }
    return undefined
  }

  some(fn: (item: T, i: number) => boolean): boolean {
    return this.find(fn) !== undefined
  }

  every(fn: (item: T, i: number) => boolean): boolean {
    return !this.some((x, i) => !fn(x, i))
  }

  slice(start = 0, end = this.length): T[] {
    const from = Math.max(0, start < 0 ? this.length + start : start)
    const to = Math.min(this.length, end < 0 ? this.length + end : end)
    const out: T[] = []
    for (let i = from; i < to; i++) out.push(this.item(i))
    return out
  }
}

/** Commits of the store at the given indices. */
export function commitList(store: CommitStore, ids: readonly number[] | Int32Array): LazyList<ParsedCommit> {
  return new LazyList(ids.length, (k) => store.commit(ids[k] as number))
}

/** Impacts by their code in an EntryList. */
const IMPACTS: readonly Impact[] = ['none', 'patch', 'minor', 'major']

/**
 * Entries: commits of the store with their section and impact, kept as numbers (off the V8 heap). Besides the
 * array methods, the store and the index of each entry's commit, so readers can look at a field without making the
 * whole commit.
 */
export class EntryList extends LazyList<Entry> {
  constructor(
    readonly store: CommitStore,
    /** Store index of each entry's commit. */
    readonly ids: Int32Array,
    /** Each entry's section, as its index in `table`. */
    private readonly sectionIds: Int32Array,
    private readonly table: readonly Section[],
    /** Each entry's impact, as its index in IMPACTS. */
    private readonly impacts: Uint8Array,
  ) {
    super(ids.length, (k) => ({
      commit: store.commit(ids[k] as number),
      section: table[sectionIds[k] as number] as Section,
      impact: IMPACTS[impacts[k] as number] as Impact,
    }))
  }

  /** Entries from lists of sections and impacts (one per id). */
  static of(
    store: CommitStore,
    ids: readonly number[],
    sections: readonly Section[],
    impacts: readonly Impact[],
  ): EntryList {
    const table = [...new Set(sections)]
    return new EntryList(
      store,
      Int32Array.from(ids),
      Int32Array.from(sections, (s) => table.indexOf(s)),
      table,
      Uint8Array.from(impacts, (i) => IMPACTS.indexOf(i)),
    )
  }

  /** The code of an impact, for the constructor. */
  static impactCode(impact: Impact): number {
    return IMPACTS.indexOf(impact)
  }

  /** Store index of entry `k`'s commit. */
  id(k: number): number {
    return this.ids[k] as number
  }

  section(k: number): Section {
    return this.table[this.sectionIds[k] as number] as Section
  }

  impact(k: number): Impact {
    return IMPACTS[this.impacts[k] as number] as Impact
  }

  /** Entries `k` for which `fn(k)` holds, as a list of their own. */
  where(fn: (k: number) => boolean): EntryList {
    const keep: number[] = []
    for (let k = 0; k < this.length; k++) if (fn(k)) keep.push(k)
    return new EntryList(
      this.store,
      Int32Array.from(keep, (k) => this.ids[k] as number),
      Int32Array.from(keep, (k) => this.sectionIds[k] as number),
      this.table,
      Uint8Array.from(keep, (k) => this.impacts[k] as number),
    )
  }

  /**
   * Positions of the entries in the changelog's order: by section (in the order of `sections`; entries of a section
   * not there are left out), then by scope (unscoped first, then in code-unit order), then as read. A counting sort
   * in typed arrays (no list per section or scope is kept while the document is written).
   */
  inDocumentOrder(sections: readonly Section[]): Int32Array {
    const st = this.store
    const sectionRank = new Map(sections.map((section, r) => [section, r]))
    const scopeIds = new Set<number>()
    for (let k = 0; k < this.length; k++) scopeIds.add(st.scopeId(this.id(k)))
    const scopes = [...scopeIds].sort((a, b) => codeUnitOrder(st.stringOf(a) ?? '', st.stringOf(b) ?? ''))
    const scopeRank = new Map(scopes.map((id, r) => [id, r]))
    const keys = new Int32Array(this.length)
    const starts = new Int32Array(sections.length * scopes.length + 1)
    for (let k = 0; k < this.length; k++) {
      const r = sectionRank.get(this.section(k))
      keys[k] = r === undefined ? -1 : r * scopes.length + (scopeRank.get(st.scopeId(this.id(k))) as number)
      if (r !== undefined) (starts[(keys[k] as number) + 1] as number)++
    }
    for (let b = 1; b < starts.length; b++) (starts[b] as number) += starts[b - 1] as number
    const out = new Int32Array(starts[starts.length - 1] as number)
    for (let k = 0; k < this.length; k++) {
      const key = keys[k] as number
      if (key >= 0) out[(starts[key] as number)++] = k
    }
    return out
  }

  /** How many entries each section holds. */
  counts(): Map<Section, number> {
    const out = new Map<Section, number>()
    for (let k = 0; k < this.length; k++) out.set(this.section(k), (out.get(this.section(k)) ?? 0) + 1)
    return out
  }
}

const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
