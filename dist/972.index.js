export const id = 972;
export const ids = [972];
export const modules = {

/***/ 22972:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ connectOpenStack)
});

// EXTERNAL MODULE: ./build/runtime/env.js
var runtime_env = __webpack_require__(89040);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(84704);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/runtime/netns-runner.js
var netns_runner = __webpack_require__(5342);
;// CONCATENATED MODULE: ./build/runtime/netns-connector.js
/**
 * TCP connections from inside a network namespace, for clients on Node's HTTP stack (the OpenStack REST client with
 * `--prefix-netns`): a Node process cannot enter a namespace, so each connection is a small pipe process,
 * `ip netns exec NS node -e <pipe> HOST PORT`, whose stdin/stdout carry the connection's bytes. This is a byte stream,
 * not a command with a result, so it does not go through the command-runner port; the argv holds no secret.
 */



// The pipe: connects, copies stdin to the socket and the socket to stdout, and says why it failed on stderr.
const PIPE = [
    "const s = require('node:net').connect(Number(process.argv[2]), process.argv[1]);",
    'process.stdin.pipe(s); s.pipe(process.stdout);',
    "s.on('error', (e) => { process.stderr.write(e.code || e.message); process.exit(3); });",
    "s.on('close', () => process.exit(0));",
].join(' ');
/** A connection error carrying the code the pipe reported (`ECONNREFUSED`, …), as net.connect's would. */
class NetnsConnectError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'NetnsConnectError';
    }
}
/**
 * A connector opening each connection inside network namespace `namespace` (see the module comment). The returned
 * stream errors with the pipe's code (`ECONNREFUSED`, …) when the connection fails.
 */
function netnsConnector(namespace) {
    (0,netns_runner/* assertNamespaceArgument */.zh)(namespace);
    return (host, port) => {
        const [ip, ...args] = (0,netns_runner/* netnsExecArgv */.If)(namespace, [process.execPath, '-e', PIPE, host, String(port)]);
        const child = (0,external_node_child_process_.spawn)(ip, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        let reason = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (d) => (reason += d));
        // The stream ends when the pipe process has exited (not when its stdout closes), so that a failed connection
        // errors with the pipe's code instead of looking like a connection the server closed.
        const stream = new external_node_stream_.Duplex({
            read: () => child.stdout.resume(),
            write: (chunk, _enc, done) => void child.stdin.write(chunk, done),
            final: (done) => void child.stdin.end(done),
            destroy: (err, done) => {
                if (child.exitCode === null)
                    child.kill();
                done(err);
            },
        });
        child.stdout.on('data', (chunk) => {
            if (!stream.push(chunk))
                child.stdout.pause();
        });
        child.stdin.on('error', () => undefined); // a write after the pipe exited: the close handler reports why
        child.on('error', (err) => stream.destroy(err));
        child.on('close', (code) => {
            if (stream.destroyed)
                return;
            if (code === 0) {
                stream.push(null);
                return;
            }
            const why = reason.trim() || `exit ${String(code)}`;
            const codeName = /^E[A-Z]+$/.test(why) ? why : 'ECONNRESET';
            stream.destroy(new NetnsConnectError(`connect ${host}:${port} in network namespace ${namespace}: ${why}`, codeName));
        });
        // http.Agent calls the socket knobs below; a free keep-alive connection is unref'ed so it never keeps the
        // process alive (the pipe process and its stdio are the handles to release).
        const handles = [child, child.stdin, child.stdout, child.stderr];
        Object.assign(stream, {
            setKeepAlive: () => stream,
            setNoDelay: () => stream,
            setTimeout: () => stream,
            ref: () => (handles.forEach((h) => h.ref?.()), stream),
            unref: () => (handles.forEach((h) => h.unref?.()), stream),
        });
        return stream;
    };
}

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
// EXTERNAL MODULE: ./build/openstack/errors.js
var openstack_errors = __webpack_require__(64416);
;// CONCATENATED MODULE: ./build/openstack/api.js
/**
 * What the toolkit asks of an OpenStack cloud, whatever talks to it: the REST client (rest/client.ts, the default)
 * or the `openstack` CLI wrapper (client.ts). Library code takes an {@link OpenStackApi} and never knows which.
 * Names and ids are accepted wherever the CLI accepts them; a missing object fails with an `OpenStackError` whose
 * `notFound` is true, an ambiguous name with a non-transient one.
 */

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
/**
 * Creates the ingress rule unless an equal one exists, through `api`'s own list and create (shared by both clients).
 * A 409 on create means another process created it meanwhile: the raced rule is returned.
 */
async function ensureRule(api, group, spec) {
    const existing = (await api.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
    if (existing)
        return { rule: existing, created: false };
    try {
        return { rule: await api.securityGroupRuleCreate(group, spec), created: true };
    }
    catch (err) {
        if (!(err instanceof openstack_errors/* OpenStackError */.jK) || err.httpStatus !== 409)
            throw err;
        const raced = (await api.securityGroupRuleList(group)).find((rule) => ruleMatches(rule, spec));
        if (!raced)
            throw err;
        return { rule: raced, created: false };
    }
}

// EXTERNAL MODULE: ./build/openstack/types/parse.js
var parse = __webpack_require__(3314);
;// CONCATENATED MODULE: ./build/openstack/types/compute.js
/**
 * Nova and Glance objects as `openstack … -f json` prints them: key pairs, images, flavors and servers.
 */

/** `keypair show -f json` (also the id: Nova's key pair id is its name). */
function parseKeypair(text) {
    const o = (0,parse/* parseObject */.lj)('keypair show', text);
    return { name: (0,parse/* str */.gx)('keypair show', o, 'name'), fingerprint: (0,parse/* str */.gx)('keypair show', o, 'fingerprint') };
}
/** `image show|create -f json`. */
function parseImage(text) {
    const o = (0,parse/* parseObject */.lj)('image show', text);
    return { id: (0,parse/* str */.gx)('image show', o, 'id'), name: (0,parse/* str */.gx)('image show', o, 'name'), status: (0,parse/* str */.gx)('image show', o, 'status') };
}
/** `flavor show -f json`. */
function parseFlavor(text) {
    const w = 'flavor show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: (0,parse/* str */.gx)(w, o, 'name'),
        ram: (0,parse/* num */.bu)(w, o, 'ram'),
        disk: (0,parse/* num */.bu)(w, o, 'disk'),
        vcpus: (0,parse/* num */.bu)(w, o, 'vcpus'),
    };
}
/** `server show|create -f json` (create prints `adminPass`, which is dropped). */
function parseServer(text) {
    const w = 'server show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    const server = { id: (0,parse/* str */.gx)(w, o, 'id'), name: (0,parse/* str */.gx)(w, o, 'name'), status: (0,parse/* str */.gx)(w, o, 'status'), addresses: {} };
    const addresses = o.addresses;
    if (addresses !== null && typeof addresses === 'object' && !Array.isArray(addresses)) {
        for (const [net, list] of Object.entries(addresses)) {
            server.addresses[net] = Array.isArray(list) ? list.filter((a) => typeof a === 'string') : [];
        }
    }
    const fault = o.fault;
    if (fault !== null && typeof fault === 'object' && !Array.isArray(fault)) {
        const f = fault;
        server.fault = {
            message: typeof f.message === 'string' ? f.message : JSON.stringify(f),
            code: typeof f.code === 'number' ? f.code : undefined,
            details: typeof f.details === 'string' ? f.details : undefined,
        };
    }
    else if (typeof fault === 'string' && fault !== '') {
        server.fault = { message: fault };
    }
    return server;
}

;// CONCATENATED MODULE: ./build/openstack/types/loadbalancer.js
/**
 * Octavia's objects as `openstack loadbalancer …` prints them: load balancers, pool members and the status tree.
 */

function loadBalancerOf(w, o) {
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        vipAddress: typeof o.vip_address === 'string' ? o.vip_address : '',
        provisioningStatus: (0,parse/* str */.gx)(w, o, 'provisioning_status'),
        operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
        provider: typeof o.provider === 'string' ? o.provider : '',
    };
}
/** `loadbalancer show -f json`. */
function parseLoadBalancer(text) {
    return loadBalancerOf('loadbalancer show', (0,parse/* parseObject */.lj)('loadbalancer show', text));
}
/** `loadbalancer list -f json`. */
function parseLoadBalancerList(text) {
    return (0,parse/* parseArray */.$v)('loadbalancer list', text).map((o) => loadBalancerOf('loadbalancer list', o));
}
function memberOf(w, o) {
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        address: (0,parse/* str */.gx)(w, o, 'address'),
        protocolPort: (0,parse/* num */.bu)(w, o, 'protocol_port'),
        provisioningStatus: (0,parse/* str */.gx)(w, o, 'provisioning_status'),
        operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
    };
}
/** `loadbalancer member list POOL -f json`. */
function parseLbMemberList(text) {
    return (0,parse/* parseArray */.$v)('loadbalancer member list', text).map((o) => memberOf('loadbalancer member list', o));
}
/** `loadbalancer status show LB`. */
function parseLbStatusTree(text) {
    const w = 'loadbalancer status show';
    const lb = (0,parse/* parseObject */.lj)(w, text).loadbalancer;
    if (lb === null || typeof lb !== 'object' || Array.isArray(lb))
        throw new parse/* OpenStackParseError */.mM(w, "no 'loadbalancer'");
    const o = lb;
    const status = (x) => ({
        provisioningStatus: typeof x.provisioning_status === 'string' ? x.provisioning_status : '',
        operatingStatus: typeof x.operating_status === 'string' ? x.operating_status : '',
    });
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        ...status(o),
        listeners: (0,parse/* objects */.JD)(w, o, 'listeners').map((l) => ({
            id: (0,parse/* str */.gx)(w, l, 'id'),
            name: typeof l.name === 'string' ? l.name : '',
            ...status(l),
            pools: (0,parse/* objects */.JD)(w, l, 'pools').map((p) => ({
                id: (0,parse/* str */.gx)(w, p, 'id'),
                name: typeof p.name === 'string' ? p.name : '',
                ...status(p),
                members: (0,parse/* objects */.JD)(w, p, 'members').map((m) => memberOf(w, m)),
            })),
        })),
    };
}

// EXTERNAL MODULE: ./build/openstack/types/network.js
var types_network = __webpack_require__(28635);
;// CONCATENATED MODULE: ./build/openstack/types/port.js
/**
 * Neutron ports and trunks as `openstack … -f json` prints them: a port (with its trunk details), the rows of
 * `port list` and `port list --long`, a trunk and its subports.
 */

function fixedIps(w, list) {
    return list.map((ip) => ({ subnetId: (0,parse/* str */.gx)(w, ip, 'subnet_id'), ipAddress: (0,parse/* str */.gx)(w, ip, 'ip_address') }));
}
function subports(w, list) {
    return list.map((s) => ({
        portId: (0,parse/* str */.gx)(w, s, 'port_id'),
        segmentationType: (0,parse/* str */.gx)(w, s, 'segmentation_type'),
        segmentationId: (0,parse/* num */.bu)(w, s, 'segmentation_id'),
    }));
}
/** `port show|create -f json`. */
function parsePort(text) {
    const w = 'port show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    const details = o.trunk_details;
    const port = {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        status: (0,parse/* str */.gx)(w, o, 'status'),
        networkId: (0,parse/* str */.gx)(w, o, 'network_id'),
        deviceId: typeof o.device_id === 'string' ? o.device_id : '',
        fixedIps: fixedIps(w, (0,parse/* objects */.JD)(w, o, 'fixed_ips')),
    };
    if (details !== null && typeof details === 'object' && !Array.isArray(details)) {
        const d = details;
        port.trunkDetails = { trunkId: (0,parse/* str */.gx)(w, d, 'trunk_id'), subPorts: subports(w, (0,parse/* objects */.JD)(w, d, 'sub_ports')) };
    }
    return port;
}
/** `port list -f json`: titled columns `ID`, `Name`, `MAC Address`, `Fixed IP Addresses`, `Status`. */
function parsePortList(text) {
    const w = 'port list';
    return (0,parse/* parseArray */.$v)(w, text).map((o) => ({
        id: (0,parse/* str */.gx)(w, o, 'ID'),
        name: typeof o.Name === 'string' ? o.Name : '',
        status: (0,parse/* str */.gx)(w, o, 'Status'),
        fixedIps: fixedIps(w, (0,parse/* objects */.JD)(w, o, 'Fixed IP Addresses')),
    }));
}
/** `network trunk show|create -f json`. */
function parseTrunk(text) {
    const w = 'network trunk show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: (0,parse/* str */.gx)(w, o, 'name'),
        portId: (0,parse/* str */.gx)(w, o, 'port_id'),
        status: (0,parse/* str */.gx)(w, o, 'status'),
        subPorts: subports(w, (0,parse/* objects */.JD)(w, o, 'sub_ports')),
    };
}
/** `network subport list --trunk T -f json`: CAPITALISED keys `Port`, `Segmentation Type`, `Segmentation ID`. */
function parseSubportList(text) {
    const w = 'network subport list';
    return (0,parse/* parseArray */.$v)(w, text).map((o) => ({
        portId: (0,parse/* str */.gx)(w, o, 'Port'),
        segmentationType: (0,parse/* str */.gx)(w, o, 'Segmentation Type'),
        segmentationId: (0,parse/* num */.bu)(w, o, 'Segmentation ID'),
    }));
}
/** `port list --long -f json`: titled columns incl. `MAC Address`, `Device Owner`, `Security Groups` (ids or null). */
function parsePortListLong(text) {
    const w = 'port list --long';
    return (0,parse/* parseArray */.$v)(w, text).map((o) => {
        const groups = o['Security Groups'];
        return {
            id: (0,parse/* str */.gx)(w, o, 'ID'),
            name: typeof o.Name === 'string' ? o.Name : '',
            status: (0,parse/* str */.gx)(w, o, 'Status'),
            fixedIps: fixedIps(w, (0,parse/* objects */.JD)(w, o, 'Fixed IP Addresses')),
            macAddress: typeof o['MAC Address'] === 'string' ? o['MAC Address'] : '',
            deviceOwner: typeof o['Device Owner'] === 'string' ? o['Device Owner'] : '',
            securityGroups: Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [],
        };
    });
}

;// CONCATENATED MODULE: ./build/openstack/client.js
/**
 * A typed wrapper over the `openstack` CLI. Every call goes through the command-runner port, uses `-f json` where
 * the command prints, retries transient failures (connection refused/reset, 5xx) with backoff and never a 4xx, and
 * turns failures into {@link OpenStackError}s carrying the API's message.
 */









/** The typed `openstack` CLI (the REST client, rest/client.ts, is the default; this one is `KDF_OPENSTACK_CLIENT=cli`). */
class OpenStackClient {
    cloud;
    runner;
    executable;
    timeoutMs;
    retry;
    sleep;
    env;
    cwd;
    constructor(options) {
        this.runner = options.runner;
        this.cloud = options.cloud;
        this.executable = options.executable ?? 'openstack';
        this.timeoutMs = options.timeoutMs ?? 120_000;
        this.retry = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.env = { ...options.env };
        this.cwd = options.cwd;
        if (options.cloudsYaml !== undefined)
            this.env.OS_CLIENT_CONFIG_FILE = options.cloudsYaml;
    }
    /** Runs `openstack --os-cloud CLOUD ARGS…` (add `-f json` yourself) and returns stdout. Retries transient failures. */
    async raw(args) {
        for (let attempt = 1;; attempt++) {
            try {
                const result = await this.runner.run(this.executable, ['--os-cloud', this.cloud, ...args], {
                    timeoutMs: this.timeoutMs,
                    env: this.env,
                    cwd: this.cwd,
                    label: 'openstack',
                });
                return result.stdout;
            }
            catch (err) {
                if (!(err instanceof command/* CommandError */.Qd) || err.cancelled || err.code !== undefined)
                    throw err;
                const failure = openstack_errors/* OpenStackError */.jK.fromCommandError(err, attempt);
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
    deleteIfExists(args) {
        return (0,openstack_errors/* deletedIfExists */.$3)(this.raw(args));
    }
    /** Shows an object, `undefined` when it does not exist. */
    find(show, nameOrId) {
        return (0,openstack_errors/* unlessNotFound */.CA)(show(nameOrId));
    }
    /** `token issue -c project_id -f json` (only that column: the token itself never leaves the CLI). */
    async projectId() {
        const doc = (0,parse/* parseObject */.lj)('token issue', await this.json(['token', 'issue', '-c', 'project_id']));
        const id = doc.project_id;
        if (typeof id !== 'string' || id === '') {
            throw new parse/* OpenStackParseError */.mM('token issue', `no project_id: cloud '${this.cloud}' is not scoped to a project`);
        }
        return id;
    }
    // --- key pairs -----------------------------------------------------------------------------------------------------
    /** `keypair create NAME`: Nova generates the key; the CLI prints the PEM private key (even with `-f json`). */
    async keypairCreate(name) {
        const privateKey = await this.raw(['keypair', 'create', name]);
        if (!privateKey.includes('PRIVATE KEY-----')) {
            throw new openstack_errors/* OpenStackError */.jK({
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
        return parseKeypair(await this.json(['keypair', 'show', name]));
    }
    /** `keypair delete NAME`; false when it did not exist. */
    keypairDelete(name) {
        return this.deleteIfExists(['keypair', 'delete', name]);
    }
    // --- security group rules ------------------------------------------------------------------------------------------
    /** `security group list -f json`. */
    async securityGroupList() {
        return (0,types_network/* parseSecurityGroupList */.Pt)(await this.json(['security', 'group', 'list']));
    }
    /** `security group rule create` for `spec` in `group`. */
    async securityGroupRuleCreate(group, spec) {
        return (0,types_network/* parseSecurityGroupRule */.PC)(await this.json(['security', 'group', 'rule', 'create', ...ruleArgs(spec), group]));
    }
    /** `security group rule list GROUP -f json`. */
    async securityGroupRuleList(group) {
        return (0,types_network/* parseSecurityGroupRuleList */.PG)(await this.json(['security', 'group', 'rule', 'list', group]));
    }
    /** `security group rule delete ID`; false when it did not exist. */
    securityGroupRuleDelete(id) {
        return this.deleteIfExists(['security', 'group', 'rule', 'delete', id]);
    }
    /** {@inheritDoc OpenStackApi.ensureSecurityGroupRule} */
    ensureSecurityGroupRule(group, spec) {
        return ensureRule(this, group, spec);
    }
    // --- images, flavors, networks -------------------------------------------------------------------------------------
    /** `image show NAME -f json`. */
    async imageShow(nameOrId) {
        return parseImage(await this.json(['image', 'show', nameOrId]));
    }
    /** `image create NAME --file F --disk-format D --container-format bare -f json`. */
    async imageCreate(name, options) {
        return parseImage(await this.json([
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
        return parseFlavor(await this.json(['flavor', 'show', nameOrId]));
    }
    /** `network show NAME -f json`. */
    async networkShow(nameOrId) {
        return (0,types_network/* parseNetwork */.MO)(await this.json(['network', 'show', nameOrId]));
    }
    /** `subnet show NAME -f json`. */
    async subnetShow(nameOrId) {
        return (0,types_network/* parseSubnet */.Fg)(await this.json(['subnet', 'show', nameOrId]));
    }
    /** `subnet pool show NAME -f json`. */
    async subnetPoolShow(nameOrId) {
        return (0,types_network/* parseSubnetPool */.HE)(await this.json(['subnet', 'pool', 'show', nameOrId]));
    }
    /** `router show NAME -f json`: its id and name. */
    async routerShow(nameOrId) {
        return (0,types_network/* parseRouter */.LP)(await this.json(['router', 'show', nameOrId]));
    }
    // --- ports ---------------------------------------------------------------------------------------------------------
    /** `port create --network N [--security-group G]… NAME -f json`. */
    async portCreate(name, options) {
        const groups = (options.securityGroups ?? []).flatMap((g) => ['--security-group', g]);
        return parsePort(await this.json(['port', 'create', '--network', options.network, ...groups, name]));
    }
    /** `port show NAME -f json`. */
    async portShow(nameOrId) {
        return parsePort(await this.json(['port', 'show', nameOrId]));
    }
    /** `port list [--name N] [--network N] -f json`. */
    async portList(filter = {}) {
        const args = ['port', 'list'];
        if (filter.name !== undefined)
            args.push('--name', filter.name);
        if (filter.network !== undefined)
            args.push('--network', filter.network);
        return parsePortList(await this.json(args));
    }
    /** `port delete ID`; false when it did not exist. */
    portDelete(nameOrId) {
        return this.deleteIfExists(['port', 'delete', nameOrId]);
    }
    // --- trunks --------------------------------------------------------------------------------------------------------
    /** `network trunk create --parent-port P [--subport …]… NAME -f json`. */
    async trunkCreate(name, parentPort, subports = []) {
        return parseTrunk(await this.json(['network', 'trunk', 'create', '--parent-port', parentPort, ...subportArgs(subports), name]));
    }
    /** `network trunk show NAME -f json`. */
    async trunkShow(nameOrId) {
        return parseTrunk(await this.json(['network', 'trunk', 'show', nameOrId]));
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
        return parseSubportList(await this.json(['network', 'subport', 'list', '--trunk', trunk]));
    }
    // --- servers -------------------------------------------------------------------------------------------------------
    /** `server create --image I --flavor F --nic port-id=P --key-name K NAME -f json` (returns in BUILD). */
    async serverCreate(name, options) {
        const args = ['server', 'create', '--image', options.image, '--flavor', options.flavor];
        args.push('--nic', `port-id=${options.portId}`);
        if (options.keyName !== undefined)
            args.push('--key-name', options.keyName);
        return parseServer(await this.json([...args, name]));
    }
    /** `server show NAME -f json`. */
    async serverShow(nameOrId) {
        return parseServer(await this.json(['server', 'show', nameOrId]));
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
        return (0,types_network/* parseFloatingIp */.Rf)(await this.json([...args, network]));
    }
    /** `floating ip set --port P FIP` (prints nothing). */
    async floatingIpSet(fip, port) {
        await this.raw(['floating', 'ip', 'set', '--port', port, fip]);
    }
    /** `floating ip show FIP -f json`. */
    async floatingIpShow(fip) {
        return (0,types_network/* parseFloatingIp */.Rf)(await this.json(['floating', 'ip', 'show', fip]));
    }
    /** `floating ip list [--port P] -f json`: the ids. */
    async floatingIpIds(filter = {}) {
        const args = ['floating', 'ip', 'list'];
        if (filter.port !== undefined)
            args.push('--port', filter.port);
        return (0,parse/* parseArray */.$v)('floating ip list', await this.json(args)).map((row) => String(row.ID));
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
        return parsePortListLong(await this.json(args));
    }
    /** `security group show ID -f json`: the group's id and name (the rules come from {@link securityGroupRuleList}). */
    async securityGroupShow(nameOrId) {
        const o = (0,parse/* parseObject */.lj)('security group show', await this.json(['security', 'group', 'show', nameOrId]));
        return { id: typeof o.id === 'string' ? o.id : nameOrId, name: typeof o.name === 'string' ? o.name : '' };
    }
    /** The `security_group_ids` of `port show ID -f json` (`port list --long` leaves its column empty in OSC 6.0). */
    async portSecurityGroupIds(nameOrId) {
        const o = (0,parse/* parseObject */.lj)('port show', await this.json(['port', 'show', nameOrId]));
        const ids = o.security_group_ids;
        return Array.isArray(ids) ? ids.filter((g) => typeof g === 'string') : [];
    }
    /** Ids of `network trunk list -f json` (column `ID`). */
    async trunkIds() {
        return (0,parse/* parseArray */.$v)('network trunk list', await this.json(['network', 'trunk', 'list'])).flatMap((o) => typeof o.ID === 'string' ? [o.ID] : []);
    }
    /** `loadbalancer list [--name N] -f json`. */
    async loadBalancerList(filter = {}) {
        const args = ['loadbalancer', 'list'];
        if (filter.name !== undefined)
            args.push('--name', filter.name);
        return parseLoadBalancerList(await this.json(args));
    }
    /** `loadbalancer show NAME -f json`. */
    async loadBalancerShow(nameOrId) {
        return parseLoadBalancer(await this.json(['loadbalancer', 'show', nameOrId]));
    }
    /** `loadbalancer status show NAME`: the status tree (the command prints JSON and takes no `-f`). */
    async loadBalancerStatus(nameOrId) {
        return parseLbStatusTree(await this.raw(['loadbalancer', 'status', 'show', nameOrId]));
    }
    /**
     * `loadbalancer delete [--cascade] ID` (prints nothing); false when it did not exist. With `cascade`, Octavia also
     * deletes the listeners, pools and members, as a user deleting Kuryr's load balancer behind its back would.
     */
    loadBalancerDelete(nameOrId, options = {}) {
        return this.deleteIfExists(['loadbalancer', 'delete', ...(options.cascade ? ['--cascade'] : []), nameOrId]);
    }
    /** `loadbalancer listener delete LISTENER` (prints nothing); false when it did not exist. */
    loadBalancerListenerDelete(nameOrId) {
        return this.deleteIfExists(['loadbalancer', 'listener', 'delete', nameOrId]);
    }
    /** `loadbalancer member list POOL -f json`. */
    async loadBalancerMemberList(pool) {
        return parseLbMemberList(await this.json(['loadbalancer', 'member', 'list', pool]));
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

;// CONCATENATED MODULE: ./build/openstack/rest/shapes.js
/**
 * The REST APIs' objects turned into the toolkit's types (types/*.ts). Where an API object has the keys the CLI's
 * `show -f json` prints, the CLI parser is reused on it; the rest (server addresses, rule ethertype, list rows) is
 * mapped here.
 */


/** `body[key]` as an object, or a parse error naming `what`. */
function member(what, body, key) {
    const value = body !== null && typeof body === 'object' ? body[key] : undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new parse/* OpenStackParseError */.mM(what, `the API's answer has no '${key}' object`);
    }
    return value;
}
/** `body[key]` as an array of objects, or a parse error naming `what`. */
function members(what, body, key) {
    const value = body !== null && typeof body === 'object' ? body[key] : undefined;
    if (!Array.isArray(value))
        throw new parse/* OpenStackParseError */.mM(what, `the API's answer has no '${key}' list`);
    return value;
}
/** A Nova server: `addresses` lists `{addr, version, …}` objects where the CLI prints plain addresses. */
function serverOf(o) {
    const addresses = {};
    const given = o.addresses;
    if (given !== null && typeof given === 'object' && !Array.isArray(given)) {
        for (const [net, list] of Object.entries(given)) {
            addresses[net] = Array.isArray(list)
                ? list.flatMap((a) => (a && typeof a.addr === 'string' ? [a.addr] : []))
                : [];
        }
    }
    return parseServer(JSON.stringify({ ...o, addresses }));
}
/** A Neutron security group rule (`ethertype`, where the CLI prints `ether_type`; a missing prefix is "any"). */
function ruleOf(o) {
    const w = 'security group rule show';
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        protocol: (0,parse/* optStr */.VK)(o, 'protocol'),
        ethertype: (0,parse/* str */.gx)(w, o, 'ethertype'),
        direction: o.direction === 'egress' ? 'egress' : 'ingress',
        // no prefix means any address: written as the CLI lists it, so rules compare the same through both clients
        remoteIpPrefix: (0,parse/* optStr */.VK)(o, 'remote_ip_prefix') ?? (o.ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0'),
        remoteGroupId: (0,parse/* optStr */.VK)(o, 'remote_group_id'),
        portRangeMin: typeof o.port_range_min === 'number' ? o.port_range_min : null,
        portRangeMax: typeof o.port_range_max === 'number' ? o.port_range_max : null,
    };
}
/** A Neutron port as a `port list --long` row. */
function portDetailOf(o) {
    const w = 'port list';
    const groups = o.security_groups;
    return {
        ...portEntryOf(o),
        macAddress: typeof o.mac_address === 'string' ? o.mac_address : '',
        deviceOwner: typeof o.device_owner === 'string' ? o.device_owner : '',
        securityGroups: Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [],
        id: (0,parse/* str */.gx)(w, o, 'id'),
    };
}
/** A Neutron port as a `port list` row. */
function portEntryOf(o) {
    const w = 'port list';
    const ips = Array.isArray(o.fixed_ips) ? o.fixed_ips : [];
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        status: (0,parse/* str */.gx)(w, o, 'status'),
        fixedIps: ips.map((ip) => ({ subnetId: (0,parse/* str */.gx)(w, ip, 'subnet_id'), ipAddress: (0,parse/* str */.gx)(w, ip, 'ip_address') })),
    };
}

;// CONCATENATED MODULE: ./build/openstack/rest/resolve.js

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** True when `value` looks like an OpenStack UUID (with or without dashes). */
const looksLikeId = (value) => UUID.test(value);
/**
 * The object named or identified by `nameOrId` in `c`.
 * @throws OpenStackError with `notFound` when nothing matches, a non-transient one when several names match
 */
async function resolveObject(session, c, nameOrId, equivalent) {
    if (looksLikeId(nameOrId)) {
        try {
            const body = await session.json({ ...call(c, equivalent), path: `${c.path}/${encodeURIComponent(nameOrId)}` });
            return c.key === null ? body : member(equivalent, body, c.key);
        }
        catch (err) {
            if (!err.notFound)
                throw err;
            // a name may look like an id: fall through to the name lookup
        }
    }
    const query = c.nameQuery ? c.nameQuery(nameOrId) : { name: nameOrId };
    const listed = members(equivalent, await session.json({ ...call(c, equivalent), path: c.listPath ?? c.path, query }), c.listKey);
    const named = listed.filter((o) => o.name === nameOrId || o.id === nameOrId);
    if (named.length === 1 && named[0])
        return named[0];
    if (named.length === 0) {
        throw session.failure({ equivalent }, { apiMessage: `No ${c.kind} found for ${nameOrId}`, notFound: true });
    }
    throw session.failure({ equivalent }, { apiMessage: `More than one ${c.kind} exists with the name '${nameOrId}'.` });
}
/** The id of the object named or identified by `nameOrId` (an id is taken as is, without a request). */
async function resolveId(session, c, nameOrId, equivalent) {
    if (looksLikeId(nameOrId))
        return nameOrId;
    return String((await resolveObject(session, c, nameOrId, equivalent)).id);
}
function call(c, equivalent) {
    return { service: c.service, method: 'GET', path: c.path, equivalent };
}
/** The collections the toolkit resolves names in. */
const COLLECTIONS = {
    port: { service: 'network', path: '/ports', key: 'port', listKey: 'ports', kind: 'Port' },
    network: { service: 'network', path: '/networks', key: 'network', listKey: 'networks', kind: 'Network' },
    subnet: { service: 'network', path: '/subnets', key: 'subnet', listKey: 'subnets', kind: 'Subnet' },
    subnetPool: {
        service: 'network',
        path: '/subnetpools',
        key: 'subnetpool',
        listKey: 'subnetpools',
        kind: 'SubnetPool',
    },
    router: { service: 'network', path: '/routers', key: 'router', listKey: 'routers', kind: 'Router' },
    trunk: { service: 'network', path: '/trunks', key: 'trunk', listKey: 'trunks', kind: 'Trunk' },
    securityGroup: {
        service: 'network',
        path: '/security-groups',
        key: 'security_group',
        listKey: 'security_groups',
        kind: 'SecurityGroup',
    },
    image: { service: 'image', path: '/images', key: null, listKey: 'images', kind: 'Image' },
    server: {
        service: 'compute',
        path: '/servers',
        listPath: '/servers/detail',
        key: 'server',
        listKey: 'servers',
        kind: 'Server',
        // Nova filters names by regular expression: anchored and escaped, then matched exactly by resolveObject
        nameQuery: (name) => ({ name: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` }),
    },
    loadBalancer: {
        service: 'load-balancer',
        path: '/lbaas/loadbalancers',
        key: 'loadbalancer',
        listKey: 'loadbalancers',
        kind: 'LoadBalancer',
    },
    listener: {
        service: 'load-balancer',
        path: '/lbaas/listeners',
        key: 'listener',
        listKey: 'listeners',
        kind: 'Listener',
    },
    pool: { service: 'load-balancer', path: '/lbaas/pools', key: 'pool', listKey: 'pools', kind: 'Pool' },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/openstack/rest/client-base.js
/**
 * The first half of the REST client (rest/client.ts): name resolution, deletes, key pairs, security groups, images,
 * flavors, networks, subnets and routers. Split only for size; every operation is documented in api.ts.
 */







/** An API object as the JSON text the CLI parsers read. */
const asJson = (o) => JSON.stringify(o);
/** Resolution and the first operations; {@link RestOpenStackClient} adds the rest. */
class RestClientBase {
    session;
    cloud;
    /** {@inheritDoc OpenStackApi.readsOsVariables} */
    readsOsVariables = true;
    /** `cloud` is the clouds.yaml name the session reads (its configuration is read on the first request). */
    constructor(cloud, session) {
        this.session = session;
        this.cloud = cloud;
    }
    /** {@inheritDoc OpenStackApi.find} */
    find(show, nameOrId) {
        return (0,openstack_errors/* unlessNotFound */.CA)(show(nameOrId));
    }
    /** {@inheritDoc OpenStackApi.projectId} */
    async projectId() {
        const id = await this.session.projectId();
        if (!id)
            throw new parse/* OpenStackParseError */.mM('token issue', `no project_id: cloud '${this.cloud}' is not scoped to a project`);
        return id;
    }
    show(c, nameOrId, equivalent) {
        return resolveObject(this.session, c, nameOrId, equivalent);
    }
    id(c, nameOrId, equivalent) {
        return resolveId(this.session, c, nameOrId, equivalent);
    }
    /** DELETE of the object `nameOrId` in `c`; false when it does not exist. */
    async deleteIfExists(c, nameOrId, equivalent, query) {
        return (0,openstack_errors/* deletedIfExists */.$3)((async () => {
            const id = await this.id(c, nameOrId, equivalent);
            await this.session.send({ service: c.service, method: 'DELETE', path: `${c.path}/${id}`, query, equivalent });
        })());
    }
    // --- key pairs -----------------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.keypairCreate} */
    async keypairCreate(name) {
        const equivalent = `openstack keypair create ${name}`;
        const body = await this.session.json({
            service: 'compute',
            method: 'POST',
            path: '/os-keypairs',
            body: { keypair: { name } },
            equivalent,
        });
        const k = member(equivalent, body, 'keypair');
        const privateKey = typeof k.private_key === 'string' ? k.private_key : '';
        if (!privateKey.includes('PRIVATE KEY-----'))
            throw this.session.failure({ equivalent }, { apiMessage: 'Nova returned no private key' });
        return { name: (0,parse/* str */.gx)(equivalent, k, 'name'), fingerprint: (0,parse/* str */.gx)(equivalent, k, 'fingerprint'), privateKey };
    }
    /** {@inheritDoc OpenStackApi.keypairShow} */
    async keypairShow(name) {
        const equivalent = `openstack keypair show ${name}`;
        const path = `/os-keypairs/${encodeURIComponent(name)}`;
        const k = member(equivalent, await this.session.json({ service: 'compute', method: 'GET', path, equivalent }), 'keypair');
        return { name: (0,parse/* str */.gx)(equivalent, k, 'name'), fingerprint: (0,parse/* str */.gx)(equivalent, k, 'fingerprint') };
    }
    /** {@inheritDoc OpenStackApi.keypairDelete} */
    async keypairDelete(name) {
        const equivalent = `openstack keypair delete ${name}`;
        return (0,openstack_errors/* deletedIfExists */.$3)(this.session.send({
            service: 'compute',
            method: 'DELETE',
            path: `/os-keypairs/${encodeURIComponent(name)}`,
            equivalent,
        }));
    }
    // --- security groups -----------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.securityGroupList} */
    async securityGroupList() {
        const equivalent = 'openstack security group list';
        const body = await this.session.json({ service: 'network', method: 'GET', path: '/security-groups', equivalent });
        return (0,types_network/* parseSecurityGroupList */.Pt)(JSON.stringify(members(equivalent, body, 'security_groups')));
    }
    /** {@inheritDoc OpenStackApi.securityGroupShow} */
    async securityGroupShow(nameOrId) {
        const o = await this.show(COLLECTIONS.securityGroup, nameOrId, `openstack security group show ${nameOrId}`);
        return { id: String(o.id), name: typeof o.name === 'string' ? o.name : '' };
    }
    /** {@inheritDoc OpenStackApi.securityGroupRuleCreate} */
    async securityGroupRuleCreate(group, spec) {
        const ethertype = spec.ethertype ?? 'IPv4';
        const remote = spec.remoteIp ?? (ethertype === 'IPv6' ? '::/0' : '0.0.0.0/0');
        const port = spec.dstPort === undefined ? '' : ` --dst-port ${spec.dstPort}`;
        const equivalent = `openstack security group rule create --ingress --ethertype ${ethertype} --protocol ${spec.protocol} --remote-ip ${remote}${port} ${group}`;
        const rule = {
            security_group_id: await this.id(COLLECTIONS.securityGroup, group, equivalent),
            direction: 'ingress',
            ethertype,
            protocol: spec.protocol,
            remote_ip_prefix: remote,
            ...(spec.dstPort === undefined ? {} : { port_range_min: spec.dstPort, port_range_max: spec.dstPort }),
        };
        const body = await this.session.json({
            service: 'network',
            method: 'POST',
            path: '/security-group-rules',
            body: { security_group_rule: rule },
            equivalent,
        });
        return ruleOf(member(equivalent, body, 'security_group_rule'));
    }
    /** {@inheritDoc OpenStackApi.securityGroupRuleList} */
    async securityGroupRuleList(group) {
        const equivalent = `openstack security group rule list ${group}`;
        const id = await this.id(COLLECTIONS.securityGroup, group, equivalent);
        const body = await this.session.json({
            service: 'network',
            method: 'GET',
            path: '/security-group-rules',
            query: { security_group_id: id },
            equivalent,
        });
        return members(equivalent, body, 'security_group_rules').map(ruleOf);
    }
    /** {@inheritDoc OpenStackApi.securityGroupRuleDelete} */
    async securityGroupRuleDelete(id) {
        const equivalent = `openstack security group rule delete ${id}`;
        return (0,openstack_errors/* deletedIfExists */.$3)(this.session.send({
            service: 'network',
            method: 'DELETE',
            path: `/security-group-rules/${id}`,
            equivalent,
        }));
    }
    // --- images and flavors --------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.imageShow} */
    async imageShow(nameOrId) {
        return parseImage(asJson(await this.show(COLLECTIONS.image, nameOrId, `openstack image show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.imageCreate} */
    async imageCreate(name, options) {
        const container = options.containerFormat ?? 'bare';
        const equivalent = `openstack image create --file ${options.file} --disk-format ${options.diskFormat} --container-format ${container} ${name}`;
        (0,external_node_fs_.statSync)(options.file); // a missing file fails here, before an empty image exists
        const created = (await this.session.json({
            service: 'image',
            method: 'POST',
            path: '/images',
            body: { name, disk_format: options.diskFormat, container_format: container },
            equivalent,
        }));
        const id = (0,parse/* str */.gx)(equivalent, created, 'id');
        try {
            await this.session.send({
                service: 'image',
                method: 'PUT',
                path: `/images/${id}/file`,
                body: (0,external_node_fs_.createReadStream)(options.file),
                equivalent,
            });
        }
        catch (err) {
            await this.imageDelete(id).catch(() => false); // no queued, empty image left behind
            throw err;
        }
        return this.imageShow(id);
    }
    /** {@inheritDoc OpenStackApi.imageDelete} */
    imageDelete(nameOrId) {
        return this.deleteIfExists(COLLECTIONS.image, nameOrId, `openstack image delete ${nameOrId}`);
    }
    /** {@inheritDoc OpenStackApi.flavorShow} */
    async flavorShow(nameOrId) {
        const equivalent = `openstack flavor show ${nameOrId}`;
        try {
            const body = await this.session.json({
                service: 'compute',
                method: 'GET',
                path: `/flavors/${encodeURIComponent(nameOrId)}`,
                equivalent,
            });
            return parseFlavor(asJson(member(equivalent, body, 'flavor')));
        }
        catch (err) {
            if (!(0,openstack_errors/* isNotFound */.c4)(err))
                throw err;
        }
        // Nova's flavor ids are free-form; a name is looked up in the whole list
        const body = await this.session.json({ service: 'compute', method: 'GET', path: '/flavors/detail', equivalent });
        const named = members(equivalent, body, 'flavors').filter((f) => f.name === nameOrId);
        if (named.length === 1 && named[0])
            return parseFlavor(asJson(named[0]));
        throw this.session.failure({ equivalent }, named.length === 0
            ? { apiMessage: `No Flavor found for ${nameOrId}`, notFound: true }
            : { apiMessage: `More than one Flavor exists with the name '${nameOrId}'.` });
    }
    // --- networks, subnets, routers ------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.networkShow} */
    async networkShow(nameOrId) {
        return (0,types_network/* parseNetwork */.MO)(asJson(await this.show(COLLECTIONS.network, nameOrId, `openstack network show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.subnetShow} */
    async subnetShow(nameOrId) {
        return (0,types_network/* parseSubnet */.Fg)(asJson(await this.show(COLLECTIONS.subnet, nameOrId, `openstack subnet show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.subnetPoolShow} */
    async subnetPoolShow(nameOrId) {
        return (0,types_network/* parseSubnetPool */.HE)(asJson(await this.show(COLLECTIONS.subnetPool, nameOrId, `openstack subnet pool show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.routerShow} */
    async routerShow(nameOrId) {
        return (0,types_network/* parseRouter */.LP)(asJson(await this.show(COLLECTIONS.router, nameOrId, `openstack router show ${nameOrId}`)));
    }
}

;// CONCATENATED MODULE: ./build/openstack/rest/client.js
/**
 * The OpenStack REST client: the toolkit's operations (api.ts) as direct API calls through one Keystone session,
 * about twenty times cheaper than starting the `openstack` CLI for each. Every operation carries its `openstack …`
 * equivalent, which failures name and the debug log prints, so a user can repeat it by hand.
 */









/** The typed OpenStack API over REST. */
class RestOpenStackClient extends RestClientBase {
    /** {@inheritDoc OpenStackApi.ensureSecurityGroupRule} */
    ensureSecurityGroupRule(group, spec) {
        return ensureRule(this, group, spec);
    }
    // --- ports ---------------------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.portCreate} */
    async portCreate(name, options) {
        const groups = options.securityGroups ?? [];
        const equivalent = `openstack port create --network ${options.network}${groups.map((g) => ` --security-group ${g}`).join('')} ${name}`;
        const port = { name, network_id: await this.id(COLLECTIONS.network, options.network, equivalent) };
        if (groups.length > 0) {
            port.security_groups = await Promise.all(groups.map((g) => this.id(COLLECTIONS.securityGroup, g, equivalent)));
        }
        const body = await this.session.json({
            service: 'network',
            method: 'POST',
            path: '/ports',
            body: { port },
            equivalent,
        });
        return parsePort(asJson(member(equivalent, body, 'port')));
    }
    /** {@inheritDoc OpenStackApi.portShow} */
    async portShow(nameOrId) {
        return parsePort(asJson(await this.show(COLLECTIONS.port, nameOrId, `openstack port show ${nameOrId}`)));
    }
    async ports(equivalent, filter) {
        const network = filter.network === undefined ? undefined : await this.id(COLLECTIONS.network, filter.network, equivalent);
        const query = { name: filter.name, network_id: network, device_owner: filter.deviceOwner };
        return members(equivalent, await this.session.json({ service: 'network', method: 'GET', path: '/ports', query, equivalent }), 'ports');
    }
    /** {@inheritDoc OpenStackApi.portList} */
    async portList(filter = {}) {
        return (await this.ports(`openstack port list${listFlags(filter)}`, filter)).map(portEntryOf);
    }
    /** {@inheritDoc OpenStackApi.portListLong} */
    async portListLong(filter = {}) {
        return (await this.ports(`openstack port list --long${listFlags(filter)}`, filter)).map(portDetailOf);
    }
    /** {@inheritDoc OpenStackApi.portSecurityGroupIds} */
    async portSecurityGroupIds(nameOrId) {
        const o = await this.show(COLLECTIONS.port, nameOrId, `openstack port show ${nameOrId}`);
        return Array.isArray(o.security_groups) ? o.security_groups.filter((g) => typeof g === 'string') : [];
    }
    /** {@inheritDoc OpenStackApi.portDelete} */
    portDelete(nameOrId) {
        return this.deleteIfExists(COLLECTIONS.port, nameOrId, `openstack port delete ${nameOrId}`);
    }
    // --- trunks --------------------------------------------------------------------------------------------------------
    subports(subports, equivalent) {
        return Promise.all(subports.map(async (s) => ({
            port_id: await this.id(COLLECTIONS.port, s.port, equivalent),
            segmentation_type: 'vlan',
            segmentation_id: s.segmentationId,
        })));
    }
    /** {@inheritDoc OpenStackApi.trunkCreate} */
    async trunkCreate(name, parentPort, subports = []) {
        const equivalent = `openstack network trunk create --parent-port ${parentPort}${subportFlags(subports)} ${name}`;
        const trunk = {
            name,
            port_id: await this.id(COLLECTIONS.port, parentPort, equivalent),
            sub_ports: await this.subports(subports, equivalent),
        };
        const body = await this.session.json({
            service: 'network',
            method: 'POST',
            path: '/trunks',
            body: { trunk },
            equivalent,
        });
        return parseTrunk(asJson(member(equivalent, body, 'trunk')));
    }
    /** {@inheritDoc OpenStackApi.trunkShow} */
    async trunkShow(nameOrId) {
        return parseTrunk(asJson(await this.show(COLLECTIONS.trunk, nameOrId, `openstack network trunk show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.trunkSet} */
    async trunkSet(trunk, subports) {
        const equivalent = `openstack network trunk set${subportFlags(subports)} ${trunk}`;
        const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
        const body = { sub_ports: await this.subports(subports, equivalent) };
        await this.session.send({
            service: 'network',
            method: 'PUT',
            path: `/trunks/${id}/add_subports`,
            body,
            equivalent,
        });
    }
    /** {@inheritDoc OpenStackApi.trunkUnset} */
    async trunkUnset(trunk, ports) {
        const equivalent = `openstack network trunk unset${ports.map((p) => ` --subport ${p}`).join('')} ${trunk}`;
        const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
        const sub = await Promise.all(ports.map(async (p) => ({ port_id: await this.id(COLLECTIONS.port, p, equivalent) })));
        await this.session.send({
            service: 'network',
            method: 'PUT',
            path: `/trunks/${id}/remove_subports`,
            body: { sub_ports: sub },
            equivalent,
        });
    }
    /** {@inheritDoc OpenStackApi.trunkDelete} */
    trunkDelete(nameOrId) {
        return this.deleteIfExists(COLLECTIONS.trunk, nameOrId, `openstack network trunk delete ${nameOrId}`);
    }
    /** {@inheritDoc OpenStackApi.subportList} */
    async subportList(trunk) {
        const equivalent = `openstack network subport list --trunk ${trunk}`;
        const id = await this.id(COLLECTIONS.trunk, trunk, equivalent);
        const body = await this.session.json({
            service: 'network',
            method: 'GET',
            path: `/trunks/${id}/get_subports`,
            equivalent,
        });
        return parseTrunk(asJson({ id, name: '', port_id: '', status: '', sub_ports: members(equivalent, body, 'sub_ports') })).subPorts;
    }
    /** {@inheritDoc OpenStackApi.trunkIds} */
    async trunkIds() {
        const equivalent = 'openstack network trunk list';
        const body = await this.session.json({
            service: 'network',
            method: 'GET',
            path: '/trunks',
            query: { fields: 'id' },
            equivalent,
        });
        return members(equivalent, body, 'trunks').flatMap((t) => (typeof t.id === 'string' ? [t.id] : []));
    }
    // --- servers -------------------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.serverCreate} */
    async serverCreate(name, options) {
        const key = options.keyName === undefined ? '' : ` --key-name ${options.keyName}`;
        const equivalent = `openstack server create --image ${options.image} --flavor ${options.flavor} --nic port-id=${options.portId}${key} ${name}`;
        const [image, flavor] = await Promise.all([this.imageShow(options.image), this.flavorShow(options.flavor)]);
        const server = { name, imageRef: image.id, flavorRef: flavor.id, networks: [{ port: options.portId }] };
        if (options.keyName !== undefined)
            server.key_name = options.keyName;
        const body = await this.session.json({
            service: 'compute',
            method: 'POST',
            path: '/servers',
            body: { server },
            equivalent,
        });
        return this.serverShow((0,parse/* str */.gx)(equivalent, member(equivalent, body, 'server'), 'id'));
    }
    /** {@inheritDoc OpenStackApi.serverShow} */
    async serverShow(nameOrId) {
        return serverOf(await this.show(COLLECTIONS.server, nameOrId, `openstack server show ${nameOrId}`));
    }
    /** {@inheritDoc OpenStackApi.serverDelete} */
    serverDelete(nameOrId) {
        return this.deleteIfExists(COLLECTIONS.server, nameOrId, `openstack server delete ${nameOrId}`);
    }
    /** {@inheritDoc OpenStackApi.consoleLog} */
    async consoleLog(server, lines) {
        const equivalent = `openstack console log show${lines === undefined ? '' : ` --lines ${lines}`} ${server}`;
        const id = await this.id(COLLECTIONS.server, server, equivalent);
        const body = { 'os-getConsoleOutput': { length: lines ?? null } };
        const answer = await this.session.json({
            service: 'compute',
            method: 'POST',
            path: `/servers/${id}/action`,
            body,
            equivalent,
        });
        const output = answer?.output;
        return typeof output === 'string' ? output : '';
    }
    // --- floating IPs --------------------------------------------------------------------------------------------------
    async floatingIpId(fip, equivalent) {
        if (looksLikeId(fip))
            return fip;
        // the CLI takes an address as well as an id
        const body = await this.session.json({
            service: 'network',
            method: 'GET',
            path: '/floatingips',
            query: { floating_ip_address: fip },
            equivalent,
        });
        const found = members(equivalent, body, 'floatingips')[0];
        if (!found)
            throw this.session.failure({ equivalent }, { apiMessage: `No FloatingIP found for ${fip}`, notFound: true });
        return String(found.id);
    }
    /** {@inheritDoc OpenStackApi.floatingIpCreate} */
    async floatingIpCreate(network, options = {}) {
        const equivalent = `openstack floating ip create${options.port === undefined ? '' : ` --port ${options.port}`} ${network}`;
        const fip = { floating_network_id: await this.id(COLLECTIONS.network, network, equivalent) };
        if (options.port !== undefined)
            fip.port_id = await this.id(COLLECTIONS.port, options.port, equivalent);
        const body = await this.session.json({
            service: 'network',
            method: 'POST',
            path: '/floatingips',
            body: { floatingip: fip },
            equivalent,
        });
        return (0,types_network/* parseFloatingIp */.Rf)(asJson(member(equivalent, body, 'floatingip')));
    }
    /** {@inheritDoc OpenStackApi.floatingIpSet} */
    async floatingIpSet(fip, port) {
        const equivalent = `openstack floating ip set --port ${port} ${fip}`;
        const [id, portId] = await Promise.all([
            this.floatingIpId(fip, equivalent),
            this.id(COLLECTIONS.port, port, equivalent),
        ]);
        await this.session.send({
            service: 'network',
            method: 'PUT',
            path: `/floatingips/${id}`,
            body: { floatingip: { port_id: portId } },
            equivalent,
        });
    }
    /** {@inheritDoc OpenStackApi.floatingIpShow} */
    async floatingIpShow(fip) {
        const equivalent = `openstack floating ip show ${fip}`;
        const id = await this.floatingIpId(fip, equivalent);
        const body = await this.session.json({ service: 'network', method: 'GET', path: `/floatingips/${id}`, equivalent });
        return (0,types_network/* parseFloatingIp */.Rf)(asJson(member(equivalent, body, 'floatingip')));
    }
    /** {@inheritDoc OpenStackApi.floatingIpIds} */
    async floatingIpIds(filter = {}) {
        const equivalent = `openstack floating ip list${filter.port === undefined ? '' : ` --port ${filter.port}`}`;
        const port = filter.port === undefined ? undefined : await this.id(COLLECTIONS.port, filter.port, equivalent);
        const body = await this.session.json({
            service: 'network',
            method: 'GET',
            path: '/floatingips',
            query: { port_id: port },
            equivalent,
        });
        return members(equivalent, body, 'floatingips').map((f) => String(f.id));
    }
    /** {@inheritDoc OpenStackApi.floatingIpDelete} */
    async floatingIpDelete(fip) {
        const equivalent = `openstack floating ip delete ${fip}`;
        return (0,openstack_errors/* deletedIfExists */.$3)((async () => {
            const id = await this.floatingIpId(fip, equivalent);
            await this.session.send({ service: 'network', method: 'DELETE', path: `/floatingips/${id}`, equivalent });
        })());
    }
    // --- Octavia -------------------------------------------------------------------------------------------------------
    /** {@inheritDoc OpenStackApi.loadBalancerList} */
    async loadBalancerList(filter = {}) {
        const equivalent = `openstack loadbalancer list${filter.name === undefined ? '' : ` --name ${filter.name}`}`;
        const body = await this.session.json({
            service: 'load-balancer',
            method: 'GET',
            path: '/lbaas/loadbalancers',
            query: { name: filter.name },
            equivalent,
        });
        return members(equivalent, body, 'loadbalancers').map((o) => parseLoadBalancer(asJson(o)));
    }
    /** {@inheritDoc OpenStackApi.loadBalancerShow} */
    async loadBalancerShow(nameOrId) {
        return parseLoadBalancer(asJson(await this.show(COLLECTIONS.loadBalancer, nameOrId, `openstack loadbalancer show ${nameOrId}`)));
    }
    /** {@inheritDoc OpenStackApi.loadBalancerStatus} */
    async loadBalancerStatus(nameOrId) {
        const equivalent = `openstack loadbalancer status show ${nameOrId}`;
        const id = await this.id(COLLECTIONS.loadBalancer, nameOrId, equivalent);
        const body = await this.session.json({
            service: 'load-balancer',
            method: 'GET',
            path: `/lbaas/loadbalancers/${id}/status`,
            equivalent,
        });
        return parseLbStatusTree(asJson(member(equivalent, body, 'statuses')));
    }
    /** {@inheritDoc OpenStackApi.loadBalancerDelete} */
    loadBalancerDelete(nameOrId, options = {}) {
        const equivalent = `openstack loadbalancer delete${options.cascade ? ' --cascade' : ''} ${nameOrId}`;
        return this.deleteIfExists(COLLECTIONS.loadBalancer, nameOrId, equivalent, options.cascade ? { cascade: 'true' } : undefined);
    }
    /** {@inheritDoc OpenStackApi.loadBalancerListenerDelete} */
    loadBalancerListenerDelete(nameOrId) {
        return this.deleteIfExists(COLLECTIONS.listener, nameOrId, `openstack loadbalancer listener delete ${nameOrId}`);
    }
    /** {@inheritDoc OpenStackApi.loadBalancerMemberList} */
    async loadBalancerMemberList(pool) {
        const equivalent = `openstack loadbalancer member list ${pool}`;
        const id = await this.id(COLLECTIONS.pool, pool, equivalent);
        const body = await this.session.json({
            service: 'load-balancer',
            method: 'GET',
            path: `/lbaas/pools/${id}/members`,
            equivalent,
        });
        return parseLbMemberList(JSON.stringify(members(equivalent, body, 'members')));
    }
}
function listFlags(filter) {
    const flags = [
        filter.network === undefined ? '' : ` --network ${filter.network}`,
        filter.deviceOwner === undefined ? '' : ` --device-owner ${filter.deviceOwner}`,
        filter.name === undefined ? '' : ` --name ${filter.name}`,
    ];
    return flags.join('');
}
function subportFlags(subports) {
    return subports
        .map((s) => ` --subport port=${s.port},segmentation-type=vlan,segmentation-id=${s.segmentationId}`)
        .join('');
}

// EXTERNAL MODULE: ./build/openstack/rest/cloud-config.js
var cloud_config = __webpack_require__(79570);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./build/openstack/rest/http.js
/**
 * HTTP for the REST client on Node's own stack: keep-alive agents per client, a timeout and an abort signal per
 * request, TLS with a CA bundle or without verification, and an optional connector that opens the TCP connection
 * some other way (inside a network namespace: rest/netns-connector.ts).
 */




/** A failure before any HTTP status arrived: refused, reset, timed out, aborted. */
class HttpConnectionError extends Error {
    timedOut;
    aborted;
    unsent;
    constructor(message, timedOut, aborted, 
    /** The request never reached the server (refused, or a kept-alive connection the server had closed). */
    unsent = false, options) {
        super(message, options);
        this.timedOut = timedOut;
        this.aborted = aborted;
        this.unsent = unsent;
        this.name = 'HttpConnectionError';
        this.certificate = options?.certificate ?? false;
    }
    /** TLS refused the server's certificate: retrying cannot help, the CA bundle or `verify` setting must change. */
    certificate;
}
/**
 * Node's codes for a server certificate that TLS would not trust (OpenSSL verify errors and the host-name check).
 * Any other TLS failure (a reset during the handshake, a protocol mismatch) stays an ordinary connection error.
 */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Sends requests over keep-alive connections. */
class HttpTransport {
    httpAgent;
    httpsAgent;
    /** @throws Error naming the CA bundle when `options.cacert` cannot be read. */
    constructor(options = {}) {
        const ca = options.cacert ? readCaBundle(options.cacert) : undefined;
        const connector = options.connector;
        const base = { keepAlive: true, maxSockets: 8 };
        this.httpAgent = new external_node_http_.Agent(base);
        this.httpsAgent = new external_node_https_.Agent({ ...base, ca, rejectUnauthorized: !options.insecure });
        if (connector) {
            // The agents' own pooling stays; only how a new connection is opened changes.
            const plain = (o) => connector(o.host ?? 'localhost', Number(o.port));
            Object.assign(this.httpAgent, { createConnection: plain });
            Object.assign(this.httpsAgent, {
                createConnection: (o) => external_node_tls_.connect({
                    ...o,
                    socket: plain(o),
                    servername: o.servername ?? o.host,
                    ca,
                    rejectUnauthorized: !options.insecure,
                }),
            });
        }
    }
    /** Sends `req`; rejects with {@link HttpConnectionError} when no answer arrives. */
    request(req) {
        const url = new URL(req.url);
        const secure = url.protocol === 'https:';
        const send = secure ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            let settled = false;
            const fail = (err) => {
                if (settled)
                    return;
                settled = true;
                request.destroy();
                reject(err);
            };
            const request = send(url, {
                method: req.method,
                headers: req.headers,
                agent: secure ? this.httpsAgent : this.httpAgent,
                signal: req.signal,
            });
            const timer = setTimeout(() => fail(new HttpConnectionError(`${req.method} ${url.origin}${url.pathname} timed out after ${req.timeoutMs} ms`, true, false)), req.timeoutMs);
            request.on('response', (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    clearTimeout(timer);
                    if (settled)
                        return;
                    settled = true;
                    resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
                });
                res.on('error', (err) => fail(connectionError(req, url, err)));
            });
            request.on('error', (err) => {
                clearTimeout(timer);
                fail(connectionError(req, url, err, request.reusedSocket));
            });
            writeBody(request, req.body);
        });
    }
    /** Closes idle keep-alive connections (the process can exit). */
    close() {
        this.httpAgent.destroy();
        this.httpsAgent.destroy();
    }
}
function writeBody(request, body) {
    if (body === undefined)
        request.end();
    else if (typeof body === 'string' || Buffer.isBuffer(body))
        request.end(body);
    else
        body.on('error', (err) => request.destroy(err)).pipe(request);
}
function readCaBundle(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (err) {
        const why = err.code ?? err.message;
        throw new Error(`the CA bundle ${path} (cacert / OS_CACERT) cannot be read: ${why}`, { cause: err });
    }
}
function connectionError(req, url, err, reused = false) {
    const aborted = err.name === 'AbortError' || req.signal?.aborted === true;
    const code = err.code;
    const detail = code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
    const certificate = !aborted && code !== undefined && CERTIFICATE_CODES.has(code);
    const hint = certificate
        ? ` (the server's certificate is not trusted: give its CA bundle as 'cacert' in clouds.yaml or OS_CACERT, ` +
            `or turn verification off with 'verify: false' / OS_INSECURE=true)`
        : '';
    return new HttpConnectionError(`${req.method} ${url.origin}${url.pathname}: ${aborted ? 'cancelled' : `Unable to establish connection: ${detail}${hint}`}`, false, aborted, code === 'ECONNREFUSED' || (reused && code === 'ECONNRESET'), { cause: err, certificate });
}

;// CONCATENATED MODULE: ./build/openstack/rest/session.js


/** The services the toolkit calls, by catalog type, with the API version path their endpoint gets when it has none. */
const SERVICES = {
    compute: '',
    network: 'v2.0',
    image: 'v2',
    'load-balancer': 'v2',
};
const IDEMPOTENT = new Set(['GET', 'PUT', 'DELETE', 'HEAD']);
/** An authenticated session with one cloud. */
class KeystoneSession {
    configSource;
    transport;
    token;
    pending;
    opts;
    resolved;
    httpTransport;
    /**
     * `config` may be a function: it is then read on the first request, so that a cloud missing from clouds.yaml
     * fails that request (with its ConfigurationError) rather than the construction, which happens before a stage
     * has written its results.
     */
    constructor(configSource, transport, options = {}) {
        this.configSource = configSource;
        this.transport = transport;
        this.opts = {
            attempts: 4,
            baseDelayMs: 1000,
            maxDelayMs: 10_000,
            timeoutMs: 120_000,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            // an option given as undefined keeps its default
            ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
        };
    }
    /** The cloud's configuration (read now if it was deferred). */
    get config() {
        this.resolved ??= typeof this.configSource === 'function' ? this.configSource() : this.configSource;
        return this.resolved;
    }
    /** The transport (built from the configuration, e.g. its CA bundle, when a factory was given). */
    get http() {
        this.httpTransport ??= typeof this.transport === 'function' ? this.transport(this.config) : this.transport;
        return this.httpTransport;
    }
    /** Closes idle connections. */
    close() {
        this.httpTransport?.close();
    }
    /** The project the token is scoped to (undefined for an unscoped token). */
    async projectId() {
        return (await this.currentToken()).projectId;
    }
    /** Sends `call` and returns the parsed JSON body (`undefined` for an empty one). */
    async json(call) {
        const res = await this.send(call);
        const text = res.body.toString('utf8');
        if (text.trim() === '')
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch {
            throw this.failure(call, {
                status: res.status,
                apiMessage: `the API answered with non-JSON: ${text.slice(0, 200)}`,
            });
        }
    }
    /** Sends `call`, retrying what may be retried; any status outside 2xx becomes an `OpenStackError`. */
    async send(call) {
        this.opts.debug?.(call.equivalent);
        let reauthed = false;
        for (let attempt = 1;; attempt++) {
            const token = await this.currentToken();
            let res;
            try {
                res = await this.http.request({
                    method: call.method,
                    url: this.url(token, call),
                    headers: headersFor(call, token.value),
                    body: bodyOf(call.body),
                    timeoutMs: this.opts.timeoutMs,
                    signal: this.opts.signal,
                });
            }
            catch (err) {
                if (!(err instanceof HttpConnectionError))
                    throw err;
                const retry = !err.aborted &&
                    !err.timedOut &&
                    !err.certificate &&
                    (IDEMPOTENT.has(call.method) || err.unsent) &&
                    !isStream(call.body);
                if (!retry || attempt >= this.opts.attempts)
                    throw this.connectionFailure(call, err, attempt);
                await this.backoff(attempt);
                continue;
            }
            this.opts.debug?.(`${call.method} ${this.url(token, call)} -> ${res.status}`);
            if (res.status === 401 && !reauthed) {
                reauthed = true;
                this.token = undefined;
                attempt--;
                continue;
            }
            if (res.status < 400)
                return res;
            const transient = res.status >= 500 && IDEMPOTENT.has(call.method) && !isStream(call.body);
            if (!transient || attempt >= this.opts.attempts) {
                throw this.failure(call, { status: res.status, apiMessage: apiMessageOf(res), attempts: attempt });
            }
            await this.backoff(attempt);
        }
    }
    /** An `OpenStackError` for `call` (also for failures the caller detects itself, such as an ambiguous name). */
    failure(call, what) {
        const status = what.status;
        return new openstack_errors/* OpenStackError */.jK({
            command: call.equivalent,
            exitCode: null,
            stderr: status ? `HTTP ${status}: ${what.apiMessage}` : what.apiMessage,
            attempts: what.attempts,
            http: {
                status,
                apiMessage: what.apiMessage,
                transient: status !== undefined && status >= 500,
                notFound: what.notFound ?? status === 404,
                what: status ? `failed (HTTP ${status})` : 'failed',
            },
        });
    }
    connectionFailure(call, err, attempts) {
        return new openstack_errors/* OpenStackError */.jK({
            command: call.equivalent,
            exitCode: null,
            stderr: err.message,
            timedOut: err.timedOut,
            attempts,
            cause: err,
            http: {
                apiMessage: err.message,
                transient: !err.aborted && !err.certificate,
                notFound: false,
                what: err.aborted ? 'cancelled' : 'failed',
            },
        });
    }
    backoff(attempt) {
        return this.opts.sleep(Math.min(this.opts.maxDelayMs, this.opts.baseDelayMs * 2 ** (attempt - 1)));
    }
    url(token, call) {
        const base = endpointOf(token, call.service, this.config);
        const query = Object.entries(call.query ?? {}).filter((e) => e[1] !== undefined);
        const qs = query.length ? `?${new URLSearchParams(query).toString()}` : '';
        return `${base}${call.path}${qs}`;
    }
    async currentToken() {
        // a token is renewed a minute before it expires; concurrent callers share one authentication
        if (this.token && this.token.expiresAt - Date.now() > 60_000)
            return this.token;
        this.pending ??= this.authenticate().finally(() => (this.pending = undefined));
        this.token = await this.pending;
        return this.token;
    }
    async authenticate() {
        const url = `${identityBase(this.config.authUrl)}/auth/tokens`;
        const call = { equivalent: 'openstack token issue' };
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.http.request({
                    method: 'POST',
                    url,
                    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                    body: JSON.stringify(authBody(this.config.auth)),
                    timeoutMs: this.opts.timeoutMs,
                    signal: this.opts.signal,
                });
            }
            catch (err) {
                // asking for a token twice is harmless: retried like an idempotent request
                if (!(err instanceof HttpConnectionError) || err.aborted || err.certificate || attempt >= this.opts.attempts) {
                    throw err instanceof HttpConnectionError ? this.connectionFailure(call, err, attempt) : err;
                }
                await this.backoff(attempt);
                continue;
            }
            if (res.status >= 500 && attempt < this.opts.attempts) {
                await this.backoff(attempt);
                continue;
            }
            if (res.status !== 201 && res.status !== 200) {
                throw this.failure(call, {
                    status: res.status,
                    apiMessage: `authentication at ${url} for cloud '${this.config.name}' (${this.config.source}) failed: ${apiMessageOf(res)}`,
                });
            }
            const token = tokenOf(res, call.equivalent);
            this.opts.onToken?.(token.value);
            return token;
        }
    }
}
function isStream(body) {
    return body !== null && typeof body === 'object' && typeof body.pipe === 'function';
}
function bodyOf(body) {
    if (body === undefined)
        return undefined;
    return isStream(body) ? body : JSON.stringify(body);
}
function headersFor(call, token) {
    const headers = { 'X-Auth-Token': token, Accept: 'application/json', ...call.headers };
    if (call.body !== undefined) {
        headers['Content-Type'] ??= isStream(call.body) ? 'application/octet-stream' : 'application/json';
    }
    return headers;
}
/** Keystone's v3 base: the auth URL with `/v3` appended unless it ends with it. */
function identityBase(authUrl) {
    const trimmed = authUrl.replace(/\/+$/, '');
    return /\/v3$/.test(trimmed) ? trimmed : `${trimmed}/v3`;
}
function ref(r) {
    if (!r)
        return undefined;
    if (r.id)
        return { id: r.id };
    const domain = r.domainId ? { id: r.domainId } : r.domainName ? { name: r.domainName } : { id: 'default' };
    return { name: r.name, domain };
}
/** The body of `POST /v3/auth/tokens` for `auth`. */
function authBody(auth) {
    if (auth.type === 'application_credential') {
        const credential = auth.id
            ? { id: auth.id, secret: auth.secret }
            : { name: auth.name, secret: auth.secret, user: ref(auth.user) };
        return { auth: { identity: { methods: ['application_credential'], application_credential: credential } } };
    }
    const identity = { methods: ['password'], password: { user: { ...ref(auth.user), password: auth.password } } };
    const scope = auth.project ? { project: ref(auth.project) } : undefined;
    return { auth: scope ? { identity, scope } : { identity } };
}
function tokenOf(res, equivalent) {
    const value = res.headers['x-subject-token'];
    const body = JSON.parse(res.body.toString('utf8'));
    if (typeof value !== 'string' || !body.token) {
        throw new openstack_errors/* OpenStackError */.jK({
            command: equivalent,
            exitCode: null,
            stderr: 'Keystone answered without a token',
            http: { apiMessage: 'Keystone answered without a token', transient: false, notFound: false },
        });
    }
    const expires = Date.parse(body.token.expires_at ?? '');
    return {
        value,
        expiresAt: Number.isNaN(expires) ? Date.now() + 3_600_000 : expires,
        projectId: body.token.project?.id,
        catalog: body.token.catalog ?? [],
    };
}
/** The versioned endpoint of `service` in the token's catalog. */
function endpointOf(token, service, config) {
    const entry = token.catalog.find((c) => c.type === service);
    const candidates = (entry?.endpoints ?? []).filter((e) => e.interface === config.interface);
    const endpoint = candidates.find((e) => !config.regionName || (e.region_id ?? e.region) === config.regionName) ??
        (config.regionName ? undefined : candidates[0]);
    if (!endpoint) {
        const region = config.regionName ? ` in region ${config.regionName}` : '';
        throw new openstack_errors/* OpenStackError */.jK({
            command: 'openstack catalog list',
            exitCode: null,
            stderr: `no ${config.interface} endpoint for service type '${service}'${region} in the catalog of cloud '${config.name}'`,
            http: {
                apiMessage: `no ${config.interface} endpoint for service type '${service}'${region} in the catalog of cloud '${config.name}'`,
                transient: false,
                notFound: false,
            },
        });
    }
    const base = endpoint.url.replace(/\/+$/, '');
    const version = SERVICES[service];
    return version === '' || new RegExp(`/${version.replace('.', '\\.')}$`).test(base) ? base : `${base}/${version}`;
}
/** The API's own message from an error body (Neutron, Nova, Octavia, Keystone and Glance each shape it differently). */
function apiMessageOf(res) {
    const text = res.body.toString('utf8').trim();
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        // Glance and some proxies answer with text or HTML
        const plain = text
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
        return plain || `HTTP ${res.status}`;
    }
    const message = messageIn(doc);
    return message ? plainText(message) : text.slice(0, 300) || `HTTP ${res.status}`;
}
/** `text` without HTML tags and runs of white space (Glance wraps its messages in `<br />`). */
function plainText(text) {
    return text
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function messageIn(doc) {
    if (doc === null || typeof doc !== 'object')
        return undefined;
    const o = doc;
    for (const key of ['message', 'faultstring', 'description', 'detail']) {
        if (typeof o[key] === 'string' && o[key] !== '')
            return o[key];
    }
    // {"NeutronError": {...}}, {"itemNotFound": {...}}, {"error": {...}}
    for (const value of Object.values(o)) {
        const inner = value !== null && typeof value === 'object' ? messageIn(value) : undefined;
        if (inner)
            return inner;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/openstack/connect.js









/** The OpenStack client the stages use; see the module comment for the choice. */
function connectOpenStack(options) {
    const env = options.env ?? process.env;
    const kind = (0,runtime_env/* kdfEnv */.ZH)('openstackClient', env) ?? 'rest';
    if (kind === 'cli') {
        const runner = (0,netns_runner/* inNetns */.WT)(options.runner, options.netns);
        return new OpenStackClient({
            runner,
            cloud: options.cloud,
            cloudsYaml: options.cloudsYaml,
            timeoutMs: options.timeoutMs,
            cwd: options.cwd,
        });
    }
    if (kind !== 'rest') {
        throw new errors/* ConfigurationError */.j1(`${(0,runtime_env/* kdfEnvName */.o3)('openstackClient')} must be 'rest' or 'cli' (got '${kind}')`, (0,runtime_env/* kdfEnvName */.o3)('openstackClient'));
    }
    const lookup = { ...env, ...(options.cloudsYaml ? { OS_CLIENT_CONFIG_FILE: options.cloudsYaml } : {}) };
    const session = new KeystoneSession(() => (0,cloud_config/* resolveCloudConfig */.I)(options.cloud, lookup, options.cwd), (config) => new HttpTransport({
        cacert: config.cacert,
        insecure: config.insecure,
        connector: options.netns ? netnsConnector(options.netns) : undefined,
    }), {
        debug: options.logger ? (line) => options.logger?.debug(line) : undefined,
        onToken: (token) => options.masker?.add(token),
        signal: options.signal,
        timeoutMs: options.timeoutMs,
    });
    return new RestOpenStackClient(options.cloud, session);
}


/***/ }),

/***/ 79570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ resolveCloudConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84704);
/* harmony import */ var _clouds_yaml_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16353);
/**
 * Which cloud to talk to and how to authenticate, read as the `openstack` CLI reads it: a named cloud from
 * clouds.yaml (`OS_CLIENT_CONFIG_FILE`, else `./clouds.yaml`, `~/.config/openstack/clouds.yaml`,
 * `/etc/openstack/clouds.yaml`) merged with the same directories' secure.yaml (`OS_CLIENT_SECURE_FILE`), or, when
 * clouds.yaml has no such cloud, the `OS_*` variables (`OS_AUTH_URL`, `OS_USERNAME`, …).
 */





const isDoc = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function readYaml(file) {
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${file} is not valid YAML: ${err.message}`, 'clouds-yaml');
    }
    return isDoc(doc) ? doc : {};
}
function deepMerge(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over))
        out[k] = isDoc(v) && isDoc(out[k]) ? deepMerge(out[k], v) : v;
    return out;
}
/** The named cloud's clouds.yaml entry with its secure.yaml part merged in, or undefined when no file has it. */
function namedCloud(cloud, env, cwd) {
    const file = (0,_clouds_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .configFileCandidates */ .bw)('clouds.yaml', env.OS_CLIENT_CONFIG_FILE, cwd).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    if (file === undefined)
        return undefined;
    const clouds = readYaml(file).clouds;
    const entry = isDoc(clouds) ? clouds[cloud] : undefined;
    if (!isDoc(entry))
        return undefined;
    // secure.yaml beside the explicit clouds.yaml, else in the usual places
    const secureDefault = env.OS_CLIENT_CONFIG_FILE ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(env.OS_CLIENT_CONFIG_FILE), 'secure.yaml') : undefined;
    const secureFile = (0,_clouds_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .configFileCandidates */ .bw)('secure.yaml', env.OS_CLIENT_SECURE_FILE ?? secureDefault, cwd).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
    const secureClouds = secureFile ? readYaml(secureFile).clouds : undefined;
    const secure = isDoc(secureClouds) && isDoc(secureClouds[cloud]) ? secureClouds[cloud] : {};
    return { entry: deepMerge(entry, secure), source: secureFile ? `${file} + ${secureFile}` : file };
}
const s = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function scoped(auth, kind) {
    const ref = {
        id: s(auth[kind === 'user' ? 'user_id' : 'project_id']) ?? (kind === 'project' ? s(auth.tenant_id) : undefined),
        name: s(auth[kind === 'user' ? 'username' : 'project_name']) ?? (kind === 'project' ? s(auth.tenant_name) : undefined),
        domainId: s(auth[`${kind}_domain_id`]) ?? s(auth.domain_id),
        domainName: s(auth[`${kind}_domain_name`]) ?? s(auth.domain_name),
    };
    return ref.id || ref.name ? ref : undefined;
}
/** Reads an `auth` block (clouds.yaml keys) and its `auth_type` into {@link CloudAuth}. */
function authOf(cloud, authType, auth, where) {
    const missing = (what) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cloud '${cloud}' (${where}) has no ${what}`, 'os-cloud');
    if (authType === 'v3applicationcredential' || authType === 'application_credential') {
        const secret = s(auth.application_credential_secret);
        if (!secret)
            throw missing('application_credential_secret');
        const id = s(auth.application_credential_id);
        const name = s(auth.application_credential_name);
        if (!id && !name)
            throw missing('application_credential_id or application_credential_name');
        return { type: 'application_credential', id, name, secret, user: scoped(auth, 'user') };
    }
    if (authType !== 'password' && authType !== 'v3password') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cloud '${cloud}' (${where}) uses auth_type '${authType}'; supported: password, v3applicationcredential`, 'os-cloud');
    }
    const user = scoped(auth, 'user');
    const password = s(auth.password);
    if (!user)
        throw missing('username or user_id');
    if (password === undefined)
        throw missing('password');
    return { type: 'password', user, password, project: scoped(auth, 'project') };
}
function interfaceOf(v) {
    const text = (s(v) ?? 'public').replace(/URL$/, '');
    return text === 'internal' || text === 'admin' ? text : 'public';
}
const truthy = (v) => v === true || (typeof v === 'string' && /^(1|true|yes)$/i.test(v));
/** The `OS_*` variables as a clouds.yaml entry (what the CLI calls the `envvars` cloud). */
function envCloud(env) {
    if (!env.OS_AUTH_URL)
        return undefined;
    const auth = {};
    for (const [key, value] of Object.entries(env)) {
        const m = /^OS_(.+)$/.exec(key);
        if (m && value !== undefined)
            auth[m[1].toLowerCase()] = value;
    }
    return {
        auth,
        auth_type: env.OS_AUTH_TYPE,
        region_name: env.OS_REGION_NAME,
        interface: env.OS_INTERFACE ?? env.OS_ENDPOINT_TYPE,
        cacert: env.OS_CACERT,
        insecure: env.OS_INSECURE,
    };
}
/**
 * Resolves cloud `cloud` (`OS_CLOUD` when empty) from clouds.yaml/secure.yaml or the `OS_*` variables.
 * @throws ConfigurationError naming `os-cloud` when neither describes it or its credentials are incomplete
 */
function resolveCloudConfig(cloud, env = process.env, cwd) {
    const name = cloud || env.OS_CLOUD || 'envvars';
    const named = name === 'envvars' ? undefined : namedCloud(name, env, cwd);
    const entry = named?.entry ?? (name === 'envvars' || !named ? envCloud(env) : undefined);
    if (!entry) {
        const files = (0,_clouds_yaml_js__WEBPACK_IMPORTED_MODULE_4__/* .configFileCandidates */ .bw)('clouds.yaml', env.OS_CLIENT_CONFIG_FILE, cwd).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cloud '${name}' is not in ${files} and OS_AUTH_URL is not set: give 'os-cloud' a cloud of clouds.yaml ('clouds-yaml' names the file)`, 'os-cloud');
    }
    const source = named?.source ?? 'OS_* environment variables';
    const auth = isDoc(entry.auth) ? entry.auth : {};
    const authUrl = s(auth.auth_url);
    if (!authUrl)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`cloud '${name}' (${source}) has no auth_url`, 'os-cloud');
    const authType = s(entry.auth_type) ?? (s(auth.application_credential_secret) ? 'v3applicationcredential' : 'password');
    return {
        name,
        authUrl,
        auth: authOf(name, authType, auth, source),
        regionName: s(entry.region_name),
        interface: interfaceOf(entry.interface),
        cacert: s(entry.cacert),
        insecure: entry.verify === false || truthy(entry.insecure),
        source,
    };
}


/***/ })

};
