export { murmur3x86_32, murmur3String } from './murmur3.js'
export {
  MAX_WEIGHT_SUM,
  scaleHash,
  bucketOf,
  bucketOfBytes,
  pickVariant,
  pickVariantAt,
  defaultBucketingValue,
  type WeightedVariant,
} from './fractional.js'
export {
  evaluate as evaluateJsonLogic,
  lookup,
  truthy,
  JsonLogicError,
  type Json,
  type EvaluateOptions,
  type FractionalGeneration,
} from './jsonlogic.js'
export { encodeCbor } from './cbor.js'
export { normalizeFlagdVersion } from './semver-op.js'
export {
  FLAGD_SCHEMA,
  FlagFileError,
  flagProblems,
  parseFlagFile,
  parseFlagFileText,
  formatFlagFile,
  evaluateFlag,
  expectType,
  resolveRefs,
  type EvaluateFlagOptions,
  type FlagValueType,
  type FlagFile,
  type FlagDefinition,
  type Variants,
  type Resolution,
  type EvaluationContext,
} from './flag-file.js'
export { readFlagFile, writeFlagFile, updateFlagFile } from './flag-file-io.js'
export {
  ROLLOUT_TOTAL_WEIGHT,
  percentToWeight,
  setRolloutPercentage,
  readRolloutPercentage,
  isInRollout,
  type RolloutOptions,
  type RolloutState,
} from './rollout.js'
export { LatencyHistogram, BIN_EDGES_MS, binOf } from './latency-histogram.js'
export { RollingWindow, type WindowStats } from './rolling-window.js'
export {
  CircuitBreaker,
  CircuitOpenError,
  judgeWindow,
  type Permit,
  type BreakerState,
  type BreakerOptions,
  type TripThresholds,
  type Judgement,
  type WindowNumbers,
  type TransitionEvent,
  type TransitionListener,
} from './circuit-breaker.js'
export { CircuitBreakerFlag, type CircuitBreakerFlagOptions, type BreakerResolution } from './breaker-flag.js'
export {
  flagMatrix,
  flagVariants,
  allCombinations,
  allPairs,
  pairsOf,
  pairwiseCombinations,
  combinationName,
  flagEnvName,
  variantEnv,
  MatrixError,
  type FlagMatrix,
  type MatrixMode,
  type MatrixOptions,
  type Combination,
} from './matrix.js'
