/**
 * Parsing and validating the names the user gives: versions, app names, host specs, deploy paths and shared
 * paths. Pure functions; each returns a value or a message saying what is accepted.
 */

/** Versions and app names become directory names: letters, digits, `.`, `_`, `+`, `-`, starting with a letter or digit. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/
export const NAME_ACCEPTED =
  'is not a valid name: use 1–128 letters, digits, ., _, + or -, starting with a letter or digit'

/** A host as written in the `hosts` input. */
export type HostSpec =
  | { kind: 'local'; label: string; dir: string }
  | { kind: 'ssh'; label: string; user: string; host: string; port: number }

export const HOST_ACCEPTED = "is not a host: use 'user@host', 'user@host:port', 'user@[ipv6]:port' or 'local:<dir>'"

const SSH_HOST =
  /^([A-Za-z0-9_][A-Za-z0-9._-]{0,63})@(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})))(?::(\d{1,5}))?$/

/** Parse one line of `hosts`; undefined when it is not a host. */
export function parseHost(text: string): HostSpec | undefined {
  if (text.startsWith('local:')) {
    const dir = text.slice('local:'.length)
    return dir && !dir.includes('\0') ? { kind: 'local', label: text, dir } : undefined
  }
  const m = SSH_HOST.exec(text)
  if (!m) return undefined
  const port = m[4] === undefined ? 22 : Number(m[4])
  if (port < 1 || port > 65535) return undefined
  return { kind: 'ssh', label: text, user: m[1] as string, host: (m[2] ?? m[3]) as string, port }
}

/** Where a health-check URL or a label points for this host: `{host}` and `{index}` (1-based) substituted. */
export function expandHostTemplate(template: string, spec: HostSpec, index: number): string {
  const host =
    spec.kind === 'ssh'
      ? spec.host.includes(':')
        ? `[${spec.host}]`
        : spec.host
      : (spec.dir.split('/').filter(Boolean).pop() ?? 'local')
  return template.replace(/\{host\}/g, host).replace(/\{index\}/g, String(index + 1))
}

/** A relative path with no `..`, no leading `/`, no empty or `.` segments; undefined when fine, else why not. */
export function relativePathProblem(path: string): string | undefined {
  const body = path.endsWith('/') ? path.slice(0, -1) : path
  if (body === '' || body.startsWith('/')) return 'must be a relative path'
  if (body.includes('\0') || body.includes('\n')) return 'must not contain NUL or newlines'
  if (body.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return "must not contain '.', '..' or empty segments"
  return undefined
}

/** The symlink text that points from `releases/<v>/<path>` to `shared/<path>`. */
export function sharedLinkText(path: string): string {
  const body = path.endsWith('/') ? path.slice(0, -1) : path
  const depth = body.split('/').length - 1
  return `${'../'.repeat(depth + 2)}shared/${body}`
}
