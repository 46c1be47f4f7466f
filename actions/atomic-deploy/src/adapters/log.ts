/**
 * Text that comes from a host (before-switch and on-revert output) is untrusted: a line like `::add-mask::`,
 * `::error::` or `::set-env` in it must stay text. core's `info` and group titles neutralise every line the runner
 * could read as a command (leading `::`, `##[`, bare CR) and redact known secrets, so this only groups it.
 */
import { endGroup, info, startGroup } from '@shipline/core'

/** Print `text` under `title` in a collapsed group, through core's one path for untrusted text. Nothing for empty text. */
export function logUntrusted(title: string, text: string): void {
  const body = text.trimEnd()
  if (!body) return
  startGroup(title)
  info(body)
  endGroup()
}
