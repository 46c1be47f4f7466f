import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
  readlinkSync,
  chmodSync,
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkFileName,
  checkPathText,
  checkWritable,
  InputError,
  readContained,
  readContainedIfExists,
  realPathOf,
  resolveContained,
  tempNameOf,
  writeContained,
  type PathRoot,
} from '@shipline/core'

const top = mkdtempSync(join(tmpdir(), 'shipline-paths-'))
afterAll(() => rmSync(top, { recursive: true, force: true }))

let ws: string
let temp: string
let outside: string
let roots: PathRoot[]
let n = 0
beforeEach(() => {
  const dir = join(top, String(n++))
  ws = join(dir, 'ws')
  temp = join(dir, 'temp')
  outside = join(dir, 'outside')
  for (const d of [ws, temp, outside]) mkdirSync(d, { recursive: true })
  writeFileSync(join(outside, 'secret'), 'TOKEN=ghs_secret\n')
  roots = [
    { label: 'the workspace', path: ws },
    { label: 'RUNNER_TEMP', path: temp },
  ]
})

async function refusal(p: Promise<unknown>): Promise<InputError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('checkPathText', () => {
  it.each([
    ['empty', '', 'is empty'],
    ['a NUL', 'a\0b', 'NUL'],
    ['5000 characters', 'x'.repeat(5000), 'at most 4096'],
    ['a 300-byte name', `dir/${'n'.repeat(300)}`, 'each name in a path can be at most 255 bytes'],
  ])('refuses %s', (_label, value, why) => {
    expect(() => checkPathText('notes-file', value)).toThrow(InputError)
    expect(() => checkPathText('notes-file', value)).toThrow(why)
  })
  it('accepts an ordinary path', () => expect(() => checkPathText('notes-file', 'docs/NOTES.md')).not.toThrow())
})

describe('checkFileName', () => {
  it.each([
    ['.', '.', "is '.', which names a directory"],
    ['..', '..', "is '..'"],
    ['a/b', 'a/b', "contains '/'"],
    ['empty', '', 'is empty'],
    ['400 bytes', 'é'.repeat(200), 'a file name can be at most 255'],
  ])('refuses %s, naming the input and the form', (_label, value, why) => {
    const run = (): void => checkFileName('meta-package-name', value, 'an npm package name')
    expect(run).toThrow(InputError)
    expect(run).toThrow(why)
    expect(run).toThrow("Input 'meta-package-name'")
    expect(run).toThrow('give an npm package name')
  })
})

describe('realPathOf', () => {
  it('resolves the deepest existing ancestor and keeps the missing rest', async () => {
    symlinkSync(outside, join(ws, 'out'))
    expect(await realPathOf(join(ws, 'out', 'new', 'file'))).toBe(join(outside, 'new', 'file'))
  })
  it('follows a dangling link to the file it would create', async () => {
    symlinkSync(join(outside, 'created-by-write'), join(ws, 'dangling'))
    expect(await realPathOf(join(ws, 'dangling'))).toBe(join(outside, 'created-by-write'))
  })
})

describe('resolveContained', () => {
  it('accepts a relative path in the workspace and an absolute path in RUNNER_TEMP', async () => {
    writeFileSync(join(ws, 'a.txt'), 'a')
    expect((await resolveContained('notes-file', 'a.txt', { roots })).real).toBe(join(ws, 'a.txt'))
    expect((await resolveContained('notes-file', join(temp, 'b.txt'), { roots })).real).toBe(join(temp, 'b.txt'))
  })
  it('accepts a link that stays inside', async () => {
    writeFileSync(join(ws, 'real.md'), 'x')
    symlinkSync('real.md', join(ws, 'link.md'))
    expect((await resolveContained('notes-file', 'link.md', { roots })).real).toBe(join(ws, 'real.md'))
  })
  it('refuses a committed link to /proc/self/environ, naming the input, the value, where it leads and the roots', async () => {
    symlinkSync('/proc/self/environ', join(ws, 'NOTES.md'))
    const e = await refusal(resolveContained('notes-file', 'NOTES.md', { roots }))
    expect(e.message).toMatch(
      /^Input 'notes-file': 'NOTES\.md' is outside the allowed roots \(through a symlink: it resolves to \/proc\/\d+\/environ\)/,
    )
    expect(e.message).toContain(`the workspace (${ws}) or RUNNER_TEMP (${temp})`)
  })
  it('refuses a link chain through a directory link and a dangling link out', async () => {
    symlinkSync('.', join(ws, 'a'))
    symlinkSync('../outside', join(ws, 'b'))
    symlinkSync(join(outside, 'planted'), join(ws, 'c'))
    await refusal(resolveContained('x', 'a/a/a/b/secret', { roots }))
    await refusal(resolveContained('x', 'c', { roots }))
  })
  it('refuses ../ and absolute paths outside', async () => {
    await refusal(resolveContained('x', '../outside/secret', { roots }))
    await refusal(resolveContained('x', '/etc/passwd', { roots }))
  })
  it('turns ENAMETOOLONG and symlink loops into input errors', async () => {
    symlinkSync('loop2', join(ws, 'loop1'))
    symlinkSync('loop1', join(ws, 'loop2'))
    expect((await refusal(resolveContained('x', 'loop1/f', { roots }))).message).toContain('loop of symlinks')
    const deep = Array.from({ length: 20 }, () => 'd'.repeat(250)).join('/')
    expect((await refusal(resolveContained('x', deep, { roots }))).message).toContain("Input 'x'")
  })
})

describe('readContained', () => {
  it('reads a regular file inside, refuses one over max', async () => {
    writeFileSync(join(ws, 'n.md'), 'hello')
    expect((await readContained('notes-file', 'n.md', { roots })).data.toString()).toBe('hello')
    expect((await refusal(readContained('notes-file', 'n.md', { roots, max: 3 }))).message).toContain('at most 3')
  })
  it('refuses a directory, a named pipe (without hanging) and a missing file', async () => {
    mkdirSync(join(ws, 'dir'))
    execFileSync('mkfifo', [join(ws, 'pipe')])
    expect((await refusal(readContained('notes-file', 'dir', { roots }))).message).toContain(
      'is a directory, not a regular file',
    )
    expect((await refusal(readContained('notes-file', 'pipe', { roots }))).message).toContain(
      'is a named pipe, not a regular file',
    )
    expect((await refusal(readContained('notes-file', 'nope.md', { roots }))).message).toContain('does not exist')
  })
})

describe('writeContained', () => {
  it('creates and replaces a file atomically, leaving no temp file', async () => {
    await writeContained('changelog-file', 'CHANGELOG.md', 'one', { roots })
    chmodSync(join(ws, 'CHANGELOG.md'), 0o600)
    await writeContained('changelog-file', 'CHANGELOG.md', 'two', { roots })
    expect(readFileSync(join(ws, 'CHANGELOG.md'), 'utf8')).toBe('two')
    expect(statSync(join(ws, 'CHANGELOG.md')).mode & 0o777).toBe(0o600)
    expect(readdirSync(ws)).toEqual(['CHANGELOG.md'])
  })
  it('refuses a symlink at the target, even one pointing inside, and changes nothing', async () => {
    writeFileSync(join(ws, 'real.md'), 'keep')
    symlinkSync('real.md', join(ws, 'CHANGELOG.md'))
    expect((await refusal(writeContained('changelog-file', 'CHANGELOG.md', 'x', { roots }))).message).toContain(
      'is a symlink',
    )
    expect(readFileSync(join(ws, 'real.md'), 'utf8')).toBe('keep')
    expect(lstatSync(join(ws, 'CHANGELOG.md')).isSymbolicLink()).toBe(true)
  })
  it('refuses a symlink at the temp name (nothing written outside)', async () => {
    symlinkSync(join(outside, 'secret'), tempNameOf(join(ws, 'CHANGELOG.md')))
    expect((await refusal(writeContained('changelog-file', 'CHANGELOG.md', 'x', { roots }))).message).toContain(
      'temp name',
    )
    expect(readFileSync(join(outside, 'secret'), 'utf8')).toBe('TOKEN=ghs_secret\n')
    expect(readlinkSync(tempNameOf(join(ws, 'CHANGELOG.md')))).toBe(join(outside, 'secret'))
  })
  it("removes a killed run's temp file and writes", async () => {
    writeFileSync(tempNameOf(join(ws, 'CHANGELOG.md')), 'half')
    await writeContained('changelog-file', 'CHANGELOG.md', 'whole', { roots })
    expect(readdirSync(ws)).toEqual(['CHANGELOG.md'])
  })
  it('lets the caller refuse to replace a file it did not write, and leaves it alone', async () => {
    writeFileSync(join(temp, 'weights.json'), 'root:x:0:0\n')
    const replaces = (existing: Buffer): void => {
      if (!existing.toString().startsWith('{'))
        throw new InputError('router-config', 'weights.json', 'is not a weights file')
    }
    await refusal(writeContained('router-config', join(temp, 'weights.json'), '{}', { roots, replaces }))
    expect(readFileSync(join(temp, 'weights.json'), 'utf8')).toBe('root:x:0:0\n')
  })
  it('refuses a path whose directory does not exist, or outside the roots', async () => {
    expect((await refusal(writeContained('changelog-file', 'no/such/dir/C.md', 'x', { roots }))).message).toContain(
      'does not exist',
    )
    await refusal(writeContained('changelog-file', join(outside, 'C.md'), 'x', { roots }))
    expect(readdirSync(outside)).toEqual(['secret'])
  })
})

describe('checkWritable and readContainedIfExists', () => {
  it('checkWritable refuses what writeContained would, and writes nothing', async () => {
    symlinkSync(join(outside, 'secret'), join(ws, 'link.md'))
    writeFileSync(join(ws, 'foreign.json'), 'not ours')
    await refusal(checkWritable('router-config', 'link.md', { roots }))
    const replaces = (): void => {
      throw new InputError('router-config', 'foreign.json', 'is not ours')
    }
    await refusal(checkWritable('router-config', 'foreign.json', { roots, replaces }))
    expect(await checkWritable('router-config', 'new.json', { roots })).toEqual({
      path: join(ws, 'new.json'),
      real: join(ws, 'new.json'),
    })
    expect(readdirSync(ws).sort()).toEqual(['foreign.json', 'link.md'])
  })
  it('an outside path carries the hint the caller gives (the input that allows it)', async () => {
    const e = await refusal(
      resolveContained('router-config', join(outside, 'w.json'), {
        roots,
        outsideHint: 'set router-config-outside-workspace: true',
      }),
    )
    expect(e.hint).toBe('set router-config-outside-workspace: true')
  })
  it('readContainedIfExists: undefined for a missing file, the bytes of one inside, a refusal for a link out', async () => {
    expect(await readContainedIfExists('changelog-file', 'CHANGELOG.md', { roots })).toBeUndefined()
    writeFileSync(join(ws, 'CHANGELOG.md'), '# Changelog\n')
    expect((await readContainedIfExists('changelog-file', 'CHANGELOG.md', { roots }))?.toString()).toBe('# Changelog\n')
    symlinkSync('/proc/self/environ', join(ws, 'ENV.md'))
    await refusal(readContainedIfExists('changelog-file', 'ENV.md', { roots }))
  })
})
