import { expect, test } from '@jest/globals'
import { failureSummary, runSummary } from '../src/report.js'
import type { Desired } from '../src/domain/types.js'

const desired = {
  repository: 'o/r',
  tag: 'v1.0.0',
  version: '1.0.0',
  name: 'v1.0.0',
  notes: '',
  draft: false,
  prerelease: false,
  makeLatest: 'true',
  overwrite: false,
  assets: [{ name: 'app.tar.gz', path: '/w/app.tar.gz', size: 1, sha256: 'a'.repeat(64) }],
} as unknown as Desired

test('a multi-line failure keeps its lines (first as the sentence, the rest as a block)', () => {
  const md = failureSummary(
    desired,
    [{ item: 'app.tar.gz', result: 'uploaded', detail: '' }],
    new Error('npm publish failed (exit 1)\nnpm error code E403\nnpm error 403 Forbidden - PUT pkg@1.0.0'),
  ).toString()
  expect(md).toContain('npm publish failed (exit 1). Nothing is published half way')
  expect(md).toContain('```text\nnpm error code E403\nnpm error 403 Forbidden - PUT pkg@1.0.0\n```')
})

test('npm specs and hosts in the results table are values, not mailto: links', () => {
  const md = runSummary(
    desired,
    { id: 1, htmlUrl: 'https://example.test/r/1', assets: [] } as never,
    [{ item: 'pkg@1.0.0', result: 'published', detail: 'to registry at npm@registry.example' }],
    false,
  ).toString()
  expect(md).toContain('| `pkg@1.0.0` | published | to registry at `npm@registry.example` |')
})
