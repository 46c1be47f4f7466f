/**
 * Read and check the inputs: the flag file must resolve (symlinks followed) inside the workspace and be a valid
 * flagd file; the flags, mode and bound are checked before anything is written.
 */
import { InputError, readContained, readEnum, readInteger, readList, requireString } from '@shipline/core'
import { parseFlagFileText, type FlagFile, type MatrixMode } from '@shipline/flags'
import { resolve } from 'node:path'

export interface Config {
  file: FlagFile
  /** The flag file as given, for messages. */
  path: string
  keys: string[]
  mode: MatrixMode | 'auto'
  max: number
}

const KEY = /^[A-Za-z0-9][\w.:-]{0,127}$/

export async function readConfig(env: NodeJS.ProcessEnv = process.env): Promise<Config> {
  const path = requireString('flag-file')
  const keys = readList('flags', { commas: true, required: true })
  for (const k of keys)
    if (!KEY.test(k)) throw new InputError('flags', k, 'is not a flag key (letters, digits, _ . : -; up to 128)')
  const mode = readEnum('mode', ['auto', 'all', 'pairwise'] as const, 'auto')
  const max = readInteger('max-combinations', { fallback: 64, min: 1, max: 256 })
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd()
  // The real path (symlinks followed) must stay in the workspace; core's containment opens it without following.
  const roots = [{ label: 'the workspace', path: resolve(workspace) }]
  const text = (await readContained('flag-file', path, { roots, max: 16 << 20 })).data.toString('utf8')
  let file: FlagFile
  try {
    file = parseFlagFileText(text, path)
  } catch (error) {
    throw new InputError(
      'flag-file',
      path,
      `is not a valid flagd flag file: ${(error as Error).message.split('\n').slice(1).join('; ').trim() || (error as Error).message}`,
    )
  }
  return { file, path, keys, mode, max }
}
