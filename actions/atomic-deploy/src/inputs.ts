/** Reading and checking every input before anything touches a host. */
import {
  readString,
  requireString,
  readBoolean,
  readInteger,
  readDuration,
  readEnum,
  readList,
  getInput,
  setSecret,
  maskUrl,
  InputError,
} from '@shipline/core'
import type { DeployConfig } from './domain/config.js'
import {
  NAME_PATTERN,
  NAME_ACCEPTED,
  HOST_ACCEPTED,
  parseHost,
  relativePathProblem,
  type HostSpec,
} from './domain/names.js'

/** All inputs, validated. Throws an InputError naming the first bad one. */
export function readInputs(): DeployConfig {
  const mode = readEnum('mode', ['deploy', 'rollback'] as const, 'deploy')
  const app = requireString('app', { pattern: NAME_PATTERN, accepted: NAME_ACCEPTED })
  const version =
    mode === 'deploy'
      ? requireString('version', { pattern: NAME_PATTERN, accepted: NAME_ACCEPTED })
      : (readString('version') ?? '')
  const artifact = mode === 'deploy' ? requireString('artifact') : ''
  const sha256 =
    readString('sha256', { pattern: /^[0-9a-fA-F]{64}$/, accepted: 'is not a sha256 (64 hex digits)' }) ?? ''
  const hosts = readHosts()
  const path = requireString('path').replace(/\{app\}/g, app)
  if (path.includes('\0') || path.includes('\n') || path.startsWith('-'))
    throw new InputError('path', path, "is not a directory path (no newlines, no leading '-')")
  const sharedPaths = readSharedPaths()
  const sshKey = getInput('ssh-key')
  if (sshKey) setSecret(sshKey)
  const healthCheck = getInput('health-check')
  maskUrl(healthCheck.trim().split(/\s+/)[0] ?? '')
  return {
    app,
    mode,
    version,
    artifact,
    sha256: sha256.toLowerCase(),
    hosts,
    path,
    sharedPaths,
    beforeSwitch: getInput('before-switch'),
    healthCheck,
    healthTimeoutMs: readDuration('health-timeout', { fallback: 30_000, max: 3_600_000 }),
    onRevert: getInput('on-revert'),
    onRevertTimeoutMs: readOnRevertTimeout(),
    keepReleases: readInteger('keep-releases', { min: 1, max: 1000, fallback: 5 }),
    dryRun: readBoolean('dry-run', false),
    parallel: readInteger('parallel', { min: 1, max: 256, fallback: 10 }),
    takeOverLock: readBoolean('take-over-lock', false),
    environment: readString('environment', { fallback: 'production' }),
    token: getInput('token'),
    sshKey,
    knownHosts: getInput('known-hosts'),
  }
}

/** `on-revert-timeout`: 1s to 1h. */
function readOnRevertTimeout(): number {
  const ms = readDuration('on-revert-timeout', { fallback: 120_000, max: 3_600_000 })
  if (ms < 1000)
    throw new InputError(
      'on-revert-timeout',
      getInput('on-revert-timeout'),
      'is shorter than the minimum of 1s (use e.g. 30s, 2m; at most 1h)',
    )
  return ms
}

/** `hosts`: one host per line, each listed once. */
function readHosts(): HostSpec[] {
  const hosts = readList('hosts', { required: true }).map((line): HostSpec => {
    const spec = parseHost(line)
    if (!spec) throw new InputError('hosts', line, HOST_ACCEPTED)
    return spec
  })
  if (hosts.length === 0) throw new InputError('hosts', '', 'is required: one host per line')
  const seen = new Map<string, string>()
  for (const h of hosts) {
    const key = h.kind === 'ssh' ? `${h.user}@${h.host}:${h.port}` : `local:${h.dir.replace(/\/+$/, '')}`
    const twin = seen.get(key)
    if (twin) throw new InputError('hosts', h.label, `is the same host as '${twin}': list each host once`)
    seen.set(key, h.label)
  }
  return hosts
}

/** `shared-paths`: paths inside the release, kept across releases. */
function readSharedPaths(): string[] {
  const sharedPaths = readList('shared-paths')
  for (const p of sharedPaths) {
    const problem = relativePathProblem(p)
    if (problem)
      throw new InputError(
        'shared-paths',
        p,
        `${problem} (a path inside the release, e.g. 'storage/' for a directory or '.env' for a file)`,
      )
  }
  return sharedPaths
}
