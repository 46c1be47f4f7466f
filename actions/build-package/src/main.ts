import { relative } from 'node:path'
import { info, setOutputs, warning } from '@shipline/core'
import { provenanceFrom } from './domain/manifest.js'
import { describePackaging, planSteps, type StepId } from './domain/steps.js'
import { checkSbom } from './domain/sbom.js'
import { parseVersion, scriptLine } from './domain/spec.js'
import { defaultOutDir, readConfig, withDeb } from './adapters/config.js'
import { buildPackages, checkOutDir, type Packages } from './adapters/packages.js'
import { loadProject } from './adapters/project.js'
import { headCommit, renderSummary, sourceDateEpoch } from './adapters/report.js'
import { runStep, type StepRecord } from './adapters/steps.js'
import { readFlagVariants } from './adapters/flag-variants.js'

/** Build, test and package the project: see README.md. Every input is checked before anything runs. */
export async function main(): Promise<void> {
  const config = await readConfig()
  const flagEnv = await readFlagVariants()
  const project = await loadProject(config)
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
  const plan = planSteps({
    manager: project.manager,
    scripts: project.scripts,
    skip,
    settings,
    packaging,
    ...(installCommand ? { installCommand } : {}),
  })
  config.outDir ||= defaultOutDir(process.env, project.name)
  await checkOutDir(config.outDir, config.workspace, config.project)
  const { epoch, from } = await sourceDateEpoch(process.env, config.project)
  if (project.note) warning(`build-package: ${project.note}`)
  info(`Building ${project.name} ${version} with ${project.manager.name} (SOURCE_DATE_EPOCH=${epoch}, from ${from})`)

  const env = { ...process.env, SOURCE_DATE_EPOCH: String(epoch) }
  if (flagEnv.SHIPLINE_FLAG_VARIANTS)
    info(`The test step runs with the flag variants ${flagEnv.SHIPLINE_FLAG_VARIANTS}`)
  const records: StepRecord[] = plan.map((s) => ({ id: s.id, what: s.what, result: 'not run', durationMs: 0 }))
  const record = (id: StepId): StepRecord => records.find((r) => r.id === id) as StepRecord
  let packages: Packages | undefined
  try {
    for (const step of plan.filter((s) => s.id !== 'package')) {
      const locate = (script: string) => ({
        file: project.packageJsonPath,
        line: scriptLine(project.packageJsonText, script),
      })
      await runStep(
        step,
        {
          cwd: (id) => (id === 'install' ? project.installDir : project.dir),
          env: step.id === 'test' ? { ...env, ...flagEnv } : env,
          timeoutMs: config.stepTimeoutMs,
          locate,
        },
        record(step.id),
      )
    }
    const pack = record('package')
    if (plan.find((s) => s.id === 'package')?.skipped) {
      pack.result = 'skipped'
      pack.note = 'skipped by input'
    } else {
      const started = performance.now()
      pack.result = 'failure'
      try {
        const provenance = provenanceFrom(process.env, epoch, await headCommit(config.project))
        const installed = record('install').result === 'success'
        packages = await buildPackages({ config, project, version, epoch, provenance, env, installed })
        pack.result = 'success'
      } finally {
        pack.durationMs = performance.now() - started
      }
    }
  } catch (error) {
    renderSummary({ name: project.name, version, steps: records, failure: String((error as Error).message) }).write()
    throw error
  }
  setOutputs({
    version,
    'out-dir': packages ? config.outDir : '',
    artifacts: (packages?.artifacts ?? []).map((a) => ({
      path: a.path,
      kind: a.kind,
      name: a.name,
      size: a.size,
      sha256: a.sha256,
      ...(a.digest ? { digest: a.digest } : {}),
    })),
    'image-digest': packages?.artifacts.find((a) => a.kind === 'image')?.digest ?? '',
    checksums: packages?.checksums ?? '',
    'meta-package': packages?.metaPackage ?? '',
  })
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

function shownPath(workspace: string, path: string): string {
  const rel = relative(workspace, path)
  return rel && !rel.startsWith('..') ? rel : path
}
