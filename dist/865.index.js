export const id = 865;
export const ids = [865];
export const modules = {

/***/ 6526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ TEARDOWN_ORDER),
/* harmony export */   k: () => (/* binding */ TeardownLedger)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4704);
/**
 * The teardown ledger: every resource a trunk-VM run created (or adopted), persisted as JSON after each change so a
 * later `down`, even after a crash mid-way, knows what to delete.
 */


/** Dependency order of teardown. */
const TEARDOWN_ORDER = [
    'floating-ip',
    'server',
    'subport',
    'trunk',
    'port',
    'keypair',
    'security-group-rule',
    'image',
];
/** A ledger bound to a file (or to memory when `path` is undefined). */
class TeardownLedger {
    path;
    data;
    constructor(path, cloud, entries = []) {
        this.path = path;
        this.data = { version: 1, cloud, entries: [...entries] };
    }
    /** Loads a ledger file; a missing file is an empty ledger. */
    static load(path, cloud) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
            return new TeardownLedger(path, cloud);
        let parsed;
        try {
            parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        }
        catch (err) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`ledger ${path} is not valid JSON: ${String(err)}`, 'ledger');
        }
        const data = parsed;
        if (data.version !== 1 || !Array.isArray(data.entries)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`ledger ${path} is not a trunk-vm teardown ledger (version 1)`, 'ledger');
        }
        return new TeardownLedger(path, data.cloud ?? cloud, data.entries);
    }
    /** The cloud the resources live in. */
    get cloud() {
        return this.data.cloud;
    }
    /** A copy of the entries. */
    get entries() {
        return [...this.data.entries];
    }
    /** Records a resource (once per kind and id) and saves. */
    record(entry) {
        if (!this.data.entries.some((e) => e.kind === entry.kind && e.id === entry.id)) {
            this.data.entries.push(entry);
            this.save();
        }
    }
    /** Forgets a resource (after it was deleted) and saves. */
    remove(entry) {
        this.data.entries = this.data.entries.filter((e) => !(e.kind === entry.kind && e.id === entry.id));
        this.save();
    }
    /** Writes the file atomically (temporary file, then rename). */
    save() {
        if (this.path === undefined)
            return;
        const tmp = `${this.path}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, this.path);
    }
}


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x$: () => (/* binding */ OVERCLOUD_DEFAULTS),
  _b: () => (/* binding */ stackOvercloud)
});

// UNUSED EXPORTS: KURYR_UNITS, interfaceWithAddress, kuryrConfEdits, planOvercloud, resolveOvercloudPlaceholders, workerSubnetsOption

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
;// CONCATENATED MODULE: ./build/devstack/ini-edit.js
/**
 * Sets options in an existing INI file's text the way `iniset` does (DevStack's `inc/ini-config`): the first
 * `key = value` line of the section is replaced in place, a missing key is added at the end of its section, a
 * missing section is appended. Everything else (comments, order, other sections) is kept byte for byte.
 */
const SECTION = /^\s*\[([^\]]+)\]\s*$/;
const OPTION = /^\s*([^=#;\s][^=]*?)\s*=/;
/** Returns `text` with every setting applied (later settings win over earlier ones for the same key). */
function setIniOptions(text, settings) {
    const trailingNewline = text === '' || text.endsWith('\n');
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    for (const s of settings) {
        if (/[\r\n]/.test(s.value) || /[\r\n[\]]/.test(s.section) || /[\r\n=]/.test(s.key)) {
            throw new Error(`INI option ${s.section}.${s.key}: line breaks, '=' in keys and brackets in sections are not allowed`);
        }
        let current;
        let sectionEnd = -1;
        let done = false;
        for (let i = 0; i < lines.length; i++) {
            const header = SECTION.exec(lines[i]);
            if (header) {
                current = header[1].trim();
                continue;
            }
            if (current !== s.section)
                continue;
            sectionEnd = i;
            const option = OPTION.exec(lines[i]);
            if (option && option[1] === s.key) {
                lines[i] = `${s.key} = ${s.value}`;
                done = true;
                break;
            }
        }
        if (done)
            continue;
        const headerIndex = lines.findIndex((l) => SECTION.exec(l)?.[1]?.trim() === s.section);
        if (headerIndex < 0) {
            if (lines.length > 0 && lines[lines.length - 1].trim() !== '')
                lines.push('');
            lines.push(`[${s.section}]`, `${s.key} = ${s.value}`);
        }
        else {
            // after the section's last non-blank line
            let at = Math.max(headerIndex, sectionEnd);
            while (at > headerIndex && lines[at].trim() === '')
                at--;
            lines.splice(at + 1, 0, `${s.key} = ${s.value}`);
        }
    }
    return lines.join('\n') + (trailingNewline || lines.length > 0 ? '\n' : '');
}
/** Reads one option (`iniget`): the value of the first `key =` line of the section, trimmed; undefined if absent. */
function getIniOption(text, section, key) {
    let current;
    for (const line of text.split('\n')) {
        const header = SECTION.exec(line);
        if (header) {
            current = header[1].trim();
            continue;
        }
        if (current !== section)
            continue;
        const option = OPTION.exec(line);
        if (option && option[1] === key)
            return line.slice(line.indexOf('=') + 1).trim();
    }
    return undefined;
}

// EXTERNAL MODULE: ./build/devstack/plan.js + 5 modules
var devstack_plan = __webpack_require__(8756);
// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(7613);
// EXTERNAL MODULE: ./build/devstack/stack/stream.js
var stream = __webpack_require__(2483);
// EXTERNAL MODULE: ./build/devstack/setup/triage.js
var setup_triage = __webpack_require__(2816);
// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(4416);
;// CONCATENATED MODULE: ./build/openstack/overcloud.js
/**
 * The overcloud inside the trunk VM (field guide §2.3-2.5, §5): resolve the placeholders from the undercloud, render
 * the overcloud local.conf with the configuration engine, copy DevStack into the VM over SSH, run stack.sh there
 * streamed into log groups, apply the kuryr.conf edits DevStack does not make, restart the two kuryr units and fetch
 * the overcloud kubeconfig.
 */










/** Defaults of {@link OvercloudSettings} (field guide §2.3-2.5). */
const OVERCLOUD_DEFAULTS = {
    profile: 'overcloud-nested-vlan',
    router: 'router1',
    subnetPool: 'shared-default-subnetpool-v4',
    devstackDir: '/opt/stack/devstack',
    remoteDir: 'devstack',
    kuryrConfPath: '/etc/kuryr/kuryr.conf',
    remoteKubeconfig: '.kube/config',
    stackTimeoutMinutes: 60,
};
/** The kuryr units restarted after the edits (§2.5). */
const KURYR_UNITS = ['devstack@kuryr-kubernetes.service', 'devstack@kuryr-daemon.service'];
/**
 * The `[pod_vif_nested]` option name the pinned kuryr reads: `worker_nodes_subnet` in the df-era code (ussuri
 * train, `config.py@258c708b`), `worker_nodes_subnets` later (§2.5).
 */
function workerSubnetsOption(train) {
    const option = trains/* TRAINS */.G3[train]?.workerNodesSubnetOption;
    if (option === undefined)
        throw new errors/* ConfigurationError */.j1(`unknown release train '${train}'`, 'overcloud-release');
    return option;
}
/** The kuryr.conf edits of §2.5 for one overcloud. */
function kuryrConfEdits(train, workerSubnetId, linkIface) {
    return [
        { section: 'pod_vif_nested', key: workerSubnetsOption(train), value: workerSubnetId },
        { section: 'binding', key: 'driver', value: 'kuryr.lib.binding.drivers.vlan' },
        { section: 'binding', key: 'link_iface', value: linkIface },
    ];
}
/**
 * Finds the interface holding `ip` in `ip -o -4 addr show` output (`2: eth0    inet 10.0.0.5/26 brd …`). VLAN
 * sub-interfaces print as `eth0.101@eth0`: the name is the part before `@`.
 */
function interfaceWithAddress(ipAddrOutput, ip) {
    for (const line of ipAddrOutput.split('\n')) {
        const m = /^\d+:\s+(\S+)\s+inet\s+([0-9.]+)\//.exec(line);
        if (m && m[2] === ip)
            return m[1].split('@')[0];
    }
    return undefined;
}
/** Undercloud values for the placeholders of the overcloud profile (§2.4). */
async function resolveOvercloudPlaceholders(s, client) {
    const pool = await client.subnetPoolShow(s.subnetPool).catch((err) => {
        throw notFoundAsConfig(err, 'overcloud-local-conf', `subnet pool '${s.subnetPool}' does not exist on the undercloud`);
    });
    await client.raw(['router', 'show', s.router, '-f', 'json']).catch((err) => {
        throw notFoundAsConfig(err, 'overcloud-local-conf', `router '${s.router}' (KURYR_NEUTRON_DEFAULT_ROUTER) does not exist on the undercloud; set KURYR_NEUTRON_DEFAULT_ROUTER in overcloud-local-conf to the undercloud's router`);
    });
    let serviceHost = s.serviceHost;
    if (serviceHost === undefined || serviceHost === '')
        serviceHost = await externalGateway(client, s.externalNetwork);
    if (serviceHost === undefined)
        serviceHost = s.authUrlHost && !isLoopback(s.authUrlHost) ? s.authUrlHost : undefined;
    if (serviceHost === undefined) {
        throw new errors/* ConfigurationError */.j1(`cannot tell which undercloud address the VM reaches: cloud '${client.cloud}' cannot read an IPv4 gateway of network '${s.externalNetwork}' and its auth_url host is ${s.authUrlHost ? `loopback (${s.authUrlHost})` : 'unknown'}; set 'overcloud-service-host'`, 'overcloud-service-host');
    }
    return { serviceHost, subnetPoolId: pool.id, router: s.router };
}
/**
 * The gateway of the external network's IPv4 subnet: br-ex's address on a DevStack host, which the VM reaches
 * through the router. Undefined when the cloud may not read those subnets (demo cannot read admin's `public-subnet`).
 */
async function externalGateway(client, network) {
    const net = await client.networkShow(network);
    for (const id of net.subnets) {
        const subnet = await client.find((n) => client.subnetShow(n), id);
        if (subnet?.ipVersion === 4 && subnet.gatewayIp)
            return subnet.gatewayIp;
    }
    return undefined;
}
function isLoopback(host) {
    return /^(127\.|localhost$|::1$|\[::1\]$)/.test(host);
}
function notFoundAsConfig(err, input, message) {
    return err instanceof openstack_errors/* OpenStackError */.jK && err.notFound ? new errors/* ConfigurationError */.j1(message, input) : err;
}
/** Renders the overcloud local.conf with the engine; unresolved placeholders or refused options are user errors. */
function planOvercloud(s, resolved, stackUser, hostIp) {
    const plan = (0,devstack_plan/* createPlan */.q)({
        profile: s.profile,
        release: s.release,
        set: {
            // DevStack's own guess (get_default_host_ip) skips addresses inside FIXED_RANGE (10.0.0.0/22 by default),
            // which is exactly where port0 lives on a DevStack undercloud: without HOST_IP stack.sh dies in stackrc with
            // "Could not determine host ip address".
            HOST_IP: hostIp,
            SERVICE_HOST: resolved.serviceHost,
            KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID: resolved.subnetPoolId,
            KURYR_NEUTRON_DEFAULT_ROUTER: resolved.router,
        },
        adminPassword: s.adminPassword,
        fragments: s.fragments,
        gitBase: s.gitBase,
        stackUser,
    });
    if (plan.profile.role !== 'overcloud') {
        throw new errors/* ConfigurationError */.j1(`profile '${s.profile}' is not an overcloud profile (role ${plan.profile.role}); use overcloud-nested-vlan`, 'overcloud-profile');
    }
    return plan;
}
/**
 * Stacks the overcloud in the VM. Never throws for a stack.sh failure (it is in the result, with findings); throws
 * for user mistakes (ConfigurationError) and for SSH/copy failures.
 */
async function stackOvercloud(s, vm, { client, ssh, runner, logger }) {
    const resolved = await resolveOvercloudPlaceholders(s, client);
    logger.info(`overcloud placeholders: HOST_IP=${vm.parentPortIp} (port0), SERVICE_HOST=${resolved.serviceHost}, KURYR_NEUTRON_DEFAULT_SUBNETPOOL_ID=${resolved.subnetPoolId} (${s.subnetPool}), KURYR_NEUTRON_DEFAULT_ROUTER=${resolved.router}, worker nodes subnet ${vm.workerSubnetId}`);
    const plan = planOvercloud(s, resolved, ssh.target.user, vm.parentPortIp);
    for (const secret of plan.secrets)
        logger.addSecret(secret);
    (0,external_node_fs_.writeFileSync)(s.localConfPath, plan.localConf, { mode: 0o600 });
    const base = { ...resolved, kuryrConf: [] };
    // 1. the VM's NIC that carries port0 (link_iface), detected instead of assumed
    const addrs = await ssh.run(['ip', '-o', '-4', 'addr', 'show'], { timeoutMs: 60_000 });
    const linkIface = interfaceWithAddress(addrs.stdout, vm.parentPortIp);
    if (linkIface === undefined) {
        throw new Error(`no interface in the VM holds port0's address ${vm.parentPortIp}:\n${addrs.stdout.trim()}`);
    }
    logger.info(`link_iface: ${linkIface} holds ${vm.parentPortIp}`);
    // 2. DevStack into the VM, and the local.conf
    await logger.group(`Copy DevStack into the VM (${s.devstackDir} → ${ssh.address}:${s.remoteDir})`, async () => {
        const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'kdf-overcloud-'));
        try {
            const tarball = (0,external_node_path_.join)(work, 'devstack.tar.gz');
            await runner.run('tar', ['-C', (0,external_node_path_.dirname)(s.devstackDir), '-czf', tarball, (0,external_node_path_.basename)(s.devstackDir)], {
                timeoutMs: 10 * 60_000,
                label: 'tar',
            });
            const remoteTar = `/tmp/kdf-devstack-${process.pid}.tar.gz`;
            await ssh.copyTo(tarball, remoteTar);
            await ssh.run([
                'sh',
                '-c',
                'set -e; rm -rf "$1"; mkdir -p "$1"; tar -xzf "$2" -C "$1" --strip-components=1; rm -f "$2"',
                'unpack',
                s.remoteDir,
                remoteTar,
            ], { timeoutMs: 10 * 60_000 });
            await ssh.writeFile(`${s.remoteDir}/local.conf`, plan.localConf, { mode: '0600' });
        }
        finally {
            (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
        }
    });
    // 3. stack.sh in the VM, streamed
    const run = await runStack(s, ssh, logger);
    const triage = (0,setup_triage/* triageStackRun */.S)({
        outcome: run.parser.outcome(),
        exitCode: run.exitCode,
        timedOut: run.timedOut,
        cancelled: run.cancelled,
        timeoutMinutes: s.stackTimeoutMinutes,
        localConfPath: s.localConfPath,
        origins: plan.origins,
        skippedPlugins: [],
        devstackDir: s.remoteDir,
    });
    const findings = triage.findings.map((f) => ({ ...f, title: `overcloud ${f.title}` }));
    if (!triage.success) {
        return {
            ...base,
            linkIface,
            success: false,
            headline: `overcloud: ${triage.headline}`,
            findings,
            tail: triage.tail,
        };
    }
    // 4. kuryr.conf edits (§2.5), read back, then the restarts
    const train = plan.train.name;
    const edits = kuryrConfEdits(train, vm.workerSubnetId, linkIface);
    await logger.group(`Edit ${s.kuryrConfPath} and restart kuryr`, async () => {
        const current = await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 });
        const edited = setIniOptions(current.stdout, edits);
        await ssh.writeFile(s.kuryrConfPath, edited, { sudo: true, mode: '0644' });
        const check = (await ssh.run(['sudo', '-n', 'cat', s.kuryrConfPath], { timeoutMs: 60_000 })).stdout;
        for (const e of edits) {
            const got = getIniOption(check, e.section, e.key);
            if (got !== e.value)
                throw new Error(`kuryr.conf [${e.section}] ${e.key} reads '${got}' after the edit, not '${e.value}'`);
            logger.info(`[${e.section}] ${e.key} = ${e.value}`);
        }
        await ssh.run(['sudo', '-n', 'systemctl', 'restart', ...KURYR_UNITS], { timeoutMs: 5 * 60_000 });
        logger.info(`restarted ${KURYR_UNITS.join(' and ')}`);
    });
    // 5. the kubeconfig
    let kubeconfigPath;
    try {
        const kube = await ssh.run(['cat', s.remoteKubeconfig], { timeoutMs: 60_000 });
        (0,external_node_fs_.writeFileSync)(s.kubeconfigPath, kube.stdout, { mode: 0o600 });
        kubeconfigPath = s.kubeconfigPath;
        logger.info(`overcloud kubeconfig fetched to ${s.kubeconfigPath}`);
    }
    catch (err) {
        findings.push({
            file: s.localConfPath,
            line: 1,
            level: 'failure',
            title: 'overcloud kubeconfig missing',
            message: `~/${s.remoteKubeconfig} could not be read in the VM: ${(0,errors/* getErrorMessage */.u1)(err)}`,
            rule: 'overcloud-kubeconfig',
        });
        return {
            ...base,
            linkIface,
            kuryrConf: edits,
            success: false,
            headline: 'overcloud stacked but no kubeconfig',
            findings,
            tail: triage.tail,
        };
    }
    return {
        ...base,
        linkIface,
        kuryrConf: edits,
        kubeconfigPath,
        success: true,
        headline: `overcloud stacked (${plan.profile.name}, train ${train})`,
        findings,
        tail: triage.tail,
    };
}
async function runStack(s, ssh, logger) {
    const run = await (0,stream/* streamStackRun */.k)((onLine) => ssh.run(['sh', '-c', 'cd "$1" && exec ./stack.sh', 'stack', s.remoteDir], {
        timeoutMs: s.stackTimeoutMinutes * 60_000,
        onStdoutLine: onLine,
        onStderrLine: onLine,
        label: 'overcloud stack.sh',
        maxBufferBytes: 1024 * 1024,
    }), { logger, label: 'overcloud stack.sh', heartbeatMs: s.heartbeatMs });
    const { parser, exitCode } = run;
    // As on the undercloud: with LOGFILE + VERBOSE the completion line is only in the summary log.
    if (exitCode === 0 && !parser.outcome().completed) {
        // .stackenv (save_stackenv) knows where LOGFILE went in the VM
        const summary = await ssh
            // LOGFILE there carries stack.sh's timestamp suffix; `<name>.summary` is the symlink to the newest summary
            .run(['sh', '-c', 'cd "$1" && . ./.stackenv && cat "${LOGFILE%.*}.summary"', 'summary', s.remoteDir], {
            timeoutMs: 60_000,
            allowedExitCodes: [0, 1, 2],
        })
            .catch(() => undefined);
        for (const line of (summary?.stdout ?? '').split('\n'))
            parser.push(line);
    }
    return run;
}


/***/ }),

/***/ 8865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vk: () => (/* binding */ readTrunkVmSettings)
});

// UNUSED EXPORTS: DEFAULT_BOOT_TIMEOUT_MINUTES, DEFAULT_KEY_NAME, DEFAULT_SECURITY_RULES, parseSecurityRules, parseSubports

// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/devstack/fragment-file.js
var fragment_file = __webpack_require__(8629);
// EXTERNAL MODULE: ./build/devstack/options.js
var options = __webpack_require__(9418);
// EXTERNAL MODULE: ./build/devstack/profiles/index.js + 4 modules
var profiles = __webpack_require__(9015);
// EXTERNAL MODULE: ./build/devstack/trains.js
var trains = __webpack_require__(7613);
// EXTERNAL MODULE: ./build/openstack/clouds-yaml.js
var clouds_yaml = __webpack_require__(6353);
// EXTERNAL MODULE: ./build/openstack/overcloud.js + 1 modules
var overcloud = __webpack_require__(6432);
;// CONCATENATED MODULE: ./build/openstack/overcloud-settings.js
/**
 * The overcloud part of actions/trunk-vm's settings, checked while parsing: an unknown profile or release, a fragment
 * file that is missing or not text, an admin password DevStack would reject (or none to be found) and a `devstack-dir`
 * that is not a DevStack checkout all fail here, before the run creates a single cloud resource.
 */









/** The profiles meant for the VM (role `overcloud`). */
function overcloudProfiles() {
    return Object.values(profiles/* PROFILES */.j)
        .filter((p) => p.role === 'overcloud')
        .map((p) => p.name);
}
/**
 * Reads and checks the `overcloud-*`, `admin-password`, `git-base` and `devstack-dir` inputs (no cloud call).
 * @param beforeStack DevStack is not stacked yet: `devstack-dir` need not exist and an empty `admin-password` is
 *   not looked up in a clouds.yaml that setup-devstack has still to write
 */
function readOvercloudSettings(inputs, ref, beforeStack = false) {
    const profile = inputs.getEnumInput('overcloud-profile', overcloudProfiles(), overcloud/* OVERCLOUD_DEFAULTS */.x$.profile);
    const release = inputs.getOptionalInput('overcloud-release');
    if (release !== undefined && !trains/* TRAINS */.G3[release]) {
        throw new errors/* ConfigurationError */.j1(`Input 'overcloud-release' must be one of: ${Object.keys(trains/* TRAINS */.G3).join(', ')} (got '${release}').`, 'overcloud-release');
    }
    const timeoutMinutes = inputs.getIntegerInput('overcloud-timeout-minutes', { min: 1, max: 24 * 60 }, overcloud/* OVERCLOUD_DEFAULTS */.x$.stackTimeoutMinutes);
    // The checks that read files come after the plain inputs.
    const localConfFile = inputs.getOptionalInput('overcloud-local-conf-file');
    // inside the workspace, readable, and text (UTF-8, no NUL bytes): readFragmentFile refuses anything else
    if (localConfFile !== undefined)
        (0,fragment_file/* readFragmentFile */.L)(ref.workspace, localConfFile, 'overcloud-local-conf-file');
    const given = inputs.getOptionalInput('admin-password');
    // Empty: DevStack gave every user ADMIN_PASSWORD, so the undercloud cloud's clouds.yaml password is the one.
    const adminPassword = given === undefined && beforeStack
        ? ''
        : (0,options/* checkPassword */.O7)(given ?? (0,clouds_yaml/* cloudPassword */.zO)(ref.cloud, ref.cloudsYaml, ref.workspace), 'admin-password');
    return {
        profile,
        release,
        localConfFile,
        localConf: inputs.getOptionalInput('overcloud-local-conf'),
        serviceHost: inputs.getOptionalInput('overcloud-service-host'),
        adminPassword,
        gitBase: inputs.getOptionalInput('git-base'),
        devstackDir: checkDevstackDir(inputs.getOptionalInput('devstack-dir', overcloud/* OVERCLOUD_DEFAULTS */.x$.devstackDir), beforeStack),
        kuryrConfPath: inputs.getOptionalInput('overcloud-kuryr-conf', overcloud/* OVERCLOUD_DEFAULTS */.x$.kuryrConfPath),
        timeoutMinutes,
    };
}
/**
 * `devstack-dir` is copied into the VM with tar: an absolute path to a directory with DevStack's stack.sh (before
 * setup-devstack has cloned it, only the form is checked).
 */
function checkDevstackDir(dir, beforeStack) {
    const input = 'devstack-dir';
    if (!(0,external_node_path_.isAbsolute)(dir)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must be an absolute path (got '${dir}').`, input);
    }
    if (beforeStack)
        return dir;
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${dir}' is not a directory; clone DevStack there or point '${input}' at a checkout.`, input);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'stack.sh'))) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': '${dir}' has no stack.sh, so it is not a DevStack checkout.`, input);
    }
    return dir;
}

// EXTERNAL MODULE: ./build/openstack/trunk-vm.js + 1 modules
var trunk_vm = __webpack_require__(2204);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm-settings.js
/**
 * actions/trunk-vm's settings: every input parsed once into a typed object, shared by the action and `kdf trunk-vm`.
 * User mistakes throw a ConfigurationError naming the input.
 */



/** Default key pair name (`key-name`). */
const DEFAULT_KEY_NAME = 'kdf-trunk-vm';
/** Default of `boot-timeout-minutes`. */
const DEFAULT_BOOT_TIMEOUT_MINUTES = 10;
/** The default `security-rules` (the field guide's ICMP + SSH). */
const DEFAULT_SECURITY_RULES = trunk_vm/* TRUNK_VM_RULES */.Xc.map((r) => r.dstPort === undefined ? r.protocol : `${r.protocol}/${r.dstPort}`);
/** Parses `subports`: VLAN ids 1-4094, separated by commas or newlines, unique. */
function parseSubports(items, input = 'subports') {
    const ids = items.map((item) => {
        if (!/^\d+$/.test(item) || Number(item) < 1 || Number(item) > 4094) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' must list VLAN ids between 1 and 4094 (got '${item}').`, input);
        }
        return Number(item);
    });
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup !== undefined)
        throw new errors/* ConfigurationError */.j1(`Input '${input}' lists VLAN id ${dup} twice.`, input);
    return ids;
}
/**
 * Parses `security-rules`: `PROTOCOL[/PORT]` items (`icmp`, `tcp/22`, `udp/53`), each added (idempotently) as an
 * ingress rule from anywhere to the VM's security group. Empty = the field guide's `icmp, tcp/22`. Without `tcp/22`
 * the VM cannot be reached over SSH, so it is refused.
 */
function parseSecurityRules(items, input = 'security-rules') {
    if (items.length === 0)
        return [...trunk_vm/* TRUNK_VM_RULES */.Xc];
    const rules = items.map((item) => {
        const m = /^(icmp|tcp|udp)(?:\/(\d{1,5}))?$/.exec(item.toLowerCase());
        const port = m?.[2] === undefined ? undefined : Number(m[2]);
        if (!m ||
            (port !== undefined && (m[1] === 'icmp' || port < 1 || port > 65535)) ||
            (m[1] !== 'icmp' && port === undefined)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' items must be icmp, tcp/PORT or udp/PORT with PORT 1-65535 (got '${item}').`, input);
        }
        const protocol = m[1];
        return port === undefined ? { protocol } : { protocol, dstPort: port };
    });
    const unique = rules.filter((r, i) => rules.findIndex((o) => o.protocol === r.protocol && o.dstPort === r.dstPort) === i);
    if (!unique.some((r) => r.protocol === 'tcp' && r.dstPort === 22)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' must include tcp/22: the toolkit reaches the VM over SSH (got '${items.join(', ')}').`, input);
    }
    return unique;
}
/**
 * Reads and validates every actions/trunk-vm input, the overcloud's files and password included, without a cloud
 * call. `workspace` (default the current directory) is where relative paths and `./clouds.yaml` are looked up.
 */
function readTrunkVmSettings(inputs, workspace = process.cwd(), options = {}) {
    const cloud = inputs.getOptionalInput('os-cloud', 'devstack');
    const cloudsYaml = inputs.getOptionalInput('clouds-yaml');
    const rules = parseSecurityRules(inputs.getListInput('security-rules'));
    const bootMinutes = inputs.getIntegerInput('boot-timeout-minutes', { min: 1, max: 24 * 60 }, DEFAULT_BOOT_TIMEOUT_MINUTES);
    const imageUrl = inputs.getOptionalInput('image-url');
    if (imageUrl !== undefined && !/^(https?|file):\/\/\S+$/.test(imageUrl)) {
        throw new errors/* ConfigurationError */.j1(`Input 'image-url' must be an http(s):// or file:// URL (got '${imageUrl}').`, 'image-url');
    }
    const diskFormat = inputs.getOptionalInput('image-disk-format', 'qcow2');
    if (!['qcow2', 'raw', 'vmdk', 'vdi', 'iso', 'vhd', 'vhdx', 'ami', 'ploop'].includes(diskFormat)) {
        throw new errors/* ConfigurationError */.j1(`Input 'image-disk-format' is not a Glance disk format (got '${diskFormat}').`, 'image-disk-format');
    }
    const overcloudOn = inputs.getBooleanInput('overcloud', false);
    const sshUser = inputs.getOptionalInput('ssh-user', 'centos');
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(sshUser)) {
        throw new errors/* ConfigurationError */.j1(`Input 'ssh-user' must be a Linux user name (got '${sshUser}').`, 'ssh-user');
    }
    return {
        cloud,
        cloudsYaml,
        imageUrl,
        imageDiskFormat: diskFormat,
        sshUser,
        overcloud: overcloudOn
            ? readOvercloudSettings(inputs, { cloud, cloudsYaml, workspace }, options.beforeStack === true)
            : undefined,
        keep: inputs.getBooleanInput('keep', false),
        vm: {
            image: inputs.getRequiredInput('image'),
            flavor: inputs.getOptionalInput('flavor', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.flavor),
            network: inputs.getOptionalInput('network', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.network),
            externalNetwork: inputs.getOptionalInput('external-network', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.externalNetwork),
            securityGroup: trunk_vm/* TRUNK_VM_DEFAULTS */.AA.securityGroup,
            securityRules: rules,
            serverName: inputs.getOptionalInput('server-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.serverName),
            portName: inputs.getOptionalInput('port-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.portName),
            trunkName: inputs.getOptionalInput('trunk-name', trunk_vm/* TRUNK_VM_DEFAULTS */.AA.trunkName),
            keypairName: inputs.getOptionalInput('key-name', DEFAULT_KEY_NAME),
            subportVlanIds: parseSubports(inputs.getListInput('subports')),
            reuse: inputs.getBooleanInput('reuse', false),
            bootTimeoutMs: bootMinutes * 60_000,
        },
    };
}


/***/ }),

/***/ 2204:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AA: () => (/* binding */ TRUNK_VM_DEFAULTS),
  Xc: () => (/* binding */ TRUNK_VM_RULES),
  YF: () => (/* binding */ downTrunkVm),
  hT: () => (/* binding */ upTrunkVm)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/runtime/cancel.js
var cancel = __webpack_require__(1729);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(4416);
// EXTERNAL MODULE: ./build/openstack/ledger.js
var openstack_ledger = __webpack_require__(6526);
// EXTERNAL MODULE: ./build/openstack/types.js
var types = __webpack_require__(7950);
;// CONCATENATED MODULE: ./build/openstack/security-groups.js
/**
 * Security groups by project. Neutron names are not unique: an admin lists one `default` group per project, so
 * `security group rule list default` fails with "More than one SecurityGroup exists with the name 'default'". The
 * trunk VM's group is resolved here, once, to the id of the group in the cloud's own project, and used by id.
 */


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Parses `security group list -f json` (columns ID, Name, Description, Project, Tags). */
function parseSecurityGroupList(text) {
    const what = 'security group list';
    return (0,types/* parseArray */.$v)(what, text).map((row) => {
        const id = row.ID ?? row.id;
        const name = row.Name ?? row.name;
        const project = row.Project ?? row.project_id ?? row.tenant_id;
        if (typeof id !== 'string' || typeof name !== 'string' || typeof project !== 'string') {
            throw new types/* OpenStackParseError */.mM(what, 'a row lacks ID, Name or Project');
        }
        return { id, name, projectId: project };
    });
}
/**
 * The project the cloud's credentials are scoped to: `token issue -c project_id` (only that column: the token itself
 * is a credential and never leaves the CLI).
 */
async function currentProjectId(client) {
    const doc = (0,types/* parseObject */.lj)('token issue', await client.raw(['token', 'issue', '-c', 'project_id', '-f', 'json']));
    const id = doc.project_id;
    if (typeof id !== 'string' || id === '') {
        throw new types/* OpenStackParseError */.mM('token issue', `no project_id: cloud '${client.cloud}' is not scoped to a project`);
    }
    return id;
}
/**
 * Resolves a security group name (or id) to the id of that group in the cloud's own project. An id is returned as
 * is. Among several groups of that name (an admin sees every project's `default`), the one of the current project
 * wins; a single group of another project (shared with this one) is taken as well.
 * @throws ConfigurationError naming `input` when no group, or several none of them the project's own, match
 */
async function resolveSecurityGroupId(client, nameOrId, input = 'security-group') {
    if (UUID.test(nameOrId))
        return nameOrId;
    const projectId = await currentProjectId(client);
    const groups = parseSecurityGroupList(await client.raw(['security', 'group', 'list', '-f', 'json']));
    const named = groups.filter((g) => g.name === nameOrId);
    const own = named.filter((g) => g.projectId === projectId);
    if (own.length === 1 && own[0])
        return own[0].id;
    if (own.length === 0 && named.length === 1 && named[0])
        return named[0].id;
    if (named.length === 0) {
        throw new errors/* ConfigurationError */.j1(`security group '${nameOrId}' does not exist for cloud '${client.cloud}' (project ${projectId})`, input);
    }
    const where = (own.length > 1 ? own : named).map((g) => `${g.id} (project ${g.projectId})`).join(', ');
    throw new errors/* ConfigurationError */.j1(`security group '${nameOrId}' is ambiguous for cloud '${client.cloud}' (project ${projectId}): ${where}; ` +
        'give its id instead', input);
}

// EXTERNAL MODULE: ./build/openstack/wait.js
var wait = __webpack_require__(9854);
;// CONCATENATED MODULE: ./build/openstack/trunk-vm.js
/**
 * The nested trunk VM of field guide §5 (library part of `actions/trunk-vm`): key pair, security group rules, parent
 * port `port0`, trunk `trunk0`, a server on the parent port, a floating IP, optional VLAN subports. Every created
 * resource goes into a {@link TeardownLedger} so {@link downTrunkVm} can undo a run, also a partial one.
 *
 * SSH readiness and the overcloud follow in trunk-vm-action.ts (ssh.ts, overcloud.ts).
 */










/** Field guide §5 defaults for everything but the image and the paths. */
const TRUNK_VM_DEFAULTS = {
    flavor: 'ds4G',
    network: 'private',
    externalNetwork: 'public',
    securityGroup: 'default',
    serverName: 'overcloud_vm',
    portName: 'port0',
    trunkName: 'trunk0',
    subportVlanIds: [],
    reuse: false,
};
/** The rules §5 adds to the VM's security group. */
const TRUNK_VM_RULES = [{ protocol: 'icmp' }, { protocol: 'tcp', dstPort: 22 }];
/**
 * Brings the trunk VM up, in the order of field guide §5. On failure it tears down what it created (the ledger
 * then is empty) and rethrows.
 */
async function upTrunkVm(settings, deps) {
    validate(settings);
    const ledger = settings.ledgerPath
        ? openstack_ledger/* TeardownLedger */.k.load(settings.ledgerPath, deps.client.cloud)
        : new openstack_ledger/* TeardownLedger */.k(undefined, deps.client.cloud);
    try {
        return await up(settings, deps, ledger);
    }
    catch (err) {
        deps.logger.error(`trunk VM failed: ${(0,errors/* getErrorMessage */.u1)(err)}; tearing down what this run created`);
        try {
            await downTrunkVm(ledger, deps, {
                deleteTimeoutMs: settings.deleteTimeoutMs,
                pollIntervalMs: settings.pollIntervalMs,
            });
        }
        catch (teardown) {
            deps.logger.error(`teardown after the failure was incomplete: ${(0,errors/* getErrorMessage */.u1)(teardown)}`);
        }
        throw err;
    }
}
function validate(s) {
    const required = [
        ['image', s.image],
        ['flavor', s.flavor],
        ['network', s.network],
        ['external-network', s.externalNetwork],
        ['security-group', s.securityGroup],
        ['server-name', s.serverName],
        ['port-name', s.portName],
        ['trunk-name', s.trunkName],
        ['keypair-name', s.keypairName],
        ['ssh-key-path', s.sshKeyPath],
    ];
    for (const [input, value] of required) {
        if (value.trim() === '')
            throw new errors/* ConfigurationError */.j1(`input '${input}' must not be empty`, input);
    }
    for (const id of s.subportVlanIds) {
        if (!Number.isInteger(id) || id < 1 || id > 4094) {
            throw new errors/* ConfigurationError */.j1(`subport VLAN id ${id} is not in 1-4094`, 'subports');
        }
    }
    if (new Set(s.subportVlanIds).size !== s.subportVlanIds.length) {
        throw new errors/* ConfigurationError */.j1('subport VLAN ids must be unique', 'subports');
    }
}
/** Fails clearly when `what` exists and `reuse` is off. */
function existing(kind, name, reuse) {
    if (!reuse) {
        throw new errors/* ConfigurationError */.j1(`${kind} '${name}' already exists: delete it, or set 'reuse: true' to adopt it`, 'reuse');
    }
}
async function up(s, { client, logger, runner, signal }, ledger) {
    const interval = s.pollIntervalMs ?? 2000;
    const step = () => (0,cancel/* throwIfCancelled */.dZ)(signal);
    step();
    // 1. key pair, generated per run; the private key is a secret
    const knownKeypair = await client.find((n) => client.keypairShow(n), s.keypairName);
    if (knownKeypair) {
        existing('key pair', s.keypairName, s.reuse);
        if (!(0,external_node_fs_.existsSync)(s.sshKeyPath)) {
            throw new errors/* ConfigurationError */.j1(`key pair '${s.keypairName}' exists but its private key ${s.sshKeyPath} does not: it cannot be adopted`, 'ssh-key-path');
        }
        ledger.record({ kind: 'keypair', id: s.keypairName, adopted: true });
    }
    else {
        const keypair = await client.keypairCreate(s.keypairName);
        ledger.record({ kind: 'keypair', id: s.keypairName });
        const key = keypair.privateKey ?? '';
        logger.addSecret(key);
        (0,external_node_fs_.writeFileSync)(s.sshKeyPath, key, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(s.sshKeyPath, 0o600);
        logger.info(`key pair ${s.keypairName} created; private key in ${s.sshKeyPath}`);
    }
    step();
    // 2. ICMP and SSH rules, idempotent, in the group of the cloud's own project (by id: an admin sees one `default`
    // per project, and the name alone is ambiguous)
    const groupId = await resolveSecurityGroupId(client, s.securityGroup);
    for (const spec of s.securityRules ?? TRUNK_VM_RULES) {
        const { rule, created } = await client.ensureSecurityGroupRule(groupId, spec);
        if (created)
            ledger.record({ kind: 'security-group-rule', id: rule.id });
        logger.info(`security group ${s.securityGroup} (${groupId}): ${describeRule(spec)} ${created ? 'added' : 'present'}`);
    }
    step();
    // 3. image (must exist) and flavor
    const image = s.imageUrl === undefined
        ? await mustExist(() => client.imageShow(s.image), 'image', `image '${s.image}' does not exist`)
        : await ensureImage(s, s.imageUrl, { client, logger, runner }, ledger);
    const flavor = await mustExist(() => client.flavorShow(s.flavor), 'flavor', `flavor '${s.flavor}' does not exist`);
    const external = await mustExist(() => client.networkShow(s.externalNetwork), 'external-network', `network '${s.externalNetwork}' does not exist`);
    if (!external.external) {
        throw new errors/* ConfigurationError */.j1(`network '${s.externalNetwork}' is not external (router:external)`, 'external-network');
    }
    step();
    // 4. port0 on the network
    let port = await client.find((n) => client.portShow(n), s.portName);
    if (port) {
        existing('port', s.portName, s.reuse);
        ledger.record({ kind: 'port', id: port.id, name: s.portName, adopted: true });
    }
    else {
        await mustExist(() => client.networkShow(s.network), 'network', `network '${s.network}' does not exist`);
        port = await client.portCreate(s.portName, { network: s.network, securityGroups: [groupId] });
        ledger.record({ kind: 'port', id: port.id, name: s.portName });
    }
    const workerSubnetId = port.fixedIps[0]?.subnetId;
    const parentPortIp = port.fixedIps[0]?.ipAddress;
    if (workerSubnetId === undefined || parentPortIp === undefined) {
        throw new Error(`port ${s.portName} (${port.id}) has no fixed IP`);
    }
    step();
    // 5. trunk0 with port0 as parent
    let trunk = await client.find((n) => client.trunkShow(n), s.trunkName);
    if (trunk) {
        existing('trunk', s.trunkName, s.reuse);
        if (trunk.portId !== port.id) {
            throw new errors/* ConfigurationError */.j1(`trunk '${s.trunkName}' exists with parent port ${trunk.portId}, not ${s.portName} (${port.id})`, 'reuse');
        }
        ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName, adopted: true });
    }
    else {
        trunk = await client.trunkCreate(s.trunkName, port.id);
        ledger.record({ kind: 'trunk', id: trunk.id, name: s.trunkName });
    }
    step();
    // 6. optional subports
    const subportIds = {};
    for (const sub of trunk.subPorts)
        subportIds[sub.segmentationId] = sub.portId;
    for (const vlan of s.subportVlanIds) {
        if (subportIds[vlan] !== undefined)
            continue;
        step();
        const name = `${s.trunkName}-vlan${vlan}`;
        const sub = await client.portCreate(name, { network: s.subportNetwork ?? s.network });
        ledger.record({ kind: 'port', id: sub.id, name });
        await client.trunkSet(trunk.id, [{ port: sub.id, segmentationId: vlan }]);
        ledger.record({ kind: 'subport', id: sub.id, name, trunkId: trunk.id });
        subportIds[vlan] = sub.id;
    }
    step();
    // 7. the server on port0
    let server = await client.find((n) => client.serverShow(n), s.serverName);
    if (server) {
        existing('server', s.serverName, s.reuse);
        ledger.record({ kind: 'server', id: server.id, name: s.serverName, adopted: true });
    }
    else {
        server = await client.serverCreate(s.serverName, {
            image: image.id,
            flavor: flavor.id,
            portId: port.id,
            keyName: s.keypairName,
        });
        ledger.record({ kind: 'server', id: server.id, name: s.serverName });
        logger.info(`server ${s.serverName} (${server.id}) created; waiting for ACTIVE`);
    }
    const serverId = server.id;
    let last = server;
    await (0,wait/* waitFor */.f)(async () => {
        last = await client.serverShow(serverId);
        if (last.status === 'ACTIVE')
            return last;
        if (last.status === 'ERROR')
            throw await serverFailure(client, last);
        return undefined;
    }, {
        timeoutMs: s.bootTimeoutMs ?? 600_000,
        intervalMs: interval,
        describe: () => `server ${s.serverName} (${serverId}) to be ACTIVE (last status ${last.status})`,
        signal,
    });
    step();
    // 8. floating IP on the external network, associated to port0
    const fip = await attachFloatingIp(client, s, port, ledger);
    logger.info(`trunk VM up: server ${serverId}, floating IP ${fip.address}, trunk ${trunk.id}`);
    return {
        serverId,
        floatingIp: fip.address,
        floatingIpId: fip.id,
        trunkId: trunk.id,
        parentPortId: port.id,
        parentPortIp,
        workerSubnetId,
        sshKeyPath: s.sshKeyPath,
        subportIds,
        ledger,
    };
}
/**
 * The image for `imageUrl`: the Glance image named `image` when it exists, otherwise the URL downloaded with curl
 * (kept in `imageCacheDir` by the URL's SHA-256, so a second run does not download again) and uploaded.
 */
async function ensureImage(s, url, { client, logger, runner }, ledger) {
    const known = await client.find((n) => client.imageShow(n), s.image);
    if (known) {
        logger.info(`image ${s.image} exists (${known.id}); image-url not downloaded`);
        return known;
    }
    if (!runner)
        throw new Error('image-url needs a command runner for curl');
    const cacheDir = s.imageCacheDir ?? (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'kdf-image-cache');
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true, mode: 0o700 });
    const file = (0,external_node_path_.join)(cacheDir, `${(0,external_node_crypto_.createHash)('sha256').update(url).digest('hex').slice(0, 32)}.img`);
    if ((0,external_node_fs_.existsSync)(file)) {
        logger.info(`image-url ${url}: cached in ${file}`);
    }
    else {
        const partial = `${file}.part-${process.pid}`;
        logger.info(`downloading image-url ${url}`);
        try {
            await runner.run('curl', ['--fail', '--location', '--silent', '--show-error', '--retry', '3', '--output', partial, '--', url], { timeoutMs: 60 * 60_000, label: 'curl' });
            (0,external_node_fs_.renameSync)(partial, file);
        }
        catch (err) {
            (0,external_node_fs_.rmSync)(partial, { force: true });
            throw new errors/* ConfigurationError */.j1(`image-url ${url} could not be downloaded: ${(0,errors/* getErrorMessage */.u1)(err)}`, 'image-url');
        }
    }
    const image = await client.imageCreate(s.image, { file, diskFormat: s.imageDiskFormat ?? 'qcow2' });
    ledger.record({ kind: 'image', id: image.id, name: s.image });
    logger.info(`image ${s.image} (${image.id}) uploaded from ${url}`);
    return image;
}
async function attachFloatingIp(client, s, port, ledger) {
    const [adopt] = await client.floatingIpIds({ port: port.id });
    if (adopt !== undefined) {
        existing(`floating IP on port`, s.portName, s.reuse);
        ledger.record({ kind: 'floating-ip', id: adopt, adopted: true });
        const shown = await client.floatingIpShow(adopt);
        return { id: shown.id, address: shown.address };
    }
    const fip = await client.floatingIpCreate(s.externalNetwork, { port: port.id });
    ledger.record({ kind: 'floating-ip', id: fip.id, name: fip.address });
    return { id: fip.id, address: fip.address };
}
async function mustExist(show, input, message) {
    try {
        return await show();
    }
    catch (err) {
        if (err instanceof openstack_errors/* OpenStackError */.jK && err.notFound)
            throw new errors/* ConfigurationError */.j1(`${message} (${err.apiMessage})`, input);
        throw err;
    }
}
/** The error for a server in ERROR: its fault and the tail of its console log. */
async function serverFailure(client, server) {
    let log = '';
    try {
        log = (await client.consoleLog(server.id, 50)).trimEnd();
    }
    catch (err) {
        log = `(console log unavailable: ${(0,errors/* getErrorMessage */.u1)(err)})`;
    }
    const fault = server.fault
        ? `${server.fault.message}${server.fault.code === undefined ? '' : ` (code ${server.fault.code})`}`
        : 'no fault recorded';
    return new Error(`server ${server.name} (${server.id}) went to ERROR: ${fault}\nconsole log:\n${log}`);
}
function describeRule(spec) {
    return spec.dstPort === undefined ? spec.protocol : `${spec.protocol}/${spec.dstPort}`;
}
/**
 * Deletes what the ledger records, in dependency order (floating IP, server and wait until gone, subports, trunk,
 * ports, key pair, rules). Idempotent: gone resources count as deleted. Every step is tried; deleted entries leave
 * the ledger, and when some failed it throws listing them.
 */
async function downTrunkVm(ledger, { client, logger }, options = {}) {
    const failures = [];
    const entries = ledger.entries.filter((e) => options.includeAdopted || !e.adopted);
    for (const kind of openstack_ledger/* TEARDOWN_ORDER */._) {
        for (const entry of entries.filter((e) => e.kind === kind)) {
            try {
                await deleteEntry(client, entry, options);
                ledger.remove(entry);
                logger.info(`deleted ${entry.kind} ${entry.name ?? entry.id}`);
            }
            catch (err) {
                failures.push(`${entry.kind} ${entry.name ?? entry.id}: ${(0,errors/* getErrorMessage */.u1)(err)}`);
            }
        }
    }
    // adopted entries are not ours to delete: forget them
    for (const entry of ledger.entries.filter((e) => e.adopted && !options.includeAdopted))
        ledger.remove(entry);
    if (failures.length > 0)
        throw new Error(`teardown incomplete:\n  ${failures.join('\n  ')}`);
}
async function deleteEntry(client, entry, options) {
    switch (entry.kind) {
        case 'floating-ip':
            await client.floatingIpDelete(entry.id);
            return;
        case 'server':
            if (await client.serverDelete(entry.id)) {
                await (0,wait/* waitFor */.f)(async () => ((await client.find((id) => client.serverShow(id), entry.id)) ? undefined : true), {
                    timeoutMs: options.deleteTimeoutMs ?? 300_000,
                    intervalMs: options.pollIntervalMs ?? 2000,
                    describe: `server ${entry.name ?? entry.id} to be deleted`,
                });
            }
            return;
        case 'subport':
            if (entry.trunkId !== undefined) {
                try {
                    await client.trunkUnset(entry.trunkId, [entry.id]);
                }
                catch (err) {
                    // the trunk or the subport is gone already, or the port is no longer a subport
                    if (!(err instanceof openstack_errors/* OpenStackError */.jK) || !(err.notFound || err.httpStatus === 404))
                        throw err;
                }
            }
            return;
        case 'trunk':
            await client.trunkDelete(entry.id);
            return;
        case 'port':
            await client.portDelete(entry.id);
            return;
        case 'keypair':
            await client.keypairDelete(entry.id);
            return;
        case 'security-group-rule':
            await client.securityGroupRuleDelete(entry.id);
            return;
        case 'image':
            await client.imageDelete(entry.id);
            return;
    }
}


/***/ })

};
