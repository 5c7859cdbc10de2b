export const id = 513;
export const ids = [513,365];
export const modules = {

/***/ 8513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STAGES: () => (/* binding */ STAGES),
  STAGE_INPUTS: () => (/* binding */ STAGE_INPUTS),
  describeStageError: () => (/* binding */ describeStageError),
  hostDistro: () => (/* binding */ hostDistro),
  main: () => (/* binding */ main),
  post: () => (/* binding */ post),
  readPipelineSettings: () => (/* binding */ readPipelineSettings),
  stageInputs: () => (/* binding */ stageInputs),
  wiring: () => (/* binding */ wiring)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/devstack/distro.js
var distro = __webpack_require__(2129);
// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(4704);
// EXTERNAL MODULE: ./build/runtime/command.js
var command = __webpack_require__(8806);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(7186);
// EXTERNAL MODULE: ./build/cli/version.js
var version = __webpack_require__(5537);
// EXTERNAL MODULE: ./build/results/writer.js + 3 modules
var writer = __webpack_require__(1496);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(542);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(6210);
// EXTERNAL MODULE: ./build/devstack/fragment-file.js
var fragment_file = __webpack_require__(8629);
// EXTERNAL MODULE: ./build/devstack/setup/settings.js
var setup_settings = __webpack_require__(9365);
// EXTERNAL MODULE: ./build/kube/settings.js
var settings = __webpack_require__(1039);
// EXTERNAL MODULE: ./build/kube/suite.js + 2 modules
var suite = __webpack_require__(5812);
// EXTERNAL MODULE: ./build/openstack/trunk-vm-settings.js + 1 modules
var trunk_vm_settings = __webpack_require__(8865);
// EXTERNAL MODULE: ./build/actions/publish-results.js + 21 modules
var publish_results = __webpack_require__(5743);
;// CONCATENATED MODULE: ./build/actions/pipeline-validate.js
/**
 * The root action's up-front check: every stage's settings are read from the root inputs before the first stage
 * starts, so a bad input of any stage (even one that a failure or the topology would skip) fails the step at once,
 * in one line naming the root input the user wrote, before anything is installed, created or published.
 */









/** The root name of a stage input, or `undefined` when the root does not pass that input through. */
function rootNameOf(stage, stageInput) {
    return Object.entries(STAGE_INPUTS[stage]).find(([, own]) => own === stageInput)?.[0];
}
/**
 * A stage's ConfigurationError in the root action's words: `Input 'timeout-minutes'` of connectivity becomes
 * `Input 'connectivity-timeout-minutes'`, and the error's `input` is the root name. An error about an input the root
 * does not pass through (wired from another stage) keeps its words and says which stage it came from.
 */
function inRootTerms(stage, err) {
    const own = err.input;
    const root = own === undefined ? undefined : rootNameOf(stage, own);
    if (own === undefined || root === undefined)
        return err;
    if (root === own)
        return err;
    const quoted = `Input '${own}'`;
    const message = err.message.includes(quoted)
        ? err.message.split(quoted).join(`Input '${root}'`)
        : `${err.message} (root action input '${root}')`;
    return new runtime_errors/* ConfigurationError */.j1(message, root);
}
/** The first line of a (possibly multi-line) message, saying how many more lines there were. */
function oneLine(message) {
    const lines = message.split('\n').filter((l) => l.trim() !== '');
    const first = lines[0] ?? message;
    return lines.length > 1 ? `${first} (and ${lines.length - 1} more line(s))` : first;
}
/** Placeholder for `vm-image` when trunk-vm will not run: its other inputs are still checked. */
const UNUSED_VM_IMAGE = 'unused-without-nested-topology';
/** Reads one stage's settings (and the files they name) exactly as the stage will, without running anything. */
function checkStage(stage, topology, root, workspace) {
    const values = stageInputs(stage, root, wiring(stage, topology, {}, root));
    const inputs = new runtime_inputs/* Inputs */.G0((0,runtime_inputs/* recordInputSource */.BE)(values));
    switch (stage) {
        case 'setup-devstack': {
            const settings = (0,setup_settings/* readSetupSettings */.Bf)(inputs);
            if (settings.localConfFile)
                (0,fragment_file/* readFragmentFile */.L)(workspace, settings.localConfFile, 'local-conf-file');
            return;
        }
        case 'trunk-vm':
            // Without `topology: nested` trunk-vm never runs and `vm-image` is not needed; every other input still counts.
            if (topology !== 'nested' && values.image === undefined)
                values.image = UNUSED_VM_IMAGE;
            (0,trunk_vm_settings/* readTrunkVmSettings */.Vk)(inputs, workspace, { beforeStack: true });
            return;
        case 'connectivity':
            (0,suite/* loadSuites */._k)((0,settings/* readConnectivitySettings */.js)(inputs).suites, workspace);
            return;
        case 'publish-results':
            (0,publish_results.readSettings)(inputs);
            return;
    }
}
/**
 * Checks every stage's inputs, in pipeline order, before any stage runs.
 * @param topology the root's `topology`
 * @param root the root action's inputs
 * @param workspace where relative files (local-conf-file, suite files) are read from
 * @throws ConfigurationError with a one-line message naming the root input, for the first bad input found
 */
function validatePipelineInputs(topology, root, workspace) {
    for (const stage of STAGES) {
        try {
            checkStage(stage, topology, root, workspace);
        }
        catch (err) {
            if (!(err instanceof runtime_errors/* ConfigurationError */.j1))
                throw err;
            const named = inRootTerms(stage, err);
            throw new runtime_errors/* ConfigurationError */.j1(`${stage}: ${oneLine(named.message)}`, named.input);
        }
    }
}

;// CONCATENATED MODULE: ./build/actions/pipeline.js
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
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'topology' must be baremetal or nested (got '${topology}').`, 'topology');
    }
    const leg = inputs.getOptionalInput('leg', '').trim() || env[writer/* LEG_ENV */.n8]?.trim() || `${hostDistro(readOsRelease())}/${topology}`;
    if (/[\r\n]/.test(leg) || leg.length > 100) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'leg' must be one line of at most 100 characters.`, 'leg');
    }
    return { topology, leg };
}
/** The toolkit's id of the distro in os-release content (`ubuntu-18.04`), or `ID-VERSION_ID`, or `unknown`. */
function hostDistro(osRelease) {
    if (osRelease === undefined)
        return 'unknown';
    try {
        return (0,distro/* distroFromOsRelease */.lI)(osRelease).id;
    }
    catch {
        const f = (0,distro/* parseOsReleaseFields */.Ec)(osRelease);
        return [f.ID, f.VERSION_ID].filter(Boolean).join('-') || 'unknown';
    }
}
const readTextOrUndefined = (path) => {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
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
                'results-dir': (0,action_io/* resultsDir */.o1)(),
            };
        case 'publish-results':
            // every stage's results JSON in the one directory (pipeline.json is always there); not connectivity's JUnit,
            // which holds the same cases again (for other tools) and would count them twice
            return { results: `${(0,action_io/* resultsDir */.o1)()}/*.json` };
    }
}
/** How publish-results words a failure to publish (as opposed to failed results, `fail-on`). */
const PUBLISH_ERROR = 'Publishing the check run failed';
const MODULES = {
    'setup-devstack': () => Promise.all(/* import() */[__webpack_require__.e(641), __webpack_require__.e(749)]).then(__webpack_require__.bind(__webpack_require__, 5749)),
    'trunk-vm': () => __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 2477)),
    connectivity: () => __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 40)),
    'publish-results': async () => {
        const mod = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5743));
        return {
            main: (io) => mod.main(io
                ? {
                    inputs: io.inputs,
                    setOutput: (n, v) => io.setOutput(n, v),
                    // Failed results already failed their own stage: only a failure to publish fails this one.
                    setFailed: (m) => (m.startsWith(PUBLISH_ERROR) ? io.setFailed(m) : core.info(`publish-results: ${m}`)),
                }
                : {}),
        };
    },
};
const rootInput = (name) => (0,runtime_inputs/* actionsInputSource */.xq)(name);
/** A stage's error in the root action's words: a stage input named in a ConfigurationError gets its root name. */
function describeStageError(stage, err) {
    return err instanceof runtime_errors/* ConfigurationError */.j1 ? inRootTerms(stage, err).message : (0,runtime_errors/* getErrorMessage */.u1)(err);
}
/**
 * The root's own settings, once every stage's inputs passed; `undefined` when one did not: the step has failed
 * with one line naming the root input, and exits 2 (as kdf does for a configuration error), nothing having run.
 */
function checkRootInputs() {
    try {
        const settings = readPipelineSettings(new runtime_inputs/* Inputs */.G0(runtime_inputs/* actionsInputSource */.xq));
        validatePipelineInputs(settings.topology, rootInput, process.env.GITHUB_WORKSPACE ?? process.cwd());
        return settings;
    }
    catch (err) {
        if (!(err instanceof runtime_errors/* ConfigurationError */.j1))
            throw err;
        core.setFailed(secrets/* defaultMasker */.JC.mask(err.message));
        process.exitCode = 2;
        return undefined;
    }
}
/**
 * The main step: every stage's inputs checked up front (a bad one fails the step before anything runs), then every
 * stage in order; the step fails when any stage failed.
 */
async function main() {
    const settings = checkRootInputs();
    if (settings === undefined)
        return;
    const { topology, leg } = settings;
    // Every stage's results document is labelled with the leg (ResultsWriter reads it from the environment).
    process.env[writer/* LEG_ENV */.n8] = leg;
    core.info(`leg ${leg}`);
    const outputs = {};
    const ran = [];
    const failed = [];
    // The results of every stage go to one directory, which publish-results reads; pipeline.json (one case per
    // stage) is written first, so the check run tells which stage failed or was skipped even if none wrote results.
    process.env.KDF_RESULTS_DIR = (0,action_io/* resultsDir */.o1)();
    const results = await writer/* ResultsWriter */.QU.open((0,action_io/* resultsPathFor */.tM)('pipeline'), { toolVersion: version/* VERSION */.x, stage: 'pipeline' });
    const cancel = watchCancellation(results);
    for (const stage of STAGES) {
        if (stage === 'trunk-vm' && topology !== 'nested')
            continue;
        if (cancel.exiting)
            await cancel.exiting;
        if (cancel.signal !== undefined) {
            core.notice(`${stage}: skipped, the run was cancelled`);
            await results.addCase({ id: stage, name: stage, suite: 'pipeline', status: 'skipped', message: 'cancelled' });
            continue;
        }
        const blocked = stage !== 'publish-results' && failed.length > 0;
        if (blocked) {
            core.notice(`${stage}: skipped, ${failed[0]} failed`);
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
        const io = new stage_io/* PipelineStageIO */.X(stage, new runtime_inputs/* Inputs */.G0((0,runtime_inputs/* recordInputSource */.BE)(stageInputs(stage, rootInput, wiring(stage, topology, outputs, rootInput)))));
        ran.push(stage);
        core.saveState('pipeline.ran', ran.join(','));
        if (stage === 'connectivity' && outputs['setup-devstack']?.['clouds-yaml']) {
            process.env.OS_CLIENT_CONFIG_FILE = outputs['setup-devstack']['clouds-yaml'];
        }
        core.startGroup(`▶ ${stage}`);
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
            core.endGroup();
        }
        // Cancelled in a stage that cannot stop itself: the process is exiting; record nothing more.
        if (cancel.exiting)
            await cancel.exiting;
        outputs[stage] = io.outputs;
        for (const [name, value] of Object.entries(io.outputs))
            core.setOutput(`${stage}-${name}`, value);
        core.info(`${stage}: ${io.failure ? `failed (${io.failure.split('\n')[0]})` : 'done'} in ${Math.round((Date.now() - t0) / 1000)} s`);
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
    core.setOutput('results-dir', (0,action_io/* resultsDir */.o1)());
    core.setOutput('topology', topology);
    core.setOutput('leg', leg);
    if (cancel.signal !== undefined)
        core.setFailed(`cancelled (${cancel.signal})`);
    else if (failed.length > 0)
        core.setFailed(`failed stage(s): ${failed.join(', ')}`);
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
        core.error(`${stage ?? 'pipeline'}: cancelled (${signal})`);
        state.exiting = new Promise(() => undefined);
        const exit = () => process.exit(130);
        const recorded = stage === undefined
            ? results.finish('failed')
            : results
                .addCase({ id: stage, name: stage, suite: 'pipeline', status: 'failed', message: `cancelled (${signal})` })
                .then(() => results.finish('failed'));
        // the stage's programs (kubectl, openstack, ssh) lead their own process groups: end them before exiting
        recorded
            .then(() => (0,command/* terminateRunningCommands */.d8)(), () => (0,command/* terminateRunningCommands */.d8)())
            .then(exit, exit);
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return state;
}
/** The post step: the stages' post steps in reverse order; one failing does not stop the others. */
async function post() {
    const ran = (core.getState('pipeline.ran') || '')
        .split(',')
        .filter((s) => STAGES.includes(s));
    const errors = [];
    for (const stage of [...ran].reverse()) {
        const mod = await MODULES[stage]();
        if (!mod.post)
            continue;
        core.startGroup(`◀ ${stage} (post)`);
        try {
            await mod.post(new stage_io/* PipelineStageIO */.X(stage, new runtime_inputs/* Inputs */.G0((0,runtime_inputs/* recordInputSource */.BE)({}))));
        }
        catch (err) {
            errors.push(`${stage}: ${(0,runtime_errors/* getErrorMessage */.u1)(err)}`);
            core.error(`${stage} post: ${(0,runtime_errors/* getErrorMessage */.u1)(err)}`);
        }
        finally {
            core.endGroup();
        }
    }
    if (errors.length > 0)
        core.setFailed(`post failed for: ${errors.map((e) => e.split(':')[0]).join(', ')}`);
}


/***/ }),

/***/ 9365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ readSetupSettings)
/* harmony export */ });
/* unused harmony exports CACHE_MODES, CLEAN_MODES */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4704);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9418);
/* harmony import */ var _profiles_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9015);
/* harmony import */ var _trains_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7613);
/**
 * setup-devstack's settings: every input parsed once into a typed object, shared by the action and `kdf setup`.
 * User mistakes throw ConfigurationError naming the input.
 */




const CACHE_MODES = ['host', 'actions', 'none'];
const CLEAN_MODES = ['before', 'after', 'both', 'never'];
/** Reads and validates every setup-devstack input (pure: no file, host or network access). */
function readSetupSettings(inputs) {
    const profile = inputs.getEnumInput('profile', Object.keys(_profiles_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILES */ .j), 'dragonflow');
    const release = inputs.getOptionalInput('release');
    if (release !== undefined && !_trains_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAINS */ .G3[release]) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'release' must be one of: ${Object.keys(_trains_js__WEBPACK_IMPORTED_MODULE_3__/* .TRAINS */ .G3).join(', ')} (got '${release}').`, 'release');
    }
    // Refs, git base and password are checked here, under the input names the user wrote, rather than later by the
    // planner (which knows a ref only by its plugin: 'kuryr-kubernetes-ref').
    const ref = (name) => {
        const value = inputs.getOptionalInput(name);
        return value === undefined ? undefined : (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRef */ .__)(value, name);
    };
    const pluginRefs = {};
    const kuryr = ref('kuryr-ref');
    const df = ref('dragonflow-ref');
    if (kuryr)
        pluginRefs['kuryr-kubernetes'] = kuryr;
    if (df)
        pluginRefs.dragonflow = df;
    const pool = inputs.getOptionalInput('ports-pool');
    const gitBase = inputs.getOptionalInput('git-base');
    if (gitBase !== undefined)
        (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .checkGitBase */ .OC)(gitBase, 'git-base');
    const adminPassword = inputs.getOptionalInput('admin-password');
    if (adminPassword !== undefined)
        (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPassword */ .O7)(adminPassword, 'admin-password');
    return {
        profile,
        release,
        devstackRef: ref('devstack-ref'),
        pluginRefs,
        gitBase,
        localConf: inputs.getOptionalInput('local-conf'),
        localConfFile: inputs.getOptionalInput('local-conf-file'),
        adminPassword,
        portsPool: pool === undefined ? undefined : (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePortsPool */ .Qs)(pool, 'ports-pool'),
        octavia: inputs.getBooleanInput('octavia', true),
        dest: (0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .checkAbsolutePath */ .XV)(inputs.getOptionalInput('dest', '/opt/stack'), 'dest'),
        stackUser: inputs.getOptionalInput('stack-user', 'stack'),
        timeoutMinutes: inputs.getIntegerInput('timeout-minutes', { min: 1, max: 24 * 60 }, 120),
        nat: inputs.getBooleanInput('nat', true),
        cache: inputs.getEnumInput('cache', CACHE_MODES, 'none'),
        clean: inputs.getEnumInput('clean', CLEAN_MODES, 'after'),
        forceDistro: inputs.getBooleanInput('force-distro', false),
        allowForkPr: inputs.getBooleanInput('allow-fork-pr', false),
        dryRun: inputs.getBooleanInput('dry-run', false),
    };
}


/***/ })

};
