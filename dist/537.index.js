export const id = 537;
export const ids = [537];
export const modules = {

/***/ 5537:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The toolkit version, kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};
