import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ whenCancelled),
/* harmony export */   OA: () => (/* binding */ finishHost),
/* harmony export */   Sw: () => (/* binding */ lockFailure),
/* harmony export */   Zj: () => (/* binding */ connectHost),
/* harmony export */   iy: () => (/* binding */ onRevertHost),
/* harmony export */   xZ: () => (/* binding */ openFleet),
/* harmony export */   zm: () => (/* binding */ probeHost)
/* harmony export */ });
/* unused harmony export describeOwner */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(5081);
/* harmony import */ var _domain_releases_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(3345);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(4007);
/* harmony import */ var _domain_scripts_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8727);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4733);
/* harmony import */ var _remote_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6293);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4445);
/**
 * Building the transports of a run (SSH key and known_hosts written to a private temp dir) and the per-host
 * operations over them, each failing with a {@link HostFailure} that says which host, where and why.
 */











/** Transports for every host; SSH material goes to a 0700 temp dir (key 0600), removed by dispose(). */
async function openFleet(cfg, workspace) {
    // Everything goes under RUNNER_TEMP when there is one (the runner empties it after every job, so even a killed
    // step leaves no key behind). ControlMaster sockets need a short path (ssh adds 17 bytes to it while creating
    // the socket, and the limit is 108), so with a long RUNNER_TEMP they go to a short dir in /tmp instead.
    const runnerTemp = process.env.RUNNER_TEMP;
    const short = (p) => !!p && p.length <= 50;
    // Synchronous: a few small writes, on the way to the first connection (each async one waits for the thread pool).
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(short(runnerTemp) ? runnerTemp : short((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) ? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)() : '/tmp', 'sl-'));
    const secrets = runnerTemp && !dir.startsWith(runnerTemp) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(runnerTemp, 'shipline-ssh-')) : dir;
    let keyFile;
    let knownHostsFile;
    if (cfg.sshKey) {
        for (const line of cfg.sshKey.split('\n'))
            if (line.trim().length > 8 && !line.startsWith('-----'))
                (0,_shipline_core__WEBPACK_IMPORTED_MODULE_7__/* .setSecret */ .Pq)(line.trim());
        keyFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(secrets, 'key');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(keyFile, cfg.sshKey.replace(/\r\n/g, '\n').trimEnd() + '\n', { mode: 0o600 });
    }
    if (cfg.knownHosts) {
        knownHostsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(secrets, 'known_hosts');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(knownHostsFile, cfg.knownHosts.trimEnd() + '\n', { mode: 0o600 });
    }
    const settings = { keyFile, knownHostsFile, socketDir: dir };
    const hosts = cfg.hosts.map((spec, i) => {
        const path = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_8__/* .expandHostTemplate */ .xw)(cfg.path, spec, i);
        return spec.kind === 'local' ? new _transport_js__WEBPACK_IMPORTED_MODULE_5__/* .LocalTransport */ .Vu(spec, path, workspace) : new _transport_js__WEBPACK_IMPORTED_MODULE_5__/* .SshTransport */ .e1(spec, path, settings, i);
    });
    return {
        hosts,
        dispose: async () => {
            await Promise.all(hosts.map((h) => h.close()));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
            if (secrets !== dir)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(secrets, { recursive: true, force: true });
        },
    };
}
const label = (t) => t.spec.label;
/** What a failed connect means, with a hint for the usual SSH causes. */
function connectFailure(t, why) {
    const text = why.replace(/^ssh failed: /, '');
    const hint = t.spec.kind === 'ssh' ? (0,_transport_js__WEBPACK_IMPORTED_MODULE_5__/* .sshHint */ .mG)(text, t.spec) : undefined;
    return `cannot connect: ${text}${hint ? ` (${hint})` : ''}`;
}
/** Rejects with a 'cancelled' HostFailure once `signal` aborts (never settles otherwise). */
function whenCancelled(signal, t, phase) {
    return new Promise((_ok, fail) => {
        const go = () => fail(new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), phase, 'the run was cancelled'));
        if (signal?.aborted)
            go();
        else
            signal?.addEventListener('abort', go, { once: true });
    });
}
/** Open the host's connection (nothing runs on the host); a cancel gives up at once. */
async function connectHost(t, signal) {
    try {
        await t.connect(signal);
    }
    catch (e) {
        if (signal?.aborted)
            throw new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), 'connect', 'the run was cancelled');
        throw new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), 'connect', connectFailure(t, e.message));
    }
}
/** What a failed lock means: the owner when the lock is held, else the script's reason. */
function lockFailure(t, r) {
    if (r.code === 23) {
        const held = /^LOCK held (.*)$/m.exec(r.stdout)?.[1] ?? '{}';
        return new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), 'lock', `the deploy lock ${t.root}/.shipline/lock is held by ${describeOwner(held)}`);
    }
    return new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), 'lock', (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(r));
}
/** Probe the host, and lock it unless `lock` is false (dry run, or before a rollback). */
async function probeHost(t, cfg, owner, lock) {
    const r = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .call */ .T1)(t, _domain_scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .PROBE */ .vD, [t.root, cfg.app, owner, cfg.takeOverLock ? '1' : '0', lock ? '1' : '0'], {
        timeoutMs: 120_000,
    });
    if (r.code !== 0)
        throw lockFailure(t, r);
    return (0,_domain_releases_js__WEBPACK_IMPORTED_MODULE_9__/* .parseProbe */ .u5)(r.stdout);
}
/** "octocat (run URL, since TIME, deploying app VERSION)" from a lock owner JSON. */
function describeOwner(json) {
    try {
        const o = JSON.parse(json);
        return `${o.who ?? 'unknown'} (run ${o.run ?? 'unknown'}, since ${o.since ?? '?'}, ${o.mode ?? 'deploy'} of ${o.version ?? '?'})`;
    }
    catch {
        return json;
    }
}
/** Append to the log, delete releases, unlock (when `unlock`). */
async function finishHost(t, token, entry, unlock, remove) {
    const r = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .call */ .T1)(t, _domain_scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .FINISH */ .CV, [t.root, token, entry ? JSON.stringify(entry) : '', unlock ? '1' : '0', ...remove], {
        timeoutMs: 5 * 60_000,
    });
    if (r.code !== 0)
        throw new _remote_js__WEBPACK_IMPORTED_MODULE_6__/* .HostFailure */ .hD(label(t), 'finish', (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(r));
}
/**
 * Run `on-revert` on a host after its revert (releases involved in its env, bounded by `timeoutMs` on the host
 * and here). Its output is logged as untrusted text; a failure is returned, never thrown.
 */
async function onRevertHost(t, cfg, ctx, signal) {
    const secs = Math.max(1, Math.ceil(cfg.onRevertTimeoutMs / 1000));
    const args = [t.root, ctx.version, ctx.restored, ctx.hostName, ctx.reason.slice(0, 2000), String(secs), cfg.onRevert];
    const r = await (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .call */ .T1)(t, _domain_scripts_js__WEBPACK_IMPORTED_MODULE_4__/* .ON_REVERT */ .$Q, args, { timeoutMs: secs * 1000 + 10_000, signal });
    (0,_log_js__WEBPACK_IMPORTED_MODULE_10__/* .logUntrusted */ .t)(`${label(t)}: on-revert (exit ${r.code ?? 'killed'}, ${Math.round(r.ms)} ms)`, `${r.stdout}${r.stderr}`.split('\n').slice(-60).join('\n'));
    if (r.code === 0)
        return { code: 0, ms: Math.round(r.ms) };
    const error = r.code === 124 || r.code === 137
        ? `timed out after ${secs}s`
        : r.code === 255 || r.code === 21 || r.code === null
            ? (0,_remote_js__WEBPACK_IMPORTED_MODULE_6__/* .reason */ .l)(r)
            : `exited with code ${r.code}`;
    return { code: r.code, ms: Math.round(r.ms), error };
}


/***/ }),

/***/ 4445:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ logUntrusted)
/* harmony export */ });
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5081);
/**
 * Text that comes from a host (before-switch and on-revert output) is untrusted: a line like `::add-mask::`,
 * `::error::` or `::set-env` in it must stay text. core's `info` and group titles neutralise every line the runner
 * could read as a command (leading `::`, `##[`, bare CR) and redact known secrets, so this only groups it.
 */

/** Print `text` under `title` in a collapsed group, through core's one path for untrusted text. Nothing for empty text. */
function logUntrusted(title, text) {
    const body = text.trimEnd();
    if (!body)
        return;
    (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh)(title);
    (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(body);
    (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4)();
}


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ switchOver),
/* harmony export */   J0: () => (/* binding */ startSession),
/* harmony export */   T1: () => (/* binding */ call),
/* harmony export */   hD: () => (/* binding */ HostFailure),
/* harmony export */   l: () => (/* binding */ reason),
/* harmony export */   mQ: () => (/* binding */ prepareSwitch)
/* harmony export */ });
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4733);
/* harmony import */ var _domain_scripts_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8727);


/** A step that failed on one host: where and why. */
class HostFailure extends Error {
    host;
    phase;
    why;
    constructor(host, phase, why) {
        super(`${host}: ${phase}: ${why}`);
        this.host = host;
        this.phase = phase;
        this.why = why;
    }
}
function collect(child, timeoutMs, started, cancel, out = { stdout: '', stderr: '' }) {
    let cancelled = false;
    // With `cancel`, an abort kills the command only once its stdout matched `after` (e.g. once the host has
    // taken its lock and said so): killed earlier, the host could take the lock after the run released them.
    let cancelling = false;
    const armed = () => !!cancel?.after.test(out.stdout) && !cancel.until?.test(out.stdout);
    child.stdout?.on('data', (b) => {
        out.stdout += b.toString();
        if (cancelling && armed())
            kill();
    });
    const kill = () => {
        cancelled = true;
        child.kill('SIGKILL');
    };
    if (cancel) {
        const onAbort = () => {
            cancelling = true;
            if (armed())
                kill();
        };
        if (cancel.signal.aborted)
            onAbort();
        else
            cancel.signal.addEventListener('abort', onAbort, { once: true });
        child.on('close', () => cancel.signal.removeEventListener('abort', onAbort));
    }
    child.stderr?.on('data', (b) => {
        out.stderr += b.toString();
        if (out.stderr.length > 64_000)
            out.stderr = out.stderr.slice(-32_000);
    });
    child.stdin?.on('error', () => undefined);
    return new Promise((ok) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        const done = (code) => {
            clearTimeout(timer);
            const { stdout, stderr } = out;
            ok({ code, stdout, stderr, ms: performance.now() - started, ...(cancelled ? { cancelled } : {}) });
        };
        child.on('error', (e) => {
            if (e.name === 'AbortError')
                cancelled = true;
            else
                out.stderr += e.message;
        });
        // A cancelled command is done when it exits: a grandchild it left (a before-switch still sleeping on a local
        // host) may hold its pipes open for much longer.
        child.on('exit', (code) => {
            if (!cancelled)
                return;
            child.stdout?.destroy();
            child.stderr?.destroy();
            done(code);
        });
        child.on('close', done);
    });
}
/** Run `script` on the host with an empty stdin; aborting `signal` kills it (the run was cancelled). */
function call(t, script, args, opts) {
    const started = performance.now();
    const child = t.start(script, args, { openMaster: opts.openMaster, signal: opts.signal });
    const done = collect(child, opts.timeoutMs, started);
    child.stdin?.end();
    return done;
}
/** The reason a call failed, in words: the script's exit meaning plus its last stderr lines. */
function reason(r) {
    const tail = (0,_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .explainSsh */ .ON)(r.stderr, r.code);
    if (r.code === 255)
        return `ssh failed: ${tail}`;
    if (r.cancelled)
        return 'the run was cancelled';
    const meaning = r.code === null ? 'timed out or was killed' : (_domain_scripts_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_MEANING */ .p[r.code] ?? `exited with code ${r.code}`);
    return tail && tail !== `ssh exited with code ${r.code}` ? `${meaning}: ${tail}` : meaning;
}
/** Start `script` as an interactive session. */
function startSession(t, script, args, opts) {
    const started = performance.now();
    const child = t.start(script, args, { openMaster: opts.openMaster });
    const output = { stdout: '', stderr: '' };
    const closed = collect(child, opts.timeoutMs, started, opts.cancel, output);
    const line = (re, from = 'stdout') => new Promise((ok, fail) => {
        let buf = '';
        const onData = (b) => {
            buf += b.toString();
            const m = re.exec(buf);
            if (!m)
                return;
            child[from]?.off('data', onData);
            ok(m[1] ?? '');
        };
        child[from]?.on('data', onData);
        closed.then((r) => fail(new Error(reason(r))));
    });
    return {
        line,
        write: (text) => void child.stdin?.write(text),
        end: (text) => void (text === undefined ? child.stdin?.end() : child.stdin?.end(text)),
        kill: () => void child.kill('SIGKILL'),
        output,
        stdin: child.stdin,
        closed,
    };
}
/** Start the switch script on a host and resolve once it is READY (or reject if it fails first). */
function prepareSwitch(t, script, args, timeoutMs) {
    const s = startSession(t, script, args, { timeoutMs });
    const ready = s.line(/^READY (.*)$/m);
    const session = switchOver(t, s);
    s.write('prep\n');
    return ready.then(session);
}
/**
 * The switch over a session that will say `SWITCHED <ns>` after `go` and `DONE` after the settle lines (SWITCH
 * once READY, or LOCK_STAGE once PREPARED). Call the result when the host said so: the host then waits for `go`,
 * and only what it prints from then on is read (never an earlier line, such as one of its release log).
 */
function switchOver(t, s) {
    return (previous) => switchFrom(t, s, previous);
}
function switchFrom(t, s, previous) {
    const { line, write, end, closed } = s;
    const switched = line(/^SWITCHED (\d+)$/m);
    const done = line(/^(DONE)$/m);
    for (const p of [switched, done])
        p.catch(() => undefined);
    const settle = async (how) => {
        const lines = [
            `${how.verb} ${how.hold ? 0 : 1}`,
            how.remove.join(' '),
            ...how.entries.map((e) => JSON.stringify(e)),
            'END',
            '',
        ];
        end(lines.join('\n'));
        await done;
        const r = await closed;
        if (r.code !== 0)
            throw new Error(reason(r));
    };
    return {
        host: t,
        previous: previous.trim(),
        go: () => write('go\n'),
        abort: () => end('abort\n'),
        hangUp: () => end(),
        switched,
        settle,
        closed,
    };
}


/***/ }),

/***/ 4733:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vu: () => (/* binding */ LocalTransport),
  e1: () => (/* binding */ SshTransport),
  ON: () => (/* binding */ explainSsh),
  mG: () => (/* binding */ sshHint)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../packages/core/src/paths.ts
var paths = __nccwpck_require__(3371);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: ./src/domain/quote.ts
/**
 * The one place where values meet a shell. Every remote command is a fixed script run as
 * `sh -c <script> shipline <arg1> <arg2> …`; over SSH the remote login shell parses that line, so each word is
 * single-quoted here. Inside single quotes a POSIX shell interprets nothing, and a `'` is written as `'\''`.
 */
/** Quote one word for a POSIX shell. Refuses NUL, which no argument can carry. */
function shellQuote(value) {
    if (value.includes('\0'))
        throw new Error('A shell argument cannot contain a NUL byte');
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The command line that runs a fixed `script` with positional `args` under `sh` on the far side. */
function shellCommand(script, args) {
    return ['sh', '-c', script, 'shipline', ...args].map(shellQuote).join(' ');
}

// EXTERNAL MODULE: ./src/domain/scripts.ts
var scripts = __nccwpck_require__(8727);
;// CONCATENATED MODULE: ./src/domain/dial.ts
/**
 * Rules for the runner dialling an SSH host itself (adapters/dial.ts): when ssh's own configuration would route
 * the connection elsewhere, and how a failed dial is worded (as ssh words it, so the usual hints still apply).
 */
/**
 * The SSH master's own session when the runner dialled the connection: ssh's stdout is then the connection itself,
 * so this session must never print; it only keeps the connection's first session open (see transport.ts) and ends
 * within a second once its sshd process (`$PPID`) is gone, that is once the connection closed. GNU tail checks that
 * process every second without starting any (a `sleep` loop forked one per second per host). Takes no value.
 */
const HOLD = 'exec tail -f --pid="$PPID" /dev/null';
/** Keywords of ssh_config that change where or how ssh connects: a config with any of them keeps ssh dialling. */
const ROUTING = /^[ \t]*(hostname|proxycommand|proxyjump|match|bindaddress|bindinterface|addressfamily|canonicalizehostname|include)\b[ \t=]*(.*)$/gim;
/**
 * Whether a system-wide ssh_config text routes connections (a HostName, a proxy, a bind address...). Its usual
 * `Include /etc/ssh/ssh_config.d/*.conf` does not count (those files are checked on their own); any other Include
 * does, as what it names is unknown.
 */
function routesConnections(text) {
    for (const m of text.matchAll(ROUTING)) {
        const [, key = '', value = ''] = m;
        if (key.toLowerCase() !== 'include')
            return true;
        if (!/^("?)(\/etc\/ssh\/)?ssh_config\.d\/\*\.conf\1$/.test(value.trim()))
            return true;
    }
    return false;
}
/** Errno codes of a failed TCP connect, in ssh's words. */
const REASONS = {
    ECONNREFUSED: 'Connection refused',
    ETIMEDOUT: 'Connection timed out',
    EHOSTUNREACH: 'No route to host',
    ENETUNREACH: 'Network is unreachable',
    ECONNRESET: 'Connection reset by peer',
    EADDRNOTAVAIL: 'Cannot assign requested address',
};
/** "ssh: connect to host H port P: Connection refused", or the resolver's failure, as ssh prints them. */
function dialFailure(host, port, code, message) {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL')
        return `ssh: Could not resolve hostname ${host}: ${code === 'EAI_AGAIN' ? 'Temporary failure in name resolution' : 'Name or service not known'}`;
    return `ssh: connect to host ${host} port ${port}: ${(code && REASONS[code]) || message}`;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/dial.ts
/**
 * The TCP connection of an SSH master, opened by the runner with TCP_NODELAY and handed to ssh as its stdin and
 * stdout (`ProxyCommand=-`). ssh sets TCP_NODELAY only once a session starts: during the key exchange its
 * NEWKEYS and the service request that follows are two small writes, and the second waited for the host's
 * delayed ACK (40 ms on Linux) on every connection. Nothing else changes: ssh still does the whole protocol,
 * host key check included (against the host name and port, as before).
 *
 * Used only where it cannot change where the connection goes or how long it lives: when ssh's configuration
 * routes nothing (no user ~/.ssh/config, no HostName, proxy, bind address... system-wide), and when util-linux
 * `setpriv` can give the master a parent-death signal (the master's stdin is the connection, so it can no longer
 * end with the runner's pipe). Otherwise ssh dials as before.
 */





let decided;
/** `setpriv` on PATH, or undefined. */
function findSetpriv() {
    for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter)) {
        const p = dir && (0,external_node_path_.join)(dir, 'setpriv');
        if (p && (0,external_node_fs_.existsSync)(p))
            return p;
    }
    return undefined;
}
/** Whether an ssh_config the client reads could route connections (see routesConnections), read once. */
function configRoutes() {
    const homes = new Set([(0,external_node_os_.homedir)()]);
    try {
        homes.add((0,external_node_os_.userInfo)().homedir);
    }
    catch {
        // no passwd entry: HOME only
    }
    if ([...homes].some((h) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(h, '.ssh', 'config'))))
        return true;
    const files = ['/etc/ssh/ssh_config'];
    try {
        for (const f of (0,external_node_fs_.readdirSync)('/etc/ssh/ssh_config.d'))
            files.push((0,external_node_path_.join)('/etc/ssh/ssh_config.d', f));
    }
    catch {
        // no drop-in directory
    }
    return files.some((f) => {
        try {
            return routesConnections((0,external_node_fs_.readFileSync)(f, 'utf8'));
        }
        catch {
            return (0,external_node_fs_.existsSync)(f); // there but unreadable: assume it routes
        }
    });
}
/**
 * The `setpriv` to start SSH masters with when the runner dials their connections itself; undefined when ssh must
 * dial (see above). Decided once per run.
 */
function directDial() {
    decided ??= { setpriv: configRoutes() ? undefined : findSetpriv() };
    return decided.setpriv;
}
/**
 * Connect to host:port with TCP_NODELAY, giving up after `timeoutMs` or when `signal` aborts. The socket is
 * paused: nothing is read from it here, every byte is left for ssh.
 */
function dial(host, port, timeoutMs, signal) {
    return new Promise((ok, fail) => {
        const socket = (0,external_node_net_namespaceObject.connect)({ host, port, noDelay: true });
        socket.pause();
        let settled = false;
        const done = (e) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', cancel);
            if (!e)
                return ok(socket);
            socket.destroy();
            fail(e);
        };
        const cancel = () => done(new Error('the run was cancelled'));
        const timer = setTimeout(() => done(new Error(dialFailure(host, port, 'ETIMEDOUT', ''))), timeoutMs);
        if (signal?.aborted)
            return cancel();
        signal?.addEventListener('abort', cancel, { once: true });
        socket.once('connect', () => done());
        // After the connect, an error is ssh's to see (the socket is ssh's then): ignored here.
        socket.on('error', (e) => done(new Error(dialFailure(host, port, e.code, e.message))));
    });
}

;// CONCATENATED MODULE: ./src/adapters/appear.ts
/**
 * Waiting for files to appear (the SSH masters' control sockets, all in one directory): one fs.watch per
 * directory serves every file awaited in it, so N hosts cost N callbacks per change, not one per host per change
 * (N watchers on one directory each heard every socket of every host: N² callbacks).
 */


const dirs = new Map();
/**
 * Call `onReady` once, as soon as `path` exists (checked now, then at every change its directory reports for that
 * name). Returns a function that stops waiting (call it when giving up; harmless after `onReady`).
 */
function whenExists(path, onReady) {
    const dir = (0,external_node_path_.dirname)(path);
    const name = (0,external_node_path_.basename)(path);
    let d = dirs.get(dir);
    if (!d) {
        const waiting = new Map();
        const watcher = (0,external_node_fs_.watch)(dir, (_e, f) => void (f && waiting.get(f.toString())?.()));
        watcher.on('error', () => undefined);
        d = { watcher, waiting };
        dirs.set(dir, d);
    }
    const w = d;
    const stop = () => {
        if (w.waiting.get(name) !== check)
            return;
        w.waiting.delete(name);
        if (w.waiting.size)
            return;
        w.watcher.close();
        dirs.delete(dir);
    };
    const check = () => {
        if (!(0,external_node_fs_.existsSync)(path))
            return;
        stop();
        onReady();
    };
    w.waiting.set(name, check);
    check();
    return stop;
}

;// CONCATENATED MODULE: ./src/adapters/transport.ts
/**
 * Transports: how a fixed script reaches a host. `local:` hosts are directories on the runner (the script runs
 * under the runner's `sh`); SSH hosts run it through the OpenSSH client over one reused connection
 * (ControlMaster), so every command after the first costs a few ms instead of a handshake.
 */









const stdio = ['pipe', 'pipe', 'pipe'];
/** How long connecting to a host may take (TCP, before the key exchange). */
const CONNECT_TIMEOUT_MS = 15_000;
/**
 * The environment of a command on a `local:` host: the runner's, without the step's inputs (the token, the SSH
 * key) and the runner's own tokens, as an SSH host would not have them either.
 */
function hostEnv() {
    return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|ACTIONS_)|^GITHUB_TOKEN$/.test(k)));
}
/** A directory on the runner standing for a host. */
class LocalTransport {
    spec;
    root;
    constructor(spec, path, workspace) {
        this.spec = spec;
        const dir = (0,external_node_path_.resolve)(workspace, spec.dir);
        this.root = (0,external_node_path_.resolve)(dir, path);
        if (!(0,paths/* isInside */.FK)(dir, this.root)) {
            throw new errors/* UserError */.yo(`Input 'path': '${path}' leaves the directory of host '${spec.label}'`, {
                hint: 'For local: hosts, path is relative to the host directory.',
            });
        }
    }
    start(script, args, opts = {}) {
        return (0,external_node_child_process_.spawn)('sh', ['-c', script, 'shipline', ...args], {
            stdio,
            signal: opts.signal,
            killSignal: 'SIGKILL',
            env: hostEnv(),
        });
    }
    async connect() { }
    async started() { }
    async close() { }
}
/** An OpenSSH host, one master connection per run. */
class SshTransport {
    spec;
    settings;
    root;
    socket;
    constructor(spec, path, settings, index) {
        this.spec = spec;
        this.settings = settings;
        this.root = path;
        this.socket = `${settings.socketDir}/${index}`;
    }
    /** Options for every ssh call: strict host keys, keepalives, batch mode, our socket. */
    options() {
        const s = this.settings;
        const o = [
            '-o',
            'BatchMode=yes',
            '-o',
            'StrictHostKeyChecking=yes',
            '-o',
            'ServerAliveInterval=15',
            '-o',
            'ServerAliveCountMax=3',
        ];
        o.push('-o', `ConnectTimeout=${CONNECT_TIMEOUT_MS / 1000}`, '-o', `ControlPath=${this.socket}`, '-o', 'LogLevel=ERROR', '-p', String(this.spec.port), '-l', this.spec.user);
        if (s.keyFile)
            o.push('-i', s.keyFile, '-o', 'IdentitiesOnly=yes');
        if (s.knownHostsFile)
            o.push('-o', `UserKnownHostsFile=${s.knownHostsFile}`, '-o', 'GlobalKnownHostsFile=/dev/null');
        return o;
    }
    start(script, args, opts = {}) {
        const mux = opts.openMaster ? ['-o', 'ControlMaster=yes', '-o', 'ControlPersist=120'] : ['-o', 'ControlMaster=no'];
        const argv = [...this.options(), ...mux, '--', this.spec.host, shellCommand(script, args)];
        return (0,external_node_child_process_.spawn)('ssh', argv, { stdio, signal: opts.signal, killSignal: 'SIGKILL' });
    }
    /**
     * Open the master (see {@link openMaster}) and wait until it listens for commands: its socket appears right after
     * authentication, before its own session is even open, so the first command need not wait for that session.
     */
    connect(signal) {
        const opening = this.openMaster(signal);
        this.opening = opening.then(() => undefined, () => undefined);
        return opening.then((child) => this.listening(child, signal));
    }
    opening;
    started() {
        return this.opening ?? Promise.resolve();
    }
    /**
     * The master is a child of this process (ControlMaster=yes, ControlPersist=no) that ends with it. When the
     * runner dials the connection itself (adapters/dial.ts: TCP_NODELAY), the master runs under `setpriv
     * --pdeathsig TERM` (its stdin and stdout are the connection) with HOLD as its own session: the death of this
     * process, even by SIGKILL, sends it SIGTERM, and close(), called once the run's sessions are over, SIGKILLs it
     * (at once: a niced master's own shutdown took ~5 ms; the host sees the connection close either way). Otherwise
     * ssh dials, and its own session (KEEP) waits for its stdin to close: close() ends that stdin, and so does the
     * death of this process; the master exits once its last session ended. No master outlives the step.
     */
    async openMaster(signal) {
        const master = ['-o', 'ControlMaster=yes', '-o', 'ControlPersist=no'];
        const setpriv = directDial();
        let child;
        if (setpriv) {
            const socket = await dial(this.spec.host, this.spec.port, CONNECT_TIMEOUT_MS, signal);
            if (this.closed) {
                socket.destroy(); // the run ended (a bad artifact, say) while this host was being dialled
                throw new Error('the run ended before the connection was open');
            }
            const argv = ['--pdeathsig', 'TERM', '--', 'ssh', ...this.options(), ...master, '-n', '-o', 'ProxyCommand=-'];
            try {
                child = (0,external_node_child_process_.spawn)(setpriv, [...argv, '--', this.spec.host, HOLD], { stdio: [socket, socket, 'pipe'] });
            }
            finally {
                socket.destroy(); // ssh has its own descriptor of the connection now
            }
            this.stop = () => child.kill('SIGKILL');
        }
        else {
            child = (0,external_node_child_process_.spawn)('ssh', [...this.options(), ...master, '--', this.spec.host, scripts/* KEEP */.k9], { stdio });
            child.stdin?.on('error', () => undefined);
            this.stop = () => child.stdin?.end();
        }
        this.master = child;
        // The key exchanges of many hosts at once would starve the artifact check that every host waits for (and the
        // runner's other work): the masters run at a lower CPU priority, which costs nothing when a core is free.
        if (child.pid !== undefined)
            lowerPriority(child.pid);
        return child;
    }
    /** Resolves once the master listens (or its own session said CONNECTED); rejects with the client's reason. */
    listening(child, signal) {
        let out = '';
        let err = '';
        child.stderr?.on('data', (b) => (err = (err + b.toString()).slice(-8000)));
        return new Promise((ok, fail) => {
            let unwatch = () => undefined;
            const settle = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', cancel);
                unwatch();
            };
            const give = (why) => {
                settle();
                fail(new Error(why));
            };
            const cancel = () => {
                child.kill('SIGKILL');
                give('the run was cancelled');
            };
            const timer = setTimeout(() => (child.kill('SIGKILL'), give('ssh failed: no answer within 90 s')), 90_000);
            if (signal?.aborted)
                return cancel();
            signal?.addEventListener('abort', cancel, { once: true });
            child.stdout?.on('data', (b) => {
                out += b.toString();
                if (!/^CONNECTED$/m.test(out))
                    return;
                settle();
                ok();
            });
            child.on('error', (e) => give(`ssh failed: ${e.message}`));
            // 'close', not 'exit': ssh's last stderr lines ("Connection refused") may still be in the pipe when it exits.
            child.on('close', (code) => give(`ssh failed: ${explainSsh(err, code)}`));
            unwatch = whenExists(this.socket, () => (settle(), ok()));
        });
    }
    master;
    /** Ends the master (see openMaster). */
    stop = () => undefined;
    /** close() was called: a dial that ends later starts no master. */
    closed = false;
    /** End the master and wait until it exited; kill it after 5 s. */
    async close() {
        this.closed = true;
        const child = this.master;
        if (!child || child.exitCode !== null || child.signalCode !== null)
            return;
        await new Promise((ok) => {
            const timer = setTimeout(() => (child.kill('SIGKILL'), ok()), 5000);
            child.on('exit', () => (clearTimeout(timer), ok()));
            this.stop();
        });
    }
}
/** Nice a process to 10 (best effort: a system that refuses it leaves the priority as it is). */
function lowerPriority(pid) {
    try {
        (0,external_node_os_.setPriority)(pid, 10);
    }
    catch {
        // not allowed here: no harm
    }
}
/** The useful line of an ssh failure. */
function explainSsh(stderr, code) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('Warning: Permanently added'));
    const key = lines.find((l) => /host key verification failed|no .* host key is known|REMOTE HOST IDENTIFICATION HAS CHANGED/i.test(l));
    return key ?? (lines.slice(-2).join(' ') || `ssh exited with code ${code}`);
}
function sshHint(stderr, spec) {
    if (/host key/i.test(stderr)) {
        return `The host key of ${spec.host}:${spec.port} is not in 'known-hosts'. Add it (after checking its fingerprint): ssh-keyscan -p ${spec.port} ${spec.host}`;
    }
    if (/refused|timed out|no route/i.test(stderr))
        return 'Is the host up and sshd listening on that port?';
    if (/permission denied/i.test(stderr))
        return "Is the public key of 'ssh-key' in the user's authorized_keys?";
    return undefined;
}


/***/ }),

/***/ 4007:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   D6: () => (/* binding */ sharedLinkText),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Yu: () => (/* binding */ NAME_ACCEPTED),
/* harmony export */   ZC: () => (/* binding */ HOST_ACCEPTED),
/* harmony export */   o6: () => (/* binding */ parseHost),
/* harmony export */   xw: () => (/* binding */ expandHostTemplate)
/* harmony export */ });
/**
 * Parsing and validating the names the user gives: versions, app names, host specs, deploy paths and shared
 * paths. Pure functions; each returns a value or a message saying what is accepted.
 */
/** Versions and app names become directory names: letters, digits, `.`, `_`, `+`, `-`, starting with a letter or digit. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const NAME_ACCEPTED = 'is not a valid name: use 1–128 letters, digits, ., _, + or -, starting with a letter or digit';
const HOST_ACCEPTED = "is not a host: use 'user@host', 'user@host:port', 'user@[ipv6]:port' or 'local:<dir>'";
const SSH_HOST = /^([A-Za-z0-9_][A-Za-z0-9._-]{0,63})@(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})))(?::(\d{1,5}))?$/;
/** Parse one line of `hosts`; undefined when it is not a host. */
function parseHost(text) {
    if (text.startsWith('local:')) {
        const dir = text.slice('local:'.length);
        return dir && !dir.includes('\0') ? { kind: 'local', label: text, dir } : undefined;
    }
    const m = SSH_HOST.exec(text);
    if (!m)
        return undefined;
    const port = m[4] === undefined ? 22 : Number(m[4]);
    if (port < 1 || port > 65535)
        return undefined;
    return { kind: 'ssh', label: text, user: m[1], host: (m[2] ?? m[3]), port };
}
/** Where a health-check URL or a label points for this host: `{host}` and `{index}` (1-based) substituted. */
function expandHostTemplate(template, spec, index) {
    const host = spec.kind === 'ssh'
        ? spec.host.includes(':')
            ? `[${spec.host}]`
            : spec.host
        : (spec.dir.split('/').filter(Boolean).pop() ?? 'local');
    return template.replace(/\{host\}/g, host).replace(/\{index\}/g, String(index + 1));
}
/** A relative path with no `..`, no leading `/`, no empty or `.` segments; undefined when fine, else why not. */
function relativePathProblem(path) {
    const body = path.endsWith('/') ? path.slice(0, -1) : path;
    if (body === '' || body.startsWith('/'))
        return 'must be a relative path';
    if (body.includes('\0') || body.includes('\n'))
        return 'must not contain NUL or newlines';
    if (body.split('/').some((s) => s === '' || s === '.' || s === '..'))
        return "must not contain '.', '..' or empty segments";
    return undefined;
}
/** The symlink text that points from `releases/<v>/<path>` to `shared/<path>`. */
function sharedLinkText(path) {
    const body = path.endsWith('/') ? path.slice(0, -1) : path;
    const depth = body.split('/').length - 1;
    return `${'../'.repeat(depth + 2)}shared/${body}`;
}


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   Fi: () => (/* binding */ previousRelease),
/* harmony export */   d6: () => (/* binding */ pickRollbackTarget),
/* harmony export */   tg: () => (/* binding */ releasesToDelete),
/* harmony export */   u5: () => (/* binding */ parseProbe)
/* harmony export */ });
/* unused harmony export rollbackCandidates */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4007);
/**
 * What a host knows about its releases (read by one probe), and the decisions made from it: which release a
 * rollback goes to, which releases cleanup deletes. Pure.
 */

/** `releases/<v>` → `<v>`; anything else → undefined. */
function versionOf(target) {
    const m = /^releases\/([^/]+)\/?$/.exec(target);
    return m ? m[1] : undefined;
}
/** Parse the probe's output (`CURRENT x`, `RELEASE v sum`, then `LOGS` and JSON lines). Malformed log lines are skipped. */
function parseProbe(stdout) {
    const state = { current: '', releases: new Map(), log: [] };
    let inLog = false;
    for (const line of stdout.split('\n')) {
        if (inLog) {
            addLogLine(state, line);
            continue;
        }
        const [key] = line.split(' ', 1);
        const rest = line.slice((key?.length ?? 0) + 1);
        if (key === 'CURRENT')
            state.current = rest.trim();
        else if (key === 'RELEASE') {
            const [v, sum] = rest.split(' ');
            if (v)
                state.releases.set(v, sum ?? '-');
        }
        else if (key === 'LOGS')
            inLog = true;
        else if (key === 'LOCK' && rest.startsWith('took '))
            state.tookOverFrom = rest.slice(5);
        else if (key === 'PENDING') {
            const [target = '', ...previous] = rest.split(' ');
            state.pending = { target: target === '-' ? '' : target, previous: previous.join(' ').trim() };
        }
    }
    return state;
}
function addLogLine(state, line) {
    if (!line.trim())
        return;
    try {
        const e = JSON.parse(line);
        if (typeof e.version === 'string' && typeof e.outcome === 'string')
            state.log.push(e);
    }
    catch {
        // a torn or hand-edited line: ignore it
    }
}
/** The latest outcome recorded per version (later lines win). */
function latestOutcomes(log) {
    const last = new Map();
    for (const e of log)
        last.set(e.version, e);
    return last;
}
/**
 * Versions a rollback may go to on this host, best first: went live successfully, latest outcome not bad,
 * still on disk, not the live one. Ordered by when they last went live, newest first.
 */
function rollbackCandidates(state) {
    const live = versionOf(state.current);
    const last = latestOutcomes(state.log);
    const order = [];
    for (let i = state.log.length - 1; i >= 0; i--) {
        const e = state.log[i];
        if (e.outcome !== 'success' || order.includes(e.version))
            continue;
        if (e.version === live || last.get(e.version)?.outcome !== 'success' || !state.releases.has(e.version))
            continue;
        order.push(e.version);
    }
    return order;
}
/** The newest version that is a rollback candidate on every host, or undefined. */
function pickRollbackTarget(states) {
    const [first, ...rest] = states.map(rollbackCandidates);
    return (first ?? []).find((v) => rest.every((c) => c.includes(v)));
}
/** The release before `version` in this host's history (the previous live one), for the `previous-release` output. */
function previousRelease(state, version) {
    if (state.pending)
        return versionOf(state.pending.previous);
    const live = versionOf(state.current);
    if (live && live !== version)
        return live;
    return rollbackCandidates(state).find((v) => v !== version);
}
/**
 * Releases to delete so that `keep` remain. Good releases (last outcome `success`) are kept before bad or never
 * deployed ones, newest first by their last line in the log; unknown ones count as oldest, by name. `protect`
 * (the live and the previous release) is never deleted, nor is a directory whose name is not a valid version
 * (someone else's).
 */
function releasesToDelete(state, keep, protect) {
    const score = new Map();
    state.log.forEach((e, i) => score.set(e.version, (e.outcome === 'success' ? state.log.length : 0) + i));
    const all = [...state.releases.keys()].sort((a, b) => (score.get(b) ?? -1) - (score.get(a) ?? -1) || b.localeCompare(a));
    const kept = new Set(protect);
    for (const v of all)
        if (kept.size < Math.max(keep, protect.length) && !kept.has(v))
            kept.add(v);
    return all.filter((v) => !kept.has(v) && _names_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_PATTERN */ .Vh.test(v));
}


/***/ }),

/***/ 8727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ ON_REVERT),
/* harmony export */   CV: () => (/* binding */ FINISH),
/* harmony export */   Fo: () => (/* binding */ SWITCH),
/* harmony export */   Pg: () => (/* binding */ HEALTH),
/* harmony export */   k9: () => (/* binding */ KEEP),
/* harmony export */   p: () => (/* binding */ EXIT_MEANING),
/* harmony export */   ph: () => (/* binding */ LOCK_STAGE),
/* harmony export */   vD: () => (/* binding */ PROBE)
/* harmony export */ });
/**
 * The fixed POSIX sh scripts run on each host (`sh -c <script> shipline <args…>`). No value is ever pasted
 * into them: everything the user gave arrives as a positional argument (quoted once, by shellQuote) or on
 * stdin. They need GNU coreutils (`mv -T`, `sha256sum`, `date +%N`, `dd iflag=count_bytes`) and GNU or BSD tar on
 * the host (`openssl`, where there is one, hashes a large artifact faster; sha256sum decides when it is missing or
 * disagrees).
 * Exit codes name the failure so the runner can explain it (see EXIT_MEANING).
 */
/**
 * The SSH master's own session: says it is connected, then waits for its stdin to close (the end of the run, or
 * the death of the runner's process). Touches nothing, takes no value: the login shell runs it as it is (no
 * `sh -c` wrapper, one process less per host).
 */
const KEEP = 'echo CONNECTED; IFS= read -r _ || :';
/**
 * Probe, and lock unless lock = 0 (the part PROBE and LOCK_STAGE share; it reads $root $app $owner $take $lock
 * and leaves the shell in the deploy root with $m and $cur set). Prints `LOCK ok|took <owner>|held <owner>`,
 * `CURRENT <target>`, `PENDING <target> <previous>` (a switch that no run committed or reverted yet),
 * `RELEASE <v> <sha|->`, then `LOGS` and the last 200 lines of the release log. Whoever holds the lock owns
 * .shipline/tmp: a fresh holder empties it (a dead run's half-staged release). A deploy path that cannot be
 * written (read-only file system, permissions) exits 25, never "lock held". Uses shell builtins where it can:
 * every fork costs ms on a busy host.
 */
const PROBE_BODY = `m=.shipline
if [ ! -d "$root" ]; then
  case $root in */*) parent=\${root%/*} ;; *) parent=. ;; esac
  [ -d "\${parent:-/}" ] || { printf 'the directory %s does not exist\\n' "$parent" >&2; exit 20; }
  [ "$lock" = 1 ] || { echo "CURRENT "; exit 0; }
  [ -w "\${parent:-/}" ] || { printf '%s is read-only (read-only file system or no write permission)\\n' "\${parent:-/}" >&2; exit 25; }
  mkdir -- "$root" 2>/dev/null || [ -d "$root" ] || { printf 'cannot create %s\\n' "$root" >&2; exit 21; }
fi
cd -- "$root" || exit 21
if [ "$lock" = 1 ] && [ ! -w . ]; then printf '%s is read-only (read-only file system or no write permission)\\n' "$root" >&2; exit 25; fi
if [ -f $m/app ]; then
  read -r a < $m/app
  [ "$a" = "$app" ] || { printf 'this deploy path belongs to the app %s\\n' "$a" >&2; exit 22; }
fi
if [ "$lock" = 1 ]; then
  [ -d $m/tmp ] && [ -d $m/sums ] && [ -d releases ] && [ -d shared ] || mkdir -p $m/sums $m/tmp releases shared || exit 21
  [ -f $m/app ] || printf '%s\\n' "$app" > $m/app
  if mkdir $m/lock 2>/dev/null; then
    printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK ok" || exit 25
  elif [ ! -d $m/lock ]; then
    [ -w $m ] || { printf '%s/%s is read-only (read-only file system or no write permission)\\n' "$root" $m >&2; exit 25; }
    { mkdir $m/lock >&2 && rmdir $m/lock; }; exit 25
  else
    held='{}'
    [ ! -f $m/lock/owner ] || read -r held < $m/lock/owner
    if [ "$take" = 1 ]; then
      printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK took $held" || exit 25
    else
      echo "LOCK held $held"; exit 23
    fi
  fi
fi
if [ "$lock" = 1 ]; then
  for x in $m/tmp/*; do
    if [ -e "$x" ] || [ -L "$x" ]; then rm -rf -- $m/tmp && mkdir $m/tmp || exit 21; break; fi
  done
fi
cur=$(readlink current 2>/dev/null)
echo "CURRENT $cur"
if [ -f $m/pending ]; then
  read -r pt pp < $m/pending
  # current still is the target from before: that switch never happened (called off, or the run died before go)
  if [ "$lock" = 1 ] && [ "$cur" = "$pp" ]; then rm -f $m/pending; else echo "PENDING $pt $pp"; fi
fi
for d in releases/*/; do
  [ -d "$d" ] || continue
  n=\${d#releases/}; n=\${n%/}; rs=-
  [ ! -f "$m/sums/$n" ] || read -r rs < "$m/sums/$n"
  echo "RELEASE $n $rs"
done
if [ -f $m/releases.log ]; then echo LOGS; tail -n 200 $m/releases.log; fi
`;
/** Probe (and lock, for a rollback) one host. Args: root app owner-json take-over(0|1) lock(0|1). See PROBE_BODY. */
const PROBE = `set -u
root=$1 app=$2 owner=$3 take=$4 lock=$5
${PROBE_BODY}exit 0
`;
/**
 * The switch itself and what follows it, shared by SWITCH and LOCK_STAGE (after `go`; $target $prev $tok $m set,
 * in the deploy root): rename, `SWITCHED <ns>`, then `commit|revert|keep <unlock>`, releases to delete, log
 * lines up to END; `DONE`. See SWITCH.
 */
const SWITCH_TAIL = `if [ -n "$target" ]; then mv -T -- $m/next current || exit 33; else rm -f current || exit 33; fi
echo "SWITCHED $(date +%s%N)"
IFS=' ' read -r verb unlock || exit 0
IFS= read -r remove || exit 0
if [ "$verb" = revert ]; then
  if [ -n "$prev" ]; then ln -sfn -- "$prev" $m/next && mv -T -- $m/next current || exit 34
  else rm -f current || exit 34; fi
  echo "REVERTED $(date +%s%N)"
fi
n=0
while [ $n -lt 10 ] && IFS= read -r line && [ "$line" != END ]; do
  printf '%s\\n' "$line" >> $m/releases.log || exit 24
  n=$((n + 1))
done
set -f
for v in $remove; do
  rm -f -- "$m/sums/$v"
  mv -- "releases/$v" "$m/tmp/del.$$" 2>/dev/null && rm -rf -- "$m/tmp/del.$$"
done
o= gone="$m/pending \${t-}"
[ "$verb" != keep ] || gone=\${t-}
[ ! -f $m/lock/owner ] || read -r o < $m/lock/owner
[ -z "$tok" ] || [ "$unlock" = 0 ] || case $o in *"$tok"*) gone="$gone $m/lock" ;; esac
[ -z "$gone" ] || rm -rf $gone
t=
echo DONE
`;
/**
 * Lock, probe, stage and switch one release in one session: a deploy's only command on a host (besides its
 * connection). Args: root app owner-json take-over(0|1) version sha256 size host before-switch token
 * [shared-path link-text]…; stdin carries lines from the runner, and the artifact's bytes when the host asks.
 * First PROBE_BODY (locking), then `END OF LOGS <token>`: the runner reads the lines below only after it, so no
 * line of the release log can pass for one of them. Then the host decides: a release staged earlier with this sha256 is reused (no byte
 * is sent); otherwise it prints `SEND` and reads exactly <size> bytes of .tar.gz from stdin: saved, checked
 * against sha256, unpacked into a temp dir with umask 022 and --no-same-permissions (no setuid/setgid/sticky
 * bit, nothing group- or world-writable, the release directory itself included), shared paths linked, then
 * renamed to releases/<v> (never half visible). Prints `STAGED` or `REUSED`. Then before-switch runs there
 * (stdin /dev/null), unless the release is already live (a re-run). Then the switch is prepared as SWITCH's
 * `prep` would (`.shipline/next` → the release and `.shipline/pending`), `END OF STAGE <token>` printed on
 * stderr (where the stage's output ends) and `PREPARED <previous target>` on stdout,
 * and the session goes on as SWITCH after its first line (see there): `go` switches, anything else or EOF calls
 * the switch off.
 */
const LOCK_STAGE = `set -u
root=$1 app=$2 owner=$3 take=$4 lock=1 ver=$5 sum=$6 size=$7 host=$8 before=$9 tok=\${10}
shift 10
${PROBE_BODY}printf '\\nEND OF LOGS %s\\n' "$tok" # the log's last line may be torn; nothing after this comes from it
umask 022
rel=releases/$ver
have=-
[ ! -f "$m/sums/$ver" ] || read -r have < "$m/sums/$ver"
upload=1
if [ -d "$rel" ] && [ "$have" = "$sum" ]; then
  upload=0
  [ "$cur" != "$rel" ] || before=
fi
if [ "$upload" = 1 ]; then
  if [ -e "$rel" ] || [ -L "$rel" ]; then
    [ "$cur" != "$rel" ] || { echo "release $ver is live with a different sha256 (versions are immutable)" >&2; exit 14; }
    rm -f -- "$m/sums/$ver"
    mv -- "$rel" "$m/tmp/old.$$" && rm -rf -- "$m/tmp/old.$$"
  fi
  t=$m/tmp/stage.$$
  { [ ! -e "$t" ] || rm -rf -- "$t"; } && mkdir -p -- "$t/x" || exit 21
  echo SEND
  # exactly $size bytes (what follows on stdin is the runner's next line), read 1 MiB at a time (head: 8 KiB)
  dd bs=1M count="$size" iflag=count_bytes,fullblock status=none of="$t/a.tgz" || { rm -rf -- "$t"; exit 11; }
  got=
  # From 1 MiB on, openssl (SHA extensions) hashes several times faster than coreutils; sha256sum has the last word.
  if [ "$size" -ge 1048576 ] && command -v openssl >/dev/null 2>&1; then
    got=$(openssl dgst -sha256 -r < "$t/a.tgz" 2>/dev/null) || got=
    got=\${got%% *}
  fi
  if [ "$got" != "$sum" ]; then
    got=$(sha256sum < "$t/a.tgz") || { rm -rf -- "$t"; exit 11; }
    got=\${got%% *}
  fi
  if [ "$got" != "$sum" ]; then
    echo "sha256 mismatch on the host: expected $sum, got $got" >&2; rm -rf -- "$t"; exit 10
  fi
  tar -xzf "$t/a.tgz" -C "$t/x" --no-same-owner --no-same-permissions >&2 || { rm -rf -- "$t"; exit 11; }
  while [ $# -ge 2 ]; do
    p=$1 l=$2; shift 2
    case $p in */) dir=1; p=\${p%/} ;; *) dir=0 ;; esac
    if [ ! -e "shared/$p" ]; then
      mkdir -p -- "$(dirname -- "shared/$p")"
      if [ -e "$t/x/$p" ]; then cp -a -- "$t/x/$p" "shared/$p"
      elif [ $dir = 1 ]; then mkdir -p -- "shared/$p"
      else echo "shared file $p is neither in shared/ nor in the release" >&2; rm -rf -- "$t"; exit 12; fi
    fi
    rm -rf -- "$t/x/$p" && mkdir -p -- "$(dirname -- "$t/x/$p")" && ln -s -- "$l" "$t/x/$p" || { rm -rf -- "$t"; exit 12; }
  done
  mv -T -- "$t/x" "$rel" || { rm -rf -- "$t"; exit 11; }
  printf '%s\\n' "$sum" > "$m/sums/$ver"
  # What is left in $t (the received .tar.gz) goes with the pending record at the end; any other exit removes it.
  trap '[ -z "\${t-}" ] || rm -rf -- "$t"' EXIT
  printf '\\nSTAGED\\n' # after the log lines, on a line of its own even if the log's last line was torn
else
  printf '\\nREUSED\\n'
fi
if [ -n "$before" ]; then
  ( cd -- "$rel" && export SHIPLINE_HOST="$host" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$ver" && exec sh -c "$before" ) </dev/null >&2
  rc=$?
  [ $rc = 0 ] || { echo "before-switch exited with code $rc" >&2; exit 13; }
fi
prev=$cur
[ ! -f $m/pending ] || read -r _ prev < $m/pending
ln -sfn -- "$rel" $m/next && printf '%s %s\\n' "$rel" "$prev" > $m/pending || exit 31
printf '\\nEND OF STAGE %s\\n' "$tok" >&2 # the runner logs stderr up to here
echo "PREPARED $prev"
target=$rel
IFS= read -r cmd || cmd=
if [ "$cmd" != go ]; then
  # called off before any switch: drop what was prepared, unless a switch happened since (current moved on)
  [ "$(readlink current 2>/dev/null)" != "$prev" ] || rm -f $m/pending $m/next
  exit 32
fi
${SWITCH_TAIL}`;
/**
 * The switch of a rollback or a revert (a deploy's switch is the tail of its LOCK_STAGE session): one session
 * per host, a small two-phase commit. Args: root target token.
 * 0. Waits for a first line: `prep` prepares, as follows; anything else, or EOF, calls it off (nothing changed).
 * 1. Prepares `.shipline/next` → target and records the phase in `.shipline/pending` (`<target> <previous>`),
 *    prints `READY <previous target>`, waits for one line on stdin. `go` renames it over `current` (rename(2))
 *    and prints `SWITCHED <ns>`. Anything else, or EOF (the runner died), leaves `current` untouched (and drops
 *    the pending record it wrote). An empty target means "no current" (a revert to nothing).
 *    The previous target is the one before an unfinished switch when `.shipline/pending` already exists: a run
 *    killed after its switch never made its release the one to go back to.
 * 2. Waits for `commit|revert|keep <unlock 0|1>` (revert renames the previous target back; keep, for a cancelled
 *    run, leaves the switch and its pending record for the next run and only unlocks), then a line of releases
 *    to delete, then log entries up to `END`; records them, deletes, drops the pending record, unlocks (when
 *    asked, and only if the lock still holds this run's token) and prints `DONE`. EOF here (the runner died
 *    after the switch) leaves the switch, the pending record and the lock as they are: the next run sees the
 *    switch was never finished, health-checks it and commits or reverts it.
 */
const SWITCH = `set -u
IFS= read -r cmd || cmd=
cd -- "$1" || exit 21
target=$2 tok=$3 m=.shipline
case $cmd in
prep)
  if [ -n "$target" ]; then
    [ -d "$target" ] || { echo "$target is not staged" >&2; exit 30; }
    ln -sfn -- "$target" $m/next || exit 31
  fi
  prev=$(readlink current 2>/dev/null)
  fresh=1
  if [ -f $m/pending ]; then read -r _ prev < $m/pending; fresh=0; fi
  printf '%s %s\\n' "\${target:--}" "$prev" > $m/pending || exit 31
  echo "READY $prev"
  IFS= read -r go && [ "$go" = go ] || { if [ $fresh = 1 ]; then rm -f $m/next $m/pending; else rm -f $m/next; fi; exit 32; } ;;
*)
  exit 32 ;;
esac
${SWITCH_TAIL}`;
/** Health command on the host. Args: root version host command. Runs in the release with the SHIPLINE_* env. */
const HEALTH = `cd -- "$1/releases/$2" || exit 21
export SHIPLINE_HOST="$3" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$2"
exec sh -c "$4"
`;
/**
 * `on-revert` on a host, after its revert. Args: root reverted-version restored-target host reason seconds command.
 * Runs in the reverted release (the code that made the changes ships their clean-up), bounded by coreutils
 * `timeout` (TERM, then KILL 2 s later; exit 124 when it ran out of time), with the releases involved in its env.
 */
const ON_REVERT = `cd -- "$1" || exit 21
r=\${3#releases/}
export SHIPLINE_HOST="$4" SHIPLINE_VERSION="$2" SHIPLINE_RELEASE="$PWD/releases/$2" SHIPLINE_RESTORED_VERSION="$r" \\
  SHIPLINE_RESTORED_RELEASE="\${3:+$PWD/$3}" SHIPLINE_REASON="$5" SHIPLINE_CANARY="$2" SHIPLINE_STABLE="$r"
cd -- "releases/$2" 2>/dev/null || true
exec timeout -k 2 "$6" sh -c "$7"
`;
/**
 * Record, clean up, unlock. Args: root owner-token log-entry(json or '') unlock(0|1) [version-to-delete]…
 * The lock is removed only when it still holds this run's token.
 */
const FINISH = `set -u
cd -- "$1" || exit 21
tok=$2 entry=$3 unlock=$4 m=.shipline
shift 4
[ -z "$entry" ] || printf '%s\\n' "$entry" >> $m/releases.log || exit 24
for v in "$@"; do
  rm -f -- "$m/sums/$v"
  mv -- "releases/$v" "$m/tmp/del.$$" 2>/dev/null && rm -rf -- "$m/tmp/del.$$"
done
if [ "$unlock" = 1 ] && [ -n "$tok" ] && grep -qF -- "$tok" $m/lock/owner 2>/dev/null; then rm -rf $m/lock; fi
exit 0
`;
/** What the scripts' exit codes mean, for error messages. */
const EXIT_MEANING = {
    10: 'the artifact did not match its sha256 on the host',
    11: 'the artifact could not be received or unpacked',
    12: 'a shared path could not be linked',
    13: 'the before-switch command failed',
    14: 'the version is live with different contents',
    20: 'the deploy path does not exist',
    21: 'the deploy path is not usable',
    22: 'the deploy path belongs to another app',
    23: 'the deploy lock is held',
    24: 'the release log could not be written',
    25: 'the deploy path is not writable',
    30: 'the release is not staged',
    31: 'the new link could not be made',
    32: 'the switch was called off',
    33: 'the link could not be renamed over current',
    34: 'the previous release could not be switched back',
};


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6910);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3582);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts
var runner = __nccwpck_require__(5081);
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
        core.setSecret(value);
}
/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
function maskHeader(value) {
    if (value)
        core.setHeaderSecret(value);
}
/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
function maskUrl(url) {
    return runner/* setUrlSecret */.Q1(url);
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/duration.ts
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
            throw new errors/* InputError */.dz(name, v, `is not a whole number ${rangeText(min, max)}`);
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
            throw new errors/* InputError */.dz(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new errors/* InputError */.dz(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
        return ms;
    });
}
function readVersion(name, opts = {}) {
    return orFallback(name, opts, (v) => checkVersion(name, v, opts));
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
            throw new InputError(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
        }
    }
    return globs;
}
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
        throw new InputError(name, v, `is not valid JSON or YAML (${messageOf(error).split('\n')[0]})`, { cause: error });
    }
    const ok = opts.array
        ? Array.isArray(parsed)
        : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (!ok) {
        const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping';
        throw new InputError(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`);
    }
    return parsed;
}

// EXTERNAL MODULE: ./src/domain/names.ts
var names = __nccwpck_require__(4007);
;// CONCATENATED MODULE: ./src/inputs.ts
/** Reading and checking every input before anything touches a host. */


/** All inputs, validated. Throws an InputError naming the first bad one. */
function readInputs() {
    const mode = readEnum('mode', ['deploy', 'rollback'], 'deploy');
    const app = requireString('app', { pattern: names/* NAME_PATTERN */.Vh, accepted: names/* NAME_ACCEPTED */.Yu });
    const version = mode === 'deploy'
        ? requireString('version', { pattern: names/* NAME_PATTERN */.Vh, accepted: names/* NAME_ACCEPTED */.Yu })
        : (readString('version') ?? '');
    const artifact = mode === 'deploy' ? requireString('artifact') : '';
    const sha256 = readString('sha256', { pattern: /^[0-9a-fA-F]{64}$/, accepted: 'is not a sha256 (64 hex digits)' }) ?? '';
    const hosts = readHosts();
    const path = requireString('path').replace(/\{app\}/g, app);
    if (path.includes('\0') || path.includes('\n') || path.startsWith('-'))
        throw new errors/* InputError */.dz('path', path, "is not a directory path (no newlines, no leading '-')");
    const sharedPaths = readSharedPaths();
    const sshKey = (0,runner/* getInput */.V4)('ssh-key');
    if (sshKey)
        (0,runner/* setSecret */.Pq)(sshKey);
    const healthCheck = (0,runner/* getInput */.V4)('health-check');
    maskUrl(healthCheck.trim().split(/\s+/)[0] ?? '');
    return {
        app,
        mode,
        version,
        artifact,
        sha256: sha256.toLowerCase(),
        hosts,
        path,
        sharedPaths,
        beforeSwitch: (0,runner/* getInput */.V4)('before-switch'),
        healthCheck,
        healthTimeoutMs: readDuration('health-timeout', { fallback: 30_000, max: 3_600_000 }),
        onRevert: (0,runner/* getInput */.V4)('on-revert'),
        onRevertTimeoutMs: readOnRevertTimeout(),
        keepReleases: readInteger('keep-releases', { min: 1, max: 1000, fallback: 5 }),
        dryRun: readBoolean('dry-run', false),
        parallel: readInteger('parallel', { min: 1, max: 256, fallback: 10 }),
        takeOverLock: readBoolean('take-over-lock', false),
        environment: readString('environment', { fallback: 'production' }),
        token: (0,runner/* getInput */.V4)('token'),
        sshKey,
        knownHosts: (0,runner/* getInput */.V4)('known-hosts'),
    };
}
/** `on-revert-timeout`: 1s to 1h. */
function readOnRevertTimeout() {
    const ms = readDuration('on-revert-timeout', { fallback: 120_000, max: 3_600_000 });
    if (ms < 1000)
        throw new errors/* InputError */.dz('on-revert-timeout', (0,runner/* getInput */.V4)('on-revert-timeout'), 'is shorter than the minimum of 1s (use e.g. 30s, 2m; at most 1h)');
    return ms;
}
/** `hosts`: one host per line, each listed once. */
function readHosts() {
    const hosts = readList('hosts', { required: true }).map((line) => {
        const spec = (0,names/* parseHost */.o6)(line);
        if (!spec)
            throw new errors/* InputError */.dz('hosts', line, names/* HOST_ACCEPTED */.ZC);
        return spec;
    });
    if (hosts.length === 0)
        throw new errors/* InputError */.dz('hosts', '', 'is required: one host per line');
    const seen = new Map();
    for (const h of hosts) {
        const key = h.kind === 'ssh' ? `${h.user}@${h.host}:${h.port}` : `local:${h.dir.replace(/\/+$/, '')}`;
        const twin = seen.get(key);
        if (twin)
            throw new errors/* InputError */.dz('hosts', h.label, `is the same host as '${twin}': list each host once`);
        seen.set(key, h.label);
    }
    return hosts;
}
/** `shared-paths`: paths inside the release, kept across releases. */
function readSharedPaths() {
    const sharedPaths = readList('shared-paths');
    for (const p of sharedPaths) {
        const problem = (0,names/* relativePathProblem */.BE)(p);
        if (problem)
            throw new errors/* InputError */.dz('shared-paths', p, `${problem} (a path inside the release, e.g. 'storage/' for a directory or '.env' for a file)`);
    }
    return sharedPaths;
}

// EXTERNAL MODULE: ../../packages/core/src/sleep.ts
var sleep = __nccwpck_require__(5240);
// EXTERNAL MODULE: ./src/adapters/hosts.ts
var adapters_hosts = __nccwpck_require__(3376);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ../../packages/core/src/paths.ts
var paths = __nccwpck_require__(3371);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/domain/posix-path.ts
/** POSIX path helpers without I/O (node:path/posix is pure; re-exported so domain code imports one module). */

const posix = (external_node_path_default()).posix;

;// CONCATENATED MODULE: ./src/domain/tar-entry.ts
/**
 * The rule for a tar entry in a release archive: it must land inside the release directory and be a plain
 * file, directory, or a link whose target stays inside. Checked on the runner against the listing, before
 * anything is sent; the host then verifies that the bytes it got have the same sha256, so the checked listing
 * is the one unpacked.
 */

const ALLOWED = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link']);
function escapes(path) {
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
        return true;
    const norm = posix.normalize(path);
    return norm === '..' || norm.startsWith('../');
}
/** Why this entry is refused, or undefined when it is safe. */
function tarEntryProblem(entry) {
    const { path, type, linkpath } = entry;
    if (!ALLOWED.has(type))
        return `'${path}' is a ${type}, not a file, directory or link`;
    if (path.split('/').includes('..') || escapes(path))
        return `'${path}' points outside the release (absolute or '..')`;
    if (type === 'SymbolicLink') {
        const target = linkpath ?? '';
        if (target.startsWith('/'))
            return `'${path}' is a symlink to the absolute path '${target}'`;
        if (escapes(posix.join(posix.dirname(path), target)))
            return `'${path}' is a symlink to '${target}', outside the release`;
    }
    if (type === 'Link' && (linkpath === undefined || linkpath.split('/').includes('..') || escapes(linkpath))) {
        return `'${path}' is a hard link to '${linkpath ?? ''}', outside the release`;
    }
    return undefined;
}
/** Symlinks followed while resolving one path before it counts as a loop (Linux's own limit is 40). */
const MAX_HOPS = 40;
/**
 * The archive as a whole: every entry's real place, resolved through the symlinks that earlier entries create
 * (tar writes `a/a/a/config` through `a -> .`, so it lands at `config`). One entry at a time, in archive order;
 * `finish` then checks every link against the final set of links (a later link can change where an earlier one
 * leads) and the shared paths (which must be real files or directories, not links or under links). Pure.
 */
class ReleaseTree {
    /** Symlinks by their real place (parts joined by '/'), with their target text. */
    links = new Map();
    /** Resolve `parts` (relative to the release root) through the links known so far; undefined when it leaves the release or loops. */
    resolve(parts, followLast = true) {
        const out = [];
        const queue = [...parts];
        let hops = 0;
        while (queue.length) {
            const c = queue.shift();
            if (c === '' || c === '.')
                continue;
            if (c === '..') {
                if (out.length === 0)
                    return undefined;
                out.pop();
                continue;
            }
            out.push(c);
            const target = this.links.get(out.join('/'));
            if (target === undefined || (!followLast && queue.length === 0))
                continue;
            if (++hops > MAX_HOPS || target.startsWith('/'))
                return undefined;
            out.pop();
            queue.unshift(...target.split('/'));
        }
        return out;
    }
    /** Add the next entry; why it is refused, or undefined. Call after {@link tarEntryProblem} passed. */
    add(entry) {
        const parts = entry.path.split('/').filter((p) => p !== '' && p !== '.');
        if (parts.length === 0)
            return undefined;
        const parent = this.resolve(parts.slice(0, -1));
        if (!parent)
            return `'${entry.path}' is written through a symlink that leads outside the release`;
        const real = [...parent, parts[parts.length - 1]];
        if (entry.type === 'SymbolicLink') {
            const target = entry.linkpath ?? '';
            if (!this.resolve([...parent, ...target.split('/')]))
                return `'${entry.path}' is a symlink to '${target}', which leads outside the release through other links in the archive`;
            this.links.set(real.join('/'), target);
        }
        else if (entry.type === 'Link' && !this.resolve((entry.linkpath ?? '').split('/'))) {
            return `'${entry.path}' is a hard link to '${entry.linkpath ?? ''}', which leads outside the release through links in the archive`;
        }
        return undefined;
    }
    /** After the last entry: every link against the final set, and the shared paths. */
    finish(sharedPaths) {
        const problems = [];
        for (const [at, target] of this.links) {
            if (!this.resolve(at.split('/')))
                problems.push(`'${at}' is a symlink to '${target}', which leads outside the release through other links in the archive`);
        }
        for (const shared of sharedPaths) {
            const parts = shared.split('/').filter(Boolean);
            const real = this.resolve(parts, false);
            const link = this.links.get(parts.join('/'));
            if (link !== undefined)
                problems.push(`shared path '${shared}' is a symlink in the archive (to '${link}'): a shared path must be a real file or directory`);
            else if (!real || real.join('/') !== parts.join('/'))
                problems.push(`shared path '${shared}' lies under a symlink in the archive: a shared path must be a real file or directory`);
        }
        return problems;
    }
}

;// CONCATENATED MODULE: ./src/domain/tar-listing.ts
const TYPES = {
    '-': 'File',
    d: 'Directory',
    l: 'SymbolicLink',
    h: 'Link',
    c: 'CharacterDevice',
    b: 'BlockDevice',
    p: 'FIFO',
};
const ESCAPES = {
    n: 10,
    t: 9,
    r: 13,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
    '\\': 92,
    '"': 34,
    '?': 63,
    "'": 39,
};
/** Read a C-quoted string at the start of `text`; returns the value and the rest, or undefined. */
function readCQuoted(text) {
    if (!text.startsWith('"'))
        return undefined;
    const bytes = [];
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (c === '"')
            return { value: Buffer.from(bytes).toString('utf8'), rest: text.slice(i + 1) };
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = text[i + 1] ?? '';
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8) & 0xff);
            i += octal[0].length;
        }
        else if (next in ESCAPES) {
            bytes.push(ESCAPES[next]);
            i += 1;
        }
        else
            return undefined;
    }
    return undefined;
}
/** One listing line → the entry, or undefined when the line cannot be read (the caller refuses the archive). */
function parseListingLine(line) {
    const m = /^(\S)\S*\s+\S+\s+\S+\s+\S+\s+\S+\s+(".*)$/.exec(line);
    if (!m)
        return undefined;
    const type = TYPES[m[1]] ?? `type '${m[1]}'`;
    const name = readCQuoted(m[2]);
    if (!name)
        return undefined;
    if (name.rest === '')
        return { path: name.value, type };
    const link = /^ (->|link to) (".*)$/.exec(name.rest);
    const target = link ? readCQuoted(link[2]) : undefined;
    if (!target || target.rest !== '')
        return undefined;
    return { path: name.value, type, linkpath: target.value };
}

;// CONCATENATED MODULE: ./src/adapters/artifact.ts
/**
 * The artifact on the runner: its sha256 and its tar listing, refusing any entry that would land outside the
 * release. An artifact up to {@link IN_MEMORY_MAX} is read once into memory, hashed as it is read, and those bytes
 * are what every host is sent (one buffer shared by all of them: what a host receives is exactly what was hashed).
 * A bigger one is hashed through one reused buffer and streamed from the file, so memory stays bounded whatever the
 * size. The listing comes from GNU tar (reading the file itself, in parallel) with --absolute-names, so names and
 * link targets are shown raw, unsanitised (only the listing text passes through this process); where tar is not
 * GNU tar (macOS, Windows), node-tar parses the stream instead.
 */







/** Artifacts up to this size are held in memory once, for the whole run; bigger ones are streamed. */
const IN_MEMORY_MAX = 64 * 2 ** 20;
/**
 * The run's artifact, checked (a deploy's first step, started with the connections: it touches no host): found by
 * its real path inside the workspace or RUNNER_TEMP (a committed link to a file elsewhere is refused), inspected,
 * and matched against the `sha256` input when one was given.
 */
async function checkArtifact(cfg, workspace) {
    const artifact = (await (0,paths/* resolveContained */.mi)('artifact', cfg.artifact, { base: workspace })).real;
    const a = await (0,runner/* group */.Os)('Inspect the artifact', () => inspectArtifact(artifact, { sharedPaths: cfg.sharedPaths }));
    if (cfg.sha256 && cfg.sha256.toLowerCase() !== a.sha256) {
        throw new errors/* InputError */.dz('sha256', cfg.sha256, `does not match the artifact ${cfg.artifact} (its sha256 is ${a.sha256}); nothing was changed`);
    }
    (0,runner/* info */.pq)(`${cfg.artifact}: ${a.bytes} bytes, ${a.entries} entries, sha256 ${a.sha256}`);
    return a;
}
/**
 * Hash and check `path`, entry by entry and as a whole (symlink chains, `shared-paths`); throws an InputError
 * naming the first bad entries. `nodeTar` forces the fallback lister; `inMemoryMax` overrides IN_MEMORY_MAX.
 */
async function inspectArtifact(path, opts = {}) {
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    if (!st?.isFile())
        throw new errors/* InputError */.dz('artifact', path, 'is not a file (give the path of a .tar.gz, relative to the workspace)');
    const read = st.size <= (opts.inMemoryMax ?? IN_MEMORY_MAX)
        ? readOnce(path, st.size)
        : hashFile(path).then(({ sha256 }) => ({ sha256 }));
    read.catch(() => undefined); // awaited below
    const [{ sha256, data }, listing] = await Promise.all([read, list(path, opts.nodeTar)]);
    for (const p of listing.tree.finish(opts.sharedPaths ?? []))
        if (listing.problems.length < 5)
            listing.problems.push(p);
    if (listing.problems.length) {
        throw new errors/* InputError */.dz('artifact', path, `has entries that would escape the release directory: ${listing.problems.join('; ')}`, {
            hint: 'Build the archive from inside the release directory (tar -czf app.tar.gz -C build .) with relative paths and links.',
        });
    }
    if (listing.entries === 0)
        throw new errors/* UserError */.yo(`Input 'artifact': '${path}' is an empty archive`);
    return { path, bytes: data?.length ?? st.size, sha256, entries: listing.entries, ...(data ? { data } : {}) };
}
const PIECE = 1 << 20;
/**
 * Read the file once into one buffer, hashing each 1 MiB piece as it arrives. `size` is from the file's stat: a
 * file that shrank since gives what is there (and the host is told that size).
 */
async function readOnce(path, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    async function* pieces() {
        const file = await (0,promises_.open)(path, 'r');
        try {
            while (got < size) {
                const { bytesRead } = await file.read(buf, got, Math.min(PIECE, size - got), got);
                if (!bytesRead)
                    return;
                const piece = buf.subarray(got, got + bytesRead);
                got += bytesRead;
                yield piece;
            }
        }
        finally {
            await file.close();
        }
    }
    const { sha256 } = await hashChunks(pieces());
    return { sha256, data: buf.subarray(0, got) };
}
/**
 * GNU tar's listing; node-tar's where `tar` is not GNU tar. GNU tar is tried first, with no `tar --version` before
 * it (one process less on every run): another tar refuses GNU tar's options and fails, and only then does
 * `tar --version` decide between node-tar (not GNU tar, or no tar at all) and the failure (GNU tar: a bad archive).
 * A tar that took the options but printed another format would fail the run, each of its lines being unreadable.
 */
async function list(path, nodeTar) {
    if (nodeTar)
        return listWithNodeTar(path);
    try {
        return await listWithGnuTar(path);
    }
    catch (error) {
        if (await isGnuTar())
            throw error;
        return listWithNodeTar(path);
    }
}
/** The environment both tar commands run in: this process's (its PATH picks the tar), in the C locale. */
const tarEnv = () => ({ ...process.env, LC_ALL: 'C' });
function isGnuTar() {
    return new Promise((ok) => {
        const child = (0,external_node_child_process_.spawn)('tar', ['--version'], {
            env: tarEnv(),
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        let out = '';
        child.stdout.on('data', (b) => (out += b.toString()));
        child.on('error', () => ok(false));
        child.on('close', (code) => ok(code === 0 && /GNU tar/.test(out)));
    });
}
function check(listing, entry, line) {
    listing.entries++;
    const problem = entry
        ? (tarEntryProblem(entry) ?? listing.tree.add(entry))
        : `unreadable listing line ${JSON.stringify(line.slice(0, 200))}`;
    if (problem && listing.problems.length < 5)
        listing.problems.push(problem);
}
async function listWithGnuTar(path) {
    const listing = { entries: 0, problems: [], tree: new ReleaseTree() };
    const child = (0,external_node_child_process_.spawn)('tar', ['--absolute-names', '--quoting-style=c', '-tvzf', path], {
        env: tarEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr = (stderr + b.toString()).slice(-4000)));
    const closed = new Promise((ok) => {
        child.on('error', (e) => ((stderr += e.message), ok(-1)));
        child.on('close', ok);
    });
    for await (const line of (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout, crlfDelay: Infinity }))
        if (line)
            check(listing, parseListingLine(line), line);
    const code = await closed;
    if (code !== 0) {
        const why = stderr
            .split('\n')
            .filter((l) => l && !/Removing leading/.test(l))
            .slice(-2)
            .join(' ');
        throw new errors/* InputError */.dz('artifact', path, `is not a readable .tar.gz (${why || `tar exited with code ${code}`})`);
    }
    return listing;
}
async function listWithNodeTar(path) {
    const { Parser } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 1549));
    const listing = { entries: 0, problems: [], tree: new ReleaseTree() };
    const parser = new Parser({ strict: true });
    parser.on('entry', (e) => {
        check(listing, { path: e.path, type: e.type, linkpath: e.linkpath }, e.path);
        e.resume();
    });
    await new Promise((ok, fail) => {
        parser.on('error', (e) => fail(new errors/* InputError */.dz('artifact', path, `is not a readable .tar.gz (${e.message})`)));
        parser.on('end', ok);
        (0,external_node_fs_.createReadStream)(path).on('error', fail).pipe(parser);
    });
    return listing;
}

;// CONCATENATED MODULE: ./src/clock.ts
const round = (n) => Math.round(n * 10) / 10;
/** Timing helper bound to the run's start. */
class Clock {
    t0 = performance.now();
    at() {
        return performance.now() - this.t0;
    }
    /** Record a phase measured elsewhere (ms since the run started). */
    mark(r, phase, start, end) {
        r.timings[phase] = { start: round(start), ms: round(end - start) };
    }
    async time(r, phase, fn) {
        const start = this.at();
        try {
            return await fn();
        }
        finally {
            r.timings[phase] = { start: round(start), ms: round(this.at() - start) };
        }
    }
}

;// CONCATENATED MODULE: ./src/connect.ts
/**
 * The start of a run, before the rest of the action is loaded (main imports the run's phases and the report
 * dynamically, once this returned): the hosts' transports, and the connections of the first `parallel` hosts.
 * Connecting changes nothing on a host. The key exchanges, most of a small deploy's time, so overlap loading the
 * rest of the action and checking the artifact, which starts here too, right after the dials (it touches no host;
 * with a large artifact it was the longest step before the first lock).
 */




/** How long the start of a run waits for its connections to be dialled before the rest of the action loads. */
const DIAL_WAIT_MS = 50;
/** The lock owner written on every host: who runs what, and this run's token. */
function ownerOf(cfg, ctx) {
    return JSON.stringify({
        token: ctx.token,
        who: ctx.who,
        run: ctx.runUrl,
        since: ctx.now().toISOString(),
        app: cfg.app,
        version: cfg.version || '(rollback)',
        mode: cfg.mode,
    });
}
/** node:crypto, loaded when the connections started. */
const connect_crypto = () => process.getBuiltinModule('node:crypto');
/** Build every host's transport and start connecting the first `parallel` ones; then make the run's token. */
async function startRun(cfg, ctx) {
    const fleet = await (0,adapters_hosts/* openFleet */.xZ)(cfg, ctx.workspace);
    const clock = new Clock();
    const hosts = fleet.hosts.map((h, i) => {
        if (i >= cfg.parallel || ctx.signal?.aborted)
            return undefined;
        const at = clock.at();
        const connecting = (0,adapters_hosts/* connectHost */.Zj)(h, ctx.signal);
        connecting.catch(() => undefined);
        return { connecting, at };
    });
    const artifact = cfg.mode === 'deploy' ? checkArtifact(cfg, ctx.workspace) : undefined;
    artifact?.catch(() => undefined); // awaited by the run, before anything happens on a host
    // Dialling takes a round trip; main then loads the rest of the action, which holds the event loop: the masters
    // start first (their key exchanges overlap that loading), unless a dial takes longer than DIAL_WAIT_MS.
    const dialled = new AbortController();
    await Promise.race([Promise.all(fleet.hosts.map((h) => h.started())), (0,sleep/* sleep */.y)(DIAL_WAIT_MS, dialled.signal)]);
    dialled.abort(); // the timer goes
    const run = { ...ctx, token: connect_crypto().randomUUID() };
    return { ctx: run, fleet, clock, owner: ownerOf(cfg, run), hosts, ...(artifact ? { artifact } : {}) };
}

;// CONCATENATED MODULE: ./src/main.ts



/**
 * atomic-deploy: read inputs, start connecting to the hosts, run the deploy (or rollback, or plan), report it.
 * What follows the first connections (the run's phases, the report) is imported only once they are under way
 * (split into chunks of the bundle), so loading it overlaps the key exchanges; bad input fails before either.
 */
async function main() {
    const cfg = readInputs();
    const env = process.env;
    // The runner cancels a step with SIGINT, then SIGTERM 7.5 s later: either one stops the run where it is,
    // releases the locks and closes the SSH connections (runDeploy's own clean-up), instead of dying mid-way.
    const cancel = new AbortController();
    const onSignal = (signal) => {
        if (!cancel.signal.aborted)
            (0,runner/* warning */.$e)(`${signal}: cancelling the run (calling off what has not happened yet, releasing the locks)`);
        cancel.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const runUrl = env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID}`
        : '';
    const base = {
        who: env.GITHUB_ACTOR || env.USER || 'unknown',
        runUrl,
        ref: env.GITHUB_SHA || env.GITHUB_REF || cfg.version,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        now: () => new Date(),
        signal: cancel.signal,
    };
    const started = await startRun(cfg, base);
    const ctx = started.ctx;
    const [{ runDeploy }, { buildSummary }] = await Promise.all([__nccwpck_require__.e(/* import() */ 272).then(__nccwpck_require__.bind(__nccwpck_require__, 7272)), __nccwpck_require__.e(/* import() */ 609).then(__nccwpck_require__.bind(__nccwpck_require__, 1609))]);
    const outcome = await runDeploy(cfg, ctx, started).finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    });
    setOutputs({
        release: outcome.release,
        'previous-release': outcome.previous,
        hosts: outcome.results.map(({ plan: _plan, ...r }) => r),
        'deployment-id': outcome.deploymentId === undefined ? '' : String(outcome.deploymentId),
    });
    const title = `${cfg.dryRun ? 'Plan: ' : ''}${cfg.mode === 'rollback' ? 'Rollback' : 'Deploy'} of ${cfg.app} ${outcome.release}`;
    buildSummary({ title, outcome: outcome.text, results: outcome.results, dryRun: cfg.dryRun }).write();
    (0,runner/* info */.pq)(outcome.text);
    if (outcome.error)
        throw outcome.error;
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export quote */
/**
 * The error hierarchy every Shipline action throws. One catch, in `run()`, sorts them:
 * a {@link UserError} is something the user can fix and is reported without a stack trace;
 * anything else is an internal error whose stack appears only with RUNNER_DEBUG=1.
 */
/** A failure the user can act on. `hint` says what to do about it. */
class UserError extends Error {
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
class InputError extends UserError {
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
class RemoteError extends UserError {
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


/***/ }),

/***/ 3371:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   mi: () => (/* binding */ resolveContained)
/* harmony export */ });
/* unused harmony exports PATH_MAX, NAME_MAX, allowedRoots, checkPathText, checkFileName, realPathOf, openContained, statContained, readContained, readContainedIfExists, tempNameOf, checkWritable, writeContained */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5736);
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
    const where = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new InputError(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
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
        handle = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(input, value, 'names a file that does not exist', {
                hint: 'Check the path; relative paths start at the workspace.',
                cause: error,
            });
        if (code === 'ELOOP')
            throw new InputError(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new InputError(input, value, `is ${kindOf(st)}, not a regular file`);
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
            throw new InputError(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new InputError(input, value, `is over ${max} bytes; at most ${max} are accepted`);
        return { path: f.path, real: f.real, data };
    }
    finally {
        await f.handle.close();
    }
}
/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
async function readContainedIfExists(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const there = await lstat(c.real).then(() => true, () => false);
    return there ? (await readContained(input, value, opts)).data : undefined;
}
/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
function tempNameOf(real) {
    return join(dirname(real), `.${basename(real)}.shipline-tmp`);
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
    const target = await lstat(c.path).catch(() => undefined);
    if (target?.isSymbolicLink()) {
        throw new InputError(input, value, `is a symlink (to ${await readlink(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`);
    }
    let mode;
    const existing = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'ELOOP')
            throw new InputError(input, value, 'is a symlink; refusing to write through it', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    });
    if (existing) {
        try {
            const st = await existing.stat();
            if (!st.isFile())
                throw new InputError(input, value, `is ${kindOf(st)}; refusing to replace it with a file`);
            mode = st.mode & 0o777;
            await checkOpened(input, value, existing, roots);
            opts.replaces?.(await existing.readFile(), c.real);
        }
        finally {
            await existing.close();
        }
    }
    const tmp = tempNameOf(c.real);
    if ((await lstat(tmp).catch(() => undefined))?.isSymbolicLink())
        throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    return { ...c, ...(mode === undefined ? {} : { mode }) };
}
async function writeContained(input, value, data, opts = {}) {
    const { mode: existingMode, ...c } = await checkWritable(input, value, opts);
    const mode = existingMode ?? opts.mode ?? 0o644;
    const tmp = tempNameOf(c.real);
    const stale = await lstat(tmp).catch(() => undefined);
    if (stale?.isSymbolicLink())
        throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    if (stale?.isFile())
        await rm(tmp, { force: true }); // left by a killed run
    try {
        await writeAtomic(c.real, data, { temp: tmp, mode });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new InputError(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new InputError(input, value, `is in a directory that does not exist (${dirname(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}


/***/ }),

/***/ 9442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ splitUrlCredentials),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   Gz: () => (/* binding */ rememberSecret)
/* harmony export */ });
/* unused harmony exports MIN_REDACTED_LENGTH, secretForms, forgetSecrets, urlForLog, headerSecrets */
/**
 * The secrets this process knows, and the redactor every log line, annotation, job summary and output goes through
 * (runner.ts calls {@link redact}; actions never need to). The runner masks only what it was told with
 * `::add-mask::`, and only in the log: our own redactor also covers summaries and outputs, URL-encoded and
 * JSON-escaped forms, and credentials in any URL (`scheme://user:password@`) even when nobody registered them.
 *
 * Pure bookkeeping, no I/O: registering a secret with the runner (`::add-mask::`) is runner.ts's `setSecret`.
 */
/** Shorter values are still sent to the runner's masker, but not redacted here: `***` for every `ab` would ruin logs. */
const MIN_REDACTED_LENGTH = 4;
const forms = new Set();
let ordered = [];
/** The forms a secret can take in text we print: raw, each line of it, URL-encoded, JSON-escaped. */
function secretForms(value) {
    const out = new Set();
    const add = (v) => {
        if (v.trim().length < MIN_REDACTED_LENGTH)
            return;
        out.add(v);
        out.add(encodeURIComponent(v));
        out.add(encodeURI(v));
        out.add(JSON.stringify(v).slice(1, -1));
    };
    add(value);
    for (const line of value.split(/\r\n|\r|\n/))
        add(line.trim());
    return [...out];
}
/** Remember a secret for {@link redact}. Returns the values the runner's masker should also be given (its lines). */
function rememberSecret(value) {
    for (const f of secretForms(value))
        forms.add(f);
    // Longest first, so a secret that contains another is replaced whole.
    ordered = [...forms].sort((a, b) => b.length - a.length);
}
/** Forget every secret (tests). */
function forgetSecrets() {
    forms.clear();
    ordered = [];
}
/** `scheme://user:password@` anywhere in a text; the password part may be empty. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:'"<>]*):([^\s/?#@'"<>]*)@/gi;
/**
 * A query parameter whose name says it is a credential: the whole name, or its last `_`/`-` part, is one of these
 * (`access_token`, `X-Amz-Signature`, `api_key`, `sig`; not `author` or `keyword`).
 */
const QUERY_CREDENTIAL = /([?&;](?:[\w.-]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|key|auth|signature|sig|credential)=)[^&#;\s"'<>]+/gi;
/** A bearer credential in a header line or a dumped request (`Authorization: Bearer eyJ0.x`; not `Bearer authentication`). */
const BEARER = /\b(Bearer\s+)(?=[A-Za-z]*[0-9._~+/-])[A-Za-z0-9._~+/-]{8,}=*/gi;
/**
 * Replace every known secret with `***`, and what is a credential by its place even if nobody registered it:
 * a URL's password, a credential-named query parameter, a bearer token.
 */
function redact(text) {
    let out = text
        .replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:***@`)
        .replace(QUERY_CREDENTIAL, '$1***')
        .replace(BEARER, '$1***');
    for (const f of ordered)
        if (out.includes(f))
            out = out.split(f).join('***');
    return out;
}
/** Query parameters whose values are shown in {@link urlForLog}: the Prometheus HTTP API's, which carry no secret. */
const PLAIN_QUERY_PARAMS = new Set(['query', 'start', 'end', 'step', 'time', 'timeout']);
/**
 * A URL for a log line or an error message: {@link redact}ed, and every query value hidden except the Prometheus
 * API's own (`?query=up&apitoken=***`). A token in a parameter with an unusual name is never printed.
 */
function urlForLog(url) {
    const q = url.indexOf('?');
    if (q < 0)
        return redact(url);
    const [query = '', fragment] = url.slice(q + 1).split('#', 2);
    const params = query
        .split('&')
        .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const name = pair.slice(0, eq);
        return PLAIN_QUERY_PARAMS.has(name) ? pair : `${name}=***`;
    })
        .join('&');
    return redact(`${url.slice(0, q)}?${params}${fragment === undefined ? '' : `#${fragment}`}`);
}
/**
 * A URL's credentials moved into a Basic `authorization` header (fetch refuses a URL with `user:pw@`); the URL is
 * returned without them. A URL without credentials, or one that does not parse, comes back as is.
 */
function splitUrlCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url };
    }
    if (!parsed.username && !parsed.password)
        return { url };
    const authorization = `Basic ${Buffer.from(`${safeDecode(parsed.username)}:${safeDecode(parsed.password)}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), authorization };
}
/** The secrets a URL carries: its password (raw and decoded) and the Basic header made from it. */
function urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    if (!parsed.password)
        return [];
    const decoded = safeDecode(parsed.password);
    const basic = splitUrlCredentials(url).authorization;
    return [...new Set([parsed.password, decoded, ...headerSecrets(basic)])];
}
/** The secrets an HTTP header value carries: the whole value and, after a scheme (`Bearer xyz`), the credential alone. */
function headerSecrets(value) {
    const v = value.trim();
    if (v === '')
        return [];
    const m = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(v);
    return m?.[1] ? [v, m[1]] : [v];
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export report */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5081);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5736);
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
        const text = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
        if (error.file) {
            // setFailed takes no annotation properties: same effect, with the file and line attached.
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(text, { title: 'Shipline', file: error.file, ...(error.line ? { startLine: error.line } : {}) });
        }
        else {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(text);
        }
        if (debug && error.stack)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(error.stack);
    }
    else {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Internal error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}${debug ? '' : ' (re-run with debug logging for the stack trace)'}`);
        if (debug && error instanceof Error && error.stack)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(error.stack);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 5081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Q1: () => (/* binding */ setUrlSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, neutralise, safeLog, LogStream, notice, isDebug, setHeaderSecret, heredocDelimiter, OUTPUT_LIMIT_BYTES, truncateUtf8, saveState, getState, exportVariable, SUMMARY_LIMIT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9442);
/**
 * The runner protocol, written directly: inputs from INPUT_* env, outputs/state/env through the runner's file
 * commands, annotations and groups as workflow commands on stdout, and the step summary file.
 *
 * Why not @actions/core: it loads @actions/http-client, undici and @actions/exec at import time (for OIDC and
 * platform details), which made a bundle's cold start 5x a bare `node -e 0` (measured: 50 ms vs 10 ms, 68 MB RSS).
 * These few functions are the whole contract an action needs on every run; they follow the toolkit's escaping
 * and heredoc rules exactly, so the runner parses them the same way.
 *
 * Hostile text: this is the one path to the log, and every function here treats its text as untrusted. Secrets
 * (registered with {@link setSecret}, and credentials in any URL) are redacted from log lines, annotations, group
 * titles, the job summary and outputs; every log line that the runner could read as a command is made inert
 * ({@link neutralise}), including the output of child processes streamed with {@link LogStream}.
 */




/** node:crypto, loaded on first use: loading it costs some 6 ms of CPU, and a run that sets no output never needs it. */
const crypto = () => process.getBuiltinModule('node:crypto');
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
/**
 * Write a workflow command (`::name key=value::message`) to stdout. Message and properties are redacted, then
 * escaped (`%`, CR, LF; and `:` `,` in properties): the line cannot end early, so nothing in it starts a command.
 */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(String(v)))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(message))}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/**
 * Make text safe to print as log lines. The runner reads a line as a command when, after leading white space, it
 * starts with `::` (ActionCommand.TryParseV2), or when it holds `##[name ...]` anywhere (TryParse); lines end at
 * LF, CR LF or a bare CR. So: split where the runner splits, put a `\` before a leading `::`, and turn every
 * `##[` into `##[\` (the runner's own escape for its `##[start-action` markers). Plain text is left unchanged.
 */
function neutralise(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^([\s\u0085]*)::/, '$1\\::').replace(/##\[/g, '##[\\'))
        .join(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/** Text as it may reach the log: secrets redacted, command lines made inert. */
function safeLog(text) {
    return neutralise((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text));
}
/**
 * A log sink for a child process's output: chunks are cut into lines where the runner cuts them (a line, or a CR LF
 * pair, may be split across chunks) and each line goes to stdout through {@link safeLog}. Call `end()` at exit.
 */
class LogStream {
    pending = '';
    decoder = new TextDecoder();
    write(chunk) {
        this.pending += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
        const keep = this.pending.endsWith('\r') ? 1 : 0;
        const body = this.pending.slice(0, this.pending.length - keep);
        const last = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'));
        if (last < 0)
            return;
        process.stdout.write(safeLog(body.slice(0, last).replace(/\r$/, '')) + EOL);
        this.pending = this.pending.slice(last + 1);
    }
    end() {
        const rest = (this.pending + this.decoder.decode()).replace(/\r$/, '');
        this.pending = '';
        if (rest !== '')
            process.stdout.write(safeLog(rest) + EOL);
    }
}
function annotation(kind, message, props = {}) {
    const mapped = {};
    for (const [k, v] of Object.entries(props))
        mapped[PROPERTY_KEYS[k]] = v;
    issueCommand(kind, mapped, message);
}
const error = (message, props) => annotation('error', message, props);
const warning = (message, props) => annotation('warning', message, props);
const notice = (message, props) => annotation('notice', message, props);
/** A plain log line (or several): redacted and made inert, so untrusted text can be passed as is. */
function info(message) {
    process.stdout.write(safeLog(message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
/** Mark the step failed: an error annotation and exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Mask a value in every later log line: the runner's masker gets the value and each of its lines, and our own
 * redactor (log, summary, outputs) also its URL-encoded and JSON-escaped forms. Blank values are ignored.
 */
function setSecret(secret) {
    if (secret.trim() === '')
        return;
    (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberSecret */ .Gz)(secret);
    // The runner's AddMaskCommandExtension also masks each line of a multi-line value.
    issueCommand('add-mask', {}, secret);
}
/** Mask an HTTP header value whole and without its scheme (`Bearer xyz` masks `Bearer xyz` and `xyz`). */
function setHeaderSecret(value) {
    for (const v of headerSecrets(value))
        setSecret(v);
}
/** Mask the password of a URL (`https://user:pw@host`), raw and decoded. Returns the URL as it may be printed. */
function setUrlSecret(url) {
    for (const v of (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .urlSecrets */ .Fn)(url))
        setSecret(v);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(url);
}
/** A heredoc delimiter that does not occur in the key or the value (regenerated in the unlikely event it does). */
function heredocDelimiter(key, value) {
    for (;;) {
        const delimiter = `ghadelimiter_${crypto().randomUUID()}`;
        if (!key.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
function fileCommand(envName, key, value) {
    const file = process.env[envName];
    if (!file)
        return false;
    const delimiter = heredocDelimiter(key, value);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, 'utf8');
    return true;
}
/** GitHub's documented limit for one output ("can be a maximum of 1 MB"). */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;
/** The first `max` bytes of `text` in UTF-8, never cutting a character in two. */
function truncateUtf8(text, max) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= max)
        return text;
    let end = max;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}
/**
 * Set an output. Secrets are redacted (the runner would drop a job output holding one). A value over
 * {@link OUTPUT_LIMIT_BYTES} is cut to the limit, and the whole text goes to a file under RUNNER_TEMP that a
 * warning names. Returns that file, if any.
 */
function setOutput(name, value) {
    const clean = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(value);
    if (clean !== value)
        warning(`Output '${name}' contained a secret; it was replaced by ***.`);
    let written = clean;
    let full;
    if (Buffer.byteLength(clean, 'utf8') > OUTPUT_LIMIT_BYTES) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipline-outputs');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name.replace(/[^\w.-]/g, '_')}-${crypto().randomBytes(4).toString('hex')}.txt`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full, clean, 'utf8');
        const note = `\n[truncated: the full ${Buffer.byteLength(clean, 'utf8')} bytes are in ${full}]`;
        written = truncateUtf8(clean, OUTPUT_LIMIT_BYTES - Buffer.byteLength(note, 'utf8')) + note;
        warning(`Output '${name}' is over GitHub's 1 MB limit for an output: it was truncated; the full text is in ${full}.`);
    }
    if (!fileCommand('GITHUB_OUTPUT', name, written)) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        issueCommand('set-output', { name }, written);
    }
    return full;
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
/** The runner refuses to upload a step summary over 1 MiB (`$GITHUB_STEP_SUMMARY upload aborted`). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * Append markdown to the job summary (secrets redacted); a no-op outside a runner. Untrusted text can be long: what
 * would take the file over {@link SUMMARY_LIMIT_BYTES} is cut, with a note, so the runner still shows the summary.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(markdown);
    const have = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
    if (have + Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, text, 'utf8');
    const note = '\n\n> ⚠️ The rest of this summary was cut: GitHub shows at most 1 MiB per step. The log has the details.\n';
    const room = SUMMARY_LIMIT_BYTES - have - Buffer.byteLength(note, 'utf8');
    if (room > 0)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, truncateUtf8(text, room) + note, 'utf8');
    warning(`The job summary was cut at GitHub's 1 MiB limit for a step summary.`);
}


/***/ }),

/***/ 5240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
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
