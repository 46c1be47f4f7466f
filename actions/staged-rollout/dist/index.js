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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1305);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1305:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts
var runner = __nccwpck_require__(5081);
;// CONCATENATED MODULE: ../../packages/core/src/sleep.ts
/** Resolve after `ms`, or at once when `signal` aborts (never rejects: the caller checks `signal.aborted`). */
function sleep(ms, signal) {
    return new Promise((ok) => {
        if (signal?.aborted)
            return ok();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            ok();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}

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
        core.setSecret(value);
}
/** Mask an HTTP header value, whole and without its scheme (`Bearer xyz` → also `xyz`). */
function maskHeader(value) {
    if (value)
        runner/* setHeaderSecret */.Yw(value);
}
/** Mask the credentials in a URL (`https://user:pw@host`); returns the URL as it may be printed (`user:***@`). */
function maskUrl(url) {
    return runner/* setUrlSecret */.Q1(url);
}

// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: ./src/domain/baseline.ts
/**
 * The baseline check: before any traffic moves, measure the stable version's SLIs for a window, record its normal
 * band (samples, mean, p50, p95, min, max per metric), and refuse to start when the stable is already outside the
 * thresholds or has no data. Later analyses can name the band in their conditions (`result < band_p95 * 1.5`).
 * Pure: the measuring is an ordinary analysis run against the stable (see the adapter).
 */

/** The q-quantile (0..1) of sorted values, linear interpolation between closest ranks (numpy's default). */
function quantile(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (pos - lo);
}
/** The band of some values (NaN and infinities left out). */
function bandOf(values) {
    const v = values.filter(Number.isFinite).sort((a, b) => a - b);
    const mean = v.length ? v.reduce((s, x) => s + x, 0) / v.length : Number.NaN;
    return {
        samples: v.length,
        mean,
        p50: quantile(v, 0.5),
        p95: quantile(v, 0.95),
        min: v[0] ?? Number.NaN,
        max: v.at(-1) ?? Number.NaN,
    };
}
/** Every finite value a metric measured (a list value contributes each element). */
function valuesOf(run) {
    return run.measurements
        .flatMap((m) => (m.outcome === 'error' || m.value === null ? [] : Array.isArray(m.value) ? m.value : [m.value]))
        .filter(Number.isFinite);
}
function fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
/** A band in words: `mean 0.002, p50 0.001, p95 0.004 (n=5)`. */
function describeBand(b) {
    return b.samples ? `mean ${fmt(b.mean)}, p50 ${fmt(b.p50)}, p95 ${fmt(b.p95)} (n=${b.samples})` : 'no data';
}
/**
 * Judge the stable's measurements. Every (non-dry-run) metric must have data and pass its conditions, as a canary
 * would have to; otherwise the rollout does not start, and the reason says which metric and why.
 */
function judgeBaseline(result, stable, at) {
    const metrics = {};
    for (const m of result.metrics)
        metrics[m.name] = bandOf(valuesOf(m));
    const record = { stable, at, metrics };
    const problems = [];
    for (const m of result.metrics) {
        if (m.dryRun)
            continue;
        const band = metrics[m.name];
        if (band.samples === 0)
            problems.push(`${m.name} has no data for ${stable} (${m.measurements.at(-1)?.reason ?? 'not measured'})`);
        else if (m.phase === 'failed')
            problems.push(`${m.name} is already outside its thresholds on ${stable} [${m.condition}]: ${describeBand(band)}`);
        else if (m.phase === 'error')
            problems.push(`${m.name} could not be measured on ${stable}: ${m.measurements.at(-1)?.reason ?? m.message}`);
        else if (m.phase !== 'successful')
            problems.push(`${m.name} is ${m.phase} on ${stable}: ${m.message}`);
    }
    if (problems.length)
        return { ok: false, reason: problems.join('; '), record };
    const detail = result.metrics.map((m) => `${m.name}: ${describeBand(metrics[m.name])}`).join('; ');
    return { ok: true, record, detail };
}
/**
 * The metrics a baseline check measures: the named ones, or every threshold metric. Compare metrics judge canary
 * against baseline, so they have no meaning before the canary gets traffic; step overrides of count/interval apply.
 */
function baselineMetrics(step, all) {
    const chosen = all.filter((m) => !m.compare && (!step.metrics || step.metrics.includes(m.name)));
    return chosen.map((m) => ({
        ...m,
        count: step.count ?? m.count,
        intervalMs: step.intervalMs ?? m.intervalMs,
        inconclusiveLimit: -1,
    }));
}
/**
 * Input checks across steps and metrics: a baseline check comes before any traffic moves (before every setWeight
 * and darkLaunch), at most once, measures at least one threshold metric; a condition naming `band_*` needs a
 * baseline check that measures its metric.
 */
function checkBaselinePlan(steps, metrics) {
    const at = steps.findIndex((s) => s.kind === 'baselineCheck');
    const check = at >= 0 ? steps[at] : undefined;
    if (check) {
        if (steps.filter((s) => s.kind === 'baselineCheck').length > 1)
            throw new errors/* InputError */.dz('steps', 'baselineCheck', 'appears more than once; measure the stable once, before any traffic moves');
        const moved = steps.slice(0, at).findIndex((s) => s.kind === 'setWeight' || s.kind === 'darkLaunch');
        if (moved >= 0)
            throw new errors/* InputError */.dz('steps', `baselineCheck (step ${at + 1})`, `comes after step ${moved + 1} moves traffic; put it before every setWeight and darkLaunch`);
        if (baselineMetrics(check, metrics).length === 0)
            throw new errors/* InputError */.dz('metrics', metrics.map((m) => m.name).join(', ') || '(none)', 'has no threshold metric for the baselineCheck step to measure (compare metrics need the canary)');
    }
    const measured = check ? new Set(baselineMetrics(check, metrics).map((m) => m.name)) : new Set();
    for (const m of metrics) {
        const expr = [m.success, m.failure].find((e) => e?.usesBand);
        if (expr && !measured.has(m.name)) {
            throw new errors/* InputError */.dz('metrics', expr.source, `(metric '${m.name}') names the stable's band, but no baselineCheck step measures '${m.name}'; add '- baselineCheck: {}' before the first setWeight`);
        }
    }
}

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

;// CONCATENATED MODULE: ./src/domain/dark-launch.ts
/**
 * The `darkLaunch` step: production traffic (already routed by the user to `listen`) goes through the shadow proxy
 * for `duration`; the proxy answers from production and mirrors copies to the dark version, comparing the answers.
 * Then the diff rate is judged: pass continues, fail rolls back, too few comparisons is inconclusive (paused, or
 * failed with `on-inconclusive: fail`). Parsing, the proxy's typed options and the verdict mapping are pure here;
 * the step's report (detail line, output, summary) is dark-launch-report.ts.
 */

const KEYS = [
    'production',
    'dark',
    'listen',
    'admin',
    'duration',
    'max-diff-rate',
    'min-compared',
    'ignore-paths',
    'compare-headers',
    'dark-writes',
    'dark-datastore',
];
const EXAMPLE = "{production: 'http://127.0.0.1:8081', dark: 'http://127.0.0.1:8082', listen: '127.0.0.1:8080', duration: 5m, max-diff-rate: 0.01}";
const HOST_PORT = /^(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/;
const MAX_DURATION_MS = 6 * 3_600_000;
function show(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
function url(name, v, n) {
    const bad = () => {
        throw new errors/* InputError */.dz('steps', `${name}: ${show(v)}`, `(step ${n}) is not a base URL: an http:// or https:// URL without query, fragment or credentials, e.g. http://127.0.0.1:8081`);
    };
    if (typeof v !== 'string')
        return bad();
    let u;
    try {
        u = new URL(v);
    }
    catch {
        return bad();
    }
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.search || u.hash || u.username || u.password)
        bad();
    return v;
}
function hostPort(name, v, n, fallback) {
    if (v === undefined && fallback !== undefined)
        return fallback;
    const m = typeof v === 'string' ? HOST_PORT.exec(v) : null;
    if (!m || Number(m[1]) > 65535) {
        throw new errors/* InputError */.dz('steps', `${name}: ${show(v)}`, `(step ${n}) is not HOST:PORT with an IP address or localhost (e.g. 127.0.0.1:8080)`);
    }
    return v;
}
function list(name, v, n, fallback) {
    if (v === undefined)
        return fallback;
    const items = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined;
    if (!items || items.some((x) => typeof x !== 'string' || x.trim() === '')) {
        throw new errors/* InputError */.dz('steps', `${name}: ${show(v)}`, `(step ${n}) is not a list of non-empty strings, e.g. [a, b]`);
    }
    return items.map((x) => x.trim());
}
function number(name, v, n, o) {
    if (v === undefined)
        return o.fallback;
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(x) || x < o.min || x > o.max || (o.integer && !Number.isInteger(x)))
        throw new errors/* InputError */.dz('steps', `${name}: ${show(v)}`, `(step ${n}) ${o.accepted}`);
    return x;
}
function durationOf(v, n) {
    const ms = durationValue(v);
    if (ms === undefined || !(ms > 0) || ms > MAX_DURATION_MS)
        throw new errors/* InputError */.dz('steps', `duration: ${show(v)}`, `(step ${n}) is not a dark-launch duration: '30s', '5m', up to 6h`);
    return ms;
}
/** `dark-writes` and `dark-datastore`: writes are copied only to a named datastore of the dark version's own. */
function writes(o, n) {
    const darkWrites = o['dark-writes'] ?? false;
    if (typeof darkWrites !== 'boolean')
        throw new errors/* InputError */.dz('steps', `dark-writes: ${show(darkWrites)}`, `(step ${n}) is not true or false`);
    const darkDatastore = o['dark-datastore'];
    if (darkDatastore !== undefined &&
        (typeof darkDatastore !== 'string' || !/^[A-Za-z0-9._:/@-]{1,200}$/.test(darkDatastore))) {
        throw new errors/* InputError */.dz('steps', `dark-datastore: ${show(darkDatastore)}`, `(step ${n}) is not a datastore name (letters, digits and . _ : / @ -)`);
    }
    if (darkWrites && darkDatastore === undefined) {
        throw new errors/* InputError */.dz('steps', 'dark-writes: true', `(step ${n}) needs dark-datastore naming the dark version's separate datastore: dark writes against the production datastore would change real data`);
    }
    return { darkWrites, darkDatastore: darkDatastore };
}
/** Parse the value of a `- darkLaunch: {...}` step (step number `n`, 1-based). */
function parseDarkLaunch(value, n) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.dz('steps', `darkLaunch: ${show(value)}`, `(step ${n}) is not a dark-launch step: a mapping such as ${EXAMPLE}`);
    }
    const o = value;
    const unknown = Object.keys(o).find((k) => !KEYS.includes(k));
    if (unknown !== undefined)
        throw new errors/* InputError */.dz('steps', unknown, `(step ${n}) is not a darkLaunch option; known: ${KEYS.join(', ')}`);
    for (const k of ['production', 'dark', 'listen', 'duration']) {
        if (o[k] === undefined || o[k] === null || o[k] === '')
            throw new errors/* InputError */.dz('steps', `darkLaunch: ${show(value)}`, `(step ${n}) needs '${k}'; e.g. ${EXAMPLE}`);
    }
    const { darkWrites, darkDatastore } = writes(o, n);
    const spec = {
        production: url('production', o.production, n),
        dark: url('dark', o.dark, n),
        listen: hostPort('listen', o.listen, n),
        admin: hostPort('admin', o.admin, n, '127.0.0.1:0'),
        durationMs: durationOf(o.duration, n),
        maxDiffRate: number('max-diff-rate', o['max-diff-rate'], n, {
            fallback: 0.01,
            min: 0,
            max: 1,
            integer: false,
            accepted: 'is not a fraction from 0 to 1 (e.g. 0.01 for 1%)',
        }),
        minCompared: number('min-compared', o['min-compared'], n, {
            fallback: 100,
            min: 1,
            max: 1e9,
            integer: true,
            accepted: 'is not a whole number of at least 1',
        }),
        ignorePaths: list('ignore-paths', o['ignore-paths'], n, []),
        compareHeaders: list('compare-headers', o['compare-headers'], n, ['content-type']).map((h) => h.toLowerCase()),
        darkWrites,
        darkDatastore,
    };
    if (spec.production === spec.dark)
        throw new errors/* InputError */.dz('steps', `dark: ${spec.dark}`, `(step ${n}) is the same as production; the dark version must be a different server`);
    return spec;
}
/** The shadow proxy's typed options for a spec (the proxy validates them again and fills in its defaults). */
function shadowConfig(spec) {
    return {
        production: spec.production,
        dark: spec.dark,
        listen: spec.listen,
        admin: spec.admin,
        darkWrites: spec.darkWrites,
        ...(spec.darkDatastore !== undefined ? { darkDatastore: spec.darkDatastore } : {}),
        ...(spec.compareHeaders.length ? { compareHeaders: spec.compareHeaders } : {}),
        ignorePaths: spec.ignorePaths,
    };
}
/** A dark launch's verdict as an analysis outcome, so the rollout decides the same way (inconclusive pauses). */
function darkLaunchOutcome(verdict) {
    switch (verdict) {
        case 'pass':
            return 'successful';
        case 'fail':
            return 'failed';
        case 'inconclusive':
            return 'inconclusive';
        case 'error':
            return 'error';
    }
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

;// CONCATENATED MODULE: ./src/domain/dark-launch-report.ts
/**
 * The report of dark-launch steps: the one-line detail for the step table and the failure message, the `analysis`
 * output's entry and the job-summary section. Request paths and bodies come from real traffic: clipped here, and
 * escaped by core's Summary. Pure.
 */

const SHOWN_SAMPLES = 5;
/** Clip long values (response bodies, request paths) for logs and the summary. */
function clip(text, max = 120) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** One line for the step table and the failure message: the verdict's reason and the first diff sample. */
function darkLaunchDetail(r) {
    const first = r.samples[0];
    const d = first?.differences[0];
    const sample = first && d
        ? `; e.g. ${first.method} ${clip(first.path, 80)}: ${d.kind} ${d.path || ''} production ${clip(d.production, 60)} ≠ dark ${clip(d.dark, 60)}`
        : '';
    return `${r.reason}${sample}`;
}
/** The `analysis` output's entry for a dark launch (counts and a few samples). */
function darkLaunchOutput(r) {
    return {
        verdict: r.verdict,
        reason: r.reason,
        startedAt: new Date(r.startedAt).toISOString(),
        durationMs: r.finishedAt - r.startedAt,
        listen: r.listen,
        ...r.counts,
        samples: r.samples.slice(0, SHOWN_SAMPLES),
    };
}
/** Summary section for dark launches: counts per step and a small table of diff samples. */
function darkLaunchSummary(results) {
    const s = new Summary();
    if (results.length === 0)
        return s;
    s.heading('Dark launch', 3).table([
        'Listen',
        'Duration',
        'Requests',
        'Mirrored',
        'Compared',
        'Diffs',
        'Dropped',
        'Dark errors',
        'Diff rate',
        'Verdict',
    ], results.map((r) => {
        const c = r.counts;
        return [
            r.listen,
            formatDuration(r.finishedAt - r.startedAt),
            c.requests,
            c.mirrored,
            c.compared,
            c.differed,
            c.dropped,
            c.darkErrors,
            `${(c.diffRate * 100).toFixed(2)}%`,
            r.verdict,
        ];
    }), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']);
    const rows = results.flatMap((r) => r.samples
        .slice(0, SHOWN_SAMPLES)
        .flatMap((x) => x.differences
        .slice(0, 3)
        .map((d) => [`${x.method} ${clip(x.path)}`, d.kind, d.path, clip(d.production), clip(d.dark)])));
    // Request paths and bodies come from real traffic: HTML-escaped, so a crafted request cannot inject markup.
    if (rows.length)
        s.paragraph('**Diff samples**').table(['Request', 'Kind', 'Where', 'Production', 'Dark'], rows);
    return s;
}

;// CONCATENATED MODULE: ./src/domain/decision.ts
function assertNever(x) {
    throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}
/**
 * Successful analysis continues; failed or errored analysis rolls back (a metric we cannot read is not evidence
 * the canary is healthy); inconclusive pauses with traffic where it is, for a human or a later run to decide.
 */
function decide(t) {
    switch (t.kind) {
        case 'analysis':
            switch (t.phase) {
                case 'successful':
                    return 'continue';
                case 'failed':
                case 'error':
                    return 'rollback';
                case 'inconclusive':
                    return 'pause';
                default:
                    return assertNever(t.phase);
            }
        case 'manual-gate':
            return t.approved ? 'continue' : 'pause';
        case 'steps-done':
            return 'promote';
        case 'router-error':
        case 'abort-requested':
        case 'circuit-open':
            return 'rollback';
        default:
            return assertNever(t);
    }
}

;// CONCATENATED MODULE: ./src/domain/history-rows.ts
/** Per metric: its last value with a tally, the thresholds and its phase (a cell of the step table). */
function metricCells(result) {
    return result.metrics.map((m) => {
        const last = m.measurements.at(-1);
        const shown = last === undefined || last.value === null
            ? 'no data'
            : Array.isArray(last.value)
                ? `[${last.value.map(history_rows_fmt).join(', ')}]`
                : history_rows_fmt(last.value);
        const c = m.counters;
        const tally = [
            c.failed && `${c.failed} failed`,
            c.inconclusive && `${c.inconclusive} inconclusive`,
            c.errors && `${c.errors} error(s)`,
        ]
            .filter(Boolean)
            .join(', ');
        const value = `${shown} (last of ${m.measurements.length}${tally ? `; ${tally}` : ''})`;
        return { name: m.name, value, condition: m.condition, phase: m.phase, dryRun: m.dryRun };
    });
}
function history_rows_fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);
}
/** The detail of an analysis row: the metrics that did not pass and why, or how many passed. */
function analysisDetail(result) {
    const bad = result.metrics.filter((m) => !m.dryRun && m.phase !== 'successful');
    return bad.length
        ? bad.map((m) => `${m.name}: ${m.phase} (${m.message})`).join('; ')
        : `${result.metrics.length} metric(s) successful`;
}

;// CONCATENATED MODULE: ./src/domain/rollout-state.ts
/**
 * The rollout's state and what the step engine needs from outside (router, analysis, store, clock), as plain data
 * and interfaces; a fresh state and the rollout's fingerprint. Pure.
 */

/** A fresh state for a new rollout. */
function newState(init, now, weight = 0) {
    return {
        version: 1,
        ...init,
        next: 0,
        weight,
        phase: 'progressing',
        reason: 'started',
        startedAt: now,
        updatedAt: now,
        history: [],
    };
}
/** A short stable fingerprint (FNV-1a, 32-bit, hex) of a JSON-able value. */
function fingerprint(value) {
    let h = 0x811c9dc5;
    for (const ch of JSON.stringify(value)) {
        h ^= ch.codePointAt(0);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}
/** A save to the state store failed; `advance()` settles traffic and reports it. */
class StoreFailure extends Error {
    error;
    constructor(error) {
        super(`the rollout state could not be saved: ${(0,errors/* messageOf */.bD)(error)}`);
        this.error = error;
    }
}

;// CONCATENATED MODULE: ./src/domain/steps.ts
/**
 * Rollout steps (Argo's vocabulary): `- setWeight: 20`, `- pause: 2m`, `- pause: {}` (a manual gate, passed by a
 * later run with `resume: true`), `- analysis: {}` (every metric) or `- analysis: {metrics: [a, b]}`, and
 * `- darkLaunch: {production, dark, listen, duration, ...}` (shadow traffic to a dark version, judge the diffs).
 * Blue-green is the same machine with a fixed plan: preview checks, switch, post-switch analysis, scale-down delay.
 */


const steps_EXAMPLE = '- setWeight: 10\n- pause: 1m\n- analysis: {}\n- setWeight: 50\n- pause: {}';
const MAX_PAUSE_MS = 6 * 3_600_000;
function steps_show(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
/** Parse the `steps` input; `metricNames` are the names an analysis step may pick from. */
function parseSteps(raw, metricNames) {
    if (!Array.isArray(raw) || raw.length === 0)
        throw new errors/* InputError */.dz('steps', steps_show(raw ?? ''), `is not a non-empty YAML list of steps, e.g.\n${steps_EXAMPLE}`);
    if (raw.length > 100)
        throw new errors/* InputError */.dz('steps', `${raw.length} steps`, 'is too many; at most 100 steps');
    return raw.map((item, i) => parseStep(item, i + 1, metricNames));
}
function parseStep(item, n, metricNames) {
    const keys = item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
    if (keys.length !== 1) {
        throw new errors/* InputError */.dz('steps', steps_show(item), `(step ${n}) is not a step: each step is a mapping with exactly one of setWeight, pause, analysis, darkLaunch, baselineCheck`);
    }
    const key = keys[0];
    const value = item[key];
    switch (key) {
        case 'setWeight':
            return { kind: 'setWeight', weight: weight(value, n) };
        case 'pause':
            return { kind: 'pause', durationMs: pause(value, n) };
        case 'analysis':
            return { kind: 'analysis', set: 'metrics', metrics: analysis(value, n, metricNames) };
        case 'darkLaunch':
            return { kind: 'darkLaunch', spec: parseDarkLaunch(value, n) };
        case 'baselineCheck':
            return baselineCheck(value, n, metricNames);
        default:
            throw new errors/* InputError */.dz('steps', key, `(step ${n}) is not a step kind; use setWeight, pause or analysis (or darkLaunch for a dark launch); baselineCheck measures the stable before traffic moves`);
    }
}
function weight(value, n) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
        throw new errors/* InputError */.dz('steps', `setWeight: ${steps_show(value)}`, `(step ${n}) is not a weight: a whole percent from 0 to 100`);
    }
    return value;
}
function pause(value, n) {
    const accepted = `(step ${n}) is not a pause: use a duration ('30s', '2m', up to 6h) or {} for a manual gate`;
    if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0))
        return undefined;
    let raw = value;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'duration')
        raw = value.duration;
    const ms = durationValue(raw);
    if (ms === undefined || ms < 0 || ms > MAX_PAUSE_MS)
        throw new errors/* InputError */.dz('steps', `pause: ${steps_show(value)}`, accepted);
    return ms;
}
function analysis(value, n, metricNames) {
    const accepted = `(step ${n}) is not an analysis step: use {} for every metric or {metrics: [name, ...]}`;
    if (value === null || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
        if (metricNames.length === 0)
            throw new errors/* InputError */.dz('metrics', '', `is empty, but step ${n} is an analysis step; list the metrics to analyse`);
        return undefined;
    }
    const obj = value;
    if (typeof value !== 'object' ||
        Array.isArray(value) ||
        Object.keys(obj).join() !== 'metrics' ||
        !Array.isArray(obj.metrics) ||
        obj.metrics.length === 0) {
        throw new errors/* InputError */.dz('steps', `analysis: ${steps_show(value)}`, accepted);
    }
    for (const m of obj.metrics) {
        if (typeof m !== 'string' || !metricNames.includes(m)) {
            throw new errors/* InputError */.dz('steps', steps_show(m), `(step ${n}) is not a metric in 'metrics'; known: ${metricNames.join(', ') || '(none)'}`);
        }
    }
    return obj.metrics;
}
/** `baselineCheck: {}` or `{metrics: [names], count: 5, interval: 10s}` (count/interval override each metric's). */
function baselineCheck(value, n, metricNames) {
    const accepted = `(step ${n}) is not a baselineCheck step: use {} or {metrics: [name, ...], count: 1-1000, interval: '10s'}`;
    const obj = (value ?? {});
    if (typeof obj !== 'object' ||
        Array.isArray(obj) ||
        Object.keys(obj).some((k) => !['metrics', 'count', 'interval'].includes(k))) {
        throw new errors/* InputError */.dz('steps', `baselineCheck: ${steps_show(value)}`, accepted);
    }
    if (metricNames.length === 0)
        throw new errors/* InputError */.dz('metrics', '', `is empty, but step ${n} is a baselineCheck step; list the metrics to measure`);
    let metrics;
    if (obj.metrics !== undefined) {
        if (!Array.isArray(obj.metrics) || obj.metrics.length === 0)
            throw new errors/* InputError */.dz('steps', `baselineCheck: ${steps_show(value)}`, accepted);
        for (const m of obj.metrics) {
            if (typeof m !== 'string' || !metricNames.includes(m))
                throw new errors/* InputError */.dz('steps', steps_show(m), `(step ${n}) is not a metric in 'metrics'; known: ${metricNames.join(', ')}`);
        }
        metrics = obj.metrics;
    }
    const count = obj.count;
    if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1000)) {
        throw new errors/* InputError */.dz('steps', `baselineCheck count: ${steps_show(count)}`, `(step ${n}) is not a count: a whole number from 1 to 1000`);
    }
    const raw = obj.interval;
    const intervalMs = raw === undefined ? undefined : durationValue(raw);
    if (raw !== undefined && (intervalMs === undefined || intervalMs < 10 || intervalMs > 3_600_000)) {
        throw new errors/* InputError */.dz('steps', `baselineCheck interval: ${steps_show(raw)}`, `(step ${n}) is not an interval from 10ms to 1h, e.g. '10s'`);
    }
    return { kind: 'baselineCheck', metrics, count: count, intervalMs };
}
/** The plan of a blue-green rollout as steps of the same machine. */
function blueGreenSteps(opts) {
    const steps = [];
    if (opts.hasPreviewChecks)
        steps.push({ kind: 'analysis', set: 'preview', metrics: undefined });
    steps.push({ kind: 'setWeight', weight: 100 });
    if (opts.hasMetrics)
        steps.push({ kind: 'analysis', set: 'metrics', metrics: undefined });
    if (opts.scaleDownDelayMs > 0)
        steps.push({ kind: 'pause', durationMs: opts.scaleDownDelayMs });
    return steps;
}
/** A one-line description of a step, for logs and the summary. */
function describeStep(step) {
    switch (step.kind) {
        case 'setWeight':
            return `setWeight ${step.weight}%`;
        case 'pause':
            return step.durationMs === undefined ? 'pause (manual gate)' : `pause ${formatDuration(step.durationMs)}`;
        case 'analysis':
            return `${step.set === 'preview' ? 'preview checks' : 'analysis'}${step.metrics ? ` (${step.metrics.join(', ')})` : ''}`;
        case 'darkLaunch':
            return `darkLaunch ${formatDuration(step.spec.durationMs)} via ${step.spec.listen} (max diff rate ${step.spec.maxDiffRate * 100}%)`;
        case 'baselineCheck':
            return `baselineCheck of stable${step.metrics ? ` (${step.metrics.join(', ')})` : ''}`;
    }
}

;// CONCATENATED MODULE: ./src/domain/transitions.ts
/**
 * The rollout's state transitions: record a history row and save the state (a failed save is a
 * {@link StoreFailure}), move traffic through the router, and end a run paused, promoted or rolled back. The router
 * always goes first on a rollback and is never skipped because a save failed; after a failed save otherwise, traffic
 * goes back to the weight of the last state the store accepted ({@link Transitions.settle}). The step engine
 * (rollout.ts) builds on these.
 */



class Transitions {
    s;
    deps;
    /** Canary weight in the last state the store accepted (where traffic goes back to when a later save fails). */
    savedWeight;
    /** Canary weight the router serves now, as far as this run knows. */
    routerWeight;
    constructor(s, deps) {
        this.s = s;
        this.deps = deps;
        this.savedWeight = s.weight;
        this.routerWeight = s.weight;
    }
    get state() {
        return this.s;
    }
    async record(row, patch = {}) {
        const at = this.deps.now();
        this.s = {
            ...this.s,
            ...patch,
            updatedAt: at,
            history: [...this.s.history, { at, weight: patch.weight ?? this.s.weight, ...row }],
        };
        await this.persist();
    }
    /** Record a row that a rollback follows: a failed save is logged, and the rollback (router first) goes ahead. */
    async recordBeforeRollback(row, patch = {}) {
        try {
            await this.record(row, patch);
        }
        catch (error) {
            if (!(error instanceof StoreFailure))
                throw error;
            this.deps.log(`${error.message}; moving traffic back to stable anyway`);
        }
    }
    async persist() {
        try {
            await this.deps.save(this.s);
        }
        catch (error) {
            throw new StoreFailure(error);
        }
        this.savedWeight = this.s.weight;
    }
    /** Apply the saved weight again; false when the router refused (then the rollout rolled back). */
    async reconcile() {
        try {
            await this.route(this.s.weight);
            this.deps.log(`Continuing an interrupted rollout: canary at ${this.s.weight}%, as the saved state says`);
            return true;
        }
        catch (error) {
            await this.finish(decide({ kind: 'router-error' }), this.s.next, `router could not re-apply ${this.s.weight}%: ${(0,errors/* messageOf */.bD)(error)}`);
            return false;
        }
    }
    /** The router call, remembering what traffic is now. */
    async route(weight) {
        const r = await this.deps.router.setWeight(weight);
        this.routerWeight = weight;
        return r;
    }
    /**
     * After a failed save: unless a rollback moved traffic to stable, put it back to the last saved weight (never
     * leave the canary at a weight no saved state knows), then fail the run saying where traffic is.
     */
    async settle(failure) {
        const rollingBack = this.s.phase === 'aborting' || this.s.phase === 'aborted';
        let where = `traffic unchanged: canary at ${this.routerWeight}%, as the last saved state says`;
        if (rollingBack)
            where =
                this.routerWeight === 0
                    ? 'the rollback went ahead: all traffic is on stable'
                    : `the rollback's router call failed too: canary at ${this.routerWeight}%`;
        else if (this.routerWeight !== this.savedWeight) {
            const from = this.routerWeight;
            try {
                await this.route(this.savedWeight);
                where = `traffic put back from ${from}% to ${this.savedWeight}%, the last saved state`;
            }
            catch (error) {
                where = `putting traffic back to ${this.savedWeight}% failed too (${(0,errors/* messageOf */.bD)(error)}): the canary may still get ${from}%`;
            }
        }
        throw new errors/* UserError */.yo(`Rollout of ${this.s.canary} stopped: ${failure.message}; ${where}.`, {
            hint: 'Run again once the state store is reachable: the rollout continues from its last saved state.',
            cause: failure.error,
        });
    }
    /** Act on a decision that ends this run: pause, promote or roll back. */
    async finish(decision, n, why) {
        switch (decision) {
            case 'continue':
                return decision;
            case 'pause':
                await this.record({ step: n, action: 'pause', verdict: 'paused', detail: why }, { phase: 'paused', reason: why, next: Math.max(this.s.next, n) });
                return decision;
            case 'promote':
                await this.promote(why);
                return decision;
            case 'rollback':
                await this.rollback(n, why, why);
                return decision;
        }
    }
    async promote(why) {
        let r;
        try {
            r = this.s.weight === 100 ? {} : await this.route(100);
        }
        catch (error) {
            return this.rollback(0, `promotion failed: ${(0,errors/* messageOf */.bD)(error)}`, `promotion failed: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        await this.record({
            step: 0,
            action: 'promote 100%',
            verdict: 'promoted',
            detail: [why, r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`]
                .filter(Boolean)
                .join('; '),
        }, { weight: 100, phase: 'promoted', reason: why });
    }
    async rollback(n, detail, reason) {
        // Traffic goes back to stable even when the store is down: this save may fail, the router call still runs
        // (and the save after it tells the store, or reports the failure).
        await this.recordBeforeRollback({ step: n, action: 'rollback', verdict: 'aborting', detail }, { phase: 'aborting', reason });
        let r;
        try {
            r = await this.route(0);
        }
        catch (error) {
            // Phase stays `aborting`: the next run tries the rollback again before anything else.
            await this.record({
                step: 0,
                action: 'canary 0%',
                verdict: 'rollback failed',
                detail: `${(0,errors/* messageOf */.bD)(error)}; run again to retry the rollback`,
            });
            return;
        }
        await this.record({
            step: 0,
            action: 'canary 0%',
            verdict: 'aborted',
            detail: r.servedMs === undefined
                ? 'traffic back on stable'
                : `traffic back on stable, served after ${Math.round(r.servedMs)} ms`,
        }, { weight: 0, phase: 'aborted' });
    }
    /** A requested abort: all traffic back to stable, whatever the phase. */
    async abort(why) {
        await this.rollback(0, why, why);
    }
}

;// CONCATENATED MODULE: ./src/domain/rollout.ts
/**
 * The rollout controller, run inside the CI job: it walks the steps from where the saved state says, saves the
 * state after every step (so a re-run never repeats a finished step and a paused rollout resumes in a later run),
 * and ends promoted (canary at 100), aborted (canary at 0) or paused (traffic left where it is).
 *
 * The state store can fail at any save. The router always goes first and is never skipped because a save failed:
 * a rollback moves traffic back to stable even when the store is down. When a save fails otherwise, the run
 * stops and puts traffic back to the weight of the last state the store accepted, so a re-run (store back)
 * continues from a state that says where traffic really is.
 *
 * This module is the step engine (which step runs next, what its result decides); the moves it makes (record and
 * save, route, pause, promote, roll back, settle after a failed save) are in transitions.ts, the state and the
 * engine's dependencies in rollout-state.ts, and how a result becomes a history row in history-rows.ts.
 */










class Engine extends Transitions {
    steps;
    analyses = [];
    darkLaunches = [];
    baselineCheck;
    constructor(s, steps, deps) {
        super(s, deps);
        this.steps = steps;
    }
    async run(resume) {
        // A run that ended mid-rollout (killed, or stopped by a failed save during a rollback) may have left traffic
        // elsewhere than its saved state says: the saved weight is applied again before the next step, as a
        // controller reconciles (idempotent when traffic is already there).
        if (this.s.phase === 'progressing' && this.s.next > 0 && this.s.weight > 0 && !(await this.reconcile()))
            return;
        if (this.s.phase === 'aborting')
            return this.rollback(0, 'completing an interrupted rollback', this.s.reason);
        if (this.s.phase === 'aborted' && resume) {
            // A deliberate retry of an aborted rollout (the cause was fixed): start over from the first step.
            await this.record({ step: 0, action: 'retry', verdict: 'continue', detail: `retrying after: ${this.s.reason}` }, { phase: 'progressing', reason: 'retried', next: 0 });
        }
        if (this.s.phase === 'paused') {
            if (!resume)
                return this.deps.log(`Rollout is paused (${this.s.reason}); run again with resume: true to continue.`);
            await this.record({ step: this.s.next, action: 'resume', verdict: 'continue', detail: `resumed after: ${this.s.reason}` }, { phase: 'progressing', reason: 'resumed' });
        }
        if (this.s.phase !== 'progressing')
            return this.deps.log(`Rollout already ${this.s.phase} (${this.s.reason}); nothing to do.`);
        await this.restoreBand();
        while (this.s.next < this.steps.length && this.s.phase === 'progressing') {
            const i = this.s.next;
            const decision = await this.runStep(this.steps[i], i + 1);
            if (this.s.phase === 'progressing' && this.tripped())
                return void (await this.trip(i + 1));
            if (decision === 'continue') {
                this.s = { ...this.s, next: i + 1, updatedAt: this.deps.now() };
                await this.persist();
            }
        }
        if (this.s.phase === 'progressing' && this.tripped())
            return this.trip(this.s.next);
        if (this.s.phase === 'progressing')
            await this.finish(decide({ kind: 'steps-done' }), 0, 'all steps passed');
    }
    never = new AbortController().signal;
    tripped() {
        return this.deps.breaker?.aborted === true;
    }
    /** The circuit breaker opened: roll back now, whatever the step was doing. */
    async trip(n) {
        await this.finish(decide({ kind: 'circuit-open' }), n, `circuit breaker opened: ${String(this.deps.breaker?.reason ?? 'tripped')}`);
    }
    /** Run one step; returns the decision (and has already acted on anything but `continue`). */
    async runStep(step, n) {
        this.deps.log(`Step ${n}/${this.steps.length}: ${describeStep(step)}`);
        switch (step.kind) {
            case 'setWeight':
                return this.applyWeight(step.weight, n);
            case 'pause':
                if (step.durationMs !== undefined) {
                    await this.deps.sleep(step.durationMs, this.deps.breaker ?? this.never);
                    return 'continue';
                }
                return this.finish(decide({ kind: 'manual-gate', approved: false }), n, 'manual gate');
            case 'analysis':
                return this.analyse(step, n);
            case 'darkLaunch':
                return this.darkLaunch(step, n);
            case 'baselineCheck':
                return this.checkBaseline(step, n);
        }
    }
    /** Measure the stable before any traffic moves: record its band, or refuse to start with nothing changed. */
    async checkBaseline(step, n) {
        if (!this.deps.baselineCheck)
            return this.refuse(step, n, 'the baseline check is not available in this run', undefined);
        const result = await this.deps.baselineCheck(step, this.deps.breaker ?? this.never);
        this.baselineCheck = result;
        const verdict = judgeBaseline(result, this.s.stable, this.deps.now());
        if (!verdict.ok)
            return this.refuse(step, n, verdict.reason, verdict.record, result);
        await this.record({
            step: n,
            action: describeStep(step),
            verdict: 'successful',
            detail: `normal band of ${this.s.stable}: ${verdict.detail}`,
            metrics: metricCells(result),
        }, { baseline: verdict.record });
        return 'continue';
    }
    /**
     * A run that continues past a passed baselineCheck without the band in its state (the Deployment state store keeps
     * no band) measures the stable again, so `band_*` conditions keep working. This never refuses or rolls back:
     * traffic has already moved; without a band those conditions are inconclusive.
     */
    async restoreBand() {
        const at = this.steps.findIndex((s) => s.kind === 'baselineCheck');
        if (at < 0 || this.s.next <= at || this.s.baseline || !this.deps.baselineCheck)
            return;
        const step = this.steps[at];
        const result = await this.deps.baselineCheck(step, this.deps.breaker ?? this.never);
        this.baselineCheck = result;
        const verdict = judgeBaseline(result, this.s.stable, this.deps.now());
        if (verdict.ok) {
            await this.record({
                step: at + 1,
                action: `${describeStep(step)} (again: no band in the saved state)`,
                verdict: 'successful',
                detail: `normal band of ${this.s.stable}: ${verdict.detail}`,
                metrics: metricCells(result),
            }, { baseline: verdict.record });
        }
        else {
            this.deps.log(`The stable's band could not be measured again (${verdict.reason}); conditions naming band_* are inconclusive in this run.`);
        }
    }
    /** Refuse to start: no router call, the canary stays at 0%, the reason says which metric and why. */
    async refuse(step, n, why, record, result) {
        const reason = `baseline check refused the start: ${why}`;
        await this.record({
            step: n,
            action: describeStep(step),
            verdict: 'refused',
            detail: why,
            ...(result ? { metrics: metricCells(result) } : {}),
        }, { phase: 'aborted', reason, ...(record ? { baseline: record } : {}) });
        return 'rollback';
    }
    async darkLaunch(step, n) {
        if (!this.deps.darkLaunch)
            return this.finish('rollback', n, `${describeStep(step)}: dark launch is not available in this run`);
        const result = await this.deps.darkLaunch(step, this.deps.breaker ?? this.never);
        this.darkLaunches.push(result);
        if (this.tripped()) {
            await this.recordBeforeRollback({
                step: n,
                action: describeStep(step),
                verdict: 'interrupted',
                detail: 'stopped by the circuit breaker',
            });
            return 'continue'; // run() sees the open breaker and rolls back
        }
        const phase = darkLaunchOutcome(result.verdict);
        const detail = darkLaunchDetail(result);
        const decision = decide({ kind: 'analysis', phase });
        const row = { step: n, action: describeStep(step), verdict: phase, detail };
        await (decision === 'rollback' ? this.recordBeforeRollback(row) : this.record(row));
        if (decision === 'continue')
            return decision;
        return this.finish(decision, n, `dark launch ${result.verdict}: ${detail}`);
    }
    async applyWeight(weight, n) {
        let r;
        try {
            r = await this.route(weight);
        }
        catch (error) {
            return this.finish(decide({ kind: 'router-error' }), n, `router could not apply ${weight}%: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        const served = r.servedMs === undefined ? '' : `served after ${Math.round(r.servedMs)} ms`;
        await this.record({
            step: n,
            action: `setWeight ${weight}%`,
            verdict: 'applied',
            detail: [served, r.detail].filter(Boolean).join('; '),
        }, { weight });
        return 'continue';
    }
    async analyse(step, n) {
        const result = await this.deps.analyse(step, this.deps.breaker ?? this.never, this.s.baseline);
        this.analyses.push(result);
        if (this.tripped()) {
            await this.recordBeforeRollback({
                step: n,
                action: describeStep(step),
                verdict: 'interrupted',
                detail: 'stopped by the circuit breaker',
            });
            return 'continue'; // run() sees the open breaker and rolls back
        }
        const decision = decide({ kind: 'analysis', phase: result.phase });
        const metrics = metricCells(result);
        const detail = analysisDetail(result);
        const row = { step: n, action: describeStep(step), verdict: result.phase, detail, metrics };
        await (decision === 'rollback' ? this.recordBeforeRollback(row) : this.record(row));
        if (decision === 'continue')
            return decision;
        return this.finish(decision, n, `${describeStep(step)} ${result.phase}: ${detail}`);
    }
}
/** Advance a rollout from `state` as far as the steps and the analysis allow. */
async function advance(state, steps, deps, opts) {
    const engine = new Engine(state, steps, deps);
    try {
        if (opts.abort !== undefined)
            await engine.abort(opts.abort);
        else
            await engine.run(opts.resume);
    }
    catch (error) {
        if (error instanceof StoreFailure)
            await engine.settle(error);
        throw error;
    }
    return {
        state: engine.state,
        analyses: engine.analyses,
        darkLaunches: engine.darkLaunches,
        ...(engine.baselineCheck ? { baselineCheck: engine.baselineCheck } : {}),
    };
}

;// CONCATENATED MODULE: ../../packages/core/src/charts.ts
/**
 * Mermaid xychart-beta charts of a value over time, drawn the way a reader expects: the x axis is proportional to
 * time (points are resampled on an even time grid, so a 5-minute pause looks 5 minutes long), the y axis is fitted
 * to the data or fixed (a weight is always 0-100), a flat zero line sits above the axis instead of on it, and the
 * line has a colour that reads on light and dark themes. Pure.
 */
/** GitHub's own blue and red (Primer): readable on the light and the dark theme. */
const COLOURS = { ok: '#0969da', bad: '#cf222e' };
const quote = (s) => `"${s.replace(/["\n\r]/g, "'")}"`;
const round = (n) => Number(n.toPrecision(4));
/** A y range that shows every value off the axes: 10% headroom, and a band around a flat series (all zeros too). */
function fitRange(values) {
    const finite = values.filter(Number.isFinite);
    if (!finite.length)
        return [0, 1];
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    const pad = hi === lo ? Math.max(Math.abs(hi) * 0.1, hi === 0 ? 1 : 0) : (hi - lo) * 0.1;
    return [round(lo - pad), round(hi + pad)];
}
/** The value at time `t`: the last point at or before it (`step`), or linear between its neighbours. */
function valueAt(points, t, step) {
    let i = 0;
    while (i + 1 < points.length && points[i + 1].at <= t)
        i++;
    const a = points[i];
    const b = points[i + 1];
    if (step || !b || b.at === a.at)
        return a.value;
    return a.value + ((b.value - a.value) * (t - a.at)) / (b.at - a.at);
}
/** A chart of `points` (sorted by time) against time since the first point; undefined when there is none. */
function timeChart(points, o) {
    const pts = points.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.at));
    const first = pts[0];
    if (!first)
        return undefined;
    const span = pts.at(-1).at - first.at;
    const minutes = span >= 120_000;
    const unit = minutes ? 60_000 : 1000;
    const [lo, hi] = o.range ?? fitRange(pts.map((p) => p.value));
    const head = [
        '---',
        'config:',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${COLOURS[o.tone ?? 'ok']}"`,
        '---',
        'xychart-beta',
        `  title ${quote(o.title)}`,
    ];
    const yAxis = `  y-axis ${quote(o.yLabel)} ${round(lo)} --> ${round(hi)}`;
    if (span <= 0)
        return [...head, `  x-axis [${quote('+0s')}]`, yAxis, `  bar [${round(first.value)}]`].join('\n');
    const n = Math.max(2, o.samples ?? 40);
    const values = Array.from({ length: n }, (_, i) => round(valueAt(pts, first.at + (span * i) / (n - 1), o.step ?? false)));
    return [
        ...head,
        `  x-axis ${quote(minutes ? 'minutes since start' : 'seconds since start')} 0 --> ${round(span / unit)}`,
        yAxis,
        `  line [${values.join(', ')}]`,
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

;// CONCATENATED MODULE: ./src/domain/report.ts
/**
 * Explaining every decision: the step table (time, weight, metric values against thresholds, verdict), mermaid
 * charts of the weight and of each metric over time, and the `analysis` output (every measurement and verdict).
 */


/** At most `max` evenly spaced items (first and last kept), so charts stay readable. */
function thin(items, max = 60) {
    if (items.length <= max)
        return [...items];
    return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}
/** Rows of one analysis kept in the summary (the `analysis` output keeps them all). */
const MAX_ROWS = 200;
function clock(at) {
    return new Date(at).toISOString().slice(11, 23);
}
function metricsCell(row) {
    if (!row.metrics?.length)
        return '';
    return row.metrics
        .map((m) => `${m.name}${m.dryRun ? ' (dry-run)' : ''}: ${m.value} [${m.condition}] → ${m.phase}`)
        .join('\n');
}
/** Did this rollout refuse to start (a baselineCheck found the stable outside its thresholds or without data)? */
function refused(state) {
    return state.phase === 'aborted' && state.history.at(-1)?.verdict === 'refused';
}
const finite = (v) => (Number.isFinite(v) ? Number(v.toPrecision(6)) : null);
/** The `baseline` output: the stable's normal band per metric, as recorded (empty object without a baselineCheck). */
function baselineOutput(state) {
    const b = state.baseline;
    if (!b)
        return {};
    const metrics = Object.fromEntries(Object.entries(b.metrics).map(([name, band]) => [
        name,
        {
            samples: band.samples,
            mean: finite(band.mean),
            p50: finite(band.p50),
            p95: finite(band.p95),
            min: finite(band.min),
            max: finite(band.max),
        },
    ]));
    return { stable: b.stable, measuredAt: new Date(b.at).toISOString(), metrics };
}
function baselineTable(state) {
    const b = state.baseline;
    if (!b)
        return undefined;
    const cell = (v) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '—');
    const rows = Object.entries(b.metrics).map(([name, band]) => [
        name,
        band.samples,
        cell(band.mean),
        cell(band.p50),
        cell(band.p95),
        cell(band.min),
        cell(band.max),
    ]);
    return new Summary()
        .heading(`Baseline: normal band of stable \`${b.stable}\` before any traffic moved`, 3)
        .table(['Metric', 'Samples', 'Mean', 'p50', 'p95', 'Min', 'Max'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r'])
        .paragraph('Conditions can name this band: `band_mean`, `band_p50`, `band_p95`, `band_min`, `band_max` (e.g. `result <= max(0.01, band_p95 * 1.5)`).');
}
/** The `analysis` output: the decision, the steps, and every measurement of this run. */
function analysisOutput(state, analyses, darkLaunches = []) {
    return {
        ...(darkLaunches.length ? { darkLaunches: darkLaunches.map(darkLaunchOutput) } : {}),
        phase: state.phase,
        weight: state.weight,
        reason: state.reason,
        ...(state.baseline ? { baseline: baselineOutput(state) } : {}),
        steps: state.history.map((h) => ({
            at: new Date(h.at).toISOString(),
            step: h.step,
            action: h.action,
            weight: h.weight,
            verdict: h.verdict,
            detail: h.detail,
        })),
        analyses: analyses.map((a) => ({
            phase: a.phase,
            startedAt: new Date(a.startedAt).toISOString(),
            durationMs: a.finishedAt - a.startedAt,
            metrics: a.metrics.map((m) => ({
                name: m.name,
                phase: m.phase,
                dryRun: m.dryRun,
                condition: m.condition,
                message: m.message,
                counters: m.counters,
                measurements: m.measurements.map((x) => ({
                    at: new Date(x.at).toISOString(),
                    outcome: x.outcome,
                    value: x.value,
                    reason: x.reason,
                    ...(x.pValue === undefined ? {} : { pValue: x.pValue, meanRatio: x.meanRatio, baseline: x.baseline }),
                })),
            })),
        })),
    };
}
/** The canary's weight over time, on the one 0-100 axis every rollout summary shows (held between steps). */
function weightChart(state) {
    return timeChart(state.history.map((r) => ({ at: r.at, value: r.weight })), { title: `Canary weight (%) — ${state.canary}`, yLabel: 'weight %', range: [0, 100], step: true });
}
function metricCharts(analyses) {
    const series = new Map();
    for (const a of analyses) {
        for (const m of a.metrics) {
            const s = series.get(m.name) ?? { points: [], failed: false };
            if (m.phase === 'failed' || m.phase === 'error')
                s.failed = true;
            for (const x of m.measurements) {
                const v = Array.isArray(x.value) ? x.value[0] : x.value;
                if (typeof v === 'number' && Number.isFinite(v))
                    s.points.push({ at: x.at, value: v });
            }
            series.set(m.name, s);
        }
    }
    // Every metric with a value is charted, the one that failed (in red) even with a single measurement.
    return [...series].flatMap(([name, s]) => {
        const chart = timeChart(s.points, {
            title: `${name} over time${s.failed ? ' (failed)' : ''}`,
            yLabel: name,
            tone: s.failed ? 'bad' : 'ok',
        });
        return chart ? [chart] : [];
    });
}
const REFUSED = '🛑 refused to start: no traffic moved';
const VERB = {
    promoted: '✅ promoted to 100%',
    aborted: '⛔ aborted: all traffic back on stable',
    aborting: '⚠️ rollback interrupted',
    paused: '⏸️ paused: traffic left where it is',
    progressing: '▶️ progressing',
};
/** The job summary for a run. */
function buildSummary(state, analyses, ctx, darkLaunches = []) {
    const s = new Summary()
        .heading(`staged-rollout: ${state.canary} — ${refused(state) ? REFUSED : VERB[state.phase]}`)
        .paragraph(`**Strategy** ${state.strategy} · **stable** \`${state.stable}\` · **canary** \`${state.canary}\` at **${state.weight}%** · **router** ${ctx.router} · **state** ${ctx.where}`)
        .paragraph(`**Why:** ${literalValues(state.reason.split('\n')[0] ?? '')}`);
    // A multi-line reason (several metrics failing, a router error with its output) keeps its lines.
    if (state.reason.includes('\n'))
        s.code(state.reason.split('\n').slice(1).join('\n'), 'text');
    const bt = baselineTable(state);
    if (bt)
        s.raw(bt.toString());
    if (state.phase === 'paused')
        s.paragraph('Run the workflow again with `resume: true` to continue, or `abort: true` to send all traffic back to stable.');
    s.heading('Steps', 3).table(['Time (UTC)', 'Step', 'Action', 'Weight', 'Metrics: value [threshold] → verdict', 'Verdict', 'Detail'], state.history.map((h) => [
        clock(h.at),
        h.step || '',
        h.action,
        `${h.weight}%`,
        metricsCell(h),
        h.verdict,
        literalValues(h.detail),
    ]), ['l', 'r', 'l', 'r', 'l', 'l', 'l']);
    if (darkLaunches.length)
        s.raw(darkLaunchSummary(darkLaunches).toString());
    const wc = weightChart(state);
    if (wc)
        s.mermaid(wc);
    for (const chart of metricCharts(analyses))
        s.mermaid(chart);
    for (const a of analyses) {
        const rows = a.metrics.flatMap((m) => m.measurements.map((x) => [
            clock(x.at),
            m.name,
            Array.isArray(x.value) ? x.value.join(', ') : x.value === null ? 'no data' : String(x.value),
            x.outcome,
            x.reason,
        ]));
        const note = rows.length > MAX_ROWS
            ? `\n\nThe first ${MAX_ROWS} of ${rows.length} measurements; the \`analysis\` output has them all.`
            : '';
        const body = new Summary().table(['Time', 'Metric', 'Value', 'Outcome', 'Reason'], rows.slice(0, MAX_ROWS)).toString() + note;
        s.details(`Analysis at ${clock(a.startedAt)}: ${a.phase} (${formatDuration(a.finishedAt - a.startedAt)}, ${rows.length} measurements)`, body);
    }
    return s;
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
            throw new InputError(name, v, `is not a whole number ${rangeText(min, max)}`);
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
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../../packages/core/src/files.ts
/**
 * The atomic write every package shares (temp file beside the target, fsync, rename). Node built-ins only, none
 * loaded for nothing at start-up; also reached through the `@shipline/core/files` entry, so @shipline/flags (and
 * the OpenFeature provider's bundle, for apps on any Node from 20) takes it without the rest of core.
 */



/** Temp names: unique in this process by the counter, across processes by the pid (and created exclusively). */
let written = 0;
/**
 * Replace `path` with `data` so readers see the old or the new file, never a partial one: the temp file is created
 * exclusively (`O_EXCL`, `O_NOFOLLOW`: a file or symlink already there is refused), written, chmod-ed, fsync-ed and
 * renamed over the target. On any failure the temp file is removed and the error (with its `code`) is rethrown.
 */
async function writeAtomic(path, data, opts = {}) {
    const mode = opts.mode ?? 0o644;
    const tmp = opts.temp ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}-${Date.now().toString(36)}-${++written}.tmp`);
    const handle = await (0,promises_namespaceObject.open)(tmp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, mode);
    try {
        await handle.writeFile(data);
        await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,promises_namespaceObject.rm)(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(tmp, { force: true });
        throw error;
    }
}
/** The file's text, or undefined when it does not exist. */
async function readTextIfExists(path) {
    try {
        return await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

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
        return await (0,promises_namespaceObject.realpath)(path);
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
    const st = await (0,promises_namespaceObject.lstat)(here).catch(() => undefined);
    if (st?.isSymbolicLink())
        return realPathOf((0,external_node_path_.resolve)(realParent, await (0,promises_namespaceObject.readlink)(here)), hops + 1);
    return here;
}
async function realRoots(roots) {
    return Promise.all(roots.map(async (r) => ({ label: r.label, path: await (0,promises_namespaceObject.realpath)(r.path).catch(() => (0,external_node_path_.resolve)(r.path)) })));
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
    const where = await (0,promises_namespaceObject.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
    if (where !== undefined && where.startsWith('/') && !roots.some((r) => isInside(r.path, where))) {
        throw new errors/* InputError */.dz(input, value, `was swapped for a path outside the allowed roots while opening (${where}); give a path inside ${rootsText(roots)}`);
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
        handle = await (0,promises_namespaceObject.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz(input, value, 'names a file that does not exist', {
                hint: 'Check the path; relative paths start at the workspace.',
                cause: error,
            });
        if (code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, 'is a symlink; give the path of the file itself', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new errors/* InputError */.dz(input, value, `is ${kindOf(st)}, not a regular file`);
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
            throw new errors/* InputError */.dz(input, value, `is ${f.size} bytes; at most ${max} are accepted`);
        const data = await f.handle.readFile();
        if (data.length > max)
            throw new errors/* InputError */.dz(input, value, `is over ${max} bytes; at most ${max} are accepted`);
        return { path: f.path, real: f.real, data };
    }
    finally {
        await f.handle.close();
    }
}
/** Like {@link readContained}, but a file that does not exist (yet) reads as undefined. */
async function readContainedIfExists(input, value, opts = {}) {
    const c = await resolveContained(input, value, opts);
    const there = await (0,promises_namespaceObject.lstat)(c.real).then(() => true, () => false);
    return there ? (await readContained(input, value, opts)).data : undefined;
}
/** The temp name a write to `real` uses: fixed, so a killed run leaves at most one, which the next run removes. */
function tempNameOf(real) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(real), `.${(0,external_node_path_.basename)(real)}.shipline-tmp`);
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
    const target = await (0,promises_namespaceObject.lstat)(c.path).catch(() => undefined);
    if (target?.isSymbolicLink()) {
        throw new errors/* InputError */.dz(input, value, `is a symlink (to ${await (0,promises_namespaceObject.readlink)(c.path).catch(() => '?')}); refusing to write through it: make it a regular file or give another path`);
    }
    let mode;
    const existing = await (0,promises_namespaceObject.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        if (error.code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, 'is a symlink; refusing to write through it', { cause: error });
        throw fsProblem(input, value, error) ?? error;
    });
    if (existing) {
        try {
            const st = await existing.stat();
            if (!st.isFile())
                throw new errors/* InputError */.dz(input, value, `is ${kindOf(st)}; refusing to replace it with a file`);
            mode = st.mode & 0o777;
            await checkOpened(input, value, existing, roots);
            opts.replaces?.(await existing.readFile(), c.real);
        }
        finally {
            await existing.close();
        }
    }
    const tmp = tempNameOf(c.real);
    if ((await (0,promises_namespaceObject.lstat)(tmp).catch(() => undefined))?.isSymbolicLink())
        throw new errors/* InputError */.dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    return { ...c, ...(mode === undefined ? {} : { mode }) };
}
async function writeContained(input, value, data, opts = {}) {
    const { mode: existingMode, ...c } = await checkWritable(input, value, opts);
    const mode = existingMode ?? opts.mode ?? 0o644;
    const tmp = tempNameOf(c.real);
    const stale = await (0,promises_namespaceObject.lstat)(tmp).catch(() => undefined);
    if (stale?.isSymbolicLink())
        throw new errors/* InputError */.dz(input, value, `has a symlink at its temp name ${tmp}; refusing to write through it: remove it`);
    if (stale?.isFile())
        await (0,promises_namespaceObject.rm)(tmp, { force: true }); // left by a killed run
    try {
        await writeAtomic(c.real, data, { temp: tmp, mode });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST' || code === 'ELOOP')
            throw new errors/* InputError */.dz(input, value, `has something at its temp name ${tmp} that is not a file this action left; remove it`, { cause: error });
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz(input, value, `is in a directory that does not exist (${(0,external_node_path_.dirname)(c.real)})`, { cause: error });
        throw fsProblem(input, value, error) ?? error;
    }
    return c;
}

;// CONCATENATED MODULE: ./src/domain/haproxy-weights.ts
/**
 * The HAProxy router's arithmetic, pure: the server weights for a canary share, the order of the runtime API
 * commands (never a moment with every server at weight 0), and parsing what `get weight` answers.
 */
/** HAProxy server weights go from 0 to 256; a version's share of 100% is spread as 0..200 over its servers. */
const SCALE = 2;
/** Backend and server names as HAProxy accepts them; nothing else reaches the runtime API's command line. */
const HAPROXY_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
/** Each server's weight for a canary share of `canaryPercent`: a version's share split evenly over its servers. */
function serverWeights(canaryPercent, servers) {
    const spread = (share, list) => list.map((server) => ({ server, weight: share === 0 ? 0 : Math.max(1, Math.round((share * SCALE) / list.length)) }));
    return [...spread(100 - canaryPercent, servers.stable), ...spread(canaryPercent, servers.canary)];
}
/**
 * The changes to make, raises first: while the split moves, the servers gaining weight already have it before the
 * others lose theirs, so HAProxy never sees a backend where every server is at 0 (which would answer 503).
 */
function changeOrder(current, target) {
    const changes = target.filter((t) => current.get(t.server) !== t.weight);
    const up = changes.filter((t) => t.weight > (current.get(t.server) ?? 0));
    const down = changes.filter((t) => t.weight <= (current.get(t.server) ?? 0));
    return [...up, ...down];
}
/** `get weight b/s` answers `20 (initial 100)`; anything else is HAProxy's error text. */
function parseGetWeight(answer) {
    const m = /^(\d+) \(initial (\d+)\)\s*$/.exec(answer.trim());
    return m ? { current: Number(m[1]), initial: Number(m[2]) } : undefined;
}
/** The split in words for the step table: `blue-1=180 green-1=20`. */
function describeWeights(weights) {
    return weights.map((w) => `${w.server}=${w.weight}`).join(' ');
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

// EXTERNAL MODULE: ../../node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(6841);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
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
const OPERATORS = {
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
    const test = typeof operator === 'string' && Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined;
    if (!test) {
        warnings.push(`sem_ver: unknown operator ${JSON.stringify(operator)} (accepted: ${Object.keys(OPERATORS).join(' ')})`);
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
const FLAGD_SCHEMA = 'https://flagd.dev/schema/v0/flags.json';
/** A flag file that does not follow flagd's format. `problems` lists every issue with its JSON path. */
class FlagFileError extends Error {
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
        throw new FlagFileError(['the top level must be an object with a "flags" object'], source);
    if (!isObject(value.flags))
        throw new FlagFileError(['"flags" must be an object mapping flag keys to definitions'], source);
    const problems = Object.entries(value.flags).flatMap(([key, flag]) => key === '' ? ['flags: a flag key must not be empty'] : flagProblems(key, flag));
    if (value.$evaluators !== undefined && !isObject(value.$evaluators))
        problems.push('$evaluators must be an object mapping names to JsonLogic rules');
    if (problems.length > 0)
        throw new FlagFileError(problems, source);
    return value;
}
/** Parse flag-file text (JSON). Throws {@link FlagFileError} for bad JSON or a bad format. */
function parseFlagFileText(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new FlagFileError([`not JSON: ${error.message}`], source);
    }
    return flag_file_parseFlagFile(value, source);
}
/** The JSON text to write for a flag file (2-space indented, trailing newline, stable key order as given). */
function formatFlagFile(file) {
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
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
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
    return flag_file_parseFlagFile(next);
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














;// CONCATENATED MODULE: ./src/domain/expr-tokens.ts
/**
 * The tokenizer of the condition language (expr.ts): numbers, names (`and`/`or`/`not` become operators) and
 * operators, each with its character position for error messages. Pure.
 */
/** A compile error (with the character position) or a type error during evaluation. */
class ExprError extends Error {
    position;
    constructor(message, position) {
        super(position === undefined ? message : `${message} at position ${position + 1}`);
        this.position = position;
        this.name = 'ExprError';
    }
}
function tokenize(text) {
    const toks = [];
    const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|==|!=|&&|\|\||[-+*/<>!(),[\]]))/y;
    let pos = 0;
    while (pos < text.length) {
        if (/^\s*$/.test(text.slice(pos)))
            break;
        re.lastIndex = pos;
        const m = re.exec(text);
        if (!m) {
            const at = pos + (text.slice(pos).length - text.slice(pos).trimStart().length);
            throw new ExprError(`unexpected character '${text[at]}'`, at);
        }
        const start = re.lastIndex - m[0].trimStart().length;
        if (m[1] !== undefined)
            toks.push({ kind: 'num', value: Number(m[1]), pos: start });
        else if (m[2] !== undefined)
            toks.push(wordToken(m[2], start));
        else
            toks.push({ kind: 'op', value: m[3], pos: start });
        pos = re.lastIndex;
    }
    return toks;
}
function wordToken(word, pos) {
    const ops = { and: '&&', or: '||', not: '!' };
    return ops[word] ? { kind: 'op', value: ops[word], pos } : { kind: 'name', value: word, pos };
}

;// CONCATENATED MODULE: ./src/domain/expr-evaluate.ts
/**
 * The evaluator of the condition language (expr.ts): a plain interpreter over the parser's AST, with type errors
 * (a list where a number is needed, a `band_*` name with no band recorded) thrown as {@link ExprError}. Pure.
 */

function describe(v) {
    return v === null
        ? 'no data (null)'
        : Array.isArray(v)
            ? `a list of ${v.length}`
            : typeof v === 'boolean'
                ? `boolean ${v}`
                : String(v);
}
function expr_evaluate_num(v, what) {
    if (typeof v === 'number')
        return v;
    if (Array.isArray(v) && v.length === 1)
        return v[0];
    throw new ExprError(`${what} needs a number but got ${describe(v)}${Array.isArray(v) ? ' (use result[0], len(), min() or max())' : ''}`);
}
function bool(v, what) {
    if (typeof v === 'boolean')
        return v;
    throw new ExprError(`${what} needs true/false but got ${describe(v)}`);
}
function expr_evaluate_evaluate(node, env) {
    switch (node.t) {
        case 'num':
        case 'bool':
            return node.v;
        case 'result':
            return env.result;
        case 'band':
            if (!env.band)
                throw new ExprError(`band_${node.stat}: no baseline band was recorded for this metric (a baselineCheck step measures it)`);
            return env.band[node.stat];
        case 'index': {
            const target = expr_evaluate_evaluate(node.target, env);
            if (!Array.isArray(target))
                return node.index === 0 && typeof target === 'number' ? target : null;
            return target[node.index] ?? null;
        }
        case 'unary':
            return node.op === '-' ? -expr_evaluate_num(expr_evaluate_evaluate(node.arg, env), "'-'") : !bool(expr_evaluate_evaluate(node.arg, env), "'not'");
        case 'call':
            return call(node.fn, node.args.map((a) => expr_evaluate_evaluate(a, env)));
        case 'bin':
            return binary(node, env);
    }
}
function binary(node, env) {
    const { op } = node;
    if (op === '&&')
        return bool(expr_evaluate_evaluate(node.left, env), "'and'") && bool(expr_evaluate_evaluate(node.right, env), "'and'");
    if (op === '||')
        return bool(expr_evaluate_evaluate(node.left, env), "'or'") || bool(expr_evaluate_evaluate(node.right, env), "'or'");
    const l = expr_evaluate_evaluate(node.left, env);
    const r = expr_evaluate_evaluate(node.right, env);
    if ((op === '==' || op === '!=') && typeof l === 'boolean' && typeof r === 'boolean')
        return op === '==' ? l === r : l !== r;
    const a = expr_evaluate_num(l, `'${op}'`);
    const b = expr_evaluate_num(r, `'${op}'`);
    switch (op) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            return a / b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
        case '==':
            return a === b;
        case '!=':
            return a !== b;
    }
}
function call(fn, args) {
    const [x, y] = args;
    switch (fn) {
        case 'isNaN':
            return Array.isArray(x) ? x.length > 0 && x.every(Number.isNaN) : typeof x === 'number' && Number.isNaN(x);
        case 'isInf':
            return typeof x === 'number' && !Number.isNaN(x) && !Number.isFinite(x);
        case 'len':
            return x === null ? 0 : Array.isArray(x) ? x.length : 1;
        case 'default':
            return x === null || (typeof x === 'number' && Number.isNaN(x)) || (Array.isArray(x) && x.length === 0) ? y : x;
        case 'abs':
            return Math.abs(expr_evaluate_num(x, "'abs'"));
        case 'min':
        case 'max': {
            const all = args.flatMap((a) => (Array.isArray(a) ? a : [expr_evaluate_num(a, `'${fn}'`)]));
            if (all.length === 0)
                return null;
            return fn === 'min' ? Math.min(...all) : Math.max(...all);
        }
    }
}

;// CONCATENATED MODULE: ./src/domain/expr-parser.ts
/**
 * The parser of the condition language (expr.ts): a recursive-descent parser from tokens to an AST, which refuses
 * unknown names, wrong arities and nesting beyond a fixed depth. Pure.
 */

const FUNCTIONS = { isNaN: 1, isInf: 1, len: 1, default: 2, abs: 1, min: -1, max: -1 };
/** The statistics of the stable's normal band a condition can name as `band_<stat>`. */
const BAND_STATS = ['mean', 'p50', 'p95', 'min', 'max'];
/** The names a condition may use, for error messages. */
const KNOWN_NAMES = ['result', 'true', 'false', ...Object.keys(FUNCTIONS), ...BAND_STATS.map((s) => `band_${s}`)];
const MAX_DEPTH = 40;
class Parser {
    toks;
    end;
    i = 0;
    depth = 0;
    constructor(toks, end) {
        this.toks = toks;
        this.end = end;
    }
    parse() {
        if (this.toks.length === 0)
            throw new ExprError('empty expression');
        const node = this.or();
        const extra = this.toks[this.i];
        if (extra)
            throw new ExprError(`unexpected '${extra.value}'`, extra.pos);
        return node;
    }
    peek(value) {
        const t = this.toks[this.i];
        return t !== undefined && t.kind === 'op' && t.value === value;
    }
    take(value) {
        const t = this.toks[this.i];
        if (!this.peek(value))
            throw new ExprError(t ? `expected '${value}' but found '${t.value}'` : `expected '${value}' at the end`, t?.pos ?? this.end);
        this.i++;
    }
    binary(ops, next) {
        let left = next();
        for (;;) {
            const op = ops.find((o) => this.peek(o));
            if (!op)
                return left;
            this.i++;
            left = { t: 'bin', op: op, left, right: next() };
        }
    }
    or = () => this.nested(() => this.binary(['||'], this.and));
    and = () => this.binary(['&&'], this.not);
    not = () => {
        if (!this.peek('!'))
            return this.compare();
        this.i++;
        return this.nested(() => ({ t: 'unary', op: '!', arg: this.not() }));
    };
    compare = () => {
        const left = this.additive();
        const op = ['<=', '>=', '==', '!=', '<', '>'].find((o) => this.peek(o));
        if (!op)
            return left;
        this.i++;
        return { t: 'bin', op: op, left, right: this.additive() };
    };
    additive = () => this.binary(['+', '-'], this.multiplicative);
    multiplicative = () => this.binary(['*', '/'], this.unary);
    unary = () => {
        if (!this.peek('-'))
            return this.postfix();
        this.i++;
        return this.nested(() => ({ t: 'unary', op: '-', arg: this.unary() }));
    };
    postfix() {
        let node = this.primary();
        while (this.peek('[')) {
            this.i++;
            const t = this.toks[this.i];
            if (!t || t.kind !== 'num' || !Number.isInteger(t.value))
                throw new ExprError('an index must be a whole number', t?.pos ?? this.end);
            this.i++;
            this.take(']');
            node = { t: 'index', target: node, index: t.value };
        }
        return node;
    }
    primary() {
        const t = this.toks[this.i];
        if (!t)
            throw new ExprError('unexpected end of expression', this.end);
        this.i++;
        if (t.kind === 'num')
            return { t: 'num', v: t.value };
        if (t.kind === 'op') {
            if (t.value !== '(')
                throw new ExprError(`unexpected '${t.value}'`, t.pos);
            const inner = this.or();
            this.take(')');
            return inner;
        }
        return this.name(t);
    }
    name(t) {
        if (t.value === 'result')
            return { t: 'result' };
        if (t.value === 'true' || t.value === 'false')
            return { t: 'bool', v: t.value === 'true' };
        const stat = t.value.startsWith('band_') ? t.value.slice(5) : '';
        if (BAND_STATS.includes(stat))
            return { t: 'band', stat: stat };
        if (!Object.hasOwn(FUNCTIONS, t.value))
            throw new ExprError(`unknown name '${t.value}' (known: ${KNOWN_NAMES.join(', ')})`, t.pos);
        const fn = t.value;
        if (!this.peek('('))
            throw new ExprError(`'${fn}' is a function: call it as ${fn}(...)`, t.pos);
        this.take('(');
        const args = [];
        if (!this.peek(')')) {
            args.push(this.or());
            while (this.peek(',')) {
                this.i++;
                args.push(this.or());
            }
        }
        this.take(')');
        const arity = FUNCTIONS[fn];
        if ((arity >= 0 && args.length !== arity) || (arity < 0 && args.length === 0)) {
            throw new ExprError(`'${fn}' takes ${arity < 0 ? 'one or more arguments' : `${arity} argument${arity === 1 ? '' : 's'}`}, got ${args.length}`, t.pos);
        }
        return { t: 'call', fn, args };
    }
    nested(fn) {
        if (++this.depth > MAX_DEPTH)
            throw new ExprError(`expression nested deeper than ${MAX_DEPTH} levels`);
        try {
            return fn();
        }
        finally {
            this.depth--;
        }
    }
}

;// CONCATENATED MODULE: ./src/domain/expr.ts
/**
 * A small, safe expression language for metric conditions (`result < 0.01`, `isNaN(result) || result >= 0.95`).
 * Tokenizer (expr-tokens.ts) → recursive-descent parser (expr-parser.ts) → an AST evaluated by a plain interpreter
 * (expr-evaluate.ts); this module compiles and is the one others import. There is no `eval`, no `Function`, no
 * property access and no names except `result`, `true`, `false`, the stable's recorded band (`band_mean`,
 * `band_p50`, `band_p95`, `band_min`, `band_max`, from a `baselineCheck` step) and a fixed set of functions, so
 * an unknown name is refused when the expression is compiled (at input-validation time), not mid-rollout.
 */





const MAX_LENGTH = 1000;
/** Compile an expression, or throw an {@link ExprError} naming what is wrong and where. */
function compile(source) {
    if (source.length > MAX_LENGTH)
        throw new ExprError(`expression longer than ${MAX_LENGTH} characters`);
    const ast = new Parser(tokenize(source), source.length).parse();
    const called = new Set();
    let usesBand = false;
    walk(ast, (n) => {
        if (n.t === 'call')
            called.add(n.fn);
        if (n.t === 'band')
            usesBand = true;
    });
    return { source, evaluate: (result, band) => expr_evaluate_evaluate(ast, { result, band }), uses: (fn) => called.has(fn), usesBand };
}
function walk(node, visit) {
    visit(node);
    if (node.t === 'call')
        node.args.forEach((a) => walk(a, visit));
    else if (node.t === 'index')
        walk(node.target, visit);
    else if (node.t === 'unary')
        walk(node.arg, visit);
    else if (node.t === 'bin') {
        walk(node.left, visit);
        walk(node.right, visit);
    }
}

;// CONCATENATED MODULE: ./src/domain/jsonpath.ts
/**
 * A small JSONPath subset for the HTTP metrics provider: `$`, `.name`, `['name']`, `[0]` and `[*]`
 * (e.g. `$.data.errorRate`, `$.series[0].value`, `$.pods[*].latency`). Compiled once, applied to parsed JSON.
 */
/** Compile a path, or throw an Error saying what part is not understood. */
function compilePath(source) {
    const s = source.trim();
    if (!s.startsWith('$'))
        throw new Error("must start with '$' (e.g. '$.data.value')");
    const segs = [];
    const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\*\]|\.\*|\['([^']*)'\]|\["([^"]*)"\]/y;
    let pos = 1;
    while (pos < s.length) {
        re.lastIndex = pos;
        const m = re.exec(s);
        if (!m)
            throw new Error(`is not understood from '${s.slice(pos)}' (supported: .name, ['name'], [0], [*])`);
        if (m[1] !== undefined)
            segs.push({ kind: 'key', key: m[1] });
        else if (m[2] !== undefined)
            segs.push({ kind: 'index', index: Number(m[2]) });
        else if (m[3] !== undefined || m[4] !== undefined)
            segs.push({ kind: 'key', key: (m[3] ?? m[4]) });
        else
            segs.push({ kind: 'all' });
        pos = re.lastIndex;
    }
    return {
        source: s,
        select: (doc) => segs.reduce((nodes, seg) => nodes.flatMap((n) => step(n, seg)), [doc]),
    };
}
function step(node, seg) {
    if (node === null || typeof node !== 'object')
        return [];
    if (seg.kind === 'all')
        return Array.isArray(node) ? node : Object.values(node);
    if (seg.kind === 'index')
        return Array.isArray(node) && seg.index < node.length ? [node[seg.index]] : [];
    if (Array.isArray(node) || !Object.hasOwn(node, seg.key))
        return [];
    return [node[seg.key]];
}

;// CONCATENATED MODULE: ./src/domain/template.ts
/**
 * Query templates: `{{ canary }}`, `{{ baseline }}`, `{{ interval }}` and, in a `compare` metric, `{{ target }}`
 * (the version being measured: the canary, then the baseline). Unknown names are refused when the metric is read.
 */
const VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}/g;
/** The names a template uses, in order of appearance. */
function templateNames(text) {
    return [...text.matchAll(VAR)].map((m) => m[1]);
}
/** The names in `text` that are not in `allowed`. */
function unknownTemplateNames(text, allowed) {
    return templateNames(text).filter((n) => !allowed.includes(n));
}
/** Fill in a template; `encode` escapes each value for where it lands (e.g. encodeURIComponent in a URL). */
function template_render(text, vars, encode = (v) => v) {
    return text.replace(VAR, (whole, name) => {
        const v = vars[name];
        return v === undefined ? whole : encode(v);
    });
}
/** Milliseconds as a Prometheus duration: whole seconds as `30s`, otherwise `250ms`. */
function promDuration(ms) {
    const r = Math.max(1, Math.round(ms));
    return r % 1000 === 0 ? `${r / 1000}s` : `${r}ms`;
}

;// CONCATENATED MODULE: ./src/domain/metrics.ts
/**
 * The `metrics` input: a YAML list of metric specs, checked completely before anything is touched. Every error
 * names the metric, the key, the value and what is accepted.
 */




const metrics_KEYS = [
    'name',
    'provider',
    'success-condition',
    'failure-condition',
    'interval',
    'count',
    'failure-limit',
    'inconclusive-limit',
    'consecutive-error-limit',
    'min-samples',
    'dry-run',
    'compare',
];
const metrics_EXAMPLE = "- name: error-rate\n  provider: {prometheus: {address: 'http://127.0.0.1:9090', query: '...'}}\n  success-condition: result < 0.01";
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function metrics_show(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
}
/** Parse and validate the metric list; `input` is the input's name for errors (`metrics` or `preview-checks`). */
function parseMetrics(raw, input = 'metrics') {
    if (!Array.isArray(raw))
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not a YAML list of metrics, e.g.\n${metrics_EXAMPLE}`);
    const seen = new Set();
    return raw.map((item, i) => {
        if (!isObj(item))
            throw new errors/* InputError */.dz(input, metrics_show(item), `item ${i + 1} is not a mapping with name, provider and conditions`);
        const spec = parseMetric(item, input);
        if (seen.has(spec.name))
            throw new errors/* InputError */.dz(input, spec.name, 'is used as a metric name twice; names must be unique');
        seen.add(spec.name);
        return spec;
    });
}
function parseMetric(item, input) {
    const name = item.name;
    if (typeof name !== 'string' || !/^[A-Za-z0-9][\w.-]{0,62}$/.test(name)) {
        throw new errors/* InputError */.dz(input, metrics_show(name ?? ''), 'is not a metric name (letters, digits, _ . -; up to 63 characters)');
    }
    const where = `of metric '${name}'`;
    const unknown = Object.keys(item).filter((k) => !metrics_KEYS.includes(k));
    if (unknown.length)
        throw new errors/* InputError */.dz(input, unknown.join(', '), `${unknown.length > 1 ? 'are not keys' : 'is not a key'} ${where}; known keys: ${metrics_KEYS.join(', ')}`);
    const compare = item.compare === undefined ? undefined : parseCompare(item.compare, input, where);
    const templateNames = compare ? ['canary', 'baseline', 'interval', 'target'] : ['canary', 'baseline', 'interval'];
    const spec = {
        name,
        provider: parseProvider(item.provider, input, where, templateNames),
        success: condition(item['success-condition'], input, `success-condition ${where}`),
        failure: condition(item['failure-condition'], input, `failure-condition ${where}`),
        intervalMs: duration(item.interval, 30_000, input, `interval ${where}`),
        count: whole(item.count, 1, 1, 10_000, input, `count ${where}`),
        failureLimit: whole(item['failure-limit'], 0, -1, 10_000, input, `failure-limit ${where}`),
        inconclusiveLimit: whole(item['inconclusive-limit'], 0, -1, 10_000, input, `inconclusive-limit ${where}`),
        consecutiveErrorLimit: whole(item['consecutive-error-limit'], 4, 0, 100, input, `consecutive-error-limit ${where}`),
        minSamples: whole(item['min-samples'], compare ? 3 : 1, 1, 10_000, input, `min-samples ${where}`),
        dryRun: flag(item['dry-run'], input, `dry-run ${where}`),
        compare,
    };
    if (compare && (spec.success || spec.failure)) {
        throw new errors/* InputError */.dz(input, name, 'has both compare and a condition; a compare metric is judged by the test, not by conditions');
    }
    return spec;
}
/** Parse a `provider` mapping (prometheus or http); `names` are the template variables it may use. */
function parseProvider(raw, input, where, names) {
    const accepted = `is not a provider ${where}: use {prometheus: {address, query}} or {http: {url, json-path}}`;
    if (!isObj(raw) || Object.keys(raw).length !== 1)
        throw new errors/* InputError */.dz(input, metrics_show(raw ?? ''), accepted);
    const { prometheus, http } = raw;
    if (isObj(prometheus)) {
        const address = metrics_url(prometheus.address, input, `prometheus address ${where}`);
        const query = metrics_text(prometheus.query, input, `prometheus query ${where}`);
        checkTemplate(query, names, input, `prometheus query ${where}`);
        return {
            kind: 'prometheus',
            address: address.replace(/\/+$/, ''),
            query,
            headers: headersOf(prometheus.headers, input, `prometheus headers ${where}`),
        };
    }
    if (isObj(http)) {
        const target = metrics_text(http.url, input, `http url ${where}`);
        checkTemplate(target, names, input, `http url ${where}`);
        metrics_url(target.replace(/\{\{[^}]*\}\}/g, 'x'), input, `http url ${where}`);
        const pathText = metrics_text(http['json-path'], input, `http json-path ${where}`);
        let jsonPath;
        try {
            jsonPath = compilePath(pathText);
        }
        catch (error) {
            throw new errors/* InputError */.dz(input, pathText, `(json-path ${where}) ${error.message}`, { cause: error });
        }
        return { kind: 'http', url: target, jsonPath, headers: headersOf(http.headers, input, `http headers ${where}`) };
    }
    throw new errors/* InputError */.dz(input, metrics_show(raw), accepted);
}
function headersOf(raw, input, what) {
    const headers = raw ?? {};
    if (!isObj(headers) ||
        Object.entries(headers).some(([k, v]) => typeof v !== 'string' || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(k))) {
        throw new errors/* InputError */.dz(input, metrics_show(headers), `is not a mapping of header names to strings (${what})`);
    }
    return headers;
}
function parseCompare(raw, input, where) {
    const c = raw === null || raw === true ? {} : raw;
    if (!isObj(c))
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not a compare mapping ${where} (direction, effect-size, confidence)`);
    const direction = c.direction ?? 'increase';
    if (direction !== 'increase' && direction !== 'decrease' && direction !== 'either') {
        throw new errors/* InputError */.dz(input, metrics_show(direction), `is not a compare direction ${where}: use increase, decrease or either`);
    }
    const effectSize = c['effect-size'] ?? 1.1;
    if (typeof effectSize !== 'number' || !(effectSize >= 1) || effectSize > 100) {
        throw new errors/* InputError */.dz(input, metrics_show(effectSize), `is not an effect-size ${where}: a ratio from 1 (any change) to 100, e.g. 1.2 for 20%`);
    }
    const confidence = c.confidence ?? 0.95;
    if (typeof confidence !== 'number' || !(confidence >= 0.5 && confidence <= 0.999)) {
        throw new errors/* InputError */.dz(input, metrics_show(confidence), `is not a confidence ${where}: a number from 0.5 to 0.999`);
    }
    return { direction, effectSize, confidence };
}
function condition(raw, input, what) {
    if (raw === undefined || raw === null || raw === '')
        return undefined;
    if (typeof raw !== 'string')
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not an expression (${what})`);
    try {
        return compile(raw);
    }
    catch (error) {
        if (error instanceof ExprError)
            throw new errors/* InputError */.dz(input, raw, `is not a valid ${what}: ${error.message}`, { cause: error });
        throw error;
    }
}
function checkTemplate(value, names, input, what) {
    const bad = unknownTemplateNames(value, names);
    if (bad.length)
        throw new errors/* InputError */.dz(input, `{{ ${bad[0]} }}`, `is not a template variable (${what}); known: ${names.map((n) => `{{ ${n} }}`).join(', ')}`);
}
function metrics_text(raw, input, what) {
    if (typeof raw !== 'string' || raw.trim() === '')
        throw new errors/* InputError */.dz(input, metrics_show(raw ?? ''), `is not a non-empty string (${what})`);
    return raw;
}
function metrics_url(raw, input, what) {
    const s = metrics_text(raw, input, what);
    if (!/^https?:\/\/[^\s/]+/.test(s))
        throw new errors/* InputError */.dz(input, s, `is not an http(s) URL (${what})`);
    return s;
}
function duration(raw, fallback, input, what) {
    if (raw === undefined || raw === null)
        return fallback;
    const ms = durationValue(raw);
    if (ms === undefined || !(ms >= 10) || ms > 6 * 3_600_000)
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not a duration from 10ms to 6h, e.g. '30s' (${what})`);
    return ms;
}
function whole(raw, fallback, min, max, input, what) {
    if (raw === undefined || raw === null)
        return fallback;
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not a whole number from ${min} to ${max} (${what})`);
    }
    return raw;
}
function flag(raw, input, what) {
    if (raw === undefined || raw === null)
        return false;
    if (typeof raw !== 'boolean')
        throw new errors/* InputError */.dz(input, metrics_show(raw), `is not true or false (${what})`);
    return raw;
}

;// CONCATENATED MODULE: ./src/domain/breaker.ts
/**
 * The circuit-breaker gate: while the rollout runs, poll the canary's request and error counts (and optionally a
 * latency percentile) every `interval`, judge the window with @shipline/flags' `judgeWindow` (minimum volume, error
 * rate, latency pN), and trip at once — mid-step, mid-interval — when it says so. Too little traffic is never a
 * trip; a metrics error is logged and the next poll tried (analysis steps own error handling).
 */



const breaker_KEYS = ['interval', 'min-requests', 'error-rate-percent', 'latency', 'requests', 'errors', 'latency-ms'];
const INPUT = 'circuit-breaker';
function asSpec(name, raw, intervalMs) {
    const provider = parseProvider(raw, INPUT, `(${name})`, ['canary', 'baseline', 'interval']);
    return {
        name: `circuit-breaker.${name}`,
        provider,
        success: undefined,
        failure: undefined,
        intervalMs,
        count: 1,
        failureLimit: 0,
        inconclusiveLimit: 0,
        consecutiveErrorLimit: 0,
        minSamples: 1,
        dryRun: false,
        compare: undefined,
    };
}
function breaker_num(raw, what, min, max, fallback) {
    if (raw === undefined)
        return fallback;
    if (typeof raw !== 'number' || !(raw >= min && raw <= max))
        throw new errors/* InputError */.dz(INPUT, JSON.stringify(raw), `is not a number from ${min} to ${max} (${what})`);
    return raw;
}
/** Parse the `circuit-breaker` input (a mapping), or return undefined when it is empty. */
function parseBreaker(raw) {
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new errors/* InputError */.dz(INPUT, JSON.stringify(raw), 'is not a mapping with requests, errors and thresholds');
    const o = raw;
    const unknown = Object.keys(o).filter((k) => !breaker_KEYS.includes(k));
    if (unknown.length)
        throw new errors/* InputError */.dz(INPUT, unknown.join(', '), `is not a key of the circuit breaker; known keys: ${breaker_KEYS.join(', ')}`);
    const intervalMs = o.interval === undefined ? 1000 : durationValue(o.interval);
    if (intervalMs === undefined || intervalMs < 10 || intervalMs > 600_000)
        throw new errors/* InputError */.dz(INPUT, String(o.interval), "is not an interval from 10ms to 10m, e.g. '1s'");
    if (o.requests === undefined || o.errors === undefined)
        throw new errors/* InputError */.dz(INPUT, JSON.stringify(raw), 'needs both requests and errors providers (counts over a recent window)');
    const thresholds = {
        minimumRequests: breaker_num(o['min-requests'], 'min-requests', 1, 1e9, 20),
        errorRatePercent: breaker_num(o['error-rate-percent'], 'error-rate-percent', 0.01, 100, 50),
    };
    let latencyMs;
    if (o.latency !== undefined || o['latency-ms'] !== undefined) {
        const l = (o.latency ?? {});
        if (o['latency-ms'] === undefined)
            throw new errors/* InputError */.dz(INPUT, JSON.stringify(o.latency), 'sets a latency threshold but no latency-ms provider');
        thresholds.latency = {
            percentile: breaker_num(l.percentile, 'latency.percentile', 1, 100, 99),
            thresholdMs: breaker_num(l['threshold-ms'], 'latency.threshold-ms', 0, 3_600_000, Number.NaN),
        };
        if (Number.isNaN(thresholds.latency.thresholdMs))
            throw new errors/* InputError */.dz(INPUT, JSON.stringify(o.latency), 'needs latency.threshold-ms');
        latencyMs = asSpec('latency-ms', o['latency-ms'], intervalMs);
    }
    return {
        intervalMs,
        thresholds,
        requests: asSpec('requests', o.requests, intervalMs),
        errors: asSpec('errors', o.errors, intervalMs),
        latencyMs,
    };
}
function total(r) {
    if (r.kind === 'no-data')
        return undefined;
    const values = r.values.filter((v) => !Number.isNaN(v));
    return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
}
/** One poll: the numbers and the judgement (no data counts as zero requests: insufficient volume, never a trip). */
async function pollBreaker(spec, query) {
    const [requests, errors, latency] = await Promise.all([
        query(spec.requests, 'canary'),
        query(spec.errors, 'canary'),
        spec.latencyMs ? query(spec.latencyMs, 'canary') : undefined,
    ]);
    return judgeWindow({ requests: total(requests) ?? 0, failures: total(errors) ?? 0, latencyMs: latency ? total(latency) : undefined }, spec.thresholds);
}
/** Poll until the breaker trips (resolves with the judgement) or `stop` aborts (resolves undefined). Bounded by `maxPolls`. */
async function watchBreaker(spec, deps, stop, maxPolls = 100_000) {
    for (let i = 0; i < maxPolls && !stop.aborted; i++) {
        try {
            const j = await pollBreaker(spec, deps.query);
            if (j.trip)
                return j;
        }
        catch (error) {
            deps.log(`circuit breaker: metrics error, trying again next poll: ${error.message}`);
        }
        await deps.sleep(spec.intervalMs, stop);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/dark-launch.ts
/**
 * The dark-launch step's I/O: start the shadow proxy in-process on the runner, keep it up for the step's duration
 * (or until the circuit breaker aborts), always close it, then judge its report. The shadow package (node:http) is
 * loaded lazily, only by runs that have a darkLaunch step.
 */


const loadShadow = () => __nccwpck_require__.e(/* import() */ 207).then(__nccwpck_require__.bind(__nccwpck_require__, 2207));
/**
 * Check every dark-launch step with the proxy's own option validation (its typed options, as the step will start it
 * with), so a value it refuses (an ignore path it cannot parse, …) stops the run before anything changes, as an
 * error naming the `steps` input.
 */
async function checkDarkLaunchSteps(steps) {
    const dark = steps
        .map((s, i) => ({ s, n: i + 1 }))
        .filter((x) => x.s.kind === 'darkLaunch');
    if (dark.length === 0)
        return;
    const shadow = await loadShadow();
    for (const { s, n } of dark) {
        try {
            shadow.resolveOptions(shadowConfig(s.spec));
        }
        catch (error) {
            if (!(error instanceof shadow.ShadowOptionsError))
                throw error;
            throw new errors/* InputError */.dz('steps', `darkLaunch (step ${n})`, `is refused by the shadow proxy: ${error.message}`);
        }
    }
}
/** Resolve after `ms`, or early when the signal aborts. */
function wait(ms, signal) {
    return new Promise((ok) => {
        if (signal.aborted)
            return ok();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            ok();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}
/** Run one dark launch: the proxy is closed on every path (finally); a proxy that cannot start is an `error` verdict. */
async function runDarkLaunch(spec, signal, now = Date.now) {
    const shadow = await loadShadow();
    const startedAt = now();
    let proxy;
    try {
        proxy = await shadow.startShadowProxy(shadow.resolveOptions(shadowConfig(spec)));
    }
    catch (error) {
        const zero = { requests: 0, mirrored: 0, compared: 0, differed: 0, dropped: 0, darkErrors: 0, diffRate: 0 };
        return {
            verdict: 'error',
            reason: `the shadow proxy could not start on ${spec.listen}: ${(0,errors/* messageOf */.bD)(error)}`,
            startedAt,
            finishedAt: now(),
            listen: spec.listen,
            counts: zero,
            samples: [],
        };
    }
    try {
        (0,runner/* info */.pq)(`  shadow proxy on ${proxy.url} (admin ${proxy.adminUrl}: /metrics, /report): production ${spec.production}, dark ${spec.dark}, for ${Math.round(spec.durationMs / 1000)}s`);
        await wait(spec.durationMs, signal);
    }
    finally {
        await proxy.close();
    }
    const report = proxy.stats.report();
    const judged = shadow.judgeShadowReport(report, { maxDiffRate: spec.maxDiffRate, minCompared: spec.minCompared });
    (0,runner/* info */.pq)(`  dark launch ${judged.verdict}: ${judged.reason}`);
    return {
        verdict: judged.verdict,
        reason: judged.reason,
        startedAt,
        finishedAt: now(),
        listen: proxy.url,
        counts: {
            requests: report.requests,
            mirrored: report.mirrored,
            compared: report.compared,
            differed: report.differed,
            dropped: report.skipped.queue_full,
            darkErrors: report.darkErrors.timeout + report.darkErrors.error,
            diffRate: judged.diffRate,
        },
        samples: report.samples.map((x) => ({
            method: x.method,
            path: x.path,
            kinds: x.kinds,
            differences: x.differences,
        })),
    };
}

;// CONCATENATED MODULE: ./src/adapters/inputs.ts
/**
 * Read and check every input before anything is touched: a bad step, router, weight, metric or expression stops
 * the run with an error naming the input, the value and what is accepted, and traffic stays as it is.
 */









const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const ADDRESS = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}$|^unix:\/[^\s;{}'"]+$/;
/** A command as a YAML/JSON list of strings (argv, never a shell string). */
async function readArgv(name, fallback) {
    const list = (await readObject(name, { array: true, example: '["nginx", "-s", "reload"]' })) ?? fallback;
    if (!list || list.length === 0 || list.some((a) => typeof a !== 'string' || a === '')) {
        throw new errors/* InputError */.dz(name, JSON.stringify(list), 'is not a command as a list of non-empty strings (argv, no shell), e.g. ["nginx", "-s", "reload"]');
    }
    return list;
}
async function backends(stable, canary, kind = 'address') {
    const example = kind === 'haproxy'
        ? '{blue: [blue-1, blue-2], green: green-1}'
        : '{blue: "127.0.0.1:8081", green: ["127.0.0.1:8082"]}';
    const raw = await readObject('backends', { required: true, example });
    const out = {};
    for (const name of [stable, canary]) {
        const v = raw?.[name];
        const list = typeof v === 'string' ? [v] : Array.isArray(v) ? v : undefined;
        const what = kind === 'haproxy' ? 'the names of its servers in haproxy-backend' : 'host:port or a list of them';
        if (!list || list.length === 0)
            throw new errors/* InputError */.dz('backends', JSON.stringify(raw), `has no servers for '${name}'; map each of stable and canary to ${what}`);
        for (const a of list) {
            if (kind === 'haproxy' && (typeof a !== 'string' || !HAPROXY_NAME.test(a)))
                throw new errors/* InputError */.dz('backends', String(a), `is not an HAProxy server name for '${name}' (letters, digits, _ . : -; up to 64)`);
            if (kind === 'address' && (typeof a !== 'string' || !ADDRESS.test(a)))
                throw new errors/* InputError */.dz('backends', String(a), `is not a server address for '${name}' (host:port, [ipv6]:port or unix:/path)`);
        }
        out[name] = list;
    }
    return out;
}
function sticky() {
    const v = readString('sticky', {
        pattern: /^(header|cookie):[A-Za-z0-9_-]{1,64}$/,
        accepted: "is not a sticky key: use 'header:<name>' or 'cookie:<name>' (letters, digits, _ -)",
    });
    if (!v)
        return undefined;
    const [kind, name] = v.split(':');
    return { kind, name };
}
async function nginxConfig(stable, canary) {
    const probeUrl = readString('probe-url', { pattern: /^https?:\/\/\S+$/, accepted: 'is not an http(s) URL' });
    if (probeUrl)
        maskUrl(probeUrl);
    return {
        upstream: readString('nginx-upstream', {
            fallback: 'shipline',
            pattern: /^[a-z_][a-z0-9_]{0,40}$/,
            accepted: 'is not an nginx upstream name (lower-case letters, digits, _)',
        }),
        backends: await backends(stable, canary),
        sticky: sticky(),
        testCommand: await readArgv('test-command', ['nginx', '-t']),
        reloadCommand: await readArgv('reload-command', ['nginx', '-s', 'reload']),
        probeUrl,
        versionHeader: readString('version-header', {
            fallback: 'x-version',
            pattern: /^[A-Za-z0-9-]{1,64}$/,
            accepted: 'is not a header name',
        }),
        probeTimeoutMs: readDuration('probe-timeout', { fallback: 10_000, max: 300_000 }),
    };
}
async function haproxyConfig(stable, canary) {
    const backend = readString('haproxy-backend', {
        fallback: 'shipline',
        pattern: HAPROXY_NAME,
        accepted: 'is not an HAProxy backend name (letters, digits, _ . : -; up to 64)',
    });
    const servers = await backends(stable, canary, 'haproxy');
    const both = servers[stable].filter((s) => servers[canary].includes(s));
    if (both.length)
        throw new errors/* InputError */.dz('backends', both.join(', '), `is listed for both '${stable}' and '${canary}'; each server serves one version`);
    return { backend, servers };
}
async function plan(strategy, metrics, previewChecks) {
    const rawSteps = await readObject('steps', {
        array: true,
        example: '[{setWeight: 10}, {analysis: {}}, {pause: {}}]',
    });
    if (strategy !== 'blue-green') {
        if (previewChecks.length)
            throw new errors/* InputError */.dz('preview-checks', `${previewChecks.length} check(s)`, "is only used by strategy 'blue-green'");
        return parseSteps(rawSteps ?? [], metrics.map((m) => m.name));
    }
    if (rawSteps)
        throw new errors/* InputError */.dz('steps', JSON.stringify(rawSteps), "is only used by strategy 'canary'; blue-green runs preview-checks, switches, then runs metrics");
    const scaleDownDelayMs = readDuration('scale-down-delay', { fallback: 0, max: 6 * 3_600_000 });
    return blueGreenSteps({
        hasPreviewChecks: previewChecks.length > 0,
        hasMetrics: metrics.length > 0,
        scaleDownDelayMs,
    });
}
/**
 * The file and flag routers write only inside the workspace or RUNNER_TEMP (checked on the real path, symlinks
 * resolved, a symlink at the file refused), unless `router-config-outside-workspace: true` says the file lives
 * elsewhere (a load balancer's weights file, a flag file flagd watches outside the checkout).
 */
async function fileRouterRoots(router, configPath, env) {
    const outside = readBoolean('router-config-outside-workspace', false);
    if (outside)
        return [{ label: 'anywhere (router-config-outside-workspace: true)', path: '/' }];
    const roots = allowedRoots(env);
    if (router === 'file' || router === 'flag') {
        await checkWritable('router-config', configPath, {
            roots,
            outsideHint: "For a file outside the checkout (a load balancer's weights file, a flag file), set router-config-outside-workspace: true.",
        });
    }
    return roots;
}
/** `stable` and `canary`: two different version names. */
function readVersions() {
    const stable = requireString('stable', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' });
    const canary = requireString('canary', { pattern: NAME, accepted: 'is not a version name (letters, digits, _ . -)' });
    if (stable === canary)
        throw new errors/* InputError */.dz('canary', canary, 'is the same as stable; the canary must be a different version');
    return { stable, canary };
}
/** `metrics` and `preview-checks`, with their header values and URL credentials masked. */
async function readMetricSets() {
    const metrics = parseMetrics((await readObject('metrics', { array: true })) ?? [], 'metrics');
    const previewChecks = parseMetrics((await readObject('preview-checks', { array: true })) ?? [], 'preview-checks');
    // Header values (Authorization, API keys) are secrets, whole and without their scheme; so are URL credentials.
    for (const m of [...metrics, ...previewChecks]) {
        Object.values(m.provider.headers).forEach(maskHeader);
        maskUrl(m.provider.kind === 'prometheus' ? m.provider.address : m.provider.url);
    }
    return { metrics, previewChecks };
}
/** `on-rollback` (a command) and `on-rollback-timeout` (at least 1s). */
async function readOnRollback() {
    const onRollback = readString('on-rollback') ? await readArgv('on-rollback', undefined) : undefined;
    const onRollbackTimeoutMs = readDuration('on-rollback-timeout', { fallback: 120_000, max: 3_600_000 });
    if (!(onRollbackTimeoutMs >= 1000))
        throw new errors/* InputError */.dz('on-rollback-timeout', readString('on-rollback-timeout') ?? '', 'is shorter than the minimum of 1s');
    return { onRollback, onRollbackTimeoutMs };
}
/** Read every input; throws an InputError on the first bad one. */
async function readConfig(env = process.env) {
    const strategy = readEnum('strategy', ['canary', 'blue-green', 'flag'], 'canary');
    const routerInput = readEnum('router', ['nginx', 'file', 'haproxy'], 'file');
    const router = strategy === 'flag' ? 'flag' : routerInput;
    const flagKey = strategy === 'flag'
        ? requireString('flag-key', {
            pattern: /^[A-Za-z0-9][\w.:-]{0,127}$/,
            accepted: 'is not a flag key (letters, digits, _ . : -)',
        })
        : undefined;
    const { stable, canary } = readVersions();
    const configPath = requireString('router-config');
    const routerConfig = (0,external_node_path_.isAbsolute)(configPath) ? configPath : (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd(), configPath);
    const routerRoots = await fileRouterRoots(router, configPath, env);
    const { metrics, previewChecks } = await readMetricSets();
    const steps = await plan(strategy, metrics, previewChecks);
    await checkDarkLaunchSteps(steps);
    checkBaselinePlan(steps, metrics);
    const nginx = router === 'nginx' ? await nginxConfig(stable, canary) : undefined;
    const haproxy = router === 'haproxy' ? await haproxyConfig(stable, canary) : undefined;
    const resume = readBoolean('resume', false);
    const abort = readBoolean('abort', false);
    const onInconclusive = readEnum('on-inconclusive', ['pause', 'fail'], 'pause');
    const environment = readString('environment', {
        fallback: 'production',
        pattern: /^[^\s].{0,254}$/,
        accepted: 'is not an environment name',
    });
    const token = readString('token', { fallback: '' });
    const { onRollback, onRollbackTimeoutMs } = await readOnRollback();
    const breaker = parseBreaker(await readObject('circuit-breaker', { example: '{requests: {...}, errors: {...}, error-rate-percent: 5}' }));
    const key = fingerprint({ strategy, stable, canary, router, routerConfig, flagKey, steps });
    return {
        strategy,
        steps,
        stable,
        canary,
        router,
        routerConfig,
        routerRoots,
        flagKey,
        onRollback,
        onRollbackTimeoutMs,
        breaker,
        nginx,
        haproxy,
        metrics,
        previewChecks,
        resume,
        abort,
        onInconclusive,
        environment,
        token,
        key,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/lock.ts
/**
 * One run at a time per rollout: a lock directory beside `router-config`, created with mkdir (atomic: exactly one
 * creator wins, unlike check-then-write). The owner (pid, host, start, run URL) is written inside. A lock whose
 * owner is gone — same host and its pid no longer alive, or older than the TTL — is taken over, so a killed run
 * never blocks the next one.
 */




/** Longer than any run can take (a job is limited to 6 h on hosted runners, pauses to 6 h). */
const TTL_MS = 12 * 3_600_000;
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function owner(dir) {
    try {
        return JSON.parse(await (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(dir, 'owner.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function stale(o, now) {
    if (!o)
        return true; // created but never written: its creator died between mkdir and write
    if (now - o.startedAt > TTL_MS)
        return true;
    return o.host === (0,external_node_os_.hostname)() && o.pid !== process.pid && !alive(o.pid);
}
/** Take the lock for `routerConfig`; resolves with its release function, or throws a UserError naming the holder. */
async function acquireLock(routerConfig, run) {
    const dir = `${routerConfig}.shipline-lock`;
    const me = { pid: process.pid, host: (0,external_node_os_.hostname)(), startedAt: Date.now(), run };
    for (let attempt = 0; attempt < 3; attempt++) {
        try {
            await (0,promises_namespaceObject.mkdir)(dir);
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_.join)(dir, 'owner.json'), JSON.stringify(me));
            return () => (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw new errors/* UserError */.yo(`Could not create the rollout lock ${dir}: ${error.message}`, { cause: error });
            const o = await owner(dir);
            if (!stale(o, Date.now())) {
                const who = o
                    ? `pid ${o.pid} on ${o.host} since ${new Date(o.startedAt).toISOString()}${o.run ? ` (${o.run})` : ''}`
                    : 'another run';
                throw new errors/* UserError */.yo(`Another staged-rollout run holds the lock for ${routerConfig}: ${who}`, {
                    hint: `Give the workflow a concurrency group so runs of one rollout queue up; if that run is gone, delete ${dir}.`,
                });
            }
            await new Promise((ok) => setTimeout(ok, 20 * (attempt + 1)));
            if (!stale(await owner(dir), Date.now()))
                continue; // someone else just took it over: check again
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        }
    }
    throw new errors/* UserError */.yo(`Could not take the rollout lock ${dir} after 3 attempts`, {
        hint: 'Another run keeps taking it; use a concurrency group.',
    });
}

;// CONCATENATED MODULE: ../../packages/core/src/github.ts
/**
 * The GitHub client: @octokit/rest with retry and throttling, base URL from GITHUB_API_URL (so GitHub Enterprise
 * Server works), the token masked, and a user agent naming the suite. Loaded lazily by callers that need it
 * (`await createGitHubClient(...)`), so actions that never talk to GitHub do not pay for octokit at start-up.
 */


const SUITE_VERSION = '0.1.0';
/** Resolve the REST API base URL for this runner. */
function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/** `owner/repo` of the workflow run, from GITHUB_REPOSITORY. */
function currentRepo(env = process.env) {
    const full = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = full.split('/');
    if (!owner || !repo)
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
            hint: 'Run inside GitHub Actions or set GITHUB_REPOSITORY.',
        });
    return { owner, repo };
}
/** True for http(s)://127.x.x.x, localhost and [::1] API URLs. */
function isLoopbackUrl(url) {
    try {
        const host = new URL(url).hostname;
        return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
    }
    catch {
        return false;
    }
}
/** A stand-in for plugin-throttling's per-route Bottleneck groups that runs jobs at once (no pacing). */
const UNPACED = {
    key: () => ({
        schedule: (_options, job, ...args) => job(...args),
    }),
};
async function createGitHubClient(options) {
    if (!options.token) {
        throw new errors/* UserError */.yo('No GitHub token was given', {
            hint: "Set the 'token' input (it defaults to ${{ github.token }}).",
        });
    }
    runner/* setSecret */.Pq(options.token);
    const [{ Octokit }, { retry }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 760).then(__nccwpck_require__.bind(__nccwpck_require__, 760)),
        Promise.all(/* import() */[__nccwpck_require__.e(503), __nccwpck_require__.e(491)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4491)),
        Promise.all(/* import() */[__nccwpck_require__.e(503), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2812)),
    ]);
    const retries = options.retries ?? 3;
    const baseUrl = options.baseUrl ?? apiBaseUrl();
    const pacing = options.pacing ?? !isLoopbackUrl(baseUrl);
    const Client = Octokit.plugin(retry, throttling);
    // Octokit logs every failed request at error level, including ones the retry plugin then retries: as plain log
    // lines they inform; as error annotations they would flag a job that succeeded. Failures that stick are thrown
    // and reported once by run(). Successful requests (info) go to the debug log.
    const log = options.log ?? {
        debug: runner/* debug */.Yz,
        info: runner/* debug */.Yz,
        warn: runner/* warning */.$e,
        error: (m) => runner/* info */.pq(`GitHub API: ${m}`),
    };
    return new Client({
        auth: options.token,
        baseUrl,
        userAgent: `shipline/${SUITE_VERSION}${options.action ? ` (${options.action})` : ''}`,
        log,
        // 403 is not retried here: a secondary rate limit (a 403 too) is retried by the throttling plugin, and any
        // other 403 (missing permission) will not change by asking again. (`request.retries` would force retries on
        // every status, doNotRetry or not: plugin-retry reads it per request.)
        retry: { retries, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        throttle: {
            // The plugin only calls `.key(id).schedule(options, job)` on these groups (wrap-request.js).
            ...(pacing ? {} : { write: UNPACED, notifications: UNPACED }),
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                runner/* warning */.$e(`GitHub rate limit hit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                runner/* warning */.$e(`GitHub secondary rate limit for ${opts.method} ${opts.url}; retrying in ${retryAfter}s (try ${retryCount + 1} of ${retries})`);
                return retryCount < retries;
            },
        },
    });
}

;// CONCATENATED MODULE: ./src/domain/mann-whitney.ts
/** Average ranks (1-based) of the values, ties sharing the mean of their positions; also the tie term Σ(t³−t). */
function ranks(values) {
    const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
    const out = new Array(values.length);
    let tieTerm = 0;
    for (let start = 0; start < order.length;) {
        let end = start;
        while (end + 1 < order.length && order[end + 1].v === order[start].v)
            end++;
        const avg = (start + end) / 2 + 1;
        for (let k = start; k <= end; k++)
            out[order[k].i] = avg;
        const t = end - start + 1;
        tieTerm += t * t * t - t;
        start = end + 1;
    }
    return { ranks: out, tieTerm };
}
/** Two-sided Mann-Whitney U test of x against y. */
function mannWhitney(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('mannWhitney needs two non-empty samples');
    const { ranks: r, tieTerm } = ranks([...x, ...y]);
    const r1 = r.slice(0, n1).reduce((a, b) => a + b, 0);
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, z: 0, pValue: 1 };
    const d = u - mu;
    const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
    return { u, z, pValue: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}
/**
 * The complementary error function, from a Chebyshev fit (fractional error below 1.2e-7 everywhere), enough for
 * p-values compared with thresholds such as 0.05 or 0.01.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const poly = -z * z -
        1.26551223 +
        t *
            (1.00002368 +
                t *
                    (0.37409196 +
                        t *
                            (0.09678418 +
                                t *
                                    (-0.18628806 +
                                        t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    const r = t * Math.exp(poly);
    return x >= 0 ? r : 2 - r;
}
function mean(xs) {
    return xs.reduce((a, b) => a + b, 0) / xs.length;
}
function ratio(a, b) {
    if (b === 0)
        return a === 0 ? 1 : Infinity;
    return a / b;
}
/** Judge canary samples against baseline samples from the same window (NaN already removed by the caller). */
function judgeCompare(canary, baseline, spec) {
    const test = mannWhitney(canary, baseline);
    const canaryMean = mean(canary);
    const baselineMean = mean(baseline);
    const meanRatio = ratio(canaryMean, baselineMean);
    const alpha = 1 - spec.confidence;
    const significant = test.pValue < alpha;
    const higherWorse = spec.direction !== 'decrease' && canaryMean > baselineMean && meanRatio >= spec.effectSize;
    const lowerWorse = spec.direction !== 'increase' && canaryMean < baselineMean && ratio(baselineMean, canaryMean) >= spec.effectSize;
    const failed = significant && (higherWorse || lowerWorse);
    const p = test.pValue.toPrecision(3);
    const r = Number.isFinite(meanRatio) ? meanRatio.toFixed(3) : '∞';
    let reason;
    if (failed)
        reason = `canary ${higherWorse ? 'higher' : 'lower'} than baseline: p=${p} < ${alpha.toFixed(3)}, mean ratio ${r} beyond ${spec.effectSize}`;
    else if (significant)
        reason = `significant (p=${p}) but within the effect size (mean ratio ${r}, gate ${spec.effectSize}) or in the harmless direction`;
    else
        reason = `no significant difference (p=${p}, mean ratio ${r})`;
    return {
        outcome: failed ? 'failed' : 'successful',
        pValue: test.pValue,
        meanRatio,
        canaryMean,
        baselineMean,
        canaryN: canary.length,
        baselineN: baseline.length,
        reason,
    };
}

;// CONCATENATED MODULE: ./src/domain/analysis.ts
/**
 * Analysis: Argo Rollouts' semantics, with the no-data pains fixed. Each measurement is one of four outcomes:
 * successful, failed, inconclusive (no data, too few samples, neither condition true) or error (the provider or the
 * condition could not produce a verdict). No data never fails and never passes: it is re-queried, then counted as
 * inconclusive. Errors are retried with backoff and only end the metric past `consecutive-error-limit`.
 * Clock and sleep are injected, so tests run instantly.
 */

/** Outcomes from best to worst: a run takes the worst phase among its (non-dry-run) metrics. */
const SEVERITY = ['successful', 'inconclusive', 'error', 'failed'];
/** Re-queries of a provider with no data before the measurement is inconclusive. */
const NO_DATA_REQUERIES = 2;
/**
 * A metric's phase from its counters. Limits are "more than" (Argo): failure-limit 0 fails on the first failed
 * measurement; a negative limit disables that check. A finished metric with fewer than `min-samples` data points
 * is inconclusive, never successful.
 */
function assessMetric(c, limits) {
    if (limits.failureLimit >= 0 && c.failed > limits.failureLimit)
        return 'failed';
    if (c.consecutiveErrors > limits.consecutiveErrorLimit)
        return 'error';
    if (limits.inconclusiveLimit >= 0 && c.inconclusive > limits.inconclusiveLimit)
        return 'inconclusive';
    if (c.measured < limits.count)
        return 'running';
    return c.samples < limits.minSamples ? 'inconclusive' : 'successful';
}
/**
 * Map a measured value to an outcome with the metric's conditions (Argo's table, spelled out):
 * no conditions → successful; only a success condition → failed when it is false; only a failure condition →
 * successful when it is false; failure true → failed; success true → successful; neither → inconclusive.
 */
function evaluateValue(spec, value, band) {
    const check = (which) => {
        const expr = spec[which];
        if (!expr)
            return undefined;
        const v = expr.evaluate(value, band);
        if (typeof v !== 'boolean')
            throw new Error(`${which}-condition '${expr.source}' gave ${JSON.stringify(v)}, not true/false`);
        return v;
    };
    let success;
    let failure;
    if (!band && (spec.success?.usesBand || spec.failure?.usesBand)) {
        // e.g. a later run resumed from a Deployment state, which keeps no band: never a verdict without it
        return {
            outcome: 'inconclusive',
            reason: 'no baseline band recorded for this metric in this run (band_* in the condition)',
        };
    }
    try {
        success = check('success');
        failure = check('failure');
    }
    catch (error) {
        return { outcome: 'error', reason: `condition could not be evaluated: ${error.message}` };
    }
    if (success === undefined && failure === undefined)
        return { outcome: 'successful', reason: 'no conditions' };
    if (failure === undefined)
        failure = !success;
    if (success === undefined)
        success = !failure;
    if (failure)
        return {
            outcome: 'failed',
            reason: `failure: ${spec.failure ? `'${spec.failure.source}' is true` : `'${spec.success?.source}' is false`}`,
        };
    if (success)
        return {
            outcome: 'successful',
            reason: spec.success ? `'${spec.success.source}' is true` : `'${spec.failure?.source}' is false`,
        };
    return { outcome: 'inconclusive', reason: 'neither condition is true' };
}
/** Provider data counts as "no data" when empty, or all NaN and the conditions do not handle NaN with isNaN(). */
function isNoData(spec, r) {
    if (r.kind === 'no-data')
        return r.detail ?? 'no data';
    if (r.values.length === 0)
        return 'no data';
    const handlesNaN = spec.success?.uses('isNaN') || spec.failure?.uses('isNaN');
    if (!handlesNaN && r.values.every(Number.isNaN))
        return 'NaN (no events in the window?)';
    return undefined;
}
async function queryWithRequery(spec, deps, signal) {
    const delay = Math.min(5_000, Math.max(20, spec.intervalMs / 4));
    for (let requeries = 0;; requeries++) {
        const r = await deps.query(spec, 'canary');
        const noData = isNoData(spec, r);
        if (!noData)
            return { values: r.values, requeries };
        if (requeries >= NO_DATA_REQUERIES || signal.aborted)
            return { noData, requeries };
        await deps.sleep(delay, signal);
    }
}
async function measureThreshold(spec, deps, signal) {
    let got;
    try {
        got = await queryWithRequery(spec, deps, signal);
    }
    catch (error) {
        return { outcome: 'error', value: null, reason: error.message, counted: true, requeries: 0 };
    }
    if (!got.values) {
        return {
            outcome: 'inconclusive',
            value: null,
            reason: `${got.noData} after ${got.requeries + 1} queries`,
            counted: true,
            requeries: got.requeries,
        };
    }
    const value = got.values.length === 1 ? got.values[0] : got.values;
    return { ...evaluateValue(spec, value, deps.band?.(spec.name)), value, counted: true, requeries: got.requeries };
}
/** A compare metric keeps pools of samples across its measurements and judges once both reach min-samples. */
async function measureCompare(spec, pools, last, deps) {
    try {
        for (const target of ['canary', 'baseline']) {
            const r = await deps.query(spec, target);
            if (r.kind === 'data')
                pools[target].push(...r.values.filter((v) => !Number.isNaN(v)));
        }
    }
    catch (error) {
        return { outcome: 'error', value: null, reason: error.message, counted: true, requeries: 0 };
    }
    const n = Math.min(pools.canary.length, pools.baseline.length);
    if (n < spec.minSamples) {
        const reason = `${pools.canary.length} canary / ${pools.baseline.length} baseline samples, need ${spec.minSamples} each`;
        return { outcome: 'inconclusive', value: null, reason, counted: last, requeries: 0 };
    }
    const v = judgeCompare(pools.canary, pools.baseline, spec.compare);
    return {
        outcome: v.outcome,
        value: v.canaryMean,
        baseline: v.baselineMean,
        pValue: v.pValue,
        meanRatio: v.meanRatio,
        reason: v.reason,
        counted: true,
        requeries: 0,
    };
}
function count(c, m) {
    if (m.outcome === 'error') {
        c.errors++;
        c.consecutiveErrors++;
        return;
    }
    c.consecutiveErrors = 0;
    c.measured++;
    if (!m.counted)
        return;
    if (m.outcome === 'failed')
        c.failed++;
    if (m.outcome === 'inconclusive')
        c.inconclusive++;
}
/** Backoff after an error: a quarter interval, doubling per consecutive error, never longer than the interval. */
function errorBackoff(intervalMs, consecutiveErrors) {
    const base = Math.max(10, intervalMs / 4);
    return Math.min(intervalMs, base * 2 ** Math.max(0, consecutiveErrors - 1));
}
/** Run one metric to its verdict (or until `signal` aborts because another metric failed). */
async function runMetric(spec, deps, signal) {
    const c = { measured: 0, failed: 0, inconclusive: 0, errors: 0, consecutiveErrors: 0, samples: 0 };
    const measurements = [];
    const pools = { canary: [], baseline: [] };
    const maxAttempts = spec.count * (spec.consecutiveErrorLimit + 2);
    let phase = 'running';
    for (let attempt = 0; attempt < maxAttempts && phase === 'running' && !signal.aborted; attempt++) {
        const last = c.measured + 1 >= spec.count;
        const body = spec.compare
            ? await measureCompare(spec, pools, last, deps)
            : await measureThreshold(spec, deps, signal);
        const m = { metric: spec.name, at: deps.now(), ...body };
        measurements.push(m);
        count(c, m);
        c.samples = spec.compare
            ? Math.min(pools.canary.length, pools.baseline.length)
            : c.samples + (m.value === null || m.outcome === 'error' ? 0 : 1);
        deps.onMeasurement?.(m);
        phase = assessMetric(c, spec);
        if (phase !== 'running')
            break;
        await deps.sleep(m.outcome === 'error' ? errorBackoff(spec.intervalMs, c.consecutiveErrors) : spec.intervalMs, signal);
    }
    if (phase === 'running')
        phase = signal.aborted ? 'inconclusive' : 'error';
    return {
        name: spec.name,
        dryRun: spec.dryRun,
        condition: describeCondition(spec),
        phase,
        message: explain(spec, phase, c, signal.aborted),
        counters: c,
        measurements,
    };
}
/** The thresholds of a metric in words. */
function describeCondition(spec) {
    if (spec.compare) {
        const c = spec.compare;
        return `Mann-Whitney p < ${(1 - c.confidence).toFixed(3)} and mean ratio ≥ ${c.effectSize} (${c.direction}) fails`;
    }
    const parts = [
        spec.success ? `success: ${spec.success.source}` : '',
        spec.failure ? `failure: ${spec.failure.source}` : '',
    ];
    return parts.filter(Boolean).join('; ') || 'no conditions';
}
function explain(spec, phase, c, aborted) {
    switch (phase) {
        case 'failed':
            return `${c.failed} failed measurement(s), more than failure-limit ${spec.failureLimit}`;
        case 'error':
            return c.consecutiveErrors > spec.consecutiveErrorLimit
                ? `${c.consecutiveErrors} consecutive errors, more than consecutive-error-limit ${spec.consecutiveErrorLimit}`
                : 'too many errors';
        case 'inconclusive':
            if (aborted && c.measured < spec.count)
                return 'stopped early: another metric decided the run';
            if (c.inconclusive > spec.inconclusiveLimit && spec.inconclusiveLimit >= 0)
                return `${c.inconclusive} inconclusive measurement(s), more than inconclusive-limit ${spec.inconclusiveLimit}`;
            return `only ${c.samples} sample(s) with data, min-samples is ${spec.minSamples}`;
        case 'successful':
            return `${c.measured} measurement(s), ${c.failed} failed, ${c.inconclusive} inconclusive, ${c.errors} error(s)`;
        case 'running':
            return 'running';
    }
}
/** The worst of some outcomes (successful when there are none). */
function worst(outcomes) {
    return outcomes.reduce((w, o) => (SEVERITY.indexOf(o) > SEVERITY.indexOf(w) ? o : w), 'successful');
}
/**
 * Run every metric concurrently, each at its own interval. A failed or errored (non-dry-run) metric stops the
 * others at once, so a bad canary is rolled back within one interval. Dry-run metrics are measured and reported
 * but never decide.
 */
async function runAnalysis(specs, deps, external) {
    const startedAt = deps.now();
    const stop = new AbortController();
    if (external?.aborted)
        stop.abort();
    external?.addEventListener('abort', () => stop.abort(), { once: true });
    const metrics = await Promise.all(specs.map(async (spec) => {
        const run = await runMetric(spec, deps, stop.signal);
        if (!spec.dryRun && (run.phase === 'failed' || run.phase === 'error'))
            stop.abort();
        return run;
    }));
    const phase = worst(metrics.filter((m) => !m.dryRun).map((m) => m.phase));
    return { phase, startedAt, finishedAt: deps.now(), metrics };
}

// EXTERNAL MODULE: ../../packages/core/src/redact.ts
var redact = __nccwpck_require__(9442);
;// CONCATENATED MODULE: ./src/adapters/providers.ts


function vars(ctx, metric, target) {
    return {
        canary: ctx.canary,
        baseline: ctx.baseline,
        interval: promDuration(metric.intervalMs),
        target: target === 'canary' ? ctx.canary : ctx.baseline,
    };
}
/** Prometheus sample values are strings: numbers, `NaN`, `+Inf`, `-Inf`. */
function promNumber(text) {
    if (text === '+Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return Number.NaN;
    const n = typeof text === 'string' ? Number(text) : Number.NaN;
    if (Number.isNaN(n))
        throw new Error(`Prometheus returned a sample that is not a number: ${JSON.stringify(text)}`);
    return n;
}
async function getJson(url, headers, timeoutMs) {
    let res;
    let text;
    try {
        // `http://user:pw@host` (a Prometheus behind basic auth): fetch refuses credentials in the URL; send them as a header.
        const { url: target, authorization } = (0,redact/* splitUrlCredentials */.CN)(url);
        const given = Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');
        res = await fetch(target, {
            headers: { accept: 'application/json', ...(authorization && !given ? { authorization } : {}), ...headers },
            signal: AbortSignal.timeout(timeoutMs),
        });
        text = await res.text();
    }
    catch (error) {
        const cause = error.cause;
        throw new Error(`GET ${(0,redact/* urlForLog */.$1)(url)} failed: ${cause?.code ?? cause?.message ?? error.message}`, {
            cause: error,
        });
    }
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    return { status: res.status, body, text };
}
/** Parse a Prometheus `/api/v1/query` answer. */
function parsePrometheus(status, body, text) {
    const b = body;
    if (!b || typeof b !== 'object')
        throw new Error(`Prometheus answered HTTP ${status} with a body that is not JSON: ${(0,errors/* quote */.hD)(text, 200)}`);
    if (b.status !== 'success')
        throw new Error(`Prometheus query failed (HTTP ${status}, ${(0,errors/* quote */.hD)(b.errorType ?? 'error', 40)}): ${(0,errors/* quote */.hD)(b.error ?? text, 200)}`);
    const data = b.data ?? {};
    switch (data.resultType) {
        case 'vector': {
            const result = (data.result ?? []);
            if (result.length === 0)
                return { kind: 'no-data', detail: 'empty vector' };
            return { kind: 'data', values: result.map((r) => promNumber(r.value[1])) };
        }
        case 'scalar':
            return { kind: 'data', values: [promNumber(data.result[1])] };
        case 'matrix': {
            const result = (data.result ?? []);
            const values = result.flatMap((r) => r.values.map((v) => promNumber(v[1])));
            return values.length ? { kind: 'data', values } : { kind: 'no-data', detail: 'empty matrix' };
        }
        case undefined:
        default:
            throw new Error(`Prometheus returned result type '${String(data.resultType)}', expected vector, scalar or matrix`);
    }
}
/** Turn what a JSONPath selected into numbers; null/missing is no data, anything not numeric is an error. */
function numbersOf(selected, path) {
    const flat = selected.flat(2).filter((v) => v !== null && v !== undefined);
    if (flat.length === 0)
        return { kind: 'no-data', detail: `nothing at ${path}` };
    const values = flat.map((v) => {
        if (typeof v === 'number')
            return v;
        if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
            return Number(v);
        if (v === 'NaN')
            return Number.NaN;
        throw new Error(`${path} selected ${(0,errors/* quote */.hD)(JSON.stringify(v), 80)}, which is not a number`);
    });
    return { kind: 'data', values };
}
/** The query function the analysis uses. */
function createQuery(ctx) {
    const timeoutMs = ctx.timeoutMs ?? 10_000;
    return async (metric, target) => {
        const v = vars(ctx, metric, target);
        const p = metric.provider;
        if (p.kind === 'prometheus') {
            const url = `${p.address}/api/v1/query?query=${encodeURIComponent(template_render(p.query, v))}`;
            const r = await getJson(url, p.headers, timeoutMs);
            return parsePrometheus(r.status, r.body, r.text);
        }
        const url = template_render(p.url, v, encodeURIComponent);
        const r = await getJson(url, p.headers, timeoutMs);
        if (r.status < 200 || r.status > 299)
            throw new Error(`GET ${(0,redact/* urlForLog */.$1)(url)} answered HTTP ${r.status}: ${(0,errors/* quote */.hD)(r.text, 200)}`);
        if (r.body === undefined)
            throw new Error(`GET ${(0,redact/* urlForLog */.$1)(url)} did not answer JSON: ${(0,errors/* quote */.hD)(r.text, 200)}`);
        return numbersOf(p.jsonPath.select(r.body), p.jsonPath.source);
    };
}

;// CONCATENATED MODULE: ./src/domain/weights-file.ts
/**
 * The file router's weights file, `{"<stable>": 80, "<canary>": 20}`: what the router writes, and whether a file
 * found at router-config is one it wrote (only such a file may be replaced).
 */
/** The weights document for a canary weight. */
function weightsDoc(stable, canary, weight) {
    return { [stable]: 100 - weight, [canary]: weight };
}
/**
 * Undefined when `text` is a weights file (a JSON object of whole percents from 0 to 100 summing to 100, as this
 * router writes for any stable/canary pair); otherwise what was found, in words, for the error message.
 */
function notAWeightsFile(text) {
    if (text.trim() === '')
        return 'an empty file';
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        const firstLine = text.split('\n', 1)[0] ?? '';
        return `${text.length} bytes that are not JSON (first line: ${JSON.stringify(firstLine.slice(0, 60))})`;
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        return `JSON that is not an object (${Array.isArray(doc) ? 'a list' : doc === null ? 'null' : typeof doc})`;
    const entries = Object.entries(doc);
    if (entries.length === 0)
        return 'an empty JSON object';
    const bad = entries.find(([, v]) => typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100);
    if (bad)
        return `a JSON object whose ${JSON.stringify(bad[0])} is ${JSON.stringify(bad[1])}, not a whole percent`;
    const sum = entries.reduce((a, [, v]) => a + v, 0);
    if (sum !== 100)
        return `a JSON object of percents summing to ${sum}, not 100`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/adapters/router-file.ts
/**
 * The `file` router: a JSON weights file (`{"<stable>": 80, "<canary>": 20}`, always summing to 100) replaced
 * atomically, for any load balancer or service that reads one. Written through core's contained file access:
 * the real path must be inside the allowed roots (the workspace and RUNNER_TEMP, unless router-config-outside-workspace
 * is set), a symlink is never written through, and a file that is not a weights file is never replaced.
 */


const router_file_INPUT = 'router-config';
class FileRouter {
    path;
    stable;
    canary;
    roots;
    constructor(path, stable, canary, roots) {
        this.path = path;
        this.stable = stable;
        this.canary = canary;
        this.roots = roots;
    }
    refuseForeign = (existing) => {
        const found = notAWeightsFile(existing.toString('utf8'));
        if (found) {
            throw new errors/* InputError */.dz(router_file_INPUT, this.path, `is not a weights file this router wrote (found ${found}); refusing to replace it`, {
                hint: 'Point router-config at a new file, or at the weights file your load balancer reads ({"<stable>": 80, "<canary>": 20}).',
            });
        }
    };
    /** Before anything changes: the path is contained and any file already there is a weights file. */
    async prepare() {
        await checkWritable(router_file_INPUT, this.path, { roots: this.roots, replaces: this.refuseForeign });
        return this.currentWeight();
    }
    async setWeight(weight) {
        const started = performance.now();
        const doc = weightsDoc(this.stable, this.canary, weight);
        try {
            await writeContained(router_file_INPUT, this.path, `${JSON.stringify(doc, null, 2)}\n`, {
                roots: this.roots,
                replaces: this.refuseForeign,
            });
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            throw new errors/* UserError */.yo(`Could not write the weights file ${this.path}: ${error.message}`, {
                cause: error,
            });
        }
        return { servedMs: performance.now() - started, detail: `${this.path}: ${JSON.stringify(doc)}` };
    }
    /** The canary's weight in the file now, if the file is ours to read. */
    async currentWeight() {
        const data = await readContainedIfExists(router_file_INPUT, this.path, { roots: this.roots, max: 1 << 20 }).catch(() => undefined);
        if (data === undefined)
            return undefined;
        try {
            const v = JSON.parse(data.toString('utf8'))[this.canary];
            return typeof v === 'number' ? v : undefined;
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/router-flag.ts
/**
 * The `flag` strategy's router: the canary's share is a flagd flag's rollout percentage, written atomically into a
 * flag file (flagd watches the file), with flagd's own sticky bucketing: a user who is in at 5% stays in at 25%.
 * `stable` / `canary` name the flag's off / on variants. Coordinated with @shipline/flags only through its API.
 */


class FlagRouter {
    path;
    flagKey;
    opts;
    constructor(path, flagKey, stable, canary) {
        this.path = path;
        this.flagKey = flagKey;
        this.opts = { onVariant: canary, offVariant: stable };
    }
    fail(what, error) {
        const detail = error instanceof FlagFileError || error instanceof Error ? error.message : String(error);
        throw new errors/* UserError */.yo(`Flag '${this.flagKey}' in ${this.path}: ${what}: ${detail}`, {
            hint: 'Nothing was written; the flag serves what it served before.',
            cause: error,
        });
    }
    /** Check, before anything changes, that the file (if any) is valid and the flag is a rollout we can drive. */
    async prepare() {
        if ((await readTextIfExists(this.path)) === undefined)
            return undefined;
        try {
            const file = await readFlagFile(this.path);
            const current = readRolloutPercentage(file, this.flagKey, this.opts);
            setRolloutPercentage(file, this.flagKey, current?.percent ?? 0, this.opts); // would throw on missing variants
            return current?.percent;
        }
        catch (error) {
            return this.fail('cannot be rolled out', error);
        }
    }
    async setWeight(weight) {
        const started = performance.now();
        try {
            if ((await readTextIfExists(this.path)) === undefined) {
                await writeFlagFile(this.path, setRolloutPercentage({ flags: {} }, this.flagKey, weight, this.opts));
            }
            else {
                await updateFlagFile(this.path, (f) => setRolloutPercentage(f, this.flagKey, weight, this.opts));
            }
        }
        catch (error) {
            return this.fail(`could not set ${weight}%`, error);
        }
        return {
            servedMs: performance.now() - started,
            detail: `${this.path}: ${this.flagKey} → ${this.opts.onVariant} for ${weight}% of users`,
        };
    }
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./src/domain/nginx-config.ts
/**
 * The nginx snippet staged-rollout owns (included inside `http {}`): a weighted upstream, or `split_clients` on a
 * header or cookie so a user stays on one version as the weight grows. Pure: text in, text out.
 */
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
/** The variable a sticky key reads: `$http_x_user_id` for header `X-User-Id`, `$cookie_uid` for cookie `uid`. */
function stickyVariable(s) {
    return s.kind === 'header' ? `$http_${s.name.toLowerCase().replace(/-/g, '_')}` : `$cookie_${s.name}`;
}
function servers(addresses, weight) {
    return addresses.map((a) => `    server ${a}${weight === undefined ? '' : ` weight=${weight}`};`);
}
function weighted(p, stableAddrs, canaryAddrs) {
    // Per-server weights so that the versions' totals are (100 - w) : w whatever their server counts.
    let ws = (100 - p.weight) * canaryAddrs.length;
    let wc = p.weight * stableAddrs.length;
    const g = gcd(ws, wc) || 1;
    ws /= g;
    wc /= g;
    const lines = [`upstream ${p.upstream} {`];
    if (p.weight < 100)
        lines.push(...servers(stableAddrs, p.weight === 0 ? undefined : ws));
    if (p.weight > 0)
        lines.push(...servers(canaryAddrs, p.weight === 100 ? undefined : wc));
    lines.push('}');
    return lines;
}
function split(p, s, stableAddrs, canaryAddrs) {
    const up = (suffix, addrs) => [
        `upstream ${p.upstream}_${suffix} {`,
        ...servers(addrs, undefined),
        '}',
    ];
    const entries = p.weight === 0
        ? [`    * ${p.upstream}_stable;`]
        : p.weight === 100
            ? [`    * ${p.upstream}_canary;`]
            : [`    ${p.weight}% ${p.upstream}_canary;`, `    * ${p.upstream}_stable;`];
    return [
        ...up('stable', stableAddrs),
        ...up('canary', canaryAddrs),
        `split_clients "${stickyVariable(s)}" $${p.upstream} {`,
        ...entries,
        '}',
    ];
}
/**
 * Render the snippet. It always defines the weighted `upstream <name>` (per request) and the variable `$<name>`:
 * sticky by key when `sticky` is set, otherwise naming that same upstream, so `proxy_pass http://$<name>;` follows
 * the sticky setting and `proxy_pass http://<name>;` is always per request.
 */
function renderNginx(p) {
    const stableAddrs = p.backends[p.stable] ?? [];
    const canaryAddrs = p.backends[p.canary] ?? [];
    const chooser = p.sticky
        ? split(p, p.sticky, stableAddrs, canaryAddrs)
        : [`map $host $${p.upstream} {`, `    default ${p.upstream};`, '}'];
    const body = [...weighted(p, stableAddrs, canaryAddrs), ...chooser];
    return [
        '# Managed by Shipline staged-rollout: rewritten on every weight change. Do not edit.',
        `# stable=${p.stable} canary=${p.canary} canary-weight=${p.weight}% generation=${p.generation}`,
        ...body,
        `add_header X-Shipline-Generation "${p.generation}" always;`,
        '',
    ].join('\n');
}
/** Parse the canary weight back out of a snippet this module wrote (undefined for anything else). */
function weightOf(text) {
    const m = /^# stable=\S+ canary=\S+ canary-weight=(\d+)% generation=(\S+)$/m.exec(text);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/adapters/router-nginx.ts
/**
 * The `nginx` router: rewrite the snippet it owns, `nginx -t`, graceful reload (SIGHUP via `nginx -s reload`, both
 * as argv, never a shell), then probe until the new config is what answers. A failed test or reload puts the old
 * snippet back, so traffic is untouched.
 */



/** How long only the new config must answer before it counts as served (nginx retires old workers after 100 ms). */
const SETTLE_MS = 150;
function get(url, versionHeader) {
    return new Promise((ok, fail) => {
        const req = (0,external_node_http_.request)(url, { headers: { connection: 'close' }, timeout: 1000 }, (res) => {
            res.resume();
            res.on('end', () => {
                const one = (h) => (Array.isArray(h) ? h[0] : h);
                ok({
                    status: res.statusCode ?? 0,
                    generation: one(res.headers['x-shipline-generation']),
                    version: one(res.headers[versionHeader.toLowerCase()]),
                });
            });
            res.on('error', fail);
        });
        req.on('timeout', () => req.destroy(new Error('probe timed out')));
        req.on('error', fail);
        req.end();
    });
}
class NginxRouter {
    o;
    seq = 0;
    constructor(o) {
        this.o = o;
    }
    async setWeight(weight) {
        const started = performance.now();
        const generation = `${Date.now().toString(36)}-${process.pid.toString(36)}-${++this.seq}-w${weight}`;
        const before = await readTextIfExists(this.o.configPath);
        await writeAtomic(this.o.configPath, renderNginx({ ...this.o, weight, generation }));
        try {
            await this.run(this.o.testCommand, 'test');
            await this.run(this.o.reloadCommand, 'reload');
        }
        catch (error) {
            await this.restore(before);
            throw error;
        }
        const probed = await this.probe(generation, weight);
        return { servedMs: performance.now() - started, detail: probed };
    }
    async run(argv, what) {
        const [file, ...args] = argv;
        const r = await exec(file, args, { timeoutMs: 30_000, allowFailure: true });
        if (r.code !== 0 || r.timedOut) {
            throw new errors/* UserError */.yo(`nginx config ${what} failed ('${argv.join(' ')}' exited ${r.timedOut ? 'on timeout' : r.code}): ${lastLines(r.stderr || r.stdout, 5)}`, {
                hint: `The previous ${this.o.configPath} was put back; traffic is unchanged.`,
            });
        }
    }
    async restore(before) {
        if (before === undefined)
            return;
        await writeAtomic(this.o.configPath, before);
    }
    /**
     * Probe until nginx serves the new config, on fresh connections: the `X-Shipline-Generation` header names it.
     * nginx's master waits 100 ms after starting new workers before it tells the old ones to stop accepting, so the
     * new generation must answer alone for {@link SETTLE_MS} in a row. When a location hides the header (its own
     * `add_header` drops inherited ones), fall back to the version header at 0% and 100%.
     */
    async probe(generation, weight) {
        if (!this.o.probeUrl)
            return 'not probed (no probe-url)';
        const deadline = performance.now() + this.o.probeTimeoutMs;
        const expected = weight === 100 ? this.o.canary : weight === 0 ? this.o.stable : undefined;
        let since;
        let headerSeen = false;
        let last = 'no answer';
        for (let attempt = 0; attempt < 20_000 && performance.now() < deadline; attempt++) {
            try {
                const p = await get(this.o.probeUrl, this.o.versionHeader);
                const now = performance.now();
                last = `HTTP ${p.status}, generation ${p.generation ?? '(none)'}, ${this.o.versionHeader} ${p.version ?? '(none)'}`;
                headerSeen ||= p.generation === generation;
                const good = headerSeen
                    ? p.generation === generation
                    : p.generation === undefined && (expected === undefined ? p.status > 0 : p.version === expected);
                since = good ? (since ?? now) : undefined;
                if (since !== undefined && now - since >= SETTLE_MS) {
                    if (headerSeen)
                        return `served (generation ${generation})`;
                    return expected
                        ? `served (${this.o.versionHeader}: ${expected})`
                        : 'answering (weights not observable without X-Shipline-Generation)';
                }
            }
            catch (error) {
                last = (0,errors/* messageOf */.bD)(error);
                since = undefined;
            }
            await new Promise((ok) => setTimeout(ok, since === undefined ? 10 : 2));
        }
        throw new errors/* UserError */.yo(`nginx did not serve the new weights within ${this.o.probeTimeoutMs} ms (last probe: ${last})`, {
            hint: `Check that ${this.o.probeUrl} is served through the upstream '${this.o.upstream}'.`,
        });
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/adapters/router-haproxy.ts
/**
 * The `haproxy` router: weights changed through HAProxy's runtime API on its admin stats socket (`set weight
 * <backend>/<server> <w>`), with no reload, so no connection is dropped; then every server's weight is read back
 * (`get weight`) and must be the one asked for. A refused command or a read-back that differs puts the previous
 * weights back and throws, so the previous split stays in force.
 */



class HaproxyRouter {
    o;
    constructor(o) {
        this.o = o;
    }
    get names() {
        return { stable: this.o.servers[this.o.stable] ?? [], canary: this.o.servers[this.o.canary] ?? [] };
    }
    /** One command on a fresh connection (HAProxy's non-interactive mode answers, then closes). */
    send(line) {
        const timeoutMs = this.o.timeoutMs ?? 5_000;
        return new Promise((ok, fail) => {
            const conn = (0,external_node_net_namespaceObject.createConnection)(this.o.socket);
            let out = '';
            conn.setTimeout(timeoutMs, () => conn.destroy(new Error(`no answer within ${timeoutMs} ms`)));
            conn.on('connect', () => conn.end(`${line}\n`));
            conn.on('data', (b) => (out += b.toString('utf8')));
            conn.on('end', () => ok(out));
            conn.on('error', (e) => fail(new errors/* UserError */.yo(`HAProxy stats socket ${this.o.socket}: ${e.code ?? (0,errors/* messageOf */.bD)(e)} on '${line}'`, {
                hint: "Check the path and that the socket is declared 'stats socket <path> level admin' in haproxy.cfg.",
            })));
        });
    }
    /** Every server's current weight, read back from HAProxy. */
    async read() {
        const out = new Map();
        for (const server of [...this.names.stable, ...this.names.canary]) {
            const answer = await this.send(`get weight ${this.o.backend}/${server}`);
            const w = parseGetWeight(answer);
            if (!w)
                throw new errors/* UserError */.yo(`HAProxy refused 'get weight ${this.o.backend}/${server}': ${answer.trim() ? (0,errors/* quote */.hD)(answer.trim(), 200) : '(empty answer)'}`, { hint: `Declare server '${server}' in backend '${this.o.backend}', or fix 'backends'.` });
            out.set(server, w.current);
        }
        return out;
    }
    /** Check the socket answers and every server exists, before anything is changed. */
    async prepare() {
        return this.read();
    }
    async apply(changes) {
        for (const c of changes) {
            const line = `set weight ${this.o.backend}/${c.server} ${c.weight}`;
            const answer = (await this.send(line)).trim();
            if (answer !== '')
                throw new errors/* UserError */.yo(`HAProxy refused '${line}': ${(0,errors/* quote */.hD)(answer, 200)}`);
        }
    }
    async setWeight(weight) {
        const started = performance.now();
        const before = await this.read();
        const target = serverWeights(weight, this.names);
        try {
            await this.apply(changeOrder(before, target));
            const after = await this.read();
            const wrong = target.filter((t) => after.get(t.server) !== t.weight);
            if (wrong.length)
                throw new errors/* UserError */.yo(`HAProxy reads back ${wrong.map((w) => `${w.server}=${after.get(w.server)}`).join(' ')}, not ${describeWeights(wrong)}`);
        }
        catch (error) {
            const previous = [...before].map(([server, w]) => ({ server, weight: w }));
            await this.apply(changeOrder(await this.read().catch(() => new Map()), previous)).catch(() => undefined);
            throw error;
        }
        return {
            servedMs: performance.now() - started,
            detail: `${this.o.backend}: ${describeWeights(target)} (read back)`,
        };
    }
}

;// CONCATENATED MODULE: ../../packages/core/src/github-call.ts
/**
 * The one conversion of a failed GitHub API request into a {@link RemoteError}: what was being done, the HTTP
 * status, GitHub's own message and a hint saying what to fix (token permissions for a 403). Pure: it looks at the
 * thrown value only (octokit's `RequestError` carries `status` and `response.data.message`).
 */

/** What a status usually means for an action's GitHub token. */
const GITHUB_HINTS = {
    401: 'The token was refused; check the token input.',
    403: "The token may lack the permission this needs: add it under the job's permissions.",
    404: 'Check the repository, and that the token can see it.',
};
const SERVER_HINT = 'GitHub had a server error (retried); re-run the job later.';
/** The HTTP status of a thrown request error, or undefined for anything else (a bug, a network error). */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * Turn an HTTP failure into a {@link RemoteError} naming the operation; an error that is already a RemoteError or
 * carries no HTTP status is returned as it is.
 */
function toRemoteError(operation, error, hints = {}) {
    const status = statusOf(error);
    if (status === undefined || error instanceof errors/* RemoteError */.Hi)
        return error;
    const e = error;
    const message = e.response?.data?.message;
    const detail = typeof message === 'string' && message !== '' ? message : (e.message ?? 'no detail');
    const hint = hints[status] ?? GITHUB_HINTS[status] ?? (status >= 500 ? SERVER_HINT : undefined);
    return new errors/* RemoteError */.Hi(operation, status, detail, { ...(hint ? { hint } : {}), cause: error });
}
async function callGitHub(operation, request, opts = {}) {
    try {
        return await request();
    }
    catch (error) {
        if (opts.absent?.includes(statusOf(error) ?? 0))
            return undefined;
        throw toRemoteError(operation, error, opts.hints);
    }
}

;// CONCATENATED MODULE: ./src/adapters/state-store.ts
/**
 * Where a rollout's state lives between runs: a JSON file beside `router-config` (no token), or a GitHub
 * Deployment (with a token): the payload names the rollout, and each status is one saved step, so the
 * deployment's status list is also the audit log, and the newest status is the state.
 */


/** The path of the state file for a router config. */
function stateFileFor(routerConfig) {
    return `${routerConfig}.shipline-state.json`;
}
class FileStateStore {
    where;
    constructor(where) {
        this.where = where;
    }
    async load(key) {
        const text = await readTextIfExists(this.where);
        if (text === undefined)
            return undefined;
        let state;
        try {
            state = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* UserError */.yo(`The rollout state file ${this.where} is not valid JSON`, {
                hint: 'Delete it to start the rollout over (traffic is not changed by deleting it).',
                cause: error,
            });
        }
        return state.version === 1 && state.key === key ? state : undefined;
    }
    async save(state) {
        // Redacted: the state holds analysis text taken from untrusted answers (diff samples, error bodies), which can
        // echo a secret (a header value) that must not stay behind in a file.
        await writeAtomic(this.where, `${(0,redact/* redact */.E$)(JSON.stringify(state, null, 2))}\n`);
    }
}
const TASK = 'shipline:staged-rollout';
/** What a refused read or write of the rollout's Deployment means. */
const HINTS = {
    403: "The token needs 'deployments: write' to keep the rollout state in a GitHub deployment (add it under the job's permissions).",
};
const STATUS = {
    progressing: 'in_progress',
    aborting: 'in_progress',
    paused: 'queued',
    promoted: 'success',
    aborted: 'failure',
};
/** `[shipline next=3 weight=20 phase=paused] manual gate` (GitHub keeps 140 characters of a description). */
function encodeStatus(s) {
    return `[shipline next=${s.next} weight=${s.weight} phase=${s.phase}] ${s.reason}`.slice(0, 140);
}
function decodeStatus(text) {
    const m = /^\[shipline next=(\d+) weight=(\d+) phase=(progressing|paused|promoted|aborting|aborted)\] ?(.*)$/s.exec(text);
    if (!m)
        return undefined;
    return { next: Number(m[1]), weight: Number(m[2]), phase: m[3], reason: m[4] };
}
class DeploymentStateStore {
    gh;
    repo;
    environment;
    ref;
    logUrl;
    id;
    constructor(gh, repo, environment, ref, logUrl) {
        this.gh = gh;
        this.repo = repo;
        this.environment = environment;
        this.ref = ref;
        this.logUrl = logUrl;
    }
    get where() {
        return `GitHub deployment${this.id ? ` #${this.id}` : ''} (environment ${this.environment})`;
    }
    async load(key) {
        const { data } = await callGitHub(`Read the rollout state (deployments of environment ${this.environment})`, () => this.gh.rest.repos.listDeployments({ ...this.repo, environment: this.environment, task: TASK, per_page: 30 }), { hints: HINTS });
        const found = data.find((d) => d.payload?.key === key);
        if (!found)
            return undefined;
        this.id = found.id;
        const p = found.payload;
        const { data: statuses } = await callGitHub(`Read the rollout state (statuses of deployment #${found.id})`, () => this.gh.rest.repos.listDeploymentStatuses({ ...this.repo, deployment_id: found.id, per_page: 100 }), { hints: HINTS });
        const latest = [...statuses]
            .sort((a, b) => b.id - a.id)
            .map((s) => decodeStatus(s.description ?? ''))
            .find((s) => s !== undefined);
        // The status carries where the rollout is (next step, weight, phase, reason); the rest is the deployment's.
        const fresh = newState({ key, strategy: p.strategy, stable: p.stable, canary: p.canary }, Date.parse(found.created_at));
        return latest ? { ...fresh, ...latest } : fresh;
    }
    async save(state) {
        if (this.id === undefined) {
            const payload = { key: state.key, strategy: state.strategy, stable: state.stable, canary: state.canary };
            const res = await callGitHub(`Save the rollout state (create a deployment in environment ${this.environment})`, () => this.gh.rest.repos.createDeployment({
                ...this.repo,
                ref: this.ref,
                environment: this.environment,
                task: TASK,
                auto_merge: false,
                required_contexts: [],
                payload,
                description: `staged-rollout of ${state.canary}`,
            }), { hints: HINTS });
            if (!('id' in res.data))
                throw new errors/* UserError */.yo(`GitHub did not create a deployment: ${JSON.stringify(res.data)}`);
            this.id = res.data.id;
        }
        const id = this.id;
        await callGitHub(`Save the rollout state (a status of deployment #${id})`, () => this.gh.rest.repos.createDeploymentStatus({
            ...this.repo,
            deployment_id: id,
            state: STATUS[state.phase],
            description: (0,redact/* redact */.E$)(encodeStatus(state)),
            ...(this.logUrl ? { log_url: this.logUrl } : {}),
        }), { hints: HINTS });
    }
}

;// CONCATENATED MODULE: ./src/adapters/wire.ts
/** Builds the adapters a run needs from its config: router, state store, metric query, clock. */










/** The router for the config; `prepare()` checks what it will change before anything is touched. */
function createRouter(cfg) {
    if (cfg.router === 'flag')
        return new FlagRouter(cfg.routerConfig, cfg.flagKey, cfg.stable, cfg.canary);
    if (cfg.router === 'haproxy' && cfg.haproxy)
        return new HaproxyRouter({ socket: cfg.routerConfig, stable: cfg.stable, canary: cfg.canary, ...cfg.haproxy });
    if (cfg.router === 'file' || !cfg.nginx)
        return new FileRouter(cfg.routerConfig, cfg.stable, cfg.canary, cfg.routerRoots);
    return new NginxRouter({ configPath: cfg.routerConfig, stable: cfg.stable, canary: cfg.canary, ...cfg.nginx });
}
/** This workflow run's URL, when running in Actions. */
function runUrl(env = process.env) {
    return env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
}
async function createStore(cfg, env = process.env) {
    if (!cfg.token)
        return new FileStateStore(stateFileFor(cfg.routerConfig));
    const gh = await createGitHubClient({ token: cfg.token, action: 'staged-rollout' });
    return new DeploymentStateStore(gh, currentRepo(env), cfg.environment, env.GITHUB_SHA || env.GITHUB_REF || 'HEAD', runUrl(env));
}
function analysisDeps(target, label = '') {
    return {
        now: Date.now,
        sleep: sleep,
        query: createQuery(target),
        onMeasurement: (m) => (0,runner/* info */.pq)(`  ${label}${m.metric}: ${m.value === null ? 'no data' : JSON.stringify(m.value)} → ${m.outcome} (${m.reason})`),
    };
}
/** The engine's analysis: run the step's metric set, logging each measurement as it lands. */
function analyser(cfg) {
    const deps = analysisDeps({ canary: cfg.canary, baseline: cfg.stable });
    return (step, signal, baseline) => {
        const set = step.set === 'preview' ? cfg.previewChecks : cfg.metrics;
        const band = (metric) => baseline?.metrics[metric];
        return runAnalysis(step.metrics ? set.filter((m) => step.metrics?.includes(m.name)) : set, { ...deps, band }, signal);
    };
}
/** The baseline check: the same metrics, with `{{ canary }}` and `{{ target }}` naming the stable version. */
function baselineChecker(cfg) {
    const deps = analysisDeps({ canary: cfg.stable, baseline: cfg.stable }, `${cfg.stable} `);
    return (step, signal) => runAnalysis(baselineMetrics(step, cfg.metrics), deps, signal);
}
/** Start the circuit breaker (when configured): its signal aborts with the trip reason; call `stop()` when done. */
function startBreaker(cfg) {
    if (!cfg.breaker)
        return { signal: undefined, stop: async () => undefined };
    const tripped = new AbortController();
    const done = new AbortController();
    const query = createQuery({ canary: cfg.canary, baseline: cfg.stable });
    const watching = watchBreaker(cfg.breaker, { query, sleep: sleep, log: runner/* info */.pq }, done.signal).then((j) => {
        if (j) {
            (0,runner/* warning */.$e)(`Circuit breaker opened: ${j.reason}`);
            tripped.abort(j.reason);
        }
    });
    return {
        signal: tripped.signal,
        stop: async () => {
            done.abort();
            await watching;
        },
    };
}

;// CONCATENATED MODULE: ./src/domain/rollback-hook.ts
const HOOK_ACTION = 'on-rollback';
function lastIndex(history, match) {
    for (let i = history.length - 1; i >= 0; i--)
        if (match(history[i]))
            return i;
    return -1;
}
/** The row that says traffic went back on stable (the rollback finished). */
const rolledBack = (r) => r.action === 'canary 0%' && r.verdict === 'aborted';
/**
 * Is the hook due? Only after a finished rollback (phase aborted, a `canary 0%` row) that no successful hook run
 * has followed yet. A refused start (nothing moved) or an interrupted rollback (phase aborting) runs nothing.
 */
function rollbackHookDue(state) {
    if (state.phase !== 'aborted')
        return false;
    const back = lastIndex(state.history, rolledBack);
    if (back < 0)
        return false;
    const ran = lastIndex(state.history, (r) => r.action === HOOK_ACTION && r.verdict === 'ran');
    return ran < back;
}
/** The canary's weight just before the rollback that is being cleaned up after. */
function weightBeforeRollback(state) {
    const back = lastIndex(state.history, rolledBack);
    const start = lastIndex(state.history.slice(0, Math.max(0, back)), (r) => r.action === 'rollback');
    return start >= 0 ? state.history[start].weight : 0;
}
/** The hook's environment: the versions involved and why. Values are plain strings, never interpreted by a shell. */
function rollbackHookEnv(state, extra) {
    return {
        SHIPLINE_STABLE: state.stable,
        SHIPLINE_CANARY: state.canary,
        SHIPLINE_ROLLED_BACK: state.canary,
        SHIPLINE_SERVING: state.stable,
        SHIPLINE_CANARY_WEIGHT_BEFORE: String(weightBeforeRollback(state)),
        SHIPLINE_REASON: state.reason,
        SHIPLINE_STRATEGY: state.strategy,
        SHIPLINE_ROLLOUT_KEY: state.key,
        SHIPLINE_ROUTER_CONFIG: extra.routerConfig,
        ...(extra.flagKey ? { SHIPLINE_FLAG_KEY: extra.flagKey } : {}),
    };
}
/** A short verdict for the hook run. */
function hookVerdict(run, timeoutMs) {
    const ms = `${Math.round(run.durationMs)} ms`;
    if (run.timedOut)
        return { ok: false, detail: `stopped after the ${Math.round(timeoutMs / 1000)} s on-rollback-timeout` };
    if (run.code === 0)
        return { ok: true, detail: `exited 0 after ${ms}` };
    return { ok: false, detail: run.signal ? `killed by ${run.signal} after ${ms}` : `exited ${run.code} after ${ms}` };
}
/** The state with the hook's run recorded (phase, weight and reason untouched: the rollback's result stands). */
function recordHook(state, run, timeoutMs, now) {
    const v = hookVerdict(run, timeoutMs);
    const row = {
        at: now,
        step: 0,
        action: HOOK_ACTION,
        weight: state.weight,
        verdict: v.ok ? 'ran' : 'failed',
        detail: v.detail,
    };
    return { ...state, updatedAt: now, history: [...state.history, row] };
}

;// CONCATENATED MODULE: ./src/adapters/rollback-hook.ts
/**
 * Run `on-rollback` (argv, no shell) after a finished rollback. Its output streams through core's exec/logging path
 * inside a log group, like any untrusted text; it is bounded by `on-rollback-timeout` (SIGTERM, then SIGKILL). A
 * failure becomes a warning and a row in the step table: the rollback's own result (phase, exit code) stands.
 */


/** The runner's environment minus what the hook must not see: inputs (the token) and the runner's own tokens. */
function hookBaseEnv(env = process.env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_') || k === 'GITHUB_TOKEN')
            continue;
        out[k] = v;
    }
    return out;
}
/** Run the hook when one is due; returns the state with the run recorded (and saved). */
async function runRollbackHook(cfg, state, store) {
    if (!cfg.onRollback || !rollbackHookDue(state))
        return state;
    const [file, ...args] = cfg.onRollback;
    const env = { ...hookBaseEnv(), ...rollbackHookEnv(state, { flagKey: cfg.flagKey, routerConfig: cfg.routerConfig }) };
    const shown = cfg.onRollback.join(' ');
    const run = await (0,runner/* group */.Os)(`on-rollback: ${shown}`, async () => {
        try {
            const r = await exec(file, args, {
                env,
                timeoutMs: cfg.onRollbackTimeoutMs,
                stream: true,
                allowFailure: true,
                maxBuffer: 64 * 1024,
            });
            return {
                code: r.code,
                signal: r.signal,
                timedOut: r.timedOut,
                durationMs: r.durationMs,
                tail: lastLines(r.stderr || r.stdout, 5),
            };
        }
        catch (error) {
            return { code: null, signal: null, timedOut: false, durationMs: 0, tail: error.message };
        }
    });
    const v = hookVerdict(run, cfg.onRollbackTimeoutMs);
    const after = recordHook(state, run, cfg.onRollbackTimeoutMs, Date.now());
    if (v.ok)
        (0,runner/* info */.pq)(`on-rollback '${shown}' ${v.detail}`);
    else
        (0,runner/* warning */.$e)(`on-rollback '${shown}' ${v.detail}; the rollback itself is done (canary ${state.canary} at ${state.weight}%)${run.tail ? `: ${run.tail}` : ''}`, { title: 'on-rollback failed' });
    try {
        await store.save(after);
    }
    catch (error) {
        (0,runner/* warning */.$e)(`Could not record the on-rollback run in the state: ${error.message}`);
    }
    return after;
}

;// CONCATENATED MODULE: ./src/main.ts








/** Inputs → lock → adapters → the rollout engine → outputs, summary and exit code. */
async function main() {
    const cfg = await readConfig();
    const router = createRouter(cfg);
    await router.prepare?.();
    const release = await acquireLock(cfg.routerConfig, runUrl());
    try {
        const store = await createStore(cfg);
        const outcome = await rollout(cfg, router, store);
        report(cfg, store, { ...outcome, state: await runRollbackHook(cfg, outcome.state, store) });
    }
    finally {
        await release();
    }
}
async function rollout(cfg, router, store) {
    const prior = await store.load(cfg.key);
    const state = prior ?? newState({ key: cfg.key, strategy: cfg.strategy, stable: cfg.stable, canary: cfg.canary }, Date.now());
    (0,runner/* info */.pq)(prior
        ? `Continuing rollout ${cfg.key} from ${store.where}: ${prior.phase} at step ${prior.next + 1}, canary ${prior.weight}%`
        : `New rollout ${cfg.key}: ${cfg.steps.length} step(s)`);
    const breaker = startBreaker(cfg);
    return (0,runner/* group */.Os)(`staged-rollout: ${cfg.stable} → ${cfg.canary}`, () => advance(state, cfg.steps, {
        router,
        analyse: analyser(cfg),
        baselineCheck: baselineChecker(cfg),
        darkLaunch: (step, signal) => runDarkLaunch(step.spec, signal),
        save: (s) => store.save(s),
        now: Date.now,
        sleep: sleep,
        log: runner/* info */.pq,
        breaker: breaker.signal,
    }, {
        resume: cfg.resume,
        abort: cfg.abort ? 'abort requested (input abort: true)' : undefined,
    }).finally(() => breaker.stop()));
}
function report(cfg, store, outcome) {
    const s = outcome.state;
    setOutputs({
        phase: s.phase === 'aborting' ? 'aborted' : s.phase,
        weight: s.weight,
        analysis: analysisOutput(s, outcome.analyses, outcome.darkLaunches),
        baseline: baselineOutput(s),
    });
    buildSummary(s, outcome.analyses, { where: store.where, router: cfg.router }, outcome.darkLaunches).write();
    if (refused(s))
        (0,runner/* setFailed */.C1)(`Rollout of ${cfg.canary} did not start, no traffic moved: ${s.reason}`);
    else if (s.phase === 'aborting')
        (0,runner/* setFailed */.C1)(`Rollout of ${cfg.canary} could not send traffic back to stable (canary still at ${s.weight}%): ${s.history.at(-1)?.detail ?? s.reason}`);
    else if (s.phase === 'aborted' && !cfg.abort)
        (0,runner/* setFailed */.C1)(`Rollout of ${cfg.canary} aborted, canary at 0%: ${s.reason}`);
    else if (s.phase === 'paused' && s.reason !== 'manual gate' && cfg.onInconclusive === 'fail') {
        (0,runner/* setFailed */.C1)(`Rollout of ${cfg.canary} is inconclusive (on-inconclusive: fail), canary left at ${s.weight}%: ${s.reason}`);
    }
    else
        (0,runner/* info */.pq)(`Rollout ${s.phase}: canary ${cfg.canary} at ${s.weight}% (${s.reason})`);
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

/***/ 9442:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ urlForLog),
/* harmony export */   CN: () => (/* binding */ splitUrlCredentials),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   Gz: () => (/* binding */ rememberSecret),
/* harmony export */   n3: () => (/* binding */ headerSecrets)
/* harmony export */ });
/* unused harmony exports MIN_REDACTED_LENGTH, secretForms, forgetSecrets */
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
const forms = new Set();
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
        forms.add(f);
    // Longest first, so a secret that contains another is replaced whole.
    ordered = [...forms].sort((a, b) => b.length - a.length);
}
/** Forget every secret (tests). */
function forgetSecrets() {
    forms.clear();
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
function redact(text) {
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
        return redact(url);
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
    return redact(`${url.slice(0, q)}?${params}${fragment === undefined ? '' : `#${fragment}`}`);
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
function urlSecrets(url) {
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
    return [...new Set([parsed.password, decoded, ...headerSecrets(basic)])];
}
/** The secrets an HTTP header value carries: the whole value and, after a scheme (`Bearer xyz`), the credential alone. */
function headerSecrets(value) {
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


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export report */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5081);
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

/***/ 5081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Bq: () => (/* binding */ LogStream),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Q1: () => (/* binding */ setUrlSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yw: () => (/* binding */ setHeaderSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports issueCommand, neutralise, safeLog, notice, isDebug, heredocDelimiter, OUTPUT_LIMIT_BYTES, truncateUtf8, saveState, getState, exportVariable, startGroup, endGroup, SUMMARY_LIMIT_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9442);
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
const crypto = () => process.getBuiltinModule('node:crypto');
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
        .map(([k, v]) => `${k}=${escapeProperty((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(String(v)))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(message))}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
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
        .join(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
/** Text as it may reach the log: secrets redacted, command lines made inert. */
function safeLog(text) {
    return neutralise((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(text));
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
        process.stdout.write(safeLog(body.slice(0, last).replace(/\r$/, '')) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
        this.pending = this.pending.slice(last + 1);
    }
    end() {
        const rest = (this.pending + this.decoder.decode()).replace(/\r$/, '');
        this.pending = '';
        if (rest !== '')
            process.stdout.write(safeLog(rest) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
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
    process.stdout.write(safeLog(message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
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
    (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberSecret */ .Gz)(secret);
    // The runner's AddMaskCommandExtension also masks each line of a multi-line value.
    issueCommand('add-mask', {}, secret);
}
/** Mask an HTTP header value whole and without its scheme (`Bearer xyz` masks `Bearer xyz` and `xyz`). */
function setHeaderSecret(value) {
    for (const v of (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .headerSecrets */ .n3)(value))
        setSecret(v);
}
/** Mask the password of a URL (`https://user:pw@host`), raw and decoded. Returns the URL as it may be printed. */
function setUrlSecret(url) {
    for (const v of (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .urlSecrets */ .Fn)(url))
        setSecret(v);
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(url);
}
/** A heredoc delimiter that does not occur in the key or the value (regenerated in the unlikely event it does). */
function heredocDelimiter(key, value) {
    for (;;) {
        const delimiter = `ghadelimiter_${crypto().randomUUID()}`;
        if (!key.includes(delimiter) && !value.includes(delimiter))
            return delimiter;
    }
}
function fileCommand(envName, key, value) {
    const file = process.env[envName];
    if (!file)
        return false;
    const delimiter = heredocDelimiter(key, value);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`, 'utf8');
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
    const clean = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(value);
    if (clean !== value)
        warning(`Output '${name}' contained a secret; it was replaced by ***.`);
    let written = clean;
    let full;
    if (Buffer.byteLength(clean, 'utf8') > OUTPUT_LIMIT_BYTES) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shipline-outputs');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(dir, { recursive: true });
        full = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${name.replace(/[^\w.-]/g, '_')}-${crypto().randomBytes(4).toString('hex')}.txt`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(full, clean, 'utf8');
        const note = `\n[truncated: the full ${Buffer.byteLength(clean, 'utf8')} bytes are in ${full}]`;
        written = truncateUtf8(clean, OUTPUT_LIMIT_BYTES - Buffer.byteLength(note, 'utf8')) + note;
        warning(`Output '${name}' is over GitHub's 1 MB limit for an output: it was truncated; the full text is in ${full}.`);
    }
    if (!fileCommand('GITHUB_OUTPUT', name, written)) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
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
    const text = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(markdown);
    const have = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.size ?? 0;
    if (have + Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES)
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, text, 'utf8');
    const note = '\n\n> ⚠️ The rest of this summary was cut: GitHub shows at most 1 MiB per step. The log has the details.\n';
    const room = SUMMARY_LIMIT_BYTES - have - Buffer.byteLength(note, 'utf8');
    if (room > 0)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, truncateUtf8(text, room) + note, 'utf8');
    warning(`The job summary was cut at GitHub's 1 MiB limit for a step summary.`);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
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
