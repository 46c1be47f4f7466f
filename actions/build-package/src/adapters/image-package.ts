/** The package step's image and machine-package parts: context from the build, artifacts for the manifest. */
import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { info } from '@shipline/core'
import type { Artifact } from '../domain/manifest.js'
import { imageFileName } from '../domain/image-spec.js'
import { fileBase } from '../domain/spec.js'
import { buildImage } from './image.js'
import type { PackageContext } from './packages.js'

/** Fields of package.json used for labels and control metadata. */
export function packageMeta(ctx: PackageContext): {
  description?: string
  license?: string
  author?: string
  homepage?: string
} {
  try {
    const pkg = JSON.parse(ctx.project.packageJsonText) as Record<string, unknown>
    const author =
      typeof pkg.author === 'string'
        ? pkg.author
        : typeof (pkg.author as { name?: unknown })?.name === 'string'
          ? personOf(pkg.author as { name: string; email?: string })
          : undefined
    return {
      ...(typeof pkg.description === 'string' ? { description: pkg.description } : {}),
      ...(typeof pkg.license === 'string' ? { license: pkg.license } : {}),
      ...(author ? { author } : {}),
      ...(typeof pkg.homepage === 'string' ? { homepage: pkg.homepage } : {}),
    }
  } catch {
    return {}
  }
}

function personOf(p: { name: string; email?: string }): string {
  return p.email ? `${p.name} <${p.email}>` : p.name
}

/** Build the OCI image into `scratch`; its artifact carries the manifest digest. */
export async function packageImage(
  scratch: string,
  staging: string,
  exclude: string[],
  ctx: PackageContext,
): Promise<Artifact> {
  const { config, project, version, provenance } = ctx
  const spec = config.image
  if (!spec) throw new Error('no image to build')
  const meta = packageMeta(ctx)
  const work = join(staging, 'image')
  await mkdir(work, { recursive: true })
  const file = join(scratch, imageFileName(fileBase(project.name), version))
  const built = await buildImage({
    spec,
    workspace: config.workspace,
    project: config.project,
    exclude,
    staging: work,
    level: config.level,
    file,
    origin: {
      version,
      epoch: ctx.epoch,
      title: project.name,
      ...(provenance.commit ? { revision: provenance.commit } : {}),
      ...(provenance.repository ? { source: provenance.repository } : {}),
      ...(meta.description ? { description: meta.description } : {}),
      ...(meta.license ? { licenses: meta.license } : {}),
    },
  })
  info(
    `${basename(file)}: image ${built.digest} (${built.platforms.join(', ')}), app layer ${built.layer.entries} entries, ${built.layer.size} bytes gzipped`,
  )
  return {
    path: file,
    file: basename(file),
    kind: 'image',
    name: project.name,
    size: built.size,
    sha256: built.sha256,
    digest: built.digest,
  }
}
