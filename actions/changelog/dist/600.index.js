export const id = 600;
export const ids = [600];
export const modules = {

/***/ 9631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ trunkFloor),
/* harmony export */   Cl: () => (/* binding */ onLine),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   Fx: () => (/* binding */ branchGlob),
/* harmony export */   G: () => (/* binding */ parseBranches),
/* harmony export */   IM: () => (/* binding */ maintenanceRanges),
/* harmony export */   fx: () => (/* binding */ maintenanceRange),
/* harmony export */   pd: () => (/* binding */ resolveBranch)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5736);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6841);
/* harmony import */ var semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5797);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Release branches in the style semantic-release users know, shared by changelog (which version a branch may make,
 * which tag came before it on the same line) and publish-release (which npm dist-tag and release flags a branch
 * gets). Pure: the caller names the branch being released and, when it knows them, the branches that exist.
 *
 * ```yaml
 * branches: |
 *   - main                              # trunk: the first plain name (dist-tag latest)
 *   - next                              # another release line (dist-tag next)
 *   - '+([0-9]).x'                      # maintenance lines 1.x, 2.x … (range from the name)
 *   - { name: '1.2.x' }                 # maintenance 1.2.x: >=1.2.0 <1.3.0
 *   - { name: beta, prerelease: true }  # pre-releases 2.0.0-beta.1 (dist-tag beta)
 *   - { name: alpha-*, prerelease: alpha, channel: alpha }
 * ```
 * A name may be a glob (`*`, `?`, `+([0-9])`, `{a,b}`), matched against the whole branch name.
 */



const EXAMPLE = 'a YAML/JSON list such as "[main, \'+([0-9]).x\', {name: beta, prerelease: true}]"';
const CHANNEL = /^[A-Za-z][\w.-]*$/;
/** A maintenance range from `N.x` / `N.N.x` (also `N.x.x`), or undefined. */
function maintenanceRange(text) {
    const m = /^v?(\d+)\.(?:(\d+)\.)?x(?:\.x)?$/.exec(text);
    if (!m)
        return undefined;
    const major = Number(m[1]);
    if (m[2] === undefined)
        return { min: `${major}.0.0`, max: `${major + 1}.0.0`, text };
    const minor = Number(m[2]);
    return { min: `${major}.${minor}.0`, max: `${major}.${minor + 1}.0`, text };
}
/** Turn a branch glob (`*`, `?`, `+([0-9])`, `?(…)`, `{a,b}`, `[…]`) into an anchored RegExp. */
function branchGlob(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const next = pattern[i + 1];
        if ((c === '+' || c === '?' || c === '*' || c === '@') && next === '(') {
            let depth = 0;
            let j = i + 1;
            for (; j < pattern.length; j++) {
                if (pattern[j] === '(')
                    depth++;
                if (pattern[j] === ')' && --depth === 0)
                    break;
            }
            const inner = branchGlob(pattern.slice(i + 2, j))
                .source.slice(1, -1)
                .replace(/\\\|/g, '|');
            out += `(?:${inner})${c === '@' ? '' : c}`;
            i = j;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '{') {
            const end = pattern.indexOf('}', i);
            if (end < 0)
                out += '\\{';
            else {
                out += `(?:${pattern
                    .slice(i + 1, end)
                    .split(',')
                    .map((p) => branchGlob(p).source.slice(1, -1))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '|')
            out += '\\|';
        else
            out += c.replace(/[.+^$()\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
const isGlob = (name) => /[*?[{]|[+@]\(/.test(name);
/** Maintenance by name: `1.x`, `1.2.x`, or a glob that can only match such names (`+([0-9]).x`, `*.x`). */
const looksMaintenance = (name) => maintenanceRange(name) !== undefined || (isGlob(name) && /\.x$/.test(name));
/** Parse the `branches` input (already YAML/JSON-parsed). Errors name the input, the entry and what is accepted. */
function parseBranches(value, input = 'branches') {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, JSON.stringify(value) ?? String(value), `is not a non-empty list of branches: ${EXAMPLE}`);
    const rules = list.map((raw, i) => {
        const entry = typeof raw === 'string' ? { name: raw } : raw;
        const where = `(entry ${i + 1})`;
        if (!entry || typeof entry !== 'object' || typeof entry.name !== 'string' || entry.name.trim() === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, JSON.stringify(raw) ?? String(raw), `${where} has no "name"; each entry is a branch name or {name, prerelease?, channel?, range?}`);
        }
        const name = entry.name.trim();
        if (/\s|\.\.|^-|[~^:\\]/.test(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, name, `${where} is not a branch name or glob`);
        const channel = entry.channel === undefined || entry.channel === false ? undefined : String(entry.channel);
        if (channel !== undefined && !CHANNEL.test(channel))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, channel, `${where} "channel" is not an npm dist-tag (a letter, then letters, digits, '.', '-', '_'; not a version or range)`);
        const pre = entry.prerelease;
        if (pre !== undefined && pre !== false) {
            const id = pre === true ? name : String(pre);
            if (!/^[0-9A-Za-z-]+$/.test(id) || /^\d+$/.test(id)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, String(pre === true ? name : pre), `${where} "prerelease" is not a pre-release id (letters, digits, '-'; with prerelease: true the branch name is the id, so a glob name needs prerelease: <id>)`);
            }
            return { name, kind: 'prerelease', prerelease: id, ...(channel ? { channel } : {}) };
        }
        const range = entry.range === undefined ? undefined : String(entry.range);
        if (range !== undefined && !maintenanceRange(range))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, range, `${where} "range" is not a maintenance range such as '1.x' or '1.2.x'`);
        if (range !== undefined || looksMaintenance(name))
            return { name, kind: 'maintenance', ...(range ? { range } : {}), ...(channel ? { channel } : {}) };
        return { name, kind: 'release', ...(channel ? { channel } : {}) };
    });
    if (!rules.some((r) => r.kind === 'release')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, list.map((r) => (typeof r === 'string' ? r : r?.name)).join(', '), `has no release branch (a plain name such as 'main'): the first one is the trunk`);
    }
    return rules;
}
/** The rule a concrete branch falls under (first match wins), or undefined when it is not a release branch. */
function resolveBranch(rules, branch) {
    const rule = rules.find((r) => (isGlob(r.name) ? branchGlob(r.name).test(branch) : r.name === branch));
    if (!rule)
        return undefined;
    const trunkRule = rules.find((r) => r.kind === 'release');
    const trunk = rule === trunkRule;
    if (rule.kind === 'prerelease')
        return {
            branch,
            kind: 'prerelease',
            trunk: false,
            prerelease: rule.prerelease,
            distTag: rule.channel ?? rule.prerelease,
        };
    if (rule.kind === 'maintenance') {
        const range = maintenanceRange(rule.range ?? branch);
        if (!range)
            return undefined;
        return {
            branch,
            kind: 'maintenance',
            trunk: false,
            range,
            distTag: rule.channel ?? `release-${branch.replace(/[^\w.-]/g, '-')}`,
        };
    }
    return {
        branch,
        kind: 'release',
        trunk,
        distTag: rule.channel ?? (trunk ? 'latest' : branch.replace(/[^\w.-]/g, '-')),
    };
}
/** The maintenance ranges of existing branches (the trunk's versions must stay above all of them). */
function maintenanceRanges(rules, existing) {
    return existing
        .map((b) => resolveBranch(rules, b))
        .flatMap((r) => (r?.kind === 'maintenance' && r.range ? [r.range] : []));
}
/** Is a version on this branch's line? Pre-release branches take their id's pre-releases (and the stable ones before). */
function onLine(branch, version) {
    const v = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(version);
    if (!v)
        return false;
    if (branch.range)
        return (!v.prerelease.length &&
            semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(version, branch.range.min) >= 0 &&
            semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(version, branch.range.max) < 0);
    if (v.prerelease.length)
        return branch.kind === 'prerelease' && v.prerelease[0] === branch.prerelease;
    return true;
}
/**
 * Why `version` may not be released from this branch, or undefined when it may. `floor`: the lowest version the
 * trunk may release (above every maintenance line), from {@link trunkFloor}.
 */
function versionProblem(branch, version, floor) {
    const v = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(version);
    if (!v)
        return `'${version}' is not a semantic version`;
    if (branch.kind === 'maintenance' && branch.range) {
        if (v.prerelease.length)
            return `${version} is a pre-release; maintenance line ${branch.branch} (${branch.range.text}) releases only versions >=${branch.range.min} <${branch.range.max}`;
        if (semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(version, branch.range.min) < 0 || semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(version, branch.range.max) >= 0) {
            const what = branch.range.text.split('.').length === 3 ? 'fixes' : 'fixes and features';
            return `${version} is outside maintenance line ${branch.branch} (>=${branch.range.min} <${branch.range.max}): this line takes ${what} only; land the change on the trunk or on a newer line`;
        }
        return undefined;
    }
    if (branch.kind === 'prerelease') {
        if (v.prerelease[0] !== branch.prerelease)
            return `${version} is not a ${branch.prerelease} pre-release; branch ${branch.branch} releases versions like 2.0.0-${branch.prerelease}.1`;
        return undefined;
    }
    if (v.prerelease.length)
        return `${version} is a pre-release; release branch ${branch.branch} releases stable versions (make a pre-release branch for it)`;
    if (floor && semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(version, floor) < 0)
        return `${version} is not above the maintenance lines (the trunk must release ${floor} or higher, or the versions would collide with a maintenance line)`;
    return undefined;
}
/** The lowest version the trunk may release: the highest upper bound of the maintenance ranges, if any. */
function trunkFloor(ranges) {
    let floor;
    for (const r of ranges)
        if (!floor || semver_functions_compare_js__WEBPACK_IMPORTED_MODULE_0___default()(r.max, floor) > 0)
            floor = r.max;
    return floor;
}


/***/ }),

/***/ 8283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   k6: () => (/* binding */ durationValue)
/* harmony export */ });
/**
 * Durations written as `90s`, `5m`, `1h30m`, `250ms` or a bare number. Pure: no I/O.
 *
 * The bare-number rule, the same for every input and every YAML/JSON field: **a bare number is seconds**, whether it
 * arrives as text (`'30'`, an action input) or as a YAML/JSON number (`interval: 30`), and it may have a fraction
 * (`0.5` is 500 ms). It is what the inputs always meant (`health-timeout: 30` waited 30 s; a metric's `interval: 30`
 * measured every 30 s); fractions and YAML numbers in the circuit breaker's `interval` are now read by the same rule.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
/** Parse a duration to milliseconds, or return undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (/^\d+(?:\.\d+)?$/.test(s))
        return Math.round(Number(s) * 1000);
    let total = 0;
    PART.lastIndex = 0;
    let pos = 0;
    while (pos < s.length) {
        PART.lastIndex = pos;
        const m = PART.exec(s);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNIT_MS[m[2]];
        pos = PART.lastIndex;
    }
    return Math.round(total);
}
/**
 * A duration from a YAML/JSON value, in milliseconds: a string as {@link parseDuration} reads it, or a number of
 * seconds (see the bare-number rule above). Undefined for anything else (a negative or non-finite number, an object).
 */
function durationValue(value) {
    if (typeof value === 'string')
        return parseDuration(value);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return Math.round(value * 1000);
    return undefined;
}
/** Format milliseconds for people: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    const totalS = Math.round(ms / 1000);
    const h = Math.floor(totalS / 3600);
    const m = Math.floor((totalS % 3600) / 60);
    const sec = totalS % 60;
    return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(sec).padStart(2, '0')}s`;
}


/***/ }),

/***/ 6824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readTextIfExists),
/* harmony export */   v: () => (/* binding */ writeAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
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
    const tmp = opts.temp ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)}.${process.pid}-${Date.now().toString(36)}-${++written}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW, mode);
    try {
        await handle.writeFile(data);
        await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, path);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
}
/** The file's text, or undefined when it does not exist. */
async function readTextIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ toRemoteError),
/* harmony export */   PU: () => (/* binding */ GITHUB_HINTS),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
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
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   Uc: () => (/* binding */ currentRepo),
/* harmony export */   sZ: () => (/* binding */ SUITE_VERSION),
/* harmony export */   tE: () => (/* binding */ isLoopbackUrl),
/* harmony export */   tj: () => (/* binding */ apiBaseUrl)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5684);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
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

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   Ag: () => (/* binding */ readObject),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   MI: () => (/* binding */ readPercentList),
/* harmony export */   N$: () => (/* binding */ readGlobList),
/* harmony export */   VW: () => (/* binding */ requireString),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   ai: () => (/* binding */ readEnum)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5684);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5736);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8283);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(427);
/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>`). Each returns the parsed value, the fallback when the input is empty,
 * or throws an {@link InputError} that names the input, the value it got and the accepted form.
 */




function raw(name, required = false) {
    const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (required && value === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', 'is required but was empty or not given');
    return value;
}
function orFallback(name, opts, parse) {
    const value = raw(name, opts?.required);
    return value === '' ? opts?.fallback : parse(value);
}
function readString(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        if (opts.pattern && !opts.pattern.test(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, opts.accepted ?? `does not match ${String(opts.pattern)}`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, "is not a boolean: use 'true' or 'false'");
}
function readInteger(name, opts = {}) {
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    return orFallback(name, opts, (v) => {
        const n = /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, `is not a whole number ${rangeText(min, max)}`);
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
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(v);
        if (ms === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
        return ms;
    });
}
function readVersion(name, opts = {}) {
    return orFallback(name, opts, (v) => (0,_version_js__WEBPACK_IMPORTED_MODULE_3__/* .checkVersion */ .ps)(name, v, opts));
}
function readPercentList(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const parts = v.split(',').map((p) => p.trim());
        const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
        if (nums.some((n) => Number.isNaN(n) || n < 1 || n > 100)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, "is not a list of whole percents from 1 to 100 (e.g. '5,25,100')");
        }
        if (nums.some((n, i) => i > 0 && n <= nums[i - 1])) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, "is not increasing: each percent must be larger than the one before (e.g. '5,25,100')");
        }
        return nums;
    });
}
function readEnum(name, values, fallback) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (!values.includes(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, `is not one of: ${values.join(', ')}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, `is not valid JSON or YAML (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error).split('\n')[0]})`, { cause: error });
    }
    const ok = opts.array
        ? Array.isArray(parsed)
        : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (!ok) {
        const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`);
    }
    return parsed;
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

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   aw: () => (/* binding */ maskHeader),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   yP: () => (/* binding */ maskUrl)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5684);
/** Outputs and state: values that are not strings are written as JSON, so later steps can `fromJSON()` them. */

function render(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Set several outputs at once. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, render(value));
}
/** Save a value for the `post:` step (or a later phase) of the same action. */
function saveState(name, value) {
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, render(value));
}
/** Read a value saved with {@link saveState}; JSON is parsed back when `json` is set. */
function readState(name, json = false) {
    const v = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name);
    if (v === '')
        return undefined;
    return (json ? JSON.parse(v) : v);
}
/** Mask a secret in every later log line, summary and output; empty values are ignored. */
function maskSecret(value) {
    if (value)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
}
/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
function maskHeader(value) {
    if (value)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderSecret */ .Yw(value);
}
/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
function maskUrl(url) {
    return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setUrlSecret */ .Q1(url);
}


/***/ }),

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ writeContained),
/* harmony export */   F: () => (/* binding */ tempNameOf),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Mb: () => (/* binding */ allowedRoots),
/* harmony export */   ZB: () => (/* binding */ checkWritable),
/* harmony export */   ZJ: () => (/* binding */ checkPathText),
/* harmony export */   c: () => (/* binding */ openContained),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   fo: () => (/* binding */ NAME_MAX),
/* harmony export */   gu: () => (/* binding */ readContained),
/* harmony export */   l_: () => (/* binding */ readContainedIfExists),
/* harmony export */   mi: () => (/* binding */ resolveContained),
/* harmony export */   n6: () => (/* binding */ PATH_MAX),
/* harmony export */   w3: () => (/* binding */ statContained),
/* harmony export */   wi: () => (/* binding */ checkFileName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5736);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6824);
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
    const roots = [{ label: 'the workspace', path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace || process.cwd()) }];
    if (env.RUNNER_TEMP)
        roots.push({ label: 'RUNNER_TEMP', path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.RUNNER_TEMP) });
    return roots;
}
/** True when `child` is `parent` or below it (both absolute, normalized). */
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, 'is empty: give a path relative to the workspace');
    if (value.includes('\0'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, 'contains a NUL character; a path cannot');
    if (value.length > PATH_MAX)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is ${value.length} characters long; a path can be at most ${PATH_MAX}`);
    const long = value.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX);
    if (long !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `has a name of ${Buffer.byteLength(long)} bytes; each name in a path can be at most ${NAME_MAX} bytes`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `${why}; give ${accepted}`);
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
    return code && why[code] ? new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, why[code], { cause: error }) : undefined;
}
/** The real path of `path`, which need not exist: the deepest existing ancestor's real path plus the rest. */
async function realPathOf(path, hops = 0) {
    if (hops > MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path);
    if (parent === path)
        return path;
    const realParent = await realPathOf(parent, hops + 1);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path);
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realParent, name);
    // A dangling link: writing through it would create its target, so the target is where this path leads.
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(here).catch(() => undefined);
    if (st?.isSymbolicLink())
        return realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(realParent, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(here)), hops + 1);
    return here;
}
async function realRoots(roots) {
    return Promise.all(roots.map(async (r) => ({ label: r.label, path: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(r.path).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(r.path)) })));
}
/**
 * Resolve a path input and check that its real path is inside one of the roots (the workspace or RUNNER_TEMP by
 * default). Nothing is created or opened.
 */
async function resolveContained(input, value, opts = {}) {
    checkPathText(input, value);
    const given = opts.roots ?? allowedRoots(opts.env);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(opts.base ?? given[0].path, value);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is outside the allowed roots${how}; give a path inside ${rootsText(roots)}`, opts.outsideHint ? { hint: opts.outsideHint } : {});
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
    const where = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
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
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(c.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, 'names a file that does not exist', {
                hint: 'Check the path; relative paths start at the workspace.',
                cause: error,
            });
        if (code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is ${kindOf(st)}, not a regular file`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is over ${max} bytes; at most ${max} are accepted`);
        return { path: f.path, real: f.real, data };
    }
    finally {
        await f.handle.close();
    }
}
/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
async function readContainedIfExists(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const there = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(c.real).then(() => true, () => false);
    return there ? (await readContained(input, value, opts)).data : undefined;
}
/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
function tempNameOf(real) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(real), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(real)}.shipline-tmp`);
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
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(c.path).catch(() => undefined);
    if (target?.isSymbolicLink()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is a symlink (to ${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`);
    }
    let mode;
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(c.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, 'is a symlink; refusing to write through it', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    });
    if (existing) {
        try {
            const st = await existing.stat();
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is ${kindOf(st)}; refusing to replace it with a file`);
            mode = st.mode & 0o777;
            await checkOpened(input, value, existing, roots);
            opts.replaces?.(await existing.readFile(), c.real);
        }
        finally {
            await existing.close();
        }
    }
    const tmp = tempNameOf(c.real);
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(tmp).catch(() => undefined))?.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    return { ...c, ...(mode === undefined ? {} : { mode }) };
}
async function writeContained(input, value, data, opts = {}) {
    const { mode: existingMode, ...c } = await checkWritable(input, value, opts);
    const mode = existingMode ?? opts.mode ?? 0o644;
    const tmp = tempNameOf(c.real);
    const stale = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(tmp).catch(() => undefined);
    if (stale?.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    if (stale?.isFile())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }); // left by a killed run
    try {
        await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomic */ .v)(c.real, data, { temp: tmp, mode });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, value, `is in a directory that does not exist (${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}


/***/ }),

/***/ 4195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Tz: () => (/* binding */ lineChart),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   fF: () => (/* binding */ bulletList),
/* harmony export */   mG: () => (/* binding */ inline)
/* harmony export */ });
/* unused harmony export block */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5684);
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
