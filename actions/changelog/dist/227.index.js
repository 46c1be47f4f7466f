export const id = 227;
export const ids = [227];
export const modules = {

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previousOnLine: () => (/* binding */ previousOnLine)
/* harmony export */ });
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5797);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9631);
/** Release lines for the changelog (rules in @shipline/core's branches): which earlier versions count as "previous". Pure. */


/**
 * The versions that can be the previous release on this line: stable ones in a maintenance line's range; stable
 * ones and this channel's pre-releases on a pre-release branch (so 2.0.0-beta.2 follows 2.0.0-beta.1); stable
 * ones elsewhere (and without a `branches` input).
 */
function previousOnLine(line) {
    return (version) => {
        const v = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(version);
        if (!v)
            return false;
        if (!line || line.kind === 'release')
            return v.prerelease.length === 0;
        if (line.kind === 'maintenance')
            return (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .onLine */ .Cl)(line, version);
        return v.prerelease.length === 0 || v.prerelease[0] === line.prerelease;
    };
}


/***/ })

};
