/** Commit types the release notes list unless told otherwise (the `include-types` input; the CLI's notes). */
export const DEFAULT_INCLUDE = ['feat', 'fix', 'perf', 'deprecations']
