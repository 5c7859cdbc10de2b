export const id = 513;
export const ids = [513,737];
export const modules = {

/***/ 98513:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STAGES: () => (/* binding */ STAGES),
  STAGE_INPUTS: () => (/* binding */ STAGE_INPUTS),
  describeStageError: () => (/* binding */ describeStageError),
  main: () => (/* binding */ main),
  post: () => (/* binding */ post),
  readPipelineSettings: () => (/* binding */ readPipelineSettings),
  stageFailed: () => (/* binding */ stageFailed),
  stageInputs: () => (/* binding */ stageInputs),
  wiring: () => (/* binding */ wiring)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./build/devstack/distro.js
var devstack_distro = __webpack_require__(22129);
// EXTERNAL MODULE: ./build/runtime/errors.js
var runtime_errors = __webpack_require__(84704);
// EXTERNAL MODULE: ./build/runtime/process-groups.js
var process_groups = __webpack_require__(50275);
// EXTERNAL MODULE: ./build/runtime/env.js
var runtime_env = __webpack_require__(89040);
// EXTERNAL MODULE: ./build/runtime/inputs.js
var runtime_inputs = __webpack_require__(4634);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(47186);
// EXTERNAL MODULE: ./build/runtime/version.js
var version = __webpack_require__(89623);
// EXTERNAL MODULE: ./build/results/model.js
var model = __webpack_require__(81896);
// EXTERNAL MODULE: ./build/results/writer.js + 2 modules
var writer = __webpack_require__(3694);
// EXTERNAL MODULE: ./build/runtime/action-io.js
var action_io = __webpack_require__(10542);
// EXTERNAL MODULE: ./build/runtime/secrets.js
var secrets = __webpack_require__(86210);
// EXTERNAL MODULE: ./build/stages/definitions.js + 3 modules
var definitions = __webpack_require__(88219);
// EXTERNAL MODULE: ./build/runtime/fragment-file.js
var fragment_file = __webpack_require__(33926);
// EXTERNAL MODULE: ./build/kube/suite.js + 4 modules
var suite = __webpack_require__(65774);
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
    const context = { workspace, env: process.env, beforeStack: true };
    switch (stage) {
        case 'setup-devstack': {
            const settings = definitions/* SETUP_DEVSTACK */.SJ.readSettings(inputs, context);
            if (settings.localConfFile)
                (0,fragment_file/* readFragmentFile */.L)(workspace, settings.localConfFile, 'local-conf-file');
            return;
        }
        case 'trunk-vm':
            // Without `topology: nested` trunk-vm never runs and `vm-image` is not needed; every other input still counts.
            if (topology !== 'nested' && values.image === undefined)
                values.image = UNUSED_VM_IMAGE;
            definitions/* TRUNK_VM */.JR.readSettings(inputs, context);
            return;
        case 'connectivity':
            (0,suite/* loadSuites */._k)(definitions/* CONNECTIVITY */.sM.readSettings(inputs, context).suites, workspace);
            return;
        case 'publish-results':
            definitions/* PUBLISH_RESULTS */.XD.readSettings(inputs, context);
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

// EXTERNAL MODULE: ./build/actions/stages.js
var stages = __webpack_require__(44737);
;// CONCATENATED MODULE: ./build/actions/pipeline.js
/**
 * The root action (`action.yml`): the whole pipeline in one step. setup-devstack → trunk-vm (only for `topology:
 * nested`) → connectivity → publish-results, each stage being the same adapter that runs as its own action, fed
 * from the root's inputs (see {@link STAGE_INPUTS}) and from the outputs of the stages before it. A failed stage
 * skips the stages that need it; publish-results always runs, so the check run shows what happened. `post` runs
 * the stages' post steps in reverse order (connectivity, trunk-vm, setup-devstack).
 */















/** The stages in pipeline order (src/results/model.ts). */
const STAGES = model/* PIPELINE_STAGES */.L2;
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
        'kuryr-conf': 'kuryr-conf',
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
 * Reads `topology` and `leg`. The leg defaults to the leg variable (runtime/env.ts), then to `<distro>/<topology>`
 * with the distro read from os-release (the os-release variable's file or /etc/os-release; `ID-VERSION_ID` when the
 * toolkit does not know it).
 */
function readPipelineSettings(inputs, env = process.env, readHostOsRelease = () => (0,devstack_distro/* readOsRelease */.A3)((0,runtime_env/* kdfEnv */.ZH)('osRelease', env) || undefined)) {
    const topology = inputs.getOptionalInput('topology', 'baremetal');
    if (topology !== 'baremetal' && topology !== 'nested') {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'topology' must be baremetal or nested (got '${topology}').`, 'topology');
    }
    const distro = (0,devstack_distro/* hostDistro */.wt)(readHostOsRelease());
    const leg = inputs.getOptionalInput('leg', '').trim() || (0,runtime_env/* kdfEnv */.ZH)('leg', env)?.trim() || `${distro}/${topology}`;
    if (/[\r\n]/.test(leg) || leg.length > 100) {
        throw new runtime_errors/* ConfigurationError */.j1(`Input 'leg' must be one line of at most 100 characters.`, 'leg');
    }
    return { topology, leg, distro };
}
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
/**
 * The values a stage takes from the ones before it (docs/nested-topology.md#trunk-vm-procedure: the trunk VM lives in
 * the demo project).
 */
function wiring(stage, topology, outputs, root, dir = (0,action_io/* resultsDir */.o1)()) {
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
            };
        case 'publish-results':
            // every stage's results JSON in the one directory (pipeline.json is always there); not connectivity's JUnit,
            // which holds the same cases again (for other tools) and would count them twice
            return { results: `${dir}/*.json` };
    }
}
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
/** Records a stage that did not run, with why. */
async function skip(run, stage, why) {
    core.notice(`${stage}: skipped, ${why}`);
    await run.results.addCase({ id: stage, name: stage, suite: model/* STAGE */.Ld.pipeline, status: 'skipped', message: why });
}
/** What a stage gets besides its inputs: the results directory, the leg and (connectivity) setup's clouds.yaml. */
function contextOf(run, stage) {
    const cloudsYaml = stage === model/* STAGE */.Ld.connectivity ? run.outputs['setup-devstack']?.['clouds-yaml'] : undefined;
    return { resultsDir: run.dir, leg: run.leg, ...(cloudsYaml ? { cloudsYaml } : {}) };
}
/** Runs one stage's main step; a throw is the stage's `error` outcome, in the root action's words. */
async function runStage(run, stage) {
    const root = rootInput;
    const io = new stage_io/* PipelineStageIO */.Xw(stage, new runtime_inputs/* Inputs */.G0((0,runtime_inputs/* recordInputSource */.BE)(stageInputs(stage, root, wiring(stage, run.topology, run.outputs, root, run.dir)))), contextOf(run, stage));
    run.ran.push(stage);
    core.saveState(RAN_STATE, run.ran.join(','));
    core.startGroup(`▶ ${stage}`);
    const t0 = Date.now();
    run.cancel.current = stage;
    let outcome;
    try {
        outcome = await (await stages.ADAPTERS[stage]()).main(io);
    }
    catch (err) {
        outcome = { status: 'error', headline: describeStageError(stage, err) };
    }
    finally {
        run.cancel.current = undefined;
        core.endGroup();
    }
    // Cancelled in a stage that cannot stop itself: the process is exiting; record nothing more.
    if (run.cancel.exiting)
        await run.cancel.exiting;
    run.outputs[stage] = io.outputs;
    for (const [name, value] of Object.entries(io.outputs))
        core.setOutput(`${stage}-${name}`, value);
    const failedHere = stageFailed(stage, outcome);
    if (failedHere)
        core.error(`${stage}: ${outcome.headline}`);
    else if (outcome.status !== 'passed')
        core.info(`${stage}: ${outcome.headline}`);
    const took = Math.round((Date.now() - t0) / 1000);
    core.info(`${stage}: ${failedHere ? `failed (${outcome.headline.split('\n')[0]})` : 'done'} in ${took} s`);
    return outcome;
}
/**
 * Whether a stage's outcome fails the pipeline: any `error`, and `failed` except from a stage that reports on the
 * others (publish-results' failed results are the other stages' failures, already counted).
 */
function stageFailed(stage, outcome) {
    if (outcome.status === 'passed')
        return false;
    return outcome.status === 'error' || definitions/* STAGE_DEFINITIONS */.i2[stage].reportsOnOthers !== true;
}
/** The main→post state key listing the stages that ran. */
const RAN_STATE = 'pipeline.ran';
/**
 * The main step: every stage's inputs checked up front (a bad one fails the step before anything runs), then every
 * stage in order; the step fails when any stage failed.
 */
async function main() {
    const settings = checkRootInputs();
    if (settings === undefined)
        return;
    const { topology, leg, distro } = settings;
    core.info(`leg ${leg}`);
    const dir = (0,action_io/* resultsDir */.o1)();
    // The results of every stage go to one directory, which publish-results reads; pipeline.json (one case per
    // stage, labelled with the leg) is written first, so the check run tells which stage failed or was skipped even
    // if none wrote results.
    const results = await writer/* ResultsWriter */.QU.open((0,action_io/* resultsPathFor */.tM)(model/* STAGE */.Ld.pipeline, dir), { toolVersion: version/* VERSION */.x, stage: model/* STAGE */.Ld.pipeline, distro }, { leg });
    const run = {
        topology,
        leg,
        dir,
        results,
        cancel: watchCancellation(results),
        outputs: {},
        ran: [],
        failed: [],
    };
    for (const stage of STAGES)
        await step(run, stage);
    run.cancel.dispose();
    const cancelled = run.cancel.signal !== undefined;
    // publish-results finished pipeline.json before it ran; a cancelled run never got there
    if (!run.ran.includes(model/* STAGE */.Ld.publishResults))
        await results.finish(cancelled || run.failed.length > 0 ? 'failed' : 'passed');
    core.setOutput('results-dir', dir);
    core.setOutput('topology', topology);
    core.setOutput('leg', leg);
    if (cancelled)
        core.setFailed(`cancelled (${run.cancel.signal})`);
    else if (run.failed.length > 0)
        core.setFailed(`failed stage(s): ${run.failed.join(', ')}`);
}
/** One stage of the loop: skipped (topology, cancellation, an earlier failure) or run and recorded. */
async function step(run, stage) {
    if (stage === model/* STAGE */.Ld.trunkVm && run.topology !== 'nested')
        return;
    if (run.cancel.exiting)
        await run.cancel.exiting;
    if (run.cancel.signal !== undefined)
        return skip(run, stage, 'the run was cancelled');
    if (stage !== model/* STAGE */.Ld.publishResults && run.failed.length > 0)
        return skip(run, stage, `${run.failed[0]} failed`);
    if (stage === model/* STAGE */.Ld.publishResults)
        await run.results.finish(run.failed.length > 0 ? 'failed' : 'passed');
    const outcome = await runStage(run, stage);
    const failedHere = stageFailed(stage, outcome);
    if (failedHere)
        run.failed.push(stage);
    if (stage === model/* STAGE */.Ld.publishResults)
        return;
    // No duration: the stage's own cases carry it, and publish-results sums every case's duration.
    await run.results.addCase({
        id: stage,
        name: stage,
        suite: model/* STAGE */.Ld.pipeline,
        status: failedHere ? 'failed' : 'passed',
        message: failedHere ? outcome.headline.split('\n')[0] : undefined,
    });
}
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
        if (stage !== undefined && definitions/* STAGE_DEFINITIONS */.i2[stage].stopsItself)
            return;
        core.error(`${stage ?? 'pipeline'}: cancelled (${signal})`);
        state.exiting = new Promise(() => undefined);
        const exit = () => process.exit(130);
        const recorded = stage === undefined
            ? results.finish('failed')
            : results
                .addCase({
                id: stage,
                name: stage,
                suite: model/* STAGE */.Ld.pipeline,
                status: 'failed',
                message: `cancelled (${signal})`,
            })
                .then(() => results.finish('failed'));
        // the stage's programs (kubectl, openstack, ssh) lead their own process groups: end them before exiting
        recorded
            .then(() => (0,process_groups/* terminateRunningCommands */.d8)(), () => (0,process_groups/* terminateRunningCommands */.d8)())
            .then(exit, exit);
    }
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return state;
}
/** The post step: the stages' post steps in reverse order; one failing does not stop the others. */
async function post() {
    const ran = (core.getState(RAN_STATE) || '')
        .split(',')
        .filter((s) => STAGES.includes(s));
    const errors = [];
    for (const stage of [...ran].reverse()) {
        const mod = await stages.ADAPTERS[stage]();
        if (!mod.post)
            continue;
        core.startGroup(`◀ ${stage} (post)`);
        try {
            await mod.post(new stage_io/* PipelineStageIO */.Xw(stage, new runtime_inputs/* Inputs */.G0((0,runtime_inputs/* recordInputSource */.BE)({})), { resultsDir: (0,action_io/* resultsDir */.o1)() }));
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

/***/ 44737:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ADAPTERS: () => (/* binding */ ADAPTERS),
/* harmony export */   standalone: () => (/* binding */ standalone)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/**
 * The action side of the stage contract (src/stages/definitions.ts): every pipeline stage's adapter module, loaded
 * lazily. The actions bundle's registry (src/index.ts) and the root action's pipeline both take the adapters from
 * here, and decide failure on the adapter's returned {@link StageOutcome}, never on its message.
 */

/** Stage name → lazy adapter module. */
const ADAPTERS = {
    'setup-devstack': () => Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(641), __webpack_require__.e(994), __webpack_require__.e(122), __webpack_require__.e(558)]).then(__webpack_require__.bind(__webpack_require__, 54558)),
    'trunk-vm': () => Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(994), __webpack_require__.e(122), __webpack_require__.e(972), __webpack_require__.e(953)]).then(__webpack_require__.bind(__webpack_require__, 97953)),
    connectivity: () => Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(994), __webpack_require__.e(122), __webpack_require__.e(774), __webpack_require__.e(972), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 51995)),
    'publish-results': () => Promise.all(/* import() */[__webpack_require__.e(584), __webpack_require__.e(994), __webpack_require__.e(326)]).then(__webpack_require__.bind(__webpack_require__, 35326)),
};
/** A stage run as its own action: the runner's IO, and the step fails with the headline unless the stage passed. */
function standalone(adapter) {
    const post = adapter.post;
    return {
        main: async () => {
            const outcome = await adapter.main();
            if (outcome.status !== 'passed')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(outcome.headline);
        },
        ...(post ? { post: () => post() } : {}),
    };
}


/***/ }),

/***/ 50275:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M9: () => (/* binding */ groupExists),
/* harmony export */   Tq: () => (/* binding */ trackGroup),
/* harmony export */   d8: () => (/* binding */ terminateRunningCommands),
/* harmony export */   eY: () => (/* binding */ untrackGroup)
/* harmony export */ });
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21166);
/**
 * The process groups ProcessCommandRunner's children lead (each child starts a new session), tracked so a process
 * about to exit on cancellation can end them: they would outlive it otherwise.
 */

/** Process groups of programs a ProcessCommandRunner started that have not exited yet (their leaders' pids). */
const LIVE_GROUPS = new Set();
/** Records that a child leading process group `pid` is running. */
function trackGroup(pid) {
    LIVE_GROUPS.add(pid);
}
/** Records that the leader of process group `pid` has exited. */
function untrackGroup(pid) {
    LIVE_GROUPS.delete(pid);
}
/** True when process group `pid` still has a member. */
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
/**
 * Ends every program any ProcessCommandRunner of this process is still running, group by group: SIGTERM, then
 * SIGKILL for the groups still there after `graceMs`. For a process about to exit on cancellation: the children lead
 * their own process groups and would outlive it.
 */
async function terminateRunningCommands(graceMs = 2000) {
    const groups = [...LIVE_GROUPS];
    const signal = (pid, sig) => {
        try {
            process.kill(-pid, sig);
        }
        catch {
            /* already gone */
        }
    };
    for (const pid of groups)
        signal(pid, 'SIGTERM');
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)(() => !groups.some(groupExists), { timeoutMs: graceMs, intervalMs: 50 });
    for (const pid of groups.filter(groupExists))
        signal(pid, 'SIGKILL');
}


/***/ }),

/***/ 89623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/**
 * The toolkit version: the one place it is written (results documents, `kdf --version`, the setup stage's records).
 * test/runtime/version.test.ts keeps it equal to package.json's and checks no other src file spells it out.
 */
const VERSION = '0.1.0';


/***/ })

};
