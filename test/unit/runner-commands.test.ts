// The harness reads workflow commands as actions/runner does (258d6c8). Cases marked "runner:" are ported from its
// L0 tests: src/Test/L0/Worker/ActionCommandL0.cs (CommandParserTest, CommandParserV2Test) and
// src/Test/L0/Worker/ActionCommandManagerL0.cs (StopProcessCommand*, AddMaskWithMultilineValue).
import { describe, expect, test } from '@jest/globals'
import {
  tryParseV2,
  tryParseLegacy,
  parseCommand,
  parseOutput,
  parseStdout,
  splitLines,
  LineReader,
  REGISTERED_COMMANDS,
} from '../support/runner/workflow-commands.js'

const only = (...names: string[]) => new Set(names)

describe('TryParseV2 (runner: ActionCommandL0.CommandParserV2Test)', () => {
  const reg = only('do-something')
  test('::do-something k1=v1,::msg', () => {
    expect(tryParseV2('::do-something k1=v1,::msg', reg)).toEqual({
      name: 'do-something',
      properties: { k1: 'v1' },
      data: 'msg',
    })
  })
  test('::do-something:: has no data', () => {
    expect(tryParseV2('::do-something::', reg)).toEqual({ name: 'do-something', properties: {}, data: '' })
  })
  test('property and data unescaping', () => {
    expect(tryParseV2('::do-something k1=;=%2C=%0D=%0A=]=%3A,::;-%0D-%0A-]-:-,', reg)).toEqual({
      name: 'do-something',
      properties: { k1: ';=,=\r=\n=]=:' },
      data: ';-\r-\n-]-:-,',
    })
  })
  test('double-escaped values unescape once', () => {
    expect(tryParseV2('::do-something k1=;=%252C=%250D=%250A=]=%253A,::;-%250D-%250A-]-:-,', reg)).toEqual({
      name: 'do-something',
      properties: { k1: ';=%2C=%0D=%0A=]=%3A' },
      data: ';-%0D-%0A-]-:-,',
    })
  })
  test('empty property values are dropped', () => {
    expect(tryParseV2('::do-something k1=,k2=,::', reg)).toEqual({ name: 'do-something', properties: {}, data: '' })
  })
  test('leading white space is allowed', () => {
    expect(tryParseV2('   ::do-something k1=v1,::msg', reg)).toEqual({
      name: 'do-something',
      properties: { k1: 'v1' },
      data: 'msg',
    })
    // .NET TrimStart also removes tabs and Unicode spaces (U+00A0, U+2003, U+3000)
    expect(tryParseV2('\t\u00a0\u2003\u3000::do-something::x', reg)?.data).toBe('x')
  })
  test('anything else before :: is plain text', () => {
    expect(tryParseV2('   >>>   ::do-something k1=v1,::msg', reg)).toBeUndefined()
  })
  test('names are case-insensitive and must be registered', () => {
    expect(tryParseV2('::ADD-MASK::x')?.name).toBe('ADD-MASK')
    expect(tryParseV2('::do-something::x')).toBeUndefined()
  })
})

describe('TryParse, legacy ##[ ] (runner: ActionCommandL0.CommandParserTest)', () => {
  const reg = only('do-something')
  test('##[do-something k1=v1;]msg', () => {
    expect(tryParseLegacy('##[do-something k1=v1;]msg', reg)).toEqual({
      name: 'do-something',
      properties: { k1: 'v1' },
      data: 'msg',
    })
  })
  test('##[do-something]', () => {
    expect(tryParseLegacy('##[do-something]', reg)).toEqual({ name: 'do-something', properties: {}, data: '' })
  })
  test('unescaping %3B %0D %0A %5D, and double escapes once', () => {
    expect(tryParseLegacy('##[do-something k1=%3B=%0D=%0A=%5D;]%3B-%0D-%0A-%5D', reg)).toEqual({
      name: 'do-something',
      properties: { k1: ';=\r=\n=]' },
      data: ';-\r-\n-]',
    })
    expect(tryParseLegacy('##[do-something k1=%253B=%250D=%250A=%255D;]%253B-%250D-%250A-%255D', reg)).toEqual({
      name: 'do-something',
      properties: { k1: '%3B=%0D=%0A=%5D' },
      data: '%3B-%0D-%0A-%5D',
    })
  })
  test('empty property values are dropped', () => {
    expect(tryParseLegacy('##[do-something k1=;k2=;]', reg)).toEqual({ name: 'do-something', properties: {}, data: '' })
  })
  test('found anywhere in the line, not only at its start', () => {
    expect(tryParseLegacy('>>>   ##[do-something k1=v1;]msg', reg)).toEqual({
      name: 'do-something',
      properties: { k1: 'v1' },
      data: 'msg',
    })
    expect(parseCommand('npm WARN ##[add-mask]hunter2')).toEqual({ name: 'add-mask', properties: {}, data: 'hunter2' })
  })
  test('V2 is tried first; legacy when V2 does not match', () => {
    expect(parseCommand('::error::has ##[add-mask]x')).toEqual({
      name: 'error',
      properties: {},
      data: 'has ##[add-mask]x',
    })
    expect(parseCommand('::unknown::##[warning]w')).toEqual({ name: 'warning', properties: {}, data: 'w' })
  })
  test("the registered set is the runner's extensions plus stop-commands", () => {
    expect([...REGISTERED_COMMANDS].sort()).toEqual([
      'add-mask',
      'add-matcher',
      'add-path',
      'debug',
      'echo',
      'endgroup',
      'error',
      'group',
      'notice',
      'remove-matcher',
      'save-state',
      'set-env',
      'set-output',
      'stop-commands',
      'warning',
    ])
  })
})

describe('lines: LF, CR LF and a bare CR end a line (.NET StreamReader.ReadLine)', () => {
  test('splitLines', () => {
    expect(splitLines('a\nb\r\nc\rd')).toEqual(['a', 'b', 'c', 'd'])
    expect(splitLines('a\r\r\n')).toEqual(['a', ''])
    expect(splitLines('')).toEqual([])
  })
  test('a bare CR starts a new line that can be a command', () => {
    const r = parseStdout('progress 10%\r::error::x\n')
    expect(r.annotations).toEqual([{ kind: 'error', message: 'x' }])
  })
  test('chunks that split a line or a CR LF pair', () => {
    const reader = new LineReader()
    expect(reader.push('ab')).toEqual([])
    expect(reader.push('c\r')).toEqual([])
    expect(reader.push('\nd\re')).toEqual(['abc', 'd'])
    expect(reader.end()).toEqual(['e'])
  })
})

describe('stdout and stderr are both read', () => {
  test('a command on stderr is executed', () => {
    const r = parseStdout('', '::set-output name=version::9.9.9\n##[add-mask]pw\n')
    expect(r.commandOutputs).toEqual({ version: '9.9.9' })
    expect(r.masks).toEqual(['pw'])
    expect(r.commands.map((c) => c.stream)).toEqual(['stderr', 'stderr'])
  })
  test('one stop-commands covers both streams, in arrival order', () => {
    const r = parseOutput([
      { stream: 'stdout', text: '::stop-commands::tok42\n' },
      { stream: 'stderr', text: '::error::not processed\n' },
      { stream: 'stdout', text: '::tok42::\n' },
      { stream: 'stderr', text: '::warning::processed\n' },
    ])
    expect(r.annotations).toEqual([{ kind: 'warning', message: 'processed' }])
  })
})

describe('stop-commands (runner: ActionCommandManagerL0)', () => {
  test('StopProcessCommand: ##[stop-commands]stopToken, then ##[stopToken] resumes', () => {
    const r = parseStdout(
      '##[stop-commands]stopToken\n##[set-output name=foo]bar\n##[stopToken]\n##[set-output name=foo]baz\n',
    )
    expect(r.commandOutputs).toEqual({ foo: 'baz' })
  })
  test('StopProcessCommandAcceptsValidToken: ::randomToken:: resumes, case-insensitive', () => {
    const r = parseStdout('::stop-commands::randomToken\n::warning::no\n::RANDOMTOKEN::\n::warning::yes\n')
    expect(r.annotations).toEqual([{ kind: 'warning', message: 'yes' }])
  })
  test.each(['stop-commands', '', 'set-env', 'pause-logging'])(
    'StopProcessCommand__FailOnInvalidStopTokens: %p',
    (token) => {
      const r = parseStdout(`::stop-commands::${token}\n::warning::still processed\n`)
      expect(r.commandErrors).toEqual([`stop-commands with an unsupported token '${token}'`])
      expect(r.annotations).toEqual([{ kind: 'warning', message: 'still processed' }])
    },
  )
  test('StopProcessCommand__AllowsInvalidStopTokens__IfEnvVarIsSet', () => {
    const r = parseOutput([{ stream: 'stdout', text: '::stop-commands::set-env\n::warning::no\n' }], [], {
      ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS: 'true',
    })
    expect(r.commandErrors).toEqual([])
    expect(r.annotations).toEqual([])
  })
  test('a line merely containing the token does not resume', () => {
    const r = parseStdout('::stop-commands::tok42\nsay ::tok42:: here\n::warning::no\n')
    expect(r.annotations).toEqual([])
  })
})

describe('add-mask (runner: AddMaskCommandExtension, ActionCommandManagerL0.AddMaskWithMultilineValue)', () => {
  test('a multi-line value masks the whole and each trimmed line; blank values mask nothing', () => {
    const r = parseStdout('::add-mask::abc%0Ddef%0Aghi%0D%0Ajkl\n::add-mask:: %0D  %0A   %0D%0A    %0D\n')
    expect(r.masks).toEqual(['abc\rdef\nghi\r\njkl', 'abc', 'def', 'ghi', 'jkl'])
  })
  test('a masked value seen later, raw or URI-encoded, is a leak; the add-mask line itself is not', () => {
    expect(parseStdout('::add-mask::p@ss w0rd\nurl https://u:p%40ss%20w0rd@h\n').leakedSecrets).toEqual(['p@ss w0rd'])
    expect(parseStdout('::add-mask::p@ss w0rd\nclean\n').leakedSecrets).toEqual([])
  })
})

describe('deprecated commands still act; disabled ones fail the step', () => {
  test('set-output and save-state take effect', () => {
    const r = parseStdout('::set-output name=version::9.9.9\n::save-state name=s::v\n')
    expect(r.commandOutputs).toEqual({ version: '9.9.9' })
    expect(r.commandState).toEqual({ s: 'v' })
  })
  test('set-env and add-path are refused (ACTIONS_ALLOW_UNSECURE_COMMANDS unset)', () => {
    expect(parseStdout('::set-env name=A::1\n::add-path::/x\n').commandErrors).toEqual([
      "the 'set-env' command is disabled",
      "the 'add-path' command is disabled",
    ])
  })
})
