// The summary checker itself: each problem it must catch, and clean markdown it must pass. Plus core's codeSpan,
// checked the same way (a value in a code span is never a link).
import { describe, expect, test } from '@jest/globals'
import { cell, codeSpan, literalValues, Summary, timeChart } from '@shipline/core'
import { renderGfm, summaryProblems } from '../support/summary-render.js'

describe('summaryProblems', () => {
  test.each([
    { name: 'an npm spec autolinked as mailto', md: 'Published pkg@1.2.3', problem: 'autolinked as e-mail: pkg@1.2.3' },
    {
      name: 'an ssh host autolinked as mailto',
      md: '| host |\n| --- |\n| root@127.0.0.1 |',
      problem: 'autolinked as e-mail: root@127.0.0.1',
    },
    { name: 'a bare host autolinked', md: 'see www.example.com', problem: 'bare address autolinked: www.example.com' },
    {
      name: 'an unescaped pipe adds a cell',
      md: '| a | b |\n| --- | --- |\n| x | y | z |',
      problem: 'table row has 3 cells, header 2: | x | y | z |',
    },
    {
      name: 'a delimiter row that does not match the header',
      md: '| a | b |\n| --- |\n| x | y |',
      problem: 'table text left as a paragraph: | a | b |',
    },
    {
      name: 'an unclosed details',
      md: '<details><summary>x</summary>\n\nbody',
      problem: '<details> opened 1 times, closed 0 times',
    },
    {
      name: 'a chart mermaid cannot parse',
      md: '```mermaid\nxychart-beta\n  line [1, 2\n```',
      problem: 'mermaid does not parse',
    },
  ])(
    '$name',
    async ({ md, problem }) => {
      expect((await summaryProblems(md)).join('\n')).toContain(problem)
    },
    30_000,
  )

  test('a clean summary from the core builder has no problem', async () => {
    const s = new Summary()
      .heading(`Published ${codeSpan('pkg@1.2.3')}`)
      .table(
        ['Host', 'Note'],
        [
          [codeSpan('root@127.0.0.1'), 'a | b'],
          [codeSpan('deploy@web1.example.com:2222'), 'line 1\nline 2'],
        ],
      )
      .details('Log', 'text')
      .mermaid('flowchart LR\n  A["draft"] --> B["published"]')
      .mermaid('xychart-beta\n  title "w"\n  x-axis "step" [1, 2]\n  y-axis "weight %" 0 --> 100\n  line [20, 50]')
    expect(await summaryProblems(s.toString())).toEqual([])
  }, 30_000)
})

test("core's time charts (line, bar, with their colour settings) parse in mermaid", async () => {
  const s = new Summary()
  s.mermaid(
    timeChart(
      [
        { at: 0, value: 0 },
        { at: 5000, value: 20 },
        { at: 65_000, value: 100 },
      ],
      { title: 'Canary weight (%) — "1.2.0"', yLabel: 'weight %', range: [0, 100], step: true },
    ) as string,
  )
  s.mermaid(
    timeChart(
      [
        { at: 0, value: 0 },
        { at: 1000, value: 0 },
      ],
      { title: 'error-rate over time', yLabel: 'error-rate' },
    ) as string,
  )
  s.mermaid(
    timeChart([{ at: 0, value: 0.5 }], {
      title: 'error-rate over time (failed)',
      yLabel: 'error-rate',
      tone: 'bad',
    }) as string,
  )
  expect(await summaryProblems(s.toString())).toEqual([])
}, 30_000)

describe('codeSpan', () => {
  test.each([
    { name: 'plain value', value: 'pkg@1.2.3', out: '`pkg@1.2.3`' },
    { name: 'number', value: 42, out: '`42`' },
    { name: 'empty stays empty', value: '', out: '' },
    { name: 'a backtick inside: longer fence, padded', value: 'a`b', out: '`` a`b ``' },
    { name: 'a line break becomes a space', value: 'a\nb', out: '`a b`' },
  ])('$name', ({ value, out }) => expect(codeSpan(value)).toBe(out))
})

describe('literalValues', () => {
  test.each([
    {
      name: 'npm spec in prose',
      text: 'published pkg@1.2.3 to the registry',
      out: 'published `pkg@1.2.3` to the registry',
    },
    {
      name: 'ssh host with port, sentence end kept outside',
      text: 'cannot reach deploy@web1.example.com.',
      out: 'cannot reach `deploy@web1.example.com`.',
    },
    { name: 'scoped npm spec', text: 'npm view @acme/web@2.0.0 failed', out: 'npm view `@acme/web@2.0.0` failed' },
    { name: 'www host', text: 'see www.example.com/x', out: 'see `www.example.com/x`' },
    { name: 'existing code span untouched', text: 'run `npm i pkg@1.2.3` now', out: 'run `npm i pkg@1.2.3` now' },
    { name: 'a URL with a scheme stays a link', text: 'see https://example.com/a', out: 'see https://example.com/a' },
    { name: 'a mention is not a value', text: 'thanks @alice', out: 'thanks @alice' },
  ])('$name', async ({ text, out }) => {
    expect(literalValues(text)).toBe(out)
    expect(await summaryProblems(literalValues(text))).toEqual([])
  })
})

describe('code spans in untrusted text', () => {
  /** Every element the rendered summary has; anything outside this set would be markup the text brought in. */
  const elements = (html: string): string[] => [...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1] as string)
  const allowed = new Set(['p', 'br', 'h2', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details'])
  for (const tag of ['summary', 'code', 'strong', 'em', 'del']) allowed.add(tag)
  const render = (payload: string): string =>
    renderGfm(
      new Summary()
        .heading(payload)
        .paragraph(payload)
        .list([payload])
        .table(['h'], [[payload]])
        .details(payload, 'body')
        .toString(),
    )

  test.each([
    '`<img src=x onerror=alert(1)>`',
    '```<img src=x>```',
    '\\`<img src=x>`',
    '\\\\`<img src=x>`',
    '`a` <img src=x> `b`',
    '``a`<img src=x>``',
    '`unclosed <img src=x>',
    '<a href="`">`</a><h1>x',
    '`x\n<h1>y</h1>`',
    '`a|b` </details><h1>x',
    '`C:\\temp\\` <script>',
  ])('%j renders with no element of its own', (payload) => {
    const html = render(payload)
    expect(elements(html).filter((t) => !allowed.has(t))).toEqual([])
    expect(html).not.toMatch(/<img|<h1|<script|<a /)
  })

  test('a code span reads as typed: no entity, no doubled backslash', () => {
    expect(new Summary().paragraph('run `a<b> && c`').toString()).toBe('run `a<b> && c`\n')
    expect(renderGfm(new Summary().paragraph('run `a<b> && c`').toString())).toContain(
      '<code>a&lt;b&gt; &amp;&amp; c</code>',
    )
    expect(cell('`C:\\temp` a\\b')).toBe('`C:\\temp` a\\\\b')
    expect(renderGfm(new Summary().table(['h'], [['`x|y` `C:\\t`']]).toString())).toContain(
      '<code>x|y</code> <code>C:\\t</code>',
    )
  })
})
