import { describe, expect, test } from '@jest/globals'
import { fitRange, timeChart } from '@shipline/core'

const line = (chart: string | undefined): number[] =>
  JSON.parse(/line (\[.*\])/.exec(chart ?? '')?.[1] ?? '[]') as number[]
const axis = (chart: string | undefined, which: 'x' | 'y'): string =>
  new RegExp(`${which}-axis (.*)`).exec(chart ?? '')?.[1] ?? ''

describe('timeChart', () => {
  test('the x axis is proportional to time: a long pause takes most of the width', () => {
    // 20% at 0 s, 50% at 1 s, then nothing changes until 100% at 101 s.
    const chart = timeChart(
      [
        { at: 0, value: 20 },
        { at: 1000, value: 50 },
        { at: 101_000, value: 100 },
      ],
      { title: 'w', yLabel: 'weight %', range: [0, 100], step: true, samples: 11 },
    )
    expect(axis(chart, 'x')).toBe('"seconds since start" 0 --> 101')
    expect(line(chart)).toEqual([20, 50, 50, 50, 50, 50, 50, 50, 50, 50, 100])
    expect(axis(chart, 'y')).toBe('"weight %" 0 --> 100')
  })

  test('long runs are in minutes', () => {
    expect(
      axis(
        timeChart(
          [
            { at: 0, value: 1 },
            { at: 300_000, value: 2 },
          ],
          { title: 't', yLabel: 'v' },
        ),
        'x',
      ),
    ).toBe('"minutes since start" 0 --> 5')
  })

  test('straight lines between measurements when not a step', () => {
    expect(
      line(
        timeChart(
          [
            { at: 0, value: 0 },
            { at: 1000, value: 10 },
          ],
          { title: 't', yLabel: 'v', samples: 3 },
        ),
      ),
    ).toEqual([0, 5, 10])
  })

  test('an all-zero error rate sits inside the y range, not on the axis', () => {
    const chart = timeChart(
      [
        { at: 0, value: 0 },
        { at: 1000, value: 0 },
      ],
      { title: 'error-rate', yLabel: 'error-rate' },
    )
    expect(axis(chart, 'y')).toBe('"error-rate" -1 --> 1')
  })

  test('one measurement is a bar; no measurement is no chart', () => {
    expect(timeChart([{ at: 5, value: 0.5 }], { title: 'e', yLabel: 'e', tone: 'bad' })).toContain('  bar [0.5]')
    expect(timeChart([], { title: 'e', yLabel: 'e' })).toBeUndefined()
  })

  test('colours read on light and dark themes: blue, red for a failed metric', () => {
    expect(timeChart([{ at: 0, value: 1 }], { title: 'e', yLabel: 'e' })).toContain('plotColorPalette: "#0969da"')
    expect(timeChart([{ at: 0, value: 1 }], { title: 'e', yLabel: 'e', tone: 'bad' })).toContain(
      'plotColorPalette: "#cf222e"',
    )
  })
})

describe('fitRange', () => {
  test.each([
    { name: 'headroom of 10%', values: [0.01, 0.05], range: [0.006, 0.054] },
    { name: 'flat non-zero series gets a band', values: [200, 200], range: [180, 220] },
    { name: 'all zeros', values: [0, 0, 0], range: [-1, 1] },
    { name: 'no finite value', values: [Number.NaN], range: [0, 1] },
  ])('$name', ({ values, range }) => expect(fitRange(values)).toEqual(range))
})
