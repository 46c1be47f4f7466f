/**
 * The Debian package: `debian-binary`, `control.tar.gz` and `data.tar.gz` in an `ar` archive, all written with the
 * project's deterministic tar writer and gzip (sorted entries, root:root, normalized modes, SOURCE_DATE_EPOCH), so
 * the same commit gives the same bytes. Adds the copyright and changelog files Debian policy asks for and the
 * md5sums dpkg uses to verify an installation.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { gzipSync } from 'node:zlib'
import { hashFile, hashingStream, info, InputError } from '@shipline/core'
import {
  arMemberHeader,
  AR_MAGIC,
  changelogFile,
  controlFile,
  copyrightFile,
  debFileName,
  debianVersion,
  type DebSpec,
} from '../domain/deb.js'
import type { Artifact } from '../domain/manifest.js'
import { compareBytes } from '../domain/manifest.js'
import { writeTarGz } from './archive.js'
import { collect, type FileEntry } from './files.js'
import { packageMeta } from './image-package.js'
import type { PackageContext } from './packages.js'

const dir = (path: string): FileEntry => ({ path, type: 'dir', source: '', size: 0, executable: true })

/** Every directory leading to `path` (`./usr/`, `./usr/lib/` …), `./` first. */
function parentsOf(path: string): string[] {
  const parts = path.replace(/^\.\//, '').replace(/\/$/, '').split('/').slice(0, -1)
  return ['./', ...parts.map((_, i) => `./${parts.slice(0, i + 1).join('/')}/`)]
}

async function md5(path: string): Promise<string> {
  const h = createHash('md5')
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) h.update(chunk)
  return h.digest('hex')
}

async function fileEntry(path: string, source: string, executable = false): Promise<FileEntry> {
  return { path, type: 'file', source, size: (await stat(source)).size, executable }
}

/** Build the .deb into `scratch`. */
export async function packageDeb(
  scratch: string,
  staging: string,
  exclude: string[],
  ctx: PackageContext,
): Promise<Artifact> {
  const { config, project } = ctx
  const spec = config.deb as DebSpec
  const meta = packageMeta(ctx)
  const maintainer = spec.maintainer ?? (meta.author && /<[^>]+@[^>]+>/.test(meta.author) ? meta.author : undefined)
  if (!maintainer)
    throw new InputError(
      'deb',
      'maintainer',
      "is missing: set deb.maintainer ('Name <email>') or an author with an email in package.json",
    )
  const description = spec.description ?? meta.description
  if (!description)
    throw new InputError('deb', 'description', 'is missing: set deb.description or a description in package.json')
  const version = debianVersion(ctx.version)
  const work = join(staging, 'deb')
  await mkdir(work, { recursive: true })

  const found = new Map<string, FileEntry>()
  const add = (e: FileEntry): void => {
    for (const p of parentsOf(e.path)) if (!found.has(p)) found.set(p, dir(p))
    found.set(e.path, e)
  }
  for (const f of spec.files) {
    const entries = await collect([f.pattern], {
      root: config.project,
      workspace: config.workspace,
      exclude,
      input: 'deb',
      skip: spec.excludes,
    })
    for (const e of entries) add({ ...e, path: `.${f.dest === '/' ? '' : f.dest}/${e.path}` })
  }
  const docDir = `./usr/share/doc/${spec.package}/`
  const year = new Date(ctx.epoch * 1000).getUTCFullYear()
  await writeFile(
    join(work, 'copyright'),
    copyrightFile(project.name, meta.license, maintainer.replace(/\s*<.*$/, ''), year),
  )
  await writeFile(
    join(work, 'changelog.gz'),
    gzipSync(changelogFile(spec.package, version, maintainer, ctx.epoch), { level: 9 }),
  )
  add(await fileEntry(`${docDir}copyright`, join(work, 'copyright')))
  add(await fileEntry(`${docDir}changelog.gz`, join(work, 'changelog.gz')))
  const data = [...found.values()].sort((a, b) => compareBytes(a.path, b.path))
  const files = data.filter((e) => e.type === 'file')

  const sums = []
  for (const e of files) sums.push(`${await md5(e.source)}  ${e.path.slice(2)}\n`)
  const installedKiB =
    files.reduce((n, e) => n + Math.ceil(e.size / 1024), 0) + data.filter((e) => e.type === 'dir').length
  await writeFile(join(work, 'control'), controlFile(spec, { version, maintainer, description, installedKiB }))
  await writeFile(join(work, 'md5sums'), sums.join(''))
  const control: FileEntry[] = [
    dir('./'),
    await fileEntry('./control', join(work, 'control')),
    await fileEntry('./md5sums', join(work, 'md5sums')),
  ]
  for (const [name, path] of Object.entries(spec.scripts)) {
    const src = join(config.project, path)
    const st = await stat(src).catch(() => undefined)
    if (!st?.isFile()) throw new InputError('deb', `scripts.${name}: ${path}`, 'is not a file in the working directory')
    control.push(await fileEntry(`./${name}`, src, true))
  }
  control.sort((a, b) => compareBytes(a.path, b.path))
  const options = { mtime: ctx.epoch, level: config.level }
  await writeTarGz(control, join(work, 'control.tar.gz'), options)
  await writeTarGz(data, join(work, 'data.tar.gz'), options)
  await writeFile(join(work, 'debian-binary'), '2.0\n')

  const file = join(scratch, debFileName(spec, version))
  await writeAr(
    file,
    ['debian-binary', 'control.tar.gz', 'data.tar.gz'].map((n) => join(work, n)),
    ctx.epoch,
  )
  const written = await hashFile(file)
  info(`${basename(file)}: ${files.length} files, ${written.size} bytes`)
  return { path: file, file: basename(file), kind: 'deb', name: spec.package, ...written }
}

/** An `ar` archive of the members, in order, with fixed owner, mode and mtime. */
async function writeAr(dest: string, members: readonly string[], mtime: number): Promise<void> {
  const h = hashingStream()
  const out = createWriteStream(dest, { flags: 'wx' })
  async function* bytes(): AsyncGenerator<Buffer> {
    yield AR_MAGIC
    for (const m of members) {
      const size = (await stat(m)).size
      yield arMemberHeader(basename(m), size, mtime)
      for await (const chunk of createReadStream(m) as AsyncIterable<Buffer>) yield chunk
      if (size % 2) yield Buffer.from('\n')
    }
  }
  await pipeline(bytes, h.stream, out)
}
