/**
 * Fixture repositories for the build-package and publish-release tests: a fresh temp copy of fixture files,
 * committed at a fixed time in a new git repository, so SOURCE_DATE_EPOCH (and every archive built from it) is the
 * same on every run and every machine.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'

/** The author and commit date of every fixture commit. */
export const FIXTURE_COMMIT_DATE = '2024-05-01T12:00:00Z'

/** Run a program in `cwd` and return its stdout; a non-zero exit throws (with its stderr). */
export function sh(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(file, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

/** Make `dir` a fresh git repository with everything in it committed at {@link FIXTURE_COMMIT_DATE}. */
export function commitAll(dir: string, message = 'fixture'): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: FIXTURE_COMMIT_DATE, GIT_COMMITTER_DATE: FIXTURE_COMMIT_DATE }
  sh('git', ['init', '-q'], dir)
  sh('git', ['add', '-A'], dir)
  sh('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message], dir, env)
}

export interface WorkspaceOptions {
  /** More copies: path inside the workspace → source file or directory. */
  extra?: Record<string, string>
  /** Changes made before the commit. */
  edit?: (ws: string) => void
  /** The commit message (default `fixture`). */
  message?: string
}

/**
 * A fresh git workspace `<parent>/<label>-XXXXXX` holding a copy of the directory `from` (plus `extra` copies and
 * the `edit`), committed at the fixed date.
 */
export function gitWorkspace(parent: string, label: string, from: string, o: WorkspaceOptions = {}): string {
  const ws = mkdtempSync(join(parent, `${label}-`))
  cpSync(from, ws, { recursive: true })
  for (const [dest, source] of Object.entries(o.extra ?? {})) cpSync(source, join(ws, dest), { recursive: true })
  o.edit?.(ws)
  commitAll(ws, o.message)
  return ws
}
