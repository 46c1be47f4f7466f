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
    const rows = r.sections
        .map((sec) => [sec.title, r.entries.filter((e) => e.section === sec).length])
        .filter(([, n]) => n > 0);
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


/***/ })

};
