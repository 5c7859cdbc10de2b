export const id = 997;
export const ids = [997];
export const modules = {

/***/ 1496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n8: () => (/* binding */ LEG_ENV),
  QU: () => (/* binding */ ResultsWriter),
  x8: () => (/* binding */ readResults)
});

// UNUSED EXPORTS: ResultsLockTimeoutError, mergeResults, writeFileAtomic, writeResults

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
;// CONCATENATED MODULE: ./build/results/model.js
/**
 * The results model shared by every stage. These types mirror `schemas/results.schema.json` exactly (the tests check
 * both directions); change them together.
 */
/** The only tool name a results document may carry. */
const TOOL_NAME = 'kuryr-dragonflow-actions';
/** Current format version; readers reject any other. */
const SCHEMA_VERSION = 1;
/** Public `$id` of the schema; write it as `$schema` in documents so editors pick up the help texts. */
const RESULTS_SCHEMA_ID = 'https://kuryr-dragonflow-actions.invalid/schemas/results.schema.json';
/** Well-known stages. Any kebab-case name is accepted, these are the ones the toolkit writes. */
const KNOWN_STAGES = (/* unused pure expression or super */ null && (['lint', 'plan', 'setup-devstack', 'trunk-vm', 'connectivity', 'publish-results']));
/** Pattern every stage name must match (same as the schema). */
const STAGE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const RUN_STATUSES = (/* unused pure expression or super */ null && (['running', 'passed', 'failed', 'error']));
const CASE_STATUSES = (/* unused pure expression or super */ null && (['passed', 'failed', 'error', 'skipped', 'flaky']));
const FINDING_LEVELS = (/* unused pure expression or super */ null && (['notice', 'warning', 'failure']));
/**
 * Builds an empty results document for a stage.
 * `tool` defaults to {@link TOOL_NAME}, `startedAt` to now and `status` to `running`.
 */
function createResultsDocument(run, now = new Date()) {
    return {
        $schema: RESULTS_SCHEMA_ID,
        schemaVersion: SCHEMA_VERSION,
        run: { status: 'running', ...run, tool: TOOL_NAME, startedAt: run.startedAt ?? now.toISOString() },
        cases: [],
        findings: [],
    };
}
/** Counts cases by status and findings by level. Accepts anything with `cases` and `findings` (e.g. a merge). */
function model_summarize(doc) {
    const summary = {
        total: doc.cases.length,
        passed: 0,
        failed: 0,
        error: 0,
        skipped: 0,
        flaky: 0,
        durationMs: 0,
        findings: { notice: 0, warning: 0, failure: 0, total: doc.findings.length },
    };
    for (const c of doc.cases) {
        summary[c.status] += 1;
        summary.durationMs += c.durationMs ?? 0;
    }
    for (const f of doc.findings)
        summary.findings[f.level] += 1;
    return summary;
}
/**
 * The status a document deserves, worst first:
 * `error` if the run says so or any case errored; `failed` if the run says so, any case failed or any finding is
 * a `failure`; otherwise `passed`. Skipped and flaky cases, notices and warnings do not fail a run. A `running` run
 * status is ignored (the content decides).
 */
function model_overallStatus(doc) {
    const s = model_summarize(doc);
    if (doc.run.status === 'error' || s.error > 0)
        return 'error';
    if (doc.run.status === 'failed' || s.failed > 0 || s.findings.failure > 0)
        return 'failed';
    return 'passed';
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
;// CONCATENATED MODULE: ./schemas/results.schema.json
const results_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kuryr-dragonflow-actions.invalid/schemas/results.schema.json","title":"kuryr-dragonflow-actions results document","description":"The one results format every stage (lint, plan, setup-devstack, trunk-vm, connectivity, publish-results) writes. publish-results merges these documents (plus JUnit and subunit) into check-run annotations and a job summary.","type":"object","additionalProperties":false,"required":["schemaVersion","run","cases","findings"],"properties":{"$schema":{"title":"Schema reference","description":"Optional pointer to this schema so editors offer completion and help. Ignored by the toolkit.","type":"string"},"schemaVersion":{"title":"Schema version","description":"Version of this format. Bumped only on incompatible changes; readers reject versions they do not know.","const":1},"run":{"$ref":"#/$defs/run"},"cases":{"title":"Test cases","description":"Checks the stage performed, one entry per check. Case ids are unique within a document; writing a case with an existing id replaces the earlier one (a retried case updates its result).","type":"array","items":{"$ref":"#/$defs/case"}},"findings":{"title":"Findings","description":"Problems tied to a file and line; publish-results turns each into a check-run annotation.","type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"nonEmptyString":{"title":"Non-empty string","description":"A string with at least one character.","type":"string","minLength":1},"dateTime":{"title":"Timestamp","description":"RFC 3339 date-time with a time zone, e.g. 2025-01-31T12:00:00.000Z.","type":"string","format":"date-time"},"run":{"title":"Run metadata","description":"Who wrote this document, for which stage, and in which environment.","type":"object","additionalProperties":false,"required":["tool","toolVersion","stage","startedAt"],"properties":{"tool":{"title":"Tool","description":"Always kuryr-dragonflow-actions; guards against feeding foreign JSON to publish-results.","const":"kuryr-dragonflow-actions"},"toolVersion":{"title":"Tool version","description":"Version of the toolkit that wrote the document (package.json version or a git describe).","$ref":"#/$defs/nonEmptyString"},"stage":{"title":"Stage","description":"Stage that produced the results: lint, plan, setup-devstack, trunk-vm, connectivity, publish-results, or another kebab-case name.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$","examples":["lint","plan","setup-devstack","trunk-vm","connectivity","publish-results"]},"startedAt":{"title":"Started at","description":"When the stage started (RFC 3339 date-time).","$ref":"#/$defs/dateTime"},"finishedAt":{"title":"Finished at","description":"When the stage finished (RFC 3339 date-time). Absent while the stage is running or if it crashed.","$ref":"#/$defs/dateTime"},"status":{"title":"Run status","description":"running while the stage writes; passed, failed (a check failed) or error (the stage could not do its job) at the end.","enum":["running","passed","failed","error"]},"profile":{"title":"Profile","description":"Deployment profile name, e.g. dragonflow or dragonflow-nested.","$ref":"#/$defs/nonEmptyString"},"release":{"title":"Release","description":"OpenStack release or branch of the release train, e.g. stable/rocky.","$ref":"#/$defs/nonEmptyString"},"distro":{"title":"Distro","description":"Host distribution and version, e.g. ubuntu-18.04.","$ref":"#/$defs/nonEmptyString"},"runner":{"title":"Runner","description":"GitHub runner name (RUNNER_NAME), if the stage ran on a runner.","$ref":"#/$defs/nonEmptyString"},"host":{"title":"Host","description":"Host name of the machine that ran the stage.","$ref":"#/$defs/nonEmptyString"},"github":{"$ref":"#/$defs/github"},"extra":{"title":"Extra metadata","description":"Free-form, stage-specific metadata (SDN, Octavia provider, VIF driver, Kubernetes version...). Not validated.","type":"object"}}},"github":{"title":"GitHub context","description":"Where the run happened on GitHub; publish-results uses it to attach check runs to the right commit and to link runs.","type":"object","additionalProperties":false,"required":["repository","sha","runId"],"properties":{"repository":{"title":"Repository","description":"owner/name (GITHUB_REPOSITORY).","type":"string","pattern":"^[^/\\\\s]+/[^/\\\\s]+$"},"sha":{"title":"Commit SHA","description":"Commit the results describe (GITHUB_SHA, or the head SHA of a pull request / workflow_run).","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"runId":{"title":"Workflow run id","description":"GITHUB_RUN_ID.","type":"integer","minimum":1},"runAttempt":{"title":"Run attempt","description":"GITHUB_RUN_ATTEMPT (1 for the first attempt).","type":"integer","minimum":1},"job":{"title":"Job","description":"Job id (GITHUB_JOB).","$ref":"#/$defs/nonEmptyString"},"workflow":{"title":"Workflow","description":"Workflow name (GITHUB_WORKFLOW).","$ref":"#/$defs/nonEmptyString"},"ref":{"title":"Ref","description":"Git ref (GITHUB_REF), e.g. refs/heads/main or refs/pull/1/merge.","$ref":"#/$defs/nonEmptyString"},"serverUrl":{"title":"Server URL","description":"GITHUB_SERVER_URL, e.g. https://github.com; needed to build links on GitHub Enterprise Server.","type":"string","format":"uri"},"eventName":{"title":"Event name","description":"GITHUB_EVENT_NAME, e.g. push, pull_request, workflow_run.","$ref":"#/$defs/nonEmptyString"}}},"location":{"title":"Source location","description":"File (and optionally lines) a case is about, e.g. the local.conf or test file.","type":"object","additionalProperties":false,"required":["file"],"properties":{"file":{"title":"File","description":"Path relative to the repository root, with forward slashes (what GitHub annotations expect).","$ref":"#/$defs/nonEmptyString"},"line":{"title":"Line","description":"First line, 1-based.","type":"integer","minimum":1},"endLine":{"title":"End line","description":"Last line, 1-based, not before line.","type":"integer","minimum":1}}},"evidence":{"title":"Evidence","description":"Data that explains a result: a command and its output, an OpenStack port, a Kuryr CRD, a log excerpt...","type":"object","additionalProperties":false,"required":["kind","data"],"properties":{"kind":{"title":"Kind","description":"What the data is, e.g. command, log, http, neutron-port, kuryr-port, security-group-rules.","$ref":"#/$defs/nonEmptyString"},"title":{"title":"Title","description":"Short human-readable caption.","type":"string"},"data":{"title":"Data","description":"Any JSON value; not validated. Keep it small: publish-results truncates to fit GitHub limits (64 KB per annotation field)."}}},"case":{"title":"Test case","description":"One check and its result.","type":"object","additionalProperties":false,"required":["id","name","suite","status"],"properties":{"id":{"title":"Case id","description":"Stable identifier, unique within the document (e.g. connectivity/pod-to-service/same-node). Re-adding an id replaces the earlier case.","$ref":"#/$defs/nonEmptyString"},"name":{"title":"Name","description":"Human-readable name shown in the summary.","$ref":"#/$defs/nonEmptyString"},"suite":{"title":"Suite","description":"Group the case belongs to (JUnit classname), e.g. local.conf, pod-to-pod, load-balancer.","$ref":"#/$defs/nonEmptyString"},"status":{"title":"Status","description":"passed; failed (the check ran and found a problem); error (the check could not run); skipped; flaky (failed at least once, then passed).","enum":["passed","failed","error","skipped","flaky"]},"durationMs":{"title":"Duration (ms)","description":"Wall time of the case in milliseconds, all attempts included.","type":"number","minimum":0},"message":{"title":"Message","description":"One-line reason for a failure, error or skip.","type":"string"},"details":{"title":"Details","description":"Longer text: output, stack trace, diff. publish-results truncates it to fit GitHub limits.","type":"string"},"location":{"$ref":"#/$defs/location"},"attempts":{"title":"Attempts","description":"How many times the case ran (1 without retries).","type":"integer","minimum":1},"evidence":{"title":"Evidence","description":"Data collected for this case, mostly on failure.","type":"array","items":{"$ref":"#/$defs/evidence"}},"tags":{"title":"Tags","description":"Free labels for filtering, e.g. nested, ipv6, octavia.","type":"array","items":{"$ref":"#/$defs/nonEmptyString"}}}},"finding":{"title":"Finding","description":"A problem at a file and line; becomes a check-run annotation (path, start_line, end_line, start_column, end_column, annotation_level, title, message, raw_details).","type":"object","additionalProperties":false,"required":["file","line","level","title","message"],"properties":{"file":{"title":"File","description":"Path relative to the repository root, with forward slashes (annotation path).","$ref":"#/$defs/nonEmptyString"},"line":{"title":"Line","description":"First line, 1-based (annotation start_line).","type":"integer","minimum":1},"endLine":{"title":"End line","description":"Last line, 1-based, not before line (annotation end_line; defaults to line).","type":"integer","minimum":1},"column":{"title":"Column","description":"First column, 1-based. GitHub keeps columns only when the finding spans one line.","type":"integer","minimum":1},"endColumn":{"title":"End column","description":"Last column, 1-based (annotation end_column).","type":"integer","minimum":1},"level":{"title":"Level","description":"Annotation level: notice, warning or failure. A failure finding fails the run.","enum":["notice","warning","failure"]},"title":{"title":"Title","description":"Short summary. publish-results truncates it to GitHub\'s 255 characters.","$ref":"#/$defs/nonEmptyString"},"message":{"title":"Message","description":"What is wrong and how to fix it. GitHub caps it at 64 KB; publish-results truncates.","$ref":"#/$defs/nonEmptyString"},"details":{"title":"Raw details","description":"Extra text shown collapsed under the annotation (raw_details, 64 KB cap).","type":"string"},"rule":{"title":"Rule","description":"Stable id of the rule that produced the finding, e.g. localconf/unquoted-heredoc.","$ref":"#/$defs/nonEmptyString"},"caseId":{"title":"Case id","description":"Id of the case in the same document this finding belongs to, if any.","$ref":"#/$defs/nonEmptyString"}}}}}');
;// CONCATENATED MODULE: ./build/results/validate.js
/**
 * Validation of results documents against `schemas/results.schema.json` (ajv, draft 2020-12) plus the rules JSON
 * Schema cannot express (unique case ids, `endLine >= line`).
 *
 * The schema is imported as a JSON module: tsc (NodeNext), ts-jest, tsx and ncc all understand
 * `with { type: 'json' }`, ncc inlines it into the bundle, and nothing depends on the working directory.
 */




/** The results JSON Schema, as parsed JSON. */
const resultsSchema = (/* unused pure expression or super */ null && (schemaJson));
/** How many problems an error message lists before it says "and N more". */
const MAX_LISTED_ERRORS = 10;
const Ajv2020 = (_2020["default"] ?? _2020);
const addFormats = (dist["default"] ?? dist);
let validators;
/** Compiles the schema once, on first use (about 20 ms we do not want to pay at import time). */
function getValidators() {
    if (validators)
        return validators;
    const ajv = new Ajv2020({ allErrors: true, strict: true, logger: false });
    addFormats(ajv);
    ajv.addSchema(results_schema_namespaceObject);
    const id = results_schema_namespaceObject.$id;
    const get = (ref) => {
        const fn = ajv.getSchema(ref);
        if (!fn)
            throw new Error(`results schema: cannot resolve ${ref}`);
        return fn;
    };
    validators = {
        document: get(id),
        testCase: get(`${id}#/$defs/case`),
        finding: get(`${id}#/$defs/finding`),
    };
    return validators;
}
function describeAjvError(e) {
    const where = e.instancePath || '/';
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `${where} must NOT have additional property ${JSON.stringify(p.additionalProperty)}`;
        case 'enum':
            return `${where} ${e.message ?? 'is invalid'}: ${p.allowedValues.join(', ')}`;
        case 'const':
            return `${where} ${e.message ?? 'is invalid'} ${JSON.stringify(p.allowedValue)}`;
        default:
            return `${where} ${e.message ?? 'is invalid'}`;
    }
}
function checkLines(problems, path, obj) {
    if (obj?.line !== undefined && obj.endLine !== undefined && obj.endLine < obj.line) {
        problems.push(`${path}/endLine must be >= line (${obj.line})`);
    }
}
/** Rules the schema cannot express; only run on schema-valid documents. */
function semanticProblems(doc) {
    const problems = [];
    const seen = new Map();
    doc.cases.forEach((c, i) => {
        const first = seen.get(c.id);
        if (first !== undefined)
            problems.push(`/cases/${i}/id duplicates case id ${JSON.stringify(c.id)} of /cases/${first}`);
        else
            seen.set(c.id, i);
        checkLines(problems, `/cases/${i}/location`, c.location);
    });
    doc.findings.forEach((f, i) => checkLines(problems, `/findings/${i}`, f));
    return problems;
}
function collect(fn, value, source, extra) {
    const problems = fn(value) ? (extra?.(value) ?? []) : [...new Set((fn.errors ?? []).map(describeAjvError))];
    return problems.map((p) => `${source}: ${p}`);
}
function fail(source, what, problems) {
    const listed = problems.slice(0, MAX_LISTED_ERRORS);
    const more = problems.length - listed.length;
    const lines = [
        `${source}: invalid ${what} (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
        ...listed,
    ];
    if (more > 0)
        lines.push(`${source}: ... and ${more} more`);
    throw new errors/* ConfigurationError */.j1(lines.join('\n'), source);
}
/**
 * Every problem with `value` as a results document, each formatted `<source>: <instancePath> <message>`.
 * Empty when the document is valid.
 */
function resultsProblems(value, source = 'results') {
    return collect(getValidators().document, value, source, semanticProblems);
}
/**
 * Checks that `value` is a valid results document and returns it typed.
 * @param source file name (or other label) that prefixes every problem in the error message
 * @throws ConfigurationError listing up to {@link MAX_LISTED_ERRORS} problems as `<source>: <instancePath> <message>`
 */
function validate_validateResults(value, source = 'results') {
    const problems = resultsProblems(value, source);
    if (problems.length > 0)
        fail(source, 'results document', problems);
    return value;
}
/**
 * Checks one case against the schema (paths are relative to the case).
 * @throws ConfigurationError as {@link validateResults}
 */
function validateCase(value, source = 'case') {
    const problems = collect(getValidators().testCase, value, source, (c) => {
        const p = [];
        checkLines(p, '/location', c.location);
        return p;
    });
    if (problems.length > 0)
        fail(source, 'test case', problems);
    return value;
}
/**
 * Checks one finding against the schema (paths are relative to the finding).
 * @throws ConfigurationError as {@link validateResults}
 */
function validateFinding(value, source = 'finding') {
    const problems = collect(getValidators().finding, value, source, (f) => {
        const p = [];
        checkLines(p, '', f);
        return p;
    });
    if (problems.length > 0)
        fail(source, 'finding', problems);
    return value;
}

;// CONCATENATED MODULE: ./build/results/writer.js
/**
 * Durable, append-only persistence of results documents.
 *
 * Every mutation is a read-modify-write of the whole file under a lock:
 *  1. in-process: operations on the same path are chained on one promise queue (shared by all writers in the process);
 *  2. cross-process: a lock file `<target>.lock` created with O_EXCL (`wx`), retried with backoff; a lock whose pid
 *     is dead (same host) or that is older than `staleLockMs` is taken over;
 *  3. under the lock the file is re-read, so entries other processes appended are kept;
 *  4. the new content goes to a temp file in the same directory, is fsynced and renamed over the target, then the
 *     directory is fsynced. Readers see the old or the new file, never a partial one.
 *
 * Case ids are unique per document: adding a case whose id already exists replaces the earlier case in place (a
 * retried case updates its result; its position in `cases` stays that of the first occurrence).
 */







/**
 * The environment variable naming the matrix leg (e.g. `ubuntu-18.04/nested`) of the job writing results: the
 * reusable workflow and the root action set it, publish-results' matrix section groups documents by it.
 */
const LEG_ENV = 'KDF_LEG';
/** `run` with `extra.leg` set, unless it has one already or `leg` is empty. */
function withLeg(run, leg) {
    const value = leg?.trim();
    if (!value || run.extra?.leg !== undefined)
        return run;
    return { ...run, extra: { ...run.extra, leg: value } };
}
const DEFAULT_LOCK_TIMEOUT_MS = 60_000;
const DEFAULT_STALE_LOCK_MS = 30_000;
const lockOptionsOf = (o) => ({
    lockTimeoutMs: o.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
    staleLockMs: o.staleLockMs ?? DEFAULT_STALE_LOCK_MS,
});
/** Thrown when the results lock cannot be taken in time (an environment problem, not a user mistake). */
class ResultsLockTimeoutError extends Error {
    lockPath;
    holder;
    constructor(lockPath, holder) {
        super(`timed out waiting for the results lock ${lockPath} (held by ${holder})`);
        this.lockPath = lockPath;
        this.holder = holder;
        this.name = 'ResultsLockTimeoutError';
    }
}
const RANK = { passed: 0, failed: 1, error: 2 };
const errno = (err) => err?.code;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Drops `undefined` members and detaches the value from the caller's object, so what we validate is what we write. */
const plain = (value) => JSON.parse(JSON.stringify(value));
const serialize = (doc) => `${JSON.stringify(doc, null, 2)}\n`;
// ---------------------------------------------------------------------------------------------------------------------
// In-process serialization: one promise chain per absolute path, shared by every writer instance in this process.
const queues = new Map();
function enqueue(key, task) {
    const prev = queues.get(key) ?? Promise.resolve();
    const result = prev.then(task, task);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
        if (queues.get(key) === tail)
            queues.delete(key);
    });
    return result;
}
function parseLock(text) {
    try {
        const v = JSON.parse(text);
        return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string'
            ? v
            : undefined;
    }
    catch {
        return undefined; // being written (created empty, then filled) or garbage: only its age can tell
    }
}
function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return errno(err) === 'EPERM'; // exists, owned by someone else
    }
}
/** Removes `lockPath` if it is stale. Returns true when the caller should retry at once. */
async function breakIfStale(lockPath, staleMs) {
    let text;
    let mtimeMs;
    try {
        mtimeMs = (await (0,promises_.stat)(lockPath)).mtimeMs;
        text = await (0,promises_.readFile)(lockPath, 'utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return true; // released meanwhile
        throw err;
    }
    const info = parseLock(text);
    const deadOwner = info !== undefined && info.host === (0,external_node_os_.hostname)() && !pidAlive(info.pid);
    if (!deadOwner && Date.now() - mtimeMs < staleMs)
        return false;
    // Take it over without racing another breaker: move it aside atomically, then check we moved the lock we judged.
    const aside = `${lockPath}.stale-${process.pid}-${(0,external_node_crypto_.randomUUID)()}`;
    try {
        await (0,promises_.rename)(lockPath, aside);
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return true;
        throw err;
    }
    const moved = await (0,promises_.readFile)(aside, 'utf8').catch(() => '');
    if (moved !== text) {
        // Someone replaced the stale lock with a live one between our read and our rename: put theirs back.
        // (link fails if a third process locked in that instant; nothing safer can be done then.)
        await (0,promises_.link)(aside, lockPath).catch(() => undefined);
    }
    await (0,promises_.unlink)(aside).catch(() => undefined);
    return true;
}
async function acquireLock(lockPath, timeoutMs, staleMs) {
    const info = {
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        token: (0,external_node_crypto_.randomUUID)(),
        createdAt: new Date().toISOString(),
    };
    const deadline = Date.now() + timeoutMs;
    let delay = 1;
    for (;;) {
        try {
            const fh = await (0,promises_.open)(lockPath, 'wx');
            try {
                await fh.writeFile(JSON.stringify(info));
            }
            finally {
                await fh.close();
            }
            return info;
        }
        catch (err) {
            if (errno(err) !== 'EEXIST')
                throw err;
        }
        if (await breakIfStale(lockPath, staleMs))
            continue;
        if (Date.now() >= deadline) {
            const holder = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => 'unknown');
            throw new ResultsLockTimeoutError(lockPath, holder || 'unknown');
        }
        await sleep(delay + Math.random() * delay); // jitter keeps competing processes from retrying in lockstep
        delay = Math.min(delay * 2, 50);
    }
}
async function releaseLock(lockPath, info) {
    // Only remove our own lock: if it was judged stale and taken over, the file now belongs to someone else.
    const text = await (0,promises_.readFile)(lockPath, 'utf8').catch(() => '');
    if (parseLock(text)?.token === info.token)
        await (0,promises_.unlink)(lockPath).catch(() => undefined);
}
async function withFileLock(target, opts, fn) {
    const lockPath = `${target}.lock`;
    const info = await acquireLock(lockPath, opts.lockTimeoutMs, opts.staleLockMs);
    try {
        return await fn();
    }
    finally {
        await releaseLock(lockPath, info);
    }
}
// ---------------------------------------------------------------------------------------------------------------------
// Atomic file replacement.
async function fsyncDir(dir) {
    try {
        const fh = await (0,promises_.open)(dir, 'r');
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        // Not supported everywhere (Windows); the rename itself is still atomic.
    }
}
/** Writes `text` to `target` so that readers see either the old or the new content, and it survives a crash. */
async function writeFileAtomic(target, text) {
    const dir = (0,external_node_path_.dirname)(target);
    const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(target)}.${process.pid}.${(0,external_node_crypto_.randomUUID)().slice(0, 8)}.tmp`);
    const fh = await (0,promises_.open)(tmp, 'wx', 0o644);
    try {
        try {
            await fh.writeFile(text, 'utf8');
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(tmp, target);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
// ---------------------------------------------------------------------------------------------------------------------
// Reading.
async function readText(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (errno(err) === 'ENOENT')
            return undefined;
        throw err;
    }
}
function parseResults(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${source}: not valid JSON: ${err.message}`, source);
    }
    return validate_validateResults(value, source);
}
/**
 * Reads and validates a results file.
 * @throws ConfigurationError if the file is missing, is not JSON or does not match the schema (messages name `path`)
 */
async function readResults(path) {
    const text = await readText(path);
    if (text === undefined)
        throw new errors/* ConfigurationError */.j1(`${path}: results file not found`, path);
    return parseResults(text, path);
}
/**
 * Validates `doc` and writes it to `path` atomically, replacing the file (under the same locks as
 * {@link ResultsWriter}, so it does not interleave with appends). Creates the directory if needed.
 * @throws ConfigurationError if `doc` is invalid
 */
async function writeResults(path, doc, options = {}) {
    const abs = resolve(path);
    const text = serialize(validateResults(plain(doc), abs));
    const lockOptions = lockOptionsOf(options);
    await mkdir(dirname(abs), { recursive: true });
    await enqueue(abs, () => withFileLock(abs, lockOptions, () => writeFileAtomic(abs, text)));
}
// ---------------------------------------------------------------------------------------------------------------------
// Writer.
/**
 * Appends cases and findings to a results file; safe against concurrent writers in this and other processes.
 * Create it with {@link ResultsWriter.open}. Every method resolves only once the change is on disk.
 */
class ResultsWriter {
    /** Absolute path of the results file. */
    path;
    doc;
    /** Text of the file as we last wrote or read it; lets us skip re-validating when nobody else wrote. */
    lastText;
    lockOptions;
    now;
    constructor(path, doc, options) {
        this.path = path;
        this.doc = doc;
        this.lockOptions = lockOptionsOf(options);
        this.now = options.now ?? (() => new Date());
    }
    /**
     * Opens `path` for appending, creating it (and its directory) with a fresh document for `run` if it does not exist.
     * An existing file is validated and kept as is, its run metadata included; it must be for the same stage.
     * With `reset: true` the file is replaced by a fresh document.
     * @throws ConfigurationError if `run` is invalid, or the existing file is corrupt or belongs to another stage
     */
    static async open(path, run, options = {}) {
        const abs = (0,external_node_path_.resolve)(path);
        const fresh = validate_validateResults(plain(createResultsDocument(withLeg(run, options.leg ?? process.env[LEG_ENV]), (options.now ?? (() => new Date()))())), abs);
        const writer = new ResultsWriter(abs, fresh, options);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(abs), { recursive: true });
        await enqueue(abs, () => withFileLock(abs, writer.lockOptions, async () => {
            const text = options.reset ? undefined : await readText(abs);
            if (text === undefined) {
                await writer.persist(fresh);
                return;
            }
            const existing = parseResults(text, abs);
            if (existing.run.stage !== fresh.run.stage) {
                throw new errors/* ConfigurationError */.j1(`${abs}: holds results of stage "${existing.run.stage}", not "${fresh.run.stage}"; use another file or reset it`, abs);
            }
            writer.doc = existing;
            writer.lastText = text;
        }));
        return writer;
    }
    /** A copy of the document as of this writer's last operation (other processes may have appended since). */
    get document() {
        return structuredClone(this.doc);
    }
    /** Adds (or, for an existing id, replaces) one case. */
    addCase(testCase) {
        return this.addCases([testCase]);
    }
    /** Adds (or replaces by id) several cases in one durable write; within the batch the last case of an id wins. */
    async addCases(cases) {
        const items = cases.map((c, i) => validateCase(plain(c), `${this.path}: case ${i}`));
        await this.update((doc) => {
            const index = new Map(doc.cases.map((c, i) => [c.id, i]));
            for (const c of items) {
                const at = index.get(c.id);
                if (at === undefined)
                    index.set(c.id, doc.cases.push(c) - 1);
                else
                    doc.cases[at] = c;
            }
        });
    }
    /** Adds one finding. */
    addFinding(finding) {
        return this.addFindings([finding]);
    }
    /** Adds several findings in one durable write. */
    async addFindings(findings) {
        const items = findings.map((f, i) => validateFinding(plain(f), `${this.path}: finding ${i}`));
        await this.update((doc) => {
            doc.findings.push(...items);
        });
    }
    /**
     * Marks the run finished: sets `finishedAt` to now and `status` to the worse of `status` (if given) and what the
     * content says ({@link overallStatus}), so a run with failed cases can never be recorded as passed.
     * @returns the final document
     */
    async finish(status) {
        await this.update((doc) => {
            const computed = model_overallStatus({ ...doc, run: { ...doc.run, status: 'running' } });
            const final = status !== undefined && RANK[status] > RANK[computed] ? status : computed;
            doc.run = { ...doc.run, status: final, finishedAt: this.now().toISOString() };
        });
        return this.document;
    }
    /** Runs `mutate` on the current on-disk document under both locks and persists the result. */
    update(mutate) {
        return enqueue(this.path, () => withFileLock(this.path, this.lockOptions, async () => {
            const text = await readText(this.path);
            // Missing file (deleted under us): rebuild it from what we know rather than lose our entries.
            const current = text === undefined || text === this.lastText ? structuredClone(this.doc) : parseResults(text, this.path);
            mutate(current);
            await this.persist(current);
        }));
    }
    async persist(doc) {
        const text = serialize(doc);
        await writeFileAtomic(this.path, text);
        this.doc = doc;
        this.lastText = text;
    }
}
/**
 * Concatenates the cases and findings of several documents (in order), tagging each with its run index and stage,
 * and keeps every run's metadata in `runs`.
 * @param sources optional labels (file paths), one per document, kept in `runs[i].source`
 */
function mergeResults(docs, sources = []) {
    const merged = { runs: [], cases: [], findings: [], status: 'passed' };
    docs.forEach((doc, runIndex) => {
        const stage = doc.run.stage;
        const status = overallStatus(doc);
        const source = sources[runIndex];
        merged.runs.push({
            run: structuredClone(doc.run),
            ...(source !== undefined ? { source } : {}),
            summary: summarize(doc),
            status,
            complete: doc.run.finishedAt !== undefined,
        });
        for (const c of doc.cases)
            merged.cases.push({ ...structuredClone(c), runIndex, stage });
        for (const f of doc.findings)
            merged.findings.push({ ...structuredClone(f), runIndex, stage });
        if (RANK[status] > RANK[merged.status])
            merged.status = status;
    });
    return merged;
}


/***/ }),

/***/ 993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CoreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5994);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6210);
/** The `Logger` for GitHub Actions: workflow commands through @actions/core, with annotations, groups and masking. */



/** Logs through @actions/core. Messages are masked locally too, so a secret never depends on the runner alone. */
class CoreLogger {
    core;
    masker;
    now;
    depth = 0;
    constructor(options = {}) {
        this.core = options.core ?? _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .actionsCore */ .v;
        this.masker = options.masker ?? _secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultMasker */ .JC;
        this.now = options.now ?? (() => performance.now());
    }
    /** Step-debug output (shown when ACTIONS_STEP_DEBUG is set). */
    debug(message) {
        this.core.debug(this.masker.mask(message));
    }
    /** A plain log line. */
    info(message) {
        this.core.info(this.masker.mask(message));
    }
    /** A notice annotation. */
    notice(message, props) {
        this.core.notice(this.masker.mask(message), this.toCore(props));
    }
    /** A warning annotation. */
    warning(message, props) {
        this.core.warning(this.masker.mask(message), this.toCore(props));
    }
    /** An error annotation (does not fail the step; `runWrapper` does that). */
    error(message, props) {
        this.core.error(this.masker.mask(message), this.toCore(props));
    }
    /**
     * Runs `fn` in a collapsible group, then prints `✓ name (12.3s)` (or `✗ name (failed after 12.3s)`) outside it so
     * the timing is visible while the group is collapsed. The log viewer cannot nest groups, so an inner group becomes
     * a `▶ name` line inside the outer one.
     */
    async group(name, fn) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        const started = this.now();
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        let ok = false;
        try {
            const result = await fn();
            ok = true;
            return result;
        }
        finally {
            this.depth--;
            if (!nested)
                this.core.endGroup();
            const elapsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - started);
            this.core.info(ok ? `✓ ${title} (${elapsed})` : `✗ ${title} (failed after ${elapsed})`);
        }
    }
    open = [];
    /** Opens a streaming group (see Logger.startGroup). */
    startGroup(name) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        this.open.push({ title, started: this.now(), nested });
    }
    /** Closes the last streaming group, printing its elapsed time. */
    endGroup() {
        const g = this.open.pop();
        if (!g)
            return;
        this.depth--;
        if (!g.nested)
            this.core.endGroup();
        this.core.info(`✓ ${g.title} (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - g.started)})`);
    }
    /**
     * Registers a secret with the runner (`::add-mask::`, one per line of a multi-line value, because the runner masks
     * line by line) and with the local masker.
     */
    addSecret(value) {
        if (value.trim() === '')
            return;
        for (const line of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerMaskValues */ .XL)(value))
            this.core.setSecret(line);
        this.masker.add(value);
    }
    toCore(props) {
        if (!props)
            return undefined;
        const out = {};
        if (props.title !== undefined)
            out.title = this.masker.mask(props.title);
        if (props.file !== undefined)
            out.file = props.file;
        if (props.startLine !== undefined)
            out.startLine = props.startLine;
        if (props.endLine !== undefined)
            out.endLine = props.endLine;
        return out;
    }
}


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   H_: () => (/* binding */ DURATION_UNIT_NAMES),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Parsing and formatting of human durations (`90s`, `15m`, `1h30m`, `500ms`), in milliseconds. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Human names of the units, for error messages. */
const DURATION_UNIT_NAMES = {
    ms: 'milliseconds',
    s: 'seconds',
    m: 'minutes',
    h: 'hours',
    d: 'days',
};
const BARE_NUMBER = /^\d+(?:\.\d+)?$/;
// `ms` must come before `m` in the alternation, otherwise `500ms` would read as 500 minutes followed by junk.
const SEGMENT = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*/y;
/**
 * Parses `text` into milliseconds (rounded), or returns `undefined` when it is not a duration. Accepts one or more
 * `<number><unit>` segments (`1h30m`, `1h 30m`, `1.5h`, `500ms`; units ms, s, m, h, d, case-insensitive) or a bare
 * number, which is read in `bareUnit`.
 */
function parseDuration(text, bareUnit = 's') {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (BARE_NUMBER.test(value))
        return Math.round(Number(value) * UNIT_MS[bareUnit]);
    let total = 0;
    SEGMENT.lastIndex = 0;
    while (SEGMENT.lastIndex < value.length) {
        const match = SEGMENT.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
    }
    return Math.round(total);
}
/**
 * Formats milliseconds for humans: `300ms`, `12.3s`, `30s`, `1m30s`, `15m`, `1h30m`, `2h`. Sub-minute values keep one
 * decimal; longer ones are rounded to whole seconds.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return `${ms}ms`;
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 59_950) {
        const seconds = Math.round(ms / 100) / 10;
        return `${Number.isInteger(seconds) ? seconds.toFixed(0) : seconds.toFixed(1)}s`;
    }
    let rest = Math.round(ms / 1000);
    const hours = Math.floor(rest / 3600);
    rest -= hours * 3600;
    const minutes = Math.floor(rest / 60);
    const seconds = rest - minutes * 60;
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].join('') || '0s';
}


/***/ }),

/***/ 4634:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ recordInputSource),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   xq: () => (/* binding */ actionsInputSource)
/* harmony export */ });
/* unused harmony exports envInputSource, actionInputs, getRequiredInput, getOptionalInput, getBooleanInput, getEnumInput, getIntegerInput, getDurationInput, getListInput */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4704);
/**
 * Typed action inputs. Values are read from an `InputSource` (the `INPUT_*` environment by default, as @actions/core
 * does) and every bad value throws a `ConfigurationError` that names the input and says what is accepted.
 */


/** Reads `INPUT_<NAME>` from `env`, with spaces turned into `_` and upper-cased, exactly like `core.getInput`. */
function envInputSource(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}
/** The GitHub Actions source: `process.env['INPUT_' + name.replace(/ /g, '_').toUpperCase()]`, read at call time. */
const actionsInputSource = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
/** A source backed by a plain object or map (CLI flags, tests). */
function recordInputSource(values) {
    if (values instanceof Map)
        return (name) => values.get(name);
    const record = values;
    return (name) => (Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined);
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/**
 * Typed getters over one `InputSource`. Values are trimmed and an empty value counts as unset; a getter given a
 * default returns it for an unset input, one without returns `undefined`.
 */
class Inputs {
    source;
    constructor(source = actionsInputSource) {
        this.source = source;
    }
    /** The trimmed value, or `undefined` when unset or empty. */
    raw(name) {
        const value = this.source(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    /** A string input that must be set. */
    getRequiredInput(name) {
        const value = this.raw(name);
        if (value === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' is required but was not supplied.`, name);
        return value;
    }
    getOptionalInput(name, defaultValue) {
        return this.raw(name) ?? defaultValue;
    }
    getBooleanInput(name, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        if (TRUE_VALUES.includes(value))
            return true;
        if (FALSE_VALUES.includes(value))
            return false;
        throw invalid(name, value, `must be a boolean: one of ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')}`);
    }
    getEnumInput(name, allowed, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        if (allowed.includes(value))
            return value;
        const near = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
        const hint = near === undefined ? '' : ` Did you mean '${near}'?`;
        throw invalid(name, value, `must be one of: ${allowed.join(', ')}`, hint);
    }
    getIntegerInput(name, options = {}, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
        const { min, max } = options;
        if (!Number.isSafeInteger(parsed) || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
            throw invalid(name, value, `must be an integer${describeRange(min, max, String)}`);
        }
        return parsed;
    }
    getDurationInput(name, options = {}, defaultValue) {
        const value = this.raw(name);
        if (value === undefined)
            return defaultValue;
        const bareUnit = options.bareUnit ?? 's';
        const parsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value, bareUnit);
        const { min, max } = options;
        if (parsed === undefined || (min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
            const range = describeRange(min, max, _duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3);
            throw invalid(name, value, `must be a duration${range} such as 90s, 15m, 2h, 1h30m or 500ms (a bare number means ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_UNIT_NAMES */ .H_[bareUnit]})`);
        }
        return parsed;
    }
    /** A list separated by newlines or commas; items are trimmed and empty ones dropped. Unset gives `[]`. */
    getListInput(name) {
        const value = this.raw(name);
        if (value === undefined)
            return [];
        return value
            .split(/[\n,]/)
            .map((item) => item.trim())
            .filter((item) => item !== '');
    }
}
function describeRange(min, max, show) {
    if (min !== undefined && max !== undefined)
        return ` between ${show(min)} and ${show(max)}`;
    if (min !== undefined)
        return ` of at least ${show(min)}`;
    if (max !== undefined)
        return ` of at most ${show(max)}`;
    return '';
}
function invalid(name, value, requirement, hint = '') {
    const shown = value.length > 80 ? `${value.slice(0, 79)}…` : value;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${name}' ${requirement} (got '${shown}').${hint}`, name);
}
/** Getters over the GitHub Actions inputs (`INPUT_*`). */
const actionInputs = new Inputs(actionsInputSource);
/** {@link Inputs.getRequiredInput} on the action inputs. */
function getRequiredInput(name) {
    return actionInputs.getRequiredInput(name);
}
function getOptionalInput(name, defaultValue) {
    return actionInputs.getOptionalInput(name) ?? defaultValue;
}
function getBooleanInput(name, defaultValue) {
    return actionInputs.getBooleanInput(name) ?? defaultValue;
}
function getEnumInput(name, allowed, defaultValue) {
    return actionInputs.getEnumInput(name, allowed) ?? defaultValue;
}
function getIntegerInput(name, options = {}, defaultValue) {
    return actionInputs.getIntegerInput(name, options) ?? defaultValue;
}
function getDurationInput(name, options = {}, defaultValue) {
    return actionInputs.getDurationInput(name, options) ?? defaultValue;
}
/** {@link Inputs.getListInput} on the action inputs. */
function getListInput(name) {
    return actionInputs.getListInput(name);
}


/***/ })

};
