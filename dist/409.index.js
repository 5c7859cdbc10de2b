export const id = 409;
export const ids = [409];
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

/***/ 60917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ planProbes),
/* harmony export */   hK: () => (/* binding */ caseIdOf),
/* harmony export */   mI: () => (/* binding */ evaluateScenario)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONNECT_S, DEFAULT_MAX_S, expectationOf */
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

/***/ 61968:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _s: () => (/* binding */ planScenario),
  nd: () => (/* binding */ scenarioKind)
});

// UNUSED EXPORTS: SCENARIO_KINDS, probeKind

// EXTERNAL MODULE: ./build/kube/plan.js
var plan = __webpack_require__(60917);
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
        const problems = doc.workload ? [] : [{ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` }];
        if (scenario.port === undefined && scenario.protocol !== 'icmp') {
            problems.push({ path: [], message: `a ${scenario.protocol ?? ''} pod-to-pod scenario needs a port` });
        }
        return problems;
    },
};

;// CONCATENATED MODULE: ./build/kube/scenarios/pod-to-service.js
function pod_to_service_targets({ scenario, facts, pods, sources, protocol, base }) {
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
    targets: pod_to_service_targets,
    validate(scenario, doc) {
        const problems = [];
        const services = new Set((doc.workload?.services ?? []).map((s) => s.name));
        if (scenario.to !== undefined && !services.has(scenario.to)) {
            problems.push({ path: ['to'], message: `service '${scenario.to}' is not one of workload.services` });
        }
        if (!doc.workload)
            problems.push({ path: ['kind'], message: `a ${scenario.kind} scenario needs a workload` });
        return problems;
    },
};

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
    'pod-to-service': podToService,
    'pod-to-external': podToExternal,
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

/***/ 62641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ checkTrunkSubports),
/* harmony export */   Dq: () => (/* binding */ checkApiLoadBalancer),
/* harmony export */   Qr: () => (/* binding */ checkDeployment),
/* harmony export */   VX: () => (/* binding */ DEFAULT_KURYR_NAMES),
/* harmony export */   fN: () => (/* binding */ waitState),
/* harmony export */   lQ: () => (/* binding */ ipInCidr),
/* harmony export */   mE: () => (/* binding */ collectEvidence),
/* harmony export */   pe: () => (/* binding */ checkLoadBalancer),
/* harmony export */   v5: () => (/* binding */ checkPorts),
/* harmony export */   wX: () => (/* binding */ workloadPods)
/* harmony export */ });
/* unused harmony exports firstHost, portsOfPod, vlanOfPod, listenerName */
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
/**
 * Polls `check` until it reports no problems or `timeoutMs` passes.
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
        }, { timeoutMs: options.timeoutMs, intervalMs: options.intervalMs, describe: options.what, signal: options.signal });
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

/***/ 37409:
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
const suite_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kuryr-dragonflow-actions.invalid/schemas/suite.schema.json","title":"kuryr-dragonflow-actions connectivity suite","description":"A declarative connectivity suite for actions/connectivity and `kdf connectivity`: the workload to deploy, the state to wait for, and the scenarios to prove (resource states and probes), each reported as one test case at its line.","type":"object","additionalProperties":false,"required":["name","scenarios"],"properties":{"$schema":{"title":"Schema reference","description":"Optional pointer to this schema for editors.","type":"string"},"name":{"title":"Suite name","description":"Kebab-case name; the JUnit classname and the prefix of every case id.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"description":{"title":"Description","description":"What the suite proves.","type":"string"},"tags":{"$ref":"#/$defs/tags"},"modes":{"title":"Modes","description":"Deployment modes the suite applies to; in another mode every scenario is reported as skipped.","type":"array","items":{"enum":["baremetal","nested"]},"minItems":1,"uniqueItems":true},"variables":{"title":"Variables","description":"Defaults of the ${name} variables used in scenario targets. Inputs (e.g. external-target) override them.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"type":"string"}},"workload":{"$ref":"#/$defs/workload"},"waits":{"$ref":"#/$defs/waits"},"repeat":{"title":"Repeat","description":"Run every probe scenario this many times; a scenario that fails then passes is reported as flaky.","type":"integer","minimum":1,"maximum":100},"scenarios":{"title":"Scenarios","description":"The checks, in order. Each becomes one case; a failing one is annotated at its line.","type":"array","minItems":1,"items":{"$ref":"#/$defs/scenario"}}},"$defs":{"tags":{"title":"Tags","description":"Labels the filter input can select on (tag:NAME).","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"uniqueItems":true},"duration":{"title":"Duration","description":"A duration such as 500ms, 30s, 5m or 1h30m.","type":"string","pattern":"^(\\\\d+(ms|s|m|h))+$"},"workload":{"title":"Workload","description":"The demo deployment (and its services) the scenarios probe. Deployed with kubectl apply in the run\'s namespace.","type":"object","additionalProperties":false,"properties":{"name":{"title":"Deployment name","description":"Name of the deployment and the app label of its pods (default demo).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"image":{"title":"Image","description":"Container image; default: the image input (quay.io/kuryr/demo). It must answer like the kuryr demo server.","type":"string","minLength":1},"replicas":{"title":"Replicas","description":"Pods to run; default: the replicas input.","type":"integer","minimum":1,"maximum":200},"scaleFrom":{"title":"Scale from","description":"Deploy this many replicas first, wait, then scale to replicas (the seed\'s deploy-then-scale procedure).","type":"integer","minimum":1},"placement":{"title":"Placement","description":"spread: required anti-affinity is not set but pods spread over nodes by the scheduler; any: no preference.","enum":["spread","any"]},"services":{"title":"Services","description":"Services exposing the deployment (ClusterIP); Kuryr backs each with an Octavia load balancer <ns>/<svc>.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","port"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]*[a-z0-9])?$","description":"Service name."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Service port."},"targetPort":{"type":"integer","minimum":1,"maximum":65535,"description":"Container port (default: port)."},"protocol":{"enum":["TCP","UDP"],"description":"Default TCP."}}}}}},"waits":{"title":"Waits","description":"Bounded polling budgets before probing (never sleeps).","type":"object","additionalProperties":false,"properties":{"deployment":{"$ref":"#/$defs/duration","description":"Deployment ready, pods Running with IPs (default 5m)."},"ports":{"$ref":"#/$defs/duration","description":"One ACTIVE Neutron port per pod (default 2m)."},"loadBalancer":{"$ref":"#/$defs/duration","description":"Load balancer, listeners, pools ACTIVE and member count == ready pods (default 20m: amphorae are slow)."},"interval":{"$ref":"#/$defs/duration","description":"Time between polls (default 2s)."}}},"expect":{"title":"Expectation","description":"What every probe of the scenario must observe.","type":"object","additionalProperties":false,"properties":{"outcome":{"title":"Outcome","description":"ok (default), timeout (curl 28 / no reply: dropped), refused (curl 7), http-error (curl 22), resolve (curl 6) or any.","enum":["ok","timeout","refused","http-error","resolve","any"]},"body":{"title":"Body regex","description":"Regex the first line of the reply must match (default: the demo server\'s `<pod>: HELLO! I AM ALIVE!!!`; only for outcome ok).","type":"string"},"everyBackend":{"title":"Every backend answers","description":"pod-to-service: the distinct pod names seen over requestsPerBackend x N requests must equal the N ready pods.","type":"boolean"},"requestsPerBackend":{"title":"Requests per backend","description":"How many requests per ready pod (default 10, as kuryr-tempest-plugin).","type":"integer","minimum":1,"maximum":100}}},"scenario":{"title":"Scenario","type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"title":"Name","description":"Unique within the suite; the filter input selects on it.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"kind":{"title":"Kind","description":"state: a resource check; pod-to-pod, pod-to-service, pod-to-external: probes run with kubectl exec.","enum":["state","pod-to-pod","pod-to-service","pod-to-external"]},"tags":{"$ref":"#/$defs/tags"},"check":{"title":"State check","description":"For kind state: which resource state must hold.","enum":["pods-running","pod-ips-in-subnet","pod-ports-active","loadbalancer-active","loadbalancer-members","trunk-subports","network-exists","subnet-exists","security-group-exists","api-loadbalancer"]},"resource":{"title":"Resource","description":"The object a state check looks at: network/subnet/security group name, or the service of a load-balancer check.","type":"string","minLength":1},"cidr":{"title":"CIDR","description":"subnet-exists: the subnet\'s expected CIDR.","type":"string"},"protocol":{"title":"Protocol","description":"http (curl), tcp (curl telnet://: connect only), icmp (ping -c 1), udp (nc -u).","enum":["http","tcp","icmp","udp"]},"port":{"title":"Port","description":"Destination port (pod-to-pod; pod-to-service defaults to the service port).","type":"integer","minimum":1,"maximum":65535},"from":{"title":"From","description":"every-pod (default for pod-to-pod) or one-pod (the first pod by name; default otherwise).","enum":["every-pod","one-pod"]},"to":{"title":"To","description":"pod-to-service: the service name; pod-to-external: host:port or a URL, ${variables} allowed.","type":"string","minLength":1},"placement":{"title":"Pair placement","description":"pod-to-pod: which ordered pairs to probe: any (default), same-node or other-node.","enum":["any","same-node","other-node"]},"expect":{"$ref":"#/$defs/expect"},"repeat":{"title":"Repeat","description":"Overrides the suite\'s repeat.","type":"integer","minimum":1,"maximum":100},"timeouts":{"title":"Probe timeouts","type":"object","additionalProperties":false,"properties":{"connect":{"$ref":"#/$defs/duration","description":"curl --connect-timeout (default 2s)."},"max":{"$ref":"#/$defs/duration","description":"curl --max-time, ping -W, nc -w (default 5s)."}}}},"allOf":[{"if":{"properties":{"kind":{"const":"state"}}},"then":{"required":["check"]}},{"if":{"properties":{"kind":{"enum":["pod-to-pod","pod-to-service","pod-to-external"]}}},"then":{"required":["protocol"]}},{"if":{"properties":{"kind":{"const":"pod-to-service"}}},"then":{"required":["to"]}},{"if":{"properties":{"kind":{"const":"pod-to-external"}}},"then":{"required":["to"]}}]}}}');
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/kube/scenarios/index.js + 6 modules
var scenarios = __webpack_require__(61968);
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
const BUILTIN_SUITES = ['default-config', 'basic', 'udp', 'nested', 'external'];
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
function describeError(e) {
    const path = pathOf(e.instancePath);
    const where = e.instancePath === '' ? 'the suite' : `'${path.join('.')}'`;
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return {
                path: [...path, String(p.additionalProperty)],
                message: `${where} has an unknown property '${String(p.additionalProperty)}'`,
            };
        case 'required':
            return { path, message: `${where} must have property '${String(p.missingProperty)}'` };
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
        // `if`/`then` wrappers repeat the real error: keep only errors that say something.
        const errors = (check.errors ?? []).filter((e) => e.keyword !== 'if');
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
        scenarios: doc.scenarios.map((s, i) => ({ ...s, file, ...scenarioLines(src, i) })),
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
    const { node } = nodeAt(src, ['scenarios', index]);
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


/***/ })

};
