export const id = 272;
export const ids = [272];
export const modules = {

/***/ 7272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDeploy: () => (/* binding */ runDeploy)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts
var runner = __webpack_require__(5081);
// EXTERNAL MODULE: ./src/domain/releases.ts
var releases = __webpack_require__(3345);
;// CONCATENATED MODULE: ./src/domain/plan.ts
/**
 * The plan of a run, as data: the steps each host goes through, decided from the host's probed state. The executor
 * (deploy.ts) runs these steps (the switch target, the releases to delete and what is recorded come from here);
 * `dry-run` prints the same steps, through {@link describeStep}, and stops.
 */

/** How the release gets onto a host whose state is `state`. */
function stageAction(state, version, sha256) {
    const have = state.releases.get(version);
    if (have === undefined)
        return 'upload';
    return have === sha256 ? 'reuse' : 'replace';
}
/**
 * True when every host already serves `version` with these bytes and no switch is left unfinished: the deploy
 * is a no-op. A host whose switch a dead run never finished (health check, commit) is not done yet.
 */
function allLive(states, version, sha256) {
    return (states.length > 0 &&
        states.every((s) => !s.pending && (0,releases/* versionOf */.E4)(s.current) === version && s.releases.get(version) === sha256));
}
/** The target a revert of this host goes back to: the one before an unfinished switch, else `current`. */
function revertTarget(state) {
    return state.pending ? state.pending.previous : state.current;
}
/** Releases a host deletes once `release` is live there (the live and the previous release are kept). */
function removals(state, release, previous, keep) {
    const prev = (0,releases/* versionOf */.E4)(previous);
    const withNew = { ...state, releases: new Map(state.releases).set(release.version, release.sha256) };
    return (0,releases/* releasesToDelete */.tg)(withNew, keep, [release.version, ...(prev ? [prev] : [])]);
}
/** The steps that put the release's bytes on the host (a deploy only). */
function stageSteps(s, state, release) {
    const target = release.version;
    const how = stageAction(state, target, release.sha256);
    const steps = [];
    if (how === 'reuse')
        steps.push({ kind: 'reuse', target });
    else {
        if (how === 'replace')
            steps.push({ kind: 'replace', target });
        steps.push({ kind: 'upload', target, bytes: release.bytes, sha256: release.sha256 });
        if (s.sharedPaths.length)
            steps.push({ kind: 'link-shared', paths: s.sharedPaths });
    }
    if (s.beforeSwitch)
        steps.push({ kind: 'before-switch', target, command: s.beforeSwitch });
    return steps;
}
/** The plan of one host whose probe read `state`; `root` is its deploy root. */
function planHost(s, state, root, release) {
    const target = `releases/${release.version}`;
    const previous = revertTarget(state);
    const remove = removals(state, release, previous, s.keepReleases);
    const steps = [{ kind: 'lock', path: `${root}/.shipline/lock` }];
    if (s.mode === 'deploy')
        steps.push(...stageSteps(s, state, release));
    if (state.pending)
        steps.push({ kind: 'finish-pending', ...state.pending });
    steps.push({ kind: 'switch', from: state.current, to: target });
    if (s.healthCheck)
        steps.push({ kind: 'health-check', check: s.healthCheck, timeoutMs: s.healthTimeoutMs });
    if (remove.length)
        steps.push({ kind: 'delete', releases: remove });
    steps.push({ kind: 'record' });
    return { steps, target, previous, remove };
}
const nothing = (target) => target || '(nothing)';
/** One step in words (the dry run's output and summary). */
function describeStep(step) {
    switch (step.kind) {
        case 'lock':
            return `lock ${step.path}`;
        case 'reuse':
            return `reuse releases/${step.target} (staged earlier, sha256 matches)`;
        case 'replace':
            return `replace releases/${step.target} (its sha256 is unknown or different; it is not live)`;
        case 'upload':
            return `stream the artifact (${step.bytes} bytes), verify sha256 ${step.sha256.slice(0, 12)}… on the host, unpack, rename to releases/${step.target}`;
        case 'link-shared':
            return `link shared paths: ${step.paths.join(', ')}`;
        case 'before-switch':
            return `run before-switch in releases/${step.target}: ${step.command}`;
        case 'finish-pending':
            return `finish the switch an earlier run left unfinished (${nothing(step.target)}): a failure switches back to ${nothing(step.previous)}`;
        case 'switch':
            return `switch current: ${nothing(step.from)} → ${step.to} (with every other host at once)`;
        case 'health-check':
            return `health-check (up to ${Math.round(step.timeoutMs / 1000)}s): ${step.check}`;
        case 'delete':
            return `delete old releases: ${step.releases.join(', ')}`;
        case 'record':
            return 'record the outcome in .shipline/releases.log, unlock';
    }
}
/**
 * The release-log lines of one host: the outcome of this release, preceded (after a successful rollback) by
 * `rolled-back` for the release it left. `previous` is the host's target before the switch.
 */
function logEntries(base, state, release, previous, outcome, reason) {
    const prev = (0,releases/* versionOf */.E4)(previous);
    const sha = (v) => state.releases.get(v) ?? '';
    const out = [];
    const common = { sha256: release.sha256, ...base };
    if (outcome === 'success' && base.mode === 'rollback' && prev)
        out.push({ ...common, version: prev, sha256: sha(prev), outcome: 'rolled-back' });
    const sha256 = base.mode === 'rollback' ? sha(release.version) : release.sha256;
    out.push({ ...common, version: release.version, sha256, outcome, ...(reason ? { reason } : {}) });
    return out;
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
;// CONCATENATED MODULE: ./src/domain/messages.ts
/** The sentences a run ends with. Pure. */

/**
 * The error of a run that failed on some hosts: one line per host, then what state the hosts are in (`after`),
 * with a hint when a deploy lock is held by another run.
 */
function failureMessage(what, failures, after) {
    const lead = failures.map((f) => `${f.host} failed at ${f.phase}: ${f.why}`).join('\n');
    const lockHint = failures.some((f) => f.why.includes('deploy lock'))
        ? 'Wait for that run to finish. If it was killed, re-run with take-over-lock: true (or remove <path>/.shipline/lock on that host).'
        : undefined;
    return new errors/* UserError */.yo(`${what} failed.\n${lead}\n${after}`, { hint: lockHint });
}
/** The warning for a host whose earlier switch no run finished; this run finishes it. */
function pendingWarning(host, pending) {
    return `${host}: an earlier run switched to ${pending.target || '(nothing)'} and never finished (no health check, no commit); this run finishes it, and a failure switches back to ${pending.previous || '(nothing)'}`;
}
/** What the hosts serve after a cancel. */
function afterCancel(switched, version) {
    return switched
        ? `Every host had switched to ${version}; it stays live, recorded as unfinished on each host (.shipline/pending): the next run of this action health-checks it and commits it, or switches every host back.`
        : 'Nothing was switched: every host still serves the release it had before.';
}
/** What the hosts serve after the switch back (`broken`: the hosts where it failed; `targets`: versions restored). */
function afterRevert(broken, restored) {
    return broken.length
        ? `Switching back FAILED on ${broken.map((b) => `${b.host} (${b.why})`).join(', ')}: fix those hosts by hand (point current at their previous release, then remove .shipline/lock).`
        : `Every host was switched back to the release it had before (${[...new Set(restored.map((t) => t ?? 'nothing'))].join(', ')}).`;
}
/** How on-revert went on the hosts that switched back ('' when it ran nowhere). */
function onRevertSummary(ran) {
    if (!ran.length)
        return '';
    const failed = ran.filter((r) => r.error);
    return failed.length
        ? ` on-revert FAILED on ${failed.map((r) => `${r.host} (${r.error})`).join(', ')}; it passed on ${ran.length - failed.length} of ${ran.length} host(s).`
        : ` on-revert passed on every host that switched back (${ran.length}).`;
}

// EXTERNAL MODULE: ./src/domain/scripts.ts
var scripts = __webpack_require__(8727);
;// CONCATENATED MODULE: ./src/domain/config.ts
/** Run `fn` over `items` with at most `limit` at a time; every result settles (no early exit). */
async function settleLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = { status: 'fulfilled', value: await fn(items[i], i) };
            }
            catch (reason) {
                results[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(4007);
// EXTERNAL MODULE: ./src/adapters/remote.ts
var remote = __webpack_require__(6293);
// EXTERNAL MODULE: ../../packages/core/src/redact.ts
var redact = __webpack_require__(9442);
// EXTERNAL MODULE: ../../packages/core/src/sleep.ts
var sleep = __webpack_require__(5240);
;// CONCATENATED MODULE: ./src/adapters/health.ts
/**
 * Health checks after the switch: an HTTP GET from the runner (expected status, default any 2xx), or a
 * command on the host. Retried until it passes or the deadline passes; every attempt is bounded.
 */



/** `http(s)://… [status]` is an HTTP check; anything else is a command. */
function parseHealthCheck(text) {
    const m = /^(https?:\/\/\S+)(?:\s+(\d{3}))?$/.exec(text.trim());
    if (m)
        return { kind: 'http', url: m[1], status: m[2] === undefined ? undefined : Number(m[2]) };
    return { kind: 'command', command: text };
}
const tail = (text) => text.trim().split('\n').slice(-3).join(' | ');
async function httpOnce(url, status, timeoutMs, signal) {
    try {
        const limit = AbortSignal.timeout(timeoutMs);
        // fetch refuses `user:pw@` in a URL: send the credentials as Basic auth (core masks them and prints the URL redacted)
        const { url: target, authorization } = (0,redact/* splitUrlCredentials */.CN)(url);
        const res = await fetch(target, {
            signal: signal ? AbortSignal.any([limit, signal]) : limit,
            headers: { connection: 'close', ...(authorization ? { authorization } : {}) },
            redirect: 'manual',
        });
        await res.arrayBuffer().catch(() => undefined);
        const ok = status === undefined ? res.status >= 200 && res.status < 300 : res.status === status;
        return ok ? undefined : `GET ${url} answered ${res.status}, expected ${status ?? '2xx'}`;
    }
    catch (e) {
        const cause = e.cause?.code;
        return `GET ${url} failed: ${cause ?? e.message}`;
    }
}
/** Check until healthy, the deadline or a cancel; resolves undefined when healthy, else the last failure. */
async function checkHealth(check, t, ctx, timeoutMs, signal) {
    const deadline = performance.now() + timeoutMs;
    let last = 'no attempt made';
    for (let attempt = 0; attempt < 1000; attempt++) {
        const left = deadline - performance.now();
        if (left <= 0)
            break;
        if (signal?.aborted)
            return 'the run was cancelled';
        const each = Math.round(Math.max(250, Math.min(left, 10_000)));
        if (check.kind === 'http')
            last = await httpOnce(ctx.url, check.status, each, signal);
        else {
            const r = await (0,remote/* call */.T1)(t, scripts/* HEALTH */.Pg, [t.root, ctx.version, ctx.label, check.command], { timeoutMs: each, signal });
            last =
                r.code === 0
                    ? undefined
                    : r.code === 255 || r.code === 21
                        ? (0,remote/* reason */.l)(r)
                        : `command exited with code ${r.code}${tail(r.stderr || r.stdout) ? `: ${tail(r.stderr || r.stdout)}` : ''}`;
        }
        if (last === undefined)
            return undefined;
        const pause = Math.min(1000, 100 * 2 ** attempt, deadline - performance.now());
        if (pause > 0)
            await (0,sleep/* sleep */.y)(pause, signal);
    }
    return `${last} (gave up after ${Math.round(timeoutMs / 1000)}s)`;
}

;// CONCATENATED MODULE: ./src/phases.ts
/**
 * The phases that touch every host at once: the switch barrier (and the revert, which is the same switch to
 * each host's recorded target), health checks, and recording the outcome. Each returns per-host failures
 * rather than throwing, so the caller can decide to revert.
 */





const failureOf = (host, phase, e) => e instanceof remote/* HostFailure */.hD ? e : new remote/* HostFailure */.hD(host.spec.label, phase, e.message);
/** Start the switch on every host (each then waits at the barrier on its open session). */
function prepareAll(hosts, targets, token) {
    return hosts.map((h, i) => prepareOne(h, targets[i], token));
}
/** Start the switch on one host; the promise never rejects unhandled. */
function prepareOne(h, target, token) {
    const p = (0,remote/* prepareSwitch */.mQ)(h, scripts/* SWITCH */.Fo, [h.root, target, token], 30 * 60_000);
    p.catch(() => undefined);
    return p;
}
/** Call off prepared switches (nothing renamed) and wait until each host has let go. */
async function abortAll(pending) {
    const settled = await Promise.allSettled(pending.filter(Boolean));
    const ready = settled.flatMap((p) => (p.status === 'fulfilled' && p.value ? [p.value] : []));
    for (const p of ready)
        p.abort();
    await Promise.allSettled(ready.map((p) => p.closed));
}
/**
 * Switch every host at once: wait until every host is prepared (waiting on its open session), then write one
 * `go` to each in the same tick. If any host cannot prepare, nobody switches (`sessions` is undefined).
 */
async function switchAll(hosts, pending, results, clock, signal) {
    const prepared = await Promise.allSettled(pending);
    const failures = prepared.flatMap((p, i) => p.status === 'rejected' ? [failureOf(hosts[i], 'switch', p.reason)] : []);
    if (failures.length || signal?.aborted) {
        await abortAll(pending);
        return { failures };
    }
    const ready = prepared.map((p) => p.value);
    const start = clock.at();
    for (const p of ready)
        p.go();
    const done = await Promise.allSettled(ready.map((p) => p.switched));
    const sessions = [];
    done.forEach((d, i) => {
        const r = results[i];
        clock.mark(r, 'switch', start, clock.at());
        r.previous = ready[i].previous;
        if (d.status === 'fulfilled') {
            r.switchedAtNs = d.value;
            sessions[i] = ready[i];
        }
        else
            failures.push(failureOf(hosts[i], 'switch', d.reason));
    });
    return { failures, sessions };
}
/** Settle every open session (commit or revert); where a host has none, `fallback` runs instead. */
async function settleAll(hosts, sessions, how, fallback, results, clock, phase) {
    const settled = await Promise.allSettled(hosts.map((h, i) => clock.time(results[i], phase, () => sessions[i] ? sessions[i].settle(how(i)) : fallback(i))));
    return settled.flatMap((s, i) => (s.status === 'rejected' ? [failureOf(hosts[i], phase, s.reason)] : []));
}
/** Health-check every host; returns the failures. */
async function healthAll(cfg, hosts, version, results, clock, signal) {
    if (!cfg.healthCheck)
        return [];
    const check = parseHealthCheck(cfg.healthCheck);
    const settled = await settleLimited(hosts, cfg.parallel, (h, i) => clock.time(results[i], 'health', async () => {
        const url = check.kind === 'http' ? (0,names/* expandHostTemplate */.xw)(check.url, h.spec, i) : '';
        const why = await checkHealth(check, h, { url, version, label: hostName(h, i) }, cfg.healthTimeoutMs, signal);
        if (why)
            throw new remote/* HostFailure */.hD(h.spec.label, 'health-check', why);
    }));
    return settled.flatMap((s, i) => s.status === 'rejected' ? [failureOf(hosts[i], 'health-check', s.reason)] : []);
}
/** The value of SHIPLINE_HOST for a host: its hostname (SSH) or its directory name (local). */
function hostName(h, i) {
    return (0,names/* expandHostTemplate */.xw)('{host}', h.spec, i);
}

// EXTERNAL MODULE: ./src/adapters/hosts.ts
var hosts = __webpack_require__(3376);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/adapters/log.ts
var log = __webpack_require__(4445);
;// CONCATENATED MODULE: ./src/adapters/stage.ts
/**
 * A deploy's one session per host (LOCK_STAGE): lock, probe, stage, prepare the switch, then wait at the barrier
 * over the same session. The artifact's bytes go to the session's stdin when the host asks for them (`SEND`):
 * a release staged earlier with the same bytes is never sent again.
 */







/**
 * A line the host prints after its release log (which it prints as it is, so any of its lines could look like
 * ours): matched only after `END OF LOGS <token>`, which no log line written before this run can hold.
 */
function afterLogs(token, line) {
    return new RegExp(`^END OF LOGS ${token.replace(/[^\w-]/g, '\\$&')}$[^]*?^${line}$`, 'm');
}
/**
 * Copy the file to `out` through two reused 256 KiB buffers: the next chunk is read while the last one is written,
 * and a buffer is refilled only once its write completed, so memory stays flat whatever the artifact's size and
 * the number of hosts. Resolves with the bytes copied.
 */
async function copyFile(path, out) {
    const file = await (0,promises_.open)(path, 'r');
    const bufs = [Buffer.allocUnsafe(256 * 1024), Buffer.allocUnsafe(256 * 1024)];
    const write = (b) => new Promise((ok, fail) => out.write(b, (e) => (e ? fail(e) : ok())));
    let sent = 0;
    try {
        let n = 0;
        let reading = file.read(bufs[0], 0, bufs[0].length, null);
        for (;;) {
            const buf = bufs[n % 2];
            const { bytesRead } = await reading;
            if (!bytesRead)
                return sent;
            sent += bytesRead;
            const other = bufs[++n % 2];
            reading = file.read(other, 0, other.length, null);
            await write(buf.subarray(0, bytesRead));
        }
    }
    finally {
        await file.close();
    }
}
/** Write the bytes in one go (the pipe takes them as the host reads, with no callback per chunk). */
function writeAll(data, out) {
    return new Promise((ok) => out.write(data, (e) => ok(e ? -1 : data.length)));
}
/**
 * Send the artifact into the session's stdin once the host asks (`SEND`): the checked bytes when they are in
 * memory (the same buffer for every host), else streamed from the file; stdin stays open for the switch. A file
 * that changed since it was checked (unreadable, or not the size the host was told) closes stdin: the host then
 * fails its checksum and stages nothing, instead of waiting for bytes that never come.
 */
function sendOnRequest(s, art, token) {
    s.line(afterLogs(token, '(SEND)')).then(async () => {
        if (!s.stdin)
            return;
        const sent = art.data ? await writeAll(art.data, s.stdin) : await copyFile(art.path, s.stdin).catch(() => -1);
        if (sent !== art.bytes)
            s.end();
    }, () => undefined);
}
/**
 * Lock, probe, stage and prepare the switch in one session. A cancel kills the session only once the host said
 * whether it holds the lock (so the lock is never taken after the run released its locks), and no more once the
 * switch is prepared (then calling it off is the barrier's job).
 */
async function lockStageHost(t, cfg, release, owner, hostName, signal) {
    const shared = cfg.sharedPaths.flatMap((p) => [p, (0,names/* sharedLinkText */.D6)(p)]);
    const { art } = release;
    const take = cfg.takeOverLock ? '1' : '0';
    const args = [t.root, cfg.app, owner, take, release.version, art.sha256, String(art.bytes), hostName];
    args.push(cfg.beforeSwitch, release.token, ...shared);
    const preparedLine = afterLogs(release.token, 'PREPARED (.*)');
    const cancel = signal ? { signal, after: /^LOCK /m, until: preparedLine } : undefined;
    const t0 = performance.now();
    const s = (0,remote/* startSession */.J0)(t, scripts/* LOCK_STAGE */.ph, args, { timeoutMs: 30 * 60_000, cancel });
    const session = (0,remote/* switchOver */.Bn)(t, s);
    let lockedAtMs;
    s.line(/^(LOCK) /m).then(() => (lockedAtMs = performance.now() - t0), () => undefined);
    sendOnRequest(s, art, release.token);
    const endOfStage = `END OF STAGE ${release.token}`;
    const logged = s.line(new RegExp(`^(${endOfStage})$`, 'm'), 'stderr').catch(() => undefined);
    const prepared = await s.line(preparedLine).catch(() => undefined);
    // The stage's output on stderr ends with a line of its own (stdout and stderr arrive in any order); should the
    // connection drop before it arrives, the host is still locked and prepared: go on with the log as it is.
    const r = prepared === undefined ? await s.closed : await logged.then(() => ({ ...s.output, code: 0, ms: 0 }));
    const locked = /^LOCK (ok$|took )/m.test(r.stdout);
    if (!locked) {
        const cancelled = 'cancelled' in r && r.cancelled;
        return {
            locked,
            failure: cancelled ? new remote/* HostFailure */.hD(t.spec.label, 'lock', 'the run was cancelled') : (0,hosts/* lockFailure */.Sw)(t, r),
        };
    }
    const state = (0,releases/* parseProbe */.u5)(r.stdout);
    (0,log/* logUntrusted */.t)(`${t.spec.label}: stage${cfg.beforeSwitch ? ' and before-switch' : ''}`, r.stderr.split(endOfStage)[0].trim().split('\n').slice(-40).join('\n'));
    const said = (line) => afterLogs(release.token, line).test(r.stdout);
    const staged = said('STAGED') ? 'uploaded' : said('REUSED') ? 'reused' : undefined;
    if (prepared !== undefined)
        return { state, locked, staged, lockedAtMs, prepared: session(prepared) };
    const phase = r.code === 13 ? 'before-switch' : 'stage';
    return { state, locked, staged, lockedAtMs, failure: new remote/* HostFailure */.hD(t.spec.label, phase, (0,remote/* reason */.l)(r)) };
}

;// CONCATENATED MODULE: ./src/run.ts



const EMPTY = { current: '', releases: new Map(), log: [] };
/** A fresh slot per host. */
function slotsOf(hosts, starts, version) {
    return hosts.map((host, i) => ({
        host,
        start: starts[i],
        result: { host: host.spec.label, result: 'not-switched', previous: '', release: version, timings: {} },
        state: EMPTY,
        locked: false,
    }));
}
const cancelled = (run) => run.ctx.signal?.aborted === true;
/** "Deploy of web 1.2.0" or "Rollback of web". */
const what = (run) => run.cfg.mode === 'rollback' ? `Rollback of ${run.cfg.app}` : `Deploy of ${run.cfg.app} ${run.release.version}`;
/** The release-log lines of one host for `outcome`. */
function entries(run, s, outcome, reason) {
    const { cfg, ctx } = run;
    const base = { who: ctx.who, when: ctx.now().toISOString(), run: ctx.runUrl, mode: cfg.mode };
    return logEntries(base, s.state, run.release, s.result.previous, outcome, reason);
}
/** Note each failure on its host's result. */
function markFailed(run, failures, result) {
    for (const f of failures) {
        const r = run.slots.find((s) => s.result.host === f.host)?.result;
        if (!r)
            continue;
        r.error = `${f.phase}: ${f.why}`;
        if (result)
            r.result = result;
    }
}
/** The run's error for per-host failures. */
function failure(run, failures, after) {
    return failureMessage(what(run), failures, after);
}
/** What the run did, for the outputs and the summary. */
function outcome(run, text, error) {
    const version = run.release.version;
    const prev = run.slots.map((s) => (0,releases/* previousRelease */.Fi)(s.state, version)).find((v) => v) ?? '';
    const results = run.slots.map((s) => s.result);
    return {
        release: version,
        previous: prev,
        results,
        deploymentId: run.deployment?.id,
        text,
        ...(error ? { error } : {}),
    };
}

;// CONCATENATED MODULE: ./src/lock.ts
/**
 * The first phase of a run: connect to every host while the artifact is checked; once it passed, lock (or, in a
 * dry run, just read) every host. A deploy pipelines each host: lock, probe and stage in one session, then start
 * its switch, which waits at the barrier. Nothing is visible before the barrier.
 */







const asFailure = (reason, host, phase) => reason instanceof remote/* HostFailure */.hD ? reason : new remote/* HostFailure */.hD(host, phase, reason?.message ?? String(reason));
/**
 * Connect, then lock (with `stage`: lock, stage and prepare the switch on) every host, each host's state going to its
 * slot. Returns the error when any host could not be connected or locked; stage failures go to the slots.
 */
async function lockAll(run, artifact, stage) {
    const { cfg, ctx } = run;
    const settled = await settleLimited(run.slots, cfg.parallel, async (s) => {
        await connected(run, s);
        // Nothing happens on a host before the artifact passed its checks (and the run was not cancelled).
        const art = await Promise.race([artifact, (0,hosts/* whenCancelled */.MR)(ctx.signal, s.host, 'connect')]);
        if (stage)
            return lockAndStage(run, s, art);
        const state = await run.clock.time(s.result, 'lock', () => (0,hosts/* probeHost */.zm)(s.host, cfg, run.owner, !cfg.dryRun));
        s.locked = !cfg.dryRun;
        return state;
    });
    const failures = [];
    settled.forEach((got, i) => {
        const s = run.slots[i];
        if (got.status === 'rejected')
            return void failures.push(asFailure(got.reason, s.host.spec.label, 'lock'));
        s.state = got.value;
        if (got.value.tookOverFrom)
            (0,runner/* warning */.$e)(`${s.host.spec.label}: took over the deploy lock from ${got.value.tookOverFrom}`);
    });
    if (!failures.length)
        return undefined;
    markFailed(run, failures, 'failed');
    return failure(run, failures, cfg.dryRun ? 'Nothing was changed (dry run).' : 'Nothing was switched; the locks already taken were released.');
}
/** The host's connection: started early (startRun) or now. */
async function connected(run, s) {
    const { start } = s;
    if (start) {
        try {
            return await start.connecting;
        }
        finally {
            run.clock.mark(s.result, 'connect', start.at, run.clock.at());
        }
    }
    if (cancelled(run))
        throw new remote/* HostFailure */.hD(s.host.spec.label, 'connect', 'the run was cancelled');
    await run.clock.time(s.result, 'connect', () => (0,hosts/* connectHost */.Zj)(s.host, run.ctx.signal));
}
/**
 * Lock, probe and stage one host in one session (upload unless staged earlier with these bytes; before-switch
 * unless already live), which then waits at the switch barrier. Throws when the lock was not taken; a stage
 * failure goes to the slot.
 */
async function lockAndStage(run, s, art) {
    const { cfg, ctx, clock } = run;
    const { host: h, result: r } = s;
    const start = clock.at();
    const release = { version: cfg.version, art, token: ctx.token };
    const got = await lockStageHost(h, cfg, release, run.owner, hostName(h, run.slots.indexOf(s)), ctx.signal);
    const end = clock.at();
    const lockedAt = got.lockedAtMs === undefined ? end : start + got.lockedAtMs;
    clock.mark(r, 'lock', start, lockedAt);
    s.locked = got.locked;
    if (!got.locked || !got.state)
        throw got.failure;
    clock.mark(r, 'stage', lockedAt, end);
    if (got.staged)
        r.staged = got.staged;
    const failed = got.failure ?? (cancelled(run) ? new remote/* HostFailure */.hD(h.spec.label, 'stage', 'the run was cancelled') : undefined);
    if (failed) {
        got.prepared?.abort();
        await got.prepared?.closed;
        s.stageFailure = failed;
    }
    else if (got.prepared)
        s.pending = Promise.resolve(got.prepared);
    return got.state;
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
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
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
        throw new errors/* UserError */.yo('No GitHub token was given', {
            hint: "Set the 'token' input (it defaults to ${{ github.token }}).",
        });
    }
    runner/* setSecret */.Pq(options.token);
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
        debug: runner/* debug */.Yz,
        info: runner/* debug */.Yz,
        warn: runner/* warning */.$e,
        error: (m) => runner/* info */.pq(`GitHub API: ${m}`),
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
                runner/* warning */.$e(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                runner/* warning */.$e(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
        },
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/github-call.ts
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
    if (status === undefined || error instanceof errors/* RemoteError */.Hi)
        return error;
    const e = error;
    const message = e.response?.data?.message;
    const detail = typeof message === 'string' && message !== '' ? message : (e.message ?? 'no detail');
    const hint = hints[status] ?? GITHUB_HINTS[status] ?? (status >= 500 ? SERVER_HINT : undefined);
    return new errors/* RemoteError */.Hi(operation, status, detail, { ...(hint ? { hint } : {}), cause: error });
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

;// CONCATENATED MODULE: ./src/adapters/deployment.ts
/**
 * The GitHub Deployment record: created when a token is given and the API answers, statuses in_progress →
 * success/failure with environment_url and log_url; earlier deployments of the environment become inactive
 * (auto_inactive). Any API failure is a warning: the deploy itself never depends on GitHub.
 */

const NONE = { id: undefined, finish: async () => undefined };
/** Start a deployment; returns a no-op record when there is no token, no repository, or the API fails. */
async function startDeployment(opts) {
    if (!opts.token || !process.env.GITHUB_REPOSITORY)
        return NONE;
    let client;
    let repo;
    let id;
    try {
        repo = currentRepo();
        client = await createGitHubClient({ token: opts.token, action: 'atomic-deploy', retries: 2 });
        const res = await client.rest.repos.createDeployment({
            ...repo,
            ref: opts.ref,
            environment: opts.environment,
            auto_merge: false,
            required_contexts: [],
            description: `${opts.app} ${opts.version}`.slice(0, 140),
            payload: { app: opts.app, version: opts.version },
        });
        if (!('id' in res.data))
            throw new Error((0,errors/* messageOf */.bD)(res.data));
        id = res.data.id;
        await deployment_status(client, repo, id, 'in_progress', `Deploying ${opts.app} ${opts.version}`, opts);
        (0,runner/* info */.pq)(`GitHub deployment ${id} for environment '${opts.environment}'`);
    }
    catch (e) {
        (0,runner/* warning */.$e)(`GitHub deployment not recorded: ${(0,errors/* messageOf */.bD)(toRemoteError('Create the deployment', e))}`);
        return NONE;
    }
    return {
        id,
        finish: async (state, description) => {
            try {
                await deployment_status(client, repo, id, state, description, opts);
            }
            catch (e) {
                (0,runner/* warning */.$e)(`GitHub deployment status '${state}' not recorded: ${(0,errors/* messageOf */.bD)(toRemoteError('Set its status', e))}`);
            }
        },
    };
}
async function deployment_status(client, repo, id, state, description, opts) {
    await client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: id,
        state,
        description: description.slice(0, 140),
        auto_inactive: true,
        ...(opts.environmentUrl ? { environment_url: opts.environmentUrl } : {}),
        ...(opts.logUrl ? { log_url: opts.logUrl } : {}),
    });
}

;// CONCATENATED MODULE: ./src/recover.ts
/**
 * How a run ends when something went wrong: record the failure and unlock, switch every host back (and run
 * on-revert), or, when the runner cancelled the step, call off what has not happened yet and let go.
 */







/** The switches started on the hosts (waiting at the barrier). */
const pendings = (run) => run.slots.map((s) => s.pending);
/** Record `result` (if any) on every locked host and unlock, over a fresh command (no switch session). */
async function finishLocked(run, result, reason) {
    await settleLimited(run.slots, run.cfg.parallel, async (s) => {
        if (!s.locked)
            return;
        const lines = result ? entries(run, s, result, reason) : [];
        await run.clock.time(s.result, 'finish', () => (0,hosts/* finishHost */.OA)(s.host, run.ctx.token, lines[lines.length - 1], true, []));
        s.locked = false;
    });
    if (result)
        await run.deployment?.finish('failure', reason ?? 'failed');
}
/** Unlock without recording (lock failures). */
async function releaseLocks(run) {
    await settleLimited(run.slots, run.cfg.parallel, async (s) => {
        if (s.locked)
            await (0,hosts/* finishHost */.OA)(s.host, run.ctx.token, undefined, true, []).catch(() => undefined);
    });
}
/** After a failed lock: record the failure on the hosts that were locked, unlock them. */
async function lockFailed(run, error) {
    if (run.cfg.mode === 'deploy' && !run.cfg.dryRun)
        await finishLocked(run, 'failed', error.message.split('\n').slice(1, -1).join('; ')).catch(() => releaseLocks(run));
    else
        await releaseLocks(run);
    return outcome(run, error.message, error);
}
/**
 * The run failed at `phase` (on `failures`, or for `why`): switch back the hosts that switched (over `sessions`),
 * else record the failure and unlock.
 */
async function failRun(run, phase, failures, why, sessions) {
    const { cfg } = run;
    markFailed(run, failures);
    // Redacted once here: the reason goes to every host's releases.log, the GitHub deployment status and on-revert's
    // environment, none of which may hold a secret (a health-check URL's password, say).
    const reason = (0,redact/* redact */.E$)(why ?? failures.map((f) => f.message).join('; '));
    let after = 'Nothing was switched: every host still serves the release it had before.';
    if (sessions)
        after = await revertAll(run, sessions, reason);
    else if (cfg.mode === 'deploy' && phase !== 'rollback')
        await finishLocked(run, 'failed', reason).catch((e) => (0,runner/* warning */.$e)(`recording the failure: ${e.message}`));
    else
        await releaseLocks(run);
    const marked = cfg.mode === 'deploy'
        ? ` ${run.release.version} is marked failed in .shipline/releases.log, so a rollback skips it.`
        : '';
    const error = why
        ? new errors/* UserError */.yo(`Rollback of ${cfg.app} failed: ${why}. ${after}`)
        : failure(run, failures, `${after}${marked}`);
    return outcome(run, error.message, error);
}
/**
 * Switch every host back over its open session (a fresh one where it has none), record the failure, unlock.
 * With `on-revert`, the hosts stay locked while it runs on each host that switched back, then unlock.
 */
async function revertAll(run, sessions, reason) {
    const { cfg, slots } = run;
    const targets = slots.map((s) => s.result.previous || s.state.current);
    const result = cfg.mode === 'deploy' ? 'failed' : undefined;
    const hold = !!cfg.onRevert && cfg.mode === 'deploy';
    const lines = (s) => (result ? entries(run, s, result, reason).slice(-1) : []);
    const fallback = async (i) => {
        const s = slots[i];
        const p = await prepareOne(s.host, targets[i] ?? '', run.ctx.token);
        p.go();
        await p.switched;
        await p.settle({ verb: 'commit', remove: [], entries: lines(s), hold });
    };
    const hosts = slots.map((s) => s.host);
    const results = slots.map((s) => s.result);
    const how = (i) => ({ verb: 'revert', remove: [], entries: lines(slots[i]), hold });
    const broken = await (0,runner/* group */.Os)('Switch every host back', () => settleAll(hosts, sessions, how, fallback, results, run.clock, 'revert'));
    for (const s of slots) {
        s.result.result = broken.some((b) => b.host === s.result.host) ? 'failed' : 'reverted';
        s.locked = hold && s.result.result === 'reverted';
    }
    const cleanup = hold ? await onRevertAll(run, targets, reason) : '';
    await run.deployment?.finish('failure', reason);
    return `${afterRevert(broken, targets.map(releases/* versionOf */.E4))}${cleanup}`;
}
/** Run on-revert on every host that switched back (they are still locked), then unlock them. Says what failed. */
async function onRevertAll(run, targets, reason) {
    const { cfg, ctx } = run;
    await (0,runner/* group */.Os)('Run on-revert on every host that switched back', () => settleLimited(run.slots, cfg.parallel, async (s, i) => {
        const r = s.result;
        if (r.result !== 'reverted')
            return;
        const on = { version: run.release.version, restored: targets[i] ?? '', hostName: hostName(s.host, i), reason };
        r.onRevert = await (0,hosts/* onRevertHost */.iy)(s.host, cfg, on, ctx.signal);
        if (r.onRevert.error)
            (0,runner/* warning */.$e)(`${r.host}: on-revert failed (${r.onRevert.error}); the host was switched back all the same`);
    }));
    await releaseLocks(run);
    return onRevertSummary(run.slots.flatMap((s) => (s.result.onRevert ? [{ host: s.result.host, ...s.result.onRevert }] : [])));
}
/**
 * The runner cancelled the step (SIGINT/SIGTERM): call off every switch not yet made, let go of the switch
 * sessions (hosts that switched keep the release with their pending record, which the next run finishes:
 * health check, then commit or switch back), release every lock this run holds. The caller then closes the
 * SSH connections.
 */
async function cancelRun(run, when, sessions) {
    await abortAll(pendings(run));
    // Switched hosts keep the release and its pending record and unlock over their open session (no new one);
    // a host whose session is gone is unlocked over a fresh command.
    const kept = await Promise.allSettled(run.slots.map(async (s, i) => {
        const open = sessions?.[i];
        if (!open)
            return;
        await open.settle({ verb: 'keep', remove: [], entries: [] });
        s.locked = false;
    }));
    kept.forEach((k) => k.status === 'rejected' && (0,runner/* debug */.Yz)(`keeping the switch: ${k.reason.message}`));
    await releaseLocks(run);
    for (const { result: r } of run.slots)
        if (r.result === 'not-switched' || r.result === 'switched')
            r.error ??= `cancelled ${when}`;
    await run.deployment?.finish('failure', `cancelled ${when}`);
    const state = afterCancel((sessions ?? []).some(Boolean), run.release.version);
    const error = new errors/* UserError */.yo(`${what(run)} was cancelled ${when}. ${state} The deploy locks this run held were released.`);
    return outcome(run, error.message, error);
}

;// CONCATENATED MODULE: ./src/executor.ts
/**
 * The executor: runs every host's plan from the switch on. Switch every host at once (the switches the hosts
 * started after staging, or, for a rollback, switches to each plan's target), health-check, then commit over the
 * open sessions (the plan's releases to delete, the outcome in the release log, unlock). Any failure after the
 * switch switches every host back.
 */






/** The URL of the GitHub deployment: an HTTP health check's first URL, for the first host. */
function environmentUrl(run) {
    const check = run.cfg.healthCheck;
    const first = run.slots[0];
    if (!/^https?:\/\//.test(check) || !first)
        return undefined;
    return check
        .split(/\s/)[0]
        ?.replace(/\{(host|index)\}/g, (_m, k) => (k === 'host' ? hostName(first.host, 0) : '1'));
}
/** The switch of a host that has none (never the case after a successful stage): it fails at the barrier. */
function notStarted(s) {
    const p = Promise.reject(new Error(`${s.result.host}: the switch was never started`));
    p.catch(() => undefined);
    return p;
}
/** Run the plans of every host (one per slot, in order) from the switch on. */
async function execute(run, plans) {
    const { cfg, ctx, slots } = run;
    const version = run.release.version;
    run.deployment = await startDeployment({
        token: cfg.token,
        environment: cfg.environment,
        ref: ctx.ref,
        app: cfg.app,
        version,
        logUrl: ctx.runUrl,
        environmentUrl: environmentUrl(run),
    });
    const hosts = slots.map((s) => s.host);
    const results = slots.map((s) => s.result);
    // A deploy's hosts started their switch once staged; a rollback's start theirs now.
    const started = cfg.mode === 'rollback'
        ? prepareAll(hosts, plans.map((p) => p.target), ctx.token)
        : slots.map((s) => s.pending ?? notStarted(s));
    if (cfg.mode === 'rollback')
        started.forEach((p, i) => (slots[i].pending = p));
    const { failures: switched, sessions } = await (0,runner/* group */.Os)('Switch every host', () => switchAll(hosts, started, results, run.clock, ctx.signal));
    if (cancelled(run) && !sessions)
        return cancelRun(run, 'before the switch');
    if (switched.length)
        return failRun(run, 'switch', switched, undefined, sessions);
    results.forEach((r) => (r.result = 'switched'));
    const sick = await (0,runner/* group */.Os)('Health-check every host', () => healthAll(cfg, hosts, version, results, run.clock, ctx.signal));
    if (cancelled(run))
        return cancelRun(run, 'during the health check', sessions);
    if (sick.length)
        return failRun(run, 'health', sick, undefined, sessions);
    await (0,runner/* group */.Os)('Record, clean up, unlock', () => commit(run, plans, sessions ?? []));
    const before = [...new Set(results.map((r) => (0,releases/* versionOf */.E4)(r.previous) ?? '(nothing)'))].join(', ');
    const done = cfg.mode === 'rollback' ? 'Rolled back' : 'Deployed';
    return outcome(run, `${done} ${cfg.app} to ${version} on ${hosts.length} host(s) (before: ${before}).`);
}
/** Commit over every open session: record success, delete the plan's old releases, unlock. */
async function commit(run, plans, sessions) {
    const { slots } = run;
    const broken = await settleAll(slots.map((s) => s.host), sessions, (i) => ({ verb: 'commit', remove: plans[i]?.remove ?? [], entries: entries(run, slots[i], 'success') }), async () => undefined, slots.map((s) => s.result), run.clock, 'finish');
    for (const s of slots)
        s.locked = false;
    for (const b of broken)
        (0,runner/* warning */.$e)(`${b.host}: the release is live but recording it failed: ${b.why}`);
    await run.deployment?.finish('success', `${run.cfg.app} ${run.release.version} is live`);
}

;// CONCATENATED MODULE: ./src/deploy.ts
/**
 * One run, phase by phase: lock every host (a deploy also stages it), plan each host from what its probe read,
 * then either print the plans (dry run) or hand them to the executor: switch everywhere at once, health-check,
 * and on any failure after the switch switch every host back; then record, clean up and unlock.
 */









/** Run a deploy or rollback (or print its plan) on the hosts `started` (startRun) and say what happened. */
async function runDeploy(cfg, ctx, started) {
    const at = (what) => (0,runner/* debug */.Yz)(`${what} at ${Math.round(performance.now())} ms since the process started`);
    at('start');
    const { fleet, clock, owner } = started;
    const release = { version: cfg.version, sha256: cfg.sha256, bytes: 0 };
    const slots = slotsOf(fleet.hosts, started.hosts, cfg.version);
    const run = { cfg, ctx, clock, owner, slots, release };
    try {
        // The artifact check runs while the hosts connect (connecting changes nothing on a host); each host is
        // probed and locked only once both are done, so a bad artifact still stops the run before any host is touched.
        // startRun started it for a deploy; a rollback sends no artifact.
        const art = started.artifact ?? Promise.resolve({ sha256: '', bytes: 0, path: '' });
        art.catch(() => undefined);
        return await prepare(run, art);
    }
    finally {
        at('run done');
        await fleet.dispose();
        at('connections closed');
    }
}
/** The title of the first phase. */
function lockTitle(cfg, pipeline) {
    if (cfg.dryRun)
        return 'Connect and read every host';
    return pipeline ? 'Connect, lock and stage every host' : 'Connect and lock every host';
}
/**
 * Lock (and, for a deploy, stage) every host, then plan each one from its probe; a dry run prints the plans,
 * a run with nothing to do (or that failed to stage) stops, and any other run executes them.
 */
async function prepare(run, artifact) {
    const { cfg, slots } = run;
    // A deploy pipelines each host: connect → lock → stage → wait at the switch barrier. Nothing is visible
    // before the barrier, so a host may stage while another is still locking; any failure calls it all off.
    const pipeline = cfg.mode === 'deploy' && !cfg.dryRun;
    const lockError = await (0,runner/* group */.Os)(lockTitle(cfg, pipeline), () => lockAll(run, artifact, pipeline));
    const art = await artifact; // a bad artifact throws here, before any host was locked
    if (cfg.mode === 'deploy')
        run.release = { version: cfg.version, sha256: art.sha256, bytes: art.bytes };
    if (cancelled(run))
        return cancelRun(run, 'while connecting, locking and staging');
    if (lockError) {
        await abortAll(pendings(run));
        return lockFailed(run, lockError);
    }
    if (cfg.mode === 'rollback') {
        const target = (0,releases/* pickRollbackTarget */.d6)(slots.map((s) => s.state));
        if (!target)
            return failRun(run, 'rollback', [], 'there is no earlier good release present on every host');
        run.release = { ...run.release, version: target };
        for (const s of slots)
            s.result.release = target;
    }
    for (const s of slots)
        s.result.previous = s.state.current;
    const plans = slots.map((s) => planHost(cfg, s.state, s.host.root, run.release));
    slots.forEach((s, i) => (s.plan = plans[i]));
    if (cfg.dryRun)
        return dryRun(run, plans);
    return proceed(run, plans);
}
/** Print every host's plan; nothing changes. */
function dryRun(run, plans) {
    run.slots.forEach(({ result: r }, i) => {
        r.result = 'planned';
        r.plan = (plans[i]?.steps ?? []).map(describeStep);
        (0,runner/* info */.pq)(`${r.host}:\n${r.plan.map((p, n) => `  ${n + 1}. ${p}`).join('\n')}`);
    });
    return outcome(run, `Dry run: the plan for ${run.slots.length} host(s) is below. Nothing was changed.`);
}
/** Stop when there is nothing to do or a host failed to stage; else execute the plans. */
async function proceed(run, plans) {
    const { cfg, slots } = run;
    const { version, sha256 } = run.release;
    for (const s of slots)
        if (s.state.pending)
            (0,runner/* warning */.$e)(pendingWarning(s.host.spec.label, s.state.pending));
    if (cfg.mode === 'deploy' &&
        allLive(slots.map((s) => s.state), version, sha256)) {
        await abortAll(pendings(run));
        await finishLocked(run, undefined);
        for (const s of slots)
            s.result.result = 'unchanged';
        return outcome(run, `${cfg.app} ${version} is already live on every host: nothing to do.`);
    }
    const staged = slots.flatMap((s) => (s.stageFailure ? [s.stageFailure] : []));
    if (staged.length) {
        await abortAll(pendings(run));
        return failRun(run, 'stage', staged, undefined);
    }
    return execute(run, plans);
}


/***/ })

};
