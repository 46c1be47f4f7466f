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
  installedKiB,
  maintainerAndDescription,
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
  const { config } = ctx
  const spec = config.deb as DebSpec
  const meta = packageMeta(ctx)
  const { maintainer, description } = maintainerAndDescription(spec, meta)
  const version = debianVersion(ctx.version)
  const work = join(staging, 'deb')
  await mkdir(work, { recursive: true })
  const mapped = await mappedFiles(spec, exclude, ctx)
  const docs = await docFiles(work, spec, { version, maintainer, license: meta.license }, ctx)
  const data = withParents([...mapped, ...docs])
  const control = await controlEntries(work, spec, data, { version, maintainer, description }, config.project)
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
  info(`${basename(file)}: ${data.filter((e) => e.type === 'file').length} files, ${written.size} bytes`)
  return { path: file, file: basename(file), kind: 'deb', name: spec.package, ...written }
}

/** The files of the `files` key, each under its destination directory (`./usr/lib/greeter/...`). */
async function mappedFiles(spec: DebSpec, exclude: string[], ctx: PackageContext): Promise<FileEntry[]> {
  const { config } = ctx
  const out: FileEntry[] = []
  for (const f of spec.files) {
    const entries = await collect([f.pattern], {
      root: config.project,
      workspace: config.workspace,
      exclude,
      input: 'deb',
      skip: spec.excludes,
    })
    for (const e of entries) out.push({ ...e, path: `.${f.dest === '/' ? '' : f.dest}/${e.path}` })
  }
  return out
}

/** The copyright and changelog files Debian policy asks for, written into `work`, under /usr/share/doc/<package>/. */
async function docFiles(
  work: string,
  spec: DebSpec,
  o: { version: string; maintainer: string; license: string | undefined },
  ctx: PackageContext,
): Promise<FileEntry[]> {
  const docDir = `./usr/share/doc/${spec.package}/`
  const year = new Date(ctx.epoch * 1000).getUTCFullYear()
  await writeFile(
    join(work, 'copyright'),
    copyrightFile(ctx.project.name, o.license, o.maintainer.replace(/\s*<.*$/, ''), year),
  )
  await writeFile(
    join(work, 'changelog.gz'),
    gzipSync(changelogFile(spec.package, o.version, o.maintainer, ctx.epoch), { level: 9 }),
  )
  return [
    await fileEntry(`${docDir}copyright`, join(work, 'copyright')),
    await fileEntry(`${docDir}changelog.gz`, join(work, 'changelog.gz')),
  ]
}

/** The data entries with every parent directory added, sorted by path (a later entry for a path wins). */
function withParents(entries: readonly FileEntry[]): FileEntry[] {
  const found = new Map<string, FileEntry>()
  for (const e of entries) {
    for (const p of parentsOf(e.path)) if (!found.has(p)) found.set(p, dir(p))
    found.set(e.path, e)
  }
  return [...found.values()].sort((a, b) => compareBytes(a.path, b.path))
}

/** The control archive's entries: the control file, the md5sums of the data files and the maintainer scripts. */
async function controlEntries(
  work: string,
  spec: DebSpec,
  data: readonly FileEntry[],
  fields: { version: string; maintainer: string; description: string },
  project: string,
): Promise<FileEntry[]> {
  const files = data.filter((e) => e.type === 'file')
  const sums = []
  for (const e of files) sums.push(`${await md5(e.source)}  ${e.path.slice(2)}\n`)
  await writeFile(join(work, 'control'), controlFile(spec, { ...fields, installedKiB: installedKiB(data) }))
  await writeFile(join(work, 'md5sums'), sums.join(''))
  const control: FileEntry[] = [
    dir('./'),
    await fileEntry('./control', join(work, 'control')),
    await fileEntry('./md5sums', join(work, 'md5sums')),
  ]
  for (const [name, path] of Object.entries(spec.scripts)) {
    const src = join(project, path)
    const st = await stat(src).catch(() => undefined)
    if (!st?.isFile()) throw new InputError('deb', `scripts.${name}: ${path}`, 'is not a file in the working directory')
    control.push(await fileEntry(`./${name}`, src, true))
  }
  return control.sort((a, b) => compareBytes(a.path, b.path))
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
