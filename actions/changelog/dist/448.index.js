export const id = 448;
export const ids = [448];
export const modules = {

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


/***/ }),

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

/***/ 4182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lineSummary: () => (/* binding */ lineSummary),
/* harmony export */   onTheLine: () => (/* binding */ onTheLine),
/* harmony export */   readLine: () => (/* binding */ readLine)
/* harmony export */ });
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9631);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4195);
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2661);
/**
 * The release line of the branch being released (`branches` input): which branch this is, the rule it falls
 * under, and for a release branch the lowest version it may make (above every existing maintenance line).
 */


async function readLine(cwd, rules, log) {
    const branch = await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .currentBranch */ .eR)(cwd);
    if (!branch) {
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("Input 'branches' is set, but the checkout is on no branch (detached HEAD), so its release line is unknown", {
            hint: 'Run on a push to a branch (GITHUB_REF refs/heads/…), or check the branch out by name.',
        });
    }
    const line = (0,_shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .resolveBranch */ .pd)(rules, branch);
    if (!line) {
        log.info(`Branch ${branch} is not a release branch in 'branches' (${rules.map((r) => r.name).join(', ')}): nothing is released from it`);
        return { branch };
    }
    const floor = line.kind === 'release' ? (0,_shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .trunkFloor */ .$p)((0,_shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .maintenanceRanges */ .IM)(rules, await (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .branchNames */ .nG)(cwd))) : undefined;
    const what = line.kind === 'maintenance'
        ? `maintenance line >=${line.range?.min} <${line.range?.max}`
        : line.kind === 'prerelease'
            ? `pre-release channel ${line.prerelease}`
            : line.trunk
                ? 'the trunk'
                : 'a release line';
    log.info(`Branch ${branch}: ${what} (dist-tag ${line.distTag})${floor ? `; versions from ${floor} up (above the maintenance lines)` : ''}`);
    return { branch, line, ...(floor ? { floor } : {}) };
}
/** The result on this line: none off the release branches; an error naming the reason when the version leaves the line. */
function onTheLine(facts, result) {
    if (!facts.line)
        return { ...result, version: result.previousVersion ?? '', releaseType: 'none', causes: [] };
    if (result.releaseType === 'none')
        return result;
    const problem = (0,_shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .versionProblem */ .Ec)(facts.line, result.version, facts.floor);
    if (!problem)
        return result;
    const causes = result.causes.slice(0, 3).map((e) => `${e.commit.shortSha} ${e.commit.header}`);
    throw new _shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Branch ${facts.branch}: ${problem}${causes.length ? ` (from ${causes.join('; ')})` : ''}`, {
        hint: facts.line.kind === 'maintenance'
            ? 'Revert or move the change, or release it from the trunk; a maintenance line only takes what keeps its range.'
            : "Check the 'branches' input and the tags on this branch.",
    });
}
/** The release line as a one-row table for the job summary ('' without `branches`). */
function lineSummary(facts) {
    if (!facts)
        return '';
    const l = facts.line;
    const kind = !l
        ? 'not a release branch: nothing released'
        : l.kind === 'maintenance'
            ? `maintenance line >=${l.range?.min} <${l.range?.max}`
            : l.kind === 'prerelease'
                ? `pre-release channel \`${l.prerelease}\``
                : l.trunk
                    ? 'trunk'
                    : 'release line';
    const row = [
        facts.branch,
        kind,
        l ? `\`${l.distTag}\`` : '',
        facts.floor ? `>= ${facts.floor} (above the maintenance lines)` : '',
    ].map((c) => (0,_shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(c));
    return `| Branch | Line | npm dist-tag | Versions |\n| --- | --- | --- | --- |\n| ${row.join(' | ')} |`;
}


/***/ }),

/***/ 4448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 1 modules
var runner = __webpack_require__(5684);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/outputs.ts
var outputs = __webpack_require__(4653);
// EXTERNAL MODULE: ../../packages/core/src/paths.ts
var paths = __webpack_require__(3371);
;// CONCATENATED MODULE: ./src/domain/changelog-file.ts
/**
 * Merging a release into an existing CHANGELOG.md as projects really keep them (Keep a Changelog,
 * conventional-changelog and release-please, changelogen, changesets, vite's `<small>` patches). Pure (text in, text out).
 *
 * - A section for the same version is recognised in the common heading styles (`## v1.6.3`, `## [1.6.3]`,
 *   `## [1.6.3](url) (date)`, `## 1.6.3 (date)`, `## [1.6.3] - date`, `## <small>1.6.3 (date)</small>`, `# 2.0.0`, an
 *   `<a name="1.6.3"></a>` line above) and replaced, never duplicated. Blocks an older Shipline wrapped in
 *   `<!-- shipline:changelog V -->` markers are recognised too.
 * - Otherwise the section goes above the first version section: after the title, the intro and an `Unreleased`
 *   section. With no version section yet, it goes at the end, above trailing link references.
 * - The section's headings move to the level the file uses for versions (`# 1.0.0` files get `# [1.1.0]…`).
 */
const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
/** The version at the start of a heading's text, after optional `<small>`, an anchor, `[`, `version`/`release`, `v`. */
const VERSION_AT_START = /^(?:<small>\s*)?(?:<a\s[^>]*>\s*(?:<\/a>)?\s*)?\[?(?:version\s+|release\s+)?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?=$|[\]\s(),:<])/i;
const ANCHOR_LINE = /^<a\s+(?:name|id)=["'][^"']*["']\s*>\s*<\/a>\s*$/i;
const LINK_REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S/;
const FENCE = /^\s{0,3}(```|~~~)/;
const MARKER = /^<!-- \/?shipline:changelog (\S+) -->$/;
/** The version a markdown heading line names at its start (`## [1.6.3](url) (date)` → 1.6.3), if any. */
function headingVersion(line) {
    const h = HEADING.exec(line);
    return h ? VERSION_AT_START.exec(h[2])?.[1] : undefined;
}
/** The new file text with `section` (a `## version` section as renderChangelog makes it) merged in for `version`. */
function prependRelease(existing, version, section) {
    if (existing.trim() === '')
        return `# Changelog\n\n${section.trimEnd()}\n`;
    const eol = existing.includes('\r\n') ? '\r\n' : '\n';
    const lines = withoutMarkers(existing.split(/\r?\n/));
    if (lines.at(-1) === '')
        lines.pop();
    const headings = versionHeadings(lines);
    const tail = trailingReferences(lines);
    const body = shiftHeadings(section.trimEnd().split(/\r?\n/), usualLevel(headings) - 2);
    const same = headings.filter((h) => h.version === version.replace(/^v/, ''));
    let out;
    if (same.length) {
        out = lines;
        // From the last one up, so earlier indexes stay valid: the first is replaced, any duplicate removed.
        for (const h of [...same].reverse()) {
            const end = sectionEnd(h, headings, tail);
            out = splice(out, h.start, end, h === same[0] ? body : []);
        }
    }
    else {
        const at = headings[0]?.start ?? tail;
        out = splice(lines, at, at, body);
    }
    return `${out.join(eol)}${eol}`;
}
/** Replace lines [from, to) by `insert`, with exactly one blank line on each side (none at the top of the file). */
function splice(lines, from, to, insert) {
    const before = lines.slice(0, from);
    const after = lines.slice(to);
    while (before.length && before.at(-1)?.trim() === '')
        before.pop();
    while (after.length && after[0]?.trim() === '')
        after.shift();
    const parts = [before, insert, after].filter((p) => p.length);
    return parts.flatMap((p, i) => (i === 0 ? [...p] : ['', ...p]));
}
function versionHeadings(lines) {
    const out = [];
    let fenced = false;
    lines.forEach((line, i) => {
        if (FENCE.test(line))
            fenced = !fenced;
        if (fenced)
            return;
        const version = headingVersion(line);
        if (!version)
            return;
        const level = (HEADING.exec(line)?.[1]).length;
        out.push({ start: i > 0 && ANCHOR_LINE.test(lines[i - 1]) ? i - 1 : i, heading: i, level, version });
    });
    return out;
}
/** A section runs to the next version section, or to the trailing link references. */
function sectionEnd(h, headings, tail) {
    const next = headings.find((o) => o.heading > h.heading);
    return Math.max(h.heading + 1, Math.min(next?.start ?? tail, tail));
}
/** Index where the file's final block of link reference definitions (and blank lines) starts; length if none. */
function trailingReferences(all) {
    let i = all.length;
    while (i > 0 && (all[i - 1]?.trim() === '' || LINK_REFERENCE.test(all[i - 1])))
        i--;
    while (i < all.length && all[i]?.trim() === '')
        i++;
    return i;
}
/** The heading level most version sections use (2 when there are none). */
function usualLevel(headings) {
    const count = new Map();
    for (const h of headings)
        count.set(h.level, (count.get(h.level) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}
function shiftHeadings(section, delta) {
    if (delta === 0)
        return [...section];
    let fenced = false;
    return section.map((line) => {
        if (FENCE.test(line))
            fenced = !fenced;
        const h = fenced ? null : /^(#{1,6})(\s.*)$/.exec(line);
        return h ? `${'#'.repeat(Math.min(6, Math.max(1, h[1].length + delta)))}${h[2]}` : line;
    });
}
/** Drop the marker comments an older Shipline put around each release (their content stays a normal section). */
function withoutMarkers(all) {
    return all.filter((l) => !MARKER.test(l.trim()));
}

;// CONCATENATED MODULE: ./src/adapters/changelog-file.ts
/**
 * Prepend this release to a CHANGELOG file in place: read, merge (pure), replace atomically. Both go through
 * core's contained file access: the real path must be in the workspace (or RUNNER_TEMP), a symlink at the file or
 * at its temp name is refused (it would write outside, or copy what it points to into the changelog).
 */


const INPUT = 'changelog-file';
/** A changelog larger than this is not a changelog the action should rewrite. */
const MAX_BYTES = 32 << 20;
/** Check the input early (before the engine loads): relative to the working directory, inside the roots, writable. */
function checkChangelogPath(cwd, file) {
    return (0,paths/* checkWritable */.ZB)(INPUT, file, { base: cwd });
}
/** Write the release into the file; returns true when the file changed. */
async function writeChangelogFile(cwd, file, version, section) {
    const existing = (await (0,paths/* readContainedIfExists */.l_)(INPUT, file, { base: cwd, max: MAX_BYTES }))?.toString('utf8') ?? '';
    const next = prependRelease(existing, version, section);
    if (next === existing)
        return false;
    await (0,paths/* writeContained */.DZ)(INPUT, file, next, { base: cwd });
    return true;
}

// EXTERNAL MODULE: ./src/domain/summary.ts
var domain_summary = __webpack_require__(5191);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../packages/core/src/inputs.ts
var inputs = __webpack_require__(810);
// EXTERNAL MODULE: ../../packages/core/src/git.ts
var git = __webpack_require__(2735);
// EXTERNAL MODULE: ../../packages/core/src/branches.ts
var branches = __webpack_require__(9631);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __webpack_require__(6646);
// EXTERNAL MODULE: ./src/domain/bump.ts + 1 modules
var bump = __webpack_require__(2063);
// EXTERNAL MODULE: ./src/domain/sections.ts
var sections = __webpack_require__(4291);
;// CONCATENATED MODULE: ./src/inputs.ts
/** Read and validate the action's inputs into {@link ChangelogOptions}. Every error names the input. */





const SOURCES = ['commits', 'labels', 'both'];
/** Read every input. */
async function readInputs(env = process.env) {
    const cwd = await readWorkingDirectory(env);
    const token = (0,inputs/* readString */.E3)('token');
    (0,outputs/* maskSecret */.$l)(token);
    const initialVersion = (0,inputs/* readVersion */.$4)('initial-version', { fallback: '0.1.0', exact: true });
    const releaseAs = (0,inputs/* readVersion */.$4)('release-as', { exact: true });
    const prerelease = readPrerelease();
    const source = readSource(token);
    const repository = (0,inputs/* readString */.E3)('repository', {
        fallback: env.GITHUB_REPOSITORY,
        pattern: /^[\w.-]+\/[\w.-]+$/,
        accepted: "is not 'owner/name'",
    });
    const from = (0,inputs/* readString */.E3)('from');
    const labelMap = await readLabelMap();
    const branches = await readBranches();
    const changelogFile = (0,inputs/* readString */.E3)('changelog-file');
    return {
        cwd,
        ...(from !== undefined ? { from } : {}),
        to: (0,inputs/* readString */.E3)('to', { fallback: 'HEAD' }),
        tagPrefix: (0,inputs/* readString */.E3)('tag-prefix', {
            fallback: 'v',
            pattern: /^[\w./@-]*$/,
            accepted: "is not a tag prefix (letters, digits, '.', '/', '@', '-', '_'), e.g. 'v' or 'core-v'",
        }),
        initialVersion,
        ...(prerelease ? { prerelease } : {}),
        breakingBumpsMajorBelow1: (0,inputs/* readBoolean */.Vf)('breaking-bumps-major-below-1', false),
        featBumpsPatchBelow1: (0,inputs/* readBoolean */.Vf)('feat-bumps-patch-below-1', false),
        ...(releaseAs ? { releaseAs } : {}),
        paths: (0,inputs/* readGlobList */.N$)('path'),
        source,
        ...(labelMap ? { labelMap } : {}),
        ...(branches ? { branches } : {}),
        skipLabel: (0,inputs/* readString */.E3)('skip-label', { fallback: 'skip-changelog' }),
        includeTypes: includeTypes((0,inputs/* readList */.LD)('include-types', { commas: true })),
        ...(token ? { token } : {}),
        ...(repository ? { repository } : {}),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        now: new Date(),
        log: { info: runner/* info */.pq, warning: (m) => (0,runner/* warning */.$e)(m) },
        strict: (0,inputs/* readBoolean */.Vf)('strict', false),
        ...(changelogFile ? { changelogFile } : {}),
    };
}
/** `working-directory`: a directory inside the workspace, in a git work tree; returns its real path. */
async function readWorkingDirectory(env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const wd = (0,inputs/* readString */.E3)('working-directory', { fallback: '.' });
    const { real: cwd } = await (0,paths/* resolveContained */.mi)('working-directory', wd, {
        base: workspace,
        roots: (0,paths/* allowedRoots */.Mb)({ ...env, GITHUB_WORKSPACE: workspace }),
    });
    if (!(0,external_node_fs_.existsSync)(cwd) || !(0,external_node_fs_.statSync)(cwd).isDirectory())
        throw new errors/* InputError */.dz('working-directory', wd, 'is not a directory in the workspace');
    if ((await (0,git/* gitMaybe */.dK)(['rev-parse', '--is-inside-work-tree'], cwd)) !== 'true') {
        throw new errors/* InputError */.dz('working-directory', wd, 'is not inside a git repository', {
            hint: 'Check out the repository first (actions/checkout with fetch-depth: 0, so tags and history are there).',
        });
    }
    return cwd;
}
/** `source`: where the changelog comes from; labels need a token. */
function readSource(token) {
    const source = (0,inputs/* readEnum */.ai)('source', SOURCES, token ? 'both' : 'commits');
    if (source !== 'commits' && !token)
        throw new errors/* InputError */.dz('source', source, "needs a token to read pull-request labels: set 'token' or use 'source: commits'");
    return source;
}
/** `prerelease`: a channel name (`rc`, `beta`), or undefined. */
function readPrerelease() {
    const prerelease = (0,inputs/* readString */.E3)('prerelease');
    if (prerelease !== undefined && !(0,bump/* isChannel */.IV)(prerelease))
        throw new errors/* InputError */.dz('prerelease', prerelease, "is not a pre-release channel name such as 'rc', 'beta' or 'next' (letters, digits, '-')");
    return prerelease;
}
/** Section keys in the release notes; DEFAULT_INCLUDE when the input is empty. */
function includeTypes(list) {
    return list.length ? list.map((t) => t.toLowerCase()) : defaults/* DEFAULT_INCLUDE */.Z;
}
async function readLabelMap() {
    const text = (0,runner/* getInput */.V4)('label-map');
    if (!text)
        return undefined;
    const { parse } = await __webpack_require__.e(/* import() */ 483).then(__webpack_require__.t.bind(__webpack_require__, 3483, 19));
    let value;
    try {
        value = parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz('label-map', text, `is not valid JSON or YAML (${(0,errors/* messageOf */.bD)(e).split('\n')[0]})`);
    }
    return (0,sections/* parseLabelMap */.w5)(value);
}
/** `branches`: a YAML/JSON list in semantic-release's form (see @shipline/core branches). */
async function readBranches() {
    const list = await (0,inputs/* readObject */.Ag)('branches', {
        array: true,
        example: "[main, '+([0-9]).x', {name: beta, prerelease: true}]",
    });
    return list && (0,branches/* parseBranches */.G)(list);
}

// EXTERNAL MODULE: ../../packages/core/src/github.ts
var github = __webpack_require__(8644);
// EXTERNAL MODULE: ../../packages/core/src/exec.ts
var exec = __webpack_require__(8018);
;// CONCATENATED MODULE: ./src/adapters/drift.ts
/** Git facts for the drift report: refs, counts, changed files, and a merge computed in memory (`git merge-tree`). */

/** A branch as a ref: the local branch, else `origin/<name>` (a checkout has remote-tracking branches). */
async function branchRef(cwd, name) {
    for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
        if ((await (0,git/* gitMaybe */.dK)(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)) !== undefined)
            return ref;
    }
    return undefined;
}
/** The trunk: origin's HEAD branch, else `main`, else `master`. */
async function defaultTrunk(cwd) {
    const head = await (0,git/* gitMaybe */.dK)(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], cwd);
    if (head)
        return head.replace(/^refs\/remotes\/origin\//, '');
    for (const name of ['main', 'master'])
        if (await branchRef(cwd, name))
            return name;
    throw new errors/* UserError */.yo("Cannot tell the trunk: origin/HEAD is not set and there is no 'main' or 'master'", {
        hint: "Set 'drift-trunk'.",
    });
}
const lines = (text) => text.split('\n').filter(Boolean);
async function driftFacts(cwd, trunk, branch) {
    const [t, b] = [await branchRef(cwd, trunk), await branchRef(cwd, branch)];
    if (!t)
        throw new errors/* UserError */.yo(`Input 'drift-trunk': '${trunk}' is not a branch here (nor origin/${trunk})`, {
            hint: 'Check out with fetch-depth: 0 so every branch is there.',
        });
    if (!b)
        throw new errors/* UserError */.yo(`Input 'drift': '${branch}' is not a branch here (nor origin/${branch})`, {
            hint: 'Check out with fetch-depth: 0 so every branch is there.',
        });
    const counts = (await (0,git/* git */.$Y)(['rev-list', '--left-right', '--count', `${t}...${b}`], cwd)).split(/\s+/).map(Number);
    const base = await (0,git/* gitMaybe */.dK)(['merge-base', t, b], cwd);
    if (!base)
        return {
            branch,
            trunk,
            behind: counts[0] ?? 0,
            ahead: counts[1] ?? 0,
            trunkFiles: [],
            branchFiles: [],
            merge: 'unrelated',
        };
    const [trunkFiles, branchFiles] = await Promise.all([
        (0,git/* git */.$Y)(['diff', '--name-only', '--no-renames', base, t], cwd),
        (0,git/* git */.$Y)(['diff', '--name-only', '--no-renames', base, b], cwd),
    ]);
    // Exit 0: clean; 1: conflicts (the tree line, then the conflicted paths); anything else is an error.
    const m = await (0,exec/* exec */.m0)('git', ['merge-tree', '--write-tree', '--name-only', '--no-messages', b, t], {
        cwd,
        allowFailure: true,
        timeoutMs: 120_000,
    });
    if (m.code !== 0 && m.code !== 1)
        throw new errors/* UserError */.yo(`git merge-tree failed for ${branch} ← ${trunk}: ${m.stderr.trim() || `exit ${m.code}`}`, {
            hint: 'git 2.38 or newer is needed (merge-tree --write-tree).',
        });
    const [, ...conflicts] = lines(m.stdout);
    return {
        branch,
        trunk,
        behind: counts[0] ?? 0,
        ahead: counts[1] ?? 0,
        base,
        trunkFiles: lines(trunkFiles),
        branchFiles: lines(branchFiles),
        merge: { clean: m.code === 0, conflicts },
    };
}
/** Branch names (local and origin's) matching `wanted`. */
async function matchingBranches(cwd, wanted) {
    const out = await (0,git/* git */.$Y)(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes/origin'], cwd);
    const names = lines(out)
        .map((r) => r.replace(/^refs\/(heads|remotes\/origin)\//, ''))
        .filter((n) => n !== 'HEAD');
    return [...new Set(names)].filter(wanted).sort();
}

// EXTERNAL MODULE: ../../packages/core/src/github-call.ts
var github_call = __webpack_require__(9729);
;// CONCATENATED MODULE: ./src/adapters/back-merge.ts
/**
 * The back-merge pull request (trunk → long-lived branch) through the API: found by head/base among the open PRs,
 * else opened; its body is updated when the drift changed. A re-run converges on one PR: a create that loses a race
 * ("A pull request already exists") looks it up again.
 */

const HINTS = { 403: "The token needs 'pull-requests: write' (and 'contents: read') to open the back-merge PR." };
async function findOpen(api, owner, repo, trunk, branch) {
    const { data } = await api.rest.pulls.list({
        owner,
        repo,
        head: `${owner}:${trunk}`,
        base: branch,
        state: 'open',
        per_page: 10,
    });
    return data[0];
}
async function ensureBackMerge(api, repository, trunk, branch, body) {
    const [owner = '', repo = ''] = repository.split('/');
    try {
        const open = await findOpen(api, owner, repo, trunk, branch);
        if (open) {
            if ((open.body ?? '') === body)
                return { number: open.number, url: open.html_url, action: 'unchanged' };
            await api.rest.pulls.update({ owner, repo, pull_number: open.number, body });
            return { number: open.number, url: open.html_url, action: 'updated' };
        }
        try {
            // Not retried blindly: a lost answer is settled by looking the PR up again below.
            const { data } = await api.rest.pulls.create({
                owner,
                repo,
                head: trunk,
                base: branch,
                title: `Back-merge ${trunk} into ${branch}`,
                body,
                request: { retries: 0 },
            });
            return { number: data.number, url: data.html_url, action: 'opened' };
        }
        catch (e) {
            const again = await findOpen(api, owner, repo, trunk, branch);
            if (again)
                return { number: again.number, url: again.html_url, action: 'unchanged' };
            throw e;
        }
    }
    catch (e) {
        throw (0,github_call/* toRemoteError */.Oo)(`Back-merge PR ${trunk} → ${branch}`, e, HINTS);
    }
}

// EXTERNAL MODULE: ../../packages/core/src/markdown.ts
var markdown = __webpack_require__(9602);
// EXTERNAL MODULE: ../../packages/core/src/summary.ts
var summary = __webpack_require__(4195);
;// CONCATENATED MODULE: ./src/domain/drift.ts
/**
 * Drift of long-lived branches from the trunk (git-flow's develop, maintenance lines): how far behind and ahead,
 * which files both sides changed since they parted, and whether the trunk merges in cleanly. Pure: facts in
 * (from adapters/drift.ts), rows, verdicts and the summary out.
 */

/** Files changed on both sides since the branches parted, sorted. */
function bothChanged(f) {
    const trunk = new Set(f.trunkFiles);
    return [...new Set(f.branchFiles)].filter((p) => trunk.has(p)).sort();
}
function driftRow(f) {
    const state = f.merge === 'unrelated' ? 'unrelated' : f.behind === 0 ? 'up to date' : f.merge.clean ? 'clean' : 'conflicts';
    return {
        branch: f.branch,
        trunk: f.trunk,
        behind: f.behind,
        ahead: f.ahead,
        bothChanged: bothChanged(f),
        state,
        conflicts: f.merge === 'unrelated' ? [] : [...f.merge.conflicts],
    };
}
/** A back-merge PR (trunk → branch) is worth opening only when the branch is behind and the merge is clean. */
const wantsBackMerge = (r) => r.state === 'clean';
const ICON = {
    'up to date': '✅ up to date',
    clean: '🟢 merges cleanly',
    conflicts: '🔴 conflicts',
    unrelated: '⚪ no common history',
};
const list = (files, max = 8) => files.length === 0
    ? '—'
    : `${files
        .slice(0, max)
        .map((p) => (0,markdown/* codeSpan */.S)(p))
        .join(', ')}${files.length > max ? `, and ${files.length - max} more` : ''}`;
/** The job summary: one row per branch, and a chart of behind/ahead. */
function driftSummary(rows, prs = new Map()) {
    const s = new summary/* Summary */.BD().heading('Branch drift');
    s.paragraph(`Trunk merged into each long-lived branch with \`git merge-tree --write-tree\` (nothing is written to the repository).`);
    s.table(['Branch', 'Behind trunk', 'Ahead of trunk', 'Changed on both sides', 'Trunk merges in', 'Back-merge PR'], rows.map((r) => {
        const pr = prs.get(r.branch);
        return [
            `${r.branch} ← ${r.trunk}`,
            r.behind,
            r.ahead,
            list(r.bothChanged),
            r.state === 'conflicts' ? `${ICON[r.state]}: ${list(r.conflicts, 5)}` : ICON[r.state],
            pr ? `[${pr.action}](${pr.url})` : '',
        ];
    }), ['l', 'r', 'r', 'l', 'l', 'l']);
    if (rows.length) {
        const label = (t) => `"${t.replace(/["\\<>`]/g, "'")}"`;
        s.mermaid([
            'xychart-beta',
            '  title "Commits behind (bars) and ahead (line) of the trunk"',
            `  x-axis [${rows.map((r) => label(r.branch)).join(', ')}]`,
            `  bar [${rows.map((r) => r.behind).join(', ')}]`,
            `  line [${rows.map((r) => r.ahead).join(', ')}]`,
        ].join('\n'));
    }
    return s;
}

;// CONCATENATED MODULE: ./src/drift.ts
/**
 * The drift mode of the changelog action (`drift` input): for each long-lived branch, how far it is behind and ahead
 * of the trunk, the files changed on both sides, and whether the trunk merges in cleanly — as a summary table and
 * outputs; with `back-merge: true`, a pull request from the trunk into each branch that merges cleanly.
 */




/** The drift inputs, or undefined when `drift` is empty (the action writes a changelog then). */
function readDriftInputs() {
    const branches = (0,inputs/* readList */.LD)('drift'); // one per line: globs hold commas (`{+([0-9]),x}`)
    if (!branches.length)
        return undefined;
    for (const b of branches)
        if (/\s|\.\.|^-|[~^:\\]/.test(b))
            throw new errors/* InputError */.dz('drift', b, 'is not a branch name or glob (e.g. develop, 5.x, +([0-9]).x)');
    const trunk = (0,inputs/* readString */.E3)('drift-trunk', { pattern: /^(?!-)[^\s~^:\\]+$/, accepted: 'is not a branch name' });
    return { branches, ...(trunk ? { trunk } : {}), backMerge: (0,inputs/* readBoolean */.Vf)('back-merge', false) };
}
/** The PR body: the branch's drift, as the summary shows it. */
function body(r) {
    return [
        `Merges \`${r.trunk}\` into \`${r.branch}\` so it does not go stale: ${r.behind} commit(s) behind, ${r.ahead} ahead.`,
        '',
        r.bothChanged.length
            ? `Files changed on both sides (they merge cleanly): ${r.bothChanged
                .slice(0, 20)
                .map((f) => `\`${f}\``)
                .join(', ')}${r.bothChanged.length > 20 ? ', …' : ''}`
            : 'No file was changed on both sides.',
        '',
        '_Opened and kept up to date by the Shipline changelog action (drift report)._',
    ].join('\n');
}
async function runDrift(d, o) {
    const trunk = d.trunk ?? (await defaultTrunk(o.cwd));
    const names = new Set();
    for (const b of d.branches) {
        const found = /[*?[{]|[+@]\(/.test(b) ? await matchingBranches(o.cwd, (n) => (0,branches/* branchGlob */.Fx)(b).test(n)) : [b];
        if (!found.length)
            (0,runner/* warning */.$e)(`drift: no branch matches '${b}'`);
        for (const n of found)
            if (n !== trunk)
                names.add(n);
    }
    const rows = [];
    for (const branch of names) {
        const row = driftRow(await driftFacts(o.cwd, trunk, branch));
        (0,runner/* info */.pq)(`${branch} ← ${trunk}: ${row.behind} behind, ${row.ahead} ahead, ${row.bothChanged.length} file(s) changed on both sides; ${row.state}${row.conflicts.length ? ` (${row.conflicts.slice(0, 5).join(', ')})` : ''}`);
        rows.push(row);
    }
    const prs = new Map();
    if (d.backMerge && rows.some(wantsBackMerge)) {
        if (!o.token || !o.repository)
            throw new errors/* InputError */.dz('back-merge', 'true', "needs 'token' and a repository to open pull requests");
        const api = await (0,github/* createGitHubClient */.LX)({ token: o.token, action: 'changelog' });
        for (const r of rows.filter(wantsBackMerge)) {
            const pr = await ensureBackMerge(api, o.repository, trunk, r.branch, body(r));
            (0,runner/* info */.pq)(`Back-merge PR #${pr.number} (${pr.action}): ${pr.url}`);
            prs.set(r.branch, pr);
        }
    }
    for (const r of rows)
        if (r.state === 'conflicts')
            (0,runner/* warning */.$e)(`${r.branch} does not merge ${trunk} cleanly: ${r.conflicts.slice(0, 10).join(', ')}`, {
                title: `Drift: ${r.branch}`,
            });
    (0,outputs/* setOutputs */.n0)({
        drift: rows.map((r) => ({ ...r, pr: prs.get(r.branch)?.url ?? null })),
        'drift-clean': rows.every((r) => r.state === 'clean' || r.state === 'up to date'),
    });
    driftSummary(rows, new Map([...prs].map(([b, p]) => [b, { url: p.url, action: `#${p.number} ${p.action}` }]))).write();
}

// EXTERNAL MODULE: ./src/line.ts
var line = __webpack_require__(4182);
// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __webpack_require__(7538);
;// CONCATENATED MODULE: ./src/main.ts
/** Action glue: inputs → engine → file, outputs, annotations, summary. */







const MAX_ANNOTATIONS = 10;
async function main() {
    const o = await readInputs();
    const drift = readDriftInputs();
    if (drift)
        return (0,runner/* group */.Os)('Branch drift', () => runDrift(drift, o));
    if (o.changelogFile)
        await checkChangelogPath(o.cwd, o.changelogFile);
    // generate() starts git, then loads the engine (conventional-commits-parser) while it runs: a bad input fails
    // before either.
    const run = await (0,runner/* group */.Os)('Reading commits', () => (0,pipeline/* generate */.c)(o));
    const { result: r } = run;
    const odd = r.nonConventional;
    odd
        .slice(0, MAX_ANNOTATIONS)
        .forEach((c) => (0,runner/* warning */.$e)(`Not a conventional commit, listed under "Other": ${c.header}`, { title: `Commit ${c.shortSha}` }));
    if (odd.length > MAX_ANNOTATIONS)
        (0,runner/* warning */.$e)(`${odd.length - MAX_ANNOTATIONS} more non-conventional commits (see the job summary)`);
    if (o.strict && odd.length) {
        throw new errors/* UserError */.yo(`${odd.length} commit${odd.length === 1 ? ' is' : 's are'} not conventional (strict: true): ${odd
            .slice(0, 5)
            .map((c) => `${c.shortSha} '${c.header}'`)
            .join(', ')}`, {
            hint: "Write headers as 'type(scope): subject' (e.g. 'fix(api): handle empty body'), or set strict: false to list them under Other.",
        });
    }
    if (o.changelogFile && r.releaseType !== 'none') {
        const changed = await writeChangelogFile(o.cwd, o.changelogFile, r.version, run.changelog);
        o.log.info(changed ? `Prepended ${r.version} to ${o.changelogFile}` : `${o.changelogFile} already has ${r.version}`);
    }
    (0,outputs/* setOutputs */.n0)({
        version: r.version,
        'previous-version': r.previousVersion ?? '',
        'release-type': r.releaseType,
        changelog: run.changelog,
        'release-notes': run.notes,
        json: run.json(),
        breaking: r.breaking,
        'commit-count': r.entries.length,
        'dist-tag': run.line?.line?.distTag ?? '',
    });
    const summary = (0,domain_summary.buildSummary)(r, { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to }, run.links, run.notes);
    (run.line ? summary.raw((0,line.lineSummary)(run.line)) : summary).write();
}


/***/ })

};
