export const id = 702;
export const ids = [702];
export const modules = {

/***/ 1039:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   js: () => (/* binding */ readConnectivitySettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_IMAGE, generateNamespace */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4704);
/**
 * actions/connectivity's settings: every input parsed once into a typed object, shared by the action and
 * `kdf connectivity`. User mistakes throw a ConfigurationError naming the input.
 */


/** The default image (field guide §7.3). */
const DEFAULT_IMAGE = 'quay.io/kuryr/demo';
/** A namespace name unique per run. */
function generateNamespace() {
    return `kdf-conn-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')}`;
}
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Reads and validates every input. */
function readConnectivitySettings(inputs, env = process.env) {
    const given = inputs.getOptionalInput('namespace');
    if (given !== undefined && (!DNS_LABEL.test(given) || given.length > 63)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'namespace' must be a DNS label (lowercase letters, digits, '-'; got '${given}').`, 'namespace');
    }
    const execMode = env.KDF_CONNECTIVITY_EXEC_MODE ?? 'batched';
    if (execMode !== 'batched' && execMode !== 'per-probe') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`KDF_CONNECTIVITY_EXEC_MODE must be batched or per-probe (got '${execMode}').`, 'KDF_CONNECTIVITY_EXEC_MODE');
    }
    const suites = inputs.getListInput('suites');
    return {
        suites: suites.length > 0 ? suites : ['basic'],
        kubeconfig: inputs.getOptionalInput('kubeconfig'),
        cloud: inputs.getOptionalInput('os-cloud', 'devstack-admin'),
        namespace: given ?? generateNamespace(),
        generatedNamespace: given === undefined,
        image: inputs.getOptionalInput('image', DEFAULT_IMAGE),
        replicas: inputs.getIntegerInput('replicas', { min: 1, max: 200 }, 2),
        mode: inputs.getEnumInput('mode', ['baremetal', 'nested'], 'baremetal'),
        filter: inputs.getListInput('filter'),
        repeat: inputs.getIntegerInput('repeat', { min: 1, max: 100 }),
        timeoutMs: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 30) * 60_000,
        resultsDir: inputs.getOptionalInput('results-dir'),
        externalTarget: inputs.getOptionalInput('external-target'),
        execMode,
    };
}


/***/ }),

/***/ 5812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $K: () => (/* binding */ SuiteError),
  gW: () => (/* binding */ filterScenarios),
  _k: () => (/* binding */ loadSuites),
  V2: () => (/* binding */ substitute)
});

// UNUSED EXPORTS: BUILTIN_SUITES, builtinSuitesDir, parseSuite, suiteSchema

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
;// CONCATENATED MODULE: ./schemas/suite.schema.json
const suite_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://kuryr-dragonflow-actions.invalid/schemas/suite.schema.json","title":"kuryr-dragonflow-actions connectivity suite","description":"A declarative connectivity suite for actions/connectivity and `kdf connectivity`: the workload to deploy, the state to wait for, and the scenarios to prove (resource states and probes), each reported as one test case at its line.","type":"object","additionalProperties":false,"required":["name","scenarios"],"properties":{"$schema":{"title":"Schema reference","description":"Optional pointer to this schema for editors.","type":"string"},"name":{"title":"Suite name","description":"Kebab-case name; the JUnit classname and the prefix of every case id.","type":"string","pattern":"^[a-z][a-z0-9]*(-[a-z0-9]+)*$"},"description":{"title":"Description","description":"What the suite proves.","type":"string"},"tags":{"$ref":"#/$defs/tags"},"modes":{"title":"Modes","description":"Deployment modes the suite applies to; in another mode every scenario is reported as skipped.","type":"array","items":{"enum":["baremetal","nested"]},"minItems":1,"uniqueItems":true},"variables":{"title":"Variables","description":"Defaults of the ${name} variables used in scenario targets. Inputs (e.g. external-target) override them.","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9-]*$"},"additionalProperties":{"type":"string"}},"workload":{"$ref":"#/$defs/workload"},"waits":{"$ref":"#/$defs/waits"},"repeat":{"title":"Repeat","description":"Run every probe scenario this many times; a scenario that fails then passes is reported as flaky.","type":"integer","minimum":1,"maximum":100},"scenarios":{"title":"Scenarios","description":"The checks, in order. Each becomes one case; a failing one is annotated at its line.","type":"array","minItems":1,"items":{"$ref":"#/$defs/scenario"}}},"$defs":{"tags":{"title":"Tags","description":"Labels the filter input can select on (tag:NAME).","type":"array","items":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"uniqueItems":true},"duration":{"title":"Duration","description":"A duration such as 500ms, 30s, 5m or 1h30m.","type":"string","pattern":"^(\\\\d+(ms|s|m|h))+$"},"workload":{"title":"Workload","description":"The demo deployment (and its services) the scenarios probe. Deployed with kubectl apply in the run\'s namespace.","type":"object","additionalProperties":false,"properties":{"name":{"title":"Deployment name","description":"Name of the deployment and the app label of its pods (default demo).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},"image":{"title":"Image","description":"Container image; default: the image input (quay.io/kuryr/demo). It must answer like the kuryr demo server.","type":"string","minLength":1},"replicas":{"title":"Replicas","description":"Pods to run; default: the replicas input.","type":"integer","minimum":1,"maximum":200},"scaleFrom":{"title":"Scale from","description":"Deploy this many replicas first, wait, then scale to replicas (the seed\'s deploy-then-scale procedure).","type":"integer","minimum":1},"placement":{"title":"Placement","description":"spread: required anti-affinity is not set but pods spread over nodes by the scheduler; any: no preference.","enum":["spread","any"]},"services":{"title":"Services","description":"Services exposing the deployment (ClusterIP); Kuryr backs each with an Octavia load balancer <ns>/<svc>.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","port"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]*[a-z0-9])?$","description":"Service name."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Service port."},"targetPort":{"type":"integer","minimum":1,"maximum":65535,"description":"Container port (default: port)."},"protocol":{"enum":["TCP","UDP"],"description":"Default TCP."}}}}}},"waits":{"title":"Waits","description":"Bounded polling budgets before probing (never sleeps).","type":"object","additionalProperties":false,"properties":{"deployment":{"$ref":"#/$defs/duration","description":"Deployment ready, pods Running with IPs (default 5m)."},"ports":{"$ref":"#/$defs/duration","description":"One ACTIVE Neutron port per pod (default 2m)."},"loadBalancer":{"$ref":"#/$defs/duration","description":"Load balancer, listeners, pools ACTIVE and member count == ready pods (default 20m: amphorae are slow)."},"interval":{"$ref":"#/$defs/duration","description":"Time between polls (default 2s)."}}},"expect":{"title":"Expectation","description":"What every probe of the scenario must observe.","type":"object","additionalProperties":false,"properties":{"outcome":{"title":"Outcome","description":"ok (default), timeout (curl 28 / no reply: dropped), refused (curl 7), http-error (curl 22), resolve (curl 6) or any.","enum":["ok","timeout","refused","http-error","resolve","any"]},"body":{"title":"Body regex","description":"Regex the first line of the reply must match (default: the demo server\'s `<pod>: HELLO! I AM ALIVE!!!`; only for outcome ok).","type":"string"},"everyBackend":{"title":"Every backend answers","description":"pod-to-service: the distinct pod names seen over requestsPerBackend x N requests must equal the N ready pods.","type":"boolean"},"requestsPerBackend":{"title":"Requests per backend","description":"How many requests per ready pod (default 10, as kuryr-tempest-plugin).","type":"integer","minimum":1,"maximum":100}}},"scenario":{"title":"Scenario","type":"object","additionalProperties":false,"required":["name","kind"],"properties":{"name":{"title":"Name","description":"Unique within the suite; the filter input selects on it.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"kind":{"title":"Kind","description":"state: a resource check; pod-to-pod, pod-to-service, pod-to-external: probes run with kubectl exec.","enum":["state","pod-to-pod","pod-to-service","pod-to-external"]},"tags":{"$ref":"#/$defs/tags"},"check":{"title":"State check","description":"For kind state: which resource state must hold.","enum":["pods-running","pod-ips-in-subnet","pod-ports-active","loadbalancer-active","loadbalancer-members","trunk-subports","network-exists","subnet-exists","security-group-exists","api-loadbalancer"]},"resource":{"title":"Resource","description":"The object a state check looks at: network/subnet/security group name, or the service of a load-balancer check.","type":"string","minLength":1},"cidr":{"title":"CIDR","description":"subnet-exists: the subnet\'s expected CIDR.","type":"string"},"protocol":{"title":"Protocol","description":"http (curl), tcp (curl telnet://: connect only), icmp (ping -c 1), udp (nc -u).","enum":["http","tcp","icmp","udp"]},"port":{"title":"Port","description":"Destination port (pod-to-pod; pod-to-service defaults to the service port).","type":"integer","minimum":1,"maximum":65535},"from":{"title":"From","description":"every-pod (default for pod-to-pod) or one-pod (the first pod by name; default otherwise).","enum":["every-pod","one-pod"]},"to":{"title":"To","description":"pod-to-service: the service name; pod-to-external: host:port or a URL, ${variables} allowed.","type":"string","minLength":1},"placement":{"title":"Pair placement","description":"pod-to-pod: which ordered pairs to probe: any (default), same-node or other-node.","enum":["any","same-node","other-node"]},"expect":{"$ref":"#/$defs/expect"},"repeat":{"title":"Repeat","description":"Overrides the suite\'s repeat.","type":"integer","minimum":1,"maximum":100},"timeouts":{"title":"Probe timeouts","type":"object","additionalProperties":false,"properties":{"connect":{"$ref":"#/$defs/duration","description":"curl --connect-timeout (default 2s)."},"max":{"$ref":"#/$defs/duration","description":"curl --max-time, ping -W, nc -w (default 5s)."}}}},"allOf":[{"if":{"properties":{"kind":{"const":"state"}}},"then":{"required":["check"]}},{"if":{"properties":{"kind":{"enum":["pod-to-pod","pod-to-service","pod-to-external"]}}},"then":{"required":["protocol"]}},{"if":{"properties":{"kind":{"const":"pod-to-service"}}},"then":{"required":["to"]}},{"if":{"properties":{"kind":{"const":"pod-to-external"}}},"then":{"required":["to"]}}]}}}');
// EXTERNAL MODULE: ./build/runtime/duration.js
var duration = __webpack_require__(5027);
// EXTERNAL MODULE: ./build/runtime/errors.js
var errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./build/workflow-lint/yaml-source.js
/**
 * YAML parsing that keeps source positions, shared by the schema and run-expression rules.
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
/** The rule id of YAML syntax errors. */
const YAML_SYNTAX_RULE = 'yaml-syntax';
/**
 * One finding per YAML syntax error of a parsed file.
 * @param src the parsed source
 * @returns the findings (empty when the document parsed cleanly)
 */
function yamlSyntaxFindings(src) {
    return src.doc.errors.map((err) => ({
        file: src.file,
        ...position(src, err.pos[0]),
        rule: YAML_SYNTAX_RULE,
        message: err.message.split('\n')[0] ?? err.code,
    }));
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
/** Rules the schema cannot express: unique scenario names, parsable durations and regexes, services that exist. */
function semanticProblems(src, doc) {
    const out = [];
    const at = (path, message) => {
        const { node } = nodeAt(src, path);
        out.push({ file: src.file, ...nodePosition(src, node), message });
    };
    const names = new Set();
    const services = new Set((doc.workload?.services ?? []).map((s) => s.name));
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
        if (s.kind === 'pod-to-service' && s.to !== undefined && !services.has(s.to)) {
            at(['scenarios', i, 'to'], `service '${s.to}' is not one of workload.services`);
        }
        if (s.kind !== 'state' && s.kind !== 'pod-to-external' && !workload) {
            at(['scenarios', i, 'kind'], `a ${s.kind} scenario needs a workload`);
        }
        if (s.kind === 'pod-to-pod' && s.port === undefined && s.protocol !== 'icmp') {
            at(['scenarios', i], `a ${s.protocol ?? ''} pod-to-pod scenario needs a port`);
        }
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


/***/ })

};
