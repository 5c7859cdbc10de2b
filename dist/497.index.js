export const id = 497;
export const ids = [497];
export const modules = {

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The toolkit version, kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dv: () => (/* binding */ annotateFindings),
/* harmony export */   o1: () => (/* binding */ resultsDir),
/* harmony export */   tM: () => (/* binding */ resultsPathFor)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/** What every action adapter shares: where its results file goes, and findings turned into annotations. */



/** `$KDF_RESULTS_DIR`, default `$RUNNER_TEMP/kdf-results`: the one directory every stage writes its results to. */
function resultsDir() {
    return process.env.KDF_RESULTS_DIR ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'kdf-results');
}
/** `<resultsDir()>/<stage>.json`. */
function resultsPathFor(stage) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(resultsDir(), `${stage}.json`);
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

/***/ 7186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ PipelineStageIO),
/* harmony export */   o: () => (/* binding */ actionsStageIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4634);
/**
 * What an action adapter reads and writes through the runner: inputs, outputs, failure and the main→post state.
 * Alone, an action uses the runner's own ({@link actionsStageIO}); inside the root action's pipeline each stage gets
 * a view with its own inputs, its outputs collected, and its state keys namespaced so stages never collide.
 */


/** The runner's own inputs, outputs, failure and state (a stage running as its own action). */
function actionsStageIO() {
    return {
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .Inputs */ .G0(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsInputSource */ .xq),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(message),
        saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(name, value),
        getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(name),
    };
}
/** A pipeline stage's view: given inputs, outputs and failure recorded, state under `<stage>.` keys. */
class PipelineStageIO {
    stage;
    inputs;
    state;
    outputs = {};
    failure;
    constructor(stage, inputs, state = {
        save: (n, v) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.saveState(n, v),
        get: (n) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getState(n),
    }) {
        this.stage = stage;
        this.inputs = inputs;
        this.state = state;
    }
    setOutput(name, value) {
        this.outputs[name] = value;
    }
    setFailed(message) {
        this.failure = message;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.error(`${this.stage}: ${message}`);
    }
    saveState(name, value) {
        this.state.save(`${this.stage}.${name}`, value);
    }
    getState(name) {
        return this.state.get(`${this.stage}.${name}`);
    }
}


/***/ })

};
