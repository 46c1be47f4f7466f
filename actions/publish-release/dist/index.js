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

/***/ 3525:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(9855)
const parse = __nccwpck_require__(5797)
const { safeRe: re, t } = __nccwpck_require__(3227)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


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

/***/ 5826:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(8525)
var parse = __nccwpck_require__(4225)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 4225:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 8525:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(1819))
  .concat(__nccwpck_require__(6652))
var exceptions = __nccwpck_require__(5001)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 3018:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shipline_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6910);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(108);


await (0,_shipline_core__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 108:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../packages/core/src/runner.ts + 1 modules
var runner = __nccwpck_require__(7927);
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
            throw new errors/* InputError */.dz(name, g, "is not a relative glob inside the workspace (no leading '/', no '..')");
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
    return runner/* setUrlSecret */.Q1(url);
}

;// CONCATENATED MODULE: ../../packages/oci/src/types.ts
/** OCI image-spec and Distribution media types and the JSON shapes used here (only the fields we read or write). */
const types_MEDIA = {
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
const MANIFEST_TYPES = [types_MEDIA.index, types_MEDIA.manifest, types_MEDIA.dockerList, types_MEDIA.dockerManifest];
function types_isIndexType(mediaType) {
    return mediaType === types_MEDIA.index || mediaType === types_MEDIA.dockerList;
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
function digest_canonicalJson(value) {
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
    return { bytes, descriptor: { mediaType, digest: sha256Digest(bytes), size: bytes.length, ...extra } };
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
function ociMediaType(mediaType) {
    switch (mediaType) {
        case types_MEDIA.dockerLayerGzip:
            return types_MEDIA.layerGzip;
        case types_MEDIA.dockerLayerTar:
            return types_MEDIA.layerTar;
        case types_MEDIA.dockerConfig:
            return types_MEDIA.config;
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
            ...baseLayers.map((l) => ({ mediaType: ociMediaType(l.mediaType), digest: l.digest, size: l.size })),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    if (await lstat(join(dir, 'oci-layout')).catch(() => undefined))
        return readLayout(dir);
    const list = await readSmallJson(join(dir, 'manifest.json'), 'manifest.json of the docker archive');
    if (!Array.isArray(list) || list.length !== 1 || !list[0]?.Config || !Array.isArray(list[0].Layers)) {
        throw new ImageFormatError(`manifest.json of the docker archive must list exactly one image with Config and Layers (found ${Array.isArray(list) ? list.length : 'no list'})`);
    }
    const entry = list[0];
    const root = await realpath(dir);
    const inside = async (p) => {
        const real = await realpath(join(dir, p)).catch(() => undefined);
        if (!real)
            throw new ImageFormatError(`docker archive lists '${p}', which it does not hold`);
        const rel = relative(root, real);
        if (p.startsWith('/') || rel.startsWith('..') || isAbsolute(rel))
            throw new ImageFormatError(`docker archive names a path outside itself: '${p}'`);
        return real;
    };
    const config = await into.putFile(await inside(entry.Config), 'docker archive config');
    const layers = [];
    for (const l of entry.Layers) {
        const stored = await into.putFile(await inside(l), `docker archive layer ${l}`);
        const head = await readFile(into.path(stored.digest), { encoding: null }).then((b) => b.subarray(0, 2));
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
    const children = isIndexType(root.mediaType)
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
async function blobsOf(img) {
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
    if (types_isIndexType(img.root.mediaType)) {
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


function planTags(version, digest, versionTag, states, overwrite) {
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
        else if (s.version && valid_default()(s.version) && compare_default()(s.version, version) > 0) {
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
class PushVerifyError extends Error {
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
    if (types_isIndexType(mediaType ?? manifest.mediaType)) {
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
        const bytes = await (0,promises_.readFile)(img.store.path(m.digest));
        await client.putManifest(o.repository, m.digest, { bytes, mediaType: m.mediaType });
        rows.push({ item: m.digest, action: 'put', detail: m.mediaType });
    }
    await verifyPushed(client, o.repository, img.root, blobs);
    rows.push({ item: digest, action: 'verified', detail: `manifest read back by digest, ${blobs.length} blobs present` });
    const rootBytes = await (0,promises_.readFile)(img.store.path(digest));
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










;// CONCATENATED MODULE: ./src/config.ts
/** The action's inputs, read and checked for form (not yet for content: see local.ts). */


const config_TAG = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)(?!.*@\{)[^\s~^:?*[\\\p{Cc}]+$/u;
async function readArtifacts() {
    if (!(0,runner/* getInput */.V4)('artifacts').startsWith('['))
        return { globs: readGlobList('artifacts') };
    const list = (await readObject('artifacts', { array: true, example: '[{"path":"dist/app.tgz","sha256":"…"}]' })) ?? [];
    const entries = list.map((item, i) => {
        const e = item;
        if (!e || typeof e !== 'object' || typeof e.path !== 'string' || e.path === '') {
            throw new errors/* InputError */.dz('artifacts', JSON.stringify(item) ?? String(item), `(item ${i + 1}) has no "path"; each item needs {"path": …} and may carry "sha256" and "size"`);
        }
        if (e.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(String(e.sha256)))
            throw new errors/* InputError */.dz('artifacts', String(e.sha256), `(item ${i + 1}) "sha256" is not 64 hex digits`);
        return {
            path: e.path,
            sha256: e.sha256?.toLowerCase(),
            size: typeof e.size === 'number' ? e.size : undefined,
            name: e.name,
            kind: e.kind,
            ...(typeof e.digest === 'string' ? { digest: e.digest } : {}),
        };
    });
    return { entries };
}
/** image-repository, image-tags, image-username, image-password (masked). */
function readImage() {
    const password = readString('image-password');
    maskSecret(password);
    const repository = readString('image-repository');
    if (repository === undefined)
        return undefined;
    let ref;
    try {
        ref = parseReference(repository, { needTagOrDigest: false });
    }
    catch (error) {
        if (error instanceof ReferenceError)
            throw new errors/* InputError */.dz('image-repository', repository, error.accepted);
        throw error;
    }
    if (ref.tag || ref.digest)
        throw new errors/* InputError */.dz('image-repository', repository, 'names a tag or digest: give the repository only (e.g. ghcr.io/acme/web); tags come from the version and image-tags');
    const extraTags = readList('image-tags', { commas: true }).map((t) => {
        if (t !== 'major' && t !== 'minor' && t !== 'latest')
            throw new errors/* InputError */.dz('image-tags', t, 'is not one of major, minor, latest (the version tag is always pushed)');
        return t;
    });
    const username = readString('image-username');
    if ((username === undefined) !== (password === undefined))
        throw new errors/* InputError */.dz(username === undefined ? 'image-username' : 'image-password', '', 'is empty: give both image-username and image-password, or neither');
    return { ref, extraTags, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}
/** Read every input; errors name the input, the value and what is accepted. */
async function readConfig() {
    const token = readString('token') ?? '';
    const npmToken = readString('npm-token');
    maskSecret(token);
    maskSecret(npmToken);
    const prerelease = readBoolean('prerelease', false);
    const notes = readString('notes');
    const notesFile = readString('notes-file');
    if (notes !== undefined && notesFile !== undefined)
        throw new errors/* InputError */.dz('notes-file', notesFile, "cannot be combined with 'notes'; give one of them");
    const registry = readString('registry', { fallback: 'https://registry.npmjs.org/' });
    if (!/^https?:\/\/[^\s]+$/.test(registry))
        throw new errors/* InputError */.dz('registry', registry, 'is not an http(s) URL (e.g. https://registry.npmjs.org/)');
    maskUrl(registry);
    return {
        token,
        repository: requireString('repository', { pattern: /^[\w.-]+\/[\w.-]+$/, accepted: "is not 'owner/repo'" }),
        tag: requireString('tag', { pattern: config_TAG, accepted: "is not a valid git tag name (e.g. 'v1.2.3')" }),
        version: readVersion('version'),
        name: readString('name'),
        notes,
        notesFile,
        artifacts: await readArtifacts(),
        checksums: readString('checksums'),
        attachChecksums: readBoolean('attach-checksums', true),
        draft: readBoolean('draft', false),
        prerelease,
        makeLatest: readEnum('make-latest', ['true', 'false', 'legacy'], prerelease ? 'false' : 'true'),
        target: readString('target'),
        overwrite: readBoolean('overwrite', false),
        dryRun: readBoolean('dry-run', false),
        npmPackage: readString('npm-package'),
        registry,
        npmToken,
        distTag: readString('dist-tag', {
            fallback: 'latest',
            pattern: /^[A-Za-z][\w.-]*$/,
            accepted: "is not a dist-tag name (letters, digits, '.', '-', '_'; not a version)",
        }),
        access: readEnum('access', ['public', 'restricted']),
        provenance: readBoolean('provenance', false),
        image: readImage(),
    };
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
    const where = await (0,promises_.readlink)(`/proc/self/fd/${handle.fd}`).catch(() => undefined);
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
        handle = await (0,promises_.open)(c.real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
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

;// CONCATENATED MODULE: ./src/domain/checksums.ts
/** SHA256SUMS (coreutils format), sha256/sha512 digests and npm's SRI integrity strings. */
/**
 * Parse a coreutils `sha256sum` file: `<64 hex><two spaces or space-star><file>` per line. Returns entries and the
 * line numbers (1-based) of lines that are neither blank nor valid.
 */
function parseSha256Sums(text) {
    const entries = [];
    const bad = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const m = /^\\?([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m?.[1] || !m[2]) {
            bad.push(i + 1);
            return;
        }
        entries.push({ sha256: m[1].toLowerCase(), file: m[2] });
    });
    return { entries, bad };
}
/** Find the expected sha256 of a file by its path, or by its base name when the sums file lists base names. */
function expectedSha256(entries, path) {
    const norm = (p) => p.replace(/\\/g, '/').replace(/^\.\//, '');
    const want = norm(path);
    const base = want.split('/').pop() ?? want;
    return (entries.find((e) => norm(e.file) === want) ?? entries.find((e) => (norm(e.file).split('/').pop() ?? '') === base))?.sha256;
}
/**
 * What disagrees about one artifact: its size and sha256 against what the artifacts list says, and its sha256
 * against the checksums file (`sums`, named by `file`). Empty when everything agrees.
 */
function artifactProblems(listed, actual, sums) {
    const { path } = listed;
    const { sha256, size } = actual;
    const problems = [];
    if (size !== undefined && listed.size !== undefined && listed.size !== size)
        problems.push(`${path}: ${size} bytes, but the artifacts list says ${listed.size}`);
    if (listed.sha256 && listed.sha256 !== sha256)
        problems.push(`${path}: sha256 is ${sha256}, but the artifacts list says ${listed.sha256}`);
    if (sums) {
        const want = expectedSha256(sums.entries, path);
        if (!want)
            problems.push(`${path} is not listed in ${sums.file}`);
        else if (want !== sha256)
            problems.push(`${path}: sha256 is ${sha256}, but ${sums.file} says ${want}`);
    }
    return problems;
}
/** GitHub's `digest: "sha256:<hex>"` → hex; undefined for other algorithms or a missing digest. */
function sha256OfDigest(digest) {
    const m = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return m?.[1]?.toLowerCase();
}
/** The sha512 part of an SRI string (`sha512-<base64>`, possibly one of several space-separated hashes). */
function sha512OfIntegrity(integrity) {
    return integrity
        ?.split(/\s+/)
        .find((h) => h.startsWith('sha512-'))
        ?.slice('sha512-'.length);
}
/** True when two SRI strings name the same sha512 (the only algorithm npm writes today). */
function sameIntegrity(a, b) {
    const x = sha512OfIntegrity(a);
    return x !== undefined && x === sha512OfIntegrity(b);
}
/**
 * The name GitHub gives an uploaded file: characters other than letters, digits, `.`, `-`, `_`, `+` and `@` become `.`
 * (so `my app.zip` is stored as `my.app.zip`). We name assets that way up front, so names compare exactly.
 */
function githubAssetName(fileName) {
    return fileName.replace(/[^A-Za-z0-9._+@-]/g, '.');
}

// EXTERNAL MODULE: ../../node_modules/semver/functions/coerce.js
var coerce = __nccwpck_require__(3525);
var coerce_default = /*#__PURE__*/__nccwpck_require__.n(coerce);
;// CONCATENATED MODULE: ./src/domain/version.ts
/** Tag ↔ version agreement, by semver. */




const SEMVER_AT_END = /(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
/** The semver a tag carries at its end: `v1.2.3` → `1.2.3`, `pkg@1.2.3-rc.1` → `1.2.3-rc.1`; undefined if none. */
function versionOfTag(tag) {
    const m = SEMVER_AT_END.exec(tag);
    return m?.[1] && valid_default()(m[1]) ? m[1] : undefined;
}
/**
 * The release version: the `version` input when given (it must be valid semver and equal the tag's version),
 * else the version the tag carries. Throws an InputError naming the input otherwise.
 */
function agreeTagVersion(tag, version) {
    const fromTag = versionOfTag(tag);
    if (version === undefined) {
        if (!fromTag)
            throw new errors/* InputError */.dz('tag', tag, "carries no semver version (e.g. 'v1.2.3'); set the 'version' input");
        return fromTag;
    }
    const clean = checkVersion('version', version);
    if (fromTag && compare_default()(fromTag, clean) !== 0) {
        throw new errors/* InputError */.dz('version', version, `does not match the tag '${tag}' (which says ${fromTag})`);
    }
    return clean;
}
/** The package version must be the release version. */
function agreePackageVersion(pkgName, pkgVersion, version) {
    const v = valid_default()(pkgVersion);
    if (!v)
        return `npm package ${pkgName} has version '${pkgVersion}', which is not semver`;
    if (compare_default()(v, version) !== 0)
        return `npm package ${pkgName} has version ${pkgVersion}, but the release is ${version}`;
    return undefined;
}
/** True when dist-tag `current` should move to `version`: absent, or pointing at a lower version. */
function shouldMoveDistTag(current, version) {
    if (!current || !valid_default()(current))
        return true;
    return compare_default()(current, version) < 0;
}
/** npm supports `--provenance` from 9.5.0 on. */
function npmSupportsProvenance(npmVersion) {
    const v = coerce_default()(npmVersion);
    return v !== null && compare_default()(v, '9.5.0') >= 0;
}

;// CONCATENATED MODULE: ./src/domain/ledger.ts
const OPEN = '<!-- shipline-release-ledger ';
const CLOSE = ' -->';
/** The ledger for a desired release. */
function ledgerOf(desired) {
    const ledger = {
        schema: 1,
        tag: desired.tag,
        version: desired.version,
        assets: desired.assets.map((a) => ({ name: a.name, size: a.size, sha256: a.sha256 })),
    };
    if (desired.npm)
        ledger.npm = { name: desired.npm.pkg.name, version: desired.npm.pkg.version, integrity: desired.npm.pkg.integrity };
    return ledger;
}
/** GitHub refuses release bodies longer than this. */
const MAX_BODY = 125_000;
/**
 * The draft body: the notes, then the ledger comment (JSON with `<`, `>` escaped so it cannot close the comment).
 * When the asset list would not fit, it is left out (the assets are still compared by bytes on GitHub itself).
 */
function bodyWithLedger(notes, ledger) {
    const render = (l) => `${notes.replace(/\s+$/, '')}\n\n${OPEN}${JSON.stringify(l).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}${CLOSE}\n`;
    const full = render(ledger);
    return full.length <= MAX_BODY ? full : render({ ...ledger, assets: [], assetsOmitted: true });
}
/** The ledger in a release body, or undefined when there is none or it cannot be read. */
function parseLedger(body) {
    const start = body?.lastIndexOf(OPEN) ?? -1;
    if (!body || start < 0)
        return undefined;
    const end = body.indexOf(CLOSE, start + OPEN.length);
    if (end < 0)
        return undefined;
    try {
        const value = JSON.parse(body.slice(start + OPEN.length, end));
        return value && value.schema === 1 && Array.isArray(value.assets) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when two ledgers describe the same release content. */
function sameLedger(a, b) {
    return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

;// CONCATENATED MODULE: ./src/adapters/files.ts
/**
 * Local files: expanding artifact globs and the tarball's package.json. Contained reads and hashing are core's
 * (paths.ts statContained/readContained, hash.ts hashFile).
 */



/** Files matched by globs (relative to the workspace), sorted, duplicates removed; `!pattern` excludes. */
async function expandGlobs(workspace, globs) {
    const include = globs.filter((g) => !g.startsWith('!'));
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const found = new Set();
    for (const pattern of include) {
        let matched = 0;
        for await (const entry of (0,promises_.glob)(pattern, { cwd: workspace, exclude, withFileTypes: true })) {
            // Links are kept: containment and the file type are checked on their real path (statContained).
            if (!entry.isFile() && !entry.isSymbolicLink())
                continue;
            found.add((0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(entry.parentPath, entry.name)));
            matched++;
            if (found.size > 1000)
                throw new errors/* InputError */.dz('artifacts', pattern, 'matches more than 1000 files; a release takes at most 1000 assets');
        }
        if (matched === 0)
            throw new errors/* InputError */.dz('artifacts', pattern, 'matches no file', {
                hint: `Paths are relative to the workspace (${workspace}).`,
            });
    }
    return [...found].sort();
}
/** `package/package.json` from an npm tarball, streamed through tar (the rest of the archive is skipped). */
async function packageJsonOfTarball(path) {
    const { t } = await __nccwpck_require__.e(/* import() */ 549).then(__nccwpck_require__.bind(__nccwpck_require__, 1549));
    const chunks = [];
    let found = false;
    await t({
        file: path,
        filter: (p) => p === 'package/package.json' || /^[^/]+\/package\.json$/.test(p),
        onReadEntry: (entry) => {
            if (found)
                return entry.resume();
            found = true;
            entry.on('data', (c) => chunks.push(c));
        },
    }).catch((error) => {
        throw new errors/* UserError */.yo(`npm-package '${path}' is not a readable npm tarball: ${error.message}`);
    });
    if (!found)
        throw new errors/* UserError */.yo(`npm-package '${path}' has no package/package.json; is it a tarball from 'npm pack'?`);
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    catch {
        throw new errors/* UserError */.yo(`npm-package '${path}': package/package.json is not valid JSON`);
    }
}

;// CONCATENATED MODULE: ./src/local.ts
/** Step 1, verify: every artifact exists and matches its checksums, the npm tarball's version agrees with the tag. */






/** The `checksums` file's entries (undefined when none is given); a line that is not `<sha256>  <file>` is an error. */
async function readChecksums(config, roots) {
    if (!config.checksums)
        return undefined;
    const { entries, bad } = parseSha256Sums((await readContained('checksums', config.checksums, { roots })).data.toString('utf8'));
    if (bad.length)
        throw new errors/* UserError */.yo(`checksums file '${config.checksums}' has lines that are not '<sha256>  <file>' (line ${bad.join(', ')})`, { file: config.checksums, line: bad[0] });
    return { file: config.checksums, entries };
}
async function hashAssets(config, workspace, roots, problems) {
    const sums = await readChecksums(config, roots);
    const listed = 'globs' in config.artifacts
        ? (await expandGlobs(workspace, config.artifacts.globs)).map((path) => ({ path }))
        : config.artifacts.entries.filter((e) => e.kind !== 'image');
    const entries = withChecksumsFile(config, listed, workspace);
    const assets = [];
    for (const e of entries) {
        // Hash and later upload the real path; the asset is named after the path as given.
        const { path: given, real: path } = await statContained('artifacts', e.path, { roots });
        const { size, sha256 } = await hashFile(path, { noFollow: true });
        const name = githubAssetName((0,external_node_path_.basename)(given));
        const isSumsFile = config.checksums !== undefined && path === (await resolveContained('checksums', config.checksums, { roots })).real;
        problems.push(...artifactProblems(e, { size, sha256 }, isSumsFile ? undefined : sums));
        if (assets.some((a) => a.name === name))
            throw new errors/* InputError */.dz('artifacts', e.path, `has the same asset name as another artifact (${name}); asset names must be unique`);
        assets.push({ name, path, size, sha256 });
        (0,runner/* info */.pq)(`${name}: ${size} bytes, sha256 ${sha256}`);
    }
    return assets;
}
/** The artifacts plus the `checksums` file itself (unless `attach-checksums: false` or it is listed already). */
function withChecksumsFile(config, entries, workspace) {
    if (!config.checksums || !config.attachChecksums)
        return entries;
    // Only a comparison: every entry, this one included, is then checked to be inside the allowed roots.
    const sums = (0,external_node_path_.resolve)(workspace, config.checksums);
    return entries.some((e) => (0,external_node_path_.resolve)(workspace, e.path) === sums) ? entries : [...entries, { path: config.checksums }];
}
/** `npm-package: from-artifacts` → the one item of kind `npm` in build-package's artifacts list. */
function tarballOf(config) {
    if (config.npmPackage !== 'from-artifacts')
        return config.npmPackage;
    const npm = 'entries' in config.artifacts ? config.artifacts.entries.filter((e) => e.kind === 'npm') : [];
    if (npm.length !== 1 || !npm[0]) {
        throw new errors/* InputError */.dz('npm-package', 'from-artifacts', `needs exactly one item of kind "npm" in the JSON 'artifacts' input; found ${npm.length}`);
    }
    return npm[0].path;
}
async function readPackage(config, roots, version, problems) {
    const tarball = tarballOf(config);
    if (!tarball)
        return undefined;
    const { real: path } = await statContained('npm-package', tarball, { roots });
    const manifest = await packageJsonOfTarball(path);
    const { size, sha512 } = await hashFile(path, { sha512: true, noFollow: true });
    const name = typeof manifest.name === 'string' ? manifest.name : '';
    const pkgVersion = typeof manifest.version === 'string' ? manifest.version : '';
    if (!name)
        throw new errors/* InputError */.dz('npm-package', tarball, 'has a package.json without a name');
    const mismatch = agreePackageVersion(name, pkgVersion, version);
    if (mismatch)
        problems.push(`${mismatch} (tag ${config.tag})`);
    const repo = manifest.repository;
    const repositoryUrl = typeof repo === 'string'
        ? repo
        : typeof repo?.url === 'string'
            ? repo.url
            : undefined;
    (0,runner/* info */.pq)(`${name}@${pkgVersion}: ${size} bytes, integrity sha512-${sha512}`);
    return { name, version: pkgVersion, integrity: `sha512-${sha512}`, path, size, repositoryUrl };
}
/** Verify the inputs against the files and build the desired release. Throws (listing every problem) before any change. */
async function verifyLocal(config, workspace) {
    const roots = allowedRoots(process.env, workspace);
    const version = agreeTagVersion(config.tag, config.version);
    const notes = config.notesFile
        ? (await readContained('notes-file', config.notesFile, { roots })).data.toString('utf8')
        : (config.notes ?? '');
    if (notes.length > MAX_BODY - 20_000) {
        const input = config.notesFile ? 'notes-file' : 'notes';
        throw new errors/* InputError */.dz(input, config.notesFile ?? `${notes.slice(0, 40)}…`, `holds ${notes.length} characters; release notes can be at most ${MAX_BODY - 20_000} (GitHub caps a release body at ${MAX_BODY})`);
    }
    const problems = [];
    const assets = await hashAssets(config, workspace, roots, problems);
    const pkg = await readPackage(config, roots, version, problems);
    if (problems.length) {
        throw new errors/* UserError */.yo(`Verification failed, nothing was published:\n- ${problems.join('\n- ')}`, {
            hint: 'Rebuild the artifacts or fix the inputs, then re-run.',
        });
    }
    return {
        repository: config.repository,
        tag: config.tag,
        version,
        name: config.name ?? config.tag,
        notes,
        draft: config.draft,
        prerelease: config.prerelease,
        makeLatest: config.makeLatest,
        target: config.target,
        overwrite: config.overwrite,
        assets,
        npm: pkg
            ? {
                pkg,
                distTag: config.distTag,
                access: config.access,
                provenance: config.provenance,
                registry: config.registry,
            }
            : undefined,
    };
}

;// CONCATENATED MODULE: ./src/domain/plan.ts
/**
 * The plan: given verified inputs (desired) and what GitHub and the registry hold (observed), the list of steps
 * that brings the release to its end state, as data. Conflicts that would make us change or publish something
 * other than the user's bytes are collected first, so the run stops before its first write.
 */



const WRITES = new Set([
    'create-draft',
    'write-ledger',
    'delete-draft',
    'delete-asset',
    'upload-asset',
    'npm-publish',
    'npm-dist-tag',
    'publish-release',
]);
/** True when a step changes something remote. */
function isWrite(step) {
    return WRITES.has(step.kind);
}
function plan_short(hex) {
    return hex ? hex.slice(0, 12) : 'unknown';
}
function differs(a, r) {
    if (r.size !== a.size)
        return `size ${r.size} on GitHub, ${a.size} here`;
    if (r.sha256 !== a.sha256)
        return `sha256 ${plan_short(r.sha256)}… on GitHub, ${plan_short(a.sha256)}… here`;
    return undefined;
}
/** Assets on the published release: each desired asset must be there with the same bytes. */
function planPublished(desired, rel, plan) {
    for (const a of desired.assets) {
        const r = rel.assets.find((x) => x.name === a.name);
        if (!r)
            plan.conflicts.push(`Release ${desired.tag} is already published without the asset ${a.name}`);
        else {
            const why = differs(a, r);
            if (why)
                plan.conflicts.push(`Release ${desired.tag} is already published with a different ${a.name} (${why})`);
            else
                plan.steps.push({ kind: 'keep-asset', asset: a, remote: r });
        }
    }
    const extra = rel.assets.filter((r) => !desired.assets.some((a) => a.name === r.name)).map((r) => r.name);
    if (extra.length)
        plan.warnings.push(`The published release ${desired.tag} also has assets this run did not bring: ${extra.join(', ')}`);
    plan.steps.push({ kind: 'keep-published', releaseId: rel.id });
}
/** Assets on our draft: keep equal ones, replace broken or (with overwrite) different ones, delete our stale ones. */
function planDraftAssets(desired, draft, plan) {
    const old = parseLedger(draft?.body);
    const remote = draft?.assets ?? [];
    const keeps = [];
    const deletes = [];
    const uploads = [];
    for (const a of desired.assets) {
        const r = remote.find((x) => x.name === a.name);
        if (!draft || !r) {
            uploads.push({ kind: 'upload-asset', asset: a });
            continue;
        }
        const why = r.state !== 'uploaded' ? `an unfinished upload (state '${r.state}')` : differs(a, r);
        if (!why)
            keeps.push({ kind: 'keep-asset', asset: a, remote: r });
        else if (r.state === 'uploaded' && !desired.overwrite) {
            plan.conflicts.push(`The draft for ${desired.tag} already has a different ${a.name} (${why}); set 'overwrite: true' to replace it`);
        }
        else {
            deletes.push({ kind: 'delete-asset', releaseId: draft.id, asset: r, reason: why });
            uploads.push({ kind: 'upload-asset', asset: a });
        }
    }
    for (const r of remote.filter((x) => !desired.assets.some((a) => a.name === x.name))) {
        if (old?.assets.some((o) => o.name === r.name)) {
            deletes.push({
                kind: 'delete-asset',
                releaseId: draft?.id ?? 0,
                asset: r,
                reason: 'left by an earlier run with other artifacts',
            });
        }
        else
            plan.warnings.push(`The draft for ${desired.tag} has an asset this run did not bring (${r.name}); it is kept`);
    }
    plan.steps.push(...keeps, ...deletes, ...uploads);
}
function planNpm(desired, observed, plan) {
    if (!desired.npm)
        return;
    const { pkg, distTag } = desired.npm;
    const spec = `${pkg.name}@${pkg.version}`;
    const view = observed.registry ?? { distTags: {} };
    if (view.integrity === undefined) {
        plan.steps.push({ kind: 'npm-publish', spec });
        return;
    }
    if (!sameIntegrity(view.integrity, pkg.integrity)) {
        plan.conflicts.push(`${spec} is already on the registry with different contents (integrity ${view.integrity.slice(0, 22)}…, this tarball ${pkg.integrity.slice(0, 22)}…); publish a new version`);
        return;
    }
    plan.steps.push({ kind: 'npm-keep', spec });
    if (view.distTags[distTag] !== pkg.version && shouldMoveDistTag(view.distTags[distTag], pkg.version)) {
        plan.steps.push({ kind: 'npm-dist-tag', spec, tag: distTag });
    }
}
/** The draft a run works on: the oldest one holding a ledger (ours), else the oldest one. */
function chooseDraft(drafts) {
    return drafts.find((d) => parseLedger(d.body)) ?? drafts[0];
}
/** Build the plan. Pure: the same desired and observed state always give the same plan. */
function planRelease(desired, observed) {
    const plan = { steps: [], conflicts: [], warnings: [], nothingToDo: false };
    const ledger = ledgerOf(desired);
    if (observed.published) {
        plan.releaseId = observed.published.id;
        if (observed.drafts.length)
            plan.warnings.push(`Ignoring ${observed.drafts.length} draft(s) for ${desired.tag}: the tag already has a published release`);
        planPublished(desired, observed.published, plan);
        planNpm(desired, observed, plan);
    }
    else {
        const draft = chooseDraft(observed.drafts);
        // Other drafts carrying a ledger for this tag are ours too (a lost "create" answer, or two runs racing): remove
        // them, so exactly one release remains. Drafts someone made by hand are left alone.
        const others = observed.drafts.filter((d) => d !== draft);
        const ours = others.filter((d) => parseLedger(d.body)?.tag === desired.tag);
        for (const d of ours)
            plan.steps.push({ kind: 'delete-draft', releaseId: d.id });
        if (others.length > ours.length)
            plan.warnings.push(`${others.length - ours.length} other draft(s) exist for ${desired.tag}; using release ${draft?.id} and leaving those alone`);
        if (!draft)
            plan.steps.push({ kind: 'create-draft', ledger });
        else {
            plan.releaseId = draft.id;
            if (!sameLedger(parseLedger(draft.body), ledger))
                plan.steps.push({ kind: 'write-ledger', releaseId: draft.id, ledger });
        }
        planDraftAssets(desired, draft, plan);
        planNpm(desired, observed, plan);
        plan.steps.push({ kind: 'publish-release', draftStays: desired.draft });
    }
    plan.nothingToDo = !plan.steps.some(isWrite);
    return plan;
}
/** One line per step, for the log and the dry-run output. */
function describeStep(step) {
    switch (step.kind) {
        case 'create-draft':
            return `create a draft release for ${step.ledger.tag}`;
        case 'write-ledger':
            return `adopt draft release ${step.releaseId} and record the plan in it`;
        case 'delete-draft':
            return `delete duplicate draft release ${step.releaseId} (made by an earlier run of this release)`;
        case 'delete-asset':
            return `delete asset ${step.asset.name} (${step.reason})`;
        case 'upload-asset':
            return `upload ${step.asset.name} (${step.asset.size} bytes, sha256 ${plan_short(step.asset.sha256)}…)`;
        case 'keep-asset':
            return `keep ${step.asset.name}: same size and sha256 already on GitHub`;
        case 'npm-publish':
            return `npm publish ${step.spec}`;
        case 'npm-keep':
            return `keep ${step.spec}: the registry has the same integrity`;
        case 'npm-dist-tag':
            return `point dist-tag '${step.tag}' at ${step.spec}`;
        case 'publish-release':
            return step.draftStays ? 'leave the release as a draft (draft: true)' : 'publish the release (draft → published)';
        case 'keep-published':
            return `keep release ${step.releaseId}: already published`;
    }
}

;// CONCATENATED MODULE: ./src/domain/preflight.ts
/** Pre-flight checks that need no I/O: repository URL for provenance, API budget, token kind. */


/** `owner/repo` (lower-cased) and host named by a package.json `repository.url`, or undefined if unrecognised. */
function repoOfUrl(url) {
    const u = url.trim();
    const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(u);
    if (short?.[1] && short[2] && !u.includes(':/'))
        return { host: 'github.com', slug: `${short[1]}/${short[2]}`.toLowerCase() };
    const scp = /^(?:[\w.-]+@)?([\w.-]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(u);
    if (scp?.[1] && scp[2] && scp[3] && !u.includes('://'))
        return { host: scp[1].toLowerCase(), slug: `${scp[2]}/${scp[3]}`.toLowerCase() };
    const full = /^(?:git\+)?[a-z+]+:\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(u);
    if (full?.[1] && full[2] && full[3])
        return { host: full[1].toLowerCase(), slug: `${full[2]}/${full[3]}`.toLowerCase() };
    return undefined;
}
/** Why `npm publish --provenance` would fail here, as messages (empty when it can go ahead). */
function provenanceProblems(f) {
    const problems = [];
    if (!f.hasIdTokenUrl) {
        problems.push("provenance needs an OIDC token, but ACTIONS_ID_TOKEN_REQUEST_URL is not set: add 'permissions: id-token: write' to the job");
    }
    if (!npmSupportsProvenance(f.npmVersion))
        problems.push(`provenance needs npm 9.5.0 or newer; this runner has npm ${f.npmVersion}`);
    const want = `${new URL(f.serverUrl).host.toLowerCase()}/${f.repository.toLowerCase()}`;
    const got = f.repositoryUrl ? repoOfUrl(f.repositoryUrl) : undefined;
    if (!f.repositoryUrl)
        problems.push(`provenance needs "repository": {"url": "${f.serverUrl}/${f.repository}"} in package.json; the package has none`);
    else if (!got || `${got.host}/${got.slug}` !== want) {
        problems.push(`provenance needs package.json repository.url to point at ${f.serverUrl}/${f.repository}, but it is '${f.repositoryUrl}'`);
    }
    return problems;
}
/** GitHub API calls the plan will make: one per write plus the read-back, at least. */
function apiCallsNeeded(plan) {
    return plan.steps.filter((s) => isWrite(s) && !s.kind.startsWith('npm-')).length + 1;
}
/** A message when the remaining API budget cannot cover the plan (with a margin for retries), else undefined. */
function budgetProblem(remaining, needed, resetAt) {
    if (remaining === undefined)
        return undefined;
    const margin = Math.ceil(needed * 1.5) + 5;
    if (remaining >= margin)
        return undefined;
    const when = resetAt ? ` (it resets at ${resetAt.toISOString()})` : '';
    return `only ${remaining} GitHub API calls are left${when}, and this release needs about ${needed} (${margin} with retries); stopping before any change`;
}
/** GITHUB_TOKEN (an installation token) starts with `ghs_`: releases it makes do not trigger other workflows. */
function isInstallationToken(token) {
    return token.startsWith('ghs_');
}

;// CONCATENATED MODULE: ./src/observe.ts
/** What is out there before any change: the releases for the tag, the registry, and the pre-flight checks. */



/** Fill in sha256 for remote assets GitHub reported without a digest, when their size says they might be ours. */
async function hashUnknown(github, release, desired) {
    for (const r of release?.assets ?? []) {
        const mine = desired.assets.find((a) => a.name === r.name);
        if (!r.sha256 && mine && mine.size === r.size && r.state === 'uploaded')
            r.sha256 = await github.assetSha256(r);
    }
}
async function observe(desired, github, npm) {
    const registry = desired.npm && npm ? await npm.view(desired.npm.pkg.name, desired.npm.pkg.version) : undefined;
    const { published, drafts } = await github.releasesForTag(desired.tag);
    await hashUnknown(github, published ?? chooseDraft(drafts), desired);
    (0,runner/* info */.pq)(published
        ? `Release ${desired.tag} is published (id ${published.id})`
        : drafts.length
            ? `Draft release(s) for ${desired.tag}: ${drafts.map((d) => d.id).join(', ')}`
            : `No release for ${desired.tag} yet`);
    if (registry)
        (0,runner/* info */.pq)(registry.integrity
            ? `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is on the registry (${registry.integrity.slice(0, 20)}…)`
            : `${desired.npm?.pkg.name}@${desired.npm?.pkg.version} is not on the registry yet`);
    return { published, drafts, registry };
}
/** Pre-flight checks; throws on anything that would stop the release half way. Runs in dry-run too. */
async function preflight(desired, plan, github, npm, token) {
    const problems = [];
    if (desired.npm?.provenance && plan.steps.some((s) => s.kind === 'npm-publish') && npm) {
        const npmVersion = await npm.version().catch(() => '0.0.0');
        problems.push(...provenanceProblems({
            repository: desired.repository,
            serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            repositoryUrl: desired.npm.pkg.repositoryUrl,
            npmVersion,
            hasIdTokenUrl: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
        }));
    }
    const budget = await github.remainingBudget();
    const short = budgetProblem(budget.remaining, apiCallsNeeded(plan), budget.reset);
    if (short)
        problems.push(short);
    if (budget.remaining !== undefined)
        (0,runner/* info */.pq)(`GitHub API budget: ${budget.remaining} calls left; this release needs about ${apiCallsNeeded(plan)}`);
    if (problems.length)
        throw new errors/* UserError */.yo(`Pre-flight failed, nothing was changed:\n- ${problems.join('\n- ')}`);
    for (const w of plan.warnings)
        (0,runner/* warning */.$e)(w);
    if (isInstallationToken(token) && plan.steps.some((s) => s.kind === 'publish-release' && !s.draftStays)) {
        (0,runner/* notice */.lm)('This release is made with GITHUB_TOKEN, so it will not trigger other workflows (on: release). Use a GitHub App token if it should.');
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
        throw new UserError(`GITHUB_REPOSITORY is '${full}', expected 'owner/repo'`, {
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./src/adapters/upload-transport.ts
/**
 * A fetch-compatible transport for asset uploads, built on node:http(s) with `pipeline`, handed to octokit as
 * `request.fetch` for upload requests only (so retries, throttling and error handling stay the core client's).
 * Why: Node's global fetch (undici) holds on to a streamed request body: uploading 300 MiB peaked at 416 MiB RSS,
 * while piping the same file into http.request stayed at 122 MiB (measured with the GitHub emulator). A file body
 * goes further: it is read into a ring of four reused buffers, each refilled only after the socket has flushed it,
 * so an upload allocates nothing per chunk and memory does not depend on the file's size.
 */






/** A request body that streams a file; it can be read again (a retry sends the whole file again). */
class FileBody {
    path;
    constructor(path) {
        this.path = path;
    }
    async *[Symbol.asyncIterator]() {
        const file = await (0,promises_.open)(this.path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            for await (const chunk of file.createReadStream({ highWaterMark: 1 << 16, autoClose: false }))
                yield chunk;
        }
        finally {
            await file.close();
        }
    }
}
const RING = 4;
const upload_transport_CHUNK = 1 << 18;
/** Write a file into a request through RING reused buffers; a buffer is refilled only once its write has flushed. */
async function writeFileBody(path, req) {
    // The path is the real path verified before publishing: a link swapped in since is refused, not followed.
    const file = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const ring = Array.from({ length: RING }, () => Buffer.allocUnsafe(upload_transport_CHUNK));
        const flushed = ring.map(() => Promise.resolve());
        for (let i = 0;; i = (i + 1) % RING) {
            await flushed[i];
            const buffer = ring[i];
            const { bytesRead } = await file.read(buffer, 0, upload_transport_CHUNK, null);
            if (bytesRead === 0)
                break;
            flushed[i] = new Promise((ok, fail) => req.write(buffer.subarray(0, bytesRead), (e) => (e ? fail(e) : ok())));
            flushed[i]?.catch(() => undefined);
        }
        await Promise.all(flushed);
        req.end();
    }
    finally {
        await file.close();
    }
}
/** An upload that makes no progress (nothing sent or received) for this long is abandoned and retried. */
const UPLOAD_IDLE_MS = 120_000;
function plainHeaders(h) {
    const out = {};
    if (!h)
        return out;
    const entries = h instanceof Headers ? [...h.entries()] : Object.entries(h);
    for (const [k, v] of entries)
        if (v !== undefined)
            out[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return out;
}
function toResponse(res, url) {
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers))
        if (v !== undefined)
            headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const status = res.statusCode ?? 500;
    const body = status === 204 || status === 304 ? null : external_node_stream_.Readable.toWeb(res);
    const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers });
    Object.defineProperty(response, 'url', { value: url });
    return response;
}
/** `fetch(url, init)` for one upload: the body (any async iterable of bytes) is piped with backpressure. */
async function streamingFetch(input, init = {}) {
    const url = new URL(String(input));
    const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const req = send(url, { method: init.method ?? 'GET', headers: plainHeaders(init.headers), signal: init.signal ?? undefined }, (res) => resolve(toResponse(res, url.href)));
        // Like fetch, a transport failure is a TypeError (octokit turns it into a retryable 500).
        const fail = (error) => reject(new TypeError(`upload to ${url.host} failed: ${error.message}`, { cause: error }));
        req.on('error', fail);
        const idle = init.idleMs ?? UPLOAD_IDLE_MS;
        req.setTimeout(idle, () => req.destroy(new Error(`no progress for ${idle / 1000} s`)));
        const body = init.body;
        if (body === undefined || body === null)
            req.end();
        else if (typeof body === 'string' || body instanceof Uint8Array)
            req.end(body);
        else if (body instanceof FileBody)
            writeFileBody(body.path, req).catch(fail);
        else
            (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.from(body), req).catch(fail);
    });
}

;// CONCATENATED MODULE: ./src/adapters/github.ts
/**
 * GitHub Releases through the core client (retries, throttling). Uploads stream the file (see upload-transport.ts):
 * the body is re-readable, so the client's retries resend the whole file, and memory stays flat.
 */



function toAsset(a) {
    return {
        id: a.id,
        name: a.name,
        size: a.size,
        state: a.state,
        sha256: sha256OfDigest(a.digest),
        url: a.browser_download_url,
    };
}
function toRelease(r) {
    return {
        id: r.id,
        tagName: r.tag_name,
        draft: r.draft,
        prerelease: r.prerelease,
        name: r.name ?? '',
        body: r.body ?? '',
        htmlUrl: r.html_url,
        uploadUrl: r.upload_url,
        targetCommitish: r.target_commitish,
        assets: (r.assets ?? []).map(toAsset),
    };
}
/** What a failed release request usually means (the defaults in core cover the rest). */
const RELEASE_HINTS = {
    401: 'The token was refused; check the token input.',
    403: "The token may lack 'contents: write' (add it under the job's permissions), or a ruleset blocks this tag.",
    404: "Check the repository input, and that the token can see it (private repositories need 'contents: write').",
};
function call(operation, fn, absent = []) {
    return callGitHub(operation, fn, { absent, hints: RELEASE_HINTS });
}
class GitHubReleases {
    api;
    owner;
    repo;
    /** `x-ratelimit-remaining` and reset from the last response that carried them. */
    rate = {};
    constructor(api, owner, repo) {
        this.api = api;
        this.owner = owner;
        this.repo = repo;
        api.hook.after('request', (response) => {
            const h = response.headers;
            if (h['x-ratelimit-remaining'] !== undefined) {
                this.rate = {
                    remaining: Number(h['x-ratelimit-remaining']),
                    reset: h['x-ratelimit-reset'] ? new Date(Number(h['x-ratelimit-reset']) * 1000) : undefined,
                };
            }
        });
    }
    static async connect(token, repository) {
        const [owner = '', repo = ''] = repository.split('/');
        // A failed request that is retried is not a failure of the run: octokit's errors go to the log as warnings, and
        // the run reports the one error that stops it.
        const log = { debug: runner/* debug */.Yz, info: runner/* debug */.Yz, warn: runner/* warning */.$e, error: runner/* warning */.$e };
        return new GitHubReleases(await createGitHubClient({ token, action: 'publish-release', log }), owner, repo);
    }
    /** Every release for `tag` (drafts included: get-by-tag does not return drafts), at most 10 pages of 100. */
    async releasesForTag(tag) {
        const found = [];
        let full = false;
        for (let page = 1; page <= 10; page++) {
            const { data } = await call('List releases', () => this.api.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100, page }));
            found.push(...data.filter((r) => r.tag_name === tag).map(toRelease));
            full = data.length === 100;
            if (!full)
                break;
        }
        let published = found.find((r) => !r.draft);
        if (!published && full)
            published = await this.publishedByTag(tag);
        return { published, drafts: found.filter((r) => r.draft).sort((a, b) => a.id - b.id) };
    }
    async publishedByTag(tag) {
        const res = await call('Get release by tag', () => this.api.rest.repos.getReleaseByTag({ owner: this.owner, repo: this.repo, tag }), [404]);
        return res && toRelease(res.data);
    }
    /** Remaining core API budget: from the last response's headers, else `GET /rate_limit` (which costs no budget). */
    async remainingBudget() {
        if (this.rate.remaining !== undefined)
            return this.rate;
        try {
            const { data } = await this.api.rest.rateLimit.get();
            return { remaining: data.resources.core.remaining, reset: new Date(data.resources.core.reset * 1000) };
        }
        catch (error) {
            (0,runner/* debug */.Yz)(`rate limit unknown: ${error.message}`);
            return {};
        }
    }
    async createDraft(f) {
        const { data } = await call('Create draft release', () => this.api.rest.repos.createRelease({
            owner: this.owner,
            repo: this.repo,
            tag_name: f.tag,
            name: f.name,
            body: f.body,
            draft: true,
            prerelease: f.prerelease,
            ...(f.target ? { target_commitish: f.target } : {}), // Never retried: a retried POST whose first answer was lost could make a second draft (the executor looks
            // for the draft by tag and ledger before trying again).
            request: { retries: 0 },
        }));
        return toRelease(data);
    }
    async updateRelease(id, patch) {
        const { data } = await call(patch.draft === false ? 'Publish release' : 'Update release', () => this.api.rest.repos.updateRelease({
            owner: this.owner,
            repo: this.repo,
            release_id: id,
            ...(patch.body !== undefined ? { body: patch.body } : {}),
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.draft !== undefined ? { draft: patch.draft } : {}),
            ...(patch.prerelease !== undefined ? { prerelease: patch.prerelease } : {}),
            ...(patch.tag ? { tag_name: patch.tag } : {}),
            ...(patch.target ? { target_commitish: patch.target } : {}),
            ...(patch.makeLatest ? { make_latest: patch.makeLatest } : {}),
        }));
        return toRelease(data);
    }
    async getRelease(id) {
        const { data } = await call('Get release', () => this.api.rest.repos.getRelease({ owner: this.owner, repo: this.repo, release_id: id }));
        return toRelease(data);
    }
    /** Delete a (draft) release; one already gone is fine. */
    async deleteRelease(id) {
        await call('Delete release', () => this.api.rest.repos.deleteRelease({ owner: this.owner, repo: this.repo, release_id: id }), [404]);
    }
    /** Delete an asset; one already gone (a retried delete whose first answer was lost) is fine. */
    async deleteAsset(id) {
        await call('Delete release asset', () => this.api.rest.repos.deleteReleaseAsset({ owner: this.owner, repo: this.repo, asset_id: id }), [404]);
    }
    /** Upload one file, streamed. Retries (5xx, dropped connections, rate limits) resend the file from the start. */
    async uploadAsset(release, asset, path) {
        const { data } = await call(`Upload ${asset.name}`, () => this.api.request({
            method: 'POST',
            url: release.uploadUrl,
            name: asset.name,
            data: new FileBody(path),
            headers: { 'content-type': 'application/octet-stream', 'content-length': asset.size },
            request: { fetch: streamingFetch },
        }));
        return toAsset(data);
    }
    /** sha256 of an asset: GitHub's digest, else download it and hash the stream. */
    async assetSha256(asset) {
        if (asset.sha256)
            return asset.sha256;
        const { data } = await call(`Download ${asset.name}`, () => this.api.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            owner: this.owner,
            repo: this.repo,
            asset_id: asset.id,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false },
        }));
        return (await hashChunks(data)).sha256;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
 * The npm registry: packuments over HTTP (fetch), publishing and dist-tags through the npm CLI. The token goes into
 * the child's environment only; a temporary userconfig refers to it as `${SHIPLINE_NPM_TOKEN}`, so it is never on a
 * command line, in a file, or in the log.
 */




/** `//host[:port]/path/` — the key npm uses to scope a token to a registry. */
function nerfDart(registry) {
    const u = new URL(registry);
    return `//${u.host}${u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`}`;
}
class NpmRegistry {
    opts;
    registry;
    constructor(opts) {
        this.opts = opts;
        this.registry = opts.registry.endsWith('/') ? opts.registry : `${opts.registry}/`;
    }
    /** What the registry holds for `name` (and the integrity of `version`); a missing package is an empty view. */
    async view(name, version) {
        const url = `${this.registry}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
        let res;
        try {
            res = await fetch(url, {
                headers: {
                    accept: 'application/json',
                    ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
                },
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (error) {
            throw new errors/* RemoteError */.Hi(`Read ${name} from ${this.registry}`, undefined, (0,errors/* messageOf */.bD)(error.cause ?? error), {
                hint: 'Is the registry input right and the registry reachable? Nothing was changed.',
            });
        }
        if (res.status === 404)
            return { distTags: {} };
        if (!res.ok)
            throw new errors/* RemoteError */.Hi(`Read ${name} from ${this.registry}`, res.status, (await res.text()).slice(0, 200), {
                hint: 'Nothing was changed.',
            });
        const doc = (await res.json());
        return { integrity: doc.versions?.[version]?.dist?.integrity, distTags: doc['dist-tags'] ?? {} };
    }
    /** The npm CLI's version (for the provenance pre-flight). */
    async version() {
        const r = await exec(this.opts.command ?? 'npm', ['--version'], { timeoutMs: 60_000 });
        return r.stdout.trim();
    }
    /** `npm publish <tarball>` with the given flags. */
    async publish(tarball, flags) {
        const args = ['publish', tarball, '--tag', flags.tag];
        if (flags.access)
            args.push('--access', flags.access);
        if (flags.provenance)
            args.push('--provenance');
        await this.npm(args);
    }
    /** `npm dist-tag add <spec> <tag>`. */
    async distTag(spec, tag) {
        await this.npm(['dist-tag', 'add', spec, tag]);
    }
    async npm(args) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-npm-'));
        try {
            const userconfig = (0,external_node_path_.join)(dir, '.npmrc');
            const lines = [`registry=${this.registry}`];
            if (this.opts.token)
                lines.push(`${nerfDart(this.registry)}:_authToken=\${SHIPLINE_NPM_TOKEN}`);
            await (0,promises_.writeFile)(userconfig, `${lines.join('\n')}\n`, { mode: 0o600 });
            const env = {
                ...process.env,
                npm_config_userconfig: userconfig,
                npm_config_registry: this.registry,
                npm_config_update_notifier: 'false',
                npm_config_fund: 'false',
            };
            if (this.opts.token)
                env.SHIPLINE_NPM_TOKEN = this.opts.token;
            else
                delete env.SHIPLINE_NPM_TOKEN;
            await exec(this.opts.command ?? 'npm', [...args, '--registry', this.registry], {
                cwd: dir,
                env,
                stream: true,
                timeoutMs: 600_000,
            }).catch((error) => {
                if (error instanceof errors/* UserError */.yo)
                    throw new errors/* UserError */.yo(`npm ${args[0]} failed: ${error.message}`, {
                        hint: 'Check npm-token and registry; re-running is safe.',
                        cause: error,
                    });
                throw error;
            });
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/executor.ts
/**
 * Applies a plan, step by step, in the order that keeps users from seeing half a release: the draft, its assets,
 * npm, and only then publishing. Every step is safe to repeat, so a re-run after a crash converges.
 */




/** Upload with a bounded recovery for `422 already_exists` (an earlier attempt landed after all, or half landed). */
async function upload(ports, release, asset) {
    for (let attempt = 1; attempt <= 3; attempt++) {
        try {
            return {
                remote: await ports.github.uploadAsset(release, asset, asset.path),
                note: attempt > 1 ? `after ${attempt} attempts` : '',
            };
        }
        catch (error) {
            if (!(error instanceof errors/* RemoteError */.Hi) || error.status !== 422 || attempt === 3)
                throw error;
            const there = (await ports.github.getRelease(release.id)).assets.find((a) => a.name === asset.name);
            if (!there)
                continue;
            const sha = there.state === 'uploaded' && there.size === asset.size ? await ports.github.assetSha256(there) : undefined;
            if (sha === asset.sha256)
                return { remote: { ...there, sha256: sha }, note: 'an earlier attempt had landed' };
            (0,runner/* info */.pq)(`${asset.name}: removing a broken earlier upload (state ${there.state}, ${there.size} bytes)`);
            await ports.github.deleteAsset(there.id);
        }
    }
    throw new errors/* UserError */.yo(`Could not upload ${asset.name}`);
}
/**
 * Create the draft without the client's blind retries: if the answer is lost (5xx, dropped connection), the draft may
 * exist anyway, so look for it (by tag and ledger) before trying once more. Never two drafts from one run.
 */
async function createDraft(ports, desired, ledger) {
    const f = fields(desired, bodyWithLedger(desired.notes, ledger));
    try {
        return await ports.github.createDraft(f);
    }
    catch (error) {
        if (error instanceof errors/* RemoteError */.Hi && error.status !== undefined && error.status < 500)
            throw error;
        (0,runner/* info */.pq)(`Creating the draft failed (${error.message}); checking whether it was created anyway`);
        const { drafts } = await ports.github.releasesForTag(desired.tag);
        return drafts.find((d) => sameLedger(parseLedger(d.body), ledger)) ?? ports.github.createDraft(f);
    }
}
function fields(desired, body) {
    return { tag: desired.tag, name: desired.name, body, prerelease: desired.prerelease, target: desired.target };
}
/** The state one run carries from step to step: the release it works on, and what the draft holds by now. */
class Run {
    desired;
    ports;
    release;
    /** Asset name → sha256 of what is on the draft (uploaded or kept) in this run. */
    onDraft = new Map();
    constructor(desired, ports, release) {
        this.desired = desired;
        this.ports = ports;
        this.release = release;
    }
    need() {
        if (!this.release)
            throw new Error('plan step needs a release, but none was created');
        return this.release;
    }
    async draft(step) {
        const tag = `release ${this.desired.tag}`;
        if (step.kind === 'delete-draft') {
            await this.ports.github.deleteRelease(step.releaseId);
            return { item: tag, result: 'deleted (duplicate draft)', detail: `id ${step.releaseId}` };
        }
        if (step.kind === 'create-draft') {
            this.release = await createDraft(this.ports, this.desired, step.ledger);
            return { item: tag, result: 'created (draft)', detail: `id ${this.release.id}` };
        }
        this.release = await this.ports.github.updateRelease(step.releaseId, {
            body: bodyWithLedger(this.desired.notes, step.ledger),
        });
        return { item: tag, result: 'resumed (draft)', detail: `id ${step.releaseId}, plan recorded` };
    }
    async asset(step) {
        if (step.kind === 'delete-asset') {
            await this.ports.github.deleteAsset(step.asset.id);
            return { item: step.asset.name, result: 'deleted', detail: step.reason };
        }
        if (step.kind === 'keep-asset') {
            this.onDraft.set(step.asset.name, step.asset.sha256);
            return { item: step.asset.name, result: 'skipped', detail: 'same size and sha256 already there' };
        }
        const { remote, note } = await upload(this.ports, this.need(), step.asset);
        this.onDraft.set(step.asset.name, step.asset.sha256);
        return { item: remote.name, result: 'uploaded', detail: `${step.asset.size} bytes${note ? `, ${note}` : ''}` };
    }
    async npm(step) {
        const npm = this.desired.npm;
        if (!npm || !this.ports.npm)
            throw new Error('npm step without a package');
        if (step.kind === 'npm-keep')
            return { item: step.spec, result: 'skipped', detail: 'same integrity already on the registry' };
        if (step.kind === 'npm-dist-tag') {
            await this.ports.npm.distTag(step.spec, step.tag);
            return { item: step.spec, result: 'tagged', detail: `dist-tag ${step.tag}` };
        }
        try {
            await this.ports.npm.publish(npm.pkg.path, { tag: npm.distTag, access: npm.access, provenance: npm.provenance });
        }
        catch (error) {
            // The same bytes may have landed meanwhile (an earlier, killed run's npm finishing late; a parallel run): then
            // the goal is met. Anything else on the registry, or nothing, keeps the failure.
            const now = await this.ports.npm.view(npm.pkg.name, npm.pkg.version).catch(() => undefined);
            if (!now || !sameIntegrity(now.integrity, npm.pkg.integrity))
                throw error;
            return { item: step.spec, result: 'skipped', detail: 'the same integrity was published meanwhile' };
        }
        return {
            item: step.spec,
            result: 'published (npm)',
            detail: `dist-tag ${npm.distTag}${npm.provenance ? ', with provenance' : ''}`,
        };
    }
    /** Publish last, and only a draft that holds every asset with the planned bytes. */
    async publish(draftStays) {
        const d = this.desired;
        const missing = d.assets.filter((a) => this.onDraft.get(a.name) !== a.sha256).map((a) => a.name);
        if (missing.length)
            throw new errors/* UserError */.yo(`Refusing to publish ${d.tag}: the draft lacks ${missing.join(', ')}`);
        if (draftStays)
            return { item: `release ${d.tag}`, result: 'left as draft', detail: 'draft: true' };
        this.release = await this.ports.github.updateRelease(this.need().id, {
            body: d.notes,
            name: d.name,
            draft: false,
            prerelease: d.prerelease,
            tag: d.tag,
            target: d.target,
            makeLatest: d.makeLatest,
        });
        return {
            item: `release ${d.tag}`,
            result: 'published',
            detail: `${d.prerelease ? 'prerelease, ' : ''}make_latest ${d.makeLatest}`,
        };
    }
    apply(step) {
        (0,runner/* info */.pq)(describeStep(step));
        switch (step.kind) {
            case 'create-draft':
            case 'write-ledger':
            case 'delete-draft':
                return this.draft(step);
            case 'delete-asset':
            case 'upload-asset':
            case 'keep-asset':
                return this.asset(step);
            case 'npm-publish':
            case 'npm-keep':
            case 'npm-dist-tag':
                return this.npm(step);
            case 'publish-release':
                return this.publish(step.draftStays);
            case 'keep-published':
                return Promise.resolve({
                    item: `release ${this.desired.tag}`,
                    result: 'skipped',
                    detail: 'already published with the same assets',
                });
        }
    }
}
/**
 * Run the plan. Returns the release it ended on; `rows` (one per step, for the summary) is filled as steps finish, so
 * after a failure it still says what was done.
 */
async function execute(plan, desired, observed, ports, rows = []) {
    const run = new Run(desired, ports, observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId));
    if (run.release?.draft && !plan.steps.some((s) => s.kind === 'write-ledger')) {
        rows.push({
            item: `release ${desired.tag}`,
            result: 'resumed (draft)',
            detail: `id ${run.release.id}, left by an earlier run`,
        });
    }
    for (const step of plan.steps)
        rows.push(await run.apply(step));
    return { release: run.need(), rows };
}

;// CONCATENATED MODULE: ./src/readback.ts
/** Step 6: read the release and the registry back and check they hold exactly what was planned. */



async function readBack(desired, releaseId, ports) {
    const release = await ports.github.getRelease(releaseId);
    const problems = [];
    const rows = [];
    const wantDraft = desired.draft && release.draft;
    if (release.tagName !== desired.tag)
        problems.push(`the release has tag ${release.tagName}, not ${desired.tag}`);
    if (release.draft && !wantDraft)
        problems.push('the release is still a draft');
    rows.push({
        item: `release ${desired.tag}`,
        result: problems.length ? 'MISMATCH' : 'verified',
        detail: release.draft ? 'draft' : release.htmlUrl,
    });
    for (const a of desired.assets) {
        const same = release.assets.filter((r) => r.name === a.name);
        const r = same[0];
        const sha = r && r.size === a.size ? await ports.github.assetSha256(r) : undefined;
        const ok = same.length === 1 && r?.state === 'uploaded' && sha === a.sha256;
        if (!ok)
            problems.push(`asset ${a.name}: ${same.length === 0 ? 'missing' : same.length > 1 ? `${same.length} copies` : `bytes differ (size ${r?.size}, sha256 ${sha ?? 'unknown'})`}`);
        rows.push({ item: a.name, result: ok ? 'verified' : 'MISMATCH', detail: `sha256 ${a.sha256.slice(0, 16)}…` });
    }
    if (desired.npm && ports.npm) {
        const { pkg, distTag } = desired.npm;
        const view = await ports.npm.view(pkg.name, pkg.version);
        const tagOk = view.distTags[distTag] === pkg.version || !shouldMoveDistTag(view.distTags[distTag], pkg.version);
        if (!sameIntegrity(view.integrity, pkg.integrity))
            problems.push(`${pkg.name}@${pkg.version} on the registry has integrity ${view.integrity ?? 'none'}`);
        if (!tagOk)
            problems.push(`dist-tag ${distTag} points at ${view.distTags[distTag] ?? 'nothing'}, not ${pkg.version}`);
        rows.push({
            item: `${pkg.name}@${pkg.version}`,
            result: problems.length ? 'MISMATCH' : 'verified',
            detail: `integrity ${pkg.integrity.slice(0, 20)}…, ${distTag} → ${view.distTags[distTag]}`,
        });
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`Read-back found the release is not as planned:\n- ${problems.join('\n- ')}`, {
            hint: 'Re-run the job: it converges on the planned state.',
        });
    return { release, rows };
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

;// CONCATENATED MODULE: ./src/report.ts
/** The job summary and the outputs. */


function writeOutputs(desired, release) {
    setOutputs({
        'release-id': release?.id ?? '',
        'html-url': release?.htmlUrl ?? '',
        'upload-url': release?.uploadUrl ?? '',
        assets: desired.assets.map((a) => {
            const r = release?.assets.find((x) => x.name === a.name);
            return { name: a.name, size: a.size, sha256: a.sha256, id: r?.id ?? null, url: r?.url ?? null };
        }),
        'npm-spec': desired.npm ? `${desired.npm.pkg.name}@${desired.npm.pkg.version}` : '',
    });
}
function planSummary(desired, plan) {
    return new Summary()
        .heading(`Release ${desired.tag}: dry run`)
        .paragraph(plan.nothingToDo
        ? 'Nothing to do: everything is already in place.'
        : 'Nothing was changed. This is what a real run would do:')
        .table(['#', 'Step'], plan.steps.map((s, i) => [i + 1, describeStep(s)]), ['r', 'l'])
        .list(plan.warnings.map((w) => `⚠️ ${w}`));
}
/** The six stages as a left-to-right chart, each labelled with what happened to it in this run. */
function stages(desired, rows) {
    const count = (result) => rows.filter((r) => r.result === result && desired.assets.some((a) => a.name === r.item)).length;
    const releaseRow = rows.find((r) => r.item === `release ${desired.tag}`);
    const npmRow = desired.npm
        ? rows.find((r) => r.item === `${desired.npm?.pkg.name}@${desired.npm?.pkg.version}`)
        : undefined;
    const last = rows
        .filter((r) => r.item === `release ${desired.tag}` && r.result !== 'verified' && r.result !== 'MISMATCH')
        .at(-1);
    const label = (s) => `"${s.replace(/"/g, "'")}"`;
    return [
        'flowchart LR',
        `  V[${label('verify: ok')}] --> D[${label(`draft: ${releaseRow?.result ?? 'n/a'}`)}]`,
        `  D --> A[${label(`assets: ${count('uploaded')} uploaded, ${count('skipped')} skipped`)}]`,
        `  A --> N[${label(`npm: ${npmRow?.result ?? 'not asked'}`)}]`,
        `  N --> P[${label(`release: ${last?.result ?? 'n/a'}`)}]`,
        `  P --> R[${label(`read back: ${rows.some((r) => r.result === 'MISMATCH') ? 'mismatch' : 'verified'}`)}]`,
    ].join('\n');
}
function runSummary(desired, release, rows, nothingToDo) {
    const head = nothingToDo
        ? 'Nothing to do: the release, its assets and the npm version were already in place.'
        : `[${desired.tag}](${release.htmlUrl})`;
    return new Summary()
        .heading(`Release ${desired.tag}`)
        .paragraph(head)
        .mermaid(stages(desired, rows))
        .table(['Item', 'Result', 'Detail'], rows.map(row));
}
/** A row of the results table: the item (an asset, `pkg@1.2.3`, the release) and the detail as values, not links. */
const row = (r) => [literalValues(r.item), r.result, literalValues(r.detail)];
/** After a failure: what was done before it, and that a re-run picks up from there. */
function failureSummary(desired, rows, error) {
    const [first = '', ...more] = error.message.split('\n');
    const s = new Summary()
        .heading(`Release ${desired.tag}: stopped`)
        .paragraph(`${literalValues(first)}. Nothing is published half way: the release stays a draft until every asset and the npm package are in place. **Re-run the job** to finish; it picks up from here.`);
    // A multi-line message (a list of problems, npm's output) keeps its lines.
    if (more.length)
        s.code(more.join('\n'), 'text');
    return s.table(['Item', 'Result', 'Detail'], rows.map(row));
}

;// CONCATENATED MODULE: ./src/image.ts
/**
 * The container image of a release: build-package's OCI layout archive (the artifact of kind `image`) pushed to an
 * OCI registry through the Distribution API. Verified before anything changes (checksums, the digest build-package
 * recorded, the version label agreeing with the release), pushed before the release is published (so a published
 * release always has its image), and tagged only once every blob and manifest is in the registry and read back.
 */








/** Find, verify and open the image artifact. Undefined when no `image-repository` is given. */
async function prepareImage(config, workspace, version) {
    const push = config.image;
    const entry = imageEntry(config);
    if (!push || !entry)
        return undefined;
    const roots = allowedRoots(process.env, workspace);
    // By its real path: a committed link (to /proc/self/environ, say) is refused, and later reads use the real file.
    const path = (await statContained('artifacts', entry.path, { roots })).real;
    const { sha256 } = await hashFile(path, { noFollow: true });
    const sums = await readChecksums(config, roots);
    // Only the sha256 is compared: the image entry's size is not checked.
    const problems = artifactProblems(entry, { sha256 }, sums);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'shipline-image-'));
    process.once('exit', () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true })); // whatever happens next, no leftover
    try {
        if (problems.length)
            throw new errors/* UserError */.yo(`Verification failed, nothing was published:\n- ${problems.join('\n- ')}`, {
                hint: 'Rebuild the artifacts or fix the inputs, then re-run.',
            });
        const image = await openImage(entry, path, dir, version);
        const tags = versionTags(version, push.extraTags);
        const client = registryClient(push);
        (0,runner/* info */.pq)(`${entry.path}: image ${image.root.digest}, to push as ${tags.map((t) => `${formatReference(push.ref)}:${t}`).join(', ')}`);
        return { ref: push.ref, tags, image, client, version, overwrite: config.overwrite, dir };
    }
    catch (error) {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        if (error instanceof ImageFormatError || error instanceof DigestMismatchError)
            throw new errors/* UserError */.yo(`${entry.path} is not a usable OCI image archive: ${error.message}`, { cause: error });
        throw error;
    }
}
/**
 * The one artifact of kind `image` to push. Undefined when no `image-repository` is given (an image in the list is
 * then only mentioned); an InputError unless the list has exactly one.
 */
function imageEntry(config) {
    const push = config.image;
    const entries = 'entries' in config.artifacts ? config.artifacts.entries.filter((e) => e.kind === 'image') : [];
    if (!push) {
        if (entries.length)
            (0,runner/* info */.pq)(`The artifacts list an image (${entries.map((e) => e.path).join(', ')}); it is not pushed: set image-repository to push it.`);
        return undefined;
    }
    if (entries.length !== 1 || !entries[0]) {
        throw new errors/* InputError */.dz('image-repository', formatReference(push.ref), `needs exactly one item of kind "image" in the JSON 'artifacts' input (build-package's output); found ${entries.length}`);
    }
    return entries[0];
}
/** Extract the layout into `dir` and check it against the artifacts list (digest) and the release (version label). */
async function openImage(entry, path, dir, version) {
    await extractArchive(path, dir);
    const image = await readLayout(dir);
    if (entry.digest && entry.digest !== image.root.digest)
        throw new errors/* UserError */.yo(`${entry.path}: the image digest is ${image.root.digest}, but the artifacts list says ${entry.digest}`);
    for (const p of await platformImages(image)) {
        const label = p.config.config?.Labels?.['org.opencontainers.image.version'];
        if (label !== undefined && label !== version)
            throw new errors/* UserError */.yo(`${entry.path}: the image is labelled version ${label}, but this release is ${version}; rebuild the image for ${version}`);
    }
    return image;
}
/** A registry client for the push, with the credentials when both are given; secrets it meets are masked. */
function registryClient(push) {
    const creds = push.username && push.password ? { credentials: { username: push.username, password: push.password } } : {};
    return RegistryClient.for(push.ref, { ...creds, onSecret: maskSecret });
}
/** Look at the registry and refuse a conflicting version tag before any change (also in dry-run). */
async function checkImageTags(p) {
    const states = await observeTags(p.client, p.ref.repository, p.tags, p.image.root.digest).catch(registryError);
    const plan = planTags(p.version, p.image.root.digest, p.tags[0], states, p.overwrite);
    if (plan.conflicts.length)
        throw new errors/* UserError */.yo(`Cannot push the image, nothing was changed:\n- ${plan.conflicts.join('\n- ')}`);
    return plan.tags.map((t) => ({
        item: `image ${formatReference({ ...p.ref, tag: t.tag })}`,
        result: t.action === 'unchanged' ? 'in place' : `will ${t.action}`,
        detail: t.reason,
    }));
}
/** Push the image: blobs, manifests by digest, read back, then tags. Returns summary rows and sets the outputs. */
async function pushPrepared(p) {
    try {
        const rows = await pushImage(p.client, p.image, {
            repository: p.ref.repository,
            version: p.version,
            tags: p.tags,
            overwrite: p.overwrite,
            log: runner/* info */.pq,
        }).catch(registryError);
        const name = `${p.ref.registry}/${p.ref.repository}`;
        setOutputs({ 'image-digest': p.image.root.digest, 'image-refs': p.tags.map((t) => `${name}:${t}`) });
        const blobs = rows.filter((r) => r.action === 'uploaded' || r.action === 'skipped');
        const out = [
            {
                item: `image ${name}@${p.image.root.digest}`,
                result: 'verified',
                detail: `${blobs.filter((r) => r.action === 'uploaded').length} blobs uploaded, ${blobs.filter((r) => r.action === 'skipped').length} already there`,
            },
            ...rows
                .filter((r) => !['uploaded', 'skipped', 'put', 'verified'].includes(r.action))
                .map((r) => ({ item: `image ${name}:${r.item}`, result: r.action, detail: r.detail })),
        ];
        return out;
    }
    finally {
        await cleanupImage(p);
    }
}
async function cleanupImage(p) {
    if (p)
        await (0,promises_.rm)(p.dir, { recursive: true, force: true });
}
function registryError(error) {
    if (error instanceof PushConflictError)
        throw new errors/* UserError */.yo(`Cannot push the image, nothing was changed:\n- ${error.conflicts.join('\n- ')}`);
    if (error instanceof PushVerifyError)
        throw new errors/* UserError */.yo(`The image push did not verify: ${error.message}; re-run to finish (present blobs are skipped)`);
    if (error instanceof errors/* RemoteError */.Hi)
        throw error;
    throw error;
}
/** The image section of the dry-run summary. */
function imagePlanSummary(s, rows) {
    return s.heading('Image', 3).table(['Item', 'Result', 'Detail'], rows.map((r) => [r.item, r.result, r.detail]));
}

// EXTERNAL MODULE: ../../node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __nccwpck_require__(5826);
var spdx_expression_parse_default = /*#__PURE__*/__nccwpck_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/domain/sbom.ts
/**
 * Security items of the release gate, without I/O: the components of an SBOM (CycloneDX or SPDX JSON), the ones
 * an OSV advisory list says are affected, and the ones whose licence is on a deny list. Licence expressions are
 * read with spdx-expression-parse (the SPDX grammar: AND/OR precedence, WITH exceptions, `+`, LicenseRef-…).
 */




/** purl type → OSV ecosystem name. */
const ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'PyPI',
    maven: 'Maven',
    golang: 'Go',
    cargo: 'crates.io',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist',
    hex: 'Hex',
    pub: 'Pub',
    deb: 'Debian',
    apk: 'Alpine',
    swift: 'SwiftURL',
    hackage: 'Hackage',
};
/** Name (with namespace) and ecosystem from a purl, e.g. `pkg:npm/%40scope/name@1.0.0`. */
function fromPurl(purl) {
    const m = /^pkg:([a-z0-9.+-]+)\/([^@?#]+)/i.exec(purl);
    if (!m?.[1] || !m[2])
        return undefined;
    const type = m[1].toLowerCase();
    const path = decodeURIComponent(m[2]);
    const name = type === 'maven' ? path.replace('/', ':') : path;
    return { name, ecosystem: ECOSYSTEMS[type] };
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const arr = (v) => Array.isArray(v) ? v.filter((x) => typeof x === 'object' && x !== null) : [];
/** Every component of a CycloneDX (components, nested too) or SPDX (packages) JSON document; throws on anything else. */
function parseSbom(doc) {
    const d = (doc ?? {});
    if (d.bomFormat === 'CycloneDX') {
        const out = [];
        const walk = (list, depth) => {
            for (const c of list) {
                const purl = str(c.purl) ? fromPurl(String(c.purl)) : undefined;
                const group = str(c.group);
                const name = purl?.name ?? (group ? `${group}/${String(c.name ?? '')}` : String(c.name ?? ''));
                const licenses = arr(c.licenses).flatMap((l) => {
                    const lic = (l.license ?? {});
                    return [str(l.expression), str(lic.id), str(lic.name)].filter((x) => x !== undefined);
                });
                out.push({ name, version: String(c.version ?? ''), ecosystem: purl?.ecosystem, licenses });
                if (depth < 20)
                    walk(arr(c.components), depth + 1);
            }
        };
        walk(arr(d.components), 0);
        return { format: `CycloneDX ${String(d.specVersion ?? '')}`.trim(), components: out };
    }
    if (typeof d.spdxVersion === 'string') {
        const components = arr(d.packages).map((p) => {
            const ref = arr(p.externalRefs).find((r) => r.referenceType === 'purl');
            const purl = ref && str(ref.referenceLocator) ? fromPurl(String(ref.referenceLocator)) : undefined;
            const licenses = [str(p.licenseConcluded), str(p.licenseDeclared)].filter((l) => l !== undefined && l !== 'NOASSERTION' && l !== 'NONE');
            return {
                name: purl?.name ?? String(p.name ?? ''),
                version: String(p.versionInfo ?? ''),
                ecosystem: purl?.ecosystem,
                licenses: licenses.slice(0, 1),
            };
        });
        return { format: d.spdxVersion, components };
    }
    throw new Error('is neither a CycloneDX JSON document (bomFormat: CycloneDX) nor an SPDX JSON document (spdxVersion)');
}
/** OSV JSON: one vulnerability, a list of them, `{vulns: [...]}` (the OSV API's answer) or osv-scanner's `{results}`. */
function parseOsv(doc) {
    const d = doc;
    let list;
    if (Array.isArray(doc))
        list = arr(doc);
    else if (d && Array.isArray(d.vulns))
        list = arr(d.vulns);
    else if (d && Array.isArray(d.results))
        list = arr(d.results).flatMap((r) => arr(r.packages).flatMap((p) => arr(p.vulnerabilities)));
    else if (d && typeof d.id === 'string')
        list = [d];
    else
        throw new Error('is not OSV JSON (a vulnerability with "id" and "affected", a list of them, or {"vulns": [...]})');
    return list.map((v) => {
        if (typeof v.id !== 'string')
            throw new Error(`has an advisory without an "id": ${JSON.stringify(v).slice(0, 80)}`);
        return {
            id: v.id,
            summary: str(v.summary) ?? str(v.details)?.split('\n')[0] ?? '',
            aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [],
            affected: arr(v.affected).map((a) => {
                const pkg = (a.package ?? {});
                return {
                    ecosystem: str(pkg.ecosystem),
                    name: String(pkg.name ?? ''),
                    versions: Array.isArray(a.versions) ? a.versions.map(String) : [],
                    ranges: arr(a.ranges).map((r) => ({ type: String(r.type ?? ''), events: arr(r.events) })),
                };
            }),
        };
    });
}
/**
 * Compare versions the way OSV's SEMVER/ECOSYSTEM ranges need: semver, else coerced to x.y.z by the semver
 * package's coerce (which also completes a short `1.2` to `1.2.0`).
 */
function cmp(a, b) {
    const x = parse_default()(a) ? a : coerce_default()(a);
    const y = parse_default()(b) ? b : coerce_default()(b);
    return x && y ? compare_default()(x, y) : undefined;
}
/** Is `version` inside an OSV range (events applied in version order, as the OSV schema describes)? */
function inRange(version, events) {
    const point = (e) => String(e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0');
    const sorted = [...events].sort((a, b) => point(a) === '0' ? -1 : point(b) === '0' ? 1 : (cmp(point(a), point(b)) ?? 0));
    let affected = false;
    for (const e of sorted) {
        if (e.introduced !== undefined) {
            const c = String(e.introduced) === '0' ? 1 : cmp(version, String(e.introduced));
            if (c !== undefined && c >= 0)
                affected = true;
        }
        else if (e.fixed !== undefined) {
            const c = cmp(version, String(e.fixed));
            if (c !== undefined && c >= 0)
                affected = false;
        }
        else if (e.last_affected !== undefined) {
            const c = cmp(version, String(e.last_affected));
            if (c !== undefined && c > 0)
                affected = false;
        }
        else if (e.limit !== undefined) {
            const c = cmp(version, String(e.limit));
            if (c !== undefined && c >= 0)
                affected = false;
        }
    }
    return affected;
}
/** Components an advisory affects: same name (and ecosystem when both know it), version listed or in a range. */
function affectedComponents(components, advisories) {
    const found = [];
    for (const advisory of advisories) {
        for (const component of components) {
            const hit = advisory.affected.some((a) => {
                if (a.name !== component.name)
                    return false;
                if (a.ecosystem && component.ecosystem && a.ecosystem !== component.ecosystem)
                    return false;
                if (a.versions.includes(component.version))
                    return true;
                return a.ranges.some((r) => r.type !== 'GIT' && inRange(component.version, r.events));
            });
            if (hit)
                found.push({ component, advisory });
        }
    }
    return found;
}
/** Licence ids compared without `-only`/`-or-later`/`+` and case: denying `GPL-3.0` denies `GPL-3.0-or-later` too. */
const base = (id) => id
    .toLowerCase()
    .replace(/\+$/, '')
    .replace(/-(only|or-later)$/, '');
/** Can the licence expression be honoured without a denied licence? (OR: one side suffices; AND: both must be allowed.) */
function allowed(node, deny) {
    if ('license' in node)
        return !deny.has(base(node.license));
    return node.conjunction === 'or'
        ? allowed(node.left, deny) || allowed(node.right, deny)
        : allowed(node.left, deny) && allowed(node.right, deny);
}
/** Is this licence (an SPDX expression, else a free-text name compared whole) refused by the deny list? */
function licenseDenied(license, denyList) {
    const deny = new Set(denyList.map(base));
    try {
        return !allowed(spdx_expression_parse_default()(license), deny);
    }
    catch {
        return deny.has(base(license.trim()));
    }
}
/** A deny-list entry that is not an SPDX licence id, or undefined when all are. */
function unknownLicenseId(denyList) {
    return denyList.find((id) => {
        try {
            const node = spdx_expression_parse_default()(id);
            return !('license' in node);
        }
        catch {
            return true;
        }
    });
}
const label = (c) => `${c.name}@${c.version}`;
/** SBOM present among the artifacts. */
function sbomItem(pattern, found) {
    const item = 'SBOM attached';
    if (!found)
        return { item, required: true, result: 'failed', detail: `no artifact matches ${pattern}` };
    if (found.error)
        return { item, required: true, result: 'failed', detail: `${found.name} ${found.error}` };
    return {
        item,
        required: true,
        result: 'passed',
        detail: `${found.name}: ${found.format}, ${found.components} components`,
    };
}
/** No component matching an advisory. */
function advisoryItem(file, advisories, findings) {
    const item = 'No known vulnerabilities';
    if (!findings.length)
        return {
            item,
            required: true,
            result: 'passed',
            detail: `none of ${advisories} advisories in ${file} affects a component`,
        };
    const shown = findings
        .slice(0, 5)
        .map((f) => `${label(f.component)}: ${[f.advisory.id, ...f.advisory.aliases.slice(0, 1)].join(' / ')}${f.advisory.summary ? ` (${f.advisory.summary.slice(0, 80)})` : ''}`);
    const more = findings.length > shown.length ? `; and ${findings.length - shown.length} more` : '';
    const first = findings[0]?.advisory.id ?? '';
    return {
        item,
        required: true,
        result: 'failed',
        detail: `${findings.length} affected: ${shown.join('; ')}${more}`,
        link: `https://osv.dev/vulnerability/${encodeURIComponent(first)}`,
    };
}
/** No component under a denied licence. */
function licenseItem(denyList, components) {
    const item = 'Licences allowed';
    const bad = components.filter((c) => c.licenses.length && c.licenses.every((l) => licenseDenied(l, denyList)));
    if (!bad.length)
        return { item, required: true, result: 'passed', detail: `no component under ${denyList.join(', ')}` };
    const shown = bad.slice(0, 5).map((c) => `${label(c)} (${c.licenses.join(', ')})`);
    const more = bad.length > shown.length ? `; and ${bad.length - shown.length} more` : '';
    return {
        item,
        required: true,
        result: 'failed',
        detail: `${bad.length} under a denied licence: ${shown.join('; ')}${more}`,
    };
}

;// CONCATENATED MODULE: ./src/gate-config.ts
/** The release gate's inputs, read and checked for form. Every item is off unless its input asks for it. */


/** True when any gate item is asked for (otherwise the gate makes no API call at all). */
function gateWanted(g) {
    return (g.checks.length > 0 ||
        g.fromProtection ||
        g.requireNotes ||
        g.changelogFile !== undefined ||
        g.docsPaths.length > 0 ||
        g.milestone ||
        g.sbom !== undefined ||
        g.advisories !== undefined ||
        g.denyLicenses.length > 0);
}
function readGateConfig() {
    const names = readList('required-checks', { commas: true });
    const timeoutText = readString('checks-timeout', { fallback: '10m' });
    const docsPaths = readList('docs-paths', { commas: true });
    for (const g of docsPaths) {
        if (g.startsWith('/') || g.split('/').includes('..'))
            throw new errors/* InputError */.dz('docs-paths', g, "is not a path pattern inside the repository (e.g. 'docs/**', 'README.md')");
    }
    const sbom = readString('sbom');
    const advisories = readString('advisories');
    const denyLicenses = readList('deny-licenses', { commas: true });
    const unknown = unknownLicenseId(denyLicenses);
    if (unknown !== undefined)
        throw new errors/* InputError */.dz('deny-licenses', unknown, "is not an SPDX licence id (e.g. 'GPL-3.0-only', 'AGPL-3.0-or-later', 'SSPL-1.0'; ids are case-sensitive)");
    if ((advisories !== undefined || denyLicenses.length) && sbom === undefined) {
        throw new errors/* InputError */.dz(advisories !== undefined ? 'advisories' : 'deny-licenses', advisories ?? denyLicenses.join(','), "needs 'sbom': the components are read from the SBOM among the artifacts");
    }
    const changelogFile = readString('changelog-file', {
        pattern: /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\0]+$/,
        accepted: 'is not a path inside the repository (e.g. CHANGELOG.md)',
    });
    return {
        checks: names.filter((n) => n !== 'protection'),
        fromProtection: names.includes('protection'),
        checksTimeoutMs: readDuration('checks-timeout', { fallback: 600_000, max: 6 * 3600_000 }),
        checksTimeoutText: timeoutText,
        requireNotes: readBoolean('require-notes', false),
        changelogFile,
        docsPaths,
        hasFeatures: readEnum('has-features', ['auto', 'true', 'false'], 'auto'),
        since: readString('since', {
            pattern: /^(?!-)(?!.*\.\.)[^\s~^:?*[\\]+$/,
            accepted: "is not a tag or commit (e.g. 'v1.2.0')",
        }),
        milestone: readBoolean('check-milestone', false),
        sbom,
        advisories,
        denyLicenses,
    };
}

;// CONCATENATED MODULE: ./src/domain/gate.ts
/**
 * The release gate, decided without I/O: from facts read off GitHub and the workspace, one checklist item per
 * requirement (item, required?, result, link). The gate fails closed: a required item that did not pass stops the
 * release before any write; an item still waiting (a pending check) is waited for by the caller, up to a timeout.
 */



/** Conclusions GitHub accepts for a required check (neutral and skipped count as passing). */
const PASSING = new Set(['success', 'neutral', 'skipped']);
/** The state of every required check: a check run of that name, else a commit status of that context. */
function checkStates(required, runs, statuses) {
    return required.map((name) => {
        const run = runs.find((r) => r.name === name);
        if (run) {
            if (run.status !== 'completed')
                return { name, state: 'pending', detail: `check run: ${run.status}`, link: run.link };
            const conclusion = run.conclusion ?? 'none';
            return {
                name,
                state: PASSING.has(conclusion) ? 'success' : 'failure',
                detail: `check run: ${conclusion}`,
                link: run.link,
            };
        }
        const status = statuses.find((s) => s.context === name);
        if (status) {
            const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure';
            return { name, state, detail: `status: ${status.state}`, link: status.link };
        }
        return { name, state: 'missing', detail: 'not reported on this commit yet' };
    });
}
/** Whether to poll again: only while some check is pending or missing, nothing failed, and time is left. */
function keepWaiting(states, elapsedMs, timeoutMs) {
    if (states.some((s) => s.state === 'failure'))
        return false;
    return states.some((s) => s.state === 'pending' || s.state === 'missing') && elapsedMs < timeoutMs;
}
/** Poll interval for a timeout: about 30 polls, between 1 s and 15 s apart. */
function pollInterval(timeoutMs) {
    return Math.min(15_000, Math.max(1_000, Math.round(timeoutMs / 30)));
}
/** One checklist item per required check, after waiting (a check still pending here has run out of time). */
function checkItems(states, sha, timedOut) {
    return states.map((s) => {
        const where = `${s.detail} on ${sha.slice(0, 7)}`;
        const late = s.state !== 'success' && s.state !== 'failure' && timedOut;
        const detail = late ? `${where}, still not done after ${timedOut}` : where;
        const result = s.state === 'success' ? 'passed' : 'failed';
        return { item: `Check: ${s.name}`, required: true, result, detail, link: s.link };
    });
}
/** A progress line while waiting: `2 of 3 checks done; waiting for build (check run: in_progress), lint (not reported…)`. */
function progressLine(states, elapsed, timeout) {
    const waiting = states.filter((s) => s.state === 'pending' || s.state === 'missing');
    return `${states.length - waiting.length} of ${states.length} required checks done; waiting for ${waiting.map((s) => `${s.name} (${s.detail})`).join(', ')} — ${elapsed} of ${timeout}`;
}
/** Release notes present and non-empty. */
function notesItem(notes, required) {
    const words = notes.trim().split(/\s+/).filter(Boolean).length;
    return words
        ? { item: 'Release notes', required, result: 'passed', detail: `${words} words` }
        : { item: 'Release notes', required, result: 'failed', detail: 'the release notes are empty (notes / notes-file)' };
}
/** The highest version tag below `version` (prereleases only when `version` is one), or undefined. */
function previousTag(tags, version) {
    const mine = parse_default()(version);
    let best;
    for (const tag of tags) {
        const v = tag.replace(/^v/, '');
        const parsed = parse_default()(v);
        if (!parsed || compare_default()(v, version) >= 0)
            continue;
        if (parsed.prerelease.length && !mine?.prerelease.length)
            continue;
        if (!best || compare_default()(v, best.version) > 0)
            best = { tag, version: v };
    }
    return best?.tag;
}
/** The changelog file was changed in the range. */
function changelogItem(file, range) {
    const item = `${file} updated`;
    if (!range.base)
        return { item, required: true, result: 'skipped', detail: 'first release: no earlier version to compare with' };
    const changed = range.files.includes(file.replace(/^\.\//, ''));
    return changed
        ? {
            item,
            required: true,
            result: 'passed',
            detail: `changed in ${range.base}...${range.head.slice(0, 12)}`,
            link: range.link,
        }
        : {
            item,
            required: true,
            result: 'failed',
            detail: `not changed since ${range.base} (${range.files.length} files changed)`,
            link: range.link,
        };
}
/** Does the release have features? `auto`: the notes have a Features heading (the changelog action's section). */
function hasFeatures(mode, notes) {
    if (mode !== 'auto')
        return mode === 'true';
    return /^#{1,6}\s*(?:\S+\s+)?(?:new\s+)?features?\b/im.test(notes);
}
/** Documentation under one of `globs` was changed in the range, when the release has features. */
function docsItem(globs, range, features) {
    const item = 'Documentation updated';
    if (!features)
        return { item, required: false, result: 'skipped', detail: 'no features in this release' };
    if (!range.base)
        return { item, required: true, result: 'skipped', detail: 'first release: no earlier version to compare with' };
    const hits = range.files.filter((f) => globs.some((g) => (0,external_node_path_.matchesGlob)(f, g)));
    return hits.length
        ? {
            item,
            required: true,
            result: 'passed',
            detail: `${hits.length} file(s) under ${globs.join(', ')} changed`,
            link: range.link,
        }
        : {
            item,
            required: true,
            result: 'failed',
            detail: `the release has features but nothing under ${globs.join(', ')} changed since ${range.base}`,
            link: range.link,
        };
}
/** Milestone titles that name this release: `1.2.3`, `v1.2.3`, the tag. */
function milestoneTitles(version, tag) {
    return [...new Set([version, `v${version}`, tag])];
}
/** No open issues or pull requests in the milestone named like the version. */
function milestoneItem(version, milestone) {
    const item = 'Milestone complete';
    if (!milestone)
        return { item, required: true, result: 'skipped', detail: `no milestone named ${version} or v${version}` };
    if (!milestone.open.length)
        return { item, required: true, result: 'passed', detail: `${milestone.title}: nothing open`, link: milestone.link };
    const shown = milestone.open.slice(0, 5).map((i) => `${i.pull ? 'PR' : 'issue'} #${i.number} ${i.title}`);
    const more = milestone.open.length > shown.length ? `, and ${milestone.open.length - shown.length} more` : '';
    return {
        item,
        required: true,
        result: 'failed',
        detail: `${milestone.title} has ${milestone.open.length} open: ${shown.join('; ')}${more}`,
        link: milestone.link,
    };
}
/** The required items that did not pass (skipped ones pass: there was nothing to check). */
function blocking(items) {
    return items.filter((i) => i.required && (i.result === 'failed' || i.result === 'pending'));
}
const ICON = {
    passed: '✅ passed',
    failed: '❌ failed',
    pending: '⏳ pending',
    skipped: '➖ skipped',
};
/** The checklist's table rows (item, required?, result, link); a failed optional item shows as a warning. */
function checklistRows(items) {
    return items.map((i) => {
        const result = !i.required && i.result === 'failed' ? '⚠️ warning' : ICON[i.result];
        return [i.item, i.required ? 'yes' : 'no', `${result}: ${i.detail}`, i.link ?? ''];
    });
}

;// CONCATENATED MODULE: ./src/adapters/checks.ts
/**
 * What the release gate reads from GitHub (never writes): the commit a release points at, its check runs and
 * commit statuses, the branch's required status checks, version tags, the files changed since the previous
 * version, and the milestone named like the version with its open issues and pull requests.
 */


/** A link worth showing: http(s) only (a status's target_url is free text set by whoever posted it). */
const httpLink = (url) => url && /^https?:\/\//i.test(url) ? url : undefined;
/** The GITHUB_TOKEN permission each read needs, for the hint when GitHub answers 403. */
const PERMISSION = {
    check: 'checks',
    status: 'statuses',
    milestone: 'issues',
    issues: 'issues',
};
function checks_call(operation, fn, absent = []) {
    const key = Object.keys(PERMISSION).find((k) => operation.toLowerCase().includes(k));
    const permission = key ? PERMISSION[key] : 'contents';
    const hints = {
        ...RELEASE_HINTS,
        403: `The release gate only reads, but needs '${permission}: read' for this (add it under the job's permissions); nothing was changed.`,
    };
    return callGitHub(operation, fn, { absent, hints });
}
/** Pages read at most per list (100 items each). */
const MAX_PAGES = 10;
class GateReads {
    api;
    owner;
    repo;
    constructor(api, owner, repo) {
        this.api = api;
        this.owner = owner;
        this.repo = repo;
    }
    static async connect(token, repository) {
        const [owner = '', repo = ''] = repository.split('/');
        const log = { debug: runner/* debug */.Yz, info: runner/* debug */.Yz, warn: runner/* warning */.$e, error: runner/* warning */.$e };
        return new GateReads(await createGitHubClient({ token, action: 'publish-release', log }), owner, repo);
    }
    get where() {
        return { owner: this.owner, repo: this.repo };
    }
    async defaultBranch() {
        const { data } = await checks_call('Get repository', () => this.api.rest.repos.get(this.where));
        return data.default_branch;
    }
    /** The commit a ref (tag, branch, sha) names, or undefined when there is none. */
    async commitOf(ref) {
        const res = await checks_call(`Get commit ${ref}`, () => this.api.rest.repos.getCommit({ ...this.where, ref, per_page: 1 }), [404, 422]);
        return res?.data.sha;
    }
    /** Is `name` a branch? */
    async isBranch(name) {
        const res = await checks_call(`Get ref heads/${name}`, () => this.api.rest.git.getRef({ ...this.where, ref: `heads/${name}` }), [404]);
        return res !== undefined;
    }
    /** Required status check names of a branch; `none` when unprotected, `unreadable` when the token may not read them. */
    async requiredChecks(branch) {
        try {
            const { data } = await this.api.rest.repos.getStatusChecksProtection({ ...this.where, branch });
            return [...new Set([...(data.contexts ?? []), ...(data.checks ?? []).map((c) => c.context)])];
        }
        catch (error) {
            const status = error.status;
            if (status === 404)
                return 'none';
            if (status === 403 || status === 401)
                return 'unreadable';
            return checks_call('Get required status checks', () => Promise.reject(error));
        }
    }
    /** The newest check run per name on `sha`. */
    async checkRuns(sha) {
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await checks_call('List check runs', () => this.api.rest.checks.listForRef({ ...this.where, ref: sha, filter: 'latest', per_page: 100, page }));
            for (const r of data.check_runs)
                out.push({
                    name: r.name,
                    status: r.status,
                    conclusion: r.conclusion,
                    link: httpLink(r.details_url) ?? httpLink(r.html_url),
                });
            if (data.check_runs.length < 100)
                break;
        }
        return out;
    }
    /** The newest status per context on `sha` (the combined status). */
    async statuses(sha) {
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await checks_call('Get combined status', () => this.api.rest.repos.getCombinedStatusForRef({ ...this.where, ref: sha, per_page: 100, page }));
            for (const s of data.statuses)
                out.push({ context: s.context, state: s.state, link: httpLink(s.target_url) });
            if (data.statuses.length < 100)
                break;
        }
        return out;
    }
    /** Tag names (newest first, as GitHub lists them), at most 1,000. */
    async tags() {
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await checks_call('List tags', () => this.api.rest.repos.listTags({ ...this.where, per_page: 100, page }));
            out.push(...data.map((t) => t.name));
            if (data.length < 100)
                break;
        }
        return out;
    }
    /** Files changed in base...head (GitHub lists at most 300) and the compare page. */
    async changedFiles(base, head) {
        const { data } = await checks_call(`Compare ${base}...${head}`, () => this.api.rest.repos.compareCommitsWithBasehead({ ...this.where, basehead: `${base}...${head}`, per_page: 1 }));
        return { files: (data.files ?? []).map((f) => f.filename), link: data.html_url };
    }
    /** The first milestone (open or closed) with one of `titles`, with its open issues and pull requests. */
    async milestone(titles) {
        let found;
        for (let page = 1; page <= MAX_PAGES && !found; page++) {
            const { data } = await checks_call('List milestones', () => this.api.rest.issues.listMilestones({ ...this.where, state: 'all', per_page: 100, page }));
            found = data.find((m) => titles.includes(m.title));
            if (data.length < 100)
                break;
        }
        if (!found)
            return undefined;
        const open = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await checks_call('List issues in the milestone', () => this.api.rest.issues.listForRepo({
                ...this.where,
                milestone: String(found.number),
                state: 'open',
                per_page: 100,
                page,
            }));
            open.push(...data.map((i) => ({ number: i.number, title: i.title, pull: Boolean(i.pull_request) })));
            if (data.length < 100)
                break;
        }
        return { title: found.title, link: found.html_url, open };
    }
}

;// CONCATENATED MODULE: ./src/gate.ts
/**
 * The release gate, before any write: gather the facts (GitHub reads, the SBOM and advisory files), wait for
 * pending required checks with progress in the log, decide the checklist (domain/gate.ts, domain/sbom.ts), show it
 * as a table in the job summary and stop the release, naming and linking what failed, when a required item did not pass.
 */








/** The commit the release will point at: the tag's when it exists, else `target`'s, else the default branch's. */
async function releasedCommit(desired, reads) {
    const fallback = await reads.defaultBranch();
    const tagSha = await reads.commitOf(desired.tag);
    const target = desired.target ?? fallback;
    const sha = tagSha ?? (await reads.commitOf(target));
    if (!sha)
        throw new errors/* UserError */.yo(`Release gate: '${target}' (target) names no commit in ${desired.repository}; nothing was changed`);
    const branch = desired.target && !tagSha && (await reads.isBranch(desired.target)) ? desired.target : fallback;
    return { sha, branch };
}
/** Names of the required checks: the input's, plus branch protection's when asked (fail closed when unreadable). */
async function requiredNames(config, reads, branch) {
    if (!config.fromProtection)
        return config.checks;
    const fromRules = await reads.requiredChecks(branch);
    if (fromRules === 'unreadable') {
        throw new errors/* UserError */.yo(`Release gate: required-checks says 'protection', but the token may not read the branch protection of ${branch} (GitHub answered 403); nothing was changed`, {
            hint: "Name the checks in 'required-checks' (e.g. 'build, test'), or give a token that can read branch protection (administration: read). GITHUB_TOKEN cannot.",
        });
    }
    if (fromRules === 'none')
        (0,runner/* info */.pq)(`Branch ${branch} has no required status checks`);
    else
        (0,runner/* info */.pq)(`Branch protection of ${branch} requires: ${fromRules.join(', ') || '(none)'}`);
    return [...new Set([...config.checks, ...(fromRules === 'none' ? [] : fromRules)])];
}
/** Poll the required checks until none is pending (or one failed), up to the timeout; bounded in count too. */
async function waitForChecks(names, sha, config, reads) {
    const interval = pollInterval(config.checksTimeoutMs);
    const maxPolls = Math.ceil(config.checksTimeoutMs / interval) + 2;
    const start = Date.now();
    let states = [];
    for (let poll = 1; poll <= maxPolls; poll++) {
        const [runs, statuses] = await Promise.all([reads.checkRuns(sha), reads.statuses(sha)]);
        states = checkStates(names, runs, statuses);
        const elapsed = Date.now() - start;
        if (!keepWaiting(states, elapsed, config.checksTimeoutMs) || poll === maxPolls)
            break;
        (0,runner/* info */.pq)(progressLine(states, formatDuration(elapsed), config.checksTimeoutText));
        await (0,external_node_timers_promises_namespaceObject.setTimeout)(Math.min(interval, Math.max(0, config.checksTimeoutMs - elapsed)));
    }
    const stillWaiting = states.some((s) => s.state === 'pending' || s.state === 'missing');
    return { states, timedOut: stillWaiting ? config.checksTimeoutText : undefined };
}
/** The release range (previous version's tag...released commit) and its changed files. */
async function releaseRange(config, desired, reads, sha) {
    const base = config.since ?? previousTag(await reads.tags(), desired.version);
    if (!base)
        return { head: sha, files: [] };
    const { files, link } = await reads.changedFiles(base, sha);
    (0,runner/* info */.pq)(`Range ${base}...${sha.slice(0, 7)}: ${files.length} file(s) changed`);
    return { base, head: sha, files, link };
}
/** The SBOM among the artifacts, parsed; and the security items that read it. */
async function securityItems(config, desired, workspace) {
    if (config.sbom === undefined)
        return [];
    const pattern = config.sbom;
    const asset = desired.assets.find((a) => a.name === pattern || (0,external_node_path_.matchesGlob)(a.name, pattern));
    if (!asset)
        return [sbomItem(pattern, undefined)];
    let components;
    try {
        const parsed = parseSbom(JSON.parse(await (0,promises_.readFile)(asset.path, 'utf8')));
        components = parsed.components;
        (0,runner/* info */.pq)(`SBOM ${asset.name}: ${parsed.format}, ${components.length} components`);
        const items = [sbomItem(pattern, { name: asset.name, format: parsed.format, components: components.length })];
        if (config.advisories !== undefined) {
            const text = (await readContained('advisories', config.advisories, {
                roots: allowedRoots(process.env, workspace),
                max: 64 << 20,
            })).data.toString('utf8');
            let advisories;
            try {
                advisories = parseOsv(JSON.parse(text));
            }
            catch (error) {
                throw new errors/* UserError */.yo(`Input 'advisories': '${config.advisories}' ${error.message}`, {
                    file: config.advisories,
                });
            }
            items.push(advisoryItem(config.advisories, advisories.length, affectedComponents(components, advisories)));
        }
        if (config.denyLicenses.length)
            items.push(licenseItem(config.denyLicenses, components));
        return items;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        return [sbomItem(pattern, { name: asset.name, error: error.message })];
    }
}
/** Evaluate every asked-for item, in the order a release manager reads them. */
async function evaluateGate(config, desired, reads, workspace) {
    const items = [];
    const needsCommit = config.checks.length > 0 ||
        config.fromProtection ||
        config.changelogFile !== undefined ||
        config.docsPaths.length > 0;
    const where = needsCommit ? await releasedCommit(desired, reads) : undefined;
    if (where && (config.checks.length || config.fromProtection)) {
        const names = await requiredNames(config, reads, where.branch);
        if (names.length) {
            const { states, timedOut } = await waitForChecks(names, where.sha, config, reads);
            items.push(...checkItems(states, where.sha, timedOut));
        }
        else {
            items.push({
                item: 'Required checks',
                required: true,
                result: 'skipped',
                detail: `branch ${where.branch} requires none`,
            });
        }
    }
    items.push(notesItem(desired.notes, config.requireNotes));
    if (where && (config.changelogFile !== undefined || config.docsPaths.length)) {
        const range = await releaseRange(config, desired, reads, where.sha);
        if (config.changelogFile !== undefined)
            items.push(changelogItem(config.changelogFile, range));
        if (config.docsPaths.length)
            items.push(docsItem(config.docsPaths, range, hasFeatures(config.hasFeatures, desired.notes)));
    }
    if (config.milestone)
        items.push(milestoneItem(desired.version, await reads.milestone(milestoneTitles(desired.version, desired.tag))));
    items.push(...(await securityItems(config, desired, workspace)));
    return items;
}
/** A markdown link for the table, only to http(s) pages, with the characters that could end it encoded. */
function safeLink(url) {
    if (!/^https?:\/\/[^\s]+$/i.test(url))
        return '';
    return `[open](${encodeURI(url).replace(/[()[\]<>"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}
/** The checklist as a summary section; untrusted text (check names, issue titles, package names) is escaped by core's Summary. */
function gateSummary(tag, items) {
    const failed = blocking(items);
    const rows = checklistRows(items).map(([item, required, result, link]) => [
        item ?? '',
        required,
        result ?? '',
        link ? safeLink(link) : '',
    ]);
    return new Summary()
        .heading(`Release gate for ${tag}: ${failed.length ? 'closed' : 'open'}`)
        .paragraph(failed.length
        ? `**${failed.length} required item(s) did not pass; nothing was changed.**`
        : 'Every required item passed.')
        .table(['Item', 'Required?', 'Result', 'Link'], rows);
}
/** Write the checklist and the `gate` output; throw (naming and linking every failed item) when the gate is closed. */
function enforceGate(tag, items) {
    gateSummary(tag, items).write();
    setOutputs({
        gate: items.map((i) => ({
            item: i.item,
            required: i.required,
            result: i.result,
            detail: i.detail,
            link: i.link ?? null,
        })),
    });
    for (const i of items)
        if (!i.required && i.result === 'failed')
            (0,runner/* warning */.$e)(`${i.item}: ${i.detail}`);
    const failed = blocking(items);
    if (failed.length) {
        const lines = failed.map((i) => `${i.item}: ${i.detail}${i.link ? ` (${i.link})` : ''}`);
        throw new errors/* UserError */.yo(`Release gate closed for ${tag}, nothing was changed:\n- ${lines.join('\n- ')}`);
    }
    (0,runner/* info */.pq)(`Release gate open: ${items.filter((i) => i.result === 'passed').length} passed, ${items.filter((i) => i.result === 'skipped').length} skipped`);
}
/** The gate, when any item is asked for and the release is not already complete; throws when it is closed. */
async function runGate(config, desired, token, workspace, nothingToDo) {
    if (!gateWanted(config))
        return;
    if (nothingToDo) {
        (0,runner/* info */.pq)(`Release gate not evaluated: ${desired.tag} is already released with the same content`);
        return;
    }
    const reads = await GateReads.connect(token, desired.repository);
    const items = await (0,runner/* group */.Os)('Release gate', () => evaluateGate(config, desired, reads, workspace));
    enforceGate(desired.tag, items);
}

;// CONCATENATED MODULE: ../../packages/core/src/branches.ts
/**
 * Release branches in the style semantic-release users know, shared by changelog (which version a branch may make,
 * which tag came before it on the same line) and publish-release (which npm dist-tag and release flags a branch
 * gets). Pure: the caller names the branch being released and, when it knows them, the branches that exist.
 *
 * ```yaml
 * branches: |
 *   - main                              # trunk: the first plain name (dist-tag latest)
 *   - next                              # another release line (dist-tag next)
 *   - '+([0-9]).x'                      # maintenance lines 1.x, 2.x … (range from the name)
 *   - { name: '1.2.x' }                 # maintenance 1.2.x: >=1.2.0 <1.3.0
 *   - { name: beta, prerelease: true }  # pre-releases 2.0.0-beta.1 (dist-tag beta)
 *   - { name: alpha-*, prerelease: alpha, channel: alpha }
 * ```
 * A name may be a glob (`*`, `?`, `+([0-9])`, `{a,b}`), matched against the whole branch name.
 */



const branches_EXAMPLE = 'a YAML/JSON list such as "[main, \'+([0-9]).x\', {name: beta, prerelease: true}]"';
const CHANNEL = /^[A-Za-z][\w.-]*$/;
/** A maintenance range from `N.x` / `N.N.x` (also `N.x.x`), or undefined. */
function maintenanceRange(text) {
    const m = /^v?(\d+)\.(?:(\d+)\.)?x(?:\.x)?$/.exec(text);
    if (!m)
        return undefined;
    const major = Number(m[1]);
    if (m[2] === undefined)
        return { min: `${major}.0.0`, max: `${major + 1}.0.0`, text };
    const minor = Number(m[2]);
    return { min: `${major}.${minor}.0`, max: `${major}.${minor + 1}.0`, text };
}
/** Turn a branch glob (`*`, `?`, `+([0-9])`, `?(…)`, `{a,b}`, `[…]`) into an anchored RegExp. */
function branchGlob(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const next = pattern[i + 1];
        if ((c === '+' || c === '?' || c === '*' || c === '@') && next === '(') {
            let depth = 0;
            let j = i + 1;
            for (; j < pattern.length; j++) {
                if (pattern[j] === '(')
                    depth++;
                if (pattern[j] === ')' && --depth === 0)
                    break;
            }
            const inner = branchGlob(pattern.slice(i + 2, j))
                .source.slice(1, -1)
                .replace(/\\\|/g, '|');
            out += `(?:${inner})${c === '@' ? '' : c}`;
            i = j;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '{') {
            const end = pattern.indexOf('}', i);
            if (end < 0)
                out += '\\{';
            else {
                out += `(?:${pattern
                    .slice(i + 1, end)
                    .split(',')
                    .map((p) => branchGlob(p).source.slice(1, -1))
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i);
            if (end < 0)
                out += '\\[';
            else {
                out += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '|')
            out += '\\|';
        else
            out += c.replace(/[.+^$()\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
const isGlob = (name) => /[*?[{]|[+@]\(/.test(name);
/** Maintenance by name: `1.x`, `1.2.x`, or a glob that can only match such names (`+([0-9]).x`, `*.x`). */
const looksMaintenance = (name) => maintenanceRange(name) !== undefined || (isGlob(name) && /\.x$/.test(name));
/** Parse the `branches` input (already YAML/JSON-parsed). Errors name the input, the entry and what is accepted. */
function parseBranches(value, input = 'branches') {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0)
        throw new errors/* InputError */.dz(input, JSON.stringify(value) ?? String(value), `is not a non-empty list of branches: ${branches_EXAMPLE}`);
    const rules = list.map((raw, i) => {
        const entry = typeof raw === 'string' ? { name: raw } : raw;
        const where = `(entry ${i + 1})`;
        if (!entry || typeof entry !== 'object' || typeof entry.name !== 'string' || entry.name.trim() === '') {
            throw new errors/* InputError */.dz(input, JSON.stringify(raw) ?? String(raw), `${where} has no "name"; each entry is a branch name or {name, prerelease?, channel?, range?}`);
        }
        const name = entry.name.trim();
        if (/\s|\.\.|^-|[~^:\\]/.test(name))
            throw new errors/* InputError */.dz(input, name, `${where} is not a branch name or glob`);
        const channel = entry.channel === undefined || entry.channel === false ? undefined : String(entry.channel);
        if (channel !== undefined && !CHANNEL.test(channel))
            throw new errors/* InputError */.dz(input, channel, `${where} "channel" is not an npm dist-tag (a letter, then letters, digits, '.', '-', '_'; not a version or range)`);
        const pre = entry.prerelease;
        if (pre !== undefined && pre !== false) {
            const id = pre === true ? name : String(pre);
            if (!/^[0-9A-Za-z-]+$/.test(id) || /^\d+$/.test(id)) {
                throw new errors/* InputError */.dz(input, String(pre === true ? name : pre), `${where} "prerelease" is not a pre-release id (letters, digits, '-'; with prerelease: true the branch name is the id, so a glob name needs prerelease: <id>)`);
            }
            return { name, kind: 'prerelease', prerelease: id, ...(channel ? { channel } : {}) };
        }
        const range = entry.range === undefined ? undefined : String(entry.range);
        if (range !== undefined && !maintenanceRange(range))
            throw new errors/* InputError */.dz(input, range, `${where} "range" is not a maintenance range such as '1.x' or '1.2.x'`);
        if (range !== undefined || looksMaintenance(name))
            return { name, kind: 'maintenance', ...(range ? { range } : {}), ...(channel ? { channel } : {}) };
        return { name, kind: 'release', ...(channel ? { channel } : {}) };
    });
    if (!rules.some((r) => r.kind === 'release')) {
        throw new errors/* InputError */.dz(input, list.map((r) => (typeof r === 'string' ? r : r?.name)).join(', '), `has no release branch (a plain name such as 'main'): the first one is the trunk`);
    }
    return rules;
}
/** The rule a concrete branch falls under (first match wins), or undefined when it is not a release branch. */
function resolveBranch(rules, branch) {
    const rule = rules.find((r) => (isGlob(r.name) ? branchGlob(r.name).test(branch) : r.name === branch));
    if (!rule)
        return undefined;
    const trunkRule = rules.find((r) => r.kind === 'release');
    const trunk = rule === trunkRule;
    if (rule.kind === 'prerelease')
        return {
            branch,
            kind: 'prerelease',
            trunk: false,
            prerelease: rule.prerelease,
            distTag: rule.channel ?? rule.prerelease,
        };
    if (rule.kind === 'maintenance') {
        const range = maintenanceRange(rule.range ?? branch);
        if (!range)
            return undefined;
        return {
            branch,
            kind: 'maintenance',
            trunk: false,
            range,
            distTag: rule.channel ?? `release-${branch.replace(/[^\w.-]/g, '-')}`,
        };
    }
    return {
        branch,
        kind: 'release',
        trunk,
        distTag: rule.channel ?? (trunk ? 'latest' : branch.replace(/[^\w.-]/g, '-')),
    };
}
/** The maintenance ranges of existing branches (the trunk's versions must stay above all of them). */
function maintenanceRanges(rules, existing) {
    return existing
        .map((b) => resolveBranch(rules, b))
        .flatMap((r) => (r?.kind === 'maintenance' && r.range ? [r.range] : []));
}
/** Is a version on this branch's line? Pre-release branches take their id's pre-releases (and the stable ones before). */
function onLine(branch, version) {
    const v = parseSemver(version);
    if (!v)
        return false;
    if (branch.range)
        return (!v.prerelease.length &&
            compareSemver(version, branch.range.min) >= 0 &&
            compareSemver(version, branch.range.max) < 0);
    if (v.prerelease.length)
        return branch.kind === 'prerelease' && v.prerelease[0] === branch.prerelease;
    return true;
}
/**
 * Why `version` may not be released from this branch, or undefined when it may. `floor`: the lowest version the
 * trunk may release (above every maintenance line), from {@link trunkFloor}.
 */
function versionProblem(branch, version, floor) {
    const v = parse_default()(version);
    if (!v)
        return `'${version}' is not a semantic version`;
    if (branch.kind === 'maintenance' && branch.range) {
        if (v.prerelease.length)
            return `${version} is a pre-release; maintenance line ${branch.branch} (${branch.range.text}) releases only versions >=${branch.range.min} <${branch.range.max}`;
        if (compare_default()(version, branch.range.min) < 0 || compare_default()(version, branch.range.max) >= 0) {
            const what = branch.range.text.split('.').length === 3 ? 'fixes' : 'fixes and features';
            return `${version} is outside maintenance line ${branch.branch} (>=${branch.range.min} <${branch.range.max}): this line takes ${what} only; land the change on the trunk or on a newer line`;
        }
        return undefined;
    }
    if (branch.kind === 'prerelease') {
        if (v.prerelease[0] !== branch.prerelease)
            return `${version} is not a ${branch.prerelease} pre-release; branch ${branch.branch} releases versions like 2.0.0-${branch.prerelease}.1`;
        return undefined;
    }
    if (v.prerelease.length)
        return `${version} is a pre-release; release branch ${branch.branch} releases stable versions (make a pre-release branch for it)`;
    if (floor && compare_default()(version, floor) < 0)
        return `${version} is not above the maintenance lines (the trunk must release ${floor} or higher, or the versions would collide with a maintenance line)`;
    return undefined;
}
/** The lowest version the trunk may release: the highest upper bound of the maintenance ranges, if any. */
function trunkFloor(ranges) {
    let floor;
    for (const r of ranges)
        if (!floor || compareSemver(r.max, floor) > 0)
            floor = r.max;
    return floor;
}

;// CONCATENATED MODULE: ./src/branches.ts
/**
 * publish-release on release branches (`branches`, the same list as the changelog action's): the branch being
 * released decides the npm dist-tag, whether the GitHub release is a prerelease and may be marked latest, and
 * refuses a version that is not on the branch's line, before anything is written.
 */


/** The branch being released: GITHUB_REF's when it is a branch, else `target` when given. */
function releasedBranch(config, env = process.env) {
    if (env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    return config.target;
}
/**
 * The config as the line wants it: dist-tag from the line (unless set to something else than `latest`), a
 * pre-release channel's releases marked prerelease, only the trunk's made latest (unless `make-latest` is given).
 * Throws when the branch is not a release branch or the version is not on its line. Pure.
 */
function withLine(config, line, branch, makeLatestGiven) {
    if (!line)
        throw new errors/* UserError */.yo(`Branch ${branch} is not a release branch in 'branches'; nothing was changed`, {
            hint: "Release from a branch listed in 'branches', or add this one.",
        });
    const version = agreeTagVersion(config.tag, config.version);
    const problem = versionProblem(line, version);
    if (problem)
        throw new errors/* UserError */.yo(`Branch ${branch}: ${problem}; nothing was changed`);
    const prerelease = config.prerelease || line.kind === 'prerelease';
    return {
        ...config,
        distTag: config.distTag === 'latest' ? line.distTag : config.distTag,
        prerelease,
        makeLatest: makeLatestGiven ? config.makeLatest : line.trunk && !prerelease ? 'true' : 'false',
    };
}
/** Read `branches` and apply the released branch's line to the config; the config unchanged without it. */
async function applyBranches(config, env = process.env) {
    const list = await readObject('branches', {
        array: true,
        example: "[main, '+([0-9]).x', {name: beta, prerelease: true}]",
    });
    if (!list)
        return config;
    const rules = parseBranches(list);
    const branch = releasedBranch(config, env);
    if (!branch)
        throw new errors/* InputError */.dz('branches', JSON.stringify(list), "is set, but the released branch is unknown: run on a push to a branch, or name it in 'target'");
    const line = resolveBranch(rules, branch);
    return { ...withLine(config, line, branch, (0,runner/* getInput */.V4)('make-latest') !== ''), ...(line ? { line } : {}) };
}

;// CONCATENATED MODULE: ./src/main.ts














/** publish-release: verify → draft → assets → npm → publish → read back. */
async function main() {
    const config = await applyBranches(await readConfig());
    const gate = readGateConfig();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const desired = await (0,runner/* group */.Os)('Verify inputs and artifacts', () => verifyLocal(config, workspace));
    const image = await (0,runner/* group */.Os)('Verify the image', () => prepareImage(config, workspace, desired.version));
    const github = await GitHubReleases.connect(config.token, config.repository);
    const npm = desired.npm ? new NpmRegistry({ registry: config.registry, token: config.npmToken }) : undefined;
    const observed = await (0,runner/* group */.Os)('Look at GitHub and the registry', () => observe(desired, github, npm));
    const plan = planRelease(desired, observed);
    if (plan.conflicts.length) {
        throw new errors/* UserError */.yo(`Cannot release ${desired.tag}, nothing was changed:\n- ${plan.conflicts.join('\n- ')}`);
    }
    const imagePlan = image ? await (0,runner/* group */.Os)('Look at the image registry', () => checkImageTags(image)) : [];
    await (0,runner/* group */.Os)('Pre-flight checks', () => preflight(desired, plan, github, npm, config.token));
    await runGate(gate, desired, config.token, workspace, plan.nothingToDo);
    (0,runner/* info */.pq)(`Plan:\n${plan.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}`).join('\n')}`);
    const current = observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId);
    if (config.dryRun) {
        writeOutputs(desired, current);
        imagePlanSummary(planSummary(desired, plan), imagePlan).write();
        (0,runner/* info */.pq)(plan.nothingToDo ? 'Dry run: nothing to do.' : 'Dry run: nothing was changed.');
        return;
    }
    // The image goes first: a published release always has its image, and a failed push changes nothing on GitHub.
    const rows = image ? await (0,runner/* group */.Os)('Push the image', () => pushPrepared(image)) : [];
    const done = await (0,runner/* group */.Os)('Release', () => execute(plan, desired, observed, { github, npm }, rows)).catch((error) => {
        failureSummary(desired, rows, error).write();
        throw error;
    });
    const checked = await (0,runner/* group */.Os)('Read back and verify', () => readBack(desired, done.release.id, { github, npm }));
    writeOutputs(desired, checked.release);
    runSummary(desired, checked.release, [...done.rows, ...checked.rows], plan.nothingToDo).write();
    (0,runner/* info */.pq)(plan.nothingToDo
        ? `Nothing to do: ${desired.tag} was already released with the same content.`
        : `Released ${desired.tag}: ${checked.release.htmlUrl}`);
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
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Q1: () => (/* binding */ setUrlSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: OUTPUT_LIMIT_BYTES, SUMMARY_LIMIT_BYTES, endGroup, exportVariable, getState, heredocDelimiter, isDebug, issueCommand, neutralise, safeLog, saveState, setHeaderSecret, startGroup, truncateUtf8

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
        .map(([k, v]) => `${k}=${escapeProperty(redact(String(v)))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(command === 'add-mask' ? message : redact(message))}${external_node_os_.EOL}`);
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
    return neutralise(redact(text));
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
    const clean = redact(value);
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
    const text = redact(markdown);
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

/***/ }),

/***/ 5001:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 6652:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 1819:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

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
