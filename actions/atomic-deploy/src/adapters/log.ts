/**
 * Text that comes from a host (before-switch and on-revert output) is untrusted: a line like `::add-mask::`,
 * `::error::` or `::set-env` in it must stay text. It is printed in a collapsed group between
 * `::stop-commands::<random token>` and `::<token>::`, the runner's own way to show output verbatim (the token
 * is new per call, so the text cannot guess it to end the block early). Until packages/core has a logging path
 * for untrusted text, this is atomic-deploy's one place that prints it.
 */
import { randomUUID } from 'node:crypto'
import { info, startGroup, endGroup } from '@shipline/core'

/** Print `text` under `title` in a group, with workflow commands in it left inert. Nothing is printed for empty text. */
export function logUntrusted(title: string, text: string): void {
  const body = text.replace(/\r/g, '').trimEnd()
  if (!body) return
  const token = randomUUID()
  startGroup(title.replace(/[\r\n]/g, ' '))
  info(`::stop-commands::${token}`)
  info(body)
  info(`::${token}::`)
  endGroup()
}
