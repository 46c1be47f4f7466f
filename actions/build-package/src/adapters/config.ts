/**
 * Read and check every input before anything runs or is written. Each problem is an InputError naming the
 * input, the value and what is accepted.
 */
import { realpath } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { tmpdir } from 'node:os'
import {
  allowedRoots,
  InputError,
  isInside,
  readBoolean,
  resolveContained,
  readDuration,
  readEnum,
  readInteger,
  readList,
  readObject,
  readString,
  readVersion,
} from '@shipline/core'
import { CommandSyntaxError, splitCommand } from '../domain/command.js'
import { parseSkip, type CommandStepId, type StepId, type StepSetting } from '../domain/steps.js'
import {
  checkDistinctNames,
  fileBase,
  MAX_VERSION,
  npmNameProblem,
  parseArchiveSpecs,
  parseMetaDependencies,
  safeRelative,
  type ArchiveSpec,
} from '../domain/spec.js'
import { parseImageSpec, type ImageSpec } from '../domain/image-spec.js'
import { parseDebSpec, type DebSpec } from '../domain/deb.js'

export type MetaMode = 'manifest' | 'npm' | 'both' | 'none'

export interface Config {
  /** Real path of the workspace (GITHUB_WORKSPACE or the cwd). */
  workspace: string
  /** Real path of the project directory (working-directory). */
  project: string
  /** Version input, unparsed ('' = take package.json's). */
  version: string
  /** Output directory; '' until the package name is known when out-dir is not given (see {@link defaultOutDir}). */
  outDir: string
  skip: StepId[]
  settings: Partial<Record<CommandStepId, StepSetting>>
  installCommand?: string[]
  allowNoLockfile: boolean
  stepTimeoutMs: number
  npmPack: boolean
  specs: ArchiveSpec[]
  meta: MetaMode
  metaName?: string
  metaDependencies: Record<string, string>
  sbom: boolean
  level: number
  /** The `image` input: an OCI image to build (see README, Images). */
  image?: ImageSpec
  /** The `deb` input: a Debian package to build (see README, Machine packages). */
  deb?: DebSpec
  /** The raw `deb` mapping, checked once the package name is known ({@link withDeb}). */
  debInput?: Record<string, unknown>
}

function readCommand(name: string): string[] | undefined {
  const text = readString(name)
  if (text === undefined) return undefined
  try {
    return splitCommand(text)
  } catch (error) {
    if (error instanceof CommandSyntaxError)
      throw new InputError(name, text, `${error.message}; put pipelines and redirects in a package.json script`)
    throw error
  }
}

function readScript(name: CommandStepId): string | undefined {
  return readString(name, {
    pattern: /^[^\s]+$/,
    accepted: 'is not a script name (one word, no spaces; use the -command input for commands)',
  })
}

function stepSetting(script: string | undefined, command: string[] | undefined): StepSetting {
  return { ...(script ? { script } : {}), ...(command ? { command } : {}) }
}

async function realDir(input: string, path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    throw new InputError(input, path, 'is not an existing directory')
  }
}

export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const workspace = await realDir('GITHUB_WORKSPACE', env.GITHUB_WORKSPACE || process.cwd())
  const wdInput = readString('working-directory') ?? '.'
  const wd = safeRelative('working-directory', wdInput)
  const project = await realDir('working-directory', join(workspace, wd))
  if (!isInside(workspace, project))
    throw new InputError('working-directory', wdInput, 'leads outside the workspace through a symlink')
  // Each input is read by its literal name, so the metadata test can match action.yml against the source.
  const settings: Record<CommandStepId, StepSetting> = {
    lint: stepSetting(readScript('lint'), readCommand('lint-command')),
    compile: stepSetting(readScript('compile'), readCommand('compile-command')),
    test: stepSetting(readScript('test'), readCommand('test-command')),
  }
  const installCommand = readCommand('install-command')
  const specs = [
    ...parseArchiveSpecs('archives', readList('archives'), 'archive'),
    ...parseArchiveSpecs('resources', readList('resources', { commas: true }), 'resource'),
  ]
  checkDistinctNames(specs)
  const metaDependencies = parseMetaDependencies('meta-dependencies', readList('meta-dependencies'))
  const imageInput = await readObject('image', { example: 'base: oci-archive:base.tar' })
  const image = imageInput && parseImageSpec(imageInput)
  const debInput = await readObject('deb', { example: 'files: [/usr/lib/app=src]' })
  const metaName = readString('meta-package-name')
  const metaProblem = metaName === undefined ? undefined : npmNameProblem(metaName)
  if (metaName !== undefined && metaProblem) throw new InputError('meta-package-name', metaName, metaProblem)
  return {
    workspace,
    project,
    version: readVersion('version', { max: MAX_VERSION }) ?? '',
    outDir: await resolveOutDir(workspace, env),
    skip: parseSkip(readList('skip', { commas: true })),
    settings,
    ...(installCommand ? { installCommand } : {}),
    allowNoLockfile: readBoolean('allow-no-lockfile', false),
    stepTimeoutMs: readDuration('step-timeout', { fallback: 30 * 60_000, max: 6 * 3600_000 }),
    npmPack: readBoolean('npm-pack', true),
    specs,
    meta: readEnum('meta-package', ['manifest', 'npm', 'both', 'none'] as const, 'manifest'),
    ...(metaName ? { metaName } : {}),
    metaDependencies,
    sbom: readBoolean('sbom', false),
    level: readInteger('compression-level', { min: 1, max: 9, fallback: 6 }),
    ...(image ? { image } : {}),
    ...(debInput ? { debInput } : {}),
  }
}

/** Check the `deb` input (its default package name comes from package.json). */
export function withDeb(config: Config, packageName: string): void {
  if (config.debInput) config.deb = parseDebSpec(config.debInput as Record<string, unknown>, packageName)
}

/**
 * The default output directory, `$RUNNER_TEMP/shipline-packages/<package>`: outside the working tree (so nothing
 * built can be packed by accident and git stays clean) and per package (so two builds in one job do not collide).
 */
export function defaultOutDir(env: NodeJS.ProcessEnv, packageName: string): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'shipline-packages', fileBase(packageName))
}

/**
 * The `out-dir` input: relative to the workspace (it must stay inside it) or absolute inside RUNNER_TEMP, checked
 * on its real path (a directory link in the workspace cannot lead the packages elsewhere). Returns the real path.
 */
async function resolveOutDir(workspace: string, env: NodeJS.ProcessEnv): Promise<string> {
  const given = readString('out-dir')
  if (given === undefined) return ''
  const temp = env.RUNNER_TEMP
  if (isAbsolute(given)) {
    if (!temp || !isInside(resolve(temp), resolve(given)) || resolve(given) === resolve(temp)) {
      throw new InputError(
        'out-dir',
        given,
        'is an absolute path: give a path relative to the workspace (or one inside RUNNER_TEMP)',
      )
    }
  } else if (safeRelative('out-dir', given) === '.') {
    throw new InputError(
      'out-dir',
      given,
      'is the workspace itself: name a directory for the packages (e.g. dist-packages)',
    )
  }
  const roots = allowedRoots({ ...env, GITHUB_WORKSPACE: workspace })
  const { real } = await resolveContained('out-dir', given, { roots })
  if (roots.some((r) => r.path === real))
    throw new InputError(
      'out-dir',
      given,
      'leads to the workspace or RUNNER_TEMP itself: name a directory for the packages (e.g. dist-packages)',
    )
  return real
}
