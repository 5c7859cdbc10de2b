export const id = 737;
export const ids = [737];
export const modules = {

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


/***/ })

};
