/**
 * Pure planning of a push's tags: the version tag must be absent or already at our digest (a different image under
 * the same version is a conflict unless overwriting); a floating tag (major, minor, latest) moves only when it is
 * absent or points at a version not higher than ours, so re-publishing an old release never pulls `latest` back.
 */
import compareSemver from 'semver/functions/compare.js'
import validSemver from 'semver/functions/valid.js'

export interface TagState {
  tag: string
  /** Digest the tag points at now, undefined when absent. */
  digest?: string
  /** `org.opencontainers.image.version` of that image, when known. */
  version?: string
}

export type TagAction = 'create' | 'unchanged' | 'move' | 'keep' | 'replace'

export interface TagPlan {
  tag: string
  action: TagAction
  reason: string
}

export function planTags(
  version: string,
  digest: string,
  versionTag: string,
  states: readonly TagState[],
  overwrite: boolean,
): { tags: TagPlan[]; conflicts: string[] } {
  const tags: TagPlan[] = []
  const conflicts: string[] = []
  for (const s of states) {
    if (s.digest === digest) {
      tags.push({ tag: s.tag, action: 'unchanged', reason: 'already points at this image' })
    } else if (!s.digest) {
      tags.push({ tag: s.tag, action: 'create', reason: 'new tag' })
    } else if (s.tag === versionTag) {
      if (overwrite) tags.push({ tag: s.tag, action: 'replace', reason: `pointed at ${s.digest} (overwrite: true)` })
      else
        conflicts.push(
          `tag ${s.tag} already points at a different image (${s.digest}); set overwrite: true to replace it`,
        )
    } else if (s.version && validSemver(s.version) && compareSemver(s.version, version) > 0) {
      tags.push({ tag: s.tag, action: 'keep', reason: `points at the higher version ${s.version}` })
    } else {
      tags.push({ tag: s.tag, action: 'move', reason: `moved from ${s.version ?? s.digest}` })
    }
  }
  return { tags, conflicts }
}
