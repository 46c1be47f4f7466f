export const id = 227;
export const ids = [227];
export const modules = {

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previousOnLine: () => (/* binding */ previousOnLine)
/* harmony export */ });
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5797);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9631);
/** Release lines for the changelog (rules in @shipline/core's branches): which earlier versions count as "previous". Pure. */


/**
 * The versions that can be the previous release on this line: stable ones in a maintenance line's range; stable
 * ones and this channel's pre-releases on a pre-release branch (so 2.0.0-beta.2 follows 2.0.0-beta.1); stable
 * ones elsewhere (and without a `branches` input).
 */
function previousOnLine(line) {
    return (version) => {
        const v = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(version);
        if (!v)
            return false;
        if (!line || line.kind === 'release')
            return v.prerelease.length === 0;
        if (line.kind === 'maintenance')
            return (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .onLine */ .Cl)(line, version);
        return v.prerelease.length === 0 || v.prerelease[0] === line.prerelease;
    };
}


/***/ }),

/***/ 9631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ trunkFloor),
/* harmony export */   Cl: () => (/* binding */ onLine),
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   Fx: () => (/* binding */ branchGlob),
/* harmony export */   G: () => (/* binding */ parseBranches),
/* harmony export */   IM: () => (/* binding */ maintenanceRanges),
/* harmony export */   pd: () => (/* binding */ resolveBranch)
/* harmony export */ });
/* unused harmony export maintenanceRange */
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


/***/ })

};
