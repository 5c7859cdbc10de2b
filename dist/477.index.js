export const id = 477;
export const ids = [477];
export const modules = {

/***/ 2477:
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
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/cli/version.js
var version = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/openstack/client.js
var client = __webpack_require__(5952);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
// EXTERNAL MODULE: ./build/runtime/cancel.js
var runtime_cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/devstack/fragment-file.js
var fragment_file = __webpack_require__(8629);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(6353);
// EXTERNAL MODULE: ./build/openstack/overcloud.js + 1 modules
var overcloud = __webpack_require__(6432);
// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(8806);
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

// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(4416);
// EXTERNAL MODULE: ./build/openstack/ledger.js
var openstack_ledger = __webpack_require__(6526);
// EXTERNAL MODULE: ./build/openstack/trunk-vm.js + 1 modules
var trunk_vm = __webpack_require__(2204);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-action.js
/**
 * actions/trunk-vm's orchestration, kept out of the adapter so it can be unit-tested: results file first (before any
 * network call), then {@link upTrunkVm}, then outputs; on failure a finding naming what failed, the resource and the
 * API's message. {@link runTrunkVmPost} is the post step: {@link downTrunkVm} from the ledger unless `keep`.
 */












/** The results stage this action writes. */
const TRUNK_VM_STAGE = 'trunk-vm';
/** The file the action's findings point at. */
const ACTION_FILE = 'actions/trunk-vm/action.yml';
const SUITE = 'trunk-vm';
/** The ledger's path inside `workDir`. */
function trunkVmLedgerPath(workDir) {
    return (0,external_node_path_.join)(workDir, 'ledger.json');
}
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
        return {
            file: ACTION_FILE,
            line: 1,
            level: 'failure',
            title: `trunk-vm: input '${err.input ?? 'unknown'}'`,
            message: err.message,
            rule: 'trunk-vm/configuration',
            caseId: 'up',
        };
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
    const results = await writer/* ResultsWriter */.QU.open(deps.resultsPath, { toolVersion: deps.toolVersion, stage: TRUNK_VM_STAGE });
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
    const t0 = Date.now();
    // curl, tar, ssh and scp end with the run; the openstack calls are short and let run to the next step
    const runner = new runtime_cancel/* SignalledCommandRunner */.Hf(deps.runner, deps.signal);
    const sshRunner = new runtime_cancel/* SignalledCommandRunner */.Hf(deps.sshRunner ?? deps.runner, deps.signal);
    try {
        const result = await (0,trunk_vm/* upTrunkVm */.hT)({
            ...settings.vm,
            sshKeyPath,
            ledgerPath,
            imageUrl: settings.imageUrl,
            imageDiskFormat: settings.imageDiskFormat,
            imageCacheDir: (0,external_node_path_.join)(deps.workDir, '..', 'kdf-image-cache'),
        }, { client: deps.client, logger, runner, signal: deps.signal });
        await results.addCases([
            ...result.ledger.entries.map(entryCase),
            {
                id: 'up',
                name: `trunk VM ${settings.vm.serverName} up`,
                suite: SUITE,
                status: 'passed',
                durationMs: Date.now() - t0,
            },
        ]);
        Object.assign(outputs, {
            'server-id': result.serverId,
            'floating-ip': result.floatingIp,
            'trunk-id': result.trunkId,
            'parent-port-id': result.parentPortId,
            'worker-subnet-id': result.workerSubnetId,
            'ssh-key-path': result.sshKeyPath,
        });
        const inside = await afterBoot(settings, { ...deps, runner, sshRunner }, result, results);
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
    catch (err) {
        const finding = failureFinding(err, settings);
        const left = openstack_ledger/* TeardownLedger */.k.load(ledgerPath, deps.client.cloud).entries.filter((e) => !e.adopted);
        await results.addCases([
            {
                id: 'up',
                name: `trunk VM ${settings.vm.serverName} up`,
                suite: SUITE,
                status: err instanceof errors/* ConfigurationError */.j1 ? 'error' : 'failed',
                durationMs: Date.now() - t0,
                message: finding.message,
                details: finding.details,
            },
            {
                id: 'teardown-after-failure',
                name: 'tear down what the failed run created',
                suite: SUITE,
                status: left.length === 0 ? 'passed' : 'failed',
                message: left.length === 0
                    ? undefined
                    : `left behind (see ${ledgerPath}): ${left.map((e) => `${e.kind} ${e.name ?? e.id}`).join(', ')}`,
            },
        ]);
        await results.addFinding(finding);
        await results.finish();
        const cancelled = err instanceof runtime_cancel/* CancelledError */.cc;
        return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding], cancelled };
    }
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
async function afterBoot(settings, deps, vm, results) {
    const { logger } = deps;
    const knownHostsPath = (0,external_node_path_.join)(deps.workDir, 'known_hosts');
    (0,external_node_fs_.rmSync)(knownHostsPath, { force: true }); // a new VM has a new host key
    const ssh = new SshClient(deps.sshRunner ?? deps.runner, {
        host: vm.floatingIp,
        user: settings.sshUser,
        keyPath: vm.sshKeyPath,
        knownHostsPath,
    });
    const fail = async (caseId, name, t0, finding) => {
        await results.addCase({
            id: caseId,
            name,
            suite: SUITE,
            status: 'failed',
            durationMs: Date.now() - t0,
            message: finding.message,
            details: finding.details,
        });
        await results.addFinding(finding);
        return { success: false, headline: finding.message, findings: [finding] };
    };
    // SSH readiness on the floating IP, with backoff, bounded by the boot timeout
    const t0 = Date.now();
    try {
        await logger.group(`Wait for SSH on ${ssh.address}`, () => waitForSsh(ssh, {
            timeoutMs: settings.vm.bootTimeoutMs ?? 600_000,
            logger,
            signal: deps.signal,
            initialIntervalMs: deps.sshInitialIntervalMs,
        }));
        await results.addCase({
            id: 'ssh',
            name: `SSH to ${ssh.address}`,
            suite: SUITE,
            status: 'passed',
            durationMs: Date.now() - t0,
        });
    }
    catch (err) {
        const message = (0,errors/* getErrorMessage */.u1)(err);
        return fail('ssh', `SSH to ${ssh.address}`, t0, {
            file: ACTION_FILE,
            line: 1,
            level: 'failure',
            title: `trunk-vm: SSH to server ${settings.vm.serverName} never became ready`,
            message,
            details: err instanceof SshNotReadyError
                ? `Check the image's login user (ssh-user: ${settings.sshUser}), the security group rules (tcp/22) and the console log of ${settings.vm.serverName}.`
                : undefined,
            rule: 'trunk-vm/ssh',
            caseId: 'ssh',
        });
    }
    const o = settings.overcloud;
    if (o === undefined || deps.signal?.aborted)
        return { success: true, headline: '', findings: [] };
    const t1 = Date.now();
    const caseName = `overcloud ${o.profile} stacked in ${settings.vm.serverName}`;
    try {
        const workspace = deps.workspace ?? process.cwd();
        const fragments = [
            ...(o.localConfFile ? [(0,fragment_file/* readFragmentFile */.L)(workspace, o.localConfFile, 'overcloud-local-conf-file')] : []),
            ...(o.localConf ? [{ text: o.localConf, file: 'input:overcloud-local-conf' }] : []),
        ];
        const adminPassword = o.adminPassword ?? (0,clouds_yaml/* cloudPassword */.zO)(settings.cloud, settings.cloudsYaml, workspace);
        logger.addSecret(adminPassword);
        const outcome = await (0,overcloud/* stackOvercloud */._b)({
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
        await results.addCase({
            id: 'overcloud',
            name: caseName,
            suite: SUITE,
            status: outcome.success ? 'passed' : 'failed',
            durationMs: Date.now() - t1,
            message: outcome.success ? undefined : outcome.headline,
            details: outcome.tail.length > 0 ? outcome.tail.join('\n') : undefined,
        });
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
    catch (err) {
        const isConfig = err instanceof errors/* ConfigurationError */.j1;
        return fail('overcloud', caseName, t1, {
            file: ACTION_FILE,
            line: 1,
            level: 'failure',
            title: isConfig ? `trunk-vm: input '${err.input ?? 'unknown'}'` : 'trunk-vm: overcloud failed',
            message: (0,errors/* getErrorMessage */.u1)(err).split('\n')[0] ?? 'overcloud failed',
            details: (0,errors/* getErrorMessage */.u1)(err).includes('\n') ? (0,errors/* getErrorMessage */.u1)(err) : undefined,
            rule: isConfig ? 'trunk-vm/configuration' : 'trunk-vm/overcloud',
            caseId: 'overcloud',
        });
    }
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
    const t0 = Date.now();
    try {
        await (0,trunk_vm/* downTrunkVm */.YF)(ledger, { client: deps.client, logger: deps.logger });
        await results?.addCase({
            id: 'teardown',
            name: 'tear down',
            suite: SUITE,
            status: 'passed',
            durationMs: Date.now() - t0,
        });
        return `torn down: ${ours.length} resource(s)`;
    }
    catch (err) {
        await results?.addCase({
            id: 'teardown',
            name: 'tear down',
            suite: SUITE,
            status: 'failed',
            durationMs: Date.now() - t0,
            message: (0,errors/* getErrorMessage */.u1)(err).split('\n')[0],
            details: (0,errors/* getErrorMessage */.u1)(err),
        });
        throw err;
    }
    finally {
        await results?.finish();
    }
}

// EXTERNAL MODULE: ./build/openstack/trunk-vm-settings.js + 1 modules
var trunk_vm_settings = __webpack_require__(8865);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(542);
;// CONCATENATED MODULE: ./build/runtime/prefixed-runner.js
/** Runs `PREFIX… COMMAND ARGS…` through `inner`; an empty prefix runs commands unchanged. */
class PrefixedCommandRunner {
    inner;
    prefix;
    constructor(inner, prefix) {
        this.inner = inner;
        this.prefix = prefix;
    }
    /** {@inheritDoc CommandRunner.run} */
    run(command, args, options = {}) {
        const [first, ...rest] = this.prefix;
        if (first === undefined)
            return this.inner.run(command, args, options);
        return this.inner.run(first, [...rest, command, ...args], { ...options, label: options.label ?? command });
    }
}

// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(993);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(7186);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(6210);
;// CONCATENATED MODULE: ./build/actions/trunk-vm.js
/**
 * actions/trunk-vm: a thin adapter. Reads typed inputs, calls the library (src/openstack/trunk-vm-action.ts), and
 * turns the outcome into outputs, annotations and a job summary. `post` tears the VM down from the saved ledger
 * unless `keep`.
 */














/** Test and sandbox knob (documented in the README): run `openstack`, `ssh` and `scp` inside this network namespace. */
const netns = process.env.KDF_OPENSTACK_NETNS;
function runnerTemp() {
    return process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
}
function runner(logger) {
    return new command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC, logger });
}
function trunk_vm_client(cloud, cloudsYaml, logger) {
    return new client/* OpenStackClient */.Q({
        runner: runner(logger),
        cloud,
        cloudsYaml,
        prefix: netns ? ['ip', 'netns', 'exec', netns] : undefined,
    });
}
/** The main step. */
async function main(io = (0,stage_io/* actionsStageIO */.o)()) {
    const settings = (0,trunk_vm_settings/* readTrunkVmSettings */.Vk)(io.inputs, process.env.GITHUB_WORKSPACE ?? process.cwd());
    const logger = new core_logger/* CoreLogger */.U();
    const workDir = (0,external_node_path_.join)(runnerTemp(), 'kdf-trunk-vm');
    const path = (0,action_io/* resultsPathFor */.tM)('trunk-vm');
    // Saved before any network call: post must find the ledger even if main dies half-way.
    io.saveState('ledger', (0,external_node_path_.join)(workDir, 'ledger.json'));
    io.saveState('keep', String(settings.keep));
    io.saveState('cloud', settings.cloud);
    io.saveState('clouds-yaml', settings.cloudsYaml ?? '');
    io.saveState('results', path);
    // The runner cancels with SIGINT: stop at the next step and delete what the ledger holds (post finds it empty).
    // In the root action the listener goes before the next stage runs.
    const cancel = (0,runtime_cancel/* abortOnSignals */.PB)();
    const outcome = await runTrunkVmAction(settings, {
        client: trunk_vm_client(settings.cloud, settings.cloudsYaml, logger),
        logger,
        runner: runner(logger),
        sshRunner: new PrefixedCommandRunner(runner(logger), netns ? ['ip', 'netns', 'exec', netns] : []),
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        resultsPath: path,
        workDir,
        toolVersion: version/* VERSION */.x,
        signal: cancel.signal,
    }).finally(() => cancel.dispose());
    for (const [name, value] of Object.entries(outcome.outputs))
        io.setOutput(name, value);
    (0,action_io/* annotateFindings */.dv)(outcome.findings);
    const s = core.summary.addHeading('trunk-vm', 2);
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
    if (!outcome.success)
        io.setFailed(outcome.headline);
}
/** The post step. */
async function post(io = (0,stage_io/* actionsStageIO */.o)()) {
    const ledgerPath = io.getState('ledger');
    if (!ledgerPath) {
        core.info('trunk-vm: the main step saved no ledger; nothing to tear down');
        return;
    }
    const logger = new core_logger/* CoreLogger */.U();
    const line = await runTrunkVmPost({ ledgerPath, keep: io.getState('keep') === 'true', resultsPath: io.getState('results') || undefined }, {
        client: trunk_vm_client(io.getState('cloud') || 'devstack', io.getState('clouds-yaml') || undefined, logger),
        logger,
        toolVersion: version/* VERSION */.x,
    });
    core.info(line);
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
