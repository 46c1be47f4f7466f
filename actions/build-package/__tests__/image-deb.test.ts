import { describe, expect, test } from '@jest/globals'
import {
  arMemberHeader,
  changelogFile,
  controlFile,
  debFileName,
  debianName,
  debianVersion,
  installedKiB,
  maintainerAndDescription,
  parseDebFiles,
  parseDebSpec,
  parseDepends,
  parseMaintainerScripts,
} from '../src/domain/deb.js'
import { imageFileName, parseImageSpec, parsePlatforms, parsePorts } from '../src/domain/image-spec.js'
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

describe('image input keys', () => {
  test('parsePorts takes a list or a comma-separated string and checks each port', () => {
    expect(parsePorts('8080, 53/udp')).toEqual(['8080', '53/udp'])
    expect(parsePorts([443, '9000/sctp'])).toEqual(['443', '9000/sctp'])
    expect(parsePorts(undefined)).toEqual([])
    expect(() => parsePorts(['0'])).toThrow(/'ports: 0' is not a port/)
    expect(() => parsePorts(['70000/tcp'])).toThrow(/'ports: 70000\/tcp' is not a port/)
    expect(() => parsePorts(['80/icmp'])).toThrow(/is not a port/)
  })

  test('parsePlatforms reads os/arch[/variant] items', () => {
    expect(parsePlatforms('linux/arm/v7')).toEqual([{ os: 'linux', architecture: 'arm', variant: 'v7' }])
    expect(parsePlatforms(null)).toEqual([])
    expect(() => parsePlatforms(['linux'])).toThrow(/'platforms: linux' is not a platform/)
    expect(() => parsePlatforms({ os: 'linux' })).toThrow(/is not a list of strings/)
  })
})

describe('deb input keys', () => {
  test('parseDebFiles splits dest=path lines from !excludes and trims the destination', () => {
    expect(parseDebFiles('/usr/lib/web/=dist\n!dist/*.map\n/=etc/web.conf')).toEqual({
      files: [
        { dest: '/usr/lib/web', pattern: 'dist' },
        { dest: '/', pattern: 'etc/web.conf' },
      ],
      excludes: ['dist/*.map'],
    })
    expect(() => parseDebFiles(['dist'])).toThrow(/'files: dist' is not 'dest=path-or-glob'/)
    expect(() => parseDebFiles(['/usr/../etc=dist'])).toThrow(/has a destination that is not an absolute directory/)
    expect(() => parseDebFiles(['!dist/*.map'])).toThrow(/'files: \["!dist\/\*.map"\]' lists no files/)
  })

  test('parseMaintainerScripts maps the four script names to working-directory paths', () => {
    expect(parseMaintainerScripts(undefined)).toEqual({})
    expect(parseMaintainerScripts({ preinst: 'debian/preinst', postrm: 'debian/postrm' })).toEqual({
      preinst: 'debian/preinst',
      postrm: 'debian/postrm',
    })
    expect(() => parseMaintainerScripts(['postinst'])).toThrow(/is not a mapping of preinst\/postinst\/prerm\/postrm/)
    expect(() => parseMaintainerScripts({ triggers: 'x' })).toThrow(/'scripts.triggers' is not a maintainer script/)
    expect(() => parseMaintainerScripts({ postinst: '../x' })).toThrow(/escapes the working directory/)
  })

  test('parseDepends accepts a comma-separated string or a list, with versions, arch and alternatives', () => {
    expect(parseDepends('nodejs (>= 18), adduser')).toEqual(['nodejs (>= 18)', 'adduser'])
    expect(parseDepends(['libc6:amd64', 'nodejs | nodejs-lts'])).toEqual(['libc6:amd64', 'nodejs | nodejs-lts'])
    expect(parseDepends(undefined)).toEqual([])
    expect(() => parseDepends('Nodejs')).toThrow(/'depends: Nodejs' is not a Debian dependency/)
  })
})

describe('deb control fields', () => {
  test('maintainerAndDescription prefers the deb input, else package.json (an author only with an email)', () => {
    expect(maintainerAndDescription({ maintainer: 'A B <a@b.example>', description: 'Mine' }, {})).toEqual({
      maintainer: 'A B <a@b.example>',
      description: 'Mine',
    })
    expect(maintainerAndDescription({}, { author: 'C D <c@d.example>', description: 'From package.json' })).toEqual({
      maintainer: 'C D <c@d.example>',
      description: 'From package.json',
    })
    expect(() => maintainerAndDescription({}, { author: 'C D', description: 'x' })).toThrow(
      /^Input 'deb': 'maintainer' is missing/,
    )
    expect(() => maintainerAndDescription({ maintainer: 'A B <a@b.example>' }, {})).toThrow(
      /^Input 'deb': 'description' is missing/,
    )
  })

  test('installedKiB rounds each file up to a KiB and counts 1 KiB per directory, 0 per link', () => {
    expect(
      installedKiB([
        { type: 'dir', size: 0 },
        { type: 'file', size: 1 },
        { type: 'file', size: 1024 },
        { type: 'file', size: 1025 },
        { type: 'symlink', size: 0 },
      ]),
    ).toBe(1 + 1 + 1 + 2)
    expect(installedKiB([])).toBe(0)
  })
})
