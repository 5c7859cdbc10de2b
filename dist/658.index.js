export const id = 658;
export const ids = [658];
export const modules = {

/***/ 1658:
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
;// CONCATENATED MODULE: ./build/cli/version.js
/** The toolkit version, kept in step with package.json by a test. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./build/runtime/command.js
var runtime_command = __webpack_require__(8806);
;// CONCATENATED MODULE: ./build/openstack/errors.js
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

;// CONCATENATED MODULE: ./build/openstack/types.js
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

;// CONCATENATED MODULE: ./build/openstack/client.js
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
                if (!(err instanceof runtime_command/* CommandError */.Qd) || err.cancelled || err.code !== undefined)
                    throw err;
                const failure = OpenStackError.fromCommandError(err, attempt);
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
            if (isNotFound(err))
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
            if (isNotFound(err))
                return undefined;
            throw err;
        }
    }
    // --- key pairs -----------------------------------------------------------------------------------------------------
    /** `keypair create NAME`: Nova generates the key; the CLI prints the PEM private key (even with `-f json`). */
    async keypairCreate(name) {
        const privateKey = await this.raw(['keypair', 'create', name]);
        if (!privateKey.includes('PRIVATE KEY-----')) {
            throw new OpenStackError({
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
    /** `security group rule create` for `spec` in `group`. */
    async securityGroupRuleCreate(group, spec) {
        return parseSecurityGroupRule(await this.json(['security', 'group', 'rule', 'create', ...ruleArgs(spec), group]));
    }
    /** `security group rule list GROUP -f json`. */
    async securityGroupRuleList(group) {
        return parseSecurityGroupRuleList(await this.json(['security', 'group', 'rule', 'list', group]));
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
            if (!(err instanceof OpenStackError) || err.httpStatus !== 409)
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
        return parseNetwork(await this.json(['network', 'show', nameOrId]));
    }
    /** `subnet show NAME -f json`. */
    async subnetShow(nameOrId) {
        return parseSubnet(await this.json(['subnet', 'show', nameOrId]));
    }
    /** `subnet pool show NAME -f json`. */
    async subnetPoolShow(nameOrId) {
        return parseSubnetPool(await this.json(['subnet', 'pool', 'show', nameOrId]));
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
        return parseFloatingIp(await this.json([...args, network]));
    }
    /** `floating ip set --port P FIP` (prints nothing). */
    async floatingIpSet(fip, port) {
        await this.raw(['floating', 'ip', 'set', '--port', port, fip]);
    }
    /** `floating ip show FIP -f json`. */
    async floatingIpShow(fip) {
        return parseFloatingIp(await this.json(['floating', 'ip', 'show', fip]));
    }
    /** `floating ip list [--port P] -f json`: the ids. */
    async floatingIpIds(filter = {}) {
        const args = ['floating', 'ip', 'list'];
        if (filter.port !== undefined)
            args.push('--port', filter.port);
        return parseArray('floating ip list', await this.json(args)).map((row) => String(row.ID));
    }
    /** `floating ip delete FIP`; false when it did not exist. */
    floatingIpDelete(fip) {
        return this.deleteIfExists(['floating', 'ip', 'delete', fip]);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
;// CONCATENATED MODULE: ./build/openstack/ledger.js
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
        if (!(0,external_node_fs_.existsSync)(path))
            return new TeardownLedger(path, cloud);
        let parsed;
        try {
            parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`ledger ${path} is not valid JSON: ${String(err)}`, 'ledger');
        }
        const data = parsed;
        if (data.version !== 1 || !Array.isArray(data.entries)) {
            throw new errors/* ConfigurationError */.j1(`ledger ${path} is not a trunk-vm teardown ledger (version 1)`, 'ledger');
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
        (0,external_node_fs_.writeFileSync)(tmp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
        (0,external_node_fs_.renameSync)(tmp, this.path);
    }
}

;// CONCATENATED MODULE: ./build/openstack/wait.js
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
    const sleep = options.sleep ?? defaultSleep;
    const interval = options.intervalMs ?? 2000;
    const started = now();
    for (;;) {
        if (options.signal?.aborted)
            throw new Error(`cancelled while waiting for ${describe(options)}`);
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
function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./build/openstack/trunk-vm.js
/**
 * The nested trunk VM of field guide §5 (library part of `actions/trunk-vm`): key pair, security group rules, parent
 * port `port0`, trunk `trunk0`, a server on the parent port, a floating IP, optional VLAN subports. Every created
 * resource goes into a {@link TeardownLedger} so {@link downTrunkVm} can undo a run, also a partial one.
 *
 * Not here yet: SSH readiness (cloud-init done, SSH answering on the floating IP) and the overcloud.
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
        ? TeardownLedger.load(settings.ledgerPath, deps.client.cloud)
        : new TeardownLedger(undefined, deps.client.cloud);
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
async function up(s, { client, logger }, ledger) {
    const interval = s.pollIntervalMs ?? 2000;
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
        for (const line of key.split('\n'))
            if (line.length > 20 && !line.startsWith('-----'))
                logger.addSecret(line);
        (0,external_node_fs_.writeFileSync)(s.sshKeyPath, key, { mode: 0o600 });
        (0,external_node_fs_.chmodSync)(s.sshKeyPath, 0o600);
        logger.info(`key pair ${s.keypairName} created; private key in ${s.sshKeyPath}`);
    }
    // 2. ICMP and SSH rules, idempotent
    for (const spec of TRUNK_VM_RULES) {
        const { rule, created } = await client.ensureSecurityGroupRule(s.securityGroup, spec);
        if (created)
            ledger.record({ kind: 'security-group-rule', id: rule.id });
        logger.info(`security group ${s.securityGroup}: ${describeRule(spec)} ${created ? 'added' : 'present'}`);
    }
    // 3. image (must exist) and flavor
    const image = await mustExist(() => client.imageShow(s.image), 'image', `image '${s.image}' does not exist`);
    const flavor = await mustExist(() => client.flavorShow(s.flavor), 'flavor', `flavor '${s.flavor}' does not exist`);
    const external = await mustExist(() => client.networkShow(s.externalNetwork), 'external-network', `network '${s.externalNetwork}' does not exist`);
    if (!external.external) {
        throw new errors/* ConfigurationError */.j1(`network '${s.externalNetwork}' is not external (router:external)`, 'external-network');
    }
    // 4. port0 on the network
    let port = await client.find((n) => client.portShow(n), s.portName);
    if (port) {
        existing('port', s.portName, s.reuse);
        ledger.record({ kind: 'port', id: port.id, name: s.portName, adopted: true });
    }
    else {
        await mustExist(() => client.networkShow(s.network), 'network', `network '${s.network}' does not exist`);
        port = await client.portCreate(s.portName, { network: s.network, securityGroups: [s.securityGroup] });
        ledger.record({ kind: 'port', id: port.id, name: s.portName });
    }
    const workerSubnetId = port.fixedIps[0]?.subnetId;
    if (workerSubnetId === undefined)
        throw new Error(`port ${s.portName} (${port.id}) has no fixed IP`);
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
    // 6. optional subports
    const subportIds = {};
    for (const sub of trunk.subPorts)
        subportIds[sub.segmentationId] = sub.portId;
    for (const vlan of s.subportVlanIds) {
        if (subportIds[vlan] !== undefined)
            continue;
        const name = `${s.trunkName}-vlan${vlan}`;
        const sub = await client.portCreate(name, { network: s.subportNetwork ?? s.network });
        ledger.record({ kind: 'port', id: sub.id, name });
        await client.trunkSet(trunk.id, [{ port: sub.id, segmentationId: vlan }]);
        ledger.record({ kind: 'subport', id: sub.id, name, trunkId: trunk.id });
        subportIds[vlan] = sub.id;
    }
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
    await waitFor(async () => {
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
    });
    // 8. floating IP on the external network, associated to port0
    const fip = await attachFloatingIp(client, s, port, ledger);
    logger.info(`trunk VM up: server ${serverId}, floating IP ${fip.address}, trunk ${trunk.id}`);
    return {
        serverId,
        floatingIp: fip.address,
        floatingIpId: fip.id,
        trunkId: trunk.id,
        parentPortId: port.id,
        workerSubnetId,
        sshKeyPath: s.sshKeyPath,
        subportIds,
        ledger,
    };
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
        if (err instanceof OpenStackError && err.notFound)
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
    for (const kind of TEARDOWN_ORDER) {
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
                await waitFor(async () => ((await client.find((id) => client.serverShow(id), entry.id)) ? undefined : true), {
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
                    if (!(err instanceof OpenStackError) || !(err.notFound || err.httpStatus === 404))
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
    }
}

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
    if (err instanceof OpenStackError) {
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
    if (settings.imageUrl !== undefined) {
        logger.warning(`image-url is not implemented yet: the image '${settings.vm.image}' must exist already`);
    }
    const t0 = Date.now();
    try {
        const result = await upTrunkVm({ ...settings.vm, sshKeyPath, ledgerPath }, { client: deps.client, logger });
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
        await results.finish();
        Object.assign(outputs, {
            'server-id': result.serverId,
            'floating-ip': result.floatingIp,
            'trunk-id': result.trunkId,
            'parent-port-id': result.parentPortId,
            'worker-subnet-id': result.workerSubnetId,
            'ssh-key-path': result.sshKeyPath,
        });
        return {
            success: true,
            headline: `trunk VM ${settings.vm.serverName} up: ${result.floatingIp} (server ${result.serverId})`,
            outputs,
            ledgerPath,
            findings: [],
            result,
        };
    }
    catch (err) {
        const finding = failureFinding(err, settings);
        const left = TeardownLedger.load(ledgerPath, deps.client.cloud).entries.filter((e) => !e.adopted);
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
/**
 * The post step: deletes what the ledger records (never adopted resources), or with `keep` only says what stays.
 * @returns a one-line summary; throws when the teardown was incomplete (the ledger then lists what is left)
 */
async function runTrunkVmPost(state, deps) {
    const ledger = TeardownLedger.load(state.ledgerPath, deps.client.cloud);
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
        await downTrunkVm(ledger, { client: deps.client, logger: deps.logger });
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

;// CONCATENATED MODULE: ./build/openstack/trunk-vm-settings.js
/**
 * actions/trunk-vm's settings: every input parsed once into a typed object, shared by the action and `kdf trunk-vm`.
 * User mistakes throw a ConfigurationError naming the input.
 */


/** Default key pair name (`key-name`). */
const DEFAULT_KEY_NAME = 'kdf-trunk-vm';
/** Default of `boot-timeout-minutes`. */
const DEFAULT_BOOT_TIMEOUT_MINUTES = 10;
/** The only `security-rules` value supported so far (the field guide's ICMP + SSH). */
const DEFAULT_SECURITY_RULES = TRUNK_VM_RULES.map((r) => r.dstPort === undefined ? r.protocol : `${r.protocol}/${r.dstPort}`);
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
 * Parses `security-rules`: `PROTOCOL[/PORT]` items (`icmp`, `tcp/22`, `udp/53`). Only the default set (`icmp`,
 * `tcp/22`, in any order) is supported so far; anything else is a ConfigurationError saying so.
 */
function parseSecurityRules(items, input = 'security-rules') {
    if (items.length === 0)
        return [...DEFAULT_SECURITY_RULES];
    const rules = items.map((item) => {
        const m = /^(icmp|tcp|udp)(?:\/(\d{1,5}))?$/.exec(item.toLowerCase());
        const port = m?.[2] === undefined ? undefined : Number(m[2]);
        if (!m || (port !== undefined && (m[1] === 'icmp' || port < 1 || port > 65535))) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}' items must be icmp, tcp/PORT or udp/PORT with PORT 1-65535 (got '${item}').`, input);
        }
        return port === undefined ? (m[1] ?? '') : `${m[1]}/${port}`;
    });
    const same = new Set(rules).size === DEFAULT_SECURITY_RULES.length && DEFAULT_SECURITY_RULES.every((r) => rules.includes(r));
    if (!same) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': custom rules are not implemented yet; only the default '${DEFAULT_SECURITY_RULES.join(', ')}' is supported (got '${rules.join(', ')}').`, input);
    }
    return rules;
}
/** Reads and validates every actions/trunk-vm input. */
function readTrunkVmSettings(inputs) {
    if (inputs.getBooleanInput('overcloud', false)) {
        throw new errors/* ConfigurationError */.j1("Input 'overcloud': the overcloud (DevStack inside the VM) is not implemented yet; set it to false.", 'overcloud');
    }
    parseSecurityRules(inputs.getListInput('security-rules'));
    const bootMinutes = inputs.getIntegerInput('boot-timeout-minutes', { min: 1, max: 24 * 60 }, DEFAULT_BOOT_TIMEOUT_MINUTES);
    return {
        cloud: inputs.getOptionalInput('os-cloud', 'devstack'),
        cloudsYaml: inputs.getOptionalInput('clouds-yaml'),
        imageUrl: inputs.getOptionalInput('image-url'),
        sshUser: inputs.getOptionalInput('ssh-user', 'centos'),
        overcloudProfile: inputs.getOptionalInput('overcloud-profile'),
        overcloudLocalConf: inputs.getOptionalInput('overcloud-local-conf'),
        keep: inputs.getBooleanInput('keep', false),
        vm: {
            image: inputs.getRequiredInput('image'),
            flavor: inputs.getOptionalInput('flavor', TRUNK_VM_DEFAULTS.flavor),
            network: inputs.getOptionalInput('network', TRUNK_VM_DEFAULTS.network),
            externalNetwork: inputs.getOptionalInput('external-network', TRUNK_VM_DEFAULTS.externalNetwork),
            securityGroup: TRUNK_VM_DEFAULTS.securityGroup,
            serverName: inputs.getOptionalInput('server-name', TRUNK_VM_DEFAULTS.serverName),
            portName: inputs.getOptionalInput('port-name', TRUNK_VM_DEFAULTS.portName),
            trunkName: inputs.getOptionalInput('trunk-name', TRUNK_VM_DEFAULTS.trunkName),
            keypairName: inputs.getOptionalInput('key-name', DEFAULT_KEY_NAME),
            subportVlanIds: parseSubports(inputs.getListInput('subports')),
            reuse: inputs.getBooleanInput('reuse', false),
            bootTimeoutMs: bootMinutes * 60_000,
        },
    };
}

// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(542);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(993);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var inputs = __webpack_require__(4634);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(6210);
;// CONCATENATED MODULE: ./build/actions/trunk-vm.js
/**
 * actions/trunk-vm: a thin adapter. Reads typed inputs, calls the library (src/openstack/trunk-vm-action.ts), and
 * turns the outcome into outputs, annotations and a job summary. `post` tears the VM down from the saved ledger
 * unless `keep`.
 */












/** Test and sandbox knob (documented in the README): run `openstack` inside this network namespace. */
const netns = process.env.KDF_OPENSTACK_NETNS;
function runnerTemp() {
    return process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
}
function client(cloud, cloudsYaml, logger) {
    return new OpenStackClient({
        runner: new runtime_command/* ProcessCommandRunner */.rZ({ masker: secrets/* defaultMasker */.JC, logger }),
        cloud,
        cloudsYaml,
        prefix: netns ? ['ip', 'netns', 'exec', netns] : undefined,
    });
}
/** The main step. */
async function main() {
    const settings = readTrunkVmSettings(new inputs/* Inputs */.G0(inputs/* actionsInputSource */.xq));
    const logger = new core_logger/* CoreLogger */.U();
    const workDir = (0,external_node_path_.join)(runnerTemp(), 'kdf-trunk-vm');
    const path = (0,action_io/* resultsPathFor */.t)('trunk-vm');
    // Saved before any network call: post must find the ledger even if main dies half-way.
    core.saveState('ledger', (0,external_node_path_.join)(workDir, 'ledger.json'));
    core.saveState('keep', String(settings.keep));
    core.saveState('cloud', settings.cloud);
    core.saveState('clouds-yaml', settings.cloudsYaml ?? '');
    core.saveState('results', path);
    const outcome = await runTrunkVmAction(settings, {
        client: client(settings.cloud, settings.cloudsYaml, logger),
        logger,
        resultsPath: path,
        workDir,
        toolVersion: VERSION,
    });
    for (const [name, value] of Object.entries(outcome.outputs))
        core.setOutput(name, value);
    (0,action_io/* annotateFindings */.d)(outcome.findings);
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
        core.setFailed(outcome.headline);
}
/** The post step. */
async function post() {
    const ledgerPath = core.getState('ledger');
    if (!ledgerPath) {
        core.info('trunk-vm: the main step saved no ledger; nothing to tear down');
        return;
    }
    const logger = new core_logger/* CoreLogger */.U();
    const line = await runTrunkVmPost({ ledgerPath, keep: core.getState('keep') === 'true', resultsPath: core.getState('results') || undefined }, {
        client: client(core.getState('cloud') || 'devstack', core.getState('clouds-yaml') || undefined, logger),
        logger,
        toolVersion: VERSION,
    });
    core.info(line);
}


/***/ }),

/***/ 542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ annotateFindings),
/* harmony export */   t: () => (/* binding */ resultsPathFor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/** What every action adapter shares: where its results file goes, and findings turned into annotations. */



/** `$KDF_RESULTS_DIR/<stage>.json`, default `$RUNNER_TEMP/kdf-results/<stage>.json`: one directory for every stage. */
function resultsPathFor(stage) {
    const dir = process.env.KDF_RESULTS_DIR ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'kdf-results');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${stage}.json`);
}
/** One annotation per finding, at its file and lines, with its level (failure → error). */
function annotateFindings(findings) {
    for (const f of findings) {
        const props = { title: f.title, file: f.file, startLine: f.line, endLine: f.endLine };
        const text = f.details ? `${f.message}\n${f.details}` : f.message;
        if (f.level === 'failure')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(text, props);
        else if (f.level === 'warning')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(text, props);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(text, props);
    }
}


/***/ }),

/***/ 8806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   rZ: () => (/* binding */ ProcessCommandRunner)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_BUFFER_BYTES, DEFAULT_STDERR_TAIL_LINES, quoteArg, formatCommandLine, getDefaultCommandRunner, setDefaultCommandRunner */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6193);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6210);
/**
 * The command-runner port. Every external program (stack.sh, openstack, kubectl, ovs-vsctl, ...) runs through a
 * `CommandRunner`, so tests swap in a fake and production gets one place that handles timeouts, cancellation, process
 * groups, stdin, output limits and secret masking.
 */





/** Default cap on captured stdout/stderr. */
const DEFAULT_MAX_BUFFER_BYTES = 16 * 1024 * 1024;
/** Default number of stderr lines kept in a `CommandError`. */
const DEFAULT_STDERR_TAIL_LINES = 20;
// ---------------------------------------------------------------------------------------------------------------------
// Display
// Characters that never need quoting in a POSIX shell word.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes one argument shell-style for display (`it's` → `'it'\''s'`). For humans only: never feed it to a shell. */
function quoteArg(arg) {
    if (arg === '')
        return "''";
    if (SAFE_WORD.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The masked, shell-quoted command line for logs and error messages. */
function formatCommandLine(command, args, masker = _secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultMasker */ .JC) {
    // Mask each word before quoting (quoting could split a secret that contains a quote), then the whole line.
    return masker.mask([command, ...args].map((word) => quoteArg(masker.mask(word))).join(' '));
}
/** A command that failed: disallowed exit code, killed, timed out, cancelled, or could not be started. */
class CommandError extends Error {
    exitCode;
    signal;
    timedOut;
    cancelled;
    /** The last stderr lines (masked). */
    stderrTail;
    /** The masked command line. */
    command;
    result;
    /** The errno code when the program could not be started. */
    code;
    constructor(init) {
        const { result } = init;
        const stderrTail = tailLines(result.stderr, init.stderrTailLines ?? DEFAULT_STDERR_TAIL_LINES);
        super(`\`${result.command}\` ${init.reason ?? describeFailure(init, stderrTail)}`, { cause: init.cause });
        this.name = 'CommandError';
        this.exitCode = result.exitCode;
        this.signal = result.signal;
        this.timedOut = init.timedOut ?? false;
        this.cancelled = init.cancelled ?? false;
        this.stderrTail = stderrTail;
        this.command = result.command;
        this.result = result;
        this.code = init.code;
    }
    /**
     * The error for a finished command, or `undefined` when it succeeded (not timed out or cancelled, and its exit code
     * is allowed). Runner implementations, fakes included, use this so they fail the same way.
     */
    static fromResult(result, options = {}) {
        const allowed = options.allowedExitCodes ?? [0];
        const ok = !options.timedOut && !options.cancelled && result.exitCode !== null && allowed.includes(result.exitCode);
        if (ok)
            return undefined;
        return new CommandError({
            result,
            timedOut: options.timedOut,
            cancelled: options.cancelled,
            timeoutMs: options.timeoutMs,
            stderrTailLines: options.stderrTailLines,
        });
    }
}
function describeFailure(init, stderrTail) {
    if (init.timedOut) {
        const after = init.timeoutMs === undefined ? '' : ` after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(init.timeoutMs)}`;
        return `timed out${after} and was killed`;
    }
    if (init.cancelled)
        return 'was cancelled';
    const { exitCode, signal } = init.result;
    const what = exitCode === null ? `was killed by signal ${signal ?? 'unknown'}` : `exited with code ${exitCode}`;
    const last = [...stderrTail].reverse().find((line) => line.trim() !== '');
    return last === undefined ? what : `${what}: ${truncate(last.trim(), 500)}`;
}
function tailLines(text, count) {
    if (count <= 0 || text === '')
        return [];
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines.slice(-count);
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
// ---------------------------------------------------------------------------------------------------------------------
// Output collection
/** Longest partial line (in characters) buffered for a line callback before it is emitted anyway. */
const MAX_PENDING_LINE = 1024 * 1024;
/** Captures one output stream with a byte cap (keeping the tail) and splits it into masked lines for a callback. */
class OutputCollector {
    maxBytes;
    masker;
    onLine;
    chunks = [];
    bytes = 0;
    truncated = false;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_2__.StringDecoder('utf8');
    pending = '';
    /** The first error a line callback threw; the run rejects with it. */
    callbackError;
    constructor(maxBytes, masker, onLine) {
        this.maxBytes = maxBytes;
        this.masker = masker;
        this.onLine = onLine;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.bytes += chunk.length;
        // Compact only at twice the cap, so copying stays linear in the output size.
        if (this.bytes > 2 * this.maxBytes)
            this.compact();
        if (this.onLine)
            this.feed(this.decoder.write(chunk));
    }
    /** Flushes the final partial line and returns the captured (masked) text. */
    finish() {
        if (this.onLine) {
            this.feed(this.decoder.end());
            if (this.pending !== '')
                this.emit(this.pending);
            this.pending = '';
        }
        if (this.bytes > this.maxBytes)
            this.compact();
        let buffer = Buffer.concat(this.chunks);
        if (this.truncated) {
            // Don't start the kept tail in the middle of a UTF-8 sequence.
            let start = 0;
            while (start < buffer.length && start < 4 && ((buffer[start] ?? 0) & 0xc0) === 0x80)
                start++;
            buffer = buffer.subarray(start);
        }
        return { text: this.masker.mask(buffer.toString('utf8')), truncated: this.truncated };
    }
    compact() {
        const all = Buffer.concat(this.chunks);
        const kept = all.subarray(all.length - this.maxBytes);
        this.chunks = [kept];
        this.bytes = kept.length;
        this.truncated = true;
    }
    feed(text) {
        if (text === '')
            return;
        this.pending += text;
        let newline;
        while ((newline = this.pending.indexOf('\n')) !== -1) {
            const line = this.pending.slice(0, newline);
            this.pending = this.pending.slice(newline + 1);
            this.emit(line.endsWith('\r') ? line.slice(0, -1) : line);
        }
        if (this.pending.length > MAX_PENDING_LINE) {
            this.emit(this.pending);
            this.pending = '';
        }
    }
    emit(line) {
        if (!this.onLine || this.callbackError !== undefined)
            return;
        try {
            this.onLine(this.masker.mask(line));
        }
        catch (err) {
            this.callbackError = err ?? new Error('line callback threw');
        }
    }
}
/**
 * Runs programs with node:child_process. No shell is involved; each child leads its own process group, and timeouts
 * and cancellation kill the whole group (SIGTERM, then SIGKILL after `killGraceMs`).
 */
class ProcessCommandRunner {
    masker;
    logger;
    killGraceMs;
    stdioDrainMs;
    defaultTimeoutMs;
    constructor(options = {}) {
        this.masker = options.masker ?? _secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultMasker */ .JC;
        this.logger = options.logger;
        this.killGraceMs = options.killGraceMs ?? 5000;
        this.stdioDrainMs = options.stdioDrainMs ?? 1000;
        this.defaultTimeoutMs = options.defaultTimeoutMs;
    }
    /** {@inheritDoc CommandRunner.run} */
    async run(command, args, options = {}) {
        validateCommand(command, args);
        const display = formatCommandLine(command, args, this.masker);
        const prefix = options.label ? `[${this.masker.mask(options.label)}] ` : '';
        const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
        const started = performance.now();
        const emptyResult = () => ({
            exitCode: null,
            signal: null,
            stdout: '',
            stderr: '',
            stdoutTruncated: false,
            stderrTruncated: false,
            durationMs: Math.round(performance.now() - started),
            command: display,
        });
        if (options.signal?.aborted)
            throw new CommandError({ result: emptyResult(), cancelled: true });
        this.logger?.debug(`${prefix}$ ${display}`);
        const result = await new Promise((resolve, reject) => {
            const maxBytes = options.maxBufferBytes ?? DEFAULT_MAX_BUFFER_BYTES;
            const stdout = new OutputCollector(maxBytes, this.masker, options.onStdoutLine);
            const stderr = new OutputCollector(maxBytes, this.masker, options.onStderrLine);
            let child;
            try {
                child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, [...args], {
                    cwd: options.cwd,
                    env: buildEnv(options),
                    shell: false,
                    // A new session, hence a new process group led by the child: killing -pid reaches its descendants too.
                    detached: true,
                    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                    windowsHide: true,
                });
            }
            catch (err) {
                reject(this.spawnError(err, command, options, emptyResult()));
                return;
            }
            let settled = false;
            let exitCode = null;
            let exitSignal = null;
            let timedOut = false;
            let cancelled = false;
            let killRequested = false;
            let timeoutTimer;
            let graceTimer;
            let drainTimer;
            const signalGroup = (sig) => {
                if (child.pid === undefined)
                    return;
                try {
                    process.kill(-child.pid, sig);
                }
                catch {
                    // ESRCH: the group is already gone. Anything else: fall back to the direct child.
                    try {
                        child.kill(sig);
                    }
                    catch {
                        /* already dead */
                    }
                }
            };
            const killGroup = () => {
                if (killRequested)
                    return;
                killRequested = true;
                signalGroup('SIGTERM');
                graceTimer = setTimeout(() => signalGroup('SIGKILL'), options.killGraceMs ?? this.killGraceMs);
                // The child handle keeps the loop alive while it runs; the escalation timer alone must not.
                graceTimer.unref();
            };
            const onAbort = () => {
                cancelled = true;
                killGroup();
            };
            const finish = () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timeoutTimer);
                clearTimeout(drainTimer);
                options.signal?.removeEventListener('abort', onAbort);
                if (killRequested && !groupExists(child.pid))
                    clearTimeout(graceTimer);
                const out = stdout.finish();
                const err = stderr.finish();
                const result = {
                    exitCode,
                    signal: exitSignal,
                    stdout: out.text,
                    stderr: err.text,
                    stdoutTruncated: out.truncated,
                    stderrTruncated: err.truncated,
                    durationMs: Math.round(performance.now() - started),
                    command: display,
                };
                const callbackError = stdout.callbackError ?? stderr.callbackError;
                if (callbackError !== undefined) {
                    reject(callbackError);
                    return;
                }
                const failure = CommandError.fromResult(result, {
                    allowedExitCodes: options.allowedExitCodes,
                    stderrTailLines: options.stderrTailLines,
                    timeoutMs,
                    timedOut,
                    cancelled,
                });
                if (failure)
                    reject(failure);
                else
                    resolve(result);
            };
            child.on('error', (err) => {
                // Without a pid the program never started (ENOENT, EACCES, bad cwd); later errors come from kill() and are
                // handled by the exit/close path.
                if (child.pid !== undefined || settled)
                    return;
                settled = true;
                clearTimeout(timeoutTimer);
                options.signal?.removeEventListener('abort', onAbort);
                reject(this.spawnError(err, command, options, emptyResult()));
            });
            child.stdout?.on('data', (chunk) => stdout.push(chunk));
            child.stderr?.on('data', (chunk) => stderr.push(chunk));
            if (child.stdin) {
                // EPIPE when the program exits without reading its input is not our failure; its exit code tells the story.
                child.stdin.on('error', () => undefined);
                child.stdin.end(options.input);
            }
            child.on('exit', (code, sig) => {
                exitCode = code;
                exitSignal = sig;
                // The program is done: a timeout or abort while its pipes drain must not turn a finished run into a failure.
                clearTimeout(timeoutTimer);
                options.signal?.removeEventListener('abort', onAbort);
                drainTimer = setTimeout(() => {
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish();
                }, this.stdioDrainMs);
            });
            child.on('close', (code, sig) => {
                exitCode ??= code;
                exitSignal ??= sig;
                finish();
            });
            if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
                timeoutTimer = setTimeout(() => {
                    timedOut = true;
                    killGroup();
                }, timeoutMs);
            }
            options.signal?.addEventListener('abort', onAbort, { once: true });
        }).catch((err) => {
            this.logger?.debug(`${prefix}${this.masker.mask(err instanceof Error ? err.message : String(err))}`);
            throw err;
        });
        this.logger?.debug(`${prefix}exit ${result.exitCode ?? result.signal} after ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(result.durationMs)}`);
        return result;
    }
    spawnError(err, command, options, result) {
        const code = err?.code;
        const name = this.masker.mask(command);
        let reason;
        if (code === 'ENOENT' && options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd)) {
            reason = `could not start: working directory '${this.masker.mask(options.cwd)}' does not exist`;
        }
        else if (code === 'ENOENT') {
            reason = command.includes('/')
                ? `could not start: ${name} does not exist`
                : `could not start: '${name}' was not found on PATH`;
        }
        else if (code === 'EACCES') {
            reason = `could not start: ${name} is not executable (permission denied)`;
        }
        else {
            const message = err instanceof Error ? err.message : String(err);
            reason = `could not start: ${this.masker.mask(message)}`;
        }
        return new CommandError({ result, reason, code, cause: err });
    }
}
function validateCommand(command, args) {
    if (typeof command !== 'string' || command === '') {
        throw new TypeError('CommandRunner.run: command must be a non-empty string');
    }
    if (command.includes('\0'))
        throw new TypeError('CommandRunner.run: command contains a NUL byte');
    if (!Array.isArray(args)) {
        throw new TypeError('CommandRunner.run: args must be an array of strings (no shell strings)');
    }
    args.forEach((arg, index) => {
        if (typeof arg !== 'string')
            throw new TypeError(`CommandRunner.run: args[${index}] is not a string`);
        if (arg.includes('\0'))
            throw new TypeError(`CommandRunner.run: args[${index}] contains a NUL byte`);
    });
}
function buildEnv(options) {
    const env = options.replaceEnv ? {} : { ...process.env };
    for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
function groupExists(pid) {
    if (pid === undefined)
        return false;
    try {
        process.kill(-pid, 0);
        return true;
    }
    catch {
        return false;
    }
}
// ---------------------------------------------------------------------------------------------------------------------
// The process-wide default
let defaultRunner;
/**
 * The runner entry points use when none is injected (a `ProcessCommandRunner` on the default masker). Prefer passing
 * a `CommandRunner` explicitly; this exists for entry points and end-to-end tests.
 */
function getDefaultCommandRunner() {
    defaultRunner ??= new ProcessCommandRunner();
    return defaultRunner;
}
/** Replaces the default runner (e.g. with a fake) and returns the previous one so it can be restored. */
function setDefaultCommandRunner(runner) {
    const previous = defaultRunner;
    defaultRunner = runner;
    return previous;
}


/***/ })

};
