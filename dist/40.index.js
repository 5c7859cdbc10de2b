export const id = 40;
export const ids = [40];
export const modules = {

/***/ 40:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./build/cli/version.js
var version = __webpack_require__(5537);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
// EXTERNAL MODULE: ./build/runtime/cancel.js
var runtime_cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/openstack/wait.js
var wait = __webpack_require__(9854);
;// CONCATENATED MODULE: ./build/kube/cancelled.js


/** The case a cancelled run ends with. */
function cancelledCase(reason, during) {
    return {
        id: 'cancelled',
        name: 'cancelled',
        suite: 'run',
        status: 'failed',
        message: `cancelled (${reason})${during ? ` during ${during}` : ''}; the namespace and the load balancers of the run were removed`,
    };
}
/**
 * Makes sure the load balancers named `names` (Kuryr's `NAMESPACE/SERVICE`) are gone: waits for Kuryr, then deletes
 * what is left with `loadbalancer delete --cascade`. Never throws; returns the names it could not remove.
 */
async function removeLoadBalancers(client, names, logger, options = {}) {
    if (names.length === 0)
        return [];
    const wanted = new Set(names);
    const left = async () => (await client.loadBalancerList()).filter((lb) => wanted.has(lb.name));
    try {
        await (0,wait/* waitFor */.f)(async () => ((await left()).length === 0 ? true : undefined), {
            timeoutMs: options.graceMs ?? 30_000,
            intervalMs: options.intervalMs ?? 2000,
            describe: `load balancers ${names.join(', ')} to be deleted by Kuryr`,
        });
        return [];
    }
    catch (err) {
        logger.warning(`${(0,errors/* getErrorMessage */.u1)(err)}; deleting them`);
    }
    const failed = [];
    for (const lb of await left().catch(() => [])) {
        try {
            await client.raw(['loadbalancer', 'delete', '--cascade', lb.id]);
            logger.info(`deleted load balancer ${lb.name} (${lb.id})`);
        }
        catch (err) {
            failed.push(lb.name);
            logger.warning(`could not delete load balancer ${lb.name} (${lb.id}): ${(0,errors/* getErrorMessage */.u1)(err)}`);
        }
    }
    return failed;
}

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(8806);
;// CONCATENATED MODULE: ./build/kube/classify.js
/** The demo server's reply (field guide §7.3): `<pod>: HELLO! I AM ALIVE!!!` (docs: `HELLO,`). */
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
async function pool(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await fn(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
            result = await kubectl.exec(pod, ['sh', '-c', script], { timeoutMs });
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
                return raw ? judge(p, raw, options.expectationOf(p)) : transportVerdict(p, 'no result line');
            });
        }
        why = failure;
        if (attempt < attempts) {
            stats.retries++;
            options.onRetry?.(pod, attempt, why);
        }
    }
    return probes.map((p) => transportVerdict(p, `${why} (after ${attempts} attempts)`));
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
    await pool(batches, options.concurrency ?? 8, async (b) => {
        for (const v of await runBatch(kubectl, b.pod, b.probes, options, stats))
            byId.set(v.probe, v);
    });
    stats.wallMs = Date.now() - started;
    return { verdicts: probes.map((p) => byId.get(p) ?? transportVerdict(p, 'not run')), stats };
}

;// CONCATENATED MODULE: ./build/kube/types.js
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
    return {
        metadata: meta(what, o),
        type: s(spec.type) ?? 'ClusterIP',
        clusterIP: clusterIP === 'None' ? undefined : clusterIP,
        ports,
        selector: Object.fromEntries(Object.entries(obj(spec.selector)).filter((e) => typeof e[1] === 'string')),
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

;// CONCATENATED MODULE: ./build/kube/kubectl.js
/**
 * A typed wrapper over `kubectl`, called through the command-runner port with real kubectl grammar
 * (`kubectl --kubeconfig K -n NS get pods -l app=demo -o json`). It parses the JSON shapes real kubectl prints, so the
 * same code runs against a cluster and against the sandbox's kubectl double.
 */


/** Every exit code: `kubectl exec` passes the command's code through, and the caller classifies it. */
/** True when kubectl said the object does not exist. */
function isKubeNotFound(err) {
    return err instanceof command/* CommandError */.Qd && /\(NotFound\)|not found/i.test(err.result.stderr);
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
        return parseDeployment(parseKubeJson('get deployment', await this.run(['get', 'deployment', name, '-o', 'json'])));
    }
    /** `kubectl get pods [-l SELECTOR] -o json`. */
    async pods(selector) {
        const args = ['get', 'pods', ...(selector === undefined ? [] : ['-l', selector]), '-o', 'json'];
        return listItems('get pods', await this.run(args)).map((o) => parsePod(o));
    }
    /** `kubectl get service NAME -o json`. */
    async service(name) {
        return parseService(parseKubeJson('get service', await this.run(['get', 'service', name, '-o', 'json'])));
    }
    /** Ready addresses of `kubectl get endpoints NAME -o json`. */
    async endpoints(name) {
        return parseEndpointAddresses(parseKubeJson('get endpoints', await this.run(['get', 'endpoints', name, '-o', 'json'])));
    }
    /** `kubectl get nodes -o json`. */
    async nodes() {
        return listItems('get nodes', await this.run(['get', 'nodes', '-o', 'json'], { namespaced: false })).map((o) => parseNode(o));
    }
    /**
     * `kubectl get PLURAL -o json` for optional resources (Kuryr CRDs): the items as raw JSON, or `undefined` when the
     * cluster (or the sandbox double) does not serve the resource.
     */
    async optionalList(plural) {
        try {
            return listItems(`get ${plural}`, await this.run(['get', plural, '-o', 'json']));
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
            allowedExitCodes: command/* ANY_EXIT_CODE */._x,
            label: 'kubectl exec',
        });
    }
}

;// CONCATENATED MODULE: ./build/kube/junit-path.js
/** Where the connectivity JUnit file goes inside the results directory. */

/** `<results-dir>/connectivity-junit.xml`. */
function junitOf(resultsDir) {
    return (0,external_node_path_.join)(resultsDir, 'connectivity-junit.xml');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/kube/junit.js
/**
 * A JUnit XML writer for the connectivity cases: one `<testsuite>` per suite, one `<testcase>` per scenario
 * (`classname` = suite), `<failure>` for failed, `<error>` for error, `<skipped>` for skipped; flaky cases pass with a
 * `flaky` property and their message in `<system-out>`. Written atomically (temp file + rename).
 */


/** Escapes text for XML content and attributes; drops characters XML 1.0 forbids. */
function xmlEscape(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;'));
}
/** Renders cases as JUnit XML. */
function renderJUnit(cases, properties = {}) {
    const suites = new Map();
    for (const c of cases)
        suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
    const secs = (ms) => ((ms ?? 0) / 1000).toFixed(3);
    const props = Object.entries(properties)
        .map(([k, v]) => `      <property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`)
        .join('\n');
    const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="connectivity" tests="${cases.length}">`];
    for (const [name, list] of suites) {
        const count = (s) => list.filter((c) => c.status === s).length;
        const time = list.reduce((t, c) => t + (c.durationMs ?? 0), 0);
        out.push(`  <testsuite name="${xmlEscape(name)}" tests="${list.length}" failures="${count('failed')}" errors="${count('error')}" skipped="${count('skipped')}" time="${secs(time)}">`);
        if (props)
            out.push('    <properties>', props, '    </properties>');
        for (const c of list) {
            const file = c.location ? ` file="${xmlEscape(c.location.file)}" line="${c.location.line ?? 1}"` : '';
            out.push(`    <testcase classname="${xmlEscape(name)}" name="${xmlEscape(c.name)}" time="${secs(c.durationMs)}"${file}>`);
            const msg = xmlEscape(c.message ?? '');
            const body = xmlEscape(c.details ?? c.message ?? '');
            if (c.status === 'failed')
                out.push(`      <failure message="${msg}">${body}</failure>`);
            else if (c.status === 'error')
                out.push(`      <error message="${msg}">${body}</error>`);
            else if (c.status === 'skipped')
                out.push(`      <skipped message="${msg}"/>`);
            else if (c.status === 'flaky') {
                out.push('      <properties><property name="flaky" value="true"/></properties>');
                out.push(`      <system-out>${body}</system-out>`);
            }
            out.push('    </testcase>');
        }
        out.push('  </testsuite>');
    }
    out.push('</testsuites>');
    return out.join('\n') + '\n';
}
/** Writes the JUnit file atomically. */
function writeJUnit(path, cases, properties = {}) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    (0,external_node_fs_.writeFileSync)(tmp, renderJUnit(cases, properties));
    (0,external_node_fs_.renameSync)(tmp, path);
}

// EXTERNAL MODULE: ./build/kube/suite.js + 2 modules
var kube_suite = __webpack_require__(5812);
;// CONCATENATED MODULE: ./build/kube/plan.js
/**
 * The planner: turns a suite's probe scenarios and the cluster's facts (ready pods, services) into probes, and turns
 * the verdicts back into one result per scenario: passed, failed, or flaky (some rounds of a `repeat` failed, others
 * passed), with "every backend answers" checked over requestsPerBackend × N requests (field guide §9).
 */



/** Default curl --connect-timeout and --max-time (seconds). */
const DEFAULT_CONNECT_S = 2;
const DEFAULT_MAX_S = 5;
/** Case id of a scenario. */
function caseIdOf(suite, scenario) {
    return `${suite}/${scenario}`;
}
function secondsOf(text, fallback) {
    const ms = text === undefined ? undefined : (0,duration/* parseDuration */.E9)(text);
    return ms === undefined ? fallback : ms / 1000;
}
function protocolFor(scenario) {
    return scenario.protocol ?? 'http';
}
/** The expectation of a scenario: outcome ok by default; the demo reply regex for http/udp probes of pods. */
function expectationOf(scenario) {
    const outcome = scenario.expect?.outcome ?? 'ok';
    const body = scenario.expect?.body !== undefined
        ? new RegExp(scenario.expect.body)
        : scenario.kind === 'pod-to-external'
            ? undefined
            : DEMO_REPLY;
    return { outcome, body };
}
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
/**
 * Plans one probe scenario.
 * @param nextId generates probe ids (`p1`, `p2`, …) unique within a round
 */
function planScenario(suite, scenario, facts, nextId) {
    const caseId = caseIdOf(suite.name, scenario.name);
    const rounds = scenario.repeat ?? suite.repeat ?? 1;
    const plan = { scenario, caseId, rounds: [], expectation: expectationOf(scenario) };
    const protocol = protocolFor(scenario);
    const connectTimeoutS = secondsOf(scenario.timeouts?.connect, DEFAULT_CONNECT_S);
    const maxTimeS = secondsOf(scenario.timeouts?.max, DEFAULT_MAX_S);
    const pods = facts.pods.filter((p) => p.podIP !== undefined);
    if (pods.length === 0)
        return { ...plan, error: 'no ready pod with an IP to probe from' };
    const sources = (scenario.from ?? (scenario.kind === 'pod-to-pod' ? 'every-pod' : 'one-pod')) === 'every-pod'
        ? pods
        : pods.slice(0, 1);
    const base = { caseId, protocol, connectTimeoutS, maxTimeS };
    let template = [];
    if (scenario.kind === 'pod-to-pod') {
        const placement = scenario.placement ?? 'any';
        for (const src of sources) {
            for (const dst of pods) {
                if (dst === src && pods.length > 1)
                    continue;
                if (placement === 'same-node' && src.nodeName !== dst.nodeName)
                    continue;
                if (placement === 'other-node' && src.nodeName === dst.nodeName)
                    continue;
                template.push({
                    ...base,
                    source: src.metadata.name,
                    host: dst.podIP,
                    port: protocol === 'icmp' ? undefined : scenario.port,
                    target: dst.metadata.name,
                    expectPod: protocol === 'http' || protocol === 'udp' ? dst.metadata.name : undefined,
                });
            }
        }
        if (template.length === 0) {
            return {
                ...plan,
                skip: `no ${placement} pod pairs among ${pods.length} pod(s) (nodes: ${[...new Set(pods.map((p) => p.nodeName ?? '?'))].join(', ')})`,
            };
        }
    }
    else if (scenario.kind === 'pod-to-service') {
        const svc = facts.services.get(scenario.to ?? '');
        if (!svc?.clusterIP)
            return { ...plan, error: `service '${scenario.to ?? ''}' has no cluster IP` };
        const wanted = protocol === 'udp' ? 'UDP' : 'TCP';
        const port = svc.ports.find((p) => (scenario.port === undefined || p.port === scenario.port) && p.protocol === wanted);
        if (!port)
            return { ...plan, error: `service '${svc.metadata.name}' has no ${wanted} port ${scenario.port ?? ''}`.trim() };
        const every = scenario.expect?.everyBackend ?? false;
        const total = every ? (scenario.expect?.requestsPerBackend ?? 10) * pods.length : sources.length;
        for (let i = 0; i < total; i++) {
            const src = sources[i % sources.length];
            template.push({
                ...base,
                source: src.metadata.name,
                host: svc.clusterIP,
                port: port.port,
                target: `svc/${svc.metadata.name}`,
            });
        }
        if (every)
            plan.everyBackend = pods.map((p) => p.metadata.name);
    }
    else if (scenario.kind === 'pod-to-external') {
        const target = (0,kube_suite/* substitute */.V2)(scenario.to ?? '', facts.vars, `${scenario.file}:${scenario.line} (${scenario.name}.to)`);
        let parsed;
        try {
            parsed = parseExternalTarget(target, scenario);
        }
        catch (err) {
            return { ...plan, error: err.message };
        }
        template = sources.map((src) => ({
            ...base,
            source: src.metadata.name,
            host: parsed.host,
            port: parsed.port,
            url: protocol === 'http' ? parsed.url : undefined,
            target,
        }));
    }
    else {
        return { ...plan, error: `not a probe scenario: ${scenario.kind}` };
    }
    for (let r = 1; r <= rounds; r++)
        plan.rounds.push(template.map((t) => ({ ...t, id: nextId(), round: r })));
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

;// CONCATENATED MODULE: ./build/kube/state.js




/** DevStack/Kuryr defaults. */
const DEFAULT_KURYR_NAMES = {
    podNetwork: 'k8s-pod-net',
    podSubnet: 'k8s-pod-subnet',
    serviceSubnet: 'k8s-service-subnet',
    trunk: 'trunk0',
};
/**
 * Polls `check` until it reports no problems or `timeoutMs` passes.
 * @returns whether the state was reached, the convergence time and the last problems
 */
async function waitState(check, options) {
    const started = Date.now();
    let last = { problems: [`${options.what}: not checked yet`] };
    try {
        const value = await (0,wait/* waitFor */.f)(async () => {
            try {
                last = await check();
            }
            catch (err) {
                last = { problems: [(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? 'error'] };
            }
            return last.problems.length === 0 ? { value: last.value } : undefined;
        }, { timeoutMs: options.timeoutMs, intervalMs: options.intervalMs, describe: options.what, signal: options.signal });
        return { ok: true, ms: Date.now() - started, value: value.value, problems: [] };
    }
    catch (err) {
        if (err instanceof runtime_cancel/* CancelledError */.cc)
            throw err; // the run stops; not a failed wait
        const problems = err instanceof wait/* WaitTimeoutError */.D ? last.problems : [(0,errors/* getErrorMessage */.u1)(err)];
        return { ok: false, ms: Date.now() - started, value: last.value, problems };
    }
}
/** Live (not terminating) pods of the workload, sorted by name. */
async function workloadPods(kubectl, app) {
    const pods = await kubectl.pods(`app=${app}`);
    return pods
        .filter((p) => p.metadata.deletionTimestamp === undefined)
        .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}
/** Deployment rolled out and `replicas` pods Running, Ready, with an IP. */
async function checkDeployment(kubectl, name, replicas) {
    const d = await kubectl.deployment(name);
    const pods = await workloadPods(kubectl, name);
    const problems = [];
    if (!deploymentReady(d)) {
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
/**
 * The service's load balancer `<ns>/<svc>` ACTIVE with VIP = clusterIP, a listener and pool per port named
 * `<ns>/<svc>:<PROTO>:<port>` ACTIVE, and (with `pods`) members `<ns>/<pod>:<targetPort>` == ready pods, ACTIVE.
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
            out.push({ kind, title, data: { error: (0,errors/* getErrorMessage */.u1)(err).split('\n').slice(0, 3).join('\n') } });
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

;// CONCATENATED MODULE: ./build/kube/engine.js
/**
 * The connectivity engine: for each suite, deploy the workload → wait on state (deployment ready, one ACTIVE port per
 * pod, load balancers ACTIVE with members == ready pods; convergence times recorded) → state checks → probes
 * (batched per source pod, round by round for `repeat`) → classify → evidence. The results file is opened before any
 * cluster call; every scenario becomes a case at its suite line, failures become findings at that line, and the
 * JUnit file is written at the end. The namespace is deleted afterwards when this run created it.
 */













/** The results stage. */
const CONNECTIVITY_STAGE = 'connectivity';
const DEFAULT_WAITS = { deployment: '5m', ports: '2m', loadBalancer: '20m', interval: '2s' };
function ms(text, fallback) {
    return (0,duration/* parseDuration */.E9)(text ?? fallback) ?? (0,duration/* parseDuration */.E9)(fallback) ?? 0;
}
/** Results and JUnit paths inside the results directory. */
function connectivityPaths(resultsDir) {
    return { results: (0,external_node_path_.join)(resultsDir, 'connectivity.json'), junit: junitOf(resultsDir) };
}
/** The Deployment the engine applies for a workload (exported so tests can pre-deploy the identical object). */
function deploymentManifest(name, image, replicas, spread) {
    const labels = { app: name };
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, labels },
        spec: {
            replicas,
            selector: { matchLabels: labels },
            template: {
                metadata: { labels },
                spec: {
                    containers: [
                        {
                            name,
                            image,
                            ports: [
                                { containerPort: 8080, protocol: 'TCP' },
                                { containerPort: 9090, protocol: 'UDP' },
                            ],
                        },
                    ],
                    ...(spread
                        ? {
                            affinity: {
                                podAntiAffinity: {
                                    preferredDuringSchedulingIgnoredDuringExecution: [
                                        {
                                            weight: 100,
                                            podAffinityTerm: {
                                                labelSelector: { matchLabels: labels },
                                                topologyKey: 'kubernetes.io/hostname',
                                            },
                                        },
                                    ],
                                },
                            },
                        }
                        : {}),
                },
            },
        },
    };
}
function serviceManifest(app, s) {
    const protocol = s.protocol ?? 'TCP';
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.name, labels: { app } },
        spec: {
            type: 'ClusterIP',
            selector: { app },
            ports: [
                { name: `${protocol.toLowerCase()}-${s.port}`, protocol, port: s.port, targetPort: s.targetPort ?? s.port },
            ],
        },
    };
}
/** Per-run state shared by the suites. */
class Run {
    settings;
    deps;
    results;
    cases = [];
    findings = [];
    stats = { execs: 0, retries: 0, wallMs: 0 };
    nextProbe = 0;
    deadline;
    /** Kuryr's names (`NAMESPACE/SERVICE`) of the load balancers of the services this run applied. */
    loadBalancers = [];
    /** What the run was doing, for the cancelled case. */
    phase;
    constructor(settings, deps, results) {
        this.settings = settings;
        this.deps = deps;
        this.results = results;
        this.deadline = Date.now() + settings.timeoutMs;
    }
    /** Throws a CancelledError once SIGINT/SIGTERM arrived; notes `phase` as what the run is doing. */
    step(phase) {
        (0,runtime_cancel/* throwIfCancelled */.dZ)(this.deps.signal);
        this.phase = phase;
    }
    /** After a failed call: when the run was cancelled, the failure is the cancellation (a CancelledError). */
    checkCancelled() {
        (0,runtime_cancel/* throwIfCancelled */.dZ)(this.deps.signal);
    }
    get names() {
        return this.deps.names ?? DEFAULT_KURYR_NAMES;
    }
    probeId = () => `p${++this.nextProbe}`;
    budget(wanted) {
        return Math.max(1000, Math.min(wanted, this.deadline - Date.now()));
    }
    async add(c, finding) {
        this.cases.push(c);
        await this.results.addCase(c);
        if (finding) {
            const f = { ...finding, caseId: c.id };
            this.findings.push(f);
            await this.results.addFinding(f);
        }
    }
}
function findingFor(scenario, c) {
    if (c.status !== 'failed' && c.status !== 'error' && c.status !== 'flaky')
        return undefined;
    return {
        file: scenario.file,
        line: scenario.line,
        endLine: scenario.endLine,
        level: c.status === 'flaky' ? 'warning' : 'failure',
        title: `connectivity: ${c.id} ${c.status}`,
        message: c.message ?? c.status,
        details: c.details,
        rule: `connectivity/${scenario.kind}`,
    };
}
function reachability(verdicts, expect, everyBackend) {
    // The last round decides a cell; every-backend scenarios collapse to one cell per source.
    const last = Math.max(0, ...verdicts.map((v) => v.probe.round));
    const cells = new Map();
    for (const v of verdicts.filter((x) => x.probe.round === last)) {
        const key = `${v.probe.source}>${v.probe.target}`;
        const prev = cells.get(key);
        const passed = (prev?.passed ?? true) && v.passed;
        cells.set(key, {
            from: v.probe.source,
            to: v.probe.target,
            protocol: `${v.probe.protocol}${v.probe.port === undefined ? '' : `/${v.probe.port}`}${everyBackend ? ' (every backend)' : ''}`,
            expected: expect.outcome,
            observed: passed ? v.observed : prev && !prev.passed ? prev.observed : v.observed,
            passed,
        });
    }
    return [...cells.values()];
}
/**
 * Runs the suites and writes the results (JSON + JUnit). Never throws for a cluster failure: a suite that cannot run
 * becomes an error case with a finding at the suite's first line.
 */
async function runConnectivity(suites, settings, deps, paths) {
    const results = await writer/* ResultsWriter */.QU.open(paths.results, {
        toolVersion: deps.toolVersion,
        stage: CONNECTIVITY_STAGE,
        extra: { mode: settings.mode, namespace: settings.namespace, execMode: settings.execMode, suites: settings.suites },
    });
    const run = new Run(settings, deps, results);
    const { kubectl, logger } = deps;
    let created = false;
    try {
        try {
            created = !(await namespaceExists(kubectl));
            if (created)
                deps.onCreatingNamespace?.();
            if (created)
                await kubectl.createNamespace({ 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' });
        }
        catch (err) {
            run.checkCancelled();
            await run.add({
                id: 'setup/namespace',
                name: `namespace ${settings.namespace}`,
                suite: 'setup',
                status: 'error',
                message: (0,errors/* getErrorMessage */.u1)(err).split('\n')[0],
            }, {
                file: suites[0]?.file ?? 'suites',
                line: suites[0]?.line ?? 1,
                level: 'failure',
                title: 'connectivity: namespace',
                message: (0,errors/* getErrorMessage */.u1)(err),
            });
            return await finish(run, paths, created);
        }
        for (const [i, raw] of suites.entries()) {
            const suite = (0,kube_suite/* filterScenarios */.gW)(raw, settings.filter);
            if (suite.scenarios.length === 0)
                continue;
            run.step(`suite ${suite.name}`);
            await logger.group(`suite ${suite.name} (${suite.file})`, () => runSuite(run, suite, i < suites.length - 1));
        }
    }
    catch (err) {
        // Cancelled (at a step, or a kubectl call the signal ended): `finish` removes the namespace and the load
        // balancers; the results say what ran.
        if (!(err instanceof runtime_cancel/* CancelledError */.cc) && !deps.signal?.aborted)
            throw err;
        const reason = err instanceof runtime_cancel/* CancelledError */.cc ? err.reason : (0,runtime_cancel/* cancelReason */.zw)(deps.signal);
        logger.error(`connectivity: cancelled (${reason}) during ${run.phase ?? 'setup'}; cleaning up`);
        await run.add(cancelledCase(reason, run.phase));
    }
    return finish(run, paths, created);
}
async function namespaceExists(kubectl) {
    try {
        await kubectl.run(['get', 'namespace', kubectl.namespace, '-o', 'json'], { namespaced: false });
        return true;
    }
    catch (err) {
        if (isKubeNotFound(err))
            return false;
        throw err;
    }
}
async function finish(run, paths, created) {
    const { logger, client } = run.deps;
    const kubectl = run.deps.cleanupKubectl ?? run.deps.kubectl;
    const cancelled = run.deps.signal?.aborted === true;
    if (created) {
        try {
            await kubectl.deleteNamespace();
            logger.info(`deleted namespace ${kubectl.namespace}`);
        }
        catch (err) {
            logger.warning(`could not delete namespace ${kubectl.namespace}: ${(0,errors/* getErrorMessage */.u1)(err)}`);
        }
    }
    else if (cancelled) {
        // not our namespace: only the services this run applied go (and with them their load balancers)
        const services = run.loadBalancers.map((lb) => lb.split('/')[1] ?? lb);
        if (services.length > 0)
            await kubectl.run(['delete', 'service', ...services]).catch(() => undefined);
    }
    if (cancelled && client)
        await removeLoadBalancers(client, run.loadBalancers, logger, { graceMs: run.deps.lbGraceMs });
    writeJUnit(paths.junit, run.cases, {
        mode: run.settings.mode,
        namespace: run.settings.namespace,
        execMode: run.settings.execMode,
    });
    await run.results.finish();
    const count = (s) => run.cases.filter((c) => c.status === s).length;
    const failed = count('failed') + count('error');
    const outputs = {
        results: run.results.path,
        junit: paths.junit,
        passed: String(count('passed')),
        failed: String(failed),
        flaky: String(count('flaky')),
    };
    const headline = failed === 0
        ? `connectivity: all ${run.cases.length - count('skipped')} checks passed${count('flaky') ? ` (${count('flaky')} flaky)` : ''} (${run.stats.execs} kubectl exec)`
        : `connectivity: ${failed} of ${run.cases.length} checks failed`;
    const outcome = { success: failed === 0, headline, outputs, cases: run.cases, findings: run.findings };
    if (!cancelled)
        return { ...outcome, stats: run.stats };
    return { ...outcome, headline: `connectivity: cancelled (${run.phase ?? 'setup'})`, stats: run.stats, cancelled };
}
async function runSuite(run, suite, cleanupAfter) {
    const { settings, deps } = run;
    const { kubectl, client, logger } = deps;
    const loc = (s) => ({ file: s.file, line: s.line, endLine: s.endLine });
    if (suite.modes && !suite.modes.includes(settings.mode)) {
        for (const s of suite.scenarios) {
            await run.add({
                id: `${suite.name}/${s.name}`,
                name: s.name,
                suite: suite.name,
                status: 'skipped',
                message: `suite applies to mode ${suite.modes.join(', ')}, not ${settings.mode}`,
                location: loc(s),
                tags: s.tags,
            });
        }
        return;
    }
    const waits = { ...DEFAULT_WAITS, ...suite.waits };
    const interval = deps.intervalMs ?? ms(waits.interval, DEFAULT_WAITS.interval);
    const portOptions = { namespace: settings.namespace, mode: settings.mode, names: run.names };
    const w = suite.workload;
    const app = w?.name ?? 'demo';
    const replicas = w?.replicas ?? settings.replicas;
    let pods = [];
    const services = new Map();
    const suiteLoc = { file: suite.file, line: suite.line };
    const waitCase = async (id, name, outcome, evidence) => {
        const c = {
            id: `${suite.name}/wait/${id}`,
            name: `wait: ${name}`,
            suite: suite.name,
            status: outcome.ok ? 'passed' : 'failed',
            durationMs: outcome.ms,
            message: outcome.ok
                ? `converged in ${(outcome.ms / 1000).toFixed(1)} s`
                : `not reached in ${(outcome.ms / 1000).toFixed(0)} s: ${outcome.problems[0] ?? ''}`,
            details: outcome.ok ? undefined : outcome.problems.join('\n'),
            location: suiteLoc,
            tags: ['wait', `convergence-ms:${outcome.ms}`],
            evidence,
        };
        await run.add(c, outcome.ok
            ? undefined
            : {
                ...suiteLoc,
                level: 'failure',
                title: `connectivity: ${c.id}`,
                message: c.message ?? '',
                details: c.details,
                rule: 'connectivity/wait',
            });
    };
    if (w) {
        try {
            run.step(`suite ${suite.name}: deploy workload ${app}`);
            const first = w.scaleFrom ?? replicas;
            await kubectl.apply(deploymentManifest(app, w.image ?? settings.image, first, (w.placement ?? 'spread') === 'spread'));
            let outcome = await waitState(() => checkDeployment(kubectl, app, first), {
                timeoutMs: run.budget(ms(waits.deployment, '5m')),
                intervalMs: interval,
                signal: deps.signal,
                what: `deployment ${app} ready`,
            });
            if (outcome.ok && first !== replicas) {
                await kubectl.scale(app, replicas);
                const again = await waitState(() => checkDeployment(kubectl, app, replicas), {
                    timeoutMs: run.budget(ms(waits.deployment, '5m')),
                    intervalMs: interval,
                    signal: deps.signal,
                    what: `deployment ${app} scaled to ${replicas}`,
                });
                outcome = { ...again, ms: outcome.ms + again.ms };
            }
            pods = outcome.value ?? (await workloadPods(kubectl, app)).filter((p) => p.ready && p.podIP);
            await waitCase('deployment', `deployment ${app} ready with ${replicas} pods${w.scaleFrom ? ` (scaled from ${w.scaleFrom})` : ''}`, outcome, outcome.ok
                ? undefined
                : await collectEvidence(deps, { pods: await workloadPods(kubectl, app), services: [], options: portOptions }));
            if (client && pods.length > 0) {
                const ports = await waitState(() => checkPorts(client, pods, portOptions), {
                    timeoutMs: run.budget(ms(waits.ports, '2m')),
                    intervalMs: interval,
                    signal: deps.signal,
                    what: 'one ACTIVE Neutron port per pod',
                });
                await waitCase('ports', 'one ACTIVE Neutron port per pod', ports, ports.ok ? undefined : await collectEvidence(deps, { pods, services: [], options: portOptions }));
            }
            for (const s of w.services ?? []) {
                run.step(`suite ${suite.name}: service ${s.name}`);
                run.loadBalancers.push(`${settings.namespace}/${s.name}`);
                await kubectl.apply(serviceManifest(app, s));
                const svc = await kubectl.service(s.name);
                services.set(s.name, svc);
                if (!client)
                    continue;
                const lb = await waitState(() => checkLoadBalancer(client, settings.namespace, svc, pods), {
                    timeoutMs: run.budget(ms(waits.loadBalancer, '20m')),
                    intervalMs: interval,
                    signal: deps.signal,
                    what: `load balancer ${settings.namespace}/${s.name}`,
                });
                const tree = lb.value;
                const row = {
                    name: `${settings.namespace}/${s.name}`,
                    vip: svc.clusterIP ?? '',
                    provisioning: tree?.provisioningStatus ?? 'missing',
                    operating: tree?.operatingStatus ?? '',
                    listeners: tree?.listeners.map((l) => `${l.name} (${l.provisioningStatus})`) ?? [],
                    members: tree?.listeners.flatMap((l) => l.pools.flatMap((p) => p.members)).length ?? 0,
                    expectedMembers: pods.length * svc.ports.length,
                    convergenceMs: lb.ms,
                };
                const evidence = [{ kind: 'loadbalancer', title: row.name, data: row }];
                if (!lb.ok)
                    evidence.push(...(await collectEvidence(deps, { pods, services: [svc], options: portOptions })));
                await waitCase(`loadbalancer-${s.name}`, `load balancer ${row.name} ACTIVE with ${pods.length} member(s)`, lb, evidence);
            }
        }
        catch (err) {
            run.checkCancelled();
            const message = (0,errors/* getErrorMessage */.u1)(err);
            logger.error(`suite ${suite.name}: workload failed: ${message}`);
            await run.add({
                id: `${suite.name}/workload`,
                name: `deploy workload ${app}`,
                suite: suite.name,
                status: 'error',
                message: message.split('\n')[0],
                details: message,
                location: suiteLoc,
            }, {
                ...suiteLoc,
                level: 'failure',
                title: `connectivity: ${suite.name} workload`,
                message: message.split('\n')[0] ?? message,
                details: message,
                rule: 'connectivity/workload',
            });
        }
    }
    // State scenarios.
    for (const s of suite.scenarios.filter((x) => x.kind === 'state')) {
        run.step(`suite ${suite.name}: ${s.name}`);
        const t0 = Date.now();
        let problems;
        let evidence;
        let status = 'passed';
        try {
            const r = await stateCheck(run, s, app, pods, services, portOptions);
            if (r.skip) {
                await run.add({
                    id: `${suite.name}/${s.name}`,
                    name: s.name,
                    suite: suite.name,
                    status: 'skipped',
                    message: r.skip,
                    location: loc(s),
                    tags: s.tags,
                });
                continue;
            }
            problems = r.problems;
            // The VLAN table is the proof of the nested claim: kept for passing cases too.
            if (problems.length === 0 && s.check === 'trunk-subports')
                evidence = [{ kind: 'trunk-subports', data: r.value }];
            if (problems.length > 0) {
                status = 'failed';
                evidence = [
                    ...(r.value === undefined ? [] : [{ kind: 'state', title: s.check ?? 'state', data: r.value }]),
                    ...(await collectEvidence(deps, { pods, services: [...services.values()], options: portOptions })),
                ];
            }
        }
        catch (err) {
            run.checkCancelled();
            status = 'error';
            problems = [(0,errors/* getErrorMessage */.u1)(err)];
        }
        const c = {
            id: `${suite.name}/${s.name}`,
            name: s.name,
            suite: suite.name,
            status,
            durationMs: Date.now() - t0,
            message: problems[0],
            details: problems.length > 1 ? problems.join('\n') : undefined,
            location: loc(s),
            evidence,
            tags: s.tags,
        };
        await run.add(c, findingFor(s, c));
    }
    // Probe scenarios: all scenarios' probes of one round go out together, one exec per source pod.
    const facts = {
        namespace: settings.namespace,
        pods: [...pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
        services,
        vars: { ...suite.variables, ...(settings.externalTarget ? { 'external-target': settings.externalTarget } : {}) },
    };
    const plans = [];
    for (const s of suite.scenarios.filter((x) => x.kind !== 'state')) {
        const scenario = settings.repeat === undefined ? s : { ...s, repeat: settings.repeat };
        try {
            plans.push(planScenario(suite, scenario, facts, run.probeId));
        }
        catch (err) {
            plans.push({
                scenario,
                caseId: `${suite.name}/${s.name}`,
                rounds: [],
                expectation: { outcome: 'ok' },
                error: (0,errors/* getErrorMessage */.u1)(err),
            });
        }
    }
    const verdicts = new Map();
    const rounds = Math.max(0, ...plans.map((p) => p.rounds.length));
    const started = Date.now();
    for (let r = 0; r < rounds; r++) {
        run.step(`suite ${suite.name}: probes, round ${r + 1} of ${rounds}`);
        const probes = plans.flatMap((p) => p.rounds[r] ?? []);
        const byCase = new Map(plans.map((p) => [p.caseId, p.expectation]));
        const { verdicts: got, stats } = await runProbes(kubectl, probes, {
            mode: settings.execMode,
            expectationOf: (p) => byCase.get(p.caseId) ?? { outcome: 'ok' },
            onRetry: (pod, attempt, why) => logger.warning(`kubectl exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
        });
        run.stats.execs += stats.execs;
        run.stats.retries += stats.retries;
        for (const v of got)
            verdicts.set(v.probe.caseId, [...(verdicts.get(v.probe.caseId) ?? []), v]);
    }
    run.stats.wallMs += Date.now() - started;
    run.step(`suite ${suite.name}: verdicts`); // probes cut short by a signal are no verdicts
    for (const plan of plans) {
        const result = evaluateScenario(plan, verdicts.get(plan.caseId) ?? []);
        const s = plan.scenario;
        const evidence = [];
        const cells = reachability(result.verdicts, plan.expectation, plan.everyBackend !== undefined);
        if (cells.length > 0)
            evidence.push({ kind: 'reachability', title: 'expected vs observed', data: cells });
        if (plan.everyBackend)
            evidence.push({
                kind: 'backends',
                title: 'backends seen',
                data: { expected: plan.everyBackend, seen: result.backendsSeen },
            });
        if (result.status === 'failed' || result.status === 'error') {
            const involved = new Set(result.failures.flatMap((v) => [v.probe.source, v.probe.target]));
            const svcs = [...services.values()].filter((x) => involved.has(`svc/${x.metadata.name}`));
            evidence.push({
                kind: 'probes',
                title: 'failing probes',
                data: result.failures.slice(0, 50).map((v) => ({
                    from: v.probe.source,
                    to: v.probe.target,
                    protocol: v.probe.protocol,
                    host: v.probe.host,
                    port: v.probe.port,
                    observed: v.observed,
                    exitCode: v.exitCode,
                    httpCode: v.httpCode,
                    stderr: v.stderr,
                    body: v.body,
                })),
            });
            evidence.push(...(await collectEvidence(deps, {
                pods: pods.filter((p) => involved.has(p.metadata.name) || svcs.length > 0),
                services: svcs,
                options: portOptions,
            })));
        }
        const c = {
            id: plan.caseId,
            name: s.name,
            suite: suite.name,
            status: result.status,
            durationMs: Date.now() - started,
            message: result.message,
            details: result.details,
            attempts: result.attempts || undefined,
            location: loc(s),
            evidence,
            tags: s.tags,
        };
        await run.add(c, findingFor(s, c));
    }
    if (cleanupAfter && w) {
        for (const s of w.services ?? [])
            await kubectl.run(['delete', 'service', s.name]).catch(() => undefined);
        await kubectl.run(['delete', 'deployment', app]).catch(() => undefined);
        await waitState(async () => ({ problems: (await workloadPods(kubectl, app)).map((p) => `pod ${p.metadata.name} still exists`) }), { timeoutMs: run.budget(120_000), intervalMs: interval, what: `workload ${app} gone`, signal: deps.signal });
    }
}
async function stateCheck(run, s, app, pods, services, options) {
    const client = run.deps.client;
    const needCloud = () => {
        if (!client)
            throw new Error(`the ${s.check ?? ''} check needs the OpenStack cloud (os-cloud)`);
        return client;
    };
    const svcOf = () => {
        const name = s.resource ?? [...services.keys()][0];
        const svc = name === undefined ? undefined : services.get(name);
        if (!svc)
            throw new Error(`no service ${name ?? ''} in the workload`);
        return svc;
    };
    switch (s.check) {
        case 'pods-running': {
            const want = run.settings.replicas;
            const live = await workloadPods(run.deps.kubectl, app);
            const bad = live.filter((p) => p.phase !== 'Running' || !p.ready);
            const problems = bad.map((p) => `pod ${p.metadata.name} is ${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`);
            if (live.length === 0)
                problems.push('no pods');
            return {
                problems,
                value: live.map((p) => ({
                    name: p.metadata.name,
                    phase: p.phase,
                    node: p.nodeName,
                    ip: p.podIP,
                    wanted: want,
                })),
            };
        }
        case 'pod-ips-in-subnet': {
            const subnet = await needCloud().subnetShow(s.resource ?? run.names.podSubnet);
            const problems = pods
                .filter((p) => !p.podIP || !ipInCidr(p.podIP, subnet.cidr))
                .map((p) => `pod ${p.metadata.name} IP ${p.podIP ?? 'none'} is not in ${subnet.name} (${subnet.cidr})`);
            if (pods.length === 0)
                problems.push('no ready pods');
            return { problems, value: { subnet: subnet.cidr, ips: pods.map((p) => p.podIP) } };
        }
        case 'pod-ports-active':
            return checkPorts(needCloud(), pods, options);
        case 'trunk-subports':
            if (run.settings.mode !== 'nested')
                return { problems: [], skip: 'trunk subports apply to mode nested' };
            return checkTrunkSubports(needCloud(), pods, {
                ...options,
                trunk: s.resource,
                vlanInPod: (pod) => vlanInPod(run.deps.kubectl, pod.metadata.name),
            });
        case 'loadbalancer-active':
            return checkLoadBalancer(needCloud(), run.settings.namespace, svcOf(), undefined);
        case 'loadbalancer-members':
            return checkLoadBalancer(needCloud(), run.settings.namespace, svcOf(), pods);
        case 'network-exists': {
            const net = await needCloud().networkShow(s.resource ?? run.names.podNetwork);
            return { problems: [], value: net };
        }
        case 'subnet-exists': {
            const subnet = await needCloud().subnetShow(s.resource ?? run.names.podSubnet);
            return {
                problems: s.cidr !== undefined && subnet.cidr !== s.cidr
                    ? [`subnet ${subnet.name} is ${subnet.cidr}, expected ${s.cidr}`]
                    : [],
                value: subnet,
            };
        }
        case 'security-group-exists': {
            const rules = await needCloud().securityGroupRuleList(s.resource ?? 'service_pod_access');
            return { problems: [], value: rules };
        }
        case 'api-loadbalancer':
            return checkApiLoadBalancer(needCloud(), run.names);
        default:
            return { problems: [`unknown check ${String(s.check)}`] };
    }
}
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(6353);
;// CONCATENATED MODULE: ./build/kube/preflight.js
/**
 * The connectivity preflight: seconds, before the namespace exists. A cloud missing from clouds.yaml, a kubeconfig
 * that is missing or not YAML, an API server that does not answer and a kubectl that is not there are configuration
 * errors naming the flag/input, not a slow cloud to poll for minutes.
 */







/** The clouds.yaml openstacksdk reads: `OS_CLIENT_CONFIG_FILE` first, then its search path; the first that exists. */
function activeCloudsYaml(envFile, cwd) {
    const searched = [...(envFile ? [(0,external_node_path_.resolve)(cwd, envFile)] : []), ...(0,clouds_yaml/* cloudsYamlCandidates */.Y2)(undefined, cwd)];
    return { file: searched.find((f) => (0,external_node_fs_.existsSync)(f)), searched };
}
/** The cloud names of a clouds.yaml (a ConfigurationError when the file is not YAML with a `clouds` map). */
function cloudNames(file, input = 'os-cloud') {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${file} (clouds.yaml of '${input}') is not valid YAML: ${(0,errors/* getErrorMessage */.u1)(err)}`, input);
    }
    const clouds = doc?.clouds;
    return clouds !== null && typeof clouds === 'object' ? Object.keys(clouds) : [];
}
/** Checks the cloud name against clouds.yaml, without calling the cloud. */
function checkCloud(cloud, envFile, cwd) {
    const { file, searched } = activeCloudsYaml(envFile, cwd);
    if (file === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'os-cloud': no clouds.yaml for cloud '${cloud}' (looked at ${searched.join(', ')}); set OS_CLIENT_CONFIG_FILE`, 'os-cloud');
    }
    const names = cloudNames(file);
    if (!names.includes(cloud)) {
        throw new errors/* ConfigurationError */.j1(`Input 'os-cloud': cloud '${cloud}' is not in ${file}; it has: ${names.join(', ') || 'no clouds'}.`, 'os-cloud');
    }
}
/** The kubeconfig file exists and is YAML with clusters and contexts. Returns its absolute path. */
function checkKubeconfig(path, cwd) {
    const file = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        throw new errors/* ConfigurationError */.j1(`Input 'kubeconfig': cannot read ${file}: ${code ?? (0,errors/* getErrorMessage */.u1)(err).split('\n')[0]}`, 'kubeconfig');
    }
    const kc = doc;
    if (!kc || !Array.isArray(kc.clusters) || !Array.isArray(kc.contexts)) {
        throw new errors/* ConfigurationError */.j1(`Input 'kubeconfig': ${file} is not a kubeconfig (no clusters or contexts).`, 'kubeconfig');
    }
    return file;
}
/**
 * Runs every check: clouds.yaml, kubeconfig, then one bounded `kubectl version` (finds kubectl and asks the API
 * server, which answers in milliseconds when it is up).
 * @throws ConfigurationError naming `os-cloud`, `kubeconfig` or `kubectl`
 */
async function connectivityPreflight(p) {
    if (p.cloud !== undefined)
        checkCloud(p.cloud, p.cloudsYamlEnv, p.cwd);
    const kubeconfig = p.kubeconfig === undefined ? undefined : checkKubeconfig(p.kubeconfig, p.cwd);
    const kubectl = p.kubectl ?? 'kubectl';
    const timeoutMs = p.timeoutMs ?? 15_000;
    const args = [
        ...(kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig]),
        `--request-timeout=${Math.max(1, Math.floor(timeoutMs / 1000) - 2)}s`,
        'version',
        '-o',
        'json',
    ];
    try {
        await p.runner.run(kubectl, args, { timeoutMs, label: 'kubectl' });
    }
    catch (err) {
        if (!(err instanceof command/* CommandError */.Qd))
            throw err;
        if (err.cancelled)
            throw new runtime_cancel/* CancelledError */.cc((0,runtime_cancel/* cancelReason */.zw)(p.signal), 'during the preflight');
        if (err.code === 'ENOENT' || err.code === 'EACCES') {
            throw new errors/* ConfigurationError */.j1(`kubectl '${kubectl}' cannot be run (${err.code}): install it on PATH or name it with --kubectl / KDF_KUBECTL.`, 'kubectl');
        }
        const why = err.timedOut
            ? `no answer in ${Math.round(timeoutMs / 1000)} s`
            : (err.result.stderr.trim().split('\n')[0] ?? err.message);
        throw new errors/* ConfigurationError */.j1(`Input 'kubeconfig': the Kubernetes API server of ${kubeconfig ?? "kubectl's default kubeconfig"} does not answer: ${why}`, 'kubeconfig');
    }
}

;// CONCATENATED MODULE: ./build/kube/action.js
/**
 * actions/connectivity's orchestration, shared by the action and `kdf connectivity`: settings → suites (validated,
 * line-accurate errors) → preflight (clouds.yaml, kubeconfig, kubectl; ConfigurationError) → results file (before
 * any cluster change) → {@link runConnectivity}. A suite error becomes an
 * error case and a finding at the suite's line, never a stack trace.
 */











/** The results directory: the input, else `$KDF_RESULTS_DIR`, else `$RUNNER_TEMP/kdf-results`. */
function resultsDirOf(settings, env = process.env) {
    return settings.resultsDir ?? env.KDF_RESULTS_DIR ?? (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'kdf-results');
}
/** Loads the suites and runs them. */
async function runConnectivityAction(settings, deps) {
    const paths = connectivityPaths(resultsDirOf(settings, deps.env));
    let suites;
    try {
        suites = (0,kube_suite/* loadSuites */._k)(settings.suites, deps.cwd);
    }
    catch (err) {
        const problems = err instanceof kube_suite/* SuiteError */.$K
            ? err.problems
            : [{ file: 'action.yml', line: 1, column: 1, message: (0,errors/* getErrorMessage */.u1)(err) }];
        const results = await writer/* ResultsWriter */.QU.open(paths.results, {
            toolVersion: deps.toolVersion,
            stage: CONNECTIVITY_STAGE,
        });
        const c = {
            id: 'suites',
            name: 'load suites',
            suite: 'setup',
            status: 'error',
            message: problems[0]?.message ?? 'invalid suite',
            details: (0,errors/* getErrorMessage */.u1)(err),
        };
        await results.addCase(c);
        const findings = problems.map((p) => ({
            file: p.file,
            line: p.line,
            column: p.column,
            level: 'failure',
            title: 'connectivity: invalid suite',
            message: p.message,
            rule: 'connectivity/suite-schema',
            caseId: 'suites',
        }));
        await results.addFindings(findings);
        await results.finish();
        writeJUnit(paths.junit, [c]);
        return {
            success: false,
            headline: `connectivity: invalid suite: ${(0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? ''}`,
            outputs: { results: results.path, junit: paths.junit, passed: '0', failed: '1', flaky: '0' },
            cases: [c],
            findings,
            stats: { execs: 0, retries: 0, wallMs: 0 },
        };
    }
    // kubectl calls end with a SIGINT/SIGTERM (a hung `kubectl exec` must not hold the run); the clean-up's do not
    const runner = new runtime_cancel/* SignalledCommandRunner */.Hf(deps.runner, deps.signal);
    // Seconds, before the namespace: a wrong cloud, kubeconfig or kubectl is a configuration error, not a slow cluster.
    try {
        await connectivityPreflight({
            runner,
            kubectl: deps.kubectl,
            kubeconfig: settings.kubeconfig,
            cloud: deps.client ? settings.cloud : undefined,
            cloudsYamlEnv: (deps.env ?? process.env).OS_CLIENT_CONFIG_FILE,
            cwd: deps.cwd,
        });
    }
    catch (err) {
        if (!(err instanceof runtime_cancel/* CancelledError */.cc))
            throw err;
        return cancelledBeforeStart(paths, deps.toolVersion, err.reason);
    }
    const kubectlOf = (r) => new Kubectl({
        runner: r,
        kubeconfig: settings.kubeconfig,
        namespace: settings.namespace,
        executable: deps.kubectl,
    });
    const kubectl = kubectlOf(runner);
    return runConnectivity(suites, settings, {
        kubectl,
        client: deps.client,
        logger: deps.logger,
        toolVersion: deps.toolVersion,
        intervalMs: deps.intervalMs,
        signal: deps.signal,
        lbGraceMs: deps.lbGraceMs,
        cleanupKubectl: kubectlOf(deps.runner),
        onCreatingNamespace: deps.onCreatingNamespace,
    }, paths);
}
/** Cancelled during the preflight: nothing was made; the results say so. */
async function cancelledBeforeStart(paths, toolVersion, reason) {
    const results = await writer/* ResultsWriter */.QU.open(paths.results, { toolVersion, stage: CONNECTIVITY_STAGE });
    const c = cancelledCase(reason, 'the preflight');
    await results.addCase(c);
    await results.finish();
    writeJUnit(paths.junit, [c]);
    return {
        success: false,
        headline: 'connectivity: cancelled (the preflight)',
        outputs: { results: results.path, junit: paths.junit, passed: '0', failed: '1', flaky: '0' },
        cases: [c],
        findings: [],
        stats: { execs: 0, retries: 0, wallMs: 0 },
        cancelled: true,
    };
}

// EXTERNAL MODULE: ./build/kube/settings.js
var kube_settings = __webpack_require__(1039);
// EXTERNAL MODULE: ./build/kube/summary.js
var summary = __webpack_require__(7864);
// EXTERNAL MODULE: ./build/openstack/client.js
var client = __webpack_require__(5952);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(542);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(993);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(7186);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(6210);
;// CONCATENATED MODULE: ./build/actions/connectivity.js
/**
 * actions/connectivity: a thin adapter. Reads typed inputs, runs the library (src/kube/action.ts), and turns the
 * outcome into outputs, annotations and a job summary (reachability matrix and load-balancer table). `post` deletes
 * the run's namespace if main died before it could.
 */













/** Test and sandbox knobs (documented in the README): the kubectl executable and a netns for `openstack`. */
const kubectlPath = process.env.KDF_KUBECTL;
const netns = process.env.KDF_OPENSTACK_NETNS;
/** The main step. */
async function main(io = (0,stage_io/* actionsStageIO */.o)()) {
    const settings = (0,kube_settings/* readConnectivitySettings */.js)(io.inputs);
    const logger = new core_logger/* CoreLogger */.U();
    const runner = new command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC, logger });
    io.saveState('kubeconfig', settings.kubeconfig ?? '');
    // The runner cancels with SIGINT: stop at the next step, remove the namespace and the load balancers, report.
    const cancel = (0,runtime_cancel/* abortOnSignals */.PB)();
    let outcome;
    try {
        outcome = await runConnectivityAction(settings, {
            runner,
            client: new client/* OpenStackClient */.Q({
                runner,
                cloud: settings.cloud,
                prefix: netns ? ['ip', 'netns', 'exec', netns] : undefined,
            }),
            logger,
            toolVersion: version/* VERSION */.x,
            cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            kubectl: kubectlPath,
            signal: cancel.signal,
            // Saved before the namespace exists: post deletes it if main dies half-way (and not one never made).
            onCreatingNamespace: () => io.saveState('namespace', settings.generatedNamespace ? settings.namespace : ''),
        });
    }
    finally {
        cancel.dispose();
    }
    io.saveState('done', 'true');
    for (const [name, value] of Object.entries(outcome.outputs))
        io.setOutput(name, value);
    (0,action_io/* annotateFindings */.dv)(outcome.findings);
    const seen = new summary/* ConnectivityEvidence */.bC();
    outcome.cases.forEach((c) => seen.observe(c));
    const s = core.summary.addHeading('connectivity', 2);
    s.addRaw(`\n**${outcome.success ? '✅' : '❌'} ${outcome.headline}**\n\n`);
    s.addRaw(`${(0,summary/* renderMatrix */.CW)(seen.cells, 400_000)}\n\n${(0,summary/* renderLoadBalancers */.y_)(seen.loadBalancers, 100_000)}\n`);
    await s.write();
    if (!outcome.success)
        io.setFailed(outcome.headline);
}
/** The post step: deletes a generated namespace that main left behind. */
async function post(io = (0,stage_io/* actionsStageIO */.o)()) {
    const namespace = io.getState('namespace');
    if (!namespace || io.getState('done') === 'true')
        return;
    const kubectl = new Kubectl({
        runner: new command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC }),
        kubeconfig: io.getState('kubeconfig') || undefined,
        namespace,
        executable: kubectlPath,
    });
    const deleted = await kubectl.deleteNamespace();
    core.info(deleted ? `deleted namespace ${namespace}` : `namespace ${namespace} was already gone`);
}


/***/ }),

/***/ 5952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ OpenStackClient)
/* harmony export */ });
/* unused harmony export ruleMatches */
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8806);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4416);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7950);
/**
 * A typed wrapper over the `openstack` CLI. Every call goes through the command-runner port, uses `-f json` where
 * the command prints, retries transient failures (connection refused/reset, 5xx) with backoff and never a 4xx, and
 * turns failures into {@link OpenStackError}s carrying the API's message.
 */




/** The typed `openstack` CLI. */
class OpenStackClient {
    cloud;
    runner;
    prefix;
    executable;
    timeoutMs;
    retry;
    sleep;
    env;
    constructor(options) {
        this.runner = options.runner;
        this.cloud = options.cloud;
        this.prefix = options.prefix ?? [];
        this.executable = options.executable ?? 'openstack';
        this.timeoutMs = options.timeoutMs ?? 120_000;
        this.retry = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.env = { ...options.env };
        if (options.cloudsYaml !== undefined)
            this.env.OS_CLIENT_CONFIG_FILE = options.cloudsYaml;
    }
    /** Runs `openstack --os-cloud CLOUD ARGS…` (add `-f json` yourself) and returns stdout. Retries transient failures. */
    async raw(args) {
        const full = [this.executable, '--os-cloud', this.cloud, ...args];
        const [command, ...rest] = this.prefix.length > 0 ? [...this.prefix, ...full] : full;
        for (let attempt = 1;; attempt++) {
            try {
                const result = await this.runner.run(command ?? this.executable, rest, {
                    timeoutMs: this.timeoutMs,
                    env: this.env,
                    label: 'openstack',
                });
                return result.stdout;
            }
            catch (err) {
                if (!(err instanceof _runtime_command_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandError */ .Qd) || err.cancelled || err.code !== undefined)
                    throw err;
                const failure = _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OpenStackError */ .jK.fromCommandError(err, attempt);
                if (!failure.transient || attempt >= this.retry.attempts)
                    throw failure;
                await this.sleep(Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1)));
            }
        }
    }
    json(args) {
        return this.raw([...args, '-f', 'json']);
    }
    /** Runs `delete`, answering false instead of failing when the object is gone already. */
    async deleteIfExists(args) {
        try {
            await this.raw(args);
            return true;
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
                return false;
            throw err;
        }
    }
    /** Shows an object, `undefined` when it does not exist. */
    async find(show, nameOrId) {
        try {
            return await show(nameOrId);
        }
        catch (err) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(err))
                return undefined;
            throw err;
        }
    }
    // --- key pairs -----------------------------------------------------------------------------------------------------
    /** `keypair create NAME`: Nova generates the key; the CLI prints the PEM private key (even with `-f json`). */
    async keypairCreate(name) {
        const privateKey = await this.raw(['keypair', 'create', name]);
        if (!privateKey.includes('PRIVATE KEY-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OpenStackError */ .jK({
                command: `openstack keypair create ${name}`,
                exitCode: 0,
                stderr: 'keypair create did not print a private key',
            });
        }
        const shown = await this.keypairShow(name);
        return { ...shown, privateKey };
    }
    /** `keypair show NAME -f json`. */
    async keypairShow(name) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeypair */ .no)(await this.json(['keypair', 'show', name]));
    }
    /** `keypair delete NAME`; false when it did not exist. */
    keypairDelete(name) {
        return this.deleteIfExists(['keypair', 'delete', name]);
    }
    // --- security group rules ------------------------------------------------------------------------------------------
    /** `security group rule create` for `spec` in `group`. */
    async securityGroupRuleCreate(group, spec) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSecurityGroupRule */ .PC)(await this.json(['security', 'group', 'rule', 'create', ...ruleArgs(spec), group]));
    }
    /** `security group rule list GROUP -f json`. */
    async securityGroupRuleList(group) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSecurityGroupRuleList */ .PG)(await this.json(['security', 'group', 'rule', 'list', group]));
    }
    /** `security group rule delete ID`; false when it did not exist. */
    securityGroupRuleDelete(id) {
        return this.deleteIfExists(['security', 'group', 'rule', 'delete', id]);
    }
    /** Creates the ingress rule unless an equal one exists (also when another process created it meanwhile: 409). */
    async ensureSecurityGroupRule(group, spec) {
        const existing = (await this.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
        if (existing)
            return { rule: existing, created: false };
        try {
            return { rule: await this.securityGroupRuleCreate(group, spec), created: true };
        }
        catch (err) {
            if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .OpenStackError */ .jK) || err.httpStatus !== 409)
                throw err;
            const raced = (await this.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
            if (!raced)
                throw err;
            return { rule: raced, created: false };
        }
    }
    // --- images, flavors, networks -------------------------------------------------------------------------------------
    /** `image show NAME -f json`. */
    async imageShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImage */ .zZ)(await this.json(['image', 'show', nameOrId]));
    }
    /** `image create NAME --file F --disk-format D --container-format bare -f json`. */
    async imageCreate(name, options) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImage */ .zZ)(await this.json([
            'image',
            'create',
            '--file',
            options.file,
            '--disk-format',
            options.diskFormat,
            '--container-format',
            options.containerFormat ?? 'bare',
            name,
        ]));
    }
    /** `image delete NAME`; false when it did not exist. */
    imageDelete(nameOrId) {
        return this.deleteIfExists(['image', 'delete', nameOrId]);
    }
    /** `flavor show NAME -f json`. */
    async flavorShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFlavor */ .wp)(await this.json(['flavor', 'show', nameOrId]));
    }
    /** `network show NAME -f json`. */
    async networkShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNetwork */ .MO)(await this.json(['network', 'show', nameOrId]));
    }
    /** `subnet show NAME -f json`. */
    async subnetShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSubnet */ .Fg)(await this.json(['subnet', 'show', nameOrId]));
    }
    /** `subnet pool show NAME -f json`. */
    async subnetPoolShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSubnetPool */ .HE)(await this.json(['subnet', 'pool', 'show', nameOrId]));
    }
    // --- ports ---------------------------------------------------------------------------------------------------------
    /** `port create --network N [--security-group G]… NAME -f json`. */
    async portCreate(name, options) {
        const groups = (options.securityGroups ?? []).flatMap((g) => ['--security-group', g]);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(await this.json(['port', 'create', '--network', options.network, ...groups, name]));
    }
    /** `port show NAME -f json`. */
    async portShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePort */ .pz)(await this.json(['port', 'show', nameOrId]));
    }
    /** `port list [--name N] [--network N] -f json`. */
    async portList(filter = {}) {
        const args = ['port', 'list'];
        if (filter.name !== undefined)
            args.push('--name', filter.name);
        if (filter.network !== undefined)
            args.push('--network', filter.network);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePortList */ .$e)(await this.json(args));
    }
    /** `port delete ID`; false when it did not exist. */
    portDelete(nameOrId) {
        return this.deleteIfExists(['port', 'delete', nameOrId]);
    }
    // --- trunks --------------------------------------------------------------------------------------------------------
    /** `network trunk create --parent-port P [--subport …]… NAME -f json`. */
    async trunkCreate(name, parentPort, subports = []) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrunk */ .cE)(await this.json(['network', 'trunk', 'create', '--parent-port', parentPort, ...subportArgs(subports), name]));
    }
    /** `network trunk show NAME -f json`. */
    async trunkShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrunk */ .cE)(await this.json(['network', 'trunk', 'show', nameOrId]));
    }
    /** `network trunk set --subport port=…,segmentation-type=vlan,segmentation-id=N… TRUNK` (prints nothing). */
    async trunkSet(trunk, subports) {
        await this.raw(['network', 'trunk', 'set', ...subportArgs(subports), trunk]);
    }
    /** `network trunk unset --subport PORT… TRUNK` (prints nothing). */
    async trunkUnset(trunk, ports) {
        await this.raw(['network', 'trunk', 'unset', ...ports.flatMap((p) => ['--subport', p]), trunk]);
    }
    /** `network trunk delete NAME`; false when it did not exist. */
    trunkDelete(nameOrId) {
        return this.deleteIfExists(['network', 'trunk', 'delete', nameOrId]);
    }
    /** `network subport list --trunk T -f json`. */
    async subportList(trunk) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSubportList */ .fV)(await this.json(['network', 'subport', 'list', '--trunk', trunk]));
    }
    // --- servers -------------------------------------------------------------------------------------------------------
    /** `server create --image I --flavor F --nic port-id=P --key-name K NAME -f json` (returns in BUILD). */
    async serverCreate(name, options) {
        const args = ['server', 'create', '--image', options.image, '--flavor', options.flavor];
        args.push('--nic', `port-id=${options.portId}`);
        if (options.keyName !== undefined)
            args.push('--key-name', options.keyName);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseServer */ .ld)(await this.json([...args, name]));
    }
    /** `server show NAME -f json`. */
    async serverShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseServer */ .ld)(await this.json(['server', 'show', nameOrId]));
    }
    /** `server delete ID` (without waiting); false when it did not exist. */
    serverDelete(nameOrId) {
        return this.deleteIfExists(['server', 'delete', nameOrId]);
    }
    /** `console log show [--lines N] SERVER` (plain text). */
    consoleLog(server, lines) {
        const args = ['console', 'log', 'show'];
        if (lines !== undefined)
            args.push('--lines', String(lines));
        return this.raw([...args, server]);
    }
    // --- floating IPs --------------------------------------------------------------------------------------------------
    /** `floating ip create [--port P] NETWORK -f json`. */
    async floatingIpCreate(network, options = {}) {
        const args = ['floating', 'ip', 'create'];
        if (options.port !== undefined)
            args.push('--port', options.port);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFloatingIp */ .Rf)(await this.json([...args, network]));
    }
    /** `floating ip set --port P FIP` (prints nothing). */
    async floatingIpSet(fip, port) {
        await this.raw(['floating', 'ip', 'set', '--port', port, fip]);
    }
    /** `floating ip show FIP -f json`. */
    async floatingIpShow(fip) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFloatingIp */ .Rf)(await this.json(['floating', 'ip', 'show', fip]));
    }
    /** `floating ip list [--port P] -f json`: the ids. */
    async floatingIpIds(filter = {}) {
        const args = ['floating', 'ip', 'list'];
        if (filter.port !== undefined)
            args.push('--port', filter.port);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArray */ .$v)('floating ip list', await this.json(args)).map((row) => String(row.ID));
    }
    /** `floating ip delete FIP`; false when it did not exist. */
    floatingIpDelete(fip) {
        return this.deleteIfExists(['floating', 'ip', 'delete', fip]);
    }
    // --- connectivity: ports in detail, Octavia ------------------------------------------------------------------------
    /** `port list --long [--network N] [--device-owner O] [--name N] -f json`. */
    async portListLong(filter = {}) {
        const args = ['port', 'list', '--long'];
        if (filter.network !== undefined)
            args.push('--network', filter.network);
        if (filter.deviceOwner !== undefined)
            args.push('--device-owner', filter.deviceOwner);
        if (filter.name !== undefined)
            args.push('--name', filter.name);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePortListLong */ .nT)(await this.json(args));
    }
    /** The `security_group_ids` of `port show ID -f json` (`port list --long` leaves its column empty in OSC 6.0). */
    async portSecurityGroupIds(nameOrId) {
        const o = (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseObject */ .lj)('port show', await this.json(['port', 'show', nameOrId]));
        const ids = o.security_group_ids;
        return Array.isArray(ids) ? ids.filter((g) => typeof g === 'string') : [];
    }
    /** Ids of `network trunk list -f json` (column `ID`). */
    async trunkIds() {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArray */ .$v)('network trunk list', await this.json(['network', 'trunk', 'list'])).flatMap((o) => typeof o.ID === 'string' ? [o.ID] : []);
    }
    /** `loadbalancer list [--name N] -f json`. */
    async loadBalancerList(filter = {}) {
        const args = ['loadbalancer', 'list'];
        if (filter.name !== undefined)
            args.push('--name', filter.name);
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLoadBalancerList */ .iB)(await this.json(args));
    }
    /** `loadbalancer show NAME -f json`. */
    async loadBalancerShow(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLoadBalancer */ .cg)(await this.json(['loadbalancer', 'show', nameOrId]));
    }
    /** `loadbalancer status show NAME`: the status tree (the command prints JSON and takes no `-f`). */
    async loadBalancerStatus(nameOrId) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLbStatusTree */ .A5)(await this.raw(['loadbalancer', 'status', 'show', nameOrId]));
    }
    /** `loadbalancer member list POOL -f json`. */
    async loadBalancerMemberList(pool) {
        return (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLbMemberList */ .ii)(await this.json(['loadbalancer', 'member', 'list', pool]));
    }
}
function subportArgs(subports) {
    return subports.flatMap((s) => [
        '--subport',
        `port=${s.port},segmentation-type=vlan,segmentation-id=${s.segmentationId}`,
    ]);
}
function ruleArgs(spec) {
    const ethertype = spec.ethertype ?? 'IPv4';
    const args = ['--ingress', '--ethertype', ethertype, '--protocol', spec.protocol];
    args.push('--remote-ip', spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0'));
    if (spec.dstPort !== undefined)
        args.push('--dst-port', String(spec.dstPort));
    return args;
}
/** True when `rule` is the ingress rule `spec` describes. */
function ruleMatches(rule, spec) {
    const ethertype = spec.ethertype ?? 'IPv4';
    const remote = spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0');
    return (rule.direction === 'ingress' &&
        rule.protocol === spec.protocol &&
        rule.ethertype === ethertype &&
        rule.remoteIpPrefix === remote &&
        rule.remoteGroupId === null &&
        rule.portRangeMin === (spec.dstPort ?? null) &&
        rule.portRangeMax === (spec.dstPort ?? null));
}


/***/ })

};
