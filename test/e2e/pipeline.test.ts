// The whole pipeline through the runner harness against the real servers: the GitHub emulator, Verdaccio, three
// sshd hosts, nginx as the router and Prometheus as the metrics store; then the bad-canary variant must roll back.
import { describe, expect, it } from '@jest/globals'
import { runPipeline, type PipelineReport } from '../../scripts/demo/pipeline.js'
import { summaryProblems } from '../support/summary-render.js'

/** Every step's job summary rendered as GitHub does (GFM + mermaid's parser): no broken table, details, link or chart. */
async function expectSummariesRender(r: PipelineReport): Promise<void> {
  const problems = await Promise.all(
    r.steps.map(async (s) => (await summaryProblems(s.summary)).map((p) => `${s.action}: ${p}`)),
  )
  expect(problems.flat()).toEqual([])
  expect(r.steps.filter((s) => s.summary.trim() === '').map((s) => s.action)).toEqual([])
}

const stepsOf = (r: PipelineReport): Record<string, number | null> =>
  Object.fromEntries(r.steps.map((s) => [s.action, s.exitCode]))

describe('changelog → build-package → publish-release → atomic-deploy → staged-rollout', () => {
  it('releases, deploys to every host and promotes a good canary with no failed request', async () => {
    const r = await runPipeline({ real: true })
    expect(stepsOf(r)).toEqual({
      changelog: 0,
      'build-package': 0,
      'publish-release': 0,
      'atomic-deploy': 0,
      'staged-rollout': 0,
    })
    expect(r.version).toBe('1.1.0')
    expect(r.checks.releases).toEqual([expect.objectContaining({ tag: 'v1.1.0', draft: false })])
    expect(r.checks.releases[0]?.assets).toEqual(
      expect.arrayContaining([
        'acme-greeter-1.1.0.meta.json',
        'acme-greeter-1.1.0.tgz',
        'acme-greeter-app-1.1.0.tar.gz',
      ]),
    )
    expect(r.checks.npmVersions).toEqual(['1.1.0'])
    // the sample app's image, pushed to the local docker-registry (.ci/run installs it) and tagged
    expect(r.checks.image).toEqual({
      digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      tags: ['1', '1.1', '1.1.0', 'latest'],
    })
    expect(r.checks.hosts).toEqual(['releases/1.1.0', 'releases/1.1.0', 'releases/1.1.0'])
    expect({ phase: r.phase, weight: r.weight }).toEqual({ phase: 'promoted', weight: '100' })
    expect(r.load?.failed).toBe(0)
    expect(r.load?.status5xx).toBe(0)
    expect(r.load?.byVersion['1.1.0']).toBeGreaterThan(0)
    await expectSummariesRender(r)
  }, 180_000)

  it('rolls a failing canary back to 0% automatically and fails the step, saying why', async () => {
    const r = await runPipeline({ badCanary: true })
    const rollout = r.steps.find((s) => s.action === 'staged-rollout')
    expect({ phase: r.phase, weight: r.weight, exitCode: rollout?.exitCode }).toEqual({
      phase: 'aborted',
      weight: '0',
      exitCode: 1,
    })
    expect(rollout?.errors.join('\n')).toMatch(/error-rate/)
    await expectSummariesRender(r)
  }, 180_000)
})
