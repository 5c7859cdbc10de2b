export const id = 326;
export const ids = [326];
export const modules = {

/***/ 35326:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INPUTS: () => (/* binding */ INPUTS),
  OUTPUTS: () => (/* binding */ OUTPUTS),
  coreJobSummary: () => (/* binding */ coreJobSummary),
  main: () => (/* binding */ main),
  outputsOf: () => (/* binding */ outputsOf),
  readSettings: () => (/* binding */ readSettings),
  stageOutcomeOf: () => (/* binding */ stageOutcomeOf)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./build/kube/summary.js
var summary = __webpack_require__(7864);
// EXTERNAL MODULE: ./build/runtime/core-logger.js
var core_logger = __webpack_require__(40993);
// EXTERNAL MODULE: ./build/runtime/stage-io.js
var stage_io = __webpack_require__(47186);
// EXTERNAL MODULE: ./build/results/publish/annotations.js
var annotations = __webpack_require__(43971);
// EXTERNAL MODULE: ./build/results/publish/event.js
var publish_event = __webpack_require__(51381);
// EXTERNAL MODULE: ./build/results/publish/files.js
var files = __webpack_require__(58690);
// EXTERNAL MODULE: ./build/results/publish/limits.js
var limits = __webpack_require__(17005);
// EXTERNAL MODULE: ./build/results/publish/locate.js
var locate = __webpack_require__(79967);
// EXTERNAL MODULE: ./build/results/publish/octokit.js
var octokit = __webpack_require__(3280);
// EXTERNAL MODULE: ./build/results/publish/pacer.js
var pacer = __webpack_require__(98466);
// EXTERNAL MODULE: ./build/results/publish/planner.js
var planner = __webpack_require__(32461);
// EXTERNAL MODULE: ./build/results/publish/publish.js + 3 modules
var publish = __webpack_require__(69749);
// EXTERNAL MODULE: ./build/results/publish/read.js + 5 modules
var read = __webpack_require__(61209);
// EXTERNAL MODULE: ./build/results/publish/sender.js
var sender = __webpack_require__(4048);
// EXTERNAL MODULE: ./build/results/publish/settings.js
var settings = __webpack_require__(45168);
// EXTERNAL MODULE: ./build/results/publish/summary/sections.js
var sections = __webpack_require__(52504);
// EXTERNAL MODULE: ./build/results/publish/workflow-annotations.js
var workflow_annotations = __webpack_require__(75515);
;// CONCATENATED MODULE: ./build/results/publish/index.js
/** publish-results: streaming readers, annotation planning, summary rendering and the paced Checks API sender. */



















// EXTERNAL MODULE: ./build/stages/definitions.js + 3 modules
var definitions = __webpack_require__(88219);
;// CONCATENATED MODULE: ./build/actions/publish-results.js
/**
 * The `publish-results` action: reads the inputs, wires @actions/core (job summary, outputs, annotations, masking)
 * into the library's ports, and returns the outcome: `error` when the check run could not be written, `failed` when
 * the results fail under `fail-on`. All logic lives in src/results/publish/.
 */






/** Input names, as in action.yml. */
const INPUTS = settings/* PUBLISH_INPUTS */._E;
/** Output names, as in action.yml. */
const OUTPUTS = [
    'check-run-id',
    'check-run-url',
    'conclusion',
    'passed',
    'failed',
    'skipped',
    'flaky',
    'annotations',
    'annotations-omitted',
];
/** Reads and validates every input (ConfigurationError naming the input on a bad value). */
function readSettings(inputs) {
    return definitions/* PUBLISH_RESULTS */.XD.readSettings(inputs, { workspace: process.cwd(), env: process.env });
}
/** The outputs of an outcome, by name. */
function outputsOf(outcome) {
    const t = outcome.totals;
    return {
        'check-run-id': outcome.checkRunId !== undefined ? String(outcome.checkRunId) : '',
        'check-run-url': outcome.checkRunUrl ?? '',
        conclusion: outcome.conclusion,
        passed: String(t.passed),
        failed: String(t.failed + t.error),
        skipped: String(t.skipped),
        flaky: String(t.flaky),
        annotations: String(outcome.annotations),
        'annotations-omitted': String(outcome.annotationsOmitted),
    };
}
/** The job summary through core.summary (appending; core writes GITHUB_STEP_SUMMARY). */
const coreJobSummary = {
    async append(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core.summary.addRaw(markdown, true).write();
    },
};
/** How a publish ended, as a stage outcome. */
function stageOutcomeOf(outcome) {
    if (outcome.publishError) {
        return { status: 'error', headline: `Publishing the check run failed: ${outcome.publishError}` };
    }
    if (outcome.failStep && outcome.failMessage)
        return { status: 'failed', headline: outcome.failMessage };
    return { status: 'passed', headline: `check run: ${outcome.conclusion}` };
}
/** Entry point (`runs.main`); `ports` for tests. */
async function main(io = (0,stage_io/* actionsStageIO */.oW)(), ports = {}) {
    const logger = ports.logger ?? new core_logger/* CoreLogger */.U();
    // Mask the token before anything could print it, even if a later input is bad.
    const rawToken = io.inputs.getOptionalInput(INPUTS.token);
    if (rawToken)
        logger.addSecret(rawToken);
    const settings = readSettings(io.inputs);
    const outcome = await (0,publish/* publishResults */.ku)(settings, {
        logger,
        env: process.env,
        jobSummary: coreJobSummary,
        ...ports,
        sections: [...(0,summary/* connectivitySections */.WD)(), ...(ports.sections ?? [])],
    });
    for (const [name, value] of Object.entries(outputsOf(outcome)))
        io.setOutput(name, value);
    return stageOutcomeOf(outcome);
}


/***/ }),

/***/ 7864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ renderMatrix),
/* harmony export */   WD: () => (/* binding */ connectivitySections),
/* harmony export */   bC: () => (/* binding */ ConnectivityEvidence),
/* harmony export */   y_: () => (/* binding */ renderLoadBalancers)
/* harmony export */ });
/* harmony import */ var _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72005);
/* harmony import */ var _results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59117);
/* harmony import */ var _results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97858);



/** A table cell: escaped, on one line (names and pods come from the suite, legs from the results). */
const esc = _results_publish_summary_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn;
/** Markdown of the reachability matrix: one row per source, one column per target, `✅`/`❌` with what was observed. */
function renderMatrix(cells, maxBytes) {
    if (cells.length === 0)
        return '';
    const head = '#### Reachability (expected vs observed)';
    const groups = new Map();
    // one table per leg and protocol: pods of different legs never meet in one table
    for (const c of cells) {
        const key = c.leg === undefined ? c.protocol : `${c.leg} · ${c.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
    }
    const parts = [head];
    for (const [title, list] of groups) {
        const rows = [...new Set(list.map((c) => c.from))].sort();
        const cols = [...new Set(list.map((c) => c.to))].sort();
        parts.push(`\n**${esc(title)}**\n`);
        parts.push(`| from \\ to | ${cols.map(esc).join(' | ')} |`, `| --- |${cols.map(() => ' :-: |').join('')}`);
        for (const r of rows) {
            const cellsOf = cols.map((col) => {
                const c = list.find((x) => x.from === r && x.to === col);
                if (!c)
                    return '·';
                return c.passed ? '✅' : `❌ ${esc(c.observed)} (want ${esc(c.expected)})`;
            });
            parts.push(`| ${esc(r)} | ${cellsOf.join(' | ')} |`);
        }
    }
    const text = parts.join('\n');
    if ((0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .utf8Length */ .wI)(text) <= maxBytes)
        return text;
    const failed = cells.filter((c) => !c.passed);
    const short = [
        head,
        '',
        `${cells.length - failed.length}/${cells.length} pairs as expected. Failing pairs:`,
        ...failed.map((c) => `- ${c.leg === undefined ? '' : `${esc(c.leg)}: `}${esc(c.from)} → ${esc(c.to)} (${esc(c.protocol)}): ${esc(c.observed)}, want ${esc(c.expected)}`),
    ].join('\n');
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(short, maxBytes);
}
/** Markdown of the load-balancer table. */
function renderLoadBalancers(rows, maxBytes) {
    if (rows.length === 0)
        return '';
    const legs = rows.some((r) => r.leg !== undefined);
    const lines = [
        '#### Load balancers',
        '',
        `|${legs ? ' leg |' : ''} load balancer | VIP | provisioning | operating | listeners | members | converged in |`,
        `|${legs ? ' --- |' : ''} --- | --- | --- | --- | --- | --- | --- |`,
        ...rows.map((r) => `|${legs ? ` ${esc(r.leg ?? '')} |` : ''} ${esc(r.name)} | ${esc(r.vip)} | ${esc(r.provisioning)} | ${esc(r.operating)} | ${r.listeners.map(esc).join('<br>')} | ${r.members}${r.expectedMembers === undefined ? '' : `/${r.expectedMembers}`} | ${r.convergenceMs === undefined ? '' : `${(r.convergenceMs / 1000).toFixed(1)} s`} |`),
    ];
    return (0,_results_publish_utf8_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateUtf8 */ .Ck)(lines.join('\n'), maxBytes);
}
/** Collects the cells and rows from cases (what the observers do while results stream in). */
class ConnectivityEvidence {
    cells = [];
    loadBalancers = [];
    /** Takes the `reachability` and `loadbalancer` evidence of one case, observed in `leg` if given. */
    observe(c, leg) {
        const tag = (x) => (leg === undefined ? x : { ...x, leg });
        for (const e of c.evidence ?? []) {
            if (e.kind === 'reachability' && Array.isArray(e.data)) {
                this.cells.push(...e.data.map(tag));
            }
            if (e.kind === 'loadbalancer' && e.data !== null && typeof e.data === 'object') {
                this.loadBalancers.push(tag(e.data));
            }
        }
    }
}
/** The two sections for one publish run (`PublishPorts.sections`), sharing one observer state. */
function connectivitySections() {
    const seen = new ConnectivityEvidence();
    return [
        {
            id: 'connectivity-reachability',
            order: 25,
            observer: { observe: (c, file) => seen.observe(c, (0,_results_publish_summary_matrix_js__WEBPACK_IMPORTED_MODULE_0__/* .legOf */ .Y)(file)) },
            minimal: () => {
                const failed = seen.cells.filter((c) => !c.passed).length;
                return seen.cells.length === 0
                    ? ''
                    : `#### Reachability\n${seen.cells.length - failed}/${seen.cells.length} pairs as expected`;
            },
            render: (_ctx, max) => renderMatrix(seen.cells, max),
        },
        {
            id: 'connectivity-loadbalancers',
            order: 26,
            minimal: () => seen.loadBalancers.length === 0 ? '' : `#### Load balancers\n${seen.loadBalancers.length} checked`,
            render: (_ctx, max) => renderLoadBalancers(seen.loadBalancers, max),
        },
    ];
}


/***/ }),

/***/ 40993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ CoreLogger)
/* harmony export */ });
/* harmony import */ var _actions_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95994);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5027);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86210);
/** The `Logger` for GitHub Actions: workflow commands through @actions/core, with annotations, groups and masking. */



/** Logs through @actions/core. Messages are masked locally too, so a secret never depends on the runner alone. */
class CoreLogger {
    core;
    masker;
    now;
    depth = 0;
    constructor(options = {}) {
        this.core = options.core ?? _actions_core_js__WEBPACK_IMPORTED_MODULE_0__/* .actionsCore */ .v;
        this.masker = options.masker ?? _secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultMasker */ .JC;
        this.now = options.now ?? (() => performance.now());
    }
    /** Step-debug output (shown when ACTIONS_STEP_DEBUG is set). */
    debug(message) {
        this.core.debug(this.masker.mask(message));
    }
    /** A plain log line. */
    info(message) {
        this.core.info(this.masker.mask(message));
    }
    /** A notice annotation. */
    notice(message, props) {
        this.core.notice(this.masker.mask(message), this.toCore(props));
    }
    /** A warning annotation. */
    warning(message, props) {
        this.core.warning(this.masker.mask(message), this.toCore(props));
    }
    /** An error annotation (does not fail the step; `runWrapper` does that). */
    error(message, props) {
        this.core.error(this.masker.mask(message), this.toCore(props));
    }
    /**
     * Runs `fn` in a collapsible group, then prints `✓ name (12.3s)` (or `✗ name (failed after 12.3s)`) outside it so
     * the timing is visible while the group is collapsed. The log viewer cannot nest groups, so an inner group becomes
     * a `▶ name` line inside the outer one.
     */
    async group(name, fn) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        const started = this.now();
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        let ok = false;
        try {
            const result = await fn();
            ok = true;
            return result;
        }
        finally {
            this.depth--;
            if (!nested)
                this.core.endGroup();
            const elapsed = (0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - started);
            this.core.info(ok ? `✓ ${title} (${elapsed})` : `✗ ${title} (failed after ${elapsed})`);
        }
    }
    open = [];
    /** Opens a streaming group (see Logger.startGroup). */
    startGroup(name) {
        const title = this.masker.mask(name);
        const nested = this.depth > 0;
        if (nested)
            this.core.info(`▶ ${title}`);
        else
            this.core.startGroup(title);
        this.depth++;
        this.open.push({ title, started: this.now(), nested });
    }
    /** Closes the last streaming group, printing its elapsed time. */
    endGroup() {
        const g = this.open.pop();
        if (!g)
            return;
        this.depth--;
        if (!g.nested)
            this.core.endGroup();
        this.core.info(`✓ ${g.title} (${(0,_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.now() - g.started)})`);
    }
    /**
     * Registers a secret with the runner (`::add-mask::`, one per line of a multi-line value, because the runner masks
     * line by line) and with the local masker.
     */
    addSecret(value) {
        if (value.trim() === '')
            return;
        for (const line of (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerMaskValues */ .XL)(value))
            this.core.setSecret(line);
        this.masker.add(value);
    }
    toCore(props) {
        if (!props)
            return undefined;
        const out = {};
        if (props.title !== undefined)
            out.title = this.masker.mask(props.title);
        if (props.file !== undefined)
            out.file = props.file;
        if (props.startLine !== undefined)
            out.startLine = props.startLine;
        if (props.endLine !== undefined)
            out.endLine = props.endLine;
        return out;
    }
}


/***/ })

};
