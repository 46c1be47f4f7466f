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

/***/ 8515:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5797)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 955:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(6841)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 5542:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9855)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


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

/***/ 4686:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(5797)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


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

/***/ 6835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yb: () => (/* reexport */ authorsBefore),
  nG: () => (/* binding */ branchNames),
  eR: () => (/* binding */ currentBranch),
  wQ: () => (/* binding */ openRange)
});

// UNUSED EXPORTS: resolveRange

// EXTERNAL MODULE: ../../packages/core/src/git.ts
var git = __nccwpck_require__(2735);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __nccwpck_require__(8400);
;// CONCATENATED MODULE: ./src/adapters/log.ts
/**
 * The commits of a range from one `git log`, started as soon as the range is known and read from then on at git's
 * pace, up to READ_AHEAD commits ahead of the engine (which may still be loading, and parses slower than git
 * writes). So the range's commits are known early, for the checks that need them, while the engine takes the
 * commits in slices, letting git's other replies through in between.
 */


/** `%m` marks a commit of the range `>` and a boundary commit (a parent outside it) `-`; `-z` ends each with NUL. */
const FORMAT = '--format=%m%H%x1f%P%x1f%an%x1f%ae%x1f%cI%x1f%B';
/**
 * Commits read but not yet handed to the engine, at most (then git waits), when the range's checks wait for the
 * whole listing (`boundary`), while the engine loads and for a range's first LISTED_WHOLE commits; else, and beyond
 * them once it reads, a slice's worth: a long range does not keep thousands of unparsed commits (and the git output
 * they are slices of) alive all the way (~28 MiB on 21k commits).
 */
const READ_AHEAD = 4096;
/**
 * A range up to this long is listed whole at git's pace, however far behind the engine is, so its checks (the
 * previous release's ancestry) run while the engine parses it, not after. (Longer: a peak of about 80 MiB over the
 * 21k commits from the root.)
 */
const LISTED_WHOLE = 2048;
/** Commits handed over between two turns of the event loop. */
const SLICE = 100;
/**
 * The first commits go in smaller slices, even when git has already written them all: git's other replies that came
 * in meanwhile (the tag listing) get through first, so the previous release's ancestry check runs while the rest
 * are parsed instead of after them (four turns of the event loop: a child's end takes a few to be seen).
 */
const FIRST_SLICE = 8;
const FIRST = 4 * FIRST_SLICE;
/** One record of FORMAT: its mark, and the commit. */
function commitOf(record) {
    const f = record.split('\x1f', 6);
    if (f.length < 6)
        return undefined;
    const head = f[0];
    return {
        mark: head.charCodeAt(0),
        commit: {
            sha: head.slice(1),
            parents: f[1] ? f[1].split(' ') : [],
            authorName: f[2],
            authorEmail: f[3],
            date: f[4],
            message: f[5],
        },
    };
}
/** A boundary commit is `from` or one of its ancestors (git marks only those as outside the range); so are its parents. */
function noteBoundary(c, boundary, before) {
    boundary.add(c.sha);
    before.add(c.sha);
    for (const p of c.parents)
        before.add(p);
}
/**
 * Start `git log` over `revs` (`A..B` or one commit), limited to `paths`. `boundary` also lists the parents outside
 * the range: `from` among them proves it precedes `to`, without a `rev-list` of its own.
 */
function startLog(cwd, revs, paths, boundary) {
    const args = ['-c', 'log.showSignature=false', 'log', '--no-color', '-z', FORMAT];
    if (boundary)
        args.push('--boundary');
    args.push('--end-of-options', revs, '--', ...paths);
    const records = (0,git/* gitRecordBatches */.kO)(args, cwd);
    const inRange = new Set();
    let kept;
    const onBoundary = new Set();
    const before = new Set();
    const queue = new Queue(boundary ? READ_AHEAD : SLICE);
    const take = (record) => {
        const r = commitOf(record);
        if (!r)
            return;
        if (r.mark === 45 /* - */)
            return noteBoundary(r.commit, onBoundary, before);
        // Kept for the whole run: as a slice of its record, each sha would keep the record (the message) too.
        if (boundary && (!kept || kept.has(r.commit.sha)))
            inRange.add((0,domain_text/* ownCopy */.S)(r.commit.sha));
        queue.push(r.commit);
    };
    // Runs up to its first await now: git starts now.
    const done = (async () => {
        try {
            for await (const batch of records) {
                for (const record of batch)
                    take(record);
                await queue.room();
            }
        }
        finally {
            queue.end();
        }
    })();
    done.catch(() => undefined); // seen by read(), or by the range checks
    const cancel = () => {
        queue.end();
        queue.clear();
        void records.return(undefined).catch(() => undefined);
    };
    return {
        done,
        get written() {
            return queue.count;
        },
        inRange,
        boundary: onBoundary,
        before,
        keepOnly(shas) {
            kept = shas;
            for (const sha of inRange)
                if (!shas.has(sha))
                    inRange.delete(sha);
        },
        async read(onCommit) {
            try {
                await queue.drain(onCommit, boundary);
            }
            catch (e) {
                cancel();
                throw e;
            }
            await done;
            return queue.count;
        },
        cancel,
    };
}
/** The commits between git and the engine: the reader waits for commits, the writer for room. */
class Queue {
    ahead;
    constructor(ahead) {
        this.ahead = ahead;
    }
    count = 0;
    items = [];
    head = 0;
    ended = false;
    /** The engine has started reading: from then on, a slice's worth ahead. */
    reading = false;
    wake;
    free;
    push(c) {
        this.items.push(c);
        this.count++;
        this.wake?.();
    }
    end() {
        this.ended = true;
        this.wake?.();
    }
    clear() {
        this.items = [];
        this.head = 0;
        this.free?.();
    }
    /** Resolves once the engine is at most `ahead` commits behind (SLICE once it reads, past LISTED_WHOLE). */
    room() {
        if (this.items.length - this.head <= this.limit())
            return Promise.resolve();
        return new Promise((resolve) => (this.free = resolve));
    }
    /** How far the writer may run ahead now. */
    limit() {
        return this.reading && this.count > LISTED_WHOLE ? Math.min(this.ahead, SLICE) : this.ahead;
    }
    /**
     * Hand every commit to `onCommit` until the writer ends. With `slices`, SLICE at a time while git is still being
     * read (FIRST_SLICE at a time for the FIRST ones, read or not), a turn of the event loop between two (git's other
     * replies, which the range checks wait on, get through).
     */
    async drain(onCommit, slices) {
        this.reading = true;
        let handed = 0;
        for (;;) {
            const first = handed < FIRST;
            const end = slices && (first || !this.ended)
                ? Math.min(this.items.length, this.head + (first ? FIRST_SLICE : SLICE))
                : this.items.length;
            handed += end - this.head;
            while (this.head < end)
                onCommit(this.items[this.head++]);
            if (this.head > this.limit() || this.head === this.items.length) {
                this.items = this.items.slice(this.head);
                this.head = 0;
            }
            if (this.items.length - this.head <= this.limit())
                this.free?.();
            if (this.head < this.items.length)
                await new Promise((resolve) => setImmediate(resolve));
            else if (this.ended)
                return;
            else
                await new Promise((resolve) => (this.wake = resolve));
        }
    }
}

// EXTERNAL MODULE: ../../packages/core/src/exec.ts
var exec = __nccwpck_require__(8018);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var src_version = __nccwpck_require__(427);
;// CONCATENATED MODULE: ./src/adapters/tags.ts

/**
 * One `git show-ref --tags -d`: every tag with its object, and the commit under each annotated tag on the line after
 * it (`^{}`). Git peels without parsing the commits, so this costs a third less than `for-each-ref` asked for
 * `%(*objectname)` on loose tags. Tags come sorted by name, as `for-each-ref` lists them. `withHead` also reads
 * HEAD's commit (`--head`), which spares a rev-parse when the range ends at HEAD.
 */
async function listTags(cwd, prefix, withHead = false) {
    const args = ['show-ref', ...(withHead ? ['--head'] : []), '--tags', '-d'];
    // A line per tag (two for an annotated one), all kept (gitRun keeps git's whole answer).
    const r = await (0,git/* gitRun */.qM)(args, cwd);
    // Exit 1 with no output: the repository has no tags.
    if (r.code !== 0 && !(r.code === 1 && r.stdout === '' && r.stderr === ''))
        throw new exec/* ExecError */.cI(['git', ...args].join(' '), r);
    const tags = [];
    const names = new Set();
    let last;
    let head;
    for (const line of r.stdout.split('\n')) {
        const space = line.indexOf(' ');
        if (space < 0)
            continue;
        const sha = line.slice(0, space);
        if (withHead && line.endsWith(' HEAD') && space === line.length - 5) {
            head = sha;
            continue;
        }
        const ref = line.slice(space + 1 + 'refs/tags/'.length);
        if (ref.endsWith('^{}')) {
            // The commit under the annotated tag listed just before.
            if (last && last.name === ref.slice(0, -3))
                last.sha = sha;
            continue;
        }
        names.add(ref);
        last = undefined;
        if (!ref.startsWith(prefix))
            continue;
        const version = ref.slice(prefix.length);
        const parsed = (0,src_version/* parseVersion */.ot)(version);
        if (parsed)
            tags.push((last = { name: ref, version, sha, parsed }));
    }
    return { tags, names, ...(head ? { head } : {}) };
}
/** How many of the newest stable tags are checked one by one before one walk over the history decides for the rest. */
const QUICK_CHECKS = 3;
/** The first tag newestReachable checks (the newest wanted one), for starting work that bets on it. */
function firstCandidate(q) {
    return newestOf(candidates(q));
}
/** The tags that can be the previous release, before any ancestry check. */
function candidates(q) {
    const { wanted } = q;
    // Default: stable versions (no pre-release part), read from the parse already made.
    const fits = wanted ? (t) => wanted(t.version) : (t) => t.parsed.prerelease.length === 0;
    return q.tags.filter((t) => (q.includeSelf || t.sha !== q.sha) && fits(t));
}
/**
 * The newest tag reachable from `sha` whose version passes `wanted`; among equal versions, the first by name.
 * `for-each-ref --merged` would walk the whole history, so the newest candidate is checked first with `merge-base
 * --is-ancestor`, which stops at the tag's commit: one short walk in the usual case (the newest release is on this
 * branch). Candidates left after QUICK_CHECKS (say, newer releases made on other branches) are settled by a single
 * `--merged` listing.
 */
async function newestReachable(q) {
    const { cwd, sha } = q;
    let left = candidates(q);
    if (q.later) {
        const after = await q.later;
        left = left.filter((t) => !after.has(t.sha));
    }
    const before = q.before ? await q.before : undefined;
    for (let k = 0; k < QUICK_CHECKS; k++) {
        const t = newestOf(left);
        if (!t)
            return undefined;
        if (t.sha === sha || before?.has(t.sha))
            return t;
        if ((await (0,git/* gitMaybe */.dK)(['merge-base', '--is-ancestor', t.sha, sha], cwd)) !== undefined)
            return t;
        left = left.filter((x) => x !== t);
    }
    if (!left.length)
        return undefined;
    const out = await (0,git/* git */.$Y)(['for-each-ref', '--format=%(refname:strip=2)', `--merged=${sha}`, 'refs/tags'], cwd);
    const merged = new Set(out.split('\n'));
    return newestOf(left.filter((t) => merged.has(t.name)));
}
/** The tag with the highest version (semver's order); among equal versions, the first by name. */
function newestOf(tags) {
    let best;
    for (const t of tags)
        if (!best || t.parsed.compare(best.parsed) > 0)
            best = t;
    return best;
}

;// CONCATENATED MODULE: ./src/adapters/authors.ts
/**
 * The authors before a range, for the release notes' new contributors: for each author of the range, whether they
 * wrote a commit before it.
 */

/** How many of the newest older commits are read whole first: a range's usual authors are among them. */
const RECENT = 200;
/**
 * Up to this many authors still unseen after those are looked for with git keeping only their commits; more make
 * git's matching cost more than a whole walk (16 fixed strings: a third more than `shortlog`), so every author is
 * listed instead.
 */
const SOUGHT = 8;
/** A range of more commits is a long one: its authors are many, and not known before it is read. */
const SHORT = 200;
/**
 * Lower-cased emails of the authors before the range, answering each of the range's authors exactly; others may be
 * missing. Empty at the start of history.
 *
 * For a short range (at most `short` commits): the `recent` newest older commits are read whole, stopped once all
 * its authors are seen (the usual case). Those still unseen (at most `sought`) are then looked for in one walk over
 * the older history where git keeps only their commits (`--author`, fixed strings, without the mailmap: the raw
 * email, as `%ae`), each written at once and the walk stopped as soon as all are seen: only a new contributor makes
 * git read the whole older history, and then it writes nothing. Otherwise every author before the range is listed
 * (one walk over the whole older history; for a long range, started as soon as the range is known to be long).
 */
async function authorsBefore(cwd, fromSha, authors, limits = {}) {
    const seen = new Set();
    if (!fromSha)
        return seen;
    const { recent = RECENT, sought = SOUGHT, short = SHORT } = limits;
    const range = await authors(short);
    if (!range)
        return everyAuthor(cwd, fromSha, seen);
    const wanted = [...new Set([...range].map((e) => e.toLowerCase()))];
    const unseen = () => wanted.filter((e) => !seen.has(e));
    if (wanted.length === 0)
        return seen;
    const read = await readEmails([`-n${recent}`, fromSha], cwd, seen, () => unseen().length === 0, false);
    const left = unseen();
    // All seen, or the whole older history read (shorter than `recent`).
    if (left.length === 0 || read < recent)
        return seen;
    if (left.length > sought)
        return everyAuthor(cwd, fromSha, seen);
    const only = left.map((e) => `--author=${e}`);
    await readEmails(['--no-use-mailmap', '-F', '-i', ...only, fromSha], cwd, seen, () => unseen().length === 0, true);
    return seen;
}
/**
 * Add the author emails `git log` lists with `args` to `seen`, lower-cased, until `stop()` says so (then git is
 * stopped); how many were read. `sparse`: git lists few commits, each handed over as soon as found.
 */
async function readEmails(args, cwd, seen, stop, sparse) {
    let read = 0;
    const log = ['-c', 'log.showSignature=false', 'log', '--format=%ae', ...args];
    for await (const batch of (0,git/* gitRecordBatches */.kO)(log, cwd, '\n', sparse)) {
        for (const email of batch)
            seen.add(email.toLowerCase());
        read += batch.length;
        if (stop())
            break;
    }
    return read;
}
/** Every author before the range, added to `seen`: git groups them itself (one line per author, not per commit). */
async function everyAuthor(cwd, fromSha, seen) {
    // Git < 2.37 lacks --group=format: then the log, a line per commit.
    const grouped = await (0,git/* gitMaybe */.dK)(['shortlog', '-s', '--group=format:%ae', fromSha], cwd);
    if (grouped === undefined) {
        await readEmails([fromSha], cwd, seen, () => false, false);
        return seen;
    }
    for (const line of grouped.split('\n'))
        seen.add(line.slice(line.indexOf('\t') + 1).toLowerCase());
    return seen;
}

;// CONCATENATED MODULE: ./src/adapters/git.ts
/**
 * Git side of the changelog: resolve the range (default `from` = newest release tag reachable from `to`), stream
 * the commits of the range into a callback while `git log` runs, and list the authors seen before the range.
 */





const FETCH_HINT = 'The checkout is shallow: use actions/checkout with `fetch-depth: 0` so the whole history and the tags are there.';
/**
 * Start resolving the range and reading its commits at once. With `from` given, `git log` starts first, beside
 * rev-parse (none for a commit id up to HEAD) and the tag listing (its boundary says whether `from` precedes `to`,
 * its commits which releases came after `from`); without, the newest release tag is bet on: its ancestry check and
 * the log of the range after it run together, and the commits reach `onCommit` only once the tag is confirmed (else
 * the log is dropped and the search goes on; with no release tag at all, the whole history is read while the
 * shallow check runs). `paths` limits the log to commits touching them.
 */
function openRange(req, paths) {
    const opened = req.from === undefined ? openAfterTag(req, paths) : openExplicit(req, req.from, paths);
    opened.range.catch(() => undefined); // read() reports it
    return withAuthors(opened);
}
/** The range, noting its authors as its commits are read. */
function withAuthors(opened) {
    const emails = new Set();
    let waiting = [];
    let count = 0;
    let settled;
    const settle = (answer) => {
        settled = answer;
        for (const w of waiting)
            w.answer(answer);
        waiting = [];
    };
    const note = (c) => {
        // A copy, not a slice (as the store interns them): a slice would keep the whole `git log` record alive.
        if (!emails.has(c.authorEmail))
            emails.add((0,domain_text/* ownCopy */.S)(c.authorEmail));
        count++;
        if (!waiting.length)
            return;
        for (const w of waiting)
            if (count > w.most)
                w.answer(undefined);
        waiting = waiting.filter((w) => count <= w.most);
    };
    return {
        ...opened,
        authors(most) {
            if (settled)
                return Promise.resolve(settled);
            if (count > most)
                return Promise.resolve(undefined);
            return new Promise((answer) => waiting.push({ most, answer }));
        },
        async read(onCommit) {
            try {
                const n = await opened.read((c) => {
                    note(c);
                    onCommit(c);
                });
                settle(emails);
                return n;
            }
            catch (e) {
                settle(new Set()); // the run fails: whoever waits for the authors can stop
                throw e;
            }
        },
    };
}
/** Resolve `from`/`to` and the previous version (without keeping the commits). */
async function resolveRange(req) {
    const opened = openRange(req, []);
    await opened.read(() => undefined);
    return opened.range;
}
/** Whether `git log` can take the ref as typed, in `from^{commit}..to^{commit}`, before rev-parse has resolved it. */
const plainRef = (ref) => !/^[-^]/.test(ref) && !ref.includes('..');
/** A full commit id, as git writes it (40 hex digits, 64 in a SHA-256 repository). */
const fullId = (ref) => /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(ref);
function openExplicit(req, from, paths) {
    const { cwd, to } = req;
    const typed = plainRef(from) && plainRef(to);
    // From a commit id to HEAD over the whole tree: the tag listing names HEAD's commit and the log's boundary shows
    // `from` is a commit before it, so no rev-parse (it runs only when that proof fails, to name the bad input).
    const quickly = typed && to === 'HEAD' && fullId(from) && paths.length === 0;
    // The tag listing starts first: it is the slower of the two (a file per loose tag, each peeled), and the previous
    // release's ancestry check waits for it. It is re-raised only after rev-parse had its chance to name a bad input.
    const listed = listTags(cwd, req.tagPrefix, quickly);
    listed.catch(() => undefined);
    const early = typed ? startLog(cwd, `${from}^{commit}..${to}^{commit}`, paths, true) : undefined;
    const quick = quickly ? early : undefined;
    const revs = quick ? provenRevs(cwd, from, quick, listed) : revParse(cwd, to, from);
    const log = quick ? Promise.resolve(quick) : logOnceResolved(cwd, revs, early, paths);
    log.catch(() => undefined);
    // Of the range's commits, only the tagged ones matter (for `later`): the others are not kept (21k shas on a long one).
    void Promise.all([log, listed]).then(([l, { tags }]) => l.keepOnly(new Set(tags.map((t) => t.sha))), () => undefined);
    // The log read to its end (undefined if git failed: the checks fall back to merge-base).
    const listing = log.then((l) => l.done.then(() => l, () => undefined), () => undefined);
    const range = (async () => {
        const { toSha, fromSha = '' } = await revs;
        const { tags, names } = await listed;
        // Releases made after `from` (their commits are in the range) cannot precede it: dropped before any check.
        const later = listing.then((l) => l?.inRange ?? new Set());
        const before = listing.then((l) => l?.before ?? new Set());
        const [, prev] = await Promise.all([
            checkOrder(cwd, from, fromSha, to, toSha, listing),
            newestReachable({ cwd, tags, sha: fromSha, includeSelf: true, wanted: req.previous, later, before }),
        ]);
        return {
            from,
            fromSha,
            ...facts(req, toSha, tags, names),
            ...(prev ? { previousVersion: prev.version, previousTag: prev.name } : {}),
        };
    })();
    return {
        // A commit id is itself as soon as asked for (an annotated tag's id would name the same history).
        fromSha: quick
            ? Promise.resolve(from)
            : revs.then((r) => r.fromSha, () => undefined),
        range,
        written: listing.then((l) => l?.written),
        async read(onCommit) {
            const counted = log.then((l) => l.read(onCommit));
            await Promise.allSettled([counted, range]);
            await range;
            return counted;
        },
    };
}
/** The facts every range has: `to`, whether it names a tag, the versions taken. */
function facts(req, toSha, tags, names) {
    const to = req.to;
    return {
        to,
        toSha,
        toIsTag: names.has(to.startsWith('refs/tags/') ? to.slice('refs/tags/'.length) : to),
        taken: req.allTags ? tags.map((t) => t.version) : [],
    };
}
function openAfterTag(req, paths) {
    const { cwd, to } = req;
    const atHead = to === 'HEAD';
    const listed = listTags(cwd, req.tagPrefix, atHead);
    listed.catch(() => undefined);
    // `to` = HEAD (the default): the tag listing names its commit, no rev-parse (unless that failed: then rev-parse
    // says why). Whether the clone is shallow is then asked only if no release tag is found.
    const fallback = () => revParse(cwd, to, undefined);
    const revs = atHead
        ? listed.then((l) => (l.head ? { toSha: l.head } : fallback()), fallback)
        : fallback();
    const resolved = (async () => {
        const { toSha, shallow } = await revs;
        const { tags, names } = await listed;
        // A tag on `to` itself is the release being (re)described, not the previous one.
        const query = { cwd, tags, sha: toSha, includeSelf: false, wanted: req.previous };
        const bet = firstCandidate(query);
        // No release tag at all: the bet is the whole history (read while the shallow check runs, dropped if shallow).
        const betLog = startLog(cwd, bet ? `${bet.sha}..${toSha}` : toSha, paths, false);
        const prev = await newestReachable(query).catch((e) => {
            betLog.cancel();
            throw e;
        });
        const won = prev?.sha === bet?.sha;
        if (!won)
            betLog.cancel();
        if (!prev && (shallow ?? (await (0,git/* isShallow */.fE)(cwd)))) {
            betLog.cancel();
            throw new errors/* UserError */.yo(`No release tag matching '${req.tagPrefix}*' is reachable from '${to}', and the history is incomplete (shallow clone), so the whole history cannot be read`, { hint: FETCH_HINT });
        }
        const log = won ? betLog : startLog(cwd, prev ? `${prev.sha}..${toSha}` : toSha, paths, false);
        const base = facts(req, toSha, tags, names);
        const range = prev
            ? { from: prev.name, fromSha: prev.sha, ...base, previousVersion: prev.version, previousTag: prev.name }
            : base;
        return { range, log };
    })();
    resolved.catch(() => undefined);
    return {
        fromSha: resolved.then((r) => r.range.fromSha, () => undefined),
        range: resolved.then((r) => r.range),
        written: resolved.then((r) => r.log.done.then(() => r.log.written, () => undefined), () => undefined),
        read: async (onCommit) => (await resolved).log.read(onCommit),
    };
}
/** The early log when rev-parse resolved the refs as it took them, else a log of the resolved commits. */
function logOnceResolved(cwd, revs, early, paths) {
    return revs.then((r) => {
        if (early && r.exact)
            return early;
        early?.cancel();
        return startLog(cwd, `${r.fromSha}..${r.toSha}`, paths, true);
    }, (e) => {
        early?.cancel();
        throw e;
    });
}
/**
 * `to` = HEAD and `from` a commit id: HEAD's commit from the tag listing, and `from` proven a commit before it by the
 * log's boundary (or by being HEAD's); else rev-parse as usual, which also names a bad input.
 */
async function provenRevs(cwd, from, log, listed) {
    const head = await Promise.all([listed, log.done]).then(([l]) => l.head, () => undefined);
    if (head && (head === from || log.boundary.has(from)))
        return { toSha: head, fromSha: from, exact: true };
    return revParse(cwd, 'HEAD', from);
}
/**
 * One `git rev-parse` for `to`, `from` and the shallow flag (`exact`: that one call resolved both, as `git log` would
 * resolve them typed); on failure, resolveRef names the bad input.
 */
async function revParse(cwd, to, from) {
    const refs = from === undefined ? [to] : [to, from];
    const out = refs.some((r) => r.startsWith('-'))
        ? undefined
        : await (0,git/* gitMaybe */.dK)(['rev-parse', '--is-shallow-repository', ...refs.map((r) => `${r}^{commit}`)], cwd);
    const lines = out?.split('\n') ?? [];
    // One commit per ref (not, say, `^sha` for a ref like `^main`): else resolveRef decides, naming the bad input.
    if (lines.length === refs.length + 1 && lines.slice(1).every((l) => /^[0-9a-f]{40,64}$/.test(l)))
        return {
            shallow: lines[0] === 'true',
            toSha: lines[1],
            ...(from !== undefined ? { fromSha: lines[2] } : {}),
            exact: true,
        };
    const shallow = await (0,git/* isShallow */.fE)(cwd);
    const toSha = await (0,git/* resolveRef */.qE)(to, cwd, 'to');
    if (from === undefined)
        return { toSha, shallow, exact: false };
    const fromSha = await (0,git/* resolveRef */.qE)(from, cwd, 'from').catch((e) => {
        throw shallow && e instanceof errors/* UserError */.yo ? new errors/* UserError */.yo(e.message, { hint: FETCH_HINT }) : e;
    });
    return { toSha, fromSha, shallow, exact: false };
}
/** Branch names that exist here, local and remote-tracking (`origin/1.x` → `1.x`), for the maintenance lines. */
async function branchNames(cwd) {
    const out = await (0,git/* git */.$Y)(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/remotes'], cwd);
    const names = out
        .split('\n')
        .filter(Boolean)
        .map((r) => (r.startsWith('refs/heads/') ? r.slice(11) : r.replace(/^refs\/remotes\/[^/]+\//, '')));
    return [...new Set(names)].filter((n) => n !== 'HEAD');
}
/**
 * The branch being released: GITHUB_REF's when it is a branch; on a pull request the base branch (the line the PR
 * would release into); else the checked-out one; undefined when detached.
 */
async function currentBranch(cwd, env = process.env) {
    if (env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    if (env.GITHUB_BASE_REF)
        return env.GITHUB_BASE_REF;
    return (0,git/* gitMaybe */.dK)(['symbolic-ref', '--quiet', '--short', 'HEAD'], cwd);
}
/**
 * `from` must precede `to`: it does when it is on the boundary of `from..to` (a parent of a commit in the range),
 * else one `merge-base` settles it (without a listing); a second says which way round for the error.
 */
async function checkOrder(cwd, from, fromSha, to, toSha, listing) {
    if (fromSha === toSha)
        return;
    const listed = await listing;
    if (listed?.boundary.has(fromSha))
        return;
    if (!listed && (await (0,git/* gitMaybe */.dK)(['merge-base', '--is-ancestor', fromSha, toSha], cwd)) !== undefined)
        return;
    const after = (await (0,git/* gitMaybe */.dK)(['merge-base', '--is-ancestor', toSha, fromSha], cwd)) !== undefined;
    const why = after
        ? `comes after 'to' ('${to}'): the range would be empty`
        : `is not an ancestor of 'to' ('${to}'): they are on different branches`;
    throw new errors/* UserError */.yo(`Input 'from': '${from}' ${why}`, {
        hint: "Set 'from' to an older tag or commit on the history of 'to', or leave it empty to start at the previous release tag.",
    });
}


/***/ }),

/***/ 6730:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
// EXTERNAL MODULE: ../../packages/core/src/version.ts
var version = __nccwpck_require__(427);
// EXTERNAL MODULE: ./src/compilers.ts
var compilers = __nccwpck_require__(7844);
// EXTERNAL MODULE: ./src/domain/bump.ts + 1 modules
var bump = __nccwpck_require__(2063);
// EXTERNAL MODULE: ./src/defaults.ts
var defaults = __nccwpck_require__(6646);
// EXTERNAL MODULE: ./src/pipeline.ts
var pipeline = __nccwpck_require__(7538);
;// CONCATENATED MODULE: ./src/cli.ts
/**
 * Local entry, no GitHub needed (commits only): `node actions/changelog/dist/index.js --repo DIR [options]`.
 * Prints the changelog (default), the release notes (`--notes`), or the structured result (`--json`) to stdout;
 * progress and errors go to stderr; exit 1 on a bad argument or git error.
 */








const USAGE = `Usage: node actions/changelog/dist/index.js --repo DIR [options]

Prints the next version's changelog for a git repository (no GitHub needed). Progress goes to stderr.

  --repo DIR                     the git repository (required)
  --from REF / --to REF          the range (default: the newest release tag .. HEAD)
  --tag-prefix P                 prefix of release tags (default: v)
  --path P                       only commits touching P (repeatable)
  --prerelease CHANNEL           e.g. rc: 1.3.0-rc.1, rc.2, ...
  --initial-version V            first release (default: 0.1.0)
  --release-as V                 this exact version, whatever the commits say
  --feat-bumps-patch-below-1     below 1.0.0 a feature bumps patch
  --repository OWNER/NAME        for links
  --json | --notes | --summary   the structured result, the release notes, or the job summary
  --quiet                        no progress on stderr
  -h, --help                     this text
`;
const OPTIONS = {
    repo: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string', default: 'HEAD' },
    'tag-prefix': { type: 'string', default: 'v' },
    path: { type: 'string', multiple: true, default: [] },
    prerelease: { type: 'string' },
    'initial-version': { type: 'string', default: '0.1.0' },
    repository: { type: 'string' },
    json: { type: 'boolean', default: false },
    notes: { type: 'boolean', default: false },
    summary: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'release-as': { type: 'string' },
    'feat-bumps-patch-below-1': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
};
/** Run the CLI with `argv` (without node and script). */
async function cli(argv) {
    try {
        const { values: v } = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, strict: true });
        if (v.help)
            return void process.stdout.write(USAGE);
        check(v);
        // The streams the run writes to are made first: their modules then still come from Node's code cache.
        void process.stdout;
        if (!v.quiet)
            void process.stderr;
        (0,compilers/* withoutOptimisingCompilers */.E)();
        const log = (m) => void (v.quiet || process.stderr.write(`${m}\n`));
        const run = await (0,pipeline.generate)(options(v, log));
        const r = run.result;
        log(`${r.previousVersion ?? '(none)'} -> ${r.version || '(none)'} (${r.releaseType}); ${r.total} commits, ${r.nonConventional.length} not conventional`);
        await write(await output(v, run));
    }
    catch (e) {
        const hint = e instanceof errors/* UserError */.yo && e.hint ? `\nHint: ${e.hint}` : '';
        process.stderr.write(`error: ${(0,errors/* messageOf */.bD)(e)}${hint}\n`);
        process.exitCode = 1;
    }
}
/** Bad arguments fail before any git command runs. */
function check(v) {
    if (!v.repo)
        throw new errors/* UserError */.yo(`--repo is required\n${USAGE}`);
    if (v['release-as'] !== undefined && !(0,version/* isVersion */.lF)(v['release-as']))
        throw new errors/* UserError */.yo(`--release-as '${v['release-as']}' is not a semantic version such as 1.0.0`);
    if (!(0,version/* isVersion */.lF)(v['initial-version']))
        throw new errors/* UserError */.yo(`--initial-version '${v['initial-version']}' is not a semantic version such as 0.1.0`);
    if (v.prerelease !== undefined && !(0,bump/* isChannel */.IV)(v.prerelease))
        throw new errors/* UserError */.yo(`--prerelease '${v.prerelease}' is not a channel name such as rc or beta`);
}
/** The run's options from the arguments (commits only: the CLI reads no pull requests). */
function options(v, log) {
    return {
        cwd: (0,external_node_path_.resolve)(v.repo ?? '.'),
        ...(v.from ? { from: v.from } : {}),
        to: v.to,
        tagPrefix: v['tag-prefix'],
        initialVersion: v['initial-version'],
        ...(v.prerelease ? { prerelease: v.prerelease } : {}),
        breakingBumpsMajorBelow1: false,
        featBumpsPatchBelow1: v['feat-bumps-patch-below-1'],
        ...(v['release-as'] ? { releaseAs: v['release-as'] } : {}),
        paths: v.path,
        source: 'commits',
        includeTypes: defaults/* DEFAULT_INCLUDE */.Z,
        ...(v.repository ? { repository: v.repository } : {}),
        now: new Date(),
        notes: v.notes,
        log: { info: log, warning: (m) => log(`warning: ${m}`) },
    };
}
/** What goes to stdout: the JSON result, the notes, the job summary, or the changelog in parts. */
async function output(v, run) {
    const nl = (text) => (text.endsWith('\n') ? text : `${text}\n`);
    if (v.json)
        return [`${JSON.stringify(run.json(), null, 2)}\n`];
    if (v.notes)
        return [nl(run.notes)];
    if (!v.summary)
        return run.changelogParts();
    const { buildSummary } = await __nccwpck_require__.e(/* import() */ 191).then(__nccwpck_require__.bind(__nccwpck_require__, 5191));
    const range = { ...(run.range.from ? { from: run.range.from } : {}), to: run.range.to };
    return [nl(buildSummary(run.result, range, run.links, run.notes).toString())];
}
/** Write parts to stdout as they come, waiting for a slow reader (a pipe) instead of queueing the whole document. */
async function write(parts) {
    for (const part of parts)
        if (!process.stdout.write(part))
            await (0,external_node_events_namespaceObject.once)(process.stdout, 'drain');
}


/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ withoutOptimisingCompilers),
/* harmony export */   n: () => (/* binding */ withoutBaselineCompiler)
/* harmony export */ });
/**
 * V8's optimising compilers off for the rest of the run. A run lasts well under a second: Maglev and TurboFan would
 * spend more CPU compiling the hot parsing and rendering code, on background threads, than their code then saves,
 * and keep their compilers' memory (without them a long history takes ~10% less CPU and peaks ~11 MiB lower,
 * bench/changelog.bench.mjs). The interpreter and the baseline compiler (Sparkplug) run the same code.
 *
 * Call it once the Node modules the run needs are loaded, before the hot code runs: Node's own modules come from a
 * code cache that V8 refuses once its flags have changed, so each module loaded after this is compiled again from
 * its source (child_process and the streams it loads: ~5 ms of CPU, a twentieth of a short run).
 */
function withoutOptimisingCompilers() {
    const { setFlagsFromString } = process.getBuiltinModule('node:v8');
    setFlagsFromString('--no-turbofan');
    setFlagsFromString('--no-maglev');
}
/**
 * The baseline compiler (Sparkplug) off too, for a run found to be short (git has written its whole range, and the
 * range is short): the functions it would compile from then on run too few more times to repay it (the last 1000
 * commits: ~4 ms less CPU). A long run keeps it: over a whole history its code saves more than it costs (~7%).
 */
function withoutBaselineCompiler() {
    process.getBuiltinModule('node:v8').setFlagsFromString('--no-sparkplug');
}


/***/ }),

/***/ 6646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ DEFAULT_INCLUDE)
/* harmony export */ });
/** Commit types the release notes list unless told otherwise (the `include-types` input; the CLI's notes). */
const DEFAULT_INCLUDE = ['feat', 'fix', 'perf', 'deprecations'];


/***/ }),

/***/ 2063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M_: () => (/* binding */ commitImpact),
  IV: () => (/* binding */ isChannel),
  jS: () => (/* binding */ maxImpact),
  yU: () => (/* binding */ nextVersion)
});

// UNUSED EXPORTS: compareVersions, isPrerelease, labelImpact

// EXTERNAL MODULE: ../../node_modules/semver/functions/compare.js
var compare = __nccwpck_require__(6841);
// EXTERNAL MODULE: ../../node_modules/semver/functions/inc.js
var inc = __nccwpck_require__(5542);
var inc_default = /*#__PURE__*/__nccwpck_require__.n(inc);
// EXTERNAL MODULE: ../../node_modules/semver/functions/parse.js
var parse = __nccwpck_require__(5797);
var parse_default = /*#__PURE__*/__nccwpck_require__.n(parse);
// EXTERNAL MODULE: ../../node_modules/semver/functions/prerelease.js
var prerelease = __nccwpck_require__(4686);
var prerelease_default = /*#__PURE__*/__nccwpck_require__.n(prerelease);
// EXTERNAL MODULE: ../../node_modules/semver/functions/diff.js
var functions_diff = __nccwpck_require__(8515);
var diff_default = /*#__PURE__*/__nccwpck_require__.n(functions_diff);
// EXTERNAL MODULE: ../../node_modules/semver/functions/gt.js
var gt = __nccwpck_require__(955);
var gt_default = /*#__PURE__*/__nccwpck_require__.n(gt);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __nccwpck_require__(5736);
;// CONCATENATED MODULE: ./src/domain/release-as.ts
/** Versions the user decides instead of the commits: `release-as`, and the first release at `initial-version`. Pure. */
// One module per function, as in bump.ts: `semver` itself loads all of it at startup.




/** The `release-type` of going from `from` to `to`: a pre-release target is `prerelease`. */
function releaseTypeBetween(from, to) {
    if (prerelease_default()(to))
        return 'prerelease';
    const diff = diff_default()(from, to);
    return diff === 'major' || diff === 'minor' ? diff : 'patch';
}
/**
 * `release-as`: this exact version, whatever the commits say (also when nothing releasable landed). It must be above
 * the previous release, so a tag is never reused or moved backwards.
 */
function forcedVersion(releaseAs, previous) {
    if (previous !== undefined && !gt_default()(releaseAs, previous)) {
        throw new errors/* InputError */.dz('release-as', releaseAs, `is not above the previous release ${previous}`, {
            hint: 'Give a higher version, or leave release-as empty to take the version from the commits.',
        });
    }
    return { version: releaseAs, releaseType: releaseTypeBetween(previous ?? '0.0.0', releaseAs) };
}

;// CONCATENATED MODULE: ./src/domain/bump.ts
/** Version rules: how far each change moves the version, and the next version from the previous one. Pure. */
// One module per function: `semver` itself loads all of it at startup (ranges, comparators, the lot).





const ORDER = ['none', 'patch', 'minor', 'major'];
/** The larger of two impacts. */
function maxImpact(a, b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
/** Impact named by a `semver:major|minor|patch|none` label (also `release:major`, `breaking`), if any. */
function labelImpact(labels) {
    let out;
    for (const raw of labels) {
        const l = raw.toLowerCase().trim();
        const m = /^(?:semver|release|bump)[:/ -](major|minor|patch|none)$/.exec(l);
        const impact = m
            ? m[1]
            : l === 'breaking' || l === 'breaking change' || l === 'breaking-change'
                ? 'major'
                : undefined;
        if (impact)
            out = out ? maxImpact(out, impact) : impact;
    }
    return out;
}
/** Impact of one commit in its section: breaking → major, then labels, then the section's own impact. */
function commitImpact(commit, section, useLabels) {
    let impact = section.impact;
    if (commit.breaking)
        impact = 'major';
    const fromLabels = useLabels && commit.pull ? labelImpact(commit.pull.labels) : undefined;
    if (fromLabels)
        impact = maxImpact(impact, fromLabels);
    return impact;
}
/** The next version and the `release-type` output. `none` keeps the previous version. */
function nextVersion(impact, rules) {
    if (rules.releaseAs)
        return { ...forcedVersion(rules.releaseAs, rules.previous), effective: impact };
    // A first release is `initial` even when only chores landed (the caller decides that an empty range is no release).
    if (impact === 'none' && rules.previous === undefined)
        return { version: rules.initial, releaseType: releaseTypeBetween('0.0.0', rules.initial), effective: 'none' };
    if (impact === 'none')
        return { version: rules.previous ?? '', releaseType: 'none', effective: 'none' };
    let effective = impact;
    let stable;
    if (rules.previous === undefined) {
        stable = rules.initial;
    }
    else {
        const prev = parse_default()(rules.previous);
        if (!prev)
            throw new Error(`previous version '${rules.previous}' is not semver`);
        if (impact === 'major' && prev.major === 0 && !rules.breakingBumpsMajorBelow1)
            effective = 'minor';
        else if (impact === 'minor' && prev.major === 0 && rules.featBumpsPatchBelow1)
            effective = 'patch';
        // From a pre-release, finishing it counts: 1.3.0-rc.2 + patch → 1.3.0 (semver's inc does this).
        stable = inc_default()(prev.version, effective);
    }
    if (!rules.prerelease)
        return { version: stable, releaseType: rules.previous === undefined ? impact : effective, effective };
    const prefix = `${stable}-${rules.prerelease}.`;
    let n = 0;
    for (const t of rules.taken ?? []) {
        if (!t.startsWith(prefix))
            continue;
        const k = Number(t.slice(prefix.length));
        if (Number.isSafeInteger(k) && k > n)
            n = k;
    }
    return { version: `${prefix}${n + 1}`, releaseType: 'prerelease', effective };
}
/** A valid pre-release channel name (`rc`, `beta`, `next-2`). */
function isChannel(name) {
    return /^[0-9A-Za-z-]+$/.test(name) && !/^\d+$/.test(name);
}
/** Compare two versions (for sorting tags). */
const compareVersions = (a, b) => semverCompare(a, b);
/** Pre-release part of a version, if any. */
const isPrerelease = (v) => semverPrerelease(v) !== null;


/***/ }),

/***/ 8400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ ownCopy)
/* harmony export */ });
/** String helpers of the engine. Pure. */
/**
 * A copy of `s` that holds only its own characters. A slice of a long string (a `git log` record) keeps the whole
 * string (the message too) alive for as long as the slice is: copy what is kept for the whole run.
 */
function ownCopy(s) {
    return ` ${s}`.slice(1);
}


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _compilers_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7844);
/**
 * Entry. Local use without GitHub (`node dist/index.js --repo DIR [...]`, see cli.ts) runs the CLI; the action
 * runs main.ts. The CLI is in this file (no chunk to load before its git starts); the action's glue (inputs, the
 * changelog file, drift, outputs) is one chunk of its own, which the CLI then neither compiles nor loads.
 */

const argv = process.argv.slice(2);
if (!process.env.GITHUB_ACTIONS && argv.some((a) => a === '--repo' || a === '--help' || a === '-h')) {
    const { cli } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 6730));
    await cli(argv); // turns the optimising compilers off once its arguments are checked
}
else {
    const [{ run }, { main }] = await Promise.all([
        Promise.all(/* import() | action */[__nccwpck_require__.e(114), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6262)),
        Promise.all(/* import() | action */[__nccwpck_require__.e(114), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 620)),
    ]);
    (0,_compilers_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutOptimisingCompilers */ .E)();
    await run(main);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   generate: () => (/* binding */ generate)
/* harmony export */ });
/* harmony import */ var _adapters_git_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6835);
/* harmony import */ var _compilers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7844);


/** A range of at most this many commits makes a short run (see withoutBaselineCompiler). */
const SHORT_RANGE = 2048;
/** Run the engine over a repository. */
async function generate(o) {
    const lined = o.branches ? await releaseLine(o, o.branches) : undefined;
    const line = lined?.facts;
    const prerelease = line?.line?.prerelease ?? o.prerelease;
    const opened = (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .openRange */ .wQ)(rangeRequest(o, prerelease !== undefined, lined?.previous), o.paths);
    // A short range, once git has written it all: the rest of the run is short too.
    void opened.written.then((n) => {
        if (n !== undefined && n <= SHORT_RANGE)
            (0,_compilers_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutBaselineCompiler */ .n)();
    });
    // Git runs while the engine, its parser and the renderers load.
    const documents = __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.bind(__nccwpck_require__, 5815));
    const { ChangelogEngine } = await Promise.all(/* import() */[__nccwpck_require__.e(798), __nccwpck_require__.e(482)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4482));
    const engine = new ChangelogEngine();
    const wantNotes = o.notes ?? true;
    const earlierAuthors = wantNotes ? opened.fromSha.then((sha) => (0,_adapters_git_js__WEBPACK_IMPORTED_MODULE_0__/* .authorsBefore */ .Yb)(o.cwd, sha, opened.authors)) : undefined;
    earlierAuthors?.catch(() => undefined); // awaited below, once the range is known to be good
    const count = await opened.read((c) => engine.add(c));
    const range = await opened.range;
    logRange(o, range);
    const earlier = await earlierAuthors;
    const pulls = o.source !== 'commits' && count > 0 ? await __nccwpck_require__.e(/* import() */ 819).then(__nccwpck_require__.bind(__nccwpck_require__, 8819)) : undefined;
    const apiCalls = pulls ? await pulls.tryPulls(o, engine, count) : 0;
    const finished = engine.finish(engineOptions(o, range, prerelease));
    const result = lined ? lined.onTheLine(lined.facts, finished) : finished;
    return (await documents).describe(o, { result, range, earlier, apiCalls, ...(line ? { line } : {}) });
}
/**
 * With `branches`: the branch's release line, which versions can be its previous release, and the check of the
 * result against the line (loaded only then).
 */
async function releaseLine(o, branches) {
    // One chunk: line.js and domain/branches.js share core's branch rules, which two chunks would each carry.
    const { readLine, onTheLine, previousOnLine } = await __nccwpck_require__.e(/* import() */ 114).then(__nccwpck_require__.bind(__nccwpck_require__, 5114));
    const facts = await readLine(o.cwd, branches, o.log);
    return { facts, previous: previousOnLine(facts.line), onTheLine };
}
/** What to resolve: the range from the tags (the previous release on the branch's line with `branches`). */
function rangeRequest(o, allTags, previous) {
    return {
        cwd: o.cwd,
        ...(o.from !== undefined ? { from: o.from } : {}),
        to: o.to,
        tagPrefix: o.tagPrefix,
        allTags,
        // Without `branches` the default: stable versions (what previousOnLine gives for no line).
        ...(previous ? { previous } : {}),
    };
}
function logRange(o, range) {
    o.log.info(`Range: ${range.from ?? '(start of history)'}..${range.to}${o.paths.length ? ` limited to ${o.paths.join(', ')}` : ''}; previous version ${range.previousVersion ?? 'none'}`);
}
function engineOptions(o, range, prerelease) {
    return {
        source: o.source,
        ...(o.labelMap ? { labelMap: o.labelMap } : {}),
        ...(o.skipLabel ? { skipLabel: o.skipLabel } : {}),
        ...(range.previousVersion !== undefined ? { previous: range.previousVersion } : {}),
        initial: o.initialVersion,
        ...(prerelease ? { prerelease } : {}),
        breakingBumpsMajorBelow1: o.breakingBumpsMajorBelow1,
        ...(o.featBumpsPatchBelow1 ? { featBumpsPatchBelow1: true } : {}),
        ...(o.releaseAs ? { releaseAs: o.releaseAs } : {}),
        taken: range.taken,
        tip: range.toSha,
        ...(o.notes === false ? { members: false } : {}),
    };
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* binding */ RemoteError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export quote */
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

/***/ 8018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec)
/* harmony export */ });
/* unused harmony export lastLines */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5736);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(149);
/**
 * Process helpers: always `execFile`-style (program + argument array, never a shell string), with a timeout,
 * output captured and optionally streamed to the log inside a `core.group`.
 */



/** Thrown when a command exits non-zero (and allowFailure is not set). */
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
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
            ? (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { ...how, stdio: ['pipe', 'pipe', 'pipe'] })
            : (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { ...how, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = new Tail(maxBuffer);
        const err = new Tail(maxBuffer);
        const logs = options.stream ? [new _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .LogStream */ .Bq(), new _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .LogStream */ .Bq()] : undefined;
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
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Could not start '${file}': ${e.message}`, { hint, cause: e }));
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


/***/ }),

/***/ 2735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   dK: () => (/* binding */ gitMaybe),
/* harmony export */   fE: () => (/* binding */ isShallow),
/* harmony export */   kO: () => (/* binding */ gitRecordBatches),
/* harmony export */   qE: () => (/* binding */ resolveRef),
/* harmony export */   qM: () => (/* binding */ gitRun)
/* harmony export */ });
/* unused harmony exports gitRecords, splitRecords, splitRecordBatches, commitTime */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8018);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5736);
/** Git helpers over the git CLI (argument arrays, never a shell string). */



/**
 * Git's stdout is its answer (ref listings, authors, tags), so it is kept whole up to this size, not cut to the
 * last 1 MiB as a command's log is (a repository with tens of thousands of tags would lose its first ones).
 */
const ANSWER_BYTES = 64 << 20;
/** Run git and return trimmed stdout. */
async function git(args, cwd = process.cwd()) {
    const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)('git', args, { cwd, timeoutMs: 120_000, maxBuffer: ANSWER_BYTES });
    return r.stdout.trimEnd();
}
/** Run git and return how it went, without throwing on a non-zero exit (for callers that read the exit code). */
function gitRun(args, cwd = process.cwd()) {
    return (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)('git', args, { cwd, timeoutMs: 120_000, allowFailure: true, maxBuffer: ANSWER_BYTES });
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
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`git ${args.join(' ')} failed (exit ${code}): ${stderr.trim()}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input '${input}': '${ref}' is not a git revision`);
    const sha = await gitMaybe(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Input '${input}': '${ref}' is not a commit, tag or branch in this repository`, {
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


/***/ }),

/***/ 149:
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : redact_redact(message))}${external_node_os_namespaceObject.EOL}`);
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
        .join(external_node_os_namespaceObject.EOL);
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
        process.stdout.write(safeLog(body.slice(0, last).replace(/\r$/, '')) + external_node_os_namespaceObject.EOL);
        this.pending = this.pending.slice(last + 1);
    }
    end() {
        const rest = (this.pending + this.decoder.decode()).replace(/\r$/, '');
        this.pending = '';
        if (rest !== '')
            process.stdout.write(safeLog(rest) + external_node_os_namespaceObject.EOL);
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
    process.stdout.write(safeLog(message) + external_node_os_namespaceObject.EOL);
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
    (0,external_node_fs_.appendFileSync)(file, `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
        const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'shipline-outputs');
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        full = (0,external_node_path_.join)(dir, `${name.replace(/[^\w.-]/g, '_')}-${runner_crypto().randomBytes(4).toString('hex')}.txt`);
        (0,external_node_fs_.writeFileSync)(full, clean, 'utf8');
        const note = `\n[truncated: the full ${Buffer.byteLength(clean, 'utf8')} bytes are in ${full}]`;
        written = truncateUtf8(clean, OUTPUT_LIMIT_BYTES - Buffer.byteLength(note, 'utf8')) + note;
        warning(`Output '${name}' is over GitHub's 1 MB limit for an output: it was truncated; the full text is in ${full}.`);
    }
    if (!fileCommand('GITHUB_OUTPUT', name, written)) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
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

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion),
/* harmony export */   ps: () => (/* binding */ checkVersion)
/* harmony export */ });
/* unused harmony export normalVersion */
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5797);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6432);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5736);



const EXAMPLE = "(e.g. '1.4.0' or '2.0.0-rc.1')";
/** The normal form of a semantic version, or null: `v1.2.3+b` → `1.2.3`; `=1.2.3`, `1.2` → null. */
function normalVersion(text) {
    return /^v?\d/.test(text.trim()) ? semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_1___default()(text) : null;
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
    const v = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(text);
    return v?.version === text ? v : null;
}
/**
 * Check a version given as input `input`; returns its normal form. Throws an {@link InputError} naming the input,
 * the value and the accepted form.
 */
function checkVersion(input, value, rules = {}) {
    const v = rules.exact ? (isVersion(value) ? value : null) : normalVersion(value);
    if (!v)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `is not a semantic version ${EXAMPLE}${rules.exact ? "; give it as is, without a 'v' prefix or build metadata" : ''}`);
    if (rules.max !== undefined && v.length > rules.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `is ${v.length} characters long; a version that names files can be at most ${rules.max}`);
    return v;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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
