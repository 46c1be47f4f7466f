import { describe, expect, test } from '@jest/globals'
import {
  agreePackageVersion,
  agreeTagVersion,
  npmSupportsProvenance,
  shouldMoveDistTag,
  versionOfTag,
} from '../src/domain/version.js'
import {
  artifactProblems,
  expectedSha256,
  githubAssetName,
  parseSha256Sums,
  sameIntegrity,
  sha256OfDigest,
} from '../src/domain/checksums.js'
import { bodyWithLedger, parseLedger, MAX_BODY, type Ledger } from '../src/domain/ledger.js'
import { budgetProblem, provenanceProblems, repoOfUrl, isInstallationToken } from '../src/domain/preflight.js'

const H = (c: string): string => c.repeat(64)

describe('tag and version', () => {
  test.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3', '1.2.3'],
    ['@acme/widget@2.0.0-rc.1', '2.0.0-rc.1'],
    ['release-3.1.0+build.7', '3.1.0+build.7'],
    ['latest', undefined],
  ])('version of %s is %s', (tag, v) => expect(versionOfTag(tag)).toBe(v))

  test('the version input must agree with the tag, by semver', () => {
    expect(agreeTagVersion('v1.2.3', undefined)).toBe('1.2.3')
    expect(agreeTagVersion('v1.2.3', 'v1.2.3')).toBe('1.2.3')
    expect(agreeTagVersion('v1.2.3', '1.2.3+meta')).toBe('1.2.3')
    expect(() => agreeTagVersion('v1.2.3', '1.2.4')).toThrow(
      "Input 'version': '1.2.4' does not match the tag 'v1.2.3' (which says 1.2.3)",
    )
    expect(() => agreeTagVersion('v1.2.3', 'one')).toThrow("Input 'version': 'one' is not a semantic version")
    expect(() => agreeTagVersion('nightly', undefined)).toThrow("Input 'tag': 'nightly' carries no semver version")
    expect(agreeTagVersion('nightly', '0.0.1')).toBe('0.0.1')
  })

  test('package version and dist-tag rules', () => {
    expect(agreePackageVersion('w', '1.2.3', '1.2.3')).toBeUndefined()
    expect(agreePackageVersion('w', '1.2.4', '1.2.3')).toBe('npm package w has version 1.2.4, but the release is 1.2.3')
    expect(shouldMoveDistTag(undefined, '1.0.0')).toBe(true)
    expect(shouldMoveDistTag('0.9.0', '1.0.0')).toBe(true)
    expect(shouldMoveDistTag('2.0.0', '1.0.0')).toBe(false)
    expect(npmSupportsProvenance('9.5.0')).toBe(true)
    expect(npmSupportsProvenance('11.19.1')).toBe(true)
    expect(npmSupportsProvenance('9.4.2')).toBe(false)
  })
})

describe('checksums and digests', () => {
  test('SHA256SUMS in coreutils format, text and binary mode, by path or base name', () => {
    const { entries, bad } = parseSha256Sums(`${H('a')}  dist/app.tgz\n${H('B')} *notes.txt\n\nnot a line\n`)
    expect(bad).toEqual([4])
    expect(expectedSha256(entries, 'dist/app.tgz')).toBe(H('a'))
    expect(expectedSha256(entries, './dist/app.tgz')).toBe(H('a'))
    expect(expectedSha256(entries, 'out/notes.txt')).toBe(H('b'))
    expect(expectedSha256(entries, 'other')).toBeUndefined()
  })

  test('artifactProblems compares size and sha256 with the artifacts list, and sha256 with the checksums file', () => {
    const sums = { file: 'SHA256SUMS', entries: [{ sha256: H('a'), file: 'dist/app.tgz' }] }
    expect(
      artifactProblems({ path: 'dist/app.tgz', sha256: H('a'), size: 3 }, { sha256: H('a'), size: 3 }, sums),
    ).toEqual([])
    expect(
      artifactProblems({ path: 'dist/app.tgz', sha256: H('b'), size: 4 }, { sha256: H('c'), size: 3 }, sums),
    ).toEqual([
      'dist/app.tgz: 3 bytes, but the artifacts list says 4',
      `dist/app.tgz: sha256 is ${H('c')}, but the artifacts list says ${H('b')}`,
      `dist/app.tgz: sha256 is ${H('c')}, but SHA256SUMS says ${H('a')}`,
    ])
    expect(artifactProblems({ path: 'other.tgz' }, { sha256: H('c') }, sums)).toEqual([
      'other.tgz is not listed in SHA256SUMS',
    ])
    // Without an actual size (the image), a listed size is not compared; without sums, only the list is.
    expect(artifactProblems({ path: 'img.oci.tar', size: 9 }, { sha256: H('c') })).toEqual([])
  })

  test('GitHub digests and npm integrity', () => {
    expect(sha256OfDigest(`sha256:${H('c')}`)).toBe(H('c'))
    expect(sha256OfDigest(null)).toBeUndefined()
    expect(sha256OfDigest('sha1:abc')).toBeUndefined()
    expect(sameIntegrity('sha512-AAA', 'sha1-x sha512-AAA')).toBe(true)
    expect(sameIntegrity('sha512-AAA', 'sha512-BBB')).toBe(false)
    expect(sameIntegrity(undefined, 'sha512-AAA')).toBe(false)
    expect(githubAssetName('my app (x64).zip')).toBe('my.app..x64..zip')
  })
})

describe('ledger', () => {
  const ledger: Ledger = {
    schema: 1,
    tag: 'v1.0.0',
    version: '1.0.0',
    assets: [{ name: 'a-->b', size: 3, sha256: H('d') }],
  }
  test('round-trips through the body, and cannot be closed early by a name', () => {
    const body = bodyWithLedger('## Notes\n\n- fix\n', ledger)
    expect(body.startsWith('## Notes\n\n- fix\n\n<!-- shipline-release-ledger ')).toBe(true)
    expect(body.match(/-->/g)).toHaveLength(1)
    expect(parseLedger(body)).toEqual(ledger)
  })
  test('a ledger too big for a release body leaves out the asset list', () => {
    const many: Ledger = {
      ...ledger,
      assets: Array.from({ length: 2000 }, (_, i) => ({ name: `asset-${i}.tar.gz`, size: i, sha256: H('e') })),
    }
    const body = bodyWithLedger('notes', many)
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(parseLedger(body)).toEqual({ ...many, assets: [], assetsOmitted: true })
  })

  test('bodies without a (readable) ledger give undefined', () => {
    expect(parseLedger('just notes')).toBeUndefined()
    expect(parseLedger('<!-- shipline-release-ledger {broken -->')).toBeUndefined()
    expect(parseLedger(null)).toBeUndefined()
  })
})

describe('pre-flight', () => {
  test.each([
    ['git+https://github.com/Acme/Widget.git', 'github.com/acme/widget'],
    ['https://github.com/acme/widget', 'github.com/acme/widget'],
    ['git@github.com:acme/widget.git', 'github.com/acme/widget'],
    ['github:acme/widget', 'github.com/acme/widget'],
    ['acme/widget', 'github.com/acme/widget'],
    ['ssh://git@ghe.example.com/acme/widget.git', 'ghe.example.com/acme/widget'],
  ])('repository url %s → %s', (url, want) => {
    const r = repoOfUrl(url)
    expect(r && `${r.host}/${r.slug}`).toBe(want)
  })

  test('provenance needs the OIDC URL, npm >= 9.5 and a matching repository.url', () => {
    const ok = {
      repository: 'acme/widget',
      serverUrl: 'https://github.com',
      repositoryUrl: 'git+https://github.com/acme/widget.git',
      npmVersion: '11.0.0',
      hasIdTokenUrl: true,
    }
    expect(provenanceProblems(ok)).toEqual([])
    const bad = provenanceProblems({
      ...ok,
      hasIdTokenUrl: false,
      npmVersion: '9.1.0',
      repositoryUrl: 'https://github.com/other/widget',
    })
    expect(bad).toHaveLength(3)
    expect(bad[0]).toContain("ACTIONS_ID_TOKEN_REQUEST_URL is not set: add 'permissions: id-token: write'")
    expect(bad[1]).toContain('npm 9.5.0 or newer; this runner has npm 9.1.0')
    expect(bad[2]).toContain("to point at https://github.com/acme/widget, but it is 'https://github.com/other/widget'")
    expect(provenanceProblems({ ...ok, repositoryUrl: undefined })[0]).toContain('"repository"')
  })

  test('API budget and token kind', () => {
    expect(budgetProblem(undefined, 10)).toBeUndefined()
    expect(budgetProblem(5000, 10)).toBeUndefined()
    expect(budgetProblem(12, 10, new Date(0))).toBe(
      'only 12 GitHub API calls are left (it resets at 1970-01-01T00:00:00.000Z), and this release needs about 10 (20 with retries); stopping before any change',
    )
    expect(isInstallationToken('ghs_abc')).toBe(true)
    expect(isInstallationToken('ghp_abc')).toBe(false)
  })
})
