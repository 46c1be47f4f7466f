export {
  MEDIA,
  MANIFEST_TYPES,
  isIndexType,
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type Platform,
  type RunConfig,
} from './types.js'
export { isDigest, sha256Digest, digestHex, canonicalJson } from './digest.js'
export {
  parseReference,
  formatReference,
  parseBaseSpec,
  registryUrl,
  isTag,
  ReferenceError,
  type ImageReference,
  type BaseSpec,
} from './reference.js'
export {
  jsonBlob,
  isoTime,
  ociLabels,
  mergeEnv,
  normalizePort,
  runConfig,
  imageConfig,
  imageManifest,
  imageIndex,
  layoutIndex,
  ociMediaType,
  versionTags,
  parsePlatform,
  formatPlatform,
  ociArch,
  type ImageSettings,
  type ImageOrigin,
  type AppLayer,
  type JsonBlob,
  type ExtraTag,
} from './image.js'
export { BlobStore, DigestMismatchError, digester } from './store.js'
export { RegistryClient, parseChallenge, type Credentials, type ClientOptions, type ManifestBytes } from './registry.js'
export {
  readLayout,
  readDockerSave,
  extractArchive,
  platformImages,
  pullImage,
  blobsOf,
  ImageFormatError,
  type StoredImage,
  type PlatformImage,
} from './layout.js'
export { planTags, type TagState, type TagPlan, type TagAction } from './tags.js'
export {
  pushImage,
  observeTags,
  verifyPushed,
  PushConflictError,
  PushVerifyError,
  type PushRow,
  type PushOptions,
} from './push.js'
