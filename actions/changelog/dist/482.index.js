export const id = 482;
export const ids = [482];
export const modules = {

/***/ 4482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChangelogEngine: () => (/* binding */ ChangelogEngine)
});

// UNUSED EXPORTS: compareKeys, markPullMembers

// EXTERNAL MODULE: ./src/domain/bump.ts + 1 modules
var bump = __webpack_require__(2063);
;// CONCATENATED MODULE: ./src/domain/lists.ts
/** A list whose `i`th item is `item(i)`, made on each read. */
class LazyList {
    length;
    item;
    constructor(length, item) {
        this.length = length;
        this.item = item;
    }
    at(i) {
        const k = i < 0 ? this.length + i : i;
        return k >= 0 && k < this.length ? this.item(k) : undefined;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.item(i);
    }
    map(fn) {
        const out = [];
        for (let i = 0; i < this.length; i++)
            out.push(fn(this.item(i), i));
        return out;
    }
    filter(fn) {
        const out = [];
        for (let i = 0; i < this.length; i++) {
            const x = this.item(i);
            if (fn(x, i))
                out.push(x);
        }
        return out;
    }
    find(fn) {
        for (let i = 0; i < this.length; i++) {
            const x = this.item(i);
            if (fn(x, i))
                return x;
        }
        return undefined;
    }
    some(fn) {
        return this.find(fn) !== undefined;
    }
    every(fn) {
        return !this.some((x, i) => !fn(x, i));
    }
    slice(start = 0, end = this.length) {
        const from = Math.max(0, start < 0 ? this.length + start : start);
        const to = Math.min(this.length, end < 0 ? this.length + end : end);
        const out = [];
        for (let i = from; i < to; i++)
            out.push(this.item(i));
        return out;
    }
}
/** Commits of the store at the given indices. */
function commitList(store, ids) {
    return new LazyList(ids.length, (k) => store.commit(ids[k]));
}
/** Impacts by their code in an EntryList. */
const IMPACTS = ['none', 'patch', 'minor', 'major'];
/**
 * Entries: commits of the store with their section and impact, kept as numbers (off the V8 heap). Besides the
 * array methods, the store and the index of each entry's commit, so readers can look at a field without making the
 * whole commit.
 */
class EntryList extends LazyList {
    store;
    ids;
    sectionIds;
    table;
    impacts;
    constructor(store, 
    /** Store index of each entry's commit. */
    ids, 
    /** Each entry's section, as its index in `table`. */
    sectionIds, table, 
    /** Each entry's impact, as its index in IMPACTS. */
    impacts) {
        super(ids.length, (k) => ({
            commit: store.commit(ids[k]),
            section: table[sectionIds[k]],
            impact: IMPACTS[impacts[k]],
        }));
        this.store = store;
        this.ids = ids;
        this.sectionIds = sectionIds;
        this.table = table;
        this.impacts = impacts;
    }
    /** Entries from lists of sections and impacts (one per id). */
    static of(store, ids, sections, impacts) {
        const table = [...new Set(sections)];
        return new EntryList(store, Int32Array.from(ids), Int32Array.from(sections, (s) => table.indexOf(s)), table, Uint8Array.from(impacts, (i) => IMPACTS.indexOf(i)));
    }
    /** The code of an impact, for the constructor. */
    static impactCode(impact) {
        return IMPACTS.indexOf(impact);
    }
    /** Store index of entry `k`'s commit. */
    id(k) {
        return this.ids[k];
    }
    section(k) {
        return this.table[this.sectionIds[k]];
    }
    impact(k) {
        return IMPACTS[this.impacts[k]];
    }
    /** Entries `k` for which `fn(k)` holds, as a list of their own. */
    where(fn) {
        const keep = [];
        for (let k = 0; k < this.length; k++)
            if (fn(k))
                keep.push(k);
        return new EntryList(this.store, Int32Array.from(keep, (k) => this.ids[k]), Int32Array.from(keep, (k) => this.sectionIds[k]), this.table, Uint8Array.from(keep, (k) => this.impacts[k]));
    }
    /**
     * Positions of the entries in the changelog's order: by section (in the order of `sections`; entries of a section
     * not there are left out), then by scope (unscoped first, then in code-unit order), then as read. A counting sort
     * in typed arrays (no list per section or scope is kept while the document is written).
     */
    inDocumentOrder(sections) {
        const st = this.store;
        const sectionRank = new Map(sections.map((section, r) => [section, r]));
        const scopeIds = new Set();
        for (let k = 0; k < this.length; k++)
            scopeIds.add(st.scopeId(this.id(k)));
        const scopes = [...scopeIds].sort((a, b) => codeUnitOrder(st.stringOf(a) ?? '', st.stringOf(b) ?? ''));
        const scopeRank = new Map(scopes.map((id, r) => [id, r]));
        const keys = new Int32Array(this.length);
        const starts = new Int32Array(sections.length * scopes.length + 1);
        for (let k = 0; k < this.length; k++) {
            const r = sectionRank.get(this.section(k));
            keys[k] = r === undefined ? -1 : r * scopes.length + scopeRank.get(st.scopeId(this.id(k)));
            if (r !== undefined)
                starts[keys[k] + 1]++;
        }
        for (let b = 1; b < starts.length; b++)
            starts[b] += starts[b - 1];
        const out = new Int32Array(starts[starts.length - 1]);
        for (let k = 0; k < this.length; k++) {
            const key = keys[k];
            if (key >= 0)
                out[starts[key]++] = k;
        }
        return out;
    }
    /** How many entries each section holds. */
    counts() {
        const out = new Map();
        for (let k = 0; k < this.length; k++)
            out.set(this.section(k), (out.get(this.section(k)) ?? 0) + 1);
        return out;
    }
}
const codeUnitOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// EXTERNAL MODULE: ../../node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/domain/notes.ts
var domain_notes = __webpack_require__(8366);
;// CONCATENATED MODULE: ./src/domain/parse.ts
/**
 * Commit message parsing on top of conventional-commits-parser: type, scope, `!`, breaking and deprecation footers,
 * issue references, squash-merge and merge-commit PR numbers, and reverts. Pure; one parser instance is reused for
 * every commit (building its regexes is the expensive part).
 */


const HEADER = /^(\w[\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (.+)$/;
const SQUASH_PR = /\s*\(#(\d+)\)\s*$/;
const MERGE_PR = /^Merge pull request #(\d+) from \S+/;
const MERGE_ANY = /^Merge (?:branch|remote-tracking branch|tag|commit) /;
const REVERT_QUOTED = /^Revert "(.+)"/;
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/;
const REVERTS_PR = /^Reverts? (?:[\w.-]+\/[\w.-]+)?#(\d+)\b/m;
const NOTE_HINT = /breaking|deprecat/i;
/** The parser's default `fieldPattern` (a `-name-` line starts a meta field). */
const META_LINE = /^-(?=.*\w)(.*?)-$/m;
/** Create a reusable message parser. `fast: false` sends every message through the parser (for cross-checks). */
function createMessageParser(opts = {}) {
    const fast = opts.fast ?? true;
    const parser = new dist/* CommitParser */.Jf({
        headerPattern: HEADER,
        headerCorrespondence: ['type', 'scope', 'bang', 'subject'],
        noteKeywords: domain_notes/* NOTE_KEYWORDS */.M,
        // Reverts are recognised below (GitHub's revert PRs have no "This reverts commit" line).
        revertPattern: /^\b$/,
        mergePattern: undefined,
    });
    return (raw) => parseCommit(parser, raw, fast);
}
function parseCommit(parser, raw, fast) {
    let message = (raw.message.includes('\r') ? raw.message.replace(/\r\n/g, '\n') : raw.message).trim();
    const nl = message.indexOf('\n');
    const firstLine = nl === -1 ? message : message.slice(0, nl);
    const mergeLike = firstLine.startsWith('Merge ');
    const merge = raw.parents.length > 1 || (mergeLike && (MERGE_PR.test(firstLine) || MERGE_ANY.test(firstLine)));
    let pr;
    const mergePr = mergeLike ? MERGE_PR.exec(firstLine) : null;
    if (mergePr) {
        // GitHub merge commit: the PR title is the first line of the body.
        pr = Number(mergePr[1]);
        const rest = message.slice(firstLine.length).trim();
        if (rest)
            message = rest;
    }
    const c = (fast ? quickParse(parser, message) : undefined) ?? parser.parse(message);
    const header = (c.header ?? firstLine).trim();
    const squash = header.endsWith(')') ? SQUASH_PR.exec(header) : null;
    if (pr === undefined && squash)
        pr = Number(squash[1]);
    const type = field(c, 'type');
    const notes = c.notes.length ? c.notes.map((n) => ({ title: n.title, text: n.text.trim() })) : [];
    const subjectText = type ? (field(c, 'subject') ?? header) : header;
    const reverts = /^revert/i.test(message) ? revertTarget(type, subjectText, message) : undefined;
    const commit = {
        sha: raw.sha,
        shortSha: raw.sha.slice(0, 7),
        type: type?.toLowerCase() ?? (reverts ? 'revert' : undefined),
        scope: field(c, 'scope'),
        subject: squash || type ? withoutPr(subjectText) : subjectText,
        header,
        breaking: field(c, 'bang') === '!' || notes.some(domain_notes/* isBreakingNote */.m),
        notes,
        issues: c.references.length ? issueNumbers(c.references, pr) : [],
        pr,
        merge,
        parents: raw.parents,
        reverts,
        authorName: raw.authorName,
        authorEmail: raw.authorEmail,
        date: raw.date,
    };
    return commit;
}
/**
 * Fast paths giving the same fields conventional-commits-parser gives for the whole message (cross-checked on every
 * vue-core commit by the golden tests). Without a breaking/deprecation keyword or a `-field-` meta line, the body
 * can only add references, and the parser finds those line by line, in lines holding a `#`: so a message without
 * any `#` needs no parser at all, and one with `#` lines is parsed as its header plus those lines only. Nine in ten
 * real commits skip the parser; most of the rest are parsed from a few lines instead of the whole body.
 */
function quickParse(parser, message) {
    const nl = message.indexOf('\n');
    const header = nl === -1 ? message : message.slice(0, nl);
    if (header.startsWith('Revert "'))
        return undefined;
    const body = nl === -1 ? '' : message.slice(nl + 1);
    if (body && (NOTE_HINT.test(body) || META_LINE.test(body)))
        return undefined;
    const hash = header.indexOf('#');
    const cleanHeader = hash === -1 || (hash === header.lastIndexOf('(#') + 1 && SQUASH_PR.test(header));
    const lines = body.includes('#') ? body.split('\n').filter((l) => l.includes('#')) : [];
    const references = cleanHeader ? simpleReferences(lines) : undefined;
    if (!references)
        return parser.parse(lines.length ? `${header}\n\n${lines.join('\n')}` : header);
    const m = HEADER.exec(header);
    // Only the fields parseCommit reads; `Commit` mixes fixed fields with a string index signature, hence the cast.
    return {
        header,
        notes: [],
        references,
        type: m?.[1] ?? null,
        scope: m?.[2] ?? null,
        bang: m?.[3] ?? null,
        subject: m?.[4] ?? null,
    };
}
/** `close #12`, `Fixes #3, #4`, `resolve #5 and #6`: the reference lines the parser would read the same way. */
const SIMPLE_REFS = /^(close[sd]?|fix(?:e[sd])?|resolve[sd]?) #\d+(?:(?:,| and|,? ?&) ?#\d+)*\.?$/i;
/** References of lines that are all simple reference lines; undefined when one is not (the parser decides then). */
function simpleReferences(lines) {
    const refs = [];
    for (const line of lines) {
        const m = SIMPLE_REFS.exec(line.trim());
        if (!m)
            return undefined;
        for (const n of line.match(/#\d+/g) ?? [])
            refs.push({ raw: n, action: m[1], owner: null, repository: null, prefix: '#', issue: n.slice(1) });
    }
    return refs;
}
/** The subject without a trailing `(#123)`, trimmed (the regex only runs on a subject ending with `)`). */
function withoutPr(subject) {
    const t = subject.trimEnd();
    return (t.endsWith(')') ? t.replace(SQUASH_PR, '') : t).trim();
}
function field(c, name) {
    const v = c[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function issueNumbers(refs, pr) {
    const out = [];
    for (const r of refs) {
        if (r.owner || r.repository || r.prefix !== '#' || !r.action)
            continue;
        const n = Number(r.issue);
        if (Number.isSafeInteger(n) && n !== pr && !out.includes(n))
            out.push(n);
    }
    return out;
}
function revertTarget(type, subject, message) {
    const quoted = REVERT_QUOTED.exec(message.split('\n', 1)[0] ?? '');
    const isRevert = quoted !== null || type?.toLowerCase() === 'revert';
    if (!isRevert)
        return undefined;
    const header = quoted ? quoted[1] : subject.replace(SQUASH_PR, '').trim();
    const sha = REVERTS_SHA.exec(message)?.[1];
    const pr = REVERTS_PR.exec(message)?.[1];
    return {
        ...(header ? { header } : {}),
        ...(sha ? { sha } : {}),
        ...(pr ? { pr: Number(pr) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/domain/reverts.ts
const norm = (header) => (header.endsWith(')') ? header.replace(/\s*\(#\d+\)\s*$/, '').trim() : header);
/** The kept part of a header GitHub cut with `…` (undefined when it was not cut, or too short to match safely). */
const cutOf = (header) => {
    const cut = header.replace(/(…|\.\.\.)$/, '');
    return cut !== header && cut.length >= 10 ? cut : undefined;
};
/**
 * The commits reverts could point at, collected as commits are added, newest first as `git log` prints them: a
 * revert comes before every commit it can cancel, so each commit is checked against what the reverts added before
 * it point at while its header and sha are at hand (the whole range's text is not read again to find them).
 */
class RevertTargets {
    want = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() };
    /** `want.prefix` as an array (read for every commit: no iterator made each time). */
    prefixes = [];
    /** By index, as added (ascending): mapped to positions in the commits kept by {@link RevertTargets.index}. */
    found = { byHeader: new Map(), byPr: new Map(), bySha: new Map(), byPrefix: new Map() };
    /** Check the commit at index `i` against the reverts added before it; then note its own target if it is one. */
    add(i, c) {
        const { want, found } = this;
        if (want.header.size) {
            const h = norm(c.header);
            if (want.header.has(h))
                push(found.byHeader, h, i);
            for (let k = 0; k < this.prefixes.length; k++) {
                const p = this.prefixes[k];
                if (h.startsWith(p))
                    push(found.byPrefix, p, i);
            }
        }
        if (want.sha.size) {
            const sha = c.sha.slice(0, 7);
            if (want.sha.has(sha))
                push(found.bySha, sha, i);
        }
        if (c.pr !== undefined && want.pr.has(c.pr))
            push(found.byPr, c.pr, i);
        if (!c.reverts)
            return;
        wantTarget(want, c.reverts);
        if (want.prefix.size !== this.prefixes.length)
            this.prefixes = [...want.prefix];
    }
    /** The targets found, as positions in `ids` (indices, ascending); those not in `ids` are left out. */
    index(ids) {
        const at = (list) => positions(ids, list);
        const mapped = (m) => new Map([...m].map(([k, list]) => [k, at(list)]));
        const { byHeader, byPr, bySha, byPrefix } = this.found;
        return { byHeader: mapped(byHeader), byPr: mapped(byPr), bySha: mapped(bySha), byPrefix: mapped(byPrefix) };
    }
}
/**
 * Drop revert pairs from the commits `ids` (indices, ascending, newest first as `git log` prints them). A target is
 * found by the reverted sha (prefix), the reverted PR number (`Reverts #12`), or the reverted header (GitHub
 * truncates long ones with `…`), among the `targets` collected while the commits were added. Returns the indices
 * kept and the [revert, target] index pairs cancelled.
 */
function cancelReverts(ids, facts, targets) {
    const reverts = positions(ids, facts.revertIndices());
    const want = wanted(reverts, ids, facts);
    if (want.header.size + want.sha.size + want.pr.size === 0)
        return { kept: ids.slice(), cancelled: [] };
    const index = targets.index(ids);
    const gone = new Set();
    const cancelled = [];
    for (const i of reverts) {
        if (gone.has(i))
            continue;
        const j = findTarget(ids, i, facts, index, gone);
        if (j === undefined)
            continue;
        gone.add(i);
        gone.add(j);
        cancelled.push([ids[i], ids[j]]);
    }
    return { kept: gone.size ? ids.filter((_, i) => !gone.has(i)) : ids.slice(), cancelled };
}
/** Positions in `ids` (ascending) of the indices `of` that are there, ascending. */
function positions(ids, of) {
    const out = [];
    for (const id of of) {
        let lo = 0;
        let hi = ids.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            const at = ids[mid];
            if (at === id) {
                out.push(mid);
                break;
            }
            if (at < id)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
    }
    return out.sort((a, b) => a - b);
}
/** What the reverts in the range point at. */
function wanted(reverts, ids, facts) {
    const want = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() };
    for (const i of reverts) {
        const r = facts.reverts(ids[i]);
        if (r)
            wantTarget(want, r);
    }
    return want;
}
/** Add what revert `r` points at: its header (and the part GitHub kept of a cut one), sha prefix and PR. */
function wantTarget(want, r) {
    if (r.header)
        want.header.add(norm(r.header));
    const cut = r.header ? cutOf(norm(r.header)) : undefined;
    if (cut)
        want.prefix.add(cut);
    if (r.sha)
        want.sha.add(r.sha.slice(0, 7));
    if (r.pr !== undefined)
        want.pr.add(r.pr);
}
function findTarget(ids, i, facts, index, gone) {
    const r = facts.reverts(ids[i]) ?? {};
    const older = (j) => j > i && !gone.has(j);
    const { byHeader, byPr, bySha, byPrefix } = index;
    if (r.sha && r.sha.length >= 7) {
        const sha = r.sha;
        const j = bySha.get(sha.slice(0, 7))?.find((k) => older(k) && facts.sha(ids[k]).startsWith(sha));
        if (j !== undefined)
            return j;
    }
    if (r.pr !== undefined) {
        const j = byPr.get(r.pr)?.find(older);
        if (j !== undefined)
            return j;
    }
    if (r.header) {
        const h = norm(r.header);
        const exact = byHeader.get(h)?.find(older);
        if (exact !== undefined)
            return exact;
        const cut = cutOf(h);
        const j = cut ? byPrefix.get(cut)?.find(older) : undefined;
        if (j !== undefined)
            return j;
    }
    return undefined;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

// EXTERNAL MODULE: ./src/domain/sections.ts
var domain_sections = __webpack_require__(4291);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(8400);
;// CONCATENATED MODULE: ./src/domain/store.ts
/**
 * The engine's commit store. A long history is tens of thousands of commits, and every object kept per commit
 * survives each young-generation GC (V8 then grows the young generation to its maximum and copies them all, twice,
 * before promoting them): so what a commit keeps is a few numbers in typed arrays and its text (sha, header,
 * subject, date, parents, issues) as UTF-8 in buffers filled one after another, all off the V8 heap. Types, scopes and authors
 * repeat, so they are interned; notes, reverts and pull requests are rare and sit in small side maps. A
 * ParsedCommit is made again when it is read (short-lived garbage is cheap). Pure.
 */

/** Text fields, in the order they are written; their byte offsets are kept per commit. */
const SHA = 0;
const store_HEADER = 1;
const SUBJECT = 2;
const DATE = 3;
const PARENTS = 4;
const ISSUES = 5;
const FIELDS = 6;
const BOUNDS = FIELDS + 1;
/** Interned columns (string ids, -1 for none) and the flags column, per commit. */
const TYPE = 0;
const SCOPE = 1;
const NAME = 2;
const EMAIL = 3;
const FLAGS = 4;
/** Where the subject sits in the header (-1: it does not, and is kept as text of its own), and its length. */
const SUBJECT_AT = 5;
const SUBJECT_LENGTH = 6;
const INTS = 7;
/** Bytes of text per chunk (a longer record gets a chunk of its own). */
const CHUNK = 512 * 1024;
const BREAKING = 1;
const MERGE = 2;
/** The record is ASCII: byte offsets are string offsets, so one decode gives every field. */
const ASCII = 4;
/** Strings seen before get their first id; the table keeps one copy of each. */
class Interned {
    ids = new Map();
    values = [];
    id(s) {
        if (s === undefined)
            return -1;
        let id = this.ids.get(s);
        if (id === undefined) {
            const copy = (0,domain_text/* ownCopy */.S)(s);
            id = this.values.push(copy) - 1;
            this.ids.set(copy, id);
        }
        return id;
    }
    at(id) {
        return id < 0 ? undefined : this.values[id];
    }
}
/** UTF-8 text of `bytes[start, end)` (no encoding named: Node then skips its encoding lookup, a tenth of a read). */
function decode(bytes, start, end) {
    return bytes.toString(undefined, start, end);
}
/** Typed array of `n` items, the old items copied. */
function grown(a, n) {
    const b = new a.constructor(n);
    b.set(a);
    return b;
}
/** Commits in the order added (newest first, as `git log` prints them), by index. */
class CommitStore {
    /**
     * The text, in chunks that are filled and never moved (growing one buffer by copying would leave the old copies
     * to the allocator, which keeps them in the process's memory); `chunkOf` says which holds a commit's record.
     */
    chunks = [];
    bytes = Buffer.alloc(0);
    used = 0;
    chunkOf = new Uint32Array(256);
    capacity = 256;
    bounds = new Uint32Array(256 * BOUNDS);
    ints = new Int32Array(256 * INTS);
    /** pr and partOf (NaN: none); doubles, as PR numbers are any safe integer. */
    nums = new Float64Array(256 * 2);
    strings = new Interned();
    notesOf = new Map();
    revertsOf = new Map();
    pulls = new Map();
    /** Commits whose text does not survive UTF-8 (lone surrogates): kept as they are. */
    oddText = new Map();
    size = 0;
    /** Twice the room in every column. */
    grow() {
        this.capacity *= 2;
        this.bounds = grown(this.bounds, this.capacity * BOUNDS);
        this.ints = grown(this.ints, this.capacity * INTS);
        this.nums = grown(this.nums, this.capacity * 2);
        this.chunkOf = grown(this.chunkOf, this.capacity);
    }
    /** Keep one parsed commit; returns its index. */
    add(c) {
        const i = this.size++;
        if (i === this.capacity)
            this.grow();
        const s = this.strings;
        const flags = (c.breaking ? BREAKING : 0) | (c.merge ? MERGE : 0);
        const at = i * INTS;
        this.ints[at + TYPE] = s.id(c.type);
        this.ints[at + SCOPE] = s.id(c.scope);
        this.ints[at + NAME] = s.id(c.authorName);
        this.ints[at + EMAIL] = s.id(c.authorEmail);
        this.ints[at + FLAGS] = flags;
        // The subject is nearly always part of the header: kept as where it sits there.
        const subjectAt = c.header.indexOf(c.subject);
        this.ints[at + SUBJECT_AT] = subjectAt;
        this.ints[at + SUBJECT_LENGTH] = c.subject.length;
        this.nums[i * 2] = c.pr ?? Number.NaN;
        this.nums[i * 2 + 1] = c.partOf ?? Number.NaN;
        if (c.notes.length)
            this.notesOf.set(i, c.notes);
        if (c.reverts)
            this.revertsOf.set(i, c.reverts);
        if (c.pull)
            this.pulls.set(i, c.pull);
        const parents = c.parents.length === 1 ? c.parents[0] : c.parents.join(' ');
        const issues = c.issues.length ? c.issues.join(',') : '';
        this.write(i, [c.sha, c.header, subjectAt === -1 ? c.subject : '', c.date, parents, issues]);
        return i;
    }
    write(i, fields) {
        const text = fields.join('');
        if (this.bytes.length < this.used + text.length * 3) {
            this.bytes = Buffer.allocUnsafe(Math.max(CHUNK, text.length * 3));
            this.chunks.push(this.bytes);
            this.used = 0;
        }
        this.chunkOf[i] = this.chunks.length - 1;
        const start = this.used;
        const n = this.bytes.write(text, start); // UTF-8
        this.used += n;
        const ascii = n === text.length;
        if (!ascii && this.bytes.toString('utf8', start, start + n) !== text)
            this.oddText.set(i, fields);
        if (ascii)
            this.ints[i * INTS + FLAGS] |= ASCII;
        let at = start;
        for (let k = 0; k < FIELDS; k++) {
            this.bounds[i * BOUNDS + k] = at;
            const f = fields[k];
            at += ascii ? f.length : Buffer.byteLength(f, 'utf8');
        }
        this.bounds[i * BOUNDS + FIELDS] = at;
    }
    /** One text field of commit `i`. */
    text(i, k) {
        const odd = this.oddText.get(i);
        if (odd)
            return odd[k];
        return decode(this.chunk(i), this.bounds[i * BOUNDS + k], this.bounds[i * BOUNDS + k + 1]);
    }
    /** Every text field of commit `i` (one decode when the record is ASCII). */
    texts(i) {
        const b = i * BOUNDS;
        if (!(this.flags(i) & ASCII))
            return Array.from({ length: FIELDS }, (_, k) => this.text(i, k));
        const start = this.bounds[b];
        const all = decode(this.chunk(i), start, this.bounds[b + FIELDS]);
        const out = [];
        for (let k = 0; k < FIELDS; k++)
            out.push(all.slice(this.bounds[b + k] - start, this.bounds[b + k + 1] - start));
        return out;
    }
    chunk(i) {
        return this.chunks[this.chunkOf[i]];
    }
    flags(i) {
        return this.ints[i * INTS + FLAGS];
    }
    sha(i) {
        return this.text(i, SHA);
    }
    header(i) {
        return this.text(i, store_HEADER);
    }
    /** The subject (where it sits in the header, nearly always). */
    subject(i) {
        const at = this.ints[i * INTS + SUBJECT_AT];
        if (at === -1)
            return this.text(i, SUBJECT);
        return this.header(i).slice(at, at + this.ints[i * INTS + SUBJECT_LENGTH]);
    }
    issues(i) {
        const b = i * BOUNDS + ISSUES;
        return this.bounds[b] === this.bounds[b + 1] ? [] : this.text(i, ISSUES).split(',').map(Number);
    }
    parents(i) {
        const p = this.text(i, PARENTS);
        return p ? p.split(' ') : [];
    }
    type(i) {
        return this.strings.at(this.ints[i * INTS + TYPE]);
    }
    scope(i) {
        return this.strings.at(this.ints[i * INTS + SCOPE]);
    }
    /** The scope's id (-1: none); equal ids, equal scopes. */
    scopeId(i) {
        return this.ints[i * INTS + SCOPE];
    }
    /** The string of an id (from `scopeId`). */
    stringOf(id) {
        return this.strings.at(id);
    }
    authorName(i) {
        return this.strings.at(this.ints[i * INTS + NAME]);
    }
    authorEmail(i) {
        return this.strings.at(this.ints[i * INTS + EMAIL]);
    }
    breaking(i) {
        return (this.ints[i * INTS + FLAGS] & BREAKING) !== 0;
    }
    merge(i) {
        return (this.ints[i * INTS + FLAGS] & MERGE) !== 0;
    }
    pr(i) {
        const n = this.nums[i * 2];
        return Number.isNaN(n) ? undefined : n;
    }
    partOf(i) {
        const n = this.nums[i * 2 + 1];
        return Number.isNaN(n) ? undefined : n;
    }
    setPartOf(i, pr) {
        this.nums[i * 2 + 1] = pr;
    }
    notes(i) {
        return this.notesOf.get(i) ?? [];
    }
    reverts(i) {
        return this.revertsOf.get(i);
    }
    pull(i) {
        return this.pulls.get(i);
    }
    setPull(i, p) {
        this.pulls.set(i, p);
    }
    /** Indices of the commits that revert something (few), ascending. */
    revertIndices() {
        return this.revertsOf.keys(); // set in the order added
    }
    /** Commit `i` as the parser made it (plus `partOf` and `pull` when set). */
    commit(i) {
        const t = this.texts(i);
        const sha = t[SHA];
        const header = t[store_HEADER];
        const issues = t[ISSUES];
        const parents = t[PARENTS];
        const subjectAt = this.ints[i * INTS + SUBJECT_AT];
        const subject = subjectAt === -1
            ? t[SUBJECT]
            : header.slice(subjectAt, subjectAt + this.ints[i * INTS + SUBJECT_LENGTH]);
        const c = {
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
            date: t[DATE],
        };
        const partOf = this.partOf(i);
        if (partOf !== undefined)
            c.partOf = partOf;
        const pull = this.pull(i);
        if (pull)
            c.pull = pull;
        return c;
    }
}

;// CONCATENATED MODULE: ./src/domain/engine.ts
/**
 * The changelog engine: commits go in one at a time while `git log` streams (each is parsed on arrival and only
 * the fields the documents need are kept, in the compact commit store), pull-request facts may be attached, and
 * `finish()` cancels revert pairs, classifies, computes the version and returns everything the documents and
 * outputs need: lists of store indices whose commits are made when read. Pure.
 */






/** Streaming accumulator of a range's commits. */
class ChangelogEngine {
    parse = createMessageParser();
    store = new CommitStore();
    revertTargets = new RevertTargets();
    /** Parse and keep one commit (newest first, as `git log` prints them). */
    add(raw) {
        const c = this.parse(raw);
        this.revertTargets.add(this.store.add(c), c);
        return c;
    }
    /** The commits read so far (for matching pull requests), all made anew on each call: call it once. */
    parsed() {
        return Array.from({ length: this.store.size }, (_, i) => this.store.commit(i));
    }
    /** Attach pull-request facts by commit sha (commits merged in by a PR's merge commit get that PR too). */
    attachPulls(pulls) {
        const st = this.store;
        for (let i = 0; i < st.size; i++) {
            const p = pulls.get(st.sha(i));
            if (p)
                st.setPull(i, p);
        }
        markPullMembers(st);
        const byPr = new Map();
        for (let i = 0; i < st.size; i++) {
            const pr = st.pr(i);
            const pull = st.pull(i);
            if (st.merge(i) && pr !== undefined && pull)
                byPr.set(pr, pull);
        }
        for (let i = 0; i < st.size; i++) {
            const partOf = st.partOf(i);
            const p = partOf !== undefined && !st.pull(i) ? byPr.get(partOf) : undefined;
            if (p)
                st.setPull(i, p);
        }
    }
    /** Compute the result. */
    finish(opts) {
        const st = this.store;
        if (opts.members ?? true)
            markPullMembers(st, opts.tip);
        const { skipped, rest, merges } = this.split(opts.skipLabel?.toLowerCase());
        const { kept, cancelled } = cancelReverts(rest, st, this.revertTargets);
        const sections = (0,domain_sections/* buildSections */.P_)(opts.labelMap);
        const extra = new Map();
        const entries = this.classified(kept, opts, sections, extra);
        let impact = 'none';
        for (let k = 0; k < entries.length; k++)
            impact = (0,bump/* maxImpact */.jS)(impact, entries.impact(k));
        // An empty range is no release, even a first one (unless release-as says so).
        const next = entries.length || opts.previous !== undefined || opts.releaseAs
            ? (0,bump/* nextVersion */.yU)(impact, opts)
            : { version: '', releaseType: 'none', effective: 'none' };
        let breaking = false;
        for (let k = 0; k < entries.length && !breaking; k++)
            breaking = st.breaking(entries.id(k)) || entries.impact(k) === 'major';
        return {
            version: next.version,
            ...(opts.previous !== undefined ? { previousVersion: opts.previous } : {}),
            releaseType: next.releaseType,
            impact: next.effective,
            breaking,
            entries,
            sections: [...sections, ...[...extra.values()].sort((a, b) => compareKeys(a.key, b.key)), domain_sections/* OTHER */.Zs],
            causes: impact === 'none' ? [] : entries.where((k) => entries.impact(k) === impact),
            nonConventional: commitList(st, kept.filter((id) => st.type(id) === undefined)),
            cancelled: cancelled.map(([r, t]) => ({ revert: st.commit(r), target: st.commit(t) })),
            skipped: commitList(st, skipped),
            merges,
            total: st.size,
            ...(opts.releaseAs ? { releaseAs: opts.releaseAs } : {}),
        };
    }
    /** Commits skipped by label, plain merges (counted), and the rest, by store index. */
    split(skipLabel) {
        const st = this.store;
        const skipped = [];
        const rest = new Int32Array(st.size);
        let n = 0;
        let merges = 0;
        for (let i = 0; i < st.size; i++) {
            if (skipLabel && st.pull(i)?.labels.some((l) => l.toLowerCase() === skipLabel))
                skipped.push(i);
            else if (st.merge(i) && st.pr(i) === undefined)
                merges++;
            else
                rest[n++] = i;
        }
        return { skipped, rest: rest.subarray(0, n), merges };
    }
    /** The kept commits placed in their sections, with their impact (numbers, not a list of objects per commit). */
    classified(kept, opts, sections, extra) {
        const st = this.store;
        const useLabels = opts.source !== 'commits';
        const table = [];
        const codes = new Map();
        const sectionIds = new Int32Array(kept.length);
        const impacts = new Uint8Array(kept.length);
        const place = (facts) => {
            const section = (0,domain_sections/* classify */.L8)(facts, sections, opts.source, extra);
            let code = codes.get(section);
            if (code === undefined)
                codes.set(section, (code = table.push(section) - 1));
            return { code, impact: EntryList.impactCode((0,bump/* commitImpact */.M_)(facts, section, useLabels)) };
        };
        // Without a pull request the type and the breaking flag alone decide: placed once per type (and flag).
        const byType = new Map();
        const byTypeBreaking = new Map();
        for (let k = 0; k < kept.length; k++) {
            const id = kept[k];
            const pull = st.pull(id);
            const type = st.type(id);
            const breaking = st.breaking(id);
            const known = pull ? undefined : breaking ? byTypeBreaking : byType;
            let placed = known?.get(type);
            if (!placed) {
                placed = place({ type, pull, breaking });
                known?.set(type, placed);
            }
            sectionIds[k] = placed.code;
            impacts[k] = placed.impact;
        }
        return new EntryList(st, kept, sectionIds, table, impacts);
    }
}
/**
 * Mark the commits a PR merge commit brought in (its second-parent side, down to the mainline) with `partOf`, so
 * the release notes show the PR once instead of each of its commits. The mainline is the first-parent chain from
 * the tip. Linear in the number of commits.
 */
function markPullMembers(st, tip) {
    let any = false;
    for (let i = 0; i < st.size && !any; i++)
        any = st.merge(i) && st.pr(i) !== undefined;
    if (!any)
        return;
    const bySha = new Map();
    for (let i = 0; i < st.size; i++)
        bySha.set(st.sha(i), i);
    const mainline = new Set();
    let cur = bySha.get(tip ?? (st.size ? st.sha(0) : ''));
    while (cur !== undefined && !mainline.has(cur)) {
        mainline.add(cur);
        cur = bySha.get(st.parents(cur)[0] ?? '');
    }
    for (let m = 0; m < st.size; m++) {
        const pr = st.pr(m);
        if (!st.merge(m) || pr === undefined || !mainline.has(m))
            continue;
        const stack = st.parents(m).slice(1);
        for (let guard = 0; stack.length && guard < st.size; guard++) {
            const c = bySha.get(stack.pop());
            if (c === undefined || mainline.has(c) || st.partOf(c) !== undefined)
                continue;
            st.setPartOf(c, pr);
            stack.push(...st.parents(c));
        }
    }
}
/** Section keys in the order `localeCompare` gives them (ICU root collation): `_`, `-`, digits, then letters. */
const KEY_ORDER = '_-0123456789abcdefghijklmnopqrstuvwxyz';
/**
 * Compare two section keys as `a.localeCompare(b)` would (same sign), without it: its first call builds an ICU
 * collator, some 70 million instructions, a fifth of a whole short run. Type keys are `\w[\w-]*` lower-cased,
 * whose root-collation order is KEY_ORDER; a key with any other character is left to localeCompare.
 */
function compareKeys(a, b) {
    const ranks = (k) => {
        const out = [];
        for (const ch of k) {
            const r = KEY_ORDER.indexOf(ch);
            if (r === -1)
                return undefined;
            out.push(r);
        }
        return out;
    };
    const x = ranks(a);
    const y = ranks(b);
    if (!x || !y)
        return a.localeCompare(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return x.length - y.length;
}


/***/ }),

/***/ 8366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ NOTE_KEYWORDS),
/* harmony export */   m: () => (/* binding */ isBreakingNote)
/* harmony export */ });
const BREAKING_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES']);
/** Note titles recognised in footers. `DEPRECATED:` marks a deprecation for the release notes. */
const NOTE_KEYWORDS = ['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES', 'DEPRECATED', 'DEPRECATION'];
/** True when a note is a breaking-change note (as opposed to a deprecation). */
function isBreakingNote(note) {
    return BREAKING_TITLES.has(note.title);
}


/***/ }),

/***/ 4291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   P_: () => (/* binding */ buildSections),
/* harmony export */   Zs: () => (/* binding */ OTHER),
/* harmony export */   w5: () => (/* binding */ parseLabelMap)
/* harmony export */ });
/* unused harmony exports defaultSections, slug */
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * Sections of the two documents and how a commit lands in one: by its pull request's labels (release-drafter
 * style `label-map`) or by its conventional type. Pure.
 */

const s = (key, title, types, labels, impact = 'none') => ({
    key,
    title,
    types,
    labels,
    impact,
});
/** The built-in sections, in document order. `other` holds commits that are not conventional. */
function defaultSections() {
    return [
        s('feat', 'Features', ['feat', 'feature'], ['feature', 'enhancement', 'type: feature'], 'minor'),
        s('fix', 'Bug Fixes', ['fix', 'bugfix', 'hotfix'], ['bug', 'fix', 'bugfix', 'type: bug'], 'patch'),
        s('perf', 'Performance', ['perf'], ['performance', 'perf'], 'patch'),
        s('deprecations', 'Deprecations', ['deprecate', 'deprecation', 'deprecated'], ['deprecation', 'deprecated'], 'patch'),
        s('revert', 'Reverts', ['revert'], ['revert'], 'patch'),
        s('security', 'Security', ['security', 'sec'], ['security'], 'patch'),
        s('docs', 'Documentation', ['docs', 'doc'], ['documentation', 'docs']),
        s('refactor', 'Refactoring', ['refactor'], ['refactor', 'refactoring']),
        s('style', 'Style', ['style'], []),
        s('test', 'Tests', ['test', 'tests'], ['test', 'tests']),
        s('build', 'Build', ['build', 'deps'], ['dependencies', 'build']),
        s('ci', 'Continuous Integration', ['ci'], ['ci']),
        s('chore', 'Chores', ['chore'], ['chore', 'maintenance']),
    ];
}
/** The section for commits whose header is not conventional. */
const OTHER = s('other', 'Other', [], []);
const EXAMPLE = "'Features: [enhancement]' or '[{title: Features, labels: [enhancement]}]'";
/**
 * Parse a `label-map` (already decoded from YAML/JSON): `{ "Section title or key": label | [labels] }`, or a
 * release-drafter list `[{ title, labels | label }]` (also under a `categories:` key). Throws an InputError naming
 * the first bad entry.
 */
function parseLabelMap(value, input = 'label-map') {
    let entries;
    const v = isRecord(value) && Array.isArray(value.categories) ? value.categories : value;
    if (Array.isArray(v)) {
        entries = v.map((item, i) => {
            if (!isRecord(item) || typeof item.title !== 'string')
                throw new _shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, JSON.stringify(item), `entry ${i + 1} has no 'title' (e.g. ${EXAMPLE})`);
            return [item.title, item.labels ?? item.label];
        });
    }
    else if (isRecord(v)) {
        entries = Object.entries(v);
    }
    else {
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, JSON.stringify(value), `is not a mapping of section to labels (e.g. ${EXAMPLE})`);
    }
    const out = new Map();
    for (const [title, labels] of entries) {
        const list = typeof labels === 'string' ? [labels] : labels;
        if (!Array.isArray(list) || list.length === 0 || !list.every((l) => typeof l === 'string' && l.trim() !== '')) {
            throw new _shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${title}: ${JSON.stringify(labels)}`, `must map the section '${title}' to a label or a non-empty list of labels (e.g. ${EXAMPLE})`);
        }
        out.set(title.trim(), list.map((l) => l.trim()));
    }
    return out;
}
/** Apply a parsed label map over the built-in sections: a known title or key gets these labels, others are added. */
function buildSections(labelMap) {
    const sections = defaultSections();
    for (const [title, labels] of labelMap ?? []) {
        const low = title.toLowerCase();
        const known = sections.find((x) => x.key === low || x.title.toLowerCase() === low);
        if (known)
            known.labels = labels;
        else
            sections.push(s(slug(title), title, [], labels, 'patch'));
    }
    return sections;
}
/** Slug of a custom section title, its key for `include-types`. */
function slug(title) {
    return (title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'section');
}
/**
 * The section of a commit. With labels, the first section (in order) that names one of the PR's labels wins;
 * otherwise the conventional type decides; an unknown type gets a section of its own; no type → Other.
 */
function classify(commit, sections, mode, extra) {
    if (mode !== 'commits' && commit.pull) {
        const labels = new Set(commit.pull.labels.map((l) => l.toLowerCase()));
        const hit = sections.find((x) => x.labels.some((l) => labels.has(l.toLowerCase())));
        if (hit)
            return hit;
    }
    if (mode === 'labels' || !commit.type)
        return OTHER;
    const type = commit.type;
    const known = sections.find((x) => x.types.includes(type));
    if (known)
        return known;
    let own = extra.get(type);
    if (!own) {
        own = s(type, type.charAt(0).toUpperCase() + type.slice(1), [type], []);
        extra.set(type, own);
    }
    return own;
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ })

};
