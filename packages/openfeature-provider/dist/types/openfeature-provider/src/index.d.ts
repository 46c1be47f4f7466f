export { ShiplineProvider, BREAKER_STATE, BREAKER_TRIAL, BREAKER_PERIOD, type ShiplineProviderOptions, type BreakerConfig, type GuardResult, type BooleanDetailsClient, } from './provider.js';
export { FlagFileSource, type FileSourceOptions, type Loaded } from './file-source.js';
export { toDetails, changedFlags, typeOf, type Details } from './resolve.js';
