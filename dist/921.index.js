export const id = 921;
export const ids = [921];
export const modules = {

/***/ 26921:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ OpenStackClient)
});

// UNUSED EXPORTS: ruleMatches

// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(38806);
// EXTERNAL MODULE: ./build/openstack/errors.js
var errors = __webpack_require__(64416);
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

;// CONCATENATED MODULE: ./build/openstack/types/network.js
/**
 * Neutron's network objects as `openstack … -f json` prints them: networks, subnets, subnet pools, security group
 * rules and floating IPs (ports and trunks are in port.ts).
 */

/** `network show -f json`. */
function parseNetwork(text) {
    const w = 'network show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    const subnets = o.subnets;
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: (0,parse/* str */.gx)(w, o, 'name'),
        external: o['router:external'] === true,
        subnets: Array.isArray(subnets) ? subnets.filter((s) => typeof s === 'string') : [],
    };
}
/** `subnet show -f json`. */
function parseSubnet(text) {
    const w = 'subnet show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: (0,parse/* str */.gx)(w, o, 'name'),
        cidr: (0,parse/* str */.gx)(w, o, 'cidr'),
        networkId: (0,parse/* str */.gx)(w, o, 'network_id'),
        subnetpoolId: (0,parse/* optStr */.VK)(o, 'subnetpool_id'),
        gatewayIp: (0,parse/* optStr */.VK)(o, 'gateway_ip'),
        ipVersion: (0,parse/* num */.bu)(w, o, 'ip_version'),
    };
}
/** `subnet pool show -f json`. */
function parseSubnetPool(text) {
    const w = 'subnet pool show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    const prefixes = o.prefixes;
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        name: (0,parse/* str */.gx)(w, o, 'name'),
        prefixes: Array.isArray(prefixes) ? prefixes.filter((p) => typeof p === 'string') : [],
        defaultPrefixlen: typeof o.default_prefixlen === 'number' ? o.default_prefixlen : null,
    };
}
/** `security group rule create -f json` (snake_case keys). */
function parseSecurityGroupRule(text) {
    const w = 'security group rule create';
    const o = (0,parse/* parseObject */.lj)(w, text);
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        protocol: (0,parse/* optStr */.VK)(o, 'protocol'),
        ethertype: (0,parse/* str */.gx)(w, o, 'ether_type'),
        direction: (0,parse/* str */.gx)(w, o, 'direction') === 'egress' ? 'egress' : 'ingress',
        remoteIpPrefix: (0,parse/* optStr */.VK)(o, 'remote_ip_prefix'),
        remoteGroupId: (0,parse/* optStr */.VK)(o, 'remote_group_id'),
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
    return (0,parse/* parseArray */.$v)(w, text).map((o) => {
        const range = /^(\d+):(\d+)$/.exec((0,parse/* optStr */.VK)(o, 'Port Range') ?? '');
        return {
            id: (0,parse/* str */.gx)(w, o, 'ID'),
            protocol: (0,parse/* optStr */.VK)(o, 'IP Protocol'),
            ethertype: (0,parse/* str */.gx)(w, o, 'Ethertype'),
            direction: (0,parse/* str */.gx)(w, o, 'Direction') === 'egress' ? 'egress' : 'ingress',
            remoteIpPrefix: (0,parse/* optStr */.VK)(o, 'IP Range'),
            remoteGroupId: (0,parse/* optStr */.VK)(o, 'Remote Security Group'),
            portRangeMin: range ? Number(range[1]) : null,
            portRangeMax: range ? Number(range[2]) : null,
        };
    });
}
/** `floating ip create|show -f json`. */
function parseFloatingIp(text) {
    const w = 'floating ip show';
    const o = (0,parse/* parseObject */.lj)(w, text);
    return {
        id: (0,parse/* str */.gx)(w, o, 'id'),
        address: (0,parse/* str */.gx)(w, o, 'floating_ip_address'),
        networkId: (0,parse/* str */.gx)(w, o, 'floating_network_id'),
        portId: (0,parse/* optStr */.VK)(o, 'port_id'),
        fixedIpAddress: (0,parse/* optStr */.VK)(o, 'fixed_ip_address'),
        status: (0,parse/* str */.gx)(w, o, 'status'),
    };
}

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







/** The typed `openstack` CLI. */
class OpenStackClient {
    cloud;
    runner;
    executable;
    timeoutMs;
    retry;
    sleep;
    env;
    constructor(options) {
        this.runner = options.runner;
        this.cloud = options.cloud;
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
        for (let attempt = 1;; attempt++) {
            try {
                const result = await this.runner.run(this.executable, ['--os-cloud', this.cloud, ...args], {
                    timeoutMs: this.timeoutMs,
                    env: this.env,
                    label: 'openstack',
                });
                return result.stdout;
            }
            catch (err) {
                if (!(err instanceof command/* CommandError */.Qd) || err.cancelled || err.code !== undefined)
                    throw err;
                const failure = errors/* OpenStackError */.jK.fromCommandError(err, attempt);
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
            if ((0,errors/* isNotFound */.c4)(err))
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
            if ((0,errors/* isNotFound */.c4)(err))
                return undefined;
            throw err;
        }
    }
    // --- key pairs -----------------------------------------------------------------------------------------------------
    /** `keypair create NAME`: Nova generates the key; the CLI prints the PEM private key (even with `-f json`). */
    async keypairCreate(name) {
        const privateKey = await this.raw(['keypair', 'create', name]);
        if (!privateKey.includes('PRIVATE KEY-----')) {
            throw new errors/* OpenStackError */.jK({
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
            if (!(err instanceof errors/* OpenStackError */.jK) || err.httpStatus !== 409)
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
