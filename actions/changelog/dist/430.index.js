export const id = 430;
export const ids = [430];
export const modules = {

/***/ 430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ExecError: () => (/* reexport */ exec/* ExecError */.cI),
  GITHUB_HINTS: () => (/* reexport */ github_call/* GITHUB_HINTS */.PU),
  InputError: () => (/* reexport */ errors/* InputError */.dz),
  LogStream: () => (/* reexport */ runner/* LogStream */.Bq),
  NAME_MAX: () => (/* reexport */ paths/* NAME_MAX */.fo),
  PATH_MAX: () => (/* reexport */ paths/* PATH_MAX */.n6),
  RemoteError: () => (/* reexport */ errors/* RemoteError */.Hi),
  SUITE_VERSION: () => (/* reexport */ github/* SUITE_VERSION */.sZ),
  Summary: () => (/* reexport */ summary/* Summary */.BD),
  UserError: () => (/* reexport */ errors/* UserError */.yo),
  allowedRoots: () => (/* reexport */ paths/* allowedRoots */.Mb),
  apiBaseUrl: () => (/* reexport */ github/* apiBaseUrl */.tj),
  appendSummary: () => (/* reexport */ runner/* appendSummary */.fe),
  branchGlob: () => (/* reexport */ branches/* branchGlob */.Fx),
  bulletList: () => (/* reexport */ summary/* bulletList */.fF),
  callGitHub: () => (/* reexport */ github_call/* callGitHub */.ur),
  cell: () => (/* reexport */ summary/* cell */.Hn),
  checkFileName: () => (/* reexport */ paths/* checkFileName */.wi),
  checkPathText: () => (/* reexport */ paths/* checkPathText */.ZJ),
  checkVersion: () => (/* reexport */ version/* checkVersion */.ps),
  checkWritable: () => (/* reexport */ paths/* checkWritable */.ZB),
  codeSpan: () => (/* reexport */ markdown/* codeSpan */.S),
  commitTime: () => (/* reexport */ git/* commitTime */.bX),
  createGitHubClient: () => (/* reexport */ github/* createGitHubClient */.LX),
  currentRepo: () => (/* reexport */ github/* currentRepo */.Uc),
  debug: () => (/* reexport */ runner/* debug */.Yz),
  durationValue: () => (/* reexport */ duration/* durationValue */.k6),
  endGroup: () => (/* reexport */ runner/* endGroup */.N4),
  error: () => (/* reexport */ runner/* error */.z3),
  escapeHtml: () => (/* reexport */ summary/* escapeHtml */.ZD),
  exec: () => (/* reexport */ exec/* exec */.m0),
  exportVariable: () => (/* reexport */ runner/* exportVariable */.dN),
  fitRange: () => (/* reexport */ fitRange),
  formatDuration: () => (/* reexport */ duration/* formatDuration */.a3),
  getInput: () => (/* reexport */ runner/* getInput */.V4),
  git: () => (/* reexport */ git/* git */.$Y),
  gitMaybe: () => (/* reexport */ git/* gitMaybe */.dK),
  gitRecordBatches: () => (/* reexport */ git/* gitRecordBatches */.kO),
  gitRecords: () => (/* reexport */ git/* gitRecords */.Xq),
  group: () => (/* reexport */ runner/* group */.Os),
  hashChunks: () => (/* reexport */ hashChunks),
  hashFile: () => (/* reexport */ hashFile),
  hashingStream: () => (/* reexport */ hashingStream),
  info: () => (/* reexport */ runner/* info */.pq),
  inline: () => (/* reexport */ summary/* inline */.mG),
  isDebug: () => (/* reexport */ runner/* isDebug */._o),
  isInside: () => (/* reexport */ paths/* isInside */.FK),
  isLoopbackUrl: () => (/* reexport */ github/* isLoopbackUrl */.tE),
  isShallow: () => (/* reexport */ git/* isShallow */.fE),
  isVersion: () => (/* reexport */ version/* isVersion */.lF),
  lastLines: () => (/* reexport */ exec/* lastLines */.w$),
  lineChart: () => (/* reexport */ summary/* lineChart */.Tz),
  literalValues: () => (/* reexport */ markdown/* literalValues */.M),
  maintenanceRange: () => (/* reexport */ branches/* maintenanceRange */.fx),
  maintenanceRanges: () => (/* reexport */ branches/* maintenanceRanges */.IM),
  maskHeader: () => (/* reexport */ outputs/* maskHeader */.aw),
  maskSecret: () => (/* reexport */ outputs/* maskSecret */.$l),
  maskUrl: () => (/* reexport */ outputs/* maskUrl */.yP),
  messageOf: () => (/* reexport */ errors/* messageOf */.bD),
  normalVersion: () => (/* reexport */ version/* normalVersion */.AO),
  notice: () => (/* reexport */ runner/* notice */.lm),
  onLine: () => (/* reexport */ branches/* onLine */.Cl),
  openContained: () => (/* reexport */ paths/* openContained */.c),
  parseBranches: () => (/* reexport */ branches/* parseBranches */.G),
  parseDuration: () => (/* reexport */ duration/* parseDuration */.E9),
  parseVersion: () => (/* reexport */ version/* parseVersion */.ot),
  quote: () => (/* reexport */ errors/* quote */.hD),
  readBoolean: () => (/* reexport */ inputs/* readBoolean */.Vf),
  readContained: () => (/* reexport */ paths/* readContained */.gu),
  readContainedIfExists: () => (/* reexport */ paths/* readContainedIfExists */.l_),
  readDuration: () => (/* reexport */ inputs/* readDuration */.$7),
  readEnum: () => (/* reexport */ inputs/* readEnum */.ai),
  readGlobList: () => (/* reexport */ inputs/* readGlobList */.N$),
  readInteger: () => (/* reexport */ inputs/* readInteger */.JI),
  readList: () => (/* reexport */ inputs/* readList */.LD),
  readObject: () => (/* reexport */ inputs/* readObject */.Ag),
  readPercentList: () => (/* reexport */ inputs/* readPercentList */.MI),
  readState: () => (/* reexport */ outputs/* readState */.un),
  readString: () => (/* reexport */ inputs/* readString */.E3),
  readTextIfExists: () => (/* reexport */ files/* readTextIfExists */.T),
  readVersion: () => (/* reexport */ inputs/* readVersion */.$4),
  realPathOf: () => (/* reexport */ paths/* realPathOf */.dN),
  redact: () => (/* reexport */ redact/* redact */.E$),
  report: () => (/* reexport */ report),
  requireString: () => (/* reexport */ inputs/* requireString */.VW),
  resolveBranch: () => (/* reexport */ branches/* resolveBranch */.pd),
  resolveContained: () => (/* reexport */ paths/* resolveContained */.mi),
  resolveRef: () => (/* reexport */ git/* resolveRef */.qE),
  run: () => (/* reexport */ run),
  safeLog: () => (/* reexport */ runner/* safeLog */.Ei),
  saveState: () => (/* reexport */ outputs/* saveState */.LZ),
  setFailed: () => (/* reexport */ runner/* setFailed */.C1),
  setOutput: () => (/* reexport */ runner/* setOutput */.uH),
  setOutputs: () => (/* reexport */ outputs/* setOutputs */.n0),
  setSecret: () => (/* reexport */ runner/* setSecret */.Pq),
  sleep: () => (/* reexport */ sleep),
  splitRecordBatches: () => (/* reexport */ git/* splitRecordBatches */.gY),
  splitRecords: () => (/* reexport */ git/* splitRecords */.DQ),
  splitUrlCredentials: () => (/* reexport */ redact/* splitUrlCredentials */.CN),
  startGroup: () => (/* reexport */ runner/* startGroup */.Oh),
  statContained: () => (/* reexport */ paths/* statContained */.w3),
  statusOf: () => (/* reexport */ github_call/* statusOf */.c2),
  tempNameOf: () => (/* reexport */ paths/* tempNameOf */.F),
  timeChart: () => (/* reexport */ timeChart),
  toRemoteError: () => (/* reexport */ github_call/* toRemoteError */.Oo),
  trunkFloor: () => (/* reexport */ branches/* trunkFloor */.$p),
  urlForLog: () => (/* reexport */ redact/* urlForLog */.$1),
  versionProblem: () => (/* reexport */ branches/* versionProblem */.Ec),
  warning: () => (/* reexport */ runner/* warning */.$e),
  writeAtomic: () => (/* reexport */ files/* writeAtomic */.v),
  writeContained: () => (/* reexport */ paths/* writeContained */.DZ)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(8283);
;// CONCATENATED MODULE: ../../packages/core/src/sleep.ts
/** Resolve after `ms`, or at once when `signal` aborts (never rejects: the caller checks `signal.aborted`). */
function sleep(ms, signal) {
    return new Promise((ok) => {
        if (signal?.aborted)
            return ok();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            ok();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ../../packages/core/src/files.ts
var files = __webpack_require__(6824);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ../../packages/core/src/hash.ts
/**
 * Streamed sha256 (and sha512) of files, downloads and streams, through one reused buffer so memory stays flat
 * however big the file is. node:crypto and node:stream are loaded on first use (they cost start-up time, and most
 * runs of most actions hash nothing).
 */


const hash_crypto = () => process.getBuiltinModule('node:crypto');
const streams = () => process.getBuiltinModule('node:stream');
const CHUNK = 1 << 20;
async function hashFile(path, opts = {}) {
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (opts.noFollow ? external_node_fs_.constants.O_NOFOLLOW : 0));
    try {
        return await hashHandle(file, opts);
    }
    finally {
        await file.close();
    }
}
async function hashHandle(file, opts) {
    const a = hash_crypto().createHash('sha256');
    const b = opts.sha512 ? hash_crypto().createHash('sha512') : undefined;
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
        const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0)
            break;
        const view = buffer.subarray(0, bytesRead);
        a.update(view);
        b?.update(view);
        size += bytesRead;
    }
    return { size, sha256: a.digest('hex'), ...(b ? { sha512: b.digest('base64') } : {}) };
}
/** Hash what an async source yields (a download, a stream). */
async function hashChunks(source) {
    const hash = hash_crypto().createHash('sha256');
    let size = 0;
    for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { size, sha256: hash.digest('hex') };
}
/** A pass-through stream that counts and sha256-hashes what flows through it; `result()` once it has ended. */
function hashingStream() {
    const hash = hash_crypto().createHash('sha256');
    let size = 0;
    const stream = new (streams().Transform)({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    return { stream, result: () => ({ size, sha256: hash.digest('hex') }) };
}

// EXTERNAL MODULE: ../../packages/core/src/inputs.ts
var inputs = __webpack_require__(810);
// EXTERNAL MODULE: ../../packages/core/src/outputs.ts
var outputs = __webpack_require__(4653);
// EXTERNAL MODULE: ../../packages/core/src/redact.ts
var redact = __webpack_require__(9442);
// EXTERNAL MODULE: ../../packages/core/src/summary.ts
var summary = __webpack_require__(4195);
// EXTERNAL MODULE: ../../packages/core/src/markdown.ts
var markdown = __webpack_require__(9602);
;// CONCATENATED MODULE: ../../packages/core/src/charts.ts
/**
 * Mermaid xychart-beta charts of a value over time, drawn the way a reader expects: the x axis is proportional to
 * time (points are resampled on an even time grid, so a 5-minute pause looks 5 minutes long), the y axis is fitted
 * to the data or fixed (a weight is always 0-100), a flat zero line sits above the axis instead of on it, and the
 * line has a colour that reads on light and dark themes. Pure.
 */
/** GitHub's own blue and red (Primer): readable on the light and the dark theme. */
const COLOURS = { ok: '#0969da', bad: '#cf222e' };
const quote = (s) => `"${s.replace(/["\n\r]/g, "'")}"`;
const round = (n) => Number(n.toPrecision(4));
/** A y range that shows every value off the axes: 10% headroom, and a band around a flat series (all zeros too). */
function fitRange(values) {
    const finite = values.filter(Number.isFinite);
    if (!finite.length)
        return [0, 1];
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    const pad = hi === lo ? Math.max(Math.abs(hi) * 0.1, hi === 0 ? 1 : 0) : (hi - lo) * 0.1;
    return [round(lo - pad), round(hi + pad)];
}
/** The value at time `t`: the last point at or before it (`step`), or linear between its neighbours. */
function valueAt(points, t, step) {
    let i = 0;
    while (i + 1 < points.length && points[i + 1].at <= t)
        i++;
    const a = points[i];
    const b = points[i + 1];
    if (step || !b || b.at === a.at)
        return a.value;
    return a.value + ((b.value - a.value) * (t - a.at)) / (b.at - a.at);
}
/** A chart of `points` (sorted by time) against time since the first point; undefined when there is none. */
function timeChart(points, o) {
    const pts = points.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.at));
    const first = pts[0];
    if (!first)
        return undefined;
    const span = pts.at(-1).at - first.at;
    const minutes = span >= 120_000;
    const unit = minutes ? 60_000 : 1000;
    const [lo, hi] = o.range ?? fitRange(pts.map((p) => p.value));
    const head = [
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${COLOURS[o.tone ?? 'ok']}"`,
        '---',
        'xychart-beta',
        `  title ${quote(o.title)}`,
    ];
    const yAxis = `  y-axis ${quote(o.yLabel)} ${round(lo)} --> ${round(hi)}`;
    if (span <= 0)
        return [...head, `  x-axis [${quote('+0s')}]`, yAxis, `  bar [${round(first.value)}]`].join('\n');
    const n = Math.max(2, o.samples ?? 40);
    const values = Array.from({ length: n }, (_, i) => round(valueAt(pts, first.at + (span * i) / (n - 1), o.step ?? false)));
    return [
        ...head,
        `  x-axis ${quote(minutes ? 'minutes since start' : 'seconds since start')} 0 --> ${round(span / unit)}`,
        yAxis,
        `  line [${values.join(', ')}]`,
    ].join('\n');
}

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 1 modules
var runner = __webpack_require__(5684);
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

// EXTERNAL MODULE: ../../packages/core/src/github.ts
var github = __webpack_require__(8644);
// EXTERNAL MODULE: ../../packages/core/src/github-call.ts
var github_call = __webpack_require__(9729);
// EXTERNAL MODULE: ../../packages/core/src/exec.ts
var exec = __webpack_require__(8018);
// EXTERNAL MODULE: ../../packages/core/src/git.ts
var git = __webpack_require__(2735);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __webpack_require__(427);
// EXTERNAL MODULE: ../../packages/core/src/paths.ts
var paths = __webpack_require__(3371);
// EXTERNAL MODULE: ../../packages/core/src/branches.ts
var branches = __webpack_require__(9631);
;// CONCATENATED MODULE: ../../packages/core/src/index.ts






















/***/ })

};
