import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(934);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5342);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/index.ts + 14 modules
var src = __nccwpck_require__(934);
;// CONCATENATED MODULE: ./src/config.ts
/** The action's inputs, read and checked for form (not yet for content: see local.ts). */

const TAG = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)(?!.*@\{)[^\s~^:?*[\\\p{Cc}]+$/u;
async function readArtifacts() {
    if (!(0,src/* getInput */.V4)('artifacts').startsWith('['))
        return { globs: (0,src/* readGlobList */.N$)('artifacts') };
    const list = (await (0,src/* readObject */.Ag)('artifacts', { array: true, example: '[{"path":"dist/app.tgz","sha256":"…"}]' })) ?? [];
    const entries = list.map((item, i) => {
        const e = item;
        if (!e || typeof e !== 'object' || typeof e.path !== 'string' || e.path === '') {
            throw new src/* InputError */.dz('artifacts', JSON.stringify(item) ?? String(item), `(item ${i + 1}) has no "path"; each item needs {"path": …} and may carry "sha256" and "size"`);
        }
        if (e.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(String(e.sha256)))
            throw new src/* InputError */.dz('artifacts', String(e.sha256), `(item ${i + 1}) "sha256" is not 64 hex digits`);
        return { path: e.path, sha256: e.sha256?.toLowerCase(), size: typeof e.size === 'number' ? e.size : undefined, name: e.name, kind: e.kind };
    });
    return { entries };
}
/** Read every input; errors name the input, the value and what is accepted. */
async function readConfig() {
    const token = (0,src/* readString */.E3)('token') ?? '';
    const npmToken = (0,src/* readString */.E3)('npm-token');
    (0,src/* maskSecret */.$l)(token);
    (0,src/* maskSecret */.$l)(npmToken);
    const prerelease = (0,src/* readBoolean */.Vf)('prerelease', false);
    const notes = (0,src/* readString */.E3)('notes');
    const notesFile = (0,src/* readString */.E3)('notes-file');
    if (notes !== undefined && notesFile !== undefined)
        throw new src/* InputError */.dz('notes-file', notesFile, "cannot be combined with 'notes'; give one of them");
    const registry = (0,src/* readString */.E3)('registry', { fallback: 'https://registry.npmjs.org/' });
    if (!/^https?:\/\/[^\s]+$/.test(registry))
        throw new src/* InputError */.dz('registry', registry, 'is not an http(s) URL (e.g. https://registry.npmjs.org/)');
    return {
        token,
        repository: (0,src/* requireString */.VW)('repository', { pattern: /^[\w.-]+\/[\w.-]+$/, accepted: "is not 'owner/repo'" }),
        tag: (0,src/* requireString */.VW)('tag', { pattern: TAG, accepted: "is not a valid git tag name (e.g. 'v1.2.3')" }),
        version: (0,src/* readString */.E3)('version'),
        name: (0,src/* readString */.E3)('name'),
        notes,
        notesFile,
        artifacts: await readArtifacts(),
        checksums: (0,src/* readString */.E3)('checksums'),
        draft: (0,src/* readBoolean */.Vf)('draft', false),
        prerelease,
        makeLatest: (0,src/* readEnum */.ai)('make-latest', ['true', 'false', 'legacy'], prerelease ? 'false' : 'true'),
        target: (0,src/* readString */.E3)('target'),
        overwrite: (0,src/* readBoolean */.Vf)('overwrite', false),
        dryRun: (0,src/* readBoolean */.Vf)('dry-run', false),
        npmPackage: (0,src/* readString */.E3)('npm-package'),
        registry,
        npmToken,
        distTag: (0,src/* readString */.E3)('dist-tag', { fallback: 'latest', pattern: /^[A-Za-z][\w.-]*$/, accepted: "is not a dist-tag name (letters, digits, '.', '-', '_'; not a version)" }),
        access: (0,src/* readEnum */.ai)('access', ['public', 'restricted']),
        provenance: (0,src/* readBoolean */.Vf)('provenance', false),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/domain/checksums.ts
/** SHA256SUMS (coreutils format), sha256/sha512 digests and npm's SRI integrity strings. */
/**
 * Parse a coreutils `sha256sum` file: `<64 hex><two spaces or space-star><file>` per line. Returns entries and the
 * line numbers (1-based) of lines that are neither blank nor valid.
 */
function parseSha256Sums(text) {
    const entries = [];
    const bad = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const m = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m?.[1] || !m[2]) {
            bad.push(i + 1);
            return;
        }
        entries.push({ sha256: m[1].toLowerCase(), file: m[2] });
    });
    return { entries, bad };
}
/** Find the expected sha256 of a file by its path, or by its base name when the sums file lists base names. */
function expectedSha256(entries, path) {
    const norm = (p) => p.replace(/\\/g, '/').replace(/^\.\//, '');
    const want = norm(path);
    const base = want.split('/').pop() ?? want;
    return (entries.find((e) => norm(e.file) === want) ?? entries.find((e) => (norm(e.file).split('/').pop() ?? '') === base))?.sha256;
}
/** GitHub's `digest: "sha256:<hex>"` → hex; undefined for other algorithms or a missing digest. */
function sha256OfDigest(digest) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return m?.[1]?.toLowerCase();
}
/** The sha512 part of an SRI string (`sha512-<base64>`, possibly one of several space-separated hashes). */
function sha512OfIntegrity(integrity) {
    return integrity
        ?.split(/\s+/)
        .find((h) => h.startsWith('sha512-'))
        ?.slice('sha512-'.length);
}
/** True when two SRI strings name the same sha512 (the only algorithm npm writes today). */
function sameIntegrity(a, b) {
    const x = sha512OfIntegrity(a);
    return x !== undefined && x === sha512OfIntegrity(b);
}
/**
 * The name GitHub gives an uploaded file: characters other than letters, digits, `.`, `-`, `_`, `+` and `@` become `.`
 * (so `my app.zip` is stored as `my.app.zip`). We name assets that way up front, so names compare exactly.
 */
function githubAssetName(fileName) {
    return fileName.replace(/[^A-Za-z0-9._+@-]/g, '.');
}

;// CONCATENATED MODULE: ./src/domain/version.ts
/** Tag ↔ version agreement, by semver. */

const SEMVER_AT_END = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
/** The semver a tag carries at its end: `v1.2.3` → `1.2.3`, `pkg@1.2.3-rc.1` → `1.2.3-rc.1`; undefined if none. */
function versionOfTag(tag) {
    const m = SEMVER_AT_END.exec(tag);
    return m?.[1] && (0,src/* validSemver */.Z8)(m[1]) ? m[1] : undefined;
}
/**
 * The release version: the `version` input when given (it must be valid semver and equal the tag's version),
 * else the version the tag carries. Throws an InputError naming the input otherwise.
 */
function agreeTagVersion(tag, version) {
    const fromTag = versionOfTag(tag);
    if (version === undefined) {
        if (!fromTag)
            throw new src/* InputError */.dz('tag', tag, "carries no semver version (e.g. 'v1.2.3'); set the 'version' input");
        return fromTag;
    }
    const clean = (0,src/* validSemver */.Z8)(version);
    if (!clean)
        throw new src/* InputError */.dz('version', version, "is not a semver version (e.g. '1.2.3' or '2.0.0-rc.1')");
    if (fromTag && (0,src/* compareSemver */.mU)(fromTag, clean) !== 0) {
        throw new src/* InputError */.dz('version', version, `does not match the tag '${tag}' (which says ${fromTag})`);
    }
    return clean;
}
/** The package version must be the release version. */
function agreePackageVersion(pkgName, pkgVersion, version) {
    const v = (0,src/* validSemver */.Z8)(pkgVersion);
    if (!v)
        return `npm package ${pkgName} has version '${pkgVersion}', which is not semver`;
    if ((0,src/* compareSemver */.mU)(v, version) !== 0)
        return `npm package ${pkgName} has version ${pkgVersion}, but the release is ${version}`;
    return undefined;
}
/** True when dist-tag `current` should move to `version`: absent, or pointing at a lower version. */
function shouldMoveDistTag(current, version) {
    if (!current || !(0,src/* validSemver */.Z8)(current))
        return true;
    return (0,src/* compareSemver */.mU)(current, version) < 0;
}
/** npm supports `--provenance` from 9.5.0 on. */
function npmSupportsProvenance(npmVersion) {
    const v = (0,src/* coerceSemver */.IN)(npmVersion);
    return v !== undefined && (0,src/* compareSemver */.mU)(v, '9.5.0') >= 0;
}

;// CONCATENATED MODULE: ./src/domain/ledger.ts
const OPEN = '<!-- shipline-release-ledger ';
const CLOSE = ' -->';
/** The ledger for a desired release. */
function ledgerOf(desired) {
    const ledger = {
        schema: 1,
        tag: desired.tag,
        version: desired.version,
        assets: desired.assets.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
    };
    if (desired.npm)
        ledger.npm = { name: desired.npm.pkg.name, version: desired.npm.pkg.version, integrity: desired.npm.pkg.integrity };
    return ledger;
}
/** GitHub refuses release bodies longer than this. */
const MAX_BODY = 125_000;
/**
 * The draft body: the notes, then the ledger comment (JSON with `<`, `>` escaped so it cannot close the comment).
 * When the asset list would not fit, it is left out (the assets are still compared by bytes on GitHub itself).
 */
function bodyWithLedger(notes, ledger) {
    const render = (l) => `${notes.replace(/\s+$/, '')}\n\n${OPEN}${JSON.stringify(l).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}${CLOSE}\n`;
    const full = render(ledger);
    return full.length <= MAX_BODY ? full : render({ ...ledger, assets: [], assetsOmitted: true });
}
/** The ledger in a release body, or undefined when there is none or it cannot be read. */
function parseLedger(body) {
    const start = body?.lastIndexOf(OPEN) ?? -1;
    if (!body || start < 0)
        return undefined;
    const end = body.indexOf(CLOSE, start + OPEN.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(start + OPEN.length, end));
        return value && value.schema === 1 && Array.isArray(value.assets) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when two ledgers describe the same release content. */
function sameLedger(a, b) {
    return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/files.ts
/** Local files: expanding artifact globs, streamed hashing, notes and checksum files, the tarball's package.json. */





/**
 * sha256 (hex) and sha512 (base64) of a file, read through one reused 256 KiB buffer: no garbage per chunk, so
 * memory stays flat however big the file is (a read stream would allocate the file's size in chunks for the GC).
 */
async function hashFile(path) {
    const a = (0,external_node_crypto_.createHash)('sha256');
    const b = (0,external_node_crypto_.createHash)('sha512');
    const buffer = Buffer.allocUnsafe(1 << 18);
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    let size = 0;
    try {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            const view = buffer.subarray(0, bytesRead);
            a.update(view);
            b.update(view);
            size += bytesRead;
        }
    }
    finally {
        await file.close();
    }
    return { size, sha256: a.digest('hex'), sha512: b.digest('base64') };
}
/** The roots file inputs may point into: the workspace and RUNNER_TEMP. */
function inputRoots(workspace, env = process.env) {
    return (0,src/* allowedRoots */.Mb)({ ...env, GITHUB_WORKSPACE: workspace });
}
/**
 * A regular file named by an input, contained in the roots by its real path (a committed link to
 * `/proc/self/environ` is refused): its given and real paths and its size. Later opens use `real`.
 */
async function containedFile(input, value, roots) {
    const f = await (0,src/* openContained */.c)(input, value, { roots });
    await f.handle.close();
    return { path: f.path, real: f.real, size: f.size };
}
/** Files matched by globs (relative to the workspace), sorted, duplicates removed; `!pattern` excludes. */
async function expandGlobs(workspace, globs) {
    const include = globs.filter((g) => !g.startsWith('!'));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const found = new Set();
    for (const pattern of include) {
        let matched = 0;
        for await (const entry of (0,promises_.glob)(pattern, { cwd: workspace, exclude, withFileTypes: true })) {
            // Links are kept: containment and the file type are checked on their real path (containedFile).
            if (!entry.isFile() && !entry.isSymbolicLink())
                continue;
            found.add((0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(entry.parentPath, entry.name)));
            matched++;
            if (found.size > 1000)
                throw new src/* InputError */.dz('artifacts', pattern, 'matches more than 1000 files; a release takes at most 1000 assets');
        }
        if (matched === 0)
            throw new src/* InputError */.dz('artifacts', pattern, 'matches no file', { hint: `Paths are relative to the workspace (${workspace}).` });
    }
    return [...found].sort();
}
/** Read a text file named by an input (contained in the roots by its real path), bounded to `max` bytes. */
async function readTextInput(input, value, roots, max = 1 << 20) {
    return (await (0,src/* readContained */.gu)(input, value, { roots, max })).data.toString('utf8');
}
/** `package/package.json` from an npm tarball, streamed through tar (the rest of the archive is skipped). */
async function packageJsonOfTarball(path) {
    const { t } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 1549));
    const chunks = [];
    let found = false;
    await t({
        file: path,
        filter: (p) => p === 'package/package.json' || /^[^/]+\/package\.json$/.test(p),
        onReadEntry: (entry) => {
            if (found)
                return entry.resume();
            found = true;
            entry.on('data', (c) => chunks.push(c));
        },
    }).catch((error) => {
        throw new src/* UserError */.yo(`npm-package '${path}' is not a readable npm tarball: ${error.message}`);
    });
    if (!found)
        throw new src/* UserError */.yo(`npm-package '${path}' has no package/package.json; is it a tarball from 'npm pack'?`);
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new src/* UserError */.yo(`npm-package '${path}': package/package.json is not valid JSON`);
    }
}
/** The real path an input names (contained in the roots; the file need not exist). */
async function resolveInput(input, value, roots) {
    return (await (0,src/* resolveContained */.mi)(input, value, { roots })).real;
}

;// CONCATENATED MODULE: ./src/local.ts
/** Step 1, verify: every artifact exists and matches its checksums, the npm tarball's version agrees with the tag. */






async function checksumEntries(config, roots) {
    if (!config.checksums)
        return undefined;
    const { entries, bad } = parseSha256Sums(await readTextInput('checksums', config.checksums, roots));
    if (bad.length)
        throw new src/* UserError */.yo(`checksums file '${config.checksums}' has lines that are not '<sha256>  <file>' (line ${bad.join(', ')})`, { file: config.checksums, line: bad[0] });
    return entries;
}
async function hashAssets(config, workspace, roots, problems) {
    const sums = await checksumEntries(config, roots);
    const entries = 'globs' in config.artifacts ? (await expandGlobs(workspace, config.artifacts.globs)).map((path) => ({ path })) : config.artifacts.entries;
    const assets = [];
    for (const e of entries) {
        // Hash and later upload the real path; the asset is named after the path as given.
        const { path: given, real: path } = await containedFile('artifacts', e.path, roots);
        const { size, sha256 } = await hashFile(path);
        const name = githubAssetName((0,external_node_path_.basename)(given));
        if (e.size !== undefined && e.size !== size)
            problems.push(`${e.path}: ${size} bytes, but the artifacts list says ${e.size}`);
        if (e.sha256 && e.sha256 !== sha256)
            problems.push(`${e.path}: sha256 is ${sha256}, but the artifacts list says ${e.sha256}`);
        const isSumsFile = config.checksums !== undefined && path === (await resolveInput('checksums', config.checksums, roots));
        if (sums && !isSumsFile) {
            const want = expectedSha256(sums, e.path);
            if (!want)
                problems.push(`${e.path} is not listed in ${config.checksums}`);
            else if (want !== sha256)
                problems.push(`${e.path}: sha256 is ${sha256}, but ${config.checksums} says ${want}`);
        }
        if (assets.some((a) => a.name === name))
            throw new src/* InputError */.dz('artifacts', e.path, `has the same asset name as another artifact (${name}); asset names must be unique`);
        assets.push({ name, path, size, sha256 });
        (0,src/* info */.pq)(`${name}: ${size} bytes, sha256 ${sha256}`);
    }
    return assets;
}
/** `npm-package: from-artifacts` → the one item of kind `npm` in build-package's artifacts list. */
function tarballOf(config) {
    if (config.npmPackage !== 'from-artifacts')
        return config.npmPackage;
    const npm = 'entries' in config.artifacts ? config.artifacts.entries.filter((e) => e.kind === 'npm') : [];
    if (npm.length !== 1 || !npm[0]) {
        throw new src/* InputError */.dz('npm-package', 'from-artifacts', `needs exactly one item of kind "npm" in the JSON 'artifacts' input; found ${npm.length}`);
    }
    return npm[0].path;
}
async function readPackage(config, roots, version, problems) {
    const tarball = tarballOf(config);
    if (!tarball)
        return undefined;
    const { real: path } = await containedFile('npm-package', tarball, roots);
    const manifest = await packageJsonOfTarball(path);
    const { size, sha512 } = await hashFile(path);
    const name = typeof manifest.name === 'string' ? manifest.name : '';
    const pkgVersion = typeof manifest.version === 'string' ? manifest.version : '';
    if (!name)
        throw new src/* InputError */.dz('npm-package', tarball, 'has a package.json without a name');
    const mismatch = agreePackageVersion(name, pkgVersion, version);
    if (mismatch)
        problems.push(`${mismatch} (tag ${config.tag})`);
    const repo = manifest.repository;
    const repositoryUrl = typeof repo === 'string' ? repo : typeof repo?.url === 'string' ? repo.url : undefined;
    (0,src/* info */.pq)(`${name}@${pkgVersion}: ${size} bytes, integrity sha512-${sha512}`);
    return { name, version: pkgVersion, integrity: `sha512-${sha512}`, path, size, repositoryUrl };
}
/** Verify the inputs against the files and build the desired release. Throws (listing every problem) before any change. */
async function verifyLocal(config, workspace) {
    const roots = inputRoots(workspace);
    const version = agreeTagVersion(config.tag, config.version);
    const notes = config.notesFile ? await readTextInput('notes-file', config.notesFile, roots) : (config.notes ?? '');
    if (notes.length > MAX_BODY - 20_000) {
        const input = config.notesFile ? 'notes-file' : 'notes';
        throw new src/* InputError */.dz(input, config.notesFile ?? `${notes.slice(0, 40)}…`, `holds ${notes.length} characters; release notes can be at most ${MAX_BODY - 20_000} (GitHub caps a release body at ${MAX_BODY})`);
    }
    const problems = [];
    const assets = await hashAssets(config, workspace, roots, problems);
    const pkg = await readPackage(config, roots, version, problems);
    if (problems.length) {
        throw new src/* UserError */.yo(`Verification failed, nothing was published:\n- ${problems.join('\n- ')}`, { hint: 'Rebuild the artifacts or fix the inputs, then re-run.' });
    }
    return {
        repository: config.repository, tag: config.tag, version, name: config.name ?? config.tag, notes, draft: config.draft,
        prerelease: config.prerelease, makeLatest: config.makeLatest, target: config.target, overwrite: config.overwrite, assets,
        npm: pkg ? { pkg, distTag: config.distTag, access: config.access, provenance: config.provenance, registry: config.registry } : undefined,
    };
}

;// CONCATENATED MODULE: ./src/domain/plan.ts
/**
 * The plan: given verified inputs (desired) and what GitHub and the registry hold (observed), the list of steps
 * that brings the release to its end state, as data. Conflicts that would make us change or publish something
 * other than the user's bytes are collected first, so the run stops before its first write.
 */



const WRITES = new Set(['create-draft', 'write-ledger', 'delete-draft', 'delete-asset', 'upload-asset', 'npm-publish', 'npm-dist-tag', 'publish-release']);
/** True when a step changes something remote. */
function isWrite(step) {
    return WRITES.has(step.kind);
}
function plan_short(hex) {
    return hex ? hex.slice(0, 12) : 'unknown';
}
function differs(a, r) {
    if (r.size !== a.size)
        return `size ${r.size} on GitHub, ${a.size} here`;
    if (r.sha256 !== a.sha256)
        return `sha256 ${plan_short(r.sha256)}… on GitHub, ${plan_short(a.sha256)}… here`;
    return undefined;
}
/** Assets on the published release: each desired asset must be there with the same bytes. */
function planPublished(desired, rel, plan) {
    for (const a of desired.assets) {
        const r = rel.assets.find((x) => x.name === a.name);
        if (!r)
            plan.conflicts.push(`Release ${desired.tag} is already published without the asset ${a.name}`);
        else {
            const why = differs(a, r);
            if (why)
                plan.conflicts.push(`Release ${desired.tag} is already published with a different ${a.name} (${why})`);
            else
                plan.steps.push({ kind: 'keep-asset', asset: a, remote: r });
        }
    }
    const extra = rel.assets.filter((r) => !desired.assets.some((a) => a.name === r.name)).map((r) => r.name);
    if (extra.length)
        plan.warnings.push(`The published release ${desired.tag} also has assets this run did not bring: ${extra.join(', ')}`);
    plan.steps.push({ kind: 'keep-published', releaseId: rel.id });
}
/** Assets on our draft: keep equal ones, replace broken or (with overwrite) different ones, delete our stale ones. */
function planDraftAssets(desired, draft, plan) {
    const old = parseLedger(draft?.body);
    const remote = draft?.assets ?? [];
    const keeps = [];
    const deletes = [];
    const uploads = [];
    for (const a of desired.assets) {
        const r = remote.find((x) => x.name === a.name);
        if (!draft || !r) {
            uploads.push({ kind: 'upload-asset', asset: a });
            continue;
        }
        const why = r.state !== 'uploaded' ? `an unfinished upload (state '${r.state}')` : differs(a, r);
        if (!why)
            keeps.push({ kind: 'keep-asset', asset: a, remote: r });
        else if (r.state === 'uploaded' && !desired.overwrite) {
            plan.conflicts.push(`The draft for ${desired.tag} already has a different ${a.name} (${why}); set 'overwrite: true' to replace it`);
        }
        else {
            deletes.push({ kind: 'delete-asset', releaseId: draft.id, asset: r, reason: why });
            uploads.push({ kind: 'upload-asset', asset: a });
        }
    }
    for (const r of remote.filter((x) => !desired.assets.some((a) => a.name === x.name))) {
        if (old?.assets.some((o) => o.name === r.name)) {
            deletes.push({ kind: 'delete-asset', releaseId: draft?.id ?? 0, asset: r, reason: 'left by an earlier run with other artifacts' });
        }
        else
            plan.warnings.push(`The draft for ${desired.tag} has an asset this run did not bring (${r.name}); it is kept`);
    }
    plan.steps.push(...keeps, ...deletes, ...uploads);
}
function planNpm(desired, observed, plan) {
    if (!desired.npm)
        return;
    const { pkg, distTag } = desired.npm;
    const spec = `${pkg.name}@${pkg.version}`;
    const view = observed.registry ?? { distTags: {} };
    if (view.integrity === undefined) {
        plan.steps.push({ kind: 'npm-publish', spec });
        return;
    }
    if (!sameIntegrity(view.integrity, pkg.integrity)) {
        plan.conflicts.push(`${spec} is already on the registry with different contents (integrity ${view.integrity.slice(0, 22)}…, this tarball ${pkg.integrity.slice(0, 22)}…); publish a new version`);
        return;
    }
    plan.steps.push({ kind: 'npm-keep', spec });
    if (view.distTags[distTag] !== pkg.version && shouldMoveDistTag(view.distTags[distTag], pkg.version)) {
        plan.steps.push({ kind: 'npm-dist-tag', spec, tag: distTag });
    }
}
/** The draft a run works on: the oldest one holding a ledger (ours), else the oldest one. */
function chooseDraft(drafts) {
    return drafts.find((d) => parseLedger(d.body)) ?? drafts[0];
}
/** Build the plan. Pure: the same desired and observed state always give the same plan. */
function planRelease(desired, observed) {
    const plan = { steps: [], conflicts: [], warnings: [], nothingToDo: false };
    const ledger = ledgerOf(desired);
    if (observed.published) {
        plan.releaseId = observed.published.id;
        if (observed.drafts.length)
            plan.warnings.push(`Ignoring ${observed.drafts.length} draft(s) for ${desired.tag}: the tag already has a published release`);
        planPublished(desired, observed.published, plan);
        planNpm(desired, observed, plan);
    }
    else {
        const draft = chooseDraft(observed.drafts);
        // Other drafts carrying a ledger for this tag are ours too (a lost "create" answer, or two runs racing): remove
        // them, so exactly one release remains. Drafts someone made by hand are left alone.
        const others = observed.drafts.filter((d) => d !== draft);
        const ours = others.filter((d) => parseLedger(d.body)?.tag === desired.tag);
        for (const d of ours)
            plan.steps.push({ kind: 'delete-draft', releaseId: d.id });
        if (others.length > ours.length)
            plan.warnings.push(`${others.length - ours.length} other draft(s) exist for ${desired.tag}; using release ${draft?.id} and leaving those alone`);
        if (!draft)
            plan.steps.push({ kind: 'create-draft', ledger });
        else {
            plan.releaseId = draft.id;
            if (!sameLedger(parseLedger(draft.body), ledger))
                plan.steps.push({ kind: 'write-ledger', releaseId: draft.id, ledger });
        }
        planDraftAssets(desired, draft, plan);
        planNpm(desired, observed, plan);
        plan.steps.push({ kind: 'publish-release', draftStays: desired.draft });
    }
    plan.nothingToDo = !plan.steps.some(isWrite);
    return plan;
}
/** One line per step, for the log and the dry-run output. */
function describeStep(step) {
    switch (step.kind) {
        case 'create-draft':
            return `create a draft release for ${step.ledger.tag}`;
        case 'write-ledger':
            return `adopt draft release ${step.releaseId} and record the plan in it`;
        case 'delete-draft':
            return `delete duplicate draft release ${step.releaseId} (made by an earlier run of this release)`;
        case 'delete-asset':
            return `delete asset ${step.asset.name} (${step.reason})`;
        case 'upload-asset':
            return `upload ${step.asset.name} (${step.asset.size} bytes, sha256 ${plan_short(step.asset.sha256)}…)`;
        case 'keep-asset':
            return `keep ${step.asset.name}: same size and sha256 already on GitHub`;
        case 'npm-publish':
            return `npm publish ${step.spec}`;
        case 'npm-keep':
            return `keep ${step.spec}: the registry has the same integrity`;
        case 'npm-dist-tag':
            return `point dist-tag '${step.tag}' at ${step.spec}`;
        case 'publish-release':
            return step.draftStays ? 'leave the release as a draft (draft: true)' : 'publish the release (draft → published)';
        case 'keep-published':
            return `keep release ${step.releaseId}: already published`;
    }
}

;// CONCATENATED MODULE: ./src/domain/preflight.ts
/** Pre-flight checks that need no I/O: repository URL for provenance, API budget, token kind. */


/** `owner/repo` (lower-cased) and host named by a package.json `repository.url`, or undefined if unrecognised. */
function repoOfUrl(url) {
    const u = url.trim();
    const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(u);
    if (short?.[1] && short[2] && !u.includes(':/'))
        return { host: 'github.com', slug: `${short[1]}/${short[2]}`.toLowerCase() };
    const scp = /^(?:[\w.-]+@)?([\w.-]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(u);
    if (scp?.[1] && scp[2] && scp[3] && !u.includes('://'))
        return { host: scp[1].toLowerCase(), slug: `${scp[2]}/${scp[3]}`.toLowerCase() };
    const full = /^(?:git\+)?[a-z+]+:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(u);
    if (full?.[1] && full[2] && full[3])
        return { host: full[1].toLowerCase(), slug: `${full[2]}/${full[3]}`.toLowerCase() };
    return undefined;
}
/** Why `npm publish --provenance` would fail here, as messages (empty when it can go ahead). */
function provenanceProblems(f) {
    const problems = [];
    if (!f.hasIdTokenUrl) {
        problems.push("provenance needs an OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: add 'permissions: id-token: write' to the job");
    }
    if (!npmSupportsProvenance(f.npmVersion))
        problems.push(`provenance needs npm 9.5.0 or newer; this runner has npm ${f.npmVersion}`);
    const want = `${new URL(f.serverUrl).host.toLowerCase()}/${f.repository.toLowerCase()}`;
    const got = f.repositoryUrl ? repoOfUrl(f.repositoryUrl) : undefined;
    if (!f.repositoryUrl)
        problems.push(`provenance needs "repository": {"url": "${f.serverUrl}/${f.repository}"} in package.json; the package has none`);
    else if (!got || `${got.host}/${got.slug}` !== want) {
        problems.push(`provenance needs package.json repository.url to point at ${f.serverUrl}/${f.repository}, but it is '${f.repositoryUrl}'`);
    }
    return problems;
}
/** GitHub API calls the plan will make: one per write plus the read-back, at least. */
function apiCallsNeeded(plan) {
    return plan.steps.filter((s) => isWrite(s) && !s.kind.startsWith('npm-')).length + 1;
}
/** A message when the remaining API budget cannot cover the plan (with a margin for retries), else undefined. */
function budgetProblem(remaining, needed, resetAt) {
    if (remaining === undefined)
        return undefined;
    const margin = Math.ceil(needed * 1.5) + 5;
    if (remaining >= margin)
        return undefined;
    const when = resetAt ? ` (it resets at ${resetAt.toISOString()})` : '';
    return `only ${remaining} GitHub API calls are left${when}, and this release needs about ${needed} (${margin} with retries); stopping before any change`;
}
/** GITHUB_TOKEN (an installation token) starts with `ghs_`: releases it makes do not trigger other workflows. */
function isInstallationToken(token) {
    return token.startsWith('ghs_');
}

;// CONCATENATED MODULE: ./src/observe.ts
/** What is out there before any change: the releases for the tag, the registry, and the pre-flight checks. */



/** Fill in sha256 for remote assets GitHub reported without a digest, when their size says they might be ours. */
async function hashUnknown(github, release, desired) {
    for (const r of release?.assets ?? []) {
        const mine = desired.assets.find((a) => a.name === r.name);
        if (!r.sha256 && mine && mine.size === r.size && r.state === 'uploaded')
            r.sha256 = await github.assetSha256(r);
    }
}
async function observe(desired, github, npm) {
    const registry = desired.npm && npm ? await npm.view(desired.npm.pkg.name, desired.npm.pkg.version) : undefined;
    const { published, drafts } = await github.releasesForTag(desired.tag);
    await hashUnknown(github, published ?? chooseDraft(drafts), desired);
    (0,src/* info */.pq)(published ? `Release ${desired.tag} is published (id ${published.id})` : drafts.length ? `Draft release(s) for ${desired.tag}: ${drafts.map((d) => d.id).join(', ')}` : `No release for ${desired.tag} yet`);
    if (registry)
        (0,src/* info */.pq)(registry.integrity ? `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is on the registry (${registry.integrity.slice(0, 20)}…)` : `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is not on the registry yet`);
    return { published, drafts, registry };
}
/** Pre-flight checks; throws on anything that would stop the release half way. Runs in dry-run too. */
async function preflight(desired, plan, github, npm, token) {
    const problems = [];
    if (desired.npm?.provenance && plan.steps.some((s) => s.kind === 'npm-publish') && npm) {
        const npmVersion = await npm.version().catch(() => '0.0.0');
        problems.push(...provenanceProblems({
            repository: desired.repository,
            serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            repositoryUrl: desired.npm.pkg.repositoryUrl,
            npmVersion,
            hasIdTokenUrl: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
        }));
    }
    const budget = await github.remainingBudget();
    const short = budgetProblem(budget.remaining, apiCallsNeeded(plan), budget.reset);
    if (short)
        problems.push(short);
    if (budget.remaining !== undefined)
        (0,src/* info */.pq)(`GitHub API budget: ${budget.remaining} calls left; this release needs about ${apiCallsNeeded(plan)}`);
    if (problems.length)
        throw new src/* UserError */.yo(`Pre-flight failed, nothing was changed:\n- ${problems.join('\n- ')}`);
    for (const w of plan.warnings)
        (0,src/* warning */.$e)(w);
    if (isInstallationToken(token) && plan.steps.some((s) => s.kind === 'publish-release' && !s.draftStays)) {
        (0,src/* notice */.lm)("This release is made with GITHUB_TOKEN, so it will not trigger other workflows (on: release). Use a GitHub App token if it should.");
    }
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/adapters/upload-transport.ts
/**
 * A fetch-compatible transport for asset uploads, built on node:http(s) with `pipeline`, handed to octokit as
 * `request.fetch` for upload requests only (so retries, throttling and error handling stay the core client's).
 * Why: Node's global fetch (undici) holds on to a streamed request body: uploading 300 MiB peaked at 416 MiB RSS,
 * while piping the same file into http.request stayed at 122 MiB (measured with the GitHub emulator). A file body
 * goes further: it is read into a ring of four reused buffers, each refilled only after the socket has flushed it,
 * so an upload allocates nothing per chunk and memory does not depend on the file's size.
 */






/** A request body that streams a file; it can be read again (a retry sends the whole file again). */
class FileBody {
    path;
    constructor(path) {
        this.path = path;
    }
    async *[Symbol.asyncIterator]() {
        const file = await (0,promises_.open)(this.path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            for await (const chunk of file.createReadStream({ highWaterMark: 1 << 16, autoClose: false }))
                yield chunk;
        }
        finally {
            await file.close();
        }
    }
}
const RING = 4;
const CHUNK = 1 << 18;
/** Write a file into a request through RING reused buffers; a buffer is refilled only once its write has flushed. */
async function writeFileBody(path, req) {
    // The path is the real path verified before publishing: a link swapped in since is refused, not followed.
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(CHUNK));
        const flushed = ring.map(() => Promise.resolve());
        for (let i = 0;; i = (i + 1) % RING) {
            await flushed[i];
            const buffer = ring[i];
            const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            flushed[i] = new Promise((ok, fail) => req.write(buffer.subarray(0, bytesRead), (e) => (e ? fail(e) : ok())));
            flushed[i]?.catch(() => undefined);
        }
        await Promise.all(flushed);
        req.end();
    }
    finally {
        await file.close();
    }
}
/** An upload that makes no progress (nothing sent or received) for this long is abandoned and retried. */
const UPLOAD_IDLE_MS = 120_000;
function plainHeaders(h) {
    const out = {};
    if (!h)
        return out;
    const entries = h instanceof Headers ? [...h.entries()] : Object.entries(h);
    for (const [k, v] of entries)
        if (v !== undefined)
            out[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return out;
}
function toResponse(res, url) {
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers))
        if (v !== undefined)
            headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const status = res.statusCode ?? 500;
    const body = status === 204 || status === 304 ? null : external_node_stream_.Readable.toWeb(res);
    const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers });
    Object.defineProperty(response, 'url', { value: url });
    return response;
}
/** `fetch(url, init)` for one upload: the body (any async iterable of bytes) is piped with backpressure. */
async function streamingFetch(input, init = {}) {
    const url = new URL(String(input));
    const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const req = send(url, { method: init.method ?? 'GET', headers: plainHeaders(init.headers), signal: init.signal ?? undefined }, (res) => resolve(toResponse(res, url.href)));
        // Like fetch, a transport failure is a TypeError (octokit turns it into a retryable 500).
        const fail = (error) => reject(new TypeError(`upload to ${url.host} failed: ${error.message}`, { cause: error }));
        req.on('error', fail);
        const idle = init.idleMs ?? UPLOAD_IDLE_MS;
        req.setTimeout(idle, () => req.destroy(new Error(`no progress for ${idle / 1000} s`)));
        const body = init.body;
        if (body === undefined || body === null)
            req.end();
        else if (typeof body === 'string' || body instanceof Uint8Array)
            req.end(body);
        else if (body instanceof FileBody)
            writeFileBody(body.path, req).catch(fail);
        else
            (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(body), req).catch(fail);
    });
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
/**
 * GitHub Releases through the core client (retries, throttling). Uploads stream the file (see upload-transport.ts):
 * the body is re-readable, so the client's retries resend the whole file, and memory stays flat.
 */




function toAsset(a) {
    return { id: a.id, name: a.name, size: a.size, state: a.state, sha256: sha256OfDigest(a.digest), url: a.browser_download_url };
}
function toRelease(r) {
    return {
        id: r.id, tagName: r.tag_name, draft: r.draft, prerelease: r.prerelease, name: r.name ?? '', body: r.body ?? '',
        htmlUrl: r.html_url, uploadUrl: r.upload_url, targetCommitish: r.target_commitish, assets: (r.assets ?? []).map(toAsset),
    };
}
const HINTS = {
    401: 'The token was refused; check the token input.',
    403: "The token may lack 'contents: write' (add it under the job's permissions), or a ruleset blocks this tag.",
    404: "Check the repository input, and that the token can see it (private repositories need 'contents: write').",
};
/** Turn an HTTP failure into a RemoteError naming the operation and what to do; other errors pass through. */
function remote(operation, error) {
    const e = error;
    if (typeof e.status !== 'number')
        return error;
    const detail = e.response?.data?.message ?? e.message ?? 'no detail';
    return new src/* RemoteError */.Hi(operation, e.status, detail, { hint: HINTS[e.status], cause: error });
}
async function call(operation, fn, absent = []) {
    try {
        return await fn();
    }
    catch (error) {
        if (absent.includes(error.status ?? 0))
            return undefined;
        throw remote(operation, error);
    }
}
class GitHubReleases {
    api;
    owner;
    repo;
    /** `x-ratelimit-remaining` and reset from the last response that carried them. */
    rate = {};
    constructor(api, owner, repo) {
        this.api = api;
        this.owner = owner;
        this.repo = repo;
        api.hook.after('request', (response) => {
            const h = response.headers;
            if (h['x-ratelimit-remaining'] !== undefined) {
                this.rate = { remaining: Number(h['x-ratelimit-remaining']), reset: h['x-ratelimit-reset'] ? new Date(Number(h['x-ratelimit-reset']) * 1000) : undefined };
            }
        });
    }
    static async connect(token, repository) {
        const [owner = '', repo = ''] = repository.split('/');
        // A failed request that is retried is not a failure of the run: octokit's errors go to the log as warnings, and
        // the run reports the one error that stops it.
        const log = { debug: src/* debug */.Yz, info: src/* debug */.Yz, warn: src/* warning */.$e, error: src/* warning */.$e };
        return new GitHubReleases(await (0,src/* createGitHubClient */.LX)({ token, action: 'publish-release', log }), owner, repo);
    }
    /** Every release for `tag` (drafts included: get-by-tag does not return drafts), at most 10 pages of 100. */
    async releasesForTag(tag) {
        const found = [];
        let full = false;
        for (let page = 1; page <= 10; page++) {
            const { data } = await call('List releases', () => this.api.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100, page }));
            found.push(...data.filter((r) => r.tag_name === tag).map(toRelease));
            full = data.length === 100;
            if (!full)
                break;
        }
        let published = found.find((r) => !r.draft);
        if (!published && full)
            published = await this.publishedByTag(tag);
        return { published, drafts: found.filter((r) => r.draft).sort((a, b) => a.id - b.id) };
    }
    async publishedByTag(tag) {
        const res = await call('Get release by tag', () => this.api.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag }), [404]);
        return res && toRelease(res.data);
    }
    /** Remaining core API budget: from the last response's headers, else `GET /rate_limit` (which costs no budget). */
    async remainingBudget() {
        if (this.rate.remaining !== undefined)
            return this.rate;
        try {
            const { data } = await this.api.rest.rateLimit.get();
            return { remaining: data.resources.core.remaining, reset: new Date(data.resources.core.reset * 1000) };
        }
        catch (error) {
            (0,src/* debug */.Yz)(`rate limit unknown: ${error.message}`);
            return {};
        }
    }
    async createDraft(f) {
        const { data } = await call('Create draft release', () => this.api.rest.repos.createRelease({
            owner: this.owner, repo: this.repo, tag_name: f.tag, name: f.name, body: f.body, draft: true, prerelease: f.prerelease,
            ...(f.target ? { target_commitish: f.target } : {}), // Never retried: a retried POST whose first answer was lost could make a second draft (the executor looks
            // for the draft by tag and ledger before trying again).
            request: { retries: 0 },
        }));
        return toRelease(data);
    }
    async updateRelease(id, patch) {
        const { data } = await call(patch.draft === false ? 'Publish release' : 'Update release', () => this.api.rest.repos.updateRelease({
            owner: this.owner, repo: this.repo, release_id: id,
            ...(patch.body !== undefined ? { body: patch.body } : {}), ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.draft !== undefined ? { draft: patch.draft } : {}), ...(patch.prerelease !== undefined ? { prerelease: patch.prerelease } : {}),
            ...(patch.tag ? { tag_name: patch.tag } : {}), ...(patch.target ? { target_commitish: patch.target } : {}),
            ...(patch.makeLatest ? { make_latest: patch.makeLatest } : {}),
        }));
        return toRelease(data);
    }
    async getRelease(id) {
        const { data } = await call('Get release', () => this.api.rest.repos.getRelease({ owner: this.owner, repo: this.repo, release_id: id }));
        return toRelease(data);
    }
    /** Delete a (draft) release; one already gone is fine. */
    async deleteRelease(id) {
        await call('Delete release', () => this.api.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id }), [404]);
    }
    /** Delete an asset; one already gone (a retried delete whose first answer was lost) is fine. */
    async deleteAsset(id) {
        await call('Delete release asset', () => this.api.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: id }), [404]);
    }
    /** Upload one file, streamed. Retries (5xx, dropped connections, rate limits) resend the file from the start. */
    async uploadAsset(release, asset, path) {
        const { data } = await call(`Upload ${asset.name}`, () => this.api.request({
            method: 'POST', url: release.uploadUrl, name: asset.name, data: new FileBody(path),
            headers: { 'content-type': 'application/octet-stream', 'content-length': asset.size },
            request: { fetch: streamingFetch },
        }));
        return toAsset(data);
    }
    /** sha256 of an asset: GitHub's digest, else download it and hash the stream. */
    async assetSha256(asset) {
        if (asset.sha256)
            return asset.sha256;
        const { data } = await call(`Download ${asset.name}`, () => this.api.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.owner, repo: this.repo, asset_id: asset.id, headers: { accept: 'application/octet-stream' }, request: { parseSuccessResponseBody: false },
        }));
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of data)
            hash.update(chunk);
        return hash.digest('hex');
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/npm.ts
/**
 * The npm registry: packuments over HTTP (fetch), publishing and dist-tags through the npm CLI. The token goes into
 * the child's environment only; a temporary userconfig refers to it as `${SHIPLINE_NPM_TOKEN}`, so it is never on a
 * command line, in a file, or in the log.
 */




/** `//host[:port]/path/` — the key npm uses to scope a token to a registry. */
function nerfDart(registry) {
    const u = new URL(registry);
    return `//${u.host}${u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`}`;
}
class NpmRegistry {
    opts;
    registry;
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry.endsWith('/') ? opts.registry : `${opts.registry}/`;
    }
    /** What the registry holds for `name` (and the integrity of `version`); a missing package is an empty view. */
    async view(name, version) {
        const url = `${this.registry}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
        let res;
        try {
            res = await fetch(url, {
                headers: { accept: 'application/json', ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}) },
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (error) {
            throw new src/* RemoteError */.Hi(`Read ${name} from ${this.registry}`, undefined, (0,src/* messageOf */.bD)(error.cause ?? error), {
                hint: 'Is the registry input right and the registry reachable? Nothing was changed.',
            });
        }
        if (res.status === 404)
            return { distTags: {} };
        if (!res.ok)
            throw new src/* RemoteError */.Hi(`Read ${name} from ${this.registry}`, res.status, (await res.text()).slice(0, 200), { hint: 'Nothing was changed.' });
        const doc = (await res.json());
        return { integrity: doc.versions?.[version]?.dist?.integrity, distTags: doc['dist-tags'] ?? {} };
    }
    /** The npm CLI's version (for the provenance pre-flight). */
    async version() {
        const r = await (0,src/* exec */.m0)(this.opts.command ?? 'npm', ['--version'], { timeoutMs: 60_000 });
        return r.stdout.trim();
    }
    /** `npm publish <tarball>` with the given flags. */
    async publish(tarball, flags) {
        const args = ['publish', tarball, '--tag', flags.tag];
        if (flags.access)
            args.push('--access', flags.access);
        if (flags.provenance)
            args.push('--provenance');
        await this.npm(args);
    }
    /** `npm dist-tag add <spec> <tag>`. */
    async distTag(spec, tag) {
        await this.npm(['dist-tag', 'add', spec, tag]);
    }
    async npm(args) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-npm-'));
        try {
            const userconfig = (0,external_node_path_.join)(dir, '.npmrc');
            const lines = [`registry=${this.registry}`];
            if (this.opts.token)
                lines.push(`${nerfDart(this.registry)}:_authToken=\${SHIPLINE_NPM_TOKEN}`);
            await (0,promises_.writeFile)(userconfig, `${lines.join('\n')}\n`, { mode: 0o600 });
            const env = { ...process.env, npm_config_userconfig: userconfig, npm_config_registry: this.registry, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
            if (this.opts.token)
                env.SHIPLINE_NPM_TOKEN = this.opts.token;
            else
                delete env.SHIPLINE_NPM_TOKEN;
            await (0,src/* exec */.m0)(this.opts.command ?? 'npm', [...args, '--registry', this.registry], { cwd: dir, env, stream: true, timeoutMs: 600_000 }).catch((error) => {
                if (error instanceof src/* UserError */.yo)
                    throw new src/* UserError */.yo(`npm ${args[0]} failed: ${error.message}`, { hint: 'Check npm-token and registry; re-running is safe.', cause: error });
                throw error;
            });
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/executor.ts
/**
 * Applies a plan, step by step, in the order that keeps users from seeing half a release: the draft, its assets,
 * npm, and only then publishing. Every step is safe to repeat, so a re-run after a crash converges.
 */




/** Upload with a bounded recovery for `422 already_exists` (an earlier attempt landed after all, or half landed). */
async function upload(ports, release, asset) {
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            return { remote: await ports.github.uploadAsset(release, asset, asset.path), note: attempt > 1 ? `after ${attempt} attempts` : '' };
        }
        catch (error) {
            if (!(error instanceof src/* RemoteError */.Hi) || error.status !== 422 || attempt === 3)
                throw error;
            const there = (await ports.github.getRelease(release.id)).assets.find((a) => a.name === asset.name);
            if (!there)
                continue;
            const sha = there.state === 'uploaded' && there.size === asset.size ? await ports.github.assetSha256(there) : undefined;
            if (sha === asset.sha256)
                return { remote: { ...there, sha256: sha }, note: 'an earlier attempt had landed' };
            (0,src/* info */.pq)(`${asset.name}: removing a broken earlier upload (state ${there.state}, ${there.size} bytes)`);
            await ports.github.deleteAsset(there.id);
        }
    }
    throw new src/* UserError */.yo(`Could not upload ${asset.name}`);
}
/**
 * Create the draft without the client's blind retries: if the answer is lost (5xx, dropped connection), the draft may
 * exist anyway, so look for it (by tag and ledger) before trying once more. Never two drafts from one run.
 */
async function createDraft(ports, desired, ledger) {
    const f = fields(desired, bodyWithLedger(desired.notes, ledger));
    try {
        return await ports.github.createDraft(f);
    }
    catch (error) {
        if (error instanceof src/* RemoteError */.Hi && error.status !== undefined && error.status < 500)
            throw error;
        (0,src/* info */.pq)(`Creating the draft failed (${error.message}); checking whether it was created anyway`);
        const { drafts } = await ports.github.releasesForTag(desired.tag);
        return drafts.find((d) => sameLedger(parseLedger(d.body), ledger)) ?? ports.github.createDraft(f);
    }
}
function fields(desired, body) {
    return { tag: desired.tag, name: desired.name, body, prerelease: desired.prerelease, target: desired.target };
}
/** The state one run carries from step to step: the release it works on, and what the draft holds by now. */
class Run {
    desired;
    ports;
    release;
    /** Asset name → sha256 of what is on the draft (uploaded or kept) in this run. */
    onDraft = new Map();
    constructor(desired, ports, release) {
        this.desired = desired;
        this.ports = ports;
        this.release = release;
    }
    need() {
        if (!this.release)
            throw new Error('plan step needs a release, but none was created');
        return this.release;
    }
    async draft(step) {
        const tag = `release ${this.desired.tag}`;
        if (step.kind === 'delete-draft') {
            await this.ports.github.deleteRelease(step.releaseId);
            return { item: tag, result: 'deleted (duplicate draft)', detail: `id ${step.releaseId}` };
        }
        if (step.kind === 'create-draft') {
            this.release = await createDraft(this.ports, this.desired, step.ledger);
            return { item: tag, result: 'created (draft)', detail: `id ${this.release.id}` };
        }
        this.release = await this.ports.github.updateRelease(step.releaseId, { body: bodyWithLedger(this.desired.notes, step.ledger) });
        return { item: tag, result: 'resumed (draft)', detail: `id ${step.releaseId}, plan recorded` };
    }
    async asset(step) {
        if (step.kind === 'delete-asset') {
            await this.ports.github.deleteAsset(step.asset.id);
            return { item: step.asset.name, result: 'deleted', detail: step.reason };
        }
        if (step.kind === 'keep-asset') {
            this.onDraft.set(step.asset.name, step.asset.sha256);
            return { item: step.asset.name, result: 'skipped', detail: 'same size and sha256 already there' };
        }
        const { remote, note } = await upload(this.ports, this.need(), step.asset);
        this.onDraft.set(step.asset.name, step.asset.sha256);
        return { item: remote.name, result: 'uploaded', detail: `${step.asset.size} bytes${note ? `, ${note}` : ''}` };
    }
    async npm(step) {
        const npm = this.desired.npm;
        if (!npm || !this.ports.npm)
            throw new Error('npm step without a package');
        if (step.kind === 'npm-keep')
            return { item: step.spec, result: 'skipped', detail: 'same integrity already on the registry' };
        if (step.kind === 'npm-dist-tag') {
            await this.ports.npm.distTag(step.spec, step.tag);
            return { item: step.spec, result: 'tagged', detail: `dist-tag ${step.tag}` };
        }
        try {
            await this.ports.npm.publish(npm.pkg.path, { tag: npm.distTag, access: npm.access, provenance: npm.provenance });
        }
        catch (error) {
            // The same bytes may have landed meanwhile (an earlier, killed run's npm finishing late; a parallel run): then
            // the goal is met. Anything else on the registry, or nothing, keeps the failure.
            const now = await this.ports.npm.view(npm.pkg.name, npm.pkg.version).catch(() => undefined);
            if (!now || !sameIntegrity(now.integrity, npm.pkg.integrity))
                throw error;
            return { item: step.spec, result: 'skipped', detail: 'the same integrity was published meanwhile' };
        }
        return { item: step.spec, result: 'published (npm)', detail: `dist-tag ${npm.distTag}${npm.provenance ? ', with provenance' : ''}` };
    }
    /** Publish last, and only a draft that holds every asset with the planned bytes. */
    async publish(draftStays) {
        const d = this.desired;
        const missing = d.assets.filter((a) => this.onDraft.get(a.name) !== a.sha256).map((a) => a.name);
        if (missing.length)
            throw new src/* UserError */.yo(`Refusing to publish ${d.tag}: the draft lacks ${missing.join(', ')}`);
        if (draftStays)
            return { item: `release ${d.tag}`, result: 'left as draft', detail: 'draft: true' };
        this.release = await this.ports.github.updateRelease(this.need().id, {
            body: d.notes, name: d.name, draft: false, prerelease: d.prerelease, tag: d.tag, target: d.target, makeLatest: d.makeLatest,
        });
        return { item: `release ${d.tag}`, result: 'published', detail: `${d.prerelease ? 'prerelease, ' : ''}make_latest ${d.makeLatest}` };
    }
    apply(step) {
        (0,src/* info */.pq)(describeStep(step));
        switch (step.kind) {
            case 'create-draft':
            case 'write-ledger':
            case 'delete-draft':
                return this.draft(step);
            case 'delete-asset':
            case 'upload-asset':
            case 'keep-asset':
                return this.asset(step);
            case 'npm-publish':
            case 'npm-keep':
            case 'npm-dist-tag':
                return this.npm(step);
            case 'publish-release':
                return this.publish(step.draftStays);
            case 'keep-published':
                return Promise.resolve({ item: `release ${this.desired.tag}`, result: 'skipped', detail: 'already published with the same assets' });
        }
    }
}
/**
 * Run the plan. Returns the release it ended on; `rows` (one per step, for the summary) is filled as steps finish, so
 * after a failure it still says what was done.
 */
async function execute(plan, desired, observed, ports, rows = []) {
    const run = new Run(desired, ports, observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId));
    if (run.release?.draft && !plan.steps.some((s) => s.kind === 'write-ledger')) {
        rows.push({ item: `release ${desired.tag}`, result: 'resumed (draft)', detail: `id ${run.release.id}, left by an earlier run` });
    }
    for (const step of plan.steps)
        rows.push(await run.apply(step));
    return { release: run.need(), rows };
}

;// CONCATENATED MODULE: ./src/readback.ts
/** Step 6: read the release and the registry back and check they hold exactly what was planned. */



async function readBack(desired, releaseId, ports) {
    const release = await ports.github.getRelease(releaseId);
    const problems = [];
    const rows = [];
    const wantDraft = desired.draft && release.draft;
    if (release.tagName !== desired.tag)
        problems.push(`the release has tag ${release.tagName}, not ${desired.tag}`);
    if (release.draft && !wantDraft)
        problems.push('the release is still a draft');
    rows.push({ item: `release ${desired.tag}`, result: problems.length ? 'MISMATCH' : 'verified', detail: release.draft ? 'draft' : release.htmlUrl });
    for (const a of desired.assets) {
        const same = release.assets.filter((r) => r.name === a.name);
        const r = same[0];
        const sha = r && r.size === a.size ? await ports.github.assetSha256(r) : undefined;
        const ok = same.length === 1 && r?.state === 'uploaded' && sha === a.sha256;
        if (!ok)
            problems.push(`asset ${a.name}: ${same.length === 0 ? 'missing' : same.length > 1 ? `${same.length} copies` : `bytes differ (size ${r?.size}, sha256 ${sha ?? 'unknown'})`}`);
        rows.push({ item: a.name, result: ok ? 'verified' : 'MISMATCH', detail: `sha256 ${a.sha256.slice(0, 16)}…` });
    }
    if (desired.npm && ports.npm) {
        const { pkg, distTag } = desired.npm;
        const view = await ports.npm.view(pkg.name, pkg.version);
        const tagOk = view.distTags[distTag] === pkg.version || !shouldMoveDistTag(view.distTags[distTag], pkg.version);
        if (!sameIntegrity(view.integrity, pkg.integrity))
            problems.push(`${pkg.name}@${pkg.version} on the registry has integrity ${view.integrity ?? 'none'}`);
        if (!tagOk)
            problems.push(`dist-tag ${distTag} points at ${view.distTags[distTag] ?? 'nothing'}, not ${pkg.version}`);
        rows.push({ item: `${pkg.name}@${pkg.version}`, result: problems.length ? 'MISMATCH' : 'verified', detail: `integrity ${pkg.integrity.slice(0, 20)}…, ${distTag} → ${view.distTags[distTag]}` });
    }
    if (problems.length)
        throw new src/* UserError */.yo(`Read-back found the release is not as planned:\n- ${problems.join('\n- ')}`, { hint: 'Re-run the job: it converges on the planned state.' });
    return { release, rows };
}

;// CONCATENATED MODULE: ./src/report.ts
/** The job summary and the outputs. */


function writeOutputs(desired, release) {
    (0,src/* setOutputs */.n0)({
        'release-id': release?.id ?? '',
        'html-url': release?.htmlUrl ?? '',
        'upload-url': release?.uploadUrl ?? '',
        assets: desired.assets.map((a) => {
            const r = release?.assets.find((x) => x.name === a.name);
            return { name: a.name, size: a.size, sha256: a.sha256, id: r?.id ?? null, url: r?.url ?? null };
        }),
        'npm-spec': desired.npm ? `${desired.npm.pkg.name}@${desired.npm.pkg.version}` : '',
    });
}
function planSummary(desired, plan) {
    return new src/* Summary */.BD()
        .heading(`Release ${desired.tag}: dry run`)
        .paragraph(plan.nothingToDo ? 'Nothing to do: everything is already in place.' : 'Nothing was changed. This is what a real run would do:')
        .table(['#', 'Step'], plan.steps.map((s, i) => [i + 1, describeStep(s)]), ['r', 'l'])
        .list(plan.warnings.map((w) => `⚠️ ${w}`));
}
/** The six stages as a left-to-right chart, each labelled with what happened to it in this run. */
function stages(desired, rows) {
    const count = (result) => rows.filter((r) => r.result === result && desired.assets.some((a) => a.name === r.item)).length;
    const releaseRow = rows.find((r) => r.item === `release ${desired.tag}`);
    const npmRow = desired.npm ? rows.find((r) => r.item === `${desired.npm?.pkg.name}@${desired.npm?.pkg.version}`) : undefined;
    const last = rows.filter((r) => r.item === `release ${desired.tag}` && r.result !== 'verified' && r.result !== 'MISMATCH').at(-1);
    const label = (s) => `"${s.replace(/"/g, "'")}"`;
    return [
        'flowchart LR',
        `  V[${label('verify: ok')}] --> D[${label(`draft: ${releaseRow?.result ?? 'n/a'}`)}]`,
        `  D --> A[${label(`assets: ${count('uploaded')} uploaded, ${count('skipped')} skipped`)}]`,
        `  A --> N[${label(`npm: ${npmRow?.result ?? 'not asked'}`)}]`,
        `  N --> P[${label(`release: ${last?.result ?? 'n/a'}`)}]`,
        `  P --> R[${label(`read back: ${rows.some((r) => r.result === 'MISMATCH') ? 'mismatch' : 'verified'}`)}]`,
    ].join('\n');
}
function runSummary(desired, release, rows, nothingToDo) {
    const head = nothingToDo ? 'Nothing to do: the release, its assets and the npm version were already in place.' : `[${desired.tag}](${release.htmlUrl})`;
    return new src/* Summary */.BD()
        .heading(`Release ${desired.tag}`)
        .paragraph(head)
        .mermaid(stages(desired, rows))
        .table(['Item', 'Result', 'Detail'], rows.map((r) => [r.item, r.result, r.detail]));
}
/** After a failure: what was done before it, and that a re-run picks up from there. */
function failureSummary(desired, rows, error) {
    return new src/* Summary */.BD()
        .heading(`Release ${desired.tag}: stopped`)
        .paragraph(`${error.message.split('\n')[0]}. Nothing is published half way: the release stays a draft until every asset and the npm package are in place. **Re-run the job** to finish; it picks up from here.`)
        .table(['Item', 'Result', 'Detail'], rows.map((r) => [r.item, r.result, r.detail]));
}

;// CONCATENATED MODULE: ./src/main.ts










/** publish-release: verify → draft → assets → npm → publish → read back. */
async function main() {
    const config = await readConfig();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const desired = await (0,src/* group */.Os)('Verify inputs and artifacts', () => verifyLocal(config, workspace));
    const github = await GitHubReleases.connect(config.token, config.repository);
    const npm = desired.npm ? new NpmRegistry({ registry: config.registry, token: config.npmToken }) : undefined;
    const observed = await (0,src/* group */.Os)('Look at GitHub and the registry', () => observe(desired, github, npm));
    const plan = planRelease(desired, observed);
    if (plan.conflicts.length) {
        throw new src/* UserError */.yo(`Cannot release ${desired.tag}, nothing was changed:\n- ${plan.conflicts.join('\n- ')}`);
    }
    await (0,src/* group */.Os)('Pre-flight checks', () => preflight(desired, plan, github, npm, config.token));
    (0,src/* info */.pq)(`Plan:\n${plan.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}`).join('\n')}`);
    const current = observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId);
    if (config.dryRun) {
        writeOutputs(desired, current);
        planSummary(desired, plan).write();
        (0,src/* info */.pq)(plan.nothingToDo ? 'Dry run: nothing to do.' : 'Dry run: nothing was changed.');
        return;
    }
    const rows = [];
    const done = await (0,src/* group */.Os)('Release', () => execute(plan, desired, observed, { github, npm }, rows)).catch((error) => {
        failureSummary(desired, rows, error).write();
        throw error;
    });
    const checked = await (0,src/* group */.Os)('Read back and verify', () => readBack(desired, done.release.id, { github, npm }));
    writeOutputs(desired, checked.release);
    runSummary(desired, checked.release, [...done.rows, ...checked.rows], plan.nothingToDo).write();
    (0,src/* info */.pq)(plan.nothingToDo ? `Nothing to do: ${desired.tag} was already released with the same content.` : `Released ${desired.tag}: ${checked.release.htmlUrl}`);
}


/***/ }),

/***/ 934:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  Hi: () => (/* reexport */ RemoteError),
  BD: () => (/* reexport */ Summary),
  yo: () => (/* reexport */ errors_UserError),
  Mb: () => (/* reexport */ allowedRoots),
  IN: () => (/* reexport */ coerceSemver),
  mU: () => (/* reexport */ compareSemver),
  LX: () => (/* reexport */ createGitHubClient),
  Yz: () => (/* reexport */ runner_debug),
  m0: () => (/* reexport */ exec_exec),
  V4: () => (/* reexport */ getInput),
  Os: () => (/* reexport */ group),
  pq: () => (/* reexport */ info),
  $l: () => (/* reexport */ maskSecret),
  bD: () => (/* reexport */ messageOf),
  lm: () => (/* reexport */ notice),
  c: () => (/* reexport */ openContained),
  Vf: () => (/* reexport */ readBoolean),
  gu: () => (/* reexport */ readContained),
  ai: () => (/* reexport */ readEnum),
  N$: () => (/* reexport */ readGlobList),
  Ag: () => (/* reexport */ readObject),
  E3: () => (/* reexport */ readString),
  VW: () => (/* reexport */ requireString),
  mi: () => (/* reexport */ resolveContained),
  eF: () => (/* reexport */ run),
  n0: () => (/* reexport */ setOutputs),
  Z8: () => (/* reexport */ validSemver),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: ExecError, NAME_MAX, PATH_MAX, SUITE_VERSION, apiBaseUrl, appendSummary, cell, checkFileName, checkPathText, checkWritable, commitTime, currentRepo, endGroup, error, escapeHtml, exportVariable, formatDuration, git, gitMaybe, gitRecords, isDebug, isInside, isLoopbackUrl, isShallow, isStrictSemver, lastLines, lineChart, parseDuration, parseSemver, quote, readContainedIfExists, readDuration, readInteger, readList, readPercentList, readState, realPathOf, report, resolveRef, saveState, setFailed, setOutput, setSecret, startGroup, tempNameOf, writeContained

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
function duration_parseDuration(text) {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
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
    process.stdout.write(message + external_node_os_.EOL);
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
    (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
        process.stdout.write(external_node_os_.EOL);
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
        (0,external_node_fs_.appendFileSync)(file, markdown, 'utf8');
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
            throw new InputError(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new InputError(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
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
            throw new errors_InputError(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
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
        setSecret(value);
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
        throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, { hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.' });
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
const UNPACED = { key: () => ({ schedule: (_options, job, ...args) => job(...args) }) };
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
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const pacing = options.pacing ?? !isLoopbackUrl(baseUrl);
    const Client = Octokit.plugin(retry, throttling);
    // Octokit logs every failed request at error level, including ones the retry plugin then retries: as plain log
    // lines they inform; as error annotations they would flag a job that succeeded. Failures that stick are thrown
    // and reported once by run(). Successful requests (info) go to the debug log.
    const log = options.log ?? { debug: runner_debug, info: runner_debug, warn: warning, error: (m) => info(`GitHub API: ${m}`) };
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

;// CONCATENATED MODULE: ../../packages/core/src/semver.ts
/**
 * The small part of Semantic Versioning 2.0.0 the actions need: parse, normalise, compare (with prerelease
 * precedence, spec §11). Written here instead of importing `semver`, whose range machinery tripled the size of a
 * bundle's entry file (cold start) for a few comparisons. Checked pair by pair against `semver` in the tests.
 */
/** The grammar of semver.org §2, §9, §10. */
const GRAMMAR = '(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?';
/** Loose: a leading `v` or `=` is allowed and dropped (as in tags). */
const SEMVER = new RegExp(`^[v=]?${GRAMMAR}$`);
const STRICT = new RegExp(`^${GRAMMAR}$`);
/** True when `text` is exactly a semantic version: no prefix, no surrounding space. */
function isStrictSemver(text) {
    return STRICT.test(text) && parseSemver(text) !== undefined;
}
/** Parse a version; undefined when it is not semver. Build metadata is dropped (it has no precedence). */
function parseSemver(text) {
    const m = SEMVER.exec(text.trim());
    if (!m)
        return undefined;
    const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}
/** The normal form (`1.2.3-rc.1`, no `v`, no build metadata), or undefined when not semver. */
function validSemver(text) {
    const v = parseSemver(text);
    return v && `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? `-${v.prerelease.join('.')}` : ''}`;
}
/** The leading `major.minor.patch` of a looser string (e.g. a tool's `--version` output). */
function coerceSemver(text) {
    const m = /(\d+)\.(\d+)\.(\d+)/.exec(text);
    return m ? validSemver(`${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`) : undefined;
}
function compareIds(a, b) {
    const an = /^\d+$/.test(a);
    const bn = /^\d+$/.test(b);
    if (an && bn)
        return Math.sign(Number(a) - Number(b));
    if (an !== bn)
        return an ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** -1, 0 or 1 by semver precedence. Both must be valid (throws otherwise: a caller's bug, not user input). */
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        throw new Error(`not semver: ${x ? b : a}`);
    for (const k of ['major', 'minor', 'patch'])
        if (x[k] !== y[k])
            return Math.sign(x[k] - y[k]);
    if (!x.prerelease.length || !y.prerelease.length)
        return Math.sign(y.prerelease.length - x.prerelease.length);
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        const [p, q] = [x.prerelease[i], y.prerelease[i]];
        if (p === undefined || q === undefined)
            return p === undefined ? -1 : 1;
        const c = compareIds(p, q);
        if (c)
            return c;
    }
    return 0;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../../packages/core/src/paths.ts
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
/** The workspace and RUNNER_TEMP, as the runner sets them (the workspace falls back to the cwd). */
function allowedRoots(env = process.env) {
    const roots = [{ label: 'the workspace', path: (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd()) }];
    if (env.RUNNER_TEMP)
        roots.push({ label: 'RUNNER_TEMP', path: (0,external_node_path_.resolve)(env.RUNNER_TEMP) });
    return roots;
}
/** True when `child` is `parent` or below it (both absolute, normalized). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
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
        throw new errors_InputError(input, value, 'is empty: give a path relative to the workspace');
    if (value.includes('\0'))
        throw new errors_InputError(input, value, 'contains a NUL character; a path cannot');
    if (value.length > PATH_MAX)
        throw new errors_InputError(input, value, `is ${value.length} characters long; a path can be at most ${PATH_MAX}`);
    const long = value.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX);
    if (long !== undefined)
        throw new errors_InputError(input, value, `has a name of ${Buffer.byteLength(long)} bytes; each name in a path can be at most ${NAME_MAX} bytes`);
}
/**
 * Check a value used as a single file name (a package or archive name that becomes part of a file name): one
 * name, not `.` or `..`, no `/`, no NUL, at most {@link NAME_MAX} bytes. `accepted` describes the valid form.
 */
function checkFileName(input, value, accepted = 'a file name') {
    const why = value === '' ? 'is empty'
        : value === '.' || value === '..' ? `is '${value}', which names a directory, not a file`
            : value.includes('/') ? "contains '/', which cannot be part of a file name"
                : value.includes('\0') ? 'contains a NUL character'
                    : Buffer.byteLength(value) > NAME_MAX ? `is ${Buffer.byteLength(value)} bytes long; a file name can be at most ${NAME_MAX}`
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
    return code && why[code] ? new errors_InputError(input, value, why[code], { cause: error }) : undefined;
}
/** The real path of `path`, which need not exist: the deepest existing ancestor's real path plus the rest. */
async function realPathOf(path, hops = 0) {
    if (hops > MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
    try {
        return await (0,promises_.realpath)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const parent = (0,external_node_path_.dirname)(path);
    if (parent === path)
        return path;
    const realParent = await realPathOf(parent, hops + 1);
    const name = (0,external_node_path_.basename)(path);
    const here = (0,external_node_path_.join)(realParent, name);
    // A dangling link: writing through it would create its target, so the target is where this path leads.
    const st = await (0,promises_.lstat)(here).catch(() => undefined);
    if (st?.isSymbolicLink())
        return realPathOf((0,external_node_path_.resolve)(realParent, await (0,promises_.readlink)(here)), hops + 1);
    return here;
}
async function realRoots(roots) {
    return Promise.all(roots.map(async (r) => ({ label: r.label, path: await (0,promises_.realpath)(r.path).catch(() => (0,external_node_path_.resolve)(r.path)) })));
}
/**
 * Resolve a path input and check that its real path is inside one of the roots (the workspace or RUNNER_TEMP by
 * default). Nothing is created or opened.
 */
async function resolveContained(input, value, opts = {}) {
    checkPathText(input, value);
    const given = opts.roots ?? allowedRoots(opts.env);
    const path = (0,external_node_path_.resolve)(opts.base ?? given[0].path, value);
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
        throw new errors_InputError(input, value, `is outside the allowed roots${how}; give a path inside ${rootsText(roots)}`, opts.outsideHint ? { hint: opts.outsideHint } : {});
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
    const where = await (0,promises_.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new errors_InputError(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
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
        handle = await (0,promises_.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors_InputError(input, value, 'names a file that does not exist', { hint: 'Check the path; relative paths start at the workspace.', cause: error });
        if (code === 'ELOOP')
            throw new errors_InputError(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new errors_InputError(input, value, `is ${kindOf(st)}, not a regular file`);
        await checkOpened(input, value, handle, await realRoots(opts.roots ?? allowedRoots(opts.env)));
        return { ...c, handle, size: st.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/** Read a contained regular file, refusing one over `max` bytes (default 1 MiB). */
async function readContained(input, value, opts = {}) {
    const max = opts.max ?? 1 << 20;
    const f = await openContained(input, value, opts);
    try {
        if (f.size > max)
            throw new errors_InputError(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new errors_InputError(input, value, `is over ${max} bytes; at most ${max} are accepted`);
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
    let handle;
    try {
        handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new InputError(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new InputError(input, value, `is in a directory that does not exist (${dirname(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        await handle.writeFile(data);
        await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await rm(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await rename(tmp, c.real);
    }
    catch (error) {
        await rm(tmp, { force: true });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}

;// CONCATENATED MODULE: ../../packages/core/src/index.ts














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
