import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3861);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(221);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 221:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 14 modules
var src = __nccwpck_require__(3861);
;// CONCATENATED MODULE: ./src/domain/decision.ts
function assertNever(x) {
    throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
/**
 * Successful analysis continues; failed or errored analysis rolls back (a metric we cannot read is not evidence
 * the canary is healthy); inconclusive pauses with traffic where it is, for a human or a later run to decide.
 */
function decide(t) {
    switch (t.kind) {
        case 'analysis':
            switch (t.phase) {
                case 'successful':
                    return 'continue';
                case 'failed':
                case 'error':
                    return 'rollback';
                case 'inconclusive':
                    return 'pause';
                default:
                    return assertNever(t.phase);
            }
        case 'manual-gate':
            return t.approved ? 'continue' : 'pause';
        case 'steps-done':
            return 'promote';
        case 'router-error':
        case 'abort-requested':
        case 'circuit-open':
            return 'rollback';
        default:
            return assertNever(t);
    }
}

;// CONCATENATED MODULE: ./src/domain/steps.ts
/**
 * Rollout steps (Argo's vocabulary): `- setWeight: 20`, `- pause: 2m`, `- pause: {}` (a manual gate, passed by a
 * later run with `resume: true`), `- analysis: {}` (every metric) or `- analysis: {metrics: [a, b]}`.
 * Blue-green is the same machine with a fixed plan: preview checks, switch, post-switch analysis, scale-down delay.
 */

const EXAMPLE = '- setWeight: 10\n- pause: 1m\n- analysis: {}\n- setWeight: 50\n- pause: {}';
const MAX_PAUSE_MS = 6 * 3_600_000;
function show(v) {
    return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}
/** Parse the `steps` input; `metricNames` are the names an analysis step may pick from. */
function parseSteps(raw, metricNames) {
    if (!Array.isArray(raw) || raw.length === 0)
        throw new src/* InputError */.dz('steps', show(raw ?? ''), `is not a non-empty YAML list of steps, e.g.\n${EXAMPLE}`);
    if (raw.length > 100)
        throw new src/* InputError */.dz('steps', `${raw.length} steps`, 'is too many; at most 100 steps');
    return raw.map((item, i) => parseStep(item, i + 1, metricNames));
}
function parseStep(item, n, metricNames) {
    const keys = item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
    if (keys.length !== 1) {
        throw new src/* InputError */.dz('steps', show(item), `(step ${n}) is not a step: each step is a mapping with exactly one of setWeight, pause, analysis`);
    }
    const key = keys[0];
    const value = item[key];
    switch (key) {
        case 'setWeight':
            return { kind: 'setWeight', weight: weight(value, n) };
        case 'pause':
            return { kind: 'pause', durationMs: pause(value, n) };
        case 'analysis':
            return { kind: 'analysis', set: 'metrics', metrics: analysis(value, n, metricNames) };
        default:
            throw new src/* InputError */.dz('steps', key, `(step ${n}) is not a step kind; use setWeight, pause or analysis`);
    }
}
function weight(value, n) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        throw new src/* InputError */.dz('steps', `setWeight: ${show(value)}`, `(step ${n}) is not a weight: a whole percent from 0 to 100`);
    }
    return value;
}
function pause(value, n) {
    const accepted = `(step ${n}) is not a pause: use a duration ('30s', '2m', up to 6h) or {} for a manual gate`;
    if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0))
        return undefined;
    let raw = value;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'duration')
        raw = value.duration;
    const ms = typeof raw === 'number' ? raw * 1000 : typeof raw === 'string' ? (0,src/* parseDuration */.E9)(raw) : undefined;
    if (ms === undefined || ms < 0 || ms > MAX_PAUSE_MS)
        throw new src/* InputError */.dz('steps', `pause: ${show(value)}`, accepted);
    return ms;
}
function analysis(value, n, metricNames) {
    const accepted = `(step ${n}) is not an analysis step: use {} for every metric or {metrics: [name, ...]}`;
    if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
        if (metricNames.length === 0)
            throw new src/* InputError */.dz('metrics', '', `is empty, but step ${n} is an analysis step; list the metrics to analyse`);
        return undefined;
    }
    const obj = value;
    if (typeof value !== 'object' || Array.isArray(value) || Object.keys(obj).join() !== 'metrics' || !Array.isArray(obj.metrics) || obj.metrics.length === 0) {
        throw new src/* InputError */.dz('steps', `analysis: ${show(value)}`, accepted);
    }
    for (const m of obj.metrics) {
        if (typeof m !== 'string' || !metricNames.includes(m)) {
            throw new src/* InputError */.dz('steps', show(m), `(step ${n}) is not a metric in 'metrics'; known: ${metricNames.join(', ') || '(none)'}`);
        }
    }
    return obj.metrics;
}
/** The plan of a blue-green rollout as steps of the same machine. */
function blueGreenSteps(opts) {
    const steps = [];
    if (opts.hasPreviewChecks)
        steps.push({ kind: 'analysis', set: 'preview', metrics: undefined });
    steps.push({ kind: 'setWeight', weight: 100 });
    if (opts.hasMetrics)
        steps.push({ kind: 'analysis', set: 'metrics', metrics: undefined });
    if (opts.scaleDownDelayMs > 0)
        steps.push({ kind: 'pause', durationMs: opts.scaleDownDelayMs });
    return steps;
}
/** A one-line description of a step, for logs and the summary. */
function describeStep(step) {
    switch (step.kind) {
        case 'setWeight':
            return `setWeight ${step.weight}%`;
        case 'pause':
            return step.durationMs === undefined ? 'pause (manual gate)' : `pause ${(0,src/* formatDuration */.a3)(step.durationMs)}`;
        case 'analysis':
            return `${step.set === 'preview' ? 'preview checks' : 'analysis'}${step.metrics ? ` (${step.metrics.join(', ')})` : ''}`;
    }
}

;// CONCATENATED MODULE: ./src/domain/rollout.ts
/**
 * The rollout controller, run inside the CI job: it walks the steps from where the saved state says, saves the
 * state after every step (so a re-run never repeats a finished step and a paused rollout resumes in a later run),
 * and ends promoted (canary at 100), aborted (canary at 0) or paused (traffic left where it is).
 */



/** A fresh state for a new rollout. */
function newState(init, now, weight = 0) {
    return { version: 1, ...init, next: 0, weight, phase: 'progressing', reason: 'started', startedAt: now, updatedAt: now, history: [] };
}
/** A short stable fingerprint (FNV-1a, 32-bit, hex) of a JSON-able value. */
function fingerprint(value) {
    let h = 0x811c9dc5;
    for (const ch of JSON.stringify(value)) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
class Engine {
    s;
    steps;
    deps;
    analyses = [];
    constructor(s, steps, deps) {
        this.s = s;
        this.steps = steps;
        this.deps = deps;
    }
    get state() {
        return this.s;
    }
    async record(row, patch = {}) {
        const at = this.deps.now();
        this.s = { ...this.s, ...patch, updatedAt: at, history: [...this.s.history, { at, weight: patch.weight ?? this.s.weight, ...row }] };
        await this.deps.save(this.s);
    }
    async run(resume) {
        if (this.s.phase === 'aborting')
            return this.rollback(0, 'completing an interrupted rollback', this.s.reason);
        if (this.s.phase === 'paused') {
            if (!resume)
                return this.deps.log(`Rollout is paused (${this.s.reason}); run again with resume: true to continue.`);
            await this.record({ step: this.s.next, action: 'resume', verdict: 'continue', detail: `resumed after: ${this.s.reason}` }, { phase: 'progressing', reason: 'resumed' });
        }
        if (this.s.phase !== 'progressing')
            return this.deps.log(`Rollout already ${this.s.phase} (${this.s.reason}); nothing to do.`);
        while (this.s.next < this.steps.length && this.s.phase === 'progressing') {
            const i = this.s.next;
            const decision = await this.runStep(this.steps[i], i + 1);
            if (decision === 'continue') {
                this.s = { ...this.s, next: i + 1, updatedAt: this.deps.now() };
                await this.deps.save(this.s);
            }
        }
        if (this.s.phase === 'progressing')
            await this.finish(decide({ kind: 'steps-done' }), 0, 'all steps passed');
    }
    /** Run one step; returns the decision (and has already acted on anything but `continue`). */
    async runStep(step, n) {
        this.deps.log(`Step ${n}/${this.steps.length}: ${describeStep(step)}`);
        switch (step.kind) {
            case 'setWeight':
                return this.applyWeight(step.weight, n);
            case 'pause':
                if (step.durationMs !== undefined) {
                    await this.deps.sleep(step.durationMs);
                    return 'continue';
                }
                return this.finish(decide({ kind: 'manual-gate', approved: false }), n, 'manual gate');
            case 'analysis':
                return this.analyse(step, n);
        }
    }
    async applyWeight(weight, n) {
        try {
            const r = await this.deps.router.setWeight(weight);
            const served = r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`;
            await this.record({ step: n, action: `setWeight ${weight}%`, verdict: 'applied', detail: [served, r.detail].filter(Boolean).join('; ') }, { weight });
            return 'continue';
        }
        catch (error) {
            return this.finish(decide({ kind: 'router-error' }), n, `router could not apply ${weight}%: ${(0,src/* messageOf */.bD)(error)}`);
        }
    }
    async analyse(step, n) {
        const result = await this.deps.analyse(step);
        this.analyses.push(result);
        const decision = decide({ kind: 'analysis', phase: result.phase });
        const metrics = result.metrics.map((m) => {
            const last = m.measurements.at(-1);
            const value = last === undefined || last.value === null ? 'no data' : Array.isArray(last.value) ? `[${last.value.map(fmt).join(', ')}]` : fmt(last.value);
            return { name: m.name, value, condition: m.condition, phase: m.phase, dryRun: m.dryRun };
        });
        const bad = result.metrics.filter((m) => !m.dryRun && m.phase !== 'successful');
        const detail = bad.length ? bad.map((m) => `${m.name}: ${m.phase} (${m.message})`).join('; ') : `${result.metrics.length} metric(s) successful`;
        await this.record({ step: n, action: describeStep(step), verdict: result.phase, detail, metrics });
        if (decision === 'continue')
            return decision;
        return this.finish(decision, n, `${describeStep(step)} ${result.phase}: ${detail}`);
    }
    /** Act on a decision that ends this run: pause, promote or roll back. */
    async finish(decision, n, why) {
        switch (decision) {
            case 'continue':
                return decision;
            case 'pause':
                await this.record({ step: n, action: 'pause', verdict: 'paused', detail: why }, { phase: 'paused', reason: why, next: Math.max(this.s.next, n) });
                return decision;
            case 'promote':
                await this.promote(why);
                return decision;
            case 'rollback':
                await this.rollback(n, why, why);
                return decision;
        }
    }
    async promote(why) {
        try {
            const r = this.s.weight === 100 ? {} : await this.deps.router.setWeight(100);
            await this.record({ step: 0, action: 'promote 100%', verdict: 'promoted', detail: [why, r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`].filter(Boolean).join('; ') }, { weight: 100, phase: 'promoted', reason: why });
        }
        catch (error) {
            await this.rollback(0, `promotion failed: ${(0,src/* messageOf */.bD)(error)}`, `promotion failed: ${(0,src/* messageOf */.bD)(error)}`);
        }
    }
    async rollback(n, detail, reason) {
        await this.record({ step: n, action: 'rollback', verdict: 'aborting', detail }, { phase: 'aborting', reason });
        const r = await this.deps.router.setWeight(0);
        await this.record({ step: 0, action: 'canary 0%', verdict: 'aborted', detail: r.servedMs === undefined ? 'traffic back on stable' : `traffic back on stable, served after ${Math.round(r.servedMs)} ms` }, { weight: 0, phase: 'aborted' });
    }
    /** A requested abort: all traffic back to stable, whatever the phase. */
    async abort(why) {
        await this.rollback(0, why, why);
    }
}
function fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
/** Advance a rollout from `state` as far as the steps and the analysis allow. */
async function advance(state, steps, deps, opts) {
    const engine = new Engine(state, steps, deps);
    if (opts.abort !== undefined)
        await engine.abort(opts.abort);
    else
        await engine.run(opts.resume);
    return { state: engine.state, analyses: engine.analyses };
}

;// CONCATENATED MODULE: ./src/domain/report.ts
/**
 * Explaining every decision: the step table (time, weight, metric values against thresholds, verdict), mermaid
 * charts of the weight and of each metric over time, and the `analysis` output (every measurement and verdict).
 */

function clock(at) {
    return new Date(at).toISOString().slice(11, 23);
}
function metricsCell(row) {
    if (!row.metrics?.length)
        return '';
    return row.metrics.map((m) => `${m.name}${m.dryRun ? ' (dry-run)' : ''}: ${m.value} [${m.condition}] → ${m.phase}`).join('<br>');
}
/** The `analysis` output: the decision, the steps, and every measurement of this run. */
function analysisOutput(state, analyses) {
    return {
        phase: state.phase,
        weight: state.weight,
        reason: state.reason,
        steps: state.history.map((h) => ({ at: new Date(h.at).toISOString(), step: h.step, action: h.action, weight: h.weight, verdict: h.verdict, detail: h.detail })),
        analyses: analyses.map((a) => ({
            phase: a.phase,
            startedAt: new Date(a.startedAt).toISOString(),
            durationMs: a.finishedAt - a.startedAt,
            metrics: a.metrics.map((m) => ({
                name: m.name,
                phase: m.phase,
                dryRun: m.dryRun,
                condition: m.condition,
                message: m.message,
                counters: m.counters,
                measurements: m.measurements.map((x) => ({ at: new Date(x.at).toISOString(), outcome: x.outcome, value: x.value, reason: x.reason, ...(x.pValue === undefined ? {} : { pValue: x.pValue, meanRatio: x.meanRatio, baseline: x.baseline }) })),
            })),
        })),
    };
}
function weightChart(state) {
    const rows = state.history;
    if (rows.length < 2)
        return undefined;
    return (0,src/* lineChart */.Tz)(`Canary weight (%) — ${state.canary}`, rows.map((r) => clock(r.at).slice(0, 8)), rows.map((r) => r.weight), 'weight %');
}
function metricCharts(analyses) {
    const series = new Map();
    for (const a of analyses) {
        for (const m of a.metrics) {
            const list = series.get(m.name) ?? [];
            for (const x of m.measurements) {
                const v = Array.isArray(x.value) ? x.value[0] : x.value;
                if (typeof v === 'number' && Number.isFinite(v))
                    list.push({ at: x.at, v });
            }
            series.set(m.name, list);
        }
    }
    return [...series].filter(([, pts]) => pts.length >= 2).map(([name, pts]) => (0,src/* lineChart */.Tz)(`${name} over time`, pts.map((p) => clock(p.at).slice(0, 8)), pts.map((p) => p.v), name));
}
const VERB = {
    promoted: '✅ promoted to 100%',
    aborted: '⛔ aborted: all traffic back on stable',
    aborting: '⚠️ rollback interrupted',
    paused: '⏸️ paused: traffic left where it is',
    progressing: '▶️ progressing',
};
/** The job summary for a run. */
function buildSummary(state, analyses, ctx) {
    const s = new src/* Summary */.BD()
        .heading(`staged-rollout: ${state.canary} — ${VERB[state.phase]}`)
        .paragraph(`**Strategy** ${state.strategy} · **stable** \`${state.stable}\` · **canary** \`${state.canary}\` at **${state.weight}%** · **router** ${ctx.router} · **state** ${ctx.where}`)
        .paragraph(`**Why:** ${state.reason}`);
    if (state.phase === 'paused')
        s.paragraph('Run the workflow again with `resume: true` to continue, or `abort: true` to send all traffic back to stable.');
    s.heading('Steps', 3).table(['Time (UTC)', 'Step', 'Action', 'Weight', 'Metrics: value [threshold] → verdict', 'Verdict', 'Detail'], state.history.map((h) => [clock(h.at), h.step || '', h.action, `${h.weight}%`, metricsCell(h), h.verdict, h.detail]), ['l', 'r', 'l', 'r', 'l', 'l', 'l']);
    const wc = weightChart(state);
    if (wc)
        s.mermaid(wc);
    for (const chart of metricCharts(analyses))
        s.mermaid(chart);
    for (const a of analyses) {
        const rows = a.metrics.flatMap((m) => m.measurements.map((x) => [clock(x.at), m.name, Array.isArray(x.value) ? x.value.join(', ') : x.value === null ? 'no data' : String(x.value), x.outcome, x.reason]));
        s.details(`Analysis at ${clock(a.startedAt)}: ${a.phase} (${(0,src/* formatDuration */.a3)(a.finishedAt - a.startedAt)}, ${rows.length} measurements)`, new src/* Summary */.BD().table(['Time', 'Metric', 'Value', 'Outcome', 'Reason'], rows).toString());
    }
    return s;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/domain/expr.ts
/**
 * A small, safe expression language for metric conditions (`result < 0.01`, `isNaN(result) || result >= 0.95`).
 * Tokenizer → recursive-descent parser → an AST evaluated by a plain interpreter. There is no `eval`, no
 * `Function`, no property access and no names except `result`, `true`, `false` and a fixed set of functions,
 * so an unknown name is refused when the expression is compiled (at input-validation time), not mid-rollout.
 */
/** A compile error (with the character position) or a type error during evaluation. */
class ExprError extends Error {
    position;
    constructor(message, position) {
        super(position === undefined ? message : `${message} at position ${position + 1}`);
        this.position = position;
        this.name = 'ExprError';
    }
}
const FUNCTIONS = { isNaN: 1, isInf: 1, len: 1, default: 2, abs: 1, min: -1, max: -1 };
/** The names a condition may use, for error messages. */
const KNOWN_NAMES = ['result', 'true', 'false', ...Object.keys(FUNCTIONS)];
const MAX_LENGTH = 1000;
const MAX_DEPTH = 40;
function tokenize(text) {
    const toks = [];
    const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|&&|\|\||[-+*/<>!(),[\]]))/y;
    let pos = 0;
    while (pos < text.length) {
        if (/^\s*$/.test(text.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(text);
        if (!m) {
            const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
            throw new ExprError(`unexpected character '${text[at]}'`, at);
        }
        const start = re.lastIndex - m[0].trimStart().length;
        if (m[1] !== undefined)
            toks.push({ kind: 'num', value: Number(m[1]), pos: start });
        else if (m[2] !== undefined)
            toks.push(wordToken(m[2], start));
        else
            toks.push({ kind: 'op', value: m[3], pos: start });
        pos = re.lastIndex;
    }
    return toks;
}
function wordToken(word, pos) {
    const ops = { and: '&&', or: '||', not: '!' };
    return ops[word] ? { kind: 'op', value: ops[word], pos } : { kind: 'name', value: word, pos };
}
class Parser {
    toks;
    end;
    i = 0;
    depth = 0;
    constructor(toks, end) {
        this.toks = toks;
        this.end = end;
    }
    parse() {
        if (this.toks.length === 0)
            throw new ExprError('empty expression');
        const node = this.or();
        const extra = this.toks[this.i];
        if (extra)
            throw new ExprError(`unexpected '${extra.value}'`, extra.pos);
        return node;
    }
    peek(value) {
        const t = this.toks[this.i];
        return t !== undefined && t.kind === 'op' && t.value === value;
    }
    take(value) {
        const t = this.toks[this.i];
        if (!this.peek(value))
            throw new ExprError(t ? `expected '${value}' but found '${t.value}'` : `expected '${value}' at the end`, t?.pos ?? this.end);
        this.i++;
    }
    binary(ops, next) {
        let left = next();
        for (;;) {
            const op = ops.find((o) => this.peek(o));
            if (!op)
                return left;
            this.i++;
            left = { t: 'bin', op: op, left, right: next() };
        }
    }
    or = () => this.nested(() => this.binary(['||'], this.and));
    and = () => this.binary(['&&'], this.not);
    not = () => {
        if (!this.peek('!'))
            return this.compare();
        this.i++;
        return this.nested(() => ({ t: 'unary', op: '!', arg: this.not() }));
    };
    compare = () => {
        const left = this.additive();
        const op = ['<=', '>=', '==', '!=', '<', '>'].find((o) => this.peek(o));
        if (!op)
            return left;
        this.i++;
        return { t: 'bin', op: op, left, right: this.additive() };
    };
    additive = () => this.binary(['+', '-'], this.multiplicative);
    multiplicative = () => this.binary(['*', '/'], this.unary);
    unary = () => {
        if (!this.peek('-'))
            return this.postfix();
        this.i++;
        return this.nested(() => ({ t: 'unary', op: '-', arg: this.unary() }));
    };
    postfix() {
        let node = this.primary();
        while (this.peek('[')) {
            this.i++;
            const t = this.toks[this.i];
            if (!t || t.kind !== 'num' || !Number.isInteger(t.value))
                throw new ExprError('an index must be a whole number', t?.pos ?? this.end);
            this.i++;
            this.take(']');
            node = { t: 'index', target: node, index: t.value };
        }
        return node;
    }
    primary() {
        const t = this.toks[this.i];
        if (!t)
            throw new ExprError('unexpected end of expression', this.end);
        this.i++;
        if (t.kind === 'num')
            return { t: 'num', v: t.value };
        if (t.kind === 'op') {
            if (t.value !== '(')
                throw new ExprError(`unexpected '${t.value}'`, t.pos);
            const inner = this.or();
            this.take(')');
            return inner;
        }
        return this.name(t);
    }
    name(t) {
        if (t.value === 'result')
            return { t: 'result' };
        if (t.value === 'true' || t.value === 'false')
            return { t: 'bool', v: t.value === 'true' };
        if (!Object.hasOwn(FUNCTIONS, t.value))
            throw new ExprError(`unknown name '${t.value}' (known: ${KNOWN_NAMES.join(', ')})`, t.pos);
        const fn = t.value;
        if (!this.peek('('))
            throw new ExprError(`'${fn}' is a function: call it as ${fn}(...)`, t.pos);
        this.take('(');
        const args = [];
        if (!this.peek(')')) {
            args.push(this.or());
            while (this.peek(',')) {
                this.i++;
                args.push(this.or());
            }
        }
        this.take(')');
        const arity = FUNCTIONS[fn];
        if ((arity >= 0 && args.length !== arity) || (arity < 0 && args.length === 0)) {
            throw new ExprError(`'${fn}' takes ${arity < 0 ? 'one or more arguments' : `${arity} argument${arity === 1 ? '' : 's'}`}, got ${args.length}`, t.pos);
        }
        return { t: 'call', fn, args };
    }
    nested(fn) {
        if (++this.depth > MAX_DEPTH)
            throw new ExprError(`expression nested deeper than ${MAX_DEPTH} levels`);
        try {
            return fn();
        }
        finally {
            this.depth--;
        }
    }
}
/** Compile an expression, or throw an {@link ExprError} naming what is wrong and where. */
function compile(source) {
    if (source.length > MAX_LENGTH)
        throw new ExprError(`expression longer than ${MAX_LENGTH} characters`);
    const ast = new Parser(tokenize(source), source.length).parse();
    const called = new Set();
    walk(ast, (n) => n.t === 'call' && called.add(n.fn));
    return { source, evaluate: (result) => evaluate(ast, result), uses: (fn) => called.has(fn) };
}
function walk(node, visit) {
    visit(node);
    if (node.t === 'call')
        node.args.forEach((a) => walk(a, visit));
    else if (node.t === 'index')
        walk(node.target, visit);
    else if (node.t === 'unary')
        walk(node.arg, visit);
    else if (node.t === 'bin') {
        walk(node.left, visit);
        walk(node.right, visit);
    }
}
function describe(v) {
    return v === null ? 'no data (null)' : Array.isArray(v) ? `a list of ${v.length}` : typeof v === 'boolean' ? `boolean ${v}` : String(v);
}
function num(v, what) {
    if (typeof v === 'number')
        return v;
    if (Array.isArray(v) && v.length === 1)
        return v[0];
    throw new ExprError(`${what} needs a number but got ${describe(v)}${Array.isArray(v) ? ' (use result[0], len(), min() or max())' : ''}`);
}
function bool(v, what) {
    if (typeof v === 'boolean')
        return v;
    throw new ExprError(`${what} needs true/false but got ${describe(v)}`);
}
function evaluate(node, result) {
    switch (node.t) {
        case 'num':
        case 'bool':
            return node.v;
        case 'result':
            return result;
        case 'index': {
            const target = evaluate(node.target, result);
            if (!Array.isArray(target))
                return node.index === 0 && typeof target === 'number' ? target : null;
            return target[node.index] ?? null;
        }
        case 'unary':
            return node.op === '-' ? -num(evaluate(node.arg, result), "'-'") : !bool(evaluate(node.arg, result), "'not'");
        case 'call':
            return call(node.fn, node.args.map((a) => evaluate(a, result)));
        case 'bin':
            return binary(node, result);
    }
}
function binary(node, result) {
    const { op } = node;
    if (op === '&&')
        return bool(evaluate(node.left, result), "'and'") && bool(evaluate(node.right, result), "'and'");
    if (op === '||')
        return bool(evaluate(node.left, result), "'or'") || bool(evaluate(node.right, result), "'or'");
    const l = evaluate(node.left, result);
    const r = evaluate(node.right, result);
    if ((op === '==' || op === '!=') && typeof l === 'boolean' && typeof r === 'boolean')
        return op === '==' ? l === r : l !== r;
    const a = num(l, `'${op}'`);
    const b = num(r, `'${op}'`);
    switch (op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return a / b;
        case '<': return a < b;
        case '<=': return a <= b;
        case '>': return a > b;
        case '>=': return a >= b;
        case '==': return a === b;
        case '!=': return a !== b;
    }
}
function call(fn, args) {
    const [x, y] = args;
    switch (fn) {
        case 'isNaN':
            return Array.isArray(x) ? x.length > 0 && x.every(Number.isNaN) : typeof x === 'number' && Number.isNaN(x);
        case 'isInf':
            return typeof x === 'number' && !Number.isNaN(x) && !Number.isFinite(x);
        case 'len':
            return x === null ? 0 : Array.isArray(x) ? x.length : 1;
        case 'default':
            return x === null || (typeof x === 'number' && Number.isNaN(x)) || (Array.isArray(x) && x.length === 0) ? y : x;
        case 'abs':
            return Math.abs(num(x, "'abs'"));
        case 'min':
        case 'max': {
            const all = args.flatMap((a) => (Array.isArray(a) ? a : [num(a, `'${fn}'`)]));
            if (all.length === 0)
                return null;
            return fn === 'min' ? Math.min(...all) : Math.max(...all);
        }
    }
}

;// CONCATENATED MODULE: ./src/domain/jsonpath.ts
/**
 * A small JSONPath subset for the HTTP metrics provider: `$`, `.name`, `['name']`, `[0]` and `[*]`
 * (e.g. `$.data.errorRate`, `$.series[0].value`, `$.pods[*].latency`). Compiled once, applied to parsed JSON.
 */
/** Compile a path, or throw an Error saying what part is not understood. */
function compilePath(source) {
    const s = source.trim();
    if (!s.startsWith('$'))
        throw new Error("must start with '$' (e.g. '$.data.value')");
    const segs = [];
    const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\*\]|\.\*|\['([^']*)'\]|\["([^"]*)"\]/y;
    let pos = 1;
    while (pos < s.length) {
        re.lastIndex = pos;
        const m = re.exec(s);
        if (!m)
            throw new Error(`is not understood from '${s.slice(pos)}' (supported: .name, ['name'], [0], [*])`);
        if (m[1] !== undefined)
            segs.push({ kind: 'key', key: m[1] });
        else if (m[2] !== undefined)
            segs.push({ kind: 'index', index: Number(m[2]) });
        else if (m[3] !== undefined || m[4] !== undefined)
            segs.push({ kind: 'key', key: (m[3] ?? m[4]) });
        else
            segs.push({ kind: 'all' });
        pos = re.lastIndex;
    }
    return { source: s, select: (doc) => segs.reduce((nodes, seg) => nodes.flatMap((n) => step(n, seg)), [doc]) };
}
function step(node, seg) {
    if (node === null || typeof node !== 'object')
        return [];
    if (seg.kind === 'all')
        return Array.isArray(node) ? node : Object.values(node);
    if (seg.kind === 'index')
        return Array.isArray(node) && seg.index < node.length ? [node[seg.index]] : [];
    if (Array.isArray(node) || !Object.hasOwn(node, seg.key))
        return [];
    return [node[seg.key]];
}

;// CONCATENATED MODULE: ./src/domain/template.ts
/**
 * Query templates: `{{ canary }}`, `{{ baseline }}`, `{{ interval }}` and, in a `compare` metric, `{{ target }}`
 * (the version being measured: the canary, then the baseline). Unknown names are refused when the metric is read.
 */
const VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
/** The names a template uses, in order of appearance. */
function templateNames(text) {
    return [...text.matchAll(VAR)].map((m) => m[1]);
}
/** The names in `text` that are not in `allowed`. */
function unknownTemplateNames(text, allowed) {
    return templateNames(text).filter((n) => !allowed.includes(n));
}
/** Fill in a template; `encode` escapes each value for where it lands (e.g. encodeURIComponent in a URL). */
function render(text, vars, encode = (v) => v) {
    return text.replace(VAR, (whole, name) => {
        const v = vars[name];
        return v === undefined ? whole : encode(v);
    });
}
/** Milliseconds as a Prometheus duration: whole seconds as `30s`, otherwise `250ms`. */
function promDuration(ms) {
    const r = Math.max(1, Math.round(ms));
    return r % 1000 === 0 ? `${r / 1000}s` : `${r}ms`;
}

;// CONCATENATED MODULE: ./src/domain/metrics.ts
/**
 * The `metrics` input: a YAML list of metric specs, checked completely before anything is touched. Every error
 * names the metric, the key, the value and what is accepted.
 */




const KEYS = ['name', 'provider', 'success-condition', 'failure-condition', 'interval', 'count', 'failure-limit', 'inconclusive-limit', 'consecutive-error-limit', 'min-samples', 'dry-run', 'compare'];
const metrics_EXAMPLE = "- name: error-rate\n  provider: {prometheus: {address: 'http://127.0.0.1:9090', query: '...'}}\n  success-condition: result < 0.01";
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function metrics_show(v) {
    return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}
/** Parse and validate the metric list; `input` is the input's name for errors (`metrics` or `preview-checks`). */
function parseMetrics(raw, input = 'metrics') {
    if (!Array.isArray(raw))
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not a YAML list of metrics, e.g.\n${metrics_EXAMPLE}`);
    const seen = new Set();
    return raw.map((item, i) => {
        if (!isObj(item))
            throw new src/* InputError */.dz(input, metrics_show(item), `item ${i + 1} is not a mapping with name, provider and conditions`);
        const spec = parseMetric(item, input);
        if (seen.has(spec.name))
            throw new src/* InputError */.dz(input, spec.name, 'is used as a metric name twice; names must be unique');
        seen.add(spec.name);
        return spec;
    });
}
function parseMetric(item, input) {
    const name = item.name;
    if (typeof name !== 'string' || !/^[A-Za-z0-9][\w.-]{0,62}$/.test(name)) {
        throw new src/* InputError */.dz(input, metrics_show(name ?? ''), 'is not a metric name (letters, digits, _ . -; up to 63 characters)');
    }
    const where = `of metric '${name}'`;
    const unknown = Object.keys(item).filter((k) => !KEYS.includes(k));
    if (unknown.length)
        throw new src/* InputError */.dz(input, unknown.join(', '), `${unknown.length > 1 ? 'are not keys' : 'is not a key'} ${where}; known keys: ${KEYS.join(', ')}`);
    const compare = item.compare === undefined ? undefined : parseCompare(item.compare, input, where);
    const templateNames = compare ? ['canary', 'baseline', 'interval', 'target'] : ['canary', 'baseline', 'interval'];
    const spec = {
        name,
        provider: parseProvider(item.provider, input, where, templateNames),
        success: condition(item['success-condition'], input, `success-condition ${where}`),
        failure: condition(item['failure-condition'], input, `failure-condition ${where}`),
        intervalMs: duration(item.interval, 30_000, input, `interval ${where}`),
        count: whole(item.count, 1, 1, 10_000, input, `count ${where}`),
        failureLimit: whole(item['failure-limit'], 0, -1, 10_000, input, `failure-limit ${where}`),
        inconclusiveLimit: whole(item['inconclusive-limit'], 0, -1, 10_000, input, `inconclusive-limit ${where}`),
        consecutiveErrorLimit: whole(item['consecutive-error-limit'], 4, 0, 100, input, `consecutive-error-limit ${where}`),
        minSamples: whole(item['min-samples'], compare ? 3 : 1, 1, 10_000, input, `min-samples ${where}`),
        dryRun: flag(item['dry-run'], input, `dry-run ${where}`),
        compare,
    };
    if (compare && (spec.success || spec.failure)) {
        throw new src/* InputError */.dz(input, name, 'has both compare and a condition; a compare metric is judged by the test, not by conditions');
    }
    return spec;
}
function parseProvider(raw, input, where, names) {
    const accepted = `is not a provider ${where}: use {prometheus: {address, query}} or {http: {url, json-path}}`;
    if (!isObj(raw) || Object.keys(raw).length !== 1)
        throw new src/* InputError */.dz(input, metrics_show(raw ?? ''), accepted);
    const { prometheus, http } = raw;
    if (isObj(prometheus)) {
        const address = url(prometheus.address, input, `prometheus address ${where}`);
        const query = metrics_text(prometheus.query, input, `prometheus query ${where}`);
        checkTemplate(query, names, input, `prometheus query ${where}`);
        return { kind: 'prometheus', address: address.replace(/\/+$/, ''), query };
    }
    if (isObj(http)) {
        const target = metrics_text(http.url, input, `http url ${where}`);
        checkTemplate(target, names, input, `http url ${where}`);
        url(target.replace(/\{\{[^}]*\}\}/g, 'x'), input, `http url ${where}`);
        const pathText = metrics_text(http['json-path'], input, `http json-path ${where}`);
        let jsonPath;
        try {
            jsonPath = compilePath(pathText);
        }
        catch (error) {
            throw new src/* InputError */.dz(input, pathText, `(json-path ${where}) ${error.message}`, { cause: error });
        }
        const headers = http.headers ?? {};
        if (!isObj(headers) || Object.values(headers).some((v) => typeof v !== 'string')) {
            throw new src/* InputError */.dz(input, metrics_show(headers), `is not a mapping of header names to strings (http headers ${where})`);
        }
        return { kind: 'http', url: target, jsonPath, headers: headers };
    }
    throw new src/* InputError */.dz(input, metrics_show(raw), accepted);
}
function parseCompare(raw, input, where) {
    const c = raw === null || raw === true ? {} : raw;
    if (!isObj(c))
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not a compare mapping ${where} (direction, effect-size, confidence)`);
    const direction = c.direction ?? 'increase';
    if (direction !== 'increase' && direction !== 'decrease' && direction !== 'either') {
        throw new src/* InputError */.dz(input, metrics_show(direction), `is not a compare direction ${where}: use increase, decrease or either`);
    }
    const effectSize = c['effect-size'] ?? 1.1;
    if (typeof effectSize !== 'number' || !(effectSize >= 1) || effectSize > 100) {
        throw new src/* InputError */.dz(input, metrics_show(effectSize), `is not an effect-size ${where}: a ratio from 1 (any change) to 100, e.g. 1.2 for 20%`);
    }
    const confidence = c.confidence ?? 0.95;
    if (typeof confidence !== 'number' || !(confidence >= 0.5 && confidence <= 0.999)) {
        throw new src/* InputError */.dz(input, metrics_show(confidence), `is not a confidence ${where}: a number from 0.5 to 0.999`);
    }
    return { direction, effectSize, confidence };
}
function condition(raw, input, what) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    if (typeof raw !== 'string')
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not an expression (${what})`);
    try {
        return compile(raw);
    }
    catch (error) {
        if (error instanceof ExprError)
            throw new src/* InputError */.dz(input, raw, `is not a valid ${what}: ${error.message}`, { cause: error });
        throw error;
    }
}
function checkTemplate(value, names, input, what) {
    const bad = unknownTemplateNames(value, names);
    if (bad.length)
        throw new src/* InputError */.dz(input, `{{ ${bad[0]} }}`, `is not a template variable (${what}); known: ${names.map((n) => `{{ ${n} }}`).join(', ')}`);
}
function metrics_text(raw, input, what) {
    if (typeof raw !== 'string' || raw.trim() === '')
        throw new src/* InputError */.dz(input, metrics_show(raw ?? ''), `is not a non-empty string (${what})`);
    return raw;
}
function url(raw, input, what) {
    const s = metrics_text(raw, input, what);
    if (!/^https?:\/\/[^\s/]+/.test(s))
        throw new src/* InputError */.dz(input, s, `is not an http(s) URL (${what})`);
    return s;
}
function duration(raw, fallback, input, what) {
    if (raw === undefined || raw === null)
        return fallback;
    const ms = typeof raw === 'number' ? raw * 1000 : typeof raw === 'string' ? (0,src/* parseDuration */.E9)(raw) : undefined;
    if (ms === undefined || !(ms >= 10) || ms > 6 * 3_600_000)
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not a duration from 10ms to 6h, e.g. '30s' (${what})`);
    return ms;
}
function whole(raw, fallback, min, max, input, what) {
    if (raw === undefined || raw === null)
        return fallback;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not a whole number from ${min} to ${max} (${what})`);
    }
    return raw;
}
function flag(raw, input, what) {
    if (raw === undefined || raw === null)
        return false;
    if (typeof raw !== 'boolean')
        throw new src/* InputError */.dz(input, metrics_show(raw), `is not true or false (${what})`);
    return raw;
}

;// CONCATENATED MODULE: ./src/adapters/inputs.ts
/**
 * Read and check every input before anything is touched: a bad step, router, weight, metric or expression stops
 * the run with an error naming the input, the value and what is accepted, and traffic stays as it is.
 */





const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const ADDRESS = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$|^unix:\/[^\s;{}'"]+$/;
async function argv(name, fallback) {
    const list = await (0,src/* readObject */.Ag)(name, { array: true, fallback, example: '["nginx", "-s", "reload"]' });
    if (!list || list.length === 0 || list.some((a) => typeof a !== 'string' || a === '')) {
        throw new src/* InputError */.dz(name, JSON.stringify(list), 'is not a command as a list of non-empty strings (argv, no shell), e.g. ["nginx", "-s", "reload"]');
    }
    return list;
}
async function backends(stable, canary) {
    const raw = await (0,src/* readObject */.Ag)('backends', { required: true, example: '{blue: "127.0.0.1:8081", green: ["127.0.0.1:8082"]}' });
    const out = {};
    for (const name of [stable, canary]) {
        const v = raw?.[name];
        const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
        if (!list || list.length === 0)
            throw new src/* InputError */.dz('backends', JSON.stringify(raw), `has no servers for '${name}'; map each of stable and canary to host:port or a list of them`);
        for (const a of list) {
            if (typeof a !== 'string' || !ADDRESS.test(a))
                throw new src/* InputError */.dz('backends', String(a), `is not a server address for '${name}' (host:port, [ipv6]:port or unix:/path)`);
        }
        out[name] = list;
    }
    return out;
}
function sticky() {
    const v = (0,src/* readString */.E3)('sticky', { pattern: /^(header|cookie):[A-Za-z0-9_-]{1,64}$/, accepted: "is not a sticky key: use 'header:<name>' or 'cookie:<name>' (letters, digits, _ -)" });
    if (!v)
        return undefined;
    const [kind, name] = v.split(':');
    return { kind, name };
}
async function nginxConfig(stable, canary) {
    const probeUrl = (0,src/* readString */.E3)('probe-url', { pattern: /^https?:\/\/\S+$/, accepted: 'is not an http(s) URL' });
    return {
        upstream: (0,src/* readString */.E3)('nginx-upstream', { fallback: 'shipline', pattern: /^[a-z_][a-z0-9_]{0,40}$/, accepted: 'is not an nginx upstream name (lower-case letters, digits, _)' }),
        backends: await backends(stable, canary),
        sticky: sticky(),
        testCommand: await argv('test-command', ['nginx', '-t']),
        reloadCommand: await argv('reload-command', ['nginx', '-s', 'reload']),
        probeUrl,
        versionHeader: (0,src/* readString */.E3)('version-header', { fallback: 'x-version', pattern: /^[A-Za-z0-9-]{1,64}$/, accepted: 'is not a header name' }),
        probeTimeoutMs: (0,src/* readDuration */.$7)('probe-timeout', { fallback: 10_000, max: 300_000 }),
    };
}
async function plan(strategy, metrics, previewChecks) {
    const rawSteps = await (0,src/* readObject */.Ag)('steps', { array: true, example: '[{setWeight: 10}, {analysis: {}}, {pause: {}}]' });
    if (strategy === 'canary') {
        if (previewChecks.length)
            throw new src/* InputError */.dz('preview-checks', `${previewChecks.length} check(s)`, "is only used by strategy 'blue-green'");
        return parseSteps(rawSteps ?? [], metrics.map((m) => m.name));
    }
    if (rawSteps)
        throw new src/* InputError */.dz('steps', JSON.stringify(rawSteps), "is only used by strategy 'canary'; blue-green runs preview-checks, switches, then runs metrics");
    const scaleDownDelayMs = (0,src/* readDuration */.$7)('scale-down-delay', { fallback: 0, max: 6 * 3_600_000 });
    return blueGreenSteps({ hasPreviewChecks: previewChecks.length > 0, hasMetrics: metrics.length > 0, scaleDownDelayMs });
}
/** Read every input; throws an InputError on the first bad one. */
async function readConfig(env = process.env) {
    const strategy = (0,src/* readEnum */.ai)('strategy', ['canary', 'blue-green'], 'canary');
    const router = (0,src/* readEnum */.ai)('router', ['nginx', 'file'], 'file');
    const stable = (0,src/* requireString */.VW)('stable', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' });
    const canary = (0,src/* requireString */.VW)('canary', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' });
    if (stable === canary)
        throw new src/* InputError */.dz('canary', canary, 'is the same as stable; the canary must be a different version');
    const configPath = (0,src/* requireString */.VW)('router-config');
    const routerConfig = (0,external_node_path_namespaceObject.isAbsolute)(configPath) ? configPath : (0,external_node_path_namespaceObject.resolve)(env.GITHUB_WORKSPACE ?? process.cwd(), configPath);
    const metrics = parseMetrics((await (0,src/* readObject */.Ag)('metrics', { array: true, fallback: [] })) ?? [], 'metrics');
    const previewChecks = parseMetrics((await (0,src/* readObject */.Ag)('preview-checks', { array: true, fallback: [] })) ?? [], 'preview-checks');
    const steps = await plan(strategy, metrics, previewChecks);
    const nginx = router === 'nginx' ? await nginxConfig(stable, canary) : undefined;
    const resume = (0,src/* readBoolean */.Vf)('resume', false);
    const abort = (0,src/* readBoolean */.Vf)('abort', false);
    const onInconclusive = (0,src/* readEnum */.ai)('on-inconclusive', ['pause', 'fail'], 'pause');
    const environment = (0,src/* readString */.E3)('environment', { fallback: 'production', pattern: /^[^\s].{0,254}$/, accepted: 'is not an environment name' });
    const token = (0,src/* readString */.E3)('token', { fallback: '' });
    const key = fingerprint({ strategy, stable, canary, router, routerConfig, steps });
    return { strategy, steps, stable, canary, router, routerConfig, nginx, metrics, previewChecks, resume, abort, onInconclusive, environment, token, key };
}

;// CONCATENATED MODULE: ./src/domain/mann-whitney.ts
/** Average ranks (1-based) of the values, ties sharing the mean of their positions; also the tie term Σ(t³−t). */
function ranks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const out = new Array(values.length);
    let tieTerm = 0;
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].v === order[start].v)
            end++;
        const avg = (start + end) / 2 + 1;
        for (let k = start; k <= end; k++)
            out[order[k].i] = avg;
        const t = end - start + 1;
        tieTerm += t * t * t - t;
        start = end + 1;
    }
    return { ranks: out, tieTerm };
}
/** Two-sided Mann-Whitney U test of x against y. */
function mannWhitney(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitney needs two non-empty samples');
    const { ranks: r, tieTerm } = ranks([...x, ...y]);
    const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, z: 0, pValue: 1 };
    const d = u - mu;
    const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
    return { u, z, pValue: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}
/**
 * The complementary error function, from a Chebyshev fit (fractional error below 1.2e-7 everywhere), enough for
 * p-values compared with thresholds such as 0.05 or 0.01.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const poly = -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    const r = t * Math.exp(poly);
    return x >= 0 ? r : 2 - r;
}
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function ratio(a, b) {
    if (b === 0)
        return a === 0 ? 1 : Infinity;
    return a / b;
}
/** Judge canary samples against baseline samples from the same window (NaN already removed by the caller). */
function judgeCompare(canary, baseline, spec) {
    const test = mannWhitney(canary, baseline);
    const canaryMean = mean(canary);
    const baselineMean = mean(baseline);
    const meanRatio = ratio(canaryMean, baselineMean);
    const alpha = 1 - spec.confidence;
    const significant = test.pValue < alpha;
    const higherWorse = spec.direction !== 'decrease' && canaryMean > baselineMean && meanRatio >= spec.effectSize;
    const lowerWorse = spec.direction !== 'increase' && canaryMean < baselineMean && ratio(baselineMean, canaryMean) >= spec.effectSize;
    const failed = significant && (higherWorse || lowerWorse);
    const p = test.pValue.toPrecision(3);
    const r = Number.isFinite(meanRatio) ? meanRatio.toFixed(3) : '∞';
    let reason;
    if (failed)
        reason = `canary ${higherWorse ? 'higher' : 'lower'} than baseline: p=${p} < ${alpha.toFixed(3)}, mean ratio ${r} beyond ${spec.effectSize}`;
    else if (significant)
        reason = `significant (p=${p}) but within the effect size (mean ratio ${r}, gate ${spec.effectSize}) or in the harmless direction`;
    else
        reason = `no significant difference (p=${p}, mean ratio ${r})`;
    return { outcome: failed ? 'failed' : 'successful', pValue: test.pValue, meanRatio, canaryMean, baselineMean, canaryN: canary.length, baselineN: baseline.length, reason };
}

;// CONCATENATED MODULE: ./src/domain/analysis.ts
/**
 * Analysis: Argo Rollouts' semantics, with the no-data pains fixed. Each measurement is one of four outcomes:
 * successful, failed, inconclusive (no data, too few samples, neither condition true) or error (the provider or the
 * condition could not produce a verdict). No data never fails and never passes: it is re-queried, then counted as
 * inconclusive. Errors are retried with backoff and only end the metric past `consecutive-error-limit`.
 * Clock and sleep are injected, so tests run instantly.
 */

/** Outcomes from best to worst: a run takes the worst phase among its (non-dry-run) metrics. */
const SEVERITY = ['successful', 'inconclusive', 'error', 'failed'];
/** Re-queries of a provider with no data before the measurement is inconclusive. */
const NO_DATA_REQUERIES = 2;
/**
 * A metric's phase from its counters. Limits are "more than" (Argo): failure-limit 0 fails on the first failed
 * measurement; a negative limit disables that check. A finished metric with fewer than `min-samples` data points
 * is inconclusive, never successful.
 */
function assessMetric(c, limits) {
    if (limits.failureLimit >= 0 && c.failed > limits.failureLimit)
        return 'failed';
    if (c.consecutiveErrors > limits.consecutiveErrorLimit)
        return 'error';
    if (limits.inconclusiveLimit >= 0 && c.inconclusive > limits.inconclusiveLimit)
        return 'inconclusive';
    if (c.measured < limits.count)
        return 'running';
    return c.samples < limits.minSamples ? 'inconclusive' : 'successful';
}
/**
 * Map a measured value to an outcome with the metric's conditions (Argo's table, spelled out):
 * no conditions → successful; only a success condition → failed when it is false; only a failure condition →
 * successful when it is false; failure true → failed; success true → successful; neither → inconclusive.
 */
function evaluateValue(spec, value) {
    const check = (which) => {
        const expr = spec[which];
        if (!expr)
            return undefined;
        const v = expr.evaluate(value);
        if (typeof v !== 'boolean')
            throw new Error(`${which}-condition '${expr.source}' gave ${JSON.stringify(v)}, not true/false`);
        return v;
    };
    let success;
    let failure;
    try {
        success = check('success');
        failure = check('failure');
    }
    catch (error) {
        return { outcome: 'error', reason: `condition could not be evaluated: ${error.message}` };
    }
    if (success === undefined && failure === undefined)
        return { outcome: 'successful', reason: 'no conditions' };
    if (failure === undefined)
        failure = !success;
    if (success === undefined)
        success = !failure;
    if (failure)
        return { outcome: 'failed', reason: `failure: ${spec.failure ? `'${spec.failure.source}' is true` : `'${spec.success?.source}' is false`}` };
    if (success)
        return { outcome: 'successful', reason: spec.success ? `'${spec.success.source}' is true` : `'${spec.failure?.source}' is false` };
    return { outcome: 'inconclusive', reason: 'neither condition is true' };
}
/** Provider data counts as "no data" when empty, or all NaN and the conditions do not handle NaN with isNaN(). */
function isNoData(spec, r) {
    if (r.kind === 'no-data')
        return r.detail ?? 'no data';
    if (r.values.length === 0)
        return 'no data';
    const handlesNaN = spec.success?.uses('isNaN') || spec.failure?.uses('isNaN');
    if (!handlesNaN && r.values.every(Number.isNaN))
        return 'NaN (no events in the window?)';
    return undefined;
}
async function queryWithRequery(spec, deps, signal) {
    const delay = Math.min(5_000, Math.max(20, spec.intervalMs / 4));
    for (let requeries = 0;; requeries++) {
        const r = await deps.query(spec, 'canary');
        const noData = isNoData(spec, r);
        if (!noData)
            return { values: r.values, requeries };
        if (requeries >= NO_DATA_REQUERIES || signal.aborted)
            return { noData, requeries };
        await deps.sleep(delay, signal);
    }
}
async function measureThreshold(spec, deps, signal) {
    let got;
    try {
        got = await queryWithRequery(spec, deps, signal);
    }
    catch (error) {
        return { outcome: 'error', value: null, reason: error.message, counted: true, requeries: 0 };
    }
    if (!got.values) {
        return { outcome: 'inconclusive', value: null, reason: `${got.noData} after ${got.requeries + 1} queries`, counted: true, requeries: got.requeries };
    }
    const value = got.values.length === 1 ? got.values[0] : got.values;
    return { ...evaluateValue(spec, value), value, counted: true, requeries: got.requeries };
}
/** A compare metric keeps pools of samples across its measurements and judges once both reach min-samples. */
async function measureCompare(spec, pools, last, deps) {
    try {
        for (const target of ['canary', 'baseline']) {
            const r = await deps.query(spec, target);
            if (r.kind === 'data')
                pools[target].push(...r.values.filter((v) => !Number.isNaN(v)));
        }
    }
    catch (error) {
        return { outcome: 'error', value: null, reason: error.message, counted: true, requeries: 0 };
    }
    const n = Math.min(pools.canary.length, pools.baseline.length);
    if (n < spec.minSamples) {
        const reason = `${pools.canary.length} canary / ${pools.baseline.length} baseline samples, need ${spec.minSamples} each`;
        return { outcome: 'inconclusive', value: null, reason, counted: last, requeries: 0 };
    }
    const v = judgeCompare(pools.canary, pools.baseline, spec.compare);
    return { outcome: v.outcome, value: v.canaryMean, baseline: v.baselineMean, pValue: v.pValue, meanRatio: v.meanRatio, reason: v.reason, counted: true, requeries: 0 };
}
function count(c, m) {
    if (m.outcome === 'error') {
        c.errors++;
        c.consecutiveErrors++;
        return;
    }
    c.consecutiveErrors = 0;
    c.measured++;
    if (!m.counted)
        return;
    if (m.outcome === 'failed')
        c.failed++;
    if (m.outcome === 'inconclusive')
        c.inconclusive++;
}
/** Backoff after an error: a quarter interval, doubling per consecutive error, never longer than the interval. */
function errorBackoff(intervalMs, consecutiveErrors) {
    const base = Math.max(10, intervalMs / 4);
    return Math.min(intervalMs, base * 2 ** Math.max(0, consecutiveErrors - 1));
}
/** Run one metric to its verdict (or until `signal` aborts because another metric failed). */
async function runMetric(spec, deps, signal) {
    const c = { measured: 0, failed: 0, inconclusive: 0, errors: 0, consecutiveErrors: 0, samples: 0 };
    const measurements = [];
    const pools = { canary: [], baseline: [] };
    const maxAttempts = spec.count * (spec.consecutiveErrorLimit + 2);
    let phase = 'running';
    for (let attempt = 0; attempt < maxAttempts && phase === 'running' && !signal.aborted; attempt++) {
        const last = c.measured + 1 >= spec.count;
        const body = spec.compare ? await measureCompare(spec, pools, last, deps) : await measureThreshold(spec, deps, signal);
        const m = { metric: spec.name, at: deps.now(), ...body };
        measurements.push(m);
        count(c, m);
        c.samples = spec.compare ? Math.min(pools.canary.length, pools.baseline.length) : c.samples + (m.value === null || m.outcome === 'error' ? 0 : 1);
        deps.onMeasurement?.(m);
        phase = assessMetric(c, spec);
        if (phase !== 'running')
            break;
        await deps.sleep(m.outcome === 'error' ? errorBackoff(spec.intervalMs, c.consecutiveErrors) : spec.intervalMs, signal);
    }
    if (phase === 'running')
        phase = signal.aborted ? 'inconclusive' : 'error';
    return { name: spec.name, dryRun: spec.dryRun, condition: describeCondition(spec), phase, message: explain(spec, phase, c, signal.aborted), counters: c, measurements };
}
/** The thresholds of a metric in words. */
function describeCondition(spec) {
    if (spec.compare) {
        const c = spec.compare;
        return `Mann-Whitney p < ${(1 - c.confidence).toFixed(3)} and mean ratio ≥ ${c.effectSize} (${c.direction}) fails`;
    }
    const parts = [spec.success ? `success: ${spec.success.source}` : '', spec.failure ? `failure: ${spec.failure.source}` : ''];
    return parts.filter(Boolean).join('; ') || 'no conditions';
}
function explain(spec, phase, c, aborted) {
    switch (phase) {
        case 'failed':
            return `${c.failed} failed measurement(s), more than failure-limit ${spec.failureLimit}`;
        case 'error':
            return c.consecutiveErrors > spec.consecutiveErrorLimit ? `${c.consecutiveErrors} consecutive errors, more than consecutive-error-limit ${spec.consecutiveErrorLimit}` : 'too many errors';
        case 'inconclusive':
            if (aborted && c.measured < spec.count)
                return 'stopped early: another metric decided the run';
            if (c.inconclusive > spec.inconclusiveLimit && spec.inconclusiveLimit >= 0)
                return `${c.inconclusive} inconclusive measurement(s), more than inconclusive-limit ${spec.inconclusiveLimit}`;
            return `only ${c.samples} sample(s) with data, min-samples is ${spec.minSamples}`;
        case 'successful':
            return `${c.measured} measurement(s), ${c.failed} failed, ${c.inconclusive} inconclusive, ${c.errors} error(s)`;
        case 'running':
            return 'running';
    }
}
/** The worst of some outcomes (successful when there are none). */
function worst(outcomes) {
    return outcomes.reduce((w, o) => (SEVERITY.indexOf(o) > SEVERITY.indexOf(w) ? o : w), 'successful');
}
/**
 * Run every metric concurrently, each at its own interval. A failed or errored (non-dry-run) metric stops the
 * others at once, so a bad canary is rolled back within one interval. Dry-run metrics are measured and reported
 * but never decide.
 */
async function runAnalysis(specs, deps) {
    const startedAt = deps.now();
    const stop = new AbortController();
    const metrics = await Promise.all(specs.map(async (spec) => {
        const run = await runMetric(spec, deps, stop.signal);
        if (!spec.dryRun && (run.phase === 'failed' || run.phase === 'error'))
            stop.abort();
        return run;
    }));
    const phase = worst(metrics.filter((m) => !m.dryRun).map((m) => m.phase));
    return { phase, startedAt, finishedAt: deps.now(), metrics };
}

;// CONCATENATED MODULE: ./src/adapters/providers.ts

function vars(ctx, metric, target) {
    return { canary: ctx.canary, baseline: ctx.baseline, interval: promDuration(metric.intervalMs), target: target === 'canary' ? ctx.canary : ctx.baseline };
}
/** Prometheus sample values are strings: numbers, `NaN`, `+Inf`, `-Inf`. */
function promNumber(text) {
    if (text === '+Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return Number.NaN;
    const n = typeof text === 'string' ? Number(text) : Number.NaN;
    if (Number.isNaN(n))
        throw new Error(`Prometheus returned a sample that is not a number: ${JSON.stringify(text)}`);
    return n;
}
async function getJson(url, headers, timeoutMs) {
    let res;
    let text;
    try {
        res = await fetch(url, { headers: { accept: 'application/json', ...headers }, signal: AbortSignal.timeout(timeoutMs) });
        text = await res.text();
    }
    catch (error) {
        const cause = error.cause;
        throw new Error(`GET ${url.split('?')[0]} failed: ${cause?.code ?? cause?.message ?? error.message}`, { cause: error });
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    return { status: res.status, body, text };
}
/** Parse a Prometheus `/api/v1/query` answer. */
function parsePrometheus(status, body, text) {
    const b = body;
    if (!b || typeof b !== 'object')
        throw new Error(`Prometheus answered HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`);
    if (b.status !== 'success')
        throw new Error(`Prometheus query failed (HTTP ${status}, ${b.errorType ?? 'error'}): ${b.error ?? text.slice(0, 200)}`);
    const data = b.data ?? {};
    switch (data.resultType) {
        case 'vector': {
            const result = (data.result ?? []);
            if (result.length === 0)
                return { kind: 'no-data', detail: 'empty vector' };
            return { kind: 'data', values: result.map((r) => promNumber(r.value[1])) };
        }
        case 'scalar':
            return { kind: 'data', values: [promNumber(data.result[1])] };
        case 'matrix': {
            const result = (data.result ?? []);
            const values = result.flatMap((r) => r.values.map((v) => promNumber(v[1])));
            return values.length ? { kind: 'data', values } : { kind: 'no-data', detail: 'empty matrix' };
        }
        default:
            throw new Error(`Prometheus returned result type '${String(data.resultType)}', expected vector, scalar or matrix`);
    }
}
/** Turn what a JSONPath selected into numbers; null/missing is no data, anything not numeric is an error. */
function numbersOf(selected, path) {
    const flat = selected.flat(2).filter((v) => v !== null && v !== undefined);
    if (flat.length === 0)
        return { kind: 'no-data', detail: `nothing at ${path}` };
    const values = flat.map((v) => {
        if (typeof v === 'number')
            return v;
        if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
            return Number(v);
        if (v === 'NaN')
            return Number.NaN;
        throw new Error(`${path} selected ${JSON.stringify(v).slice(0, 80)}, which is not a number`);
    });
    return { kind: 'data', values };
}
/** The query function the analysis uses. */
function createQuery(ctx) {
    const timeoutMs = ctx.timeoutMs ?? 10_000;
    return async (metric, target) => {
        const v = vars(ctx, metric, target);
        const p = metric.provider;
        if (p.kind === 'prometheus') {
            const url = `${p.address}/api/v1/query?query=${encodeURIComponent(render(p.query, v))}`;
            const r = await getJson(url, {}, timeoutMs);
            return parsePrometheus(r.status, r.body, r.text);
        }
        const url = render(p.url, v, encodeURIComponent);
        const r = await getJson(url, p.headers, timeoutMs);
        if (r.status < 200 || r.status > 299)
            throw new Error(`GET ${url} answered HTTP ${r.status}: ${r.text.slice(0, 200)}`);
        if (r.body === undefined)
            throw new Error(`GET ${url} did not answer JSON: ${r.text.slice(0, 200)}`);
        return numbersOf(p.jsonPath.select(r.body), p.jsonPath.source);
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/adapters/atomic-file.ts
/** Atomic file replacement: write a temp file in the same directory, fsync it, then rename(2) over the target. */



/** Replace `path` with `content` so readers see the old or the new file, never a partial one. */
async function writeAtomic(path, content) {
    const tmp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_namespaceObject.open)(tmp, 'wx', 0o644);
    try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(tmp, { force: true });
        throw error;
    }
}
/** The file's text, or undefined when it does not exist. */
async function readIfExists(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/adapters/router-file.ts
/**
 * The `file` router: a JSON weights file (`{"<stable>": 80, "<canary>": 20}`, always summing to 100) replaced
 * atomically, for any load balancer or service that reads one.
 */


class FileRouter {
    path;
    stable;
    canary;
    constructor(path, stable, canary) {
        this.path = path;
        this.stable = stable;
        this.canary = canary;
    }
    async setWeight(weight) {
        const started = performance.now();
        const doc = { [this.stable]: 100 - weight, [this.canary]: weight };
        try {
            await writeAtomic(this.path, `${JSON.stringify(doc, null, 2)}\n`);
        }
        catch (error) {
            throw new src/* UserError */.yo(`Could not write the weights file ${this.path}: ${error.message}`, { cause: error });
        }
        return { servedMs: performance.now() - started, detail: `${this.path}: ${JSON.stringify(doc)}` };
    }
    /** The canary's weight in the file now, if the file is ours to read. */
    async currentWeight() {
        const text = await readIfExists(this.path);
        if (text === undefined)
            return undefined;
        try {
            const v = JSON.parse(text)[this.canary];
            return typeof v === 'number' ? v : undefined;
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/domain/nginx-config.ts
/**
 * The nginx snippet staged-rollout owns (included inside `http {}`): a weighted upstream, or `split_clients` on a
 * header or cookie so a user stays on one version as the weight grows. Pure: text in, text out.
 */
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
/** The variable a sticky key reads: `$http_x_user_id` for header `X-User-Id`, `$cookie_uid` for cookie `uid`. */
function stickyVariable(s) {
    return s.kind === 'header' ? `$http_${s.name.toLowerCase().replace(/-/g, '_')}` : `$cookie_${s.name}`;
}
function servers(addresses, weight) {
    return addresses.map((a) => `    server ${a}${weight === undefined ? '' : ` weight=${weight}`};`);
}
function weighted(p, stableAddrs, canaryAddrs) {
    // Per-server weights so that the versions' totals are (100 - w) : w whatever their server counts.
    let ws = (100 - p.weight) * canaryAddrs.length;
    let wc = p.weight * stableAddrs.length;
    const g = gcd(ws, wc) || 1;
    ws /= g;
    wc /= g;
    const lines = [`upstream ${p.upstream} {`];
    if (p.weight < 100)
        lines.push(...servers(stableAddrs, p.weight === 0 ? undefined : ws));
    if (p.weight > 0)
        lines.push(...servers(canaryAddrs, p.weight === 100 ? undefined : wc));
    lines.push('}');
    return lines;
}
function split(p, s, stableAddrs, canaryAddrs) {
    const up = (suffix, addrs) => [`upstream ${p.upstream}_${suffix} {`, ...servers(addrs, undefined), '}'];
    const entries = p.weight === 0 ? [`    * ${p.upstream}_stable;`] : p.weight === 100 ? [`    * ${p.upstream}_canary;`] : [`    ${p.weight}% ${p.upstream}_canary;`, `    * ${p.upstream}_stable;`];
    return [...up('stable', stableAddrs), ...up('canary', canaryAddrs), `split_clients "${stickyVariable(s)}" $${p.upstream} {`, ...entries, '}'];
}
/**
 * Render the snippet. It always defines the weighted `upstream <name>` (per request) and the variable `$<name>`:
 * sticky by key when `sticky` is set, otherwise naming that same upstream, so `proxy_pass http://$<name>;` follows
 * the sticky setting and `proxy_pass http://<name>;` is always per request.
 */
function renderNginx(p) {
    const stableAddrs = p.backends[p.stable] ?? [];
    const canaryAddrs = p.backends[p.canary] ?? [];
    const chooser = p.sticky ? split(p, p.sticky, stableAddrs, canaryAddrs) : [`map $host $${p.upstream} {`, `    default ${p.upstream};`, '}'];
    const body = [...weighted(p, stableAddrs, canaryAddrs), ...chooser];
    return [
        '# Managed by Shipline staged-rollout: rewritten on every weight change. Do not edit.',
        `# stable=${p.stable} canary=${p.canary} canary-weight=${p.weight}% generation=${p.generation}`,
        ...body,
        `add_header X-Shipline-Generation "${p.generation}" always;`,
        '',
    ].join('\n');
}
/** Parse the canary weight back out of a snippet this module wrote (undefined for anything else). */
function weightOf(text) {
    const m = /^# stable=\S+ canary=\S+ canary-weight=(\d+)% generation=(\S+)$/m.exec(text);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/router-nginx.ts
/**
 * The `nginx` router: rewrite the snippet it owns, `nginx -t`, graceful reload (SIGHUP via `nginx -s reload`, both
 * as argv, never a shell), then probe until the new config is what answers. A failed test or reload puts the old
 * snippet back, so traffic is untouched.
 */




/** How long only the new config must answer before it counts as served (nginx retires old workers after 100 ms). */
const SETTLE_MS = 150;
function get(url, versionHeader) {
    return new Promise((ok, fail) => {
        const req = (0,external_node_http_namespaceObject.request)(url, { headers: { connection: 'close' }, timeout: 1000 }, (res) => {
            res.resume();
            res.on('end', () => {
                const one = (h) => (Array.isArray(h) ? h[0] : h);
                ok({ status: res.statusCode ?? 0, generation: one(res.headers['x-shipline-generation']), version: one(res.headers[versionHeader.toLowerCase()]) });
            });
            res.on('error', fail);
        });
        req.on('timeout', () => req.destroy(new Error('probe timed out')));
        req.on('error', fail);
        req.end();
    });
}
class NginxRouter {
    o;
    seq = 0;
    constructor(o) {
        this.o = o;
    }
    async setWeight(weight) {
        const started = performance.now();
        const generation = `${Date.now().toString(36)}-${process.pid.toString(36)}-${++this.seq}-w${weight}`;
        const before = await readIfExists(this.o.configPath);
        await writeAtomic(this.o.configPath, renderNginx({ ...this.o, weight, generation }));
        try {
            await this.run(this.o.testCommand, 'test');
            await this.run(this.o.reloadCommand, 'reload');
        }
        catch (error) {
            await this.restore(before);
            throw error;
        }
        const probed = await this.probe(generation, weight);
        return { servedMs: performance.now() - started, detail: probed };
    }
    async run(argv, what) {
        const [file, ...args] = argv;
        const r = await (0,src/* exec */.m0)(file, args, { timeoutMs: 30_000, allowFailure: true });
        if (r.code !== 0 || r.timedOut) {
            throw new src/* UserError */.yo(`nginx config ${what} failed ('${argv.join(' ')}' exited ${r.timedOut ? 'on timeout' : r.code}): ${(0,src/* lastLines */.w$)(r.stderr || r.stdout, 5)}`, {
                hint: `The previous ${this.o.configPath} was put back; traffic is unchanged.`,
            });
        }
    }
    async restore(before) {
        if (before === undefined)
            return;
        await writeAtomic(this.o.configPath, before);
    }
    /**
     * Probe until nginx serves the new config, on fresh connections: the `X-Shipline-Generation` header names it.
     * nginx's master waits 100 ms after starting new workers before it tells the old ones to stop accepting, so the
     * new generation must answer alone for {@link SETTLE_MS} in a row. When a location hides the header (its own
     * `add_header` drops inherited ones), fall back to the version header at 0% and 100%.
     */
    async probe(generation, weight) {
        if (!this.o.probeUrl)
            return 'not probed (no probe-url)';
        const deadline = performance.now() + this.o.probeTimeoutMs;
        const expected = weight === 100 ? this.o.canary : weight === 0 ? this.o.stable : undefined;
        let since;
        let headerSeen = false;
        let last = 'no answer';
        for (let attempt = 0; attempt < 20_000 && performance.now() < deadline; attempt++) {
            try {
                const p = await get(this.o.probeUrl, this.o.versionHeader);
                const now = performance.now();
                last = `HTTP ${p.status}, generation ${p.generation ?? '(none)'}, ${this.o.versionHeader} ${p.version ?? '(none)'}`;
                headerSeen ||= p.generation === generation;
                const good = headerSeen ? p.generation === generation : p.generation === undefined && (expected === undefined ? p.status > 0 : p.version === expected);
                since = good ? (since ?? now) : undefined;
                if (since !== undefined && now - since >= SETTLE_MS) {
                    if (headerSeen)
                        return `served (generation ${generation})`;
                    return expected ? `served (${this.o.versionHeader}: ${expected})` : 'answering (weights not observable without X-Shipline-Generation)';
                }
            }
            catch (error) {
                last = (0,src/* messageOf */.bD)(error);
                since = undefined;
            }
            await new Promise((ok) => setTimeout(ok, since === undefined ? 10 : 2));
        }
        throw new src/* UserError */.yo(`nginx did not serve the new weights within ${this.o.probeTimeoutMs} ms (last probe: ${last})`, {
            hint: `Check that ${this.o.probeUrl} is served through the upstream '${this.o.upstream}'.`,
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/state-store.ts
/**
 * Where a rollout's state lives between runs: a JSON file beside `router-config` (no token), or a GitHub
 * Deployment (with a token): the payload names the rollout, and each status is one saved step, so the
 * deployment's status list is also the audit log, and the newest status is the state.
 */


/** The path of the state file for a router config. */
function stateFileFor(routerConfig) {
    return `${routerConfig}.shipline-state.json`;
}
class FileStateStore {
    where;
    constructor(where) {
        this.where = where;
    }
    async load(key) {
        const text = await readIfExists(this.where);
        if (text === undefined)
            return undefined;
        let state;
        try {
            state = JSON.parse(text);
        }
        catch (error) {
            throw new src/* UserError */.yo(`The rollout state file ${this.where} is not valid JSON`, { hint: 'Delete it to start the rollout over (traffic is not changed by deleting it).', cause: error });
        }
        return state.version === 1 && state.key === key ? state : undefined;
    }
    async save(state) {
        await writeAtomic(this.where, `${JSON.stringify(state, null, 2)}\n`);
    }
}
const TASK = 'shipline:staged-rollout';
const STATUS = {
    progressing: 'in_progress',
    aborting: 'in_progress',
    paused: 'queued',
    promoted: 'success',
    aborted: 'failure',
};
/** `[shipline next=3 weight=20 phase=paused] manual gate` (GitHub keeps 140 characters of a description). */
function encodeStatus(s) {
    return `[shipline next=${s.next} weight=${s.weight} phase=${s.phase}] ${s.reason}`.slice(0, 140);
}
function decodeStatus(text) {
    const m = /^\[shipline next=(\d+) weight=(\d+) phase=(progressing|paused|promoted|aborting|aborted)\] ?(.*)$/s.exec(text);
    if (!m)
        return undefined;
    return { next: Number(m[1]), weight: Number(m[2]), phase: m[3], reason: m[4] };
}
class DeploymentStateStore {
    gh;
    repo;
    environment;
    ref;
    logUrl;
    id;
    constructor(gh, repo, environment, ref, logUrl) {
        this.gh = gh;
        this.repo = repo;
        this.environment = environment;
        this.ref = ref;
        this.logUrl = logUrl;
    }
    get where() {
        return `GitHub deployment${this.id ? ` #${this.id}` : ''} (environment ${this.environment})`;
    }
    async load(key) {
        const { data } = await this.gh.rest.repos.listDeployments({ ...this.repo, environment: this.environment, task: TASK, per_page: 30 });
        const found = data.find((d) => d.payload?.key === key);
        if (!found)
            return undefined;
        this.id = found.id;
        const p = found.payload;
        const { data: statuses } = await this.gh.rest.repos.listDeploymentStatuses({ ...this.repo, deployment_id: found.id, per_page: 100 });
        const latest = [...statuses].sort((a, b) => b.id - a.id).map((s) => decodeStatus(s.description ?? '')).find((s) => s !== undefined);
        const at = Date.parse(found.created_at);
        if (!latest)
            return { version: 1, key, strategy: p.strategy, stable: p.stable, canary: p.canary, next: 0, weight: 0, phase: 'progressing', reason: 'started', startedAt: at, updatedAt: at, history: [] };
        return { version: 1, key, strategy: p.strategy, stable: p.stable, canary: p.canary, ...latest, startedAt: at, updatedAt: at, history: [] };
    }
    async save(state) {
        if (this.id === undefined) {
            const payload = { key: state.key, strategy: state.strategy, stable: state.stable, canary: state.canary };
            const res = await this.gh.rest.repos.createDeployment({ ...this.repo, ref: this.ref, environment: this.environment, task: TASK, auto_merge: false, required_contexts: [], payload, description: `staged-rollout of ${state.canary}` });
            if (!('id' in res.data))
                throw new src/* UserError */.yo(`GitHub did not create a deployment: ${JSON.stringify(res.data)}`);
            this.id = res.data.id;
        }
        await this.gh.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: this.id,
            state: STATUS[state.phase],
            description: encodeStatus(state),
            ...(this.logUrl ? { log_url: this.logUrl } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/adapters/wire.ts
/** Builds the adapters a run needs from its config: router, state store, metric query, clock. */






/** Resolve after `ms`, or at once when the signal aborts. */
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
function createRouter(cfg) {
    if (cfg.router === 'file' || !cfg.nginx)
        return new FileRouter(cfg.routerConfig, cfg.stable, cfg.canary);
    return new NginxRouter({ configPath: cfg.routerConfig, stable: cfg.stable, canary: cfg.canary, ...cfg.nginx });
}
async function createStore(cfg, env = process.env) {
    if (!cfg.token)
        return new FileStateStore(stateFileFor(cfg.routerConfig));
    const gh = await (0,src/* createGitHubClient */.LX)({ token: cfg.token, action: 'staged-rollout' });
    const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return new DeploymentStateStore(gh, (0,src/* currentRepo */.Uc)(env), cfg.environment, env.GITHUB_SHA || env.GITHUB_REF || 'HEAD', runUrl);
}
/** The engine's analysis: run the step's metric set, logging each measurement as it lands. */
function analyser(cfg) {
    const deps = {
        now: Date.now,
        sleep,
        query: createQuery({ canary: cfg.canary, baseline: cfg.stable }),
        onMeasurement: (m) => (0,src/* info */.pq)(`  ${m.metric}: ${m.value === null ? 'no data' : JSON.stringify(m.value)} → ${m.outcome} (${m.reason})`),
    };
    return (step) => {
        const set = step.set === 'preview' ? cfg.previewChecks : cfg.metrics;
        return runAnalysis(step.metrics ? set.filter((m) => step.metrics?.includes(m.name)) : set, deps);
    };
}

;// CONCATENATED MODULE: ./src/main.ts





/** Inputs → adapters → the rollout engine → outputs, summary and exit code. */
async function main() {
    const cfg = await readConfig();
    const router = createRouter(cfg);
    const store = await createStore(cfg);
    const prior = await store.load(cfg.key);
    const state = prior ?? newState({ key: cfg.key, strategy: cfg.strategy, stable: cfg.stable, canary: cfg.canary }, Date.now());
    (0,src/* info */.pq)(prior ? `Continuing rollout ${cfg.key} from ${store.where}: ${prior.phase} at step ${prior.next + 1}, canary ${prior.weight}%` : `New rollout ${cfg.key}: ${cfg.steps.length} step(s)`);
    const outcome = await (0,src/* group */.Os)(`staged-rollout: ${cfg.stable} → ${cfg.canary}`, () => advance(state, cfg.steps, { router, analyse: analyser(cfg), save: (s) => store.save(s), now: Date.now, sleep: (ms) => sleep(ms), log: src/* info */.pq }, {
        resume: cfg.resume,
        abort: cfg.abort ? 'abort requested (input abort: true)' : undefined,
    }));
    const s = outcome.state;
    (0,src/* setOutputs */.n0)({ phase: s.phase === 'aborting' ? 'aborted' : s.phase, weight: s.weight, analysis: analysisOutput(s, outcome.analyses) });
    buildSummary(s, outcome.analyses, { where: store.where, router: cfg.router }).write();
    if (s.phase === 'aborted' && !cfg.abort)
        (0,src/* setFailed */.C1)(`Rollout of ${cfg.canary} aborted, canary at 0%: ${s.reason}`);
    else if (s.phase === 'paused' && s.reason !== 'manual gate' && cfg.onInconclusive === 'fail') {
        (0,src/* setFailed */.C1)(`Rollout of ${cfg.canary} is inconclusive (on-inconclusive: fail), canary left at ${s.weight}%: ${s.reason}`);
    }
    else
        (0,src/* info */.pq)(`Rollout ${s.phase}: canary ${cfg.canary} at ${s.weight}% (${s.reason})`);
}


/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  BD: () => (/* reexport */ Summary),
  yo: () => (/* reexport */ errors_UserError),
  LX: () => (/* reexport */ createGitHubClient),
  Uc: () => (/* reexport */ currentRepo),
  m0: () => (/* reexport */ exec_exec),
  a3: () => (/* reexport */ formatDuration),
  Os: () => (/* reexport */ group),
  pq: () => (/* reexport */ info),
  w$: () => (/* reexport */ lastLines),
  Tz: () => (/* reexport */ lineChart),
  bD: () => (/* reexport */ messageOf),
  E9: () => (/* reexport */ parseDuration),
  Vf: () => (/* reexport */ readBoolean),
  $7: () => (/* reexport */ readDuration),
  ai: () => (/* reexport */ readEnum),
  Ag: () => (/* reexport */ readObject),
  E3: () => (/* reexport */ readString),
  VW: () => (/* reexport */ requireString),
  eF: () => (/* reexport */ run),
  C1: () => (/* reexport */ setFailed),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: ExecError, RemoteError, SUITE_VERSION, apiBaseUrl, appendSummary, cell, commitTime, debug, endGroup, error, escapeHtml, exportVariable, getInput, git, gitMaybe, gitRecords, isDebug, isShallow, maskSecret, notice, quote, readGlobList, readInteger, readList, readPercentList, readState, report, resolveRef, saveState, setOutput, setSecret, startGroup, warning

;// CONCATENATED MODULE: ../../packages/core/src/errors.ts
/**
 * The error hierarchy every Shipline action throws. One catch, in `run()`, sorts them:
 * a {@link UserError} is something the user can fix and is reported without a stack trace;
 * anything else is an internal error whose stack appears only with RUNNER_DEBUG=1.
 */
/** A failure the user can act on. `hint` says what to do about it. */
class errors_UserError extends Error {
    hint;
    /** File the failure is about, for the annotation (relative to the workspace). */
    file;
    line;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
        this.file = options.file;
        this.line = options.line;
    }
}
/** An input that does not have the accepted form. The message names the input, the value and the form. */
class errors_InputError extends errors_UserError {
    input;
    value;
    accepted;
    constructor(input, value, accepted, options = {}) {
        super(`Input '${input}': ${quote(value)} ${accepted}`, options);
        this.name = 'InputError';
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
/** A remote service (GitHub, a registry, a host) answered with an error. */
class RemoteError extends errors_UserError {
    status;
    operation;
    constructor(operation, status, detail, options = {}) {
        super(`${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`, options);
        this.name = 'RemoteError';
        this.status = status;
        this.operation = operation;
    }
}
/** Quote a value for an error message; long values are shortened, newlines shown as \n. */
function quote(value, max = 120) {
    const flat = value.replace(/\r?\n/g, '\\n');
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return `'${cut}'`;
}
/** Turn anything thrown into a message, without losing non-Error throws. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/duration.ts
/** Durations written as `90s`, `5m`, `1h30m`, `250ms` or a bare number of seconds. Pure: no I/O. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
/** Parse a duration to milliseconds, or return undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (/^\d+$/.test(s))
        return Number(s) * 1000;
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ../../packages/core/src/runner.ts
/**
 * The runner protocol, written directly: inputs from INPUT_* env, outputs/state/env through the runner's file
 * commands, annotations and groups as workflow commands on stdout, and the step summary file.
 *
 * Why not @actions/core: it loads @actions/http-client, undici and @actions/exec at import time (for OIDC and
 * platform details), which made a bundle's cold start 5x a bare `node -e 0` (measured: 50 ms vs 10 ms, 68 MB RSS).
 * These few functions are the whole contract an action needs on every run; they follow the toolkit's escaping
 * and heredoc rules exactly, so the runner parses them the same way.
 */



/** The value of an input, as the runner passes it (`INPUT_<NAME>`, spaces → `_`, upper-cased). */
function getInput(name, trim = true) {
    const v = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return trim ? v.trim() : v;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_KEYS = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
/** Write a workflow command (`::name key=value::message`) to stdout. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
function annotation(kind, message, props = {}) {
    const mapped = {};
    for (const [k, v] of Object.entries(props))
        mapped[PROPERTY_KEYS[k]] = v;
    issueCommand(kind, mapped, message);
}
const runner_error = (message, props) => annotation('error', message, props);
const warning = (message, props) => annotation('warning', message, props);
const notice = (message, props) => annotation('notice', message, props);
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function runner_debug(message) {
    issueCommand('debug', {}, message);
}
/** Mark the step failed: an error annotation and exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    runner_error(message);
}
/** Mask a value in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function fileCommand(envName, key, value) {
    const file = process.env[envName];
    if (!file)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: value contains the delimiter ${delimiter}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, value);
    }
}
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', name, value))
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Export an environment variable to this and later steps. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!fileCommand('GITHUB_ENV', name, value))
        issueCommand('set-env', { name }, value);
}
function startGroup(title) {
    issueCommand('group', {}, title);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Run `fn` inside a collapsible log group. */
async function group(title, fn) {
    startGroup(title);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** Append markdown to the job summary; a no-op outside a runner. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
}

;// CONCATENATED MODULE: ../../packages/core/src/inputs.ts
/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>`). Each returns the parsed value, the fallback when the input is empty,
 * or throws an {@link InputError} that names the input, the value it got and the accepted form.
 */



function raw(name, required = false) {
    const value = getInput(name);
    if (required && value === '')
        throw new errors_InputError(name, '', 'is required but was empty or not given');
    return value;
}
function orFallback(name, opts, parse) {
    const value = raw(name, opts?.required);
    return value === '' ? opts?.fallback : parse(value);
}
/** A string, optionally matching a pattern described in words by `accepted`. */
function readString(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        if (opts.pattern && !opts.pattern.test(v))
            throw new errors_InputError(name, v, opts.accepted ?? `does not match ${String(opts.pattern)}`);
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
    throw new errors_InputError(name, v, "is not a boolean: use 'true' or 'false'");
}
/** A whole number within [min, max]. */
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
/** A duration (`90s`, `5m`, `1h30m`, `250ms`, or bare seconds), returned in milliseconds. */
function readDuration(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const ms = parseDuration(v);
        if (ms === undefined)
            throw new errors_InputError(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new errors_InputError(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
        return ms;
    });
}
/** A comma-separated list of whole percents from 1 to 100, strictly increasing (e.g. `5,25,50,100`). */
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
/** One of a fixed set of values. */
function readEnum(name, values, fallback) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (!values.includes(v))
        throw new errors_InputError(name, v, `is not one of: ${values.join(', ')}`);
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
            throw new InputError(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
        }
    }
    return globs;
}
/**
 * A JSON or YAML object (a mapping; a list with `array: true`). Async because the YAML parser is loaded only
 * when an action reads such an input, keeping it off every other action's cold start.
 */
async function readObject(name, opts = {}) {
    const v = raw(name, opts.required);
    if (v === '')
        return opts.fallback;
    const { parse } = await __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3483, 19));
    let parsed;
    try {
        parsed = parse(v);
    }
    catch (error) {
        throw new errors_InputError(name, v, `is not valid JSON or YAML (${messageOf(error).split('\n')[0]})`, { cause: error });
    }
    const ok = opts.array ? Array.isArray(parsed) : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (!ok) {
        const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping';
        throw new errors_InputError(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`);
    }
    return parsed;
}

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
        setOutput(name, render(value));
}
/** Save a value for the `post:` step (or a later phase) of the same action. */
function outputs_saveState(name, value) {
    core.saveState(name, render(value));
}
/** Read a value saved with {@link saveState}; JSON is parsed back when `json` is set. */
function readState(name, json = false) {
    const v = core.getState(name);
    if (v === '')
        return undefined;
    return (json ? JSON.parse(v) : v);
}
/** Mask a secret in every later log line; empty values are ignored (masking '' would hide nothing useful). */
function maskSecret(value) {
    if (value)
        core.setSecret(value);
}

;// CONCATENATED MODULE: ../../packages/core/src/summary.ts
/**
 * A job-summary builder that produces GitHub-flavoured markdown. Pure: `toString()` gives the text and
 * `write()` appends it to the step summary. Cells are escaped so a `|` in a commit subject cannot break a table.
 */

/** Escape text for a markdown table cell. */
function cell(value) {
    if (value === null || value === undefined)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(text);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(items.map((i) => `- ${i}`).join('\n'));
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
    /** A collapsible section; the body is markdown. */
    details(label, body) {
        this.parts.push(`<details><summary>${escapeHtml(label)}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    code(text, lang = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${lang}\n${text}\n${fence}`);
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
        appendSummary(this.toString());
    }
}
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
    if (error instanceof errors_UserError) {
        const text = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
        if (error.file) {
            // setFailed takes no annotation properties: same effect, with the file and line attached.
            runner_error(text, { title: 'Shipline', file: error.file, ...(error.line ? { startLine: error.line } : {}) });
        }
        else {
            setFailed(text);
        }
        if (debug && error.stack)
            runner_debug(error.stack);
    }
    else {
        setFailed(`Internal error: ${messageOf(error)}${debug ? '' : ' (re-run with debug logging for the stack trace)'}`);
        if (debug && error instanceof Error && error.stack)
            info(error.stack);
    }
    process.exitCode = 1;
}

;// CONCATENATED MODULE: ../../packages/core/src/github.ts
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
        throw new errors_UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, { hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.' });
    return { owner, repo };
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new errors_UserError('No GitHub token was given', { hint: "Set the 'token' input (it defaults to ${{ github.token }})." });
    }
    setSecret(options.token);
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 760).then(__nccwpck_require__.bind(__nccwpck_require__, 760)),
        Promise.all(/* import() */[__nccwpck_require__.e(503), __nccwpck_require__.e(491)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4491)),
        Promise.all(/* import() */[__nccwpck_require__.e(503), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2812)),
    ]);
    const retries = options.retries ?? 3;
    const Client = Octokit.plugin(retry, throttling);
    const log = options.log ?? { debug: runner_debug, info: info, warn: warning, error: runner_error };
    return new Client({
        auth: options.token,
        baseUrl: options.baseUrl ?? apiBaseUrl(),
        userAgent: `shipline/${SUITE_VERSION}${options.action ? ` (${options.action})` : ''}`,
        log,
        request: { retries },
        retry: { doNotRetry: [400, 401, 404, 409, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                warning(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                warning(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
        },
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/core/src/exec.ts
/**
 * Process helpers: always `execFile`-style (program + argument array, never a shell string), with a timeout,
 * output captured and optionally streamed to the log inside a `core.group`.
 */


/** Thrown when a command exits non-zero (and allowFailure is not set). */
class ExecError extends errors_UserError {
    result;
    constructor(command, result) {
        const why = result.timedOut ? 'timed out' : result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        const tail = lastLines(result.stderr || result.stdout, 20);
        super(`Command '${command}' ${why}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.result = result;
    }
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
class Tail {
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    push(b) {
        this.chunks.push(b);
        this.size += b.length;
        while (this.size > this.max && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
    }
}
/** Run a program with arguments. Never goes through a shell. */
function exec_exec(file, args, options = {}) {
    const started = performance.now();
    const maxBuffer = options.maxBuffer ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            shell: false,
        });
        const out = new Tail(maxBuffer);
        const err = new Tail(maxBuffer);
        child.stdout.on('data', (b) => {
            out.push(b);
            if (options.stream)
                process.stdout.write(b);
        });
        child.stderr.on('data', (b) => {
            err.push(b);
            if (options.stream)
                process.stdout.write(b);
        });
        let timedOut = false;
        const timeoutMs = options.timeoutMs ?? 600_000;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            const hint = e.code === 'ENOENT' ? `Is '${file}' installed and on PATH?` : undefined;
            reject(new errors_UserError(`Could not start '${file}': ${e.message}`, { hint, cause: e }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const result = { code, signal, stdout: out.toString(), stderr: err.toString(), durationMs: performance.now() - started, timedOut };
            if ((code !== 0 || timedOut) && !options.allowFailure)
                reject(new ExecError([file, ...args].join(' '), result));
            else
                resolve(result);
        });
        child.stdin.on('error', () => undefined); // the child may exit before reading its input
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ../../packages/core/src/git.ts
/** Git helpers over the git CLI (argument arrays, never a shell string). */




/** Run git and return trimmed stdout. */
async function git(args, cwd = process.cwd()) {
    const r = await exec('git', args, { cwd, timeoutMs: 120_000 });
    return r.stdout.trimEnd();
}
/** Run git, returning undefined instead of throwing when it fails (e.g. an unknown ref). */
async function gitMaybe(args, cwd = process.cwd()) {
    const r = await exec('git', args, { cwd, timeoutMs: 120_000, allowFailure: true });
    return r.code === 0 ? r.stdout.trimEnd() : undefined;
}
/**
 * Stream the records of a git command split on `separator` (default NUL), without holding the whole output.
 * Use a `--format` that ends each record with the separator, or `-z`.
 */
async function* gitRecords(args, cwd = process.cwd(), separator = '\0') {
    const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => {
        if (stderr.length < 8192)
            stderr += b.toString();
    });
    const exited = new Promise((resolve) => child.on('close', resolve));
    let pending = '';
    try {
        if (separator === '\n') {
            for await (const line of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY }))
                yield line;
        }
        else {
            child.stdout.setEncoding('utf8');
            for await (const chunk of child.stdout) {
                pending += chunk;
                let at = pending.indexOf(separator);
                while (at !== -1) {
                    yield pending.slice(0, at);
                    pending = pending.slice(at + separator.length);
                    at = pending.indexOf(separator);
                }
            }
            if (pending.trim() !== '')
                yield pending;
        }
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
    const code = await exited;
    if (code !== 0 && code !== null)
        throw new UserError(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`);
}
/** Full SHA of a revision, or a clear error naming it. */
async function resolveRef(ref, cwd = process.cwd(), input = 'ref') {
    if (ref.startsWith('-'))
        throw new UserError(`Input '${input}': '${ref}' is not a git revision`);
    const sha = await gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (!sha)
        throw new UserError(`Input '${input}': '${ref}' is not a commit, tag or branch in this repository`, { hint: 'Check the name, and fetch it first (actions/checkout with fetch-depth: 0 fetches all tags).' });
    return sha;
}
/** True when the repository is a shallow clone (history is cut). */
async function isShallow(cwd = process.cwd()) {
    return (await gitMaybe(['rev-parse', '--is-shallow-repository'], cwd)) === 'true';
}
/** Committer time of a commit in seconds since the epoch (for SOURCE_DATE_EPOCH). */
async function commitTime(ref = 'HEAD', cwd = process.cwd()) {
    return Number(await git(['log', '-1', '--format=%ct', ref], cwd));
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts












/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
