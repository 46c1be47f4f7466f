/**
 * The build plan: install, lint, compile, test, package. Each step runs a package.json script (by name) or an
 * explicit command; it is skipped when listed in `skip`, or when it names the default script and the project has
 * no such script. The plan is data; running it is the adapter's job.
 */
import { InputError } from '@shipline/core'
import type { PackageManager } from './package-manager.js'

export const STEP_IDS = ['install', 'lint', 'compile', 'test', 'package'] as const
export type StepId = (typeof STEP_IDS)[number]
/** Steps that run a script or command (package is done by the action itself). */
export const COMMAND_STEPS = ['lint', 'compile', 'test'] as const
export type CommandStepId = (typeof COMMAND_STEPS)[number]

/** The default script per command step. */
export const DEFAULT_SCRIPTS: Record<CommandStepId, string> = { lint: 'lint', compile: 'build', test: 'test' }

/** What `npm init` writes as the test script: a placeholder, not a test suite. */
export const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1'

export interface StepSetting {
  /** Script name from the input (undefined: the default). */
  script?: string
  /** Command argv from the `<step>-command` input; wins over the script. */
  command?: string[]
}

export interface PlannedStep {
  id: StepId
  /** Program and arguments; undefined when skipped or done in-process. */
  argv?: string[]
  /** Why it is skipped, when it is. */
  skipped?: string
  /** What the step runs, for the summary (a command line, `script build` when skipped, or a description). */
  what: string
  /** The package.json script the step runs, if any. */
  script?: string
}

export interface PlanInput {
  manager: PackageManager
  scripts: Readonly<Record<string, string>>
  skip: readonly StepId[]
  settings: Partial<Record<CommandStepId, StepSetting>>
  installCommand?: string[]
  /** What the package step makes, for the summary (see {@link describePackaging}). */
  packaging?: string
}

/** Build the plan. Throws {@link InputError} for a script the user named that package.json does not define. */
export function planSteps(p: PlanInput): PlannedStep[] {
  const steps: PlannedStep[] = []
  const install = p.installCommand ?? p.manager.install
  steps.push(
    p.skip.includes('install')
      ? { id: 'install', skipped: 'skipped by input', what: install.join(' ') }
      : { id: 'install', argv: install, what: install.join(' ') },
  )
  for (const id of COMMAND_STEPS) steps.push(planCommandStep(id, p))
  const what = p.packaging ?? 'packages'
  steps.push(
    p.skip.includes('package') ? { id: 'package', skipped: 'skipped by input', what } : { id: 'package', what },
  )
  return steps
}

function planCommandStep(id: CommandStepId, p: PlanInput): PlannedStep {
  const setting = p.settings[id] ?? {}
  if (p.skip.includes(id))
    return {
      id,
      skipped: 'skipped by input',
      what: setting.command?.join(' ') ?? `script ${setting.script ?? DEFAULT_SCRIPTS[id]}`,
    }
  if (setting.command) return { id, argv: setting.command, what: setting.command.join(' ') }
  const script = setting.script ?? DEFAULT_SCRIPTS[id]
  const body = p.scripts[script]
  if (body === undefined || (id === 'test' && body.trim() === NPM_INIT_TEST)) {
    if (setting.script !== undefined) {
      const known = Object.keys(p.scripts)
      throw new InputError(
        id,
        script,
        `is not a script in package.json (scripts: ${known.length ? known.join(', ') : 'none'})`,
      )
    }
    return {
      id,
      skipped: body === undefined ? `no '${script}' script` : `'${script}' is npm's placeholder`,
      what: `script ${script}`,
    }
  }
  const argv = p.manager.runScript(script)
  return { id, argv, what: argv.join(' '), script }
}

/** One line naming what the package step makes, e.g. `npm pack, archive web, resources assets+docs, manifest`. */
export function describePackaging(o: {
  npmPack: boolean
  archives: readonly string[]
  resources: readonly string[]
  meta: string
  sbom: boolean
}): string {
  const parts: string[] = []
  if (o.npmPack) parts.push('npm pack')
  if (o.archives.length) parts.push(`${o.archives.length === 1 ? 'archive' : 'archives'} ${o.archives.join('+')}`)
  if (o.resources.length) parts.push(`${o.resources.length === 1 ? 'resource' : 'resources'} ${o.resources.join('+')}`)
  if (o.sbom) parts.push('sbom')
  if (o.meta !== 'none')
    parts.push(o.meta === 'both' ? 'manifest+meta package' : o.meta === 'npm' ? 'meta package' : 'manifest')
  parts.push('SHA256SUMS')
  return parts.join(', ')
}

/** Parse the `skip` list (comma or line separated step names). Throws {@link InputError} naming an unknown step. */
export function parseSkip(items: readonly string[]): StepId[] {
  const out: StepId[] = []
  for (const item of items) {
    if (!(STEP_IDS as readonly string[]).includes(item))
      throw new InputError('skip', item, `is not a step: use ${STEP_IDS.join(', ')}`)
    out.push(item as StepId)
  }
  return out
}
