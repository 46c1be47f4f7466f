export const id = 328;
export const ids = [328];
export const modules = {

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30);
/* harmony import */ var _domain_bump_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2063);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1601);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4044);
/**
 * Local entry, no GitHub needed (commits only): `node actions/changelog/dist/index.js --repo DIR [options]`.
 * Prints the changelog (default), the release notes (`--notes`), or the structured result (`--json`) to stdout;
 * progress and errors go to stderr; exit 1 on a bad argument or git error.
 */







const USAGE = `Usage: node actions/changelog/dist/index.js --repo DIR [options]

Prints the next version's changelog for a git repository (no GitHub needed). Progress goes to stderr.

  --repo DIR                     the git repository (required)
  --from REF / --to REF          the range (default: the newest release tag .. HEAD)
  --tag-prefix P                 prefix of release tags (default: v)
  --path P                       only commits touching P (repeatable)
  --prerelease CHANNEL           e.g. rc: 1.3.0-rc.1, rc.2, ...
  --initial-version V            first release (default: 0.1.0)
  --release-as V                 this exact version, whatever the commits say
  --feat-bumps-patch-below-1     below 1.0.0 a feature bumps patch
  --repository OWNER/NAME        for links
  --json | --notes | --summary   the structured result, the release notes, or the job summary
  --quiet                        no progress on stderr
  -h, --help                     this text
`;
const OPTIONS = {
    repo: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string', default: 'HEAD' },
    'tag-prefix': { type: 'string', default: 'v' },
    path: { type: 'string', multiple: true, default: [] },
    prerelease: { type: 'string' },
    'initial-version': { type: 'string', default: '0.1.0' },
    repository: { type: 'string' },
    json: { type: 'boolean', default: false },
    notes: { type: 'boolean', default: false },
    summary: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'release-as': { type: 'string' },
    'feat-bumps-patch-below-1': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
/** Run the CLI with `argv` (without node and script). */
async function cli(argv) {
    try {
        const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: argv, options: OPTIONS, strict: true });
        if (v.help)
            return void process.stdout.write(USAGE);
        check(v);
        const log = (m) => void (v.quiet || process.stderr.write(`${m}\n`));
        const run = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__.generate)(options(v, log));
        const r = run.result;
        log(`${r.previousVersion ?? '(none)'} -> ${r.version || '(none)'} (${r.releaseType}); ${r.total} commits, ${r.nonConventional.length} not conventional`);
        await write(await output(v, run));
    }
    catch (e) {
        const hint = e instanceof _shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo && e.hint ? `\nHint: ${e.hint}` : '';
        process.stderr.write(`error: ${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(e)}${hint}\n`);
        process.exitCode = 1;
    }
}
/** Bad arguments fail before any git command runs. */
function check(v) {
    if (!v.repo)
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--repo is required\n${USAGE}`);
    if (v['release-as'] !== undefined && !(0,_shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .isVersion */ .lF)(v['release-as']))
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--release-as '${v['release-as']}' is not a semantic version such as 1.0.0`);
    if (!(0,_shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .isVersion */ .lF)(v['initial-version']))
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--initial-version '${v['initial-version']}' is not a semantic version such as 0.1.0`);
    if (v.prerelease !== undefined && !(0,_domain_bump_js__WEBPACK_IMPORTED_MODULE_4__/* .isChannel */ .IV)(v.prerelease))
        throw new _shipline_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`--prerelease '${v.prerelease}' is not a channel name such as rc or beta`);
}
/** The run's options from the arguments (commits only: the CLI reads no pull requests). */
function options(v, log) {
    return {
        cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(v.repo ?? '.'),
        ...(v.from ? { from: v.from } : {}),
        to: v.to,
        tagPrefix: v['tag-prefix'],
        initialVersion: v['initial-version'],
        ...(v.prerelease ? { prerelease: v.prerelease } : {}),
        breakingBumpsMajorBelow1: false,
        featBumpsPatchBelow1: v['feat-bumps-patch-below-1'],
        ...(v['release-as'] ? { releaseAs: v['release-as'] } : {}),
        paths: v.path,
        source: 'commits',
        includeTypes: _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_INCLUDE */ .Z,
        ...(v.repository ? { repository: v.repository } : {}),
        now: new Date(),
        notes: v.notes,
        log: { info: log, warning: (m) => log(`warning: ${m}`) },
    };
}
/** What goes to stdout: the JSON result, the notes, the job summary, or the changelog in parts. */
async function output(v, run) {
    const nl = (text) => (text.endsWith('\n') ? text : `${text}\n`);
    if (v.json)
        return [`${JSON.stringify(run.json(), null, 2)}\n`];
    if (v.notes)
        return [nl(run.notes)];
    if (!v.summary)
        return run.changelogParts();
    const { buildSummary } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5191));
    const range = { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to };
    return [nl(buildSummary(run.result, range, run.links, run.notes).toString())];
}
/** Write parts to stdout as they come, waiting for a slow reader (a pipe) instead of queueing the whole document. */
async function write(parts) {
    for (const part of parts)
        if (!process.stdout.write(part))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(process.stdout, 'drain');
}


/***/ })

};
