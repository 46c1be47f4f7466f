import { describe, expect, it } from '@jest/globals'
import { durationValue, parseDuration } from '@shipline/core'

describe('the bare-number rule: a bare number is seconds', () => {
  it.each([
    ['30', 30_000],
    ['0.5', 500],
    ['90s', 90_000],
    ['250ms', 250],
    ['1h30m', 5_400_000],
    [' 5m ', 300_000],
  ])('parseDuration(%p) = %p', (text, ms) => expect(parseDuration(text)).toBe(ms))
  it.each(['', '-5', '5 m', '1.', '.5', 's', '5x', '1e3'])('parseDuration(%p) is not a duration', (text) =>
    expect(parseDuration(text)).toBeUndefined(),
  )
  it('a YAML/JSON number means the same as the same text', () => {
    for (const n of [0, 0.5, 1, 30, 90, 3600]) expect(durationValue(n)).toBe(parseDuration(String(n)))
  })
  it('durationValue reads strings like parseDuration', () => {
    expect(durationValue('2m')).toBe(120_000)
    expect(durationValue('bad')).toBeUndefined()
  })
  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [null], [{ duration: 5 }], [[5]], [true]])(
    'durationValue(%p) is not a duration',
    (value) => expect(durationValue(value)).toBeUndefined(),
  )
})
