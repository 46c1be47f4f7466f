import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9855:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(8195)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(1825)
const { safeRe: re, t } = __nccwpck_require__(3227)

const parseOptions = __nccwpck_require__(4464)
const { compareIdentifiers } = __nccwpck_require__(4192)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 6841:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9855)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 5797:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9855)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 6432:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5797)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 1825:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 8195:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 4192:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 4464:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 3227:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(1825)
const debug = __nccwpck_require__(8195)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6910);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3288);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 1 modules
var runner = __nccwpck_require__(7927);
;// CONCATENATED MODULE: ../../packages/core/src/outputs.ts
/** Outputs and state: values that are not strings are written as JSON, so later steps can `fromJSON()` them. */

function render(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Set several outputs at once. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs))
        runner/* setOutput */.uH(name, render(value));
}
/** Save a value for the `post:` step (or a later phase) of the same action. */
function saveState(name, value) {
    core.saveState(name, render(value));
}
/** Read a value saved with {@link saveState}; JSON is parsed back when `json` is set. */
function readState(name, json = false) {
    const v = core.getState(name);
    if (v === '')
        return undefined;
    return (json ? JSON.parse(v) : v);
}
/** Mask a secret in every later log line, summary and output; empty values are ignored. */
function maskSecret(value) {
    if (value)
        runner/* setSecret */.Pq(value);
}
/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
function maskHeader(value) {
    if (value)
        core.setHeaderSecret(value);
}
/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
function maskUrl(url) {
    return core.setUrlSecret(url);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: ../../packages/core/src/duration.ts
/**
 * Durations written as `90s`, `5m`, `1h30m`, `250ms` or a bare number. Pure: no I/O.
 *
 * The bare-number rule, the same for every input and every YAML/JSON field: **a bare number is seconds**, whether it
 * arrives as text (`'30'`, an action input) or as a YAML/JSON number (`interval: 30`), and it may have a fraction
 * (`0.5` is 500 ms). It is what the inputs always meant (`health-timeout: 30` waited 30 s; a metric's `interval: 30`
 * measured every 30 s); fractions and YAML numbers in the circuit breaker's `interval` are now read by the same rule.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;
/** Parse a duration to milliseconds, or return undefined when it is not one. */
function parseDuration(text) {
    const s = text.trim();
    if (s === '')
        return undefined;
    if (/^\d+(?:\.\d+)?$/.test(s))
        return Math.round(Number(s) * 1000);
    let total = 0;
    PART.lastIndex = 0;
    let pos = 0;
    while (pos < s.length) {
        PART.lastIndex = pos;
        const m = PART.exec(s);
        if (!m)
            return undefined;
        total += Number(m[1]) * UNIT_MS[m[2]];
        pos = PART.lastIndex;
    }
    return Math.round(total);
}
/**
 * A duration from a YAML/JSON value, in milliseconds: a string as {@link parseDuration} reads it, or a number of
 * seconds (see the bare-number rule above). Undefined for anything else (a negative or non-finite number, an object).
 */
function durationValue(value) {
    if (typeof value === 'string')
        return parseDuration(value);
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return Math.round(value * 1000);
    return undefined;
}
/** Format milliseconds for people: `850ms`, `12.3s`, `4m05s`, `1h02m`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    const totalS = Math.round(ms / 1000);
    const h = Math.floor(totalS / 3600);
    const m = Math.floor((totalS % 3600) / 60);
    const sec = totalS % 60;
    return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(sec).padStart(2, '0')}s`;
}

// EXTERNAL MODULE: ../../node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(5797);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
// EXTERNAL MODULE: ../../node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(6432);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
;// CONCATENATED MODULE: ../../packages/core/src/version.ts



const EXAMPLE = "(e.g. '1.4.0' or '2.0.0-rc.1')";
/** The normal form of a semantic version, or null: `v1.2.3+b` → `1.2.3`; `=1.2.3`, `1.2` → null. */
function normalVersion(text) {
    return /^v?\d/.test(text.trim()) ? valid_default()(text) : null;
}
/** True when `text` is a semantic version in its normal form already (`1.2.3`, not `v1.2.3` or `1.2.3+b`). */
function isVersion(text) {
    return parseVersion(text) !== null;
}
/**
 * `text` parsed (semver's SemVer, for comparing) when it is a semantic version in its normal form already, else
 * null: {@link isVersion} with the parse kept, for code that compares many versions (each is parsed once).
 */
function parseVersion(text) {
    const v = parse_default()(text);
    return v?.version === text ? v : null;
}
/**
 * Check a version given as input `input`; returns its normal form. Throws an {@link InputError} naming the input,
 * the value and the accepted form.
 */
function checkVersion(input, value, rules = {}) {
    const v = rules.exact ? (isVersion(value) ? value : null) : normalVersion(value);
    if (!v)
        throw new errors/* InputError */.dz(input, value, `is not a semantic version ${EXAMPLE}${rules.exact ? "; give it as is, without a 'v' prefix or build metadata" : ''}`);
    if (rules.max !== undefined && v.length > rules.max)
        throw new errors/* InputError */.dz(input, value, `is ${v.length} characters long; a version that names files can be at most ${rules.max}`);
    return v;
}

;// CONCATENATED MODULE: ../../packages/core/src/inputs.ts
/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>`). Each returns the parsed value, the fallback when the input is empty,
 * or throws an {@link InputError} that names the input, the value it got and the accepted form.
 */




function raw(name, required = false) {
    const value = runner/* getInput */.V4(name);
    if (required && value === '')
        throw new errors/* InputError */.dz(name, '', 'is required but was empty or not given');
    return value;
}
function orFallback(name, opts, parse) {
    const value = raw(name, opts?.required);
    return value === '' ? opts?.fallback : parse(value);
}
function readString(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        if (opts.pattern && !opts.pattern.test(v))
            throw new errors/* InputError */.dz(name, v, opts.accepted ?? `does not match ${String(opts.pattern)}`);
        return v;
    });
}
/** A required string. */
function requireString(name, opts = {}) {
    return readString(name, { ...opts, required: true });
}
/** `true` or `false`, nothing else (YAML's True/yes are rendered as `true` by the runner already). */
function readBoolean(name, fallback = false) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* InputError */.dz(name, v, "is not a boolean: use 'true' or 'false'");
}
function readInteger(name, opts = {}) {
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    return orFallback(name, opts, (v) => {
        const n = /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max)
            throw new errors/* InputError */.dz(name, v, `is not a whole number ${rangeText(min, max)}`);
        return n;
    });
}
function rangeText(min, max) {
    if (min > Number.MIN_SAFE_INTEGER && max < Number.MAX_SAFE_INTEGER)
        return `from ${min} to ${max}`;
    if (min > Number.MIN_SAFE_INTEGER)
        return `of at least ${min}`;
    if (max < Number.MAX_SAFE_INTEGER)
        return `of at most ${max}`;
    return '';
}
function readDuration(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const ms = parseDuration(v);
        if (ms === undefined)
            throw new errors/* InputError */.dz(name, v, "is not a duration (e.g. '90s', '5m', '1h30m')");
        if (opts.max !== undefined && ms > opts.max)
            throw new errors/* InputError */.dz(name, v, `is longer than the maximum of ${opts.max / 1000}s`);
        return ms;
    });
}
function readVersion(name, opts = {}) {
    return orFallback(name, opts, (v) => checkVersion(name, v, opts));
}
function readPercentList(name, opts = {}) {
    return orFallback(name, opts, (v) => {
        const parts = v.split(',').map((p) => p.trim());
        const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN));
        if (nums.some((n) => Number.isNaN(n) || n < 1 || n > 100)) {
            throw new InputError(name, v, "is not a list of whole percents from 1 to 100 (e.g. '5,25,100')");
        }
        if (nums.some((n, i) => i > 0 && n <= nums[i - 1])) {
            throw new InputError(name, v, "is not increasing: each percent must be larger than the one before (e.g. '5,25,100')");
        }
        return nums;
    });
}
function readEnum(name, values, fallback) {
    const v = raw(name);
    if (v === '')
        return fallback;
    if (!values.includes(v))
        throw new errors/* InputError */.dz(name, v, `is not one of: ${values.join(', ')}`);
    return v;
}
/** A list, one item per line (commas also separate when `commas` is set); blank lines and `#` comments dropped. */
function readList(name, opts = {}) {
    const v = raw(name, opts.required);
    const lines = v.split(/\r?\n/).flatMap((line) => (opts.commas ? line.split(',') : [line]));
    return lines.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}
/**
 * A list of glob patterns relative to the workspace. Absolute paths and patterns that climb out with `..` are
 * refused. A leading `!` negates.
 */
function readGlobList(name, opts = {}) {
    const globs = readList(name, opts);
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if (body.startsWith('/') || /^[A-Za-z]:[\\/]/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw new InputError(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
        }
    }
    return globs;
}
async function readObject(name, opts = {}) {
    const v = raw(name, opts.required);
    if (v === '')
        return opts.fallback;
    const { parse } = await __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3483, 19));
    let parsed;
    try {
        parsed = parse(v);
    }
    catch (error) {
        throw new errors/* InputError */.dz(name, v, `is not valid JSON or YAML (${(0,errors/* messageOf */.bD)(error).split('\n')[0]})`, { cause: error });
    }
    const ok = opts.array
        ? Array.isArray(parsed)
        : parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
    if (!ok) {
        const want = opts.array ? 'a YAML/JSON list' : 'a YAML/JSON mapping';
        throw new errors/* InputError */.dz(name, v, `is not ${want}${opts.example ? ` (e.g. ${opts.example})` : ''}`);
    }
    return parsed;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ../../packages/core/src/paths.ts
/**
 * The one place a path from an input becomes a file the action reads or writes.
 *
 * Containment is checked on the **real** path (symlinks resolved through the deepest existing ancestor, dangling
 * links followed to where they would create a file), never on the text of the path: a committed link to
 * `/proc/self/environ` or `../../etc` is refused even though its name looks inside. Files are then opened with
 * `O_NOFOLLOW` and checked with `fstat` (a regular file, and still inside the roots by its `/proc/self/fd` link),
 * so a link swapped in after the check is refused too. Writes go to a temp file opened exclusively and are
 * renamed over the target; a symlink at the temp name or the target is refused.
 *
 * The allowed roots are the workspace (`GITHUB_WORKSPACE`) and `RUNNER_TEMP`. Every problem is an
 * {@link InputError} naming the input, the value and the roots.
 */





/** Longest path accepted (Linux PATH_MAX) and longest single name (NAME_MAX, in bytes). */
const PATH_MAX = 4096;
const NAME_MAX = 255;
const MAX_LINKS = 40;
/**
 * The workspace and RUNNER_TEMP, as the runner sets them (the workspace falls back to the cwd); `workspace`
 * overrides GITHUB_WORKSPACE (an action that resolved it already).
 */
function allowedRoots(env = process.env, workspace = env.GITHUB_WORKSPACE) {
    const roots = [{ label: 'the workspace', path: (0,external_node_path_.resolve)(workspace || process.cwd()) }];
    if (env.RUNNER_TEMP)
        roots.push({ label: 'RUNNER_TEMP', path: (0,external_node_path_.resolve)(env.RUNNER_TEMP) });
    return roots;
}
/** True when `child` is `parent` or below it (both absolute, normalized). */
function isInside(parent, child) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
function rootsText(roots) {
    return roots.map((r) => `${r.label} (${r.path})`).join(' or ');
}
/**
 * Check the text of a path before the file system sees it: not empty, no NUL, at most {@link PATH_MAX}
 * characters and no name over {@link NAME_MAX} bytes (what would otherwise surface as ENAMETOOLONG).
 */
function checkPathText(input, value) {
    if (value === '')
        throw new errors/* InputError */.dz(input, value, 'is empty: give a path relative to the workspace');
    if (value.includes('\0'))
        throw new errors/* InputError */.dz(input, value, 'contains a NUL character; a path cannot');
    if (value.length > PATH_MAX)
        throw new errors/* InputError */.dz(input, value, `is ${value.length} characters long; a path can be at most ${PATH_MAX}`);
    const long = value.split('/').find((part) => Buffer.byteLength(part) > NAME_MAX);
    if (long !== undefined)
        throw new errors/* InputError */.dz(input, value, `has a name of ${Buffer.byteLength(long)} bytes; each name in a path can be at most ${NAME_MAX} bytes`);
}
/**
 * Check a value used as a single file name (a package or archive name that becomes part of a file name): one
 * name, not `.` or `..`, no `/`, no NUL, at most {@link NAME_MAX} bytes. `accepted` describes the valid form.
 */
function checkFileName(input, value, accepted = 'a file name') {
    const why = value === ''
        ? 'is empty'
        : value === '.' || value === '..'
            ? `is '${value}', which names a directory, not a file`
            : value.includes('/')
                ? "contains '/', which cannot be part of a file name"
                : value.includes('\0')
                    ? 'contains a NUL character'
                    : Buffer.byteLength(value) > NAME_MAX
                        ? `is ${Buffer.byteLength(value)} bytes long; a file name can be at most ${NAME_MAX}`
                        : undefined;
    if (why)
        throw new InputError(input, value, `${why}; give ${accepted}`);
}
function fsProblem(input, value, error) {
    const code = error.code;
    const why = {
        ENAMETOOLONG: `is too long for the file system (a name over ${NAME_MAX} bytes or a path over ${PATH_MAX})`,
        ELOOP: 'goes through a loop of symlinks',
        ENOTDIR: 'goes through something that is not a directory',
        EACCES: 'cannot be read: permission denied on the path',
        EISDIR: 'is a directory, not a file',
    };
    return code && why[code] ? new errors/* InputError */.dz(input, value, why[code], { cause: error }) : undefined;
}
/** The real path of `path`, which need not exist: the deepest existing ancestor's real path plus the rest. */
async function realPathOf(path, hops = 0) {
    if (hops > MAX_LINKS)
        throw Object.assign(new Error(`too many levels of symbolic links: ${path}`), { code: 'ELOOP' });
    try {
        return await (0,promises_.realpath)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const parent = (0,external_node_path_.dirname)(path);
    if (parent === path)
        return path;
    const realParent = await realPathOf(parent, hops + 1);
    const name = (0,external_node_path_.basename)(path);
    const here = (0,external_node_path_.join)(realParent, name);
    // A dangling link: writing through it would create its target, so the target is where this path leads.
    const st = await (0,promises_.lstat)(here).catch(() => undefined);
    if (st?.isSymbolicLink())
        return realPathOf((0,external_node_path_.resolve)(realParent, await (0,promises_.readlink)(here)), hops + 1);
    return here;
}
async function realRoots(roots) {
    return Promise.all(roots.map(async (r) => ({ label: r.label, path: await (0,promises_.realpath)(r.path).catch(() => (0,external_node_path_.resolve)(r.path)) })));
}
/**
 * Resolve a path input and check that its real path is inside one of the roots (the workspace or RUNNER_TEMP by
 * default). Nothing is created or opened.
 */
async function resolveContained(input, value, opts = {}) {
    checkPathText(input, value);
    const given = opts.roots ?? allowedRoots(opts.env);
    const path = (0,external_node_path_.resolve)(opts.base ?? given[0].path, value);
    const roots = await realRoots(given);
    let real;
    try {
        real = await realPathOf(path);
    }
    catch (error) {
        throw fsProblem(input, value, error) ?? error;
    }
    if (!roots.some((r) => isInside(r.path, real))) {
        const how = real === path ? '' : ` (through a symlink: it resolves to ${real})`;
        throw new errors/* InputError */.dz(input, value, `is outside the allowed roots${how}; give a path inside ${rootsText(roots)}`, opts.outsideHint ? { hint: opts.outsideHint } : {});
    }
    return { path, real };
}
/** What an fstat found, in words. */
function kindOf(st) {
    if (st.isFile())
        return 'a regular file';
    if (st.isDirectory())
        return 'a directory';
    if (st.isSymbolicLink())
        return 'a symlink';
    if (st.isFIFO())
        return 'a named pipe';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** After open: the descriptor's own idea of its path (Linux /proc) must still be inside the roots. */
async function checkOpened(input, value, handle, roots) {
    const where = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new InputError(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
    }
}
/**
 * Open a contained regular file for reading: real path, `O_NOFOLLOW` (a link at the last name is refused),
 * `O_NONBLOCK` (a named pipe cannot hang the step), `fstat` must show a regular file. Close the handle.
 */
async function openContained(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    let handle;
    try {
        handle = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new InputError(input, value, 'names a file that does not exist', {
                hint: 'Check the path; relative paths start at the workspace.',
                cause: error,
            });
        if (code === 'ELOOP')
            throw new InputError(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new InputError(input, value, `is ${kindOf(st)}, not a regular file`);
        await checkOpened(input, value, handle, await realRoots(opts.roots ?? allowedRoots(opts.env)));
        return { ...c, handle, size: st.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * A contained regular file, checked as {@link openContained} checks it, and closed again: its given and real paths
 * and its size. Later opens use `real`.
 */
async function statContained(input, value, opts = {}) {
    const f = await openContained(input, value, opts);
    await f.handle.close();
    return { path: f.path, real: f.real, size: f.size };
}
/** Read a contained regular file, refusing one over `max` bytes (default 1 MiB). */
async function readContained(input, value, opts = {}) {
    const max = opts.max ?? 1 << 20;
    const f = await openContained(input, value, opts);
    try {
        if (f.size > max)
            throw new InputError(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new InputError(input, value, `is over ${max} bytes; at most ${max} are accepted`);
        return { path: f.path, real: f.real, data };
    }
    finally {
        await f.handle.close();
    }
}
/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
async function readContainedIfExists(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const there = await lstat(c.real).then(() => true, () => false);
    return there ? (await readContained(input, value, opts)).data : undefined;
}
/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
function tempNameOf(real) {
    return join(dirname(real), `.${basename(real)}.shipline-tmp`);
}
/**
 * Replace a contained file atomically: readers see the old or the new content, never part of it. The target must
 * not be a symlink or anything but a regular file; the temp file (see {@link tempNameOf}) is created exclusively
 * (`wx`, `O_NOFOLLOW`): a symlink there is refused, a regular file there (left by a killed run) is removed first.
 * Returns the contained path.
 */
/**
 * Everything {@link writeContained} checks before it writes, without writing: the path is contained, the target is
 * not a symlink nor anything but a regular file, `replaces` accepts its content, and no symlink sits at the temp
 * name. Call it before any other change so a refusal changes nothing. Returns the existing file's mode, if any.
 */
async function checkWritable(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const roots = await realRoots(opts.roots ?? allowedRoots(opts.env));
    const target = await lstat(c.path).catch(() => undefined);
    if (target?.isSymbolicLink()) {
        throw new InputError(input, value, `is a symlink (to ${await readlink(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`);
    }
    let mode;
    const existing = await open(c.real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'ELOOP')
            throw new InputError(input, value, 'is a symlink; refusing to write through it', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    });
    if (existing) {
        try {
            const st = await existing.stat();
            if (!st.isFile())
                throw new InputError(input, value, `is ${kindOf(st)}; refusing to replace it with a file`);
            mode = st.mode & 0o777;
            await checkOpened(input, value, existing, roots);
            opts.replaces?.(await existing.readFile(), c.real);
        }
        finally {
            await existing.close();
        }
    }
    const tmp = tempNameOf(c.real);
    if ((await lstat(tmp).catch(() => undefined))?.isSymbolicLink())
        throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    return { ...c, ...(mode === undefined ? {} : { mode }) };
}
async function writeContained(input, value, data, opts = {}) {
    const { mode: existingMode, ...c } = await checkWritable(input, value, opts);
    const mode = existingMode ?? opts.mode ?? 0o644;
    const tmp = tempNameOf(c.real);
    const stale = await lstat(tmp).catch(() => undefined);
    if (stale?.isSymbolicLink())
        throw new InputError(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    if (stale?.isFile())
        await rm(tmp, { force: true }); // left by a killed run
    try {
        await writeAtomic(c.real, data, { temp: tmp, mode });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new InputError(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new InputError(input, value, `is in a directory that does not exist (${dirname(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}

;// CONCATENATED MODULE: ./src/domain/command.ts
/**
 * Split a command input into an argument vector, without a shell. The grammar is small and documented in the
 * README:
 * - words are separated by spaces, tabs or newlines;
 * - `'single quotes'` keep everything literally;
 * - `"double quotes"` keep spaces; inside them `\"` and `\\` are escapes;
 * - outside quotes a backslash escapes the next character;
 * - unquoted shell operators (`|`, `&&`, `||`, `;`, `>`, `<`, `&`, `$(`, backticks) are refused, because nothing
 *   would interpret them: put such pipelines in a package.json script instead.
 */
/** A command input that cannot be turned into an argument vector. */
class CommandSyntaxError extends Error {
}
const OPERATORS = /^(\|\|?|&&?|;|>>?|<|2>&1|2>)$/;
function splitCommand(text) {
    const args = [];
    let current = '';
    let inWord = false;
    let quote;
    let quotedWord = false;
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                current += c;
            continue;
        }
        if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === '\\' && (chars[i + 1] === '"' || chars[i + 1] === '\\'))
                current += chars[++i];
            else
                current += c;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                pushWord();
            continue;
        }
        inWord = true;
        if (c === "'" || c === '"') {
            quote = c;
            quotedWord = true;
        }
        else if (c === '\\') {
            if (i + 1 >= chars.length)
                throw new CommandSyntaxError('ends with a lone backslash');
            current += chars[++i];
            quotedWord = true;
        }
        else if (c === '`' || (c === '$' && chars[i + 1] === '(')) {
            throw new CommandSyntaxError(`uses shell substitution '${c === '`' ? '`' : '$('}', and commands run without a shell`);
        }
        else {
            current += c;
        }
    }
    if (quote)
        throw new CommandSyntaxError(`has an unclosed ${quote === '"' ? 'double' : 'single'} quote`);
    if (inWord)
        pushWord();
    if (args.length === 0)
        throw new CommandSyntaxError('is empty');
    return args;
    function pushWord() {
        if (!quotedWord && OPERATORS.test(current)) {
            throw new CommandSyntaxError(`uses the shell operator '${current}', and commands run without a shell`);
        }
        args.push(current);
        current = '';
        inWord = false;
        quotedWord = false;
    }
}
/** Render an argument vector for logs, quoting words that need it (the inverse of {@link splitCommand}). */
function formatCommand(args) {
    return args.map((a) => (a !== '' && /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

;// CONCATENATED MODULE: ./src/domain/steps.ts
/**
 * The build plan: install, lint, compile, test, package. Each step runs a package.json script (by name) or an
 * explicit command; it is skipped when listed in `skip`, or when it names the default script and the project has
 * no such script. The plan is data; running it is the adapter's job.
 */

const STEP_IDS = ['install', 'lint', 'compile', 'test', 'package'];
/** Steps that run a script or command (package is done by the action itself). */
const COMMAND_STEPS = ['lint', 'compile', 'test'];
/** The default script per command step. */
const DEFAULT_SCRIPTS = { lint: 'lint', compile: 'build', test: 'test' };
/** What `npm init` writes as the test script: a placeholder, not a test suite. */
const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1';
/** Build the plan. Throws {@link InputError} for a script the user named that package.json does not define. */
function planSteps(p) {
    const steps = [];
    const install = p.installCommand ?? p.manager.install;
    steps.push(p.skip.includes('install')
        ? { id: 'install', skipped: 'skipped by input', what: install.join(' ') }
        : { id: 'install', argv: install, what: install.join(' ') });
    for (const id of COMMAND_STEPS)
        steps.push(planCommandStep(id, p));
    const what = p.packaging ?? 'packages';
    steps.push(p.skip.includes('package') ? { id: 'package', skipped: 'skipped by input', what } : { id: 'package', what });
    return steps;
}
function planCommandStep(id, p) {
    const setting = p.settings[id] ?? {};
    if (p.skip.includes(id))
        return {
            id,
            skipped: 'skipped by input',
            what: setting.command?.join(' ') ?? `script ${setting.script ?? DEFAULT_SCRIPTS[id]}`,
        };
    if (setting.command)
        return { id, argv: setting.command, what: setting.command.join(' ') };
    const script = setting.script ?? DEFAULT_SCRIPTS[id];
    const body = p.scripts[script];
    if (body === undefined || (id === 'test' && body.trim() === NPM_INIT_TEST)) {
        if (setting.script !== undefined) {
            const known = Object.keys(p.scripts);
            throw new errors/* InputError */.dz(id, script, `is not a script in package.json (scripts: ${known.length ? known.join(', ') : 'none'})`);
        }
        return {
            id,
            skipped: body === undefined ? `no '${script}' script` : `'${script}' is npm's placeholder`,
            what: `script ${script}`,
        };
    }
    const argv = p.manager.runScript(script);
    return { id, argv, what: argv.join(' '), script };
}
/** One line naming what the package step makes, e.g. `npm pack, archive web, resources assets+docs, manifest`. */
function describePackaging(o) {
    const parts = [];
    if (o.npmPack)
        parts.push('npm pack');
    if (o.archives.length)
        parts.push(`${o.archives.length === 1 ? 'archive' : 'archives'} ${o.archives.join('+')}`);
    if (o.resources.length)
        parts.push(`${o.resources.length === 1 ? 'resource' : 'resources'} ${o.resources.join('+')}`);
    if (o.sbom)
        parts.push('sbom');
    if (o.meta !== 'none')
        parts.push(o.meta === 'both' ? 'manifest+meta package' : o.meta === 'npm' ? 'meta package' : 'manifest');
    parts.push('SHA256SUMS');
    return parts.join(', ');
}
/** Parse the `skip` list (comma or line separated step names). Throws {@link InputError} naming an unknown step. */
function parseSkip(items) {
    const out = [];
    for (const item of items) {
        if (!STEP_IDS.includes(item))
            throw new errors/* InputError */.dz('skip', item, `is not a step: use ${STEP_IDS.join(', ')}`);
        out.push(item);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/domain/spec.ts
/**
 * Parsing of the packaging inputs (`archives`, `resources`, `meta-dependencies`), path rules and artifact names.
 * Pure: file-system checks (existence, symlinks) happen in the adapters.
 */


const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const GLOB_CHARS = /[*?[\]{}!]/;
/** True when a pattern contains glob syntax. */
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/**
 * Check that a path is relative and stays inside its root once normalized; returns it normalized (posix, no
 * trailing slash, `.` for the root itself).
 */
function safeRelative(input, path) {
    const p = path.replace(/\\/g, '/');
    if (p === '')
        throw new errors/* InputError */.dz(input, path, 'is empty');
    checkPathText(input, path); // NUL, over-long paths and names: an input error, never ENAMETOOLONG later
    if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('~')) {
        throw new errors/* InputError */.dz(input, path, 'is an absolute path: give a path relative to the working directory');
    }
    const norm = external_node_path_.posix.normalize(p).replace(/\/+$/, '');
    if (norm === '..' || norm.startsWith('../') || p.split('/').includes('..')) {
        throw new errors/* InputError */.dz(input, path, "escapes the working directory ('..' is not allowed)");
    }
    return norm === '' ? '.' : norm;
}
/** The literal directory a glob starts from (`dist/**\/*.js` → `dist`). */
function globBase(pattern) {
    const parts = pattern.split('/');
    const fixed = [];
    for (const part of parts) {
        if (isGlob(part))
            break;
        fixed.push(part);
    }
    return fixed.length === 0 ? '.' : fixed.join('/');
}
/**
 * Parse `archives` / `resources` lines. A line is `name=path-or-glob` or a bare path (its last segment is the
 * name); `name=!glob` leaves matching files out. Lines with the same name are merged into one archive.
 */
function parseArchiveSpecs(input, lines, kind) {
    const byName = new Map();
    for (const line of lines) {
        const eq = line.indexOf('=');
        let rawPath = (eq === -1 ? line : line.slice(eq + 1)).trim();
        const negated = rawPath.startsWith('!');
        if (negated)
            rawPath = rawPath.slice(1);
        if (negated && eq === -1)
            throw new errors/* InputError */.dz(input, line, "is an exclusion without a name: write 'name=!pattern' (e.g. web=!**/*.map)");
        const path = safeRelative(input, rawPath);
        if (path === '.')
            throw new errors/* InputError */.dz(input, line, 'names the whole working directory: list what goes in (e.g. dist, assets)');
        let name = eq === -1 ? '' : line.slice(0, eq).trim();
        if (name === '') {
            if (isGlob(path))
                throw new errors/* InputError */.dz(input, line, "is a glob without a name: write 'name=pattern' (e.g. web=dist/**/*.js)");
            name = external_node_path_.posix.basename(path);
        }
        if (!NAME.test(name))
            throw new errors/* InputError */.dz(input, line, 'has an archive name that is not 1-64 letters, digits, dots, dashes or underscores');
        const spec = byName.get(name) ?? { name, patterns: [], excludes: [], kind };
        (negated ? spec.excludes : spec.patterns).push(path);
        byName.set(name, spec);
    }
    for (const spec of byName.values()) {
        if (spec.patterns.length === 0)
            throw new errors/* InputError */.dz(input, spec.name, `has only exclusions: add what goes in (e.g. ${spec.name}=dist)`);
    }
    return [...byName.values()];
}
/** Refuse two archives with the same name across `archives` and `resources` (their files would collide). */
function checkDistinctNames(specs) {
    const seen = new Set();
    for (const s of specs) {
        if (seen.has(s.name))
            throw new errors/* InputError */.dz(s.kind === 'resource' ? 'resources' : 'archives', s.name, 'is used as an archive name twice (in archives and resources)');
        seen.add(s.name);
    }
}
/** Validate a version; a leading `v` (as in tags) is accepted and dropped, and so is build metadata (as npm does). */
function spec_parseVersion(input, value) {
    return checkVersion(input, value, { max: MAX_VERSION });
}
/** Longest version accepted: it goes into file names (with the package and archive names, under 255 bytes). */
const MAX_VERSION = 64;
/**
 * npm's rules for a package name (what `validate-npm-package-name` checks for new packages): at most 214
 * characters, lower case, URL-safe, not starting with `.` or `_`, scope and name each one path segment. The name
 * becomes part of every file name, so `.`, `..` and `a/b/c` are refused here rather than as a file-system error.
 */
const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
/** Why `name` cannot be an npm package name, or undefined when it can. */
function npmNameProblem(name) {
    if (name.length > 214)
        return `is ${name.length} characters long; an npm package name can be at most 214`;
    if (!NPM_NAME.test(name))
        return "is not a valid npm package name (lower case letters, digits, '-', '.', '_', '~'; not starting with '.' or '_'; an optional @scope/)";
    return undefined;
}
/** `@scope/name` → `scope-name`, as npm names its tarballs. */
function fileBase(packageName) {
    return packageName.replace(/^@/, '').replace(/\//g, '-');
}
/** File name of an archive: `<base>-<archive>-<version>.tar.gz`. */
function archiveFileName(packageName, archive, version) {
    return `${fileBase(packageName)}-${archive}-${version}.tar.gz`;
}
/** 1-based line of a script's key inside package.json's `scripts` (for annotations), or undefined. */
function scriptLine(packageJson, script) {
    const lines = packageJson.split('\n');
    const start = lines.findIndex((l) => /"scripts"\s*:/.test(l));
    if (start === -1)
        return undefined;
    const key = `"${script.replace(/["\\]/g, (c) => `\\${c}`)}"`;
    for (let i = start; i < lines.length; i++) {
        const at = lines[i].indexOf(key);
        if (at !== -1 && /^\s*:/.test(lines[i].slice(at + key.length)))
            return i + 1;
    }
    return undefined;
}
/** Parse `meta-dependencies` lines `name@version` (exact versions only). */
function parseMetaDependencies(input, lines) {
    const deps = {};
    for (const line of lines) {
        const at = line.lastIndexOf('@');
        const name = at > 0 ? line.slice(0, at) : '';
        const text = line.slice(at + 1);
        // Exact: no `v` prefix (build metadata is dropped, as npm stores versions).
        const version = at > 0 && /^\d\S*$/.test(text) ? normalVersion(text) : null;
        if (!name || !version || !/^(@[a-z0-9._~-]+\/)?[a-z0-9._~-]+$/.test(name)) {
            throw new errors/* InputError */.dz(input, line, 'is not name@exact-version (e.g. @acme/web@1.4.0)');
        }
        deps[name] = version;
    }
    return deps;
}
/**
 * A package.json text with the version replaced. The version's value is edited in place, so the rest of the file
 * stays byte for byte as written (and the tarball matches what `npm pack` makes of a hand-edited file); when that
 * is not possible (no version field, or an ambiguous one) the file is re-serialized with its indentation.
 */
function stampVersion(packageJson, version) {
    const data = JSON.parse(packageJson);
    const edited = packageJson.replace(/^(\s*"version"\s*:\s*)"(?:[^"\\]|\\.)*"/m, (_m, key) => `${key}${JSON.stringify(version)}`);
    if (edited !== packageJson && sameExceptVersion(JSON.parse(edited), data, version))
        return edited;
    const indent = /^\{\r?\n([ \t]+)"/.exec(packageJson)?.[1] ?? '  ';
    data.version = version;
    return `${JSON.stringify(data, null, indent)}${packageJson.endsWith('\n') ? '\n' : ''}`;
}
function sameExceptVersion(edited, original, version) {
    if (edited.version !== version)
        return false;
    return JSON.stringify({ ...edited, version: '' }) === JSON.stringify({ ...original, version: '' });
}

;// CONCATENATED MODULE: ../../packages/oci/src/types.ts
/** OCI image-spec and Distribution media types and the JSON shapes used here (only the fields we read or write). */
const MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    config: 'application/vnd.oci.image.config.v1+json',
    layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    layerTar: 'application/vnd.oci.image.layer.v1.tar',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerLayerTar: 'application/vnd.docker.image.rootfs.diff.tar',
};
/** Manifest media types a registry may answer with (Accept header of a pull). */
const MANIFEST_TYPES = [MEDIA.index, MEDIA.manifest, MEDIA.dockerList, MEDIA.dockerManifest];
function types_isIndexType(mediaType) {
    return mediaType === MEDIA.index || mediaType === MEDIA.dockerList;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../../packages/oci/src/digest.ts
/** Content digests (`sha256:<64 hex>`): the only algorithm written here, and the only one accepted when reading. */

const DIGEST = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return typeof value === 'string' && DIGEST.test(value);
}
function digest_sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The hex part of a digest, after checking its form (a digest becomes a file name: nothing else may pass). */
function digestHex(digest) {
    if (!isDigest(digest))
        throw new Error(`not a sha256 digest: '${digest}'`);
    return digest.slice('sha256:'.length);
}
/**
 * Canonical JSON bytes of a manifest, index or config: keys in insertion order as built, no spaces. The same
 * object always gives the same bytes, so the same inputs give the same digest.
 */
function canonicalJson(value) {
    return Buffer.from(JSON.stringify(value), 'utf8');
}

;// CONCATENATED MODULE: ../../packages/oci/src/reference.ts
/**
 * Image references (`host[:port]/path[:tag][@digest]`) and base-image specs (`oci:dir`, `oci-archive:file`,
 * `docker-archive:file`, `docker://ref`, a bare ref, `scratch`). Pure parsing: errors say what is accepted.
 */
class ReferenceError extends Error {
    value;
    accepted;
    constructor(value, accepted) {
        super(`'${value}' ${accepted}`);
        this.value = value;
        this.accepted = accepted;
        this.name = 'ReferenceError';
    }
}
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const reference_DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:localhost|\[[0-9a-f:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?$/;
const REF_HELP = 'is not an image reference (host[:port]/path[:tag][@sha256:…], e.g. ghcr.io/acme/web:1.2.3)';
function isTag(value) {
    return TAG.test(value);
}
/** Parse a reference; `needTagOrDigest: false` accepts a bare repository (a push destination). */
function parseReference(value, opts = {}) {
    let rest = value.trim();
    if (rest === '' || /\s/.test(rest))
        throw new ReferenceError(value, REF_HELP);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!reference_DIGEST.test(digest))
            throw new ReferenceError(value, 'has a digest that is not sha256:<64 lower-case hex digits>');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new ReferenceError(value, 'has a tag that is not [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}');
    }
    const parts = rest.split('/');
    let registry = 'registry-1.docker.io';
    const first = parts[0] ?? '';
    if (parts.length > 1 &&
        (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
        registry = first;
        parts.shift();
        if (!HOST.test(registry))
            throw new ReferenceError(value, `has a registry host '${registry}' that is not a host name with an optional port`);
    }
    else if (parts.length === 1) {
        parts.unshift('library');
    }
    if (registry === 'docker.io' || registry === 'index.docker.io')
        registry = 'registry-1.docker.io';
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
        throw new ReferenceError(value, `${REF_HELP}; path components are lower-case letters, digits and . _ -`);
    if (opts.needTagOrDigest !== false && !tag && !digest)
        tag = 'latest';
    return { registry, repository: parts.join('/'), ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
const BASE_HELP = 'is not a base image: scratch, oci:<dir>[:<tag>], oci-archive:<file>[:<tag>], docker-archive:<file> (docker save), or a registry reference (docker://host/path:tag or host/path:tag)';
/** Parse the base-image spec. Paths are returned as given (the caller resolves them inside the workspace). */
function parseBaseSpec(value) {
    const v = value.trim();
    if (v === 'scratch')
        return { kind: 'scratch' };
    const m = /^(oci|oci-archive|docker-archive):(.+)$/.exec(v);
    if (m) {
        const kind = m[1];
        let path = m[2];
        let ref;
        const c = path.lastIndexOf(':');
        if (kind !== 'docker-archive' && c > 0) {
            ref = path.slice(c + 1);
            path = path.slice(0, c);
            if (!TAG.test(ref))
                throw new ReferenceError(value, `${BASE_HELP}; '${ref}' is not a tag`);
        }
        if (path === '')
            throw new ReferenceError(value, BASE_HELP);
        return kind === 'docker-archive' ? { kind, path } : { kind, path, ...(ref ? { ref } : {}) };
    }
    const ref = v.startsWith('docker://') ? v.slice('docker://'.length) : v;
    try {
        return { kind: 'registry', ref: parseReference(ref) };
    }
    catch (error) {
        if (error instanceof ReferenceError)
            throw new ReferenceError(value, `${BASE_HELP} (${error.accepted})`);
        throw error;
    }
}
/** The base URL of a registry: http only for loopback (as Docker treats localhost as insecure), https otherwise. */
function registryUrl(registry) {
    const host = registry.replace(/:\d+$/, '');
    const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
    return `${loopback ? 'http' : 'https'}://${registry}`;
}

;// CONCATENATED MODULE: ../../packages/oci/src/image.ts
/**
 * Pure image building: the new config, manifest and index from the base's and the app layer's descriptors, and the
 * tags a version is pushed under. No clock: every time comes from SOURCE_DATE_EPOCH, so the same inputs give the
 * same bytes and the same digests.
 */


function jsonBlob(value, mediaType, extra = {}) {
    const bytes = canonicalJson(value);
    return { bytes, descriptor: { mediaType, digest: digest_sha256Digest(bytes), size: bytes.length, ...extra } };
}
function isoTime(epoch) {
    return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}
/** The `org.opencontainers.image.*` labels (annotations spec names), only those with a value. */
function ociLabels(o) {
    const out = {
        'org.opencontainers.image.created': isoTime(o.epoch),
        'org.opencontainers.image.version': o.version,
    };
    const add = (key, v) => {
        if (v)
            out[`org.opencontainers.image.${key}`] = v;
    };
    add('revision', o.revision);
    add('source', o.source);
    add('title', o.title);
    add('description', o.description);
    add('licenses', o.licenses);
    add('base.name', o.baseName);
    add('base.digest', o.baseDigest);
    return out;
}
function sortedRecord(r) {
    return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** Env lines: the base's, with ours replacing the same names and new names appended in sorted order. */
function mergeEnv(base, ours) {
    const out = [...(base ?? [])];
    for (const [name, value] of Object.entries(sortedRecord(ours))) {
        const line = `${name}=${value}`;
        const at = out.findIndex((l) => l.split('=', 1)[0] === name);
        if (at >= 0)
            out[at] = line;
        else
            out.push(line);
    }
    return out;
}
/** `8080` → `8080/tcp`; `53/udp` kept. */
function normalizePort(port) {
    return port.includes('/') ? port : `${port}/tcp`;
}
/** The new run config: the base's, then the settings on top (an entrypoint without a cmd clears the base cmd, as in a Dockerfile). */
function runConfig(base, s, labels) {
    const c = { ...(base ?? {}) };
    if (s.user !== undefined)
        c.User = s.user;
    const ports = { ...(c.ExposedPorts ?? {}) };
    for (const p of s.ports)
        ports[normalizePort(p)] = {};
    if (Object.keys(ports).length)
        c.ExposedPorts = sortedRecord(ports);
    c.Env = mergeEnv(c.Env, s.env);
    if (s.entrypoint) {
        c.Entrypoint = s.entrypoint;
        if (!s.cmd)
            delete c.Cmd;
    }
    if (s.cmd)
        c.Cmd = s.cmd;
    c.WorkingDir = s.workdir;
    c.Labels = sortedRecord({ ...(c.Labels ?? {}), ...s.labels, ...labels });
    return c;
}
/** The image config for one platform: base config (or a scratch one) plus our layer, settings and labels. */
function imageConfig(base, layer, s, o, platform) {
    const created = isoTime(o.epoch);
    const labels = ociLabels(o);
    const { created: _c, container: _ct, container_config: _cc, docker_version: _dv, ...rest } = (base ?? {});
    return {
        ...rest,
        created,
        architecture: base?.architecture ?? platform.architecture,
        os: base?.os ?? platform.os,
        ...((base?.variant ?? platform.variant) ? { variant: (base?.variant ?? platform.variant) } : {}),
        config: runConfig(base?.config, s, labels),
        rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), layer.diffId] },
        history: [
            ...(base?.history ?? []),
            { created, created_by: `shipline build-package: ${s.workdir}`, comment: `${o.title ?? 'app'} ${o.version}` },
        ],
    };
}
/** Docker media types of layers and configs mapped to their OCI equivalents (same bytes). */
function image_ociMediaType(mediaType) {
    switch (mediaType) {
        case MEDIA.dockerLayerGzip:
            return MEDIA.layerGzip;
        case MEDIA.dockerLayerTar:
            return MEDIA.layerTar;
        case MEDIA.dockerConfig:
            return MEDIA.config;
        default:
            return mediaType;
    }
}
/** The image manifest: base layers (as OCI media types) then ours, annotations naming the base. */
function imageManifest(baseLayers, config, layer, o) {
    const annotations = {
        'org.opencontainers.image.created': isoTime(o.epoch),
        'org.opencontainers.image.version': o.version,
    };
    if (o.baseName)
        annotations['org.opencontainers.image.base.name'] = o.baseName;
    if (o.baseDigest)
        annotations['org.opencontainers.image.base.digest'] = o.baseDigest;
    return {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        config: { mediaType: MEDIA.config, digest: config.digest, size: config.size },
        layers: [
            ...baseLayers.map((l) => ({ mediaType: image_ociMediaType(l.mediaType), digest: l.digest, size: l.size })),
            layer.descriptor,
        ],
        annotations: sortedRecord(annotations),
    };
}
/** An image index over per-platform manifests (multi-arch). */
function imageIndex(manifests, o) {
    return {
        schemaVersion: 2,
        mediaType: MEDIA.index,
        manifests: manifests.map((m) => ({
            mediaType: m.mediaType,
            digest: m.digest,
            size: m.size,
            ...(m.platform ? { platform: m.platform } : {}),
        })),
        annotations: {
            'org.opencontainers.image.created': isoTime(o.epoch),
            'org.opencontainers.image.version': o.version,
        },
    };
}
/** The OCI layout's own `index.json`: one descriptor, named by `ref.name` (so `oci:dir:<version>` finds it). */
function layoutIndex(root, refName) {
    return {
        schemaVersion: 2,
        manifests: [
            {
                mediaType: root.mediaType,
                digest: root.digest,
                size: root.size,
                annotations: { 'org.opencontainers.image.ref.name': refName },
            },
        ],
    };
}
/**
 * Registry tags for a version: the full version (build metadata `+` is not allowed in a tag and becomes `_`), then
 * the requested floating ones. A prerelease never moves `major`, `minor` or `latest`.
 */
function versionTags(version, extra) {
    const m = /^(\d+)\.(\d+)\.(\d+)(-[^+]*)?(\+.*)?$/.exec(version);
    if (!m)
        throw new Error(`not a semantic version: '${version}'`);
    const tags = [version.replace(/\+/g, '_')];
    if (m[4])
        return tags;
    if (extra.includes('major'))
        tags.push(m[1]);
    if (extra.includes('minor'))
        tags.push(`${m[1]}.${m[2]}`);
    if (extra.includes('latest'))
        tags.push('latest');
    return tags;
}
/** `linux/amd64`, `linux/arm64/v8` → a Platform. */
function parsePlatform(value) {
    const m = /^([a-z0-9]+)\/([a-z0-9_]+)(?:\/([a-z0-9]+))?$/.exec(value);
    if (!m)
        return undefined;
    return { os: m[1], architecture: m[2], ...(m[3] ? { variant: m[3] } : {}) };
}
function formatPlatform(p) {
    return p ? `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : 'unknown';
}
/** Node's process.arch → the OCI architecture name. */
function ociArch(nodeArch) {
    return ({ x64: 'amd64', arm64: 'arm64', arm: 'arm', ia32: '386', ppc64: 'ppc64le', s390x: 's390x' }[nodeArch] ?? nodeArch);
}

;// CONCATENATED MODULE: ../../packages/core/src/hash.ts
/**
 * Streamed sha256 (and sha512) of files, downloads and streams, through one reused buffer so memory stays flat
 * however big the file is. node:crypto and node:stream are loaded on first use (they cost start-up time, and most
 * runs of most actions hash nothing).
 */


const hash_crypto = () => process.getBuiltinModule('node:crypto');
const streams = () => process.getBuiltinModule('node:stream');
const CHUNK = 1 << 20;
async function hashFile(path, opts = {}) {
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (opts.noFollow ? external_node_fs_.constants.O_NOFOLLOW : 0));
    try {
        return await hashHandle(file, opts);
    }
    finally {
        await file.close();
    }
}
async function hashHandle(file, opts) {
    const a = hash_crypto().createHash('sha256');
    const b = opts.sha512 ? hash_crypto().createHash('sha512') : undefined;
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
        const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0)
            break;
        const view = buffer.subarray(0, bytesRead);
        a.update(view);
        b?.update(view);
        size += bytesRead;
    }
    return { size, sha256: a.digest('hex'), ...(b ? { sha512: b.digest('base64') } : {}) };
}
/** Hash what an async source yields (a download, a stream). */
async function hashChunks(source) {
    const hash = hash_crypto().createHash('sha256');
    let size = 0;
    for await (const chunk of source) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { size, sha256: hash.digest('hex') };
}
/** A pass-through stream that counts and sha256-hashes what flows through it; `result()` once it has ended. */
function hashingStream() {
    const hash = hash_crypto().createHash('sha256');
    let size = 0;
    const stream = new (streams().Transform)({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    return { stream, result: () => ({ size, sha256: hash.digest('hex') }) };
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ../../packages/oci/src/store.ts
/**
 * A content-addressed blob store on disk, laid out as an OCI image layout (`blobs/sha256/<hex>`). Every blob put in
 * is hashed on the way and checked against the digest it claims, so a corrupt base never becomes part of an image.
 */







class DigestMismatchError extends Error {
    expected;
    actual;
    what;
    constructor(expected, actual, what) {
        super(`${what}: content has digest ${actual}, expected ${expected}`);
        this.expected = expected;
        this.actual = actual;
        this.what = what;
        this.name = 'DigestMismatchError';
    }
}
/** A pass-through that counts and hashes what flows through it (core's hashingStream), with an OCI digest. */
function digester() {
    const h = hashingStream();
    return {
        stream: h.stream,
        result: () => {
            const { size, sha256 } = h.result();
            return { digest: `sha256:${sha256}`, size };
        },
    };
}
/** Copy `src` to a new file `dest` through one reused 1 MiB buffer, hashing it; returns its digest and size. */
async function copyHashed(src, dest) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(1 << 20);
    const input = await (0,promises_.open)(src, 'r');
    const output = await (0,promises_.open)(dest, 'wx');
    let size = 0;
    try {
        for (;;) {
            const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            for (let at = 0; at < bytesRead;)
                at += (await output.write(buffer, at, bytesRead - at)).bytesWritten;
            size += bytesRead;
        }
    }
    finally {
        await input.close();
        await output.close();
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}
class BlobStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    path(digest) {
        return (0,external_node_path_.join)(this.dir, 'blobs', 'sha256', digestHex(digest));
    }
    async has(digest) {
        return (0,promises_.stat)(this.path(digest)).then((s) => s.isFile(), () => false);
    }
    async size(digest) {
        return (await (0,promises_.stat)(this.path(digest))).size;
    }
    /** Store bytes; returns their digest. */
    async putBytes(bytes) {
        const digest = digest_sha256Digest(bytes);
        const path = this.path(digest);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        if (!(await this.has(digest)))
            await (0,promises_.writeFile)(path, bytes);
        return digest;
    }
    /**
     * Stream a blob in, checking its digest (and size when given) before it takes its name: a short or wrong
     * download leaves nothing behind.
     */
    async putStream(source, expected, what, expectedSize) {
        const path = this.path(expected);
        if (await this.has(expected)) {
            source.destroy();
            return;
        }
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const tmp = `${path}.partial-${process.pid}`;
        const d = digester();
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(source, d.stream, (0,external_node_fs_.createWriteStream)(tmp));
            const { digest, size } = d.result();
            if (digest !== expected)
                throw new DigestMismatchError(expected, digest, what);
            if (expectedSize !== undefined && size !== expectedSize)
                throw new DigestMismatchError(expected, `${digest} (${size} bytes, expected ${expectedSize})`, what);
            await (0,promises_.rename)(tmp, path);
        }
        finally {
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
    /**
     * Copy a file in, hashed on the way: its digest is computed (and checked against `expected` when given). One
     * reused buffer, each write finished before it is refilled: flat memory for layers of any size.
     */
    async putFile(file, what, expected) {
        const tmp = (0,external_node_path_.join)(this.dir, 'blobs', `.incoming-${process.pid}-${Math.random().toString(36).slice(2)}`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(tmp), { recursive: true });
        try {
            const r = await copyHashed(file, tmp);
            if (expected && r.digest !== expected)
                throw new DigestMismatchError(expected, r.digest, what);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path(r.digest)), { recursive: true });
            await (0,promises_.rename)(tmp, this.path(r.digest));
            return r;
        }
        finally {
            await (0,promises_.rm)(tmp, { force: true });
        }
    }
    /** Read and verify a small JSON blob (manifest, index, config), bounded to 4 MiB. */
    async readJson(digest, what) {
        const path = this.path(digest);
        const st = await (0,promises_.stat)(path).catch(() => undefined);
        if (!st)
            throw new Error(`${what}: blob ${digest} is missing`);
        if (st.size > 4 * 1024 * 1024)
            throw new Error(`${what}: blob ${digest} is ${st.size} bytes; a manifest or config is at most 4 MiB`);
        const bytes = await (0,promises_.readFile)(path);
        const actual = digest_sha256Digest(bytes);
        if (actual !== digest)
            throw new DigestMismatchError(digest, actual, what);
        try {
            return { value: JSON.parse(bytes.toString('utf8')), bytes };
        }
        catch {
            throw new Error(`${what}: blob ${digest} is not JSON`);
        }
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ../../packages/oci/src/registry.ts
/**
 * A small client of the OCI Distribution API (the registry HTTP API): manifests and blobs by digest, monolithic
 * blob uploads with the digest checked by the registry, Basic and Bearer (token) auth. Idempotent requests are
 * retried on 5xx, 429 and dropped connections, a bounded number of times. Credentials and tokens are never part of
 * an error message.
 */







/** Parse `WWW-Authenticate: Bearer realm="…",service="…",scope="…"` (or Basic). */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
class RegistryClient {
    registry;
    options;
    base;
    auth;
    attempts;
    constructor(registry, options = {}) {
        this.registry = registry;
        this.options = options;
        this.base = registryUrl(registry);
        this.attempts = options.attempts ?? 4;
    }
    static for(ref, options = {}) {
        return new RegistryClient(ref.registry, options);
    }
    async authenticate(challenge, scope, operation) {
        const creds = this.options.credentials;
        if (challenge?.scheme === 'basic') {
            if (!creds)
                throw new errors/* RemoteError */.Hi(operation, 401, `${this.registry} asks for a user name and password`, {
                    hint: 'Give the registry credentials.',
                });
            this.auth = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
            this.options.onSecret?.(this.auth.slice(6));
            return;
        }
        if (challenge?.scheme === 'bearer' && challenge.params.realm) {
            const url = new URL(challenge.params.realm);
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            url.searchParams.set('scope', challenge.params.scope ?? scope);
            const headers = {};
            if (creds)
                headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
            const res = await fetch(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000) });
            if (!res.ok)
                throw new errors/* RemoteError */.Hi(operation, res.status, `the token service of ${this.registry} refused ${creds ? 'the credentials' : 'an anonymous request'}`);
            const body = (await res.json());
            const token = body.token ?? body.access_token;
            if (!token)
                throw new errors/* RemoteError */.Hi(operation, res.status, `the token service of ${this.registry} answered without a token`);
            this.options.onSecret?.(token);
            this.auth = `Bearer ${token}`;
            return;
        }
        throw new errors/* RemoteError */.Hi(operation, 401, `${this.registry} refused the request and offers no usable authentication scheme`);
    }
    /**
     * One request, with auth (a 401 triggers one authentication and one retry) and bounded retries for transient
     * failures when `retry` is set. `body` is a function so each attempt gets a fresh stream.
     */
    async request(operation, method, path, o) {
        const url = path.startsWith('http') ? path : `${this.base}${path}`;
        let authed = false;
        let lastError;
        for (let attempt = 1; attempt <= (o.retry === false ? 1 : this.attempts); attempt++) {
            if (attempt > 1)
                await (0,external_node_timers_promises_namespaceObject.setTimeout)(this.options.backoffMs?.(attempt - 1) ?? 250 * 4 ** (attempt - 2));
            const headers = { ...(o.headers ?? {}) };
            if (this.auth)
                headers.authorization = this.auth;
            const body = o.body?.();
            let res;
            try {
                res = await fetch(url, {
                    method,
                    headers,
                    ...(body
                        ? {
                            body: Buffer.isBuffer(body) ? body : external_node_stream_.Readable.toWeb(body),
                            duplex: 'half',
                        }
                        : {}),
                    redirect: 'follow',
                    signal: AbortSignal.timeout(this.options.timeoutMs ?? 300_000),
                });
            }
            catch (error) {
                lastError = error;
                continue;
            }
            if (res.status === 401 && !authed) {
                authed = true;
                await res.body?.cancel();
                await this.authenticate(parseChallenge(res.headers.get('www-authenticate')), o.scope, operation);
                attempt--; // the auth round does not count as a failure
                continue;
            }
            if ((res.status >= 500 || res.status === 429) && o.retry !== false && attempt < this.attempts) {
                lastError = new errors/* RemoteError */.Hi(operation, res.status, await errorDetail(res));
                continue;
            }
            if (o.ok ? o.ok.includes(res.status) : res.ok)
                return res;
            throw new errors/* RemoteError */.Hi(operation, res.status, await errorDetail(res));
        }
        if (lastError instanceof errors/* RemoteError */.Hi)
            throw lastError;
        throw new errors/* RemoteError */.Hi(operation, undefined, `${this.registry} could not be reached (${lastError?.message ?? 'no answer'})`, { cause: lastError });
    }
    /** Size of a blob when the repository has it, else undefined. */
    async blobSize(repository, digest) {
        const res = await this.request(`HEAD blob ${digest}`, 'HEAD', `/v2/${repository}/blobs/${digest}`, {
            scope: scopeOf(repository, 'pull'),
            ok: [200, 404],
        });
        if (res.status === 404)
            return undefined;
        return Number(res.headers.get('content-length') ?? -1);
    }
    /** The blob's bytes as a stream (the caller checks the digest while storing it). */
    async blobStream(repository, digest) {
        const res = await this.request(`GET blob ${digest}`, 'GET', `/v2/${repository}/blobs/${digest}`, {
            scope: scopeOf(repository, 'pull'),
        });
        if (!res.body)
            throw new errors/* RemoteError */.Hi(`GET blob ${digest}`, res.status, 'empty body');
        return external_node_stream_.Readable.fromWeb(res.body);
    }
    /**
     * Upload a blob from a file: POST to open an upload, PUT the whole file with `?digest=` (the registry checks the
     * digest and refuses a mismatch, so a blob is never stored under a wrong name). A failed attempt starts over.
     */
    async pushBlob(repository, digest, size, file) {
        const operation = `upload blob ${digest}`;
        const scope = scopeOf(repository, 'pull,push');
        let lastError;
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            try {
                const started = await this.request(operation, 'POST', `/v2/${repository}/blobs/uploads/`, {
                    scope,
                    ok: [202],
                    headers: { 'content-length': '0' },
                });
                await started.body?.cancel();
                const location = started.headers.get('location');
                if (!location)
                    throw new errors/* RemoteError */.Hi(operation, started.status, 'the registry gave no upload location');
                const url = new URL(location, this.base);
                url.searchParams.set('digest', digest);
                const res = await this.request(operation, 'PUT', url.toString(), {
                    scope,
                    retry: false,
                    ok: [201],
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
                    body: () => (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }),
                });
                await res.body?.cancel();
                return;
            }
            catch (error) {
                lastError = error;
                const status = error.status;
                if (status !== undefined && status < 500 && status !== 429)
                    throw error;
                if (attempt < this.attempts)
                    await (0,external_node_timers_promises_namespaceObject.setTimeout)(this.options.backoffMs?.(attempt) ?? 250 * 4 ** (attempt - 1));
            }
        }
        throw lastError;
    }
    /** A manifest (or index) by tag or digest, its bytes checked against the digest when one was asked for. */
    async getManifest(repository, reference) {
        const operation = `GET manifest ${repository}:${reference}`;
        const res = await this.request(operation, 'GET', `/v2/${repository}/manifests/${reference}`, {
            scope: scopeOf(repository, 'pull'),
            headers: { accept: MANIFEST_TYPES.join(', ') },
            ok: [200, 404],
        });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        const bytes = Buffer.from(await res.arrayBuffer());
        const digest = digest_sha256Digest(bytes);
        if (reference.startsWith('sha256:') && digest !== reference)
            throw new errors/* RemoteError */.Hi(operation, res.status, `the registry sent a manifest whose digest is ${digest}`);
        const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ||
            JSON.parse(bytes.toString('utf8')).mediaType ||
            '';
        return { bytes, mediaType, digest };
    }
    /** PUT a manifest under a tag or its digest; returns the digest the registry computed (checked against ours). */
    async putManifest(repository, reference, m) {
        const operation = `PUT manifest ${repository}:${reference}`;
        const res = await this.request(operation, 'PUT', `/v2/${repository}/manifests/${reference}`, {
            scope: scopeOf(repository, 'pull,push'),
            headers: { 'content-type': m.mediaType },
            body: () => m.bytes,
            ok: [201, 200],
        });
        await res.body?.cancel();
        const ours = digest_sha256Digest(m.bytes);
        const theirs = res.headers.get('docker-content-digest');
        if (theirs && theirs !== ours)
            throw new errors/* RemoteError */.Hi(operation, res.status, `the registry stored digest ${theirs}, we sent ${ours}`);
        return ours;
    }
}
function scopeOf(repository, actions) {
    return `repository:${repository}:${actions}`;
}
async function errorDetail(res) {
    const text = (await res.text().catch(() => '')).slice(0, 2000);
    try {
        const body = JSON.parse(text);
        const e = body.errors?.[0];
        if (e)
            return `${e.code ?? 'error'}: ${e.message ?? ''}`.trim();
    }
    catch {
        // not JSON
    }
    return text.split('\n')[0]?.slice(0, 200) || res.statusText || 'no detail';
}

;// CONCATENATED MODULE: ../../packages/oci/src/layout.ts
/**
 * Reading images from disk and registries into a {@link BlobStore}: an OCI image layout directory, an OCI layout in
 * a tar (`oci-archive`), a `docker save` tarball (old layout with manifest.json, or the OCI layout Docker 25+
 * writes), or a registry pull. Every blob is verified against its digest on the way in.
 */






class ImageFormatError extends Error {
    name = 'ImageFormatError';
}
async function readSmallJson(path, what) {
    const st = await (0,promises_.lstat)(path).catch(() => undefined);
    if (!st?.isFile())
        throw new ImageFormatError(`${what} is missing`);
    if (st.size > 4 * 1024 * 1024)
        throw new ImageFormatError(`${what} is ${st.size} bytes; at most 4 MiB is read`);
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch {
        throw new ImageFormatError(`${what} is not JSON`);
    }
}
/** The root descriptor of an OCI layout directory: the one named `ref` (ref.name annotation) or its only image. */
async function readLayout(dir, ref) {
    const layout = await readSmallJson((0,external_node_path_.join)(dir, 'oci-layout'), 'oci-layout');
    if (!layout.imageLayoutVersion)
        throw new ImageFormatError('oci-layout has no imageLayoutVersion: not an OCI image layout');
    const index = await readSmallJson((0,external_node_path_.join)(dir, 'index.json'), 'index.json');
    const all = Array.isArray(index.manifests) ? index.manifests : [];
    const named = (d) => d.annotations?.['org.opencontainers.image.ref.name'] ?? d.annotations?.['io.containerd.image.name'];
    const picked = ref ? all.filter((d) => named(d) === ref || named(d)?.endsWith(`:${ref}`)) : all;
    if (picked.length !== 1 || !picked[0]) {
        const names = all.map((d) => named(d) ?? d.digest).join(', ');
        throw new ImageFormatError(ref
            ? `the layout has no single image named '${ref}' (it has: ${names || 'none'})`
            : `the layout holds ${all.length} images (${names}); name one with :<tag>`);
    }
    return { store: new BlobStore(dir), root: picked[0] };
}
/** Read a `docker save` tarball already extracted to `dir` (its blobs are copied into `into`). */
async function readDockerSave(dir, into) {
    if (await (0,promises_.lstat)((0,external_node_path_.join)(dir, 'oci-layout')).catch(() => undefined))
        return readLayout(dir);
    const list = await readSmallJson((0,external_node_path_.join)(dir, 'manifest.json'), 'manifest.json of the docker archive');
    if (!Array.isArray(list) || list.length !== 1 || !list[0]?.Config || !Array.isArray(list[0].Layers)) {
        throw new ImageFormatError(`manifest.json of the docker archive must list exactly one image with Config and Layers (found ${Array.isArray(list) ? list.length : 'no list'})`);
    }
    const entry = list[0];
    const root = await (0,promises_.realpath)(dir);
    const inside = async (p) => {
        const real = await (0,promises_.realpath)((0,external_node_path_.join)(dir, p)).catch(() => undefined);
        if (!real)
            throw new ImageFormatError(`docker archive lists '${p}', which it does not hold`);
        const rel = (0,external_node_path_.relative)(root, real);
        if (p.startsWith('/') || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            throw new ImageFormatError(`docker archive names a path outside itself: '${p}'`);
        return real;
    };
    const config = await into.putFile(await inside(entry.Config), 'docker archive config');
    const layers = [];
    for (const l of entry.Layers) {
        const stored = await into.putFile(await inside(l), `docker archive layer ${l}`);
        const head = await (0,promises_.readFile)(into.path(stored.digest), { encoding: null }).then((b) => b.subarray(0, 2));
        layers.push({
            mediaType: head[0] === 0x1f && head[1] === 0x8b ? MEDIA.layerGzip : MEDIA.layerTar,
            digest: stored.digest,
            size: stored.size,
        });
    }
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        config: { mediaType: MEDIA.config, ...config },
        layers,
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = await into.putBytes(bytes);
    return { store: into, root: { mediaType: MEDIA.manifest, digest, size: bytes.length } };
}
/**
 * Extract an archive (plain or gzipped tar) to `dest`: files, directories, and symlinks that stay inside the
 * archive (`docker save` links repeated layers); anything else, or a link leading out, fails the extraction.
 */
async function extractArchive(file, dest) {
    const { x } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 1549));
    await (0,promises_.mkdir)(dest, { recursive: true });
    let refused;
    await x({
        file,
        cwd: dest,
        strict: true,
        preserveOwner: false,
        filter: (path, entry) => {
            const { type, linkpath } = entry;
            if (type === 'SymbolicLink' &&
                linkpath &&
                !external_node_path_.posix.isAbsolute(linkpath) &&
                !external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), linkpath)).startsWith('..'))
                return true;
            if (type !== 'File' && type !== 'Directory' && type !== 'OldFile' && type !== 'ContiguousFile') {
                refused ??= `${path} (${type}${linkpath ? ` -> ${linkpath}` : ''})`;
                return false;
            }
            return true;
        },
    }).catch((error) => {
        throw new ImageFormatError(`the archive cannot be extracted safely: ${error.message}`);
    });
    if (refused)
        throw new ImageFormatError(`the archive holds an entry that is not a file or directory: ${refused}`);
}
/** Resolve a stored image to its per-platform images, filtered by `platforms` when given. */
async function platformImages(img, platforms) {
    const wanted = (p) => !platforms ||
        platforms.length === 0 ||
        platforms.some((w) => w.os === p.os && w.architecture === p.architecture && (!w.variant || w.variant === p.variant));
    const descriptors = [];
    if (types_isIndexType(img.root.mediaType)) {
        const { value } = await img.store.readJson(img.root.digest, 'image index');
        for (const d of value.manifests ?? []) {
            if (d.platform?.os === 'unknown' || d.platform?.architecture === 'unknown')
                continue; // attestations
            if (types_isIndexType(d.mediaType))
                throw new ImageFormatError('nested image indexes are not supported in a base image');
            descriptors.push(d);
        }
    }
    else {
        descriptors.push(img.root);
    }
    const out = [];
    for (const d of descriptors) {
        if (d.platform && !wanted(d.platform))
            continue; // not pulled, not needed
        const { value: manifest } = await img.store.readJson(d.digest, `manifest ${d.digest}`);
        if (!manifest.config || !Array.isArray(manifest.layers))
            throw new ImageFormatError(`manifest ${d.digest} is not an image manifest`);
        const { value: config } = await img.store.readJson(manifest.config.digest, `config ${manifest.config.digest}`);
        const platform = d.platform ?? {
            os: config.os,
            architecture: config.architecture,
            ...(config.variant ? { variant: config.variant } : {}),
        };
        if (!wanted(platform))
            continue;
        out.push({ descriptor: { ...d, platform }, manifest, config, platform });
    }
    if (out.length === 0) {
        throw new ImageFormatError(`the base image has no platform among ${(platforms ?? []).map(formatPlatform).join(', ')}`);
    }
    return out;
}
/** Pull an image (all platforms, or those asked for) from a registry into `store`; every blob is verified. */
async function pullImage(client, ref, store, platforms) {
    const reference = ref.digest ?? ref.tag ?? 'latest';
    const root = await client.getManifest(ref.repository, reference);
    if (!root)
        throw new ImageFormatError(`${ref.registry}/${ref.repository}:${reference} does not exist`);
    await store.putBytes(root.bytes);
    const rootDesc = { mediaType: root.mediaType, digest: root.digest, size: root.bytes.length };
    const children = types_isIndexType(root.mediaType)
        ? (JSON.parse(root.bytes.toString('utf8')).manifests ?? [])
        : [rootDesc];
    for (const child of children) {
        const p = child.platform;
        if (p && platforms?.length && !platforms.some((w) => w.os === p.os && w.architecture === p.architecture))
            continue;
        if (p && (p.os === 'unknown' || p.architecture === 'unknown'))
            continue;
        const m = child === rootDesc ? root : await client.getManifest(ref.repository, child.digest);
        if (!m)
            throw new ImageFormatError(`manifest ${child.digest} listed by the index is missing`);
        if (child !== rootDesc)
            await store.putBytes(m.bytes);
        const manifest = JSON.parse(m.bytes.toString('utf8'));
        for (const blob of [manifest.config, ...(manifest.layers ?? [])]) {
            if (await store.has(blob.digest))
                continue;
            await store.putStream(await client.blobStream(ref.repository, blob.digest), blob.digest, `blob ${blob.digest} of ${ref.repository}`, blob.size);
        }
    }
    return { store, root: rootDesc };
}
/** Every blob an image needs (manifests, configs, layers), children before parents: the order to push them in. */
async function layout_blobsOf(img) {
    const blobs = [];
    const manifests = [];
    const seen = new Set();
    const addBlob = (d) => {
        if (seen.has(d.digest))
            return;
        seen.add(d.digest);
        blobs.push({ mediaType: ociMediaType(d.mediaType), digest: d.digest, size: d.size });
    };
    const visitManifest = async (d) => {
        const { value } = await img.store.readJson(d.digest, `manifest ${d.digest}`);
        addBlob(value.config);
        for (const l of value.layers)
            addBlob(l);
        manifests.push(d);
    };
    if (isIndexType(img.root.mediaType)) {
        const { value } = await img.store.readJson(img.root.digest, 'image index');
        for (const d of value.manifests)
            await visitManifest(d);
        manifests.push(img.root);
    }
    else {
        await visitManifest(img.root);
    }
    return { blobs, manifests };
}
/** The digest of bytes as a registry would name them (re-exported for adapters). */
const digestOf = (/* unused pure expression or super */ null && (sha256Digest));

// EXTERNAL MODULE: ../../node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(6841);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
;// CONCATENATED MODULE: ../../packages/oci/src/tags.ts
/**
 * Pure planning of a push's tags: the version tag must be absent or already at our digest (a different image under
 * the same version is a conflict unless overwriting); a floating tag (major, minor, latest) moves only when it is
 * absent or points at a version not higher than ours, so re-publishing an old release never pulls `latest` back.
 */


function tags_planTags(version, digest, versionTag, states, overwrite) {
    const tags = [];
    const conflicts = [];
    for (const s of states) {
        if (s.digest === digest) {
            tags.push({ tag: s.tag, action: 'unchanged', reason: 'already points at this image' });
        }
        else if (!s.digest) {
            tags.push({ tag: s.tag, action: 'create', reason: 'new tag' });
        }
        else if (s.tag === versionTag) {
            if (overwrite)
                tags.push({ tag: s.tag, action: 'replace', reason: `pointed at ${s.digest} (overwrite: true)` });
            else
                conflicts.push(`tag ${s.tag} already points at a different image (${s.digest}); set overwrite: true to replace it`);
        }
        else if (s.version && validSemver(s.version) && compareSemver(s.version, version) > 0) {
            tags.push({ tag: s.tag, action: 'keep', reason: `points at the higher version ${s.version}` });
        }
        else {
            tags.push({ tag: s.tag, action: 'move', reason: `moved from ${s.version ?? s.digest}` });
        }
    }
    return { tags, conflicts };
}

;// CONCATENATED MODULE: ../../packages/oci/src/push.ts
/**
 * Push a stored image to a registry so that no tag ever points at an incomplete image: every blob (skipped when
 * the registry already has it with the same size), then the manifests by digest, then a read-back of the root
 * manifest and a HEAD of every blob, and only then the tags, each read back. Re-running converges: present blobs
 * and tags already at the digest are skipped.
 */




class PushConflictError extends Error {
    conflicts;
    constructor(conflicts) {
        super(`Nothing was pushed:\n- ${conflicts.join('\n- ')}`);
        this.conflicts = conflicts;
        this.name = 'PushConflictError';
    }
}
class PushVerifyError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'PushVerifyError';
}
/** What each tag points at now (and, for a different image, which version that is). */
async function observeTags(client, repository, tags, digest) {
    const out = [];
    for (const tag of tags) {
        const m = await client.getManifest(repository, tag);
        if (!m) {
            out.push({ tag });
            continue;
        }
        const state = { tag, digest: m.digest };
        if (m.digest !== digest) {
            const version = await versionOf(client, repository, m.bytes, m.mediaType).catch(() => undefined);
            if (version)
                state.version = version;
        }
        out.push(state);
    }
    return out;
}
async function versionOf(client, repository, bytes, mediaType) {
    let manifest = JSON.parse(bytes.toString('utf8'));
    if (isIndexType(mediaType ?? manifest.mediaType)) {
        const first = manifest.manifests?.[0];
        const child = first && (await client.getManifest(repository, first.digest));
        if (!child)
            return undefined;
        manifest = JSON.parse(child.bytes.toString('utf8'));
    }
    if (!manifest.config)
        return undefined;
    const stream = await client.blobStream(repository, manifest.config.digest);
    const chunks = [];
    let size = 0;
    for await (const c of stream) {
        chunks.push(c);
        size += c.length;
        if (size > 4 * 1024 * 1024)
            return undefined;
    }
    const config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return config.config?.Labels?.['org.opencontainers.image.version'];
}
/** Push the image and its tags; returns one row per blob, manifest and tag. Throws before any write on a conflict. */
async function pushImage(client, img, o) {
    const log = o.log ?? (() => { });
    const digest = img.root.digest;
    const states = await observeTags(client, o.repository, o.tags, digest);
    const plan = planTags(o.version, digest, o.tags[0], states, o.overwrite);
    if (plan.conflicts.length)
        throw new PushConflictError(plan.conflicts);
    const rows = [];
    const { blobs, manifests } = await blobsOf(img);
    for (const b of blobs) {
        const size = await client.blobSize(o.repository, b.digest);
        if (size === b.size) {
            rows.push({
                item: b.digest,
                action: 'skipped',
                detail: `${b.mediaType}, ${b.size} bytes, already in the registry`,
            });
            continue;
        }
        await client.pushBlob(o.repository, b.digest, b.size, img.store.path(b.digest));
        rows.push({ item: b.digest, action: 'uploaded', detail: `${b.mediaType}, ${b.size} bytes` });
        log(`uploaded ${b.digest} (${b.size} bytes)`);
    }
    for (const m of manifests) {
        const bytes = await readFile(img.store.path(m.digest));
        await client.putManifest(o.repository, m.digest, { bytes, mediaType: m.mediaType });
        rows.push({ item: m.digest, action: 'put', detail: m.mediaType });
    }
    await verifyPushed(client, o.repository, img.root, blobs);
    rows.push({ item: digest, action: 'verified', detail: `manifest read back by digest, ${blobs.length} blobs present` });
    const rootBytes = await readFile(img.store.path(digest));
    for (const t of plan.tags) {
        if (t.action === 'unchanged' || t.action === 'keep') {
            rows.push({ item: t.tag, action: t.action, detail: t.reason });
            continue;
        }
        await client.putManifest(o.repository, t.tag, { bytes: rootBytes, mediaType: img.root.mediaType });
        const back = await client.getManifest(o.repository, t.tag);
        if (back?.digest !== digest)
            throw new PushVerifyError(`tag ${t.tag} reads back as ${back?.digest ?? 'missing'}, expected ${digest}`);
        rows.push({ item: t.tag, action: t.action, detail: t.reason });
        log(`tag ${t.tag} → ${digest} (${t.action})`);
    }
    return rows;
}
/** The root manifest reads back by digest with the same bytes, and every blob is present with its size. */
async function verifyPushed(client, repository, root, blobs) {
    const back = await client.getManifest(repository, root.digest);
    if (!back)
        throw new PushVerifyError(`manifest ${root.digest} is not in ${repository} after the push`);
    for (const b of blobs) {
        const size = await client.blobSize(repository, b.digest);
        if (size !== b.size)
            throw new PushVerifyError(`blob ${b.digest} is ${size === undefined ? 'missing' : `${size} bytes, expected ${b.size}`} in ${repository} after the push`);
    }
}

;// CONCATENATED MODULE: ../../packages/oci/src/index.ts










;// CONCATENATED MODULE: ./src/domain/image-spec.ts
/**
 * The `image` input: a YAML/JSON mapping describing the OCI image to build. Pure validation into an
 * {@link ImageSpec}; every problem is an InputError naming the key, the value and what is accepted.
 */




const KEYS = ['base', 'files', 'workdir', 'entrypoint', 'cmd', 'env', 'ports', 'user', 'labels', 'platforms'];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/;
const PORT = /^(\d{1,5})(?:\/(tcp|udp|sctp))?$/;
function scalar(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}
function list(key, v) {
    if (v === undefined || v === null)
        return [];
    if (typeof v === 'string')
        return v
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean);
    if (Array.isArray(v) && v.every((x) => scalar(x) !== undefined))
        return v.map((x) => scalar(x));
    throw new errors/* InputError */.dz('image', `${key}: ${JSON.stringify(v)}`, 'is not a list of strings');
}
function mapping(key, v, name, what) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw new errors/* InputError */.dz('image', `${key}: ${JSON.stringify(v)}`, `is not a mapping of ${what}`);
    const out = {};
    for (const [k, raw] of Object.entries(v)) {
        const s = scalar(raw);
        if (!name.test(k))
            throw new errors/* InputError */.dz('image', `${key}.${k}`, `is not a valid ${what.replace(/s? to .*$/, '')} name`);
        if (s === undefined || /[\0]/.test(s))
            throw new errors/* InputError */.dz('image', `${key}.${k}: ${JSON.stringify(raw)}`, 'is not a string value');
        out[k] = s;
    }
    return out;
}
function argv(key, v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string') {
        try {
            const words = splitCommand(v);
            if (words.length === 0)
                throw new errors/* InputError */.dz('image', `${key}: ''`, 'is empty');
            return words;
        }
        catch (error) {
            if (error instanceof CommandSyntaxError)
                throw new errors/* InputError */.dz('image', `${key}: ${v}`, `${error.message}; give a list of arguments (exec form), no shell syntax`);
            throw error;
        }
    }
    if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))
        return v;
    throw new errors/* InputError */.dz('image', `${key}: ${JSON.stringify(v)}`, 'is not a command: a string (split like the *-command inputs) or a non-empty list of strings');
}
/** Validate the parsed `image` mapping. */
function parseImageSpec(raw) {
    for (const k of Object.keys(raw)) {
        if (!KEYS.includes(k))
            throw new errors/* InputError */.dz('image', k, `is not a known key (${KEYS.join(', ')})`);
    }
    const baseText = scalar(raw.base);
    if (!baseText)
        throw new errors/* InputError */.dz('image', JSON.stringify(raw), "has no 'base' (scratch, oci:<dir>, oci-archive:<file>, docker-archive:<file> or a registry reference)");
    const base = parseBase(baseText);
    const patterns = list('files', raw.files ?? '.');
    const files = patterns.filter((p) => !p.startsWith('!')).map((p) => safeRelative('image', p));
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => safeRelative('image', p.slice(1)));
    if (files.length === 0)
        throw new errors/* InputError */.dz('image', `files: ${JSON.stringify(raw.files)}`, 'lists no files to put in the image');
    const workdir = parseWorkdir(scalar(raw.workdir) ?? '/app');
    const ports = parsePorts(raw.ports);
    const user = parseUser(scalar(raw.user));
    const platforms = parsePlatforms(raw.platforms);
    const settings = imageSettings(raw, { workdir, ports, user });
    return { base, baseName: baseText, files, excludes, settings, platforms };
}
/** The `base` key: scratch, a registry reference, or a layout / archive path that must stay in the workspace. */
function parseBase(baseText) {
    let base;
    try {
        base = parseBaseSpec(baseText);
    }
    catch (error) {
        if (error instanceof ReferenceError)
            throw new errors/* InputError */.dz('image', `base: ${baseText}`, error.accepted);
        throw error;
    }
    if (base.kind !== 'scratch' && base.kind !== 'registry')
        base.path = safeRelative('image', base.path);
    return base;
}
/** The image config: the checked workdir, ports and user, with entrypoint, cmd, env and labels from `raw`. */
function imageSettings(raw, { workdir, ports, user }) {
    const entrypoint = argv('entrypoint', raw.entrypoint);
    const cmd = argv('cmd', raw.cmd);
    return {
        workdir: workdir.replace(/\/+$/, ''),
        env: mapping('env', raw.env, ENV_NAME, 'environment variables to strings'),
        ports,
        labels: mapping('labels', raw.labels, LABEL_KEY, 'labels to strings'),
        ...(entrypoint ? { entrypoint } : {}),
        ...(cmd ? { cmd } : {}),
        ...(user !== undefined ? { user } : {}),
    };
}
function parseWorkdir(workdir) {
    if (!/^\/[A-Za-z0-9._/-]*$/.test(workdir) ||
        workdir.split('/').some((s) => s === '..' || s === '.') ||
        workdir === '/') {
        throw new errors/* InputError */.dz('image', `workdir: ${workdir}`, 'is not an absolute directory below / (letters, digits, . _ - /; no . or ..), e.g. /app');
    }
    return workdir;
}
/** The `ports` key: a list of `port[/tcp|udp|sctp]`, each port 1-65535. */
function parsePorts(raw) {
    const ports = list('ports', raw);
    for (const p of ports) {
        const m = PORT.exec(p);
        if (!m || Number(m[1]) < 1 || Number(m[1]) > 65535)
            throw new errors/* InputError */.dz('image', `ports: ${p}`, 'is not a port (1-65535, optionally /tcp, /udp or /sctp)');
    }
    return ports;
}
function parseUser(user) {
    if (user !== undefined && !USER.test(user))
        throw new errors/* InputError */.dz('image', `user: ${user}`, 'is not a user (name or uid, optionally :group or :gid)');
    return user;
}
/** The `platforms` key: `os/arch[/variant]` items, as a list or a comma-separated string. */
function parsePlatforms(raw) {
    return list('platforms', raw).map((p) => {
        const parsed = parsePlatform(p);
        if (!parsed)
            throw new errors/* InputError */.dz('image', `platforms: ${p}`, 'is not a platform (os/arch[/variant], e.g. linux/amd64)');
        return parsed;
    });
}
/** File name of the image archive: `<base>-<version>.oci.tar` (an OCI image layout in a tar). */
function imageFileName(base, version) {
    return `${base}-${version}.oci.tar`;
}

;// CONCATENATED MODULE: ./src/domain/deb.ts
/**
 * Debian binary packages, pure parts: the `deb` input, the control file, the version and name mapping, the
 * changelog and copyright files Debian policy asks for, and the `ar` container format. Everything is a function of
 * the inputs and SOURCE_DATE_EPOCH, so the same commit gives the same `.deb`.
 */


const SCRIPTS = ['preinst', 'postinst', 'prerm', 'postrm'];
const deb_KEYS = [
    'files',
    'package',
    'architecture',
    'section',
    'priority',
    'depends',
    'maintainer',
    'description',
    'homepage',
    'scripts',
];
const deb_NAME = /^[a-z0-9][a-z0-9+.-]+$/;
const DEST = /^\/[A-Za-z0-9._+@/-]*$/;
function str(key, v) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'string' && typeof v !== 'number')
        throw new errors/* InputError */.dz('deb', `${key}: ${JSON.stringify(v)}`, 'is not a string');
    const s = String(v);
    if (/[\r\0]/.test(s) || (key !== 'description' && s.includes('\n')))
        throw new errors/* InputError */.dz('deb', `${key}: ${JSON.stringify(s)}`, 'holds a line break or control character');
    return s;
}
function lines(key, v) {
    if (v === undefined || v === null)
        return [];
    if (typeof v === 'string')
        return v
            .split(/\n/)
            .map((s) => s.trim())
            .filter(Boolean);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
        return v.map((s) => s.trim()).filter(Boolean);
    throw new errors/* InputError */.dz('deb', `${key}: ${JSON.stringify(v)}`, 'is not a list of strings');
}
/** A Debian package name from an npm name: `@acme/web` → `acme-web`, lower-cased, other characters → `-`. */
function debianName(npmName) {
    return npmName
        .replace(/^@/, '')
        .toLowerCase()
        .replace(/[^a-z0-9+.-]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** A semver as a Debian version: a prerelease sorts before its release, so `-` becomes `~` (1.2.3-rc.1 → 1.2.3~rc.1). */
function debianVersion(semver) {
    return semver.replace(/\+.*$/, '').replace('-', '~');
}
/** Validate the parsed `deb` mapping; the package name defaults to the npm name made Debian-safe. */
function parseDebSpec(raw, npmName) {
    for (const k of Object.keys(raw)) {
        if (!deb_KEYS.includes(k))
            throw new errors/* InputError */.dz('deb', k, `is not a known key (${deb_KEYS.join(', ')})`);
    }
    const pkg = parsePackageName(str('package', raw.package) ?? debianName(npmName));
    const architecture = parseArchitecture(str('architecture', raw.architecture) ?? 'all');
    const { files, excludes } = parseDebFiles(raw.files);
    const scripts = parseMaintainerScripts(raw.scripts);
    const maintainer = parseMaintainer(str('maintainer', raw.maintainer));
    const description = str('description', raw.description);
    const homepage = parseHomepage(str('homepage', raw.homepage));
    const depends = parseDepends(raw.depends);
    return {
        package: pkg,
        architecture,
        section: str('section', raw.section) ?? 'misc',
        priority: str('priority', raw.priority) ?? 'optional',
        depends,
        files,
        excludes,
        scripts,
        ...(maintainer ? { maintainer } : {}),
        ...(description ? { description } : {}),
        ...(homepage ? { homepage } : {}),
    };
}
function parsePackageName(pkg) {
    if (!deb_NAME.test(pkg))
        throw new errors/* InputError */.dz('deb', `package: ${pkg}`, 'is not a Debian package name (lower-case letters, digits, + - .; at least 2 characters)');
    return pkg;
}
function parseArchitecture(architecture) {
    if (!/^[a-z0-9-]+$/.test(architecture))
        throw new errors/* InputError */.dz('deb', `architecture: ${architecture}`, 'is not a Debian architecture (all, amd64, arm64, …)');
    return architecture;
}
/** The `files` key: `dest=path-or-glob` lines and `!glob` excludes; at least one file line. */
function parseDebFiles(raw) {
    const files = [];
    const excludes = [];
    for (const line of lines('files', raw)) {
        if (line.startsWith('!')) {
            excludes.push(safeRelative('deb', line.slice(1)));
            continue;
        }
        const eq = line.indexOf('=');
        if (eq <= 0)
            throw new errors/* InputError */.dz('deb', `files: ${line}`, "is not 'dest=path-or-glob' (e.g. /usr/lib/greeter=src)");
        const dest = line.slice(0, eq).trim().replace(/\/+$/, '') || '/';
        if (!DEST.test(dest) || dest.split('/').some((s) => s === '..' || s === '.'))
            throw new errors/* InputError */.dz('deb', `files: ${line}`, 'has a destination that is not an absolute directory without . or .. (e.g. /usr/lib/greeter)');
        files.push({ dest, pattern: safeRelative('deb', line.slice(eq + 1).trim()) });
    }
    if (files.length === 0)
        throw new errors/* InputError */.dz('deb', `files: ${JSON.stringify(raw ?? null)}`, "lists no files: give 'dest=path-or-glob' lines (e.g. /usr/lib/greeter=src)");
    return { files, excludes };
}
/** The `scripts` key: a mapping of maintainer script names to paths relative to the working directory. */
function parseMaintainerScripts(raw) {
    const scripts = {};
    if (raw === undefined || raw === null)
        return scripts;
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new errors/* InputError */.dz('deb', `scripts: ${JSON.stringify(raw)}`, `is not a mapping of ${SCRIPTS.join('/')} to files`);
    for (const [k, v] of Object.entries(raw)) {
        if (!SCRIPTS.includes(k))
            throw new errors/* InputError */.dz('deb', `scripts.${k}`, `is not a maintainer script (${SCRIPTS.join(', ')})`);
        scripts[k] = safeRelative('deb', str(`scripts.${k}`, v) ?? '');
    }
    return scripts;
}
function parseMaintainer(maintainer) {
    if (maintainer !== undefined && !/^[^<>\n]+ <[^<>\s@]+@[^<>\s]+>$/.test(maintainer))
        throw new errors/* InputError */.dz('deb', `maintainer: ${maintainer}`, "is not 'Full Name <email@example.com>'");
    return maintainer;
}
function parseHomepage(homepage) {
    if (homepage !== undefined && !/^https?:\/\/\S+$/.test(homepage))
        throw new errors/* InputError */.dz('deb', `homepage: ${homepage}`, 'is not an http(s) URL');
    return homepage;
}
/** The `depends` key: a list or a comma-separated string of Debian dependencies (`nodejs (>= 18) | nodejs-lts`). */
function parseDepends(raw) {
    const depends = lines('depends', typeof raw === 'string' ? raw.replace(/,/g, '\n') : raw);
    for (const d of depends) {
        if (!/^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?( \((<<|<=|=|>=|>>) [A-Za-z0-9.+~:-]+\))?( \| .+)?$/.test(d))
            throw new errors/* InputError */.dz('deb', `depends: ${d}`, "is not a Debian dependency (e.g. 'nodejs (>= 18)')");
    }
    return depends;
}
/**
 * The Maintainer and Description fields: from the `deb` input, else from package.json (its author only when it has
 * an email, as Debian policy asks).
 */
function maintainerAndDescription(spec, meta) {
    const maintainer = spec.maintainer ?? (meta.author && /<[^>]+@[^>]+>/.test(meta.author) ? meta.author : undefined);
    if (!maintainer)
        throw new errors/* InputError */.dz('deb', 'maintainer', "is missing: set deb.maintainer ('Name <email>') or an author with an email in package.json");
    const description = spec.description ?? meta.description;
    if (!description)
        throw new errors/* InputError */.dz('deb', 'description', 'is missing: set deb.description or a description in package.json');
    return { maintainer, description };
}
/** dpkg's Installed-Size estimate: each file's size rounded up to KiB, plus 1 KiB per directory. */
function installedKiB(entries) {
    return entries.reduce((n, e) => n + (e.type === 'dir' ? 1 : e.type === 'file' ? Math.ceil(e.size / 1024) : 0), 0);
}
/** The control file. `installedKiB` is the sum of the file sizes in KiB (dpkg's estimate). */
function controlFile(s, o) {
    const [synopsis, ...rest] = o.description.trim().split('\n');
    const long = rest.length ? rest : [`Packaged by Shipline build-package, version ${o.version}.`];
    const fields = [
        ['Package', s.package],
        ['Version', o.version],
        ['Architecture', s.architecture],
        ['Maintainer', o.maintainer],
        ['Installed-Size', String(o.installedKiB)],
        ['Depends', s.depends.length ? s.depends.join(', ') : undefined],
        ['Section', s.section],
        ['Priority', s.priority],
        ['Homepage', s.homepage],
        [
            'Description',
            `${(synopsis ?? s.package).trim().slice(0, 80)}\n${long.map((l) => (l.trim() === '' ? ' .' : ` ${l.trim()}`)).join('\n')}`,
        ],
    ];
    return (fields
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n') + '\n');
}
/** A Debian changelog entry for this version (native package), dated SOURCE_DATE_EPOCH. */
function changelogFile(pkg, version, maintainer, epoch) {
    const date = new Date(epoch * 1000)
        .toUTCString()
        .replace(/GMT$/, '+0000')
        .replace(/^(\w+), 0?(\d+)/, '$1, $2');
    return `${pkg} (${version}) unstable; urgency=medium\n\n  * Release ${version}, built by Shipline build-package.\n\n -- ${maintainer}  ${date}\n`;
}
/** A machine-readable copyright file naming the license from package.json. */
function copyrightFile(pkg, license, holder, year) {
    return [
        'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/',
        `Upstream-Name: ${pkg}`,
        '',
        'Files: *',
        `Copyright: ${year} ${holder}`,
        `License: ${license ?? 'UNLICENSED'}`,
        ` See the license of the upstream project${license ? ` (SPDX: ${license})` : ''}.`,
        '',
    ].join('\n');
}
/** The `ar` archive header (`!<arch>\n`) and one member header (60 bytes); members are padded to an even size. */
const AR_MAGIC = Buffer.from('!<arch>\n', 'ascii');
function arMemberHeader(name, size, mtime, mode = 0o100644) {
    if (name.length > 15 || !/^[\w.+-]+$/.test(name))
        throw new Error(`ar member name not allowed: ${name}`);
    const field = (v, width) => {
        if (v.length > width)
            throw new RangeError(`ar field too long: ${v}`);
        return v.padEnd(width, ' ');
    };
    const header = `${field(`${name}/`, 16)}${field(String(mtime), 12)}${field('0', 6)}${field('0', 6)}${field(mode.toString(8), 8)}${field(String(size), 10)}\`\n`;
    return Buffer.from(header, 'ascii');
}
/** File name of the package: `<name>_<version>_<arch>.deb` (an epoch `N:` is not part of the file name). */
function debFileName(s, version) {
    return `${s.package}_${version.replace(/^\d+:/, '')}_${s.architecture}.deb`;
}

;// CONCATENATED MODULE: ./src/adapters/config.ts
/**
 * Read and check every input before anything runs or is written. Each problem is an InputError naming the
 * input, the value and what is accepted.
 */









function readCommand(name) {
    const text = readString(name);
    if (text === undefined)
        return undefined;
    try {
        return splitCommand(text);
    }
    catch (error) {
        if (error instanceof CommandSyntaxError)
            throw new errors/* InputError */.dz(name, text, `${error.message}; put pipelines and redirects in a package.json script`);
        throw error;
    }
}
function readScript(name) {
    return readString(name, {
        pattern: /^[^\s]+$/,
        accepted: 'is not a script name (one word, no spaces; use the -command input for commands)',
    });
}
function stepSetting(script, command) {
    return { ...(script ? { script } : {}), ...(command ? { command } : {}) };
}
async function realDir(input, path) {
    try {
        return await (0,promises_.realpath)(path);
    }
    catch {
        throw new errors/* InputError */.dz(input, path, 'is not an existing directory');
    }
}
async function readConfig(env = process.env) {
    const workspace = await realDir('GITHUB_WORKSPACE', env.GITHUB_WORKSPACE || process.cwd());
    const wdInput = readString('working-directory') ?? '.';
    const wd = safeRelative('working-directory', wdInput);
    const project = await realDir('working-directory', (0,external_node_path_.join)(workspace, wd));
    if (!isInside(workspace, project))
        throw new errors/* InputError */.dz('working-directory', wdInput, 'leads outside the workspace through a symlink');
    // Each input is read by its literal name, so the metadata test can match action.yml against the source.
    const settings = {
        lint: stepSetting(readScript('lint'), readCommand('lint-command')),
        compile: stepSetting(readScript('compile'), readCommand('compile-command')),
        test: stepSetting(readScript('test'), readCommand('test-command')),
    };
    const installCommand = readCommand('install-command');
    const specs = [
        ...parseArchiveSpecs('archives', readList('archives'), 'archive'),
        ...parseArchiveSpecs('resources', readList('resources', { commas: true }), 'resource'),
    ];
    checkDistinctNames(specs);
    const metaDependencies = parseMetaDependencies('meta-dependencies', readList('meta-dependencies'));
    const imageInput = await readObject('image', { example: 'base: oci-archive:base.tar' });
    const image = imageInput && parseImageSpec(imageInput);
    const debInput = await readObject('deb', { example: 'files: [/usr/lib/app=src]' });
    const metaName = readString('meta-package-name');
    const metaProblem = metaName === undefined ? undefined : npmNameProblem(metaName);
    if (metaName !== undefined && metaProblem)
        throw new errors/* InputError */.dz('meta-package-name', metaName, metaProblem);
    return {
        workspace,
        project,
        version: readVersion('version', { max: MAX_VERSION }) ?? '',
        outDir: await resolveOutDir(workspace, env),
        skip: parseSkip(readList('skip', { commas: true })),
        settings,
        ...(installCommand ? { installCommand } : {}),
        allowNoLockfile: readBoolean('allow-no-lockfile', false),
        stepTimeoutMs: readDuration('step-timeout', { fallback: 30 * 60_000, max: 6 * 3600_000 }),
        npmPack: readBoolean('npm-pack', true),
        specs,
        meta: readEnum('meta-package', ['manifest', 'npm', 'both', 'none'], 'manifest'),
        ...(metaName ? { metaName } : {}),
        metaDependencies,
        sbom: readBoolean('sbom', false),
        level: readInteger('compression-level', { min: 1, max: 9, fallback: 6 }),
        ...(image ? { image } : {}),
        ...(debInput ? { debInput } : {}),
    };
}
/** Check the `deb` input (its default package name comes from package.json). */
function withDeb(config, packageName) {
    if (config.debInput)
        config.deb = parseDebSpec(config.debInput, packageName);
}
/**
 * The default output directory, `$RUNNER_TEMP/shipline-packages/<package>`: outside the working tree (so nothing
 * built can be packed by accident and git stays clean) and per package (so two builds in one job do not collide).
 */
function defaultOutDir(env, packageName) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-packages', fileBase(packageName));
}
/**
 * The `out-dir` input: relative to the workspace (it must stay inside it) or absolute inside RUNNER_TEMP, checked
 * on its real path (a directory link in the workspace cannot lead the packages elsewhere). Returns the real path.
 */
async function resolveOutDir(workspace, env) {
    const given = readString('out-dir');
    if (given === undefined)
        return '';
    const temp = env.RUNNER_TEMP;
    if ((0,external_node_path_.isAbsolute)(given)) {
        if (!temp || !isInside((0,external_node_path_.resolve)(temp), (0,external_node_path_.resolve)(given)) || (0,external_node_path_.resolve)(given) === (0,external_node_path_.resolve)(temp)) {
            throw new errors/* InputError */.dz('out-dir', given, 'is an absolute path: give a path relative to the workspace (or one inside RUNNER_TEMP)');
        }
    }
    else if (safeRelative('out-dir', given) === '.') {
        throw new errors/* InputError */.dz('out-dir', given, 'is the workspace itself: name a directory for the packages (e.g. dist-packages)');
    }
    const roots = allowedRoots({ ...env, GITHUB_WORKSPACE: workspace });
    const { real } = await resolveContained('out-dir', given, { roots });
    if (roots.some((r) => r.path === real))
        throw new errors/* InputError */.dz('out-dir', given, 'leads to the workspace or RUNNER_TEMP itself: name a directory for the packages (e.g. dist-packages)');
    return real;
}

;// CONCATENATED MODULE: ../../packages/flags/src/murmur3.ts
/**
 * MurmurHash3, x86 32-bit variant (Austin Appleby's public-domain algorithm), written from the algorithm's
 * description: 4-byte little-endian blocks mixed with c1/c2, a tail of 1–3 bytes, then the length and `fmix32`.
 * This is the hash flagd's `fractional` operation uses (`murmur3.StringSum32`, seed 0, over the UTF-8 bytes).
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const encoder = new TextEncoder();
function rotl32(x, r) {
    return (x << r) | (x >>> (32 - r));
}
function fmix32(input) {
    let h = input;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** MurmurHash3 x86_32 of raw bytes. Returns an unsigned 32-bit integer. */
function murmur3x86_32(bytes, seed = 0) {
    return murmur3Prefix(bytes, bytes.length, seed);
}
/** MurmurHash3 x86_32 of the first `length` bytes. */
function murmur3Prefix(bytes, length, seed) {
    const blocks = length - (length % 4);
    let h = seed >>> 0;
    for (let i = 0; i < blocks; i += 4) {
        let k = (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) | ((bytes[i + 2] ?? 0) << 16) | ((bytes[i + 3] ?? 0) << 24);
        k = Math.imul(k, C1);
        k = rotl32(k, 15);
        k = Math.imul(k, C2);
        h ^= k;
        h = rotl32(h, 13);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    let k = 0;
    switch (length & 3) {
        case 3:
            k ^= (bytes[blocks + 2] ?? 0) << 16;
        // falls through
        case 2:
            k ^= (bytes[blocks + 1] ?? 0) << 8;
        // falls through
        case 1:
            k ^= bytes[blocks] ?? 0;
            k = Math.imul(k, C1);
            k = rotl32(k, 15);
            k = Math.imul(k, C2);
            h ^= k;
    }
    h ^= length;
    return fmix32(h);
}
/** A reused buffer for UTF-8 encoding: hashing a bucketing value allocates nothing (the evaluation hot path). */
let scratch = new Uint8Array(256);
/** MurmurHash3 x86_32 of a string's UTF-8 bytes (what Go's `murmur3.StringSum32` hashes). */
function murmur3String(text, seed = 0) {
    if (scratch.length < text.length * 3)
        scratch = new Uint8Array(text.length * 3); // UTF-16 unit → at most 3 bytes
    const { written } = encoder.encodeInto(text, scratch);
    return murmur3Prefix(scratch, written, seed);
}

;// CONCATENATED MODULE: ../../packages/flags/src/fractional.ts
/**
 * flagd's `fractional` bucketing: hash the bucketing value with murmur3 (x86 32-bit, seed 0, UTF-8), scale the
 * hash into `[0, totalWeight)` with integer math (`(hash × total) >> 32`, no modulo bias), then walk the
 * cumulative weights. A key's position `hash / 2³²` never changes, so raising the first variant's share only adds
 * users: everyone who was in at 5% is still in at 25% (as long as the "on" variant is listed first).
 */

/** flagd's limit on the sum of the weights (math.MaxInt32). */
const MAX_WEIGHT_SUM = 2_147_483_647;
/** `(hash × total) >> 32` for an unsigned 32-bit hash and a total below 2³¹, exact without BigInt. */
function scaleHash(hash, total) {
    const high = Math.floor(hash / 65_536);
    const low = hash % 65_536;
    // hash × total = (high × total) × 2¹⁶ + low × total; both products stay below 2⁴⁷, so doubles hold them exactly.
    return Math.floor((high * total + Math.floor((low * total) / 65_536)) / 65_536);
}
/** The bucket in `[0, totalWeight)` for a bucketing value (flagd's "high-precision" bucket). */
function fractional_bucketOf(value, totalWeight) {
    return scaleHash(murmur3String(value), totalWeight);
}
/** The bucket in `[0, totalWeight)` for raw bytes (the third generation hashes a value's CBOR encoding). */
function bucketOfBytes(bytes, totalWeight) {
    return scaleHash(murmur3x86_32(bytes), totalWeight);
}
/**
 * The variant a bucketing value lands in, or `undefined` when every weight is 0.
 * Throws a RangeError for weights flagd refuses (non-integers, a sum above {@link MAX_WEIGHT_SUM}).
 */
function pickVariant(value, variants) {
    return pickVariantAt((total) => fractional_bucketOf(value, total), variants);
}
/** {@link pickVariant} with the bucket computed by `bucket(total)` (whatever was hashed). */
function pickVariantAt(bucketFor, variants) {
    const weights = variants.map((v) => checkedWeight(v.weight));
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total > MAX_WEIGHT_SUM)
        throw new RangeError(`the weights add up to ${total}, above flagd's limit ${MAX_WEIGHT_SUM}`);
    if (total === 0)
        return undefined;
    const bucket = bucketFor(total);
    let end = 0;
    for (let i = 0; i < variants.length; i++) {
        end += weights[i] ?? 0;
        if (bucket < end)
            return variants[i]?.variant;
    }
    return undefined;
}
function checkedWeight(weight) {
    if (!Number.isInteger(weight))
        throw new RangeError(`weight ${weight} is not a whole number (flagd accepts integers only)`);
    if (weight > MAX_WEIGHT_SUM)
        throw new RangeError(`weight ${weight} is above flagd's limit ${MAX_WEIGHT_SUM}`);
    return Math.max(0, weight);
}
/** flagd's default bucketing value when the rule gives none: the flag key followed by the targeting key. */
function fractional_defaultBucketingValue(flagKey, targetingKey) {
    return `${flagKey}${targetingKey}`;
}

;// CONCATENATED MODULE: ../../packages/flags/src/cbor.ts
const cbor_encoder = new TextEncoder();
const INT64_MIN = -(2 ** 63);
const INT64_LIMIT = 2 ** 63; // exclusive
class Writer {
    bytes = [];
    byte(b) {
        this.bytes.push(b & 0xff);
    }
    /** A head: major type (0–7) and argument, in the fewest bytes (§4.2.1 "preferred serialization"). */
    head(major, argument) {
        const n = BigInt(argument);
        const m = major << 5;
        if (n < 24n)
            this.byte(m | Number(n));
        else if (n < 0x100n)
            this.push(m | 24, n, 1);
        else if (n < 0x10000n)
            this.push(m | 25, n, 2);
        else if (n < 0x100000000n)
            this.push(m | 26, n, 4);
        else
            this.push(m | 27, n, 8);
    }
    push(first, n, size) {
        this.byte(first);
        for (let i = size - 1; i >= 0; i--)
            this.byte(Number((n >> BigInt(i * 8)) & 0xffn));
    }
    raw(data) {
        for (let i = 0; i < data.length; i++)
            this.byte(data[i] ?? 0);
    }
    done() {
        return Uint8Array.from(this.bytes);
    }
}
/** Half-precision bits for `x` when it is exactly representable, else undefined. */
function toHalf(x) {
    const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
    const a = Math.abs(x);
    if (a === 0)
        return sign;
    if (a === Infinity)
        return sign | 0x7c00;
    if (Number.isNaN(a))
        return 0x7e00;
    const exponent = Math.floor(Math.log2(a));
    for (const e of [exponent - 1, exponent, exponent + 1]) {
        // log2 may be off by one near powers of two: find e with 2^e ≤ a < 2^(e+1)
        if (2 ** e <= a && a < 2 ** (e + 1)) {
            if (e > 15)
                return undefined;
            if (e >= -14) {
                const mantissa = (a / 2 ** e - 1) * 1024;
                return Number.isInteger(mantissa) ? sign | ((e + 15) << 10) | mantissa : undefined;
            }
            const sub = a / 2 ** -24; // subnormal: a multiple of 2^-24
            return Number.isInteger(sub) && sub < 1024 ? sign | sub : undefined;
        }
    }
    return undefined;
}
function writeFloat(w, x) {
    const half = toHalf(x);
    if (half !== undefined) {
        w.byte(0xf9);
        w.raw([half >> 8, half & 0xff]);
        return;
    }
    const view = new DataView(new ArrayBuffer(8));
    if (Math.fround(x) === x) {
        view.setFloat32(0, x);
        w.byte(0xfa);
        w.raw(new Uint8Array(view.buffer, 0, 4));
    }
    else {
        view.setFloat64(0, x);
        w.byte(0xfb);
        w.raw(new Uint8Array(view.buffer, 0, 8));
    }
}
function writeNumber(w, x) {
    if (Number.isInteger(x) && x >= INT64_MIN && x < INT64_LIMIT) {
        // Integral doubles are exact integers, so BigInt(x) is exact even above 2^53.
        const n = BigInt(x);
        if (n >= 0n)
            w.head(0, n);
        else
            w.head(1, -1n - n);
        return;
    }
    writeFloat(w, x);
}
function compareBytes(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return (a[i] ?? 0) - (b[i] ?? 0);
    return a.length - b.length;
}
function write(w, value) {
    if (value === null)
        w.byte(0xf6);
    else if (value === false)
        w.byte(0xf4);
    else if (value === true)
        w.byte(0xf5);
    else if (typeof value === 'number')
        writeNumber(w, value);
    else if (typeof value === 'string') {
        const utf8 = cbor_encoder.encode(value);
        w.head(3, utf8.length);
        w.raw(utf8);
    }
    else if (Array.isArray(value)) {
        w.head(4, value.length);
        for (const item of value)
            write(w, item);
    }
    else {
        const entries = Object.entries(value).map(([k, v]) => [encodeCbor(k), encodeCbor(v)]);
        entries.sort(([a], [b]) => compareBytes(a, b));
        w.head(5, entries.length);
        for (const [k, v] of entries) {
            w.raw(k);
            w.raw(v);
        }
    }
}
/** The deterministic CBOR bytes of a JSON value. */
function encodeCbor(value) {
    const w = new Writer();
    write(w, value);
    return w.done();
}

;// CONCATENATED MODULE: ../../packages/flags/src/semver-op.ts
/**
 * flagd's `sem_ver` operator: `{"sem_ver": [version, operator, target]}` with `=`, `!=`, `<`, `<=`, `>`, `>=`,
 * `^` (same major) and `~` (same major.minor). Versions are read the way flagd's Go daemon reads them (its
 * `golang.org/x/mod/semver` grammar): an optional `v`/`V`, then `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`
 * (the short forms mean `.0`; only the full form may carry `-prerelease` / `+build`), no leading zeros. A number
 * in the context is read as its decimal text (`1.2` → `1.2.0`). Precedence is semver.org's (the `semver`
 * package's `compare`). Anything wrong — not three arguments, an unknown operator, a value that is not a version —
 * gives `null`, so the flag falls back to its default variant, as in flagd.
 */

const NUMBER = '(0|[1-9]\\d*)';
const IDENT = '[0-9A-Za-z-]+';
const FULL = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(-${IDENT}(?:\\.${IDENT})*)?(\\+${IDENT}(?:\\.${IDENT})*)?$`);
const SHORT = new RegExp(`^${NUMBER}(?:\\.${NUMBER})?$`);
/** The version as `MAJOR.MINOR.PATCH[-pre]` (build metadata dropped), or undefined when flagd would refuse it. */
function normalizeFlagdVersion(value) {
    if (value === undefined || value === null || typeof value === 'object')
        return undefined;
    let text = typeof value === 'string' ? value : String(value);
    if (text.startsWith('v') || text.startsWith('V'))
        text = text.slice(1);
    const short = SHORT.exec(text);
    if (short)
        return `${short[1]}.${short[2] ?? 0}.0`;
    const full = FULL.exec(text);
    if (!full)
        return undefined;
    const pre = full[4];
    // A numeric prerelease identifier must not have leading zeros (semver.org §9).
    if (pre &&
        pre
            .slice(1)
            .split('.')
            .some((id) => /^0\d+$/.test(id)))
        return undefined;
    return `${full[1]}.${full[2]}.${full[3]}${pre ?? ''}`;
}
const semver_op_OPERATORS = {
    '=': (a, b) => compare_default()(a, b) === 0,
    '!=': (a, b) => compare_default()(a, b) !== 0,
    '<': (a, b) => compare_default()(a, b) < 0,
    '<=': (a, b) => compare_default()(a, b) <= 0,
    '>': (a, b) => compare_default()(a, b) > 0,
    '>=': (a, b) => compare_default()(a, b) >= 0,
    '^': (a, b) => a.split('.')[0] === b.split('.')[0],
    '~': (a, b) => a.split('.').slice(0, 2).join('.') === b.split('.').slice(0, 2).join('.'),
};
/** `sem_ver` on evaluated arguments: true/false, or null (with a warning) when flagd would log an error. */
function semVerOp(args, warnings) {
    if (args.length !== 3) {
        warnings.push(`sem_ver: needs [version, operator, target] (got ${args.length} argument(s))`);
        return null;
    }
    const [version, operator, target] = args;
    const test = typeof operator === 'string' && Object.hasOwn(semver_op_OPERATORS, operator) ? semver_op_OPERATORS[operator] : undefined;
    if (!test) {
        warnings.push(`sem_ver: unknown operator ${JSON.stringify(operator)} (accepted: ${Object.keys(semver_op_OPERATORS).join(' ')})`);
        return null;
    }
    const a = normalizeFlagdVersion(version);
    const b = normalizeFlagdVersion(target);
    if (a === undefined || b === undefined) {
        warnings.push(`sem_ver: ${JSON.stringify(a === undefined ? version : target)} is not a semantic version`);
        return null;
    }
    return test(a, b);
}

;// CONCATENATED MODULE: ../../packages/flags/src/jsonlogic.ts
/**
 * A deliberately small JsonLogic evaluator: enough for flagd targeting rules that roll a flag out by percentage.
 *
 * Supported operators: `var` (dot paths, array indexes, a default), `missing`, `if` (and `?:`), `==`, `===`, `!=`,
 * `!==`, `!`, `!!`, `and`, `or`, `<`, `<=`, `>`, `>=` (also the 3-argument "between" form), `in` (substring or
 * array member), `cat`, `+`, `-`, `*`, `/`, `%`, `min`, `max`, and flagd's own `starts_with` / `ends_with`,
 * `sem_ver` and `fractional` (`$ref` to shared `$evaluators` is resolved before evaluation, in flag-file.ts).
 * Anything else (`map`, `reduce`, …) is refused with a {@link JsonLogicError} naming the operator, so a rule we
 * cannot evaluate is never silently mis-evaluated. flagd's operators given wrong arguments evaluate to null with
 * a warning (→ the flag's default variant), as in flagd.
 */



/** A rule that uses an operator this evaluator does not implement, or uses one wrongly. */
class jsonlogic_JsonLogicError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JsonLogicError';
    }
}
/** JsonLogic truthiness (as in JavaScript, except that an empty array is false). */
function truthy(value) {
    if (Array.isArray(value))
        return value.length > 0;
    return Boolean(value);
}
/** The operator name when `value` is a rule (an object with exactly one key), else undefined. No allocation. */
function operatorOf(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    let name;
    for (const key in value) {
        if (name !== undefined)
            return undefined;
        name = key;
    }
    return name;
}
/**
 * Evaluate `rule` against `data`. Throws {@link JsonLogicError} for unsupported operators. Problems flagd only
 * logs (a malformed `fractional`, which then yields null) are appended to `warnings`.
 */
function jsonlogic_evaluate(rule, data, warnings = [], options = {}) {
    return run(rule, data, { warnings, fractional: options.fractional ?? 'v2' });
}
function run(rule, data, env) {
    if (Array.isArray(rule))
        return rule.map((r) => run(r, data, env));
    const name = operatorOf(rule);
    if (name === undefined)
        return rule;
    const raw = rule[name];
    const args = Array.isArray(raw) ? raw : [raw];
    const lazy = LAZY_MAP.get(name);
    if (lazy)
        return lazy(args, data, env);
    const op = OPS_MAP.get(name);
    if (!op)
        throw new jsonlogic_JsonLogicError(`unsupported JsonLogic operator '${name}' (supported: ${SUPPORTED.join(', ')})`);
    return op(args.map((a) => run(a, data, env)), data, env);
}
/** Resolve a dot path (`a.b.0.c`) in `data`; `undefined` when any step is missing. */
function lookup(data, path) {
    if (path === '')
        return data;
    if (!path.includes('.')) {
        // One step (the usual `targetingKey`, `email`): no split.
        if (data === null || typeof data !== 'object')
            return undefined;
        return Array.isArray(data) ? data[Number(path)] : Object.hasOwn(data, path) ? data[path] : undefined;
    }
    let current = data;
    for (const step of path.split('.')) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = Array.isArray(current) ? current[Number(step)] : Object.hasOwn(current, step) ? current[step] : undefined;
        if (current === undefined)
            return undefined;
    }
    return current;
}
function looseEquals(a, b) {
    if (a === null || b === null)
        return a === b;
    if (typeof a === typeof b)
        return typeof a === 'object' ? JSON.stringify(a) === JSON.stringify(b) : a === b;
    if (typeof a === 'object' || typeof b === 'object')
        return false;
    return Number(a) === Number(b);
}
function num(value) {
    return Number(value);
}
function jsonlogic_compare(test) {
    return (args) => {
        const values = args.map((a) => (typeof a === 'string' ? a : num(a)));
        for (let i = 0; i + 1 < values.length; i++) {
            const left = values[i];
            const right = values[i + 1];
            const ok = typeof left === 'string' && typeof right === 'string'
                ? test(left < right ? -1 : left > right ? 1 : 0, 0)
                : test(Number(left), Number(right));
            if (!ok)
                return false;
        }
        return true;
    };
}
const LAZY = {
    if: ifOp,
    '?:': ifOp,
    and: (args, data, env) => {
        let last = true;
        for (const a of args) {
            last = run(a, data, env);
            if (!truthy(last))
                return last;
        }
        return last;
    },
    or: (args, data, env) => {
        let last = false;
        for (const a of args) {
            last = run(a, data, env);
            if (truthy(last))
                return last;
        }
        return last;
    },
};
function ifOp(args, data, env) {
    let i = 0;
    for (; i + 1 < args.length; i += 2)
        if (truthy(run(args[i], data, env)))
            return run(args[i + 1], data, env);
    return i < args.length ? run(args[i], data, env) : null;
}
/** flagd's `starts_with` / `ends_with`: exactly two strings, else null (→ the default variant) with a warning. */
function affixOp(name, test) {
    return (args, _data, env) => {
        const [s, affix] = args;
        if (args.length !== 2 || typeof s !== 'string' || typeof affix !== 'string') {
            env.warnings.push(`${name}: needs [string, string] (got ${JSON.stringify(args)})`);
            return null;
        }
        return test(s, affix);
    };
}
const OPS = {
    var: ([path, fallback], data) => {
        const found = path === null || path === undefined ? data : lookup(data, String(path));
        return found === undefined || found === null ? (fallback ?? null) : found;
    },
    missing: (args, data) => args.flat().filter((p) => {
        const v = lookup(data, String(p));
        return v === undefined || v === null || v === '';
    }),
    '==': ([a, b]) => looseEquals(a ?? null, b ?? null),
    '!=': ([a, b]) => !looseEquals(a ?? null, b ?? null),
    '===': ([a, b]) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null),
    '!==': ([a, b]) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null),
    '!': ([a]) => !truthy(a),
    '!!': ([a]) => truthy(a),
    '<': jsonlogic_compare((a, b) => a < b),
    '<=': jsonlogic_compare((a, b) => a <= b),
    '>': jsonlogic_compare((a, b) => a > b),
    '>=': jsonlogic_compare((a, b) => a >= b),
    in: ([needle, haystack]) => {
        if (typeof haystack === 'string')
            return haystack.includes(String(needle));
        if (Array.isArray(haystack))
            return haystack.some((h) => looseEquals(h, needle ?? null));
        return false;
    },
    cat: (args) => args.map((a) => (a === null ? '' : typeof a === 'object' ? JSON.stringify(a) : String(a))).join(''),
    '+': (args) => args.reduce((s, a) => s + num(a), 0),
    '*': (args) => args.reduce((s, a) => s * num(a), 1),
    '-': ([a, b]) => (b === undefined ? -num(a) : num(a) - num(b)),
    '/': ([a, b]) => num(a) / num(b),
    '%': ([a, b]) => num(a) % num(b),
    min: (args) => Math.min(...args.map(num)),
    max: (args) => Math.max(...args.map(num)),
    starts_with: affixOp('starts_with', (s, prefix) => s.startsWith(prefix)),
    ends_with: affixOp('ends_with', (s, suffix) => s.endsWith(suffix)),
    sem_ver: (args, _data, env) => semVerOp(args, env.warnings),
    fractional: (args, data, env) => {
        try {
            return env.fractional === 'v3' ? fractionalV3(args, data) : fractionalOp(args, data);
        }
        catch (error) {
            // flagd logs a malformed fractional and evaluates it to null (→ the flag's default variant); so do we.
            if (!(error instanceof jsonlogic_JsonLogicError))
                throw error;
            env.warnings.push(error.message);
            return null;
        }
    },
};
const SUPPORTED = [...Object.keys(OPS), ...Object.keys(LAZY)].sort();
// Maps, not the records: a dynamic lookup by operator name stays fast, and never reaches Object.prototype.
const OPS_MAP = new Map(Object.entries(OPS));
const LAZY_MAP = new Map(Object.entries(LAZY));
/**
 * flagd's `fractional`, on already-evaluated arguments: an optional bucketing value first (a string is used as
 * is; `null` means "absent"), then `[variant, weight?]` pairs. Without a bucketing value it hashes
 * `$flagd.flagKey + targetingKey`, and returns `null` (→ the flag's default variant) when there is no targeting key.
 */
function fractionalOp(args, data) {
    let rest = args;
    let value;
    if (typeof rest[0] === 'string') {
        value = rest[0];
        rest = rest.slice(1);
    }
    else {
        if (rest[0] === null)
            rest = rest.slice(1);
        const targetingKey = lookup(data, 'targetingKey');
        if (targetingKey === undefined || targetingKey === null || targetingKey === '')
            return null;
        if (typeof targetingKey !== 'string')
            throw new jsonlogic_JsonLogicError('fractional: targetingKey must be a string');
        value = fractional_defaultBucketingValue(String(lookup(data, '$flagd.flagKey') ?? ''), targetingKey);
    }
    const bucketing = value;
    return pick((total) => fractional_bucketOf(bucketing, total), distributions(rest));
}
/**
 * The third generation (`v3`): a bucketing value of any JSON type is hashed as deterministic CBOR; `null` (e.g. a
 * missing attribute) gives null; without one, the shorthand hashes `[flagKey, targetingKey]` and needs a string
 * targeting key (anything else gives null, → the default variant).
 */
function fractionalV3(args, data) {
    let rest = args;
    let value;
    if (rest.length > 0 && !Array.isArray(rest[0])) {
        value = rest[0] ?? null;
        rest = rest.slice(1);
        if (value === null)
            return null;
    }
    else {
        const targetingKey = lookup(data, 'targetingKey');
        if (typeof targetingKey !== 'string' || targetingKey === '')
            return null;
        value = [String(lookup(data, '$flagd.flagKey') ?? ''), targetingKey];
    }
    const bytes = encodeCbor(value);
    return pick((total) => bucketOfBytes(bytes, total), distributions(rest));
}
function pick(bucket, variants) {
    try {
        return pickVariantAt(bucket, variants) ?? null;
    }
    catch (error) {
        throw new jsonlogic_JsonLogicError(`fractional: ${error.message}`);
    }
}
function distributions(rest) {
    if (rest.length === 0)
        throw new jsonlogic_JsonLogicError('fractional: at least one [variant, weight] pair is needed');
    return rest.map((pair) => {
        if (!Array.isArray(pair) || pair.length === 0)
            throw new jsonlogic_JsonLogicError('fractional: each distribution must be a non-empty [variant, weight] array');
        const [variant, weight] = pair;
        if (variant !== null && typeof variant === 'object')
            throw new jsonlogic_JsonLogicError('fractional: a variant must be a string, number, boolean or null');
        if (weight !== undefined && weight !== null && typeof weight !== 'number')
            throw new jsonlogic_JsonLogicError('fractional: a weight must be a number');
        return { variant: variant ?? null, weight: weight ?? 1 };
    });
}

;// CONCATENATED MODULE: ../../packages/flags/src/flag-file.ts
/**
 * flagd flag definitions (https://flagd.dev/schema/v0/flags.json) as plain objects: validate what was read,
 * evaluate a flag for a context, and produce the JSON to write. No I/O here (see `flag-file-io.ts`).
 */

/** The schema URL flagd publishes; written into new files so editors can validate them. */
const flag_file_FLAGD_SCHEMA = 'https://flagd.dev/schema/v0/flags.json';
/** A flag file that does not follow flagd's format. `problems` lists every issue with its JSON path. */
class flag_file_FlagFileError extends Error {
    problems;
    constructor(problems, source = 'flag file') {
        super(`${source} is not a valid flagd flag file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.name = 'FlagFileError';
        this.problems = problems;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function variantType(value) {
    if (Array.isArray(value))
        return 'array';
    return value === null ? 'null' : typeof value;
}
/** The problems with one flag definition ([] when it is valid). */
function flagProblems(key, flag) {
    const at = `flags.${key}`;
    if (!isObject(flag))
        return [`${at} must be an object`];
    const problems = [];
    if (flag.state !== 'ENABLED' && flag.state !== 'DISABLED')
        problems.push(`${at}.state must be "ENABLED" or "DISABLED" (got ${JSON.stringify(flag.state)})`);
    if (!isObject(flag.variants) || Object.keys(flag.variants).length === 0) {
        problems.push(`${at}.variants must be an object with at least one variant`);
    }
    else {
        const types = new Set(Object.values(flag.variants).map(variantType));
        const [only] = [...types];
        if (types.size > 1 || !only || !['boolean', 'string', 'number', 'object'].includes(only)) {
            problems.push(`${at}.variants must all be booleans, all strings, all numbers or all objects (got ${[...types].join(', ')})`);
        }
    }
    const def = flag.defaultVariant;
    if (def !== undefined && def !== null) {
        if (typeof def !== 'string')
            problems.push(`${at}.defaultVariant must be a string or null`);
        else if (isObject(flag.variants) && !(def in flag.variants))
            problems.push(`${at}.defaultVariant "${def}" is not one of the variants (${Object.keys(flag.variants).join(', ')})`);
    }
    if (flag.targeting !== undefined && !isObject(flag.targeting))
        problems.push(`${at}.targeting must be a JsonLogic object`);
    return problems;
}
/** Check `value` against flagd's format and return it typed. Throws {@link FlagFileError} listing every problem. */
function flag_file_parseFlagFile(value, source) {
    if (!isObject(value))
        throw new flag_file_FlagFileError(['the top level must be an object with a "flags" object'], source);
    if (!isObject(value.flags))
        throw new flag_file_FlagFileError(['"flags" must be an object mapping flag keys to definitions'], source);
    const problems = Object.entries(value.flags).flatMap(([key, flag]) => key === '' ? ['flags: a flag key must not be empty'] : flagProblems(key, flag));
    if (value.$evaluators !== undefined && !isObject(value.$evaluators))
        problems.push('$evaluators must be an object mapping names to JsonLogic rules');
    if (problems.length > 0)
        throw new flag_file_FlagFileError(problems, source);
    return value;
}
/** Parse flag-file text (JSON). Throws {@link FlagFileError} for bad JSON or a bad format. */
function flag_file_parseFlagFileText(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new flag_file_FlagFileError([`not JSON: ${error.message}`], source);
    }
    return flag_file_parseFlagFile(value, source);
}
/** The JSON text to write for a flag file (2-space indented, trailing newline, stable key order as given). */
function flag_file_formatFlagFile(file) {
    flag_file_parseFlagFile(file);
    return `${JSON.stringify(file, null, 2)}\n`;
}
/**
 * Replace every `{"$ref": "name"}` in a rule by the file's `$evaluators[name]` (itself resolved, so evaluators may
 * use each other). Throws {@link JsonLogicError} for an unknown name or a cycle (flagd: PARSE_ERROR).
 */
function resolveRefs(rule, evaluators = {}, seen = []) {
    if (Array.isArray(rule)) {
        const items = rule.map((r) => resolveRefs(r, evaluators, seen));
        return items.every((item, i) => item === rule[i]) ? rule : items;
    }
    if (!isObject(rule))
        return rule;
    const keys = Object.keys(rule);
    if (keys.length === 1 && keys[0] === '$ref' && typeof rule.$ref === 'string') {
        const name = rule.$ref;
        if (!Object.hasOwn(evaluators, name))
            throw new JsonLogicError(`$ref '${name}' names no evaluator in $evaluators (${Object.keys(evaluators).join(', ') || 'none'})`);
        if (seen.includes(name))
            throw new JsonLogicError(`$ref cycle: ${[...seen, name].join(' → ')}`);
        return resolveRefs(evaluators[name], evaluators, [...seen, name]);
    }
    let changed = false;
    const entries = keys.map((k) => {
        const value = resolveRefs(rule[k], evaluators, seen);
        if (value !== rule[k])
            changed = true;
        return [k, value];
    });
    return changed ? Object.fromEntries(entries) : rule; // a rule without $ref is returned as it is (no copy)
}
/** Rules with their `$ref`s resolved, per targeting object and `$evaluators` object (files are not mutated in place). */
const resolvedRules = new WeakMap();
const NO_EVALUATORS = {};
function resolvedTargeting(targeting, evaluators) {
    if (!isObject(targeting))
        return resolveRefs(targeting, evaluators);
    let byEvaluators = resolvedRules.get(targeting);
    if (!byEvaluators)
        resolvedRules.set(targeting, (byEvaluators = new WeakMap()));
    const key = evaluators ?? NO_EVALUATORS;
    const cached = byEvaluators.get(key);
    if (cached !== undefined)
        return cached;
    const rule = resolveRefs(targeting, evaluators); // throws (PARSE_ERROR) before anything is cached
    byEvaluators.set(key, rule);
    return rule;
}
/**
 * Evaluate `flagKey` as flagd does: DISABLED → no value (reason DISABLED); no targeting → the default variant
 * (STATIC); targeting → its variant (TARGETING_MATCH), or the default variant when it returns null (DEFAULT).
 * A flag without a default variant resolves to no value with reason DEFAULT (the caller's default applies).
 * `$ref`s to the file's `$evaluators` are resolved first. A number as 4th argument is `nowSeconds` (older form).
 */
function flag_file_evaluateFlag(file, flagKey, context = {}, options = {}) {
    const opts = typeof options === 'number' ? { nowSeconds: options } : options;
    const flag = Object.hasOwn(file.flags, flagKey) ? file.flags[flagKey] : undefined;
    if (!flag)
        return {
            value: undefined,
            variant: undefined,
            reason: 'ERROR',
            errorCode: 'FLAG_NOT_FOUND',
            errorMessage: `flag '${flagKey}' is not in the file`,
        };
    const metadata = file.metadata || flag.metadata ? { flagMetadata: { ...file.metadata, ...flag.metadata } } : {};
    if (flag.state === 'DISABLED')
        return { value: undefined, variant: undefined, reason: 'DISABLED', ...metadata };
    const fallback = (reason) => {
        const variant = flag.defaultVariant ?? undefined;
        return variant === undefined
            ? { value: undefined, variant: undefined, reason: 'DEFAULT', ...metadata }
            : { value: flag.variants[variant], variant, reason, ...metadata };
    };
    if (flag.targeting === undefined || (isObject(flag.targeting) && Object.keys(flag.targeting).length === 0))
        return fallback('STATIC');
    let result;
    const warnings = [];
    try {
        const rule = resolvedTargeting(flag.targeting, file.$evaluators);
        const timestamp = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
        result = evaluate(rule, { ...context, $flagd: { flagKey, timestamp } }, warnings, {
            fractional: opts.fractional ?? 'v2',
        });
    }
    catch (error) {
        if (error instanceof JsonLogicError)
            return {
                value: undefined,
                variant: undefined,
                reason: 'ERROR',
                errorCode: 'PARSE_ERROR',
                errorMessage: error.message,
                ...metadata,
            };
        throw error;
    }
    if (result === null)
        return warnings.length > 0 ? { ...fallback('DEFAULT'), warnings } : fallback('DEFAULT');
    const variant = typeof result === 'object' ? JSON.stringify(result) : String(result);
    if (!Object.hasOwn(flag.variants, variant))
        return {
            value: undefined,
            variant: undefined,
            reason: 'ERROR',
            errorCode: 'GENERAL',
            errorMessage: `targeting returned '${variant}', which is not a variant of '${flagKey}'`,
            ...metadata,
        };
    return { value: flag.variants[variant], variant, reason: 'TARGETING_MATCH', ...metadata };
}
/**
 * A resolution checked against the type the caller asked for: a value of another type becomes an ERROR with
 * TYPE_MISMATCH (no value, so the caller's default applies), as flagd and OpenFeature do.
 */
function expectType(resolution, type) {
    const value = resolution.value;
    if (value === undefined)
        return resolution;
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    if (actual === type)
        return resolution;
    return {
        value: undefined,
        variant: undefined,
        reason: 'ERROR',
        errorCode: 'TYPE_MISMATCH',
        errorMessage: `the flag's value is ${actual === 'object' ? 'an object' : `a ${actual}`}, not a ${type}`,
        ...(resolution.flagMetadata ? { flagMetadata: resolution.flagMetadata } : {}),
    };
}

;// CONCATENATED MODULE: ../../packages/flags/src/flag-file-io.ts
/**
 * The file adapter for flag files: read + validate, and an atomic write (core's writeAtomic: temp file in the same
 * directory, fsync, rename), so flagd's file watcher never sees a half-written file.
 */



/** Read and validate a flag file. Throws {@link FlagFileError} (naming the path) when it is missing or invalid. */
async function readFlagFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new FlagFileError([`cannot read it: ${error.message}`], path);
    }
    return parseFlagFileText(text, path);
}
/** Validate and write a flag file atomically. Nothing is written when the content is invalid. */
async function writeFlagFile(path, file) {
    await writeAtomic(path, formatFlagFile(file));
}
/** Read, transform and atomically write back a flag file (e.g. with `setRolloutPercentage`). */
async function updateFlagFile(path, change) {
    const next = change(await readFlagFile(path));
    await writeFlagFile(path, next);
    return next;
}

;// CONCATENATED MODULE: ../../packages/flags/src/rollout.ts


/** The weight total used for rollout flags: percentages are stored with 4 decimals. */
const ROLLOUT_TOTAL_WEIGHT = 1_000_000;
function names(opts) {
    return { on: opts.onVariant ?? 'on', off: opts.offVariant ?? 'off' };
}
/** Weight of the "on" variant for a percentage (0–100, rounded to 4 decimals). Throws RangeError otherwise. */
function percentToWeight(percent) {
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
        throw new RangeError(`rollout percentage ${percent} is not a number from 0 to 100`);
    return Math.round((percent * ROLLOUT_TOTAL_WEIGHT) / 100);
}
function bucketExpression(bucketBy) {
    if (bucketBy === undefined || bucketBy === 'targetingKey')
        return [];
    return [{ cat: [{ var: '$flagd.flagKey' }, { var: bucketBy }] }];
}
/**
 * A copy of `file` with `flagKey` rolled out to `percent` % (the flag is created when missing, and ENABLED).
 * Throws RangeError for a bad percentage, and Error when the flag lacks the on/off variants or has targeting this
 * module did not write (unless `replaceTargeting`).
 */
function setRolloutPercentage(file, flagKey, percent, opts = {}) {
    const weight = percentToWeight(percent);
    const { on, off } = names(opts);
    const existing = file.flags[flagKey];
    const values = opts.values ?? { on: true, off: false };
    const base = existing
        ? structuredClone(existing)
        : { state: 'ENABLED', variants: { [on]: values.on, [off]: values.off }, defaultVariant: off };
    for (const v of [on, off])
        if (!(v in base.variants))
            throw new Error(`flag '${flagKey}' has no variant '${v}' (variants: ${Object.keys(base.variants).join(', ')})`);
    if (existing && !opts.replaceTargeting)
        readRolloutPercentage(file, flagKey, opts); // throws on foreign targeting
    delete base.targeting;
    base.state = 'ENABLED'; // a DISABLED flag serves nothing at all: setting a share means serving it
    if (weight === 0 || weight === ROLLOUT_TOTAL_WEIGHT) {
        base.defaultVariant = weight === 0 ? off : on;
    }
    else {
        base.defaultVariant = off;
        base.targeting = {
            fractional: [...bucketExpression(opts.bucketBy), [on, weight], [off, ROLLOUT_TOTAL_WEIGHT - weight]],
        };
    }
    const next = { ...file, flags: { ...file.flags, [flagKey]: base } };
    if (!next.$schema)
        next.$schema = FLAGD_SCHEMA;
    return parseFlagFile(next);
}
/**
 * The rollout percentage of `flagKey`, or `undefined` when the file has no such flag. Throws when the flag's
 * targeting is not a rollout over the on/off variants (so callers never act on a share they misread).
 */
function readRolloutPercentage(file, flagKey, opts = {}) {
    const flag = file.flags[flagKey];
    if (!flag)
        return undefined;
    const { on, off } = names(opts);
    const common = { state: flag.state, onVariant: on, offVariant: off };
    const targeting = flag.targeting;
    if (targeting === undefined ||
        (typeof targeting === 'object' && targeting !== null && Object.keys(targeting).length === 0)) {
        const percent = flag.state === 'ENABLED' && flag.defaultVariant === on ? 100 : 0;
        return { ...common, percent, shape: 'static', bucketBy: undefined };
    }
    const parsed = parseFractional(targeting, on, off);
    if (!parsed)
        throw new Error(`flag '${flagKey}' has targeting that is not a rollout over '${on}'/'${off}': ${JSON.stringify(targeting)}`);
    const percent = flag.state === 'DISABLED' ? 0 : (parsed.onWeight / parsed.total) * 100;
    return { ...common, percent, shape: 'fractional', bucketBy: parsed.bucketBy };
}
function parseFractional(targeting, on, off) {
    if (typeof targeting !== 'object' || targeting === null || Array.isArray(targeting))
        return undefined;
    const args = targeting.fractional;
    if (!Array.isArray(args) || Object.keys(targeting).length !== 1)
        return undefined;
    let bucketBy;
    let pairs = args;
    if (args.length > 0 && !Array.isArray(args[0])) {
        bucketBy = bucketAttribute(args[0] ?? null);
        if (bucketBy === undefined)
            return undefined;
        pairs = args.slice(1);
    }
    let onWeight = 0;
    let total = 0;
    for (const pair of pairs) {
        if (!Array.isArray(pair) || (pair[0] !== on && pair[0] !== off))
            return undefined;
        const w = pair.length > 1 ? pair[1] : 1;
        if (typeof w !== 'number' || !Number.isInteger(w))
            return undefined;
        const weight = Math.max(0, w);
        total += weight;
        if (pair[0] === on)
            onWeight += weight;
    }
    if (pairs[0] && Array.isArray(pairs[0]) && pairs[0][0] !== on && onWeight > 0)
        return undefined; // "on" must come first to stay sticky
    return total === 0 ? undefined : { onWeight, total, bucketBy };
}
function bucketAttribute(expr) {
    const cat = typeof expr === 'object' && expr !== null && !Array.isArray(expr) ? expr.cat : undefined;
    if (!Array.isArray(cat) || cat.length !== 2)
        return undefined;
    const [seed, attr] = cat.map((part) => typeof part === 'object' && part !== null && !Array.isArray(part) ? part.var : undefined);
    return seed === '$flagd.flagKey' && typeof attr === 'string' ? attr : undefined;
}
/**
 * Whether `targetingKey` is inside a `percent` % rollout of `flagKey` (the same answer flagd gives for a flag
 * written by {@link setRolloutPercentage} with the default bucketing).
 */
function isInRollout(flagKey, targetingKey, percent) {
    const weight = percentToWeight(percent);
    return bucketOf(defaultBucketingValue(flagKey, targetingKey), ROLLOUT_TOTAL_WEIGHT) < weight;
}

;// CONCATENATED MODULE: ../../packages/flags/src/latency-histogram.ts
/**
 * A fixed-size latency histogram with log-spaced bins (each 15 % wider than the last, 0.05 ms to 10 min), so
 * percentiles cost O(bins) and memory is constant however many calls are recorded. A percentile is reported as
 * the upper edge of its bin, capped at the largest value seen: it over-estimates by at most 15 %, never under.
 */
const FIRST_EDGE_MS = 0.05;
const GROWTH = 1.15;
const LAST_EDGE_MS = 600_000;
const LOG_GROWTH = Math.log(GROWTH);
/** Upper edges of the bins (the last bin also takes everything above {@link LAST_EDGE_MS}). */
const BIN_EDGES_MS = (() => {
    const edges = [];
    for (let edge = FIRST_EDGE_MS; edge < LAST_EDGE_MS * GROWTH; edge *= GROWTH)
        edges.push(edge);
    return edges;
})();
/** The bin index a latency falls into. */
function binOf(ms) {
    if (!(ms > FIRST_EDGE_MS))
        return 0;
    const i = Math.ceil(Math.log(ms / FIRST_EDGE_MS) / LOG_GROWTH - 1e-9);
    return Math.min(i, BIN_EDGES_MS.length - 1);
}
/** Counts per bin plus the total and the largest value. Mergeable and subtractable (for rolling windows). */
class latency_histogram_LatencyHistogram {
    counts = new Float64Array(BIN_EDGES_MS.length);
    total = 0;
    maxMs = 0;
    record(ms) {
        const value = Number.isFinite(ms) && ms > 0 ? ms : 0;
        this.counts[binOf(value)] += 1;
        this.total += 1;
        if (value > this.maxMs)
            this.maxMs = value;
    }
    /** Add (sign 1) or remove (sign -1) another histogram's counts. `maxMs` only grows (it is a cap, see quantile). */
    merge(other, sign = 1) {
        for (let i = 0; i < this.counts.length; i++)
            this.counts[i] += sign * (other.counts[i] ?? 0);
        this.total += sign * other.total;
        if (sign === 1 && other.maxMs > this.maxMs)
            this.maxMs = other.maxMs;
    }
    clear() {
        this.counts.fill(0);
        this.total = 0;
        this.maxMs = 0;
    }
    /** The `p`th percentile (0–100) in ms, or `undefined` with no data. */
    percentile(p) {
        if (this.total <= 0)
            return undefined;
        const rank = Math.max(1, Math.ceil((Math.min(100, Math.max(0, p)) / 100) * this.total));
        let seen = 0;
        for (let i = 0; i < this.counts.length; i++) {
            seen += this.counts[i] ?? 0;
            if (seen >= rank)
                return Math.min(BIN_EDGES_MS[i] ?? Infinity, this.maxMs);
        }
        return this.maxMs;
    }
}

;// CONCATENATED MODULE: ../../packages/flags/src/rolling-window.ts
/**
 * Time-bucketed counters over a rolling window: `buckets` slots of `windowMs / buckets` each. Buckets are rotated
 * lazily from the injected clock on every read or write (no timers), so the window is exact to one bucket and
 * costs nothing when idle. Totals are kept incrementally: a bucket's counts are subtracted when it expires.
 */

class rolling_window_RollingWindow {
    windowMs;
    buckets;
    clock;
    bucketMs;
    slots;
    totals = { requests: 0, failures: 0, latency: new LatencyHistogram() };
    epoch;
    constructor(windowMs, buckets, clock) {
        this.windowMs = windowMs;
        this.buckets = buckets;
        this.clock = clock;
        if (!(windowMs > 0) || !Number.isInteger(buckets) || buckets < 1)
            throw new RangeError(`a rolling window needs windowMs > 0 and a whole number of buckets ≥ 1 (got ${windowMs} ms, ${buckets})`);
        this.bucketMs = windowMs / buckets;
        this.epoch = Math.floor(clock() / this.bucketMs);
        this.slots = Array.from({ length: buckets }, () => ({
            epoch: -Infinity,
            requests: 0,
            failures: 0,
            latency: new LatencyHistogram(),
        }));
    }
    rotate() {
        const now = Math.floor(this.clock() / this.bucketMs);
        const steps = Math.min(Math.max(now - this.epoch, 0), this.buckets);
        for (let e = now - steps + 1; e <= now; e++)
            this.expire(this.slot(e), e);
        if (now > this.epoch)
            this.epoch = now;
        const current = this.slot(this.epoch);
        if (current.epoch !== this.epoch)
            this.expire(current, this.epoch);
        return current;
    }
    slot(epoch) {
        return this.slots[((epoch % this.buckets) + this.buckets) % this.buckets];
    }
    expire(bucket, newEpoch) {
        if (bucket.epoch === newEpoch)
            return;
        this.totals.requests -= bucket.requests;
        this.totals.failures -= bucket.failures;
        this.totals.latency.merge(bucket.latency, -1);
        bucket.epoch = newEpoch;
        bucket.requests = 0;
        bucket.failures = 0;
        bucket.latency.clear();
    }
    /** Record one call. */
    record(ok, latencyMs) {
        const bucket = this.rotate();
        bucket.requests += 1;
        this.totals.requests += 1;
        if (!ok) {
            bucket.failures += 1;
            this.totals.failures += 1;
        }
        bucket.latency.record(latencyMs);
        this.totals.latency.record(latencyMs);
    }
    /** Totals over the live window. */
    stats() {
        this.rotate();
        const { requests, failures } = this.totals;
        // maxMs of the running total only grows; recompute it from live buckets so an old outlier leaves the window.
        this.totals.latency.maxMs = Math.max(0, ...this.slots.filter((s) => s.epoch > this.epoch - this.buckets).map((s) => s.latency.maxMs));
        return {
            requests,
            failures,
            errorRatePercent: requests > 0 ? (failures / requests) * 100 : 0,
            latency: this.totals.latency,
        };
    }
    /** Forget everything (used when a breaker closes again). */
    reset() {
        for (const s of this.slots)
            this.expire(s, -Infinity);
    }
}

;// CONCATENATED MODULE: ../../packages/flags/src/circuit-breaker.ts
/**
 * A circuit breaker over a rolling window: CLOSED → OPEN when, with at least `minimumRequests` calls in the
 * window, the error rate reaches `errorRatePercent` OR the latency percentile `latency.percentile` exceeds
 * `latency.thresholdMs`. After `openMs` it is HALF_OPEN: exactly `halfOpenTrials` calls are let through; if all
 * succeed (and are not slow) it closes with a fresh window, the first failure reopens it. Only the calls admitted
 * as trials of the current HALF_OPEN period are judged as trials: a call started before the trip that finishes
 * during HALF_OPEN only feeds the window (use {@link CircuitBreaker.acquire} + `record(..., permit)`, or
 * `execute`, to tell them apart). The clock is injected; there are no timers, so the state advances when read.
 */

/** Judge a window against thresholds. Pure: the breaker uses it, and so can a gate fed by Prometheus queries. */
function judgeWindow(numbers, thresholds = {}) {
    const minimum = thresholds.minimumRequests ?? 20;
    const maxErrorRate = thresholds.errorRatePercent ?? 50;
    const { requests, failures, latencyMs } = numbers;
    if (requests < minimum)
        return {
            trip: false,
            kind: 'insufficient-volume',
            reason: `${requests} calls in the window, fewer than the minimum ${minimum}: no decision`,
        };
    const rate = (failures / requests) * 100;
    if (rate >= maxErrorRate)
        return {
            trip: true,
            kind: 'error-rate',
            reason: `error rate ${rate.toFixed(1)}% (${failures}/${requests}) is at or above ${maxErrorRate}%`,
        };
    const lat = thresholds.latency;
    if (lat && latencyMs !== undefined && latencyMs > lat.thresholdMs) {
        return {
            trip: true,
            kind: 'latency',
            reason: `p${lat.percentile} latency ${latencyMs.toFixed(1)} ms is above ${lat.thresholdMs} ms (${requests} calls)`,
        };
    }
    return {
        trip: false,
        kind: 'healthy',
        reason: `error rate ${rate.toFixed(1)}%${lat && latencyMs !== undefined ? `, p${lat.percentile} ${latencyMs.toFixed(1)} ms` : ''} over ${requests} calls`,
    };
}
/** Thrown by {@link CircuitBreaker.execute} when the breaker refuses the call. */
class CircuitOpenError extends Error {
    state;
    constructor(state) {
        super(state === 'OPEN'
            ? 'circuit is open: call refused'
            : 'circuit is half-open and its trial calls are taken: call refused');
        this.state = state;
        this.name = 'CircuitOpenError';
    }
}
class CircuitBreaker {
    options;
    current = 'CLOSED';
    openedAt = 0;
    halfOpenedAt = 0;
    trialsIssued = 0;
    trialsPassed = 0;
    period = 0;
    rejectedCount = 0;
    window;
    clock;
    listeners = new Map();
    constructor(options = {}) {
        this.options = options;
        this.clock = options.clock ?? Date.now;
        this.window = new RollingWindow(options.windowMs ?? 10_000, options.buckets ?? 10, this.clock);
        const trials = options.halfOpenTrials ?? 3;
        if (!Number.isInteger(trials) || trials < 1)
            throw new RangeError(`halfOpenTrials must be a whole number ≥ 1 (got ${trials})`);
    }
    /** The state now (OPEN becomes HALF_OPEN here once `openMs` has passed). */
    get state() {
        const openMs = this.options.openMs ?? 30_000;
        if (this.current === 'OPEN' && this.clock() - this.openedAt >= openMs) {
            this.transition('HALF_OPEN', `open for ${openMs} ms: letting ${this.trials} trial call(s) through`);
        }
        const trialTimeout = this.options.trialTimeoutMs ?? openMs;
        if (this.current === 'HALF_OPEN' &&
            this.trialsIssued > this.trialsPassed &&
            this.clock() - this.halfOpenedAt >= trialTimeout) {
            // A caller took a trial slot and never reported back: without this the breaker would refuse calls forever.
            this.transition('OPEN', `${this.trialsIssued - this.trialsPassed} trial call(s) not reported within ${trialTimeout} ms`);
        }
        return this.current;
    }
    get trials() {
        return this.options.halfOpenTrials ?? 3;
    }
    /** Calls refused since the breaker was made. */
    get rejected() {
        return this.rejectedCount;
    }
    /**
     * Ask to make a call. CLOSED: yes. OPEN: no. HALF_OPEN: yes for the first `halfOpenTrials` asks, then no
     * until the trials are judged. Every `true` must be followed by one {@link record}.
     */
    allow() {
        return this.acquire() !== undefined;
    }
    /**
     * {@link allow}, returning a permit to hand back to {@link record} (undefined when refused). With the permit the
     * breaker knows whether the call that ended was a trial of the current HALF_OPEN period.
     */
    acquire() {
        const state = this.state;
        if (state === 'CLOSED')
            return { trial: false, period: this.period };
        if (state === 'HALF_OPEN' && this.trialsIssued < this.trials) {
            this.trialsIssued += 1;
            return { trial: true, period: this.period };
        }
        this.rejectedCount += 1;
        return undefined;
    }
    /**
     * Record the outcome of an allowed call. In HALF_OPEN only a trial of the current period is judged (a trial
     * slower than the latency threshold counts as failed); any other call only feeds the window. Without a permit,
     * a call ending in HALF_OPEN is taken as a trial while trial slots are outstanding (the older contract).
     */
    record(ok, latencyMs, permit) {
        const state = this.state;
        this.window.record(ok, latencyMs);
        if (state === 'CLOSED') {
            const j = this.judge();
            if (j.trip)
                this.transition('OPEN', j.reason);
        }
        else if (state === 'HALF_OPEN') {
            const isTrial = permit ? permit.trial && permit.period === this.period : this.trialsIssued > this.trialsPassed;
            if (!isTrial)
                return; // started before the trip (or in an earlier period): not a trial
            const slow = this.options.latency !== undefined && latencyMs > this.options.latency.thresholdMs;
            if (!ok || slow)
                this.transition('OPEN', `trial call ${ok ? `took ${latencyMs} ms (above ${this.options.latency?.thresholdMs} ms)` : 'failed'}`);
            else if (++this.trialsPassed >= this.trials)
                this.transition('CLOSED', `${this.trials} trial call(s) succeeded`);
        }
        // Calls that finish while OPEN (started before the trip) only feed the window.
    }
    /** Run `fn` through the breaker: refuse with {@link CircuitOpenError}, or time it and record its outcome. */
    async execute(fn) {
        const permit = this.acquire();
        if (!permit)
            throw new CircuitOpenError(this.current);
        const started = this.clock();
        try {
            const value = await fn();
            this.record(true, this.clock() - started, permit);
            return value;
        }
        catch (error) {
            this.record(false, this.clock() - started, permit);
            throw error;
        }
    }
    /** The window's numbers and the verdict they give now. */
    judge() {
        const stats = this.window.stats();
        const latencyMs = this.options.latency ? stats.latency.percentile(this.options.latency.percentile) : undefined;
        return { ...judgeWindow({ requests: stats.requests, failures: stats.failures, latencyMs }, this.options), stats };
    }
    /** Listen to every transition (`'transition'`) or to entering one state. Returns an unsubscribe function. */
    on(event, listener) {
        const set = this.listeners.get(event) ?? new Set();
        set.add(listener);
        this.listeners.set(event, set);
        return () => set.delete(listener);
    }
    /** Force a state (an operator override); emits a transition like any other. */
    force(state, reason = 'forced') {
        if (state !== this.current)
            this.transition(state, reason);
    }
    transition(to, reason) {
        const from = this.current;
        const stats = this.window.stats();
        const latencyMs = this.options.latency ? stats.latency.percentile(this.options.latency.percentile) : undefined;
        this.current = to;
        const at = this.clock();
        if (to === 'OPEN')
            this.openedAt = at;
        if (to === 'HALF_OPEN') {
            this.halfOpenedAt = at;
            this.period += 1;
        }
        if (to === 'HALF_OPEN' || to === 'OPEN') {
            this.trialsIssued = 0;
            this.trialsPassed = 0;
        }
        if (to === 'CLOSED')
            this.window.reset();
        const event = {
            from,
            to,
            at,
            reason,
            stats: {
                requests: stats.requests,
                failures: stats.failures,
                errorRatePercent: stats.errorRatePercent,
                latencyMs,
            },
        };
        for (const key of [to, 'transition'])
            for (const listener of this.listeners.get(key) ?? [])
                listener(event);
    }
}

;// CONCATENATED MODULE: ../../packages/flags/src/breaker-flag.ts

class CircuitBreakerFlag {
    flagKey;
    breaker;
    offVariant;
    constructor(options) {
        this.flagKey = options.flagKey;
        this.breaker = options.breaker;
        this.offVariant = options.offVariant ?? 'off';
    }
    /** True unless the breaker is OPEN (HALF_OPEN counts as "on, on trial"). Does not take a trial slot. */
    get enabled() {
        return this.breaker.state !== 'OPEN';
    }
    /**
     * Evaluate the flag through the breaker: OPEN (or HALF_OPEN with no trial slot left) → the off variant with
     * reason STATIC; otherwise flagd's own evaluation of `file`, with a permit for the call it starts (in HALF_OPEN
     * only evaluations that turn the flag on take a trial slot).
     */
    evaluate(file, context = {}, options = {}) {
        const state = this.breaker.state;
        const flag = file.flags[this.flagKey];
        const off = () => ({
            value: flag?.variants[this.offVariant],
            variant: this.offVariant,
            reason: 'STATIC',
            breaker: state,
            trial: false,
        });
        if (state === 'OPEN')
            return off();
        const resolution = evaluateFlag(file, this.flagKey, context, options);
        // A user the flag sends to the off variant anyway (outside the rollout) runs no guarded code: in HALF_OPEN
        // such an evaluation must not take a trial slot, or a partial rollout could starve the trials and never close.
        if (state === 'HALF_OPEN' && resolution.variant === this.offVariant)
            return { ...resolution, breaker: state, trial: false };
        const permit = this.breaker.acquire();
        if (!permit)
            return off();
        return { ...resolution, breaker: state, trial: permit.trial, permit };
    }
    /**
     * The flag file to publish (e.g. for flagd to watch): `desired` unchanged while the breaker is not OPEN; while
     * it is OPEN, a copy where this flag serves the off variant to everyone (targeting removed) and carries
     * `metadata.circuitBreaker = "OPEN"`. `desired` is never modified, so closing restores the written rollout.
     */
    effectiveFlagFile(desired) {
        const flag = desired.flags[this.flagKey];
        if (!flag || this.breaker.state !== 'OPEN')
            return desired;
        if (!(this.offVariant in flag.variants))
            throw new Error(`flag '${this.flagKey}' has no variant '${this.offVariant}' to serve while its circuit is open`);
        const forced = structuredClone(flag);
        delete forced.targeting;
        forced.defaultVariant = this.offVariant;
        forced.metadata = { ...(forced.metadata ?? {}), circuitBreaker: 'OPEN' };
        return parseFlagFile({ ...desired, flags: { ...desired.flags, [this.flagKey]: forced } });
    }
}

;// CONCATENATED MODULE: ../../packages/flags/src/matrix.ts
/** A matrix that cannot be made as asked: a flag missing or with one variant, or too many rows. */
class MatrixError extends Error {
    subject;
    constructor(message, subject) {
        super(message);
        this.subject = subject;
        this.name = 'MatrixError';
    }
}
/** The variant names of a flag, in file order. */
function flagVariants(file, key) {
    const flag = file.flags[key];
    if (!flag)
        throw new MatrixError(`is not a flag in the file (flags: ${Object.keys(file.flags).join(', ') || 'none'})`, key);
    return Object.keys(flag.variants);
}
function product(flags) {
    return flags.reduce((n, f) => n * f.variants.length, 1);
}
/** Every combination, the first flag varying slowest. */
function allCombinations(flags) {
    let rows = [{}];
    for (const f of flags)
        rows = rows.flatMap((row) => f.variants.map((v) => ({ ...row, [f.key]: v })));
    return rows;
}
const pairKey = (i, a, j, b) => JSON.stringify([i, a, j, b]);
/** Every pair of variants of two different flags (flag i < flag j). */
function allPairs(flags) {
    const out = [];
    for (let i = 0; i < flags.length; i++) {
        for (let j = i + 1; j < flags.length; j++) {
            for (const a of flags[i].variants)
                for (const b of flags[j].variants)
                    out.push(pairKey(i, a, j, b));
        }
    }
    return out;
}
/** The pairs a row covers. */
function pairsOf(flags, row) {
    const out = [];
    for (let i = 0; i < flags.length; i++) {
        for (let j = i + 1; j < flags.length; j++)
            out.push(pairKey(i, row[flags[i].key], j, row[flags[j].key]));
    }
    return out;
}
/** 0..n-1 in an order fixed by `seed` (a small LCG: deterministic, so a re-run gives the same matrix). */
function shuffled(n, seed) {
    const out = Array.from({ length: n }, (_, i) => i);
    let x = (seed * 2654435761 + 1) >>> 0;
    for (let i = n - 1; i > 0; i--) {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        const j = x % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** How many uncovered pairs each new row tries as its seed (AETG-style candidates); the best candidate is kept. */
const CANDIDATES = 48;
/**
 * Pairwise rows, greedy (AETG-style) and deterministic: each new row is built from several seeds (an uncovered
 * pair, taken at even spacing through the uncovered set), every other flag then, in a seeded shuffled order, taking the variant that covers
 * the most uncovered pairs with the flags already set (the first on a tie); the candidate covering the most new
 * pairs is kept. Every row covers at least its seed pair, so the loop ends within `pairs` rows.
 */
function pairwiseCombinations(flags) {
    const uncovered = new Set(allPairs(flags));
    const rows = [];
    const limit = uncovered.size + 1;
    const build = (seed, order) => {
        const [i, a, j, b] = JSON.parse(seed);
        const chosen = new Map([
            [i, a],
            [j, b],
        ]);
        for (const k of order) {
            if (chosen.has(k))
                continue;
            let best = flags[k].variants[0];
            let bestGain = -1;
            for (const v of flags[k].variants) {
                let gain = 0;
                for (const [m, w] of chosen)
                    if (uncovered.has(m < k ? pairKey(m, w, k, v) : pairKey(k, v, m, w)))
                        gain++;
                if (gain > bestGain)
                    [best, bestGain] = [v, gain];
            }
            chosen.set(k, best);
        }
        const row = {};
        flags.forEach((f, k) => (row[f.key] = chosen.get(k)));
        return { row, gain: pairsOf(flags, row).filter((p) => uncovered.has(p)).length };
    };
    while (uncovered.size > 0 && rows.length < limit) {
        const pool = [...uncovered];
        const step = Math.max(1, Math.floor(pool.length / CANDIDATES));
        let best;
        for (let c = 0, n = 0; c < pool.length && n < CANDIDATES; c += step, n++) {
            const candidate = build(pool[c], shuffled(flags.length, rows.length * CANDIDATES + n));
            if (!best || candidate.gain > best.gain)
                best = candidate;
        }
        const row = best.row;
        for (const p of pairsOf(flags, row))
            uncovered.delete(p);
        rows.push(row);
    }
    return rows;
}
/** The job matrix for some flags of a flag file. Throws {@link MatrixError} naming what cannot be done. */
function flagMatrix(file, opts) {
    if (opts.keys.length === 0)
        throw new MatrixError('names no flag', '');
    const dup = opts.keys.find((k, i) => opts.keys.indexOf(k) !== i);
    if (dup)
        throw new MatrixError('is named twice', dup);
    const flags = opts.keys.map((key) => ({ key, variants: flagVariants(file, key) }));
    const one = flags.find((f) => f.variants.length < 2);
    if (one)
        throw new MatrixError(`has only ${one.variants.length} variant; nothing to vary`, one.key);
    const total = product(flags);
    const mode = opts.mode === 'auto'
        ? total <= opts.max || flags.length < 2
            ? 'all'
            : 'pairwise'
        : flags.length < 2
            ? 'all'
            : opts.mode;
    if (mode === 'all' && total > opts.max) {
        throw new MatrixError(`give ${total} combinations, more than max-combinations ${opts.max}; use mode pairwise (or auto), or fewer flags`, opts.keys.join(', '));
    }
    const combinations = mode === 'all' ? allCombinations(flags) : pairwiseCombinations(flags);
    if (combinations.length > opts.max) {
        throw new MatrixError(`need ${combinations.length} pairwise combinations, more than max-combinations ${opts.max}; vary fewer flags or raise the bound`, opts.keys.join(', '));
    }
    const pairs = allPairs(flags);
    const covered = new Set(combinations.flatMap((row) => pairsOf(flags, row)));
    return {
        mode,
        flags,
        combinations,
        product: total,
        pairs: { total: pairs.length, covered: pairs.filter((p) => covered.has(p)).length },
    };
}
/** A combination's name for a job: `new-checkout=on, dark-mode=off`. */
function combinationName(row) {
    return Object.entries(row)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}
/** The environment variable of one flag: `SHIPLINE_FLAG_NEW_CHECKOUT` for `new-checkout`. */
function flagEnvName(key) {
    return `SHIPLINE_FLAG_${key.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/**
 * The environment a test step gets for one combination: `SHIPLINE_FLAG_VARIANTS` (the JSON mapping) and one
 * `SHIPLINE_FLAG_<KEY>` per flag. Throws {@link MatrixError} when two keys map to the same variable name.
 */
function variantEnv(row) {
    const env = { SHIPLINE_FLAG_VARIANTS: JSON.stringify(row) };
    const seen = new Map();
    for (const [key, variant] of Object.entries(row)) {
        const name = flagEnvName(key);
        const other = seen.get(name);
        if (other !== undefined)
            throw new MatrixError(`and '${other}' both map to ${name}`, key);
        seen.set(name, key);
        env[name] = variant;
    }
    return env;
}

;// CONCATENATED MODULE: ../../packages/flags/src/index.ts














;// CONCATENATED MODULE: ./src/adapters/flag-variants.ts
/**
 * The `flag-variants` input: one combination of flag variants (from flag-matrix's `matrix.variants`), given to the
 * test step as environment variables (`SHIPLINE_FLAG_VARIANTS` and one `SHIPLINE_FLAG_<KEY>` per flag).
 */


const KEY = /^[A-Za-z0-9][\w.:-]{0,127}$/;
const VARIANT = /^[^\0\r\n]{1,256}$/;
async function readFlagVariants() {
    const raw = await readObject('flag-variants', { example: '{"new-checkout": "on", "dark-mode": "off"}' });
    if (!raw)
        return {};
    for (const [key, variant] of Object.entries(raw)) {
        if (!KEY.test(key))
            throw new errors/* InputError */.dz('flag-variants', key, 'is not a flag key (letters, digits, _ . : -; up to 128)');
        if (typeof variant !== 'string' || !VARIANT.test(variant))
            throw new errors/* InputError */.dz('flag-variants', JSON.stringify(variant), `is not a variant name for flag '${key}' (a string of 1 to 256 characters on one line)`);
    }
    try {
        return variantEnv(raw);
    }
    catch (error) {
        if (error instanceof MatrixError)
            throw new errors/* InputError */.dz('flag-variants', error.subject, error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/domain/manifest.ts
/**
 * The meta-package: a manifest listing every part of a release (kind, version, size, sha256) with build
 * provenance, the `SHA256SUMS` file and the package.json of an optional npm meta package. Pure text builders.
 */
/** Read provenance from the standard GitHub Actions variables. */
function provenanceFrom(env, sourceDateEpoch, commit) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`
        : undefined;
    const p = { sourceDateEpoch };
    const sha = env.GITHUB_SHA || commit;
    if (sha)
        p.commit = sha;
    if (env.GITHUB_REF)
        p.ref = env.GITHUB_REF;
    if (env.GITHUB_REPOSITORY)
        p.repository = `${server}/${env.GITHUB_REPOSITORY}`;
    if (runUrl)
        p.runUrl = runUrl;
    if (env.GITHUB_WORKFLOW)
        p.workflow = env.GITHUB_WORKFLOW;
    return p;
}
/** The manifest for a release; parts are sorted by file name. */
function buildManifest(name, version, artifacts, provenance) {
    const parts = [...artifacts]
        .sort((a, b) => manifest_compareBytes(a.file, b.file))
        .map((a) => ({
        file: a.file,
        kind: a.kind,
        name: a.name,
        version,
        size: a.size,
        sha256: a.sha256,
        ...(a.digest ? { digest: a.digest } : {}),
    }));
    return {
        schema: 'https://shipline.dev/schemas/meta-package/v1',
        name,
        version,
        builtFrom: new Date(provenance.sourceDateEpoch * 1000).toISOString(),
        provenance,
        parts,
    };
}
/** `SHA256SUMS` in coreutils format: `<hex>  <file>` per line, sorted by file name. */
function sha256sums(artifacts) {
    return [...artifacts]
        .sort((a, b) => manifest_compareBytes(a.file, b.file))
        .map((a) => {
        if (/[\n\\]/.test(a.file))
            throw new Error(`file name not allowed in SHA256SUMS: ${a.file}`);
        return `${a.sha256}  ${a.file}\n`;
    })
        .join('');
}
/** package.json of the npm meta package: exact-version dependencies on the release's npm package(s). */
function metaPackageJson(metaName, version, dependencies, description) {
    const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => manifest_compareBytes(a, b)));
    const pkg = { name: metaName, version, description, files: ['meta.json'], dependencies: sorted };
    return `${JSON.stringify(pkg, null, 2)}\n`;
}
/** Code-unit order: the same on every machine and locale. */
function manifest_compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/domain/tar.ts
/**
 * A minimal, deterministic POSIX ustar (+ pax where needed) header encoder. Pure: it turns an entry description into
 * the bytes that precede the entry's data. Owners are normalized to 0/0 with empty names, modes to 0644/0755, and
 * the mtime is the one given (SOURCE_DATE_EPOCH), so the same tree always gives the same bytes.
 */
const BLOCK = 512;
const TYPEFLAG = { file: '0', dir: '5', symlink: '2' };
const MAX_OCTAL_SIZE = 0o77777777777; // 11 octal digits
/** The normalized mode for an entry. */
function normalizedMode(type, executable) {
    if (type === 'dir')
        return 0o755;
    if (type === 'symlink')
        return 0o777;
    return executable ? 0o755 : 0o644;
}
/** Bytes of zero padding after `size` bytes of data. */
function paddingFor(size) {
    const rest = size % BLOCK;
    return rest === 0 ? 0 : BLOCK - rest;
}
/** The two zero blocks that end an archive. */
function endOfArchive() {
    return Buffer.alloc(2 * BLOCK);
}
function octal(buf, offset, width, value) {
    const text = value.toString(8).padStart(width - 1, '0');
    if (text.length > width - 1)
        throw new RangeError(`value ${value} does not fit a ${width}-byte tar field`);
    buf.write(`${text}\0`, offset, width, 'ascii');
}
/** Split a long path into ustar prefix + name, or undefined when it cannot be split. */
function splitPath(path) {
    const bytes = Buffer.byteLength(path);
    if (bytes <= 100)
        return { prefix: '', name: path };
    // The prefix ends at a '/', holds at most 155 bytes; the name after it at most 100.
    for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1)) {
        const prefix = path.slice(0, at);
        const name = path.slice(at + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name !== '')
            return { prefix, name };
    }
    return undefined;
}
function ustarBlock(fields) {
    const buf = Buffer.alloc(BLOCK);
    buf.write(fields.name, 0, 100, 'utf8');
    octal(buf, 100, 8, fields.mode);
    octal(buf, 108, 8, 0); // uid
    octal(buf, 116, 8, 0); // gid
    octal(buf, 124, 12, fields.size);
    octal(buf, 136, 12, fields.mtime);
    buf.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
    buf.write(fields.typeflag, 156, 1, 'ascii');
    buf.write(fields.linkname, 157, 100, 'utf8');
    buf.write('ustar\0', 257, 6, 'ascii');
    buf.write('00', 263, 2, 'ascii');
    octal(buf, 329, 8, 0); // devmajor
    octal(buf, 337, 8, 0); // devminor
    buf.write(fields.prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of buf)
        sum += byte;
    buf.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
    return buf;
}
/** One pax record: `<len> <key>=<value>\n`, where len counts the whole record including its own digits. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyBytes = Buffer.byteLength(body);
    let len = bodyBytes + 1;
    while (bodyBytes + String(len).length !== len)
        len = bodyBytes + String(len).length;
    return `${len}${body}`;
}
/**
 * Encode the header(s) for one entry: a pax extended header first when the path, the link target or the size do
 * not fit ustar, then the ustar header. The result is a multiple of 512 bytes.
 */
function encodeHeader(h) {
    if (h.path === '' || h.path.startsWith('/'))
        throw new Error(`tar entry path must be relative: '${h.path}'`);
    const pax = [];
    let split = splitPath(h.path);
    if (!split) {
        pax.push(paxRecord('path', h.path));
        split = { prefix: '', name: truncateBytes(h.path.slice(h.path.lastIndexOf('/', h.path.length - 2) + 1), 100) };
    }
    const linkname = h.linkname ?? '';
    let ustarLink = linkname;
    if (Buffer.byteLength(linkname) > 100) {
        pax.push(paxRecord('linkpath', linkname));
        ustarLink = truncateBytes(linkname, 100);
    }
    let ustarSize = h.size;
    if (h.size > MAX_OCTAL_SIZE) {
        pax.push(paxRecord('size', String(h.size)));
        ustarSize = 0;
    }
    const main = ustarBlock({
        ...split,
        mode: h.mode,
        size: ustarSize,
        mtime: h.mtime,
        typeflag: TYPEFLAG[h.type],
        linkname: ustarLink,
    });
    if (pax.length === 0)
        return main;
    const data = Buffer.from(pax.join(''), 'utf8');
    const paxName = truncateBytes(`PaxHeader/${split.name}`, 100);
    const paxHeader = ustarBlock({
        name: paxName,
        prefix: '',
        mode: 0o644,
        size: data.length,
        mtime: h.mtime,
        typeflag: 'x',
        linkname: '',
    });
    return Buffer.concat([paxHeader, data, Buffer.alloc(paddingFor(data.length)), main]);
}
function truncateBytes(text, max) {
    let out = text;
    while (Buffer.byteLength(out) > max)
        out = out.slice(0, -1);
    return out;
}

;// CONCATENATED MODULE: ./src/adapters/archive.ts
/**
 * Write a deterministic `.tar.gz`: entries in the given (sorted) order, normalized headers, gzip with a fixed level
 * and no name or mtime in its header (Node's zlib writes neither). Streamed: file data goes from disk through
 * gzip and the sha256 hash to the output in bounded chunks, so memory stays flat whatever the tree size.
 */








const archive_CHUNK = 1024 * 1024;
const ZEROS = Buffer.alloc(512);
/** The tar stream of `entries` (headers, data, padding, end blocks), read from disk in bounded chunks. */
async function* tarBytes(entries, o) {
    const prefix = o.prefix ?? '';
    for (const e of entries) {
        yield encodeHeader({
            path: `${prefix}${e.path}`,
            type: e.type,
            size: e.type === 'file' ? e.size : 0,
            mode: normalizedMode(e.type, e.executable),
            mtime: o.mtime,
            ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
        });
        if (e.type !== 'file' || e.size === 0)
            continue;
        yield* fileBytes(e);
        const pad = paddingFor(e.size);
        if (pad)
            yield ZEROS.subarray(0, pad);
    }
    yield endOfArchive();
}
/** Exactly `e.size` bytes of the file, or an error if it changed size while being archived. */
async function* fileBytes(e) {
    const fh = await (0,promises_.open)(e.source, 'r');
    try {
        let left = e.size;
        while (left > 0) {
            const buf = Buffer.allocUnsafe(Math.min(archive_CHUNK, left));
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            left -= bytesRead;
            yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
        }
        if (left !== 0)
            throw new errors/* UserError */.yo(`File '${e.path}' shrank while it was being archived; is a build still writing it?`);
        const probe = Buffer.alloc(1);
        if ((await fh.read(probe, 0, 1, null)).bytesRead !== 0) {
            throw new errors/* UserError */.yo(`File '${e.path}' grew while it was being archived; is a build still writing it?`);
        }
    }
    finally {
        await fh.close();
    }
}
/** Write `entries` as a deterministic tar.gz at `dest`; returns its size and sha256. */
async function writeTarGz(entries, dest, o) {
    const h = hashingStream();
    await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(tarBytes(entries, o), { objectMode: false, highWaterMark: archive_CHUNK }), (0,external_node_zlib_namespaceObject.createGzip)({ level: o.level, chunkSize: 256 * 1024 }), h.stream, (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx' }));
    return h.result();
}
/**
 * Write `entries` as a deterministic plain (uncompressed) tar at `dest`, e.g. an OCI layout whose blobs are already
 * compressed. With no gzip to pace it, file data is copied through one reused buffer (each write finishes before
 * the buffer is refilled): no garbage per chunk, so memory stays flat however big the blobs are.
 */
async function writeTar(entries, dest, o) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const out = await (0,promises_.open)(dest, 'wx');
    const buffer = Buffer.allocUnsafe(archive_CHUNK);
    let size = 0;
    const put = async (bytes) => {
        hash.update(bytes);
        size += bytes.length;
        for (let at = 0; at < bytes.length;)
            at += (await out.write(bytes, at, bytes.length - at)).bytesWritten;
    };
    try {
        for (const e of entries) {
            const header = encodeHeader({
                path: `${o.prefix ?? ''}${e.path}`,
                type: e.type,
                size: e.type === 'file' ? e.size : 0,
                mode: normalizedMode(e.type, e.executable),
                mtime: o.mtime,
                ...(e.linkname !== undefined ? { linkname: e.linkname } : {}),
            });
            await put(header);
            if (e.type !== 'file' || e.size === 0)
                continue;
            const src = await (0,promises_.open)(e.source, 'r');
            try {
                let left = e.size;
                while (left > 0) {
                    const { bytesRead } = await src.read(buffer, 0, Math.min(archive_CHUNK, left), null);
                    if (bytesRead === 0)
                        throw new errors/* UserError */.yo(`File '${e.path}' shrank while it was being archived; is a build still writing it?`);
                    await put(buffer.subarray(0, bytesRead));
                    left -= bytesRead;
                }
            }
            finally {
                await src.close();
            }
            const pad = paddingFor(e.size);
            if (pad)
                await put(ZEROS.subarray(0, pad));
        }
        await put(endOfArchive());
    }
    finally {
        await out.close();
    }
    return { size, sha256: hash.digest('hex') };
}

;// CONCATENATED MODULE: ./src/adapters/files.ts
/**
 * Collect the files of an archive from the working directory: sorted, with directory entries, symlinks kept as
 * links when they point inside the workspace and refused otherwise. Nothing is read but metadata.
 */





const SKIP_DIRS = new Set(['.git', 'node_modules']);
/** True when `child` is `parent` or below it (core's one containment rule). */
/** Collect the entries for a list of workspace-relative paths or globs (already checked lexically). */
async function collect(patterns, o) {
    const found = new Map();
    const limit = o.maxEntries ?? 1_000_000;
    const add = (e) => {
        found.set(e.path, e);
        if (found.size > limit)
            throw new errors/* InputError */.dz(o.input, patterns.join(', '), `matches more than ${limit} files`);
    };
    for (const pattern of patterns) {
        await checkParents(isGlob(pattern) ? globBase(pattern) : pattern, o);
        if (isGlob(pattern)) {
            const { minimatch } = await __nccwpck_require__.e(/* import() */ 662).then(__nccwpck_require__.bind(__nccwpck_require__, 8662));
            const base = globBase(pattern);
            const baseAbs = (0,external_node_path_.join)(o.root, base);
            const matched = [];
            if (await exists(baseAbs)) {
                const wanted = (rel) => minimatch(rel, pattern, { dot: false });
                await walk(baseAbs, o, (e) => e.type !== 'dir' && matched.push(e), wanted);
            }
            if (matched.length === 0)
                throw new errors/* InputError */.dz(o.input, pattern, 'matches no files');
            matched.forEach(add);
        }
        else {
            const abs = (0,external_node_path_.join)(o.root, pattern);
            if (!(await exists(abs)))
                throw new errors/* InputError */.dz(o.input, pattern, 'does not exist in the working directory');
            await walk(abs, o, add);
        }
    }
    if (o.skip && o.skip.length > 0) {
        const { minimatch } = await __nccwpck_require__.e(/* import() */ 662).then(__nccwpck_require__.bind(__nccwpck_require__, 8662));
        const skip = o.skip;
        for (const [path, e] of found) {
            const bare = e.type === 'dir' ? path.slice(0, -1) : path;
            // `dir/**` also leaves out the directory entry itself.
            if (skip.some((g) => minimatch(bare, g, { dot: true }) || (g.endsWith('/**') && minimatch(bare, g.slice(0, -3), { dot: true }))))
                found.delete(path);
        }
    }
    for (const path of [...found.keys()])
        addParents(path, found);
    return [...found.values()].sort((a, b) => manifest_compareBytes(a.path, b.path));
}
/** The directories leading to a path must not be symlinks that lead out of the working directory. */
async function checkParents(path, o) {
    const parent = (0,external_node_path_.dirname)((0,external_node_path_.join)(o.root, path));
    const real = await (0,promises_.realpath)(parent).catch(() => undefined);
    if (real !== undefined && !isInside(o.root, real)) {
        throw new errors/* InputError */.dz(o.input, path, `goes through a symlink that leads outside the working directory (to ${real})`);
    }
}
function addParents(path, found) {
    let dir = path.endsWith('/') ? path.slice(0, -1) : path;
    for (let at = dir.lastIndexOf('/'); at > 0; at = dir.lastIndexOf('/')) {
        dir = dir.slice(0, at);
        const key = `${dir}/`;
        if (found.has(key))
            return;
        found.set(key, { path: key, type: 'dir', source: '', size: 0, executable: true });
    }
}
async function exists(abs) {
    return (0,promises_.lstat)(abs).then(() => true, () => false);
}
/**
 * Walk a path depth-first in sorted order, calling `visit` for every entry (the path itself included). With
 * `wanted`, non-directories it rejects are passed over before any check (a glob's unmatched files cannot fail it).
 */
async function walk(abs, o, visit, wanted, depth = 0) {
    if (depth > 256)
        throw new errors/* InputError */.dz(o.input, (0,external_node_path_.relative)(o.root, abs), 'is nested more than 256 directories deep');
    if (o.exclude.some((x) => isInside(x, abs)))
        return;
    const st = await (0,promises_.lstat)(abs);
    const rel = (0,external_node_path_.relative)(o.root, abs).split(external_node_path_.sep).join('/');
    if (!st.isDirectory() && wanted && !wanted(rel))
        return;
    if (st.isSymbolicLink()) {
        visit(await symlinkEntry(abs, rel, o));
    }
    else if (st.isDirectory()) {
        if (depth > 0 && SKIP_DIRS.has(abs.slice(abs.lastIndexOf(external_node_path_.sep) + 1)))
            return;
        visit({ path: `${rel}/`, type: 'dir', source: abs, size: 0, executable: true });
        const names = (await (0,promises_.readdir)(abs)).sort(manifest_compareBytes);
        for (const name of names)
            await walk((0,external_node_path_.join)(abs, name), o, visit, wanted, depth + 1);
    }
    else if (st.isFile()) {
        visit({ path: rel, type: 'file', source: abs, size: st.size, executable: (st.mode & 0o111) !== 0 });
    }
    else {
        throw new errors/* InputError */.dz(o.input, rel, 'is not a regular file, directory or symlink (sockets, fifos and devices cannot be archived)');
    }
}
async function symlinkEntry(abs, rel, o) {
    const target = await (0,promises_.readlink)(abs);
    let real;
    try {
        real = await (0,promises_.realpath)(abs);
    }
    catch {
        throw new errors/* InputError */.dz(o.input, rel, `is a dangling symlink (-> ${target})`);
    }
    if (!isInside(o.workspace, real))
        throw new errors/* InputError */.dz(o.input, rel, `is a symlink pointing outside the workspace (-> ${target})`);
    // Store a relative link so the archive extracts anywhere; an absolute target inside the workspace is rewritten.
    const linkname = (0,external_node_path_.relative)((0,external_node_path_.dirname)(abs), real).split(external_node_path_.sep).join('/') || '.';
    return { path: rel, type: 'symlink', source: abs, size: 0, executable: false, linkname };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ../../packages/core/src/exec.ts
/**
 * Process helpers: always `execFile`-style (program + argument array, never a shell string), with a timeout,
 * output captured and optionally streamed to the log inside a `core.group`.
 */



/** Thrown when a command exits non-zero (and allowFailure is not set). */
class ExecError extends errors/* UserError */.yo {
    result;
    constructor(command, result) {
        const why = result.timedOut
            ? 'timed out'
            : result.signal
                ? `was killed by ${result.signal}`
                : `exited with code ${result.code}`;
        const tail = lastLines(result.stderr || result.stdout, 20);
        super(`Command '${command}' ${why}${tail ? `:\n${tail}` : ''}`);
        this.name = 'ExecError';
        this.result = result;
    }
}
function lastLines(text, n) {
    const lines = text.trimEnd().split('\n');
    return lines.slice(-n).join('\n');
}
class Tail {
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    push(b) {
        this.chunks.push(b);
        this.size += b.length;
        while (this.size > this.max && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.max)).toString('utf8');
    }
}
/** Run a program with arguments. Never goes through a shell. */
function exec(file, args, options = {}) {
    // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks (~1-2 ms, ~1 MiB) on
    // first use, a cost paid by every short run that starts a process.
    const started = process.hrtime.bigint();
    const maxBuffer = options.maxBuffer ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        const how = { cwd: options.cwd, env: options.env ?? process.env, shell: false };
        const child = options.input !== undefined
            ? (0,external_node_child_process_namespaceObject.spawn)(file, args, { ...how, stdio: ['pipe', 'pipe', 'pipe'] })
            : (0,external_node_child_process_namespaceObject.spawn)(file, args, { ...how, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = new Tail(maxBuffer);
        const err = new Tail(maxBuffer);
        const logs = options.stream ? [new runner/* LogStream */.Bq(), new runner/* LogStream */.Bq()] : undefined;
        child.stdout.on('data', (b) => {
            out.push(b);
            logs?.[0].write(b);
        });
        child.stderr.on('data', (b) => {
            err.push(b);
            logs?.[1].write(b);
        });
        let timedOut = false;
        const timeoutMs = options.timeoutMs ?? 600_000;
        const timer = setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, timeoutMs);
        child.on('error', (e) => {
            clearTimeout(timer);
            const hint = e.code === 'ENOENT' ? `Is '${file}' installed and on PATH?` : undefined;
            reject(new errors/* UserError */.yo(`Could not start '${file}': ${e.message}`, { hint, cause: e }));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            logs?.forEach((l) => l.end());
            const result = {
                code,
                signal,
                stdout: out.toString(),
                stderr: err.toString(),
                durationMs: Number(process.hrtime.bigint() - started) / 1e6,
                timedOut,
            };
            if ((code !== 0 || timedOut) && !options.allowFailure)
                reject(new ExecError([file, ...args].join(' '), result));
            else
                resolve(result);
        });
        if (child.stdin && options.input !== undefined) {
            child.stdin.on('error', () => undefined); // the child may exit before reading its input
            child.stdin.end(options.input);
        }
    });
}

;// CONCATENATED MODULE: ./src/adapters/npm.ts
/**
 * The npm tarball, packed from a staged copy so the user's working tree is never touched: npm lists the files it
 * would pack (`npm pack --dry-run --json`, honouring `files` and .npmignore), they are copied to a staging
 * directory with the version stamped into package.json, and `npm pack` runs there. npm's tarballs are already
 * reproducible (sorted entries, fixed 1985 mtime, normalized modes). Lifecycle scripts are not run: the compile
 * step has already built what gets packed.
 */





function parsePack(stdout) {
    const start = stdout.indexOf('[');
    try {
        const parsed = JSON.parse(stdout.slice(start));
        if (!Array.isArray(parsed) || !parsed[0])
            throw new Error('empty');
        return parsed[0];
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not read the output of 'npm pack --json': ${stdout.slice(0, 300)}`, { cause: error });
    }
}
const NPM_ENV = { npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
async function npmPack(cwd, args, env) {
    const r = await exec('npm', ['pack', '--json', '--ignore-scripts', ...args], {
        cwd,
        env: { ...env, ...NPM_ENV },
        timeoutMs: 300_000,
    });
    return parsePack(r.stdout);
}
/** Pack the project at `version`; returns the tarball's absolute path. */
async function packProject(o) {
    const pkgText = await (0,promises_.readFile)((0,external_node_path_.join)(o.project, 'package.json'), 'utf8');
    refuseWorkspaceProtocol(pkgText, o.packageJsonPath);
    const listing = await npmPack(o.project, ['--dry-run'], o.env);
    if (listing.bundled && listing.bundled.length > 0) {
        throw new errors/* UserError */.yo(`The package bundles dependencies (${listing.bundled.join(', ')}), which build-package cannot pack from a staged copy`, {
            hint: "Set 'npm-pack: false' and package node_modules with 'archives', or drop bundleDependencies.",
        });
    }
    for (const { path } of listing.files) {
        const from = (0,external_node_path_.resolve)(o.project, path);
        if (!isInside(o.project, from) || o.exclude.some((x) => isInside(x, from)))
            continue;
        const to = (0,external_node_path_.join)(o.staging, path);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        await (0,promises_.copyFile)(from, to);
        await (0,promises_.chmod)(to, ((await (0,promises_.stat)(from)).mode & 0o111) !== 0 ? 0o755 : 0o644);
    }
    await (0,promises_.writeFile)((0,external_node_path_.join)(o.staging, 'package.json'), stampVersion(pkgText, o.version));
    const packed = await npmPack(o.staging, ['--pack-destination', o.outDir], o.env);
    return (0,external_node_path_.join)(o.outDir, packed.filename);
}
/** `workspace:` ranges (pnpm, yarn) are rewritten only by those tools' own pack; npm would publish them as-is. */
function refuseWorkspaceProtocol(pkgText, file) {
    const pkg = JSON.parse(pkgText);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
        const deps = pkg[field];
        if (!deps || typeof deps !== 'object')
            continue;
        const bad = Object.entries(deps).filter(([, range]) => typeof range === 'string' && range.startsWith('workspace:'));
        if (bad.length > 0) {
            throw new errors/* UserError */.yo(`package.json ${field} use the workspace: protocol (${bad.map(([n, r]) => `${n}@${String(r)}`).join(', ')}), which npm pack would publish unresolved`, {
                file,
                hint: "Set 'npm-pack: false' and pack with your package manager (pnpm pack / yarn pack), or use version ranges.",
            });
        }
    }
}
/** Pack a meta package (package.json + meta.json) from `dir` into `outDir`. */
async function packDirectory(dir, outDir, env) {
    const packed = await npmPack(dir, ['--pack-destination', outDir], env);
    return (0,external_node_path_.join)(outDir, packed.filename);
}
/**
 * A CycloneDX SBOM from `npm sbom`, made reproducible: the random serial number is dropped, the timestamp is
 * SOURCE_DATE_EPOCH and the root component carries the stamped version.
 */
async function writeSbom(project, dest, name, version, epoch, installed, env) {
    const args = [
        'sbom',
        '--sbom-format',
        'cyclonedx',
        '--sbom-type',
        'library',
        ...(installed ? [] : ['--package-lock-only']),
    ];
    const r = await exec('npm', args, {
        cwd: project,
        env: { ...env, ...NPM_ENV },
        timeoutMs: 300_000,
        allowFailure: true,
    });
    if (r.code !== 0) {
        throw new errors/* UserError */.yo(`'npm ${args.join(' ')}' failed (exit ${r.code}): ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join('\n')}`, {
            hint: 'npm sbom needs npm 10.1 or newer and an installed tree or a lockfile. Set sbom: false to skip it.',
        });
    }
    const bom = JSON.parse(r.stdout);
    delete bom.serialNumber;
    if (bom.metadata) {
        bom.metadata.timestamp = new Date(epoch * 1000).toISOString();
        const c = bom.metadata.component;
        if (c) {
            // npm names the root component after its directory, which differs between checkouts.
            c.name = name;
            const oldRef = c['bom-ref'];
            const stamp = (v) => typeof v === 'string' && typeof c.version === 'string' ? v.replace(`@${c.version}`, `@${version}`) : v;
            c['bom-ref'] = stamp(c['bom-ref']);
            c.purl = stamp(c.purl);
            c.version = version;
            for (const d of bom.dependencies ?? [])
                if (d.ref === oldRef)
                    d.ref = c['bom-ref'];
        }
    }
    await (0,promises_.writeFile)(dest, `${JSON.stringify(bom, null, 2)}\n`, { flag: 'wx' });
}

;// CONCATENATED MODULE: ./src/adapters/image.ts
/**
 * The OCI image package: the app's files as one layer on a base image (or scratch), with the config from the
 * `image` input and `org.opencontainers.image.*` labels, written as an OCI image layout in a tar. No daemon. The
 * layer is the project's deterministic tar writer (sorted entries, 0/0 owners, normalized modes, SOURCE_DATE_EPOCH
 * mtimes) through gzip with no name or time in its header, streamed from disk: the same commit gives the same
 * digest, and memory stays flat however big the layer is.
 */











/** A path named in the `image` input, resolved and required to stay inside the workspace (symlinks followed). */
async function workspacePath(b, path) {
    const abs = (0,external_node_path_.resolve)(b.project, path);
    const { realpath } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const real = await realpath(abs).catch(() => undefined);
    if (!real)
        throw new errors/* InputError */.dz('image', `base: ${b.spec.baseName}`, `names '${path}', which does not exist in the working directory`);
    if (!isInside(b.workspace, real))
        throw new errors/* InputError */.dz('image', `base: ${b.spec.baseName}`, `leads outside the workspace through a symlink (to ${real})`);
    return real;
}
/** Load the base image into a verified blob store (undefined for scratch). */
async function loadBase(b) {
    const base = b.spec.base;
    const dir = (0,external_node_path_.join)(b.staging, 'base');
    try {
        switch (base.kind) {
            case 'scratch':
                return undefined;
            case 'oci':
                return await readLayout(await workspacePath(b, base.path), base.ref);
            case 'oci-archive':
                await extractArchive(await workspacePath(b, base.path), dir);
                return await readLayout(dir, base.ref);
            case 'docker-archive':
                await extractArchive(await workspacePath(b, base.path), dir);
                return await readDockerSave(dir, new BlobStore((0,external_node_path_.join)(b.staging, 'base-blobs')));
            case 'registry': {
                const password = process.env.SHIPLINE_REGISTRY_PASSWORD;
                const username = process.env.SHIPLINE_REGISTRY_USERNAME;
                maskSecret(password);
                const client = RegistryClient.for(base.ref, {
                    ...(username && password ? { credentials: { username, password } } : {}),
                    onSecret: maskSecret,
                });
                return await pullImage(client, base.ref, new BlobStore(dir), b.spec.platforms);
            }
        }
    }
    catch (error) {
        if (error instanceof ImageFormatError || error instanceof DigestMismatchError) {
            throw new errors/* UserError */.yo(`Base image '${b.spec.baseName}' cannot be used: ${error.message}`, { cause: error });
        }
        throw error;
    }
}
/** The layer's entries: the collected files under the workdir, with the workdir's parent directories. */
function layerEntries(files, workdir) {
    const prefix = workdir.replace(/^\/+/, '');
    const parents = [];
    const parts = prefix.split('/');
    for (let i = 1; i <= parts.length; i++)
        parents.push({ path: `${parts.slice(0, i).join('/')}/`, type: 'dir', source: '', size: 0, executable: true });
    return [...parents, ...files.map((f) => ({ ...f, path: `${prefix}/${f.path}` }))];
}
/** `.` in `files` means every top-level entry of the working directory except .git and node_modules. */
async function expandFiles(b) {
    const out = [];
    for (const f of b.spec.files) {
        if (f !== '.') {
            out.push(f);
            continue;
        }
        for (const name of (await (0,promises_.readdir)(b.project)).sort()) {
            if (name === '.git' || name === 'node_modules')
                continue;
            const abs = (0,external_node_path_.join)(b.project, name);
            if (b.exclude.some((x) => isInside(x, abs) || isInside(abs, x)))
                continue;
            out.push(name);
        }
    }
    return [...new Set(out)];
}
/** Write the gzipped layer into the store: returns its descriptor and the diff id (sha256 of the plain tar). */
async function writeLayer(entries, store, b) {
    const tmp = (0,external_node_path_.join)(store.dir, 'blobs', `.layer-${process.pid}`);
    await (0,promises_.mkdir)((0,external_node_path_.join)(store.dir, 'blobs', 'sha256'), { recursive: true });
    const plain = digester();
    const packed = digester();
    await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(tarBytes(entries, { mtime: b.origin.epoch, level: b.level }), {
        objectMode: false,
        highWaterMark: 1 << 20,
    }), plain.stream, (0,external_node_zlib_namespaceObject.createGzip)({ level: b.level, chunkSize: 256 * 1024 }), packed.stream, (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx' }));
    const { digest, size } = packed.result();
    await (0,promises_.rename)(tmp, store.path(digest));
    return { descriptor: { mediaType: MEDIA.layerGzip, digest, size }, diffId: plain.result().digest };
}
/** Build the image and write it as `<file>` (an OCI layout in a tar). */
async function buildImage(b) {
    const base = await loadBase(b);
    const out = new BlobStore((0,external_node_path_.join)(b.staging, 'layout'));
    const entries = layerEntries(await layerFiles(b), b.spec.settings.workdir);
    const layer = await writeLayer(entries, out, b);
    const origin = { ...b.origin, ...(base ? { baseName: baseName(b), baseDigest: base.root.digest } : {}) };
    const targets = base ? await platformImages(base, b.spec.platforms) : scratchTargets(b);
    const manifests = [];
    for (const [i, t] of targets.entries()) {
        const platform = t?.platform ?? b.spec.platforms[i];
        manifests.push(await writePlatformImage(out, { target: t, platform, base, layer, origin, spec: b.spec }));
    }
    const root = await writeRoot(out, manifests, origin);
    await (0,promises_.writeFile)((0,external_node_path_.join)(out.dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    await (0,promises_.writeFile)((0,external_node_path_.join)(out.dir, 'index.json'), JSON.stringify(layoutIndex(root, b.origin.version.replace(/\+/g, '_'))));
    const written = await writeTar(await layoutEntries(out.dir), b.file, { mtime: b.origin.epoch, level: b.level });
    await (0,promises_.rm)(out.dir, { recursive: true, force: true });
    return {
        ...written,
        digest: root.digest,
        mediaType: root.mediaType,
        platforms: manifests.map(platformName),
        layer: {
            digest: layer.descriptor.digest,
            size: layer.descriptor.size,
            diffId: layer.diffId,
            entries: entries.length,
        },
    };
}
/** The files of the `files` key, collected from the working directory; an error when they match nothing. */
async function layerFiles(b) {
    const patterns = await expandFiles(b);
    if (patterns.length === 0)
        throw new errors/* InputError */.dz('image', `files: ${b.spec.files.join(', ')}`, 'matches nothing in the working directory');
    return collect(patterns, {
        root: b.project,
        workspace: b.workspace,
        exclude: b.exclude,
        input: 'image',
        skip: b.spec.excludes,
    });
}
/** Write one platform's base layers, config and manifest into the store; returns the manifest's descriptor. */
async function writePlatformImage(out, p) {
    const { target: t, platform } = p;
    for (const l of t?.manifest.layers ?? []) {
        if (!(await out.has(l.digest)))
            await out.putFile(p.base.store.path(l.digest), `base layer ${l.digest}`, l.digest);
    }
    const config = jsonBlob(imageConfig(t?.config, p.layer, p.spec.settings, p.origin, platform), MEDIA.config);
    await out.putBytes(config.bytes);
    const manifest = jsonBlob(imageManifest(t?.manifest.layers ?? [], config.descriptor, p.layer, p.origin), MEDIA.manifest, { platform });
    await out.putBytes(manifest.bytes);
    return manifest.descriptor;
}
/** The root of the layout: the only manifest (without its platform), or an index of the platforms' manifests. */
async function writeRoot(out, manifests, origin) {
    if (manifests.length === 1 && manifests[0]) {
        const { platform: _p, ...only } = manifests[0];
        return only;
    }
    const index = jsonBlob(imageIndex(manifests, origin), MEDIA.index);
    await out.putBytes(index.bytes);
    return index.descriptor;
}
/** `os/architecture[/variant]` of a manifest descriptor. */
function platformName(m) {
    return `${m.platform?.os}/${m.platform?.architecture}${m.platform?.variant ? `/${m.platform.variant}` : ''}`;
}
function baseName(b) {
    const base = b.spec.base;
    return base.kind === 'registry' ? formatReference(base.ref) : b.spec.baseName;
}
function scratchTargets(b) {
    if (b.spec.platforms.length === 0)
        b.spec.platforms.push({ os: 'linux', architecture: ociArch(process.arch) });
    return b.spec.platforms.map(() => undefined);
}
/** The layout's files as tar entries, sorted: oci-layout, index.json and every blob. */
async function layoutEntries(dir) {
    const entries = [
        { path: 'blobs/', type: 'dir', source: '', size: 0, executable: true },
        { path: 'blobs/sha256/', type: 'dir', source: '', size: 0, executable: true },
    ];
    for (const name of (await (0,promises_.readdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'))).sort()) {
        const source = (0,external_node_path_.join)(dir, 'blobs', 'sha256', name);
        entries.push({
            path: `blobs/sha256/${name}`,
            type: 'file',
            source,
            size: (await (0,promises_.lstat)(source)).size,
            executable: false,
        });
    }
    for (const name of ['index.json', 'oci-layout']) {
        const source = (0,external_node_path_.join)(dir, name);
        entries.push({ path: name, type: 'file', source, size: (await (0,promises_.lstat)(source)).size, executable: false });
    }
    return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/adapters/image-package.ts
/** The package step's image and machine-package parts: context from the build, artifacts for the manifest. */






/** Fields of package.json used for labels and control metadata. */
function packageMeta(ctx) {
    try {
        const pkg = JSON.parse(ctx.project.packageJsonText);
        const author = typeof pkg.author === 'string'
            ? pkg.author
            : typeof pkg.author?.name === 'string'
                ? personOf(pkg.author)
                : undefined;
        return {
            ...(typeof pkg.description === 'string' ? { description: pkg.description } : {}),
            ...(typeof pkg.license === 'string' ? { license: pkg.license } : {}),
            ...(author ? { author } : {}),
            ...(typeof pkg.homepage === 'string' ? { homepage: pkg.homepage } : {}),
        };
    }
    catch {
        return {};
    }
}
function personOf(p) {
    return p.email ? `${p.name} <${p.email}>` : p.name;
}
/** Build the OCI image into `scratch`; its artifact carries the manifest digest. */
async function packageImage(scratch, staging, exclude, ctx) {
    const { config, project, version, provenance } = ctx;
    const spec = config.image;
    if (!spec)
        throw new Error('no image to build');
    const meta = packageMeta(ctx);
    const work = (0,external_node_path_.join)(staging, 'image');
    await (0,promises_.mkdir)(work, { recursive: true });
    const file = (0,external_node_path_.join)(scratch, imageFileName(fileBase(project.name), version));
    const built = await buildImage({
        spec,
        workspace: config.workspace,
        project: config.project,
        exclude,
        staging: work,
        level: config.level,
        file,
        origin: {
            version,
            epoch: ctx.epoch,
            title: project.name,
            ...(provenance.commit ? { revision: provenance.commit } : {}),
            ...(provenance.repository ? { source: provenance.repository } : {}),
            ...(meta.description ? { description: meta.description } : {}),
            ...(meta.license ? { licenses: meta.license } : {}),
        },
    });
    (0,runner/* info */.pq)(`${(0,external_node_path_.basename)(file)}: image ${built.digest} (${built.platforms.join(', ')}), app layer ${built.layer.entries} entries, ${built.layer.size} bytes gzipped`);
    return {
        path: file,
        file: (0,external_node_path_.basename)(file),
        kind: 'image',
        name: project.name,
        size: built.size,
        sha256: built.sha256,
        digest: built.digest,
    };
}

;// CONCATENATED MODULE: ./src/adapters/deb.ts
/**
 * The Debian package: `debian-binary`, `control.tar.gz` and `data.tar.gz` in an `ar` archive, all written with the
 * project's deterministic tar writer and gzip (sorted entries, root:root, normalized modes, SOURCE_DATE_EPOCH), so
 * the same commit gives the same bytes. Adds the copyright and changelog files Debian policy asks for and the
 * md5sums dpkg uses to verify an installation.
 */












const dir = (path) => ({ path, type: 'dir', source: '', size: 0, executable: true });
/** Every directory leading to `path` (`./usr/`, `./usr/lib/` …), `./` first. */
function parentsOf(path) {
    const parts = path.replace(/^\.\//, '').replace(/\/$/, '').split('/').slice(0, -1);
    return ['./', ...parts.map((_, i) => `./${parts.slice(0, i + 1).join('/')}/`)];
}
async function md5(path) {
    const h = (0,external_node_crypto_.createHash)('md5');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        h.update(chunk);
    return h.digest('hex');
}
async function fileEntry(path, source, executable = false) {
    return { path, type: 'file', source, size: (await (0,promises_.stat)(source)).size, executable };
}
/** Build the .deb into `scratch`. */
async function packageDeb(scratch, staging, exclude, ctx) {
    const { config } = ctx;
    const spec = config.deb;
    const meta = packageMeta(ctx);
    const { maintainer, description } = maintainerAndDescription(spec, meta);
    const version = debianVersion(ctx.version);
    const work = (0,external_node_path_.join)(staging, 'deb');
    await (0,promises_.mkdir)(work, { recursive: true });
    const mapped = await mappedFiles(spec, exclude, ctx);
    const docs = await docFiles(work, spec, { version, maintainer, license: meta.license }, ctx);
    const data = withParents([...mapped, ...docs]);
    const control = await controlEntries(work, spec, data, { version, maintainer, description }, config.project);
    const options = { mtime: ctx.epoch, level: config.level };
    await writeTarGz(control, (0,external_node_path_.join)(work, 'control.tar.gz'), options);
    await writeTarGz(data, (0,external_node_path_.join)(work, 'data.tar.gz'), options);
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'debian-binary'), '2.0\n');
    const file = (0,external_node_path_.join)(scratch, debFileName(spec, version));
    await writeAr(file, ['debian-binary', 'control.tar.gz', 'data.tar.gz'].map((n) => (0,external_node_path_.join)(work, n)), ctx.epoch);
    const written = await hashFile(file);
    (0,runner/* info */.pq)(`${(0,external_node_path_.basename)(file)}: ${data.filter((e) => e.type === 'file').length} files, ${written.size} bytes`);
    return { path: file, file: (0,external_node_path_.basename)(file), kind: 'deb', name: spec.package, ...written };
}
/** The files of the `files` key, each under its destination directory (`./usr/lib/greeter/...`). */
async function mappedFiles(spec, exclude, ctx) {
    const { config } = ctx;
    const out = [];
    for (const f of spec.files) {
        const entries = await collect([f.pattern], {
            root: config.project,
            workspace: config.workspace,
            exclude,
            input: 'deb',
            skip: spec.excludes,
        });
        for (const e of entries)
            out.push({ ...e, path: `.${f.dest === '/' ? '' : f.dest}/${e.path}` });
    }
    return out;
}
/** The copyright and changelog files Debian policy asks for, written into `work`, under /usr/share/doc/<package>/. */
async function docFiles(work, spec, o, ctx) {
    const docDir = `./usr/share/doc/${spec.package}/`;
    const year = new Date(ctx.epoch * 1000).getUTCFullYear();
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'copyright'), copyrightFile(ctx.project.name, o.license, o.maintainer.replace(/\s*<.*$/, ''), year));
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'changelog.gz'), (0,external_node_zlib_namespaceObject.gzipSync)(changelogFile(spec.package, o.version, o.maintainer, ctx.epoch), { level: 9 }));
    return [
        await fileEntry(`${docDir}copyright`, (0,external_node_path_.join)(work, 'copyright')),
        await fileEntry(`${docDir}changelog.gz`, (0,external_node_path_.join)(work, 'changelog.gz')),
    ];
}
/** The data entries with every parent directory added, sorted by path (a later entry for a path wins). */
function withParents(entries) {
    const found = new Map();
    for (const e of entries) {
        for (const p of parentsOf(e.path))
            if (!found.has(p))
                found.set(p, dir(p));
        found.set(e.path, e);
    }
    return [...found.values()].sort((a, b) => manifest_compareBytes(a.path, b.path));
}
/** The control archive's entries: the control file, the md5sums of the data files and the maintainer scripts. */
async function controlEntries(work, spec, data, fields, project) {
    const files = data.filter((e) => e.type === 'file');
    const sums = [];
    for (const e of files)
        sums.push(`${await md5(e.source)}  ${e.path.slice(2)}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'control'), controlFile(spec, { ...fields, installedKiB: installedKiB(data) }));
    await (0,promises_.writeFile)((0,external_node_path_.join)(work, 'md5sums'), sums.join(''));
    const control = [
        dir('./'),
        await fileEntry('./control', (0,external_node_path_.join)(work, 'control')),
        await fileEntry('./md5sums', (0,external_node_path_.join)(work, 'md5sums')),
    ];
    for (const [name, path] of Object.entries(spec.scripts)) {
        const src = (0,external_node_path_.join)(project, path);
        const st = await (0,promises_.stat)(src).catch(() => undefined);
        if (!st?.isFile())
            throw new errors/* InputError */.dz('deb', `scripts.${name}: ${path}`, 'is not a file in the working directory');
        control.push(await fileEntry(`./${name}`, src, true));
    }
    return control.sort((a, b) => manifest_compareBytes(a.path, b.path));
}
/** An `ar` archive of the members, in order, with fixed owner, mode and mtime. */
async function writeAr(dest, members, mtime) {
    const h = hashingStream();
    const out = (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx' });
    async function* bytes() {
        yield AR_MAGIC;
        for (const m of members) {
            const size = (await (0,promises_.stat)(m)).size;
            yield arMemberHeader((0,external_node_path_.basename)(m), size, mtime);
            for await (const chunk of (0,external_node_fs_.createReadStream)(m))
                yield chunk;
            if (size % 2)
                yield Buffer.from('\n');
        }
    }
    await (0,external_node_stream_promises_namespaceObject.pipeline)(bytes, h.stream, out);
}

;// CONCATENATED MODULE: ./src/adapters/packages.ts
/**
 * The package step: npm tarball, archives, resources, SBOM, meta-package and SHA256SUMS, all written into a fresh
 * directory next to the output directory and moved into place only when everything succeeded. A failure leaves
 * the previous output untouched and no partial files.
 */












/** The file that marks a directory as build-package's own, so a re-run may replace it. */
const MARKER = '.shipline-build-package';
/** Refuse an out-dir that holds files build-package did not write (replacing it would delete them). */
async function checkOutDir(outDir, workspace, project) {
    if (isInside(outDir, workspace) || isInside(outDir, project)) {
        throw new errors/* InputError */.dz('out-dir', outDir, 'contains the workspace or the project: name a directory of its own (e.g. dist-packages)');
    }
    const st = await (0,promises_.lstat)(outDir).catch(() => undefined);
    if (st && !st.isDirectory())
        throw new errors/* InputError */.dz('out-dir', outDir, 'exists and is not a directory: name a directory for the packages (e.g. dist-packages)');
    const names = st ? await (0,promises_.readdir)(outDir) : [];
    if (names.length > 0 && !names.includes(MARKER)) {
        throw new errors/* InputError */.dz('out-dir', outDir, `already holds files that build-package did not write (${names.slice(0, 3).join(', ')}); it is replaced on every build`, {
            hint: 'Choose an empty or new directory.',
        });
    }
}
/**
 * Replace the output directory with the finished scratch directory: the old one is renamed aside first, so at no
 * moment does a half-written directory carry the output's name. Leftovers of a killed earlier run are removed.
 */
async function swapIn(scratch, outDir) {
    const parent = (0,external_node_path_.dirname)(outDir);
    const prefix = `${(0,external_node_path_.basename)(outDir)}.`;
    for (const name of await (0,promises_.readdir)(parent)) {
        const p = (0,external_node_path_.join)(parent, name);
        if (p !== scratch && name.startsWith(prefix) && /\.(partial-[A-Za-z0-9]{6}|old-\d+)$/.test(name))
            await (0,promises_.rm)(p, { recursive: true, force: true });
    }
    const old = `${outDir}.old-${process.pid}`;
    const hadOld = await (0,promises_.rename)(outDir, old).then(() => true, (e) => {
        if (e.code === 'ENOENT')
            return false;
        throw e;
    });
    await (0,promises_.rename)(scratch, outDir);
    if (hadOld)
        await (0,promises_.rm)(old, { recursive: true, force: true });
}
async function artifact(path, kind, name) {
    const { size, sha256 } = await hashFile(path);
    return { path, file: (0,external_node_path_.basename)(path), kind, name, size, sha256 };
}
const STAGE_PREFIX = 'shipline-stage-';
/** Whether a process with this pid is running (signal 0 checks without signalling). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Remove the staging copies (`shipline-stage-<pid>-XXXXXX`) of runs that were killed or cancelled before their
 * clean-up ran. A copy whose run is still alive (a parallel build on a shared temp dir) is left alone.
 */
async function removeDeadStages(dir) {
    const removed = [];
    for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
        const m = /^shipline-stage-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
        if (!m || alive(Number(m[1])))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
/** Build every package into a scratch directory, then swap it in as the output directory. */
async function buildPackages(ctx) {
    const { config, project, version } = ctx;
    const outDir = config.outDir;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(outDir), { recursive: true });
    const scratch = await (0,promises_.mkdtemp)(`${outDir}.partial-`);
    const stageRoot = ctx.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await removeDeadStages(stageRoot);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(stageRoot, `${STAGE_PREFIX}${process.pid}-`));
    try {
        const artifacts = await buildInto(scratch, staging, ctx);
        const base = fileBase(project.name);
        let metaPackage;
        if (config.meta === 'manifest' || config.meta === 'both' || config.meta === 'npm') {
            const manifest = buildManifest(project.name, version, artifacts, ctx.provenance);
            const text = `${JSON.stringify(manifest, null, 2)}\n`;
            if (config.meta !== 'npm') {
                const file = (0,external_node_path_.join)(scratch, `${base}-${version}.meta.json`);
                await (0,promises_.writeFile)(file, text, { flag: 'wx' });
                artifacts.push(await artifact(file, 'meta', project.name));
                metaPackage = file;
            }
            if (config.meta !== 'manifest') {
                const file = await packMeta(scratch, (0,external_node_path_.join)(staging, 'meta'), text, ctx);
                artifacts.push(await artifact(file, 'meta-npm', config.metaName ?? `${project.name}-meta`));
                metaPackage ??= file;
            }
        }
        await (0,promises_.writeFile)((0,external_node_path_.join)(scratch, 'SHA256SUMS'), sha256sums(artifacts), { flag: 'wx' });
        await (0,promises_.writeFile)((0,external_node_path_.join)(scratch, MARKER), 'Written by Shipline build-package; replaced on every build.\n');
        await (0,promises_.chmod)(scratch, 0o755); // mkdtemp makes it 0700
        await checkOutDir(outDir, config.workspace, config.project);
        await swapIn(scratch, outDir);
        const moved = (p) => (0,external_node_path_.join)(outDir, (0,external_node_path_.basename)(p));
        return {
            provenance: ctx.provenance,
            artifacts: artifacts.map((a) => ({ ...a, path: moved(a.path) })),
            checksums: (0,external_node_path_.join)(outDir, 'SHA256SUMS'),
            metaPackage: metaPackage && moved(metaPackage),
        };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function buildInto(scratch, staging, ctx) {
    const { config, project, version } = ctx;
    const artifacts = [];
    const exclude = [config.outDir, scratch];
    if (config.npmPack) {
        await (0,runner/* group */.Os)(`package: npm tarball ${project.name}@${version}`, async () => {
            const stage = (0,external_node_path_.join)(staging, 'npm');
            await (0,promises_.mkdir)(stage);
            const file = await packProject({
                project: project.dir,
                staging: stage,
                outDir: scratch,
                version,
                exclude,
                env: ctx.env,
                packageJsonPath: project.packageJsonPath,
            });
            artifacts.push(await artifact(file, 'npm', project.name));
            (0,runner/* info */.pq)(`${(0,external_node_path_.basename)(file)}`);
        });
    }
    for (const spec of config.specs) {
        await (0,runner/* group */.Os)(`package: ${spec.kind} ${spec.name} (${spec.patterns.join(', ')})`, async () => {
            const input = spec.kind === 'resource' ? 'resources' : 'archives';
            const entries = await collect(spec.patterns, {
                root: config.project,
                workspace: config.workspace,
                exclude,
                input,
                skip: spec.excludes,
            });
            const file = (0,external_node_path_.join)(scratch, archiveFileName(project.name, spec.name, version));
            const written = await writeTarGz(entries, file, { mtime: ctx.epoch, level: config.level });
            artifacts.push({ path: file, file: (0,external_node_path_.basename)(file), kind: spec.kind, name: spec.name, ...written });
            (0,runner/* info */.pq)(`${(0,external_node_path_.basename)(file)}: ${entries.length} entries, ${written.size} bytes`);
        });
    }
    if (config.deb)
        await (0,runner/* group */.Os)(`package: Debian package ${config.deb.package}`, async () => artifacts.push(await packageDeb(scratch, staging, exclude, ctx)));
    if (config.image)
        await (0,runner/* group */.Os)(`package: OCI image on ${config.image.baseName}`, async () => artifacts.push(await packageImage(scratch, staging, exclude, ctx)));
    if (config.sbom) {
        await (0,runner/* group */.Os)('package: CycloneDX SBOM (npm sbom)', async () => {
            const file = (0,external_node_path_.join)(scratch, `${fileBase(project.name)}-${version}.cdx.json`);
            await writeSbom(project.dir, file, project.name, version, ctx.epoch, ctx.installed, ctx.env);
            artifacts.push(await artifact(file, 'sbom', project.name));
        });
    }
    return artifacts;
}
async function packMeta(scratch, dir, manifestText, ctx) {
    const { config, project, version } = ctx;
    await (0,promises_.mkdir)(dir);
    const deps = { ...config.metaDependencies };
    if (config.npmPack)
        deps[project.name] = version;
    const name = config.metaName ?? `${project.name}-meta`;
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'package.json'), metaPackageJson(name, version, deps, `Meta package of ${project.name} ${version}: exact versions of every part`));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'meta.json'), manifestText);
    return packDirectory(dir, scratch, ctx.env);
}

;// CONCATENATED MODULE: ./src/domain/package-manager.ts
/**
 * Which package manager a project uses, decided from the lockfile names found (and the `packageManager` field of
 * package.json when several lockfiles exist), and the commands that follow from it.
 */
/** Lockfile names in order of precedence, with their manager. */
const LOCKFILES = [
    ['package-lock.json', 'npm'],
    ['npm-shrinkwrap.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lock', 'bun'],
    ['bun.lockb', 'bun'],
];
/**
 * Choose the package manager. `found` are lockfile names present next to the project (or its workspace root);
 * `packageManagerField` is package.json's `packageManager` (e.g. `pnpm@9.1.0`); `yarnBerry` tells yarn ≥ 2 apart.
 * Returns undefined when there is no lockfile.
 */
function detectPackageManager(found, packageManagerField, yarnBerry = false) {
    const present = LOCKFILES.filter(([file]) => found.includes(file));
    if (present.length === 0)
        return undefined;
    const wanted = packageManagerField?.split('@')[0];
    const chosen = present.find(([, pm]) => pm === wanted) ?? present[0];
    const managers = new Set(present.map(([, pm]) => pm));
    const note = managers.size > 1
        ? `several lockfiles found (${present.map(([f]) => f).join(', ')}); using ${chosen[0]}`
        : undefined;
    return { manager: managerFor(chosen[1], chosen[0], yarnBerry), ...(note ? { note } : {}) };
}
/** The manager for a name; without a lockfile (allowed explicitly) npm installs without writing one. */
function managerFor(name, lockfile, yarnBerry = false) {
    const frozen = lockfile !== undefined;
    switch (name) {
        case 'npm':
            return {
                name,
                lockfile,
                install: frozen
                    ? ['npm', 'ci', '--no-audit', '--no-fund']
                    : ['npm', 'install', '--no-audit', '--no-fund', '--no-package-lock'],
                runScript: (s) => ['npm', 'run', s],
            };
        case 'pnpm':
            return { name, lockfile, install: ['pnpm', 'install', '--frozen-lockfile'], runScript: (s) => ['pnpm', 'run', s] };
        case 'yarn':
            return {
                name,
                lockfile,
                install: ['yarn', 'install', yarnBerry ? '--immutable' : '--frozen-lockfile'],
                runScript: (s) => ['yarn', 'run', s],
            };
        case 'bun':
            return { name, lockfile, install: ['bun', 'install', '--frozen-lockfile'], runScript: (s) => ['bun', 'run', s] };
    }
}

;// CONCATENATED MODULE: ./src/adapters/project.ts
/** The project being built: its package.json, its lockfile (here or up to the workspace root) and package manager. */





async function readPackageJson(dir, wd) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz('working-directory', wd, `has no package.json (looked in ${dir})`, {
            hint: 'Point working-directory at the package to build (in a monorepo, the workspace package directory).',
        });
    }
    try {
        return { pkg: JSON.parse(text), text };
    }
    catch (error) {
        throw new errors/* UserError */.yo(`package.json is not valid JSON: ${error.message}`, {
            file: (0,external_node_path_.join)(wd, 'package.json'),
        });
    }
}
/** Look for lockfiles in the project directory, then in each parent up to the workspace root. */
async function findLockfiles(project, workspace) {
    const wanted = new Set(LOCKFILES.map(([f]) => f));
    for (let dir = project;; dir = (0,external_node_path_.dirname)(dir)) {
        const names = (await (0,promises_.readdir)(dir)).filter((n) => wanted.has(n));
        if (names.length > 0)
            return { dir, names };
        if (dir === workspace || !isInside(workspace, dir) || (0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
async function loadProject(config) {
    const wd = (0,external_node_path_.relative)(config.workspace, config.project) || '.';
    const { pkg, text } = await readPackageJson(config.project, wd);
    if (typeof pkg.name !== 'string' || pkg.name === '') {
        throw new errors/* UserError */.yo(`package.json in '${wd}' has no name; build-package names every file after it`, {
            file: (0,external_node_path_.join)(wd, 'package.json'),
        });
    }
    const nameProblem = npmNameProblem(pkg.name);
    if (nameProblem) {
        throw new errors/* UserError */.yo(`package.json in '${wd}': the name ${(0,errors/* quote */.hD)(pkg.name)} ${nameProblem}; build-package names every file after it`, { file: (0,external_node_path_.join)(wd, 'package.json') });
    }
    const scripts = pkg.scripts && typeof pkg.scripts === 'object' ? pkg.scripts : {};
    const base = {
        dir: config.project,
        name: pkg.name,
        version: typeof pkg.version === 'string' ? pkg.version : undefined,
        scripts,
        packageJsonPath: (0,external_node_path_.join)(wd, 'package.json'),
        packageJsonText: text,
    };
    const locks = await findLockfiles(config.project, config.workspace);
    if (!locks) {
        if (!config.allowNoLockfile && !config.skip.includes('install')) {
            throw new errors/* UserError */.yo(`No lockfile in '${wd}' or its parents up to the workspace root (looked for ${LOCKFILES.map(([f]) => f).join(', ')})`, {
                hint: "Commit the lockfile so the build installs exactly what was tested; or set 'allow-no-lockfile: true' (npm install without a lockfile), or skip: install.",
            });
        }
        return { ...base, manager: managerFor('npm', undefined), installDir: config.project };
    }
    const berry = locks.names.includes('yarn.lock') && (await (0,promises_.readFile)((0,external_node_path_.join)(locks.dir, 'yarn.lock'), 'utf8')).includes('__metadata:');
    const field = typeof pkg.packageManager === 'string' ? pkg.packageManager : undefined;
    const found = detectPackageManager(locks.names, field, berry);
    if (!found)
        throw new Error('unreachable: lockfiles found but no manager');
    return { ...base, manager: found.manager, installDir: locks.dir, ...(found.note ? { note: found.note } : {}) };
}

;// CONCATENATED MODULE: ../../packages/core/src/git.ts
/** Git helpers over the git CLI (argument arrays, never a shell string). */



/**
 * Git's stdout is its answer (ref listings, authors, tags), so it is kept whole up to this size, not cut to the
 * last 1 MiB as a command's log is (a repository with tens of thousands of tags would lose its first ones).
 */
const ANSWER_BYTES = 64 << 20;
/** Run git and return trimmed stdout. */
async function git(args, cwd = process.cwd()) {
    const r = await exec('git', args, { cwd, timeoutMs: 120_000, maxBuffer: ANSWER_BYTES });
    return r.stdout.trimEnd();
}
/** Run git and return how it went, without throwing on a non-zero exit (for callers that read the exit code). */
function gitRun(args, cwd = process.cwd()) {
    return exec('git', args, { cwd, timeoutMs: 120_000, allowFailure: true, maxBuffer: ANSWER_BYTES });
}
/** Run git, returning undefined instead of throwing when it fails (e.g. an unknown ref). */
async function gitMaybe(args, cwd = process.cwd()) {
    const r = await gitRun(args, cwd);
    return r.code === 0 ? r.stdout.trimEnd() : undefined;
}
/**
 * Stream the records of a git command split on `separator` (default NUL), without holding the whole output.
 * Use a `--format` that ends each record with the separator, or `-z`. Each record is decoded on its own, so a
 * string kept from one (or a slice of it) holds that record only, never the whole chunk of output it came in.
 */
function gitRecords(args, cwd = process.cwd(), separator = '\0') {
    if (separator !== '\n')
        return fromGit(args, cwd, (out) => splitRecords(out, Buffer.from(separator)));
    const { createInterface } = process.getBuiltinModule('node:readline');
    return fromGit(args, cwd, (out) => createInterface({ input: out, crlfDelay: Number.POSITIVE_INFINITY }));
}
/**
 * {@link gitRecords} in batches: the records each chunk of git's output completes, as one array. For a reader that
 * handles every record the same way, one turn of the event loop per chunk instead of one per record. `sparse`: git
 * writes few records, far apart (say, a log filtered by `--author`), each wanted as soon as git finds it, so git
 * writes each at once instead of holding it in a buffer until the buffer is full or git ends.
 */
function gitRecordBatches(args, cwd = process.cwd(), separator = '\0', sparse = false) {
    return fromGit(args, cwd, (out) => splitRecordBatches(out, Buffer.from(separator)), sparse);
}
/** Run git and yield what `read` makes of its stdout; a failure is thrown once the output is read. */
async function* fromGit(args, cwd, read, sparse = false) {
    // GIT_FLUSH=0: git log and rev-list write to a pipe in full buffers, not one write per commit (a thousand commits
    // were a thousand reads and wake-ups here); 1 for sparse output. process.env as exec gives it (a test's sandbox too).
    const env = { ...process.env, GIT_FLUSH: sparse ? '1' : '0' };
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => {
        if (stderr.length < 8192)
            stderr += b.toString();
    });
    const exited = new Promise((resolve) => child.on('close', resolve));
    try {
        yield* read(child.stdout);
    }
    finally {
        if (child.exitCode === null)
            child.kill();
    }
    const code = await exited;
    if (code !== 0 && code !== null)
        throw new UserError(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`);
}
/**
 * Records of a byte stream ending with `separator`, each decoded from UTF-8 by itself (a separator byte never occurs
 * inside a multi-byte character). A trailing record without separator is yielded unless it is only white space.
 */
async function* splitRecords(chunks, separator) {
    for await (const batch of splitRecordBatches(chunks, separator))
        yield* batch;
}
/** {@link splitRecords} in batches: the records each chunk completes (none: no batch). */
async function* splitRecordBatches(chunks, separator) {
    let rest = Buffer.alloc(0);
    for await (const chunk of chunks) {
        // The unfinished record from the last chunk (usually short) goes in front: a separator cut in two is found too.
        const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
        const batch = [];
        let start = 0;
        for (let at = buf.indexOf(separator); at !== -1; at = buf.indexOf(separator, start)) {
            batch.push(buf.toString('utf8', start, at));
            start = at + separator.length;
        }
        rest = buf.subarray(start);
        if (batch.length)
            yield batch;
    }
    const last = rest.toString('utf8');
    if (last.trim() !== '')
        yield [last];
}
/** Full SHA of a revision, or a clear error naming it. */
async function resolveRef(ref, cwd = process.cwd(), input = 'ref') {
    if (ref.startsWith('-'))
        throw new UserError(`Input '${input}': '${ref}' is not a git revision`);
    const sha = await gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (!sha)
        throw new UserError(`Input '${input}': '${ref}' is not a commit, tag or branch in this repository`, {
            hint: 'Check the name, and fetch it first (actions/checkout with fetch-depth: 0 fetches all tags).',
        });
    return sha;
}
/** True when the repository is a shallow clone (history is cut). */
async function isShallow(cwd = process.cwd()) {
    return (await gitMaybe(['rev-parse', '--is-shallow-repository'], cwd)) === 'true';
}
/** Committer time of a commit in seconds since the epoch (for SOURCE_DATE_EPOCH). */
async function commitTime(ref = 'HEAD', cwd = process.cwd()) {
    return Number(await git(['log', '-1', '--format=%ct', ref], cwd));
}

;// CONCATENATED MODULE: ../../packages/core/src/summary.ts
/**
 * A job-summary builder that produces GitHub-flavoured markdown. Pure: `toString()` gives the text and
 * `write()` appends it to the step summary (secrets redacted there).
 *
 * Every string handed to `heading`, `paragraph`, `list`, `table` cells and `details` labels is treated as
 * untrusted text that may hold markdown formatting: HTML is escaped (`<img>`, `</details>` cannot break out) and
 * line breaks become `<br>` (a `# heading` or a fence cannot start inside it). Only `raw()`, the body of
 * `details()` and `code()`/`mermaid()` (fenced, with a fence longer than any in the text) take markup.
 */

/**
 * Escape untrusted text for inline markdown, minimally so a summary stays readable as text: a `<` that could open
 * raw HTML or an autolink (CommonMark 6.5/6.6: `<` then a letter, `/`, `!` or `?`) becomes `&lt;`, an `&` that would
 * start an entity becomes `&amp;`, line breaks become `<br>`. So `a < b` stays as is, `<img src=x>`,
 * `</details>` and `&lt;` show as typed.
 */
function inline(value) {
    if (value === null || value === undefined)
        return '';
    return mapOutsideCode(String(value), escapeText, (code) => code.replace(/\r\n|\r|\n/g, ' '));
}
function escapeText(text) {
    return text
        .replace(/&(?=#?\w+;)/g, '&amp;')
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/**
 * Apply `text` to the parts of `value` outside code spans and `code` to the code spans, found as CommonMark does
 * (6.1: a run of n backticks up to the next run of exactly n; a backslash-escaped backtick opens nothing). Inside a
 * code span nothing is markup (no HTML, no entity), so it needs no escaping, and an escape would show as typed:
 * `` `a<b>` `` stays readable instead of turning into `a&lt;b>`.
 */
function mapOutsideCode(value, text, code) {
    let out = '';
    let last = 0;
    let i = 0;
    while (i < value.length) {
        if (value[i] === '\\') {
            i += 2;
            continue;
        }
        if (value[i] !== '`') {
            i++;
            continue;
        }
        const open = runLength(value, i);
        const close = closingRun(value, i + open, open);
        if (close < 0) {
            i += open;
            continue;
        }
        out += text(value.slice(last, i)) + code(value.slice(i, close + open));
        i = last = close + open;
    }
    return out + text(value.slice(last));
}
function runLength(value, at) {
    let n = 0;
    while (value[at + n] === '`')
        n++;
    return n;
}
/** Where the next run of exactly `n` backticks from `from` starts, or -1. */
function closingRun(value, from, n) {
    for (let j = value.indexOf('`', from); j >= 0;) {
        const m = runLength(value, j);
        if (m === n)
            return j;
        j = value.indexOf('`', j + m);
    }
    return -1;
}
/**
 * {@link inline} for text that starts a block (a paragraph, a list item): a leading `#`, `>`, list marker, fence or
 * thematic break is backslash-escaped, so untrusted text cannot turn itself into a heading, quote or list.
 */
function block(value) {
    if (value === null || value === undefined)
        return '';
    // The leading escape goes in first, so inline() sees the code spans the renderer will see (an escaped leading
    // backtick opens no span, and what follows it is escaped as text).
    const text = String(value)
        .replace(/^(\s*)([#>]|[-+*](?=\s|$)|`{3,}|~{3,}|[-=_*]{3,}\s*$)/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
    return inline(text);
}
/** Escape text for a markdown table cell: {@link inline}, plus `|` and `\\` (which would split or eat the cell). */
function cell(value) {
    if (value === null || value === undefined)
        return '';
    // A `|` splits the row even inside a code span (GFM 4.10), so it is escaped everywhere; a backslash is doubled
    // only outside code spans, where it would otherwise escape what follows (inside, it shows as typed).
    const text = mapOutsideCode(String(value), (t) => t.replace(/\\/g, '\\\\'), (c) => c);
    return inline(text.replace(/\|/g, '\\|'));
}
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${inline(text).replace(/<br>/g, ' ')}`);
        return this;
    }
    paragraph(text) {
        this.parts.push(block(text));
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(bulletList(items));
        return this;
    }
    /** A table; `align` per column: 'l' | 'r' | 'c'. */
    table(headers, rows, align) {
        const sep = headers.map((_, i) => ({ l: '---', r: '---:', c: ':---:' })[align?.[i] ?? 'l']);
        const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${sep.join(' | ')} |`];
        for (const row of rows)
            lines.push(`| ${headers.map((_, i) => cell(row[i])).join(' | ')} |`);
        this.parts.push(lines.join('\n'));
        return this;
    }
    /**
     * A collapsible section; the body is markup (build it with a Summary, {@link inline} or {@link bulletList}). The
     * label sits in raw HTML, where markdown (code spans included) is not parsed, so it is escaped as HTML.
     */
    details(label, body) {
        this.parts.push(`<details><summary>${escapeHtml(label.replace(/\r\n|\r|\n/g, ' '))}</summary>\n\n${body}\n\n</details>`);
        return this;
    }
    /** A fenced block: the fence is longer than any run of backticks in the text, so the text cannot close it. */
    code(text, lang = '') {
        const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
        const fence = '`'.repeat(Math.max(3, longest + 1));
        this.parts.push(`${fence}${lang.replace(/[^\w+-]/g, '')}\n${text}\n${fence}`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    /** Raw markdown. */
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    toString() {
        return `${this.parts.join('\n\n')}\n`;
    }
    /** Append to GITHUB_STEP_SUMMARY; a no-op outside a runner (no file to write to). */
    write() {
        runner/* appendSummary */.fe(this.toString());
    }
}
/** A markdown bullet list of untrusted items, as markup (e.g. for a `details()` body). */
function bulletList(items) {
    return items.map((i) => `- ${block(i)}`).join('\n');
}
/** Text for raw HTML: `&`, `<`, `>` and `"` as entities. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** A mermaid xychart-beta line chart of one series over labelled points. */
function lineChart(title, xLabels, series, yLabel = '') {
    const esc = (s) => `"${s.replace(/"/g, "'")}"`;
    const lo = Math.min(0, ...series);
    const hi = Math.max(1, ...series);
    return [
        'xychart-beta',
        `  title ${esc(title)}`,
        `  x-axis [${xLabels.map(esc).join(', ')}]`,
        `  y-axis ${esc(yLabel)} ${lo} --> ${hi}`,
        `  line [${series.map((n) => (Number.isFinite(n) ? Number(n.toPrecision(6)) : 0)).join(', ')}]`,
    ].join('\n');
}

;// CONCATENATED MODULE: ../../packages/core/src/markdown.ts
/**
 * Values in job summaries: a version, `pkg@1.2.3`, `root@127.0.0.1`, a host or a path reads as a value and must not
 * turn into a link (GitHub autolinks `a@b.c` as mailto: and bare domains as web links). Pure.
 */
/**
 * `value` as an inline code span, which GitHub renders literally (no autolink, no emphasis, no HTML). A value holding
 * backticks gets a longer fence, padded with spaces (CommonMark); line breaks become spaces (a code span is one line).
 */
function codeSpan(value) {
    const text = String(value).replace(/\r?\n/g, ' ');
    if (text === '')
        return '';
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = longest > 0 || /^ .* $/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** What GitHub autolinks in text: e-mail-like `a@b.c` (so `pkg@1.2.3`, `root@127.0.0.1`) and `www.` hosts. */
const AUTOLINKED = /(?<![\w.+@/-])(?:(?:@[\w.-]+\/)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+|www\.[\w-]+(?:\.[\w-]+)*(?::\d+)?)(?:\/[^\s`|)]*)?/g;
/**
 * Free text (a commit subject, an error, a reason) with every value GitHub would autolink wrapped in a code span, so
 * `pkg@1.2.3` and `deploy@web1:2222` read as values. Existing code spans are left alone; the rest is unchanged.
 */
function literalValues(text) {
    return text
        .split(/(`+[^`]*`+)/)
        .map((part, i) => i % 2 === 1
        ? part
        : part.replace(AUTOLINKED, (m) => codeSpan(m.replace(/[.,;:]+$/, '')) + (/[.,;:]+$/.exec(m)?.[0] ?? '')))
        .join('');
}

;// CONCATENATED MODULE: ./src/adapters/report.ts
/** The job summary (steps table, artifacts table, failure tail) and the source-date / provenance lookups. */


const ICON = {
    success: '✅ success',
    failure: '❌ failure',
    skipped: '⏭️ skipped',
    'not run': '⏸️ not run',
};
/** 1980-01-01T00:00:00Z: the fixed epoch used when neither SOURCE_DATE_EPOCH nor a git commit is available. */
const FIXED_EPOCH = 315532800;
/**
 * The timestamp every archive entry gets: SOURCE_DATE_EPOCH when set (reproducible-builds.org convention), else
 * the commit time of HEAD, else a fixed epoch.
 */
async function sourceDateEpoch(env, cwd) {
    const v = env.SOURCE_DATE_EPOCH?.trim();
    if (v) {
        if (!/^\d{1,11}$/.test(v))
            throw new errors/* InputError */.dz('SOURCE_DATE_EPOCH', v, 'is not a whole number of seconds since 1970');
        return { epoch: Number(v), from: 'SOURCE_DATE_EPOCH' };
    }
    if ((await gitMaybe(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd)) !== undefined) {
        return { epoch: await commitTime('HEAD', cwd), from: 'the commit time of HEAD' };
    }
    return { epoch: FIXED_EPOCH, from: 'the fixed epoch (no git commit found)' };
}
/** Current commit, for provenance outside Actions. */
function headCommit(cwd) {
    return gitMaybe(['rev-parse', 'HEAD'], cwd);
}
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
/** Render the summary markdown. */
function renderSummary(d) {
    const s = new Summary().heading(`${d.failure ? '❌' : '📦'} build-package: ${codeSpan(d.name)}${d.version ? ` ${codeSpan(d.version)}` : ''}`);
    s.table(['Step', 'Result', 'Duration', 'Runs'], d.steps.map((st) => [
        st.id,
        `${ICON[st.result]}${st.note ? ` (${st.note})` : ''}`,
        st.result === 'success' || st.result === 'failure' ? formatDuration(st.durationMs) : '',
        codeSpan(st.what),
    ]), ['l', 'l', 'r', 'l']);
    const gantt = stepGantt(d.steps);
    if (gantt)
        s.mermaid(gantt);
    const failed = d.steps.find((st) => st.result === 'failure');
    if (d.failure) {
        s.paragraph(`**Failed${failed ? ` at step \`${failed.id}\`` : ''}.** No packages were written.`);
        if (failed?.tail)
            s.code(failed.tail, 'text');
        else
            s.code(d.failure, 'text');
        return s;
    }
    if (d.artifacts && d.artifacts.length > 0) {
        s.heading('Packages', 3);
        s.table(['File', 'Kind', 'Size', 'sha256'], d.artifacts.map((a) => [`\`${(0,external_node_path_.basename)(a.path)}\``, a.kind, size(a.size), `\`${a.sha256.slice(0, 16)}…\``]), ['l', 'l', 'r', 'l']);
        for (const img of d.artifacts.filter((a) => a.kind === 'image' && a.digest)) {
            s.paragraph(`Image \`${(0,external_node_path_.basename)(img.path)}\`: digest \`${img.digest}\` (an OCI layout in a tar: \`skopeo inspect oci-archive:${(0,external_node_path_.basename)(img.path)}\`).`);
        }
        const p = d.provenance;
        if (p?.commit) {
            const run = p.runUrl
                ? ` in [run ${p.runUrl.replace(/^.*\/runs\//, '').replace('/attempts/', ' attempt ')}](${p.runUrl})`
                : '';
            s.paragraph(`Built from \`${p.commit.slice(0, 12)}\`${p.ref ? ` (\`${p.ref}\`)` : ''}${run}; the manifest records this provenance.`);
        }
        s.paragraph(`Written to \`${d.outDir}\` with \`SHA256SUMS\` (verify with \`sha256sum -c SHA256SUMS\` there). Archive timestamps from ${d.epochFrom}, so rebuilding this commit gives the same bytes.`);
    }
    return s;
}
/** A mermaid gantt chart of the steps that ran, one bar each, back to back (undefined when none ran). */
function stepGantt(steps) {
    const ran = steps.filter((st) => st.result === 'success' || st.result === 'failure');
    if (ran.length === 0)
        return undefined;
    const lines = ['gantt', '  title Build steps', '  dateFormat x', '  axisFormat %M:%S'];
    let at = 0;
    for (const st of ran) {
        const ms = Math.max(1, Math.round(st.durationMs));
        lines.push(`  ${st.id} (${formatDuration(st.durationMs)}) :${st.result === 'failure' ? 'crit, ' : ''}${st.id}, ${at}, ${at + ms}`);
        at += ms;
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/adapters/steps.ts
/** Run the planned command steps, each in its own log group, timed, with a failure naming the step. */


/** A step that failed: the message names it and quotes the end of its output. */
class StepFailed extends errors/* UserError */.yo {
    step;
    tail;
    constructor(step, tail, what, why, where) {
        super(`Step '${step}' failed: ${what} ${why}${tail ? `. Last lines of its output:\n${tail}` : ''}`, {
            hint: step === 'install'
                ? 'Check that the lockfile matches package.json (run the install locally and commit the lockfile).'
                : undefined,
            ...(where ?? {}),
        });
        this.step = step;
        this.tail = tail;
        this.name = 'StepFailed';
    }
}
/** Run one command step inside a group. Records the outcome in `record`; throws {@link StepFailed}. */
async function runStep(step, ctx, record) {
    if (step.skipped || !step.argv) {
        record.result = 'skipped';
        record.note = step.skipped;
        (0,runner/* info */.pq)(`${step.id}: skipped (${step.skipped})`);
        return;
    }
    const [file, ...args] = step.argv;
    const shownCommand = formatCommand(step.argv);
    await (0,runner/* group */.Os)(`${step.id}: ${shownCommand}`, async () => {
        const r = await exec(file, args, {
            cwd: ctx.cwd(step.id),
            env: ctx.env,
            timeoutMs: ctx.timeoutMs,
            stream: true,
            allowFailure: true,
        });
        record.durationMs = r.durationMs;
        if (r.code === 0 && !r.timedOut) {
            record.result = 'success';
            (0,runner/* info */.pq)(`${step.id} finished in ${formatDuration(r.durationMs)}`);
            return;
        }
        record.result = 'failure';
        const tail = [lastLines(r.stdout, 20), lastLines(r.stderr, 20)].filter((t) => t.trim() !== '').join('\n');
        record.tail = tail;
        const why = r.timedOut
            ? `timed out after ${formatDuration(ctx.timeoutMs)}`
            : r.signal
                ? `was killed by ${r.signal}`
                : `exited with code ${r.code}`;
        throw new StepFailed(step.id, tail, `'${shownCommand}'`, why, step.script ? ctx.locate?.(step.script) : undefined);
    });
}

;// CONCATENATED MODULE: ./src/build.ts
/**
 * The build itself: the planned command steps in order (install, lint, compile, test), then the package step. Each
 * step's record is kept up to date as it runs, so a failure's summary shows how far the build got.
 */





/** One record per planned step, each 'not run' until its step runs. */
function stepRecords(steps) {
    return steps.map((s) => ({ id: s.id, what: s.what, result: 'not run', durationMs: 0 }));
}
function recordOf(records, id) {
    return records.find((r) => r.id === id);
}
/** Run the command steps, then the package step. Throws the first failure; `records` tell what happened. */
async function runBuild(steps, records, ctx) {
    await runCommandSteps(steps, records, ctx);
    return runPackageStep(steps, records, ctx);
}
async function runCommandSteps(steps, records, ctx) {
    const { project, env } = ctx;
    for (const step of steps.filter((s) => s.id !== 'package')) {
        const locate = (script) => ({
            file: project.packageJsonPath,
            line: scriptLine(project.packageJsonText, script),
        });
        await runStep(step, {
            cwd: (id) => (id === 'install' ? project.installDir : project.dir),
            env: step.id === 'test' ? { ...env, ...ctx.flagEnv } : env,
            timeoutMs: ctx.config.stepTimeoutMs,
            locate,
        }, recordOf(records, step.id));
    }
}
/** The package step, timed: skipped by input, or every package built and swapped into the output directory. */
async function runPackageStep(steps, records, ctx) {
    const { config, project, version, epoch, env } = ctx;
    const pack = recordOf(records, 'package');
    if (steps.find((s) => s.id === 'package')?.skipped) {
        pack.result = 'skipped';
        pack.note = 'skipped by input';
        return undefined;
    }
    const started = performance.now();
    pack.result = 'failure';
    try {
        const provenance = provenanceFrom(process.env, epoch, await headCommit(config.project));
        const installed = recordOf(records, 'install').result === 'success';
        const packages = await buildPackages({ config, project, version, epoch, provenance, env, installed });
        pack.result = 'success';
        return packages;
    }
    finally {
        pack.durationMs = performance.now() - started;
    }
}

;// CONCATENATED MODULE: ./src/outputs.ts
/** What the action reports: its outputs, and paths as the summary shows them. */

/** The action's outputs; when the package step did not run, only the version is set (the rest are empty). */
function actionOutputs(version, outDir, packages) {
    return {
        version,
        'out-dir': packages ? outDir : '',
        artifacts: (packages?.artifacts ?? []).map((a) => ({
            path: a.path,
            kind: a.kind,
            name: a.name,
            size: a.size,
            sha256: a.sha256,
            ...(a.digest ? { digest: a.digest } : {}),
        })),
        'image-digest': packages?.artifacts.find((a) => a.kind === 'image')?.digest ?? '',
        checksums: packages?.checksums ?? '',
        'meta-package': packages?.metaPackage ?? '',
    };
}
/** A path relative to the workspace when it lies inside it, else as given. */
function shownPath(workspace, path) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel && !rel.startsWith('..') ? rel : path;
}

;// CONCATENATED MODULE: ./src/domain/sbom.ts
/**
 * Whether `sbom: true` can be honoured for a project, decided before anything runs: the SBOM comes from `npm sbom`,
 * which reads npm's own lockfile or tree, so a pnpm, yarn or bun project is refused up front (naming the input and the
 * reason) instead of failing after the whole build. Pure.
 */

/** The tool that describes a project of this manager in CycloneDX, for the hint. */
const OTHER_TOOLS = {
    pnpm: "`npx @cyclonedx/cdxgen -t pnpm -o sbom.cdx.json` (CycloneDX's generator, reads pnpm-lock.yaml)",
    yarn: 'the CycloneDX yarn plugin (`yarn dlx -q @cyclonedx/yarn-plugin-cyclonedx --output-file sbom.cdx.json`, yarn 2+) or `npx @cyclonedx/cdxgen -t yarn`',
    bun: '`npx @cyclonedx/cdxgen -t js -o sbom.cdx.json`',
};
/** Throws an InputError naming `sbom` when the project's package manager has no `npm sbom` support. */
function checkSbom(sbom, manager) {
    if (!sbom || manager.name === 'npm')
        return;
    const lock = manager.lockfile ? ` (${manager.lockfile})` : '';
    throw new errors/* InputError */.dz('sbom', 'true', `needs an npm project: the SBOM comes from \`npm sbom\`, which reads npm's package-lock.json, and this project uses ${manager.name}${lock}. Nothing was built.`, {
        hint: `Set sbom: false and make the SBOM in a step of its own, e.g. ${OTHER_TOOLS[manager.name] ?? 'a CycloneDX generator'}.`,
    });
}

;// CONCATENATED MODULE: ./src/plan.ts
/**
 * The checks that need package.json and the step plan, made before anything runs or is written: the SBOM and
 * `deb` inputs, the version, and the ordered steps with their packaging description. Pure: problems are InputErrors.
 */




/** Check the inputs that depend on the project (sbom, deb, version) and plan the steps. Sets `config.deb`. */
function planBuild(config, project) {
    checkSbom(config.sbom, project.manager);
    withDeb(config, project.name);
    const version = spec_parseVersion(config.version ? 'version' : 'package.json version', config.version || project.version || '');
    const names = (kind) => config.specs.filter((s) => s.kind === kind).map((s) => s.name);
    const packaging = describePackaging({
        npmPack: config.npmPack,
        archives: names('archive'),
        resources: names('resource'),
        meta: config.meta,
        sbom: config.sbom,
    });
    const { skip, settings, installCommand } = config;
    const steps = planSteps({
        manager: project.manager,
        scripts: project.scripts,
        skip,
        settings,
        packaging,
        ...(installCommand ? { installCommand } : {}),
    });
    return { version, steps };
}

;// CONCATENATED MODULE: ./src/main.ts









/** Build, test and package the project: see README.md. Every input is checked before anything runs. */
async function main() {
    const config = await readConfig();
    const flagEnv = await readFlagVariants();
    const project = await loadProject(config);
    const { version, steps } = planBuild(config, project);
    config.outDir ||= defaultOutDir(process.env, project.name);
    await checkOutDir(config.outDir, config.workspace, config.project);
    const { epoch, from } = await sourceDateEpoch(process.env, config.project);
    if (project.note)
        (0,runner/* warning */.$e)(`build-package: ${project.note}`);
    (0,runner/* info */.pq)(`Building ${project.name} ${version} with ${project.manager.name} (SOURCE_DATE_EPOCH=${epoch}, from ${from})`);
    if (flagEnv.SHIPLINE_FLAG_VARIANTS)
        (0,runner/* info */.pq)(`The test step runs with the flag variants ${flagEnv.SHIPLINE_FLAG_VARIANTS}`);
    const env = { ...process.env, SOURCE_DATE_EPOCH: String(epoch) };
    const records = stepRecords(steps);
    let packages;
    try {
        packages = await runBuild(steps, records, { config, project, version, epoch, env, flagEnv });
    }
    catch (error) {
        renderSummary({ name: project.name, version, steps: records, failure: String(error.message) }).write();
        throw error;
    }
    setOutputs(actionOutputs(version, config.outDir, packages));
    renderSummary({
        name: project.name,
        version,
        steps: records,
        artifacts: packages?.artifacts ?? [],
        outDir: shownPath(config.workspace, config.outDir),
        epochFrom: from,
        ...(packages ? { provenance: packages.provenance } : {}),
    }).write();
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * The error hierarchy every Shipline action throws. One catch, in `run()`, sorts them:
 * a {@link UserError} is something the user can fix and is reported without a stack trace;
 * anything else is an internal error whose stack appears only with RUNNER_DEBUG=1.
 */
/** A failure the user can act on. `hint` says what to do about it. */
class UserError extends Error {
    hint;
    /** File the failure is about, for the annotation (relative to the workspace). */
    file;
    line;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
        this.file = options.file;
        this.line = options.line;
    }
}
/** An input that does not have the accepted form. The message names the input, the value and the form. */
class InputError extends UserError {
    input;
    value;
    accepted;
    constructor(input, value, accepted, options = {}) {
        super(`Input '${input}': ${quote(value)} ${accepted}`, options);
        this.name = 'InputError';
        this.input = input;
        this.value = value;
        this.accepted = accepted;
    }
}
/** A remote service (GitHub, a registry, a host) answered with an error. */
class RemoteError extends UserError {
    status;
    operation;
    constructor(operation, status, detail, options = {}) {
        super(`${operation} failed${status === undefined ? '' : ` (HTTP ${status})`}: ${detail}`, options);
        this.name = 'RemoteError';
        this.status = status;
        this.operation = operation;
    }
}
/** Quote a value for an error message; long values are shortened, newlines shown as \n. */
function quote(value, max = 120) {
    const flat = value.replace(/\r?\n/g, '\\n');
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return `'${cut}'`;
}
/** Turn anything thrown into a message, without losing non-Error throws. */
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export report */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5736);
/**
 * The one catch at every action's entrypoint. A {@link UserError} becomes `core.setFailed` with an annotation
 * (and its hint), exit code 1 and no stack trace; anything else is reported as internal, with the stack only
 * when RUNNER_DEBUG=1.
 */


async function run(main) {
    try {
        await main();
    }
    catch (error) {
        report(error);
    }
}
/** Report a failure as the runner shows it; sets process.exitCode = 1. */
function report(error) {
    const debug = process.env.RUNNER_DEBUG === '1';
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
        const text = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
        if (error.file) {
            // setFailed takes no annotation properties: same effect, with the file and line attached.
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(text, { title: 'Shipline', file: error.file, ...(error.line ? { startLine: error.line } : {}) });
        }
        else {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(text);
        }
        if (debug && error.stack)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(error.stack);
    }
    else {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Internal error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}${debug ? '' : ' (re-run with debug logging for the stack trace)'}`);
        if (debug && error instanceof Error && error.stack)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(error.stack);
    }
    process.exitCode = 1;
}


/***/ }),

/***/ 7927:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bq: () => (/* binding */ LogStream),
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: OUTPUT_LIMIT_BYTES, SUMMARY_LIMIT_BYTES, endGroup, exportVariable, getState, heredocDelimiter, isDebug, issueCommand, neutralise, notice, safeLog, saveState, setHeaderSecret, setUrlSecret, startGroup, truncateUtf8

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../../packages/core/src/redact.ts
/**
 * The secrets this process knows, and the redactor every log line, annotation, job summary and output goes through
 * (runner.ts calls {@link redact}; actions never need to). The runner masks only what it was told with
 * `::add-mask::`, and only in the log: our own redactor also covers summaries and outputs, URL-encoded and
 * JSON-escaped forms, and credentials in any URL (`scheme://user:password@`) even when nobody registered them.
 *
 * Pure bookkeeping, no I/O: registering a secret with the runner (`::add-mask::`) is runner.ts's `setSecret`.
 */
/** Shorter values are still sent to the runner's masker, but not redacted here: `***` for every `ab` would ruin logs. */
const MIN_REDACTED_LENGTH = 4;
const redact_forms = new Set();
let ordered = [];
/** The forms a secret can take in text we print: raw, each line of it, URL-encoded, JSON-escaped. */
function secretForms(value) {
    const out = new Set();
    const add = (v) => {
        if (v.trim().length < MIN_REDACTED_LENGTH)
            return;
        out.add(v);
        out.add(encodeURIComponent(v));
        out.add(encodeURI(v));
        out.add(JSON.stringify(v).slice(1, -1));
    };
    add(value);
    for (const line of value.split(/\r\n|\r|\n/))
        add(line.trim());
    return [...out];
}
/** Remember a secret for {@link redact}. Returns the values the runner's masker should also be given (its lines). */
function rememberSecret(value) {
    for (const f of secretForms(value))
        redact_forms.add(f);
    // Longest first, so a secret that contains another is replaced whole.
    ordered = [...redact_forms].sort((a, b) => b.length - a.length);
}
/** Forget every secret (tests). */
function forgetSecrets() {
    redact_forms.clear();
    ordered = [];
}
/** `scheme://user:password@` anywhere in a text; the password part may be empty. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:'"<>]*):([^\s/?#@'"<>]*)@/gi;
/**
 * A query parameter whose name says it is a credential: the whole name, or its last `_`/`-` part, is one of these
 * (`access_token`, `X-Amz-Signature`, `api_key`, `sig`; not `author` or `keyword`).
 */
const QUERY_CREDENTIAL = /([?&;](?:[\w.-]*[_-])?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey|key|auth|signature|sig|credential)=)[^&#;\s"'<>]+/gi;
/** A bearer credential in a header line or a dumped request (`Authorization: Bearer eyJ0.x`; not `Bearer authentication`). */
const BEARER = /\b(Bearer\s+)(?=[A-Za-z]*[0-9._~+/-])[A-Za-z0-9._~+/-]{8,}=*/gi;
/**
 * Replace every known secret with `***`, and what is a credential by its place even if nobody registered it:
 * a URL's password, a credential-named query parameter, a bearer token.
 */
function redact_redact(text) {
    let out = text
        .replace(URL_CREDENTIALS, (_m, scheme, user) => `${scheme}${user}:***@`)
        .replace(QUERY_CREDENTIAL, '$1***')
        .replace(BEARER, '$1***');
    for (const f of ordered)
        if (out.includes(f))
            out = out.split(f).join('***');
    return out;
}
/** Query parameters whose values are shown in {@link urlForLog}: the Prometheus HTTP API's, which carry no secret. */
const PLAIN_QUERY_PARAMS = new Set(['query', 'start', 'end', 'step', 'time', 'timeout']);
/**
 * A URL for a log line or an error message: {@link redact}ed, and every query value hidden except the Prometheus
 * API's own (`?query=up&apitoken=***`). A token in a parameter with an unusual name is never printed.
 */
function urlForLog(url) {
    const q = url.indexOf('?');
    if (q < 0)
        return redact_redact(url);
    const [query = '', fragment] = url.slice(q + 1).split('#', 2);
    const params = query
        .split('&')
        .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return pair;
        const name = pair.slice(0, eq);
        return PLAIN_QUERY_PARAMS.has(name) ? pair : `${name}=***`;
    })
        .join('&');
    return redact_redact(`${url.slice(0, q)}?${params}${fragment === undefined ? '' : `#${fragment}`}`);
}
/**
 * A URL's credentials moved into a Basic `authorization` header (fetch refuses a URL with `user:pw@`); the URL is
 * returned without them. A URL without credentials, or one that does not parse, comes back as is.
 */
function splitUrlCredentials(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return { url };
    }
    if (!parsed.username && !parsed.password)
        return { url };
    const authorization = `Basic ${Buffer.from(`${safeDecode(parsed.username)}:${safeDecode(parsed.password)}`).toString('base64')}`;
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), authorization };
}
/** The secrets a URL carries: its password (raw and decoded) and the Basic header made from it. */
function redact_urlSecrets(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return [];
    }
    if (!parsed.password)
        return [];
    const decoded = safeDecode(parsed.password);
    const basic = splitUrlCredentials(url).authorization;
    return [...new Set([parsed.password, decoded, ...redact_headerSecrets(basic)])];
}
/** The secrets an HTTP header value carries: the whole value and, after a scheme (`Bearer xyz`), the credential alone. */
function redact_headerSecrets(value) {
    const v = value.trim();
    if (v === '')
        return [];
    const m = /^[A-Za-z][\w-]*\s+(\S.*)$/.exec(v);
    return m?.[1] ? [v, m[1]] : [v];
}
function safeDecode(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/runner.ts
/**
 * The runner protocol, written directly: inputs from INPUT_* env, outputs/state/env through the runner's file
 * commands, annotations and groups as workflow commands on stdout, and the step summary file.
 *
 * Why not @actions/core: it loads @actions/http-client, undici and @actions/exec at import time (for OIDC and
 * platform details), which made a bundle's cold start 5x a bare `node -e 0` (measured: 50 ms vs 10 ms, 68 MB RSS).
 * These few functions are the whole contract an action needs on every run; they follow the toolkit's escaping
 * and heredoc rules exactly, so the runner parses them the same way.
 *
 * Hostile text: this is the one path to the log, and every function here treats its text as untrusted. Secrets
 * (registered with {@link setSecret}, and credentials in any URL) are redacted from log lines, annotations, group
 * titles, the job summary and outputs; every log line that the runner could read as a command is made inert
 * ({@link neutralise}), including the output of child processes streamed with {@link LogStream}.
 */




/** node:crypto, loaded on first use: loading it costs some 6 ms of CPU, and a run that sets no output never needs it. */
const runner_crypto = () => process.getBuiltinModule('node:crypto');
/** The value of an input, as the runner passes it (`INPUT_<NAME>`, spaces → `_`, upper-cased). */
function getInput(name, trim = true) {
    const v = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    return trim ? v.trim() : v;
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const PROPERTY_KEYS = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col',
    endColumn: 'endColumn',
};
/**
 * Write a workflow command (`::name key=value::message`) to stdout. Message and properties are redacted, then
 * escaped (`%`, CR, LF; and `:` `,` in properties): the line cannot end early, so nothing in it starts a command.
 */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(redact_redact(String(v)))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : redact_redact(message))}${external_node_os_.EOL}`);
}
/**
 * Make text safe to print as log lines. The runner reads a line as a command when, after leading white space, it
 * starts with `::` (ActionCommand.TryParseV2), or when it holds `##[name ...]` anywhere (TryParse); lines end at
 * LF, CR LF or a bare CR. So: split where the runner splits, put a `\` before a leading `::`, and turn every
 * `##[` into `##[\` (the runner's own escape for its `##[start-action` markers). Plain text is left unchanged.
 */
function neutralise(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.replace(/^([\s\u0085]*)::/, '$1\\::').replace(/##\[/g, '##[\\'))
        .join(external_node_os_.EOL);
}
/** Text as it may reach the log: secrets redacted, command lines made inert. */
function safeLog(text) {
    return neutralise(redact_redact(text));
}
/**
 * A log sink for a child process's output: chunks are cut into lines where the runner cuts them (a line, or a CR LF
 * pair, may be split across chunks) and each line goes to stdout through {@link safeLog}. Call `end()` at exit.
 */
class LogStream {
    pending = '';
    decoder = new TextDecoder();
    write(chunk) {
        this.pending += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
        const keep = this.pending.endsWith('\r') ? 1 : 0;
        const body = this.pending.slice(0, this.pending.length - keep);
        const last = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'));
        if (last < 0)
            return;
        process.stdout.write(safeLog(body.slice(0, last).replace(/\r$/, '')) + external_node_os_.EOL);
        this.pending = this.pending.slice(last + 1);
    }
    end() {
        const rest = (this.pending + this.decoder.decode()).replace(/\r$/, '');
        this.pending = '';
        if (rest !== '')
            process.stdout.write(safeLog(rest) + external_node_os_.EOL);
    }
}
function annotation(kind, message, props = {}) {
    const mapped = {};
    for (const [k, v] of Object.entries(props))
        mapped[PROPERTY_KEYS[k]] = v;
    issueCommand(kind, mapped, message);
}
const error = (message, props) => annotation('error', message, props);
const warning = (message, props) => annotation('warning', message, props);
const notice = (message, props) => annotation('notice', message, props);
/** A plain log line (or several): redacted and made inert, so untrusted text can be passed as is. */
function info(message) {
    process.stdout.write(safeLog(message) + external_node_os_.EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
/** Mark the step failed: an error annotation and exit code 1. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/**
 * Mask a value in every later log line: the runner's masker gets the value and each of its lines, and our own
 * redactor (log, summary, outputs) also its URL-encoded and JSON-escaped forms. Blank values are ignored.
 */
function setSecret(secret) {
    if (secret.trim() === '')
        return;
    rememberSecret(secret);
    // The runner's AddMaskCommandExtension also masks each line of a multi-line value.
    issueCommand('add-mask', {}, secret);
}
/** Mask an HTTP header value whole and without its scheme (`Bearer xyz` masks `Bearer xyz` and `xyz`). */
function setHeaderSecret(value) {
    for (const v of headerSecrets(value))
        setSecret(v);
}
/** Mask the password of a URL (`https://user:pw@host`), raw and decoded. Returns the URL as it may be printed. */
function setUrlSecret(url) {
    for (const v of urlSecrets(url))
        setSecret(v);
    return redact(url);
}
/** A heredoc delimiter that does not occur in the key or the value (regenerated in the unlikely event it does). */
function heredocDelimiter(key, value) {
    for (;;) {
        const delimiter = `ghadelimiter_${runner_crypto().randomUUID()}`;
        if (!key.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
function fileCommand(envName, key, value) {
    const file = process.env[envName];
    if (!file)
        return false;
    const delimiter = heredocDelimiter(key, value);
    (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
/** GitHub's documented limit for one output ("can be a maximum of 1 MB"). */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;
/** The first `max` bytes of `text` in UTF-8, never cutting a character in two. */
function truncateUtf8(text, max) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= max)
        return text;
    let end = max;
    while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80)
        end--;
    return bytes.subarray(0, end).toString('utf8');
}
/**
 * Set an output. Secrets are redacted (the runner would drop a job output holding one). A value over
 * {@link OUTPUT_LIMIT_BYTES} is cut to the limit, and the whole text goes to a file under RUNNER_TEMP that a
 * warning names. Returns that file, if any.
 */
function setOutput(name, value) {
    const clean = redact_redact(value);
    if (clean !== value)
        warning(`Output '${name}' contained a secret; it was replaced by ***.`);
    let written = clean;
    let full;
    if (Buffer.byteLength(clean, 'utf8') > OUTPUT_LIMIT_BYTES) {
        const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-outputs');
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        full = (0,external_node_path_.join)(dir, `${name.replace(/[^\w.-]/g, '_')}-${runner_crypto().randomBytes(4).toString('hex')}.txt`);
        (0,external_node_fs_.writeFileSync)(full, clean, 'utf8');
        const note = `\n[truncated: the full ${Buffer.byteLength(clean, 'utf8')} bytes are in ${full}]`;
        written = truncateUtf8(clean, OUTPUT_LIMIT_BYTES - Buffer.byteLength(note, 'utf8')) + note;
        warning(`Output '${name}' is over GitHub's 1 MB limit for an output: it was truncated; the full text is in ${full}.`);
    }
    if (!fileCommand('GITHUB_OUTPUT', name, written)) {
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, written);
    }
    return full;
}
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', name, value))
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Export an environment variable to this and later steps. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!fileCommand('GITHUB_ENV', name, value))
        issueCommand('set-env', { name }, value);
}
function startGroup(title) {
    issueCommand('group', {}, title);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Run `fn` inside a collapsible log group. */
async function group(title, fn) {
    startGroup(title);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
/** The runner refuses to upload a step summary over 1 MiB (`$GITHUB_STEP_SUMMARY upload aborted`). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * Append markdown to the job summary (secrets redacted); a no-op outside a runner. Untrusted text can be long: what
 * would take the file over {@link SUMMARY_LIMIT_BYTES} is cut, with a note, so the runner still shows the summary.
 */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    const text = redact_redact(markdown);
    const have = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
    if (have + Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES)
        return (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    const note = '\n\n> ⚠️ The rest of this summary was cut: GitHub shows at most 1 MiB per step. The log has the details.\n';
    const room = SUMMARY_LIMIT_BYTES - have - Buffer.byteLength(note, 'utf8');
    if (room > 0)
        (0,external_node_fs_.appendFileSync)(file, truncateUtf8(text, room) + note, 'utf8');
    warning(`The job summary was cut at GitHub's 1 MiB limit for a step summary.`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3018);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
