export const id = 953;
export const ids = [953];
export const modules = {

/***/ 97953:
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/runtime/version.js
var version = __webpack_require__(89623);
// EXTERNAL MODULE: ./build/openstack/connect.js + 12 modules
var connect = __webpack_require__(22972);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./build/results/step.js
var step = __webpack_require__(9691);
// EXTERNAL MODULE: ./build/results/writer.js + 2 modules
var writer = __webpack_require__(3694);
// EXTERNAL MODULE: ./build/runtime/cancel.js
var runtime_cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/fragment-file.js
var fragment_file = __webpack_require__(33926);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(16353);
// EXTERNAL MODULE: ./build/openstack/overcloud.js
var overcloud = __webpack_require__(71536);
// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
;// CONCATENATED MODULE: ./build/openstack/ssh.js



/** Quotes one word for a POSIX shell (the remote login shell parses what ssh sends). */
function remoteQuote(word) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** The remote command string for an argument list. */
function remoteCommand(argv) {
    if (argv.length === 0)
        throw new Error('remote command must not be empty');
    return argv.map(remoteQuote).join(' ');
}
/** ssh/scp options shared by both programs. */
function sshOptions(t) {
    return [
        '-i',
        t.keyPath,
        '-o',
        'BatchMode=yes',
        '-o',
        'IdentitiesOnly=yes',
        '-o',
        'StrictHostKeyChecking=accept-new',
        '-o',
        `UserKnownHostsFile=${t.knownHostsPath}`,
        '-o',
        `ConnectTimeout=${t.connectTimeoutSeconds ?? 10}`,
        '-o',
        'ServerAliveInterval=15',
        '-o',
        'ServerAliveCountMax=4',
        '-o',
        'LogLevel=ERROR',
    ];
}
/** A logged-in view of the VM. */
class SshClient {
    runner;
    target;
    constructor(runner, target) {
        this.runner = runner;
        this.target = target;
    }
    /** `user@host` for messages. */
    get address() {
        return `${this.target.user}@${this.target.host}`;
    }
    /** Runs `argv` on the VM (quoted word by word). */
    run(argv, options = {}) {
        return this.runScript(remoteCommand(argv), options);
    }
    /** Runs a remote shell command line the caller has already quoted. */
    runScript(script, options = {}) {
        const t = this.target;
        // -n (stdin from /dev/null) unless the caller feeds stdin
        const stdin = options.input === undefined ? ['-n'] : [];
        return this.runner.run('ssh', [...sshOptions(t), '-p', String(t.port ?? 22), ...stdin, this.address, '--', script], {
            label: options.label ?? 'ssh',
            ...options,
        });
    }
    /** Writes `content` to `remotePath` on the VM (through stdin; `sudo` when the path needs root). */
    async writeFile(remotePath, content, opts = {}) {
        const install = ['install', '-m', opts.mode ?? '0644', '/dev/stdin', remotePath];
        await this.run(opts.sudo ? ['sudo', '-n', ...install] : install, { input: content, timeoutMs: 120_000 });
    }
    /** Copies a local file to the VM with scp. */
    async copyTo(localPath, remotePath, options = {}) {
        const t = this.target;
        await this.runner.run('scp', [...sshOptions(t), '-P', String(t.port ?? 22), '-q', localPath, `${this.address}:${remotePath}`], {
            label: 'scp',
            timeoutMs: 30 * 60_000,
            ...options,
        });
    }
}
/** Why the last attempt failed, in words a user can act on. */
function describeSshFailure(err) {
    const text = err instanceof command/* CommandError */.Qd ? `${err.stderrTail.join('\n')}`.trim() || err.message : (0,errors/* getErrorMessage */.u1)(err);
    if (/Connection refused/i.test(text))
        return `connection refused (sshd not listening yet): ${text}`;
    if (/timed out|No route to host|Network is unreachable/i.test(text))
        return `no answer (${text})`;
    if (/Permission denied/i.test(text))
        return `the key was refused (cloud-init may not have installed it yet): ${text}`;
    if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/i.test(text))
        return `host key mismatch: ${text}`;
    return text;
}
/**
 * Retries `ssh … true` with exponential backoff until it succeeds or `timeoutMs` passes; the timeout error says
 * how many attempts were made and why the last one failed.
 */
async function waitForSsh(ssh, o) {
    const now = o.now ?? Date.now;
    const sleep = o.sleep ?? ((ms) => (0,runtime_cancel/* sleepUnlessAborted */.bp)(ms, o.signal));
    const start = now();
    let interval = o.initialIntervalMs ?? 2000;
    const max = o.maxIntervalMs ?? 15_000;
    let attempts = 0;
    let lastReason = '';
    for (;;) {
        if (o.signal?.aborted)
            throw new runtime_cancel/* CancelledError */.cc((0,runtime_cancel/* cancelReason */.zw)(o.signal), `while waiting for SSH on ${ssh.address}`);
        attempts++;
        try {
            await ssh.run(['true'], { timeoutMs: 60_000, label: 'ssh-probe', signal: o.signal });
            const elapsedMs = now() - start;
            o.logger?.info(`SSH to ${ssh.address} answers (attempt ${attempts}, ${Math.round(elapsedMs / 1000)} s)`);
            return { attempts, elapsedMs };
        }
        catch (err) {
            const reason = describeSshFailure(err);
            if (reason !== lastReason)
                o.logger?.info(`SSH to ${ssh.address} not ready: ${reason}`);
            lastReason = reason;
        }
        const elapsed = now() - start;
        if (elapsed >= o.timeoutMs) {
            throw new SshNotReadyError(`SSH to ${ssh.address} was not ready after ${Math.round(elapsed / 1000)} s (${attempts} attempts); last error: ${lastReason}`, attempts, lastReason);
        }
        await sleep(Math.min(interval, Math.max(0, o.timeoutMs - elapsed)));
        interval = Math.min(interval * 2, max);
    }
}
/** SSH never came up within the boot timeout. */
class SshNotReadyError extends Error {
    attempts;
    lastReason;
    constructor(message, attempts, lastReason) {
        super(message);
        this.attempts = attempts;
        this.lastReason = lastReason;
        this.name = 'SshNotReadyError';
    }
}

// EXTERNAL MODULE: ./build/openstack/ledger.js
var openstack_ledger = __webpack_require__(96526);
// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(64416);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-findings.js
/**
 * The findings of actions/trunk-vm's failed steps: what failed, on which resource, and what to check. They point at
 * the action's file (line 1); a configuration error is titled by the input it names.
 */





/** The file the action's findings point at. */
const ACTION_FILE = 'actions/trunk-vm/action.yml';
/** `server create` out of `openstack --os-cloud devstack server create --image … vm -f json`. */
function describeOperation(command) {
    const words = command.split(/\s+/);
    const start = words.indexOf('--os-cloud');
    const rest = start >= 0 ? words.slice(start + 2) : words.slice(1);
    const verbs = ['create', 'show', 'set', 'unset', 'delete', 'list', 'add', 'remove'];
    const at = rest.findIndex((w) => verbs.includes(w));
    return (at >= 0 ? rest.slice(0, at + 1) : rest.slice(0, 2)).join(' ');
}
/** The finding for a failed `up`: what failed, on which resource, and the API's message. */
function failureFinding(err, settings) {
    if (err instanceof runtime_cancel/* CancelledError */.cc) {
        return {
            file: ACTION_FILE,
            line: 1,
            level: 'failure',
            title: 'trunk-vm: cancelled',
            message: `trunk VM ${settings.vm.serverName}: ${err.message}`,
            rule: 'trunk-vm/cancelled',
            caseId: 'up',
        };
    }
    if (err instanceof openstack_errors/* OpenStackError */.jK) {
        const operation = describeOperation(err.command);
        return {
            file: ACTION_FILE,
            line: 1,
            level: 'failure',
            title: `trunk-vm: openstack ${operation} failed`,
            message: `openstack ${operation} failed${err.httpStatus ? ` (HTTP ${err.httpStatus})` : ''}: ${err.apiMessage || err.message}`,
            details: `${err.command}\n${err.stderr}`.trimEnd(),
            rule: 'trunk-vm/openstack-error',
            caseId: 'up',
        };
    }
    if (err instanceof errors/* ConfigurationError */.j1) {
        return { ...(0,step/* configurationFinding */.qn)(err, ACTION_FILE, 'trunk-vm', 'trunk-vm/configuration'), caseId: 'up' };
    }
    const message = (0,errors/* getErrorMessage */.u1)(err);
    return {
        file: ACTION_FILE,
        line: 1,
        level: 'failure',
        title: `trunk-vm: server ${settings.vm.serverName} failed`,
        message: message.split('\n')[0] ?? message,
        details: message.includes('\n') ? message : undefined,
        rule: 'trunk-vm/failed',
        caseId: 'up',
    };
}
/** SSH never became ready on the VM. */
function sshFinding(err, settings) {
    return {
        file: ACTION_FILE,
        line: 1,
        level: 'failure',
        title: `trunk-vm: SSH to server ${settings.vm.serverName} never became ready`,
        message: (0,errors/* getErrorMessage */.u1)(err),
        details: err instanceof SshNotReadyError
            ? `Check the image's login user (ssh-user: ${settings.sshUser}), the security group rules (tcp/22) and the console log of ${settings.vm.serverName}.`
            : undefined,
        rule: 'trunk-vm/ssh',
        caseId: 'ssh',
    };
}
/** The overcloud could not be stacked (a bad input, or an error before stack.sh's own verdict). */
function overcloudFinding(err) {
    const message = (0,errors/* getErrorMessage */.u1)(err);
    const isConfig = err instanceof errors/* ConfigurationError */.j1;
    return {
        file: ACTION_FILE,
        line: 1,
        level: 'failure',
        title: isConfig ? `trunk-vm: input '${err.input ?? 'unknown'}'` : 'trunk-vm: overcloud failed',
        message: message.split('\n')[0] ?? 'overcloud failed',
        details: message.includes('\n') ? message : undefined,
        rule: isConfig ? 'trunk-vm/configuration' : 'trunk-vm/overcloud',
        caseId: 'overcloud',
    };
}

// EXTERNAL MODULE: ./build/openstack/trunk-vm.js + 2 modules
var trunk_vm = __webpack_require__(21358);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-action.js
/**
 * actions/trunk-vm's orchestration, kept out of the adapter so it can be unit-tested: results file first (before any
 * network call), then {@link upTrunkVm}, then outputs; on failure a finding naming what failed, the resource and the
 * API's message. {@link runTrunkVmPost} is the post step: {@link downTrunkVm} from the ledger unless `keep`.
 */














/** The results stage this action writes. */
const TRUNK_VM_STAGE = model/* STAGE */.Ld.trunkVm;

const SUITE = TRUNK_VM_STAGE;
/** The names under which the main step saves what the post step needs (core.saveState). */
const TRUNK_VM_STATE = {
    ledger: 'ledger',
    keep: 'keep',
    cloud: 'cloud',
    cloudsYaml: 'clouds-yaml',
    results: 'results',
};
/**
 * trunk-vm's steps record into `results`. Apart from configuration errors, what makes them fail is reported by the
 * cloud under test (an API error, a VM in ERROR, SSH that never answers, the overcloud's stack.sh): a failed check.
 */
function recorder(results) {
    return new step/* StepRecorder */.Dr(results, { suite: SUITE, isCheck: () => true });
}
/** The ledger's path inside `workDir`. */
function trunkVmLedgerPath(workDir) {
    return (0,external_node_path_.join)(workDir, 'ledger.json');
}
function entryCase(entry) {
    const what = `${entry.kind} ${entry.name ?? entry.id}`;
    return {
        id: `resource-${entry.kind}-${entry.id}`,
        name: `${entry.adopted ? 'adopt' : 'create'} ${what}`,
        suite: SUITE,
        status: 'passed',
    };
}
/**
 * Brings the trunk VM up for the action or the CLI. Never throws for an OpenStack or configuration failure: those
 * become a failed case, a finding and `success: false` (upTrunkVm has torn down what it created by then).
 */
async function runTrunkVmAction(settings, deps) {
    const { logger } = deps;
    (0,external_node_fs_.mkdirSync)(deps.workDir, { recursive: true, mode: 0o700 });
    const ledgerPath = trunkVmLedgerPath(deps.workDir);
    const sshKeyPath = (0,external_node_path_.join)(deps.workDir, `${settings.vm.keypairName}.pem`);
    const results = await writer/* ResultsWriter */.QU.open(deps.resultsPath, { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE }, { leg: deps.leg });
    const outputs = {
        'server-id': '',
        'floating-ip': '',
        'trunk-id': '',
        'parent-port-id': '',
        'worker-subnet-id': '',
        'ssh-key-path': '',
        'overcloud-kubeconfig': '',
        results: results.path,
    };
    // curl, tar, ssh and scp end with the run; the openstack calls are short and let run to the next step
    const runner = new runtime_cancel/* SignalledCommandRunner */.Hf(deps.runner, deps.signal);
    const sshRunner = new runtime_cancel/* SignalledCommandRunner */.Hf(deps.sshRunner ?? deps.runner, deps.signal);
    const steps = recorder(results);
    let result;
    try {
        result = await steps.step('up', `trunk VM ${settings.vm.serverName} up`, async () => {
            const vm = await (0,trunk_vm/* upTrunkVm */.hT)({
                ...settings.vm,
                sshKeyPath,
                ledgerPath,
                imageUrl: settings.imageUrl,
                imageDiskFormat: settings.imageDiskFormat,
                imageCacheDir: (0,external_node_path_.join)(deps.workDir, '..', 'kdf-image-cache'),
            }, { client: deps.client, logger, runner, signal: deps.signal });
            await results.addCases(vm.ledger.entries.map(entryCase));
            return vm;
        }, { finding: (err) => failureFinding(err, settings) });
    }
    catch (err) {
        return failedUp(err, settings, deps, results, { outputs, ledgerPath });
    }
    Object.assign(outputs, {
        'server-id': result.serverId,
        'floating-ip': result.floatingIp,
        'trunk-id': result.trunkId,
        'parent-port-id': result.parentPortId,
        'worker-subnet-id': result.workerSubnetId,
        'ssh-key-path': result.sshKeyPath,
    });
    const inside = await afterBoot(settings, { ...deps, runner, sshRunner }, result, steps);
    if (deps.signal?.aborted)
        return await cancelledAfterBoot(deps, result, results, { outputs, ledgerPath });
    await results.finish();
    if (inside.kubeconfig !== undefined)
        outputs['overcloud-kubeconfig'] = inside.kubeconfig;
    if (!inside.success) {
        return { success: false, headline: inside.headline, outputs, ledgerPath, findings: inside.findings, result };
    }
    return {
        success: true,
        headline: `trunk VM ${settings.vm.serverName} up: ${result.floatingIp} (server ${result.serverId})${inside.headline ? `; ${inside.headline}` : ''}`,
        outputs,
        ledgerPath,
        findings: inside.findings,
        result,
        overcloud: inside.overcloud,
    };
}
/** `up` failed (its case and finding are recorded): say what the teardown of the failed run left behind. */
async function failedUp(err, settings, deps, results, run) {
    const finding = failureFinding(err, settings);
    const left = openstack_ledger/* TeardownLedger */.k.load(run.ledgerPath, deps.client.cloud).entries.filter((e) => !e.adopted);
    await results.addCase({
        id: 'teardown-after-failure',
        name: 'tear down what the failed run created',
        suite: SUITE,
        status: left.length === 0 ? 'passed' : 'failed',
        message: left.length === 0
            ? undefined
            : `left behind (see ${run.ledgerPath}): ${left.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ')}`,
    });
    await results.finish();
    const cancelled = err instanceof runtime_cancel/* CancelledError */.cc;
    const { outputs, ledgerPath } = run;
    return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding], cancelled };
}
/** Cancelled once the VM was up (SSH wait, overcloud): tear down from the ledger, as `kdf trunk-vm down` does. */
async function cancelledAfterBoot(deps, vm, results, run) {
    const why = (0,runtime_cancel/* cancelReason */.zw)(deps.signal);
    const t0 = Date.now();
    let left = '';
    try {
        await (0,trunk_vm/* downTrunkVm */.YF)(vm.ledger, { client: deps.client, logger: deps.logger });
    }
    catch (err) {
        left = (0,errors/* getErrorMessage */.u1)(err);
    }
    const headline = `trunk VM cancelled (${why}) after it booted; ${left ? 'teardown incomplete' : 'torn down'}`;
    await results.addCases([
        { id: 'cancelled', name: 'cancelled', suite: SUITE, status: 'failed', message: `cancelled (${why})` },
        {
            id: 'teardown-after-cancel',
            name: 'tear down what the cancelled run created',
            suite: SUITE,
            status: left ? 'failed' : 'passed',
            durationMs: Date.now() - t0,
            message: left ? `left behind (see ${run.ledgerPath}): ${left}` : undefined,
        },
    ]);
    await results.finish();
    const outputs = { ...run.outputs, 'server-id': '', 'floating-ip': '', 'trunk-id': '', 'parent-port-id': '' };
    return { success: false, headline, outputs, ledgerPath: run.ledgerPath, findings: [], cancelled: true };
}
/** The steps inside the booted VM: SSH readiness, then the overcloud when asked for. */
async function afterBoot(settings, deps, vm, steps) {
    const knownHostsPath = (0,external_node_path_.join)(deps.workDir, 'known_hosts');
    (0,external_node_fs_.rmSync)(knownHostsPath, { force: true }); // a new VM has a new host key
    const ssh = new SshClient(deps.sshRunner ?? deps.runner, {
        host: vm.floatingIp,
        user: settings.sshUser,
        keyPath: vm.sshKeyPath,
        knownHostsPath,
    });
    // SSH readiness on the floating IP, with backoff, bounded by the boot timeout
    try {
        await steps.step('ssh', `SSH to ${ssh.address}`, () => deps.logger.group(`Wait for SSH on ${ssh.address}`, () => waitForSsh(ssh, {
            timeoutMs: settings.vm.bootTimeoutMs ?? 600_000,
            logger: deps.logger,
            signal: deps.signal,
            initialIntervalMs: deps.sshInitialIntervalMs,
        })), { finding: (err) => sshFinding(err, settings) });
    }
    catch (err) {
        return failedInside(sshFinding(err, settings));
    }
    const o = settings.overcloud;
    if (o === undefined || deps.signal?.aborted)
        return { success: true, headline: '', findings: [] };
    try {
        return await overcloudStep(settings, o, deps, vm, ssh, steps);
    }
    catch (err) {
        return failedInside(overcloudFinding(err));
    }
}
const failedInside = (finding) => ({
    success: false,
    headline: finding.message,
    findings: [finding],
});
/** The overcloud step: DevStack + Kuryr stacked inside the VM; a failed stack.sh is a failed check, not a throw. */
async function overcloudStep(settings, o, deps, vm, ssh, steps) {
    const { logger } = deps;
    const outcome = await steps.step('overcloud', `overcloud ${o.profile} stacked in ${settings.vm.serverName}`, async () => {
        const workspace = deps.workspace ?? process.cwd();
        const fragments = [
            ...(o.localConfFile ? [(0,fragment_file/* readFragmentFile */.L)(workspace, o.localConfFile, 'overcloud-local-conf-file')] : []),
            ...(o.localConf ? [{ text: o.localConf, file: 'input:overcloud-local-conf' }] : []),
        ];
        const adminPassword = o.adminPassword ?? (0,clouds_yaml/* cloudPassword */.zO)(settings.cloud, settings.cloudsYaml, workspace);
        logger.addSecret(adminPassword);
        return (0,overcloud/* stackOvercloud */._b)({
            profile: o.profile,
            release: o.release,
            fragments,
            serviceHost: o.serviceHost,
            authUrlHost: (0,clouds_yaml/* cloudAuthHost */.QK)(settings.cloud, settings.cloudsYaml, workspace),
            router: overcloud/* OVERCLOUD_DEFAULTS */.x$.router,
            subnetPool: overcloud/* OVERCLOUD_DEFAULTS */.x$.subnetPool,
            adminPassword,
            gitBase: o.gitBase,
            devstackDir: o.devstackDir,
            remoteDir: overcloud/* OVERCLOUD_DEFAULTS */.x$.remoteDir,
            kuryrConfPath: o.kuryrConfPath,
            remoteKubeconfig: overcloud/* OVERCLOUD_DEFAULTS */.x$.remoteKubeconfig,
            kubeconfigPath: (0,external_node_path_.join)(deps.workDir, 'overcloud-kubeconfig'),
            localConfPath: (0,external_node_path_.join)(deps.workDir, 'overcloud-local.conf'),
            externalNetwork: settings.vm.externalNetwork,
            stackTimeoutMinutes: o.timeoutMinutes,
        }, { workerSubnetId: vm.workerSubnetId, parentPortIp: vm.parentPortIp }, { client: deps.client, ssh, runner: deps.runner, logger });
    }, {
        finding: overcloudFinding,
        verdict: (r) => ({
            status: r.success ? 'passed' : 'failed',
            message: r.success ? undefined : r.headline,
            details: r.tail.length > 0 ? r.tail.join('\n') : undefined,
        }),
    });
    const results = steps.sink;
    await results.addFindings(outcome.findings);
    if (outcome.success) {
        await results.addCase({
            id: 'overcloud-kuryr-conf',
            name: `kuryr.conf edited: ${outcome.kuryrConf.map((e) => `[${e.section}] ${e.key}`).join(', ')}`,
            suite: SUITE,
            status: 'passed',
        });
    }
    return {
        success: outcome.success,
        headline: outcome.headline,
        findings: outcome.findings,
        kubeconfig: outcome.kubeconfigPath,
        overcloud: outcome,
    };
}
/**
 * The post step: deletes what the ledger records (never adopted resources), or with `keep` only says what stays.
 * @returns a one-line summary; throws when the teardown was incomplete (the ledger then lists what is left)
 */
async function runTrunkVmPost(state, deps) {
    const ledger = openstack_ledger/* TeardownLedger */.k.load(state.ledgerPath, deps.client.cloud);
    const ours = ledger.entries.filter((e) => !e.adopted);
    if (state.keep) {
        const list = ours.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ') || 'nothing';
        const line = `keep: true, not tearing down; these stay (ledger ${state.ledgerPath}): ${list}`;
        deps.logger.notice(line);
        return line;
    }
    const results = state.resultsPath === undefined
        ? undefined
        : await writer/* ResultsWriter */.QU.open(state.resultsPath, { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE });
    try {
        const teardown = () => (0,trunk_vm/* downTrunkVm */.YF)(ledger, { client: deps.client, logger: deps.logger });
        await (results ? recorder(results).step('teardown', 'tear down', teardown) : teardown());
        return `torn down: ${ours.length} resource(s)`;
    }
    finally {
        await results?.finish();
    }
}

// EXTERNAL MODULE: ./build/stages/definitions.js + 3 modules
var definitions = __webpack_require__(88219);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(10542);
// EXTERNAL MODULE: ./build/runtime/process-runner.js + 1 modules
var process_runner = __webpack_require__(5857);
// EXTERNAL MODULE: ./build/runtime/netns-runner.js
var netns_runner = __webpack_require__(5342);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(40993);
// EXTERNAL MODULE: ./build/runtime/env.js
var env = __webpack_require__(89040);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(47186);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(86210);
;// CONCATENATED MODULE: ./build/actions/trunk-vm.js
/**
 * actions/trunk-vm: a thin adapter. Reads typed inputs, calls the library (src/openstack/trunk-vm-action.ts), and
 * turns the outcome into outputs, annotations and a job summary. `post` tears the VM down from the saved ledger
 * unless `keep`.
 */
















function runnerTemp() {
    return process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
}
function runner(logger) {
    return new process_runner/* ProcessCommandRunner */.r({ masker: secrets/* defaultMasker */.JC, logger });
}
/** The OpenStack client; test and sandbox knob: the cloud's APIs from its network namespace (runtime/env.ts). */
function client(cloud, cloudsYaml, logger) {
    const netns = (0,env/* kdfEnv */.ZH)('openstackNetns');
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
    return (0,connect/* connectOpenStack */.F)({ runner: runner(logger), netns, cloud, cloudsYaml, cwd, logger, masker: secrets/* defaultMasker */.JC });
}
/** The main step. */
async function main(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = definitions/* TRUNK_VM */.JR.readSettings(io.inputs, { workspace, env: process.env });
    const logger = new core_logger/* CoreLogger */.U();
    const workDir = (0,external_node_path_.join)(runnerTemp(), 'kdf-trunk-vm');
    const path = (0,action_io/* resultsPathFor */.tM)(model/* STAGE */.Ld.trunkVm, io.context.resultsDir);
    // ssh and scp: in the sandbox inside the cloud's network namespace, where the floating IPs live
    const netns = (0,env/* kdfEnv */.ZH)('openstackNetns');
    // Saved before any network call: post must find the ledger even if main dies half-way.
    io.saveState(TRUNK_VM_STATE.ledger, (0,external_node_path_.join)(workDir, 'ledger.json'));
    io.saveState(TRUNK_VM_STATE.keep, String(settings.keep));
    io.saveState(TRUNK_VM_STATE.cloud, settings.cloud);
    io.saveState(TRUNK_VM_STATE.cloudsYaml, settings.cloudsYaml ?? '');
    io.saveState(TRUNK_VM_STATE.results, path);
    // The runner cancels with SIGINT: stop at the next step and delete what the ledger holds (post finds it empty).
    // In the root action the listener goes before the next stage runs.
    const cancel = (0,runtime_cancel/* abortOnSignals */.PB)();
    const outcome = await runTrunkVmAction(settings, {
        client: client(settings.cloud, settings.cloudsYaml, logger),
        logger,
        runner: runner(logger),
        sshRunner: (0,netns_runner/* inNetns */.WT)(runner(logger), netns),
        workspace,
        resultsPath: path,
        leg: io.context.leg,
        workDir,
        toolVersion: version/* VERSION */.x,
        signal: cancel.signal,
    }).finally(() => cancel.dispose());
    for (const [name, value] of Object.entries(outcome.outputs))
        io.setOutput(name, value);
    (0,action_io/* annotateFindings */.dv)(outcome.findings);
    const s = core.summary.addHeading(model/* STAGE */.Ld.trunkVm, 2);
    if (outcome.success) {
        s.addTable([
            [
                { data: 'server', header: true },
                { data: 'floating IP', header: true },
                { data: 'trunk', header: true },
                { data: 'parent port', header: true },
            ],
            [
                outcome.outputs['server-id'],
                outcome.outputs['floating-ip'],
                outcome.outputs['trunk-id'],
                outcome.outputs['parent-port-id'],
            ],
        ]);
    }
    s.addRaw(`\n**${outcome.success ? '✅' : '❌'} ${outcome.headline}**\n\n`);
    await s.write();
    return { status: outcome.success ? 'passed' : 'failed', headline: outcome.headline };
}
/** The post step. */
async function post(io = (0,stage_io/* actionsStageIO */.oW)()) {
    const ledgerPath = io.getState(TRUNK_VM_STATE.ledger);
    if (!ledgerPath) {
        core.info('trunk-vm: the main step saved no ledger; nothing to tear down');
        return;
    }
    const logger = new core_logger/* CoreLogger */.U();
    const line = await runTrunkVmPost({ ledgerPath, keep: io.getState(TRUNK_VM_STATE.keep) === 'true', resultsPath: io.getState(TRUNK_VM_STATE.results) || undefined }, {
        client: client(io.getState(TRUNK_VM_STATE.cloud) || 'devstack', io.getState(TRUNK_VM_STATE.cloudsYaml) || undefined, logger),
        logger,
        toolVersion: version/* VERSION */.x,
    });
    core.info(line);
}


/***/ })

};
