export * from './types/openfeature-provider/src/index.js'
