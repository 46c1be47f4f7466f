import * as __WEBPACK_EXTERNAL_MODULE__openfeature_server_sdk_120d32cd__ from "@openfeature/server-sdk";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 855:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(195)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(825)
const { safeRe: re, t } = __nccwpck_require__(227)

const parseOptions = __nccwpck_require__(464)
const { compareIdentifiers } = __nccwpck_require__(192)

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

/***/ 841:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(855)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 825:
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

/***/ 195:
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

/***/ 192:
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

/***/ 464:
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

/***/ 227:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(825)
const debug = __nccwpck_require__(195)
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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LL: () => (/* reexport */ BREAKER_PERIOD),
  Nm: () => (/* reexport */ BREAKER_STATE),
  eW: () => (/* reexport */ BREAKER_TRIAL),
  gP: () => (/* reexport */ FlagFileSource),
  OM: () => (/* reexport */ ShiplineProvider),
  Iw: () => (/* reexport */ changedFlags),
  sU: () => (/* reexport */ toDetails),
  QP: () => (/* reexport */ typeOf)
});

;// CONCATENATED MODULE: external "@openfeature/server-sdk"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const server_sdk_namespaceObject = x({ ["OpenFeatureEventEmitter"]: () => (__WEBPACK_EXTERNAL_MODULE__openfeature_server_sdk_120d32cd__.OpenFeatureEventEmitter), ["ProviderEvents"]: () => (__WEBPACK_EXTERNAL_MODULE__openfeature_server_sdk_120d32cd__.ProviderEvents) });
;// CONCATENATED MODULE: ../flags/src/murmur3.ts
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

;// CONCATENATED MODULE: ../flags/src/fractional.ts
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

;// CONCATENATED MODULE: ../flags/src/cbor.ts
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
var compare = __nccwpck_require__(841);
var compare_default = /*#__PURE__*/__nccwpck_require__.n(compare);
;// CONCATENATED MODULE: ../flags/src/semver-op.ts
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

;// CONCATENATED MODULE: ../flags/src/jsonlogic.ts
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
class JsonLogicError extends Error {
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
function evaluate(rule, data, warnings = [], options = {}) {
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
        throw new JsonLogicError(`unsupported JsonLogic operator '${name}' (supported: ${SUPPORTED.join(', ')})`);
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
            if (!(error instanceof JsonLogicError))
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
            throw new JsonLogicError('fractional: targetingKey must be a string');
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
        throw new JsonLogicError(`fractional: ${error.message}`);
    }
}
function distributions(rest) {
    if (rest.length === 0)
        throw new JsonLogicError('fractional: at least one [variant, weight] pair is needed');
    return rest.map((pair) => {
        if (!Array.isArray(pair) || pair.length === 0)
            throw new JsonLogicError('fractional: each distribution must be a non-empty [variant, weight] array');
        const [variant, weight] = pair;
        if (variant !== null && typeof variant === 'object')
            throw new JsonLogicError('fractional: a variant must be a string, number, boolean or null');
        if (weight !== undefined && weight !== null && typeof weight !== 'number')
            throw new JsonLogicError('fractional: a weight must be a number');
        return { variant: variant ?? null, weight: weight ?? 1 };
    });
}

;// CONCATENATED MODULE: ../flags/src/flag-file.ts
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
function evaluateFlag(file, flagKey, context = {}, options = {}) {
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ../flags/src/flag-file-io.ts
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

;// CONCATENATED MODULE: ../flags/src/rollout.ts


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

;// CONCATENATED MODULE: ../flags/src/latency-histogram.ts
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
class LatencyHistogram {
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

;// CONCATENATED MODULE: ../flags/src/rolling-window.ts
/**
 * Time-bucketed counters over a rolling window: `buckets` slots of `windowMs / buckets` each. Buckets are rotated
 * lazily from the injected clock on every read or write (no timers), so the window is exact to one bucket and
 * costs nothing when idle. Totals are kept incrementally: a bucket's counts are subtracted when it expires.
 */

class RollingWindow {
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

;// CONCATENATED MODULE: ../flags/src/circuit-breaker.ts
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

;// CONCATENATED MODULE: ../flags/src/breaker-flag.ts

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
        return flag_file_parseFlagFile({ ...desired, flags: { ...desired.flags, [this.flagKey]: forced } });
    }
}

;// CONCATENATED MODULE: ../flags/src/matrix.ts
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

;// CONCATENATED MODULE: ../flags/src/index.ts














;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/file-source.ts
/**
 * The file adapter: read a flagd flag file, and read it again whenever it changes. Writers such as
 * staged-rollout replace the file with a rename (temp file + fsync + rename), which a watch on the file itself
 * would lose, so the directory is watched and events are filtered by name; a slow stat poll backs the watcher up
 * (network file systems, editors that truncate in place). Reads are debounced and never overlap; an unchanged
 * text is not reported twice.
 */




class FlagFileSource {
    onChange;
    options;
    path;
    watcher;
    poll;
    debounce;
    reading;
    again = false;
    lastText;
    lastKind;
    lastError;
    constructor(path, onChange, options = {}) {
        this.onChange = onChange;
        this.options = options;
        this.path = (0,external_node_path_namespaceObject.resolve)(path);
    }
    /** Read the file once (reported to `onChange`) and start watching it. */
    async start() {
        const first = await this.read();
        this.remember(first);
        const name = (0,external_node_path_namespaceObject.basename)(this.path);
        try {
            this.watcher = (0,external_node_fs_namespaceObject.watch)((0,external_node_path_namespaceObject.dirname)(this.path), { persistent: false }, (_event, filename) => {
                if (!filename || filename.toString() === name)
                    this.schedule();
            });
            this.watcher.on('error', () => this.schedule());
        }
        catch {
            // The directory may not exist yet: the poll still notices the file once it appears.
        }
        const pollMs = this.options.pollMs ?? 2000;
        if (pollMs > 0) {
            this.poll = setInterval(() => this.schedule(), pollMs);
            this.poll.unref();
        }
        return first;
    }
    /** Stop watching (idempotent). */
    stop() {
        this.watcher?.close();
        this.watcher = undefined;
        if (this.poll)
            clearInterval(this.poll);
        if (this.debounce)
            clearTimeout(this.debounce);
        this.poll = undefined;
        this.debounce = undefined;
    }
    /** Read now; resolves once the read (and any read it had to wait for) is done and reported. */
    async reload() {
        if (this.reading) {
            this.again = true;
            return this.reading;
        }
        this.reading = (async () => {
            do {
                this.again = false;
                const loaded = await this.read();
                if (this.isNew(loaded)) {
                    this.remember(loaded);
                    this.onChange(loaded);
                }
            } while (this.again);
        })().finally(() => (this.reading = undefined));
        return this.reading;
    }
    schedule() {
        if (this.debounce)
            clearTimeout(this.debounce);
        this.debounce = setTimeout(() => void this.reload(), this.options.debounceMs ?? 20);
        this.debounce.unref();
    }
    async read() {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return { kind: 'missing' };
            return { kind: 'invalid', error: error };
        }
        try {
            return { kind: 'file', file: flag_file_parseFlagFileText(text, this.path), text };
        }
        catch (error) {
            return { kind: 'invalid', error: error };
        }
    }
    isNew(loaded) {
        if (loaded.kind === 'file')
            return loaded.text !== this.lastText || this.lastKind !== 'file';
        if (loaded.kind === 'invalid')
            return this.lastKind !== 'invalid' || loaded.error.message !== this.lastError;
        return loaded.kind !== this.lastKind;
    }
    remember(loaded) {
        this.lastKind = loaded.kind;
        if (loaded.kind === 'file')
            this.lastText = loaded.text;
        this.lastError = loaded.kind === 'invalid' ? loaded.error.message : undefined;
    }
}

;// CONCATENATED MODULE: ./src/resolve.ts
/** OpenFeature's error codes for what Shipline reports (`GENERAL` for anything else). */
const ERROR_CODES = new Set(['FLAG_NOT_FOUND', 'PARSE_ERROR', 'TYPE_MISMATCH', 'GENERAL']);
/**
 * A resolution as OpenFeature details: the caller's default when the flag gives no value (DISABLED, no default
 * variant, errors), with the reason, error code and metadata kept. `extra` metadata (e.g. the breaker's) is added.
 */
function toDetails(resolution, defaultValue, extra = {}) {
    const metadata = { ...resolution.flagMetadata, ...extra };
    const details = {
        value: resolution.value === undefined ? defaultValue : resolution.value,
        reason: resolution.reason,
    };
    if (resolution.variant !== undefined && resolution.value !== undefined)
        details.variant = resolution.variant;
    if (resolution.errorCode) {
        details.errorCode = ERROR_CODES.has(resolution.errorCode) ? resolution.errorCode : 'GENERAL';
        if (resolution.errorMessage)
            details.errorMessage = resolution.errorMessage;
    }
    if (Object.keys(metadata).length > 0)
        details.flagMetadata = metadata;
    return details;
}
/** The OpenFeature type name of a JavaScript default value. */
function typeOf(value) {
    if (typeof value === 'boolean')
        return 'boolean';
    if (typeof value === 'string')
        return 'string';
    return typeof value === 'number' ? 'number' : 'object';
}
/** Keys of the flags that differ between two files (added, removed or changed), plus all when shared rules changed. */
function changedFlags(before, after) {
    const keys = new Set([...Object.keys(before?.flags ?? {}), ...Object.keys(after.flags)]);
    const shared = JSON.stringify([before?.$evaluators, before?.metadata]) !== JSON.stringify([after.$evaluators, after.metadata]);
    return [...keys].filter((k) => shared || JSON.stringify(before?.flags[k]) !== JSON.stringify(after.flags[k])).sort();
}

;// CONCATENATED MODULE: ./src/provider.ts
/**
 * `ShiplineProvider`: an OpenFeature server provider that evaluates a flagd flag file in-process — the file
 * Shipline's staged-rollout `flag` strategy writes — with @shipline/flags (flagd's evaluator, conformance-tested
 * against flagd-testbed), reloads it when it changes, and puts chosen flags behind a circuit breaker: when the
 * code path a flag turns on fails too often or gets too slow, the breaker trips and the flag serves its off
 * variant to everyone in this process, without waiting for the rollout to notice.
 */




/** Flag metadata keys the provider adds for guarded flags (pass the details back to `reportOutcome`). */
const BREAKER_STATE = 'shipline.breaker';
const BREAKER_TRIAL = 'shipline.breaker.trial';
const BREAKER_PERIOD = 'shipline.breaker.period';
/** Whether a value is already plain JSON (no Date, undefined or other objects JSON would turn into something else). */
function isJson(value, depth = 0) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return true;
    if (typeof value === 'number')
        return Number.isFinite(value);
    if (typeof value !== 'object' || depth > 32)
        return false;
    if (Array.isArray(value))
        return value.every((v) => isJson(v, depth + 1));
    if (Object.getPrototypeOf(value) !== Object.prototype)
        return false;
    for (const key in value)
        if (!isJson(value[key], depth + 1))
            return false;
    return true;
}
/** The context as JSON: as it is when it already is (the common case, no copy); else what JSON makes of it (Dates → ISO strings, as flagd's providers send them). */
function jsonContext(context) {
    if (!context)
        return {};
    return (isJson(context) ? context : JSON.parse(JSON.stringify(context)));
}
class ShiplineProvider {
    metadata = { name: 'Shipline flagd file provider' };
    runsOn = 'server';
    events = new server_sdk_namespaceObject.OpenFeatureEventEmitter();
    file = { flags: {} };
    stale = false;
    source;
    guarded = new Map();
    fractional;
    constructor(options) {
        if (typeof options?.path !== 'string' || options.path.trim() === '')
            throw new TypeError(`ShiplineProvider: option 'path' must name the flagd flag file (got ${JSON.stringify(options?.path)})`);
        if (options.fractional !== undefined && options.fractional !== 'v2' && options.fractional !== 'v3')
            throw new TypeError(`ShiplineProvider: option 'fractional' must be 'v2' or 'v3' (got ${JSON.stringify(options.fractional)})`);
        this.fractional = options.fractional ?? 'v2';
        this.source = new FlagFileSource(options.path, (loaded) => this.apply(loaded, true), options);
        for (const [flagKey, config] of Object.entries(options.breakers ?? {})) {
            const { offVariant, ...breakerOptions } = config;
            const breaker = new CircuitBreaker({ ...breakerOptions, ...(options.clock ? { clock: options.clock } : {}) });
            breaker.on('transition', (event) => {
                this.events.emit(server_sdk_namespaceObject.ProviderEvents.ConfigurationChanged, {
                    flagsChanged: [flagKey],
                    message: `circuit breaker of '${flagKey}': ${event.from} → ${event.to} (${event.reason})`,
                });
                options.onTransition?.(flagKey, event);
            });
            this.guarded.set(flagKey, new CircuitBreakerFlag({ flagKey, breaker, ...(offVariant ? { offVariant } : {}) }));
        }
    }
    /** The flag file's path (absolute). */
    get path() {
        return this.source.path;
    }
    /** Read the file and start watching it. A file that is there but invalid fails initialisation (still watched). */
    async initialize() {
        const first = await this.source.start();
        this.apply(first, false);
        if (first.kind === 'invalid')
            throw first.error;
    }
    async onClose() {
        this.source.stop();
    }
    /** Re-read the file now (the watcher does this by itself; tests and signal handlers may want it sooner). */
    reload() {
        return this.source.reload();
    }
    /** The breaker of a guarded flag (undefined for a flag without one). */
    breaker(flagKey) {
        return this.guarded.get(flagKey)?.breaker;
    }
    /** The state of a guarded flag's breaker. */
    breakerState(flagKey) {
        return this.guarded.get(flagKey)?.breaker.state;
    }
    /**
     * Report how the code path a guarded flag turned on went: `details` are the evaluation details the app got
     * (flag key + metadata, which carry the breaker's permit), `ok` whether the path succeeded, `latencyMs` how
     * long it took. Ignored for flags without a breaker and for evaluations the breaker answered with the off
     * variant.
     */
    reportOutcome(details, ok, latencyMs) {
        const guarded = this.guarded.get(details.flagKey);
        const meta = details.flagMetadata ?? {};
        const period = meta[BREAKER_PERIOD];
        if (!guarded || typeof period !== 'number')
            return;
        const permit = { trial: meta[BREAKER_TRIAL] === true, period };
        guarded.breaker.record(ok, latencyMs, permit);
    }
    /**
     * Run the new code path when the boolean flag is on, the old one otherwise — and fall back to the old one on
     * its own when the new one throws, reporting every outcome (and its latency) to the flag's breaker, so enough
     * failures (or slow calls) switch the flag off for this process.
     */
    async guard(client, flagKey, context, paths) {
        const details = await client.getBooleanDetails(flagKey, false, context);
        if (!details.value)
            return { value: await paths.off(), path: 'off' };
        const started = performance.now();
        try {
            const value = await paths.on();
            this.reportOutcome(details, true, performance.now() - started);
            return { value, path: 'on' };
        }
        catch (error) {
            this.reportOutcome(details, false, performance.now() - started);
            return { value: await paths.off(), path: 'fallback', error };
        }
    }
    async resolveBooleanEvaluation(flagKey, defaultValue, context) {
        return this.resolve(flagKey, defaultValue, context);
    }
    async resolveStringEvaluation(flagKey, defaultValue, context) {
        return this.resolve(flagKey, defaultValue, context);
    }
    async resolveNumberEvaluation(flagKey, defaultValue, context) {
        return this.resolve(flagKey, defaultValue, context);
    }
    async resolveObjectEvaluation(flagKey, defaultValue, context) {
        return this.resolve(flagKey, defaultValue, context);
    }
    resolve(flagKey, defaultValue, context) {
        const ctx = jsonContext(context);
        const guarded = this.guarded.get(flagKey);
        let resolution;
        let extra = {};
        if (guarded && Object.hasOwn(this.file.flags, flagKey)) {
            const r = guarded.evaluate(this.file, ctx, { fractional: this.fractional });
            resolution = r;
            extra = {
                [BREAKER_STATE]: r.breaker,
                ...(r.permit ? { [BREAKER_TRIAL]: r.permit.trial, [BREAKER_PERIOD]: r.permit.period } : {}),
            };
        }
        else {
            resolution = evaluateFlag(this.file, flagKey, ctx, { fractional: this.fractional });
        }
        return toDetails(expectType(resolution, typeOf(defaultValue)), defaultValue, extra);
    }
    apply(loaded, emit) {
        if (loaded.kind === 'invalid') {
            // Keep serving the last good file; say so.
            this.stale = true;
            if (emit)
                this.events.emit(server_sdk_namespaceObject.ProviderEvents.Stale, {
                    message: `${loaded.error.message} (still serving the last valid version)`,
                });
            return;
        }
        const next = loaded.kind === 'file' ? loaded.file : { flags: {} };
        const changed = changedFlags(this.file, next);
        const wasStale = this.stale;
        this.file = next;
        this.stale = false;
        if (!emit)
            return;
        if (wasStale)
            this.events.emit(server_sdk_namespaceObject.ProviderEvents.Ready, { message: `${this.path} is valid again` });
        if (changed.length > 0)
            this.events.emit(server_sdk_namespaceObject.ProviderEvents.ConfigurationChanged, {
                flagsChanged: changed,
                message: loaded.kind === 'missing'
                    ? `${this.path} is gone: every flag resolves to its default`
                    : `${this.path} changed`,
            });
    }
}

;// CONCATENATED MODULE: ./src/index.ts




var __webpack_exports__BREAKER_PERIOD = __webpack_exports__.LL;
var __webpack_exports__BREAKER_STATE = __webpack_exports__.Nm;
var __webpack_exports__BREAKER_TRIAL = __webpack_exports__.eW;
var __webpack_exports__FlagFileSource = __webpack_exports__.gP;
var __webpack_exports__ShiplineProvider = __webpack_exports__.OM;
var __webpack_exports__changedFlags = __webpack_exports__.Iw;
var __webpack_exports__toDetails = __webpack_exports__.sU;
var __webpack_exports__typeOf = __webpack_exports__.QP;
export { __webpack_exports__BREAKER_PERIOD as BREAKER_PERIOD, __webpack_exports__BREAKER_STATE as BREAKER_STATE, __webpack_exports__BREAKER_TRIAL as BREAKER_TRIAL, __webpack_exports__FlagFileSource as FlagFileSource, __webpack_exports__ShiplineProvider as ShiplineProvider, __webpack_exports__changedFlags as changedFlags, __webpack_exports__toDetails as toDetails, __webpack_exports__typeOf as typeOf };
