import { info, InputError, setOutputs } from '@shipline/core'
import { flagMatrix, MatrixError } from '@shipline/flags'
import { readConfig } from './adapters/inputs.js'
import { buildSummary, coverage, matrixOutput } from './domain/report.js'

/** Inputs → the matrix (pure, @shipline/flags) → outputs and summary. */
export async function main(): Promise<void> {
  const cfg = await readConfig()
  let m
  try {
    m = flagMatrix(cfg.file, { keys: cfg.keys, mode: cfg.mode, max: cfg.max })
  } catch (error) {
    if (error instanceof MatrixError) throw new InputError('flags', error.subject, error.message)
    throw error
  }
  setOutputs({ matrix: matrixOutput(m), count: m.combinations.length, mode: m.mode })
  buildSummary(m, cfg.path).write()
  info(`flag-matrix: ${coverage(m)}`)
}
