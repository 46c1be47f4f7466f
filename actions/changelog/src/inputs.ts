/** Read and validate the action's inputs into {@link ChangelogOptions}. Every error names the input. */
import { existsSync, statSync } from 'node:fs'
import {
  allowedRoots,
  getInput,
  gitMaybe,
  info,
  InputError,
  maskSecret,
  messageOf,
  parseBranches,
  readBoolean,
  readObject,
  readEnum,
  readGlobList,
  readList,
  readString,
  readVersion,
  resolveContained,
  warning,
  type BranchRule,
} from '@shipline/core'
import { DEFAULT_INCLUDE } from './defaults.js'
import { isChannel } from './domain/bump.js'
import { parseLabelMap } from './domain/sections.js'
import type { ChangelogOptions } from './pipeline.js'

/** The action's options: the engine's plus what main.ts does with the result. */
export interface ActionOptions extends ChangelogOptions {
  strict: boolean
  changelogFile?: string
}

const SOURCES = ['commits', 'labels', 'both'] as const

/** Read every input. */
export async function readInputs(env: NodeJS.ProcessEnv = process.env): Promise<ActionOptions> {
  const cwd = await readWorkingDirectory(env)
  const token = readString('token')
  maskSecret(token)
  const initialVersion = readVersion('initial-version', { fallback: '0.1.0', exact: true })
  const releaseAs = readVersion('release-as', { exact: true })
  const prerelease = readPrerelease()
  const source = readSource(token)
  const repository = readString('repository', {
    fallback: env.GITHUB_REPOSITORY,
    pattern: /^[\w.-]+\/[\w.-]+$/,
    accepted: "is not 'owner/name'",
  })
  const from = readString('from')
  const labelMap = await readLabelMap()
  const branches = await readBranches()
  const changelogFile = readString('changelog-file')
  return {
    cwd,
    ...(from !== undefined ? { from } : {}),
    to: readString('to', { fallback: 'HEAD' }),
    tagPrefix: readString('tag-prefix', {
      fallback: 'v',
      pattern: /^[\w./@-]*$/,
      accepted: "is not a tag prefix (letters, digits, '.', '/', '@', '-', '_'), e.g. 'v' or 'core-v'",
    }),
    initialVersion,
    ...(prerelease ? { prerelease } : {}),
    breakingBumpsMajorBelow1: readBoolean('breaking-bumps-major-below-1', false),
    featBumpsPatchBelow1: readBoolean('feat-bumps-patch-below-1', false),
    ...(releaseAs ? { releaseAs } : {}),
    paths: readGlobList('path'),
    source,
    ...(labelMap ? { labelMap } : {}),
    ...(branches ? { branches } : {}),
    skipLabel: readString('skip-label', { fallback: 'skip-changelog' }),
    includeTypes: includeTypes(readList('include-types', { commas: true })),
    ...(token ? { token } : {}),
    ...(repository ? { repository } : {}),
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    now: new Date(),
    log: { info, warning: (m) => warning(m) },
    strict: readBoolean('strict', false),
    ...(changelogFile ? { changelogFile } : {}),
  }
}

/** `working-directory`: a directory inside the workspace, in a git work tree; returns its real path. */
async function readWorkingDirectory(env: NodeJS.ProcessEnv): Promise<string> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const wd = readString('working-directory', { fallback: '.' })
  const { real: cwd } = await resolveContained('working-directory', wd, {
    base: workspace,
    roots: allowedRoots({ ...env, GITHUB_WORKSPACE: workspace }),
  })
  if (!existsSync(cwd) || !statSync(cwd).isDirectory())
    throw new InputError('working-directory', wd, 'is not a directory in the workspace')
  if ((await gitMaybe(['rev-parse', '--is-inside-work-tree'], cwd)) !== 'true') {
    throw new InputError('working-directory', wd, 'is not inside a git repository', {
      hint: 'Check out the repository first (actions/checkout with fetch-depth: 0, so tags and history are there).',
    })
  }
  return cwd
}

/** `source`: where the changelog comes from; labels need a token. */
function readSource(token: string | undefined): ActionOptions['source'] {
  const source = readEnum('source', SOURCES, token ? 'both' : 'commits')
  if (source !== 'commits' && !token)
    throw new InputError(
      'source',
      source,
      "needs a token to read pull-request labels: set 'token' or use 'source: commits'",
    )
  return source
}

/** `prerelease`: a channel name (`rc`, `beta`), or undefined. */
function readPrerelease(): string | undefined {
  const prerelease = readString('prerelease')
  if (prerelease !== undefined && !isChannel(prerelease))
    throw new InputError(
      'prerelease',
      prerelease,
      "is not a pre-release channel name such as 'rc', 'beta' or 'next' (letters, digits, '-')",
    )
  return prerelease
}

/** Section keys in the release notes; DEFAULT_INCLUDE when the input is empty. */
function includeTypes(list: string[]): string[] {
  return list.length ? list.map((t) => t.toLowerCase()) : DEFAULT_INCLUDE
}

async function readLabelMap(): Promise<Map<string, string[]> | undefined> {
  const text = getInput('label-map')
  if (!text) return undefined
  const { parse } = await import('yaml')
  let value: unknown
  try {
    value = parse(text)
  } catch (e) {
    throw new InputError('label-map', text, `is not valid JSON or YAML (${messageOf(e).split('\n')[0]})`)
  }
  return parseLabelMap(value)
}

/** `branches`: a YAML/JSON list in semantic-release's form (see @shipline/core branches). */
async function readBranches(): Promise<BranchRule[] | undefined> {
  const list = await readObject('branches', {
    array: true,
    example: "[main, '+([0-9]).x', {name: beta, prerelease: true}]",
  })
  return list && parseBranches(list)
}
