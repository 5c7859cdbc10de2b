export const id = 995;
export const ids = [995];
export const modules = {

/***/ 51995:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main),
  post: () => (/* binding */ post)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./build/runtime/version.js
var version = __webpack_require__(89623);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(10542);
// EXTERNAL MODULE: ./build/results/writer.js + 2 modules
var writer = __webpack_require__(3694);
// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./build/runtime/cancel.js
var runtime_cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/wait.js
var wait = __webpack_require__(21166);
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
        await (0,wait/* waitFor */.fm)(async () => ((await left()).length === 0 ? true : undefined), {
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
            await client.loadBalancerDelete(lb.id, { cascade: true });
            logger.info(`deleted load balancer ${lb.name} (${lb.id})`);
        }
        catch (err) {
            failed.push(lb.name);
            logger.warning(`could not delete load balancer ${lb.name} (${lb.id}): ${(0,errors/* getErrorMessage */.u1)(err)}`);
        }
    }
    return failed;
}

// EXTERNAL MODULE: ./build/kube/kubectl.js
var kube_kubectl = __webpack_require__(29690);
;// CONCATENATED MODULE: ./build/kube/junit-path.js
/** Where the connectivity JUnit file goes inside the results directory. */

/** `<results-dir>/connectivity-junit.xml`. */
function junitOf(resultsDir) {
    return (0,external_node_path_.join)(resultsDir, 'connectivity-junit.xml');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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

// EXTERNAL MODULE: ./build/results/step.js
var step = __webpack_require__(9691);
// EXTERNAL MODULE: ./build/kube/plan.js
var kube_plan = __webpack_require__(60917);
// EXTERNAL MODULE: ./build/kube/state.js
var kube_state = __webpack_require__(62641);
;// CONCATENATED MODULE: ./build/kube/run.js





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
    /** The extra namespaces (`namespaces` of the suites) this run created; deleted when it finishes. */
    extraNamespaces = [];
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
        return this.deps.names ?? kube_state/* DEFAULT_KURYR_NAMES */.VX;
    }
    probeId = () => `p${++this.nextProbe}`;
    /** A wait's timeout: what it wants, cut to what is left of the run's timeout, at least one second. */
    budget(wanted) {
        return Math.max(1000, Math.min(wanted, this.deadline - Date.now()));
    }
    /** Records a case (and its finding) in memory and in the results file. */
    async add(c, finding) {
        await this.addCase(c);
        if (finding)
            await this.addFindings([{ ...finding, caseId: c.id }]);
    }
    /** {@link StepSink}: a case, in memory and in the results file. */
    async addCase(c) {
        this.cases.push(c);
        await this.results.addCase(c);
    }
    /** {@link StepSink}: findings, in memory and in the results file. */
    async addFindings(findings) {
        for (const f of findings) {
            this.findings.push(f);
            await this.results.addFinding(f);
        }
    }
    /** The run's step recorder for `suite`: a step the cancellation ended is not recorded (the run records that once). */
    recorder(suite) {
        return new step/* StepRecorder */.Dr(this, { suite, unrecorded: () => this.deps.signal?.aborted === true });
    }
    /** Runs a recorded step; its error was recorded (or is the cancellation, thrown on): the run goes on. */
    async recordStep(suite, id, name, fn, o) {
        try {
            await this.recorder(suite).step(id, name, fn, o);
        }
        catch {
            this.checkCancelled();
        }
    }
}
function locationOf(s) {
    return { file: s.file, line: s.line, endLine: s.endLine };
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
/**
 * A scenario as one step of the shared recorder: timed, a throw is an `error` case, what the scenario returned is
 * its verdict, and a case that did not pass gets a finding at the scenario's line. A cancelled run records no case.
 */
async function recordScenario(run, suite, s, fn) {
    await run.recordStep(suite, (0,kube_plan/* caseIdOf */.hK)(suite, s.name), s.name, fn, {
        location: locationOf(s),
        tags: s.tags,
        verdict: (r) => ('skip' in r ? { status: 'skipped', message: r.skip } : r),
        finding: (err) => findingFor(s, {
            id: (0,kube_plan/* caseIdOf */.hK)(suite, s.name),
            name: s.name,
            suite,
            status: 'error',
            message: (0,errors/* getErrorMessage */.u1)(err),
        }),
        judgedFinding: (c) => findingFor(s, c),
    });
}
/** Records a scenario that did not run (wrong mode, a check that does not apply): a skipped case, no finding. */
async function recordSkipped(run, suite, s, message) {
    await run.add({
        id: (0,kube_plan/* caseIdOf */.hK)(suite, s.name),
        name: s.name,
        suite,
        status: 'skipped',
        message,
        location: locationOf(s),
        tags: s.tags,
    });
}
/** Records a wait as a `SUITE/wait/ID` case carrying its convergence time; one that did not converge is a failure. */
async function recordWait(run, suite, wait, outcome) {
    const suiteLoc = { file: suite.file, line: suite.line };
    const c = {
        id: `${suite.name}/wait/${wait.id}`,
        name: `wait: ${wait.name}`,
        suite: suite.name,
        status: outcome.ok ? 'passed' : 'failed',
        durationMs: outcome.ms,
        message: outcome.ok
            ? `converged in ${(outcome.ms / 1000).toFixed(1)} s`
            : `not reached in ${(outcome.ms / 1000).toFixed(0)} s: ${outcome.problems[0] ?? ''}`,
        details: outcome.ok ? undefined : outcome.problems.join('\n'),
        location: suiteLoc,
        tags: ['wait', `convergence-ms:${outcome.ms}`],
        evidence: wait.evidence,
    };
    const finding = {
        ...suiteLoc,
        level: 'failure',
        title: `connectivity: ${c.id}`,
        message: c.message ?? '',
        details: c.details,
        rule: 'connectivity/wait',
    };
    await run.add(c, outcome.ok ? undefined : finding);
}
/**
 * A framework step that threw: an error case and a failure finding; the cancellation instead when the run was
 * cancelled (the step failed because the signal ended its call).
 */
async function recordStepError(run, step, err) {
    run.checkCancelled();
    const text = (0,errors/* getErrorMessage */.u1)(err);
    const first = text.split('\n')[0];
    const inSuite = step.scope === 'suite';
    await run.add({
        id: step.id,
        name: step.name,
        suite: step.suite,
        status: 'error',
        message: first,
        ...(inSuite ? { details: text, location: step.at } : {}),
    }, {
        ...step.at,
        level: 'failure',
        title: step.title,
        message: inSuite ? (first ?? text) : text,
        ...(inSuite ? { details: text } : {}),
        ...(step.rule === undefined ? {} : { rule: step.rule }),
    });
}

// EXTERNAL MODULE: ./build/kube/scenarios/index.js + 8 modules
var kube_scenarios = __webpack_require__(47381);
// EXTERNAL MODULE: ./build/kube/suite.js + 4 modules
var kube_suite = __webpack_require__(65774);
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
;// CONCATENATED MODULE: ./build/kube/never-ready.js

/** Kubernetes' probe defaults (seconds, counts). */
const PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1 };
/** How long (ms) a probe needs at most to make a container ready, had it passed. */
function readinessWindowMs(probe) {
    const p = { ...PROBE_DEFAULTS, ...probe };
    return (p.initialDelaySeconds + p.periodSeconds * (p.successThreshold + 1) + p.timeoutSeconds) * 1000;
}
/** `check`, holding only once it held on `polls` consecutive polls. */
function heldFor(check, polls) {
    let streak = 0;
    return async () => {
        const r = await check();
        streak = r.problems.length === 0 ? streak + 1 : 0;
        if (r.problems.length > 0 || streak >= polls)
            return r;
        return { ...r, problems: [`held on ${streak} of ${polls} consecutive polls so far`] };
    };
}
/**
 * `replicas` pods Running with an IP and not Ready (a workload whose readiness probe never passes); a pod that is
 * Ready is a problem. The Deployment's own rollout never completes then, so only the pods are checked.
 */
async function checkDeploymentNotReady(kubectl, name, replicas) {
    const pods = await (0,kube_state/* workloadPods */.wX)(kubectl, name);
    const problems = [];
    const running = pods.filter((p) => p.phase === 'Running' && !p.ready && p.podIP !== undefined);
    if (running.length !== replicas || pods.length !== replicas) {
        problems.push(`pods: ${running.length} of ${replicas} Running, not Ready, with an IP (${pods.length} exist)`);
    }
    for (const p of pods.filter((x) => !running.includes(x))) {
        const state = p.ready
            ? 'Ready, expected never ready'
            : `${p.phase}${p.waitingReason ? ` (${p.waitingReason})` : ''}`;
        problems.push(`pod ${p.metadata.name}: ${state}${p.podIP ? '' : ', no IP'}`);
    }
    return { problems, value: running };
}
/**
 * The never-ready check of a workload: {@link checkDeploymentNotReady}, held on as many consecutive polls as the
 * probe's window spans at `intervalMs` between polls.
 */
function neverReadyCheck(kubectl, name, replicas, probe, intervalMs) {
    const polls = Math.ceil(readinessWindowMs(probe) / Math.max(1, intervalMs)) + 1;
    return heldFor(() => checkDeploymentNotReady(kubectl, name, replicas), polls);
}

// EXTERNAL MODULE: ./build/kube/pod-network.js
var pod_network = __webpack_require__(28808);
;// CONCATENATED MODULE: ./build/kube/workload.js






const DEFAULT_WAITS = { deployment: '5m', ports: '2m', loadBalancer: '20m', interval: '2s' };
function ms(text, fallback) {
    return (0,duration/* parseDuration */.E9)(text ?? fallback) ?? (0,duration/* parseDuration */.E9)(fallback) ?? 0;
}
/**
 * A workload of a suite before anything is deployed: by default the suite's `workload` in the run's namespace; an
 * item of `workloads` in `namespace`.
 */
function suiteWorkload(run, suite, item) {
    const waits = { ...DEFAULT_WAITS, ...suite.waits };
    const { settings } = run;
    const namespace = item?.namespace ?? settings.namespace;
    return {
        suite,
        app: item?.spec.name ?? suite.workload?.name ?? 'demo',
        spec: item?.spec ?? suite.workload,
        kubectl: run.deps.kubectl.inNamespace(namespace),
        waitSuffix: item ? `-${item.spec.name}` : '',
        pods: [],
        notReady: [],
        services: new Map(),
        portOptions: { namespace, mode: settings.mode, names: run.names },
        interval: run.deps.intervalMs ?? ms(waits.interval, DEFAULT_WAITS.interval),
        waits,
        applied: { deployment: false, services: new Set() },
    };
}
/**
 * The Deployment the engine applies for a workload (exported so tests can pre-deploy the identical object); its
 * container carries `readinessProbe` as written; with `hostNetwork` its pods run on their node's own network.
 */
function deploymentManifest(name, image, replicas, placement, podLabels = {}, readinessProbe, hostNetwork = false) {
    const labels = { app: name };
    const affinity = affinityOf(labels, placement);
    const ports = [
        { containerPort: 8080, protocol: 'TCP' },
        { containerPort: 9090, protocol: 'UDP' },
    ];
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, labels },
        spec: {
            replicas,
            selector: { matchLabels: labels },
            template: {
                metadata: { labels: { ...podLabels, ...labels } },
                spec: {
                    containers: [{ name, image, ports, ...(readinessProbe ? { readinessProbe } : {}) }],
                    ...(affinity ? { affinity } : {}),
                    ...(hostNetwork ? { hostNetwork: true } : {}),
                },
            },
        },
    };
}
/**
 * The pods' affinity for a placement: `spread` prefers other nodes than the workload's other pods (anti-affinity),
 * `together` requires the node of the others (the first pod goes anywhere), `any` leaves it to the scheduler.
 */
function affinityOf(labels, placement) {
    const term = { labelSelector: { matchLabels: labels }, topologyKey: 'kubernetes.io/hostname' };
    if (placement === 'spread')
        return {
            podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: term }] },
        };
    if (placement === 'together')
        return { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } };
    return undefined;
}
/** The Service of `s` (type ClusterIP by default; without a selector when `selector: false`). */
function serviceManifest(app, s) {
    const protocol = s.protocol ?? 'TCP';
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.name, labels: { app } },
        spec: {
            type: s.type ?? 'ClusterIP',
            ...(s.selector === false ? {} : { selector: { app } }),
            ports: [{ name: servicePortName(s), protocol, port: s.port, targetPort: s.targetPort ?? s.port }],
        },
    };
}
const servicePortName = (s) => `${(s.protocol ?? 'TCP').toLowerCase()}-${s.port}`;
/** The Endpoints the engine writes for a service without a selector: the workload's ready pod IPs. */
function endpointsManifest(app, s, pods) {
    const addresses = pods.flatMap((p) => (p.podIP === undefined ? [] : [{ ip: p.podIP }]));
    const ports = [{ name: servicePortName(s), port: s.targetPort ?? s.port, protocol: s.protocol ?? 'TCP' }];
    return {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: s.name, labels: { app } },
        subsets: addresses.length === 0 ? [] : [{ addresses, ports }],
    };
}
/** Writes the Endpoints of the workload's services without a selector (after a deploy or a change of pods). */
async function syncEndpoints(w) {
    for (const s of (w.spec?.services ?? []).filter((x) => x.selector === false)) {
        await w.kubectl.apply(endpointsManifest(w.app, s, w.pods));
    }
}
/** Applies the workload's Deployment (at `scaleFrom` replicas when set) unless `startWorkload` already did. */
async function applyDeployment(run, w) {
    if (w.applied.deployment)
        return;
    const spec = w.spec ?? {};
    const first = spec.scaleFrom ?? spec.replicas ?? run.settings.replicas;
    const placement = spec.placement ?? 'spread';
    const image = spec.image ?? run.settings.image;
    await w.kubectl.apply(deploymentManifest(w.app, image, first, placement, spec.labels, spec.readinessProbe, spec.hostNetwork));
    w.applied.deployment = true;
}
/** Applies one Service of the workload unless `startWorkload` already did. */
async function applyServiceObject(run, w, s) {
    if (w.applied.services.has(s.name))
        return;
    run.loadBalancers.push(`${w.portOptions.namespace}/${s.name}`);
    await w.kubectl.apply(serviceManifest(w.app, s));
    w.applied.services.add(s.name);
}
/**
 * Applies the Deployment and waits for it (and for the scale-up from `scaleFrom`): its pods Running and Ready, or with
 * `ready: false` Running and not Ready; sets the workload's ready (and not-ready) pods.
 */
async function deployPods(run, w) {
    const { signal } = run.deps;
    const { kubectl } = w;
    const spec = w.spec ?? {};
    const { app, interval } = w;
    const replicas = spec.replicas ?? run.settings.replicas;
    const unready = spec.ready === false;
    // the suite's poll interval (not a test's faster one): the never-ready window is counted in polls of it
    const pollsEvery = ms(w.waits.interval, DEFAULT_WAITS.interval);
    const check = (want) => unready
        ? neverReadyCheck(kubectl, app, want, spec.readinessProbe, pollsEvery)
        : () => (0,kube_state/* checkDeployment */.Qr)(kubectl, app, want);
    const state = unready ? 'running, none ready' : 'ready';
    const wait = (want, what) => (0,kube_state/* waitState */.fN)(check(want), {
        timeoutMs: run.budget(ms(w.waits.deployment, '5m')),
        intervalMs: interval,
        signal,
        what,
    });
    run.step(`suite ${w.suite.name}: deploy workload ${app}`);
    const first = spec.scaleFrom ?? replicas;
    await applyDeployment(run, w);
    let outcome = await wait(first, `deployment ${app} ${state}`);
    if (outcome.ok && first !== replicas) {
        await kubectl.scale(app, replicas);
        const again = await wait(replicas, `deployment ${app} scaled to ${replicas}`);
        outcome = { ...again, ms: outcome.ms + again.ms };
    }
    const live = outcome.value ?? (await (0,kube_state/* workloadPods */.wX)(kubectl, app)).filter((p) => p.podIP && p.ready !== unready);
    w.pods = unready ? [] : live;
    w.notReady = unready ? live : [];
    const evidence = outcome.ok
        ? undefined
        : await (0,kube_state/* collectEvidence */.mE)(run.deps, { pods: await (0,kube_state/* workloadPods */.wX)(kubectl, app), services: [], options: w.portOptions });
    const scaled = spec.scaleFrom ? ` (scaled from ${spec.scaleFrom})` : '';
    const name = unready
        ? `deployment ${app} running with ${replicas} pods, none ready${scaled}`
        : `deployment ${app} ready with ${replicas} pods${scaled}`;
    await recordWait(run, w.suite, { id: `deployment${w.waitSuffix}`, name, evidence }, outcome);
}
/**
 * Waits for one ACTIVE Neutron port per pod, ready or (with `ready: false`) not: Kuryr wires a pod whether or not it
 * is ready. Only with the cloud, and only when there are pods.
 */
async function waitPorts(run, w) {
    const { client, signal } = run.deps;
    const pods = w.spec?.ready === false ? w.notReady : w.pods;
    // a hostNetwork pod has its node's address: Kuryr gives it no port
    if (!client || pods.length === 0 || w.spec?.hostNetwork === true)
        return;
    // with Kuryr's namespace subnet driver the pods are on their namespace's network (its KuryrNetwork)
    const check = async () => (0,kube_state/* checkPorts */.v5)(client, pods, await (0,pod_network/* withNamespaceNetwork */.yn)(w.kubectl, w.portOptions));
    const ports = await (0,kube_state/* waitState */.fN)(check, {
        timeoutMs: run.budget(ms(w.waits.ports, '2m')),
        intervalMs: w.interval,
        signal,
        what: 'one ACTIVE Neutron port per pod',
    });
    const evidence = ports.ok
        ? undefined
        : await (0,kube_state/* collectEvidence */.mE)(run.deps, { pods, services: [], options: w.portOptions });
    const what = `one ACTIVE Neutron port per pod${w.waitSuffix === '' ? '' : ` of ${w.app}`}`;
    await recordWait(run, w.suite, { id: `ports${w.waitSuffix}`, name: what, evidence }, ports);
}
/** Applies one service and (with the cloud) waits for its load balancer to be ACTIVE with a member per ready pod. */
async function applyService(run, w, s) {
    const { client, signal } = run.deps;
    const { kubectl } = w;
    const { namespace } = w.portOptions;
    run.step(`suite ${w.suite.name}: service ${s.name}`);
    await applyServiceObject(run, w, s);
    if (s.selector === false)
        await kubectl.apply(endpointsManifest(w.app, s, w.pods));
    const svc = await kubectl.service(s.name);
    w.services.set(s.name, svc);
    if (!client)
        return;
    // members of manual Endpoints carry no pod name: they are awaited by address, the Endpoints' own
    const members = s.selector === false ? { addresses: w.pods.flatMap((p) => (p.podIP === undefined ? [] : [p.podIP])) } : w.pods;
    const check = async () => {
        const r = await (0,kube_state/* checkLoadBalancer */.pe)(client, namespace, svc, members);
        if (s.type !== 'LoadBalancer')
            return r;
        const fresh = await kubectl.service(s.name);
        if (fresh.loadBalancerIP === undefined)
            r.problems.push(`service ${s.name} has no external IP yet`);
        else
            w.services.set(s.name, fresh);
        return r;
    };
    const lb = await (0,kube_state/* waitState */.fN)(check, {
        timeoutMs: run.budget(ms(w.waits.loadBalancer, '20m')),
        intervalMs: w.interval,
        signal,
        what: `load balancer ${namespace}/${s.name}`,
    });
    const tree = lb.value;
    const row = {
        name: `${namespace}/${s.name}`,
        vip: svc.clusterIP ?? '',
        provisioning: tree?.provisioningStatus ?? 'missing',
        operating: tree?.operatingStatus ?? '',
        listeners: tree?.listeners.map((l) => `${l.name} (${l.provisioningStatus})`) ?? [],
        members: tree?.listeners.flatMap((l) => l.pools.flatMap((p) => p.members)).length ?? 0,
        expectedMembers: w.pods.length * svc.ports.length,
        convergenceMs: lb.ms,
    };
    const evidence = [{ kind: 'loadbalancer', title: row.name, data: row }];
    if (!lb.ok) {
        evidence.push(...(await (0,kube_state/* collectEvidence */.mE)(run.deps, { pods: w.pods, services: [svc], options: w.portOptions })));
    }
    const name = `load balancer ${row.name} ACTIVE with ${w.pods.length} member(s)`;
    await recordWait(run, w.suite, { id: `loadbalancer-${s.name}`, name, evidence }, lb);
}
/**
 * Applies a workload's Deployment and Services without waiting for anything, so that Kubernetes and Kuryr build every
 * workload of a suite (pods, ports, load balancers) at the same time; `deployWorkload` then waits for each in suite
 * order. A failure here is left to `deployWorkload`, which applies again and records it.
 */
async function startWorkload(run, w) {
    if (!w.spec)
        return;
    try {
        await applyDeployment(run, w);
        for (const s of w.spec.services ?? [])
            await applyServiceObject(run, w, s);
    }
    catch (err) {
        run.checkCancelled();
        run.deps.logger.debug(`suite ${w.suite.name}: applying workload ${w.app} early failed: ${(0,errors/* getErrorMessage */.u1)(err)}`);
    }
}
/**
 * Deploys the suite's workload and waits for it; a step that throws (not a wait that times out) becomes one
 * `workload` error case, and the scenarios then run against whatever was deployed.
 */
async function deployWorkload(run, w) {
    const { spec } = w;
    if (!spec)
        return;
    try {
        await deployPods(run, w);
        await waitPorts(run, w);
        for (const s of spec.services ?? [])
            await applyService(run, w, s);
    }
    catch (err) {
        run.checkCancelled();
        run.deps.logger.error(`suite ${w.suite.name}: workload failed: ${(0,errors/* getErrorMessage */.u1)(err)}`);
        await recordStepError(run, {
            id: `${w.suite.name}/workload${w.waitSuffix}`,
            name: `deploy workload ${w.app}`,
            suite: w.suite.name,
            at: { file: w.suite.file, line: w.suite.line },
            title: `connectivity: ${w.suite.name} workload`,
            scope: 'suite',
            rule: 'connectivity/workload',
        }, err);
    }
}
/** Removes the suite's services and Deployment and waits until its pods are gone (between suites). */
async function removeWorkload(run, w) {
    const { signal } = run.deps;
    const { kubectl } = w;
    for (const s of w.spec?.services ?? []) {
        await kubectl.run(['delete', 'service', s.name]).catch(() => undefined);
        if (s.selector === false)
            await kubectl.run(['delete', 'endpoints', s.name]).catch(() => undefined);
    }
    await kubectl.run(['delete', 'deployment', w.app]).catch(() => undefined);
    await (0,kube_state/* waitState */.fN)(async () => ({ problems: (await (0,kube_state/* workloadPods */.wX)(kubectl, w.app)).map((p) => `pod ${p.metadata.name} still exists`) }), { timeoutMs: run.budget(120_000), intervalMs: w.interval, what: `workload ${w.app} gone`, signal });
}

// EXTERNAL MODULE: ./build/kube/executor.js + 2 modules
var executor = __webpack_require__(97578);
;// CONCATENATED MODULE: ./build/kube/probes.js






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
/** Plans each scenario; one that cannot be planned (an unset variable, …) becomes a plan that errors. */
function planAll(run, w, scenarios) {
    const { settings } = run;
    const facts = {
        namespace: settings.namespace,
        pods: [...w.pods].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name)),
        services: w.services,
        vars: { ...w.suite.variables, ...(settings.externalTarget ? { 'external-target': settings.externalTarget } : {}) },
    };
    return scenarios.map((s) => {
        const scenario = settings.repeat === undefined ? s : { ...s, repeat: settings.repeat };
        try {
            return (0,kube_scenarios/* planScenario */._s)(w.suite, scenario, facts, run.probeId);
        }
        catch (err) {
            const caseId = `${w.suite.name}/${s.name}`;
            return { scenario, caseId, rounds: [], expectation: { outcome: 'ok' }, error: (0,errors/* getErrorMessage */.u1)(err) };
        }
    });
}
/** Sends the plans' probes round by round; returns each case's verdicts. */
async function sendRounds(run, w, plans) {
    const { logger } = run.deps;
    const { kubectl } = w; // the source pods' namespace
    const suite = w.suite.name;
    const verdicts = new Map();
    const rounds = Math.max(0, ...plans.map((p) => p.rounds.length));
    const byCase = new Map(plans.map((p) => [p.caseId, p.expectation]));
    for (let r = 0; r < rounds; r++) {
        run.step(`suite ${suite}: probes, round ${r + 1} of ${rounds}`);
        const probes = plans.flatMap((p) => p.rounds[r] ?? []);
        const { verdicts: got, stats } = await (0,executor/* runProbes */.j)(kubectl, probes, {
            mode: run.settings.execMode,
            expectationOf: (p) => byCase.get(p.caseId) ?? { outcome: 'ok' },
            onRetry: (pod, attempt, why) => logger.warning(`kubectl exec ${pod}: transport failure (attempt ${attempt}), retrying: ${why}`),
            onRecheck: (count, inFlight) => logger.info(`${count} probe(s) timed out with ${inFlight} probes in flight: sending them again a few at a time ` +
                '(the runner may have been too busy for curl to keep its timeout)'),
        });
        run.stats.execs += stats.execs;
        run.stats.retries += stats.retries;
        for (const v of got)
            verdicts.set(v.probe.caseId, [...(verdicts.get(v.probe.caseId) ?? []), v]);
    }
    return verdicts;
}
/** Judges one scenario's verdicts and gathers its evidence. */
async function judge(run, w, plan, verdicts) {
    const result = (0,kube_plan/* evaluateScenario */.mI)(plan, verdicts);
    const evidence = [];
    const cells = reachability(result.verdicts, plan.expectation, plan.everyBackend !== undefined);
    if (cells.length > 0)
        evidence.push({ kind: 'reachability', title: 'expected vs observed', data: cells });
    if (plan.everyBackend) {
        const data = { expected: plan.everyBackend, seen: result.backendsSeen };
        evidence.push({ kind: 'backends', title: 'backends seen', data });
    }
    if (result.status === 'failed' || result.status === 'error') {
        const involved = new Set(result.failures.flatMap((v) => [v.probe.source, v.probe.target]));
        const svcs = [...w.services.values()].filter((x) => involved.has(`svc/${x.metadata.name}`));
        evidence.push({
            kind: 'probes',
            title: 'failing probes',
            data: result.failures.slice(0, 50).map(({ probe: p, ...v }) => ({
                from: p.source,
                to: p.target,
                protocol: p.protocol,
                host: p.host,
                port: p.port,
                observed: v.observed,
                exitCode: v.exitCode,
                httpCode: v.httpCode,
                stderr: v.stderr,
                body: v.body,
            })),
        });
        const pods = w.pods.filter((p) => involved.has(p.metadata.name) || svcs.length > 0);
        evidence.push(...(await (0,kube_state/* collectEvidence */.mE)(run.deps, { pods, services: svcs, options: w.portOptions })));
    }
    const { status, message, details } = result;
    return { status, message, details, attempts: result.attempts || undefined, evidence };
}
/** Plans, sends and judges the suite's probe scenarios; each becomes a case (all share the batch's duration). */
async function runProbeScenarios(run, w, scenarios) {
    const plans = planAll(run, w, scenarios);
    const started = Date.now();
    const verdicts = await sendRounds(run, w, plans);
    run.stats.wallMs += Date.now() - started;
    run.step(`suite ${w.suite.name}: verdicts`); // probes cut short by a signal are no verdicts
    for (const plan of plans) {
        await recordScenario(run, w.suite.name, plan.scenario, async () => ({
            ...(await judge(run, w, plan, verdicts.get(plan.caseId) ?? [])),
            durationMs: Date.now() - started,
        }));
    }
}

;// CONCATENATED MODULE: ./build/kube/namespaces.js
/**
 * The extra namespaces of a suite (`namespaces`): created with their labels before the workloads, named
 * `<run namespace>-<name>`, and deleted when the run finishes (with the run's own namespace, if it made that one).
 */

/** The label every namespace the toolkit creates carries. */
const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'kuryr-dragonflow-actions' };
/** The real name of the suite namespace `key` ('' = the run's namespace). */
function realNamespace(runNamespace, key) {
    return key === '' ? runNamespace : `${runNamespace}-${key}`;
}
/**
 * Applies the suite's namespaces with their labels (an existing one is updated, not replaced).
 * @returns suite key -> real name, with '' -> the run's namespace
 */
async function createNamespaces(run, suite) {
    const { namespace } = run.settings;
    const out = new Map([['', namespace]]);
    for (const ns of suite.namespaces ?? []) {
        const name = realNamespace(namespace, ns.name);
        run.step(`suite ${suite.name}: namespace ${name}`);
        if (!run.extraNamespaces.includes(name))
            run.extraNamespaces.push(name);
        const metadata = { name, labels: { ...ns.labels, ...MANAGED_BY } };
        await run.deps.kubectl.apply({ apiVersion: 'v1', kind: 'Namespace', metadata }, false);
        out.set(ns.name, name);
    }
    return out;
}
/** Deletes the extra namespaces the run created (never throws: a leftover is a warning). */
async function deleteNamespaces(run, kubectl) {
    for (const name of run.extraNamespaces) {
        try {
            await kubectl.inNamespace(name).deleteNamespace();
            run.deps.logger.info(`deleted namespace ${name}`);
        }
        catch (err) {
            run.deps.logger.warning(`could not delete namespace ${name}: ${(0,errors/* getErrorMessage */.u1)(err)}`);
        }
    }
}

// EXTERNAL MODULE: ./build/kube/types.js
var types = __webpack_require__(90293);
;// CONCATENATED MODULE: ./build/kube/steps/context.js



/** The step context of `suite` over its deployed workloads. */
function createStepContext(run, suite, deployed, namespaces) {
    const workloads = new Map();
    const sources = new Map();
    for (const w of deployed) {
        sources.set(w.app, w);
        workloads.set(w.app, {
            name: w.app,
            namespace: w.portOptions.namespace,
            labels: { ...w.spec?.labels, app: w.app },
            pods: w.pods,
            services: w.services,
        });
    }
    const refresh = async () => {
        // one `kubectl get pods,services` per namespace, all at once: a call per workload and service made every step
        // of a suite with seven workloads spend three seconds here
        const byNamespace = new Map();
        for (const w of sources.values())
            byNamespace.set(w.kubectl.namespace, [...(byNamespace.get(w.kubectl.namespace) ?? []), w]);
        const read = await Promise.all([...byNamespace.values()].map(async (ws) => ({ ws, objects: await namespaceObjects(ws[0].kubectl) })));
        for (const { ws, objects } of read) {
            for (const w of ws) {
                const before = w.pods.map((p) => p.podIP).join(',');
                w.pods = (0,kube_state/* livePods */.Lm)(objects.pods.filter((p) => p.metadata.labels.app === w.app)).filter((p) => p.ready && p.podIP !== undefined);
                for (const svc of [...w.services.keys()])
                    w.services.set(svc, objects.services.get(svc) ?? (await w.kubectl.service(svc)));
                if (w.pods.map((p) => p.podIP).join(',') !== before)
                    await syncEndpoints(w);
                const d = workloads.get(w.app);
                if (d)
                    d.pods = w.pods;
            }
        }
    };
    return {
        run,
        suite,
        workloads,
        namespaces,
        refresh,
        intervalMs: deployed[0]?.interval ?? run.deps.intervalMs ?? 2000,
    };
}
/** The pods and services of the kubectl's namespace, read in one call. */
async function namespaceObjects(kubectl) {
    const items = (0,types/* listItems */.Dw)('get pods,services', await kubectl.run(['get', 'pods,services', '-o', 'json']));
    const pods = items.filter((o) => o.kind === 'Pod').map((o) => (0,types/* parsePod */.fe)(o));
    const services = new Map(items
        .filter((o) => o.kind === 'Service')
        .map((o) => {
        const svc = (0,types/* parseService */.nO)(o, 'get services');
        return [svc.metadata.name, svc];
    }));
    return { pods, services };
}

;// CONCATENATED MODULE: ./build/kube/engine.js
/**
 * The connectivity engine, a small framework around the scenario kinds of src/kube/scenarios/: for each suite, deploy
 * the workload and wait on its state (./workload.ts) → the check scenarios, at once → the probe scenarios, batched
 * per source pod and round (./probes.ts) → clean up. The results file is opened before any cluster call; every
 * scenario becomes a case at its suite line through one recorder (./run.ts), failures become findings at that line,
 * and the JUnit file is written at the end. The namespace is deleted afterwards when this run created it.
 */
















/** Results and JUnit paths inside the results directory. */
function connectivityPaths(resultsDir) {
    return { results: (0,external_node_path_.join)(resultsDir, 'connectivity.json'), junit: junitOf(resultsDir) };
}
/**
 * Runs the suites and writes the results (JSON + JUnit). Never throws for a cluster failure: a suite that cannot run
 * becomes an error case with a finding at the suite's first line.
 */
async function runConnectivity(suites, settings, deps, paths) {
    const results = await writer/* ResultsWriter */.QU.open(paths.results, {
        toolVersion: deps.toolVersion,
        stage: model/* STAGE */.Ld.connectivity,
        extra: {
            mode: settings.mode,
            namespace: settings.namespace,
            execMode: settings.execMode,
            suites: settings.suites,
        },
    }, { leg: deps.leg });
    const run = new Run(settings, deps, results);
    const { kubectl, logger } = deps;
    let created = false;
    try {
        try {
            created = !(await namespaceExists(kubectl));
            if (created)
                deps.onCreatingNamespace?.();
            if (created)
                await kubectl.createNamespace({ ...MANAGED_BY });
        }
        catch (err) {
            const at = { file: suites[0]?.file ?? 'suites', line: suites[0]?.line ?? 1 };
            const name = `namespace ${settings.namespace}`;
            const step = { id: 'setup/namespace', name, suite: 'setup', at, title: 'connectivity: namespace' };
            await recordStepError(run, { ...step, scope: 'run' }, err);
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
        if ((0,kube_kubectl/* isKubeNotFound */.L)(err))
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
        const services = run.loadBalancers
            .filter((lb) => lb.startsWith(`${kubectl.namespace}/`))
            .map((lb) => lb.split('/')[1] ?? lb);
        if (services.length > 0)
            await kubectl.run(['delete', 'service', ...services]).catch(() => undefined);
    }
    await deleteNamespaces(run, kubectl);
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
/**
 * One suite: skipped in the wrong mode; else namespaces → workloads → check scenarios → probe scenarios (against the
 * first workload) → steps scenarios → clean-up.
 */
async function runSuite(run, suite, cleanupAfter) {
    const { mode } = run.settings;
    if (suite.modes && !suite.modes.includes(mode)) {
        const why = `suite applies to mode ${suite.modes.join(', ')}, not ${mode}`;
        for (const s of suite.scenarios)
            await recordSkipped(run, suite.name, s, why);
        return;
    }
    const namespaces = await setUpNamespaces(run, suite);
    if (!namespaces)
        return;
    const all = suite.workloads
        ? suite.workloads.map((spec) => suiteWorkload(run, suite, { spec, namespace: namespaces.get(spec.namespace ?? '') ?? '' }))
        : [suiteWorkload(run, suite)];
    for (const x of all)
        await startWorkload(run, x);
    for (const x of all)
        await deployWorkload(run, x);
    const w = all[0] ?? suiteWorkload(run, suite);
    await runCheckScenarios(run, w);
    const batched = suite.scenarios.filter((s) => (0,kube_scenarios/* scenarioKind */.nd)(s.kind)?.runs === 'batched');
    await runProbeScenarios(run, w, batched);
    await runSequenceScenarios(run, suite, all, namespaces);
    if (cleanupAfter)
        for (const x of all.filter((y) => y.spec))
            await removeWorkload(run, x);
}
/** The suite's namespaces; undefined (and an error case) when they cannot be made. */
async function setUpNamespaces(run, suite) {
    try {
        return await createNamespaces(run, suite);
    }
    catch (err) {
        const at = { file: suite.file, line: suite.line };
        const step = {
            id: `${suite.name}/namespaces`,
            name: 'namespaces',
            suite: suite.name,
            at,
            title: `connectivity: ${suite.name} namespaces`,
        };
        await recordStepError(run, { ...step, scope: 'suite', rule: 'connectivity/workload' }, err);
        return undefined;
    }
}
/** The `steps` scenarios, in suite order, over every deployed workload. */
async function runSequenceScenarios(run, suite, workloads, namespaces) {
    const sequences = suite.scenarios.filter((s) => (0,kube_scenarios/* scenarioKind */.nd)(s.kind)?.runs === 'sequence');
    if (sequences.length === 0)
        return;
    const ctx = createStepContext(run, suite, workloads.filter((x) => x.spec), namespaces);
    for (const s of sequences) {
        const kind = (0,kube_scenarios/* scenarioKind */.nd)(s.kind);
        if (kind?.runs === 'sequence')
            await kind.run(ctx, s);
    }
}
/** The scenarios whose kind runs at once (state checks), in suite order, each through the recorder. */
async function runCheckScenarios(run, w) {
    const ctx = {
        run,
        suite: w.suite,
        app: w.app,
        pods: w.pods,
        services: w.services,
        portOptions: w.portOptions,
    };
    for (const s of w.suite.scenarios) {
        const kind = (0,kube_scenarios/* scenarioKind */.nd)(s.kind);
        if (kind?.runs !== 'now')
            continue;
        run.step(`suite ${w.suite.name}: ${s.name}`);
        await recordScenario(run, w.suite.name, s, () => kind.run(ctx, s));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(16353);
// EXTERNAL MODULE: ./build/openstack/rest/cloud-config.js
var cloud_config = __webpack_require__(79570);
// EXTERNAL MODULE: ./build/runtime/env.js
var env = __webpack_require__(89040);
// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
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
/**
 * Checks the cloud name against clouds.yaml, without calling the cloud. With `osVariables` (a client that reads
 * `OS_*`), a cloud clouds.yaml lacks passes when `OS_AUTH_URL` is set and the variables hold complete credentials.
 */
function checkCloud(cloud, envFile, cwd, osVariables) {
    const { file, searched } = activeCloudsYaml(envFile, cwd);
    const names = file === undefined ? [] : cloudNames(file);
    if (names.includes(cloud))
        return;
    if (osVariables?.OS_AUTH_URL) {
        // the client's own reading, with the step's directory: incomplete credentials name what is missing
        try {
            (0,cloud_config/* resolveCloudConfig */.I)(cloud, { ...osVariables, OS_CLIENT_CONFIG_FILE: envFile }, cwd);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`Input 'os-cloud': ${(0,errors/* getErrorMessage */.u1)(err)}`, 'os-cloud');
        }
        return;
    }
    const orVariables = osVariables ? ', and OS_AUTH_URL is not set' : '';
    if (file === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input 'os-cloud': no clouds.yaml for cloud '${cloud}' (looked at ${searched.join(', ')})${orVariables}; set OS_CLIENT_CONFIG_FILE`, 'os-cloud');
    }
    throw new errors/* ConfigurationError */.j1(`Input 'os-cloud': cloud '${cloud}' is not in ${file}; it has: ${names.join(', ') || 'no clouds'}${orVariables}.`, 'os-cloud');
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
        checkCloud(p.cloud, p.cloudsYamlEnv, p.cwd, p.osVariables);
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
            throw new errors/* ConfigurationError */.j1(`kubectl '${kubectl}' cannot be run (${err.code}): install it on PATH or name it with --kubectl / ${(0,env/* kdfEnvName */.o3)('kubectl')}.`, 'kubectl');
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











/** The names under which the main step saves what the post step needs (core.saveState). */
const CONNECTIVITY_STATE = { kubeconfig: 'kubeconfig', namespace: 'namespace', done: 'done' };
/** Loads the suites and runs them. */
async function runConnectivityAction(settings, deps) {
    // the input, else the directory the caller gives (the pipeline's one), else the toolkit's default
    const paths = connectivityPaths(settings.resultsDir ?? deps.resultsDir ?? (0,action_io/* resultsDir */.o1)(deps.env));
    let suites;
    try {
        suites = (0,kube_suite/* loadSuites */._k)(settings.suites, deps.cwd);
    }
    catch (err) {
        return invalidSuites(err, paths, deps);
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
            cloudsYamlEnv: deps.cloudsYaml ?? (deps.env ?? process.env).OS_CLIENT_CONFIG_FILE,
            osVariables: deps.client?.readsOsVariables ? (deps.env ?? process.env) : undefined,
            cwd: deps.cwd,
        });
    }
    catch (err) {
        if (!(err instanceof runtime_cancel/* CancelledError */.cc))
            throw err;
        return cancelledBeforeStart(paths, deps.toolVersion, err.reason, deps.leg);
    }
    const kubectlOf = (r) => new kube_kubectl/* Kubectl */.b({
        runner: r,
        kubeconfig: settings.kubeconfig,
        namespace: settings.namespace,
        executable: deps.kubectl,
    });
    const kubectl = kubectlOf(runner);
    const outcome = await runConnectivity(suites, settings, {
        kubectl,
        client: deps.client,
        logger: deps.logger,
        toolVersion: deps.toolVersion,
        intervalMs: deps.intervalMs,
        signal: deps.signal,
        lbGraceMs: deps.lbGraceMs,
        cleanupKubectl: kubectlOf(deps.runner),
        onCreatingNamespace: deps.onCreatingNamespace,
        leg: deps.leg,
        hostRunner: deps.hostRunner && new runtime_cancel/* SignalledCommandRunner */.Hf(deps.hostRunner, deps.signal),
    }, paths);
    return outcome;
}
/** The suites did not load: an error case and one finding per problem, at the suite's file and line. */
async function invalidSuites(err, paths, deps) {
    const problems = err instanceof kube_suite/* SuiteError */.$K
        ? err.problems
        : [{ file: 'action.yml', line: 1, column: 1, message: (0,errors/* getErrorMessage */.u1)(err) }];
    const results = await writer/* ResultsWriter */.QU.open(paths.results, { toolVersion: deps.toolVersion, stage: model/* STAGE */.Ld.connectivity }, { leg: deps.leg });
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
/** Cancelled during the preflight: nothing was made; the results say so. */
async function cancelledBeforeStart(paths, toolVersion, reason, leg) {
    const results = await writer/* ResultsWriter */.QU.open(paths.results, { toolVersion, stage: model/* STAGE */.Ld.connectivity }, { leg });
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

// EXTERNAL MODULE: ./build/stages/definitions.js + 3 modules
var definitions = __webpack_require__(88219);
// EXTERNAL MODULE: ./build/kube/summary.js
var summary = __webpack_require__(7864);
// EXTERNAL MODULE: ./build/openstack/connect.js + 12 modules
var connect = __webpack_require__(22972);
// EXTERNAL MODULE: ./build/runtime/process-runner.js + 1 modules
var process_runner = __webpack_require__(5857);
// EXTERNAL MODULE: ./build/runtime/netns-runner.js
var netns_runner = __webpack_require__(5342);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(40993);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(47186);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(86210);
;// CONCATENATED MODULE: ./build/actions/connectivity.js
/**
 * actions/connectivity: a thin adapter. Reads typed inputs, runs the library (src/kube/action.ts), and turns the
 * outcome into outputs, annotations and a job summary (reachability matrix and load-balancer table). `post` deletes
 * the run's namespace if main died before it could.
 */
















/** The main step. */
async function main(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = definitions/* CONNECTIVITY */.sM.readSettings(io.inputs, { workspace: cwd, env: process.env });
    // Test and sandbox knobs (runtime/env.ts): the kubectl executable and a netns for `openstack`.
    const netns = (0,env/* kdfEnv */.ZH)('openstackNetns');
    const { cloudsYaml } = io.context;
    const logger = new core_logger/* CoreLogger */.U();
    const runner = new process_runner/* ProcessCommandRunner */.r({ masker: secrets/* defaultMasker */.JC, logger });
    io.saveState(CONNECTIVITY_STATE.kubeconfig, settings.kubeconfig ?? '');
    // The runner cancels with SIGINT: stop at the next step, remove the namespace and the load balancers, report.
    const cancel = (0,runtime_cancel/* abortOnSignals */.PB)();
    let outcome;
    try {
        outcome = await runConnectivityAction(settings, {
            runner,
            client: (0,connect/* connectOpenStack */.F)({
                runner,
                netns,
                cloud: settings.cloud,
                cloudsYaml,
                cwd,
                logger,
                masker: secrets/* defaultMasker */.JC,
            }),
            logger,
            toolVersion: version/* VERSION */.x,
            cwd,
            kubectl: (0,env/* kdfEnv */.ZH)('kubectl'),
            resultsDir: io.context.resultsDir,
            leg: io.context.leg,
            cloudsYaml,
            signal: cancel.signal,
            // probes from `host` run where the cloud's addresses are reachable, as the OpenStack client does
            hostRunner: (0,netns_runner/* inNetns */.WT)(runner, netns),
            // Saved before the namespace exists: post deletes it if main dies half-way (and not one never made).
            onCreatingNamespace: () => io.saveState(CONNECTIVITY_STATE.namespace, settings.generatedNamespace ? settings.namespace : ''),
        });
    }
    finally {
        cancel.dispose();
    }
    io.saveState(CONNECTIVITY_STATE.done, 'true');
    for (const [name, value] of Object.entries(outcome.outputs))
        io.setOutput(name, value);
    (0,action_io/* annotateFindings */.dv)(outcome.findings);
    const seen = new summary/* ConnectivityEvidence */.bC();
    outcome.cases.forEach((c) => seen.observe(c));
    const s = core.summary.addHeading(model/* STAGE */.Ld.connectivity, 2);
    s.addRaw(`\n**${outcome.success ? '✅' : '❌'} ${outcome.headline}**\n\n`);
    s.addRaw(`${(0,summary/* renderMatrix */.CW)(seen.cells, 400_000)}\n\n${(0,summary/* renderLoadBalancers */.y_)(seen.loadBalancers, 100_000)}\n`);
    await s.write();
    return { status: outcome.success ? 'passed' : 'failed', headline: outcome.headline };
}
/** The post step: deletes a generated namespace that main left behind. */
async function post(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const namespace = io.getState(CONNECTIVITY_STATE.namespace);
    if (!namespace || io.getState(CONNECTIVITY_STATE.done) === 'true')
        return;
    const kubectl = new kube_kubectl/* Kubectl */.b({
        runner: new process_runner/* ProcessCommandRunner */.r({ masker: secrets/* defaultMasker */.JC }),
        kubeconfig: io.getState(CONNECTIVITY_STATE.kubeconfig) || undefined,
        namespace,
        executable: (0,env/* kdfEnv */.ZH)('kubectl'),
    });
    const deleted = await kubectl.deleteNamespace();
    core.info(deleted ? `deleted namespace ${namespace}` : `namespace ${namespace} was already gone`);
}


/***/ }),

/***/ 7864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   WD: () => (/* binding */ connectivitySections),
/* harmony export */   bC: () => (/* binding */ ConnectivityEvidence),
/* harmony export */   y_: () => (/* binding */ renderLoadBalancers)
/* harmony export */ });
/* harmony import */ var _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72005);
/* harmony import */ var _results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59117);
/* harmony import */ var _results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97858);



/** A table cell: escaped, on one line (names and pods come from the suite, legs from the results). */
const esc = _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn;
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
    if ((0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Length */ .wI)(text) <= maxBytes)
        return text;
    const failed = cells.filter((c) => !c.passed);
    const short = [
        head,
        '',
        `${cells.length - failed.length}/${cells.length} pairs as expected. Failing pairs:`,
        ...failed.map((c) => `- ${c.leg === undefined ? '' : `${esc(c.leg)}: `}${esc(c.from)} → ${esc(c.to)} (${esc(c.protocol)}): ${esc(c.observed)}, want ${esc(c.expected)}`),
    ].join('\n');
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(short, maxBytes);
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
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(lines.join('\n'), maxBytes);
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
/** The two sections for one publish run (`PublishPorts.sections`), sharing one observer state. */
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


/***/ })

};
