/**
 * The small part of Semantic Versioning 2.0.0 the actions need: parse, normalise, compare (with prerelease
 * precedence, spec §11). Written here instead of importing `semver`, whose range machinery tripled the size of a
 * bundle's entry file (cold start) for a few comparisons. Checked pair by pair against `semver` in the tests.
 */
/** True when `text` is exactly a semantic version: no prefix, no surrounding space. */
export declare function isStrictSemver(text: string): boolean;
export interface SemverParts {
    major: number;
    minor: number;
    patch: number;
    prerelease: string[];
}
/** Parse a version; undefined when it is not semver. Build metadata is dropped (it has no precedence). */
export declare function parseSemver(text: string): SemverParts | undefined;
/** The normal form (`1.2.3-rc.1`, no `v`, no build metadata), or undefined when not semver. */
export declare function validSemver(text: string): string | undefined;
/** The leading `major.minor.patch` of a looser string (e.g. a tool's `--version` output). */
export declare function coerceSemver(text: string): string | undefined;
/** -1, 0 or 1 by semver precedence. Both must be valid (throws otherwise: a caller's bug, not user input). */
export declare function compareSemver(a: string, b: string): number;
