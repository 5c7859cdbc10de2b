export const id = 950;
export const ids = [950];
export const modules = {

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The toolkit version, kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QK: () => (/* binding */ cloudAuthHost),
/* harmony export */   Y2: () => (/* binding */ cloudsYamlCandidates),
/* harmony export */   zO: () => (/* binding */ cloudPassword)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4704);
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
    return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, 'clouds.yaml'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.config/openstack/clouds.yaml'), '/etc/openstack/clouds.yaml'];
}
/** `clouds.<cloud>.auth.auth_url`'s host, or undefined when clouds.yaml or the URL cannot be read. */
function cloudAuthHost(cloud, explicit, cwd) {
    for (const file of cloudsYamlCandidates(explicit, cwd)) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        try {
            const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
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
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        let doc;
        try {
            doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        }
        catch (err) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${file} is not valid YAML: ${err.message}`, 'clouds-yaml');
        }
        const password = doc?.clouds?.[cloud]
            ?.auth?.password;
        if (typeof password === 'string' && password !== '')
            return password;
        if (explicit)
            break;
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`no password for cloud '${cloud}' in ${files.join(', ')}: set 'admin-password' to the undercloud's ADMIN_PASSWORD`, 'admin-password');
}


/***/ }),

/***/ 4416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   jK: () => (/* binding */ OpenStackError)
/* harmony export */ });
/* unused harmony exports classifyOpenStackFailure, apiMessageOf */
const CONNECTION_FAILURES = [
    /Unable to establish connection/i,
    /Connection refused/i,
    /Connection reset/i,
    /Connection aborted/i,
    /ECONNREFUSED|ECONNRESET/,
    /Service Unavailable|Bad Gateway|Gateway Timeout/i,
];
const NOT_FOUND = [
    /No \S+ found for /i,
    /No \S+ with a name or ID of /i,
    /Unable to find \S+ with name or id /i,
    /could not be found/i,
    /NotFound/,
];
/**
 * Classifies the stderr of a failed `openstack` call. 4xx answers are never transient; connection failures
 * ("Unable to establish connection", refused, reset) and 5xx answers are.
 */
function classifyOpenStackFailure(stderr) {
    const status = /(?:Exception|Error)?:?\s*\(?HTTP (\d{3})\)?|\w+Exception: (\d{3})\b/.exec(stderr);
    const code = status ? Number(status[1] ?? status[2]) : undefined;
    const notFound = code === 404 || NOT_FOUND.some((re) => re.test(stderr));
    if (code !== undefined && code >= 400 && code < 500)
        return { httpStatus: code, transient: false, notFound };
    if (notFound)
        return { httpStatus: code, transient: false, notFound };
    const transient = (code !== undefined && code >= 500) || CONNECTION_FAILURES.some((re) => re.test(stderr));
    return { httpStatus: code, transient, notFound: false };
}
/** The API's message: the last meaningful stderr line, without the client's "Error while executing command:" lead. */
function apiMessageOf(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' &&
        !/^\d+ of \d+ \S+ failed to delete\.?$/.test(line) &&
        !/^Neutron server returns request_ids:/.test(line));
    const last = lines[lines.length - 1] ?? '';
    return last.replace(/^Error while executing command:\s*/, '');
}
/** A failed `openstack` call: the command line, its exit code and the API's message from stderr. */
class OpenStackError extends Error {
    /** The masked command line. */
    command;
    /** The exit code, or `null` when the process was killed (timeout, cancellation). */
    exitCode;
    /** The API's message (e.g. `No Flavor found for nope`, `ConflictException: 409, …`). */
    apiMessage;
    /** The whole stderr (masked). */
    stderr;
    httpStatus;
    /** True for connection failures and 5xx answers. */
    transient;
    /** True when the object does not exist. */
    notFound;
    /** True when the call was killed by its timeout. */
    timedOut;
    constructor(init) {
        const apiMessage = apiMessageOf(init.stderr);
        const klass = classifyOpenStackFailure(init.stderr);
        const what = init.timedOut ? 'timed out' : `exited with code ${String(init.exitCode)}`;
        const tries = init.attempts !== undefined && init.attempts > 1 ? ` (after ${init.attempts} attempts)` : '';
        super(`\`${init.command}\` ${what}${tries}${apiMessage ? `: ${apiMessage}` : ''}`, { cause: init.cause });
        this.name = 'OpenStackError';
        this.command = init.command;
        this.exitCode = init.exitCode;
        this.apiMessage = apiMessage;
        this.stderr = init.stderr;
        this.httpStatus = klass.httpStatus;
        this.transient = !init.timedOut && klass.transient;
        this.notFound = klass.notFound;
        this.timedOut = init.timedOut ?? false;
    }
    /** Wraps a runner's `CommandError`. */
    static fromCommandError(err, attempts) {
        return new OpenStackError({
            command: err.command,
            exitCode: err.exitCode,
            stderr: err.result.stderr,
            timedOut: err.timedOut,
            cause: err,
            attempts,
        });
    }
}
/** True when `err` is an {@link OpenStackError} for an object that does not exist. */
function isNotFound(err) {
    return err instanceof OpenStackError && err.notFound;
}


/***/ }),

/***/ 7950:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ parsePortList),
/* harmony export */   $v: () => (/* binding */ parseArray),
/* harmony export */   A5: () => (/* binding */ parseLbStatusTree),
/* harmony export */   Fg: () => (/* binding */ parseSubnet),
/* harmony export */   HE: () => (/* binding */ parseSubnetPool),
/* harmony export */   MO: () => (/* binding */ parseNetwork),
/* harmony export */   PC: () => (/* binding */ parseSecurityGroupRule),
/* harmony export */   PG: () => (/* binding */ parseSecurityGroupRuleList),
/* harmony export */   Rf: () => (/* binding */ parseFloatingIp),
/* harmony export */   cE: () => (/* binding */ parseTrunk),
/* harmony export */   cg: () => (/* binding */ parseLoadBalancer),
/* harmony export */   fV: () => (/* binding */ parseSubportList),
/* harmony export */   iB: () => (/* binding */ parseLoadBalancerList),
/* harmony export */   ii: () => (/* binding */ parseLbMemberList),
/* harmony export */   ld: () => (/* binding */ parseServer),
/* harmony export */   lj: () => (/* binding */ parseObject),
/* harmony export */   mM: () => (/* binding */ OpenStackParseError),
/* harmony export */   nT: () => (/* binding */ parsePortListLong),
/* harmony export */   no: () => (/* binding */ parseKeypair),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   wp: () => (/* binding */ parseFlavor),
/* harmony export */   zZ: () => (/* binding */ parseImage)
/* harmony export */ });
/**
 * Typed results of the `openstack` CLI (python-openstackclient 6.0, `-f json`) and their parsers. Key names are the
 * ones the real CLI prints: `show`/`create` use the API's snake_case keys, `list` commands print the column titles
 * (`ID`, `Name`, `Fixed IP Addresses`, `Segmentation ID`, …).
 */
/** Thrown when the CLI printed something other than the expected shape. */
class OpenStackParseError extends Error {
    constructor(what, detail) {
        super(`unexpected output of 'openstack ${what}': ${detail}`);
        this.name = 'OpenStackParseError';
    }
}
/** Parses JSON output into an object (or throws naming the command). */
function parseObject(what, text) {
    const value = parseJson(what, text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new OpenStackParseError(what, 'expected a JSON object');
    }
    return value;
}
/** Parses JSON output into an array of objects. */
function parseArray(what, text) {
    const value = parseJson(what, text);
    if (!Array.isArray(value) || value.some((row) => row === null || typeof row !== 'object')) {
        throw new OpenStackParseError(what, 'expected a JSON array of objects');
    }
    return value;
}
function parseJson(what, text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new OpenStackParseError(what, `not JSON: ${text.slice(0, 200)}`);
    }
}
function str(what, obj, key) {
    const value = obj[key];
    if (typeof value !== 'string')
        throw new OpenStackParseError(what, `'${key}' is not a string`);
    return value;
}
function optStr(obj, key) {
    const value = obj[key];
    return typeof value === 'string' && value !== '' ? value : null;
}
function num(what, obj, key) {
    const value = obj[key];
    if (typeof value !== 'number')
        throw new OpenStackParseError(what, `'${key}' is not a number`);
    return value;
}
function objects(what, obj, key) {
    const value = obj[key] ?? [];
    if (!Array.isArray(value))
        throw new OpenStackParseError(what, `'${key}' is not an array`);
    return value;
}
/** `keypair show -f json` (also the id: Nova's key pair id is its name). */
function parseKeypair(text) {
    const o = parseObject('keypair show', text);
    return { name: str('keypair show', o, 'name'), fingerprint: str('keypair show', o, 'fingerprint') };
}
/** `security group rule create -f json` (snake_case keys). */
function parseSecurityGroupRule(text) {
    const w = 'security group rule create';
    const o = parseObject(w, text);
    return {
        id: str(w, o, 'id'),
        protocol: optStr(o, 'protocol'),
        ethertype: str(w, o, 'ether_type'),
        direction: str(w, o, 'direction') === 'egress' ? 'egress' : 'ingress',
        remoteIpPrefix: optStr(o, 'remote_ip_prefix'),
        remoteGroupId: optStr(o, 'remote_group_id'),
        portRangeMin: typeof o.port_range_min === 'number' ? o.port_range_min : null,
        portRangeMax: typeof o.port_range_max === 'number' ? o.port_range_max : null,
    };
}
/**
 * `security group rule list GROUP -f json`: titled columns `ID`, `IP Protocol`, `Ethertype`, `IP Range`,
 * `Port Range` (`""` or `"22:22"`), `Direction`, `Remote Security Group`.
 */
function parseSecurityGroupRuleList(text) {
    const w = 'security group rule list';
    return parseArray(w, text).map((o) => {
        const range = /^(\d+):(\d+)$/.exec(optStr(o, 'Port Range') ?? '');
        return {
            id: str(w, o, 'ID'),
            protocol: optStr(o, 'IP Protocol'),
            ethertype: str(w, o, 'Ethertype'),
            direction: str(w, o, 'Direction') === 'egress' ? 'egress' : 'ingress',
            remoteIpPrefix: optStr(o, 'IP Range'),
            remoteGroupId: optStr(o, 'Remote Security Group'),
            portRangeMin: range ? Number(range[1]) : null,
            portRangeMax: range ? Number(range[2]) : null,
        };
    });
}
/** `image show|create -f json`. */
function parseImage(text) {
    const o = parseObject('image show', text);
    return { id: str('image show', o, 'id'), name: str('image show', o, 'name'), status: str('image show', o, 'status') };
}
/** `flavor show -f json`. */
function parseFlavor(text) {
    const w = 'flavor show';
    const o = parseObject(w, text);
    return {
        id: str(w, o, 'id'),
        name: str(w, o, 'name'),
        ram: num(w, o, 'ram'),
        disk: num(w, o, 'disk'),
        vcpus: num(w, o, 'vcpus'),
    };
}
/** `network show -f json`. */
function parseNetwork(text) {
    const w = 'network show';
    const o = parseObject(w, text);
    const subnets = o.subnets;
    return {
        id: str(w, o, 'id'),
        name: str(w, o, 'name'),
        external: o['router:external'] === true,
        subnets: Array.isArray(subnets) ? subnets.filter((s) => typeof s === 'string') : [],
    };
}
/** `subnet show -f json`. */
function parseSubnet(text) {
    const w = 'subnet show';
    const o = parseObject(w, text);
    return {
        id: str(w, o, 'id'),
        name: str(w, o, 'name'),
        cidr: str(w, o, 'cidr'),
        networkId: str(w, o, 'network_id'),
        subnetpoolId: optStr(o, 'subnetpool_id'),
        gatewayIp: optStr(o, 'gateway_ip'),
        ipVersion: num(w, o, 'ip_version'),
    };
}
/** `subnet pool show -f json`. */
function parseSubnetPool(text) {
    const w = 'subnet pool show';
    const o = parseObject(w, text);
    const prefixes = o.prefixes;
    return {
        id: str(w, o, 'id'),
        name: str(w, o, 'name'),
        prefixes: Array.isArray(prefixes) ? prefixes.filter((p) => typeof p === 'string') : [],
        defaultPrefixlen: typeof o.default_prefixlen === 'number' ? o.default_prefixlen : null,
    };
}
function fixedIps(w, list) {
    return list.map((ip) => ({ subnetId: str(w, ip, 'subnet_id'), ipAddress: str(w, ip, 'ip_address') }));
}
function subports(w, list) {
    return list.map((s) => ({
        portId: str(w, s, 'port_id'),
        segmentationType: str(w, s, 'segmentation_type'),
        segmentationId: num(w, s, 'segmentation_id'),
    }));
}
/** `port show|create -f json`. */
function parsePort(text) {
    const w = 'port show';
    const o = parseObject(w, text);
    const details = o.trunk_details;
    const port = {
        id: str(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        status: str(w, o, 'status'),
        networkId: str(w, o, 'network_id'),
        deviceId: typeof o.device_id === 'string' ? o.device_id : '',
        fixedIps: fixedIps(w, objects(w, o, 'fixed_ips')),
    };
    if (details !== null && typeof details === 'object' && !Array.isArray(details)) {
        const d = details;
        port.trunkDetails = { trunkId: str(w, d, 'trunk_id'), subPorts: subports(w, objects(w, d, 'sub_ports')) };
    }
    return port;
}
/** `port list -f json`: titled columns `ID`, `Name`, `MAC Address`, `Fixed IP Addresses`, `Status`. */
function parsePortList(text) {
    const w = 'port list';
    return parseArray(w, text).map((o) => ({
        id: str(w, o, 'ID'),
        name: typeof o.Name === 'string' ? o.Name : '',
        status: str(w, o, 'Status'),
        fixedIps: fixedIps(w, objects(w, o, 'Fixed IP Addresses')),
    }));
}
/** `network trunk show|create -f json`. */
function parseTrunk(text) {
    const w = 'network trunk show';
    const o = parseObject(w, text);
    return {
        id: str(w, o, 'id'),
        name: str(w, o, 'name'),
        portId: str(w, o, 'port_id'),
        status: str(w, o, 'status'),
        subPorts: subports(w, objects(w, o, 'sub_ports')),
    };
}
/** `network subport list --trunk T -f json`: CAPITALISED keys `Port`, `Segmentation Type`, `Segmentation ID`. */
function parseSubportList(text) {
    const w = 'network subport list';
    return parseArray(w, text).map((o) => ({
        portId: str(w, o, 'Port'),
        segmentationType: str(w, o, 'Segmentation Type'),
        segmentationId: num(w, o, 'Segmentation ID'),
    }));
}
/** `server show|create -f json` (create prints `adminPass`, which is dropped). */
function parseServer(text) {
    const w = 'server show';
    const o = parseObject(w, text);
    const server = { id: str(w, o, 'id'), name: str(w, o, 'name'), status: str(w, o, 'status'), addresses: {} };
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
/** `floating ip create|show -f json`. */
function parseFloatingIp(text) {
    const w = 'floating ip show';
    const o = parseObject(w, text);
    return {
        id: str(w, o, 'id'),
        address: str(w, o, 'floating_ip_address'),
        networkId: str(w, o, 'floating_network_id'),
        portId: optStr(o, 'port_id'),
        fixedIpAddress: optStr(o, 'fixed_ip_address'),
        status: str(w, o, 'status'),
    };
}
/** `port list --long -f json`: titled columns incl. `MAC Address`, `Device Owner`, `Security Groups` (ids or null). */
function parsePortListLong(text) {
    const w = 'port list --long';
    return parseArray(w, text).map((o) => {
        const groups = o['Security Groups'];
        return {
            id: str(w, o, 'ID'),
            name: typeof o.Name === 'string' ? o.Name : '',
            status: str(w, o, 'Status'),
            fixedIps: fixedIps(w, objects(w, o, 'Fixed IP Addresses')),
            macAddress: typeof o['MAC Address'] === 'string' ? o['MAC Address'] : '',
            deviceOwner: typeof o['Device Owner'] === 'string' ? o['Device Owner'] : '',
            securityGroups: Array.isArray(groups) ? groups.filter((g) => typeof g === 'string') : [],
        };
    });
}
function loadBalancerOf(w, o) {
    return {
        id: str(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        vipAddress: typeof o.vip_address === 'string' ? o.vip_address : '',
        provisioningStatus: str(w, o, 'provisioning_status'),
        operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
        provider: typeof o.provider === 'string' ? o.provider : '',
    };
}
/** `loadbalancer show -f json`. */
function parseLoadBalancer(text) {
    return loadBalancerOf('loadbalancer show', parseObject('loadbalancer show', text));
}
/** `loadbalancer list -f json`. */
function parseLoadBalancerList(text) {
    return parseArray('loadbalancer list', text).map((o) => loadBalancerOf('loadbalancer list', o));
}
function memberOf(w, o) {
    return {
        id: str(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        address: str(w, o, 'address'),
        protocolPort: num(w, o, 'protocol_port'),
        provisioningStatus: str(w, o, 'provisioning_status'),
        operatingStatus: typeof o.operating_status === 'string' ? o.operating_status : '',
    };
}
/** `loadbalancer member list POOL -f json`. */
function parseLbMemberList(text) {
    return parseArray('loadbalancer member list', text).map((o) => memberOf('loadbalancer member list', o));
}
/** `loadbalancer status show LB`. */
function parseLbStatusTree(text) {
    const w = 'loadbalancer status show';
    const lb = parseObject(w, text).loadbalancer;
    if (lb === null || typeof lb !== 'object' || Array.isArray(lb))
        throw new OpenStackParseError(w, "no 'loadbalancer'");
    const o = lb;
    const status = (x) => ({
        provisioningStatus: typeof x.provisioning_status === 'string' ? x.provisioning_status : '',
        operatingStatus: typeof x.operating_status === 'string' ? x.operating_status : '',
    });
    return {
        id: str(w, o, 'id'),
        name: typeof o.name === 'string' ? o.name : '',
        ...status(o),
        listeners: objects(w, o, 'listeners').map((l) => ({
            id: str(w, l, 'id'),
            name: typeof l.name === 'string' ? l.name : '',
            ...status(l),
            pools: objects(w, l, 'pools').map((p) => ({
                id: str(w, p, 'id'),
                name: typeof p.name === 'string' ? p.name : '',
                ...status(p),
                members: objects(w, p, 'members').map((m) => memberOf(w, m)),
            })),
        })),
    };
}


/***/ }),

/***/ 9854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ WaitTimeoutError),
/* harmony export */   f: () => (/* binding */ waitFor)
/* harmony export */ });
/* harmony import */ var _runtime_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);
/** Polling on state (never fixed sleeps). */

/** Thrown by {@link waitFor} when the condition did not hold in time. */
class WaitTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WaitTimeoutError';
    }
}
/**
 * Calls `fn` until it returns something other than `undefined` and returns that. A throw from `fn` ends the wait
 * (use it for terminal failures such as a server in ERROR). After `timeoutMs` it throws a {@link WaitTimeoutError}
 * naming what was awaited.
 */
async function waitFor(fn, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => (0,_runtime_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .sleepUnlessAborted */ .bp)(ms, options.signal));
    const interval = options.intervalMs ?? 2000;
    const started = now();
    for (;;) {
        if (options.signal?.aborted)
            throw new _runtime_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc((0,_runtime_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelReason */ .zw)(options.signal), `while waiting for ${describe(options)}`);
        const value = await fn();
        if (value !== undefined)
            return value;
        const elapsed = now() - started;
        if (elapsed >= options.timeoutMs) {
            throw new WaitTimeoutError(`timed out after ${Math.round(options.timeoutMs / 1000)}s waiting for ${describe(options)}`);
        }
        await sleep(Math.min(interval, Math.max(0, options.timeoutMs - elapsed)));
    }
}
function describe(options) {
    return typeof options.describe === 'function' ? options.describe() : options.describe;
}


/***/ }),

/***/ 1729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ SignalledCommandRunner),
/* harmony export */   PB: () => (/* binding */ abortOnSignals),
/* harmony export */   bp: () => (/* binding */ sleepUnlessAborted),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dZ: () => (/* binding */ throwIfCancelled),
/* harmony export */   zw: () => (/* binding */ cancelReason)
/* harmony export */ });
/** Thrown at a step boundary once the run was cancelled. */
class CancelledError extends Error {
    reason;
    /** @param during what was cut short, e.g. `while waiting for server vm to be ACTIVE` */
    constructor(reason, during) {
        super(`cancelled (${reason})${during ? ` ${during}` : ''}`);
        this.reason = reason;
        this.name = 'CancelledError';
    }
}
/** The reason an aborted signal carries, as text (`SIGINT`), or `cancelled`. */
function cancelReason(signal) {
    const reason = signal?.reason;
    return typeof reason === 'string' ? reason : 'cancelled';
}
/** Throws a {@link CancelledError} when `signal` was aborted. */
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new CancelledError(cancelReason(signal));
}
/** Waits `ms`, or less when `signal` aborts meanwhile (it resolves either way; check the signal after). */
function sleepUnlessAborted(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** A runner whose every command is cancelled by `signal` (unless the call passes its own). */
class SignalledCommandRunner {
    inner;
    signal;
    constructor(inner, signal) {
        this.inner = inner;
        this.signal = signal;
    }
    /** {@inheritDoc CommandRunner.run} */
    run(command, args, options = {}) {
        return this.inner.run(command, args, { signal: this.signal, ...options });
    }
}
/**
 * Aborts on the first SIGINT or SIGTERM of this process, with the signal's name as the reason. Later signals are
 * swallowed while the listener is installed, so clean-up is not cut short; `dispose` removes it.
 */
function abortOnSignals() {
    const controller = new AbortController();
    const onSignal = (sig) => {
        if (!controller.signal.aborted)
            controller.abort(sig);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ })

};
