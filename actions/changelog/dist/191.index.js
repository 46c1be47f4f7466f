export const id = 191;
export const ids = [191];
export const modules = {

/***/ 5191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSummary: () => (/* binding */ buildSummary)
/* harmony export */ });
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4195);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9602);
/** The job summary: the version, why this bump, the release notes, counts per section, non-conventional commits, reverts and skips. Pure. */

const MAX_LISTED = 30;
/** Build the job summary markdown. */
function buildSummary(r, range, links, notes = '') {
    const released = r.releaseType !== 'none';
    const s = new _shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().heading(`Changelog: ${released ? `${r.previousVersion ? (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.previousVersion) : '(first release)'} → ${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.version)}` : 'no release'}`);
    s.table(['Version', 'Previous', 'Release type', 'Range', 'Commits read', 'In the changelog'], [
        [
            released ? (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.version) : '—',
            r.previousVersion ? (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.previousVersion) : '—',
            r.releaseType,
            (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(`${range.from ?? '(start of history)'}..${range.to}`),
            r.total,
            r.entries.length,
        ],
    ], ['l', 'l', 'l', 'l', 'r', 'r']);
    if (released && notes.trim())
        s.raw(`<details open><summary>Release notes for <code>${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(r.version)}</code></summary>\n\n${demote(notes.trim())}\n\n</details>`);
    whyThisBump(s, r, links);
    perSection(s, r);
    leftOut(s, r, links);
    return s;
}
/** "Why this bump": release-as, nothing releasable, a first release, or the commits that decided the version. */
function whyThisBump(s, r, links) {
    s.heading('Why this bump', 3);
    if (r.releaseAs)
        s.paragraph(`The version is set by \`release-as\` (${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.releaseAs)}); the commits alone would give a **${r.impact}** change.`);
    if (r.releaseType === 'none') {
        s.paragraph('Nothing releasable landed (no feature, fix, performance change, revert or breaking change).');
    }
    else if (!r.causes.length) {
        if (!r.releaseAs)
            s.paragraph(`First release: no release tag yet, so the version is \`initial-version\` (${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .S)(r.version)}), although no commit is releasable on its own.`);
    }
    else {
        const rule = r.previousVersion === undefined ? 'first release' : `**${r.impact}** bump`;
        const zero = r.breaking && r.impact === 'minor' && r.previousVersion?.startsWith('0.')
            ? ' (below 1.0.0 a breaking change bumps minor; set `breaking-bumps-major-below-1: true` to go to 1.0.0)'
            : '';
        s.paragraph(`${rule} (${r.releaseType}) caused by ${r.causes.length} commit${r.causes.length === 1 ? '' : 's'}${zero}:`);
        s.table(['Commit', 'Change', 'Why'], r.causes
            .slice(0, MAX_LISTED)
            .map((e) => [
            links.commit(e.commit.sha),
            (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .literalValues */ .M)(e.commit.header),
            e.commit.breaking ? 'breaking change' : e.section.title,
        ]));
        if (r.causes.length > MAX_LISTED)
            s.paragraph(`…and ${r.causes.length - MAX_LISTED} more.`);
    }
}
/** Commits per section: a table and a pie chart. */
function perSection(s, r) {
    const counts = r.entries.counts();
    const rows = r.sections.map((sec) => [sec.title, counts.get(sec) ?? 0]).filter(([, n]) => n > 0);
    if (!rows.length)
        return;
    s.heading('Commits per section', 3).table(['Section', 'Commits'], rows.map(([t, n]) => [t, n]), ['l', 'r']);
    s.mermaid(`pie showData title Commits per section\n${rows.map(([t, n]) => `  "${t.replace(/"/g, "'")}" : ${n}`).join('\n')}`);
}
/** Non-conventional commits, revert pairs and commits skipped by label. */
function leftOut(s, r, links) {
    if (r.nonConventional.length) {
        s.heading(`Non-conventional commits (${r.nonConventional.length})`, 3);
        s.paragraph('These are listed under "Other" and do not move the version. Use `type(scope): subject` (e.g. `fix(api): ...`).');
        s.table(['Commit', 'Subject', 'Author'], r.nonConventional
            .slice(0, MAX_LISTED)
            .map((c) => [links.commit(c.sha), (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .literalValues */ .M)(c.header), (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .literalValues */ .M)(c.authorName)]));
    }
    if (r.cancelled.length) {
        s.details(`Reverted inside the range (${r.cancelled.length} pairs, left out)`, (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .bulletList */ .fF)(r.cancelled.map((p) => `${p.revert.header} ⟶ ${p.target.header}`)));
    }
    if (r.skipped.length)
        s.details(`Skipped by label (${r.skipped.length})`, (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .bulletList */ .fF)(r.skipped.map((c) => c.header)));
}
/**
 * The release notes as shown inside the summary's <details>: headings two levels down (under the summary's `###`),
 * raw HTML from commit subjects made inert (a `</details>` in a subject must not close the block), values such as
 * `pkg@1.2.3` in code spans. Code spans and fenced blocks are left as written.
 */
function demote(markdown) {
    let fenced = false;
    return markdown
        .split('\n')
        .map((line) => {
        if (/^\s{0,3}(```|~~~)/.test(line))
            fenced = !fenced;
        if (fenced)
            return line;
        const shown = (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .literalValues */ .M)(line
            .split(/(`+[^`]*`+)/)
            .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;')))
            .join(''));
        return /^#{1,4} /.test(shown) ? `##${shown}` : shown;
    })
        .join('\n');
}


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ literalValues),
/* harmony export */   S: () => (/* binding */ codeSpan)
/* harmony export */ });
/**
 * Values in job summaries: a version, `pkg@1.2.3`, `root@127.0.0.1`, a host or a path reads as a value and must not
 * turn into a link (GitHub autolinks `a@b.c` as mailto: and bare domains as web links). Pure.
 */
/**
 * `value` as an inline code span, which GitHub renders literally (no autolink, no emphasis, no HTML). A value holding
 * backticks gets a longer fence, padded with spaces (CommonMark); line breaks become spaces (a code span is one line).
 */
function codeSpan(value) {
    const text = String(value).replace(/\r?\n/g, ' ');
    if (text === '')
        return '';
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** What GitHub autolinks in text: e-mail-like `a@b.c` (so `pkg@1.2.3`, `root@127.0.0.1`) and `www.` hosts. */
const AUTOLINKED = /(?<![\w.+@/-])(?:(?:@[\w.-]+\/)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)*(?::\d+)?)(?:\/[^\s`|)]*)?/g;
/**
 * Free text (a commit subject, an error, a reason) with every value GitHub would autolink wrapped in a code span, so
 * `pkg@1.2.3` and `deploy@web1:2222` read as values. Existing code spans are left alone; the rest is unchanged.
 */
function literalValues(text) {
    return text
        .split(/(`+[^`]*`+)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part.replace(AUTOLINKED, (m) => codeSpan(m.replace(/[.,;:]+$/, '')) + (/[.,;:]+$/.exec(m)?.[0] ?? '')))
        .join('');
}


/***/ }),

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   fF: () => (/* binding */ bulletList)
/* harmony export */ });
/* unused harmony exports inline, block, lineChart */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(149);
/**
 * A job-summary builder that produces GitHub-flavoured markdown. Pure: `toString()` gives the text and
 * `write()` appends it to the step summary (secrets redacted there).
 *
 * Every string handed to `heading`, `paragraph`, `list`, `table` cells and `details` labels is treated as
 * untrusted text that may hold markdown formatting: HTML is escaped (`<img>`, `</details>` cannot break out) and
 * line breaks become `<br>` (a `# heading` or a fence cannot start inside it). Only `raw()`, the body of
 * `details()` and `code()`/`mermaid()` (fenced, with a fence longer than any in the text) take markup.
 */

/**
 * Escape untrusted text for inline markdown, minimally so a summary stays readable as text: a `<` that could open
 * raw HTML or an autolink (CommonMark 6.5/6.6: `<` then a letter, `/`, `!` or `?`) becomes `&lt;`, an `&` that would
 * start an entity becomes `&amp;`, line breaks become `<br>`. So `a < b` stays as is, `<img src=x>`,
 * `</details>` and `&lt;` show as typed.
 */
function inline(value) {
    if (value === null || value === undefined)
        return '';
    return mapOutsideCode(String(value), escapeText, (code) => code.replace(/\r\n|\r|\n/g, ' '));
}
function escapeText(text) {
    return text
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * Apply `text` to the parts of `value` outside code spans and `code` to the code spans, found as CommonMark does
 * (6.1: a run of n backticks up to the next run of exactly n; a backslash-escaped backtick opens nothing). Inside a
 * code span nothing is markup (no HTML, no entity), so it needs no escaping, and an escape would show as typed:
 * `` `a<b>` `` stays readable instead of turning into `a&lt;b>`.
 */
function mapOutsideCode(value, text, code) {
    let out = '';
    let last = 0;
    let i = 0;
    while (i < value.length) {
        if (value[i] === '\\') {
            i += 2;
            continue;
        }
        if (value[i] !== '`') {
            i++;
            continue;
        }
        const open = runLength(value, i);
        const close = closingRun(value, i + open, open);
        if (close < 0) {
            i += open;
            continue;
        }
        out += text(value.slice(last, i)) + code(value.slice(i, close + open));
        i = last = close + open;
    }
    return out + text(value.slice(last));
}
function runLength(value, at) {
    let n = 0;
    while (value[at + n] === '`')
        n++;
    return n;
}
/** Where the next run of exactly `n` backticks from `from` starts, or -1. */
function closingRun(value, from, n) {
    for (let j = value.indexOf('`', from); j >= 0;) {
        const m = runLength(value, j);
        if (m === n)
            return j;
        j = value.indexOf('`', j + m);
    }
    return -1;
}
/**
 * {@link inline} for text that starts a block (a paragraph, a list item): a leading `#`, `>`, list marker, fence or
 * thematic break is backslash-escaped, so untrusted text cannot turn itself into a heading, quote or list.
 */
function block(value) {
    if (value === null || value === undefined)
        return '';
    // The leading escape goes in first, so inline() sees the code spans the renderer will see (an escaped leading
    // backtick opens no span, and what follows it is escaped as text).
    const text = String(value)
        .replace(/^(\s*)([#>]|[-+*](?=\s|$)|`{3,}|~{3,}|[-=_*]{3,}\s*$)/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
    return inline(text);
}
/** Escape text for a markdown table cell: {@link inline}, plus `|` and `\\` (which would split or eat the cell). */
function cell(value) {
    if (value === null || value === undefined)
        return '';
    // A `|` splits the row even inside a code span (GFM 4.10), so it is escaped everywhere; a backslash is doubled
    // only outside code spans, where it would otherwise escape what follows (inside, it shows as typed).
    const text = mapOutsideCode(String(value), (t) => t.replace(/\\/g, '\\\\'), (c) => c);
    return inline(text.replace(/\|/g, '\\|'));
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${inline(text).replace(/<br>/g, ' ')}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(block(text));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(bulletList(items));
        return this;
    }
    /** A table; `align` per column: 'l' | 'r' | 'c'. */
    table(headers, rows, align) {
        const sep = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align?.[i] ?? 'l']);
        const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${sep.join(' | ')} |`];
        for (const row of rows)
            lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`);
        this.parts.push(lines.join('\n'));
        return this;
    }
    /**
     * A collapsible section; the body is markup (build it with a Summary, {@link inline} or {@link bulletList}). The
     * label sits in raw HTML, where markdown (code spans included) is not parsed, so it is escaped as HTML.
     */
    details(label, body) {
        this.parts.push(`<details><summary>${escapeHtml(label.replace(/\r\n|\r|\n/g, ' '))}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    /** A fenced block: the fence is longer than any run of backticks in the text, so the text cannot close it. */
    code(text, lang = '') {
        const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
        const fence = '`'.repeat(Math.max(3, longest + 1));
        this.parts.push(`${fence}${lang.replace(/[^\w+-]/g, '')}\n${text}\n${fence}`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    /** Raw markdown. */
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    toString() {
        return `${this.parts.join('\n\n')}\n`;
    }
    /** Append to GITHUB_STEP_SUMMARY; a no-op outside a runner (no file to write to). */
    write() {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe(this.toString());
    }
}
/** A markdown bullet list of untrusted items, as markup (e.g. for a `details()` body). */
function bulletList(items) {
    return items.map((i) => `- ${block(i)}`).join('\n');
}
/** Text for raw HTML: `&`, `<`, `>` and `"` as entities. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A mermaid xychart-beta line chart of one series over labelled points. */
function lineChart(title, xLabels, series, yLabel = '') {
    const esc = (s) => `"${s.replace(/"/g, "'")}"`;
    const lo = Math.min(0, ...series);
    const hi = Math.max(1, ...series);
    return [
        'xychart-beta',
        `  title ${esc(title)}`,
        `  x-axis [${xLabels.map(esc).join(', ')}]`,
        `  y-axis ${esc(yLabel)} ${lo} --> ${hi}`,
        `  line [${series.map((n) => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0)).join(', ')}]`,
    ].join('\n');
}


/***/ })

};
