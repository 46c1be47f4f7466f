import { info, setOutputs, warning } from '@shipline/core'
import { defaultOutDir, readConfig } from './adapters/config.js'
import { readFlagVariants } from './adapters/flag-variants.js'
import { checkOutDir, type Packages } from './adapters/packages.js'
import { loadProject } from './adapters/project.js'
import { renderSummary, sourceDateEpoch } from './adapters/report.js'
import { runBuild, stepRecords } from './build.js'
import { actionOutputs, shownPath } from './outputs.js'
import { planBuild } from './plan.js'

/** Build, test and package the project: see README.md. Every input is checked before anything runs. */
export async function main(): Promise<void> {
  const config = await readConfig()
  const flagEnv = await readFlagVariants()
  const project = await loadProject(config)
  const { version, steps } = planBuild(config, project)
  config.outDir ||= defaultOutDir(process.env, project.name)
  await checkOutDir(config.outDir, config.workspace, config.project)
  const { epoch, from } = await sourceDateEpoch(process.env, config.project)
  if (project.note) warning(`build-package: ${project.note}`)
  info(`Building ${project.name} ${version} with ${project.manager.name} (SOURCE_DATE_EPOCH=${epoch}, from ${from})`)
  if (flagEnv.SHIPLINE_FLAG_VARIANTS)
    info(`The test step runs with the flag variants ${flagEnv.SHIPLINE_FLAG_VARIANTS}`)

  const env = { ...process.env, SOURCE_DATE_EPOCH: String(epoch) }
  const records = stepRecords(steps)
  let packages: Packages | undefined
  try {
    packages = await runBuild(steps, records, { config, project, version, epoch, env, flagEnv })
  } catch (error) {
    renderSummary({ name: project.name, version, steps: records, failure: String((error as Error).message) }).write()
    throw error
  }
  setOutputs(actionOutputs(version, config.outDir, packages))
  renderSummary({
    name: project.name,
    version,
    steps: records,
    artifacts: packages?.artifacts ?? [],
    outDir: shownPath(config.workspace, config.outDir),
    epochFrom: from,
    ...(packages ? { provenance: packages.provenance } : {}),
  }).write()
}
