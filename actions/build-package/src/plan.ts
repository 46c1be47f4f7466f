/**
 * The checks that need package.json and the step plan, made before anything runs or is written: the SBOM and
 * `deb` inputs, the version, and the ordered steps with their packaging description. Pure: problems are InputErrors.
 */
import { checkSbom } from './domain/sbom.js'
import { parseVersion } from './domain/spec.js'
import { describePackaging, planSteps, type PlannedStep } from './domain/steps.js'
import { withDeb, type Config } from './adapters/config.js'
import type { Project } from './adapters/project.js'

export interface BuildPlan {
  /** The version being built: the `version` input, else package.json's. */
  version: string
  steps: PlannedStep[]
}

/** Check the inputs that depend on the project (sbom, deb, version) and plan the steps. Sets `config.deb`. */
export function planBuild(
  config: Config,
  project: Pick<Project, 'name' | 'version' | 'manager' | 'scripts'>,
): BuildPlan {
  checkSbom(config.sbom, project.manager)
  withDeb(config, project.name)
  const version = parseVersion(
    config.version ? 'version' : 'package.json version',
    config.version || project.version || '',
  )
  const names = (kind: string) => config.specs.filter((s) => s.kind === kind).map((s) => s.name)
  const packaging = describePackaging({
    npmPack: config.npmPack,
    archives: names('archive'),
    resources: names('resource'),
    meta: config.meta,
    sbom: config.sbom,
  })
  const { skip, settings, installCommand } = config
  const steps = planSteps({
    manager: project.manager,
    scripts: project.scripts,
    skip,
    settings,
    packaging,
    ...(installCommand ? { installCommand } : {}),
  })
  return { version, steps }
}
