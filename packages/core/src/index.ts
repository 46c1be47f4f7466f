export { UserError, InputError, RemoteError, quote, messageOf } from './errors.js'
export { parseDuration, formatDuration } from './duration.js'
export {
  readString,
  requireString,
  readBoolean,
  readInteger,
  readDuration,
  readPercentList,
  readEnum,
  readList,
  readGlobList,
  readObject,
} from './inputs.js'
export { setOutputs, saveState, readState, maskSecret, maskHeader, maskUrl, type OutputValue } from './outputs.js'
export { redact, splitUrlCredentials } from './redact.js'
export { Summary, cell, inline, bulletList, escapeHtml, lineChart, type Cell } from './summary.js'
export { run, report } from './run.js'
export { createGitHubClient, apiBaseUrl, currentRepo, isLoopbackUrl, SUITE_VERSION, type GitHubClient, type ClientOptions } from './github.js'
export { exec, lastLines, ExecError, type ExecOptions, type ExecResult } from './exec.js'
export { git, gitMaybe, gitRecords, resolveRef, isShallow, commitTime } from './git.js'
export {
  getInput,
  info,
  debug,
  isDebug,
  warning,
  notice,
  error,
  setFailed,
  setSecret,
  setOutput,
  exportVariable,
  group,
  startGroup,
  endGroup,
  appendSummary,
  safeLog,
  LogStream,
  type AnnotationProperties,
} from './runner.js'
export { parseSemver, validSemver, compareSemver, coerceSemver, isStrictSemver, type SemverParts } from './semver.js'
