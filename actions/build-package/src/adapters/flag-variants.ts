/**
 * The `flag-variants` input: one combination of flag variants (from flag-matrix's `matrix.variants`), given to the
 * test step as environment variables (`SHIPLINE_FLAG_VARIANTS` and one `SHIPLINE_FLAG_<KEY>` per flag).
 */
import { InputError, readObject } from '@shipline/core'
import { MatrixError, variantEnv } from '@shipline/flags'

const KEY = /^[A-Za-z0-9][\w.:-]{0,127}$/
const VARIANT = /^[^\0\r\n]{1,256}$/

export async function readFlagVariants(): Promise<Record<string, string>> {
  const raw = await readObject('flag-variants', { example: '{"new-checkout": "on", "dark-mode": "off"}' })
  if (!raw) return {}
  for (const [key, variant] of Object.entries(raw)) {
    if (!KEY.test(key))
      throw new InputError('flag-variants', key, 'is not a flag key (letters, digits, _ . : -; up to 128)')
    if (typeof variant !== 'string' || !VARIANT.test(variant))
      throw new InputError(
        'flag-variants',
        JSON.stringify(variant),
        `is not a variant name for flag '${key}' (a string of 1 to 256 characters on one line)`,
      )
  }
  try {
    return variantEnv(raw as Record<string, string>)
  } catch (error) {
    if (error instanceof MatrixError) throw new InputError('flag-variants', error.subject, error.message)
    throw error
  }
}
