/**
 * The build itself: the planned command steps in order (install, lint, compile, test), then the package step. Each
 * step's record is kept up to date as it runs, so a failure's summary shows how far the build got.
 */
import { provenanceFrom } from './domain/manifest.js'
import { scriptLine } from './domain/spec.js'
import type { PlannedStep, StepId } from './domain/steps.js'
import type { Config } from './adapters/config.js'
import { buildPackages, type Packages } from './adapters/packages.js'
import type { Project } from './adapters/project.js'
import { headCommit } from './adapters/report.js'
import { runStep, type StepRecord } from './adapters/steps.js'

/** What the steps need once the plan is made. */
export interface BuildContext {
  config: Config
  project: Project
  version: string
  epoch: number
  /** The steps' environment (with SOURCE_DATE_EPOCH). */
  env: NodeJS.ProcessEnv
  /** Added to the test step's environment (the flag variants). */
  flagEnv: NodeJS.ProcessEnv
}

/** One record per planned step, each 'not run' until its step runs. */
export function stepRecords(steps: readonly PlannedStep[]): StepRecord[] {
  return steps.map((s) => ({ id: s.id, what: s.what, result: 'not run', durationMs: 0 }))
}

function recordOf(records: readonly StepRecord[], id: StepId): StepRecord {
  return records.find((r) => r.id === id) as StepRecord
}

/** Run the command steps, then the package step. Throws the first failure; `records` tell what happened. */
export async function runBuild(
  steps: readonly PlannedStep[],
  records: readonly StepRecord[],
  ctx: BuildContext,
): Promise<Packages | undefined> {
  await runCommandSteps(steps, records, ctx)
  return runPackageStep(steps, records, ctx)
}

async function runCommandSteps(
  steps: readonly PlannedStep[],
  records: readonly StepRecord[],
  ctx: BuildContext,
): Promise<void> {
  const { project, env } = ctx
  for (const step of steps.filter((s) => s.id !== 'package')) {
    const locate = (script: string) => ({
      file: project.packageJsonPath,
      line: scriptLine(project.packageJsonText, script),
    })
    await runStep(
      step,
      {
        cwd: (id) => (id === 'install' ? project.installDir : project.dir),
        env: step.id === 'test' ? { ...env, ...ctx.flagEnv } : env,
        timeoutMs: ctx.config.stepTimeoutMs,
        locate,
      },
      recordOf(records, step.id),
    )
  }
}

/** The package step, timed: skipped by input, or every package built and swapped into the output directory. */
async function runPackageStep(
  steps: readonly PlannedStep[],
  records: readonly StepRecord[],
  ctx: BuildContext,
): Promise<Packages | undefined> {
  const { config, project, version, epoch, env } = ctx
  const pack = recordOf(records, 'package')
  if (steps.find((s) => s.id === 'package')?.skipped) {
    pack.result = 'skipped'
    pack.note = 'skipped by input'
    return undefined
  }
  const started = performance.now()
  pack.result = 'failure'
  try {
    const provenance = provenanceFrom(process.env, epoch, await headCommit(config.project))
    const installed = recordOf(records, 'install').result === 'success'
    const packages = await buildPackages({ config, project, version, epoch, provenance, env, installed })
    pack.result = 'success'
    return packages
  } finally {
    pack.durationMs = performance.now() - started
  }
}
