export const id = 236;
export const ids = [236];
export const modules = {

/***/ 3236:
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
// EXTERNAL MODULE: ./build/openstack/client.js + 1 modules
var client = __webpack_require__(2272);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/devstack/fragment-file.js
var fragment_file = __webpack_require__(8629);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/openstack/clouds-yaml.js
/**
 * Reads a cloud's password from clouds.yaml, the way openstacksdk finds the file: `OS_CLIENT_CONFIG_FILE` (the
 * `clouds-yaml` input), else `./clouds.yaml`, `~/.config/openstack/clouds.yaml`, `/etc/openstack/clouds.yaml`.
 * DevStack gives every user ADMIN_PASSWORD (§4.3), so the password of any devstack cloud is the admin password the
 * overcloud must share.
 */





/** The clouds.yaml files openstacksdk would read, in its order. */
function cloudsYamlCandidates(explicit, cwd = process.cwd()) {
    if (explicit !== undefined && explicit !== '')
        return [explicit];
    return [(0,external_node_path_.join)(cwd, 'clouds.yaml'), (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config/openstack/clouds.yaml'), '/etc/openstack/clouds.yaml'];
}
/** `clouds.<cloud>.auth.auth_url`'s host, or undefined when clouds.yaml or the URL cannot be read. */
function cloudAuthHost(cloud, explicit, cwd) {
    for (const file of cloudsYamlCandidates(explicit, cwd)) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        try {
            const doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
            const url = doc?.clouds?.[cloud]?.auth?.auth_url;
            if (typeof url === 'string')
                return new URL(url).hostname;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
/** `clouds.<cloud>.auth.password`; a ConfigurationError naming `admin-password` when it cannot be found. */
function cloudPassword(cloud, explicit, cwd) {
    const files = cloudsYamlCandidates(explicit, cwd);
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        let doc;
        try {
            doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML: ${err.message}`, 'clouds-yaml');
        }
        const password = doc?.clouds?.[cloud]
            ?.auth?.password;
        if (typeof password === 'string' && password !== '')
            return password;
        if (explicit)
            break;
    }
    throw new errors/* ConfigurationError */.j1(`no password for cloud '${cloud}' in ${files.join(', ')}: set 'admin-password' to the undercloud's ADMIN_PASSWORD`, 'admin-password');
}

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
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const start = now();
    let interval = o.initialIntervalMs ?? 2000;
    const max = o.maxIntervalMs ?? 15_000;
    let attempts = 0;
    let lastReason = '';
    for (;;) {
        attempts++;
        try {
            await ssh.run(['true'], { timeoutMs: 60_000, label: 'ssh-probe' });
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
// EXTERNAL MODULE: ./build/openstack/trunk-vm.js
var trunk_vm = __webpack_require__(6635);
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
    try {
        const result = await (0,trunk_vm/* upTrunkVm */.hT)({
            ...settings.vm,
            sshKeyPath,
            ledgerPath,
            imageUrl: settings.imageUrl,
            imageDiskFormat: settings.imageDiskFormat,
            imageCacheDir: (0,external_node_path_.join)(deps.workDir, '..', 'kdf-image-cache'),
        }, { client: deps.client, logger, runner: deps.runner });
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
        const inside = await afterBoot(settings, deps, result, results);
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
        return { success: false, headline: finding.message, outputs, ledgerPath, findings: [finding] };
    }
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
    if (o === undefined)
        return { success: true, headline: '', findings: [] };
    const t1 = Date.now();
    const caseName = `overcloud ${o.profile} stacked in ${settings.vm.serverName}`;
    try {
        const workspace = deps.workspace ?? process.cwd();
        const fragments = [
            ...(o.localConfFile ? [(0,fragment_file/* readFragmentFile */.L)(workspace, o.localConfFile, 'overcloud-local-conf-file')] : []),
            ...(o.localConf ? [{ text: o.localConf, file: 'input:overcloud-local-conf' }] : []),
        ];
        const adminPassword = o.adminPassword ?? cloudPassword(settings.cloud, settings.cloudsYaml, workspace);
        logger.addSecret(adminPassword);
        const outcome = await (0,overcloud/* stackOvercloud */._b)({
            profile: o.profile,
            release: o.release,
            fragments,
            serviceHost: o.serviceHost,
            authUrlHost: cloudAuthHost(settings.cloud, settings.cloudsYaml, workspace),
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

// EXTERNAL MODULE: ./build/openstack/trunk-vm-settings.js
var trunk_vm_settings = __webpack_require__(2729);
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
    const settings = (0,trunk_vm_settings/* readTrunkVmSettings */.Vk)(io.inputs);
    const logger = new core_logger/* CoreLogger */.U();
    const workDir = (0,external_node_path_.join)(runnerTemp(), 'kdf-trunk-vm');
    const path = (0,action_io/* resultsPathFor */.tM)('trunk-vm');
    // Saved before any network call: post must find the ledger even if main dies half-way.
    io.saveState('ledger', (0,external_node_path_.join)(workDir, 'ledger.json'));
    io.saveState('keep', String(settings.keep));
    io.saveState('cloud', settings.cloud);
    io.saveState('clouds-yaml', settings.cloudsYaml ?? '');
    io.saveState('results', path);
    const outcome = await runTrunkVmAction(settings, {
        client: trunk_vm_client(settings.cloud, settings.cloudsYaml, logger),
        logger,
        runner: runner(logger),
        sshRunner: new PrefixedCommandRunner(runner(logger), netns ? ['ip', 'netns', 'exec', netns] : []),
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
        resultsPath: path,
        workDir,
        toolVersion: version/* VERSION */.x,
    });
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


/***/ })

};
