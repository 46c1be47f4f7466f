/**
 * The release gate, before any write: gather the facts (GitHub reads, the SBOM and advisory files), wait for
 * pending required checks with progress in the log, decide the checklist (domain/gate.ts, domain/sbom.ts), show it
 * as a table in the job summary and stop the release, naming and linking what failed, when a required item did not pass.
 */
import { readFile } from 'node:fs/promises'
import { matchesGlob } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  Summary,
  UserError,
  formatDuration,
  group,
  info,
  setOutputs,
  warning,
  allowedRoots,
  readContained,
} from '@shipline/core'
import {
  blocking,
  changelogItem,
  checkItems,
  checkStates,
  checklistRows,
  docsItem,
  hasFeatures,
  keepWaiting,
  milestoneItem,
  milestoneTitles,
  notesItem,
  pollInterval,
  previousTag,
  progressLine,
  type CheckState,
  type GateItem,
  type Range,
} from './domain/gate.js'
import {
  advisoryItem,
  affectedComponents,
  licenseItem,
  parseOsv,
  parseSbom,
  sbomItem,
  type Component,
} from './domain/sbom.js'
import { GateReads } from './adapters/checks.js'
import { gateWanted, type GateConfig } from './gate-config.js'
import type { Desired } from './domain/types.js'

/** The commit the release will point at: the tag's when it exists, else `target`'s, else the default branch's. */
async function releasedCommit(desired: Desired, reads: GateReads): Promise<{ sha: string; branch: string }> {
  const fallback = await reads.defaultBranch()
  const tagSha = await reads.commitOf(desired.tag)
  const target = desired.target ?? fallback
  const sha = tagSha ?? (await reads.commitOf(target))
  if (!sha)
    throw new UserError(
      `Release gate: '${target}' (target) names no commit in ${desired.repository}; nothing was changed`,
    )
  const branch = desired.target && !tagSha && (await reads.isBranch(desired.target)) ? desired.target : fallback
  return { sha, branch }
}

/** Names of the required checks: the input's, plus branch protection's when asked (fail closed when unreadable). */
async function requiredNames(config: GateConfig, reads: GateReads, branch: string): Promise<string[]> {
  if (!config.fromProtection) return config.checks
  const fromRules = await reads.requiredChecks(branch)
  if (fromRules === 'unreadable') {
    throw new UserError(
      `Release gate: required-checks says 'protection', but the token may not read the branch protection of ${branch} (GitHub answered 403); nothing was changed`,
      {
        hint: "Name the checks in 'required-checks' (e.g. 'build, test'), or give a token that can read branch protection (administration: read). GITHUB_TOKEN cannot.",
      },
    )
  }
  if (fromRules === 'none') info(`Branch ${branch} has no required status checks`)
  else info(`Branch protection of ${branch} requires: ${fromRules.join(', ') || '(none)'}`)
  return [...new Set([...config.checks, ...(fromRules === 'none' ? [] : fromRules)])]
}

/** Poll the required checks until none is pending (or one failed), up to the timeout; bounded in count too. */
async function waitForChecks(
  names: string[],
  sha: string,
  config: GateConfig,
  reads: GateReads,
): Promise<{ states: CheckState[]; timedOut?: string }> {
  const interval = pollInterval(config.checksTimeoutMs)
  const maxPolls = Math.ceil(config.checksTimeoutMs / interval) + 2
  const start = Date.now()
  let states: CheckState[] = []
  for (let poll = 1; poll <= maxPolls; poll++) {
    const [runs, statuses] = await Promise.all([reads.checkRuns(sha), reads.statuses(sha)])
    states = checkStates(names, runs, statuses)
    const elapsed = Date.now() - start
    if (!keepWaiting(states, elapsed, config.checksTimeoutMs) || poll === maxPolls) break
    info(progressLine(states, formatDuration(elapsed), config.checksTimeoutText))
    await sleep(Math.min(interval, Math.max(0, config.checksTimeoutMs - elapsed)))
  }
  const stillWaiting = states.some((s) => s.state === 'pending' || s.state === 'missing')
  return { states, timedOut: stillWaiting ? config.checksTimeoutText : undefined }
}

/** The release range (previous version's tag...released commit) and its changed files. */
async function releaseRange(config: GateConfig, desired: Desired, reads: GateReads, sha: string): Promise<Range> {
  const base = config.since ?? previousTag(await reads.tags(), desired.version)
  if (!base) return { head: sha, files: [] }
  const { files, link } = await reads.changedFiles(base, sha)
  info(`Range ${base}...${sha.slice(0, 7)}: ${files.length} file(s) changed`)
  return { base, head: sha, files, link }
}

/** The SBOM among the artifacts, parsed; and the security items that read it. */
async function securityItems(config: GateConfig, desired: Desired, workspace: string): Promise<GateItem[]> {
  if (config.sbom === undefined) return []
  const pattern = config.sbom
  const asset = desired.assets.find((a) => a.name === pattern || matchesGlob(a.name, pattern))
  if (!asset) return [sbomItem(pattern, undefined)]
  let components: Component[]
  try {
    const parsed = parseSbom(JSON.parse(await readFile(asset.path, 'utf8')))
    components = parsed.components
    info(`SBOM ${asset.name}: ${parsed.format}, ${components.length} components`)
    const items = [sbomItem(pattern, { name: asset.name, format: parsed.format, components: components.length })]
    if (config.advisories !== undefined) {
      const text = (
        await readContained('advisories', config.advisories, {
          roots: allowedRoots(process.env, workspace),
          max: 64 << 20,
        })
      ).data.toString('utf8')
      let advisories
      try {
        advisories = parseOsv(JSON.parse(text))
      } catch (error) {
        throw new UserError(`Input 'advisories': '${config.advisories}' ${(error as Error).message}`, {
          file: config.advisories,
        })
      }
      items.push(advisoryItem(config.advisories, advisories.length, affectedComponents(components, advisories)))
    }
    if (config.denyLicenses.length) items.push(licenseItem(config.denyLicenses, components))
    return items
  } catch (error) {
    if (error instanceof UserError) throw error
    return [sbomItem(pattern, { name: asset.name, error: (error as Error).message })]
  }
}

/** Evaluate every asked-for item, in the order a release manager reads them. */
export async function evaluateGate(
  config: GateConfig,
  desired: Desired,
  reads: GateReads,
  workspace: string,
): Promise<GateItem[]> {
  const items: GateItem[] = []
  const needsCommit =
    config.checks.length > 0 ||
    config.fromProtection ||
    config.changelogFile !== undefined ||
    config.docsPaths.length > 0
  const where = needsCommit ? await releasedCommit(desired, reads) : undefined
  if (where && (config.checks.length || config.fromProtection)) {
    const names = await requiredNames(config, reads, where.branch)
    if (names.length) {
      const { states, timedOut } = await waitForChecks(names, where.sha, config, reads)
      items.push(...checkItems(states, where.sha, timedOut))
    } else {
      items.push({
        item: 'Required checks',
        required: true,
        result: 'skipped',
        detail: `branch ${where.branch} requires none`,
      })
    }
  }
  items.push(notesItem(desired.notes, config.requireNotes))
  if (where && (config.changelogFile !== undefined || config.docsPaths.length)) {
    const range = await releaseRange(config, desired, reads, where.sha)
    if (config.changelogFile !== undefined) items.push(changelogItem(config.changelogFile, range))
    if (config.docsPaths.length)
      items.push(docsItem(config.docsPaths, range, hasFeatures(config.hasFeatures, desired.notes)))
  }
  if (config.milestone)
    items.push(milestoneItem(desired.version, await reads.milestone(milestoneTitles(desired.version, desired.tag))))
  items.push(...(await securityItems(config, desired, workspace)))
  return items
}

/** A markdown link for the table, only to http(s) pages, with the characters that could end it encoded. */
function safeLink(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return ''
  return `[open](${encodeURI(url).replace(/[()[\]<>"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`
}

/** The checklist as a summary section; untrusted text (check names, issue titles, package names) is escaped by core's Summary. */
export function gateSummary(tag: string, items: readonly GateItem[]): Summary {
  const failed = blocking(items)
  const rows = checklistRows(items).map(([item, required, result, link]) => [
    item ?? '',
    required,
    result ?? '',
    link ? safeLink(link) : '',
  ])
  return new Summary()
    .heading(`Release gate for ${tag}: ${failed.length ? 'closed' : 'open'}`)
    .paragraph(
      failed.length
        ? `**${failed.length} required item(s) did not pass; nothing was changed.**`
        : 'Every required item passed.',
    )
    .table(['Item', 'Required?', 'Result', 'Link'], rows)
}

/** Write the checklist and the `gate` output; throw (naming and linking every failed item) when the gate is closed. */
export function enforceGate(tag: string, items: readonly GateItem[]): void {
  gateSummary(tag, items).write()
  setOutputs({
    gate: items.map((i) => ({
      item: i.item,
      required: i.required,
      result: i.result,
      detail: i.detail,
      link: i.link ?? null,
    })),
  })
  for (const i of items) if (!i.required && i.result === 'failed') warning(`${i.item}: ${i.detail}`)
  const failed = blocking(items)
  if (failed.length) {
    const lines = failed.map((i) => `${i.item}: ${i.detail}${i.link ? ` (${i.link})` : ''}`)
    throw new UserError(`Release gate closed for ${tag}, nothing was changed:\n- ${lines.join('\n- ')}`)
  }
  info(
    `Release gate open: ${items.filter((i) => i.result === 'passed').length} passed, ${items.filter((i) => i.result === 'skipped').length} skipped`,
  )
}

/** The gate, when any item is asked for and the release is not already complete; throws when it is closed. */
export async function runGate(
  config: GateConfig,
  desired: Desired,
  token: string,
  workspace: string,
  nothingToDo: boolean,
): Promise<void> {
  if (!gateWanted(config)) return
  if (nothingToDo) {
    info(`Release gate not evaluated: ${desired.tag} is already released with the same content`)
    return
  }
  const reads = await GateReads.connect(token, desired.repository)
  const items = await group('Release gate', () => evaluateGate(config, desired, reads, workspace))
  enforceGate(desired.tag, items)
}
