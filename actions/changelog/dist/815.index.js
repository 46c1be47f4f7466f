export const id = 815;
export const ids = [815];
export const modules = {

/***/ 5815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describe: () => (/* binding */ describe)
});

// EXTERNAL MODULE: ../../packages/core/src/git.ts
var git = __webpack_require__(2735);
;// CONCATENATED MODULE: ./src/adapters/tag-date.ts
/** The date of a release section: the tag's own date when `to` names an existing tag, else today. */

/**
 * `YYYY-MM-DD` of tag `to` (the tagger date of an annotated tag, the commit date of a lightweight one, in the
 * time zone it was made in), or undefined when `to` is not a tag (HEAD, a branch, a sha).
 */
async function tagDate(cwd, to) {
    if (!to || to.startsWith('-') || /[*?[\\\s]/.test(to))
        return undefined;
    const ref = to.startsWith('refs/tags/') ? to : `refs/tags/${to}`;
    const out = await (0,git/* gitMaybe */.dK)(['for-each-ref', '--count=1', '--format=%(refname)%00%(creatordate:short)', ref], cwd);
    const [name, day] = (out ?? '').split('\0');
    return name === ref && /^\d{4}-\d\d-\d\d$/.test(day ?? '') ? day : undefined;
}
/**
 * The section date: the tag's date, or `now` (UTC) when `to` is not a tag. `isTag: false` (the tag listing has no
 * such name) skips the lookup.
 */
async function sectionDate(cwd, to, now, isTag = true) {
    return (isTag ? await tagDate(cwd, to) : undefined) ?? now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/domain/links.ts
/** Markdown links to commits, pull requests, issues and compares on a GitHub server. Pure. */
/** Link builder for one repository. */
class Links {
    base;
    constructor(target) {
        if (target.repo)
            this.base = `${(target.server ?? 'https://github.com').replace(/\/+$/, '')}/${target.repo}`;
    }
    commit(sha) {
        const short = sha.slice(0, 7);
        return this.base ? `[${short}](${this.base}/commit/${sha})` : short;
    }
    pull(n) {
        return this.base ? `[#${n}](${this.base}/pull/${n})` : `#${n}`;
    }
    issue(n) {
        return this.base ? `[#${n}](${this.base}/issues/${n})` : `#${n}`;
    }
    /** `[title](compare)` when both tags are known, else the title. */
    compare(title, fromTag, toTag) {
        return this.base && fromTag ? `[${title}](${this.base}/compare/${fromTag}...${toTag})` : title;
    }
}

// EXTERNAL MODULE: ./src/domain/notes.ts
var notes = __webpack_require__(8366);
;// CONCATENATED MODULE: ./src/domain/render.ts

const HEADER = /^\w[\w-]*(?:\([^()]*\))?!?: /;
/** The support changelog (markdown, starting with a `## version` heading). */
function renderChangelog(result, heading, links) {
    const sink = new LineSink(Number.POSITIVE_INFINITY);
    for (const _ of changelogSteps(result, heading, links, sink))
        ; // never full: one step
    return sink.take();
}
/**
 * The same changelog in parts of about `size` characters (whole lines), made as they are consumed: a long history
 * can be written out without holding the whole document, or a line per commit, at once.
 */
function* changelogParts(result, heading, links, size = 8 * 1024) {
    const sink = new LineSink(size);
    for (const _ of changelogSteps(result, heading, links, sink))
        yield sink.take();
    if (sink.text)
        yield sink.take();
}
/**
 * Where the changelog's lines go: appended to a string (a rope, flattened once when the part is written: cheaper
 * than encoding each line into a buffer), taken as a part once it holds `size` characters. A part is a hundred
 * lines or so: few outlive a young-generation GC.
 */
class LineSink {
    size;
    text = '';
    constructor(size) {
        this.size = size;
    }
    /** A part is ready to be taken. */
    get full() {
        return this.text.length >= this.size;
    }
    add(line) {
        this.text += `${line}\n`;
    }
    take() {
        const part = this.text;
        this.text = '';
        return part;
    }
}
/** Write the changelog's lines into `sink`, pausing (a step) each time it holds a full part. */
function* changelogSteps(result, heading, links, sink) {
    sink.add(`## ${links.compare(heading.version || 'Unreleased', heading.fromTag, heading.toTag)} (${heading.date})`);
    const { entries } = result;
    const st = entries.store;
    const breaking = positions(entries, (k) => st.breaking(entries.id(k)));
    if (breaking.length)
        for (const line of ['', '### ⚠ BREAKING CHANGES', ''])
            sink.add(line);
    for (const k of breaking) {
        const c = st.commit(entries.id(k));
        sink.add(`* ${scoped(c)}${breakingText(c)} (${links.commit(c.sha)})`);
        if (sink.full)
            yield;
    }
    // The lines are made by a plain function: a generator looping over every commit is slow to optimise.
    const order = entries.inDocumentOrder(result.sections);
    const at = { section: undefined };
    for (let from = 0; from < order.length;) {
        from = fill(sink, entries, order, from, links, at);
        if (sink.full)
            yield;
    }
    if (entries.length === 0)
        for (const line of ['', '_No changes._'])
            sink.add(line);
}
/**
 * Lines of the entries at positions `order[from..]` into `sink` (with a section heading where the section changes),
 * until it is full; returns where to go on from.
 */
function fill(sink, entries, order, from, links, at) {
    let n = from;
    while (n < order.length && !sink.full) {
        const k = order[n++];
        const section = entries.section(k);
        if (section !== at.section) {
            at.section = section;
            for (const line of ['', `### ${section.title}`, ''])
                sink.add(line);
        }
        sink.add(changelogLine(entries.store, entries.id(k), links));
    }
    return n;
}
/** Positions of the entries for which `keep` holds (all by default), in order. */
function positions(entries, keep = () => true) {
    const out = [];
    for (let k = 0; k < entries.length; k++)
        if (keep(k))
            out.push(k);
    return out;
}
/** Entry positions by section in one pass (a filter per section would rescan every entry for each of them). */
function bySections(entries, items) {
    const out = new Map();
    for (const k of items) {
        const section = entries.section(k);
        const list = out.get(section);
        if (list)
            list.push(k);
        else
            out.set(section, [k]);
    }
    return out;
}
/** A changelog line, from the fields it shows (read one by one: the whole commit is not made). */
function changelogLine(st, i, links) {
    const sha = st.sha(i);
    const pr = st.pr(i);
    const refs = pr === undefined ? links.commit(sha) : `${links.commit(sha)}, ${links.pull(pr)}`;
    const issues = st.issues(i);
    const closes = issues.length ? `, closes ${issues.map((n) => links.issue(n)).join(' ')}` : '';
    const author = st.pull(i)?.author;
    const who = author ? `@${author}` : st.authorName(i);
    const text = st.type(i) ? st.subject(i) : st.header(i).replace(/\s*\(#\d+\)\s*$/, '');
    const scope = st.scope(i);
    return `* ${scope ? `**${scope}:** ` : ''}${text} (${refs})${closes} — ${who}`;
}
function scoped(c) {
    return c.scope ? `**${c.scope}:** ` : '';
}
function breakingText(c) {
    const note = c.notes.find(notes/* isBreakingNote */.m);
    return note?.text ? `${note.text.split('\n')[0]}` : c.subject;
}
/** The user-facing release notes (markdown). */
function renderReleaseNotes(result, heading, links, opts) {
    const { entries } = result;
    const st = entries.store;
    const out = [];
    const breaking = positions(entries, (k) => st.breaking(entries.id(k)));
    if (breaking.length) {
        out.push('## ⚠️ Breaking changes');
        for (const k of breaking) {
            const c = st.commit(entries.id(k));
            out.push('', `- ${plainLine(c, links)}`);
            for (const note of c.notes.filter(notes/* isBreakingNote */.m)) {
                if (note.text)
                    out.push('', ...note.text.split('\n').map((l) => (l ? `  ${l}` : '')));
            }
        }
    }
    const { own, deprecations } = userFacing(entries);
    const include = new Set(opts.includeTypes);
    const deprecated = new Set(deprecations);
    const bySection = bySections(entries, own.filter((k) => !st.breaking(entries.id(k)) && !deprecated.has(k)));
    for (const section of result.sections) {
        if (!include.has(section.key) || section.key === 'deprecations')
            continue;
        const items = bySection.get(section);
        if (!items?.length)
            continue;
        const lines = items.map((k) => `- ${plainLine(st.commit(entries.id(k)), links)}`);
        out.push(`${out.length ? '\n' : ''}## ${section.title}`, '', ...lines);
    }
    if (include.has('deprecations') && deprecations.length) {
        out.push(`${out.length ? '\n' : ''}## Deprecations`, '');
        for (const k of deprecations) {
            const c = st.commit(entries.id(k));
            const note = c.notes.find((n) => !(0,notes/* isBreakingNote */.m)(n));
            out.push(`- ${plainLine(c, links)}${note?.text ? ` — ${note.text.split('\n')[0]}` : ''}`);
        }
    }
    newContributorLines(out, opts, links);
    if (!out.length)
        out.push(`_No user-facing changes in ${heading.version || 'this range'}._`);
    return `${out.join('\n')}\n`;
}
/**
 * Positions of the entries the notes describe on their own (a PR merged with a merge commit is described once, by
 * its merge commit, the PR title, not by each commit), and of those that are deprecations.
 */
function userFacing(entries) {
    const st = entries.store;
    const listed = new Set();
    for (let k = 0; k < entries.length; k++) {
        const id = entries.id(k);
        const pr = st.pr(id);
        if (st.merge(id) && pr !== undefined)
            listed.add(pr);
    }
    const own = positions(entries, (k) => {
        const partOf = st.partOf(entries.id(k));
        return partOf === undefined || !listed.has(partOf);
    });
    const deprecations = own.filter((k) => {
        const id = entries.id(k);
        return (!st.breaking(id) && (entries.section(k).key === 'deprecations' || st.notes(id).some((n) => !(0,notes/* isBreakingNote */.m)(n))));
    });
    return { own, deprecations };
}
function newContributorLines(out, opts, links) {
    if (!opts.newContributors.length)
        return;
    out.push(`${out.length ? '\n' : ''}## New contributors`, '');
    for (const n of opts.newContributors)
        out.push(`- ${n.name} made their first contribution in ${n.first.pr !== undefined ? links.pull(n.first.pr) : links.commit(n.first.sha)}`);
}
/** One line in plain words: the PR title when known (its `type(scope):` prefix dropped), capitalised. */
function plainLine(c, links) {
    const title = c.pull?.title ? c.pull.title.replace(/\s*\(#\d+\)\s*$/, '') : c.type ? c.subject : c.header;
    const scope = c.pull?.title ? /^\w[\w-]*\(([^()]*)\)!?: /.exec(c.pull.title)?.[1] : c.scope;
    const text = title.replace(HEADER, '').trim();
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    const ref = c.pr !== undefined ? links.pull(c.pr) : links.commit(c.sha);
    return `${scope ? `**${scope}:** ` : ''}${sentence} (${ref})`;
}

;// CONCATENATED MODULE: ./src/domain/report.ts
const BOT = /\[bot\]|^dependabot|^renovate|github-actions/i;
/**
 * Authors whose first commit is in this range: not in `earlier` (emails, lower-case, of authors before the range).
 * Bots are left out. Oldest first contribution first.
 */
function newContributors(entries, earlier) {
    const firsts = new Map();
    for (const { commit } of entries) {
        const email = commit.authorEmail.toLowerCase();
        if (earlier.has(email) || BOT.test(commit.authorName) || BOT.test(email))
            continue;
        firsts.set(email, commit); // entries are newest first: the last one seen is the oldest
    }
    return [...firsts.values()]
        .reverse()
        .map((c) => ({ name: c.pull?.author ? `@${c.pull.author}` : c.authorName, first: c }));
}
/** The `json` output: structured data for later steps. */
function toJson(r, range) {
    const counts = r.entries.counts();
    return {
        version: r.version,
        previousVersion: r.previousVersion ?? null,
        releaseType: r.releaseType,
        breaking: r.breaking,
        range,
        counts: {
            total: r.total,
            listed: r.entries.length,
            nonConventional: r.nonConventional.length,
            reverted: r.cancelled.length * 2,
            skipped: r.skipped.length,
            merges: r.merges,
        },
        sections: Object.fromEntries(r.sections.map((s) => [s.key, counts.get(s) ?? 0]).filter(([, n]) => n !== 0)),
        commits: r.entries.map(({ commit: c, section, impact }) => ({
            sha: c.sha,
            type: c.type ?? null,
            scope: c.scope ?? null,
            subject: c.subject,
            section: section.key,
            impact,
            breaking: c.breaking,
            notes: c.notes,
            pr: c.pr ?? null,
            issues: c.issues,
            author: c.pull?.author ?? c.authorName,
            labels: c.pull?.labels ?? [],
        })),
    };
}

;// CONCATENATED MODULE: ./src/documents.ts
/**
 * The documents of a run: the release heading, the release notes, the changelog (rendered when read) and the
 * structured result. Loaded by pipeline.ts while git runs.
 */




/** Describe a run's result: heading, links and notes now, the changelog and JSON on demand. */
async function describe(o, f) {
    const { result, range } = f;
    const links = new Links({
        ...(o.serverUrl ? { server: o.serverUrl } : {}),
        ...(o.repository ? { repo: o.repository } : {}),
    });
    const released = result.releaseType !== 'none';
    const heading = {
        // Nothing releasable: the documents describe the range as unreleased.
        version: released ? result.version : '',
        ...(range.previousTag ? { fromTag: range.previousTag } : {}),
        toTag: released ? `${o.tagPrefix}${result.version}` : range.to,
        date: await sectionDate(o.cwd, range.to, o.now, range.toIsTag),
    };
    const contributors = range.fromSha && f.earlier ? newContributors(result.entries, f.earlier) : [];
    const notes = (o.notes ?? true)
        ? renderReleaseNotes(result, heading, links, { includeTypes: o.includeTypes, newContributors: contributors })
        : '';
    return runOf(f, heading, links, notes);
}
function runOf(f, heading, links, notes) {
    const { result, range, apiCalls, line } = f;
    let changelog;
    return {
        result,
        range,
        heading,
        links,
        get changelog() {
            return (changelog ??= renderChangelog(result, heading, links));
        },
        changelogParts: () => changelogParts(result, heading, links),
        notes,
        json: () => toJson(result, {
            ...(range.from ? { from: range.from, fromSha: range.fromSha } : {}),
            to: range.to,
            toSha: range.toSha,
        }),
        apiCalls,
        ...(line ? { line } : {}),
    };
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


/***/ })

};
