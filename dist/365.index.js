export const id = 365;
export const ids = [365];
export const modules = {

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
