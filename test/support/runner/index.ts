/**
 * The runner harness: runs an action's bundled `dist/index.js` the way the GitHub Actions runner runs a
 * `node24` action, and reads back everything the runner would (file commands, workflow commands, exit code).
 *
 * ```ts
 * const r = await runAction('changelog', { inputs: { 'dry-run': 'true' }, env: { GITHUB_API_URL: emulator.url } })
 * expect(r.exitCode).toBe(0); expect(r.outputs.version).toBe('1.2.0'); expect(r.leakedSecrets).toEqual([])
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildInputEnv, type ActionMetadata } from './action.js'
import { context, expressionContext, type RunContext } from './context.js'
import type { RunOptions, RunResult, SpawnedAction } from './types.js'
import {
  parseKeyValueFile,
  parseEnvFile,
  parsePathFile,
  FileCommandError,
  STEP_SUMMARY_LIMIT,
} from './file-commands.js'
import { parseOutput, findLeaks, type OutputChunk } from './workflow-commands.js'
import { scanForSecrets } from './leftovers.js'
import { node24, track } from '../net.js'

export type { Annotation } from './workflow-commands.js'
export type { RunOptions, RunResult, SpawnedAction } from './types.js'
export { parseKeyValueFile, parseEnvFile, parsePathFile, FileCommandError } from './file-commands.js'
export { parseStdout, parseOutput, parseCommand } from './workflow-commands.js'
export type { ExecutedCommand } from './workflow-commands.js'

interface Step {
  child: ChildProcess
  done: Promise<RunResult>
}

/** Start one step (main or post) with fresh file-command files; resolves after parsing them. */
function startStep(ctx: RunContext, script: string, extra: Record<string, string>, name: string): Step {
  const files = join(ctx.dir, `files-${name}`)
  mkdirSync(files)
  const file = (f: string) => {
    const p = join(files, f)
    writeFileSync(p, '')
    return p
  }
  const env: Record<string, string> = {
    ...ctx.base,
    ...buildInputEnv(ctx.meta, ctx.opts.inputs ?? {}, expressionContext(ctx)),
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_STEP_SUMMARY: file('step_summary'),
    ...extra,
    ...ctx.opts.env,
  }
  const started = performance.now()
  const child = spawn(node24, [join(ctx.meta.dir, script)], {
    cwd: ctx.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  track(child)
  let stdout = ''
  let stderr = ''
  // Both streams, in arrival order: the runner reads commands from each and one stop-commands covers both.
  const chunks: OutputChunk[] = []
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    stdout += c
    chunks.push({ stream: 'stdout', text: c })
  })
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    stderr += c
    chunks.push({ stream: 'stderr', text: c })
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    child.kill('SIGKILL')
  }, ctx.opts.timeoutMs ?? 45_000)
  const done = new Promise<RunResult>((ok, fail) => {
    child.on('error', (e) => {
      clearTimeout(timer)
      fail(new Error(`runAction(${ctx.meta.name}): could not start ${node24}: ${e.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      try {
        ok(
          collect(ctx, env, chunks, {
            exitCode: code,
            signal,
            timedOut,
            stdout,
            stderr,
            durationMs: performance.now() - started,
          }),
        )
      } catch (e) {
        fail(e)
      }
    })
  })
  return { child, done }
}

type Raw = Pick<RunResult, 'exitCode' | 'signal' | 'timedOut' | 'stdout' | 'stderr' | 'durationMs'>

function collect(ctx: RunContext, env: Record<string, string>, chunks: readonly OutputChunk[], raw: Raw): RunResult {
  const errors: string[] = []
  const read = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn()
    } catch (e) {
      if (!(e instanceof FileCommandError)) throw e
      errors.push(e.message)
      return fallback
    }
  }
  const text = (k: string) => readFileSync(env[k] as string, 'utf8')
  const secrets = [...(ctx.opts.secrets ?? []), ...(ctx.opts.token ? [ctx.opts.token] : [])]
  const report = parseOutput(chunks, secrets, env)
  errors.push(...report.commandErrors)
  // The runner applies ::set-output/::save-state as they come and the files after the step: file values win.
  const outputs = {
    ...report.commandOutputs,
    ...read({}, () => parseKeyValueFile(text('GITHUB_OUTPUT'), { command: 'output' })),
  }
  const exported = read({}, () => parseEnvFile(text('GITHUB_ENV')))
  const state = {
    ...report.commandState,
    ...read({}, () => parseKeyValueFile(text('GITHUB_STATE'), { command: 'state' })),
  }
  const path = parsePathFile(text('GITHUB_PATH'))
  const size = statSync(env.GITHUB_STEP_SUMMARY as string).size
  if (size > STEP_SUMMARY_LIMIT)
    errors.push(
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${Math.ceil(size / 1024)}k`,
    )
  const summary = text('GITHUB_STEP_SUMMARY')
  const leaked = new Set([...report.leakedSecrets, ...findLeaks(summary, report.masks)])
  // The runner skips a job output that holds a secret (and warns); list the outputs and exports that do.
  const secretOutputs = [
    ...Object.entries(outputs).map(([k, v]) => [`output ${k}`, v] as const),
    ...Object.entries(exported).map(([k, v]) => [`env ${k}`, v] as const),
  ]
    .filter(([, v]) => findLeaks(v, report.masks).length > 0)
    .map(([k]) => k)
  if (errors.length && !ctx.opts.allowFileCommandErrors) {
    throw new Error(
      `runAction(${ctx.meta.name}): ${errors.join('; ')}\n--- stdout tail ---\n${raw.stdout.split('\n').slice(-15).join('\n')}`,
    )
  }
  return {
    ...raw,
    outputs,
    env: exported,
    path,
    state,
    summary,
    annotations: report.annotations,
    groups: report.groups,
    masks: report.masks,
    commands: report.commands,
    leakedSecrets: [...leaked],
    // Files the step left behind (RUNNER_TEMP, the workspace) that hold a masked value.
    secretOutputs,
    secretFiles: scanForSecrets([env.RUNNER_TEMP as string, ctx.workspace], report.masks),
    fileCommandErrors: errors,
  }
}

function shouldRunPost(meta: ActionMetadata, main: RunResult): boolean {
  if (!meta.runs.post) return false
  const cond = (meta.runs['post-if'] ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim()
  if (cond === 'success()') return main.exitCode === 0
  if (cond === 'failure()') return main.exitCode !== 0
  return true
}

async function finish(ctx: RunContext, main: Step): Promise<RunResult> {
  try {
    const result = await main.done
    if (ctx.opts.post && shouldRunPost(ctx.meta, result)) {
      const extra: Record<string, string> = { ...result.env }
      for (const [k, v] of Object.entries(result.state)) extra[`STATE_${k}`] = v
      if (result.path.length) extra.PATH = [...result.path, ctx.base.PATH ?? ''].join(':')
      result.post = await startStep(ctx, ctx.meta.runs.post as string, extra, 'post').done
    }
    return result
  } finally {
    rmSync(ctx.dir, { recursive: true, force: true })
  }
}

/** Start an action and return its child process at once (for kill-mid-run tests) with the result to come. */
export function spawnAction(action: string, opts: RunOptions = {}): SpawnedAction {
  const ctx = context(action, opts)
  let main: Step
  try {
    main = startStep(ctx, ctx.meta.runs.main, {}, 'main')
  } catch (e) {
    rmSync(ctx.dir, { recursive: true, force: true })
    throw e
  }
  const result = finish(ctx, main)
  return { child: main.child, result, cancel: (o) => cancel(main.child, result, o) }
}

/** The runner's cancellation: SIGINT, wait, SIGTERM, wait, SIGKILL; each only while the step still runs. */
async function cancel(
  child: ChildProcess,
  result: Promise<RunResult>,
  opts: { sigintMs?: number; sigtermMs?: number } = {},
): Promise<RunResult> {
  const exited = result.then(
    () => true,
    () => true,
  )
  const within = (ms: number) =>
    Promise.race([exited, new Promise<boolean>((ok) => setTimeout(() => ok(false), ms).unref())])
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', opts.sigintMs ?? 7_500],
    ['SIGTERM', opts.sigtermMs ?? 2_500],
    ['SIGKILL', 0],
  ]
  for (const [signal, wait] of steps) {
    if (child.exitCode !== null || child.signalCode !== null) break
    child.kill(signal)
    if (signal === 'SIGKILL' || (await within(wait))) break
  }
  return result
}

/** Run an action's bundle under Node 24 as the runner would, and return everything the runner would see. */
export async function runAction(action: string, opts: RunOptions = {}): Promise<RunResult> {
  return spawnAction(action, opts).result
}
