/**
 * The file router's weights file, `{"<stable>": 80, "<canary>": 20}`: what the router writes, and whether a file
 * found at router-config is one it wrote (only such a file may be replaced).
 */

/** The weights document for a canary weight. */
export function weightsDoc(stable: string, canary: string, weight: number): Record<string, number> {
  return { [stable]: 100 - weight, [canary]: weight }
}

/**
 * Undefined when `text` is a weights file (a JSON object of whole percents from 0 to 100 summing to 100, as this
 * router writes for any stable/canary pair); otherwise what was found, in words, for the error message.
 */
export function notAWeightsFile(text: string): string | undefined {
  if (text.trim() === '') return 'an empty file'
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    const firstLine = text.split('\n', 1)[0] ?? ''
    return `${text.length} bytes that are not JSON (first line: ${JSON.stringify(firstLine.slice(0, 60))})`
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return `JSON that is not an object (${Array.isArray(doc) ? 'a list' : doc === null ? 'null' : typeof doc})`
  const entries = Object.entries(doc as Record<string, unknown>)
  if (entries.length === 0) return 'an empty JSON object'
  const bad = entries.find(([, v]) => typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
  if (bad) return `a JSON object whose ${JSON.stringify(bad[0])} is ${JSON.stringify(bad[1])}, not a whole percent`
  const sum = entries.reduce((a, [, v]) => a + (v as number), 0)
  if (sum !== 100) return `a JSON object of percents summing to ${sum}, not 100`
  return undefined
}
