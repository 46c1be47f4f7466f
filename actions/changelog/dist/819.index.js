export const id = 819;
export const ids = [819];
export const modules = {

/***/ 8819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tryPulls: () => (/* binding */ tryPulls)
});

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/github.ts
var github = __webpack_require__(8644);
// EXTERNAL MODULE: ../../packages/core/src/github-call.ts
var github_call = __webpack_require__(9729);
;// CONCATENATED MODULE: ./src/adapters/issues.ts
/**
 * Labels of the issues the range's pull requests close, with a bounded number of API calls: page through the
 * repository's issues updated since the range began (an issue a PR closed in the range was updated then), most
 * recent first, until every wanted issue is found. Never one call per issue.
 */

const HINTS = {
    403: "The token needs 'issues: read' to read the labels of closed issues (add it under the job's permissions), or use source: commits.",
};
async function issueLabels(client, owner, repo, wanted, since, maxPages = 5) {
    const labels = new Map();
    let calls = 0;
    if (!wanted.size)
        return { labels, calls };
    for (let page = 1; page <= maxPages && labels.size < wanted.size; page++) {
        const { data } = await (0,github_call/* callGitHub */.ur)(`List the issues of ${owner}/${repo}`, () => client.rest.issues.listForRepo({
            owner,
            repo,
            state: 'all',
            since: since.toISOString(),
            sort: 'updated',
            direction: 'desc',
            per_page: 100,
            page,
        }), { hints: HINTS });
        calls++;
        for (const i of data) {
            if (i.pull_request || !wanted.has(i.number))
                continue;
            labels.set(i.number, i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean));
        }
        if (data.length < 100)
            break;
    }
    return { labels, calls };
}

;// CONCATENATED MODULE: ./src/domain/closing.ts
/**
 * Issues a pull request closes, by GitHub's closing keywords (close/closes/closed, fix/fixes/fixed,
 * resolve/resolves/resolved, optionally followed by a colon) and one reference each: `#12`, `owner/repo#12` or an
 * issue URL; references to other repositories are ignored. Like GitHub, `Closes #1, #2` closes only #1. Pure.
 */
const KEYWORD = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?[ \t]+(?:([\w.-]+\/[\w.-]+)?#(\d+)|https?:\/\/[^\s/]+\/([\w.-]+\/[\w.-]+)\/issues\/(\d+))\b/gi;
function closingIssues(text, repository) {
    if (!text)
        return [];
    const here = repository?.toLowerCase();
    const found = new Set();
    for (const m of text.replace(/<!--[\s\S]*?-->/g, '').matchAll(KEYWORD)) {
        const repo = (m[1] ?? m[3])?.toLowerCase();
        if (repo && repo !== here)
            continue;
        const n = Number(m[2] ?? m[4]);
        if (Number.isSafeInteger(n) && n > 0)
            found.add(n);
    }
    return [...found];
}
/** Labels for each PR from the issues it closes, merged into its own (deduplicated, case-insensitively). */
function withIssueLabels(pull, issueLabels) {
    const extra = [];
    const seen = new Set(pull.labels.map((l) => l.toLowerCase()));
    for (const n of pull.closes ?? []) {
        for (const l of issueLabels.get(n) ?? []) {
            if (seen.has(l.toLowerCase()))
                continue;
            seen.add(l.toLowerCase());
            extra.push(l);
        }
    }
    return extra.length ? { ...pull, labels: [...pull.labels, ...extra], issueLabels: extra } : pull;
}

;// CONCATENATED MODULE: ./src/adapters/pulls.ts
/**
 * Find the pull requests merged in a range with a bounded number of API calls: page through closed PRs, most
 * recently updated first, and stop once a page reaches PRs last updated before the range's oldest commit (a PR
 * merged in the range was updated at or after its merge). A PR is matched to a commit by its merge commit sha
 * (merge and squash merges) or by the `(#N)` / `Merge pull request #N` number in the commit. Never one call per
 * commit.
 */


/** What a failed read means for the changelog's token. */
const pulls_HINTS = {
    403: "The token needs 'pull-requests: read' to read PR labels (add it under the job's permissions), or use source: commits.",
    404: "Check the repository, and that the token can see it ('pull-requests: read'), or use source: commits.",
};
/** A day of slack for clock skew between a commit's date and the PR's timestamps. */
const SLACK_MS = 24 * 3600 * 1000;
/** Match merged PRs to the range's commits. */
async function findPulls(client, commits, opts) {
    const pulls = new Map();
    if (commits.length === 0)
        return { pulls, calls: 0, truncated: false };
    const bySha = new Set(commits.map((c) => c.sha));
    const byNumber = new Map();
    let oldest = Number.POSITIVE_INFINITY;
    for (const c of commits) {
        if (c.pr !== undefined && !byNumber.has(c.pr))
            byNumber.set(c.pr, c.sha);
        const t = Date.parse(c.date);
        if (t < oldest)
            oldest = t;
    }
    const stopBefore = oldest - SLACK_MS;
    const maxPages = opts.maxPages ?? 10;
    let calls = 0;
    for (let page = 1; page <= maxPages; page++) {
        const { data } = await (0,github_call/* callGitHub */.ur)(`List the pull requests of ${opts.owner}/${opts.repo}`, () => client.rest.pulls.list({
            owner: opts.owner,
            repo: opts.repo,
            state: 'closed',
            sort: 'updated',
            direction: 'desc',
            per_page: 100,
            page,
        }), { hints: pulls_HINTS });
        calls++;
        for (const pr of data) {
            if (!pr.merged_at)
                continue;
            const sha = pr.merge_commit_sha && bySha.has(pr.merge_commit_sha) ? pr.merge_commit_sha : byNumber.get(pr.number);
            if (!sha || pulls.has(sha))
                continue;
            pulls.set(sha, {
                number: pr.number,
                title: pr.title,
                labels: pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
                ...(pr.user?.login ? { author: pr.user.login } : {}),
                url: pr.html_url,
                closes: closingIssues(pr.body, `${opts.owner}/${opts.repo}`),
            });
        }
        const last = data[data.length - 1];
        if (data.length < 100 || !last || Date.parse(last.updated_at) < stopBefore)
            return { pulls, calls, truncated: false };
    }
    return { pulls, calls, truncated: true };
}

;// CONCATENATED MODULE: ./src/pull-requests.ts
/**
 * Pull requests for a run's commits (`source: labels` or `both`): matched to the commits, with the labels of the
 * issues they close. Loaded only when a run reads pull requests.
 */




/** Pull requests for the commits; with `both` (the default when a token exists) a failure is only a warning. */
async function tryPulls(o, engine, count) {
    try {
        return await addPulls(o, engine, count);
    }
    catch (e) {
        // With `both` the commits alone still make a complete changelog.
        if (o.source === 'labels')
            throw e;
        o.log.warning(`Could not read pull requests (${(0,errors/* messageOf */.bD)(e)}); describing the commits from their messages only.`);
        return 0;
    }
}
async function addPulls(o, engine, count) {
    const [owner = '', repo = ''] = (o.repository ?? '').split('/');
    // Failed requests are reported once, by this action (retried ones are not errors): octokit's own lines go to the log.
    const quiet = () => undefined;
    const log = { debug: quiet, info: quiet, warn: (m) => o.log.warning(m), error: (m) => o.log.info(m) };
    const client = await (0,github/* createGitHubClient */.LX)({ token: o.token ?? '', action: 'changelog', log });
    const commits = engine.parsed();
    const found = await findPulls(client, commits, { owner, repo });
    const closed = await closedIssueLabels(o, client, commits, found.pulls);
    engine.attachPulls(found.pulls);
    o.log.info(`Matched ${found.pulls.size} pull requests to ${count} commits with ${found.calls} API calls`);
    if (found.truncated)
        o.log.warning(`Stopped listing pull requests after ${found.calls} pages; older PRs in the range are described from their commits only.`);
    return found.calls + closed;
}
/**
 * Labels of the issues each PR closes (its body's closing keywords, and its commits' `Closes #N` footers) are added
 * to the PR's own; returns the API calls made (none when no PR closes an issue).
 */
async function closedIssueLabels(o, client, commits, pulls) {
    for (const c of commits) {
        const p = pulls.get(c.sha);
        if (p && c.issues.length)
            p.closes = [...new Set([...(p.closes ?? []), ...c.issues])];
    }
    const wanted = new Set([...pulls.values()].flatMap((p) => p.closes ?? []));
    if (!wanted.size)
        return 0;
    const [owner = '', repo = ''] = (o.repository ?? '').split('/');
    // A loop, not Math.min(...dates): spreading a long history's dates would overflow the call stack.
    let oldest = Number.POSITIVE_INFINITY;
    for (const c of commits) {
        const t = Date.parse(c.date);
        if (t < oldest)
            oldest = t;
    }
    const { labels, calls } = await issueLabels(client, owner, repo, wanted, new Date(oldest - 24 * 3600 * 1000));
    for (const [sha, p] of pulls)
        pulls.set(sha, withIssueLabels(p, labels));
    o.log.info(`Read the labels of ${labels.size} of ${wanted.size} closed issue(s) with ${calls} API call(s)`);
    return calls;
}


/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ toRemoteError),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
/* unused harmony exports GITHUB_HINTS, statusOf */
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
/* harmony export */   LX: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports SUITE_VERSION, apiBaseUrl, currentRepo, isLoopbackUrl */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(149);
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
        throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
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


/***/ })

};
