/** Run the planned command steps, each in its own log group, timed, with a failure naming the step. */
import { exec, formatDuration, group, info, lastLines, UserError } from '@shipline/core'
import { formatCommand } from '../domain/command.js'
import type { PlannedStep, StepId } from '../domain/steps.js'

export type StepResult = 'success' | 'failure' | 'skipped' | 'not run'

/** What happened to one step, for the summary. */
export interface StepRecord {
  id: StepId
  what: string
  result: StepResult
  durationMs: number
  note?: string
  /** Tail of the output of a failed step. */
  tail?: string
}

/** A step that failed: the message names it and quotes the end of its output. */
export class StepFailed extends UserError {
  constructor(
    readonly step: StepId,
    readonly tail: string,
    what: string,
    why: string,
    where?: { file: string; line?: number },
  ) {
    super(`Step '${step}' failed: ${what} ${why}${tail ? `. Last lines of its output:\n${tail}` : ''}`, {
      hint:
        step === 'install'
          ? 'Check that the lockfile matches package.json (run the install locally and commit the lockfile).'
          : undefined,
      ...(where ?? {}),
    })
    this.name = 'StepFailed'
  }
}

export interface StepContext {
  cwd: (id: StepId) => string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  /** Where a script is defined, for the failure annotation. */
  locate?: (script: string) => { file: string; line?: number }
}

/** Run one command step inside a group. Records the outcome in `record`; throws {@link StepFailed}. */
export async function runStep(step: PlannedStep, ctx: StepContext, record: StepRecord): Promise<void> {
  if (step.skipped || !step.argv) {
    record.result = 'skipped'
    record.note = step.skipped
    info(`${step.id}: skipped (${step.skipped})`)
    return
  }
  const [file, ...args] = step.argv as [string, ...string[]]
  const shownCommand = formatCommand(step.argv)
  await group(`${step.id}: ${shownCommand}`, async () => {
    const r = await exec(file, args, {
      cwd: ctx.cwd(step.id),
      env: ctx.env,
      timeoutMs: ctx.timeoutMs,
      stream: true,
      allowFailure: true,
    })
    record.durationMs = r.durationMs
    if (r.code === 0 && !r.timedOut) {
      record.result = 'success'
      info(`${step.id} finished in ${formatDuration(r.durationMs)}`)
      return
    }
    record.result = 'failure'
    const tail = [lastLines(r.stdout, 20), lastLines(r.stderr, 20)].filter((t) => t.trim() !== '').join('\n')
    record.tail = tail
    const why = r.timedOut
      ? `timed out after ${formatDuration(ctx.timeoutMs)}`
      : r.signal
        ? `was killed by ${r.signal}`
        : `exited with code ${r.code}`
    throw new StepFailed(step.id, tail, `'${shownCommand}'`, why, step.script ? ctx.locate?.(step.script) : undefined)
  })
}
