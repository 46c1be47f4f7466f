export const id = 328;
export const ids = [328];
export const modules = {

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5671);
/* harmony import */ var _domain_bump_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1601);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1539);
/**
 * Local entry, no GitHub needed (commits only): `node actions/changelog/dist/index.js --repo DIR [options]`.
 * Prints the changelog (default), the release notes (`--notes`), or the structured result (`--json`) to stdout;
 * progress and errors go to stderr; exit 1 on a bad argument or git error.
 */






const USAGE = `Usage: node dist/index.js --repo DIR [--from REF] [--to REF] [--tag-prefix v] [--path P]... [--prerelease rc]
  [--initial-version 0.1.0] [--repository owner/name] [--json | --notes | --summary] [--quiet]`;
/** Run the CLI with `argv` (without node and script). */
async function cli(argv) {
    try {
        const { values: v } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
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
            },
            strict: true,
        });
        if (!v.repo)
            throw new _shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`--repo is required\n${USAGE}`);
        if (!(0,_domain_bump_js__WEBPACK_IMPORTED_MODULE_3__/* .isVersion */ .lF)(v['initial-version']))
            throw new _shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`--initial-version '${v['initial-version']}' is not a semantic version such as 0.1.0`);
        if (v.prerelease !== undefined && !(0,_domain_bump_js__WEBPACK_IMPORTED_MODULE_3__/* .isChannel */ .IV)(v.prerelease))
            throw new _shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`--prerelease '${v.prerelease}' is not a channel name such as rc or beta`);
        const log = (m) => void (v.quiet || process.stderr.write(`${m}\n`));
        const run = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .generate */ .c)({
            cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(v.repo),
            ...(v.from ? { from: v.from } : {}),
            to: v.to,
            tagPrefix: v['tag-prefix'],
            initialVersion: v['initial-version'],
            ...(v.prerelease ? { prerelease: v.prerelease } : {}),
            breakingBumpsMajorBelow1: false,
            paths: v.path,
            source: 'commits',
            includeTypes: _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_INCLUDE */ .Z,
            ...(v.repository ? { repository: v.repository } : {}),
            now: new Date(),
            log: { info: log, warning: (m) => log(`warning: ${m}`) },
        });
        const r = run.result;
        log(`${r.previousVersion ?? '(none)'} -> ${r.version || '(none)'} (${r.releaseType}); ${r.total} commits, ${r.nonConventional.length} not conventional`);
        let out = run.changelog;
        if (v.json)
            out = `${JSON.stringify(run.json(), null, 2)}\n`;
        else if (v.notes)
            out = run.notes;
        else if (v.summary)
            out = (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5191))).buildSummary(r, { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to }, run.links).toString();
        process.stdout.write(out);
    }
    catch (e) {
        const hint = e instanceof _shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo && e.hint ? `\nHint: ${e.hint}` : '';
        process.stderr.write(`error: ${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(e)}${hint}\n`);
        process.exitCode = 1;
    }
}


/***/ })

};
