/** OCI image-spec and Distribution media types and the JSON shapes used here (only the fields we read or write). */

export const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  layerTar: 'application/vnd.oci.image.layer.v1.tar',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerLayerTar: 'application/vnd.docker.image.rootfs.diff.tar',
} as const

/** Manifest media types a registry may answer with (Accept header of a pull). */
export const MANIFEST_TYPES = [MEDIA.index, MEDIA.manifest, MEDIA.dockerList, MEDIA.dockerManifest] as const

export interface Platform {
  architecture: string
  os: string
  variant?: string
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  annotations?: Record<string, string>
  platform?: Platform
}

export interface ImageManifest {
  schemaVersion: 2
  mediaType?: string
  config: Descriptor
  layers: Descriptor[]
  annotations?: Record<string, string>
}

export interface ImageIndex {
  schemaVersion: 2
  mediaType?: string
  manifests: Descriptor[]
  annotations?: Record<string, string>
}

/** The runtime part of an image config (`config` in the JSON). */
export interface RunConfig {
  User?: string
  ExposedPorts?: Record<string, Record<string, never>>
  Env?: string[]
  Entrypoint?: string[] | null
  Cmd?: string[] | null
  WorkingDir?: string
  Labels?: Record<string, string>
  [other: string]: unknown
}

export interface ImageConfig {
  created?: string
  architecture: string
  os: string
  variant?: string
  config?: RunConfig
  rootfs: { type: 'layers'; diff_ids: string[] }
  history?: { created?: string; created_by?: string; comment?: string; empty_layer?: boolean }[]
  [other: string]: unknown
}

export function isIndexType(mediaType: string | undefined): boolean {
  return mediaType === MEDIA.index || mediaType === MEDIA.dockerList
}
