/**
 * Rules for the runner dialling an SSH host itself (adapters/dial.ts): when ssh's own configuration would route
 * the connection elsewhere, and how a failed dial is worded (as ssh words it, so the usual hints still apply).
 */

/**
 * The SSH master's own session when the runner dialled the connection: ssh's stdout is then the connection itself,
 * so this session must never print; it only keeps the connection's first session open (see transport.ts) and ends
 * within a second once its sshd process (`$PPID`) is gone, that is once the connection closed. GNU tail checks that
 * process every second without starting any (a `sleep` loop forked one per second per host). Takes no value.
 */
export const HOLD = 'exec tail -f --pid="$PPID" /dev/null'

/** Keywords of ssh_config that change where or how ssh connects: a config with any of them keeps ssh dialling. */
const ROUTING =
  /^[ \t]*(hostname|proxycommand|proxyjump|match|bindaddress|bindinterface|addressfamily|canonicalizehostname|include)\b[ \t=]*(.*)$/gim

/**
 * Whether a system-wide ssh_config text routes connections (a HostName, a proxy, a bind address...). Its usual
 * `Include /etc/ssh/ssh_config.d/*.conf` does not count (those files are checked on their own); any other Include
 * does, as what it names is unknown.
 */
export function routesConnections(text: string): boolean {
  for (const m of text.matchAll(ROUTING)) {
    const [, key = '', value = ''] = m
    if (key.toLowerCase() !== 'include') return true
    if (!/^("?)(\/etc\/ssh\/)?ssh_config\.d\/\*\.conf\1$/.test(value.trim())) return true
  }
  return false
}

/** Errno codes of a failed TCP connect, in ssh's words. */
const REASONS: Record<string, string> = {
  ECONNREFUSED: 'Connection refused',
  ETIMEDOUT: 'Connection timed out',
  EHOSTUNREACH: 'No route to host',
  ENETUNREACH: 'Network is unreachable',
  ECONNRESET: 'Connection reset by peer',
  EADDRNOTAVAIL: 'Cannot assign requested address',
}

/** "ssh: connect to host H port P: Connection refused", or the resolver's failure, as ssh prints them. */
export function dialFailure(host: string, port: number, code: string | undefined, message: string): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL')
    return `ssh: Could not resolve hostname ${host}: ${code === 'EAI_AGAIN' ? 'Temporary failure in name resolution' : 'Name or service not known'}`
  return `ssh: connect to host ${host} port ${port}: ${(code && REASONS[code]) || message}`
}
