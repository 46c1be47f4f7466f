// Hostile text and secrets through core's one logging path. The oracle for "does the runner see a command" is the
// harness's port of actions/runner's parser (test/support/runner/workflow-commands.ts), not a guess.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  info,
  warning,
  error,
  group,
  debug,
  exec,
  LogStream,
  maskHeader,
  maskSecret,
  maskUrl,
  redact,
  urlForLog,
  setOutputs,
  Summary,
  cell,
  appendSummary,
} from '@shipline/core'
import { neutralise, heredocDelimiter, truncateUtf8, OUTPUT_LIMIT_BYTES, SUMMARY_LIMIT_BYTES } from '../src/runner.js'
import { forgetSecrets } from '../src/redact.js'
import { parseStdout } from '../../../test/support/runner/workflow-commands.js'
import { parseKeyValueFile } from '../../../test/support/runner/file-commands.js'
import { captureStdout } from './stdout.js'

/** The payloads of issue 14, plus variants on each runner rule. */
export const PAYLOADS = [
  '::add-mask::x',
  '::set-output name=version::9.9.9',
  '::stop-commands::t',
  '##[add-mask]x',
  'a\r::error::x',
  '</details><h1>x',
  '<img src=x>',
  '  \t::warning::indented',
  '\u00a0::notice::nbsp',
  'npm WARN ##[set-output name=version;]9.9.9',
  '::ADD-MASK::upper',
  'line1\n::group::forged\r\n::endgroup::',
  '::t::',
]

const stdout = captureStdout()
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'core-hostile-'))
  forgetSecrets()
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'RUNNER_TEMP']) delete process.env[k]
})

/** Commands the runner would execute in what was written, other than the ones named. */
const commandsIn = (text: string) => parseStdout(text).commands.map((c) => `${c.name}:${c.data}`)

describe('neutralise: no line of untrusted text is a command to the runner', () => {
  it.each(PAYLOADS)('info(%j) executes nothing', (payload) => {
    info(payload)
    info(`prefix ${payload} suffix`)
    expect(commandsIn(stdout.written())).toEqual([])
  })
  it('plain text is unchanged; command lines get a visible escape', () => {
    expect(neutralise('build ok: 3 files')).toBe('build ok: 3 files')
    expect(neutralise('  ::add-mask::x')).toBe('  \\::add-mask::x')
    expect(neutralise('see ##[add-mask]x')).toBe('see ##[\\add-mask]x')
    expect(neutralise('a\r::error::x')).toBe('a\n\\::error::x')
  })
  it.each(PAYLOADS)(
    'annotations and group titles carrying %j are one command each, of their own kind',
    async (payload) => {
      warning(payload, { title: payload, file: payload })
      error(payload)
      debug(payload)
      await group(payload, async () => info(payload))
      const r = parseStdout(stdout.written())
      expect(r.commands.map((c) => c.name)).toEqual(['warning', 'error', 'debug', 'group', 'endgroup'])
      expect(r.annotations.map((a) => a.message)).toEqual([payload, payload, payload])
      expect(r.annotations[0]).toMatchObject({ title: payload, file: payload })
      expect(r.groups).toEqual([payload])
    },
  )
})

describe('streamed child output goes through the same path', () => {
  it('LogStream cuts lines where the runner does, across chunks, and neutralises each', () => {
    const s = new LogStream()
    for (const chunk of ['ok\n::add-', 'mask::x\r', '\n##[add-mask]y\r::error::z', '\n', 'tail ::'])
      s.write(Buffer.from(chunk))
    s.end()
    const written = stdout.written()
    expect(commandsIn(written)).toEqual([])
    expect(written.split('\n')).toEqual(['ok', '\\::add-mask::x', '##[\\add-mask]y', '\\::error::z', 'tail ::', ''])
  })
  it('a multi-byte character split between chunks survives', () => {
    const s = new LogStream()
    const bytes = Buffer.from('größe ✓\n')
    s.write(bytes.subarray(0, 3))
    s.write(bytes.subarray(3))
    s.end()
    expect(stdout.written()).toBe('größe ✓\n')
  })
  it('exec({ stream: true }): a child printing payloads on stdout and stderr executes nothing, and secrets are redacted', async () => {
    maskSecret('hunter2-pass')
    const script = `for (const p of ${JSON.stringify(PAYLOADS)}) { console.log(p); console.error(p) } console.log('pw hunter2-pass')`
    const r = await exec(process.execPath, ['-e', script], { stream: true })
    expect(r.code).toBe(0)
    const written = stdout.written()
    expect(commandsIn(written).filter((c) => !c.startsWith('add-mask:hunter2-pass'))).toEqual([])
    expect(written).toContain('pw ***')
  })
})

describe('secrets', () => {
  it('URL credentials are redacted everywhere, registered or not', () => {
    expect(redact('GET https://ci:s3cr%40t@prom.example/api/v1/query failed')).toBe(
      'GET https://ci:***@prom.example/api/v1/query failed',
    )
    expect(redact('no creds http://127.0.0.1:9090/x')).toBe('no creds http://127.0.0.1:9090/x')
    expect(maskUrl('https://ci:s3cr%40t@prom.example/')).toBe('https://ci:***@prom.example/')
    // the decoded password is a secret too, wherever it shows
    expect(redact('password s3cr@t')).toBe('password ***')
    const masks = parseStdout(stdout.written()).masks
    expect(masks).toEqual(expect.arrayContaining(['s3cr%40t', 's3cr@t']))
  })
  it('credentials recognised by their place: query parameters and bearer tokens', () => {
    expect(redact('GET /api/items?page=2&access_token=abc123&x=1')).toBe('GET /api/items?page=2&access_token=***&x=1')
    expect(redact('/q?api_key=k1;sig=zz')).toBe('/q?api_key=***;sig=***')
    expect(redact('authorization: Bearer eyJhbGciOi.xyz')).toBe('authorization: Bearer ***')
    expect(redact('use Bearer authentication')).toBe('use Bearer authentication')
    expect(redact('the token was refused; ?page=2')).toBe('the token was refused; ?page=2')
    expect(redact('/commits?author=alice&keyword=x&X-Amz-Signature=abc')).toBe(
      '/commits?author=alice&keyword=x&X-Amz-Signature=***',
    )
  })
  it('a URL for a log keeps the Prometheus query and hides every other query value, whatever its name', () => {
    expect(urlForLog('http://ci:pw@127.0.0.1:9090/api/v1/query?query=up&time=1')).toBe(
      'http://ci:***@127.0.0.1:9090/api/v1/query?query=up&time=1',
    )
    expect(urlForLog('https://m.example/v1?apitoken=zz9&series=errors#frag')).toBe(
      'https://m.example/v1?apitoken=***&series=***#frag',
    )
    expect(urlForLog('https://m.example/v1/health')).toBe('https://m.example/v1/health')
  })
  it('header values are masked whole and without the scheme', () => {
    maskHeader('Bearer abc.def.ghi')
    expect(parseStdout(stdout.written()).masks).toEqual(['Bearer abc.def.ghi', 'abc.def.ghi'])
    expect(redact('Authorization: Bearer abc.def.ghi; token abc.def.ghi')).toBe('Authorization: Bearer ***; token ***')
  })
  it('encoded forms of a secret are redacted; a secret never reaches the log, an annotation or the summary', () => {
    maskSecret('p@ss w0rd/x')
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '')
    info(`raw p@ss w0rd/x, uri ${encodeURIComponent('p@ss w0rd/x')}, json ${JSON.stringify({ k: 'p@ss w0rd/x' })}`)
    error('body: {"password":"p@ss w0rd/x"}')
    new Summary().paragraph('leaked p@ss w0rd/x').write()
    appendSummary('raw p@ss w0rd/x')
    const r = parseStdout(stdout.written())
    expect(r.leakedSecrets).toEqual([])
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).not.toContain('w0rd')
  })
  it('a short value is masked by the runner but not redacted by us (it would ruin every line)', () => {
    maskSecret('ab')
    expect(redact('about a tab')).toBe('about a tab')
  })
})

describe('outputs', () => {
  const outputFile = () => {
    process.env.GITHUB_OUTPUT = join(dir, 'out')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    return process.env.GITHUB_OUTPUT
  }
  it('a value cannot close its heredoc or add an output: the delimiter is random and never in the value', () => {
    const file = outputFile()
    const forged = 'x\nghadelimiter_1\nversion=9.9.9\n::set-output name=version::9.9.9'
    setOutputs({ notes: forged, version: '1.0.0' })
    expect(parseKeyValueFile(readFileSync(file, 'utf8'))).toEqual({ notes: forged, version: '1.0.0' })
    const d = heredocDelimiter('k', 'v')
    expect(d).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/)
    expect(heredocDelimiter('k', 'v')).not.toBe(d)
  })
  it('a secret in an output is redacted, with a warning', () => {
    const file = outputFile()
    maskSecret('tok-123456')
    setOutputs({ url: 'https://u:pw@h/x?t=tok-123456' })
    expect(parseKeyValueFile(readFileSync(file, 'utf8'))).toEqual({ url: 'https://u:***@h/x?t=***' })
    expect(parseStdout(stdout.written()).annotations).toEqual([
      { kind: 'warning', message: "Output 'url' contained a secret; it was replaced by ***." },
    ])
  })
  it('a value over 1 MB is truncated on a character boundary; the full text is in a file under RUNNER_TEMP named by a warning', () => {
    const file = outputFile()
    process.env.RUNNER_TEMP = dir
    const big = 'é'.repeat(OUTPUT_LIMIT_BYTES) // 2 MiB in UTF-8
    setOutputs({ notes: big })
    const value = parseKeyValueFile(readFileSync(file, 'utf8')).notes as string
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(OUTPUT_LIMIT_BYTES)
    const saved = readdirSync(join(dir, 'shipline-outputs'))
    expect(saved).toHaveLength(1)
    const full = join(dir, 'shipline-outputs', saved[0] as string)
    expect(readFileSync(full, 'utf8')).toBe(big)
    expect(value.endsWith(`[truncated: the full ${2 * OUTPUT_LIMIT_BYTES} bytes are in ${full}]`)).toBe(true)
    expect(parseStdout(stdout.written()).annotations[0]?.message).toContain(full)
    expect(truncateUtf8('aé', 2)).toBe('a')
  })
})

describe('job summary: untrusted text cannot break out', () => {
  it('a summary that would pass 1 MiB is cut with a note (the runner would refuse to show it at all)', () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '# head\n')
    new Summary().paragraph('é'.repeat(600_000)).write()
    new Summary().paragraph('more').write()
    const text = readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(text.startsWith('# head\né')).toBe(true)
    expect(text).toContain('The rest of this summary was cut')
    expect(parseStdout(stdout.written()).annotations.map((a) => a.kind)).toEqual(['warning', 'warning'])
  })
  it.each(PAYLOADS)('%j in a heading, paragraph, list, cell and details label stays text', (payload) => {
    const md = new Summary()
      .heading(payload)
      .paragraph(payload)
      .list([payload])
      .table(['h'], [[payload]])
      .details(payload, 'body')
      .toString()
    expect(md).not.toMatch(/<(?!br>|details>|\/details>|summary>|\/summary>)/)
    const headings = md.split('\n').filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l) || /^ {0,3}(- )?#{1,6}(\s|$)/.test(l))
    expect(headings).toEqual([`## ${payload.replace(/</g, '&lt;').replace(/\r\n|\r|\n/g, ' ')}`])
  })
  it.each([
    ['# forged heading', '\\# forged heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['```', '\\```'],
    ['---', '\\---'],
    ['<h1>x</h1>', '&lt;h1>x&lt;/h1>'],
  ])('%j cannot start a block in a paragraph or list item', (payload, escaped) => {
    expect(new Summary().paragraph(payload).list([payload]).toString()).toBe(`${escaped}\n\n- ${escaped}\n`)
  })
  it('escapes what could open a tag, an autolink or an entity, and nothing else (markdown emphasis, code spans, a < b stay)', () => {
    expect(new Summary().paragraph('**Why:** a < b & c > d `x`').toString()).toBe('**Why:** a < b & c > d `x`\n')
    expect(new Summary().paragraph('<!-- x --> <?php <![CDATA[ <https://evil> &lt;b&gt; &#60;').toString()).toBe(
      '&lt;!-- x --> &lt;?php &lt;![CDATA[ &lt;https://evil> &amp;lt;b&amp;gt; &amp;#60;\n',
    )
    expect(cell('a|b\nc<d>')).toBe('a\\|b<br>c&lt;d>')
  })
  it('a code block cannot be closed from inside', () => {
    const md = new Summary().code('```\n~~~~\n````\n<img src=x>').toString()
    expect(md.startsWith('`````\n')).toBe(true)
    expect(md.trimEnd().endsWith('\n`````')).toBe(true)
  })
})
