import { describe, expect, test } from '@jest/globals'
import { renderSummary, stepGantt } from '../src/adapters/report.js'
import type { StepRecord } from '../src/adapters/steps.js'

const steps: StepRecord[] = [
  { id: 'install', what: 'npm ci', result: 'success', durationMs: 1200 },
  { id: 'lint', what: 'npm run lint', result: 'skipped', note: "no 'lint' script", durationMs: 0 },
  { id: 'compile', what: 'npm run build', result: 'failure', durationMs: 300, tail: 'src/a.ts(1,1): error TS2304' },
  { id: 'test', what: 'npm run test', result: 'not run', durationMs: 0 },
  { id: 'package', what: 'packages', result: 'not run', durationMs: 0 },
]

describe('summary', () => {
  test('a failed build: steps table, gantt of what ran, the failing step and its output', () => {
    const md = renderSummary({ name: '@acme/web', version: '1.0.0', steps, failure: 'Step compile failed' }).toString()
    expect(md).toContain('## ❌ build-package: `@acme/web` `1.0.0`')
    expect(md).toContain("| lint | ⏭️ skipped (no 'lint' script) |  | `npm run lint` |")
    expect(md).toContain('| compile | ❌ failure | 300ms | `npm run build` |')
    expect(md).toContain('| test | ⏸️ not run |  | `npm run test` |')
    expect(md).toContain('**Failed at step `compile`.** No packages were written.')
    expect(md).toContain('src/a.ts(1,1): error TS2304')
    expect(md).not.toContain('### Packages')
  })
  test('a successful build: packages table, provenance line, how to verify', () => {
    const ok = steps.map((st) => ({
      ...st,
      result: st.result === 'failure' || st.result === 'not run' ? ('success' as const) : st.result,
    }))
    const md = renderSummary({
      name: '@acme/web',
      version: '1.0.0',
      steps: ok,
      artifacts: [
        {
          path: '/o/acme-web-1.0.0.tgz',
          file: 'acme-web-1.0.0.tgz',
          kind: 'npm',
          name: '@acme/web',
          size: 2048,
          sha256: 'a'.repeat(64),
        },
      ],
      outDir: 'dist-packages',
      epochFrom: 'the commit time of HEAD',
      provenance: {
        sourceDateEpoch: 0,
        commit: 'f'.repeat(40),
        ref: 'refs/tags/v1.0.0',
        runUrl: 'https://github.com/o/r/actions/runs/7/attempts/2',
      },
    }).toString()
    expect(md).toContain('| `acme-web-1.0.0.tgz` | npm | 2.0 KiB | `aaaaaaaaaaaaaaaa…` |')
    expect(md).toContain(
      'Built from `ffffffffffff` (`refs/tags/v1.0.0`) in [run 7 attempt 2](https://github.com/o/r/actions/runs/7/attempts/2)',
    )
    expect(md).toContain('verify with `sha256sum -c SHA256SUMS` there')
  })
  test('gantt bars run back to back; the failed one is marked', () => {
    expect(stepGantt(steps)).toBe(
      [
        'gantt',
        '  title Build steps',
        '  dateFormat x',
        '  axisFormat %M:%S',
        '  install (1.20s) :install, 0, 1200',
        '  compile (300ms) :crit, compile, 1200, 1500',
      ].join('\n'),
    )
    expect(stepGantt([])).toBeUndefined()
  })
})
