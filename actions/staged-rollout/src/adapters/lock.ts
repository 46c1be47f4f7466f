/**
 * One run at a time per rollout: a lock directory beside `router-config`, created with mkdir (atomic: exactly one
 * creator wins, unlike check-then-write). The owner (pid, host, start, run URL) is written inside. A lock whose
 * owner is gone — same host and its pid no longer alive, or older than the TTL — is taken over, so a killed run
 * never blocks the next one.
 */
import { UserError } from '@shipline/core'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'

interface Owner {
  pid: number
  host: string
  startedAt: number
  run: string | undefined
}

/** Longer than any run can take (a job is limited to 6 h on hosted runners, pauses to 6 h). */
const TTL_MS = 12 * 3_600_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function owner(dir: string): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'owner.json'), 'utf8')) as Owner
  } catch {
    return undefined
  }
}

function stale(o: Owner | undefined, now: number): boolean {
  if (!o) return true // created but never written: its creator died between mkdir and write
  if (now - o.startedAt > TTL_MS) return true
  return o.host === hostname() && o.pid !== process.pid && !alive(o.pid)
}

/** Take the lock for `routerConfig`; resolves with its release function, or throws a UserError naming the holder. */
export async function acquireLock(routerConfig: string, run: string | undefined): Promise<() => Promise<void>> {
  const dir = `${routerConfig}.shipline-lock`
  const me: Owner = { pid: process.pid, host: hostname(), startedAt: Date.now(), run }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await mkdir(dir)
      await writeFile(join(dir, 'owner.json'), JSON.stringify(me))
      return () => rm(dir, { recursive: true, force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new UserError(`Could not create the rollout lock ${dir}: ${(error as Error).message}`, { cause: error })
      const o = await owner(dir)
      if (!stale(o, Date.now())) {
        const who = o
          ? `pid ${o.pid} on ${o.host} since ${new Date(o.startedAt).toISOString()}${o.run ? ` (${o.run})` : ''}`
          : 'another run'
        throw new UserError(`Another staged-rollout run holds the lock for ${routerConfig}: ${who}`, {
          hint: `Give the workflow a concurrency group so runs of one rollout queue up; if that run is gone, delete ${dir}.`,
        })
      }
      await new Promise((ok) => setTimeout(ok, 20 * (attempt + 1)))
      if (!stale(await owner(dir), Date.now())) continue // someone else just took it over: check again
      await rm(dir, { recursive: true, force: true })
    }
  }
  throw new UserError(`Could not take the rollout lock ${dir} after 3 attempts`, {
    hint: 'Another run keeps taking it; use a concurrency group.',
  })
}
