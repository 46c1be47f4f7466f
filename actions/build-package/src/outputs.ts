/** What the action reports: its outputs, and paths as the summary shows them. */
import { relative } from 'node:path'
import type { OutputValue } from '@shipline/core'
import type { Packages } from './adapters/packages.js'

/** The action's outputs; when the package step did not run, only the version is set (the rest are empty). */
export function actionOutputs(
  version: string,
  outDir: string,
  packages: Packages | undefined,
): Record<string, OutputValue> {
  return {
    version,
    'out-dir': packages ? outDir : '',
    artifacts: (packages?.artifacts ?? []).map((a) => ({
      path: a.path,
      kind: a.kind,
      name: a.name,
      size: a.size,
      sha256: a.sha256,
      ...(a.digest ? { digest: a.digest } : {}),
    })),
    'image-digest': packages?.artifacts.find((a) => a.kind === 'image')?.digest ?? '',
    checksums: packages?.checksums ?? '',
    'meta-package': packages?.metaPackage ?? '',
  }
}

/** A path relative to the workspace when it lies inside it, else as given. */
export function shownPath(workspace: string, path: string): string {
  const rel = relative(workspace, path)
  return rel && !rel.startsWith('..') ? rel : path
}
