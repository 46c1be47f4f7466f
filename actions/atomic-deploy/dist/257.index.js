export const id = 257;
export const ids = [257];
export const modules = {

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PHASES: () => (/* binding */ PHASES),
/* harmony export */   buildSummary: () => (/* binding */ buildSummary),
/* harmony export */   gantt: () => (/* binding */ gantt),
/* harmony export */   switchSkewMs: () => (/* binding */ switchSkewMs)
/* harmony export */ });
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/** Per-host results, the switch skew and the job summary (tables and a gantt chart). Pure. */

const PHASES = ['connect', 'lock', 'stage', 'switch', 'health', 'revert', 'finish'];
/** Max − min switch time across hosts, in ms (undefined with fewer than one switch). */
function switchSkewMs(results) {
    const at = results.flatMap((r) => (r.switchedAtNs ? [BigInt(r.switchedAtNs)] : []));
    if (at.length === 0)
        return undefined;
    const max = at.reduce((a, b) => (a > b ? a : b));
    const min = at.reduce((a, b) => (a < b ? a : b));
    return Number(max - min) / 1e6;
}
const ms = (t) => (t ? `${Math.round(t.ms)} ms` : '');
/** Mermaid gantt of the phases per host (ms since the run started). */
function gantt(results) {
    const lines = ['gantt', '  title Phases per host (ms since start)', '  dateFormat x', '  axisFormat %S.%L s'];
    for (const r of results) {
        lines.push(`  section ${r.host.replace(/[:#;]/g, ' ')}`);
        for (const p of PHASES) {
            const t = r.timings[p];
            if (t)
                lines.push(`  ${p} : ${Math.round(t.start)}, ${Math.round(t.start + Math.max(1, t.ms))}`);
        }
    }
    return lines.join('\n');
}
const HEADERS = [
    'host',
    'result',
    'before',
    'release',
    'staged',
    'connect',
    'lock',
    'stage',
    'switch',
    'health',
    'revert',
    'error',
];
/** One row of the results table. */
function row(r) {
    const t = r.timings;
    return [
        (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(r.host),
        r.result,
        r.previous ? r.previous.replace(/^releases\//, '') : '(none)',
        r.release,
        r.staged ?? '',
        ...[t.connect, t.lock, t.stage, t.switch, t.health, t.revert].map(ms),
        (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .literalValues */ .MS)(r.error ?? ''),
    ];
}
/** The on-revert table, for the hosts where it ran. */
function onRevertTable(s, results) {
    const ran = results.flatMap((r) => (r.onRevert ? [{ host: r.host, o: r.onRevert }] : []));
    if (!ran.length)
        return;
    s.heading('on-revert', 3);
    s.table(['host', 'result', 'exit', 'time'], ran.map(({ host, o }) => [
        host,
        o.error ? `failed: ${o.error}` : 'passed',
        String(o.code ?? 'killed'),
        `${o.ms} ms`,
    ]));
}
/** The job summary of a run. */
function buildSummary(opts) {
    // Hosts (`deploy@web1:2222`) and releases are values: code spans, never mailto: links. A multi-line outcome keeps its lines.
    const [first = '', ...more] = opts.outcome.split('\n');
    const s = new _shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .Summary */ .BD().heading((0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .literalValues */ .MS)(opts.title), 2).paragraph((0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .literalValues */ .MS)(first));
    if (more.length)
        s.code(more.join('\n'), 'text');
    if (opts.dryRun) {
        for (const r of opts.results)
            s.details(`${r.host}: ${r.previous || '(nothing)'} → ${r.release}`, (r.plan ?? []).map((p, i) => `${i + 1}. ${(0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(p)}`).join('\n'));
        return s;
    }
    s.table(HEADERS, opts.results.map(row));
    onRevertTable(s, opts.results);
    const skew = switchSkewMs(opts.results);
    if (skew !== undefined)
        s.paragraph(`Switch skew (last host's rename minus the first's, host clocks): **${skew.toFixed(1)} ms**`);
    if (opts.results.some((r) => Object.keys(r.timings).length))
        s.mermaid(gantt(opts.results));
    return s;
}


/***/ })

};
