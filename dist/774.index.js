export const id = 774;
export const ids = [774];
export const modules = {

/***/ 94892:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ judge),
/* harmony export */   V7: () => (/* binding */ transportVerdict),
/* harmony export */   n$: () => (/* binding */ DEMO_REPLY)
/* harmony export */ });
/* unused harmony exports curlCodeFromStderr, curlOutcome, classifyRaw */
/** The demo server's reply (docs/connectivity.md#demo-image): `<pod>: HELLO! I AM ALIVE!!!` (docs: `HELLO,`). */
const DEMO_REPLY = /^(?<pod>[a-z0-9.-]+): HELLO[,!] I AM ALIVE!!!$/;
/** The curl exit code a `curl: (N) …` stderr line names. */
function curlCodeFromStderr(stderr) {
    const m = /curl: \((\d+)\)/.exec(stderr);
    return m ? Number(m[1]) : undefined;
}
/** Maps a curl exit code to an outcome. */
function curlOutcome(code, stderr = '') {
    switch (code) {
        case 0:
            return 'ok';
        case 28:
            return 'timeout';
        case 7:
            return /no route to host|network is unreachable/i.test(stderr) ? 'unreachable' : 'refused';
        case 22:
            return 'http-error';
        case 6:
            return 'resolve';
        case 35:
            return 'tls';
        default:
            return 'error';
    }
}
/** Classifies one raw result (before the expectation is applied). */
function classifyRaw(probe, raw) {
    const fromStderr = curlCodeFromStderr(raw.stderr);
    switch (probe.protocol) {
        case 'http': {
            // A lost exit status: the exec said 0 (or nothing) while curl printed `curl: (N)`.
            const code = (raw.exitCode === undefined || raw.exitCode === 0) && fromStderr !== undefined ? fromStderr : raw.exitCode;
            if (code === undefined)
                return { observed: 'error' };
            return { observed: curlOutcome(code, raw.stderr), exitCode: code };
        }
        case 'icmp':
            if (raw.exitCode === 0)
                return { observed: 'ok', exitCode: 0 };
            if (raw.exitCode === 1)
                return { observed: 'timeout', exitCode: 1 };
            return { observed: /unreachable/i.test(raw.stderr) ? 'unreachable' : 'error', exitCode: raw.exitCode };
        case 'tcp':
        case 'udp': {
            if (/refused/i.test(raw.stderr))
                return { observed: 'refused', exitCode: raw.exitCode };
            if (/timed out/i.test(raw.stderr))
                return { observed: 'timeout', exitCode: raw.exitCode };
            if (/unreachable|no route/i.test(raw.stderr))
                return { observed: 'unreachable', exitCode: raw.exitCode };
            if (raw.exitCode === undefined)
                return { observed: 'error' };
            if (raw.exitCode !== 0)
                return { observed: 'error', exitCode: raw.exitCode };
            // UDP: nc exits 0 whether or not a reply came; no reply within -w is a drop.
            if (probe.protocol === 'udp' && raw.body === '')
                return { observed: 'timeout', exitCode: 0 };
            return { observed: 'ok', exitCode: 0 };
        }
    }
}
/** Classifies a raw result and applies the expectation. */
function judge(probe, raw, expect) {
    const { observed, exitCode } = classifyRaw(probe, raw);
    const backend = DEMO_REPLY.exec(raw.body)?.groups?.pod;
    const verdict = {
        probe,
        observed,
        exitCode,
        httpCode: raw.httpCode,
        timeS: raw.timeS,
        backend,
        body: raw.body,
        stderr: raw.stderr,
        passed: false,
    };
    const shown = () => `${observed}${exitCode === undefined ? '' : ` (exit ${exitCode})`}`;
    if (expect.outcome !== 'any' && observed !== expect.outcome) {
        const why = raw.stderr !== '' ? `: ${raw.stderr}` : '';
        verdict.reason = `expected ${expect.outcome}, got ${shown()}${why}`;
        return verdict;
    }
    if (expect.outcome === 'ok' && expect.body !== undefined && probe.protocol !== 'icmp' && probe.protocol !== 'tcp') {
        if (!expect.body.test(raw.body)) {
            verdict.reason = `reply ${JSON.stringify(raw.body)} does not match /${expect.body.source}/`;
            return verdict;
        }
    }
    if (expect.outcome === 'ok' &&
        probe.expectPod !== undefined &&
        backend !== undefined &&
        backend !== probe.expectPod) {
        verdict.reason = `answered by ${backend}, not ${probe.expectPod}`;
        return verdict;
    }
    verdict.passed = true;
    return verdict;
}
/** A verdict for a probe whose exec failed on every attempt. */
function transportVerdict(probe, message) {
    return {
        probe,
        observed: 'error',
        body: '',
        stderr: message,
        passed: false,
        reason: `kubectl exec failed: ${message}`,
    };
}


/***/ }),

/***/ 97578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ runProbes)
});

// UNUSED EXPORTS: transportFailure

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/kube/adaptive.js
/**
 * How many probes are in flight at once, adapted to what the runner can take. Too many curls at once (each batch runs
 * up to 32, several batches at once) make curl itself miss its timeout on a small runner, and the run would blame the
 * network. The budget starts from the CPU count; above that start it grows by a few probes after a batch that came
 * back clean and halves after one whose probes timed out where the suite expected replies (additive increase,
 * multiplicative decrease, as TCP treats its window). A probe that timed out while more than the starting budget
 * was in flight is sent again on its own before it counts (executor.ts). Below the starting budget nothing adapts:
 * a timeout there is the network's.
 */

/** Probes in flight per CPU at the start (a starting point: the budget moves from there). */
const PROBES_PER_CPU = 16;
/** Probes the budget grows by after a clean batch. */
const PROBES_STEP = 4;
/** A limit that moves between `min` and `max`. */
class AdaptiveLimit {
    min;
    max;
    value;
    /** The highest and lowest value it took, and how often it was lowered. */
    peak;
    floor;
    lowered = 0;
    constructor(start, min, max) {
        this.min = min;
        this.max = max;
        this.value = Math.min(max, Math.max(min, start));
        this.peak = this.value;
        this.floor = this.value;
    }
    /** The current limit. */
    get current() {
        return this.value;
    }
    /** A batch came back clean: `step` more. */
    onClean(step = 1) {
        this.value = Math.min(this.max, this.value + step);
        this.peak = Math.max(this.peak, this.value);
    }
    /** A batch showed the runner's own overload: half as many. */
    onOverload() {
        this.value = Math.max(this.min, Math.floor(this.value / 2));
        this.floor = Math.min(this.floor, this.value);
        this.lowered++;
    }
}
/** The starting budget of probes in flight: {@link PROBES_PER_CPU} per CPU. */
function startingBudget(cpus = (0,external_node_os_.availableParallelism)()) {
    return cpus * PROBES_PER_CPU;
}
/**
 * Runs `fn` over `items` keeping the probes in flight (`weight` of each running item) within `limit.current` and the
 * items running within `maxItems`; one item always runs, however heavy. `fn` gets the probes in flight when it
 * started and tells whether its item overloaded the runner.
 */
async function adaptivePool(items, limit, maxItems, weight, fn) {
    let next = 0;
    let running = 0;
    let inFlight = 0;
    await new Promise((resolve, reject) => {
        const fits = (w) => running === 0 || (running < maxItems && inFlight + w <= limit.current);
        const launch = () => {
            if (next >= items.length && running === 0)
                return resolve();
            while (next < items.length && fits(weight(items[next]))) {
                const item = items[next++];
                const w = weight(item);
                running++;
                inFlight += w;
                fn(item, inFlight).then((load) => {
                    running--;
                    inFlight -= w;
                    if (load === 'overload')
                        limit.onOverload();
                    else
                        limit.onClean(PROBES_STEP);
                    launch();
                }, (err) => reject(err instanceof Error ? err : new Error(String(err))));
            }
        };
        launch();
    });
}

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/kube/classify.js
var classify = __webpack_require__(94892);
;// CONCATENATED MODULE: ./build/kube/script.js
/**
 * The probe model and the batch script: all probes of one source pod run concurrently (background jobs) inside ONE
 * `kubectl exec POD -- sh -c SCRIPT`, and the script prints one machine-readable line per probe:
 *
 *     KDF<TAB>id<TAB>exit code<TAB>curl -w (http code and time)<TAB>first stderr line<TAB>first body line
 *
 * then `KDF-END <count>`, so a cut-off exec is recognised as a transport failure. Every value that reaches the script
 * is shell-quoted; probe ids are generated (`p1`, `p2`, …).
 */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes one word for a POSIX shell (`it's` → `'it'\''s'`). */
function shQuote(word) {
    if (word !== '' && SAFE.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
const ID = /^[a-z0-9]+$/;
function seconds(n) {
    // curl accepts decimals; ping -W and nc -w want whole seconds (at least 1).
    return String(Math.max(1, Math.ceil(n)));
}
/** The shell command of one probe; its outputs go to `$d/ID.{w,e,b,rc}`. */
function probeCommand(p) {
    if (!ID.test(p.id))
        throw new Error(`probe id '${p.id}' must match ${ID.source}`);
    const f = (ext) => `"$d/${p.id}.${ext}"`;
    const host = shQuote(p.host);
    const port = p.port === undefined ? '' : shQuote(String(p.port));
    let cmd;
    switch (p.protocol) {
        case 'http': {
            const url = p.url ?? `http://${p.host.includes(':') ? `[${p.host}]` : p.host}:${p.port ?? 80}/`;
            cmd =
                `curl --silent --show-error --fail --connect-timeout ${seconds(p.connectTimeoutS)} ` +
                    `--max-time ${seconds(p.maxTimeS)} -o ${f('b')} -w '%{http_code} %{time_total}' ${shQuote(url)} ` +
                    `>${f('w')} 2>${f('e')}`;
            break;
        }
        case 'tcp':
            cmd = `nc -z -w ${seconds(p.maxTimeS)} ${host} ${port} </dev/null >${f('b')} 2>${f('e')}`;
            break;
        case 'icmp':
            cmd = `ping -c 1 -W ${seconds(p.maxTimeS)} ${host} >/dev/null 2>${f('e')}`;
            break;
        case 'udp':
            cmd = `printf hello | nc -u -w ${seconds(p.maxTimeS)} ${host} ${port} >${f('b')} 2>${f('e')}`;
            break;
    }
    return `( ${cmd}; echo $? >${f('rc')} ) &`;
}
/** The prologue: a private temp dir removed on exit, and `r ID` printing one result line. */
const PROLOGUE = [
    'd=$(mktemp -d /tmp/kdf-probe.XXXXXX) || exit 97',
    `trap 'rm -rf "$d"' EXIT`,
    'l() { head -n 1 "$1" 2>/dev/null | tr -d \'\\t\\r\' | cut -c1-300; }',
    'r() { printf \'KDF\\t%s\\t%s\\t%s\\t%s\\t%s\\n\' "$1" "$(cat "$d/$1.rc" 2>/dev/null)" ' +
        '"$(cat "$d/$1.w" 2>/dev/null)" "$(l "$d/$1.e")" "$(l "$d/$1.b")"; }',
];
/**
 * The `sh -c` script that runs `probes` concurrently (in chunks of `parallel`) and prints their result lines in
 * order, then `KDF-END <count>`.
 */
function buildBatchScript(probes, options = {}) {
    const parallel = Math.max(1, options.parallel ?? 32);
    const ids = new Set();
    const lines = [...PROLOGUE];
    probes.forEach((p, i) => {
        if (ids.has(p.id))
            throw new Error(`probe id '${p.id}' is used twice in one batch`);
        ids.add(p.id);
        lines.push(probeCommand(p));
        if ((i + 1) % parallel === 0 && i + 1 < probes.length)
            lines.push('wait');
    });
    lines.push('wait');
    for (const p of probes)
        lines.push(`r ${p.id}`);
    lines.push(`echo 'KDF-END ${probes.length}'`);
    return lines.join('\n') + '\n';
}
/** Parses the script's stdout (other lines, e.g. from a login banner, are ignored). */
function parseBatchOutput(stdout, expected) {
    const results = new Map();
    let complete = false;
    for (const line of stdout.split(/\r?\n/)) {
        if (line === `KDF-END ${expected}`)
            complete = true;
        if (!line.startsWith('KDF\t'))
            continue;
        const [, id, rc, w, stderr, ...body] = line.split('\t');
        if (id === undefined || !ID.test(id))
            continue;
        const [code, time] = (w ?? '').trim().split(/\s+/);
        results.set(id, {
            id,
            exitCode: rc !== undefined && /^\d+$/.test(rc) ? Number(rc) : undefined,
            httpCode: code !== undefined && /^\d{3}$/.test(code) && code !== '000' ? Number(code) : undefined,
            timeS: time !== undefined && /^[\d.]+$/.test(time) ? Number(time) : undefined,
            stderr: stderr ?? '',
            body: body.join('\t'),
        });
    }
    return { results, complete: complete && results.size === expected };
}

;// CONCATENATED MODULE: ./build/kube/executor.js
/**
 * Runs probes through `kubectl exec`: `batched` = one exec per source pod running all of its probes concurrently
 * (N pods cost N round trips), `per-probe` = one exec per probe (for comparison). Only transport failures of the exec
 * itself are retried (empty or cut-off output, `error dialing backend`, `unable to upgrade connection`, a kubectl
 * timeout), up to 3 attempts; a probe's own failure is a verdict and is never retried.
 */





const TRANSPORT = /error dialing backend|unable to upgrade connection|connection reset by peer|i\/o timeout|EOF$/im;
/** Why an exec result is a transport failure, or `undefined` when its output can be trusted. */
function transportFailure(result, parsed) {
    if (parsed.complete)
        return undefined;
    const stderr = result.stderr.trim();
    if (TRANSPORT.test(stderr))
        return stderr.split('\n').pop() ?? stderr;
    if (result.stdout.trim() === '')
        return `empty output (exit ${String(result.exitCode)})${stderr ? `: ${stderr}` : ''}`;
    return `unparsable or cut-off output (exit ${String(result.exitCode)})${stderr ? `: ${stderr}` : ''}`;
}
/** Runs one batch (one exec) with transport retries; returns one verdict per probe. */
async function runBatch(kubectl, pod, probes, options, stats) {
    const script = buildBatchScript(probes, { parallel: options.parallel });
    const longest = Math.max(...probes.map((p) => p.maxTimeS + p.connectTimeoutS));
    const chunks = Math.ceil(probes.length / Math.max(1, options.parallel ?? 32));
    const timeoutMs = (longest * chunks + 30) * 1000;
    const attempts = options.attempts ?? 3;
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        stats.execs++;
        let result;
        try {
            const argv = ['sh', '-c', script];
            result = await (options.exec ? options.exec(pod, argv, { timeoutMs }) : kubectl.exec(pod, argv, { timeoutMs }));
        }
        catch (err) {
            // kubectl itself could not run or was killed: a transport failure (a cancellation is not retried).
            if (err instanceof command/* CommandError */.Qd && err.cancelled)
                throw err;
            why = (0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? 'kubectl exec failed';
            if (attempt < attempts) {
                stats.retries++;
                options.onRetry?.(pod, attempt, why);
            }
            continue;
        }
        const parsed = parseBatchOutput(result.stdout, probes.length);
        const failure = transportFailure(result, parsed);
        if (failure === undefined) {
            return probes.map((p) => {
                const raw = parsed.results.get(p.id);
                return raw ? (0,classify/* judge */.S4)(p, raw, options.expectationOf(p)) : (0,classify/* transportVerdict */.V7)(p, 'no result line');
            });
        }
        why = failure;
        if (attempt < attempts) {
            stats.retries++;
            options.onRetry?.(pod, attempt, why);
        }
    }
    return probes.map((p) => (0,classify/* transportVerdict */.V7)(p, `${why} (after ${attempts} attempts)`));
}
/** A probe that timed out where its case expected a reply: the runner's load may be the cause. */
function timedOutUnexpectedly(v, options) {
    return !v.passed && v.observed === 'timeout' && options.expectationOf(v.probe).outcome === 'ok';
}
/** Probes sent again this many at a time, one source after another: as quiet as the runner gets. */
const RECHECK_PARALLEL = 4;
/**
 * Sends the probes that timed out under load again, one source pod at a time with few probes at once; the quiet
 * verdict replaces the loaded one (a probe that times out again is the network's failure).
 */
async function recheck(kubectl, underLoad, options, stats, byId) {
    options.onRecheck?.(underLoad.length, Math.max(...underLoad.map((u) => u.inFlight)));
    stats.rechecked = (stats.rechecked ?? 0) + underLoad.length;
    const bySource = new Map();
    for (const { probe } of underLoad)
        bySource.set(probe.source, [...(bySource.get(probe.source) ?? []), probe]);
    const quiet = { ...options, parallel: RECHECK_PARALLEL };
    for (const [pod, probes] of bySource) {
        for (const v of await runBatch(kubectl, pod, probes, quiet, stats))
            byId.set(v.probe, v);
    }
}
/**
 * Runs `probes` and returns their verdicts in input order.
 * @param kubectl the namespace's kubectl
 * @param probes probes of one round (ids unique per source pod)
 */
async function runProbes(kubectl, probes, options) {
    const started = Date.now();
    const stats = { execs: 0, retries: 0, wallMs: 0 };
    const batches = [];
    if (options.mode === 'batched') {
        const bySource = new Map();
        for (const p of probes)
            bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
        for (const [pod, list] of bySource)
            batches.push({ pod, probes: list });
    }
    else {
        for (const p of probes)
            batches.push({ pod: p.source, probes: [p] });
    }
    const byId = new Map();
    const parallel = Math.max(1, options.parallel ?? 32);
    const start = options.budget ?? startingBudget();
    const limit = new AdaptiveLimit(start, parallel, Math.max(start, (options.concurrency ?? 8) * parallel));
    // timeouts where replies were expected, seen while more than the starting budget was in flight
    const underLoad = [];
    const weight = (b) => Math.min(b.probes.length, parallel);
    await adaptivePool(batches, limit, options.concurrency ?? 8, weight, async (b, inFlight) => {
        const got = await runBatch(kubectl, b.pod, b.probes, options, stats);
        const suspects = inFlight > start ? got.filter((v) => timedOutUnexpectedly(v, options)) : [];
        for (const v of got)
            byId.set(v.probe, v);
        underLoad.push(...suspects.map((v) => ({ probe: v.probe, inFlight })));
        return suspects.length > 0 ? 'overload' : 'clean';
    });
    if (underLoad.length > 0)
        await recheck(kubectl, underLoad, options, stats, byId);
    stats.wallMs = Date.now() - started;
    return { verdicts: probes.map((p) => byId.get(p) ?? (0,classify/* transportVerdict */.V7)(p, 'not run')), stats };
}


/***/ }),

/***/ 29690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ isKubeNotFound),
/* harmony export */   b: () => (/* binding */ Kubectl)
/* harmony export */ });
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38806);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90293);
/**
 * A typed wrapper over `kubectl`, called through the command-runner port with real kubectl grammar
 * (`kubectl --kubeconfig K -n NS get pods -l app=demo -o json`). It parses the JSON shapes real kubectl prints, so the
 * same code runs against a cluster and against the sandbox's kubectl double.
 */


/** Every exit code: `kubectl exec` passes the command's code through, and the caller classifies it. */
/** True when kubectl said the object does not exist. */
function isKubeNotFound(err) {
    return err instanceof _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd && /\(NotFound\)|not found/i.test(err.result.stderr);
}
/** The typed kubectl. */
class Kubectl {
    namespace;
    kubeconfig;
    runner;
    executable;
    timeoutMs;
    /** How many `kubectl exec` calls this instance made (for the benchmark and the results metadata). */
    execCount = 0;
    constructor(options) {
        this.runner = options.runner;
        this.kubeconfig = options.kubeconfig;
        this.namespace = options.namespace;
        this.executable = options.executable ?? 'kubectl';
        this.timeoutMs = options.timeoutMs ?? 60_000;
    }
    /** The same kubectl (runner, kubeconfig, executable) for namespace `namespace`. */
    inNamespace(namespace) {
        if (namespace === this.namespace)
            return this;
        return new Kubectl({
            runner: this.runner,
            kubeconfig: this.kubeconfig,
            namespace,
            executable: this.executable,
            timeoutMs: this.timeoutMs,
        });
    }
    /** The global flags of every call: `--kubeconfig K` (when set) and, for namespaced calls, `-n NS`. */
    base(namespaced) {
        const args = this.kubeconfig === undefined ? [] : ['--kubeconfig', this.kubeconfig];
        return namespaced ? [...args, '-n', this.namespace] : args;
    }
    /** Runs `kubectl [--kubeconfig K] [-n NS] ARGS…` and returns stdout. */
    async run(args, options = {}) {
        const result = await this.runner.run(this.executable, [...this.base(options.namespaced ?? true), ...args], {
            timeoutMs: this.timeoutMs,
            input: options.input,
            label: 'kubectl',
        });
        return result.stdout;
    }
    /** `kubectl apply -f -` with `manifest` (JSON is YAML) on stdin. */
    async apply(manifest, namespaced = true) {
        return this.run(['apply', '-f', '-'], { namespaced, input: JSON.stringify(manifest) });
    }
    /** Creates the run's namespace (`kubectl apply` of a Namespace object). */
    async createNamespace(labels = {}) {
        await this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: this.namespace, labels } }, false);
    }
    /** `kubectl delete namespace NS --wait=false`; false when it did not exist. */
    async deleteNamespace() {
        try {
            await this.run(['delete', 'namespace', this.namespace, '--wait=false'], { namespaced: false });
            return true;
        }
        catch (err) {
            if (isKubeNotFound(err))
                return false;
            throw err;
        }
    }
    /** `kubectl scale deployment/NAME --replicas=N`. */
    async scale(deployment, replicas) {
        await this.run(['scale', `deployment/${deployment}`, `--replicas=${replicas}`]);
    }
    /** `kubectl get deployment NAME -o json`. */
    async deployment(name) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDeployment */ .zi)((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKubeJson */ .Vb)('get deployment', await this.run(['get', 'deployment', name, '-o', 'json'])));
    }
    /** `kubectl get pods [-l SELECTOR] -o json`. */
    async pods(selector) {
        const args = ['get', 'pods', ...(selector === undefined ? [] : ['-l', selector]), '-o', 'json'];
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .listItems */ .Dw)('get pods', await this.run(args)).map((o) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePod */ .fe)(o));
    }
    /** `kubectl get service NAME -o json`. */
    async service(name) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseService */ .nO)((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKubeJson */ .Vb)('get service', await this.run(['get', 'service', name, '-o', 'json'])));
    }
    /** Ready addresses of `kubectl get endpoints NAME -o json`. */
    async endpoints(name) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseEndpointAddresses */ .Fd)((0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKubeJson */ .Vb)('get endpoints', await this.run(['get', 'endpoints', name, '-o', 'json'])));
    }
    /** `kubectl get nodes -o json`. */
    async nodes() {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .listItems */ .Dw)('get nodes', await this.run(['get', 'nodes', '-o', 'json'], { namespaced: false })).map((o) => (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNode */ .UN)(o));
    }
    /**
     * `kubectl get PLURAL -o json` for optional resources (Kuryr CRDs): the items as raw JSON, or `undefined` when the
     * cluster (or the sandbox double) does not serve the resource. `everywhere`: across every namespace
     * (`--all-namespaces`) instead of this one.
     */
    async optionalList(plural, options = {}) {
        const args = options.everywhere ? ['get', plural, '--all-namespaces', '-o', 'json'] : ['get', plural, '-o', 'json'];
        try {
            return (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .listItems */ .Dw)(`get ${plural}`, await this.run(args, { namespaced: !options.everywhere }));
        }
        catch {
            return undefined;
        }
    }
    /**
     * `kubectl exec POD -- ARGV…`: resolves with the command's result whatever its exit code (kubectl passes it through);
     * rejects only when kubectl itself could not run (spawn failure, timeout, cancellation).
     */
    async exec(pod, argv, options) {
        this.execCount++;
        return this.runner.run(this.executable, [...this.base(true), 'exec', pod, '--', ...argv], {
            timeoutMs: options.timeoutMs,
            allowedExitCodes: _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY_EXIT_CODE */ ._x,
            label: 'kubectl exec',
        });
    }
}


/***/ }),

/***/ 60917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ planProbes),
/* harmony export */   Re: () => (/* binding */ DEFAULT_CONNECT_S),
/* harmony export */   hK: () => (/* binding */ caseIdOf),
/* harmony export */   mI: () => (/* binding */ evaluateScenario),
/* harmony export */   nN: () => (/* binding */ DEFAULT_MAX_S)
/* harmony export */ });
/* unused harmony export expectationOf */
/* harmony import */ var _runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5027);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94892);
/**
 * The planner: turns a suite's probe scenarios and the cluster's facts (ready pods, services) into probes (the parts
 * every probe kind shares; each kind in src/kube/scenarios/ says where its probes go), and turns
 * the verdicts back into one result per scenario: passed, failed, or flaky (some rounds of a `repeat` failed, others
 * passed), with "every backend answers" checked over requestsPerBackend × N requests
 * (docs/connectivity.md#suite-design).
 */


/** Default curl --connect-timeout and --max-time (seconds). */
const DEFAULT_CONNECT_S = 2;
const DEFAULT_MAX_S = 5;
/** Case id of a scenario. */
function caseIdOf(suite, scenario) {
    return `${suite}/${scenario}`;
}
function secondsOf(text, fallback) {
    const ms = text === undefined ? undefined : (0,_runtime_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text);
    return ms === undefined ? fallback : ms / 1000;
}
function protocolFor(scenario) {
    return scenario.protocol ?? 'http';
}
/**
 * The expectation of a scenario: outcome ok by default; for targets that are the demo workload, the demo reply regex.
 * @param repliesLikeDemo whether the scenario's kind probes the demo workload (its {@link ProbeKind} says)
 */
function expectationOf(scenario, repliesLikeDemo) {
    const outcome = scenario.expect?.outcome ?? 'ok';
    const body = scenario.expect?.body !== undefined ? new RegExp(scenario.expect.body) : repliesLikeDemo ? _classify_js__WEBPACK_IMPORTED_MODULE_1__/* .DEMO_REPLY */ .n$ : undefined;
    return { outcome, body };
}
/**
 * Plans one probe scenario: the parts every probe kind shares (case id, rounds, timeouts, source pods); the kind
 * says where the probes go.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 * @param kind the scenario's kind; undefined when it does not probe (the plan errors)
 */
function planProbes(suite, scenario, facts, nextId, kind) {
    const caseId = caseIdOf(suite.name, scenario.name);
    const rounds = scenario.repeat ?? suite.repeat ?? 1;
    const plan = {
        scenario,
        caseId,
        rounds: [],
        expectation: expectationOf(scenario, kind?.repliesLikeDemo ?? true),
    };
    const protocol = protocolFor(scenario);
    const connectTimeoutS = secondsOf(scenario.timeouts?.connect, DEFAULT_CONNECT_S);
    const maxTimeS = secondsOf(scenario.timeouts?.max, DEFAULT_MAX_S);
    const pods = facts.pods.filter((p) => p.podIP !== undefined);
    if (pods.length === 0)
        return { ...plan, error: 'no ready pod with an IP to probe from' };
    if (!kind)
        return { ...plan, error: `not a probe scenario: ${scenario.kind}` };
    const sources = (scenario.from ?? kind.defaultFrom) === 'every-pod' ? pods : pods.slice(0, 1);
    const base = { caseId, protocol, connectTimeoutS, maxTimeS };
    const targets = kind.targets({ scenario, facts, pods, sources, protocol, base });
    if ('skip' in targets)
        return { ...plan, skip: targets.skip };
    if ('error' in targets)
        return { ...plan, error: targets.error };
    if (targets.everyBackend)
        plan.everyBackend = targets.everyBackend;
    for (let r = 1; r <= rounds; r++)
        plan.rounds.push(targets.probes.map((t) => ({ ...t, id: nextId(), round: r })));
    return plan;
}
function describeVerdict(v) {
    const p = v.probe;
    const port = p.port === undefined ? '' : `:${p.port}`;
    return `${p.source} -> ${p.target} (${p.protocol} ${p.host}${port}) round ${p.round}: ${v.reason ?? v.observed}`;
}
/** Judges a scenario's rounds: every round passed → passed; some failed, some passed → flaky; all failed → failed. */
function evaluateScenario(plan, verdicts) {
    if (plan.error)
        return { status: 'error', message: plan.error, attempts: 0, verdicts: [], failures: [], backendsSeen: [] };
    if (plan.skip)
        return { status: 'skipped', message: plan.skip, attempts: 0, verdicts: [], failures: [], backendsSeen: [] };
    const seenAll = new Set();
    const roundFailures = [];
    const roundMessages = [];
    for (let r = 1; r <= plan.rounds.length; r++) {
        const mine = verdicts.filter((v) => v.probe.round === r);
        const failed = mine.filter((v) => !v.passed);
        const seen = new Set(mine.flatMap((v) => (v.passed && v.backend ? [v.backend] : [])));
        seen.forEach((b) => seenAll.add(b));
        let message = failed.length > 0 ? `${failed.length} of ${mine.length} probes failed` : '';
        if (plan.everyBackend && failed.length === 0) {
            const missing = plan.everyBackend.filter((b) => !seen.has(b));
            if (missing.length > 0) {
                message = `not every backend answered: ${missing.join(', ')} never replied in ${mine.length} requests (seen: ${[...seen].sort().join(', ') || 'none'})`;
                roundFailures.push([]);
                roundMessages.push(message);
                continue;
            }
        }
        roundFailures.push(failed);
        roundMessages.push(message);
    }
    const failedRounds = roundMessages.filter((m) => m !== '').length;
    const total = plan.rounds.length;
    const lastBad = [...roundMessages.keys()].reverse().find((i) => roundMessages[i] !== '');
    const failures = lastBad === undefined ? [] : (roundFailures[lastBad] ?? []);
    // Identical failures (same pair, same reason) collapse into one line with a count.
    const grouped = new Map();
    for (const v of failures) {
        const line = describeVerdict(v).replace(/ round \d+:/, ':');
        grouped.set(line, (grouped.get(line) ?? 0) + 1);
    }
    const details = [...grouped]
        .slice(0, 50)
        .map(([line, count]) => (count > 1 ? `${count}× ${line}` : line))
        .join('\n') || undefined;
    const base = { attempts: total, verdicts: [...verdicts], failures, backendsSeen: [...seenAll].sort() };
    if (failedRounds === 0)
        return { ...base, status: 'passed' };
    const first = roundMessages[lastBad ?? 0] ?? '';
    const headline = failures[0] ? `${first}; first: ${describeVerdict(failures[0])}` : first;
    if (failedRounds < total) {
        return {
            ...base,
            status: 'flaky',
            message: `flaky: ${failedRounds} of ${total} rounds failed (${headline})`,
            details,
        };
    }
    return {
        ...base,
        status: 'failed',
        message: total > 1 ? `all ${total} rounds failed: ${headline}` : headline,
        details,
    };
}


/***/ }),

/***/ 28808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ namespaceDriverInUse),
/* harmony export */   Np: () => (/* binding */ namespaceNetworkId),
/* harmony export */   yn: () => (/* binding */ withNamespaceNetwork)
/* harmony export */ });
/** The network id in the namespace's KuryrNetwork, or undefined (no such object, or the cluster has no such CRD). */
async function namespaceNetworkId(kubectl, namespace) {
    const items = await kubectl.inNamespace(namespace).optionalList('kuryrnetworks');
    const mine = items?.find((o) => o.metadata?.name === namespace);
    const netId = mine?.status?.netId;
    return typeof netId === 'string' && netId !== '' ? netId : undefined;
}
/**
 * Whether the cluster runs the namespace subnet driver: under it Kuryr gives every namespace (`default` included) a
 * KuryrNetwork, so some exists; under the default driver there is none (or no such resource at all).
 */
async function namespaceDriverInUse(kubectl) {
    const items = await kubectl.optionalList('kuryrnetworks', { everywhere: true });
    return (items?.length ?? 0) > 0;
}
/** `options` with the pod network of its namespace: the KuryrNetwork's network when there is one. */
async function withNamespaceNetwork(kubectl, options) {
    const netId = await namespaceNetworkId(kubectl, options.namespace);
    return netId === undefined ? options : { ...options, names: { ...options.names, podNetwork: netId } };
}


/***/ }),

/***/ 47381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _s: () => (/* binding */ planScenario),
  nd: () => (/* binding */ scenarioKind)
});

// UNUSED EXPORTS: SCENARIO_KINDS, probeKind

// EXTERNAL MODULE: ./build/kube/plan.js
var plan = __webpack_require__(60917);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/runtime/wait.js
var wait = __webpack_require__(21166);
;// CONCATENATED MODULE: ./build/kube/scenarios/dns.js
/**
 * `dns`: a pod resolves a service of the workload by name, through the pod's own resolver (its resolv.conf: the
 * cluster DNS), and gets the service's ClusterIP. Two names per source pod: the short name (`to`, expanded by the
 * resolv.conf search list) and the FQDN `<to>.<namespace>.svc.<cluster domain>`. The tool is the one the pod has:
 * `nslookup` (the demo image's busybox) when present, else `getent hosts` (glibc: the sandbox's pods run the host's
 * programs). Polls until every name resolves or `within` (default 60s) passes; a failure carries each lookup's
 * output and the pod's resolv.conf.
 */


/** How long a scenario waits for the names to resolve when it does not say (`within`). */
const DEFAULT_DNS_WITHIN_MS = 60_000;
/** Seconds one lookup may take (`timeout` wraps it when the pod has it): a dead DNS server must not stall a poll. */
const LOOKUP_TIMEOUT_S = 5;
const DEFAULT_DOMAIN = 'cluster.local';
/**
 * The script run in the pod: `sh -c SCRIPT sh NAME...`. Names arrive as positional parameters (never spliced into
 * the script); markers delimit each lookup's output, exit code and the resolv.conf.
 */
const DNS_SCRIPT = [
    'if command -v nslookup >/dev/null 2>&1; then tool=nslookup; else tool=getent; fi',
    'if command -v timeout >/dev/null 2>&1; then limit="timeout ' + String(LOOKUP_TIMEOUT_S) + '"; else limit=; fi',
    'echo "KDF-DNS-TOOL $tool"',
    'for n in "$@"; do',
    '  echo "KDF-DNS-NAME $n"',
    '  if [ "$tool" = nslookup ]; then $limit nslookup "$n" 2>&1; else $limit getent hosts "$n" 2>&1; fi',
    '  echo "KDF-DNS-EXIT $?"',
    'done',
    'echo KDF-DNS-RESOLV',
    'cat /etc/resolv.conf 2>&1',
].join('\n');
const IPV4 = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/g;
function addressesOf(tool, output) {
    const lines = output.split('\n');
    const found = [];
    if (tool === 'nslookup') {
        const start = lines.findIndex((l) => /^Name:/.test(l.trim()));
        if (start === -1)
            return [];
        for (const l of lines.slice(start + 1)) {
            if (/^Address(?:\s+\d+)?:/.test(l.trim()))
                found.push(...[...l.matchAll(IPV4)].map((m) => m[1]));
        }
    }
    else {
        for (const l of lines) {
            const first = l.trim().split(/\s+/)[0] ?? '';
            if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(first))
                found.push(first);
        }
    }
    return [...new Set(found)];
}
/** Parses the output of {@link DNS_SCRIPT}; undefined when it was cut off before the resolv.conf marker. */
function parseDnsOutput(stdout) {
    const tool = /^KDF-DNS-TOOL (\S+)$/m.exec(stdout)?.[1];
    const resolvAt = stdout.indexOf('KDF-DNS-RESOLV\n');
    if (tool === undefined || resolvAt === -1)
        return undefined;
    const lookups = [];
    const body = stdout.slice(0, resolvAt);
    const re = /^KDF-DNS-NAME (.*)\n([\s\S]*?)^KDF-DNS-EXIT (\d+)$/gm;
    for (const m of body.matchAll(re)) {
        const output = (m[2] ?? '').trimEnd();
        lookups.push({ name: m[1] ?? '', exitCode: Number(m[3]), addresses: addressesOf(tool, output), output });
    }
    return { tool, lookups, resolvConf: stdout.slice(resolvAt + 'KDF-DNS-RESOLV\n'.length) };
}
/** The cluster domain the pod's resolv.conf names (`search <ns>.svc.<domain> …`), or cluster.local. */
function clusterDomainOf(resolvConf, namespace) {
    const search = /^search\s+(.+)$/m.exec(resolvConf)?.[1]?.split(/\s+/) ?? [];
    const prefix = `${namespace}.svc.`;
    const own = search.find((d) => d.startsWith(prefix));
    return own === undefined ? DEFAULT_DOMAIN : own.slice(prefix.length);
}
/** Why an attempt does not count as resolved (undefined: every name answered exactly the ClusterIP). */
function attemptProblem(a, clusterIP) {
    for (const l of a.lookups) {
        if (l.exitCode !== 0 || l.addresses.length === 0) {
            return `${a.tool} ${l.name}: exit ${l.exitCode}, ${l.output.split('\n').find((x) => x.trim() !== '') ?? 'no output'}`;
        }
        if (l.addresses.join(',') !== clusterIP) {
            return `${a.tool} ${l.name} answered ${l.addresses.join(', ')}, not the ClusterIP ${clusterIP}`;
        }
    }
    return undefined;
}
async function attempt(ctx, pod, names) {
    const timeoutMs = (names.length * LOOKUP_TIMEOUT_S + 20) * 1000;
    const r = await ctx.run.deps.kubectl.exec(pod, ['sh', '-c', DNS_SCRIPT, 'sh', ...names], { timeoutMs });
    ctx.run.stats.execs++;
    return (parseDnsOutput(r.stdout) ??
        `kubectl exec ${pod} exited ${String(r.exitCode)}: ${r.stderr.trim() || r.stdout.trim()}`);
}
/**
 * Resolves the names from one pod until they answer the ClusterIP or the time is up. The short name is the service's
 * own in the pod's namespace, `<svc>.<ns>` from another one (the search list only completes `.svc.<domain>` then).
 */
async function resolveFrom(ctx, svc, pod, clusterIP, withinMs) {
    const podNs = pod.metadata.namespace ?? ctx.run.deps.kubectl.namespace;
    const svcNs = svc.metadata.namespace ?? podNs;
    const short = svcNs === podNs ? svc.metadata.name : `${svc.metadata.name}.${svcNs}`;
    const fqdnIn = (domain) => `${svc.metadata.name}.${svcNs}.svc.${domain}`;
    let names = [short, fqdnIn(DEFAULT_DOMAIN)];
    let last = 'not tried';
    const ok = await (0,wait/* pollUntil */.g3)(async () => {
        last = await attempt(ctx, pod.metadata.name, names);
        if (typeof last === 'string')
            return false;
        const fqdn = fqdnIn(clusterDomainOf(last.resolvConf, podNs));
        if (fqdn !== names[1]) {
            names = [short, fqdn]; // a cluster with another domain: ask for its FQDN next time
            return false;
        }
        return attemptProblem(last, clusterIP) === undefined;
    }, { timeoutMs: ctx.run.budget(withinMs), intervalMs: ctx.run.deps.intervalMs ?? 2000, signal: ctx.run.deps.signal });
    return { ok, last, names };
}
function evidenceOf(pod, last) {
    if (typeof last === 'string') {
        return { status: 'failed', message: last, evidence: [{ kind: 'dns', title: `lookup from ${pod}`, data: last }] };
    }
    const details = [
        ...last.lookups.map((l) => `$ ${last.tool === 'getent' ? 'getent hosts' : last.tool} ${l.name}  (exit ${l.exitCode})\n${l.output || '(no output)'}`),
        `$ cat /etc/resolv.conf\n${last.resolvConf.trimEnd()}`,
    ].join('\n');
    return {
        status: 'failed',
        message: '',
        details,
        evidence: [
            ...last.lookups.map((l) => ({
                kind: 'dns',
                title: `${last.tool} ${l.name} (from ${pod}, exit ${l.exitCode})`,
                data: l.output,
            })),
            { kind: 'dns', title: `/etc/resolv.conf of ${pod}`, data: last.resolvConf },
        ],
    };
}
async function run(ctx, s) {
    const svc = ctx.services.get(s.to ?? '');
    const clusterIP = svc?.clusterIP;
    if (svc === undefined || clusterIP === undefined || clusterIP === '' || clusterIP === 'None') {
        return { status: 'error', message: `service '${s.to ?? ''}' has no cluster IP to resolve to` };
    }
    const pods = [...ctx.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    const sources = s.from === 'every-pod' ? pods : pods.slice(0, 1);
    if (sources.length === 0)
        return { skip: 'no ready pod to resolve from' };
    const withinMs = (0,duration/* parseDuration */.E9)(s.within ?? '') ?? DEFAULT_DNS_WITHIN_MS;
    const proof = [];
    for (const pod of sources) {
        const started = Date.now();
        const r = await resolveFrom(ctx, svc, pod, clusterIP, withinMs);
        const name = pod.metadata.name;
        if (!r.ok) {
            const why = typeof r.last === 'string' ? r.last : (attemptProblem(r.last, clusterIP) ?? 'no answer');
            const out = evidenceOf(name, r.last);
            const secs = Math.round((Date.now() - started) / 1000);
            return {
                ...out,
                message: `${r.names.join(' and ')} did not resolve to ${clusterIP} from ${name} in ${secs}s: ${why}`,
            };
        }
        proof.push({ pod: name, tool: typeof r.last === 'string' ? '' : r.last.tool, names: r.names, address: clusterIP });
    }
    return { status: 'passed', evidence: [{ kind: 'dns', title: 'resolved', data: proof }] };
}
/** The dns kind. */
const dnsKind = {
    kind: 'dns',
    runs: 'now',
    run,
    validate(scenario, doc) {
        const problems = [];
        // with `workloads`, the check scenarios look at the first one (as the probe kinds do)
        const workload = doc.workload ?? doc.workloads?.[0];
        const services = new Set((workload?.services ?? []).map((svc) => svc.name));
        if (!workload)
            problems.push({ path: ['kind'], message: 'a dns scenario needs a workload to resolve from' });
        if (scenario.to !== undefined && !services.has(scenario.to)) {
            problems.push({ path: ['to'], message: `service '${scenario.to}' is not one of workload.services` });
        }
        if (scenario.within !== undefined && (0,duration/* parseDuration */.E9)(scenario.within) === undefined) {
            problems.push({ path: ['within'], message: `'within' is not a duration: ${scenario.within}` });
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
;// CONCATENATED MODULE: ./build/kube/variables.js
/** `${name}` variables of connectivity suites (suite defaults overridden by inputs such as `external-target`). */

/**
 * Replaces `${name}` in `text` from `vars`.
 * @throws ConfigurationError naming the variable (and how to set it) when one is unset or empty
 */
function substitute(text, vars, where) {
    return text.replace(/\$\{([a-z][a-z0-9-]*)\}/g, (_, name) => {
        const value = vars[name];
        if (value === undefined || value === '') {
            throw new errors/* ConfigurationError */.j1(`${where}: variable '${name}' is not set (set the '${name}' input, or a default under the suite's variables).`, name);
        }
        return value;
    });
}

;// CONCATENATED MODULE: ./build/kube/scenarios/pod-to-external.js

/** Parses an external target: a URL, or `host:port` (http), or a bare host (ping/port from the scenario). */
function parseExternalTarget(target, scenario) {
    if (/^https?:\/\//.test(target)) {
        const u = new URL(target);
        return { host: u.hostname, port: u.port === '' ? undefined : Number(u.port), url: target };
    }
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(target);
    if (!m)
        throw new Error(`not a host, host:port or URL: ${target}`);
    const host = (m[1] ?? '').replace(/^\[|\]$/g, '');
    return { host, port: m[2] === undefined ? scenario.port : Number(m[2]) };
}
function targets({ scenario, facts, sources, protocol, base }) {
    // an unset variable is a configuration error (it names the input), not a failed probe
    const target = substitute(scenario.to ?? '', facts.vars, `${scenario.file}:${scenario.line} (${scenario.name}.to)`);
    let parsed;
    try {
        parsed = parseExternalTarget(target, scenario);
    }
    catch (err) {
        return { error: err.message };
    }
    const probes = sources.map((src) => ({
        ...base,
        source: src.metadata.name,
        host: parsed.host,
        port: parsed.port,
        url: protocol === 'http' ? parsed.url : undefined,
        target,
    }));
    return { probes };
}
/** The pod-to-external kind: no workload needed beyond a pod to probe from; the reply is not the demo's. */
const podToExternal = {
    kind: 'pod-to-external',
    runs: 'batched',
    defaultFrom: 'one-pod',
    repliesLikeDemo: false,
    targets,
};

;// CONCATENATED MODULE: ./build/kube/scenarios/pod-to-pod.js
function pod_to_pod_targets({ scenario, pods, sources, protocol, base }) {
    const placement = scenario.placement ?? 'any';
    const probes = [];
    for (const src of sources) {
        for (const dst of pods) {
            if (dst === src && pods.length > 1)
                continue;
            if (placement === 'same-node' && src.nodeName !== dst.nodeName)
                continue;
            if (placement === 'other-node' && src.nodeName === dst.nodeName)
                continue;
            probes.push({
                ...base,
                source: src.metadata.name,
                host: dst.podIP,
                port: protocol === 'icmp' ? undefined : scenario.port,
                target: dst.metadata.name,
                expectPod: protocol === 'http' || protocol === 'udp' ? dst.metadata.name : undefined,
            });
        }
    }
    if (probes.length > 0)
        return { probes };
    const nodes = [...new Set(pods.map((p) => p.nodeName ?? '?'))].join(', ');
    return { skip: `no ${placement} pod pairs among ${pods.length} pod(s) (nodes: ${nodes})` };
}
/** The pod-to-pod kind. */
const podToPod = {
    kind: 'pod-to-pod',
    runs: 'batched',
    defaultFrom: 'every-pod',
    repliesLikeDemo: true,
    targets: pod_to_pod_targets,
    validate(scenario, doc) {
        const problems = (doc.workload ?? doc.workloads?.[0])
            ? []
            : [{ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` }];
        if (scenario.port === undefined && scenario.protocol !== 'icmp') {
            problems.push({ path: [], message: `a ${scenario.protocol ?? ''} pod-to-pod scenario needs a port` });
        }
        return problems;
    },
};

// EXTERNAL MODULE: ./build/kube/scenarios/pod-to-service.js
var pod_to_service = __webpack_require__(96507);
// EXTERNAL MODULE: ./build/kube/state.js
var state = __webpack_require__(62641);
;// CONCATENATED MODULE: ./build/kube/scenarios/state-checks.js

function needCloud(ctx, s) {
    const client = ctx.run.deps.client;
    if (!client)
        throw new Error(`the ${s.check ?? ''} check needs the OpenStack cloud (os-cloud)`);
    return client;
}
function serviceOf(ctx, s) {
    const name = s.resource ?? [...ctx.services.keys()][0];
    const svc = name === undefined ? undefined : ctx.services.get(name);
    if (!svc)
        throw new Error(`no service ${name ?? ''} in the workload`);
    return svc;
}
const podsRunning = async (ctx) => {
    const want = ctx.run.settings.replicas;
    const live = await (0,state/* workloadPods */.wX)(ctx.run.deps.kubectl, ctx.app);
    const bad = live.filter((p) => p.phase !== 'Running' || !p.ready);
    const problems = bad.map((p) => `pod ${p.metadata.name} is ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`);
    if (live.length === 0)
        problems.push('no pods');
    const value = live.map((p) => ({
        name: p.metadata.name,
        phase: p.phase,
        node: p.nodeName,
        ip: p.podIP,
        wanted: want,
    }));
    return { problems, value };
};
const podIpsInSubnet = async (ctx, s) => {
    const subnet = await needCloud(ctx, s).subnetShow(s.resource ?? ctx.run.names.podSubnet);
    const problems = ctx.pods
        .filter((p) => !p.podIP || !(0,state/* ipInCidr */.lQ)(p.podIP, subnet.cidr))
        .map((p) => `pod ${p.metadata.name} IP ${p.podIP ?? 'none'} is not in ${subnet.name} (${subnet.cidr})`);
    if (ctx.pods.length === 0)
        problems.push('no ready pods');
    return { problems, value: { subnet: subnet.cidr, ips: ctx.pods.map((p) => p.podIP) } };
};
const trunkSubports = async (ctx, s) => {
    if (ctx.run.settings.mode !== 'nested')
        return { problems: [], skip: 'trunk subports apply to mode nested' };
    const kubectl = ctx.run.deps.kubectl;
    const r = await (0,state/* checkTrunkSubports */.BU)(needCloud(ctx, s), ctx.pods, {
        ...ctx.portOptions,
        trunk: s.resource,
        vlanInPod: (pod) => vlanInPod(kubectl, pod.metadata.name),
    });
    // The VLAN table is the proof of the nested claim: kept for passing cases too.
    return { ...r, proof: [{ kind: 'trunk-subports', data: r.value }] };
};
const subnetExists = async (ctx, s) => {
    const subnet = await needCloud(ctx, s).subnetShow(s.resource ?? ctx.run.names.podSubnet);
    const wrong = s.cidr !== undefined && subnet.cidr !== s.cidr;
    return {
        problems: wrong ? [`subnet ${subnet.name} is ${subnet.cidr}, expected ${s.cidr ?? ''}`] : [],
        value: subnet,
    };
};
/** Every state check by its `check` value. */
const STATE_CHECKS = {
    'pods-running': podsRunning,
    'pod-ips-in-subnet': podIpsInSubnet,
    'pod-ports-active': (ctx, s) => (0,state/* checkPorts */.v5)(needCloud(ctx, s), ctx.pods, ctx.portOptions),
    'trunk-subports': trunkSubports,
    'loadbalancer-active': (ctx, s) => (0,state/* checkLoadBalancer */.pe)(needCloud(ctx, s), ctx.run.settings.namespace, serviceOf(ctx, s), undefined),
    'loadbalancer-members': (ctx, s) => (0,state/* checkLoadBalancer */.pe)(needCloud(ctx, s), ctx.run.settings.namespace, serviceOf(ctx, s), ctx.pods),
    'network-exists': async (ctx, s) => ({
        problems: [],
        value: await needCloud(ctx, s).networkShow(s.resource ?? ctx.run.names.podNetwork),
    }),
    'subnet-exists': subnetExists,
    'security-group-exists': async (ctx, s) => ({
        problems: [],
        value: await needCloud(ctx, s).securityGroupRuleList(s.resource ?? 'service_pod_access'),
    }),
    'api-loadbalancer': (ctx, s) => (0,state/* checkApiLoadBalancer */.Dq)(needCloud(ctx, s), ctx.run.names),
};
/** The VLAN id in `/proc/net/vlan/eth0` (`VID: 101`) or `ip -d link show eth0` (`vlan protocol 802.1Q id 101`). */
function parseVlanId(text) {
    const m = /VID:\s*(\d+)/.exec(text) ?? /vlan protocol 802\.1[Qq] id (\d+)/.exec(text);
    return m ? Number(m[1]) : undefined;
}
/**
 * The VLAN id of the pod's eth0 as the kernel reports it inside the pod (eth0 is a VLAN device with Kuryr's
 * nested-vlan driver); undefined when it cannot be read (no 8021q in the kernel, no such tools in the image).
 */
async function vlanInPod(kubectl, pod) {
    try {
        const script = 'cat /proc/net/vlan/eth0 2>/dev/null || ip -d link show eth0 2>/dev/null';
        return parseVlanId((await kubectl.exec(pod, ['sh', '-c', script], { timeoutMs: 30_000 })).stdout);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/kube/scenarios/state.js


/** The state kind: `check` picks the entry of {@link STATE_CHECKS}. */
const stateKind = {
    kind: 'state',
    runs: 'now',
    async run(ctx, s) {
        const check = s.check !== undefined && Object.hasOwn(STATE_CHECKS, s.check) ? STATE_CHECKS[s.check] : undefined;
        const r = check ? await check(ctx, s) : { problems: [`unknown check ${String(s.check)}`] };
        if (r.skip)
            return { skip: r.skip };
        const problems = r.problems;
        if (problems.length === 0)
            return { status: 'passed', evidence: r.proof };
        const evidence = [
            ...(r.value === undefined ? [] : [{ kind: 'state', title: s.check ?? 'state', data: r.value }]),
            ...(await (0,state/* collectEvidence */.mE)(ctx.run.deps, {
                pods: ctx.pods,
                services: [...ctx.services.values()],
                options: ctx.portOptions,
            })),
        ];
        return {
            status: 'failed',
            message: problems[0],
            details: problems.length > 1 ? problems.join('\n') : undefined,
            evidence,
        };
    },
};

// EXTERNAL MODULE: ./build/kube/suite-objects.js
var suite_objects = __webpack_require__(4469);
// EXTERNAL MODULE: ./build/kube/steps/actions/index.js + 15 modules
var actions = __webpack_require__(2066);
// EXTERNAL MODULE: ./build/kube/steps/actions/kuryr-config.js
var kuryr_config = __webpack_require__(580);
// EXTERNAL MODULE: ./build/kube/steps/actions/security-group-rule.js
var security_group_rule = __webpack_require__(83121);
// EXTERNAL MODULE: ./build/kube/steps/actions/policy-state.js
var policy_state = __webpack_require__(48112);
// EXTERNAL MODULE: ./build/kube/steps/expect/index.js + 10 modules
var expect = __webpack_require__(31461);
;// CONCATENATED MODULE: ./build/kube/steps/runner.js








/** The case id of step `n` (1-based). */
function stepCaseId(suite, scenario, n, step) {
    return `${suite}/${scenario}/${n}-${(0,suite_objects/* stepAction */.xC)(step)?.name ?? 'expect'}`;
}
/** How long an expectation may poll: the suite's load-balancer wait (members follow Octavia), cut to the run's time. */
function expectationDeadline(ctx) {
    const wanted = (0,duration/* parseDuration */.E9)(ctx.suite.waits?.loadBalancer ?? '20m') ?? 1_200_000;
    return Date.now() + ctx.run.budget(wanted);
}
async function runStep(ctx, step) {
    const lines = [];
    const action = (0,suite_objects/* stepAction */.xC)(step);
    if (action) {
        const unit = Object.hasOwn(actions/* STEP_ACTIONS */.R, action.name) ? actions/* STEP_ACTIONS */.R[action.name] : undefined;
        if (!unit)
            return { status: 'error', message: `action '${action.name}' is not available in this version`, evidence: [] };
        try {
            lines.push(await unit.run(ctx, action.arg));
            await ctx.refresh();
        }
        catch (err) {
            ctx.run.checkCancelled();
            return {
                status: 'error',
                message: `${action.name}: ${(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? ''}`,
                details: (0,errors/* getErrorMessage */.u1)(err),
                evidence: [],
            };
        }
    }
    const result = { status: 'passed', message: '', evidence: [] };
    const details = [];
    // in the schema's order, whatever the order in the file
    for (const name of suite_objects/* STEP_EXPECTATION_NAMES */.TB) {
        const arg = step.expect?.[name];
        if (arg === undefined)
            continue;
        const unit = Object.hasOwn(expect/* STEP_EXPECTATIONS */.J, name) ? expect/* STEP_EXPECTATIONS */.J[name] : undefined;
        if (!unit) {
            result.status = 'error';
            lines.push(`expectation '${name}' is not available in this version`);
            continue;
        }
        try {
            const o = await unit.check(ctx, arg, expectationDeadline(ctx));
            lines.push(o.message);
            if (o.details)
                details.push(o.details);
            result.evidence.push(...(o.evidence ?? []));
            if (o.convergedMs !== undefined)
                result.convergedMs = Math.max(result.convergedMs ?? 0, o.convergedMs);
            if (!o.ok && result.status === 'passed')
                result.status = 'failed';
        }
        catch (err) {
            ctx.run.checkCancelled();
            result.status = 'error';
            lines.push(`${name}: ${(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? ''}`);
        }
    }
    return { ...result, message: lines.filter(Boolean).join('; '), details: details.join('\n') || undefined };
}
function stepCase(ctx, s, n, step, r) {
    const at = s.stepLines?.[n - 1] ?? { line: s.line, endLine: s.endLine };
    const tags = [...(s.tags ?? []), 'step', ...(r.convergedMs === undefined ? [] : [`convergence-ms:${r.convergedMs}`])];
    return {
        id: stepCaseId(ctx.suite.name, s.name, n, step),
        name: `${s.name} ${n}: ${(0,suite_objects/* stepAction */.xC)(step)?.name ?? 'expect'}`,
        suite: ctx.suite.name,
        status: r.skipped ? 'skipped' : r.status,
        message: r.message,
        ...(r.details === undefined ? {} : { details: r.details }),
        ...(r.durationMs === undefined ? {} : { durationMs: r.durationMs }),
        location: { file: s.file, line: at.line, endLine: at.endLine },
        tags,
        ...(r.evidence.length > 0 ? { evidence: r.evidence } : {}),
    };
}
async function record(run, c, rule) {
    const bad = c.status === 'failed' || c.status === 'error';
    const finding = bad
        ? {
            file: c.location?.file ?? '',
            line: c.location?.line ?? 1,
            endLine: c.location?.endLine,
            level: 'failure',
            title: `connectivity: ${c.id} ${c.status}`,
            message: c.message ?? c.status,
            details: c.details,
            rule,
        }
        : undefined;
    await run.add(c, finding);
}
/** Runs the steps of `s` in order and records a case per step and the scenario's summary case. */
async function runStepScenario(ctx, s) {
    const { run } = ctx;
    const steps = s.steps ?? [];
    const started = Date.now();
    let failed;
    let converged = 0;
    try {
        for (const [i, step] of steps.entries()) {
            const n = i + 1;
            if (failed) {
                const skip = {
                    status: 'passed',
                    message: `not run: step ${failed.n} failed`,
                    evidence: [],
                    skipped: true,
                };
                await record(run, stepCase(ctx, s, n, step, skip), 'connectivity/steps');
                continue;
            }
            run.step(`suite ${ctx.suite.name}: ${s.name} step ${n}`);
            const t0 = Date.now();
            const r = await runStep(ctx, step);
            run.deps.logger.info(`${ctx.suite.name}/${s.name} step ${n}: ${r.status}: ${r.message}`);
            await record(run, stepCase(ctx, s, n, step, { ...r, durationMs: r.convergedMs ?? Date.now() - t0 }), 'connectivity/steps');
            converged = Math.max(converged, r.convergedMs ?? 0);
            if (r.status !== 'passed')
                failed = { n, message: `step ${n} (${(0,suite_objects/* stepAction */.xC)(step)?.name ?? 'expect'}) ${r.status}: ${r.message}` };
        }
    }
    finally {
        if (!run.deps.signal?.aborted)
            await (0,policy_state/* removeAppliedPolicies */.q)(ctx);
        // a cancelled run still puts Kuryr's configuration back: a half-edited kuryr.conf would outlive the run
        await (0,kuryr_config/* restoreKuryrConfig */._Q)(ctx);
        // and deletes the Neutron rules it added: they would let traffic in for every later scenario
        await (0,security_group_rule/* removeAddedRules */.u)(ctx);
    }
    const summary = {
        id: `${ctx.suite.name}/${s.name}`,
        name: s.name,
        suite: ctx.suite.name,
        status: failed ? 'failed' : 'passed',
        message: failed
            ? failed.message
            : `${steps.length} step(s) passed (slowest convergence ${(converged / 1000).toFixed(1)} s)`,
        durationMs: Date.now() - started,
        location: { file: s.file, line: s.line, endLine: s.endLine },
        ...(s.tags ? { tags: s.tags } : {}),
    };
    await run.add(summary);
}

;// CONCATENATED MODULE: ./build/kube/scenarios/steps.js
/**
 * `steps`: actions that change the cluster (apply a NetworkPolicy, scale, restart Kuryr, ...) each followed by what
 * must hold after it (a reachability matrix, load-balancer members, ports, pod counts). The load-time rules (one
 * action per step, references that exist) live with the suite loader (src/kube/suite-refs.ts); the run in
 * src/kube/steps/runner.ts.
 */

/** The steps kind. */
const stepsKind = {
    kind: 'steps',
    runs: 'sequence',
    run: runStepScenario,
};

;// CONCATENATED MODULE: ./build/kube/scenarios/index.js
/**
 * The registry of scenario kinds: the one list the suite loader (validation) and the engine (dispatch) read. Adding
 * a kind: write src/kube/scenarios/<kind>.ts implementing {@link ScenarioKind}, list it here, and add it to the
 * `kind` enum of schemas/suite.schema.json and the `Scenario['kind']` union in src/kube/suite.ts.
 */







/** Every kind, by its `kind` value (each entry keeps its own shape: `SCENARIO_KINDS.state.run` type-checks). */
const SCENARIO_KINDS = {
    state: stateKind,
    'pod-to-pod': podToPod,
    'pod-to-service': pod_to_service/* podToService */.E,
    'pod-to-external': podToExternal,
    steps: stepsKind,
    dns: dnsKind,
};
/** The unit of a kind (undefined for a kind no unit implements; the schema rejects those first). */
function scenarioKind(kind) {
    return Object.hasOwn(SCENARIO_KINDS, kind) ? SCENARIO_KINDS[kind] : undefined;
}
/** The unit of a kind when it probes. */
function probeKind(kind) {
    const unit = scenarioKind(kind);
    return unit?.runs === 'batched' ? unit : undefined;
}
/**
 * Plans one probe scenario with its kind's unit.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 */
function planScenario(suite, scenario, facts, nextId) {
    return (0,plan/* planProbes */.RY)(suite, scenario, facts, nextId, probeKind(scenario.kind));
}


/***/ }),

/***/ 96507:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ podToService)
/* harmony export */ });
function targets({ scenario, facts, pods, sources, protocol, base }) {
    const svc = facts.services.get(scenario.to ?? '');
    if (!svc?.clusterIP)
        return { error: `service '${scenario.to ?? ''}' has no cluster IP` };
    const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
    const port = svc.ports.find((p) => (scenario.port === undefined || p.port === scenario.port) && p.protocol === wanted);
    if (!port)
        return { error: `service '${svc.metadata.name}' has no ${wanted} port ${scenario.port ?? ''}`.trim() };
    const every = scenario.expect?.everyBackend ?? false;
    const total = every ? (scenario.expect?.requestsPerBackend ?? 10) * pods.length : sources.length;
    const probes = [];
    for (let i = 0; i < total; i++) {
        const src = sources[i % sources.length];
        probes.push({
            ...base,
            source: src.metadata.name,
            host: svc.clusterIP,
            port: port.port,
            target: `svc/${svc.metadata.name}`,
        });
    }
    return every ? { probes, everyBackend: pods.map((p) => p.metadata.name) } : { probes };
}
/** The pod-to-service kind. */
const podToService = {
    kind: 'pod-to-service',
    runs: 'batched',
    defaultFrom: 'one-pod',
    repliesLikeDemo: true,
    targets,
    validate(scenario, doc) {
        const problems = [];
        // with `workloads`, the probe scenarios look at the first one
        const workload = doc.workload ?? doc.workloads?.[0];
        const services = new Set((workload?.services ?? []).map((s) => s.name));
        if (scenario.to !== undefined && !services.has(scenario.to)) {
            problems.push({ path: ['to'], message: `service '${scenario.to}' is not one of workload.services` });
        }
        if (!workload)
            problems.push({ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` });
        return problems;
    },
};


/***/ }),

/***/ 62641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTrunkSubports),
/* harmony export */   Dq: () => (/* binding */ checkApiLoadBalancer),
/* harmony export */   Lm: () => (/* binding */ livePods),
/* harmony export */   Qr: () => (/* binding */ checkDeployment),
/* harmony export */   VX: () => (/* binding */ DEFAULT_KURYR_NAMES),
/* harmony export */   fN: () => (/* binding */ waitState),
/* harmony export */   lQ: () => (/* binding */ ipInCidr),
/* harmony export */   mE: () => (/* binding */ collectEvidence),
/* harmony export */   ol: () => (/* binding */ STATE_RAMP_MS),
/* harmony export */   pe: () => (/* binding */ checkLoadBalancer),
/* harmony export */   v5: () => (/* binding */ checkPorts),
/* harmony export */   wX: () => (/* binding */ workloadPods),
/* harmony export */   x: () => (/* binding */ portsOfPod)
/* harmony export */ });
/* unused harmony exports firstHost, vlanOfPod, listenerName */
/* harmony import */ var _runtime_wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21166);
/* harmony import */ var _runtime_cancel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84704);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90293);




/** DevStack/Kuryr defaults. */
const DEFAULT_KURYR_NAMES = {
    podNetwork: 'k8s-pod-net',
    podSubnet: 'k8s-pod-subnet',
    serviceSubnet: 'k8s-service-subnet',
    trunk: 'trunk0',
};
/** The first pauses of a state wait: Kuryr's pods, ports and policies mostly settle within a second or two. */
const STATE_RAMP_MS = [500, 1000];
/**
 * Polls `check` until it reports no problems or `timeoutMs` passes (the first polls sooner: {@link STATE_RAMP_MS});
 * checks start an interval apart, counted from the previous check's start.
 * @returns whether the state was reached, the convergence time and the last problems
 */
async function waitState(check, options) {
    const started = Date.now();
    let last = { problems: [`${options.what}: not checked yet`] };
    try {
        const value = await (0,_runtime_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .waitFor */ .fm)(async () => {
            try {
                last = await check();
            }
            catch (err) {
                last = { problems: [(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(err).split('\n')[0] ?? 'error'] };
            }
            return last.problems.length === 0 ? { value: last.value } : undefined;
        }, {
            timeoutMs: options.timeoutMs,
            intervalMs: options.intervalMs,
            rampMs: STATE_RAMP_MS,
            // a check reads Octavia or Neutron (often several calls): the next one is due an interval after this one began
            fromPollStart: true,
            describe: options.what,
            signal: options.signal,
        });
        return { ok: true, ms: Date.now() - started, value: value.value, problems: [] };
    }
    catch (err) {
        if (err instanceof _runtime_cancel_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .cc)
            throw err; // the run stops; not a failed wait
        const problems = err instanceof _runtime_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .WaitTimeoutError */ .Do ? last.problems : [(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(err)];
        return { ok: false, ms: Date.now() - started, value: last.value, problems };
    }
}
/** Live (not terminating) pods of the workload, sorted by name. */
async function workloadPods(kubectl, app) {
    return livePods(await kubectl.pods(`app=${app}`));
}
/** The pods that are not terminating, sorted by name. */
function livePods(pods) {
    return pods
        .filter((p) => p.metadata.deletionTimestamp === undefined)
        .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}
/** Deployment rolled out and `replicas` pods Running, Ready, with an IP. */
async function checkDeployment(kubectl, name, replicas) {
    const d = await kubectl.deployment(name);
    const pods = await workloadPods(kubectl, name);
    const problems = [];
    if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentReady */ .Z2)(d)) {
        problems.push(`deployment ${name}: ${d.readyReplicas}/${d.replicas} ready, ${d.updatedReplicas} updated, ${d.availableReplicas} available`);
    }
    const running = pods.filter((p) => p.phase === 'Running' && p.ready && p.podIP !== undefined);
    if (running.length !== replicas || pods.length !== replicas) {
        problems.push(`pods: ${running.length} of ${replicas} Running+Ready with an IP (${pods.length} exist)`);
    }
    for (const p of pods.filter((x) => !running.includes(x))) {
        problems.push(`pod ${p.metadata.name}: ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}${p.podIP ? '' : ', no IP'}`);
    }
    return { problems, value: running };
}
/** An IPv4 address in a CIDR. */
function ipInCidr(ip, cidr) {
    const [net, bits] = cidr.split('/');
    const toInt = (a) => {
        const parts = a.split('.').map(Number);
        if (parts.length !== 4 || parts.some((x) => !Number.isInteger(x) || x < 0 || x > 255))
            return undefined;
        return parts.reduce((acc, x) => acc * 256 + x, 0);
    };
    const a = toInt(ip);
    const b = toInt(net ?? '');
    const n = Number(bits);
    if (a === undefined || b === undefined || !Number.isInteger(n))
        return false;
    const size = 2 ** (32 - n);
    return Math.floor(a / size) === Math.floor(b / size);
}
/** The first host address of a CIDR (the API LB's VIP: `10.0.0.128/26` → `10.0.0.129`). */
function firstHost(cidr) {
    const [net] = cidr.split('/');
    const parts = (net ?? '').split('.').map(Number);
    const v = parts.reduce((acc, x) => acc * 256 + x, 0) + 1;
    return [24, 16, 8, 0].map((s) => Math.floor(v / 2 ** s) % 256).join('.');
}
/** The Neutron port(s) of a pod: named `<pod>` (df-era Kuryr) or `<ns>/<pod>` (later Kuryr). */
function portsOfPod(ports, namespace, pod, ip) {
    const named = ports.filter((p) => p.name === pod || p.name === `${namespace}/${pod}`);
    const withIp = ip === undefined ? [] : named.filter((p) => p.fixedIps.some((f) => f.ipAddress === ip));
    return withIp.length > 0 ? withIp : named;
}
/**
 * One ACTIVE Neutron port per pod with the pod's IP; `device_owner compute:kuryr` in baremetal mode, a subport of the
 * VM's trunk in nested mode (checked by {@link checkTrunkSubports}).
 */
async function checkPorts(client, pods, options) {
    const ports = await client.portListLong({ network: options.names.podNetwork });
    const problems = [];
    for (const pod of pods) {
        const named = portsOfPod(ports, options.namespace, pod.metadata.name);
        // Another cluster's pod (or a stale port) may carry the same name: the pod's port is the one with its IP.
        const withIp = pod.podIP === undefined ? named : named.filter((p) => p.fixedIps.some((f) => f.ipAddress === pod.podIP));
        const mine = withIp.length > 0 ? withIp : named;
        if (mine.length !== 1) {
            problems.push(`pod ${pod.metadata.name}: ${mine.length} Neutron ports named after it${pod.podIP ? ` with IP ${pod.podIP}` : ''} (expected 1)`);
            continue;
        }
        const port = mine[0];
        const ips = port.fixedIps.map((f) => f.ipAddress);
        if (port.status !== 'ACTIVE')
            problems.push(`port ${port.name} (${port.id}) is ${port.status}, not ACTIVE`);
        if (pod.podIP !== undefined && !ips.includes(pod.podIP)) {
            problems.push(`port ${port.name} has ${ips.join(', ') || 'no IP'}, pod IP is ${pod.podIP}`);
        }
        if (options.mode === 'baremetal' && port.deviceOwner !== 'compute:kuryr') {
            problems.push(`port ${port.name}: device_owner '${port.deviceOwner}', expected compute:kuryr`);
        }
    }
    return { problems, value: ports };
}
/**
 * Nested mode: every pod's port is a subport of the trunk, segmentation type vlan, and its VLAN id is the one the pod
 * uses when Kubernetes shows it (pod annotation `openstack.org/kuryr-vif`), else unique among the subports.
 */
async function checkTrunkSubports(client, pods, options) {
    const ports = await client.portListLong({ network: options.names.podNetwork });
    const first = pods
        .map((p) => portsOfPod(ports, options.namespace, p.metadata.name, p.podIP)[0])
        .find((p) => p !== undefined);
    let trunk = options.trunk === undefined ? undefined : await client.trunkShow(options.trunk);
    for (const id of trunk || !first ? [] : await client.trunkIds()) {
        const t = await client.trunkShow(id);
        if (t.subPorts.some((s) => s.portId === first?.id)) {
            trunk = t;
            break;
        }
    }
    if (!trunk)
        return { problems: [`no trunk has the port of a pod as a subport${first ? ` (${first.name})` : ''}`] };
    const problems = [];
    const vlans = new Map();
    const rows = [];
    for (const pod of pods) {
        const port = portsOfPod(ports, options.namespace, pod.metadata.name, pod.podIP)[0];
        if (!port) {
            problems.push(`pod ${pod.metadata.name}: no Neutron port`);
            continue;
        }
        const sub = trunk.subPorts.find((s) => s.portId === port.id);
        if (!sub) {
            problems.push(`port ${port.name} (${port.id}) is not a subport of trunk ${trunk.name}`);
            continue;
        }
        if (sub.segmentationType !== 'vlan')
            problems.push(`subport ${port.name}: segmentation type ${sub.segmentationType}`);
        const other = vlans.get(sub.segmentationId);
        if (other !== undefined)
            problems.push(`VLAN ${sub.segmentationId} used by ${other} and ${pod.metadata.name}`);
        vlans.set(sub.segmentationId, pod.metadata.name);
        const vlan = vlanOfPod(pod) ?? (await options.vlanInPod?.(pod));
        rows.push({ pod: pod.metadata.name, port: port.id, segmentationId: sub.segmentationId, vlanInPod: vlan });
        if (vlan !== undefined && vlan !== sub.segmentationId) {
            problems.push(`pod ${pod.metadata.name} uses VLAN ${vlan}, its subport has segmentation_id ${sub.segmentationId}`);
        }
    }
    if (trunk.status !== 'ACTIVE')
        problems.push(`trunk ${trunk.name} is ${trunk.status}`);
    return { problems, value: { trunk: trunk.name, trunkId: trunk.id, status: trunk.status, pods: rows } };
}
/** The VLAN id Kuryr recorded on the pod (annotation `openstack.org/kuryr-vif`, any era's JSON layout). */
function vlanOfPod(pod) {
    const raw = pod.metadata.annotations['openstack.org/kuryr-vif'];
    if (raw === undefined)
        return undefined;
    const m = /"vlan_id"\s*:\s*(\d+)/.exec(raw);
    return m ? Number(m[1]) : undefined;
}
/** Kuryr's names for a service port: `<ns>/<svc>:<PROTO>:<port>`. */
function listenerName(namespace, svc, protocol, port) {
    return `${namespace}/${svc}:${protocol}:${port}`;
}
/** What keeps a pool of a service without a selector from having exactly `addresses` as ACTIVE members. */
function manualMemberProblems(pool, members, addresses) {
    const have = members.map((m) => m.address);
    const problems = [];
    const missing = addresses.filter((a) => !have.includes(a));
    const extra = have.filter((a) => !addresses.includes(a));
    if (missing.length > 0)
        problems.push(`pool ${pool} lacks members at ${missing.join(', ')}`);
    if (extra.length > 0)
        problems.push(`pool ${pool} has extra members at ${extra.join(', ')}`);
    for (const m of members.filter((x) => x.provisioningStatus !== 'ACTIVE')) {
        problems.push(`member ${m.name || m.address} is ${m.provisioningStatus}`);
    }
    return problems;
}
/**
 * The service's load balancer `<ns>/<svc>` ACTIVE with VIP = clusterIP, a listener and pool per port named
 * `<ns>/<svc>:<PROTO>:<port>` ACTIVE, and (with `pods`) members `<ns>/<pod>:<targetPort>` == ready pods, ACTIVE, or
 * (with {@link ManualMembers}) members at exactly the Endpoints' addresses, ACTIVE.
 */
async function checkLoadBalancer(client, namespace, svc, pods) {
    const name = `${namespace}/${svc.metadata.name}`;
    const lbs = await client.loadBalancerList({ name });
    if (lbs.length !== 1)
        return { problems: [`${lbs.length} load balancers named ${name} (expected 1)`] };
    const lb = lbs[0];
    const problems = [];
    if (lb?.provisioningStatus !== 'ACTIVE')
        problems.push(`load balancer ${name} is ${lb?.provisioningStatus ?? '?'}`);
    if (svc.clusterIP !== undefined && lb?.vipAddress !== svc.clusterIP) {
        problems.push(`load balancer ${name} VIP ${lb?.vipAddress ?? '?'} != clusterIP ${svc.clusterIP}`);
    }
    const tree = await client.loadBalancerStatus(lb?.id ?? name);
    for (const port of svc.ports) {
        const lname = listenerName(namespace, svc.metadata.name, port.protocol, port.port);
        const listener = tree.listeners.find((l) => l.name === lname);
        if (!listener) {
            problems.push(`no listener ${lname}`);
            continue;
        }
        if (listener.provisioningStatus !== 'ACTIVE')
            problems.push(`listener ${lname} is ${listener.provisioningStatus}`);
        const pool = listener.pools.find((p) => p.name === lname);
        if (!pool) {
            problems.push(`no pool ${lname}`);
            continue;
        }
        if (pool.provisioningStatus !== 'ACTIVE')
            problems.push(`pool ${lname} is ${pool.provisioningStatus}`);
        if (pods === undefined)
            continue;
        if (!Array.isArray(pods)) {
            problems.push(...manualMemberProblems(lname, pool.members, pods.addresses));
            continue;
        }
        const wanted = pods.map((p) => `${namespace}/${p.metadata.name}:${String(port.targetPort)}`).sort();
        const have = pool.members.map((m) => m.name).sort();
        const missing = wanted.filter((w) => !have.includes(w));
        const extra = have.filter((h) => !wanted.includes(h));
        if (missing.length > 0)
            problems.push(`pool ${lname} lacks members ${missing.join(', ')}`);
        if (extra.length > 0)
            problems.push(`pool ${lname} has extra members ${extra.join(', ')}`);
        for (const m of pool.members.filter((x) => x.provisioningStatus !== 'ACTIVE')) {
            problems.push(`member ${m.name} is ${m.provisioningStatus}`);
        }
        for (const pod of pods) {
            const m = pool.members.find((x) => x.name === `${namespace}/${pod.metadata.name}:${String(port.targetPort)}`);
            if (m && pod.podIP !== undefined && m.address !== pod.podIP) {
                problems.push(`member ${m.name} address ${m.address} != pod IP ${pod.podIP}`);
            }
        }
    }
    return { problems, value: tree };
}
/** DevStack's API load balancer `default/kubernetes`: ACTIVE, listener/pool `default/kubernetes:443`, VIP = first host of the service subnet. */
async function checkApiLoadBalancer(client, names) {
    const subnet = await client.subnetShow(names.serviceSubnet);
    const lbs = await client.loadBalancerList({ name: 'default/kubernetes' });
    const lb = lbs[0];
    if (!lb)
        return { problems: ['no load balancer default/kubernetes'] };
    const problems = [];
    if (lb.provisioningStatus !== 'ACTIVE')
        problems.push(`default/kubernetes is ${lb.provisioningStatus}`);
    const vip = firstHost(subnet.cidr);
    if (lb.vipAddress !== vip)
        problems.push(`default/kubernetes VIP ${lb.vipAddress} != first host of ${subnet.cidr} (${vip})`);
    const tree = await client.loadBalancerStatus(lb.id);
    const listener = tree.listeners.find((l) => l.name === 'default/kubernetes:443');
    if (!listener)
        problems.push('no listener default/kubernetes:443');
    else if (!listener.pools.some((p) => p.name === 'default/kubernetes:443'))
        problems.push('no pool default/kubernetes:443');
    return { problems, value: { loadBalancer: lb, status: tree } };
}
/** Evidence for a failing case: pods, their ports and SG rules, LB trees, trunk, Kuryr CRDs. Never throws. */
async function collectEvidence(deps, what) {
    const out = [];
    const safe = async (kind, title, fn) => {
        try {
            out.push({ kind, title, data: await fn() });
        }
        catch (err) {
            out.push({ kind, title, data: { error: (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u1)(err).split('\n').slice(0, 3).join('\n') } });
        }
    };
    out.push({
        kind: 'kubernetes-pods',
        title: 'pods (name, node, phase, IP)',
        data: what.pods.map((p) => ({
            name: p.metadata.name,
            node: p.nodeName,
            phase: p.phase,
            ready: p.ready,
            podIP: p.podIP,
            hostIP: p.hostIP,
            waiting: p.waitingReason,
        })),
    });
    const { client } = deps;
    if (client) {
        let ports = [];
        await safe('neutron-ports', 'Neutron ports of the pods', async () => {
            const all = await client.portListLong({ network: what.options.names.podNetwork });
            ports = what.pods.flatMap((p) => portsOfPod(all, what.options.namespace, p.metadata.name, p.podIP));
            return ports;
        });
        const groups = new Set(ports.flatMap((p) => p.securityGroups));
        for (const port of ports.slice(0, 5)) {
            if (port.securityGroups.length > 0)
                continue;
            for (const g of await client.portSecurityGroupIds(port.id).catch(() => []))
                groups.add(g);
        }
        for (const g of groups)
            await safe('security-group-rules', `rules of security group ${g}`, () => client.securityGroupRuleList(g));
        for (const svc of what.services) {
            await safe('octavia-loadbalancer', `load balancer ${what.options.namespace}/${svc.metadata.name}`, () => client.loadBalancerStatus(`${what.options.namespace}/${svc.metadata.name}`));
        }
        if (what.options.mode === 'nested')
            await safe('neutron-trunk', `trunk ${what.options.names.trunk}`, () => client.trunkShow(what.options.names.trunk));
    }
    for (const crd of ['kuryrports', 'kuryrloadbalancers']) {
        const items = await deps.kubectl.optionalList(crd);
        if (items !== undefined && items.length > 0)
            out.push({ kind: 'kuryr-crd', title: crd, data: items.slice(0, 20) });
    }
    return out;
}


/***/ }),

/***/ 2066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ STEP_ACTIONS)
});

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
;// CONCATENATED MODULE: ./build/kube/steps/actions/apply-manifest.js
/**
 * `apply-manifest {manifest, expect, field?, namespace?}`: `kubectl apply` of an inline object and a check of the API
 * server's answer. `expect: rejected` passes only when the server refused the object as invalid (`The KIND "NAME" is
 * invalid: ...`: admission or CRD schema validation); any other refusal (an unknown kind, a missing CRD, no access)
 * fails the step, so a cluster without the schema cannot pass. `field` (e.g. `spec.netId`) must then be named by
 * that message, in either of the two forms Kubernetes used (`spec.netId: Required value`, older
 * `spec.netId in body is required`). `expect: accepted` (the default) passes when the object was created or
 * configured; it stays (namespaced objects go with the run's namespaces). An object the check rejected for being
 * accepted is deleted again, so a cluster that validates nothing keeps no stray object.
 */

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function metadataOf(manifest) {
    return isObject(manifest) && isObject(manifest.metadata) ? manifest.metadata : undefined;
}
/** `KIND/NAME` of the manifest, for messages. */
function objectName(arg) {
    return `${String(arg.manifest.kind)}/${String(metadataOf(arg.manifest)?.name)}`;
}
/** Load-time rules: a complete object without its own namespace, a known namespace key, `field` only when rejected. */
function applyManifestProblems(arg, doc) {
    const out = [];
    if (!isObject(arg) || !isObject(arg.manifest)) {
        return [{ path: ['manifest'], message: 'manifest must be a Kubernetes object (apiVersion, kind, metadata.name)' }];
    }
    for (const key of ['apiVersion', 'kind']) {
        if (typeof arg.manifest[key] !== 'string' || arg.manifest[key] === '')
            out.push({ path: ['manifest', key], message: `the manifest needs '${key}' (a string)` });
    }
    const meta = metadataOf(arg.manifest);
    if (typeof meta?.name !== 'string' || meta.name === '')
        out.push({ path: ['manifest', 'metadata', 'name'], message: "the manifest needs 'metadata.name'" });
    if (meta?.namespace !== undefined)
        out.push({
            path: ['manifest', 'metadata', 'namespace'],
            message: "remove metadata.namespace: the step's 'namespace' (a key of the suite's namespaces) places the object",
        });
    if (arg.expect !== undefined && arg.expect !== 'accepted' && arg.expect !== 'rejected')
        out.push({ path: ['expect'], message: `expect must be 'accepted' or 'rejected', not '${String(arg.expect)}'` });
    if (arg.field !== undefined && arg.expect !== 'rejected')
        out.push({ path: ['field'], message: "'field' names what a rejection must mention: it needs expect: rejected" });
    const known = new Set((doc.namespaces ?? []).map((n) => n.name));
    if (arg.namespace !== undefined && !known.has(arg.namespace))
        out.push({
            path: ['namespace'],
            message: `unknown namespace '${arg.namespace}' (known: ${[...known].join(', ') || 'none'}); add it to 'namespaces'`,
        });
    return out;
}
/** True when `message` names `field` in one of Kubernetes' two validation message forms. */
function namesField(message, field) {
    return message.includes(`${field}:`) || message.includes(`${field} in body`);
}
function realNamespace(ctx, key) {
    const ns = ctx.namespaces.get(key ?? '');
    if (ns === undefined)
        throw new Error(`namespace '${key ?? ''}' was not created`);
    return ns;
}
/** Applies; returns kubectl's stdout, or the refusal's stderr (non-zero exit). */
async function apply(ctx, ns, manifest) {
    try {
        const out = await ctx.run.deps.kubectl.run(['-n', ns, 'apply', '-f', '-'], {
            namespaced: false,
            input: JSON.stringify(manifest),
        });
        return { ok: true, text: out.trim() };
    }
    catch (err) {
        if (!(err instanceof command/* CommandError */.Qd) || err.cancelled || err.timedOut || err.exitCode === null)
            throw err;
        // kubectl lists several causes on `* ` lines: one line for the step's message
        return { ok: false, text: err.result.stderr.trim().replace(/\s*\n\s*/g, ' ') };
    }
}
async function deleteAgain(ctx, ns, manifest) {
    try {
        await ctx.run.deps.kubectl.run(['-n', ns, 'delete', '-f', '-', '--ignore-not-found'], {
            namespaced: false,
            input: JSON.stringify(manifest),
        });
        return 'deleted it again';
    }
    catch (err) {
        return `could not delete it again: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
    }
}
/** The apply-manifest action. */
const applyManifest = {
    name: 'apply-manifest',
    validate: applyManifestProblems,
    async run(ctx, arg) {
        const ns = realNamespace(ctx, arg.namespace);
        const what = objectName(arg);
        const answer = await apply(ctx, ns, arg.manifest);
        if ((arg.expect ?? 'accepted') === 'accepted') {
            if (!answer.ok)
                throw new Error(`the API server refused ${what}: ${answer.text}`);
            return `applied ${what}: ${answer.text}`;
        }
        if (answer.ok) {
            const cleanup = await deleteAgain(ctx, ns, arg.manifest);
            throw new Error(`the API server accepted ${what} (${answer.text}), expected a rejection; ${cleanup}`);
        }
        if (!/ is invalid/.test(answer.text))
            throw new Error(`${what} was refused, but not by validation (expected "is invalid"): ${answer.text}`);
        if (arg.field !== undefined && !namesField(answer.text, arg.field))
            throw new Error(`${what} was rejected, but the message does not name ${arg.field}: ${answer.text}`);
        return `rejected as expected: ${answer.text}`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/policy-manifest.js
const PLACEHOLDER = /\$\{(podIP|cidr):([^}]*)\}/g;
/** The policy `key` of the suite (throws for an unknown one: the loader rejects those first). */
function suitePolicy(ctx, key) {
    const p = ctx.suite.policies?.[key];
    if (!p)
        throw new Error(`no policy '${key}' in the suite`);
    return p;
}
/** The real namespace of a policy. */
function policyNamespace(ctx, policy) {
    const ns = ctx.namespaces.get(policy.namespace ?? '');
    if (ns === undefined)
        throw new Error(`namespace '${policy.namespace ?? ''}' was not created`);
    return ns;
}
/** The first ready pod's IP of a workload. */
function podIP(ctx, workload) {
    const ip = ctx.workloads.get(workload)?.pods.find((p) => p.podIP !== undefined)?.podIP;
    if (ip === undefined)
        throw new Error(`\${podIP:${workload}}: workload '${workload}' has no ready pod with an IP`);
    return ip;
}
/** The CIDR of a suite namespace: its KuryrNetwork's subnetCIDR, else the shared pod subnet's. */
async function namespaceCidr(ctx, key) {
    const real = ctx.namespaces.get(key);
    if (real === undefined)
        throw new Error(`\${cidr:${key}}: namespace '${key}' was not created`);
    const { kubectl, client } = ctx.run.deps;
    const networks = await kubectl.inNamespace(real).optionalList('kuryrnetworks');
    for (const o of networks ?? []) {
        const meta = o.metadata;
        const status = o.status;
        if (meta?.name === real && typeof status?.subnetCIDR === 'string')
            return status.subnetCIDR;
    }
    if (!client)
        throw new Error(`\${cidr:${key}}: no KuryrNetwork for ${real} and no cloud to read the pod subnet from`);
    return (await client.subnetShow(ctx.run.names.podSubnet)).cidr;
}
/** Replaces the placeholders in every string of `value` (deeply). */
async function resolvePlaceholders(ctx, value) {
    if (typeof value === 'string') {
        let out = '';
        let last = 0;
        for (const m of value.matchAll(PLACEHOLDER)) {
            const [text, kind, name = ''] = m;
            out += value.slice(last, m.index) + (kind === 'podIP' ? podIP(ctx, name) : await namespaceCidr(ctx, name));
            last = m.index + text.length;
        }
        return out + value.slice(last);
    }
    if (Array.isArray(value))
        return Promise.all(value.map((v) => resolvePlaceholders(ctx, v)));
    if (value !== null && typeof value === 'object') {
        const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await resolvePlaceholders(ctx, v)]));
        return Object.fromEntries(entries);
    }
    return value;
}
/**
 * The NetworkPolicy object named `name` (a suite key) with the spec of policy `specOf` (default: the same key).
 * @returns the object and its real namespace
 */
async function policyManifest(ctx, name, specOf = name) {
    const namespace = policyNamespace(ctx, suitePolicy(ctx, name));
    const spec = await resolvePlaceholders(ctx, suitePolicy(ctx, specOf).spec);
    const manifest = {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name, namespace, labels: { 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' } },
        spec,
    };
    return { manifest, namespace };
}

// EXTERNAL MODULE: ./build/kube/steps/actions/policy-state.js
var policy_state = __webpack_require__(48112);
;// CONCATENATED MODULE: ./build/kube/steps/actions/apply-policy.js


/** The apply-policy action. */
const applyPolicy = {
    name: 'apply-policy',
    async run(ctx, key) {
        const { manifest, namespace } = await policyManifest(ctx, key);
        await ctx.run.deps.kubectl.inNamespace(namespace).apply(manifest);
        (0,policy_state/* appliedPolicies */.Q)(ctx).set(key, { name: key, namespace, manifest });
        return `applied networkpolicy ${namespace}/${key}`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/namespace-snapshot.js
const SNAPSHOTS = new WeakMap();
function store(ctx) {
    let m = SNAPSHOTS.get(ctx.run);
    if (!m)
        SNAPSHOTS.set(ctx.run, (m = new Map()));
    return m;
}
/** Annotations the cluster writes (they must not be applied back). */
const SERVER_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];
/** The manifest to apply again for a live Deployment or Service. */
function reapplyManifest(live) {
    const meta = (live.metadata ?? {});
    const annotations = { ...(meta.annotations ?? {}) };
    for (const a of SERVER_ANNOTATIONS)
        delete annotations[a];
    const metadata = { name: meta.name };
    if (meta.labels)
        metadata.labels = meta.labels;
    if (Object.keys(annotations).length)
        metadata.annotations = annotations;
    const spec = structuredClone((live.spec ?? {}));
    if (live.kind === 'Service') {
        // a new namespace gets new addresses: let the API server allocate them again
        delete spec.clusterIP;
        delete spec.clusterIPs;
        spec.ports = (spec.ports ?? []).map(({ nodePort: _n, ...p }) => p);
    }
    return { apiVersion: live.apiVersion, kind: live.kind, metadata, spec };
}
/** Remembers the objects to apply again in namespace `key`. */
function saveSnapshot(ctx, key, objects) {
    store(ctx).set(key, objects);
}
/** The objects `delete-namespace` kept for `key` (and forgets them), or none. */
function takeSnapshot(ctx, key) {
    const objects = store(ctx).get(key) ?? [];
    store(ctx).delete(key);
    return objects;
}
/** The real name of suite namespace `key`; the run namespace ('') is refused (the run lives in it). */
function createdNamespace(ctx, key) {
    if (key === '')
        throw new Error('the run namespace cannot be deleted or recreated by a step');
    const ns = ctx.namespaces.get(key);
    if (ns === undefined)
        throw new Error(`namespace '${key}' is not one of the suite's namespaces`);
    return ns;
}
/** Load-time rule shared by both actions: `key` names one of the suite's `namespaces`. */
function namespaceKeyProblems(key, doc) {
    const known = (doc.namespaces ?? []).map((n) => n.name);
    if (typeof key === 'string' && known.includes(key))
        return [];
    return [
        {
            path: [],
            message: `'${String(key)}' is not a key of the suite's namespaces (known: ${known.join(', ') || 'none'}); the run namespace cannot be deleted`,
        },
    ];
}

;// CONCATENATED MODULE: ./build/kube/steps/actions/create-namespace.js

/** The labels the suite gives namespace `key`. */
function suiteLabels(suite, key) {
    const entry = (suite.namespaces ?? []).find((n) => n.name === key);
    return entry?.labels ?? {};
}
/** The create-namespace action. */
const createNamespace = {
    name: 'create-namespace',
    validate: namespaceKeyProblems,
    async run(ctx, key) {
        const ns = createdNamespace(ctx, key);
        const { kubectl } = ctx.run.deps;
        const labels = suiteLabels(ctx.suite, key);
        await kubectl.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels } }, false);
        const objects = takeSnapshot(ctx, key);
        if (objects.length > 0) {
            await kubectl.run(['-n', ns, 'apply', '-f', '-'], {
                namespaced: false,
                input: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }),
            });
        }
        const kinds = objects.map((o) => `${String(o.kind).toLowerCase()}/${String(o.metadata.name)}`);
        return `created namespace ${ns}${kinds.length ? `, applied ${kinds.join(', ')} again` : ''}`;
    },
};

// EXTERNAL MODULE: ./build/kube/steps/lookup.js
var lookup = __webpack_require__(82524);
;// CONCATENATED MODULE: ./build/kube/steps/actions/delete-listener.js
/**
 * `delete-listener SERVICE`: deletes one listener of Kuryr's Octavia load balancer of the service, the one of its first
 * port (`<namespace>/<service>:<PROTOCOL>:<port>`), behind Kuryr's back. Kuryr's listener reconciliation must make it
 * again with its pool and members (the step's `members` and `everyBackend` expectations check that).
 */

/** The `delete-listener` action (argument: the service's name). */
const deleteListenerAction = {
    name: 'delete-listener',
    async run(ctx, arg) {
        const owned = (0,lookup/* serviceOf */.z5)(ctx, arg);
        if (!owned)
            throw new Error(`service ${arg} is not deployed`);
        const first = owned.service.ports[0];
        if (!first)
            throw new Error(`service ${arg} has no port, so its load balancer has no listener`);
        const client = (0,lookup/* needCloud */.wk)(ctx, 'delete-listener');
        const lb = `${owned.workload.namespace}/${arg}`;
        const name = `${lb}:${first.protocol}:${String(first.port)}`;
        const tree = await client.loadBalancerStatus(lb);
        const listener = tree.listeners.find((l) => l.name === name);
        if (!listener) {
            const has = tree.listeners.map((l) => l.name).join(', ') || 'none';
            throw new Error(`load balancer ${lb} has no listener ${name} to delete (it has: ${has})`);
        }
        await client.loadBalancerListenerDelete(listener.id);
        return `deleted listener ${name} (${listener.id}) of load balancer ${lb} in Octavia`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/delete-loadbalancer.js
/**
 * `delete-loadbalancer SERVICE`: deletes Kuryr's Octavia load balancer of the service (`<namespace>/<service>`) with
 * `--cascade`, behind Kuryr's back; Kuryr must recreate it (the step's `members` expectation checks that).
 */

/** The `delete-loadbalancer` action (argument: the service's name). */
const deleteLoadBalancerAction = {
    name: 'delete-loadbalancer',
    async run(ctx, arg) {
        const owned = (0,lookup/* serviceOf */.z5)(ctx, arg);
        if (!owned)
            throw new Error(`service ${arg} is not deployed`);
        const client = (0,lookup/* needCloud */.wk)(ctx, 'delete-loadbalancer');
        const name = `${owned.workload.namespace}/${arg}`;
        const lbs = await client.loadBalancerList({ name });
        if (lbs.length === 0)
            throw new Error(`no load balancer named ${name} in Octavia to delete`);
        for (const lb of lbs)
            await client.loadBalancerDelete(lb.id, { cascade: true });
        const ids = lbs.map((lb) => lb.id).join(', ');
        return `deleted load balancer ${name} (${ids}) in Octavia with --cascade`;
    },
};

// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/kube/types.js
var types = __webpack_require__(90293);
;// CONCATENATED MODULE: ./build/kube/steps/actions/delete-namespace.js
/**
 * `delete-namespace KEY`: deletes one of the suite's namespaces (`kubectl delete namespace NS --wait`, so the step
 * returns once the API server removed it and everything in it: pods, services, NetworkPolicies, Kuryr's CRDs). Its
 * Deployments and Services are kept first, for `create-namespace KEY` to apply again.
 */



/** The longest the namespace gets to go (cut to what is left of the run). */
const GONE_WITHIN_MS = 300_000;
/** The delete-namespace action. */
const deleteNamespace = {
    name: 'delete-namespace',
    validate: namespaceKeyProblems,
    async run(ctx, key) {
        const ns = createdNamespace(ctx, key);
        const { kubectl } = ctx.run.deps;
        const live = (0,types/* listItems */.Dw)('get deployments,services', await kubectl.run(['-n', ns, 'get', 'deployments,services', '-o', 'json'], { namespaced: false }));
        saveSnapshot(ctx, key, live.map(reapplyManifest));
        const timeoutMs = Math.max(1000, Math.min(GONE_WITHIN_MS, ctx.run.deadline - Date.now()));
        const started = Date.now();
        await kubectl.run(['delete', 'namespace', ns, '--wait=true', `--timeout=${Math.ceil(timeoutMs / 1000)}s`], {
            namespaced: false,
        });
        return `deleted namespace ${ns} (${live.length} deployment(s)/service(s) kept to recreate) in ${(0,duration/* formatDuration */.a3)(Date.now() - started)}`;
    },
};

// EXTERNAL MODULE: ./build/kube/state.js
var state = __webpack_require__(62641);
;// CONCATENATED MODULE: ./build/kube/steps/actions/delete-pods.js
/**
 * `delete-pods {workload, count?}`: deletes the first `count` live pods of the workload (by name; default all) without
 * waiting for them to go, as a user or a node failure would; the Deployment recreates them.
 */


/** The `delete-pods` action. */
const deletePodsAction = {
    name: 'delete-pods',
    async run(ctx, arg) {
        const w = (0,lookup/* workloadOf */.Rc)(ctx, arg.workload);
        const kubectl = (0,lookup/* kubectlOf */.IZ)(ctx, w);
        const pods = await (0,state/* workloadPods */.wX)(kubectl, w.name);
        const names = pods.slice(0, arg.count ?? pods.length).map((p) => p.metadata.name);
        if (names.length === 0)
            throw new Error(`workload ${w.namespace}/${w.name} has no live pod to delete`);
        await kubectl.run(['delete', 'pod', ...names, '--wait=false']);
        return `deleted ${names.length} of ${pods.length} pod(s) of ${w.namespace}/${w.name}: ${names.join(', ')}`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/delete-policy.js


/** The delete-policy action. */
const deletePolicy = {
    name: 'delete-policy',
    async run(ctx, key) {
        const namespace = policyNamespace(ctx, suitePolicy(ctx, key));
        await ctx.run.deps.kubectl.inNamespace(namespace).run(['delete', 'networkpolicy', key]);
        (0,policy_state/* appliedPolicies */.Q)(ctx).delete(key);
        return `deleted networkpolicy ${namespace}/${key}`;
    },
};

// EXTERNAL MODULE: ./build/kube/steps/actions/kuryr-config.js
var kuryr_config = __webpack_require__(580);
;// CONCATENATED MODULE: ./build/kube/steps/actions/label-namespace.js
/** The label-namespace action. */
const labelNamespace = {
    name: 'label-namespace',
    async run(ctx, arg) {
        const real = ctx.namespaces.get(arg.namespace);
        if (real === undefined)
            throw new Error(`namespace '${arg.namespace}' was not created`);
        const pairs = Object.entries(arg.labels).map(([k, v]) => `${k}=${v}`);
        await ctx.run.deps.kubectl.run(['label', 'namespace', real, ...pairs, '--overwrite'], { namespaced: false });
        return `labelled namespace ${real} ${pairs.join(' ')}`;
    },
};

// EXTERNAL MODULE: ./build/kube/steps/actions/restart.js
var restart = __webpack_require__(20195);
;// CONCATENATED MODULE: ./build/kube/steps/actions/rollout-restart.js
/**
 * `rollout-restart WORKLOAD`: `kubectl rollout restart deployment/NAME`, then polls `kubectl rollout status
 * --watch=false` until the new ReplicaSet is rolled out (within the suite's deployment wait, default 5m). Polling
 * keeps every kubectl call short instead of one call blocking for minutes.
 */



const ROLLED_OUT = /successfully rolled out/;
/** The `rollout-restart` action (argument: the workload's name). */
const rolloutRestartAction = {
    name: 'rollout-restart',
    async run(ctx, arg) {
        const w = (0,lookup/* workloadOf */.Rc)(ctx, arg);
        const kubectl = (0,lookup/* kubectlOf */.IZ)(ctx, w);
        const deployment = `deployment/${w.name}`;
        await kubectl.run(['rollout', 'restart', deployment]);
        const wanted = (0,duration/* parseDuration */.E9)(ctx.suite.waits?.deployment ?? '5m') ?? 300_000;
        const outcome = await (0,state/* waitState */.fN)(async () => {
            const out = await kubectl.run(['rollout', 'status', deployment, '--watch=false']);
            const last = out.trim().split('\n').pop() ?? '';
            return { problems: ROLLED_OUT.test(out) ? [] : [last || 'rollout status printed nothing'] };
        }, {
            timeoutMs: ctx.run.budget(wanted),
            intervalMs: ctx.intervalMs,
            signal: ctx.run.deps.signal,
            what: `${deployment} rolled out`,
        });
        if (!outcome.ok) {
            throw new Error(`deployment ${w.namespace}/${w.name} restarted but not rolled out after ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`);
        }
        return `restarted deployment ${w.namespace}/${w.name}: rolled out in ${(0,lookup/* seconds */.YA)(outcome.ms)}`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/scale.js
/** `scale {workload, replicas}`: `kubectl scale deployment/NAME --replicas=N` in the workload's namespace (0 allowed). */

/** The `scale` action: sets the replica count and returns at once (the step's expectations wait for the result). */
const scaleAction = {
    name: 'scale',
    async run(ctx, arg) {
        const w = (0,lookup/* workloadOf */.Rc)(ctx, arg.workload);
        await (0,lookup/* kubectlOf */.IZ)(ctx, w).scale(w.name, arg.replicas);
        return `scaled deployment ${w.namespace}/${w.name} to ${arg.replicas} replica(s)`;
    },
};

// EXTERNAL MODULE: ./build/kube/steps/actions/security-group-rule.js
var security_group_rule = __webpack_require__(83121);
;// CONCATENATED MODULE: ./build/kube/steps/actions/update-policy.js


/** The update-policy action. */
const updatePolicy = {
    name: 'update-policy',
    async run(ctx, arg) {
        const { manifest, namespace } = await policyManifest(ctx, arg.name, arg.to);
        await ctx.run.deps.kubectl.inNamespace(namespace).apply(manifest);
        (0,policy_state/* appliedPolicies */.Q)(ctx).set(arg.name, { name: arg.name, namespace, manifest });
        return `updated networkpolicy ${namespace}/${arg.name} to the spec of ${arg.to}`;
    },
};

// EXTERNAL MODULE: ./build/runtime/cancel.js
var cancel = __webpack_require__(1729);
;// CONCATENATED MODULE: ./build/kube/steps/actions/wait.js
/** `wait DURATION`: sleeps (cut to what is left of the run's timeout; a cancelled run stops at once). */


/** The `wait` action (argument: a duration such as `10s`, `1m30s`). */
const waitAction = {
    name: 'wait',
    validate(arg) {
        const ms = typeof arg === 'string' ? (0,duration/* parseDuration */.E9)(arg) : undefined;
        if (ms !== undefined)
            return [];
        return [{ path: [], message: `'${String(arg)}' is not a duration (write e.g. 10s, 2m, 1m30s)` }];
    },
    async run(ctx, arg) {
        const wanted = (0,duration/* parseDuration */.E9)(arg);
        if (wanted === undefined)
            throw new Error(`wait: '${arg}' is not a duration`);
        const ms = Math.max(0, Math.min(wanted, ctx.run.deadline - Date.now()));
        await (0,cancel/* sleepUnlessAborted */.bp)(ms, ctx.run.deps.signal);
        ctx.run.checkCancelled();
        return ms < wanted ? `waited ${(0,duration/* formatDuration */.a3)(ms)} of ${arg} (the run's timeout)` : `waited ${arg}`;
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/actions/index.js
















// eslint-disable-next-line @typescript-eslint/no-explicit-any
const STEP_ACTIONS = {
    'apply-policy': applyPolicy,
    'delete-policy': deletePolicy,
    'update-policy': updatePolicy,
    'label-namespace': labelNamespace,
    scale: scaleAction,
    'delete-pods': deletePodsAction,
    'rollout-restart': rolloutRestartAction,
    'delete-loadbalancer': deleteLoadBalancerAction,
    'delete-listener': deleteListenerAction,
    restart: restart/* restartKuryrAction */.f,
    'kuryr-config': kuryr_config/* kuryrConfigAction */.c,
    'security-group-rule': security_group_rule/* securityGroupRuleAction */.b,
    wait: waitAction,
    'apply-manifest': applyManifest,
    'delete-namespace': deleteNamespace,
    'create-namespace': createNamespace,
};


/***/ }),

/***/ 580:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Q: () => (/* binding */ restoreKuryrConfig),
/* harmony export */   c: () => (/* binding */ kuryrConfigAction)
/* harmony export */ });
/* unused harmony exports whoAmI, kuryrSettings */
/* harmony import */ var _devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62743);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21039);
/* harmony import */ var _restart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20195);
/**
 * `kuryr-config {SECTION: {OPTION: VALUE}}`: sets options in Kuryr's configuration file on the runner host (the
 * `kuryr-conf` input, `/etc/kuryr/kuryr.conf` on a DevStack host), then restarts the controller so it reads them, as
 * Kuryr's own tests edit the kuryr-config ConfigMap and restart the controller pod. The file is read and written
 * through `sudo -n` unless the run is root; every other line of it is kept. The first value each option had in the
 * scenario is remembered, and the scenario's end puts those back (and restarts once more), so the next scenario
 * starts with the configuration the suite started with.
 */




const CHANGED = new WeakMap();
/** Who the process runs as (tests replace it). */
const whoAmI = { isRoot: () => process.getuid?.() === 0 };
async function readConf(runner, path) {
    const [command, ...args] = (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .asRootArgv */ .b)(['cat', path], whoAmI.isRoot());
    try {
        return (await runner.run(command, args, { timeoutMs: 30_000, label: 'kuryr.conf' })).stdout;
    }
    catch (err) {
        throw new Error(`could not read ${path} (the kuryr-conf input names Kuryr's configuration file): ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
    }
}
async function writeConf(runner, path, text) {
    const [command, ...args] = (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .asRootArgv */ .b)(['tee', path], whoAmI.isRoot());
    try {
        await runner.run(command, args, { input: text, timeoutMs: 30_000, label: 'kuryr.conf' });
    }
    catch (err) {
        const how = whoAmI.isRoot() ? '' : ' (the runner is not root: it needs passwordless sudo for tee)';
        throw new Error(`could not write ${path}${how}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
    }
}
/** The settings of `arg` as INI text values (booleans as oslo.config writes them: True / False). */
function kuryrSettings(arg) {
    return Object.entries(arg).flatMap(([section, options]) => Object.entries(options).map(([key, v]) => ({
        section,
        key,
        value: typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v),
    })));
}
/** The `kuryr-config` action. */
const kuryrConfigAction = {
    name: 'kuryr-config',
    async run(ctx, arg) {
        const runner = (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .hostRunner */ .Jc)(ctx);
        const path = ctx.run.settings.kuryrConf ?? _settings_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_KURYR_CONF */ .zU;
        const settings = kuryrSettings(arg);
        const before = await readConf(runner, path);
        const changed = CHANGED.get(ctx) ?? { path, originals: new Map() };
        for (const s of settings) {
            const id = `${s.section}.${s.key}`;
            if (!changed.originals.has(id))
                changed.originals.set(id, { ...s, value: (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .getIniOption */ .Yc)(before, s.section, s.key) });
        }
        CHANGED.set(ctx, changed);
        await writeConf(runner, path, (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .setIniOptions */ .rc)(before, settings));
        const said = settings.map((s) => `${s.section}.${s.key}=${s.value}`).join(', ');
        return `set ${said} in ${path}; ${await (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .restartKuryrUnit */ .jg)(ctx, 'kuryr-controller', whoAmI)}`;
    },
};
/**
 * Puts back the options the scenario's `kuryr-config` steps changed and restarts the controller (nothing when none
 * ran). A failure is a warning: the run goes on, and the message says what to fix by hand.
 */
async function restoreKuryrConfig(ctx) {
    const changed = CHANGED.get(ctx);
    if (!changed)
        return;
    CHANGED.delete(ctx);
    try {
        const runner = (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .hostRunner */ .Jc)(ctx);
        let text = await readConf(runner, changed.path);
        for (const o of changed.originals.values()) {
            text =
                o.value === undefined
                    ? (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .removeIniOption */ .Ap)(text, o.section, o.key)
                    : (0,_devstack_ini_edit_js__WEBPACK_IMPORTED_MODULE_3__/* .setIniOptions */ .rc)(text, [{ ...o, value: o.value }]);
        }
        await writeConf(runner, changed.path, text);
        const said = await (0,_restart_js__WEBPACK_IMPORTED_MODULE_2__/* .restartKuryrUnit */ .jg)(ctx, 'kuryr-controller', whoAmI);
        ctx.run.deps.logger.info(`put back ${[...changed.originals.keys()].join(', ')} in ${changed.path}; ${said}`);
    }
    catch (err) {
        ctx.run.deps.logger.warning(`could not put back ${[...changed.originals.keys()].join(', ')} in ${changed.path}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
    }
}


/***/ }),

/***/ 48112:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ appliedPolicies),
/* harmony export */   q: () => (/* binding */ removeAppliedPolicies)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/* harmony import */ var _kubectl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29690);
/**
 * The NetworkPolicies a `steps` scenario has applied (by suite key), so the evidence can show the policies in force
 * and the scenario's end can delete them.
 */


const applied = new WeakMap();
/** The policies in force in this context, by name. */
function appliedPolicies(ctx) {
    let map = applied.get(ctx);
    if (!map) {
        map = new Map();
        applied.set(ctx, map);
    }
    return map;
}
/** Deletes every policy the context applied (a failure is a warning: the namespace goes at the end anyway). */
async function removeAppliedPolicies(ctx) {
    const map = appliedPolicies(ctx);
    for (const p of map.values()) {
        try {
            await ctx.run.deps.kubectl.inNamespace(p.namespace).run(['delete', 'networkpolicy', p.name]);
        }
        catch (err) {
            if ((0,_kubectl_js__WEBPACK_IMPORTED_MODULE_1__/* .isKubeNotFound */ .L)(err))
                continue; // gone already
            ctx.run.deps.logger.warning(`could not delete networkpolicy ${p.namespace}/${p.name}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
        }
    }
    map.clear();
}


/***/ }),

/***/ 20195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ hostRunner),
/* harmony export */   b: () => (/* binding */ asRootArgv),
/* harmony export */   f: () => (/* binding */ restartKuryrAction),
/* harmony export */   jg: () => (/* binding */ restartKuryrUnit)
/* harmony export */ });
/* unused harmony exports KURYR_UNITS, restartArgv, restartAction */
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38806);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84704);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62641);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82524);
/**
 * `restart kuryr-controller|kuryr-daemon`: restarts Kuryr's DevStack unit (`devstack@kuryr-kubernetes`,
 * `devstack@kuryr-daemon`) with `systemctl restart` on the runner host, through `sudo -n` unless the run is root, then
 * polls `systemctl is-active` until the unit runs again. In nested mode Kuryr runs inside the trunk VM, which the
 * runner cannot reach with systemctl: the step errors saying so.
 */




/** The DevStack unit of each restartable Kuryr service. */
const KURYR_UNITS = {
    'kuryr-controller': 'devstack@kuryr-kubernetes',
    'kuryr-daemon': 'devstack@kuryr-daemon',
};
/** How long the unit gets to be active again after the restart. */
const ACTIVE_WITHIN_MS = 60_000;
/** `argv` as the runner host runs it: behind `sudo -n` (never prompting) unless the run is root. */
function asRootArgv(argv, root) {
    return (root ? [...argv] : ['sudo', '-n', ...argv]);
}
/** The argv of `systemctl restart UNIT`: behind `sudo -n` (never prompting) unless root. */
function restartArgv(unit, root) {
    return asRootArgv(['systemctl', 'restart', unit], root);
}
/** The runner of the host (the DevStack host), or an error saying the run has none. */
function hostRunner(ctx) {
    const runner = ctx.run.deps.hostRunner;
    if (!runner)
        throw new Error('restart needs a command runner on the host; this run was given none');
    return runner;
}
async function systemctlRestart(runner, unit, root) {
    const [command, ...args] = restartArgv(unit, root);
    try {
        await runner.run(command, args, { timeoutMs: 120_000, label: 'systemctl' });
    }
    catch (err) {
        if (!(err instanceof _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd) || err.cancelled)
            throw err;
        const how = root ? '' : ' (the runner is not root: it needs passwordless sudo for systemctl)';
        throw new Error(`systemctl restart ${unit} failed${how}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u1)(err)}`);
    }
}
/**
 * Restarts Kuryr's unit for `target` on the runner host and waits until it is active again; returns what was done.
 * Refused in nested mode (Kuryr runs inside the trunk VM there).
 */
async function restartKuryrUnit(ctx, target, options = {}) {
    const isRoot = options.isRoot ?? (() => process.getuid?.() === 0);
    const unit = KURYR_UNITS[target];
    if (ctx.run.settings.mode === 'nested') {
        throw new Error(`restart ${target}: in nested mode Kuryr's controller and CNI daemon run inside the trunk VM, not on the runner; restarting them there is not supported yet`);
    }
    const runner = hostRunner(ctx);
    await systemctlRestart(runner, unit, isRoot());
    const active = await (0,_state_js__WEBPACK_IMPORTED_MODULE_2__/* .waitState */ .fN)(async () => {
        const r = await runner.run('systemctl', ['is-active', unit], {
            timeoutMs: 30_000,
            allowedExitCodes: _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .ANY_EXIT_CODE */ ._x,
            label: 'systemctl',
        });
        const state = r.stdout.trim() || `exit ${String(r.exitCode)}`;
        return { problems: r.exitCode === 0 && state === 'active' ? [] : [`${unit} is ${state}`] };
    }, {
        timeoutMs: Math.min(options.activeWithinMs ?? ACTIVE_WITHIN_MS, ctx.run.budget(ACTIVE_WITHIN_MS)),
        intervalMs: ctx.intervalMs,
        signal: ctx.run.deps.signal,
        what: `${unit} active`,
    });
    if (!active.ok) {
        throw new Error(`restarted ${unit} but it is not active after ${(0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(active.ms)}: ${active.problems[0] ?? ''}`);
    }
    return `restarted ${unit} (${target}): active again after ${(0,_lookup_js__WEBPACK_IMPORTED_MODULE_3__/* .seconds */ .YA)(active.ms)}`;
}
/** The `restart` action; `options` are for tests. */
function restartAction(options = {}) {
    return { name: 'restart', run: (ctx, arg) => restartKuryrUnit(ctx, arg, options) };
}
/** The `restart` action as the registry holds it. */
const restartKuryrAction = restartAction();


/***/ }),

/***/ 83121:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ securityGroupRuleAction),
/* harmony export */   u: () => (/* binding */ removeAddedRules)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84704);
/* harmony import */ var _pod_network_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28808);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62641);
/* harmony import */ var _lookup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82524);




/** Rule ids the scenario's steps created, to delete at its end. */
const CREATED = new WeakMap();
/** The security group ids of the Neutron ports of `workload`'s pods (in their namespace's pod network). */
async function podGroups(ctx, client, workload) {
    const w = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .workloadOf */ .Rc)(ctx, workload);
    const options = await (0,_pod_network_js__WEBPACK_IMPORTED_MODULE_3__/* .withNamespaceNetwork */ .yn)((0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .kubectlOf */ .IZ)(ctx, w), (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .portOptionsOf */ .HF)(ctx, w));
    const ports = await client.portListLong({ network: options.names.podNetwork });
    const groups = new Set();
    for (const pod of w.pods) {
        const mine = (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .portsOfPod */ .x)(ports, w.namespace, pod.metadata.name, pod.podIP);
        if (mine.length === 0)
            throw new Error(`pod ${w.namespace}/${pod.metadata.name} of ${workload} has no Neutron port`);
        for (const p of mine)
            p.securityGroups.forEach((g) => groups.add(g));
    }
    if (groups.size === 0)
        throw new Error(`the ports of ${workload}'s pods have no security group to add a rule to`);
    return [...groups].sort();
}
/** The `security-group-rule` action. */
const securityGroupRuleAction = {
    name: 'security-group-rule',
    validate(arg) {
        if (arg.port !== undefined && arg.protocol === 'icmp')
            return [{ path: ['security-group-rule', 'port'], message: "'port' applies to tcp and udp only, not icmp" }];
        return [];
    },
    async run(ctx, arg) {
        const client = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .needCloud */ .wk)(ctx, 'security-group-rule');
        await ctx.refresh();
        const sources = (0,_lookup_js__WEBPACK_IMPORTED_MODULE_2__/* .workloadOf */ .Rc)(ctx, arg.from).pods.flatMap((p) => (p.podIP === undefined ? [] : [p.podIP]));
        if (sources.length === 0)
            throw new Error(`workload ${arg.from} has no running pod with an address to admit`);
        const groups = await podGroups(ctx, client, arg.to);
        const created = CREATED.get(ctx) ?? [];
        CREATED.set(ctx, created);
        let added = 0;
        for (const group of groups) {
            for (const ip of [...new Set(sources)]) {
                const spec = { protocol: arg.protocol, remoteIp: `${ip}/32` };
                if (arg.port !== undefined)
                    spec.dstPort = arg.port;
                const r = await client.ensureSecurityGroupRule(group, spec);
                if (r.created) {
                    created.push(r.rule.id);
                    added += 1;
                }
            }
        }
        const what = `${arg.protocol}${arg.port === undefined ? '' : `/${arg.port}`}`;
        return `added ${added} ingress ${what} rule(s) from ${[...new Set(sources)].join(', ')} to security group(s) ${groups.join(', ')} of ${arg.to}'s ports`;
    },
};
/** Deletes the rules the scenario's `security-group-rule` steps made; a failure is a warning naming the rule ids. */
async function removeAddedRules(ctx) {
    const ids = CREATED.get(ctx);
    if (!ids || ids.length === 0)
        return;
    CREATED.delete(ctx);
    const client = ctx.run.deps.client;
    if (!client)
        return;
    for (const id of ids) {
        try {
            await client.securityGroupRuleDelete(id);
        }
        catch (err) {
            ctx.run.deps.logger.warning(`could not delete security group rule ${id}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u1)(err)}`);
        }
    }
    ctx.run.deps.logger.info(`deleted ${ids.length} security group rule(s) the scenario added`);
}


/***/ }),

/***/ 31461:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ STEP_EXPECTATIONS)
});

;// CONCATENATED MODULE: ./build/kube/steps/expect/controller-stable.js
/** The unit of Kuryr's controller on a DevStack host. */
const CONTROLLER_UNIT = 'devstack@kuryr-kubernetes';
/** Parses `KEY=VALUE` lines of `systemctl show -p ...` (in whatever order systemd prints them). */
function parseUnitState(text) {
    const props = new Map();
    for (const line of text.split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0)
            props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    return {
        activeState: props.get('ActiveState') ?? '',
        mainPid: props.get('MainPID') ?? '',
        nRestarts: props.get('NRestarts'),
    };
}
const BASELINES = new WeakMap();
async function readState(ctx) {
    if (ctx.run.settings.mode === 'nested')
        throw new Error(`controller-stable: in nested mode ${CONTROLLER_UNIT} runs in the trunk VM, out of the runner's reach`);
    const runner = ctx.run.deps.hostRunner;
    if (!runner)
        throw new Error('controller-stable needs a command runner on the host; this run was given none');
    const r = await runner.run('systemctl', ['show', '-p', 'NRestarts,ActiveState,MainPID', CONTROLLER_UNIT], {
        timeoutMs: 30_000,
        label: 'systemctl',
    });
    return parseUnitState(r.stdout);
}
function describe(s) {
    return `${s.activeState || '?'}, MainPID ${s.mainPid || '?'}${s.nRestarts === undefined ? '' : `, NRestarts ${s.nRestarts}`}`;
}
/** Why `now` is not what `record` saw (empty when it is). */
function instability(before, now) {
    const out = [];
    if (now.activeState !== 'active')
        out.push(`${CONTROLLER_UNIT} is ${now.activeState || 'unknown'}, not active`);
    if (now.mainPid !== before.mainPid)
        out.push(`its MainPID changed from ${before.mainPid} to ${now.mainPid} (restarted)`);
    if (now.nRestarts !== before.nRestarts)
        out.push(`NRestarts went from ${before.nRestarts ?? '?'} to ${now.nRestarts ?? '?'} (crashed and restarted)`);
    return out;
}
async function check(ctx, arg) {
    let now;
    try {
        now = await readState(ctx);
    }
    catch (err) {
        return { ok: false, message: err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err) };
    }
    const evidence = [{ kind: 'systemctl-show', title: CONTROLLER_UNIT, data: now }];
    if (arg === 'record') {
        if (now.activeState !== 'active')
            return { ok: false, message: `${CONTROLLER_UNIT} is ${now.activeState || 'unknown'}, not active`, evidence };
        BASELINES.set(ctx.run, now);
        return { ok: true, message: `${CONTROLLER_UNIT} ${describe(now)} (recorded)`, convergedMs: 0 };
    }
    const before = BASELINES.get(ctx.run);
    if (!before)
        return { ok: false, message: "controller-stable: unchanged needs an earlier 'controller-stable: record'" };
    const problems = instability(before, now);
    if (problems.length === 0)
        return { ok: true, message: `${CONTROLLER_UNIT} unchanged since recorded (${describe(now)})`, convergedMs: 0 };
    return {
        ok: false,
        message: problems.join('; '),
        evidence: [{ kind: 'systemctl-show', title: `${CONTROLLER_UNIT} when recorded`, data: before }, ...evidence],
    };
}
/** The controller-stable expectation. */
const controllerStable = {
    name: 'controller-stable',
    validate(arg) {
        return arg === 'record' || arg === 'unchanged'
            ? []
            : [{ path: [], message: `controller-stable takes 'record' or 'unchanged', not '${String(arg)}'` }];
    },
    check: (ctx, arg) => check(ctx, arg),
};

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/kube/executor.js + 2 modules
var executor = __webpack_require__(97578);
// EXTERNAL MODULE: ./build/kube/plan.js
var kube_plan = __webpack_require__(60917);
// EXTERNAL MODULE: ./build/kube/scenarios/pod-to-service.js
var pod_to_service = __webpack_require__(96507);
// EXTERNAL MODULE: ./build/kube/state.js
var state = __webpack_require__(62641);
// EXTERNAL MODULE: ./build/kube/steps/lookup.js
var lookup = __webpack_require__(82524);
;// CONCATENATED MODULE: ./build/kube/steps/expect/every-backend.js






/** The every-backend scenario of one service: its first TCP port over HTTP (else its first port, UDP). */
function everyBackendScenario(ctx, owned) {
    const { service } = owned;
    const port = service.ports.find((p) => p.protocol === 'TCP') ?? service.ports[0];
    const { file, line } = ctx.suite;
    return {
        name: `everyBackend ${service.metadata.name}`,
        kind: 'pod-to-service',
        to: service.metadata.name,
        protocol: port?.protocol === 'UDP' ? 'udp' : 'http',
        ...(port === undefined ? {} : { port: port.port }),
        expect: { everyBackend: true },
        repeat: 1,
        file,
        line,
        endLine: line,
    };
}
/** Plans, sends and judges one service's every-backend probes against the workload's current ready pods. */
async function probeService(ctx, owned) {
    const w = owned.workload;
    const scenario = everyBackendScenario(ctx, owned);
    const pods = [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    const facts = { namespace: w.namespace, pods, services: new Map(w.services), vars: {} };
    const plan = (0,kube_plan/* planProbes */.RY)(ctx.suite, scenario, facts, ctx.run.probeId, pod_to_service/* podToService */.E);
    let verdicts = [];
    if (!plan.error && !plan.skip) {
        const probes = plan.rounds.flat();
        const sent = await (0,executor/* runProbes */.j)((0,lookup/* kubectlOf */.IZ)(ctx, w), probes, {
            mode: ctx.run.settings.execMode,
            expectationOf: () => plan.expectation,
        });
        ctx.run.stats.execs += sent.stats.execs;
        ctx.run.stats.retries += sent.stats.retries;
        verdicts = sent.verdicts;
    }
    return { owned, result: (0,kube_plan/* evaluateScenario */.mI)(plan, verdicts), expected: plan.everyBackend ?? [] };
}
async function checkAll(ctx, services) {
    await ctx.refresh();
    const problems = [];
    const value = [];
    for (const name of services) {
        const owned = (0,lookup/* serviceOf */.z5)(ctx, name);
        if (!owned) {
            problems.push(`service ${name} is not deployed`);
            continue;
        }
        const about = `service ${name} (workload ${owned.workload.namespace}/${owned.workload.name})`;
        try {
            const probed = await probeService(ctx, owned);
            value.push(probed);
            if (probed.result?.status !== 'passed')
                problems.push(`${about}: ${probed.result?.message ?? 'not probed'}`);
        }
        catch (err) {
            ctx.run.checkCancelled();
            problems.push(`${about}: ${(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? ''}`);
            value.push({ owned, expected: [] });
        }
    }
    return { problems, value };
}
async function evidenceOf(ctx, probed) {
    const out = [];
    for (const p of probed) {
        const svc = p.owned.service.metadata.name;
        const seen = p.result?.backendsSeen ?? [];
        out.push({ kind: 'backends', title: `backends of service ${svc}`, data: { expected: p.expected, seen } });
        const failures = (p.result?.failures ?? []).slice(0, 20).map(({ probe, ...v }) => ({
            from: probe.source,
            to: probe.target,
            host: probe.host,
            port: probe.port,
            observed: v.observed,
            exitCode: v.exitCode,
            stderr: v.stderr,
            body: v.body,
        }));
        if (failures.length > 0)
            out.push({ kind: 'probes', title: `failing probes to service ${svc}`, data: failures });
        const { workload: w, service } = p.owned;
        out.push(...(await (0,state/* collectEvidence */.mE)(ctx.run.deps, { pods: w.pods, services: [service], options: (0,lookup/* portOptionsOf */.HF)(ctx, w) })));
    }
    return out;
}
/** The `everyBackend` expectation. */
const everyBackendExpectation = {
    name: 'everyBackend',
    async check(ctx, arg, deadline) {
        const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, `every backend of ${arg.join(', ')}`, () => checkAll(ctx, arg));
        const probed = outcome.value ?? [];
        if (outcome.ok) {
            const counts = probed.map((p) => `${p.owned.service.metadata.name}: ${p.expected.length}`);
            return {
                ok: true,
                message: `every ready pod answered through its service (${counts.join(', ')}) after ${(0,lookup/* seconds */.YA)(outcome.ms)}`,
                convergedMs: outcome.ms,
            };
        }
        return {
            ok: false,
            message: `not every backend reached in ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
            details: outcome.problems.join('\n'),
            evidence: await evidenceOf(ctx, probed),
        };
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/expect/members.js


/** The members table of a load balancer (evidence): per pool, the expected members next to the actual ones. */
function membersTable(owned, tree) {
    const { workload: w, service } = owned;
    const pools = (tree?.listeners ?? []).flatMap((l) => l.pools.map((p) => {
        const targetPort = service.ports.find((x) => l.name.endsWith(`:${x.protocol}:${x.port}`))?.targetPort;
        return {
            pool: p.name,
            status: p.provisioningStatus,
            expected: w.pods.map((pod) => `${w.namespace}/${pod.metadata.name}:${String(targetPort ?? '?')} ${pod.podIP ?? ''}`),
            members: p.members.map((m) => ({
                name: m.name,
                address: m.address,
                port: m.protocolPort,
                status: m.provisioningStatus,
            })),
        };
    }));
    const status = tree?.provisioningStatus ?? 'missing';
    return { loadBalancer: `${w.namespace}/${service.metadata.name}`, status, readyPods: w.pods.length, pools };
}
async function members_checkAll(ctx, client, services) {
    await ctx.refresh();
    const problems = [];
    const value = [];
    for (const name of services) {
        const owned = (0,lookup/* serviceOf */.z5)(ctx, name);
        if (!owned) {
            problems.push(`service ${name} is not deployed`);
            continue;
        }
        const w = owned.workload;
        const about = `service ${name} (workload ${w.namespace}/${w.name}, ${w.pods.length} ready pod(s))`;
        try {
            const r = await (0,state/* checkLoadBalancer */.pe)(client, w.namespace, owned.service, w.pods);
            problems.push(...r.problems.map((p) => `${about}: ${p}`));
            value.push({ owned, tree: r.value });
        }
        catch (err) {
            problems.push(`${about}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
            value.push({ owned });
        }
    }
    return { problems, value };
}
async function members_evidenceOf(ctx, checked) {
    const out = [];
    for (const c of checked) {
        const title = `load balancer members of ${c.owned.workload.namespace}/${c.owned.service.metadata.name}`;
        out.push({ kind: 'state', title, data: membersTable(c.owned, c.tree) });
        out.push(...(await (0,state/* collectEvidence */.mE)(ctx.run.deps, {
            pods: c.owned.workload.pods,
            services: [c.owned.service],
            options: (0,lookup/* portOptionsOf */.HF)(ctx, c.owned.workload),
        })));
    }
    return out;
}
/** The `members` expectation. */
const membersExpectation = {
    name: 'members',
    async check(ctx, arg, deadline) {
        const client = ctx.run.deps.client;
        if (!client)
            return { ok: false, message: 'members: checking load balancer members needs the OpenStack cloud' };
        const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, `members of ${arg.join(', ')}`, () => members_checkAll(ctx, client, arg));
        const checked = outcome.value ?? [];
        if (outcome.ok) {
            const counts = checked.map((c) => `${c.owned.service.metadata.name}: ${c.owned.workload.pods.length}`);
            return {
                ok: true,
                message: `load balancer members == ready pods (${counts.join(', ')}) after ${(0,lookup/* seconds */.YA)(outcome.ms)}`,
                convergedMs: outcome.ms,
            };
        }
        return {
            ok: false,
            message: `members not converged in ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
            details: outcome.problems.join('\n'),
            evidence: await members_evidenceOf(ctx, checked),
        };
    },
};

;// CONCATENATED MODULE: ./build/kube/steps/expect/pods.js
/** `pods: {workload: N}`: the workload has N ready pods (with an IP), re-read each poll until the step's deadline. */


async function pods_checkAll(ctx, wanted) {
    await ctx.refresh();
    const problems = [];
    for (const [name, n] of Object.entries(wanted)) {
        const w = ctx.workloads.get(name);
        if (!w) {
            problems.push(`workload ${name} is not deployed`);
            continue;
        }
        if (w.pods.length === n)
            continue;
        const ready = w.pods.map((p) => p.metadata.name).join(', ') || 'none';
        problems.push(`workload ${w.namespace}/${w.name}: ${w.pods.length} ready pod(s), expected ${n} (ready: ${ready})`);
    }
    return { problems };
}
/** The `pods` expectation. */
const podsExpectation = {
    name: 'pods',
    async check(ctx, arg, deadline) {
        const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, 'ready pods', () => pods_checkAll(ctx, arg));
        const counts = Object.entries(arg).map(([w, n]) => `${w}: ${n}`);
        if (outcome.ok) {
            return {
                ok: true,
                message: `ready pods ${counts.join(', ')} after ${(0,lookup/* seconds */.YA)(outcome.ms)}`,
                convergedMs: outcome.ms,
            };
        }
        const evidence = [];
        for (const name of Object.keys(arg)) {
            const w = ctx.workloads.get(name);
            if (!w)
                continue;
            // every live pod, ready or not: the ones that are not ready are the point
            const pods = await (0,state/* workloadPods */.wX)((0,lookup/* kubectlOf */.IZ)(ctx, w), w.name).catch(() => w.pods);
            evidence.push(...(await (0,state/* collectEvidence */.mE)(ctx.run.deps, { pods, services: [], options: (0,lookup/* portOptionsOf */.HF)(ctx, w) })));
        }
        return {
            ok: false,
            message: `ready pods not reached in ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
            details: outcome.problems.join('\n'),
            evidence,
        };
    },
};

// EXTERNAL MODULE: ./build/runtime/cancel.js
var cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/kube/kubectl.js
var kube_kubectl = __webpack_require__(29690);
// EXTERNAL MODULE: ./build/kube/types.js
var types = __webpack_require__(90293);
;// CONCATENATED MODULE: ./build/kube/steps/expect/policy-objects.js
/**
 * `policy-objects {policy: KEY, present: bool}`: whether what Kuryr's policy driver made for the suite policy KEY
 * exists: its KuryrNetworkPolicy `<ns>/KEY` (`kubectl get kuryrnetworkpolicies`) and its Neutron security group
 * `sg-<ns>-KEY` (the name Kuryr gives it). `present: false` holds when both are gone (after `delete-policy` or
 * `delete-namespace`), `present: true` when both exist. Polls until the deadline. The cloud user must see Kuryr's
 * project (an admin does): assert `present: true` first in a scenario, so that a group it cannot see is not taken
 * for a deleted one.
 */



/** The Neutron security group name Kuryr's policy driver gives a policy. */
function policyGroupName(namespace, policy) {
    return `sg-${namespace}-${policy}`;
}
function policyNamespace(ctx, key) {
    const policies = ctx.suite.policies ?? {};
    const p = policies[key];
    if (!p)
        throw new Error(`no policy '${key}' in the suite`);
    const ns = ctx.namespaces.get(p.namespace ?? '');
    if (ns === undefined)
        throw new Error(`namespace '${p.namespace ?? ''}' of policy '${key}' was not created`);
    return ns;
}
async function look(ctx, ns, key) {
    const { kubectl, client } = ctx.run.deps;
    if (!client)
        throw new Error('policy-objects needs the OpenStack cloud (os-cloud)');
    let knp;
    try {
        const out = await kubectl.run(['-n', ns, 'get', 'kuryrnetworkpolicies', key, '-o', 'json'], { namespaced: false });
        knp = (0,types/* parseKubeJson */.Vb)('get kuryrnetworkpolicies', out);
    }
    catch (err) {
        if (!(0,kube_kubectl/* isKubeNotFound */.L)(err))
            throw err;
    }
    const name = policyGroupName(ns, key);
    const rows = await client.securityGroupList();
    return { knp, groups: rows.filter((g) => g.name === name) };
}
function problems(seen, ns, key, present) {
    const out = [];
    const group = policyGroupName(ns, key);
    if (present && !seen.knp)
        out.push(`no KuryrNetworkPolicy ${ns}/${key}`);
    if (!present && seen.knp)
        out.push(`KuryrNetworkPolicy ${ns}/${key} still exists`);
    if (present && seen.groups.length === 0)
        out.push(`no security group ${group}`);
    if (!present && seen.groups.length > 0)
        out.push(`security group ${group} still exists (${seen.groups.map((g) => g.id).join(', ')})`);
    return out;
}
async function policy_objects_check(ctx, arg, deadline) {
    const ns = policyNamespace(ctx, arg.policy);
    const started = Date.now();
    let last = { problems: [] };
    for (;;) {
        try {
            const seen = await look(ctx, ns, arg.policy);
            last = { seen, problems: problems(seen, ns, arg.policy, arg.present) };
        }
        catch (err) {
            if (ctx.run.deps.signal?.aborted)
                throw err;
            last = { problems: [err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)] };
        }
        const convergedMs = Date.now() - started;
        const what = `KuryrNetworkPolicy ${ns}/${arg.policy} and security group ${policyGroupName(ns, arg.policy)}`;
        if (last.problems.length === 0) {
            const state = arg.present ? 'exist' : 'are gone';
            return { ok: true, message: `${what} ${state} (${(convergedMs / 1000).toFixed(1)} s)`, convergedMs };
        }
        if (Date.now() + ctx.intervalMs > deadline) {
            return {
                ok: false,
                message: `${what}: ${last.problems.join('; ')} after ${(convergedMs / 1000).toFixed(1)} s`,
                evidence: [
                    { kind: 'kuryrnetworkpolicy', title: `${ns}/${arg.policy}`, data: last.seen?.knp ?? null },
                    { kind: 'security-groups', title: policyGroupName(ns, arg.policy), data: last.seen?.groups ?? [] },
                ],
            };
        }
        await (0,cancel/* sleepUnlessAborted */.bp)(ctx.intervalMs, ctx.run.deps.signal);
    }
}
/** The policy-objects expectation. */
const policyObjects = {
    name: 'policy-objects',
    validate(arg, doc) {
        const policies = doc.policies ?? {};
        const out = [];
        if (typeof arg?.policy !== 'string' || !Object.hasOwn(policies, arg.policy))
            out.push({
                path: ['policy'],
                message: `'${String(arg?.policy)}' is not a key of the suite's policies (known: ${Object.keys(policies).join(', ') || 'none'})`,
            });
        if (typeof arg?.present !== 'boolean')
            out.push({ path: ['present'], message: 'present must be true or false' });
        return out;
    },
    check: policy_objects_check,
};

// EXTERNAL MODULE: ./build/kube/pod-network.js
var pod_network = __webpack_require__(28808);
;// CONCATENATED MODULE: ./build/kube/steps/expect/ports.js




/** True when `name` has the shape of a pod name of Deployment `workload` (`<workload>-<hash>-<suffix>`). */
function isPodNameOf(workload, name) {
    if (!name.startsWith(`${workload}-`))
        return false;
    return /^[a-z0-9]{1,10}-[a-z0-9]{5}$/.test(name.slice(workload.length + 1));
}
/** The pod a port is named after in `namespace` (`<pod>` or `<namespace>/<pod>`), or undefined. */
function podOfPort(port, namespace) {
    const slash = port.name.indexOf('/');
    if (slash < 0)
        return port.name;
    return port.name.slice(0, slash) === namespace ? port.name.slice(slash + 1) : '';
}
/** The workload's port options; with Kuryr's namespace driver its pods' network is the namespace's KuryrNetwork's. */
function optionsOf(ctx, w) {
    return (0,pod_network/* withNamespaceNetwork */.yn)(ctx.run.deps.kubectl, (0,lookup/* portOptionsOf */.HF)(ctx, w));
}
/** Ports named after a pod of the workload that is gone, and still bound to it (not back in the pool). */
async function leftovers(ctx, client, w, ports) {
    const live = new Set((await (0,state/* workloadPods */.wX)((0,lookup/* kubectlOf */.IZ)(ctx, w), w.name)).map((p) => p.metadata.name));
    const out = [];
    for (const port of ports) {
        const pod = podOfPort(port, w.namespace);
        if (!isPodNameOf(w.name, pod) || live.has(pod))
            continue;
        const { deviceId } = await client.portShow(port.id);
        // back in Kuryr's pool: unbound (nested subports carry no device_id at all, so there it proves nothing)
        if (deviceId === '' && ctx.run.settings.mode === 'baremetal')
            continue;
        out.push({ port, pod, deviceId });
    }
    return out;
}
async function checkWorkload(ctx, client, w) {
    const options = await optionsOf(ctx, w);
    const about = `workload ${w.namespace}/${w.name}`;
    const r = await (0,state/* checkPorts */.v5)(client, w.pods, options);
    const ports = r.value ?? [];
    const problems = r.problems.map((p) => `${about}: ${p}`);
    const rows = w.pods.map((pod) => {
        const port = (0,state/* portsOfPod */.x)(ports, w.namespace, pod.metadata.name, pod.podIP)[0];
        const ips = port?.fixedIps.map((f) => f.ipAddress).join(', ');
        return { pod: pod.metadata.name, podIP: pod.podIP, port: port?.name, portId: port?.id, ips, status: port?.status };
    });
    for (const left of await leftovers(ctx, client, w, ports)) {
        const ips = left.port.fixedIps.map((f) => f.ipAddress).join(', ');
        const bound = left.deviceId === '' ? '' : ` (device_id ${left.deviceId})`;
        problems.push(`${about}: port ${left.port.name} (${left.port.id}, ${ips}) is still bound${bound} though pod ${left.pod} is gone`);
        rows.push({
            pod: left.pod,
            port: left.port.name,
            portId: left.port.id,
            ips,
            status: left.port.status,
            note: 'pod gone, port not released',
        });
    }
    return { problems, checked: { workload: w, options, rows } };
}
/** True when the suite's workload `name` has `hostNetwork: true`. */
function onHostNetwork(ctx, name) {
    const { workload, workloads } = ctx.suite;
    const spec = workloads?.find((x) => x.name === name) ?? ((workload?.name ?? 'demo') === name ? workload : undefined);
    return spec?.hostNetwork === true;
}
async function ports_checkAll(ctx, client) {
    await ctx.refresh();
    const problems = [];
    const value = [];
    for (const w of ctx.workloads.values()) {
        if (onHostNetwork(ctx, w.name))
            continue; // its pods have the node's address and no Kuryr port
        try {
            const r = await checkWorkload(ctx, client, w);
            problems.push(...r.problems);
            value.push(r.checked);
        }
        catch (err) {
            problems.push(`workload ${w.namespace}/${w.name}: ${(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? ''}`);
        }
    }
    return { problems, value };
}
async function ports_evidenceOf(ctx, checked) {
    const out = [];
    for (const c of checked) {
        const title = `Neutron ports of ${c.workload.namespace}/${c.workload.name}`;
        out.push({ kind: 'state', title, data: c.rows });
        out.push(...(await (0,state/* collectEvidence */.mE)(ctx.run.deps, { pods: c.workload.pods, services: [], options: c.options })));
    }
    return out;
}
/** The `ports` expectation (argument: `true`). */
const portsExpectation = {
    name: 'ports',
    validate(arg) {
        return arg === true ? [] : [{ path: [], message: 'ports takes true (leave it out not to check)' }];
    },
    async check(ctx, _arg, deadline) {
        const client = ctx.run.deps.client;
        if (!client)
            return { ok: false, message: 'ports: checking Neutron ports needs the OpenStack cloud' };
        const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, 'one ACTIVE port per ready pod', () => ports_checkAll(ctx, client));
        const checked = outcome.value ?? [];
        if (outcome.ok) {
            const counts = checked.map((c) => `${c.workload.name}: ${c.workload.pods.length}`);
            return {
                ok: true,
                message: `one ACTIVE port per ready pod, none left for gone pods (${counts.join(', ')}) after ${(0,lookup/* seconds */.YA)(outcome.ms)}`,
                convergedMs: outcome.ms,
            };
        }
        return {
            ok: false,
            message: `ports not converged in ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`,
            details: outcome.problems.join('\n'),
            evidence: await ports_evidenceOf(ctx, checked),
        };
    },
};

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/runtime/wait.js
var wait = __webpack_require__(21166);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/kube/steps/actions/policy-state.js
var policy_state = __webpack_require__(48112);
// EXTERNAL MODULE: ./build/kube/classify.js
var classify = __webpack_require__(94892);
;// CONCATENATED MODULE: ./build/kube/steps/expect/reachability-plan.js
/**
 * Planning a reachability matrix: each cell's endpoints resolved against the deployed workloads (`<workload>` = all
 * its ready pods, `<workload>/<n>` = its n-th pod, `service:<name>` = the ClusterIP and service port,
 * `service:<name>@external` = its LoadBalancer IP, `host` = the runner, `node` = every node's InternalIP, which in
 * nested mode is the trunk VM), one probe per source and destination, and the expectation of the cell (allowed: the
 * demo server answers, or the node answers the ping; denied: every probe times out).
 */


/** The source name of probes sent from the runner (no pod name contains `@`). */
const HOST_SOURCE = '@host';
/** The pod port probed when the cell does not go through a service. */
function defaultPort(spec) {
    const protocol = spec.protocol ?? 'http';
    if (protocol === 'icmp')
        return undefined;
    return spec.port ?? (protocol === 'udp' ? 9090 : 8080);
}
function podsOf(ctx, end) {
    const [name = '', index] = end.split('/');
    const w = ctx.workloads.get(name);
    if (!w)
        return { error: `no workload '${name}'` };
    const pods = [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    if (index === undefined) {
        return pods.length > 0
            ? { pods: pods.map((pod) => ({ pod, namespace: w.namespace })) }
            : { error: `workload '${name}' has no ready pod` };
    }
    const pod = pods[Number(index)];
    if (!pod)
        return { error: `workload '${name}' has ${pods.length} ready pod(s), no pod ${index}` };
    return { pods: [{ pod, namespace: w.namespace }] };
}
/** Where probes go for a `service:` target: host, port and display name, or why it cannot be probed. */
function serviceTarget(ctx, to, protocol) {
    const m = /^service:([^@]+)(@external)?$/.exec(to);
    const name = m?.[1] ?? '';
    const svc = [...ctx.workloads.values()].map((w) => w.services.get(name)).find((s) => s !== undefined);
    if (!svc)
        return { error: `no service '${name}'` };
    const host = m?.[2] ? svc.loadBalancerIP : svc.clusterIP;
    if (host === undefined)
        return { error: `service '${name}' has no ${m?.[2] ? 'external IP' : 'cluster IP'}` };
    if (protocol === 'icmp')
        return { host, target: to };
    const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
    const port = svc.ports.find((p) => p.protocol === wanted);
    if (!port)
        return { error: `service '${name}' has no ${wanted} port` };
    return { host, port: port.port, target: to };
}
/** The expectation of a cell's probes. */
function cellExpectation(cell, protocol) {
    if (cell.result === 'denied')
        return { outcome: 'timeout' };
    const demo = protocol === 'http' || protocol === 'udp';
    return { outcome: 'ok', body: demo ? classify/* DEMO_REPLY */.n$ : undefined };
}
/** The destination word for the cluster's nodes (their InternalIP; in nested mode the trunk VM). */
const NODE_TARGET = 'node';
/** Plans every cell of the matrix; `nodes` are the addresses `to: node` probes. */
function planCells(ctx, spec, nodes = []) {
    const protocol = spec.protocol ?? 'http';
    return spec.matrix.map((cell, i) => {
        const key = `cell${i}`;
        const plan = { spec: cell, key, probes: [], expectation: cellExpectation(cell, protocol), pods: [] };
        const base = { caseId: key, protocol, connectTimeoutS: kube_plan/* DEFAULT_CONNECT_S */.Re, maxTimeS: kube_plan/* DEFAULT_MAX_S */.nN };
        const sources = cell.from === 'host' ? { pods: [] } : podsOf(ctx, cell.from);
        if ('error' in sources)
            return { ...plan, error: sources.error };
        const from = cell.from === 'host' ? [HOST_SOURCE] : sources.pods.map((p) => p.pod.metadata.name);
        plan.pods.push(...sources.pods);
        if (cell.to === NODE_TARGET) {
            if (nodes.length === 0)
                return { ...plan, error: 'no node with an InternalIP address' };
            plan.probes = from.flatMap((source) => nodes.map((n) => ({ ...base, source, host: n.ip, port: defaultPort(spec), target: `node ${n.name}` })));
            return plan;
        }
        if (cell.to.startsWith('service:')) {
            const t = serviceTarget(ctx, cell.to, protocol);
            if ('error' in t)
                return { ...plan, error: t.error };
            plan.probes = from.map((source) => ({ ...base, source, host: t.host, port: t.port, target: t.target }));
            return plan;
        }
        const dest = podsOf(ctx, cell.to);
        if ('error' in dest)
            return { ...plan, error: dest.error };
        plan.pods.push(...dest.pods.filter((d) => !plan.pods.some((p) => p.pod === d.pod)));
        for (const source of from) {
            for (const { pod } of dest.pods) {
                if (pod.metadata.name === source || pod.podIP === undefined)
                    continue;
                const allowedDemo = cell.result === 'allowed' && (protocol === 'http' || protocol === 'udp');
                plan.probes.push({
                    ...base,
                    source,
                    host: pod.podIP,
                    port: defaultPort(spec),
                    target: pod.metadata.name,
                    ...(allowedDemo ? { expectPod: pod.metadata.name } : {}),
                });
            }
        }
        if (plan.probes.length === 0)
            return { ...plan, error: `no probe: ${cell.from} -> ${cell.to} has no pair of distinct pods` };
        return plan;
    });
}

;// CONCATENATED MODULE: ./build/kube/steps/expect/reachability-evidence.js
/**
 * The evidence of a reachability matrix that did not converge: the mismatching cells as a matrix and their failing
 * probes, the NetworkPolicies in force (YAML), Kuryr's KuryrNetworkPolicy objects of the namespaces involved, and
 * each involved pod's Neutron port with its security groups and their rules. Never throws: a part that cannot be
 * read says why in its place.
 */





const firstLines = (err) => (0,errors/* getErrorMessage */.u1)(err).split('\n').slice(0, 3).join('\n');
function matrix(results, protocol) {
    const bad = results.filter((r) => !r.ok);
    const cells = bad.map((r) => ({
        from: r.plan.spec.from,
        to: r.plan.spec.to,
        protocol,
        expected: r.plan.spec.result,
        observed: r.observed,
        passed: false,
    }));
    const probes = bad.flatMap((r) => r.verdicts
        .filter((v) => !v.passed)
        .slice(0, 10)
        .map(({ probe: p, ...v }) => ({
        cell: `${r.plan.spec.from} -> ${r.plan.spec.to}`,
        from: p.source === HOST_SOURCE ? 'host' : p.source,
        to: p.target,
        host: p.host,
        port: p.port,
        observed: v.observed,
        exitCode: v.exitCode,
        stderr: v.stderr,
    })));
    return [
        { kind: 'reachability', title: 'mismatching cells (expected vs observed)', data: cells },
        { kind: 'probes', title: 'failing probes', data: probes },
    ];
}
/** `kubectl get knp -n NS -o yaml` for each namespace; a cluster without the kind says so. */
async function knps(ctx, namespaces) {
    const out = [];
    for (const ns of namespaces) {
        const title = `kubectl get knp -n ${ns} -o yaml`;
        try {
            out.push({
                kind: 'kuryr-crd',
                title,
                data: await ctx.run.deps.kubectl.inNamespace(ns).run(['get', 'knp', '-o', 'yaml']),
            });
        }
        catch (err) {
            out.push({ kind: 'kuryr-crd', title, data: { error: `KuryrNetworkPolicy not readable: ${firstLines(err)}` } });
        }
    }
    return out;
}
/** Each pod's Neutron port with its security groups (name, id, rules). */
async function ports(ctx, pods) {
    const { client } = ctx.run.deps;
    if (!client || pods.length === 0)
        return [];
    let all;
    try {
        all = await client.portListLong();
    }
    catch (err) {
        return [{ kind: 'neutron-ports', title: 'Neutron ports of the pods', data: { error: firstLines(err) } }];
    }
    const rows = [];
    for (const { pod, namespace } of pods.slice(0, 10)) {
        const port = (0,state/* portsOfPod */.x)(all, namespace, pod.metadata.name, pod.podIP)[0];
        if (!port) {
            rows.push({ pod: `${namespace}/${pod.metadata.name}`, ip: pod.podIP, port: null });
            continue;
        }
        const ids = port.securityGroups.length > 0 ? port.securityGroups : await client.portSecurityGroupIds(port.id).catch(() => []);
        const groups = [];
        for (const id of ids) {
            const name = await client.securityGroupShow(id).then((g) => g.name, () => '');
            const rules = await client.securityGroupRuleList(id).catch((err) => ({ error: firstLines(err) }));
            groups.push({ id, name, rules });
        }
        const { id, name, status, fixedIps } = port;
        rows.push({
            pod: `${namespace}/${pod.metadata.name}`,
            ip: pod.podIP,
            port: { id, name, status, fixedIps },
            securityGroups: groups,
        });
    }
    return [{ kind: 'neutron-ports', title: "pods' Neutron ports, their security groups and rules", data: rows }];
}
/** Everything that explains a matrix that did not converge. */
async function reachabilityEvidence(ctx, results, protocol) {
    const out = matrix(results, protocol);
    const policies = [...(0,policy_state/* appliedPolicies */.Q)(ctx).values()];
    out.push({
        kind: 'network-policies',
        title: 'NetworkPolicies in force (as applied)',
        data: policies.length === 0
            ? '# none applied by this scenario\n'
            : policies.map((p) => (0,dist/* stringify */.As)(p.manifest)).join('---\n'),
    });
    const bad = results.filter((r) => !r.ok);
    const pods = bad.flatMap((r) => r.plan.pods).filter((p, i, a) => a.findIndex((q) => q.pod === p.pod) === i);
    const namespaces = [...new Set([...pods.map((p) => p.namespace), ...policies.map((p) => p.namespace)])].sort();
    out.push(...(await knps(ctx, namespaces)));
    out.push(...(await ports(ctx, pods)));
    return out;
}

;// CONCATENATED MODULE: ./build/kube/steps/expect/reachability.js







/** Default convergence budget of a matrix. */
const DEFAULT_WITHIN = '60s';
function observedOf(verdicts) {
    const counts = new Map();
    for (const v of verdicts)
        counts.set(v.observed, (counts.get(v.observed) ?? 0) + 1);
    if (counts.size === 1)
        return [...counts.keys()][0] ?? '';
    return [...counts].map(([k, n]) => `${k} ${n}/${verdicts.length}`).join(', ');
}
/** Why a probe of the cell did not match, in the words of policies. */
function reasonOf(plan, v) {
    const p = v.probe;
    const where = `${p.source === HOST_SOURCE ? 'host' : p.source} -> ${p.target} (${p.protocol} ${p.host}${p.port === undefined ? '' : `:${p.port}`})`;
    if (plan.spec.result === 'denied' && v.observed === 'refused') {
        return `${where}: refused, expected a timeout: a NetworkPolicy drops packets, it does not refuse them (the packet reached something that answered)`;
    }
    if (plan.spec.result === 'denied' && v.observed === 'ok')
        return `${where}: answered, expected denied (no policy drops it)`;
    if (plan.spec.result === 'allowed' && v.observed === 'timeout')
        return `${where}: timed out, expected allowed (dropped)`;
    return `${where}: ${v.reason ?? v.observed}`;
}
/** Judges each cell from one round's verdicts. */
function judgeCells(plans, verdicts) {
    return plans.map((plan) => {
        if (plan.error)
            return { plan, ok: false, observed: 'not probed', reason: plan.error, verdicts: [] };
        const mine = verdicts.filter((v) => v.probe.caseId === plan.key);
        const bad = mine.find((v) => !v.passed);
        const ok = mine.length > 0 && bad === undefined;
        return { plan, ok, observed: observedOf(mine), reason: bad ? reasonOf(plan, bad) : undefined, verdicts: mine };
    });
}
/** The matrix as the summary renders it. */
function matrixCells(results, protocol) {
    return results.map((r) => ({
        from: r.plan.spec.from,
        to: r.plan.spec.to,
        protocol,
        expected: r.plan.spec.result,
        observed: r.observed,
        passed: r.ok,
    }));
}
/** Sends each probe through its source's kubectl (its namespace) or, for `host`, the runner's shell. */
function reachability_executor(ctx, plans) {
    const namespaces = new Map(plans.flatMap((c) => c.pods.map((p) => [p.pod.metadata.name, p.namespace])));
    return (source, argv, options) => {
        const host = ctx.run.deps.hostRunner;
        if (source === HOST_SOURCE && host) {
            const [cmd = 'sh', ...args] = argv;
            return host.run(cmd, args, {
                timeoutMs: options.timeoutMs,
                allowedExitCodes: command/* ANY_EXIT_CODE */._x,
                label: 'host probes',
            });
        }
        const namespace = namespaces.get(source) ?? ctx.run.settings.namespace;
        return ctx.run.deps.kubectl.inNamespace(namespace).exec(source, argv, options);
    };
}
async function round(ctx, plans, n) {
    const { run } = ctx;
    const probes = plans.flatMap((c) => c.probes.map((t) => ({ ...t, id: run.probeId(), round: n })));
    const byKey = new Map(plans.map((c) => [c.key, c.expectation]));
    const { verdicts, stats } = await (0,executor/* runProbes */.j)(run.deps.kubectl, probes, {
        mode: run.settings.execMode,
        expectationOf: (p) => byKey.get(p.caseId) ?? { outcome: 'ok' },
        exec: reachability_executor(ctx, plans),
        onRetry: (pod, attempt, why) => run.deps.logger.warning(`exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
    });
    run.stats.execs += stats.execs;
    run.stats.retries += stats.retries;
    return judgeCells(plans, verdicts);
}
/**
 * How long to wait after round `n` (1-based), which took `roundMs`, before the next one. Rounds start every
 * `intervalMs` (the first ones sooner: the state waits' ramp), counted from the start of the previous round: a round
 * with denied cells lasts at least their connect timeout, and a pause on top of it would only add to the convergence
 * time the step reports.
 */
function pauseBeforeNextRound(n, intervalMs, roundMs) {
    return (0,wait/* pauseAfterPoll */.UX)(n - 1, intervalMs, state/* STATE_RAMP_MS */.ol, roundMs);
}
/** The nodes' addresses when a cell probes `node` (read once per check: nodes do not come and go in a suite). */
async function nodeAddresses(ctx, spec) {
    if (!spec.matrix.some((c) => c.to === NODE_TARGET))
        return [];
    const nodes = await ctx.run.deps.kubectl.nodes();
    return nodes.flatMap((n) => (n.internalIP ? [{ name: n.name, ip: n.internalIP }] : []));
}
/** The plan of every cell; `host` cells fail without a host runner. */
function plan(ctx, spec, nodes) {
    const plans = planCells(ctx, spec, nodes);
    if (ctx.run.deps.hostRunner)
        return plans;
    return plans.map((c) => c.spec.from === 'host' && !c.error
        ? { ...c, error: 'probes from host need the runner (no host runner was given)' }
        : c);
}
/**
 * Probes the matrix until every cell matches or `within` (cut to `deadline`) passes.
 * @param deadline epoch ms the step runner allows
 */
async function checkReachability(ctx, spec, deadline) {
    const started = Date.now();
    const end = Math.min(deadline, started + ((0,duration/* parseDuration */.E9)(spec.within ?? DEFAULT_WITHIN) ?? 60_000));
    const protocol = `${spec.protocol ?? 'http'}${spec.port === undefined ? '' : `/${spec.port}`}`;
    const nodes = await nodeAddresses(ctx, spec);
    let plans = plan(ctx, spec, nodes);
    let results = [];
    for (let n = 1;; n++) {
        ctx.run.step(`reachability round ${n}`);
        if (n > 1 && plans.some((c) => c.error)) {
            // a cell without pods (yet): read the pods again
            await ctx.refresh();
            plans = plan(ctx, spec, nodes);
        }
        const roundStarted = Date.now();
        results = await round(ctx, plans, n);
        if (results.every((r) => r.ok)) {
            const ms = Date.now() - started;
            const evidence = [
                { kind: 'reachability', title: 'expected vs observed', data: matrixCells(results, protocol) },
            ];
            return {
                ok: true,
                message: `reachability: ${results.length} cell(s) as expected after ${(ms / 1000).toFixed(1)} s (round ${n})`,
                convergedMs: ms,
                evidence,
            };
        }
        if (Date.now() >= end)
            break;
        const pause = pauseBeforeNextRound(n, ctx.intervalMs, Date.now() - roundStarted);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(pause, end - Date.now()))));
    }
    const bad = results.filter((r) => !r.ok);
    const first = bad[0];
    const waited = ((Date.now() - started) / 1000).toFixed(0);
    return {
        ok: false,
        message: `reachability: ${bad.length} of ${results.length} cell(s) differ after ${waited} s: ${first?.plan.spec.from ?? ''} -> ${first?.plan.spec.to ?? ''} expected ${first?.plan.spec.result ?? ''}: ${first?.reason ?? ''}`,
        details: bad
            .map((r) => `${r.plan.spec.from} -> ${r.plan.spec.to}: expected ${r.plan.spec.result}, observed ${r.observed}: ${r.reason ?? ''}`)
            .join('\n'),
        evidence: await reachabilityEvidence(ctx, results, protocol),
    };
}
/** The reachability expectation. */
const reachability = {
    name: 'reachability',
    check: checkReachability,
};

;// CONCATENATED MODULE: ./build/kube/steps/expect/subnet-ports.js



const RECORDED = new WeakMap();
async function portsOfNetwork(ctx, network) {
    return (0,lookup/* needCloud */.wk)(ctx, 'subnet-ports').portListLong({ network });
}
/**
 * The network a record counts on. A namespace the scenario made moments ago may not have its network yet (Kuryr makes
 * it in the background, later still right after a controller restart); under the namespace subnet driver the record
 * waits for it rather than count the shared pod network, whose ports are not the ones the scenario means.
 */
async function networkToRecord(ctx, namespace, deadline) {
    const kubectl = ctx.run.deps.kubectl;
    const own = await (0,pod_network/* namespaceNetworkId */.Np)(kubectl, namespace);
    if (own !== undefined)
        return { network: own };
    if (!(await (0,pod_network/* namespaceDriverInUse */.CY)(kubectl)))
        return { network: ctx.run.names.podNetwork };
    const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, `the KuryrNetwork of ${namespace}`, async () => {
        const netId = await (0,pod_network/* namespaceNetworkId */.Np)(kubectl, namespace);
        return netId === undefined
            ? { problems: [`no network in the KuryrNetwork of ${namespace} yet`] }
            : { problems: [], value: netId };
    });
    if (outcome.ok && outcome.value !== undefined)
        return { network: outcome.value };
    return {
        problem: `nothing recorded for ${namespace}: the cluster runs the namespace subnet driver and Kuryr gave the namespace ` +
            `no network (KuryrNetwork ${namespace}/${namespace} with status.netId) in ${(0,lookup/* seconds */.YA)(outcome.ms)}`,
    };
}
function subnet_ports_evidenceOf(namespace, network, ports) {
    const data = ports.map((p) => ({ name: p.name, id: p.id, status: p.status, deviceOwner: p.deviceOwner }));
    return [{ kind: 'neutron-ports', title: `ports on the pod network of ${namespace} (${network})`, data }];
}
async function holdsSteady(ctx, network, want, steadyMs) {
    const until = Date.now() + steadyMs;
    while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, Math.min(ctx.intervalMs, Math.max(0, until - Date.now()))));
        ctx.run.checkCancelled();
        const now = (await portsOfNetwork(ctx, network)).length;
        if (now !== want)
            return `the count went from ${want} to ${now} within the steady ${(0,lookup/* seconds */.YA)(steadyMs)}`;
    }
    return undefined;
}
async function subnet_ports_check(ctx, arg, deadline) {
    const namespace = ctx.namespaces.get(arg.namespace ?? '') ?? ctx.run.settings.namespace;
    const recorded = RECORDED.get(ctx.run) ?? new Map();
    RECORDED.set(ctx.run, recorded);
    if (arg.record) {
        const target = await networkToRecord(ctx, namespace, deadline);
        if ('problem' in target)
            return { ok: false, message: target.problem };
        const { network } = target;
        const ports = await portsOfNetwork(ctx, network);
        recorded.set(namespace, { count: ports.length, network });
        const message = `${ports.length} port(s) on the pod network of ${namespace} (${network}) (recorded)`;
        return { ok: true, message, convergedMs: 0 };
    }
    const record = recorded.get(namespace);
    if (record === undefined) {
        return {
            ok: false,
            message: `subnet-ports: nothing recorded for ${namespace} (an earlier step needs record: true)`,
        };
    }
    const { count: base, network } = record;
    const want = base + (arg.added ?? 0);
    let last;
    const outcome = await (0,lookup/* pollUntilDeadline */._K)(ctx, deadline, `${want} ports on the pod network of ${namespace}`, async () => {
        last = await portsOfNetwork(ctx, network);
        const n = last.length;
        return { problems: n === want ? [] : [`${n} port(s), want ${want} (${base} recorded + ${arg.added ?? 0})`] };
    });
    const steadyMs = arg.steady === undefined ? 0 : ((0,duration/* parseDuration */.E9)(arg.steady) ?? 0);
    const drift = outcome.ok && steadyMs > 0 ? await holdsSteady(ctx, network, want, steadyMs) : undefined;
    if (outcome.ok && drift === undefined) {
        const steady = steadyMs > 0 ? `, steady for ${(0,lookup/* seconds */.YA)(steadyMs)}` : '';
        const message = `${want} port(s) on the pod network of ${namespace} (${base} + ${arg.added ?? 0}) after ${(0,lookup/* seconds */.YA)(outcome.ms)}${steady}`;
        return { ok: true, message, convergedMs: outcome.ms };
    }
    const why = drift ?? `not reached in ${(0,lookup/* seconds */.YA)(outcome.ms)}: ${outcome.problems[0] ?? ''}`;
    const evidence = last ? subnet_ports_evidenceOf(namespace, network, last) : undefined;
    return { ok: false, message: `ports on the pod network of ${namespace}: ${why}`, evidence };
}
/** The `subnet-ports` expectation. */
const subnetPorts = {
    name: 'subnet-ports',
    validate(arg, doc) {
        const out = [];
        const keys = (doc.namespaces ?? []).map((n) => n.name);
        if (arg.namespace !== undefined && !keys.includes(arg.namespace))
            out.push({
                path: ['namespace'],
                message: `'${arg.namespace}' is not a name under the suite's namespaces (known: ${keys.join(', ') || 'none'})`,
            });
        if ((arg.record === true) === (arg.added !== undefined))
            out.push({ path: [], message: 'give either record: true or added: N' });
        if (arg.steady !== undefined && (arg.record === true || (0,duration/* parseDuration */.E9)(arg.steady) === undefined))
            out.push({ path: ['steady'], message: 'steady takes a duration (e.g. 10s) and goes with added' });
        return out;
    },
    check: subnet_ports_check,
};

;// CONCATENATED MODULE: ./build/kube/steps/expect/index.js








// eslint-disable-next-line @typescript-eslint/no-explicit-any
const STEP_EXPECTATIONS = {
    reachability: reachability,
    members: membersExpectation,
    everyBackend: everyBackendExpectation,
    ports: portsExpectation,
    pods: podsExpectation,
    'policy-objects': policyObjects,
    'controller-stable': controllerStable,
    'subnet-ports': subnetPorts,
};


/***/ }),

/***/ 82524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HF: () => (/* binding */ portOptionsOf),
/* harmony export */   IZ: () => (/* binding */ kubectlOf),
/* harmony export */   Rc: () => (/* binding */ workloadOf),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   _K: () => (/* binding */ pollUntilDeadline),
/* harmony export */   wk: () => (/* binding */ needCloud),
/* harmony export */   z5: () => (/* binding */ serviceOf)
/* harmony export */ });
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62641);

/** The deployed workload `name`; throws (a suite the loader accepted names only known workloads). */
function workloadOf(ctx, name) {
    const w = ctx.workloads.get(name);
    if (!w)
        throw new Error(`workload ${name} is not deployed (deployed: ${[...ctx.workloads.keys()].join(', ')})`);
    return w;
}
/** The deployed service `name` and its workload, or undefined. */
function serviceOf(ctx, name) {
    for (const workload of ctx.workloads.values()) {
        const service = workload.services.get(name);
        if (service)
            return { workload, service };
    }
    return undefined;
}
/** The run's kubectl for the workload's namespace. */
function kubectlOf(ctx, w) {
    return ctx.run.deps.kubectl.inNamespace(w.namespace);
}
/** The port check options of the workload's namespace (Kuryr names its ports and members after it). */
function portOptionsOf(ctx, w) {
    return { namespace: w.namespace, mode: ctx.run.settings.mode, names: ctx.run.names };
}
/** The OpenStack client, or an error naming what needs it. */
function needCloud(ctx, what) {
    const client = ctx.run.deps.client;
    if (!client)
        throw new Error(`${what} needs the OpenStack cloud (os-cloud)`);
    return client;
}
/**
 * Polls `check` until it reports no problems or `deadline` (epoch ms) passes (at least one check either way); a
 * check that throws is a problem of that round, not the end of the wait. A cancelled run throws.
 */
function pollUntilDeadline(ctx, deadline, what, check) {
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .waitState */ .fN)(check, {
        timeoutMs: Math.max(0, deadline - Date.now()),
        intervalMs: ctx.intervalMs,
        signal: ctx.run.deps.signal,
        what,
    });
}
/** `1.2 s` for a message. */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 4469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ STEP_ACTION_NAMES),
/* harmony export */   TB: () => (/* binding */ STEP_EXPECTATION_NAMES),
/* harmony export */   i: () => (/* binding */ DEFAULT_WORKLOAD_NAME),
/* harmony export */   xC: () => (/* binding */ stepAction)
/* harmony export */ });
/**
 * The suite keys of several namespaces and workloads, NetworkPolicies and `steps` scenarios (schemas/suite.schema.json
 * has the meaning of every field): their types, and the names of the step actions and expectations the schema knows.
 */
/** The action keys of a step, as the schema lists them. */
const STEP_ACTION_NAMES = [
    'apply-policy',
    'delete-policy',
    'update-policy',
    'label-namespace',
    'scale',
    'delete-pods',
    'rollout-restart',
    'delete-loadbalancer',
    'delete-listener',
    'restart',
    'kuryr-config',
    'security-group-rule',
    'wait',
    'apply-manifest',
    'delete-namespace',
    'create-namespace',
];
/** The expectation keys under a step's `expect`, as the schema lists them. */
const STEP_EXPECTATION_NAMES = [
    'reachability',
    'members',
    'everyBackend',
    'ports',
    'pods',
    'policy-objects',
    'controller-stable',
    'subnet-ports',
];
/** The action of a step (undefined: the step only expects). */
function stepAction(step) {
    const name = STEP_ACTION_NAMES.find((n) => step[n] !== undefined);
    return name === undefined ? undefined : { name, arg: step[name] };
}
/** The workload name of the legacy `workload` key (the Deployment name, `demo` by default). */
const DEFAULT_WORKLOAD_NAME = 'demo';


/***/ }),

/***/ 65774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* binding */ SuiteError),
  gW: () => (/* binding */ filterScenarios),
  _k: () => (/* binding */ loadSuites)
});

// UNUSED EXPORTS: BUILTIN_SUITES, builtinSuitesDir, parseSuite, suiteSchema

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
;// CONCATENATED MODULE: ./schemas/suite.schema.json
const suite_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kuryr-dragonflow-actions.invalid/schemas/suite.schema.json","title":"kuryr-dragonflow-actions connectivity suite","description":"A declarative connectivity suite for actions/connectivity and `kdf connectivity`: the workload to deploy, the state to wait for, and the scenarios to prove (resource states and probes), each reported as one test case at its line.","type":"object","additionalProperties":false,"required":["name","scenarios"],"properties":{"$schema":{"title":"Schema reference","description":"Optional pointer to this schema for editors.","type":"string"},"name":{"title":"Suite name","description":"Kebab-case name; the JUnit classname and the prefix of every case id.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"description":{"title":"Description","description":"What the suite proves.","type":"string"},"tags":{"$ref":"#/$defs/tags"},"modes":{"title":"Modes","description":"Deployment modes the suite applies to; in another mode every scenario is reported as skipped.","type":"array","items":{"enum":["baremetal","nested"]},"minItems":1,"uniqueItems":true},"variables":{"title":"Variables","description":"Defaults of the ${name} variables used in scenario targets. Inputs (e.g. external-target) override them.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"type":"string"}},"workload":{"$ref":"#/$defs/workload"},"workloads":{"title":"Workloads","description":"Several workloads (instead of `workload`, never both), each a Deployment with label app=<name> in the run\'s namespace or one of `namespaces`.","type":"array","minItems":1,"items":{"$ref":"#/$defs/workloadItem"}},"namespaces":{"title":"Namespaces","description":"Extra namespaces the run creates (real name <run-namespace>-<name>) with their labels, deleted at the end of the run.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":20,"description":"Key workloads and policies refer to."},"labels":{"$ref":"#/$defs/labels"}}}},"policies":{"title":"Network policies","description":"NetworkPolicy objects by name (metadata.name = the key); only `steps` scenarios apply, update and delete them.","type":"object","propertyNames":{"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":63},"additionalProperties":{"$ref":"#/$defs/policy"}},"waits":{"$ref":"#/$defs/waits"},"repeat":{"title":"Repeat","description":"Run every probe scenario this many times; a scenario that fails then passes is reported as flaky.","type":"integer","minimum":1,"maximum":100},"scenarios":{"title":"Scenarios","description":"The checks, in order. Each becomes one case; a failing one is annotated at its line.","type":"array","minItems":1,"items":{"$ref":"#/$defs/scenario"}}},"$defs":{"tags":{"title":"Tags","description":"Labels the filter input can select on (tag:NAME).","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"uniqueItems":true},"duration":{"title":"Duration","description":"A duration such as 500ms, 30s, 5m or 1h30m.","type":"string","pattern":"^(\\\\d+(ms|s|m|h))+$"},"workload":{"title":"Workload","description":"The demo deployment (and its services) the scenarios probe. Deployed with kubectl apply in the run\'s namespace.","type":"object","additionalProperties":false,"properties":{"name":{"title":"Deployment name","description":"Name of the deployment and the app label of its pods (default demo).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"image":{"title":"Image","description":"Container image; default: the image input (quay.io/kuryr/demo). It must answer like the kuryr demo server.","type":"string","minLength":1},"replicas":{"title":"Replicas","description":"Pods to run; default: the replicas input. 0 makes the Deployment without pods, for steps to scale.","type":"integer","minimum":0,"maximum":200},"scaleFrom":{"title":"Scale from","description":"Deploy this many replicas first, wait, then scale to replicas (the seed\'s deploy-then-scale procedure).","type":"integer","minimum":1},"placement":{"title":"Placement","description":"spread: required anti-affinity is not set but pods spread over nodes by the scheduler; together: every pod on the node of the first (required pod affinity); any: no preference.","enum":["spread","any","together"]},"readinessProbe":{"$ref":"#/$defs/probe"},"ready":{"title":"Ready","description":"false: the pods are expected never to become Ready (needs readinessProbe); the engine waits for them Running with an IP and not Ready, one ACTIVE Neutron port each, and each service\'s load balancer ACTIVE without members. Default true.","type":"boolean"},"hostNetwork":{"title":"Host network","description":"true: the pods run in their node\'s network namespace with the node\'s address; Kuryr gives them no port and the engine waits for none. In nested mode the node is the trunk VM, so such a workload is the VM\'s end of a reachability cell. Cannot have services.","type":"boolean"},"services":{"title":"Services","description":"Services exposing the deployment (ClusterIP or LoadBalancer); Kuryr backs each with an Octavia load balancer <ns>/<svc>.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","port"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]*[a-z0-9])?$","description":"Service name."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Service port."},"targetPort":{"type":"integer","minimum":1,"maximum":65535,"description":"Container port (default: port)."},"protocol":{"enum":["TCP","UDP"],"description":"Default TCP."},"type":{"enum":["ClusterIP","LoadBalancer"],"description":"Default ClusterIP; LoadBalancer also gets a floating IP (service:<name>@external in a reachability matrix)."},"selector":{"type":"boolean","description":"false: a service without a selector; the engine writes its Endpoints with the ready pod IPs of the workload."}}}}}},"workloadItem":{"title":"Workload (of workloads)","description":"One Deployment of `workloads`, with its services.","type":"object","additionalProperties":false,"properties":{"name":{"title":"Deployment name","description":"Deployment name and app label of its pods; unique in the suite.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"image":{"title":"Image","description":"Container image; default: the image input (quay.io/kuryr/demo). It must answer like the kuryr demo server.","type":"string","minLength":1},"replicas":{"title":"Replicas","description":"Pods to run; default: the replicas input. 0 makes the Deployment without pods, for steps to scale.","type":"integer","minimum":0,"maximum":200},"scaleFrom":{"title":"Scale from","description":"Deploy this many replicas first, wait, then scale to replicas (the seed\'s deploy-then-scale procedure).","type":"integer","minimum":1},"placement":{"title":"Placement","description":"spread: required anti-affinity is not set but pods spread over nodes by the scheduler; together: every pod on the node of the first (required pod affinity); any: no preference.","enum":["spread","any","together"]},"readinessProbe":{"$ref":"#/$defs/probe"},"ready":{"title":"Ready","description":"false: the pods are expected never to become Ready (needs readinessProbe); the engine waits for them Running with an IP and not Ready, one ACTIVE Neutron port each, and each service\'s load balancer ACTIVE without members. Default true.","type":"boolean"},"hostNetwork":{"title":"Host network","description":"true: the pods run in their node\'s network namespace with the node\'s address; Kuryr gives them no port and the engine waits for none. In nested mode the node is the trunk VM, so such a workload is the VM\'s end of a reachability cell. Cannot have services.","type":"boolean"},"services":{"title":"Services","description":"Services exposing the deployment (ClusterIP or LoadBalancer); Kuryr backs each with an Octavia load balancer <ns>/<svc>.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","port"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]*[a-z0-9])?$","description":"Service name."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Service port."},"targetPort":{"type":"integer","minimum":1,"maximum":65535,"description":"Container port (default: port)."},"protocol":{"enum":["TCP","UDP"],"description":"Default TCP."},"type":{"enum":["ClusterIP","LoadBalancer"],"description":"Default ClusterIP; LoadBalancer also gets a floating IP (service:<name>@external in a reachability matrix)."},"selector":{"type":"boolean","description":"false: a service without a selector; the engine writes its Endpoints with the ready pod IPs of the workload."}}}},"namespace":{"title":"Namespace","description":"A name of `namespaces`; default: the run\'s namespace.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"labels":{"$ref":"#/$defs/labels","description":"Extra pod labels (policies select on them)."}},"required":["name"]},"probe":{"title":"Readiness probe","description":"A Kubernetes probe (core/v1 Probe) put as-is on the Deployment\'s container: exactly one of httpGet, tcpSocket and exec, and its timing (Kubernetes defaults: periodSeconds 10, timeoutSeconds 1, successThreshold 1, failureThreshold 3).","type":"object","additionalProperties":false,"properties":{"httpGet":{"type":"object","additionalProperties":false,"required":["port"],"description":"An HTTP GET; a status from 200 to 399 passes.","properties":{"port":{"$ref":"#/$defs/probePort"},"path":{"type":"string","pattern":"^/","description":"Default /."},"host":{"type":"string","minLength":1,"description":"Default: the pod IP."},"scheme":{"enum":["HTTP","HTTPS"],"description":"Default HTTP."},"httpHeaders":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","value"],"properties":{"name":{"type":"string","minLength":1},"value":{"type":"string"}}}}}},"tcpSocket":{"type":"object","additionalProperties":false,"required":["port"],"description":"A TCP connect to the pod IP (or host).","properties":{"port":{"$ref":"#/$defs/probePort"},"host":{"type":"string","minLength":1}}},"exec":{"type":"object","additionalProperties":false,"required":["command"],"description":"A command run in the container; exit status 0 passes.","properties":{"command":{"type":"array","minItems":1,"items":{"type":"string"}}}},"initialDelaySeconds":{"type":"integer","minimum":0},"periodSeconds":{"type":"integer","minimum":1},"timeoutSeconds":{"type":"integer","minimum":1},"successThreshold":{"type":"integer","minimum":1},"failureThreshold":{"type":"integer","minimum":1}},"oneOf":[{"required":["httpGet"]},{"required":["tcpSocket"]},{"required":["exec"]}]},"probePort":{"description":"A port number or the name of a container port.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":15}]},"waits":{"title":"Waits","description":"Bounded polling budgets before probing (never sleeps).","type":"object","additionalProperties":false,"properties":{"deployment":{"$ref":"#/$defs/duration","description":"Deployment ready, pods Running with IPs (default 5m)."},"ports":{"$ref":"#/$defs/duration","description":"One ACTIVE Neutron port per pod (default 2m)."},"loadBalancer":{"$ref":"#/$defs/duration","description":"Load balancer, listeners, pools ACTIVE and member count == ready pods (default 20m: amphorae are slow)."},"interval":{"$ref":"#/$defs/duration","description":"Time between polls (default 2s)."}}},"expect":{"title":"Expectation","description":"What every probe of the scenario must observe.","type":"object","additionalProperties":false,"properties":{"outcome":{"title":"Outcome","description":"ok (default), timeout (curl 28 / no reply: dropped), refused (curl 7), http-error (curl 22), resolve (curl 6) or any.","enum":["ok","timeout","refused","http-error","resolve","any"]},"body":{"title":"Body regex","description":"Regex the first line of the reply must match (default: the demo server\'s `<pod>: HELLO! I AM ALIVE!!!`; only for outcome ok).","type":"string"},"everyBackend":{"title":"Every backend answers","description":"pod-to-service: the distinct pod names seen over requestsPerBackend x N requests must equal the N ready pods.","type":"boolean"},"requestsPerBackend":{"title":"Requests per backend","description":"How many requests per ready pod (default 10, as kuryr-tempest-plugin).","type":"integer","minimum":1,"maximum":100}}},"scenario":{"title":"Scenario","type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"title":"Name","description":"Unique within the suite; the filter input selects on it.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"kind":{"title":"Kind","description":"state: a resource check; pod-to-pod, pod-to-service, pod-to-external: probes run with kubectl exec; steps: actions with expectations after each; dns: a pod resolves a service by name (nslookup, else getent hosts) and must get its ClusterIP.","enum":["state","pod-to-pod","pod-to-service","pod-to-external","steps","dns"]},"tags":{"$ref":"#/$defs/tags"},"check":{"title":"State check","description":"For kind state: which resource state must hold.","enum":["pods-running","pod-ips-in-subnet","pod-ports-active","loadbalancer-active","loadbalancer-members","trunk-subports","network-exists","subnet-exists","security-group-exists","api-loadbalancer"]},"resource":{"title":"Resource","description":"The object a state check looks at: network/subnet/security group name, or the service of a load-balancer check.","type":"string","minLength":1},"cidr":{"title":"CIDR","description":"subnet-exists: the subnet\'s expected CIDR.","type":"string"},"protocol":{"title":"Protocol","description":"http (curl), tcp (curl telnet://: connect only), icmp (ping -c 1), udp (nc -u).","enum":["http","tcp","icmp","udp"]},"port":{"title":"Port","description":"Destination port (pod-to-pod; pod-to-service defaults to the service port).","type":"integer","minimum":1,"maximum":65535},"from":{"title":"From","description":"every-pod (default for pod-to-pod) or one-pod (the first pod by name; default otherwise).","enum":["every-pod","one-pod"]},"to":{"title":"To","description":"pod-to-service, dns: the service name; pod-to-external: host:port or a URL, ${variables} allowed.","type":"string","minLength":1},"placement":{"title":"Pair placement","description":"pod-to-pod: which ordered pairs to probe: any (default), same-node or other-node.","enum":["any","same-node","other-node"]},"within":{"$ref":"#/$defs/duration","title":"Within","description":"dns: how long the short name and the FQDN (<to>.<namespace>.svc.<cluster domain>) may take to resolve to the ClusterIP (default 60s)."},"expect":{"$ref":"#/$defs/expect"},"steps":{"title":"Steps","description":"For kind steps: actions in order, each with what must hold after it; each step is its own case.","type":"array","minItems":1,"items":{"$ref":"#/$defs/step"}},"repeat":{"title":"Repeat","description":"Overrides the suite\'s repeat.","type":"integer","minimum":1,"maximum":100},"timeouts":{"title":"Probe timeouts","type":"object","additionalProperties":false,"properties":{"connect":{"$ref":"#/$defs/duration","description":"curl --connect-timeout (default 2s)."},"max":{"$ref":"#/$defs/duration","description":"curl --max-time, ping -W, nc -w (default 5s)."}}}},"allOf":[{"if":{"properties":{"kind":{"const":"state"}}},"then":{"required":["check"]}},{"if":{"properties":{"kind":{"enum":["pod-to-pod","pod-to-service","pod-to-external"]}}},"then":{"required":["protocol"]}},{"if":{"properties":{"kind":{"const":"pod-to-service"}}},"then":{"required":["to"]}},{"if":{"properties":{"kind":{"const":"pod-to-external"}}},"then":{"required":["to"]}},{"if":{"properties":{"kind":{"const":"steps"}}},"then":{"required":["steps"]}},{"if":{"properties":{"kind":{"const":"dns"}}},"then":{"required":["to"]}}]},"labels":{"title":"Labels","type":"object","propertyNames":{"pattern":"^([a-z0-9.-]+/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$","maxLength":316},"additionalProperties":{"type":"string","pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$","maxLength":63}},"labelSelector":{"title":"Label selector","description":"A Kubernetes label selector ({} selects everything).","type":"object","additionalProperties":false,"properties":{"matchLabels":{"$ref":"#/$defs/labels"},"matchExpressions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["key","operator"],"properties":{"key":{"type":"string","minLength":1},"operator":{"enum":["In","NotIn","Exists","DoesNotExist"]},"values":{"type":"array","items":{"type":"string"}}}}}}},"policy":{"title":"Network policy","type":"object","additionalProperties":false,"required":["spec"],"properties":{"description":{"type":"string"},"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"A name of `namespaces`; default: the run\'s namespace."},"spec":{"$ref":"#/$defs/policySpec"}}},"policySpec":{"title":"NetworkPolicy spec","description":"As in Kubernetes (networking.k8s.io/v1). Strings may use ${podIP:<workload>} and ${cidr:<namespace>}, resolved when the policy is applied.","type":"object","additionalProperties":false,"required":["podSelector"],"properties":{"podSelector":{"$ref":"#/$defs/labelSelector"},"policyTypes":{"type":"array","uniqueItems":true,"items":{"enum":["Ingress","Egress"]}},"ingress":{"type":"array","items":{"$ref":"#/$defs/policyIngressRule"}},"egress":{"type":"array","items":{"$ref":"#/$defs/policyEgressRule"}}}},"policyIngressRule":{"type":"object","additionalProperties":false,"properties":{"from":{"type":"array","items":{"$ref":"#/$defs/policyPeer"}},"ports":{"type":"array","items":{"$ref":"#/$defs/policyPort"}}}},"policyEgressRule":{"type":"object","additionalProperties":false,"properties":{"to":{"type":"array","items":{"$ref":"#/$defs/policyPeer"}},"ports":{"type":"array","items":{"$ref":"#/$defs/policyPort"}}}},"policyPeer":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"podSelector":{"$ref":"#/$defs/labelSelector"},"namespaceSelector":{"$ref":"#/$defs/labelSelector"},"ipBlock":{"type":"object","additionalProperties":false,"required":["cidr"],"properties":{"cidr":{"type":"string","minLength":1,"description":"An IPv4 CIDR, or ${cidr:<namespace>} / ${podIP:<workload>}/32."},"except":{"type":"array","items":{"type":"string","minLength":1}}}}}},"policyPort":{"type":"object","additionalProperties":false,"properties":{"protocol":{"enum":["TCP","UDP","SCTP"]},"port":{"description":"A port number or a named container port.","oneOf":[{"type":"integer","minimum":1,"maximum":65535},{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","maxLength":15}]},"endPort":{"type":"integer","minimum":1,"maximum":65535}}},"step":{"title":"Step","description":"One action (at most one of the action keys) and/or the expectations that must hold after it.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"description":{"type":"string"},"apply-policy":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"Applies the policy of `policies` with this name."},"delete-policy":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"Deletes the policy of `policies` with this name."},"update-policy":{"type":"object","additionalProperties":false,"required":["name","to"],"description":"Applies the spec of policy `to` under policy `name`\'s name (an update of a live policy).","properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"to":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}}},"label-namespace":{"type":"object","additionalProperties":false,"required":["namespace","labels"],"description":"Sets labels on a namespace of `namespaces` (kubectl label --overwrite).","properties":{"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"labels":{"$ref":"#/$defs/labels"}}},"scale":{"type":"object","additionalProperties":false,"required":["workload","replicas"],"description":"Scales a workload (0 allowed).","properties":{"workload":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"replicas":{"type":"integer","minimum":0,"maximum":200}}},"delete-pods":{"type":"object","additionalProperties":false,"required":["workload"],"description":"Deletes the first `count` pods of a workload (default all).","properties":{"workload":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"count":{"type":"integer","minimum":1}}},"rollout-restart":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"kubectl rollout restart of a workload."},"delete-loadbalancer":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"Deletes the service\'s Octavia load balancer (cascade); Kuryr must recreate it."},"delete-listener":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$","description":"Deletes the Octavia listener of the service\'s first port; Kuryr must recreate it."},"kuryr-config":{"type":"object","minProperties":1,"description":"Sets options in Kuryr\'s configuration file on the runner host (input kuryr-conf), by section, then restarts the controller; the scenario\'s end puts the old values back.","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"oneOf":[{"type":"string","pattern":"^[^\\\\r\\\\n]*$"},{"type":"number"},{"type":"boolean"}]}}},"security-group-rule":{"type":"object","additionalProperties":false,"required":["to","from","protocol"],"description":"Adds ingress rules in Neutron to every security group of the ports of workload `to`\'s pods: one per address of workload `from`\'s pods (/32), for protocol (and port). The scenario\'s end deletes them.","properties":{"to":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"from":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"protocol":{"enum":["icmp","tcp","udp"]},"port":{"type":"integer","minimum":1,"maximum":65535}}},"restart":{"enum":["kuryr-controller","kuryr-daemon"],"description":"systemctl restart devstack@kuryr-kubernetes or devstack@kuryr-daemon on the host."},"apply-manifest":{"description":"kubectl apply of an inline object; expect: accepted (default) or rejected (the API server answers \'is invalid\', naming `field` when given).","type":"object","additionalProperties":false,"required":["manifest"],"properties":{"manifest":{"type":"object","required":["apiVersion","kind","metadata"],"properties":{"apiVersion":{"type":"string","minLength":1},"kind":{"type":"string","minLength":1},"metadata":{"type":"object","required":["name"]}}},"expect":{"enum":["accepted","rejected"]},"field":{"type":"string","minLength":1},"namespace":{"type":"string","minLength":1}}},"delete-namespace":{"type":"string","minLength":1,"description":"A key of namespaces: deleted (--wait)."},"create-namespace":{"type":"string","minLength":1,"description":"A key of namespaces: created again, its deployments and services re-applied."},"wait":{"$ref":"#/$defs/duration","description":"Sleeps this long."},"expect":{"$ref":"#/$defs/stepExpect"}}},"stepExpect":{"title":"Expectations of a step","type":"object","additionalProperties":false,"minProperties":1,"properties":{"reachability":{"$ref":"#/$defs/reachability"},"members":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"description":"These services\' load balancer members == their ready pods (0 at zero), within waits.loadBalancer."},"everyBackend":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"description":"Traffic through each of these services reaches every ready pod."},"ports":{"type":"boolean","description":"One ACTIVE Neutron port per ready pod; none left for a deleted pod."},"pods":{"type":"object","propertyNames":{"pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"additionalProperties":{"type":"integer","minimum":0},"description":"Ready pod count per workload."},"policy-objects":{"type":"object","additionalProperties":false,"required":["policy","present"],"properties":{"policy":{"type":"string"},"present":{"type":"boolean"}},"description":"The policy\'s KuryrNetworkPolicy and its Neutron group sg-<namespace>-<policy> exist (present: true) or are gone."},"controller-stable":{"enum":["record","unchanged"],"description":"record: note devstack@kuryr-kubernetes\'s process and restart count; unchanged: still active with the same ones."},"subnet-ports":{"type":"object","additionalProperties":false,"description":"Neutron ports on a namespace\'s pod network: record the count, or wait until it is the recorded one plus `added` (and stays so for `steady`).","properties":{"namespace":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"record":{"const":true},"added":{"type":"integer","minimum":0},"steady":{"$ref":"#/$defs/duration"}}}}},"reachability":{"title":"Reachability matrix","description":"Expected reachability, re-probed until every cell matches or `within` passes; the convergence time is recorded.","type":"object","additionalProperties":false,"required":["matrix"],"properties":{"within":{"$ref":"#/$defs/duration","description":"Convergence budget (default 60s)."},"protocol":{"enum":["http","tcp","udp","icmp"],"description":"Default http."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Pod port (default 8080, udp 9090); service targets use the service port."},"matrix":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["from","to","result"],"properties":{"from":{"type":"string","pattern":"^(host|[a-z0-9]([-a-z0-9]*[a-z0-9])?(/\\\\d+)?)$","description":"A workload (all its ready pods), <workload>/<n> (its n-th pod, from 0), or host (the runner)."},"to":{"type":"string","pattern":"^(service:[a-z0-9]([-a-z0-9]*[a-z0-9])?(@external)?|[a-z0-9]([-a-z0-9]*[a-z0-9])?(/\\\\d+)?)$","description":"A workload, <workload>/<n>, service:<name> (its ClusterIP), service:<name>@external (its LoadBalancer IP) or node (every node\'s InternalIP, pinged: protocol icmp; in nested mode the trunk VM)."},"result":{"enum":["allowed","denied"],"description":"allowed: every probe answers; denied: every probe times out."}}}}}}}}');
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/kube/scenarios/index.js + 8 modules
var scenarios = __webpack_require__(47381);
// EXTERNAL MODULE: ./build/kube/suite-objects.js
var suite_objects = __webpack_require__(4469);
// EXTERNAL MODULE: ./build/kube/steps/actions/index.js + 15 modules
var steps_actions = __webpack_require__(2066);
// EXTERNAL MODULE: ./build/kube/steps/expect/index.js + 10 modules
var expect = __webpack_require__(31461);
;// CONCATENATED MODULE: ./build/kube/suite-refs.js



/** The workloads of a suite (`workloads`, or the one `workload` named `demo` by default) with their path. */
function suiteWorkloads(doc) {
    if (doc.workloads)
        return doc.workloads.map((w, i) => ({ spec: w, name: w.name, path: ['workloads', i] }));
    if (doc.workload)
        return [{ spec: doc.workload, name: doc.workload.name ?? suite_objects/* DEFAULT_WORKLOAD_NAME */.i, path: ['workload'] }];
    return [];
}
/** Every service of the suite by name, with its workload. */
function suiteServices(doc) {
    const out = new Map();
    for (const w of suiteWorkloads(doc)) {
        for (const s of w.spec.services ?? [])
            if (!out.has(s.name))
                out.set(s.name, { service: s, workload: w.name });
    }
    return out;
}
const list = (names) => [...names].join(', ') || 'none';
function known(doc) {
    return {
        workloads: new Set(suiteWorkloads(doc).map((w) => w.name)),
        namespaces: new Set((doc.namespaces ?? []).map((n) => n.name)),
        policies: new Set(Object.keys(doc.policies ?? {})),
        services: suiteServices(doc),
    };
}
function unknown(what, name, names, key) {
    return `unknown ${what} '${name}' (the suite's ${key}: ${list(names)})`;
}
/** Every rule of this module; paths are absolute in the document. */
function referenceProblems(doc) {
    const k = known(doc);
    const out = [];
    if (doc.workload && doc.workloads) {
        out.push({ path: ['workloads'], message: "give either 'workload' or 'workloads', not both" });
    }
    duplicates((doc.namespaces ?? []).map((n, i) => ({ name: n.name, path: ['namespaces', i, 'name'] })), 'namespace', out);
    duplicates((doc.workloads ?? []).map((w, i) => ({ name: w.name, path: ['workloads', i, 'name'] })), 'workload', out);
    const services = suiteWorkloads(doc).flatMap((w) => (w.spec.services ?? []).map((s, j) => ({ name: s.name, path: [...w.path, 'services', j, 'name'] })));
    duplicates(services, 'service', out);
    (doc.workloads ?? []).forEach((w, i) => {
        if (w.name === 'host')
            out.push({ path: ['workloads', i, 'name'], message: "'host' names the runner in a matrix: rename the workload" });
        if (w.name === 'node')
            out.push({ path: ['workloads', i, 'name'], message: "'node' names the nodes in a matrix: rename the workload" });
        if (w.namespace !== undefined && !k.namespaces.has(w.namespace)) {
            out.push({
                path: ['workloads', i, 'namespace'],
                message: unknown('namespace', w.namespace, k.namespaces, 'namespaces'),
            });
        }
        if (w.scaleFrom !== undefined && w.replicas !== undefined && w.scaleFrom > w.replicas) {
            out.push({
                path: ['workloads', i, 'scaleFrom'],
                message: `'scaleFrom' (${w.scaleFrom}) exceeds replicas (${w.replicas})`,
            });
        }
    });
    for (const [name, policy] of Object.entries(doc.policies ?? {})) {
        const path = ['policies', name];
        if (policy.namespace !== undefined && !k.namespaces.has(policy.namespace)) {
            out.push({
                path: [...path, 'namespace'],
                message: unknown('namespace', policy.namespace, k.namespaces, 'namespaces'),
            });
        }
        out.push(...policyProblems(policy.spec, [...path, 'spec'], k));
    }
    doc.scenarios.forEach((s, i) => {
        if (s.kind !== 'steps' && s.steps !== undefined) {
            out.push({ path: ['scenarios', i, 'steps'], message: `'steps' belongs to kind steps, not ${s.kind}` });
        }
        (s.steps ?? []).forEach((step, j) => out.push(...stepProblems(step, ['scenarios', i, 'steps', j], k, doc)));
    });
    return out;
}
function duplicates(items, what, out) {
    const seen = new Set();
    for (const { name, path } of items) {
        if (seen.has(name))
            out.push({ path, message: `${what} name '${name}' is used twice` });
        seen.add(name);
    }
}
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const PLACEHOLDER = /\$\{([A-Za-z]+):([^}]*)\}/g;
/** An IPv4 CIDR as [network as a number, prefix length], or undefined when it is not one. */
function parseCidr(text) {
    const m = IPV4_CIDR.exec(text);
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const bits = Number(m[5]);
    if (octets.some((o) => o > 255) || bits > 32)
        return undefined;
    return [octets.reduce((a, o) => a * 256 + o, 0), bits];
}
function within(inner, outer) {
    const size = 2 ** (32 - outer[1]);
    return inner[1] >= outer[1] && Math.floor(inner[0] / size) === Math.floor(outer[0] / size);
}
/** The `${podIP:w}` / `${cidr:ns}` placeholders of a string that name nothing the suite has. */
function placeholderProblems(text, path, k) {
    const out = [];
    for (const m of text.matchAll(PLACEHOLDER)) {
        const [, kind = '', name = ''] = m;
        if (kind === 'podIP' && !k.workloads.has(name)) {
            out.push({ path, message: `\${podIP:${name}}: ${unknown('workload', name, k.workloads, 'workloads')}` });
        }
        else if (kind === 'cidr' && !k.namespaces.has(name)) {
            out.push({ path, message: `\${cidr:${name}}: ${unknown('namespace', name, k.namespaces, 'namespaces')}` });
        }
        else if (kind !== 'podIP' && kind !== 'cidr') {
            out.push({
                path,
                message: `unknown placeholder \${${kind}:${name}} (use \${podIP:<workload>} or \${cidr:<namespace>})`,
            });
        }
    }
    return out;
}
/** A CIDR that may be a placeholder: its shape once resolved (placeholders stand for a valid value). */
function cidrProblems(text, path, k) {
    const problems = placeholderProblems(text, path, k);
    if (/^\$\{cidr:[^}]*\}$/.test(text) || /^\$\{podIP:[^}]*\}\/32$/.test(text))
        return { problems };
    const cidr = parseCidr(text);
    if (!cidr)
        problems.push({ path, message: `'${text}' is not an IPv4 CIDR (a.b.c.d/n)` });
    return { problems, cidr };
}
function peerProblems(peer, path, k) {
    const out = [];
    if (peer.ipBlock && (peer.podSelector || peer.namespaceSelector)) {
        out.push({
            path,
            message: 'an ipBlock peer cannot also have a podSelector or namespaceSelector (Kubernetes refuses it)',
        });
    }
    if (!peer.ipBlock)
        return out;
    const outer = cidrProblems(peer.ipBlock.cidr, [...path, 'ipBlock', 'cidr'], k);
    out.push(...outer.problems);
    (peer.ipBlock.except ?? []).forEach((e, i) => {
        const p = [...path, 'ipBlock', 'except', i];
        const inner = cidrProblems(e, p, k);
        out.push(...inner.problems);
        if (inner.cidr && outer.cidr && (!within(inner.cidr, outer.cidr) || inner.cidr[1] === outer.cidr[1])) {
            out.push({ path: p, message: `except '${e}' is not inside cidr '${peer.ipBlock?.cidr ?? ''}'` });
        }
    });
    return out;
}
function selectorProblems(sel, path) {
    return (sel?.matchExpressions ?? []).flatMap((e, i) => {
        const withValues = e.operator === 'In' || e.operator === 'NotIn';
        if (withValues && (e.values ?? []).length === 0) {
            return [{ path: [...path, 'matchExpressions', i], message: `operator ${e.operator} needs values` }];
        }
        if (!withValues && e.values !== undefined && e.values.length > 0) {
            return [{ path: [...path, 'matchExpressions', i], message: `operator ${e.operator} takes no values` }];
        }
        return [];
    });
}
/** NetworkPolicy rules Kubernetes' validation enforces beyond the shape. */
function policyProblems(spec, path, k) {
    const out = selectorProblems(spec.podSelector, [...path, 'podSelector']);
    const rules = [
        ...(spec.ingress ?? []).map((r, i) => ({
            peers: r.from ?? [],
            ports: r.ports ?? [],
            at: [...path, 'ingress', i],
            key: 'from',
        })),
        ...(spec.egress ?? []).map((r, i) => ({
            peers: r.to ?? [],
            ports: r.ports ?? [],
            at: [...path, 'egress', i],
            key: 'to',
        })),
    ];
    for (const r of rules) {
        r.peers.forEach((peer, j) => {
            const p = [...r.at, r.key, j];
            out.push(...peerProblems(peer, p, k));
            out.push(...selectorProblems(peer.podSelector, [...p, 'podSelector']));
            out.push(...selectorProblems(peer.namespaceSelector, [...p, 'namespaceSelector']));
        });
        r.ports.forEach((port, j) => {
            if (port.endPort === undefined)
                return;
            const p = [...r.at, 'ports', j, 'endPort'];
            if (typeof port.port !== 'number')
                out.push({ path: p, message: 'endPort needs a numeric port' });
            else if (port.endPort < port.port)
                out.push({ path: p, message: `endPort ${port.endPort} is below port ${port.port}` });
        });
    }
    return out;
}
/** One step: one action at most, references that exist, and the registry modules' own rules. */
function stepProblems(step, path, k, doc) {
    const out = [];
    const actions = suite_objects/* STEP_ACTION_NAMES */.BI.filter((n) => step[n] !== undefined);
    if (actions.length > 1) {
        out.push({ path, message: `a step takes one action, this one has ${actions.join(', ')}: split it into steps` });
    }
    if (actions.length === 0 && step.expect === undefined) {
        out.push({ path, message: `a step needs an action (${suite_objects/* STEP_ACTION_NAMES */.BI.join(', ')}) or 'expect'` });
    }
    const ref = (set, what, key, name, p) => {
        if (name !== undefined && !set.has(name))
            out.push({ path: [...path, ...p], message: unknown(what, name, set.keys(), key) });
    };
    ref(k.policies, 'policy', 'policies', step['apply-policy'], ['apply-policy']);
    ref(k.policies, 'policy', 'policies', step['delete-policy'], ['delete-policy']);
    ref(k.policies, 'policy', 'policies', step['update-policy']?.name, ['update-policy', 'name']);
    ref(k.policies, 'policy', 'policies', step['update-policy']?.to, ['update-policy', 'to']);
    ref(k.namespaces, 'namespace', 'namespaces', step['label-namespace']?.namespace, ['label-namespace', 'namespace']);
    ref(k.workloads, 'workload', 'workloads', step.scale?.workload, ['scale', 'workload']);
    ref(k.workloads, 'workload', 'workloads', step['delete-pods']?.workload, ['delete-pods', 'workload']);
    ref(k.workloads, 'workload', 'workloads', step['rollout-restart'], ['rollout-restart']);
    ref(k.services, 'service', 'services', step['delete-loadbalancer'], ['delete-loadbalancer']);
    ref(k.services, 'service', 'services', step['delete-listener'], ['delete-listener']);
    ref(k.workloads, 'workload', 'workloads', step['security-group-rule']?.to, ['security-group-rule', 'to']);
    ref(k.workloads, 'workload', 'workloads', step['security-group-rule']?.from, ['security-group-rule', 'from']);
    const e = step.expect;
    (e?.members ?? []).forEach((s, i) => ref(k.services, 'service', 'services', s, ['expect', 'members', i]));
    (e?.everyBackend ?? []).forEach((s, i) => ref(k.services, 'service', 'services', s, ['expect', 'everyBackend', i]));
    for (const w of Object.keys(e?.pods ?? {}))
        ref(k.workloads, 'workload', 'workloads', w, ['expect', 'pods', w]);
    (e?.reachability?.matrix ?? []).forEach((cell, i) => out.push(...cellProblems(cell, [...path, 'expect', 'reachability', 'matrix', i], k, e?.reachability?.protocol ?? 'http')));
    // the registry modules' own rules (paths relative to the step)
    for (const name of actions) {
        for (const p of steps_actions/* STEP_ACTIONS */.R[name]?.validate?.(step[name], doc) ?? [])
            out.push({ path: [...path, name, ...p.path], message: p.message });
    }
    for (const [name, arg] of Object.entries(e ?? {})) {
        const unit = Object.hasOwn(expect/* STEP_EXPECTATIONS */.J, name) ? expect/* STEP_EXPECTATIONS */.J[name] : undefined;
        for (const p of unit?.validate?.(arg, doc) ?? [])
            out.push({ path: [...path, 'expect', name, ...p.path], message: p.message });
    }
    return out;
}
function cellProblems(cell, path, k, protocol) {
    const out = [];
    const workloadOf = (end) => end.split('/')[0] ?? end;
    if (cell.from !== 'host' && !k.workloads.has(workloadOf(cell.from))) {
        out.push({
            path: [...path, 'from'],
            message: unknown('workload', workloadOf(cell.from), k.workloads, 'workloads'),
        });
    }
    const svc = /^service:([^@]+)(@external)?$/.exec(cell.to);
    if (svc) {
        const found = k.services.get(svc[1] ?? '');
        if (!found)
            out.push({ path: [...path, 'to'], message: unknown('service', svc[1] ?? '', k.services.keys(), 'services') });
        else if (svc[2] && found.service.type !== 'LoadBalancer') {
            out.push({
                path: [...path, 'to'],
                message: `service '${svc[1] ?? ''}' has no external IP: give it type LoadBalancer`,
            });
        }
    }
    else if (cell.to === 'host') {
        out.push({ path: [...path, 'to'], message: "'host' can only be a source ('from')" });
    }
    else if (cell.to === 'node') {
        // a node runs no demo server: only a ping has something to answer it
        if (protocol !== 'icmp')
            out.push({ path: [...path, 'to'], message: "'node' is probed with ping: give the reachability protocol: icmp" });
    }
    else if (!k.workloads.has(workloadOf(cell.to))) {
        out.push({ path: [...path, 'to'], message: unknown('workload', workloadOf(cell.to), k.workloads, 'workloads') });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/kube/suite-probes.js

/** The handler of a probe that has a port, with its key. */
function portHandler(probe) {
    if (probe.httpGet)
        return { key: 'httpGet', port: probe.httpGet.port };
    if (probe.tcpSocket)
        return { key: 'tcpSocket', port: probe.tcpSocket.port };
    return undefined;
}
/** Every readiness rule of the suite's workloads; paths are absolute in the document. */
function readinessProblems(doc) {
    const out = [];
    for (const { spec, name, path } of suiteWorkloads(doc)) {
        if (spec.ready === false && spec.readinessProbe === undefined) {
            out.push({
                path: [...path, 'ready'],
                message: `workload ${name}: 'ready: false' needs a readinessProbe (without one its pods are Ready once running)`,
            });
        }
        const handler = spec.readinessProbe && portHandler(spec.readinessProbe);
        if (typeof handler?.port === 'string') {
            out.push({
                path: [...path, 'readinessProbe', handler.key, 'port'],
                message: `workload ${name}: the container has no port named '${handler.port}' (its ports 8080/TCP and 9090/UDP are unnamed): give the number`,
            });
        }
    }
    out.push(...neverReadyUseProblems(doc), ...hostNetworkProblems(doc));
    return out;
}
/**
 * A hostNetwork workload has its node's address and no Kuryr port: it cannot back a service (its members would be
 * the node), nor wait for readiness it is never expected to lack.
 */
function hostNetworkProblems(doc) {
    return suiteWorkloads(doc).flatMap(({ spec, name, path }) => {
        if (spec.hostNetwork !== true)
            return [];
        const out = [];
        if ((spec.services ?? []).length > 0)
            out.push({
                path: [...path, 'services'],
                message: `workload ${name}: a hostNetwork workload cannot have services (its pods have no Kuryr port); put the services on a workload of pods`,
            });
        if (spec.ready === false)
            out.push({
                path: [...path, 'ready'],
                message: `workload ${name}: 'ready: false' is not supported with hostNetwork`,
            });
        return out;
    });
}
/** Steps that probe the ready pods of a workload with `ready: false` (it has none). */
function neverReadyUseProblems(doc) {
    const never = new Set(suiteWorkloads(doc).flatMap((w) => (w.spec.ready === false ? [w.name] : [])));
    if (never.size === 0)
        return [];
    const services = suiteServices(doc);
    const why = (w) => `workload ${w} has 'ready: false': it never has a ready pod to probe`;
    const out = [];
    doc.scenarios.forEach((s, i) => (s.steps ?? []).forEach((step, j) => {
        const at = ['scenarios', i, 'steps', j, 'expect'];
        (step.expect?.everyBackend ?? []).forEach((svc, n) => {
            const w = services.get(svc)?.workload;
            if (w !== undefined && never.has(w))
                out.push({ path: [...at, 'everyBackend', n], message: why(w) });
        });
        (step.expect?.reachability?.matrix ?? []).forEach((cell, n) => {
            for (const key of ['from', 'to']) {
                const w = cell[key].split('/')[0] ?? '';
                if (never.has(w))
                    out.push({ path: [...at, 'reachability', 'matrix', n, key], message: why(w) });
            }
        });
    }));
    return out;
}

;// CONCATENATED MODULE: ./build/runtime/yaml-source.js
/**
 * YAML parsing that keeps source positions: the workflow-lint rules and the connectivity suite loader report findings
 * at the line and column of the node they are about.
 */

/**
 * Parses YAML text, keeping offsets for every node.
 * @param text the file's contents
 * @param file the path to report
 * @returns the parsed source (check `doc.errors` for syntax errors)
 */
function parseYamlSource(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, keepSourceTokens: false, prettyErrors: false });
    return { file, text, doc, lineCounter };
}
/**
 * The 1-based line and column of a source offset.
 * @param src the parsed source
 * @param offset a character offset into `src.text`
 * @returns line and column, both 1-based
 */
function position(src, offset) {
    const { line, col } = src.lineCounter.linePos(offset);
    return { line, column: col };
}
/**
 * Follows a path of map keys and sequence indexes from the document root and returns the deepest node reached, so a
 * path into something missing still points at its nearest existing parent.
 * @param src the parsed source
 * @param path keys (strings) and indexes (numbers)
 * @returns the node found and, when the last key names a map entry, that entry's key node
 */
function nodeAt(src, path) {
    let node = src.doc.contents;
    let key = null;
    for (const segment of path) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => p.key?.value === String(segment));
            if (!pair)
                break;
            key = pair.key;
            node = pair.value ?? key;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && node.items[segment]) {
            key = null;
            node = node.items[segment];
        }
        else {
            break;
        }
    }
    return { node, key };
}
/**
 * The 1-based position where a node starts (line 1, column 1 when the node has no range).
 * @param src the parsed source
 * @param node a node of `src.doc`, or null
 * @returns line and column
 */
function nodePosition(src, node) {
    return node?.range ? position(src, node.range[0]) : { line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./build/kube/suite.js
/**
 * Connectivity suites: YAML files validated against `schemas/suite.schema.json` (ajv, draft 2020-12) with errors that
 * name `file:line`, built-ins in `suites/` found by name, `${variables}`, and the `filter` input (scenario names,
 * `tag:NAME`, `!` negation).
 */













/** The suite JSON Schema, as parsed JSON. */
const suiteSchema = (/* unused pure expression or super */ null && (schemaJson));
/** The built-in suites (files `suites/<name>.yaml`). */
const BUILTIN_SUITES = [
    'default-config',
    'basic',
    'udp',
    'nested',
    'external',
    'network-policy',
    'namespaces',
    'lifecycle',
    'services',
    'ports-pool',
    'nested-vm',
];
const Ajv2020 = (_2020["default"] ?? _2020);
let validator;
function validate() {
    validator ??= new Ajv2020({
        allErrors: true,
        strict: true,
        strictRequired: false,
        logger: false,
    }).compile(suite_schema_namespaceObject);
    return validator;
}
/** The directory of the built-in suites: `suites/` at the package root (two levels above this file or the bundle). */
function builtinSuitesDir() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [(0,external_node_path_.join)(here, '..', '..', 'suites'), (0,external_node_path_.join)(here, '..', 'suites'), (0,external_node_path_.join)(here, 'suites')]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(candidate, 'basic.yaml')))
            return candidate;
    }
    return (0,external_node_path_.join)(here, '..', '..', 'suites');
}
/** Thrown for an invalid suite: a ConfigurationError whose message lists every problem as `file:line:col: …`. */
class SuiteError extends errors/* ConfigurationError */.j1 {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'), problems[0] ? `${problems[0].file}:${problems[0].line}` : undefined);
        this.name = 'SuiteError';
        this.problems = problems;
    }
}
function pathOf(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}
/** A probe's or a probe port's `oneOf` (ajv reports a schema referenced twice relative to itself: `#/oneOf`). */
const PROBE_ONE_OF = /^#(\/\$defs\/probe)?\/oneOf$|^#\/\$defs\/probePort\/oneOf$/;
const HANDLERS = 'httpGet, tcpSocket, exec';
/** An error of one branch of a probe's `oneOf`: its own error names them all. */
function isProbeBranch(e) {
    const branch = /^(.*\/oneOf)\/\d+\//.exec(e.schemaPath)?.[1] ?? '';
    return PROBE_ONE_OF.test(branch) && /\/readinessProbe(\/(httpGet|tcpSocket)\/port)?$/.test(e.instancePath);
}
/** The message of a probe's or a probe port's `oneOf`, or undefined for another `oneOf`. */
function probeOneOfMessage(e, where) {
    if (!PROBE_ONE_OF.test(e.schemaPath))
        return undefined;
    if (/\/readinessProbe$/.test(e.instancePath))
        return `${where} must have exactly one of ${HANDLERS}`;
    if (/\/readinessProbe\/(httpGet|tcpSocket)\/port$/.test(e.instancePath))
        return `${where} must be a port number from 1 to 65535 or a port name`;
    return undefined;
}
function describeError(e) {
    const path = pathOf(e.instancePath);
    const where = e.instancePath === '' ? 'the suite' : `'${path.join('.')}'`;
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            if (/^scenarios\.\d+\.steps\.\d+$/.test(path.join('.'))) {
                return {
                    path: [...path, String(p.additionalProperty)],
                    message: `${where} has an unknown action '${String(p.additionalProperty)}' (actions: ${suite_objects/* STEP_ACTION_NAMES */.BI.join(', ')}; and expect)`,
                };
            }
            if (/^scenarios\.\d+\.steps\.\d+\.expect$/.test(path.join('.'))) {
                return {
                    path: [...path, String(p.additionalProperty)],
                    message: `${where} has an unknown expectation '${String(p.additionalProperty)}' (expectations: ${suite_objects/* STEP_EXPECTATION_NAMES */.TB.join(', ')})`,
                };
            }
            return {
                path: [...path, String(p.additionalProperty)],
                message: `${where} has an unknown property '${String(p.additionalProperty)}'`,
            };
        case 'required':
            return { path, message: `${where} must have property '${String(p.missingProperty)}'` };
        case 'oneOf':
            return { path, message: probeOneOfMessage(e, where) ?? `${where} ${e.message ?? 'is invalid'}` };
        case 'enum':
            return { path, message: `${where} must be one of: ${p.allowedValues.join(', ')}` };
        default:
            return { path, message: `${where} ${e.message ?? 'is invalid'}` };
    }
}
/**
 * Parses and validates one suite's text.
 * @param text the YAML
 * @param file the path to report (repository-relative when possible)
 * @throws SuiteError listing every syntax or schema problem with its line
 */
function parseSuite(text, file) {
    const src = parseYamlSource(text, file);
    if (src.doc.errors.length > 0) {
        throw new SuiteError(src.doc.errors.map((err) => ({
            file,
            ...position(src, err.pos[0]),
            message: `YAML syntax: ${err.message.split('\n')[0] ?? err.code}`,
        })));
    }
    const data = toData(src);
    const check = validate();
    const problems = [];
    if (!check(data)) {
        // `if`/`then` wrappers repeat the real error, and the branches of a probe's `oneOf` only half-say what its own
        // error says: keep only errors that say something.
        const errors = (check.errors ?? []).filter((e) => e.keyword !== 'if' && !isProbeBranch(e));
        const seen = new Set();
        for (const e of errors) {
            const { path, message } = describeError(e);
            const { node, key } = nodeAt(src, path);
            const at = nodePosition(src, e.keyword === 'additionalProperties' ? (key ?? node) : node);
            const id = `${at.line}:${message}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            problems.push({ file, ...at, message });
        }
    }
    else {
        problems.push(...semanticProblems(src, data));
    }
    if (problems.length > 0)
        throw new SuiteError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
    const doc = data;
    return {
        ...doc,
        file,
        line: nodePosition(src, nodeAt(src, ['name']).key).line,
        scenarios: doc.scenarios.map((s, i) => ({ ...s, file, ...scenarioLines(src, i), ...stepLines(src, i, s) })),
    };
}
/**
 * The document as plain data. `yaml` refuses aliases that expand too much (a "billion laughs" file) with a
 * ReferenceError: that is a problem of the suite file, at its first alias, not a crash.
 */
function toData(src) {
    try {
        return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        let alias;
        (0,dist/* visit */.YR)(src.doc, {
            Alias: (_key, node) => {
                alias = node;
                return dist/* visit */.YR.BREAK;
            },
        });
        throw new SuiteError([
            {
                file: src.file,
                ...nodePosition(src, alias ?? null),
                message: `YAML aliases expand too much (${err.message}); write the scenarios out instead`,
            },
        ]);
    }
}
/** How many alias expansions a suite may use (yaml's default): plenty for sharing a few blocks. */
const MAX_ALIAS_COUNT = 100;
function scenarioLines(src, index) {
    return linesOf(src, ['scenarios', index]);
}
/** Kind steps: the lines of each step (its case and finding point there). */
function stepLines(src, index, s) {
    if (s.steps === undefined)
        return {};
    return { stepLines: s.steps.map((_, j) => linesOf(src, ['scenarios', index, 'steps', j])) };
}
function linesOf(src, path) {
    const { node } = nodeAt(src, path);
    const start = nodePosition(src, node).line;
    const end = node?.range ? position(src, Math.max(node.range[0], node.range[1] - 1)).line : start;
    return { line: start, endLine: Math.max(start, end) };
}
/** Rules the schema cannot express: unique scenario names, parsable durations and regexes, and each kind's own. */
function semanticProblems(src, doc) {
    const out = [];
    const at = (path, message) => {
        const { node } = nodeAt(src, path);
        out.push({ file: src.file, ...nodePosition(src, node), message });
    };
    const names = new Set();
    for (const [k, v] of Object.entries(doc.waits ?? {})) {
        if ((0,duration/* parseDuration */.E9)(v) === undefined)
            at(['waits', k], `'waits.${k}' is not a duration: ${v}`);
    }
    const { workload } = doc;
    if (workload?.scaleFrom !== undefined && workload.replicas !== undefined && workload.scaleFrom > workload.replicas) {
        at(['workload', 'scaleFrom'], `'workload.scaleFrom' (${workload.scaleFrom}) exceeds replicas (${workload.replicas})`);
    }
    for (const p of referenceProblems(doc))
        at(p.path, p.message);
    for (const p of readinessProblems(doc))
        at(p.path, p.message);
    doc.scenarios.forEach((s, i) => {
        if (names.has(s.name))
            at(['scenarios', i, 'name'], `scenario name '${s.name}' is used twice`);
        names.add(s.name);
        if (s.expect?.body !== undefined) {
            try {
                new RegExp(s.expect.body);
            }
            catch (err) {
                at(['scenarios', i, 'expect', 'body'], `'expect.body' is not a valid regex: ${err.message}`);
            }
        }
        // the rest is the kind's own (src/kube/scenarios/)
        for (const p of (0,scenarios/* scenarioKind */.nd)(s.kind)?.validate?.(s, doc) ?? [])
            at(['scenarios', i, ...p.path], p.message);
    });
    return out;
}
/**
 * Loads suites by built-in name or path (relative to `cwd`).
 * @param specs items of the `suites` input
 * @param cwd the workspace, for relative paths and repository-relative finding paths
 */
function loadSuites(specs, cwd) {
    const builtins = builtinSuitesDir();
    return specs.map((spec) => {
        const builtin = BUILTIN_SUITES.includes(spec);
        const abs = builtin ? (0,external_node_path_.join)(builtins, `${spec}.yaml`) : (0,external_node_path_.isAbsolute)(spec) ? spec : (0,external_node_path_.resolve)(cwd, spec);
        const rel = (0,external_node_path_.relative)(cwd, abs);
        const display = builtin ? `suites/${spec}.yaml` : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : rel;
        if (!(0,external_node_fs_.existsSync)(abs) && looksLikePath(spec)) {
            // meant as a file: report it at that file (its annotation names it), not at the workflow's input
            throw new SuiteError([
                {
                    file: display.split('\\').join('/'),
                    line: 1,
                    column: 1,
                    message: `suite file '${spec}' does not exist (suites are read relative to the workspace)`,
                },
            ]);
        }
        if (!(0,external_node_fs_.existsSync)(abs)) {
            throw new errors/* ConfigurationError */.j1(`Input 'suites': '${spec}' is neither a built-in suite (${BUILTIN_SUITES.join(', ')}) nor an existing file.`, 'suites');
        }
        const file = display.split('\\').join('/');
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
        }
        catch (err) {
            const code = err.code ?? String(err);
            throw new SuiteError([{ file, line: 1, column: 1, message: `cannot read the suite file (${code})` }]);
        }
        return parseSuite(text, file);
    });
}
/** A `suites` item that names a file rather than a built-in suite: it has a directory or a YAML extension. */
const looksLikePath = (spec) => /[/\\]/.test(spec) || /\.ya?ml$/i.test(spec);
/**
 * Keeps the scenarios the filter selects. Items: a scenario name, `suite/scenario`, `tag:NAME`, or any of those
 * prefixed with `!` to exclude. Without positive items every scenario is selected before exclusions apply.
 */
function filterScenarios(suite, filter) {
    if (filter.length === 0)
        return suite;
    const positive = filter.filter((f) => !f.startsWith('!'));
    const negative = filter.filter((f) => f.startsWith('!')).map((f) => f.slice(1));
    const hit = (s, item) => {
        if (item.startsWith('tag:')) {
            const tag = item.slice(4);
            return (s.tags ?? []).includes(tag) || (suite.tags ?? []).includes(tag);
        }
        return item === s.name || item === `${suite.name}/${s.name}` || item === suite.name;
    };
    return {
        ...suite,
        scenarios: suite.scenarios.filter((s) => (positive.length === 0 || positive.some((f) => hit(s, f))) && !negative.some((f) => hit(s, f))),
    };
}


/***/ }),

/***/ 90293:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ listItems),
/* harmony export */   Fd: () => (/* binding */ parseEndpointAddresses),
/* harmony export */   UN: () => (/* binding */ parseNode),
/* harmony export */   Vb: () => (/* binding */ parseKubeJson),
/* harmony export */   Z2: () => (/* binding */ deploymentReady),
/* harmony export */   fe: () => (/* binding */ parsePod),
/* harmony export */   nO: () => (/* binding */ parseService),
/* harmony export */   zi: () => (/* binding */ parseDeployment)
/* harmony export */ });
/* unused harmony export KubectlParseError */
/**
 * The parts of real `kubectl … -o json` objects the connectivity engine reads (Pod, Deployment, Service, Node,
 * Endpoints, and `List`), with tolerant parsers: missing optional fields become `undefined`, a wrong shape throws a
 * {@link KubectlParseError} naming the command.
 */
/** Thrown when kubectl printed something other than the expected JSON shape. */
class KubectlParseError extends Error {
    constructor(what, detail) {
        super(`unexpected output of 'kubectl ${what}': ${detail}`);
        this.name = 'KubectlParseError';
    }
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function obj(v) {
    return isObject(v) ? v : {};
}
function s(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function n(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Parses kubectl's JSON output into an object. */
function parseKubeJson(what, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new KubectlParseError(what, `not JSON: ${text.slice(0, 200)}`);
    }
    if (!isObject(value))
        throw new KubectlParseError(what, 'expected a JSON object');
    return value;
}
/** The `items` of a `kind: List` (or `PodList`, …) object. */
function listItems(what, text) {
    const o = parseKubeJson(what, text);
    if (!Array.isArray(o.items))
        throw new KubectlParseError(what, "expected a List with 'items'");
    return o.items.filter(isObject);
}
function meta(what, o) {
    const m = obj(o.metadata);
    const name = s(m.name);
    if (name === undefined)
        throw new KubectlParseError(what, 'object without metadata.name');
    const strings = (v) => Object.fromEntries(Object.entries(obj(v)).filter((e) => typeof e[1] === 'string'));
    return {
        name,
        namespace: s(m.namespace),
        uid: s(m.uid),
        labels: strings(m.labels),
        annotations: strings(m.annotations),
        deletionTimestamp: s(m.deletionTimestamp),
    };
}
/** One pod object (`kubectl get pod P -o json` or an item of a list). */
function parsePod(o, what = 'get pods') {
    const spec = obj(o.spec);
    const status = obj(o.status);
    const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isObject) : [];
    const statuses = Array.isArray(status.containerStatuses) ? status.containerStatuses.filter(isObject) : [];
    const waiting = statuses.map((c) => s(obj(obj(c.state).waiting).reason)).find((r) => r !== undefined);
    return {
        metadata: meta(what, o),
        nodeName: s(spec.nodeName),
        phase: s(status.phase) ?? 'Unknown',
        podIP: s(status.podIP),
        hostIP: s(status.hostIP),
        ready: conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
        waitingReason: waiting,
        containers: (Array.isArray(spec.containers) ? spec.containers.filter(isObject) : []).flatMap((c) => s(c.name) === undefined ? [] : [s(c.name)]),
        restarts: statuses.reduce((sum, c) => sum + (n(c.restartCount) ?? 0), 0),
    };
}
/** `kubectl get deployment D -o json`. */
function parseDeployment(o, what = 'get deployment') {
    const m = obj(o.metadata);
    const status = obj(o.status);
    return {
        metadata: meta(what, o),
        generation: n(m.generation),
        replicas: n(obj(o.spec).replicas) ?? 1,
        observedGeneration: n(status.observedGeneration),
        readyReplicas: n(status.readyReplicas) ?? 0,
        availableReplicas: n(status.availableReplicas) ?? 0,
        updatedReplicas: n(status.updatedReplicas) ?? 0,
    };
}
/**
 * True when the rollout finished the way `kubectl rollout status` decides it: the controller saw the latest
 * generation and every desired replica is updated, ready and available.
 */
function deploymentReady(d) {
    const observed = d.generation === undefined || (d.observedGeneration ?? 0) >= d.generation;
    return (observed && d.updatedReplicas >= d.replicas && d.readyReplicas >= d.replicas && d.availableReplicas >= d.replicas);
}
/** `kubectl get service S -o json`. */
function parseService(o, what = 'get service') {
    const spec = obj(o.spec);
    const ports = (Array.isArray(spec.ports) ? spec.ports.filter(isObject) : []).map((p) => {
        const port = n(p.port) ?? 0;
        const target = p.targetPort;
        const protocol = p.protocol === 'UDP' || p.protocol === 'SCTP' ? p.protocol : 'TCP';
        return {
            name: s(p.name),
            protocol,
            port,
            targetPort: typeof target === 'number' ? target : (s(target) ?? port),
        };
    });
    const clusterIP = s(spec.clusterIP);
    const ingress = obj(obj(o.status).loadBalancer).ingress;
    const loadBalancerIP = Array.isArray(ingress) ? s(obj(ingress[0]).ip) : undefined;
    return {
        metadata: meta(what, o),
        type: s(spec.type) ?? 'ClusterIP',
        clusterIP: clusterIP === 'None' ? undefined : clusterIP,
        ports,
        selector: Object.fromEntries(Object.entries(obj(spec.selector)).filter((e) => typeof e[1] === 'string')),
        ...(loadBalancerIP === undefined ? {} : { loadBalancerIP }),
    };
}
/** An item of `kubectl get nodes -o json`. */
function parseNode(o, what = 'get nodes') {
    const status = obj(o.status);
    const addresses = Array.isArray(status.addresses) ? status.addresses.filter(isObject) : [];
    const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isObject) : [];
    return {
        name: meta(what, o).name,
        internalIP: s(addresses.find((a) => a.type === 'InternalIP')?.address),
        ready: conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
    };
}
/** Ready endpoint addresses of `kubectl get endpoints S -o json` (pod name from `targetRef`, when set). */
function parseEndpointAddresses(o) {
    const subsets = Array.isArray(o.subsets) ? o.subsets.filter(isObject) : [];
    return subsets.flatMap((sub) => (Array.isArray(sub.addresses) ? sub.addresses.filter(isObject) : []).flatMap((a) => {
        const ip = s(a.ip);
        return ip === undefined ? [] : [{ ip, pod: s(obj(a.targetRef).name) }];
    }));
}


/***/ })

};
