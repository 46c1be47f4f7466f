export const id = 439;
export const ids = [439];
export const modules = {

/***/ 6439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ChangelogEngine: () => (/* binding */ ChangelogEngine)
});

// UNUSED EXPORTS: compareKeys, markPullMembers

// EXTERNAL MODULE: ./src/domain/bump.ts + 1 modules
var bump = __webpack_require__(2063);
// EXTERNAL MODULE: ./src/domain/parse.ts
var parse = __webpack_require__(6732);
;// CONCATENATED MODULE: ./src/domain/reverts.ts
const norm = (header) => (header.endsWith(')') ? header.replace(/\s*\(#\d+\)\s*$/, '').trim() : header);
/** The kept part of a header GitHub cut with `…` (undefined when it was not cut, or too short to match safely). */
const cutOf = (header) => {
    const cut = header.replace(/(…|\.\.\.)$/, '');
    return cut !== header && cut.length >= 10 ? cut : undefined;
};
/**
 * Drop revert pairs from `commits` (newest first, as `git log` prints them). A target is found by the reverted sha
 * (prefix), the reverted PR number (`Reverts #12`), or the reverted header (GitHub truncates long ones with `…`).
 */
function cancelReverts(commits) {
    const byHeader = new Map();
    const byPr = new Map();
    const bySha = new Map();
    const byPrefix = new Map();
    // Index only the commits a revert in the range could point at (reverts are few; commits are many).
    const want = { header: new Set(), sha: new Set(), pr: new Set(), prefix: new Set() };
    for (const c of commits) {
        if (!c.reverts)
            continue;
        if (c.reverts.header)
            want.header.add(norm(c.reverts.header));
        const cut = c.reverts.header ? cutOf(norm(c.reverts.header)) : undefined;
        if (cut)
            want.prefix.add(cut);
        if (c.reverts.sha)
            want.sha.add(c.reverts.sha.slice(0, 7));
        if (c.reverts.pr !== undefined)
            want.pr.add(c.reverts.pr);
    }
    if (want.header.size + want.sha.size + want.pr.size === 0)
        return { kept: [...commits], cancelled: [] };
    commits.forEach((c, i) => {
        const h = norm(c.header);
        if (want.header.has(h))
            push(byHeader, h, i);
        for (const p of want.prefix)
            if (h.startsWith(p))
                push(byPrefix, p, i);
        const sha = c.sha.slice(0, 7);
        if (want.sha.has(sha))
            push(bySha, sha, i);
        if (c.pr !== undefined && want.pr.has(c.pr))
            push(byPr, c.pr, i);
    });
    const gone = new Set();
    const cancelled = [];
    commits.forEach((c, i) => {
        if (!c.reverts || gone.has(i))
            return;
        const j = findTarget(commits, i, { byHeader, byPr, bySha, byPrefix }, gone);
        if (j === undefined)
            return;
        gone.add(i);
        gone.add(j);
        cancelled.push({ revert: c, target: commits[j] });
    });
    return { kept: commits.filter((_, i) => !gone.has(i)), cancelled };
}
function findTarget(commits, i, index, gone) {
    const r = commits[i].reverts ?? {};
    const older = (j) => j > i && !gone.has(j);
    const { byHeader, byPr, bySha, byPrefix } = index;
    if (r.sha && r.sha.length >= 7) {
        const sha = r.sha;
        const j = bySha.get(sha.slice(0, 7))?.find((k) => older(k) && commits[k].sha.startsWith(sha));
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
;// CONCATENATED MODULE: ./src/domain/engine.ts
/**
 * The changelog engine: commits go in one at a time while `git log` streams (each is parsed on arrival and only
 * the parsed fields are kept), pull-request facts may be attached, and `finish()` cancels revert pairs,
 * classifies, computes the version and returns everything the documents and outputs need. Pure.
 */




/** Streaming accumulator of a range's commits. */
class ChangelogEngine {
    parse = (0,parse/* createMessageParser */.dv)();
    commits = [];
    /** Parse and keep one commit (newest first, as `git log` prints them). */
    add(raw) {
        const c = this.parse(raw);
        this.commits.push(c);
        return c;
    }
    /** The commits read so far (for matching pull requests). */
    get parsed() {
        return this.commits;
    }
    /** Attach pull-request facts by commit sha (commits merged in by a PR's merge commit get that PR too). */
    attachPulls(pulls) {
        for (const c of this.commits) {
            const p = pulls.get(c.sha);
            if (p)
                c.pull = p;
        }
        markPullMembers(this.commits);
        const byPr = new Map();
        for (const c of this.commits)
            if (c.merge && c.pr !== undefined && c.pull)
                byPr.set(c.pr, c.pull);
        for (const c of this.commits) {
            const p = c.partOf !== undefined && !c.pull ? byPr.get(c.partOf) : undefined;
            if (p)
                c.pull = p;
        }
    }
    /** Compute the result. */
    finish(opts) {
        if (opts.members ?? true)
            markPullMembers(this.commits, opts.tip);
        const skipLabel = opts.skipLabel?.toLowerCase();
        const skipped = skipLabel
            ? this.commits.filter((c) => c.pull?.labels.some((l) => l.toLowerCase() === skipLabel))
            : [];
        const skippedSet = new Set(skipped);
        const candidates = this.commits.filter((c) => !skippedSet.has(c));
        const merges = candidates.filter((c) => c.merge && c.pr === undefined);
        const { kept, cancelled } = cancelReverts(candidates.filter((c) => !(c.merge && c.pr === undefined)));
        const sections = (0,domain_sections/* buildSections */.P_)(opts.labelMap);
        const extra = new Map();
        const useLabels = opts.source !== 'commits';
        const entries = kept.map((commit) => {
            const section = (0,domain_sections/* classify */.L8)(commit, sections, opts.source, extra);
            return { commit, section, impact: (0,bump/* commitImpact */.M_)(commit, section, useLabels) };
        });
        const impact = entries.reduce((acc, e) => (0,bump/* maxImpact */.jS)(acc, e.impact), 'none');
        // An empty range is no release, even a first one (unless release-as says so).
        const next = entries.length || opts.previous !== undefined || opts.releaseAs
            ? (0,bump/* nextVersion */.yU)(impact, opts)
            : { version: '', releaseType: 'none', effective: 'none' };
        return {
            version: next.version,
            ...(opts.previous !== undefined ? { previousVersion: opts.previous } : {}),
            releaseType: next.releaseType,
            impact: next.effective,
            breaking: entries.some((e) => e.commit.breaking || e.impact === 'major'),
            entries,
            sections: [...sections, ...[...extra.values()].sort((a, b) => compareKeys(a.key, b.key)), domain_sections/* OTHER */.Zs],
            causes: impact === 'none' ? [] : entries.filter((e) => e.impact === impact),
            nonConventional: kept.filter((c) => !c.type),
            cancelled,
            skipped,
            merges: merges.length,
            total: this.commits.length,
            ...(opts.releaseAs ? { releaseAs: opts.releaseAs } : {}),
        };
    }
}
/**
 * Mark the commits a PR merge commit brought in (its second-parent side, down to the mainline) with `partOf`, so
 * the release notes show the PR once instead of each of its commits. The mainline is the first-parent chain from
 * the tip. Linear in the number of commits.
 */
function markPullMembers(commits, tip) {
    if (!commits.some((c) => c.merge && c.pr !== undefined))
        return;
    const bySha = new Map(commits.map((c) => [c.sha, c]));
    const mainline = new Set();
    let cur = bySha.get(tip ?? commits[0]?.sha ?? '');
    while (cur && !mainline.has(cur.sha)) {
        mainline.add(cur.sha);
        cur = bySha.get(cur.parents[0] ?? '');
    }
    for (const m of commits) {
        if (!m.merge || m.pr === undefined || !mainline.has(m.sha))
            continue;
        const stack = m.parents.slice(1);
        for (let guard = 0; stack.length && guard < commits.length; guard++) {
            const c = bySha.get(stack.pop());
            if (!c || mainline.has(c.sha) || c.partOf !== undefined)
                continue;
            c.partOf = m.pr;
            stack.push(...c.parents);
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

/***/ 6732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ createMessageParser),
/* harmony export */   mK: () => (/* binding */ isBreakingNote)
/* harmony export */ });
/* unused harmony export NOTE_KEYWORDS */
/* harmony import */ var conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4798);
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
const BREAKING_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES']);
/** Note titles recognised in footers. `DEPRECATED:` marks a deprecation for the release notes. */
const NOTE_KEYWORDS = ['BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGES', 'DEPRECATED', 'DEPRECATION'];
/** True when a note is a breaking-change note (as opposed to a deprecation). */
function isBreakingNote(note) {
    return BREAKING_TITLES.has(note.title);
}
/** Create a reusable message parser. `fast: false` sends every message through the parser (for cross-checks). */
function createMessageParser(opts = {}) {
    const fast = opts.fast ?? true;
    const parser = new conventional_commits_parser__WEBPACK_IMPORTED_MODULE_0__/* .CommitParser */ .Jf({
        headerPattern: HEADER,
        headerCorrespondence: ['type', 'scope', 'bang', 'subject'],
        noteKeywords: NOTE_KEYWORDS,
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
        subject: squash || type ? subjectText.replace(SQUASH_PR, '').trim() : subjectText,
        header,
        breaking: field(c, 'bang') === '!' || notes.some(isBreakingNote),
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


/***/ })

};
