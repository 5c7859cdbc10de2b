export const id = 743;
export const ids = [743,864];
export const modules = {

/***/ 5743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUTS: () => (/* binding */ INPUTS),
  OUTPUTS: () => (/* binding */ OUTPUTS),
  coreJobSummary: () => (/* binding */ coreJobSummary),
  main: () => (/* binding */ main),
  outputsOf: () => (/* binding */ outputsOf),
  readSettings: () => (/* binding */ readSettings)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./build/kube/summary.js
var summary = __webpack_require__(7864);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(993);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/results/publish/limits.js
/** GitHub's limits that publish-results respects (field guide §10). */
const limits_GITHUB_LIMITS = {
    /** Annotations per Create/Update a check run request; further updates append. */
    annotationsPerRequest: 50,
    /** Annotation `title`, in characters. */
    titleChars: 255,
    /** Annotation `message` and `raw_details`: 64 KiB, counted in bytes (the server's `maximum bytesize of 65535`). */
    annotationFieldBytes: 65535,
    /** Check-run `output.summary` and `output.text`, in UTF-8 bytes. */
    outputBytes: 65535,
    /** Job summary per step: 1 MiB. */
    jobSummaryBytes: 1024 * 1024,
    /** Workflow-command annotations per step and level (`::error`, `::warning`, `::notice`). */
    workflowAnnotationsPerLevel: 10,
    /** Minimum pause between two content-creating requests (secondary rate limits). */
    minWriteIntervalMs: 1000,
};

// EXTERNAL MODULE: ./build/results/publish/utf8.js
var utf8 = __webpack_require__(7858);
;// CONCATENATED MODULE: ./build/results/publish/annotations.js
/**
 * Kept results → check-run annotations: failures first, then warnings, then notices, each in arrival order;
 * identical annotations merged (with a count in the title); every field cut to GitHub's limits by bytes or characters.
 */



/** The first `limit` entries (0 = all) and how many annotations are left out in total. */
function selectAnnotations(set, limit) {
    const entries = limit > 0 ? set.entries.slice(0, limit) : set.entries;
    return { entries, omitted: set.entries.length - entries.length + set.notKept };
}
const LEVEL_RANK = { failure: 0, warning: 1, notice: 2 };
/** Case title: `suite › name`, or the name alone when the suite repeats it (jest-junit). */
function caseTitle(suite, name) {
    if (!suite || suite === '(no suite)' || suite === name || name.startsWith(`${suite} `))
        return name;
    return `${suite} › ${name}`;
}
function fallbackFor(file) {
    if (!file)
        return 'results';
    return file.display.startsWith('/') ? (0,external_node_path_.basename)(file.display) : file.display;
}
/** Applies GitHub's field limits to one annotation (title by characters, message and raw_details by bytes). */
function limitAnnotation(a) {
    const out = { ...a };
    if (out.title !== undefined)
        out.title = (0,utf8/* truncateChars */.UT)(out.title, limits_GITHUB_LIMITS.titleChars);
    out.message = (0,utf8/* truncateUtf8 */.Ck)(out.message === '' ? '(no message)' : out.message, limits_GITHUB_LIMITS.annotationFieldBytes);
    if (out.raw_details !== undefined) {
        if (out.raw_details === '')
            delete out.raw_details;
        else
            out.raw_details = (0,utf8/* truncateUtf8 */.Ck)(out.raw_details, limits_GITHUB_LIMITS.annotationFieldBytes);
    }
    if (out.start_line < 1)
        out.start_line = 1;
    if (out.end_line < out.start_line)
        out.end_line = out.start_line;
    if (out.start_line !== out.end_line || out.start_column === undefined) {
        delete out.start_column;
        delete out.end_column;
    }
    else if (out.end_column !== undefined && out.end_column < out.start_column) {
        out.end_column = out.start_column;
    }
    return out;
}
/** The identity used to merge duplicates and to recognise annotations an earlier run already published. */
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.title ?? '', a.message]);
}
/** Builds the sorted, merged annotation list from what `collector` kept. */
function buildAnnotations(collector, options) {
    const raw = [];
    const fileOf = (i) => collector.files[i];
    for (const kept of [...collector.failures, ...collector.flaky]) {
        const c = kept.case;
        const file = fileOf(kept.file);
        const loc = options.locator.locate(c.location, c.details, file ? options.baseDir(file) : undefined);
        const flaky = c.status === 'flaky';
        const attempts = c.attempts && c.attempts > 1 ? c.attempts : undefined;
        const title = `${flaky ? 'Flaky' : c.status === 'error' ? 'Error' : 'Failed'}: ${caseTitle(c.suite, c.name)}`;
        const lines = [];
        lines.push(c.message?.trim() || (flaky ? 'failed, then passed on a retry' : c.status === 'error' ? 'error' : 'failed'));
        if (flaky)
            lines.push(`Passed after ${attempts ?? 2} attempts.`);
        else if (attempts)
            lines.push(`Failed ${attempts} attempts.`);
        if (loc.outside)
            lines.push(`Location outside the repository: ${loc.outside}${loc.line ? `:${loc.line}` : ''}`);
        const start = loc.path ? (loc.line ?? 1) : 1;
        const a = {
            path: loc.path ?? fallbackFor(file),
            start_line: start,
            end_line: loc.path ? Math.max(start, loc.endLine ?? start) : 1,
            annotation_level: flaky ? 'warning' : 'failure',
            title,
            message: lines.join('\n'),
        };
        if (c.details)
            a.raw_details = c.details;
        raw.push({
            annotation: a,
            ...(loc.outside ? { outside: loc.outside } : {}),
            fallbackPath: loc.path === undefined,
            order: kept.order,
        });
    }
    for (const kept of collector.findings) {
        const f = kept.finding;
        const file = fileOf(kept.file);
        const path = options.locator.toRepoPath(f.file, file ? options.baseDir(file) : undefined);
        const message = path === undefined ? `${f.message}\nLocation outside the repository: ${f.file}:${f.line}` : f.message;
        const a = {
            path: path ?? fallbackFor(file),
            start_line: path === undefined ? 1 : f.line,
            end_line: path === undefined ? 1 : (f.endLine ?? f.line),
            annotation_level: f.level,
            title: f.rule ? `${f.title} (${f.rule})` : f.title,
            message,
        };
        if (path !== undefined && f.column !== undefined) {
            a.start_column = f.column;
            if (f.endColumn !== undefined)
                a.end_column = f.endColumn;
        }
        if (f.details)
            a.raw_details = f.details;
        raw.push({
            annotation: a,
            ...(path === undefined ? { outside: f.file } : {}),
            fallbackPath: path === undefined,
            order: kept.order,
        });
    }
    raw.sort((x, y) => LEVEL_RANK[x.annotation.annotation_level] - LEVEL_RANK[y.annotation.annotation_level] || x.order - y.order);
    // Merge duplicates: the first occurrence stays in place and carries the count.
    const merged = [];
    const counts = new Map();
    for (const e of raw) {
        const limited = limitAnnotation(e.annotation);
        const key = annotationKey(limited);
        const seen = counts.get(key);
        if (seen) {
            seen.count++;
            continue;
        }
        const entry = { ...e, annotation: limited };
        counts.set(key, { entry, count: 1 });
        merged.push(entry);
    }
    for (const { entry, count } of counts.values()) {
        if (count > 1) {
            const suffix = ` (×${count})`;
            entry.annotation.title =
                (0,utf8/* truncateChars */.UT)(entry.annotation.title ?? '', limits_GITHUB_LIMITS.titleChars - suffix.length) + suffix;
        }
    }
    const notKept = collector.dropped.failures + collector.dropped.flaky + collector.dropped.findings;
    return { entries: merged, notKept };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
;// CONCATENATED MODULE: ./build/results/publish/event.js
/**
 * What the workflow event says about where to publish: the repository, the commit, the pull request, and whether the
 * token can write checks at all. Decided from the payload before any API call (field guide §10): pull requests from
 * forks and Dependabot-triggered runs get a read-only token, so `auto` mode must fall back to the job summary.
 */


const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/** Events whose token keeps write access even when Dependabot or a fork triggered them. */
const PRIVILEGED_EVENTS = new Set(['pull_request_target', 'workflow_run', 'workflow_dispatch', 'schedule']);
const DEPENDABOT = 'dependabot[bot]';
/**
 * Reads and parses an event payload file.
 * @param input the input or variable that named the file, for the error
 * @throws ConfigurationError when the file cannot be read or is not a JSON object
 */
function readEventPayload(path, input) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${input}: cannot read '${path}': ${err.code ?? String(err)}.`, input);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${input}: '${path}' is not JSON: ${err.message}.`, input);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${input}: '${path}' is not a JSON object (an event payload).`, input);
    }
    return value;
}
function validSha(value) {
    return value !== undefined && SHA.test(value) ? value : undefined;
}
/** Why the token of this run cannot write checks, or `undefined` when it can. */
function readOnlyReason(env, current, repository) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (PRIVILEGED_EVENTS.has(event))
        return undefined;
    if (PR_EVENTS.has(event)) {
        const head = current.pull_request?.head?.repo?.full_name;
        if (head === undefined || head === null || head.toLowerCase() !== repository.toLowerCase()) {
            return `this pull request comes from a fork (${head ?? 'a deleted repository'}), so the token is read-only`;
        }
    }
    const actor = env.GITHUB_ACTOR ?? current.sender?.login;
    if (actor === DEPENDABOT)
        return 'Dependabot triggered this run, so the token is read-only';
    return undefined;
}
/** GitHub's spelling of an owner or repository name (letters, digits, `-`, `_`, `.`; not `.` or `..`). */
const NAME = /^(?!\.{1,2}$)[A-Za-z0-9_.-]+$/;
/**
 * Splits and checks `owner/name`.
 * @param source the variable or flag the value came from, for the error
 * @throws ConfigurationError naming `source` when the value is not `OWNER/NAME`
 */
function parseRepository(value, source) {
    const [owner, repo, ...rest] = value.split('/');
    if (owner === undefined || repo === undefined || rest.length > 0 || !NAME.test(owner) || !NAME.test(repo)) {
        const hint = source === 'GITHUB_REPOSITORY' ? '; outside Actions pass --repo' : '';
        throw new errors/* ConfigurationError */.j1(`${source} must be OWNER/NAME (letters, digits, '-', '_' and '.'), got '${value}'${hint}.`, source);
    }
    return { owner, repo };
}
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
/**
 * The commit the current event vouches for: the `commit` input (written by the workflow author), else this event's
 * pull request head or workflow_run head (GITHUB_SHA is the merge commit or the default branch there), else
 * GITHUB_SHA. Never anything from an event file.
 */
function trustedCommit(env, current, commit) {
    if (commit !== undefined) {
        const c = commit.trim().toLowerCase();
        if (!SHA.test(c))
            throw new errors/* ConfigurationError */.j1(`Input 'commit' must be a full commit SHA (got '${commit}').`, 'commit');
        return { sha: c, shaSource: 'input' };
    }
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const prHead = validSha(current.pull_request?.head?.sha);
    if (PR_EVENTS.has(eventName.replace(/_target$/, '')) && prHead)
        return { sha: prHead, shaSource: 'pull_request' };
    const runHead = validSha(current.workflow_run?.head_sha);
    if (eventName === 'workflow_run' && runHead)
        return { sha: runHead, shaSource: 'workflow_run' };
    const sha = validSha(env.GITHUB_SHA);
    if (!sha)
        throw new errors/* ConfigurationError */.j1("No commit to publish to: set the 'commit' input (GITHUB_SHA is not set).", 'commit');
    return { sha, shaSource: 'GITHUB_SHA' };
}
/**
 * What an event file may add: the pull request number, and only when the file describes the very commit and
 * repositories the trusted side names. In the workflow_run pattern the file is an artifact of the run that tested
 * the pull request, which a fork controls; letting it choose the commit would let a fork put a green check on any
 * commit (and, through the external_id lookup, rewrite an existing one). A disagreement is refused rather than
 * ignored, because it means either a wrong file or a forged one.
 * @throws ConfigurationError naming `event-file`
 */
function checkEventFile(file, trusted) {
    const refuse = (why) => {
        throw new errors/* ConfigurationError */.j1(`event-file: ${why}; it must be the event payload of the run for ${trusted.repository}@${trusted.sha} ` +
            '(the commit comes from the current event, never from the file).', 'event-file');
    };
    const claimed = file.pull_request?.head?.sha ?? file.workflow_run?.head_sha ?? file.head_commit?.id ?? file.after ?? undefined;
    if (claimed === undefined)
        refuse('it names no head commit (pull_request.head.sha) to check it against');
    if (String(claimed).toLowerCase() !== trusted.sha)
        refuse(`its head commit ${String(claimed)} is not the one published`);
    for (const repo of [file.repository?.full_name, file.pull_request?.base?.repo?.full_name]) {
        if (typeof repo === 'string' && !sameName(repo, trusted.repository))
            refuse(`it belongs to repository ${repo}, not ${trusted.repository}`);
    }
    const head = file.pull_request?.head?.repo?.full_name;
    const trustedHead = trusted.current.workflow_run?.head_repository?.full_name ?? trusted.current.pull_request?.head?.repo?.full_name;
    if (typeof head === 'string' && typeof trustedHead === 'string' && !sameName(head, trustedHead))
        refuse(`its head repository ${head} is not ${trustedHead}, the one the current event names`);
    const number = file.pull_request?.number ?? file.workflow_run?.pull_requests?.[0]?.number;
    const known = (trusted.current.workflow_run?.pull_requests ?? []).flatMap((p) => typeof p.number === 'number' ? [p.number] : []);
    if (typeof number === 'number' && known.length > 0 && !known.includes(number))
        refuse(`its pull request #${number} is not among the current event's (${known.map((n) => `#${n}`).join(', ')})`);
    return typeof number === 'number' ? number : undefined;
}
/**
 * Resolves repository, commit, pull request and write access. The commit always comes from the trusted side (see
 * {@link trustedCommit}); an event file only adds the pull request number (see {@link checkEventFile}).
 * @throws ConfigurationError for a missing or malformed repository or commit, or an event file that disagrees
 */
function resolveTarget(options) {
    const { env, current, eventFile } = options;
    const repository = options.repository ?? env.GITHUB_REPOSITORY ?? '';
    const { owner, repo } = parseRepository(repository, options.repository !== undefined ? '--repo' : 'GITHUB_REPOSITORY');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const { sha, shaSource } = trustedCommit(env, current, options.commit);
    const fromFile = eventFile ? checkEventFile(eventFile, { sha, repository, current }) : undefined;
    const pr = fromFile ?? current.pull_request?.number ?? current.workflow_run?.pull_requests?.[0]?.number;
    const target = { owner, repo, repository, eventName, sha, shaSource };
    if (typeof pr === 'number')
        target.pullRequest = pr;
    const ro = readOnlyReason(env, current, repository);
    if (ro)
        target.readOnly = ro;
    return target;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./build/results/publish/files.js
/** Expands the `results` input (globs separated by newlines or commas, `!` to exclude) into a sorted file list. */




/** Splits the raw input into patterns: newlines or commas, trimmed, empty ones dropped. */
function splitPatterns(raw) {
    const items = typeof raw === 'string' ? [raw] : raw;
    return items
        .flatMap((item) => item.split(/[\n,]/))
        .map((p) => p.trim())
        .filter((p) => p !== '');
}
/**
 * Absolute paths of the regular files the patterns match, sorted and without duplicates. Patterns are relative to
 * `cwd` unless absolute; dot files are matched; symbolic links are followed.
 * @param input the input or flag name, for the error message
 * @throws ConfigurationError when there are no patterns or nothing matches
 */
async function expandResultGlobs(patterns, cwd, input = 'results') {
    if (patterns.length === 0)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' is required: give one or more globs.`, input);
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    for (const pattern of include) {
        const matches = await (0,dist/* glob */.TI)([pattern], {
            cwd,
            absolute: true,
            dot: true,
            onlyFiles: true,
            followSymbolicLinks: true,
            ignore: exclude,
            expandDirectories: false,
        });
        for (const m of matches)
            found.add((0,external_node_path_.resolve)(m));
    }
    const files = [...found].filter((f) => {
        try {
            return (0,external_node_fs_.statSync)(f).isFile();
        }
        catch {
            return false;
        }
    });
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': no files match ${patterns.map((p) => `'${p}'`).join(', ')} (relative to ${cwd}).`, input);
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./build/results/publish/locate.js
/**
 * Where a result points in the repository. Paths in results files come in every shape: repository-relative
 * (pytest `file`), relative to a runner's root directory (jest-junit), absolute on this runner, or absolute on another
 * machine (a DevStack VM running tempest). GitHub wants repository-relative paths with forward slashes; this module
 * maps what it can and says what it could not.
 */


/** Path fragments that are never the code under test. */
const FOREIGN = /(^|\/)(node_modules|site-packages|dist-packages|\.pnpm|lib\/python\d[^/]*|internal)\//;
/** Stack frames in `text`, in the order they appear, for JS, Python, pytest, Go and generic `file:line:` styles. */
function stackFrames(text) {
    const frames = [];
    let python = false;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        let m = /^File "([^"]+)", line (\d+)/.exec(line);
        if (m)
            python = true;
        m ??= /^at (?:.*? \()?((?:[A-Za-z]:)?[^\s()]+?):(\d+):\d+\)?$/.exec(line);
        m ??= /^([^\s:"'()]+\.[A-Za-z0-9]+):(\d+):(?: |$)/.exec(line);
        if (m?.[1] && m[2]) {
            if (/^(node:|<anonymous>|internal\/)/.test(m[1]))
                continue;
            if (line.includes('.py:'))
                python = true;
            frames.push({ file: m[1], line: Number(m[2]) });
        }
    }
    return { frames, innermostLast: python };
}
/** Maps paths and stack traces of results onto the repository. */
class Locator {
    root;
    exists;
    existsCache = new Map();
    constructor(options) {
        this.root = (0,external_node_path_.resolve)(options.root);
        const exists = options.exists ?? ((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.root, p)));
        this.exists = (p) => {
            let v = this.existsCache.get(p);
            if (v === undefined) {
                v = exists(p);
                if (this.existsCache.size < 10_000)
                    this.existsCache.set(p, v);
            }
            return v;
        };
    }
    /**
     * The repository-relative form of `file`, or `undefined` when it is outside. Relative paths are tried against the
     * repository root, then against `baseDir` (the results file's folder); absolute paths from another machine are
     * matched by their longest suffix (at least two components) that exists in the repository.
     */
    toRepoPath(file, baseDir) {
        const f = file.replace(/\\/g, '/').replace(/^file:\/\//, '');
        if (f === '' || f.includes('\0'))
            return undefined;
        if (!(0,external_node_path_.isAbsolute)(f) && !/^[A-Za-z]:\//.test(f)) {
            const norm = external_node_path_.posix.normalize(f);
            if (!norm.startsWith('../') && norm !== '..') {
                if (!baseDir || this.exists(norm))
                    return norm;
                const viaBase = this.inside((0,external_node_path_.resolve)(baseDir, norm));
                if (viaBase !== undefined && this.exists(viaBase))
                    return viaBase;
                return norm;
            }
            return baseDir ? this.inside((0,external_node_path_.resolve)(baseDir, norm)) : undefined;
        }
        const direct = this.inside(f);
        if (direct !== undefined)
            return direct;
        const parts = f.split('/').filter((p) => p !== '');
        for (let i = 1; i <= parts.length - 2; i++) {
            const suffix = parts.slice(i).join('/');
            if (this.exists(suffix))
                return suffix;
        }
        return undefined;
    }
    inside(abs) {
        const rel = (0,external_node_path_.relative)(this.root, (0,external_node_path_.resolve)(abs));
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        return rel.split(external_node_path_.sep).join('/');
    }
    /**
     * Resolves a case's location. With a file, a stack frame in that file refines the line (the failing assertion
     * beats the test's first line); without one, the first in-repository frame of the details (innermost for Python)
     * is used.
     */
    locate(location, details, baseDir) {
        const { frames, innermostLast } = details ? stackFrames(details) : { frames: [], innermostLast: false };
        const ordered = innermostLast ? [...frames].reverse() : frames;
        if (location) {
            const path = this.toRepoPath(location.file, baseDir);
            if (path === undefined) {
                const frame = this.firstInRepo(ordered, baseDir);
                if (frame)
                    return { ...frame, outside: location.file };
                return { outside: location.file, ...(location.line ? { line: location.line } : {}) };
            }
            const own = ordered.find((fr) => {
                const p = fr.file.replace(/\\/g, '/');
                return p === path || p.endsWith(`/${path}`) || this.toRepoPath(p, baseDir) === path;
            });
            if (own)
                return { path, line: own.line };
            const out = { path };
            if (location.line !== undefined)
                out.line = location.line;
            if (location.endLine !== undefined)
                out.endLine = location.endLine;
            return out;
        }
        return this.firstInRepo(ordered, baseDir) ?? {};
    }
    firstInRepo(frames, baseDir) {
        for (const fr of frames) {
            const norm = fr.file.replace(/\\/g, '/');
            if (FOREIGN.test(norm))
                continue;
            const path = this.toRepoPath(norm, baseDir);
            if (path !== undefined && !FOREIGN.test(path) && this.exists(path))
                return { path, line: fr.line };
        }
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
;// CONCATENATED MODULE: ./build/results/publish/octokit.js
/**
 * The Octokit client publish-results uses: @octokit/rest with the retry and throttling plugins.
 *
 * - Reads are retried by plugin-retry on 5xx (safe: they are idempotent).
 * - Writes are never retried blindly (`request.retries: 0`): the sender checks what the server applied first, because
 *   a 502 may hide a write that happened.
 * - Secondary rate limits (403/429 "secondary rate limit") and primary ones are handled by plugin-throttling, whose
 *   waits go through the injected clock so `retry-after` is honoured and testable; the plugin's own write limiter is
 *   replaced by the sender's {@link WritePacer}, the single place that spaces writes.
 */



/** The Octokit class with both plugins. */
const PublishOctokit = dist_src/* Octokit */.E.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/** A Bottleneck group stand-in that runs jobs at once: pacing is the WritePacer's job. */
const passThroughGroup = {
    key: () => ({
        schedule: (optionsOrFn, ...rest) => {
            const fn = (typeof optionsOrFn === 'function' ? optionsOrFn : rest.shift());
            return fn(...rest);
        },
    }),
};
/** Builds the client. */
function createOctokit(options) {
    const rateLimitRetries = options.rateLimitRetries ?? 5;
    const maxWait = options.maxRateLimitWaitSeconds ?? 900;
    const log = options.logger;
    const wait = async (seconds) => options.clock.sleep(Math.max(1, seconds) * 1000);
    return new PublishOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? 'kuryr-dragonflow-actions/publish-results',
        request: options.fetch ? { fetch: options.fetch } : {},
        // Octokit's own request log goes to debug: the sender reports failures itself, once, with what it did about
        // them (an `error` here would become an error annotation for a 502 that was recovered).
        log: {
            debug: (m) => log?.debug(m),
            info: (m) => log?.debug(m),
            warn: (m) => log?.debug(m),
            error: (m) => log?.debug(m),
        },
        retry: { retries: options.readRetries ?? 3, retryAfterBaseValue: options.readRetryBaseMs ?? 1000 },
        throttle: {
            // The plugin multiplies retry-after by this before its own wait; we already waited through the clock.
            retryAfterBaseValue: 0,
            // Only `key(id).schedule(...)` is used by the plugin; the rest of Bottleneck's Group API is not needed.
            write: passThroughGroup,
            notifications: passThroughGroup,
            onSecondaryRateLimit: async (retryAfter, o, _k, retryCount) => {
                log?.warning(`Secondary rate limit on ${o.method} ${o.url}: waiting ${retryAfter}s (retry ${retryCount + 1}).`);
                if (retryCount >= rateLimitRetries)
                    return false;
                await wait(retryAfter);
                return true;
            },
            onRateLimit: async (retryAfter, o, _k, retryCount) => {
                log?.warning(`Rate limit on ${o.method} ${o.url}: resets in ${retryAfter}s.`);
                if (retryCount >= rateLimitRetries || retryAfter > maxWait)
                    return false;
                await wait(retryAfter);
                return true;
            },
        },
    });
}

;// CONCATENATED MODULE: ./build/results/publish/pacer.js
/**
 * Pacing of content-creating requests: writes go one at a time with at least `minIntervalMs` between the end of one
 * and the start of the next (GitHub's secondary-rate-limit guidance). The clock is injected, so tests run instantly
 * and still check every wait.
 */
/** The real clock. */
const systemClock = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
/** Serialises writes and spaces them out. */
class WritePacer {
    clock;
    minIntervalMs;
    lastEnd;
    queue = Promise.resolve();
    /** Total time spent waiting, in milliseconds. */
    waitedMs = 0;
    constructor(clock = systemClock, minIntervalMs = 1000) {
        this.clock = clock;
        this.minIntervalMs = minIntervalMs;
    }
    /** Runs `fn` as a write: after earlier writes, and at least `minIntervalMs` after the last one ended. */
    async write(fn) {
        const run = async () => {
            if (this.lastEnd !== undefined) {
                const wait = this.lastEnd + this.minIntervalMs - this.clock.now();
                if (wait > 0)
                    await this.sleep(wait);
            }
            try {
                return await fn();
            }
            finally {
                this.lastEnd = this.clock.now();
            }
        };
        const result = this.queue.then(run, run);
        this.queue = result.then(() => undefined, () => undefined);
        return result;
    }
    /** Waits `ms` through the clock (for `retry-after`), counted in {@link waitedMs}. */
    async sleep(ms) {
        if (ms <= 0)
            return;
        this.waitedMs += ms;
        await this.clock.sleep(ms);
    }
}

;// CONCATENATED MODULE: ./build/results/publish/planner.js
/**
 * The pure request planner: results (annotations + rendered output) → the exact sequence of Checks API writes.
 *
 * One `POST /repos/{owner}/{repo}/check-runs` carries the first 50 annotations; each further 50 go in a
 * `PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}` (GitHub appends annotations on update). The last request
 * completes the run with its conclusion. Total writes = max(1, ⌈k/50⌉). When a run with our `external_id` already
 * exists for the commit (a re-run), every request is a PATCH of that run and annotations it already has are skipped.
 */


/** Placeholder for the check run id in planned paths until the run exists. */
const CHECK_RUN_ID_PLACEHOLDER = '{check_run_id}';
/** `external_id` for a check name on a commit: stable across re-runs, so a re-run finds its earlier run. */
function externalIdFor(name, headSha) {
    return `kuryr-dragonflow-actions/publish-results:${name}@${headSha}`;
}
/** Splits `items` into chunks of `size` (at least one chunk, possibly empty). */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out.length ? out : [[]];
}
/** Number of write requests for `k` annotations: max(1, ⌈k/50⌉). */
function writeRequestCount(k) {
    return Math.max(1, Math.ceil(k / GITHUB_LIMITS.annotationsPerRequest));
}
/** Plans the writes for one check run. Pure: same input, same requests. */
function planCheckRun(input) {
    const base = `/repos/${encodeURIComponent(input.owner)}/${encodeURIComponent(input.repo)}/check-runs`;
    const have = input.existing?.annotationKeys;
    const annotations = have ? input.annotations.filter((a) => !have.has(annotationKey(a))) : input.annotations;
    const batches = chunk(annotations, limits_GITHUB_LIMITS.annotationsPerRequest);
    const runPath = `${base}/${input.existing ? input.existing.id : CHECK_RUN_ID_PLACEHOLDER}`;
    const requests = [];
    let sent = 0;
    batches.forEach((batch, i) => {
        const last = i === batches.length - 1;
        const output = { title: input.title, summary: input.summary };
        if (input.text !== undefined)
            output.text = input.text;
        if (batch.length > 0)
            output.annotations = batch;
        sent += batch.length;
        const body = { output };
        if (i === 0 && !input.existing) {
            body.name = input.name;
            body.head_sha = input.headSha;
            body.external_id = input.externalId;
        }
        if (last) {
            body.status = 'completed';
            body.conclusion = input.conclusion;
        }
        else if (i === 0 && !input.existing) {
            body.status = 'in_progress';
        }
        requests.push({
            method: i === 0 && !input.existing ? 'POST' : 'PATCH',
            path: i === 0 && !input.existing ? base : runPath,
            body,
            annotationsAfter: sent,
        });
    });
    return requests;
}

;// CONCATENATED MODULE: ./build/results/publish/id-set.js
/**
 * A set of strings kept as 64-bit fingerprints in flat typed arrays (open addressing, linear probing): about 20 bytes
 * per member instead of a string plus a map entry (80–100 bytes). The collector uses it to remember the id of every
 * failure it counted but did not keep, so a later pass of the same case (a retry) is still recognised as flaky while
 * memory stays nearly flat however many failures there are.
 *
 * Two different strings share a fingerprint with probability about n²/2⁶⁵ (for a million failures, one in 36
 * million); the cost of that would be one passed case counted as a retry.
 */
const EMPTY = 0;
const USED = 1;
const DELETED = 2;
/** Two independent 32-bit hashes of `s` (FNV-1a and a multiply-rotate hash over UTF-16 code units). */
function fingerprint(s) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b = (b << 13) | (b >>> 19);
    }
    b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
    return [a >>> 0, (b ^ (b >>> 16)) >>> 0];
}
/** A set of strings by fingerprint: `add`, `has`, `delete`. */
class FingerprintSet {
    hi;
    lo;
    state;
    /** Members. */
    size = 0;
    /** Slots that are not empty (members and tombstones): what the load factor counts. */
    occupied = 0;
    constructor(capacity = 1024) {
        const n = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
        this.hi = new Uint32Array(n);
        this.lo = new Uint32Array(n);
        this.state = new Uint8Array(n);
    }
    /** Adds `s` (no effect when present). */
    add(s) {
        const [h, l] = fingerprint(s);
        if (this.find(h, l) !== -1)
            return;
        if ((this.occupied + 1) * 2 > this.state.length)
            this.rehash((this.size + 1) * 4 > this.state.length);
        const mask = this.state.length - 1;
        let i = h & mask;
        while (this.state[i] === USED)
            i = (i + 1) & mask;
        if (this.state[i] === EMPTY)
            this.occupied++;
        this.hi[i] = h;
        this.lo[i] = l;
        this.state[i] = USED;
        this.size++;
    }
    /** Whether `s` is a member. */
    has(s) {
        const [h, l] = fingerprint(s);
        return this.find(h, l) !== -1;
    }
    /** Removes `s`; true when it was a member. */
    delete(s) {
        const [h, l] = fingerprint(s);
        const i = this.find(h, l);
        if (i === -1)
            return false;
        this.state[i] = DELETED;
        this.size--;
        return true;
    }
    find(h, l) {
        const mask = this.state.length - 1;
        for (let i = h & mask; this.state[i] !== EMPTY; i = (i + 1) & mask) {
            if (this.state[i] === USED && this.hi[i] === h && this.lo[i] === l)
                return i;
        }
        return -1;
    }
    /** Rebuilds without tombstones, twice as large when `grow`. */
    rehash(grow) {
        const { hi, lo, state } = this;
        const n = grow ? state.length * 2 : state.length;
        this.hi = new Uint32Array(n);
        this.lo = new Uint32Array(n);
        this.state = new Uint8Array(n);
        this.occupied = 0;
        const mask = n - 1;
        for (let j = 0; j < state.length; j++) {
            if (state[j] !== USED)
                continue;
            let i = hi[j] & mask;
            while (this.state[i] === USED)
                i = (i + 1) & mask;
            this.hi[i] = hi[j];
            this.lo[i] = lo[j];
            this.state[i] = USED;
            this.occupied++;
        }
    }
}

;// CONCATENATED MODULE: ./build/results/publish/collector.js

/**
 * An independent copy of a string. Parsers hand out slices of their input chunks; keeping one of those alive keeps
 * the whole chunk (V8 sliced and cons strings, and external strings that do not even count against the heap). What
 * the collector keeps is copied, so memory stays bounded by what is kept.
 */
function detach(s) {
    return JSON.parse(JSON.stringify(s));
}
function emptyTotals() {
    return {
        total: 0,
        passed: 0,
        failed: 0,
        error: 0,
        skipped: 0,
        flaky: 0,
        durationMs: 0,
        findings: { notice: 0, warning: 0, failure: 0 },
    };
}
/** Streams cases and findings in; read totals and the kept items out. */
class ResultsCollector {
    totals = emptyTotals();
    files = [];
    /** Kept failed/errored cases, in arrival order (a case turned flaky moves to {@link flaky}). */
    failures = [];
    flaky = [];
    /** Findings kept, in arrival order. */
    findings = [];
    /** Failures, flaky cases and findings that were counted but not kept. */
    dropped = { failures: 0, flaky: 0, findings: 0 };
    /** The slowest cases, slowest first. */
    slowest = [];
    keepFailures;
    keepFlaky;
    keepFindings;
    slowestMax;
    observers;
    order = 0;
    /** Failed ids (per file) of the failures kept → their record. */
    keptIds = new Map();
    /** Failed ids (per file) of the failures only counted: fingerprints, so memory stays flat in their number. */
    droppedIds = new FingerprintSet();
    findingsPerLevel = { notice: 0, warning: 0, failure: 0 };
    constructor(options = {}) {
        this.keepFailures = options.keepFailures ?? Number.POSITIVE_INFINITY;
        this.keepFlaky = options.keepFlaky ?? 1000;
        this.keepFindings = options.keepFindings ?? Number.POSITIVE_INFINITY;
        this.slowestMax = options.slowest ?? 10;
        this.observers = options.observers ?? [];
    }
    /** Registers a results file before its cases are added. */
    addFile(file) {
        const f = { ...file, index: this.files.length, cases: 0 };
        this.files.push(f);
        return f;
    }
    /** Counts a case and keeps it if it failed (within the limit) or is flaky. */
    addCase(c, file) {
        file.cases++;
        for (const o of this.observers)
            o.observe(c, file);
        const key = `${file.index}\0${c.id}`;
        // Only what is kept is copied (see detach): the keys of kept failures, and the failures and flaky cases themselves;
        // a failure that is only counted is not copied at all, so it leaves no garbage behind either.
        const t = this.totals;
        t.durationMs += c.durationMs ?? 0;
        this.trackSlowest(c, file.index);
        const earlier = this.failedEarlier(key);
        if (earlier !== undefined && (c.status === 'passed' || c.status === 'flaky')) {
            // A retry that passed: the earlier failure and this pass are one flaky case.
            this.keptIds.delete(key);
            this.droppedIds.delete(key);
            const wasError = earlier ? earlier.case.status === 'error' : false;
            t[wasError ? 'error' : 'failed'] -= 1;
            t.flaky += 1;
            const attempts = (earlier?.case.attempts ?? 1) + (c.attempts ?? 1);
            if (earlier) {
                this.failures = this.failures.filter((f) => f !== earlier);
                earlier.case = { ...earlier.case, status: 'flaky', attempts };
                this.keepFlakyCase(earlier);
            }
            else {
                // It was counted among the failures not kept; it is no longer a failure.
                this.dropped.failures -= 1;
                this.keepFlakyCase({ case: { ...c, status: 'flaky', attempts }, file: file.index, order: this.order++ }, true);
            }
            return;
        }
        t.total += 1;
        t[c.status] += 1;
        const order = this.order++;
        if (c.status === 'failed' || c.status === 'error') {
            if (earlier !== undefined) {
                // The same id failed again (another retry): count it once, as its worst status, with the first details.
                t.total -= 1;
                t[c.status] -= 1;
                if (earlier) {
                    const worse = earlier.case.status === 'error' || c.status === 'error' ? 'error' : 'failed';
                    if (worse !== earlier.case.status) {
                        t[earlier.case.status] -= 1;
                        t[worse] += 1;
                    }
                    earlier.case = { ...earlier.case, status: worse, attempts: (earlier.case.attempts ?? 1) + (c.attempts ?? 1) };
                }
                return;
            }
            if (this.failures.length < this.keepFailures) {
                const record = { case: structuredClone(c), file: file.index, order };
                this.failures.push(record);
                this.keptIds.set(detach(key), record);
            }
            else {
                this.dropped.failures++;
                this.droppedIds.add(key);
            }
        }
        else if (c.status === 'flaky') {
            this.keepFlakyCase({ case: c, file: file.index, order }, true);
        }
    }
    /** Counts a finding and keeps it within the per-level limit. */
    addFinding(f, file) {
        this.totals.findings[f.level] += 1;
        if (this.findingsPerLevel[f.level] >= this.keepFindings) {
            this.dropped.findings++;
            return;
        }
        this.findingsPerLevel[f.level] += 1;
        this.findings.push({ finding: f, file: file.index, order: this.order++ });
    }
    /** The worst case status seen: `error` > `failed` > `passed` (flaky and skipped pass). */
    get worst() {
        if (this.totals.error > 0)
            return 'error';
        if (this.totals.failed > 0 || this.totals.findings.failure > 0)
            return 'failed';
        return 'passed';
    }
    /** The earlier failure with this key: its record when kept, `null` when only counted, `undefined` when none. */
    failedEarlier(key) {
        const kept = this.keptIds.get(key);
        if (kept)
            return kept;
        return this.droppedIds.size > 0 && this.droppedIds.has(key) ? null : undefined;
    }
    /** Keeps a flaky case within the limit (`copy`: the case still holds the parser's strings). */
    keepFlakyCase(record, copy = false) {
        if (this.flaky.length < this.keepFlaky)
            this.flaky.push(copy ? { ...record, case: structuredClone(record.case) } : record);
        else
            this.dropped.flaky++;
    }
    trackSlowest(c, file) {
        const d = c.durationMs;
        if (d === undefined || this.slowestMax <= 0)
            return;
        const s = this.slowest;
        if (s.length >= this.slowestMax && (s[s.length - 1]?.durationMs ?? 0) >= d)
            return;
        const entry = { name: detach(c.name), suite: detach(c.suite), durationMs: d, file };
        let i = s.findIndex((e) => e.durationMs < d);
        if (i === -1)
            i = s.length;
        s.splice(i, 0, entry);
        if (s.length > this.slowestMax)
            s.pop();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./build/results/capped-text.js
/**
 * A text accumulator with a fixed memory bound: it keeps the head and the tail of what it is fed and counts what it
 * dropped in between. Parsers use it for failure bodies, tracebacks and captured output, which can be arbitrarily
 * large in a results file; the start (the assertion) and the end (the exception) are the parts a reviewer reads.
 */
class CappedText {
    maxChars;
    head = '';
    tail = '';
    dropped = 0;
    /** Set once text went to the tail: the head never grows after that, or the order would break. */
    headClosed = false;
    headMax;
    /** @param maxChars total characters kept (half head, half tail) */
    constructor(maxChars = 64 * 1024) {
        this.maxChars = maxChars;
        this.headMax = Math.ceil(maxChars / 2);
    }
    /** What the tail may keep: the rest of the budget (the head may be one short to keep a surrogate pair whole). */
    get tailMax() {
        return this.maxChars - this.head.length;
    }
    /** Appends `chunk`. */
    push(chunk) {
        if (chunk === '')
            return;
        if (!this.headClosed && this.head.length < this.headMax) {
            let room = this.headMax - this.head.length;
            // Do not end the head on the first half of a surrogate pair.
            const last = chunk.charCodeAt(room - 1);
            if (room < chunk.length && last >= 0xd800 && last <= 0xdbff)
                room--;
            this.head += chunk.slice(0, room);
            chunk = chunk.slice(room);
            if (chunk === '')
                return;
        }
        this.headClosed = true;
        this.tail += chunk;
        if (this.tail.length > this.tailMax * 2)
            this.compact();
    }
    /** True when nothing was pushed. */
    get empty() {
        return this.head === '' && this.tail === '';
    }
    /** Characters dropped from the middle so far. */
    get droppedChars() {
        this.compact();
        return this.dropped;
    }
    /** The kept text: head, a `[… N characters omitted …]` line if anything was dropped, tail. */
    toString() {
        this.compact();
        if (this.dropped === 0)
            return this.head + this.tail;
        return `${this.head}\n[… ${this.dropped} characters omitted …]\n${this.tail}`;
    }
    compact() {
        if (this.tail.length <= this.tailMax)
            return;
        let cut = this.tail.length - this.tailMax;
        // Do not start the tail on the second half of a surrogate pair.
        const code = this.tail.charCodeAt(cut);
        if (code >= 0xdc00 && code <= 0xdfff)
            cut++;
        this.dropped += cut;
        this.tail = this.tail.slice(cut);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./build/results/junit/decode.js
/**
 * Byte stream → text stream for XML: the encoding comes from the byte-order mark, else from the XML declaration's
 * `encoding` pseudo-attribute, else UTF-8 (XML 1.0 §4.3.3 and Appendix F). Decoding is incremental, so a file of any
 * size passes through a fixed-size window; malformed bytes become U+FFFD instead of aborting the parse.
 */


/** How many leading bytes are examined for the declaration. */
const SNIFF_BYTES = 1024;
/** The encoding label for `head`, the first bytes of an XML document. */
function sniffXmlEncoding(head) {
    const [b0, b1, b2, b3] = head;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return 'utf-8';
    if (b0 === 0xff && b1 === 0xfe)
        return 'utf-16le';
    if (b0 === 0xfe && b1 === 0xff)
        return 'utf-16be';
    // UTF-16 without a BOM: `<?` as 16-bit units.
    if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)
        return 'utf-16le';
    if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)
        return 'utf-16be';
    const text = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1');
    const decl = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(text);
    return decl?.[1]?.toLowerCase() ?? 'utf-8';
}
function createDecoder(label, source) {
    try {
        return new external_node_util_.TextDecoder(label, { fatal: false });
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${source}: unsupported XML encoding '${label}'.`, source);
    }
}
/**
 * Decodes an XML byte stream to text chunks. The first chunk(s) are buffered until {@link SNIFF_BYTES} bytes (or the
 * end) are seen, to find the encoding; after that every chunk is decoded as it arrives.
 * @param source file name for error messages
 * @throws ConfigurationError when the declared encoding is unknown
 */
async function* decodeXmlStream(chunks, source) {
    let decoder;
    let pending = [];
    let pendingBytes = 0;
    for await (const chunk of chunks) {
        if (!decoder) {
            pending.push(chunk);
            pendingBytes += chunk.length;
            if (pendingBytes < SNIFF_BYTES)
                continue;
            const head = Buffer.concat(pending);
            pending = [];
            decoder = createDecoder(sniffXmlEncoding(head), source);
            const text = decoder.decode(head, { stream: true });
            if (text !== '')
                yield text;
            continue;
        }
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '')
            yield text;
    }
    if (!decoder) {
        const head = Buffer.concat(pending);
        decoder = createDecoder(sniffXmlEncoding(head), source);
        const text = decoder.decode(head, { stream: true });
        if (text !== '')
            yield text;
    }
    const rest = decoder.decode();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./build/results/junit/parse.js
/**
 * Streaming JUnit XML reader. One pass of a SAX parser (saxes) turns every `<testcase>` into a {@link TestCase} and
 * hands it to a callback; nothing but the current case (with capped failure text and output) is held, so memory does
 * not grow with the file.
 *
 * Flavours handled: a `<testsuites>` root or a bare `<testsuite>` root, nested suites, surefire (`flakyFailure`,
 * `flakyError`, `rerunFailure`, `rerunError`, `stackTrace` children), pytest (`file`/`line` attributes; `line` is
 * 0-based there), jest-junit (`file` attribute, suite-level errors), CDATA bodies and per-case `system-out`/
 * `system-err`.
 *
 * Security: DTDs are never processed. A document with a DOCTYPE is refused before its root element, and saxes does not
 * expand entities beyond the five predefined ones and character references, so XXE and entity-expansion bombs have
 * nothing to work with.
 */



/** A parse that stopped on malformed or refused input. Cases emitted before the problem stay valid. */
class JUnitParseError extends Error {
    source;
    line;
    casesBefore;
    constructor(message, source, line, casesBefore = 0) {
        super(message);
        this.source = source;
        this.line = line;
        this.casesBefore = casesBefore;
        this.name = 'JUnitParseError';
    }
}
const STATUS_RANK = { passed: 0, flaky: 1, skipped: 2, failed: 3, error: 4 };
/** Parses `time="1.5"` (seconds; tolerates thousands separators) into milliseconds. */
function parseJUnitTime(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value.replace(/,/g, '').trim());
    return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000 * 1000) / 1000 : undefined;
}
function attr(tag, name) {
    const v = tag.attributes[name];
    return typeof v === 'string' ? v : undefined;
}
function positiveInt(value) {
    if (value === undefined || !/^\d+$/.test(value.trim()))
        return undefined;
    return Number(value.trim());
}
/**
 * Reads a JUnit XML byte stream and calls `onCase` for every test case, in document order.
 * @throws JUnitParseError on malformed XML, a DOCTYPE, or a root element that is not `testsuites`/`testsuite`
 */
async function parseJUnit(bytes, onCase, options) {
    const { source } = options;
    const maxText = options.maxTextChars ?? 64 * 1024;
    const parser = new saxes/* SaxesParser */.wT({ position: true, fileName: source });
    const suites = [];
    let current;
    let capture;
    let depthInCapture = 0;
    let rootSeen = false;
    let cases = 0;
    let orphanSuiteProblems = 0;
    let failure;
    const fail = (message) => {
        failure ??= new JUnitParseError(`${source}:${parser.line}: ${message}`, source, parser.line, cases);
    };
    parser.on('error', (err) => fail(err.message.replace(/^[^:]*:\d+:\d+: /, '')));
    parser.on('doctype', () => fail('DOCTYPE declarations are refused (DTDs and entity expansion are disabled)'));
    parser.on('opentag', (tag) => {
        if (failure)
            return;
        const name = tag.name;
        if (!rootSeen) {
            rootSeen = true;
            if (name !== 'testsuites' && name !== 'testsuite') {
                fail(`root element <${name}> is not <testsuites> or <testsuite>`);
                return;
            }
        }
        if (capture !== undefined) {
            depthInCapture++; // e.g. surefire <flakyFailure><stackTrace>: text goes to the same capture
            return;
        }
        if (name === 'testsuite' || (name === 'testsuites' && suites.length === 0)) {
            const parent = suites[suites.length - 1];
            const suiteName = attr(tag, 'name') ?? '';
            suites.push({
                name: suiteName,
                file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? parent?.file,
                zeroBasedLines: parent?.zeroBasedLines === true || suiteName === 'pytest',
                declaredProblems: (positiveInt(attr(tag, 'errors')) ?? 0) + (positiveInt(attr(tag, 'failures')) ?? 0),
                seenProblems: 0,
            });
            return;
        }
        if (name === 'testcase') {
            const suite = suites[suites.length - 1];
            const line = positiveInt(attr(tag, 'line'));
            current = {
                name: attr(tag, 'name') ?? '(unnamed)',
                classname: attr(tag, 'classname') ?? attr(tag, 'class') ?? suite?.name ?? '',
                file: attr(tag, 'file') ?? attr(tag, 'filepath') ?? suite?.file,
                line: line === undefined ? undefined : suite?.zeroBasedLines ? line + 1 : Math.max(1, line),
                timeMs: parseJUnitTime(attr(tag, 'time')),
                status: 'passed',
                body: new CappedText(maxText),
                out: new CappedText(maxText),
                err: new CappedText(maxText),
                flakyRuns: 0,
                reruns: 0,
            };
            return;
        }
        if (!current)
            return;
        switch (name) {
            case 'failure':
            case 'error':
            case 'rerunFailure':
            case 'rerunError': {
                const status = name.toLowerCase().endsWith('error') ? 'error' : 'failed';
                if (name.startsWith('rerun'))
                    current.reruns++;
                if (STATUS_RANK[status] > STATUS_RANK[current.status] || current.message === undefined) {
                    if (STATUS_RANK[status] >= STATUS_RANK[current.status])
                        current.status = status;
                    current.message ??= attr(tag, 'message');
                    current.type ??= attr(tag, 'type');
                }
                if (!current.body.empty)
                    current.body.push('\n');
                capture = 'failure';
                return;
            }
            case 'flakyFailure':
            case 'flakyError':
                current.flakyRuns++;
                if (current.status === 'passed')
                    current.status = 'flaky';
                current.message ??= attr(tag, 'message');
                current.type ??= attr(tag, 'type');
                capture = 'flaky';
                return;
            case 'skipped':
                if (STATUS_RANK.skipped > STATUS_RANK[current.status])
                    current.status = 'skipped';
                current.message ??= attr(tag, 'message');
                capture = 'skip';
                return;
            case 'system-out':
                capture = 'out';
                return;
            case 'system-err':
                capture = 'err';
                return;
            default:
                return;
        }
    });
    const onText = (text) => {
        if (failure || !current || capture === undefined)
            return;
        switch (capture) {
            case 'failure':
            case 'flaky':
                current.body.push(text);
                return;
            case 'skip':
                if (current.message === undefined && text.trim() !== '')
                    current.message = text.trim().slice(0, 1000);
                return;
            case 'out':
                current.out.push(text);
                return;
            case 'err':
                current.err.push(text);
                return;
        }
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag) => {
        if (failure)
            return;
        if (capture !== undefined) {
            if (depthInCapture > 0)
                depthInCapture--;
            else
                capture = undefined;
            return;
        }
        if (tag.name === 'testcase' && current) {
            const c = current;
            current = undefined;
            const suite = suites[suites.length - 1];
            if (suite && (c.status === 'failed' || c.status === 'error'))
                suite.seenProblems++;
            cases++;
            onCase(toTestCase(c));
            return;
        }
        if (tag.name === 'testsuite' || tag.name === 'testsuites') {
            const suite = suites.pop();
            if (suite && suite.declaredProblems > suite.seenProblems && tag.name === 'testsuite') {
                // A suite that says it failed but has no failing <testcase> (jest-junit: a test file that did not load).
                const missing = suite.declaredProblems - suite.seenProblems;
                orphanSuiteProblems += missing;
                cases++;
                onCase({
                    id: `${source}#suite-${cases}`,
                    name: suite.name || '(suite)',
                    suite: suite.name || '(suite)',
                    status: 'error',
                    message: `The suite reports ${missing} error(s)/failure(s) without a failing test case (it may not have loaded).`,
                    ...(suite.file ? { location: { file: suite.file } } : {}),
                });
            }
            const parent = suites[suites.length - 1];
            if (parent && suite)
                parent.seenProblems += Math.max(suite.seenProblems, suite.declaredProblems);
        }
    });
    try {
        for await (const text of decodeXmlStream(bytes, source)) {
            parser.write(text);
            if (failure)
                break;
        }
        if (!failure)
            parser.close();
    }
    catch (err) {
        if (err instanceof JUnitParseError)
            throw err;
        fail(err instanceof Error ? err.message : String(err));
    }
    if (!failure && !rootSeen)
        fail('no root element (empty or not XML)');
    if (failure)
        throw failure;
    return { cases, orphanSuiteProblems };
}
function joinText(parts) {
    const kept = parts.filter(([, t]) => !t.empty && t.toString().trim() !== '');
    if (kept.length === 0)
        return undefined;
    if (kept.length === 1 && kept[0]?.[0] === '')
        return kept[0][1].toString().trim();
    return kept.map(([label, t]) => (label ? `${label}\n${t.toString().trim()}` : t.toString().trim())).join('\n\n');
}
function toTestCase(c) {
    const bad = c.status !== 'passed' && c.status !== 'skipped';
    const suite = c.classname || '(no suite)';
    const tc = { id: `${suite}::${c.name}`, name: c.name, suite, status: c.status };
    if (c.timeMs !== undefined)
        tc.durationMs = c.timeMs;
    let message = c.message?.trim();
    if (bad && !message && c.type)
        message = c.type;
    if (bad && !message)
        message = firstLine(c.body.toString());
    if (message)
        tc.message = message;
    if (bad) {
        const details = joinText([
            ['', c.body],
            ['--- stdout ---', c.out],
            ['--- stderr ---', c.err],
        ]);
        if (details)
            tc.details = details;
    }
    if (c.file)
        tc.location = c.line !== undefined ? { file: c.file, line: c.line } : { file: c.file };
    const attempts = 1 + c.flakyRuns + c.reruns;
    if (attempts > 1)
        tc.attempts = attempts;
    return tc;
}
function firstLine(text) {
    const line = text
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line === undefined ? undefined : line.slice(0, 500);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/results/subunit/v2.js
/**
 * A streaming reader of subunit v2, the binary test-event protocol of python-subunit, testtools, stestr and tempest.
 *
 * Packet layout (python-subunit `subunit/v2.py`): signature `0xB3`; 16-bit big-endian flags (version `0x2` in the top
 * nibble); the whole packet's length as a variable-length number of at most 3 bytes (so a packet is < 4 MiB); then,
 * each only when its flag is set and in this order: timestamp (32-bit seconds + varint nanoseconds), test id, tags
 * (varint count + strings), MIME type, file content (name + varint length + bytes), route code; finally a CRC-32 of
 * everything before it. Strings are a varint byte length followed by UTF-8.
 *
 * Bytes between packets that do not start with the signature are "non-subunit" output and are reported as such. A
 * packet with a bad checksum or a bad field is reported and skipped, and reading resumes after it, as python-subunit
 * does. At most one packet is buffered, so memory is bounded by the 4 MiB packet limit.
 */


const SUBUNIT_SIGNATURE = 0xb3;
const FLAG_TEST_ID = 0x0800;
const FLAG_ROUTE_CODE = 0x0400;
const FLAG_TIMESTAMP = 0x0200;
const FLAG_RUNNABLE = 0x0100;
const FLAG_TAGS = 0x0080;
const FLAG_FILE_CONTENT = 0x0040;
const FLAG_MIME_TYPE = 0x0020;
const FLAG_EOF = 0x0010;
/** Test statuses by their 3-bit code. */
const SUBUNIT_STATUSES = [
    'undefined',
    'exists',
    'inprogress',
    'success',
    'uxsuccess',
    'skip',
    'fail',
    'xfail',
];
/** Thrown by field decoding inside one packet. */
class PacketError extends Error {
}
/** A FIFO of byte chunks that copies only what is asked for. */
class ByteQueue {
    chunks = [];
    length = 0;
    push(chunk) {
        if (chunk.length === 0)
            return;
        this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        this.length += chunk.length;
    }
    /** The first `n` bytes (n ≤ length), without consuming them. */
    peek(n) {
        const first = this.chunks[0];
        if (first && first.length >= n)
            return first.subarray(0, n);
        const merged = Buffer.concat(this.chunks);
        this.chunks = [merged];
        return merged.subarray(0, n);
    }
    /** Index of the first `byte` within the first `limit` bytes, or -1. */
    indexOf(byte, limit) {
        let base = 0;
        for (const chunk of this.chunks) {
            if (base >= limit)
                break;
            const i = chunk.indexOf(byte);
            if (i !== -1 && base + i < limit)
                return base + i;
            base += chunk.length;
        }
        return -1;
    }
    /** Removes and returns the first `n` bytes. */
    take(n) {
        const out = this.peek(n);
        const first = this.chunks[0];
        const rest = first.subarray(n);
        if (rest.length === 0)
            this.chunks.shift();
        else
            this.chunks[0] = rest;
        this.length -= n;
        return Buffer.from(out); // detach from the shared chunk so callers may keep it
    }
}
/** Reads a subunit variable-length number at `pos`; returns [value, bytes used]. */
function readVarint(buf, pos, max3Bytes = false) {
    const b0 = buf[pos];
    if (b0 === undefined)
        throw new PacketError(`number at ${pos} runs past the end of the packet`);
    const kind = b0 & 0xc0;
    const v0 = b0 & 0x3f;
    const need = kind === 0x00 ? 1 : kind === 0x40 ? 2 : kind === 0x80 ? 3 : 4;
    if (need === 4 && max3Bytes)
        throw new PacketError('packet length uses 4 bytes (at most 3 are allowed)');
    if (pos + need > buf.length)
        throw new PacketError(`number at ${pos} runs past the end of the packet`);
    if (need === 1)
        return [v0, 1];
    if (need === 2)
        return [(v0 << 8) | buf[pos + 1], 2];
    if (need === 3)
        return [(v0 << 16) | buf.readUInt16BE(pos + 1), 3];
    return [v0 * 0x1000000 + buf.readUIntBE(pos + 1, 3), 4];
}
const v2_utf8 = new external_node_util_.TextDecoder('utf-8', { fatal: true });
function readString(buf, pos, what) {
    const [len, used] = readVarint(buf, pos);
    const start = pos + used;
    if (start + len > buf.length)
        throw new PacketError(`${what} runs past the end of the packet`);
    const bytes = buf.subarray(start, start + len);
    if (bytes.includes(0))
        throw new PacketError(`${what} contains a NUL byte`);
    try {
        return [v2_utf8.decode(bytes), start + len];
    }
    catch {
        throw new PacketError(`${what} is not UTF-8`);
    }
}
/** Decodes the body of one complete packet (signature to CRC inclusive). */
function decodePacket(packet, offset) {
    const flags = packet.readUInt16BE(1);
    const version = flags >> 12;
    if (version !== 2)
        throw new PacketError(`unsupported version ${version}`);
    const [, lenBytes] = readVarint(packet, 3, true);
    const body = packet.subarray(0, packet.length - 4);
    let pos = 3 + lenBytes;
    const out = {
        kind: 'packet',
        offset,
        status: SUBUNIT_STATUSES[flags & 0x7],
        eof: (flags & FLAG_EOF) !== 0,
        runnable: (flags & FLAG_RUNNABLE) !== 0,
    };
    if (flags & FLAG_TIMESTAMP) {
        if (pos + 4 > body.length)
            throw new PacketError('timestamp runs past the end of the packet');
        const seconds = body.readUInt32BE(pos);
        const [nanos, used] = readVarint(body, pos + 4);
        pos += 4 + used;
        out.timestamp = { seconds, nanos };
        out.timestampMs = seconds * 1000 + nanos / 1e6;
    }
    if (flags & FLAG_TEST_ID)
        [out.testId, pos] = readString(body, pos, 'test id');
    if (flags & FLAG_TAGS) {
        const [count, used] = readVarint(body, pos);
        pos += used;
        const tags = [];
        for (let i = 0; i < count; i++) {
            let tag;
            [tag, pos] = readString(body, pos, 'tag');
            tags.push(tag);
        }
        out.tags = tags;
    }
    if (flags & FLAG_MIME_TYPE)
        [out.mimeType, pos] = readString(body, pos, 'MIME type');
    if (flags & FLAG_FILE_CONTENT) {
        [out.fileName, pos] = readString(body, pos, 'file name');
        const [len, used] = readVarint(body, pos);
        pos += used;
        if (pos + len > body.length)
            throw new PacketError('file content runs past the end of the packet');
        out.fileBytes = Buffer.from(body.subarray(pos, pos + len));
        pos += len;
    }
    if (flags & FLAG_ROUTE_CODE)
        [out.routeCode, pos] = readString(body, pos, 'route code');
    return out;
}
/** Most non-subunit bytes reported in one event. */
const MAX_NON_SUBUNIT_CHUNK = 64 * 1024;
/**
 * Reads a subunit v2 byte stream and yields its packets, interleaved non-subunit output, and problems (bad checksum,
 * bad fields, a truncated last packet). Never throws for bad input; rejects only if `chunks` itself fails.
 */
async function* readSubunitV2(chunks) {
    const q = new ByteQueue();
    let offset = 0;
    let ended = false;
    const iterator = chunks[Symbol.asyncIterator]();
    /** Pulls chunks until `n` bytes are queued or the input ends; true when they are. */
    const fill = async (n) => {
        while (q.length < n && !ended) {
            const next = await iterator.next();
            if (next.done)
                ended = true;
            else
                q.push(next.value);
        }
        return q.length >= n;
    };
    while (await fill(1)) {
        const first = q.peek(1)[0];
        if (first !== SUBUNIT_SIGNATURE) {
            const limit = Math.min(q.length, MAX_NON_SUBUNIT_CHUNK);
            const next = q.indexOf(SUBUNIT_SIGNATURE, limit);
            const n = next === -1 ? limit : next;
            yield { kind: 'non-subunit', offset, bytes: q.take(n) };
            offset += n;
            continue;
        }
        // Signature, flags, and up to 3 length bytes.
        if (!(await fill(4))) {
            yield { kind: 'problem', offset, message: `truncated packet header at byte ${offset}` };
            q.take(q.length);
            break;
        }
        // The length's first byte says how many bytes it takes (1-3; 4 is refused below).
        const lengthBytes = ((q.peek(4)[3] >> 6) & 0x3) + 1;
        if (!(await fill(3 + Math.min(lengthBytes, 3)))) {
            yield { kind: 'problem', offset, message: `truncated packet header at byte ${offset}` };
            q.take(q.length);
            break;
        }
        const header = q.peek(3 + Math.min(lengthBytes, 3));
        let length;
        try {
            [length] = readVarint(header, 3, true);
        }
        catch (err) {
            yield { kind: 'problem', offset, message: `bad packet length at byte ${offset}: ${err.message}` };
            q.take(1);
            offset += 1;
            continue;
        }
        if (length < 8) {
            yield { kind: 'problem', offset, message: `impossible packet length ${length} at byte ${offset}` };
            q.take(1);
            offset += 1;
            continue;
        }
        if (!(await fill(length))) {
            yield {
                kind: 'problem',
                offset,
                message: `truncated packet at byte ${offset}: ${length} bytes declared, ${q.length} left in the stream`,
            };
            q.take(q.length);
            break;
        }
        const packet = q.take(length);
        const stored = packet.readUInt32BE(length - 4);
        const computed = (0,external_node_zlib_.crc32)(packet.subarray(0, length - 4)) >>> 0;
        if (stored !== computed) {
            yield {
                kind: 'problem',
                offset,
                message: `bad checksum at byte ${offset}: computed 0x${computed.toString(16)}, stored 0x${stored.toString(16)}`,
            };
            offset += length;
            continue;
        }
        try {
            yield decodePacket(packet, offset);
        }
        catch (err) {
            if (!(err instanceof PacketError))
                throw err;
            yield { kind: 'problem', offset, message: `bad packet at byte ${offset}: ${err.message}` };
        }
        offset += length;
    }
}

;// CONCATENATED MODULE: ./build/results/subunit/cases.js
/**
 * Subunit v2 events → test cases. A test is a sequence of packets sharing a test id: `inprogress` (start time),
 * file attachments (traceback, reason, pythonlogging, stdout/stderr, possibly chunked), then one final status.
 * Only tests still in flight are held, so memory is bounded by concurrency, not by the stream's length.
 */



const FINAL = {
    success: 'passed',
    xfail: 'passed',
    fail: 'failed',
    uxsuccess: 'failed',
    skip: 'skipped',
};
/** Splits a Python test id (`pkg.mod.Class.test_x[id-1,smoke]`) into suite and name. */
function splitTestId(id) {
    const bracket = id.indexOf('[');
    const head = bracket === -1 ? id : id.slice(0, bracket);
    const dot = head.lastIndexOf('.');
    if (dot <= 0)
        return { suite: '(no suite)', name: id };
    return { suite: id.slice(0, dot), name: id.slice(dot + 1) };
}
/** The exception line of a traceback (`AssertionError: 1 != 2`), else its last non-empty line. */
function exceptionLine(text) {
    const lines = text.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line && /^[A-Za-z_][\w.]*(Error|Exception|Exit|Failure|Interrupt|Warning|Timeout)\b/.test(line)) {
            return line.slice(0, 1000);
        }
    }
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i]?.trim();
        if (line)
            return line.slice(0, 1000);
    }
    return undefined;
}
/**
 * Reads a subunit v2 stream and calls `onCase` once per finished test, in the order their final status arrives.
 * Tests that never got a final status become `error` cases; undecodable packets are collected as problems.
 */
async function parseSubunit(bytes, onCase, options) {
    const maxText = options.maxTextChars ?? 64 * 1024;
    const maxAttachments = options.maxAttachments ?? 8;
    const inFlight = new Map();
    const result = { cases: 0, packets: 0, problems: [], problemCount: 0, nonSubunitBytes: 0 };
    const state = (id) => {
        let s = inFlight.get(id);
        if (!s) {
            s = { attachments: new Map(), droppedAttachments: 0, tags: new Set() };
            inFlight.set(id, s);
        }
        return s;
    };
    const attach = (s, p) => {
        if (p.fileName === undefined || p.fileBytes === undefined)
            return;
        let a = s.attachments.get(p.fileName);
        if (!a) {
            if (s.attachments.size >= maxAttachments) {
                s.droppedAttachments++;
                return;
            }
            a = { text: new CappedText(maxText), decoder: new external_node_util_.TextDecoder('utf-8') };
            s.attachments.set(p.fileName, a);
        }
        a.text.push(a.decoder.decode(p.fileBytes, { stream: !p.eof }));
    };
    const finish = (id, status, endMs, note) => {
        const s = inFlight.get(id);
        inFlight.delete(id);
        const { suite, name } = splitTestId(id);
        const c = { id, name, suite, status };
        if (s?.startMs !== undefined && endMs !== undefined && endMs >= s.startMs) {
            c.durationMs = Math.round((endMs - s.startMs) * 1000) / 1000;
        }
        const texts = new Map();
        for (const [fileName, a] of s?.attachments ?? []) {
            a.text.push(a.decoder.decode());
            const t = a.text.toString().trim();
            if (t)
                texts.set(fileName, t);
        }
        const traceback = texts.get('traceback') ?? texts.get('Traceback');
        const reason = texts.get('reason');
        if (status === 'skipped') {
            if (reason)
                c.message = exceptionLine(reason);
        }
        else if (status === 'failed' || status === 'error') {
            c.message = note ?? (traceback ? exceptionLine(traceback) : undefined) ?? reason ?? 'failed';
            const parts = [];
            if (traceback)
                parts.push(traceback);
            for (const [fileName, t] of texts) {
                if (fileName === 'traceback' || fileName === 'Traceback')
                    continue;
                parts.push(`--- ${fileName} ---\n${t}`);
            }
            if (s && s.droppedAttachments > 0)
                parts.push(`(${s.droppedAttachments} more attachment(s) not kept)`);
            if (parts.length)
                c.details = parts.join('\n\n');
        }
        const tags = [...(s?.tags ?? [])].filter((t) => t !== '');
        if (tags.length)
            c.tags = tags.slice(0, 20);
        result.cases++;
        onCase(c);
    };
    for await (const ev of readSubunitV2(bytes)) {
        if (ev.kind === 'non-subunit') {
            result.nonSubunitBytes += ev.bytes.length;
            continue;
        }
        if (ev.kind === 'problem') {
            result.problemCount++;
            if (result.problems.length < 20)
                result.problems.push(ev.message);
            continue;
        }
        result.packets++;
        const id = ev.testId;
        if (id === undefined)
            continue; // global attachments and tag-only packets
        if (ev.status === 'exists' && ev.fileName === undefined)
            continue; // a test listing
        const s = state(id);
        for (const tag of ev.tags ?? [])
            if (s.tags.size < 20)
                s.tags.add(tag);
        attach(s, ev);
        if (ev.status === 'inprogress') {
            s.startMs ??= ev.timestampMs;
            continue;
        }
        const final = FINAL[ev.status];
        if (final === undefined)
            continue;
        const note = ev.status === 'uxsuccess' ? 'unexpected success (the test was expected to fail)' : undefined;
        finish(id, final, ev.timestampMs, note);
    }
    for (const id of [...inFlight.keys()]) {
        const s = inFlight.get(id);
        if (s && s.startMs === undefined && s.attachments.size === 0) {
            inFlight.delete(id);
            continue;
        }
        finish(id, 'error', undefined, 'the test never finished (no final status in the stream: the runner may have crashed)');
    }
    return result;
}

// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
;// CONCATENATED MODULE: ./build/results/publish/read.js
/**
 * Reads results files into a {@link ResultsCollector}: sniffs each file's format from its first bytes and streams it
 * through the matching parser. A file that cannot be read completely keeps what was read and adds an `error` case
 * saying why, so a truncated report still fails the run visibly instead of passing silently.
 */








/** Read buffer size: large enough that parsing, not system calls, dominates. */
const CHUNK_BYTES = 1024 * 1024;
/** The format of a file from its first bytes, or `undefined` when it is none of ours. */
function sniffFormat(head) {
    if (head.length === 0)
        return undefined;
    if (head[0] === SUBUNIT_SIGNATURE)
        return 'subunit';
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        return 'junit';
    const text = Buffer.from(head)
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
    if (text.startsWith('<'))
        return 'junit';
    if (text.startsWith('{'))
        return 'results-json';
    return undefined;
}
async function readHead(path, bytes = 512) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
/** How a file is shown: repository-relative with forward slashes when inside `root`, else absolute. */
function displayPath(abs, root) {
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(external_node_path_.sep))
        return abs;
    return rel.split(external_node_path_.sep).join('/');
}
/** The error case that stands for a results file that could not be read completely. */
function unreadableFileCase(file, problem, line) {
    const inside = !file.display.startsWith('/');
    return {
        id: `publish-results::${file.display}`,
        name: `read ${file.display}`,
        suite: 'publish-results',
        status: 'error',
        message: problem,
        ...(inside ? { location: line ? { file: file.display, line } : { file: file.display } } : {}),
    };
}
/** Reads one file into `collector`; never throws for bad content (that becomes an error case). */
async function readResultsFile(abs, collector, options) {
    const display = displayPath(abs, options.root);
    let format;
    try {
        format = sniffFormat(await readHead(abs));
    }
    catch (err) {
        const file = collector.addFile({ display, abs, format: 'junit' });
        file.problem = `cannot read: ${(0,errors/* getErrorMessage */.u1)(err)}`;
        collector.addCase(unreadableFileCase(file, file.problem), file);
        return file;
    }
    const file = collector.addFile({ display, abs, format: format ?? 'junit' });
    const onCase = (c) => collector.addCase(c, file);
    const stream = () => (0,external_node_fs_.createReadStream)(abs, { highWaterMark: CHUNK_BYTES });
    let problemLine;
    try {
        switch (format) {
            case undefined:
                file.problem = 'not a results file: expected results JSON, JUnit XML or a subunit v2 stream';
                break;
            case 'results-json': {
                const doc = await (0,writer/* readResults */.x8)(abs);
                file.run = doc.run;
                for (const c of doc.cases)
                    onCase(c);
                for (const f of doc.findings)
                    collector.addFinding(f, file);
                const status = doc.run.status;
                const bad = doc.cases.some((c) => c.status === 'error');
                if (status === 'error' && !bad)
                    file.problem = `stage '${doc.run.stage}' ended in error`;
                else if ((status === 'running' || status === undefined) && doc.run.finishedAt === undefined && !bad) {
                    file.problem = `stage '${doc.run.stage}' did not finish (no finishedAt: it may have crashed)`;
                }
                break;
            }
            case 'junit':
                await parseJUnit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
                break;
            case 'subunit': {
                const r = await parseSubunit(stream(), onCase, { source: display, maxTextChars: options.maxTextChars });
                if (r.problemCount > 0) {
                    const more = r.problemCount > r.problems.length ? ` (and ${r.problemCount - r.problems.length} more)` : '';
                    file.problem = `${r.problemCount} undecodable subunit packet(s): ${r.problems.slice(0, 3).join('; ')}${more}`;
                }
                break;
            }
        }
    }
    catch (err) {
        if (err instanceof JUnitParseError) {
            file.problem = err.message.startsWith(`${display}:`)
                ? err.message.slice(display.length + 1).replace(/^\d+: /, '')
                : err.message;
            problemLine = err.line;
        }
        else {
            file.problem = (0,errors/* getErrorMessage */.u1)(err);
        }
    }
    if (file.problem !== undefined)
        collector.addCase(unreadableFileCase(file, file.problem, problemLine), file);
    return file;
}
/** Reads every file, in order. */
async function readResultsFiles(files, collector, options) {
    for (const f of files)
        await readResultsFile(f, collector, options);
}
/** The folder of a source file, for resolving relative paths inside it. */
function sourceDir(file) {
    return (0,external_node_path_.dirname)(file.abs);
}

;// CONCATENATED MODULE: ./build/results/publish/sender.js
/**
 * Sends a planned check run. Writes go through the {@link WritePacer} one at a time; a write that failed in a way
 * that leaves its effect unknown (5xx, a dropped connection) is verified before it is repeated, so a retried create
 * never makes a second check run and a retried update never appends the same annotations twice:
 *
 * - after a failed `POST`, the run is looked up by `external_id` on the commit; if it exists, the create happened;
 * - after a failed `PATCH` with annotations, the run's `annotations_count` tells whether the batch landed.
 */



/** A write that failed for good. */
class PublishError extends Error {
    status;
    constructor(message, status, cause) {
        super(message, { cause });
        this.status = status;
        this.name = 'PublishError';
    }
}
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
/** An HTTP error's message with the network cause behind it (`fetch failed: connect ECONNREFUSED 127.0.0.1:9`). */
function describeHttpError(err) {
    const parts = [(0,errors/* getErrorMessage */.u1)(err)];
    let cause = err?.cause;
    for (let depth = 0; cause !== undefined && cause !== null && depth < 3; depth++) {
        const m = (0,errors/* getErrorMessage */.u1)(cause);
        if (m && !parts.includes(m))
            parts.push(m);
        cause = cause.cause;
    }
    return parts.join(': ');
}
/** `retry-after` of an error response, in milliseconds. */
function retryAfterMs(err) {
    const raw = err?.response?.headers?.['retry-after'];
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (Number.isFinite(n) && n >= 0)
        return n * 1000;
    const date = Date.parse(String(raw));
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** True when a failed write may or may not have been applied (server error or no response). */
function isUncertain(err) {
    const status = httpStatus(err);
    return status === undefined || status >= 500;
}
/** True for a rate-limit refusal (not applied; safe to repeat after waiting). */
function isRateLimited(err) {
    const status = httpStatus(err);
    const message = err?.message ?? '';
    return status === 429 || (status === 403 && /rate limit/i.test(message));
}
/** Talks to the Checks API for one repository. */
class CheckRunSender {
    octokit;
    pacer;
    owner;
    repo;
    logger;
    maxAttempts;
    backoffMs;
    constructor(octokit, pacer, options) {
        this.octokit = octokit;
        this.pacer = pacer;
        this.owner = options.owner;
        this.repo = options.repo;
        this.logger = options.logger;
        this.maxAttempts = options.maxAttempts ?? 5;
        this.backoffMs = options.backoffMs ?? 2000;
    }
    /**
     * The run with `externalId` among the commit's runs named `name`, if any. Only runs whose `head_sha` is `sha`
     * count: the run found here is PATCHed, so a run on any other commit must never match, whatever the server returns.
     */
    async findExisting(name, sha, externalId) {
        for (let page = 1; page <= 10; page++) {
            const res = await this.octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
                owner: this.owner,
                repo: this.repo,
                ref: sha,
                check_name: name,
                filter: 'all',
                per_page: 100,
                page,
            });
            const runs = res.data.check_runs;
            const hit = runs.find((r) => r.external_id === externalId && r.head_sha === sha);
            if (hit)
                return {
                    id: Number(hit.id),
                    htmlUrl: hit.html_url ?? undefined,
                    annotationsCount: hit.output.annotations_count,
                };
            if (runs.length < 100)
                return undefined;
        }
        return undefined;
    }
    /** One run's id, URL and annotation count. */
    async getRun(id) {
        const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            owner: this.owner,
            repo: this.repo,
            check_run_id: id,
        });
        return {
            id: Number(res.data.id),
            htmlUrl: res.data.html_url ?? undefined,
            annotationsCount: res.data.output.annotations_count,
        };
    }
    /** Keys ({@link annotationKey}) of the annotations a run already has. */
    async annotationKeys(id) {
        const keys = new Set();
        for (let page = 1;; page++) {
            const res = await this.octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
                owner: this.owner,
                repo: this.repo,
                check_run_id: id,
                per_page: 100,
                page,
            });
            for (const a of res.data) {
                keys.add(annotationKey({
                    path: a.path,
                    start_line: a.start_line,
                    end_line: a.end_line,
                    annotation_level: (a.annotation_level ?? 'failure'),
                    title: a.title ?? undefined,
                    message: a.message ?? '',
                }));
            }
            if (res.data.length < 100)
                return keys;
        }
    }
    /**
     * Sends `plan` in order.
     * @param identity name, commit and external id of the run (to find it after an uncertain create)
     * @param existing the run being updated, when the plan is all updates
     * @throws PublishError when a write fails for good
     */
    async send(plan, identity, existing) {
        let id = existing?.id;
        let htmlUrl = existing?.htmlUrl;
        const base = existing?.annotationsCount ?? 0;
        let writes = 0;
        let recovered = 0;
        for (const [index, req] of plan.entries()) {
            const label = `${req.method} check run (request ${index + 1} of ${plan.length})`;
            for (let attempt = 1;; attempt++) {
                if (req.path.includes(CHECK_RUN_ID_PLACEHOLDER) && id === undefined) {
                    throw new PublishError(`${label}: no check run id (the create did not succeed).`);
                }
                const path = req.path.replace(CHECK_RUN_ID_PLACEHOLDER, String(id));
                try {
                    writes++;
                    const res = await this.pacer.write(() => this.octokit.request(`${req.method} ${path}`, { data: req.body, request: { retries: 0 } }));
                    const data = res.data;
                    id = data.id;
                    htmlUrl = data.html_url ?? htmlUrl;
                    break;
                }
                catch (err) {
                    const status = httpStatus(err);
                    const what = `${label} failed${status ? ` with HTTP ${status}` : ''}: ${describeHttpError(err)}`;
                    const uncertain = isUncertain(err);
                    if ((!uncertain && !isRateLimited(err)) || attempt >= this.maxAttempts) {
                        throw new PublishError(what, status, err);
                    }
                    const wait = retryAfterMs(err) ?? this.backoffMs * 2 ** (attempt - 1);
                    this.logger?.warning(`${what}. Retrying in ${Math.round(wait / 1000)}s (attempt ${attempt + 1} of ${this.maxAttempts}).`);
                    await this.pacer.sleep(wait);
                    if (!uncertain)
                        continue;
                    const check = await this.applied(req, identity, id, base);
                    if (check.applied) {
                        recovered++;
                        if (check.run) {
                            id = check.run.id;
                            htmlUrl = check.run.htmlUrl ?? htmlUrl;
                        }
                        this.logger?.info(`${label}: the server had applied it despite the error; not sending it again.`);
                        break;
                    }
                }
            }
        }
        if (id === undefined)
            throw new PublishError('No check run was created.');
        return { id, ...(htmlUrl ? { htmlUrl } : {}), writes, recovered };
    }
    /** Whether an uncertain write took effect (and, for a create, the run it made). */
    async applied(req, identity, id, base) {
        try {
            if (req.method === 'POST') {
                const run = await this.findExisting(identity.name, identity.sha, identity.externalId);
                return run ? { applied: true, run } : { applied: false };
            }
            const sent = req.body.output.annotations?.length ?? 0;
            if (sent === 0 || id === undefined)
                return { applied: false }; // an update without annotations is safe to repeat
            const run = await this.getRun(id);
            return { applied: run.annotationsCount >= base + req.annotationsAfter, run };
        }
        catch (err) {
            this.logger?.debug(`Could not verify the failed write: ${(0,errors/* getErrorMessage */.u1)(err)}`);
            return { applied: false };
        }
    }
}

// EXTERNAL MODULE: ./build/results/publish/summary/renderer.js
var summary_renderer = __webpack_require__(7615);
// EXTERNAL MODULE: ./build/results/publish/summary/markdown.js
var markdown = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/results/publish/summary/matrix.js
var matrix = __webpack_require__(9117);
;// CONCATENATED MODULE: ./build/results/publish/summary/sections.js
/**
 * The built-in summary sections: headline and notes, totals, failures (degrading from full details to one line each
 * to a count), flaky cases, stages, durations and the files that were read.
 */





const ICON = { success: '✅', failure: '❌', neutral: '⚠️' };
/** The headline phrase for counts: `3 failed, 1 error, 120 passed, 2 skipped, 1 flaky`. */
function totalsText(t) {
    return (0,markdown/* countsPhrase */.__)([
        [t.failed, 'failed'],
        [t.error, t.error === 1 ? 'error' : 'errors'],
        [t.passed, 'passed'],
        [t.skipped, 'skipped'],
        [t.flaky, 'flaky'],
    ]);
}
/** {@link totalsText} of a summary context. */
function totalsPhrase(ctx) {
    return totalsText(ctx.totals);
}
/** Headline, duration and notes. */
function headlineSection() {
    const head = (ctx) => `### ${ICON[ctx.conclusion]} ${(0,markdown/* inlineText */.ln)(ctx.name)}: ${totalsPhrase(ctx)}` +
        (ctx.totals.durationMs > 0 ? ` in ${(0,duration/* formatDuration */.a3)(ctx.totals.durationMs)}` : '');
    return {
        id: 'headline',
        order: 0,
        minimal: head,
        // A note is Markdown the publisher wrote (user text in it already escaped); it stays on its own quoted line.
        render: (ctx, max) => (0,utf8/* truncateUtf8 */.Ck)([head(ctx), ...ctx.notes.map((n) => `> ${n.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')}`)].join('\n'), max),
    };
}
/** The totals table. */
function totalsSection() {
    return {
        id: 'totals',
        order: 10,
        minimal: () => '',
        render: (ctx) => {
            const t = ctx.totals;
            const f = t.findings;
            const header = ['passed', 'failed', 'errors', 'skipped', 'flaky', 'duration'];
            const row = [t.passed, t.failed, t.error, t.skipped, t.flaky].map(String);
            row.push((0,duration/* formatDuration */.a3)(t.durationMs));
            if (f.failure + f.warning + f.notice > 0) {
                header.push('findings');
                row.push(`${f.failure} failure, ${f.warning} warning, ${f.notice} notice`);
            }
            return (0,markdown/* table */.tp)(header, [row]);
        },
    };
}
function where(e) {
    const a = e.annotation;
    if (e.outside)
        return ` — outside the repository: <code>${(0,markdown/* inlineText */.ln)(e.outside)}</code>`;
    if (e.fallbackPath)
        return ` — reported in <code>${(0,markdown/* inlineText */.ln)(a.path)}</code>`;
    return ` — <code>${(0,markdown/* inlineText */.ln)(a.path)}:${a.start_line}</code>`;
}
function entryDetails(e, maxBody) {
    const a = e.annotation;
    const body = [a.message, a.raw_details].filter((x) => x !== undefined && x !== '').join('\n\n');
    const pre = `<pre>${(0,markdown/* escapeHtml */.ZD)((0,utf8/* truncateUtf8 */.Ck)(body, maxBody))}</pre>`;
    return `<details><summary>${(0,markdown/* inlineText */.ln)(a.title ?? '')}${where(e)}</summary>\n\n${pre}\n\n</details>`;
}
function entryLine(e) {
    const a = e.annotation;
    return `- ${(0,markdown/* inlineText */.ln)(a.title ?? '')}${where(e)}: ${(0,markdown/* inlineText */.ln)((0,markdown/* oneLine */.TN)(a.message))}`;
}
/**
 * Failures (and failure-level findings): as many as fit with full details in `<details>`, then one line each, then
 * a count of the rest. Each entry's details are capped (8 KiB in a check run, 32 KiB in a job summary).
 */
function failuresSection() {
    const pick = (ctx) => ctx.annotations.entries.filter((e) => e.annotation.annotation_level === 'failure');
    const heading = (ctx, n) => `#### Failures (${n})`;
    const total = (ctx) => pick(ctx).length + ctx.collector.dropped.failures;
    return {
        id: 'failures',
        order: 20,
        priority: 1,
        minimal: (ctx) => total(ctx) === 0 ? '' : `${heading(ctx, total(ctx))}\n${total(ctx)} failure(s): see the annotations.`,
        render: (ctx, max) => {
            const entries = pick(ctx);
            const all = total(ctx);
            if (all === 0)
                return '';
            const perEntry = ctx.target === 'check-run' ? 8 * 1024 : 32 * 1024;
            const parts = [heading(ctx, all)];
            let used = (0,utf8/* utf8Length */.wI)(parts[0] ?? '');
            const reserve = 200; // for the closing "and N more" line
            let i = 0;
            let full = true;
            for (; i < entries.length; i++) {
                const e = entries[i];
                let text = full ? entryDetails(e, perEntry) : entryLine(e);
                if (full && used + (0,utf8/* utf8Length */.wI)(text) + 1 > max - reserve) {
                    full = false;
                    text = entryLine(e);
                }
                if (used + (0,utf8/* utf8Length */.wI)(text) + 1 > max - reserve)
                    break;
                parts.push(text);
                used += (0,utf8/* utf8Length */.wI)(text) + 1;
            }
            if (i === 0)
                return `${heading(ctx, all)}\n${all} failure(s): see the annotations.`;
            const rest = all - i;
            if (rest > 0)
                parts.push(`\n…and ${rest} more failure(s) not shown here.`);
            return parts.join('\n');
        },
    };
}
/** Flaky cases and warning-level findings, one line each. */
function flakySection() {
    return {
        id: 'flaky',
        order: 30,
        priority: 2,
        minimal: (ctx) => (ctx.totals.flaky > 0 ? `#### Flaky (${ctx.totals.flaky})` : ''),
        render: (ctx, max) => {
            if (ctx.totals.flaky === 0)
                return '';
            const lines = [`#### Flaky (${ctx.totals.flaky})`];
            let used = (0,utf8/* utf8Length */.wI)(lines[0] ?? '');
            let shown = 0;
            for (const k of ctx.collector.flaky) {
                const c = k.case;
                const line = `- ${(0,markdown/* inlineText */.ln)(caseTitle(c.suite, c.name))}${c.attempts ? ` (${c.attempts} attempts)` : ''}`;
                if (used + (0,utf8/* utf8Length */.wI)(line) + 1 > max - 100)
                    break;
                lines.push(line);
                used += (0,utf8/* utf8Length */.wI)(line) + 1;
                shown++;
            }
            if (shown < ctx.totals.flaky)
                lines.push(`- …and ${ctx.totals.flaky - shown} more`);
            return lines.join('\n');
        },
    };
}
/** Results documents' run metadata (stage, status, profile, release, distro). */
function stagesSection() {
    return {
        id: 'stages',
        order: 40,
        priority: 5,
        minimal: () => '',
        render: (ctx) => {
            const runs = ctx.collector.files.filter((f) => f.run);
            if (runs.length === 0)
                return '';
            // documents of a matrix: a first column names the leg each row belongs to
            const legs = runs.some((f) => (0,matrix/* legOf */.Y)(f) !== undefined);
            const rows = runs.map((f) => {
                const r = f.run;
                const row = [r.stage, r.status ?? '', r.profile ?? '', r.release ?? '', r.distro ?? '', String(f.cases)];
                return legs ? [(0,matrix/* legOf */.Y)(f) ?? '', ...row] : row;
            });
            const header = ['stage', 'status', 'profile', 'release', 'distro', 'cases'];
            return `#### Stages\n${(0,markdown/* table */.tp)(legs ? ['leg', ...header] : header, rows)}`;
        },
    };
}
/** The slowest cases. */
function durationsSection() {
    return {
        id: 'durations',
        order: 60,
        priority: 6,
        minimal: () => '',
        render: (ctx) => {
            const slow = ctx.collector.slowest;
            if (slow.length === 0 || ctx.totals.durationMs === 0)
                return '';
            const rows = slow.map((s) => [caseTitle(s.suite, s.name), (0,duration/* formatDuration */.a3)(s.durationMs)]);
            return `<details><summary>Slowest tests (total ${(0,duration/* formatDuration */.a3)(ctx.totals.durationMs)})</summary>\n\n${(0,markdown/* table */.tp)(['test', 'duration'], rows)}\n\n</details>`;
        },
    };
}
/** Files read, their format, case count and any problem. */
function filesSection() {
    return {
        id: 'files',
        order: 90,
        priority: 7,
        minimal: (ctx) => `<sub>${ctx.collector.files.length} results file(s) read${ctx.commit ? ` for ${ctx.commit.slice(0, 12)}` : ''}.</sub>`,
        render: (ctx, max) => {
            const rows = ctx.collector.files.map((f) => [f.display, f.format, String(f.cases), f.problem ?? '']);
            const text = `<details><summary>${rows.length} results file(s)${ctx.commit ? ` for ${(0,markdown/* inlineText */.ln)(ctx.commit.slice(0, 12))}` : ''}</summary>\n\n${(0,markdown/* table */.tp)(['file', 'format', 'cases', 'problem'], rows)}\n\n</details>`;
            return (0,utf8/* utf8Length */.wI)(text) <= max ? text : `<sub>${rows.length} results file(s) read.</sub>`;
        },
    };
}
/** The built-in sections, fresh. */
function defaultSections() {
    return [
        headlineSection(),
        totalsSection(),
        failuresSection(),
        flakySection(),
        (0,matrix/* matrixSection */.B)(),
        stagesSection(),
        durationsSection(),
        filesSection(),
    ];
}

;// CONCATENATED MODULE: ./build/results/publish/workflow-annotations.js


/** Emits up to the per-step limit of each level; returns how many were emitted and how many were not. */
function emitWorkflowAnnotations(entries, logger, perLevel = limits_GITHUB_LIMITS.workflowAnnotationsPerLevel) {
    const used = { failure: 0, warning: 0, notice: 0 };
    let emitted = 0;
    for (const e of entries) {
        const a = e.annotation;
        const level = a.annotation_level;
        if (used[level] >= perLevel)
            continue;
        used[level]++;
        emitted++;
        const props = {
            title: a.title,
            ...(e.fallbackPath ? {} : { file: a.path, startLine: a.start_line, endLine: a.end_line }),
        };
        // A workflow command is one log line; keep it readable (the summary has the full text).
        const message = (0,utf8/* truncateUtf8 */.Ck)(a.message, 4096);
        if (level === 'failure')
            logger.error(message, props);
        else if (level === 'warning')
            logger.warning(message, props);
        else
            logger.notice(message, props);
    }
    return { emitted, skipped: entries.length - emitted };
}

;// CONCATENATED MODULE: ./build/results/publish/publish.js
/**
 * publish-results end to end, behind ports so the action, the CLI and the tests share it:
 *
 *  1. resolve the target (repository, commit, pull request, write access) from the event — no network;
 *  2. read every results file through the streaming parsers into a bounded collector;
 *  3. build annotations and render the job summary, and write the summary — still no network, so if GitHub is down
 *     nothing is lost;
 *  4. publish: a check run (find an earlier one by `external_id`, plan, send paced writes), or, when the token is
 *     read-only (fork, Dependabot) or `mode: summary`, workflow-command annotations within their per-step limits;
 *  5. append the outcome (link or failure) to the job summary and set the outputs.
 */


















const PUBLISH_MODES = ['auto', 'check-run', 'summary'];
const FAIL_ON = ['failure', 'error', 'never'];
/**
 * Default `annotations-limit`: 1000 annotations are 20 paced writes (well under a minute), and the collector then keeps
 * a bounded number of failures, so memory does not grow with the size of the results. `0` publishes all.
 */
const DEFAULT_ANNOTATIONS_LIMIT = 1000;
/** Conclusion and step verdict for the totals under `failOn`. */
function decideConclusion(totals, failOn) {
    const failing = totals.failed + totals.error + totals.findings.failure;
    const nothing = totals.total === 0 && totals.findings.notice + totals.findings.warning + totals.findings.failure === 0;
    const trigger = failOn === 'failure' ? failing > 0 : failOn === 'error' ? totals.error > 0 : false;
    if (trigger) {
        const what = failOn === 'error'
            ? `${totals.error} error(s)`
            : `${totals.failed} failed, ${totals.error} error(s), ${totals.findings.failure} failure finding(s)`;
        return { conclusion: 'failure', failStep: true, failMessage: `Results have ${what} (fail-on: ${failOn}).` };
    }
    return { conclusion: failing > 0 || nothing ? 'neutral' : 'success', failStep: false };
}
function currentPayload(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return readEventPayload(path, 'GITHUB_EVENT_PATH');
    }
    catch {
        return {};
    }
}
/** Space kept free in the job summary for the note appended after publishing. */
const OUTCOME_NOTE_RESERVE = 4096;
/** Runs publish-results. Throws ConfigurationError for bad settings; publishing failures end up in the outcome. */
async function publishResults(settings, ports) {
    const { logger, env } = ports;
    if (settings.token)
        logger.addSecret(settings.token);
    const root = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? ports.cwd ?? process.cwd());
    const cwd = (0,external_node_path_.resolve)(ports.cwd ?? root);
    // 1. Target, from the event alone.
    const eventFile = settings.eventFile ? readEventPayload((0,external_node_path_.resolve)(cwd, settings.eventFile), 'event-file') : undefined;
    const target = resolveTarget({
        env: env,
        current: currentPayload(env),
        eventFile,
        commit: settings.commit,
        repository: settings.repository,
    });
    let mode = settings.dryRunDir ? 'dry-run' : 'check-run';
    let reason;
    if (!settings.dryRunDir) {
        if (settings.mode === 'summary') {
            mode = 'summary';
            reason = "mode is 'summary'";
        }
        else if (target.readOnly) {
            if (settings.mode === 'auto') {
                mode = 'summary';
                reason = target.readOnly;
            }
            else {
                logger.warning(`mode is 'check-run' but ${target.readOnly}: creating the check run will probably fail.`);
            }
        }
    }
    if (mode === 'check-run' && !settings.token) {
        // Unauthenticated calls would only fail after retries (and exit as a publishing failure): refuse up front.
        // `input` is the stage input's own name, which the root action maps to its `github-token`.
        throw new errors/* ConfigurationError */.j1(`${settings.tokenSource ?? "Input 'token'"} is not set: writing a check run needs a token with 'checks: write' (or publish with mode 'summary', or a dry run).`, settings.tokenSource ?? 'token');
    }
    logger.info(`Publishing to ${target.repository}@${target.sha} (${target.shaSource}${target.pullRequest ? `, PR #${target.pullRequest}` : ''}) as '${settings.name}', mode ${mode}${reason ? `: ${reason}` : ''}.`);
    // 2. Results.
    const renderer = new summary_renderer/* SummaryRenderer */.C0([
        ...defaultSections(),
        ...(0,summary_renderer/* registeredSummarySections */.fQ)(),
        ...(ports.sections ?? []),
    ]);
    const limit = settings.annotationsLimit;
    const collector = new ResultsCollector({
        keepFailures: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
        keepFindings: limit > 0 ? Math.max(limit, 200) : Number.POSITIVE_INFINITY,
        observers: renderer.observers(),
    });
    const files = await expandResultGlobs(settings.results, cwd);
    await logger.group(`Reading ${files.length} results file(s)`, async () => {
        await readResultsFiles(files, collector, { root });
        for (const f of collector.files) {
            logger.info(`${f.display}: ${f.format}, ${f.cases} case(s)${f.problem ? ` — problem: ${f.problem}` : ''}`);
            if (f.problem)
                logger.warning(`${f.display}: ${f.problem}`);
        }
    });
    const locator = new Locator({ root });
    const set = buildAnnotations(collector, { locator, baseDir: sourceDir });
    const totals = collector.totals;
    const verdict = decideConclusion(totals, settings.failOn);
    const chosen = selectAnnotations(set, limit);
    // 3. Job summary, before any network call.
    const notes = [];
    if (mode === 'summary') {
        notes.push(`No check run was written: ${(0,markdown/* inlineText */.ln)(reason ?? '')}. Failures are listed below, and the first ${limits_GITHUB_LIMITS.workflowAnnotationsPerLevel} of each level are shown as annotations. ` +
            'To get every failure annotated on pull requests from forks, publish from a `workflow_run` workflow (see the publish-results README).');
    }
    if (mode !== 'summary' && chosen.omitted > 0)
        notes.push(omittedNote(chosen.entries.length, chosen.omitted, limit));
    const ctxFor = (target2, extraNotes = []) => ({
        name: settings.name,
        target: target2,
        totals,
        collector,
        annotations: set,
        conclusion: verdict.conclusion,
        notes: [...notes, ...extraNotes],
        commit: target.sha,
    });
    const jobSummary = renderer.render(ctxFor('job-summary'), limits_GITHUB_LIMITS.jobSummaryBytes - OUTCOME_NOTE_RESERVE);
    if (ports.jobSummary) {
        try {
            await ports.jobSummary.append(jobSummary);
        }
        catch (err) {
            logger.warning(`Could not write the job summary: ${(0,errors/* getErrorMessage */.u1)(err)}`);
        }
    }
    const outcome = {
        target,
        mode,
        ...(reason ? { reason } : {}),
        totals,
        ...verdict,
        annotations: 0,
        annotationsOmitted: 0,
        jobSummary,
    };
    // 4. Publish.
    const plan = (existing) => planCheckRun({
        owner: target.owner,
        repo: target.repo,
        name: settings.name,
        headSha: target.sha,
        externalId: externalIdFor(settings.name, target.sha),
        title: totalsPhrase(ctxFor('check-run')),
        summary: renderer.render(ctxFor('check-run'), limits_GITHUB_LIMITS.outputBytes),
        annotations: chosen.entries.map((e) => e.annotation),
        conclusion: verdict.conclusion,
        ...(existing ? { existing } : {}),
    });
    if (mode === 'dry-run') {
        const dir = (0,external_node_path_.resolve)(cwd, settings.dryRunDir);
        const requests = plan();
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'requests.json'), JSON.stringify(requests.map(({ method, path, body }) => ({ method, path, body })), null, 2) + '\n');
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'summary.md'), jobSummary);
        outcome.requests = requests;
        outcome.annotations = chosen.entries.length;
        outcome.annotationsOmitted = chosen.omitted;
        return outcome;
    }
    const summaryMode = (why) => {
        const r = emitWorkflowAnnotations(set.entries, logger);
        outcome.annotations = r.emitted;
        outcome.annotationsOmitted = r.skipped + set.notKept;
        if (why)
            logger.warning(why);
    };
    if (mode === 'summary') {
        summaryMode();
        await appendNote(ports, logger, `Annotations: ${outcome.annotations} shown as workflow annotations (at most ${limits_GITHUB_LIMITS.workflowAnnotationsPerLevel} per level and step).`);
        return outcome;
    }
    const clock = ports.clock ?? systemClock;
    const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
    const octokit = (ports.octokit ?? createOctokit)({
        token: settings.token ?? '',
        baseUrl: apiUrl,
        clock,
        logger,
        ...(ports.readRetryBaseMs !== undefined ? { readRetryBaseMs: ports.readRetryBaseMs } : {}),
    });
    const sender = new CheckRunSender(octokit, new WritePacer(clock, limits_GITHUB_LIMITS.minWriteIntervalMs), {
        owner: target.owner,
        repo: target.repo,
        logger,
        ...(ports.writeBackoffMs !== undefined ? { backoffMs: ports.writeBackoffMs } : {}),
    });
    const identity = { name: settings.name, sha: target.sha, externalId: externalIdFor(settings.name, target.sha) };
    try {
        await logger.group(`Publishing check run '${settings.name}' (${chosen.entries.length} annotation(s))`, async () => {
            const existing = await sender.findExisting(identity.name, identity.sha, identity.externalId);
            if (existing)
                logger.info(`Updating check run ${existing.id} from an earlier run for this commit.`);
            const keys = existing && existing.annotationsCount > 0 ? await sender.annotationKeys(existing.id) : undefined;
            const requests = plan(existing ? { id: existing.id, ...(keys ? { annotationKeys: keys } : {}) } : undefined);
            outcome.requests = requests;
            const result = await sender.send(requests, identity, existing);
            outcome.send = result;
            outcome.checkRunId = result.id;
            if (result.htmlUrl)
                outcome.checkRunUrl = result.htmlUrl;
            outcome.annotations = requests.reduce((n, r) => n + (r.body.output.annotations?.length ?? 0), 0);
            outcome.annotationsOmitted = chosen.omitted;
            logger.info(`Check run ${result.id}: ${result.writes} write(s)${result.recovered ? `, ${result.recovered} recovered after an error` : ''}. ${result.htmlUrl ?? ''}`);
        });
    }
    catch (err) {
        const message = describeHttpError(err);
        const forbidden = err instanceof PublishError && err.status === 403 && /not accessible by integration/i.test(message);
        if (forbidden && settings.mode === 'auto') {
            outcome.mode = 'summary';
            outcome.reason = 'the token may not write checks (add `permissions: checks: write` to the job)';
            summaryMode(`Could not create the check run: ${message}. Add 'permissions: checks: write' to the job; showing annotations through workflow commands instead.`);
            await appendNote(ports, logger, `No check run: ${outcome.reason}. The first ${limits_GITHUB_LIMITS.workflowAnnotationsPerLevel} annotations of each level are shown as workflow annotations.`);
            return outcome;
        }
        outcome.publishError = message;
        logger.error(`Publishing the check run failed: ${message}. The results are complete in the job summary.`);
        await appendNote(ports, logger, `⚠️ Publishing the check run failed: ${(0,markdown/* inlineText */.ln)(message)}. The results above are complete.`);
        return outcome;
    }
    await appendNote(ports, logger, outcome.checkRunUrl
        ? `Check run: [${(0,markdown/* inlineText */.ln)(settings.name)}](${outcome.checkRunUrl}) (${outcome.annotations} annotation(s)).`
        : `Check run ${outcome.checkRunId} written.`);
    return outcome;
}
/** The headline note when annotations were left out: how many, why, and how to get them all. */
function omittedNote(published, omitted, limit) {
    const why = limit > 0 ? `\`annotations-limit\` is ${limit}, failures first` : 'more flaky cases than are kept';
    return (`Annotations: ${published} of ${published + omitted} published (${why}); the other ${omitted} are counted in ` +
        'the totals and the `annotations-omitted` output, not annotated. `annotations-limit: 0` (`--annotations-limit 0`) ' +
        'annotates all.');
}
async function appendNote(ports, logger, note) {
    if (!ports.jobSummary)
        return;
    try {
        await ports.jobSummary.append(`\n> ${note.slice(0, OUTCOME_NOTE_RESERVE - 16)}\n`);
    }
    catch (err) {
        logger.warning(`Could not write the job summary: ${(0,errors/* getErrorMessage */.u1)(err)}`);
    }
}

;// CONCATENATED MODULE: ./build/results/publish/index.js
/** publish-results: streaming readers, annotation planning, summary rendering and the paced Checks API sender. */


















;// CONCATENATED MODULE: ./build/actions/publish-results.js
/**
 * The `publish-results` action: reads the inputs, wires @actions/core (job summary, outputs, annotations, masking)
 * into the library's ports, and reports the outcome. All logic lives in src/results/publish/.
 */





/** Input names, as in action.yml. */
const INPUTS = {
    results: 'results',
    name: 'name',
    token: 'token',
    mode: 'mode',
    annotationsLimit: 'annotations-limit',
    failOn: 'fail-on',
    commit: 'commit',
    eventFile: 'event-file',
};
/** Output names, as in action.yml. */
const OUTPUTS = [
    'check-run-id',
    'check-run-url',
    'conclusion',
    'passed',
    'failed',
    'skipped',
    'flaky',
    'annotations',
    'annotations-omitted',
];
/** Reads and validates every input (ConfigurationError naming the input on a bad value). */
function readSettings(inputs) {
    const results = splitPatterns(inputs.getRequiredInput(INPUTS.results));
    const settings = {
        results,
        name: inputs.getOptionalInput(INPUTS.name, 'kuryr-dragonflow'),
        mode: inputs.getEnumInput(INPUTS.mode, PUBLISH_MODES, 'auto'),
        annotationsLimit: inputs.getIntegerInput(INPUTS.annotationsLimit, { min: 0, max: 1_000_000 }, DEFAULT_ANNOTATIONS_LIMIT),
        failOn: inputs.getEnumInput(INPUTS.failOn, FAIL_ON, 'failure'),
    };
    const token = inputs.getOptionalInput(INPUTS.token);
    if (token)
        settings.token = token;
    const commit = inputs.getOptionalInput(INPUTS.commit);
    if (commit)
        settings.commit = commit;
    const eventFile = inputs.getOptionalInput(INPUTS.eventFile);
    if (eventFile)
        settings.eventFile = eventFile;
    return settings;
}
/** The outputs of an outcome, by name. */
function outputsOf(outcome) {
    const t = outcome.totals;
    return {
        'check-run-id': outcome.checkRunId !== undefined ? String(outcome.checkRunId) : '',
        'check-run-url': outcome.checkRunUrl ?? '',
        conclusion: outcome.conclusion,
        passed: String(t.passed),
        failed: String(t.failed + t.error),
        skipped: String(t.skipped),
        flaky: String(t.flaky),
        annotations: String(outcome.annotations),
        'annotations-omitted': String(outcome.annotationsOmitted),
    };
}
/** The job summary through core.summary (appending; core writes GITHUB_STEP_SUMMARY). */
const coreJobSummary = {
    async append(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core.summary.addRaw(markdown, true).write();
    },
};
/** Entry point (`runs.main`). */
async function main(deps = {}) {
    (0,summary/* registerConnectivitySections */.Xe)();
    const inputs = deps.inputs ?? new runtime_inputs/* Inputs */.G0();
    const logger = deps.ports?.logger ?? new core_logger/* CoreLogger */.U();
    // Mask the token before anything could print it, even if a later input is bad.
    const rawToken = inputs.getOptionalInput(INPUTS.token);
    if (rawToken)
        logger.addSecret(rawToken);
    const settings = readSettings(inputs);
    const outcome = await publishResults(settings, {
        logger,
        env: process.env,
        jobSummary: coreJobSummary,
        ...deps.ports,
    });
    const setOutput = deps.setOutput ?? core.setOutput;
    for (const [name, value] of Object.entries(outputsOf(outcome)))
        setOutput(name, value);
    const setFailed = deps.setFailed ?? core.setFailed;
    if (outcome.publishError)
        setFailed(`Publishing the check run failed: ${outcome.publishError}`);
    else if (outcome.failStep && outcome.failMessage)
        setFailed(outcome.failMessage);
}


/***/ }),

/***/ 7864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   Xe: () => (/* binding */ registerConnectivitySections),
/* harmony export */   bC: () => (/* binding */ ConnectivityEvidence),
/* harmony export */   y_: () => (/* binding */ renderLoadBalancers)
/* harmony export */ });
/* unused harmony export connectivitySections */
/* harmony import */ var _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9117);
/* harmony import */ var _results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7615);
/* harmony import */ var _results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7858);




/** A table cell: escaped, on one line (names and pods come from the suite, legs from the results). */
const esc = _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn;
/** Markdown of the reachability matrix: one row per source, one column per target, `✅`/`❌` with what was observed. */
function renderMatrix(cells, maxBytes) {
    if (cells.length === 0)
        return '';
    const head = '#### Reachability (expected vs observed)';
    const groups = new Map();
    // one table per leg and protocol: pods of different legs never meet in one table
    for (const c of cells) {
        const key = c.leg === undefined ? c.protocol : `${c.leg} · ${c.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const parts = [head];
    for (const [title, list] of groups) {
        const rows = [...new Set(list.map((c) => c.from))].sort();
        const cols = [...new Set(list.map((c) => c.to))].sort();
        parts.push(`\n**${esc(title)}**\n`);
        parts.push(`| from \\ to | ${cols.map(esc).join(' | ')} |`, `| --- |${cols.map(() => ' :-: |').join('')}`);
        for (const r of rows) {
            const cellsOf = cols.map((col) => {
                const c = list.find((x) => x.from === r && x.to === col);
                if (!c)
                    return '·';
                return c.passed ? '✅' : `❌ ${esc(c.observed)} (want ${esc(c.expected)})`;
            });
            parts.push(`| ${esc(r)} | ${cellsOf.join(' | ')} |`);
        }
    }
    const text = parts.join('\n');
    if ((0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .utf8Length */ .wI)(text) <= maxBytes)
        return text;
    const failed = cells.filter((c) => !c.passed);
    const short = [
        head,
        '',
        `${cells.length - failed.length}/${cells.length} pairs as expected. Failing pairs:`,
        ...failed.map((c) => `- ${c.leg === undefined ? '' : `${esc(c.leg)}: `}${esc(c.from)} → ${esc(c.to)} (${esc(c.protocol)}): ${esc(c.observed)}, want ${esc(c.expected)}`),
    ].join('\n');
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateUtf8 */ .Ck)(short, maxBytes);
}
/** Markdown of the load-balancer table. */
function renderLoadBalancers(rows, maxBytes) {
    if (rows.length === 0)
        return '';
    const legs = rows.some((r) => r.leg !== undefined);
    const lines = [
        '#### Load balancers',
        '',
        `|${legs ? ' leg |' : ''} load balancer | VIP | provisioning | operating | listeners | members | converged in |`,
        `|${legs ? ' --- |' : ''} --- | --- | --- | --- | --- | --- | --- |`,
        ...rows.map((r) => `|${legs ? ` ${esc(r.leg ?? '')} |` : ''} ${esc(r.name)} | ${esc(r.vip)} | ${esc(r.provisioning)} | ${esc(r.operating)} | ${r.listeners.map(esc).join('<br>')} | ${r.members}${r.expectedMembers === undefined ? '' : `/${r.expectedMembers}`} | ${r.convergenceMs === undefined ? '' : `${(r.convergenceMs / 1000).toFixed(1)} s`} |`),
    ];
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateUtf8 */ .Ck)(lines.join('\n'), maxBytes);
}
/** Collects the cells and rows from cases (what the observers do while results stream in). */
class ConnectivityEvidence {
    cells = [];
    loadBalancers = [];
    /** Takes the `reachability` and `loadbalancer` evidence of one case, observed in `leg` if given. */
    observe(c, leg) {
        const tag = (x) => (leg === undefined ? x : { ...x, leg });
        for (const e of c.evidence ?? []) {
            if (e.kind === 'reachability' && Array.isArray(e.data)) {
                this.cells.push(...e.data.map(tag));
            }
            if (e.kind === 'loadbalancer' && e.data !== null && typeof e.data === 'object') {
                this.loadBalancers.push(tag(e.data));
            }
        }
    }
}
/** The two sections, sharing one observer state. */
function connectivitySections() {
    const seen = new ConnectivityEvidence();
    return [
        {
            id: 'connectivity-reachability',
            order: 25,
            observer: { observe: (c, file) => seen.observe(c, (0,_results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .legOf */ .Y)(file)) },
            minimal: () => {
                const failed = seen.cells.filter((c) => !c.passed).length;
                return seen.cells.length === 0
                    ? ''
                    : `#### Reachability\n${seen.cells.length - failed}/${seen.cells.length} pairs as expected`;
            },
            render: (_ctx, max) => renderMatrix(seen.cells, max),
        },
        {
            id: 'connectivity-loadbalancers',
            order: 26,
            minimal: () => seen.loadBalancers.length === 0 ? '' : `#### Load balancers\n${seen.loadBalancers.length} checked`,
            render: (_ctx, max) => renderLoadBalancers(seen.loadBalancers, max),
        },
    ];
}
/** Registers the sections with publish-results (idempotent; call once at start-up of the publish action/CLI). */
function registerConnectivitySections() {
    // One factory per section id; each publish run gets fresh instances sharing one evidence collector.
    let pair;
    const fresh = (i) => () => {
        if (i === 0 || pair === undefined)
            pair = connectivitySections();
        return pair[i];
    };
    (0,_results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSummarySection */ .xX)('connectivity-reachability', fresh(0));
    (0,_results_publish_summary_renderer_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSummarySection */ .xX)('connectivity-loadbalancers', fresh(1));
}


/***/ }),

/***/ 2005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   __: () => (/* binding */ countsPhrase),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small helpers for GitHub-flavoured Markdown/HTML in summaries. */
/** Escapes text for HTML content and attribute values. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Every line break CommonMark or HTML knows (a lone `\r` ends a line too). */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * Characters that open inline Markdown (emphasis, code spans, links and images, strikethrough, escapes), as numeric
 * character references: those read as the plain character both in Markdown and inside raw HTML, where a backslash
 * escape would show.
 */
const MARKDOWN_INLINE = /[\\`*_[\]~]/g;
/**
 * Escapes user-controlled text (a case name, a message, a path, a leg) for one line of a summary, wherever it lands:
 * in Markdown, in a table, or inside an HTML element such as `<summary>` or `<code>`. HTML is escaped, line breaks
 * become spaces (a blank line would end the HTML element and start Markdown: a heading, an image) and inline
 * Markdown is neutralised, so the text renders as written and stays inside its element.
 */
function inlineText(text) {
    return escapeHtml(text)
        .replace(LINE_BREAK, ' ')
        .replace(MARKDOWN_INLINE, (c) => `&#${c.charCodeAt(0)};`);
}
/** Escapes text for one Markdown table cell: {@link inlineText}, with pipes escaped. */
function cell(text) {
    return inlineText(text).replace(/\|/g, '\\|');
}
/** A Markdown table; every cell is escaped with {@link cell}. */
function table(header, rows) {
    const line = (r) => `| ${r.map(cell).join(' | ')} |`;
    return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}
/** First line of `text`, at most `max` characters. */
function oneLine(text, max = 200) {
    const first = (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
    const t = first.trim();
    return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
/** "3 failed, 1 error, 10 passed" from counts, zero counts left out (`none` when all are zero). */
function countsPhrase(parts) {
    const kept = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
    return kept.length ? kept.join(', ') : 'no results';
}


/***/ }),

/***/ 9117:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ matrixSection),
/* harmony export */   Y: () => (/* binding */ legOf)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);

/** Stages in pipeline order; other stages follow in the order first seen. */
const STAGE_ORDER = ['lint', 'plan', 'setup-devstack', 'trunk-vm', 'connectivity'];
/** Documents that describe the run itself rather than one stage of it. */
const NOT_A_COLUMN = new Set(['pipeline', 'publish-results']);
const CELL = {
    passed: '✅ passed',
    failed: '❌ failed',
    error: '❌ error',
    running: '⚠️ unfinished',
    skipped: '⏭️ skipped',
};
/** Worst first: a leg with two documents for one stage shows the worse. */
const RANK = { error: 0, failed: 1, running: 2, passed: 3, skipped: 4 };
/** The leg a document belongs to (`run.extra.leg`), if any. */
function legOf(file) {
    const leg = file.run?.extra?.leg;
    return typeof leg === 'string' && leg.trim() !== '' ? leg.trim() : undefined;
}
/** The matrix section (order 35: after failures and flaky cases, before the stages table). */
function matrixSection() {
    const skipped = new Map();
    return {
        id: 'matrix',
        order: 35,
        priority: 4,
        minimal: () => '',
        observer: {
            observe(c, file) {
                const leg = legOf(file);
                if (leg === undefined || file.run?.stage !== 'pipeline' || c.status !== 'skipped')
                    return;
                const set = skipped.get(leg) ?? new Set();
                set.add(c.id);
                skipped.set(leg, set);
            },
        },
        render: (ctx) => {
            const legs = new Map();
            const stages = [];
            const legFor = (name) => {
                let leg = legs.get(name);
                if (!leg)
                    legs.set(name, (leg = { cells: new Map(), cases: 0 }));
                return leg;
            };
            const addStage = (stage) => {
                if (!stages.includes(stage))
                    stages.push(stage);
            };
            for (const f of ctx.collector.files) {
                const name = legOf(f);
                if (name === undefined || !f.run)
                    continue;
                const leg = legFor(name);
                if (NOT_A_COLUMN.has(f.run.stage))
                    continue;
                addStage(f.run.stage);
                leg.cases += f.cases;
                const status = f.run.status ?? 'running';
                const before = leg.cells.get(f.run.stage);
                if (before === undefined || RANK[status] < RANK[before])
                    leg.cells.set(f.run.stage, status);
            }
            for (const [name, ids] of skipped) {
                const leg = legFor(name);
                for (const stage of ids) {
                    if (NOT_A_COLUMN.has(stage))
                        continue;
                    addStage(stage);
                    if (!leg.cells.has(stage))
                        leg.cells.set(stage, 'skipped');
                }
            }
            if (legs.size === 0)
                return '';
            const known = (s) => (STAGE_ORDER.includes(s) ? STAGE_ORDER.indexOf(s) : STAGE_ORDER.length);
            const columns = stages
                .map((s, i) => ({ s, i }))
                .sort((a, b) => known(a.s) - known(b.s) || a.i - b.i)
                .map((x) => x.s);
            const rows = [...legs].map(([name, leg]) => [
                name,
                ...columns.map((s) => {
                    const status = leg.cells.get(s);
                    return status === undefined ? '—' : CELL[status];
                }),
                String(leg.cases),
            ]);
            return `#### Matrix\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['leg', ...columns, 'cases'], rows)}`;
        },
    };
}


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ SummaryRenderer),
/* harmony export */   fQ: () => (/* binding */ registeredSummarySections),
/* harmony export */   xX: () => (/* binding */ registerSummarySection)
/* harmony export */ });
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7858);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);


const registry = new Map();
/**
 * Registers a section factory that every publish run adds to its summary (called once per run, so sections may keep
 * per-run state in their observer). A factory with the id of an earlier one replaces it.
 */
function registerSummarySection(id, factory) {
    registry.set(id, factory);
}
/** Fresh instances of the registered sections. */
function registeredSummarySections() {
    return [...registry.values()].map((f) => f());
}
/** Renders sections into a byte budget. */
class SummaryRenderer {
    sections = [];
    constructor(sections = []) {
        for (const s of sections)
            this.add(s);
    }
    /** Adds a section, replacing one with the same id. */
    add(section) {
        const i = this.sections.findIndex((s) => s.id === section.id);
        if (i === -1)
            this.sections.push(section);
        else
            this.sections[i] = section;
        return this;
    }
    /** The sections, in output order. */
    list() {
        return [...this.sections].sort((a, b) => a.order - b.order);
    }
    /** Observers of the sections that have one. */
    observers() {
        return this.sections.flatMap((s) => (s.observer ? [s.observer] : []));
    }
    /** Renders every section into at most `maxBytes` UTF-8 bytes. */
    render(ctx, maxBytes) {
        const ordered = this.list();
        const SEP = '\n\n';
        const minimal = new Map(ordered.map((s) => [s.id, s.minimal(ctx)]));
        const sizeOf = (t) => (t === '' ? 0 : (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(t) + SEP.length);
        // Minimal forms that do not fit even alone are dropped, lowest priority first.
        const byPriority = [...ordered].sort((a, b) => (a.priority ?? a.order) - (b.priority ?? b.order));
        let reserved = [...minimal.values()].reduce((n, t) => n + sizeOf(t), 0);
        for (const s of [...byPriority].reverse()) {
            if (reserved <= maxBytes)
                break;
            reserved -= sizeOf(minimal.get(s.id) ?? '');
            minimal.set(s.id, '');
        }
        const rendered = new Map();
        let remaining = maxBytes;
        for (const s of byPriority) {
            const min = minimal.get(s.id) ?? '';
            reserved -= sizeOf(min);
            // What this section may use: everything not reserved for the minimal forms of the sections still to come.
            const budget = remaining - reserved - SEP.length;
            let text = min;
            if (budget > (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(min)) {
                try {
                    text = s.render(ctx, budget);
                }
                catch (err) {
                    text = `_The ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(s.id)} section failed to render: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(err instanceof Error ? err.message : String(err))}_`;
                }
                if ((0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(text) > budget)
                    text = min;
            }
            rendered.set(s.id, text);
            remaining -= sizeOf(text);
        }
        const out = ordered
            .map((s) => rendered.get(s.id) ?? '')
            .filter((t) => t !== '')
            .join(SEP);
        return (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateUtf8 */ .Ck)(out + '\n', maxBytes);
    }
}


/***/ }),

/***/ 7858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ truncateUtf8),
/* harmony export */   UT: () => (/* binding */ truncateChars),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony exports TRUNCATION_MARKER, utf8Prefix */
/**
 * Byte-exact text limits. GitHub counts `summary`/`text`/`message`/`raw_details` in UTF-8 bytes and `title` in
 * characters; these helpers cut to the largest prefix that fits, never inside a character, and leave room for a
 * marker that says something was cut.
 */
/** What {@link truncateUtf8} and {@link truncateChars} append when they cut. */
const TRUNCATION_MARKER = '\n… (truncated)';
/** Size of `text` in UTF-8 bytes. */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * The longest prefix of `text` whose UTF-8 encoding has at most `maxBytes` bytes, never splitting a code point (a
 * surrogate pair is kept or dropped whole).
 */
function utf8Prefix(text, maxBytes) {
    if (maxBytes <= 0)
        return '';
    // Cheap exits: UTF-8 needs 1-3 bytes per UTF-16 unit, so short strings fit without encoding.
    if (text.length * 3 <= maxBytes)
        return text;
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= maxBytes)
        return text;
    let end = maxBytes;
    // Back off over continuation bytes (10xxxxxx) to the start of the code point that does not fit.
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}
/**
 * `text` if it fits in `maxBytes` UTF-8 bytes; otherwise the longest prefix that fits together with `marker`
 * (the marker itself is cut if even it does not fit).
 */
function truncateUtf8(text, maxBytes, marker = TRUNCATION_MARKER) {
    if (utf8Length(text) <= maxBytes)
        return text;
    const markerBytes = utf8Length(marker);
    if (markerBytes >= maxBytes)
        return utf8Prefix(marker, maxBytes);
    return utf8Prefix(text, maxBytes - markerBytes) + marker;
}
/**
 * `text` cut to at most `maxUnits` UTF-16 code units (which also bounds the code points), never splitting a
 * surrogate pair, with `marker` at the end when cut.
 */
function truncateChars(text, maxUnits, marker = '…') {
    if (text.length <= maxUnits)
        return text;
    if (marker.length >= maxUnits)
        return marker.slice(0, Math.max(0, maxUnits));
    let end = maxUnits - marker.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--; // a high surrogate whose pair would be cut off
    return text.slice(0, end) + marker;
}


/***/ })

};
