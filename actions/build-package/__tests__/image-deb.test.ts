import { describe, expect, test } from '@jest/globals'
import {
  arMemberHeader,
  changelogFile,
  controlFile,
  debFileName,
  debianName,
  debianVersion,
  parseDebSpec,
} from '../src/domain/deb.js'
import { imageFileName, parseImageSpec } from '../src/domain/image-spec.js'
import { InputError } from '@shipline/core'

describe('image input', () => {
  test('a full mapping', () => {
    const s = parseImageSpec({
      base: 'oci-archive:base.tar:1',
      files: ['dist', 'package.json', '!dist/**/*.map'],
      workdir: '/srv/app/',
      entrypoint: 'node "dist/server.js"',
      cmd: ['--port', '8080'],
      env: { PORT: 8080 },
      ports: [8080, '53/udp'],
      user: 'node:node',
      labels: { 'com.example.team': 'web' },
      platforms: 'linux/amd64, linux/arm64',
    })
    expect(s.base).toEqual({ kind: 'oci-archive', path: 'base.tar', ref: '1' })
    expect(s.files).toEqual(['dist', 'package.json'])
    expect(s.excludes).toEqual(['dist/**/*.map'])
    expect(s.settings).toEqual({
      workdir: '/srv/app',
      entrypoint: ['node', 'dist/server.js'],
      cmd: ['--port', '8080'],
      env: { PORT: '8080' },
      ports: ['8080', '53/udp'],
      user: 'node:node',
      labels: { 'com.example.team': 'web' },
    })
    expect(s.platforms).toEqual([
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64' },
    ])
    expect(parseImageSpec({ base: 'scratch' }).files).toEqual(['.'])
    expect(imageFileName('acme-web', '1.2.3')).toBe('acme-web-1.2.3.oci.tar')
  })

  test.each([
    [{}, /has no 'base'/],
    [{ base: 'scratch', bogus: 1 }, /'bogus' is not a known key/],
    [{ base: 'oci:/etc' }, /absolute path/],
    [{ base: 'scratch', workdir: '/' }, /is not an absolute directory/],
    [{ base: 'scratch', workdir: 'app' }, /is not an absolute directory/],
    [{ base: 'scratch', env: { 'BAD-NAME': 'x' } }, /is not a valid environment variable name/],
    [{ base: 'scratch', ports: ['http'] }, /is not a port/],
    [{ base: 'scratch', user: 'a b' }, /is not a user/],
    [{ base: 'scratch', entrypoint: 'a | b' }, /no shell syntax/],
    [{ base: 'scratch', entrypoint: [] }, /is not a command/],
    [{ base: 'scratch', platforms: ['amd64'] }, /is not a platform/],
    [{ base: 'scratch', files: ['../x'] }, /escapes the working directory/],
  ])('refuses %j', (raw, message) => {
    expect(() => parseImageSpec(raw as Record<string, unknown>)).toThrow(InputError)
    expect(() => parseImageSpec(raw as Record<string, unknown>)).toThrow(message)
  })
})

describe('deb input and control data', () => {
  test('names and versions follow Debian rules', () => {
    expect(debianName('@Acme/Web_App')).toBe('acme-web-app')
    expect(debianVersion('1.2.3-rc.1')).toBe('1.2.3~rc.1')
    expect(debianVersion('1.2.3')).toBe('1.2.3')
    expect(debFileName({ package: 'acme-web', architecture: 'all' }, '1.2.3~rc.1')).toBe('acme-web_1.2.3~rc.1_all.deb')
  })

  test('a mapping with defaults, and the control file', () => {
    const s = parseDebSpec(
      {
        files: ['/usr/lib/web=dist', '/usr/bin=bin/web', '!dist/**/*.map'],
        depends: 'nodejs (>= 18), adduser',
        scripts: { postinst: 'debian/postinst' },
      },
      '@acme/web',
    )
    expect(s).toMatchObject({
      package: 'acme-web',
      architecture: 'all',
      section: 'misc',
      priority: 'optional',
      depends: ['nodejs (>= 18)', 'adduser'],
      excludes: ['dist/**/*.map'],
      scripts: { postinst: 'debian/postinst' },
    })
    expect(s.files).toEqual([
      { dest: '/usr/lib/web', pattern: 'dist' },
      { dest: '/usr/bin', pattern: 'bin/web' },
    ])
    expect(
      controlFile(s, {
        version: '1.0.0',
        maintainer: 'A B <a@b.example>',
        description: 'Web app\nLong text.\n\nMore.',
        installedKiB: 12,
      }),
    ).toBe(
      'Package: acme-web\nVersion: 1.0.0\nArchitecture: all\nMaintainer: A B <a@b.example>\nInstalled-Size: 12\nDepends: nodejs (>= 18), adduser\nSection: misc\nPriority: optional\nDescription: Web app\n Long text.\n .\n More.\n',
    )
  })

  test.each([
    [{}, /lists no files/],
    [{ files: ['usr/lib=dist'] }, /has a destination that is not an absolute directory/],
    [{ files: ['/usr/lib=../x'] }, /escapes the working directory/],
    [{ files: ['/usr/lib=dist'], package: 'Web' }, /is not a Debian package name/],
    [{ files: ['/usr/lib=dist'], maintainer: 'nobody' }, /is not 'Full Name <email@example.com>'/],
    [{ files: ['/usr/lib=dist'], depends: ['nodejs >= 18'] }, /is not a Debian dependency/],
    [{ files: ['/usr/lib=dist'], scripts: { config: 'x' } }, /is not a maintainer script/],
    [{ files: ['/usr/lib=dist'], section: 'a\nPackage: evil' }, /line break/],
  ])('refuses %j', (raw, message) => expect(() => parseDebSpec(raw as Record<string, unknown>, 'web')).toThrow(message))

  test('changelog dated by SOURCE_DATE_EPOCH; ar member headers are 60 bytes, fixed owner', () => {
    expect(changelogFile('web', '1.0.0', 'A <a@b.c>', 1714564800)).toBe(
      'web (1.0.0) unstable; urgency=medium\n\n  * Release 1.0.0, built by Shipline build-package.\n\n -- A <a@b.c>  Wed, 1 May 2024 12:00:00 +0000\n',
    )
    const h = arMemberHeader('control.tar.gz', 1234, 1714564800)
    expect(h.length).toBe(60)
    expect(h.toString('ascii')).toBe('control.tar.gz/ 1714564800  0     0     100644  1234      `\n')
  })
})
