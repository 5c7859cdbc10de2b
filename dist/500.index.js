export const id = 500;
export const ids = [500,129,57,537];
export const modules = {

/***/ 9500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STAGES: () => (/* binding */ STAGES),
/* harmony export */   STAGE_INPUTS: () => (/* binding */ STAGE_INPUTS),
/* harmony export */   describeStageError: () => (/* binding */ describeStageError),
/* harmony export */   hostDistro: () => (/* binding */ hostDistro),
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   post: () => (/* binding */ post),
/* harmony export */   readPipelineSettings: () => (/* binding */ readPipelineSettings),
/* harmony export */   stageInputs: () => (/* binding */ stageInputs),
/* harmony export */   wiring: () => (/* binding */ wiring)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var _devstack_distro_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2129);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4704);
/* harmony import */ var _runtime_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8806);
/* harmony import */ var _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4634);
/* harmony import */ var _runtime_stage_io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7186);
/* harmony import */ var _cli_version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5537);
/* harmony import */ var _results_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1496);
/* harmony import */ var _runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(542);
/**
 * The root action (`action.yml`): the whole pipeline in one step. setup-devstack → trunk-vm (only for `topology:
 * nested`) → connectivity → publish-results, each stage being the same adapter that runs as its own action, fed
 * from the root's inputs (see {@link STAGE_INPUTS}) and from the outputs of the stages before it. A failed stage
 * skips the stages that need it; publish-results always runs, so the check run shows what happened. `post` runs
 * the stages' post steps in reverse order (connectivity, trunk-vm, setup-devstack).
 */










/** The stages in pipeline order. */
const STAGES = ['setup-devstack', 'trunk-vm', 'connectivity', 'publish-results'];
/**
 * Root input → stage input, per stage. Names are the stages' own unless two stages share a name with different
 * meanings (the VM image vs the pod image, stack.sh's timeout vs the suites').
 */
const STAGE_INPUTS = {
    'setup-devstack': {
        profile: 'profile',
        release: 'release',
        'devstack-ref': 'devstack-ref',
        'kuryr-ref': 'kuryr-ref',
        'dragonflow-ref': 'dragonflow-ref',
        'git-base': 'git-base',
        'local-conf': 'local-conf',
        'local-conf-file': 'local-conf-file',
        'admin-password': 'admin-password',
        'ports-pool': 'ports-pool',
        octavia: 'octavia',
        dest: 'dest',
        'stack-user': 'stack-user',
        'stack-timeout-minutes': 'timeout-minutes',
        nat: 'nat',
        cache: 'cache',
        clean: 'clean',
        'force-distro': 'force-distro',
        'allow-fork-pr': 'allow-fork-pr',
    },
    'trunk-vm': {
        'vm-image': 'image',
        'vm-image-url': 'image-url',
        'vm-flavor': 'flavor',
        'vm-ssh-user': 'ssh-user',
        'vm-boot-timeout-minutes': 'boot-timeout-minutes',
        'overcloud-local-conf': 'overcloud-local-conf',
        'overcloud-local-conf-file': 'overcloud-local-conf-file',
        'overcloud-service-host': 'overcloud-service-host',
        'overcloud-timeout-minutes': 'overcloud-timeout-minutes',
        'overcloud-release': 'overcloud-release',
        'overcloud-kuryr-conf': 'overcloud-kuryr-conf',
        'admin-password': 'admin-password',
        'git-base': 'git-base',
        keep: 'keep',
    },
    connectivity: {
        suites: 'suites',
        namespace: 'namespace',
        'pod-image': 'image',
        replicas: 'replicas',
        filter: 'filter',
        repeat: 'repeat',
        'connectivity-timeout-minutes': 'timeout-minutes',
        'external-target': 'external-target',
    },
    'publish-results': {
        'check-name': 'name',
        'github-token': 'token',
        'publish-mode': 'mode',
        'fail-on': 'fail-on',
        'annotations-limit': 'annotations-limit',
    },
};
/**
 * Reads `topology` and `leg`. The leg defaults to `$KDF_LEG`, then to `<distro>/<topology>` with the distro read
 * from os-release (`KDF_OS_RELEASE` or /etc/os-release; `ID-VERSION_ID` when the toolkit does not know it).
 */
function readPipelineSettings(inputs, env = process.env, readOsRelease = () => readTextOrUndefined(env.KDF_OS_RELEASE || '/etc/os-release')) {
    const topology = inputs.getOptionalInput('topology', 'baremetal');
    if (topology !== 'baremetal' && topology !== 'nested') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'topology' must be baremetal or nested (got '${topology}').`, 'topology');
    }
    const leg = inputs.getOptionalInput('leg', '').trim() || env[_results_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .LEG_ENV */ .n8]?.trim() || `${hostDistro(readOsRelease())}/${topology}`;
    if (/[\r\n]/.test(leg) || leg.length > 100) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'leg' must be one line of at most 100 characters.`, 'leg');
    }
    return { topology, leg };
}
/** The toolkit's id of the distro in os-release content (`ubuntu-18.04`), or `ID-VERSION_ID`, or `unknown`. */
function hostDistro(osRelease) {
    if (osRelease === undefined)
        return 'unknown';
    try {
        return (0,_devstack_distro_js__WEBPACK_IMPORTED_MODULE_2__/* .distroFromOsRelease */ .lI)(osRelease).id;
    }
    catch {
        const f = (0,_devstack_distro_js__WEBPACK_IMPORTED_MODULE_2__/* .parseOsReleaseFields */ .Ec)(osRelease);
        return [f.ID, f.VERSION_ID].filter(Boolean).join('-') || 'unknown';
    }
}
const readTextOrUndefined = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
};
/** One stage's inputs: its share of the root inputs (empty ones left out) plus values wired from earlier stages. */
function stageInputs(stage, root, wired = {}) {
    const values = {};
    for (const [rootName, stageName] of Object.entries(STAGE_INPUTS[stage])) {
        const v = root(rootName);
        if (v !== undefined && v !== '')
            values[stageName] = v;
    }
    for (const [name, v] of Object.entries(wired))
        if (v !== undefined && v !== '')
            values[name] = v;
    return values;
}
/** The values a stage takes from the ones before it (field guide §5: the trunk VM lives in the demo project). */
function wiring(stage, topology, outputs, root) {
    const setup = outputs['setup-devstack'] ?? {};
    switch (stage) {
        case 'setup-devstack':
            return {};
        case 'trunk-vm':
            return {
                'os-cloud': 'devstack',
                'clouds-yaml': setup['clouds-yaml'],
                overcloud: 'true',
                'devstack-dir': `${root('dest') || '/opt/stack'}/devstack`,
            };
        case 'connectivity':
            return {
                mode: topology,
                kubeconfig: topology === 'nested' ? outputs['trunk-vm']?.['overcloud-kubeconfig'] : setup.kubeconfig,
                'os-cloud': 'devstack-admin',
                'results-dir': (0,_runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resultsDir */ .o1)(),
            };
        case 'publish-results':
            // every stage's results JSON in the one directory (pipeline.json is always there); not connectivity's JUnit,
            // which holds the same cases again (for other tools) and would count them twice
            return { results: `${(0,_runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resultsDir */ .o1)()}/*.json` };
    }
}
/** How publish-results words a failure to publish (as opposed to failed results, `fail-on`). */
const PUBLISH_ERROR = 'Publishing the check run failed';
const MODULES = {
    'setup-devstack': () => Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(608), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 450)),
    'trunk-vm': () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(608), __webpack_require__.e(723), __webpack_require__.e(12)]).then(__webpack_require__.bind(__webpack_require__, 9012)),
    connectivity: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(723), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 3123)),
    'publish-results': async () => {
        const mod = await Promise.all(/* import() */[__webpack_require__.e(527), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 2566));
        return {
            main: (io) => mod.main(io
                ? {
                    inputs: io.inputs,
                    setOutput: (n, v) => io.setOutput(n, v),
                    // Failed results already failed their own stage: only a failure to publish fails this one.
                    setFailed: (m) => (m.startsWith(PUBLISH_ERROR) ? io.setFailed(m) : _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`publish-results: ${m}`)),
                }
                : {}),
        };
    },
};
const rootInput = (name) => (0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsInputSource */ .xq)(name);
/** A stage's error in the root action's words: a stage input named in a ConfigurationError gets its root name. */
function describeStageError(stage, err) {
    const message = (0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(err);
    if (!(err instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1) || err.input === undefined)
        return message;
    const root = Object.entries(STAGE_INPUTS[stage]).find(([, own]) => own === err.input)?.[0];
    return root === undefined || root === err.input ? message : `${message} (root action input '${root}')`;
}
/** The main step: every stage in order; the step fails when any stage failed. */
async function main() {
    const { topology, leg } = readPipelineSettings(new _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0(_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsInputSource */ .xq));
    // Every stage's results document is labelled with the leg (ResultsWriter reads it from the environment).
    process.env[_results_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .LEG_ENV */ .n8] = leg;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`leg ${leg}`);
    const outputs = {};
    const ran = [];
    const failed = [];
    // The results of every stage go to one directory, which publish-results reads; pipeline.json (one case per
    // stage) is written first, so the check run tells which stage failed or was skipped even if none wrote results.
    process.env.KDF_RESULTS_DIR = (0,_runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resultsDir */ .o1)();
    const results = await _results_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .ResultsWriter */ .QU.open((0,_runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resultsPathFor */ .tM)('pipeline'), { toolVersion: _cli_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x, stage: 'pipeline' });
    const cancel = watchCancellation(results);
    for (const stage of STAGES) {
        if (stage === 'trunk-vm' && topology !== 'nested')
            continue;
        if (cancel.exiting)
            await cancel.exiting;
        if (cancel.signal !== undefined) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`${stage}: skipped, the run was cancelled`);
            await results.addCase({ id: stage, name: stage, suite: 'pipeline', status: 'skipped', message: 'cancelled' });
            continue;
        }
        const blocked = stage !== 'publish-results' && failed.length > 0;
        if (blocked) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`${stage}: skipped, ${failed[0]} failed`);
            await results.addCase({
                id: stage,
                name: stage,
                suite: 'pipeline',
                status: 'skipped',
                message: `${failed[0]} failed`,
            });
            continue;
        }
        if (stage === 'publish-results')
            await results.finish(failed.length > 0 ? 'failed' : 'passed');
        const io = new _runtime_stage_io_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineStageIO */ .X(stage, new _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .recordInputSource */ .BE)(stageInputs(stage, rootInput, wiring(stage, topology, outputs, rootInput)))));
        ran.push(stage);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState('pipeline.ran', ran.join(','));
        if (stage === 'connectivity' && outputs['setup-devstack']?.['clouds-yaml']) {
            process.env.OS_CLIENT_CONFIG_FILE = outputs['setup-devstack']['clouds-yaml'];
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(`▶ ${stage}`);
        const t0 = Date.now();
        cancel.current = stage;
        try {
            await (await MODULES[stage]()).main(io);
        }
        catch (err) {
            io.setFailed(describeStageError(stage, err));
        }
        finally {
            cancel.current = undefined;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
        }
        // Cancelled in a stage that cannot stop itself: the process is exiting; record nothing more.
        if (cancel.exiting)
            await cancel.exiting;
        outputs[stage] = io.outputs;
        for (const [name, value] of Object.entries(io.outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(`${stage}-${name}`, value);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${stage}: ${io.failure ? `failed (${io.failure.split('\n')[0]})` : 'done'} in ${Math.round((Date.now() - t0) / 1000)} s`);
        if (io.failure)
            failed.push(stage);
        if (stage !== 'publish-results') {
            // No duration: the stage's own cases carry it, and publish-results sums every case's duration.
            await results.addCase({
                id: stage,
                name: stage,
                suite: 'pipeline',
                status: io.failure ? 'failed' : 'passed',
                message: io.failure?.split('\n')[0],
            });
        }
    }
    cancel.dispose();
    // publish-results finished pipeline.json before it ran; a cancelled run never got there
    if (!ran.includes('publish-results'))
        await results.finish(cancel.signal !== undefined || failed.length > 0 ? 'failed' : 'passed');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('results-dir', (0,_runtime_action_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resultsDir */ .o1)());
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('topology', topology);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput('leg', leg);
    if (cancel.signal !== undefined)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`cancelled (${cancel.signal})`);
    else if (failed.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`failed stage(s): ${failed.join(', ')}`);
}
/** Stages that stop their own work on SIGINT/SIGTERM and return (setup-devstack ends stack.sh's process group). */
const STOPS_ITSELF = new Set(['setup-devstack']);
/**
 * The runner cancels a step with SIGINT (then SIGTERM, then SIGKILL). A stage that stops itself is left to do so,
 * and the stages after it are skipped. Any other stage has no cancellation of its own: as a standalone action it
 * would simply die, so the pipeline records the cancellation in pipeline.json and exits with 130; the post step,
 * which the runner still runs, cleans up what the stages made.
 */
function watchCancellation(results) {
    const state = {
        signal: undefined,
        current: undefined,
        exiting: undefined,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
    function onSignal(signal) {
        if (state.signal !== undefined)
            return;
        state.signal = signal;
        const stage = state.current;
        if (stage !== undefined && STOPS_ITSELF.has(stage))
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`${stage ?? 'pipeline'}: cancelled (${signal})`);
        state.exiting = new Promise(() => undefined);
        const exit = () => process.exit(130);
        const recorded = stage === undefined
            ? results.finish('failed')
            : results
                .addCase({ id: stage, name: stage, suite: 'pipeline', status: 'failed', message: `cancelled (${signal})` })
                .then(() => results.finish('failed'));
        // the stage's programs (kubectl, openstack, ssh) lead their own process groups: end them before exiting
        recorded
            .then(() => (0,_runtime_command_js__WEBPACK_IMPORTED_MODULE_4__/* .terminateRunningCommands */ .d8)(), () => (0,_runtime_command_js__WEBPACK_IMPORTED_MODULE_4__/* .terminateRunningCommands */ .d8)())
            .then(exit, exit);
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return state;
}
/** The post step: the stages' post steps in reverse order; one failing does not stop the others. */
async function post() {
    const ran = (_actions_core__WEBPACK_IMPORTED_MODULE_0__.getState('pipeline.ran') || '')
        .split(',')
        .filter((s) => STAGES.includes(s));
    const errors = [];
    for (const stage of [...ran].reverse()) {
        const mod = await MODULES[stage]();
        if (!mod.post)
            continue;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.startGroup(`◀ ${stage} (post)`);
        try {
            await mod.post(new _runtime_stage_io_js__WEBPACK_IMPORTED_MODULE_6__/* .PipelineStageIO */ .X(stage, new _runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .Inputs */ .G0((0,_runtime_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .recordInputSource */ .BE)({}))));
        }
        catch (err) {
            errors.push(`${stage}: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(err)}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`${stage} post: ${(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .getErrorMessage */ .u1)(err)}`);
        }
        finally {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.endGroup();
        }
    }
    if (errors.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(`post failed for: ${errors.map((e) => e.split(':')[0]).join(', ')}`);
}


/***/ }),

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The toolkit version, kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 2129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ parseOsReleaseFields),
/* harmony export */   M4: () => (/* binding */ devstackAcceptsDistro),
/* harmony export */   el: () => (/* binding */ parseDistroId),
/* harmony export */   lI: () => (/* binding */ distroFromOsRelease)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4704);
/**
 * Distro identification as DevStack's `GetDistro` does it (field guide §4.1): the codename on Ubuntu/Debian,
 * `f<release>` on Fedora, `rhel<major>` on RHEL-likes. Input is /etc/os-release content or a short id.
 */

const UBUNTU = {
    '14.04': 'trusty',
    '16.04': 'xenial',
    '17.10': 'artful',
    '18.04': 'bionic',
    '20.04': 'focal',
    '22.04': 'jammy',
    '24.04': 'noble',
    '26.04': 'resolute',
};
const DEBIAN = {
    '7': 'wheezy',
    '8': 'jessie',
    '9': 'stretch',
    '10': 'buster',
    '11': 'bullseye',
    '12': 'bookworm',
    '13': 'trixie',
};
const RHEL_LIKE = new Set(['rhel', 'centos', 'rocky', 'almalinux', 'ol']);
const invert = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
function make(family, version) {
    switch (family) {
        case 'ubuntu':
            return {
                id: `ubuntu-${version}`,
                family,
                version,
                devstackName: UBUNTU[version] ?? version,
                packageManager: 'apt',
            };
        case 'debian':
            return {
                id: `debian-${version}`,
                family,
                version,
                devstackName: DEBIAN[version] ?? version,
                packageManager: 'apt',
            };
        case 'fedora':
            return { id: `fedora-${version}`, family, version, devstackName: `f${version}`, packageManager: 'dnf' };
        case 'rhel': {
            const major = version.split('.')[0] ?? version;
            return { id: `rhel-${major}`, family, version: major, devstackName: `rhel${major}`, packageManager: 'dnf' };
        }
        case 'opensuse':
            return {
                id: `opensuse-${version}`,
                family,
                version,
                devstackName: `opensuse-${version}`,
                packageManager: 'zypper',
            };
    }
}
/** Parses KEY=value lines of /etc/os-release (values may be quoted). */
function parseOsReleaseFields(content) {
    const out = {};
    for (const line of content.split('\n')) {
        const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
        if (!m)
            continue;
        out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    return out;
}
/** Identifies the distro from /etc/os-release content. Throws ConfigurationError for an unknown one. */
function distroFromOsRelease(content) {
    const f = parseOsReleaseFields(content);
    const id = (f.ID ?? '').toLowerCase();
    const version = f.VERSION_ID ?? '';
    if (id === 'ubuntu')
        return make('ubuntu', version);
    if (id === 'debian')
        return make('debian', version.split('.')[0] ?? version);
    if (id === 'fedora')
        return make('fedora', version);
    if (RHEL_LIKE.has(id))
        return make('rhel', version);
    if (id.startsWith('opensuse'))
        return make('opensuse', id === 'opensuse-tumbleweed' ? 'tumbleweed' : version);
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unsupported distro in /etc/os-release: ID=${id || '(none)'} VERSION_ID=${version || '(none)'}. ` +
        'DevStack runs on Ubuntu, Debian, Fedora, RHEL-likes and openSUSE.', 'distro');
}
/**
 * Parses a distro given by the user: `ubuntu-18.04`, `fedora-31`, `debian-10`, `rhel-8`/`centos-8`, or DevStack's
 * own names (`bionic`, `f31`, `rhel8`).
 */
function parseDistroId(value) {
    const v = value.trim().toLowerCase();
    let m = /^(ubuntu|debian|fedora|rhel|centos|rocky|almalinux|opensuse)[-_ ]?([\w.]+)$/.exec(v);
    if (m) {
        const fam = m[1];
        const ver = m[2];
        if (fam === 'ubuntu' && UBUNTU[ver])
            return make('ubuntu', ver);
        if (fam === 'debian' && DEBIAN[ver])
            return make('debian', ver);
        if (fam === 'fedora' && /^\d+$/.test(ver))
            return make('fedora', ver);
        if ((RHEL_LIKE.has(fam) || fam === 'rhel') && /^\d+(\.\d+)?$/.test(ver))
            return make('rhel', ver);
        if (fam === 'opensuse')
            return make('opensuse', ver);
    }
    const ubuntuByName = invert(UBUNTU)[v];
    if (ubuntuByName)
        return make('ubuntu', ubuntuByName);
    const debianByName = invert(DEBIAN)[v];
    if (debianByName)
        return make('debian', debianByName);
    m = /^f(\d+)$/.exec(v);
    if (m)
        return make('fedora', m[1]);
    m = /^rhel(\d+)$/.exec(v);
    if (m)
        return make('rhel', m[1]);
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Unknown distro '${value}'. Use ubuntu-<version> (e.g. ubuntu-18.04), fedora-<release> (e.g. fedora-31), ` +
        'debian-<major>, rhel-<major>, or DevStack names such as bionic, f31, rhel8.', 'distro');
}
/** Whether stack.sh's unanchored `[[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]` check passes (§4.1). */
function devstackAcceptsDistro(supportedDistros, distro) {
    return new RegExp(supportedDistros).test(distro.devstackName);
}


/***/ })

};
