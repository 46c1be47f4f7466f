export { UserError, InputError, RemoteError, quote, messageOf } from './errors.js'
export { parseDuration, durationValue, formatDuration } from './duration.js'
export { sleep } from './sleep.js'
export { writeAtomic, readTextIfExists, type AtomicWriteOptions } from './files.js'
export { hashFile, hashChunks, hashingStream, type FileHash, type HashOptions } from './hash.js'
export {
  readString,
  requireString,
  readBoolean,
  readInteger,
  readDuration,
  readVersion,
  readPercentList,
  readEnum,
  readList,
  readGlobList,
  readObject,
} from './inputs.js'
export { setOutputs, saveState, readState, maskSecret, maskHeader, maskUrl, type OutputValue } from './outputs.js'
export { redact, splitUrlCredentials, urlForLog } from './redact.js'
export { Summary, cell, inline, bulletList, escapeHtml, lineChart, type Cell } from './summary.js'
export { codeSpan, literalValues } from './markdown.js'
export { timeChart, fitRange, type TimePoint, type TimeChartOptions } from './charts.js'
export { run, report } from './run.js'
export {
  createGitHubClient,
  apiBaseUrl,
  currentRepo,
  isLoopbackUrl,
  SUITE_VERSION,
  type GitHubClient,
  type ClientOptions,
} from './github.js'
export { callGitHub, toRemoteError, statusOf, GITHUB_HINTS, type CallOptions, type StatusHints } from './github-call.js'
export { exec, lastLines, ExecError, type ExecOptions, type ExecResult } from './exec.js'
export {
  git,
  gitMaybe,
  gitRun,
  gitRecords,
  gitRecordBatches,
  splitRecords,
  splitRecordBatches,
  resolveRef,
  isShallow,
  commitTime,
} from './git.js'
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
export { checkVersion, isVersion, normalVersion, parseVersion, type VersionRules } from './version.js'
export {
  allowedRoots,
  isInside,
  checkPathText,
  checkFileName,
  realPathOf,
  resolveContained,
  openContained,
  statContained,
  readContained,
  readContainedIfExists,
  writeContained,
  checkWritable,
  tempNameOf,
  PATH_MAX,
  NAME_MAX,
  type PathRoot,
  type ContainOptions,
  type Contained,
  type OpenedFile,
  type WriteOptions,
} from './paths.js'
export {
  parseBranches,
  resolveBranch,
  maintenanceRange,
  maintenanceRanges,
  branchGlob,
  onLine,
  versionProblem,
  trunkFloor,
  type BranchRule,
  type BranchKind,
  type ReleaseBranch,
  type VersionRange,
} from './branches.js'
