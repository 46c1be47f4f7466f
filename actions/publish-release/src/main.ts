import { UserError, group, info } from '@shipline/core'
import { readConfig } from './config.js'
import { verifyLocal } from './local.js'
import { observe, preflight } from './observe.js'
import { describeStep, planRelease } from './domain/plan.js'
import { GitHubReleases } from './adapters/github.js'
import { NpmRegistry } from './adapters/npm.js'
import { execute, type Row } from './executor.js'
import { readBack } from './readback.js'
import { failureSummary, planSummary, runSummary, writeOutputs } from './report.js'
import { checkImageTags, imagePlanSummary, prepareImage, pushPrepared } from './image.js'
import { readGateConfig } from './gate-config.js'
import { runGate } from './gate.js'
import { applyBranches } from './branches.js'

/** publish-release: verify → draft → assets → npm → publish → read back. */
export async function main(): Promise<void> {
  const config = await applyBranches(await readConfig())
  const gate = readGateConfig()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const desired = await group('Verify inputs and artifacts', () => verifyLocal(config, workspace))
  const image = await group('Verify the image', () => prepareImage(config, workspace, desired.version))
  const github = await GitHubReleases.connect(config.token, config.repository)
  const npm = desired.npm ? new NpmRegistry({ registry: config.registry, token: config.npmToken }) : undefined
  const observed = await group('Look at GitHub and the registry', () => observe(desired, github, npm))
  const plan = planRelease(desired, observed)
  if (plan.conflicts.length) {
    throw new UserError(`Cannot release ${desired.tag}, nothing was changed:\n- ${plan.conflicts.join('\n- ')}`)
  }
  const imagePlan = image ? await group('Look at the image registry', () => checkImageTags(image)) : []
  await group('Pre-flight checks', () => preflight(desired, plan, github, npm, config.token))
  await runGate(gate, desired, config.token, workspace, plan.nothingToDo)
  info(`Plan:\n${plan.steps.map((s, i) => `  ${i + 1}. ${describeStep(s)}`).join('\n')}`)
  const current = observed.published ?? observed.drafts.find((d) => d.id === plan.releaseId)
  if (config.dryRun) {
    writeOutputs(desired, current)
    imagePlanSummary(planSummary(desired, plan), imagePlan).write()
    info(plan.nothingToDo ? 'Dry run: nothing to do.' : 'Dry run: nothing was changed.')
    return
  }
  // The image goes first: a published release always has its image, and a failed push changes nothing on GitHub.
  const rows: Row[] = image ? await group('Push the image', () => pushPrepared(image)) : []
  const done = await group('Release', () => execute(plan, desired, observed, { github, npm }, rows)).catch(
    (error: unknown) => {
      failureSummary(desired, rows, error).write()
      throw error
    },
  )
  const checked = await group('Read back and verify', () => readBack(desired, done.release.id, { github, npm }))
  writeOutputs(desired, checked.release)
  runSummary(desired, checked.release, [...done.rows, ...checked.rows], plan.nothingToDo).write()
  info(
    plan.nothingToDo
      ? `Nothing to do: ${desired.tag} was already released with the same content.`
      : `Released ${desired.tag}: ${checked.release.htmlUrl}`,
  )
}
