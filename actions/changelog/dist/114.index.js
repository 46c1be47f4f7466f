export const id = 114;
export const ids = [114];
export const modules = {

/***/ 5114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ lineSummary),
  onTheLine: () => (/* binding */ onTheLine),
  previousOnLine: () => (/* reexport */ previousOnLine),
  readLine: () => (/* binding */ readLine)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/branches.ts
var branches = __webpack_require__(9631);
// EXTERNAL MODULE: ../../packages/core/src/summary.ts
var summary = __webpack_require__(4195);
// EXTERNAL MODULE: ./src/adapters/git.ts + 3 modules
var git = __webpack_require__(6835);
// EXTERNAL MODULE: ../../node_modules/semver/functions/parse.js
var parse = __webpack_require__(5797);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
;// CONCATENATED MODULE: ./src/domain/branches.ts
/** Release lines for the changelog (rules in @shipline/core's branches): which earlier versions count as "previous". Pure. */


/**
 * The versions that can be the previous release on this line: stable ones in a maintenance line's range; stable
 * ones and this channel's pre-releases on a pre-release branch (so 2.0.0-beta.2 follows 2.0.0-beta.1); stable
 * ones elsewhere (and without a `branches` input).
 */
function previousOnLine(line) {
    return (version) => {
        const v = parse_default()(version);
        if (!v)
            return false;
        if (!line || line.kind === 'release')
            return v.prerelease.length === 0;
        if (line.kind === 'maintenance')
            return (0,branches/* onLine */.Cl)(line, version);
        return v.prerelease.length === 0 || v.prerelease[0] === line.prerelease;
    };
}

;// CONCATENATED MODULE: ./src/line.ts
/**
 * The release line of the branch being released (`branches` input): which branch this is, the rule it falls
 * under, and for a release branch the lowest version it may make (above every existing maintenance line).
 */


/** Which versions can be the line's previous release (here so that the run loads the line in one chunk). */

async function readLine(cwd, rules, log) {
    const branch = await (0,git/* currentBranch */.eR)(cwd);
    if (!branch) {
        throw new errors/* UserError */.yo("Input 'branches' is set, but the checkout is on no branch (detached HEAD), so its release line is unknown", {
            hint: 'Run on a push to a branch (GITHUB_REF refs/heads/…), or check the branch out by name.',
        });
    }
    const line = (0,branches/* resolveBranch */.pd)(rules, branch);
    if (!line) {
        log.info(`Branch ${branch} is not a release branch in 'branches' (${rules.map((r) => r.name).join(', ')}): nothing is released from it`);
        return { branch };
    }
    const floor = line.kind === 'release' ? (0,branches/* trunkFloor */.$p)((0,branches/* maintenanceRanges */.IM)(rules, await (0,git/* branchNames */.nG)(cwd))) : undefined;
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
    const problem = (0,branches/* versionProblem */.Ec)(facts.line, result.version, facts.floor);
    if (!problem)
        return result;
    const causes = result.causes.slice(0, 3).map((e) => `${e.commit.shortSha} ${e.commit.header}`);
    throw new errors/* UserError */.yo(`Branch ${facts.branch}: ${problem}${causes.length ? ` (from ${causes.join('; ')})` : ''}`, {
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
    ].map((c) => (0,summary/* cell */.Hn)(c));
    return `| Branch | Line | npm dist-tag | Versions |\n| --- | --- | --- | --- |\n| ${row.join(' | ')} |`;
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
