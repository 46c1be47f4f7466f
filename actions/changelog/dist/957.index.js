export const id = 957;
export const ids = [957];
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

/***/ 620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 2 modules
var runner = __webpack_require__(149);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/outputs.ts
/** Outputs and state: values that are not strings are written as JSON, so later steps can `fromJSON()` them. */

function render(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Set several outputs at once. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        runner/* setOutput */.uH(name, render(value));
}
/** Save a value for the `post:` step (or a later phase) of the same action. */
function saveState(name, value) {
    core.saveState(name, render(value));
}
/** Read a value saved with {@link saveState}; JSON is parsed back when `json` is set. */
function readState(name, json = false) {
    const v = core.getState(name);
    if (v === '')
        return undefined;
    return (json ? JSON.parse(v) : v);
}
/** Mask a secret in every later log line, summary and output; empty values are ignored. */
function maskSecret(value) {
    if (value)
        runner/* setSecret */.Pq(value);
}
/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
function maskHeader(value) {
    if (value)
        core.setHeaderSecret(value);
}
/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
function maskUrl(url) {
    return core.setUrlSecret(url);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../../packages/core/src/files.ts
/**
 * The atomic write every package shares (temp file beside the target, fsync, rename). Node built-ins only, none
 * loaded for nothing at start-up; also reached through the `@shipline/core/files` entry, so @shipline/flags (and
 * the OpenFeature provider's bundle, for apps on any Node from 20) takes it without the rest of core.
 */



/** Temp names: unique in this process by the counter, across processes by the pid (and created exclusively). */
let written = 0;
/**
 * Replace `path` with `data` so readers see the old or the new file, never a partial one: the temp file is created
 * exclusively (`O_EXCL`, `O_NOFOLLOW`: a file or symlink already there is refused), written, chmod-ed, fsync-ed and
 * renamed over the target. On any failure the temp file is removed and the error (with its `code`) is rethrown.
 */
async function writeAtomic(path, data, opts = {}) {
    const mode = opts.mode ?? 0o644;
    const tmp = opts.temp ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}-${Date.now().toString(36)}-${++written}.tmp`);
    const handle = await (0,promises_.open)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, mode);
    try {
        await handle.writeFile(data);
        await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,promises_.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_.rm)(tmp, { force: true });
        throw error;
    }
}
/** The file's text, or undefined when it does not exist. */
async function readTextIfExists(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/paths.ts
/**
 * The one place a path from an input becomes a file the action reads or writes.
 *
 * Containment is checked on the **real** path (symlinks resolved through the deepest existing ancestor, dangling
 * links followed to where they would create a file), never on the text of the path: a committed link to
 * `/proc/self/environ` or `../../etc` is refused even though its name looks inside. Files are then opened with
 * `O_NOFOLLOW` and checked with `fstat` (a regular file, and still inside the roots by its `/proc/self/fd` link),
 * so a link swapped in after the check is refused too. Writes go to a temp file opened exclusively and are
 * renamed over the target; a symlink at the temp name or the target is refused.
 *
 * The allowed roots are the workspace (`GITHUB_WORKSPACE`) and `RUNNER_TEMP`. Every problem is an
 * {@link InputError} naming the input, the value and the roots.
 */





/** Longest path accepted (Linux PATH_MAX) and longest single name (NAME_MAX, in bytes). */
const PATH_MAX = 4096;
const NAME_MAX = 255;
const MAX_LINKS = 40;
/**
 * The workspace and RUNNER_TEMP, as the runner sets them (the workspace falls back to the cwd); `workspace`
 * overrides GITHUB_WORKSPACE (an action that resolved it already).
 */
function allowedRoots(env = process.env, workspace = env.GITHUB_WORKSPACE) {
    const roots = [{ label: 'the workspace', path: (0,external_node_path_.resolve)(workspace || process.cwd()) }];
    if (env.RUNNER_TEMP)
        roots.push({ label: 'RUNNER_TEMP', path: (0,external_node_path_.resolve)(env.RUNNER_TEMP) });
    return roots;
}
/** True when `child` is `parent` or below it (both absolute, normalized). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
function rootsText(roots) {
    return roots.map((r) => `${r.label} (${r.path})`).join(' or ');
}
/**
 * Check the text of a path before the file system sees it: not empty, no NUL, at most {@link PATH_MAX}
 * characters and no name over {@link NAME_MAX} bytes (what would otherwise surface as ENAMETOOLONG).
 */
function checkPathText(input, value) {
    if (value === '')
        throw new errors/* InputError */.dz(input, value, 'is empty: give a path relative to the workspace');
    if (value.includes('\0'))
        throw new errors/* InputError */.dz(input, value, 'contains a NUL character; a path cannot');
    if (value.length > PATH_MAX)
        throw new errors/* InputError */.dz(input, value, `is ${value.length} characters long; a path can be at most ${PATH_MAX}`);
    const long = value.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX);
    if (long !== undefined)
        throw new errors/* InputError */.dz(input, value, `has a name of ${Buffer.byteLength(long)} bytes; each name in a path can be at most ${NAME_MAX} bytes`);
}
/**
 * Check a value used as a single file name (a package or archive name that becomes part of a file name): one
 * name, not `.` or `..`, no `/`, no NUL, at most {@link NAME_MAX} bytes. `accepted` describes the valid form.
 */
function checkFileName(input, value, accepted = 'a file name') {
    const why = value === ''
        ? 'is empty'
        : value === '.' || value === '..'
            ? `is '${value}', which names a directory, not a file`
            : value.includes('/')
                ? "contains '/', which cannot be part of a file name"
                : value.includes('\0')
                    ? 'contains a NUL character'
                    : Buffer.byteLength(value) > NAME_MAX
                        ? `is ${Buffer.byteLength(value)} bytes long; a file name can be at most ${NAME_MAX}`
                        : undefined;
    if (why)
        throw new InputError(input, value, `${why}; give ${accepted}`);
}
function fsProblem(input, value, error) {
    const code = error.code;
    const why = {
        ENAMETOOLONG: `is too long for the file system (a name over ${NAME_MAX} bytes or a path over ${PATH_MAX})`,
        ELOOP: 'goes through a loop of symlinks',
        ENOTDIR: 'goes through something that is not a directory',
        EACCES: 'cannot be read: permission denied on the path',
        EISDIR: 'is a directory, not a file',
    };
    return code && why[code] ? new errors/* InputError */.dz(input, value, why[code], { cause: error }) : undefined;
}
/** The real path of `path`, which need not exist: the deepest existing ancestor's real path plus the rest. */
async function realPathOf(path, hops = 0) {
    if (hops > MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
    try {
        return await (0,promises_.realpath)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const parent = (0,external_node_path_.dirname)(path);
    if (parent === path)
        return path;
    const realParent = await realPathOf(parent, hops + 1);
    const name = (0,external_node_path_.basename)(path);
    const here = (0,external_node_path_.join)(realParent, name);
    // A dangling link: writing through it would create its target, so the target is where this path leads.
    const st = await (0,promises_.lstat)(here).catch(() => undefined);
    if (st?.isSymbolicLink())
        return realPathOf((0,external_node_path_.resolve)(realParent, await (0,promises_.readlink)(here)), hops + 1);
    return here;
}
async function realRoots(roots) {
    return Promise.all(roots.map(async (r) => ({ label: r.label, path: await (0,promises_.realpath)(r.path).catch(() => (0,external_node_path_.resolve)(r.path)) })));
}
/**
 * Resolve a path input and check that its real path is inside one of the roots (the workspace or RUNNER_TEMP by
 * default). Nothing is created or opened.
 */
async function resolveContained(input, value, opts = {}) {
    checkPathText(input, value);
    const given = opts.roots ?? allowedRoots(opts.env);
    const path = (0,external_node_path_.resolve)(opts.base ?? given[0].path, value);
    const roots = await realRoots(given);
    let real;
    try {
        real = await realPathOf(path);
    }
    catch (error) {
        throw fsProblem(input, value, error) ?? error;
    }
    if (!roots.some((r) => isInside(r.path, real))) {
        const how = real === path ? '' : ` (through a symlink: it resolves to ${real})`;
        throw new errors/* InputError */.dz(input, value, `is outside the allowed roots${how}; give a path inside ${rootsText(roots)}`, opts.outsideHint ? { hint: opts.outsideHint } : {});
    }
    return { path, real };
}
/** What an fstat found, in words. */
function kindOf(st) {
    if (st.isFile())
        return 'a regular file';
    if (st.isDirectory())
        return 'a directory';
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isFIFO())
        return 'a named pipe';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** After open: the descriptor's own idea of its path (Linux /proc) must still be inside the roots. */
async function checkOpened(input, value, handle, roots) {
    const where = await (0,promises_.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new errors/* InputError */.dz(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
    }
}
/**
 * Open a contained regular file for reading: real path, `O_NOFOLLOW` (a link at the last name is refused),
 * `O_NONBLOCK` (a named pipe cannot hang the step), `fstat` must show a regular file. Close the handle.
 */
async function openContained(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    let handle;
    try {
        handle = await (0,promises_.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz(input, value, 'names a file that does not exist', {
                hint: 'Check the path; relative paths start at the workspace.',
                cause: error,
            });
        if (code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new errors/* InputError */.dz(input, value, `is ${kindOf(st)}, not a regular file`);
        await checkOpened(input, value, handle, await realRoots(opts.roots ?? allowedRoots(opts.env)));
        return { ...c, handle, size: st.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * A contained regular file, checked as {@link openContained} checks it, and closed again: its given and real paths
 * and its size. Later opens use `real`.
 */
async function statContained(input, value, opts = {}) {
    const f = await openContained(input, value, opts);
    await f.handle.close();
    return { path: f.path, real: f.real, size: f.size };
}
/** Read a contained regular file, refusing one over `max` bytes (default 1 MiB). */
async function readContained(input, value, opts = {}) {
    const max = opts.max ?? 1 << 20;
    const f = await openContained(input, value, opts);
    try {
        if (f.size > max)
            throw new errors/* InputError */.dz(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new errors/* InputError */.dz(input, value, `is over ${max} bytes; at most ${max} are accepted`);
        return { path: f.path, real: f.real, data };
    }
    finally {
        await f.handle.close();
    }
}
/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
async function readContainedIfExists(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const there = await (0,promises_.lstat)(c.real).then(() => true, () => false);
    return there ? (await readContained(input, value, opts)).data : undefined;
}
/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
function tempNameOf(real) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(real), `.${(0,external_node_path_.basename)(real)}.shipline-tmp`);
}
/**
 * Replace a contained file atomically: readers see the old or the new content, never part of it. The target must
 * not be a symlink or anything but a regular file; the temp file (see {@link tempNameOf}) is created exclusively
 * (`wx`, `O_NOFOLLOW`): a symlink there is refused, a regular file there (left by a killed run) is removed first.
 * Returns the contained path.
 */
/**
 * Everything {@link writeContained} checks before it writes, without writing: the path is contained, the target is
 * not a symlink nor anything but a regular file, `replaces` accepts its content, and no symlink sits at the temp
 * name. Call it before any other change so a refusal changes nothing. Returns the existing file's mode, if any.
 */
async function checkWritable(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const roots = await realRoots(opts.roots ?? allowedRoots(opts.env));
    const target = await (0,promises_.lstat)(c.path).catch(() => undefined);
    if (target?.isSymbolicLink()) {
        throw new errors/* InputError */.dz(input, value, `is a symlink (to ${await (0,promises_.readlink)(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`);
    }
    let mode;
    const existing = await (0,promises_.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, 'is a symlink; refusing to write through it', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    });
    if (existing) {
        try {
            const st = await existing.stat();
            if (!st.isFile())
                throw new errors/* InputError */.dz(input, value, `is ${kindOf(st)}; refusing to replace it with a file`);
            mode = st.mode & 0o777;
            await checkOpened(input, value, existing, roots);
            opts.replaces?.(await existing.readFile(), c.real);
        }
        finally {
            await existing.close();
        }
    }
    const tmp = tempNameOf(c.real);
    if ((await (0,promises_.lstat)(tmp).catch(() => undefined))?.isSymbolicLink())
        throw new errors/* InputError */.dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    return { ...c, ...(mode === undefined ? {} : { mode }) };
}
async function writeContained(input, value, data, opts = {}) {
    const { mode: existingMode, ...c } = await checkWritable(input, value, opts);
    const mode = existingMode ?? opts.mode ?? 0o644;
    const tmp = tempNameOf(c.real);
    const stale = await (0,promises_.lstat)(tmp).catch(() => undefined);
    if (stale?.isSymbolicLink())
        throw new errors/* InputError */.dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    if (stale?.isFile())
        await (0,promises_.rm)(tmp, { force: true }); // left by a killed run
    try {
        await writeAtomic(c.real, data, { temp: tmp, mode });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz(input, value, `is in a directory that does not exist (${(0,external_node_path_.dirname)(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}

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
    return checkWritable(INPUT, file, { base: cwd });
}
/** Write the release into the file; returns true when the file changed. */
async function writeChangelogFile(cwd, file, version, section) {
    const existing = (await readContainedIfExists(INPUT, file, { base: cwd, max: MAX_BYTES }))?.toString('utf8') ?? '';
    const next = prependRelease(existing, version, section);
    if (next === existing)
        return false;
    await writeContained(INPUT, file, next, { base: cwd });
    return true;
}

// EXTERNAL MODULE: ./src/domain/summary.ts
var domain_summary = __webpack_require__(5191);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __webpack_require__(427);
;// CONCATENATED MODULE: ../../packages/core/src/inputs.ts
/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>`). Each returns the parsed value, the fallback when the input is empty,
 * or throws an {@link InputError} that names the input, the value it got and the accepted form.
 */




function raw(name, required = false) {
    const value = runner/* getInput */.V4(name);
    if (required && value === '')
        throw new errors/* InputError */.dz(name, '', 'is required but was empty or not given');
    return value;
}
function orFallback(name, opts, parse) {
    const value = raw(name, opts?.required);
    return value === '' ? opts?.fallback : parse(value);
}
function readString(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        if (opts.pattern && !opts.pattern.test(v))
            throw new errors/* InputError */.dz(name, v, opts.accepted ?? `does not match ${String(opts.pattern)}`);
        return v;
    });
}
/** A required string. */
function requireString(name, opts = {}) {
    return readString(name, { ...opts, required: true });
}
/** `true` or `false`, nothing else (YAML's True/yes are rendered as `true` by the runner already). */
function readBoolean(name, fallback = false) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.dz(name, v, "is not a boolean: use 'true' or 'false'");
}
function readInteger(name, opts = {}) {
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    return orFallback(name, opts, (v) => {
        const n = /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max)
            throw new InputError(name, v, `is not a whole number ${rangeText(min, max)}`);
        return n;
    });
}
function rangeText(min, max) {
    if (min > Number.MIN_SAFE_INTEGER && max < Number.MAX_SAFE_INTEGER)
        return `from ${min} to ${max}`;
    if (min > Number.MIN_SAFE_INTEGER)
        return `of at least ${min}`;
    if (max < Number.MAX_SAFE_INTEGER)
        return `of at most ${max}`;
    return '';
}
function readDuration(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const ms = parseDuration(v);
        if (ms === undefined)
            throw new InputError(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new InputError(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
        return ms;
    });
}
function readVersion(name, opts = {}) {
    return orFallback(name, opts, (v) => (0,version/* checkVersion */.ps)(name, v, opts));
}
function readPercentList(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const parts = v.split(',').map((p) => p.trim());
        const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
        if (nums.some((n) => Number.isNaN(n) || n < 1 || n > 100)) {
            throw new InputError(name, v, "is not a list of whole percents from 1 to 100 (e.g. '5,25,100')");
        }
        if (nums.some((n, i) => i > 0 && n <= nums[i - 1])) {
            throw new InputError(name, v, "is not increasing: each percent must be larger than the one before (e.g. '5,25,100')");
        }
        return nums;
    });
}
function readEnum(name, values, fallback) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (!values.includes(v))
        throw new errors/* InputError */.dz(name, v, `is not one of: ${values.join(', ')}`);
    return v;
}
/** A list, one item per line (commas also separate when `commas` is set); blank lines and `#` comments dropped. */
function readList(name, opts = {}) {
    const v = raw(name, opts.required);
    const lines = v.split(/\r?\n/).flatMap((line) => (opts.commas ? line.split(',') : [line]));
    return lines.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}
/**
 * A list of glob patterns relative to the workspace. Absolute paths and patterns that climb out with `..` are
 * refused. A leading `!` negates.
 */
function readGlobList(name, opts = {}) {
    const globs = readList(name, opts);
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if (body.startsWith('/') || /^[A-Za-z]:[\\/]/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw new errors/* InputError */.dz(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
        }
    }
    return globs;
}
async function readObject(name, opts = {}) {
    const v = raw(name, opts.required);
    if (v === '')
        return opts.fallback;
    const { parse } = await __webpack_require__.e(/* import() */ 483).then(__webpack_require__.t.bind(__webpack_require__, 3483, 19));
    let parsed;
    try {
        parsed = parse(v);
    }
    catch (error) {
        throw new errors/* InputError */.dz(name, v, `is not valid JSON or YAML (${(0,errors/* messageOf */.bD)(error).split('\n')[0]})`, { cause: error });
    }
    const ok = opts.array
        ? Array.isArray(parsed)
        : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (!ok) {
        const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping';
        throw new errors/* InputError */.dz(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`);
    }
    return parsed;
}

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
    const token = readString('token');
    maskSecret(token);
    const initialVersion = readVersion('initial-version', { fallback: '0.1.0', exact: true });
    const releaseAs = readVersion('release-as', { exact: true });
    const prerelease = readPrerelease();
    const source = readSource(token);
    const repository = readString('repository', {
        fallback: env.GITHUB_REPOSITORY,
        pattern: /^[\w.-]+\/[\w.-]+$/,
        accepted: "is not 'owner/name'",
    });
    const from = readString('from');
    const labelMap = await readLabelMap();
    const branches = await readBranches();
    const changelogFile = readString('changelog-file');
    return {
        cwd,
        ...(from !== undefined ? { from } : {}),
        to: readString('to', { fallback: 'HEAD' }),
        tagPrefix: readString('tag-prefix', {
            fallback: 'v',
            pattern: /^[\w./@-]*$/,
            accepted: "is not a tag prefix (letters, digits, '.', '/', '@', '-', '_'), e.g. 'v' or 'core-v'",
        }),
        initialVersion,
        ...(prerelease ? { prerelease } : {}),
        breakingBumpsMajorBelow1: readBoolean('breaking-bumps-major-below-1', false),
        featBumpsPatchBelow1: readBoolean('feat-bumps-patch-below-1', false),
        ...(releaseAs ? { releaseAs } : {}),
        paths: readGlobList('path'),
        source,
        ...(labelMap ? { labelMap } : {}),
        ...(branches ? { branches } : {}),
        skipLabel: readString('skip-label', { fallback: 'skip-changelog' }),
        includeTypes: includeTypes(readList('include-types', { commas: true })),
        ...(token ? { token } : {}),
        ...(repository ? { repository } : {}),
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        now: new Date(),
        log: { info: runner/* info */.pq, warning: (m) => (0,runner/* warning */.$e)(m) },
        strict: readBoolean('strict', false),
        ...(changelogFile ? { changelogFile } : {}),
    };
}
/** `working-directory`: a directory inside the workspace, in a git work tree; returns its real path. */
async function readWorkingDirectory(env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const wd = readString('working-directory', { fallback: '.' });
    const { real: cwd } = await resolveContained('working-directory', wd, {
        base: workspace,
        roots: allowedRoots({ ...env, GITHUB_WORKSPACE: workspace }),
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
    const source = readEnum('source', SOURCES, token ? 'both' : 'commits');
    if (source !== 'commits' && !token)
        throw new errors/* InputError */.dz('source', source, "needs a token to read pull-request labels: set 'token' or use 'source: commits'");
    return source;
}
/** `prerelease`: a channel name (`rc`, `beta`), or undefined. */
function readPrerelease() {
    const prerelease = readString('prerelease');
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
    const list = await readObject('branches', {
        array: true,
        example: "[main, '+([0-9]).x', {name: beta, prerelease: true}]",
    });
    return list && (0,branches/* parseBranches */.G)(list);
}

// EXTERNAL MODULE: ../../packages/core/src/github.ts
var github = __webpack_require__(8644);
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
    const m = await (0,git/* gitRun */.qM)(['merge-tree', '--write-tree', '--name-only', '--no-messages', b, t], cwd);
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
    const branches = readList('drift'); // one per line: globs hold commas (`{+([0-9]),x}`)
    if (!branches.length)
        return undefined;
    for (const b of branches)
        if (/\s|\.\.|^-|[~^:\\]/.test(b))
            throw new errors/* InputError */.dz('drift', b, 'is not a branch name or glob (e.g. develop, 5.x, +([0-9]).x)');
    const trunk = readString('drift-trunk', { pattern: /^(?!-)[^\s~^:\\]+$/, accepted: 'is not a branch name' });
    return { branches, ...(trunk ? { trunk } : {}), backMerge: readBoolean('back-merge', false) };
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
    setOutputs({
        drift: rows.map((r) => ({ ...r, pr: prs.get(r.branch)?.url ?? null })),
        'drift-clean': rows.every((r) => r.state === 'clean' || r.state === 'up to date'),
    });
    driftSummary(rows, new Map([...prs].map(([b, p]) => [b, { url: p.url, action: `#${p.number} ${p.action}` }]))).write();
}

// EXTERNAL MODULE: ./src/line.ts + 1 modules
var line = __webpack_require__(5114);
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
    // The run (git, then the engine while git runs) is evaluated only once the inputs are valid: a bad input fails fast.
    const { generate } = await Promise.resolve(/* import() eager */).then(__webpack_require__.bind(__webpack_require__, 7538));
    const run = await (0,runner/* group */.Os)('Reading commits', () => generate(o));
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
    setOutputs({
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
    (run.line ? summary.raw((0,line/* lineSummary */.Z)(run.line)) : summary).write();
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ toRemoteError),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
/* unused harmony exports GITHUB_HINTS, statusOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * The one conversion of a failed GitHub API request into a {@link RemoteError}: what was being done, the HTTP
 * status, GitHub's own message and a hint saying what to fix (token permissions for a 403). Pure: it looks at the
 * thrown value only (octokit's `RequestError` carries `status` and `response.data.message`).
 */

/** What a status usually means for an action's GitHub token. */
const GITHUB_HINTS = {
    401: 'The token was refused; check the token input.',
    403: "The token may lack the permission this needs: add it under the job's permissions.",
    404: 'Check the repository, and that the token can see it.',
};
const SERVER_HINT = 'GitHub had a server error (retried); re-run the job later.';
/** The HTTP status of a thrown request error, or undefined for anything else (a bug, a network error). */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Turn an HTTP failure into a {@link RemoteError} naming the operation; an error that is already a RemoteError or
 * carries no HTTP status is returned as it is.
 */
function toRemoteError(operation, error, hints = {}) {
    const status = statusOf(error);
    if (status === undefined || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi)
        return error;
    const e = error;
    const message = e.response?.data?.message;
    const detail = typeof message === 'string' && message !== '' ? message : (e.message ?? 'no detail');
    const hint = hints[status] ?? GITHUB_HINTS[status] ?? (status >= 500 ? SERVER_HINT : undefined);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RemoteError */ .Hi(operation, status, detail, { ...(hint ? { hint } : {}), cause: error });
}
async function callGitHub(operation, request, opts = {}) {
    try {
        return await request();
    }
    catch (error) {
        if (opts.absent?.includes(statusOf(error) ?? 0))
            return undefined;
        throw toRemoteError(operation, error, opts.hints);
    }
}


/***/ }),

/***/ 8644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports SUITE_VERSION, apiBaseUrl, currentRepo, isLoopbackUrl */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(149);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5736);
/**
 * The GitHub client: @octokit/rest with retry and throttling, base URL from GITHUB_API_URL (so GitHub Enterprise
 * Server works), the token masked, and a user agent naming the suite. Loaded lazily by callers that need it
 * (`await createGitHubClient(...)`), so actions that never talk to GitHub do not pay for octokit at start-up.
 */


const SUITE_VERSION = '0.1.0';
/** Resolve the REST API base URL for this runner. */
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** `owner/repo` of the workflow run, from GITHUB_REPOSITORY. */
function currentRepo(env = process.env) {
    const full = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = full.split('/');
    if (!owner || !repo)
        throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
            hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.',
        });
    return { owner, repo };
}
/** True for http(s)://127.x.x.x, localhost and [::1] API URLs. */
function isLoopbackUrl(url) {
    try {
        const host = new URL(url).hostname;
        return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
    }
    catch {
        return false;
    }
}
/** A stand-in for plugin-throttling's per-route Bottleneck groups that runs jobs at once (no pacing). */
const UNPACED = {
    key: () => ({
        schedule: (_options, job, ...args) => job(...args),
    }),
};
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('No GitHub token was given', {
            hint: "Set the 'token' input (it defaults to ${{ github.token }}).",
        });
    }
    _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(options.token);
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 760).then(__webpack_require__.bind(__webpack_require__, 760)),
        Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(491)]).then(__webpack_require__.bind(__webpack_require__, 4491)),
        Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 2812)),
    ]);
    const retries = options.retries ?? 3;
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const pacing = options.pacing ?? !isLoopbackUrl(baseUrl);
    const Client = Octokit.plugin(retry, throttling);
    // Octokit logs every failed request at error level, including ones the retry plugin then retries: as plain log
    // lines they inform; as error annotations they would flag a job that succeeded. Failures that stick are thrown
    // and reported once by run(). Successful requests (info) go to the debug log.
    const log = options.log ?? {
        debug: _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz,
        info: _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz,
        warn: _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e,
        error: (m) => _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`GitHub API: ${m}`),
    };
    return new Client({
        auth: options.token,
        baseUrl,
        userAgent: `shipline/${SUITE_VERSION}${options.action ? ` (${options.action})` : ''}`,
        log,
        // 403 is not retried here: a secondary rate limit (a 403 too) is retried by the throttling plugin, and any
        // other 403 (missing permission) will not change by asking again. (`request.retries` would force retries on
        // every status, doNotRetry or not: plugin-retry reads it per request.)
        retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: {
            // The plugin only calls `.key(id).schedule(options, job)` on these groups (wrap-request.js).
            ...(pacing ? {} : { write: UNPACED, notifications: UNPACED }),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
        },
    });
}


/***/ }),

/***/ 6262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* reexport */ run)
});

// UNUSED EXPORTS: ExecError, GITHUB_HINTS, InputError, LogStream, NAME_MAX, PATH_MAX, RemoteError, SUITE_VERSION, Summary, UserError, allowedRoots, apiBaseUrl, appendSummary, branchGlob, bulletList, callGitHub, cell, checkFileName, checkPathText, checkVersion, checkWritable, codeSpan, commitTime, createGitHubClient, currentRepo, debug, durationValue, endGroup, error, escapeHtml, exec, exportVariable, fitRange, formatDuration, getInput, git, gitMaybe, gitRecordBatches, gitRecords, gitRun, group, hashChunks, hashFile, hashingStream, info, inline, isDebug, isInside, isLoopbackUrl, isShallow, isVersion, lastLines, lineChart, literalValues, maintenanceRange, maintenanceRanges, maskHeader, maskSecret, maskUrl, messageOf, normalVersion, notice, onLine, openContained, parseBranches, parseDuration, parseVersion, quote, readBoolean, readContained, readContainedIfExists, readDuration, readEnum, readGlobList, readInteger, readList, readObject, readPercentList, readState, readString, readTextIfExists, readVersion, realPathOf, redact, report, requireString, resolveBranch, resolveContained, resolveRef, safeLog, saveState, setFailed, setOutput, setOutputs, setSecret, sleep, splitRecordBatches, splitRecords, splitUrlCredentials, startGroup, statContained, statusOf, tempNameOf, timeChart, toRemoteError, trunkFloor, urlForLog, versionProblem, warning, writeAtomic, writeContained

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 2 modules
var runner = __webpack_require__(149);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/run.ts
/**
 * The one catch at every action's entrypoint. A {@link UserError} becomes `core.setFailed` with an annotation
 * (and its hint), exit code 1 and no stack trace; anything else is reported as internal, with the stack only
 * when RUNNER_DEBUG=1.
 */


async function run(main) {
    try {
        await main();
    }
    catch (error) {
        report(error);
    }
}
/** Report a failure as the runner shows it; sets process.exitCode = 1. */
function report(error) {
    const debug = process.env.RUNNER_DEBUG === '1';
    if (error instanceof errors/* UserError */.yo) {
        const text = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
        if (error.file) {
            // setFailed takes no annotation properties: same effect, with the file and line attached.
            runner/* error */.z3(text, { title: 'Shipline', file: error.file, ...(error.line ? { startLine: error.line } : {}) });
        }
        else {
            runner/* setFailed */.C1(text);
        }
        if (debug && error.stack)
            runner/* debug */.Yz(error.stack);
    }
    else {
        runner/* setFailed */.C1(`Internal error: ${(0,errors/* messageOf */.bD)(error)}${debug ? '' : ' (re-run with debug logging for the stack trace)'}`);
        if (debug && error instanceof Error && error.stack)
            runner/* info */.pq(error.stack);
    }
    process.exitCode = 1;
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts






















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
