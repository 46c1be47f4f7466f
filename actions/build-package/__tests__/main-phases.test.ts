import { describe, expect, test } from '@jest/globals'
import { InputError } from '@shipline/core'
import type { Config } from '../src/adapters/config.js'
import type { Packages } from '../src/adapters/packages.js'
import { stepRecords } from '../src/build.js'
import { managerFor } from '../src/domain/package-manager.js'
import { actionOutputs, shownPath } from '../src/outputs.js'
import { planBuild } from '../src/plan.js'

function config(over: Partial<Config> = {}): Config {
  return {
    workspace: '/ws',
    project: '/ws',
    version: '',
    outDir: '',
    skip: [],
    settings: {},
    allowNoLockfile: false,
    stepTimeoutMs: 60_000,
    npmPack: true,
    specs: [],
    meta: 'none',
    metaDependencies: {},
    sbom: false,
    level: 9,
    ...over,
  }
}

const project = {
  name: '@acme/web',
  version: '1.2.3',
  manager: managerFor('npm', 'package-lock.json'),
  scripts: { build: 'tsc', test: 'jest' },
}

describe('planBuild', () => {
  test('takes package.json version unless the version input is given, and plans every step', () => {
    const plan = planBuild(config(), project)
    expect(plan.version).toBe('1.2.3')
    expect(plan.steps.map((s) => s.id)).toEqual(['install', 'lint', 'compile', 'test', 'package'])
    expect(plan.steps.find((s) => s.id === 'lint')?.skipped).toBeDefined()
    expect(planBuild(config({ version: 'v2.0.0-rc.1' }), project).version).toBe('2.0.0-rc.1')
  })

  test('checks the deb input with the package name as its default and sets config.deb', () => {
    const c = config({ debInput: { files: ['/usr/lib/web=dist'] } })
    planBuild(c, project)
    expect(c.deb).toMatchObject({ package: 'acme-web', files: [{ dest: '/usr/lib/web', pattern: 'dist' }] })
  })

  const pnpm = { ...project, manager: managerFor('pnpm', 'pnpm-lock.yaml') }
  test.each([
    ['a bad version input', config({ version: 'one' }), project, /^Input 'version': 'one'/],
    ['no version anywhere', config(), { ...project, version: undefined }, /^Input 'package.json version'/],
    ['sbom on a pnpm project', config({ sbom: true }), pnpm, /^Input 'sbom': 'true' needs an npm project/],
    ['a bad deb input', config({ debInput: { files: [] } }), project, /^Input 'deb':.* lists no files/],
  ])('refuses %s with an InputError', (_what, c, p, message) => {
    expect(() => planBuild(c, p)).toThrow(InputError)
    expect(() => planBuild(c, p)).toThrow(message)
  })
})

describe('stepRecords', () => {
  test('one record per step, not run yet', () => {
    expect(stepRecords([{ id: 'install', what: 'npm ci' }])).toEqual([
      { id: 'install', what: 'npm ci', result: 'not run', durationMs: 0 },
    ])
  })
})

describe('actionOutputs', () => {
  const packages: Packages = {
    provenance: { commit: 'abc' } as Packages['provenance'],
    checksums: '/out/SHA256SUMS',
    metaPackage: undefined,
    artifacts: [
      { path: '/out/web-1.0.0.tgz', file: 'web-1.0.0.tgz', kind: 'npm', name: 'web', size: 10, sha256: 'aa' },
      {
        path: '/out/web-1.0.0.oci.tar',
        file: 'web-1.0.0.oci.tar',
        kind: 'image',
        name: 'web',
        size: 20,
        sha256: 'bb',
        digest: 'sha256:cc',
      },
    ],
  }

  test('lists the artifacts (digest only for an image) and the image digest', () => {
    expect(actionOutputs('1.0.0', '/out', packages)).toEqual({
      version: '1.0.0',
      'out-dir': '/out',
      artifacts: [
        { path: '/out/web-1.0.0.tgz', kind: 'npm', name: 'web', size: 10, sha256: 'aa' },
        { path: '/out/web-1.0.0.oci.tar', kind: 'image', name: 'web', size: 20, sha256: 'bb', digest: 'sha256:cc' },
      ],
      'image-digest': 'sha256:cc',
      checksums: '/out/SHA256SUMS',
      'meta-package': '',
    })
  })

  test('without packages (package step skipped) only the version is set', () => {
    expect(actionOutputs('1.0.0', '/out', undefined)).toEqual({
      version: '1.0.0',
      'out-dir': '',
      artifacts: [],
      'image-digest': '',
      checksums: '',
      'meta-package': '',
    })
  })
})

describe('shownPath', () => {
  test('relative inside the workspace, as given outside it', () => {
    expect(shownPath('/ws', '/ws/dist-packages')).toBe('dist-packages')
    expect(shownPath('/ws', '/tmp/shipline-packages/web')).toBe('/tmp/shipline-packages/web')
    expect(shownPath('/ws', '/ws')).toBe('/ws')
  })
})
