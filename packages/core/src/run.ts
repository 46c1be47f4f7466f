/**
 * The one catch at every action's entrypoint. A {@link UserError} becomes `core.setFailed` with an annotation
 * (and its hint), exit code 1 and no stack trace; anything else is reported as internal, with the stack only
 * when RUNNER_DEBUG=1.
 */
import * as core from './runner.js'
import { messageOf, UserError } from './errors.js'

export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (error) {
    report(error)
  }
}

/** Report a failure as the runner shows it; sets process.exitCode = 1. */
export function report(error: unknown): void {
  const debug = process.env.RUNNER_DEBUG === '1'
  if (error instanceof UserError) {
    const text = error.hint ? `${error.message}\nHint: ${error.hint}` : error.message
    if (error.file) {
      // setFailed takes no annotation properties: same effect, with the file and line attached.
      core.error(text, { title: 'Shipline', file: error.file, ...(error.line ? { startLine: error.line } : {}) })
    } else {
      core.setFailed(text)
    }
    if (debug && error.stack) core.debug(error.stack)
  } else {
    core.setFailed(
      `Internal error: ${messageOf(error)}${debug ? '' : ' (re-run with debug logging for the stack trace)'}`,
    )
    if (debug && error instanceof Error && error.stack) core.info(error.stack)
  }
  process.exitCode = 1
}
