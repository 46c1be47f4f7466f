/** The `matrix` output and the job summary for a flag matrix. Pure. */
import { combinationName, type FlagMatrix } from '@shipline/flags'
import { Summary } from '@shipline/core'

/** `{include: [{name, variants}]}`: `variants` is a JSON string, ready for build-package's `flag-variants`. */
export function matrixOutput(m: FlagMatrix): { include: { name: string; variants: string }[] } {
  return { include: m.combinations.map((row) => ({ name: combinationName(row), variants: JSON.stringify(row) })) }
}

/** What the matrix covers, in one sentence. */
export function coverage(m: FlagMatrix): string {
  const flags = `${m.flags.length} flag${m.flags.length === 1 ? '' : 's'}`
  if (m.mode === 'all') return `${m.combinations.length} job(s): every combination of ${flags}.`
  return `${m.combinations.length} job(s) cover all ${m.pairs.total} pairs of variants of ${flags} (every combination would be ${m.product} jobs).`
}

export function buildSummary(m: FlagMatrix, file: string): Summary {
  const head = m.flags.map((f) => f.key)
  return new Summary()
    .heading(`flag-matrix: ${m.combinations.length} job(s), ${m.mode}`)
    .paragraph(`**Flag file** \`${file}\` · ${coverage(m)}`)
    .table(
      ['Flag', 'Variants'],
      m.flags.map((f) => [f.key, f.variants.join(', ')]),
    )
    .heading('Jobs', 3)
    .table(
      ['#', ...head],
      m.combinations.map((row, i) => [i + 1, ...head.map((k) => row[k])]),
      ['r', ...head.map(() => 'l' as const)],
    )
}
