/**
 * The npm registry: packuments over HTTP (fetch), publishing and dist-tags through the npm CLI. The token goes into
 * the child's environment only; a temporary userconfig refers to it as `${SHIPLINE_NPM_TOKEN}`, so it is never on a
 * command line, in a file, or in the log.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exec, RemoteError, UserError, messageOf } from '@shipline/core'
import type { RegistryView } from '../domain/types.js'

export interface NpmOptions {
  registry: string
  token?: string
  /** The npm program (default `npm` from PATH). */
  command?: string
}

/** `//host[:port]/path/` — the key npm uses to scope a token to a registry. */
export function nerfDart(registry: string): string {
  const u = new URL(registry)
  return `//${u.host}${u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`}`
}

export class NpmRegistry {
  readonly registry: string
  constructor(private readonly opts: NpmOptions) {
    this.registry = opts.registry.endsWith('/') ? opts.registry : `${opts.registry}/`
  }

  /** What the registry holds for `name` (and the integrity of `version`); a missing package is an empty view. */
  async view(name: string, version: string): Promise<RegistryView> {
    const url = `${this.registry}${name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`
    let res: Response
    try {
      res = await fetch(url, {
        headers: {
          accept: 'application/json',
          ...(this.opts.token ? { authorization: `Bearer ${this.opts.token}` } : {}),
        },
        signal: AbortSignal.timeout(30_000),
      })
    } catch (error) {
      throw new RemoteError(
        `Read ${name} from ${this.registry}`,
        undefined,
        messageOf((error as Error).cause ?? error),
        {
          hint: 'Is the registry input right and the registry reachable? Nothing was changed.',
        },
      )
    }
    if (res.status === 404) return { distTags: {} }
    if (!res.ok)
      throw new RemoteError(`Read ${name} from ${this.registry}`, res.status, (await res.text()).slice(0, 200), {
        hint: 'Nothing was changed.',
      })
    const doc = (await res.json()) as {
      'dist-tags'?: Record<string, string>
      versions?: Record<string, { dist?: { integrity?: string } }>
    }
    return { integrity: doc.versions?.[version]?.dist?.integrity, distTags: doc['dist-tags'] ?? {} }
  }

  /** The npm CLI's version (for the provenance pre-flight). */
  async version(): Promise<string> {
    const r = await exec(this.opts.command ?? 'npm', ['--version'], { timeoutMs: 60_000 })
    return r.stdout.trim()
  }

  /** `npm publish <tarball>` with the given flags. */
  async publish(tarball: string, flags: { tag: string; access?: string; provenance: boolean }): Promise<void> {
    const args = ['publish', tarball, '--tag', flags.tag]
    if (flags.access) args.push('--access', flags.access)
    if (flags.provenance) args.push('--provenance')
    await this.npm(args)
  }

  /** `npm dist-tag add <spec> <tag>`. */
  async distTag(spec: string, tag: string): Promise<void> {
    await this.npm(['dist-tag', 'add', spec, tag])
  }

  private async npm(args: string[]): Promise<void> {
    const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'shipline-npm-'))
    try {
      const userconfig = join(dir, '.npmrc')
      const lines = [`registry=${this.registry}`]
      if (this.opts.token) lines.push(`${nerfDart(this.registry)}:_authToken=\${SHIPLINE_NPM_TOKEN}`)
      await writeFile(userconfig, `${lines.join('\n')}\n`, { mode: 0o600 })
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        npm_config_userconfig: userconfig,
        npm_config_registry: this.registry,
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
      }
      if (this.opts.token) env.SHIPLINE_NPM_TOKEN = this.opts.token
      else delete env.SHIPLINE_NPM_TOKEN
      await exec(this.opts.command ?? 'npm', [...args, '--registry', this.registry], {
        cwd: dir,
        env,
        stream: true,
        timeoutMs: 600_000,
      }).catch((error: unknown) => {
        if (error instanceof UserError)
          throw new UserError(`npm ${args[0]} failed: ${error.message}`, {
            hint: 'Check npm-token and registry; re-running is safe.',
            cause: error,
          })
        throw error
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}
