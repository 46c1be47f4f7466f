// The harness's file-command and workflow-command parsers, against the cases the actions/runner L0 tests document
// (SetOutputFileCommandL0, SetEnvFileCommandL0, SaveStateFileCommandL0, ActionCommandL0).
import { describe, expect, test } from '@jest/globals'
import { parseKeyValueFile, parseEnvFile, parsePathFile, FileCommandError } from '../support/runner/file-commands.js'
import { parseStdout, parseCommand, unescapeData, unescapeProperty } from '../support/runner/workflow-commands.js'
import { inputEnvName, evaluateDefault } from '../support/runner/action.js'

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('')

describe('file commands: NAME=VALUE', () => {
  test('empty file and blank lines give nothing', () => {
    expect(parseKeyValueFile('')).toEqual({})
    expect(parseKeyValueFile('\n\n')).toEqual({})
  })
  test('simple values, blank lines skipped, empty value kept', () => {
    expect(
      parseKeyValueFile(lines('', 'MY_OUTPUT=my value', '', 'MY_OUTPUT_2=', 'MY_OUTPUT_3=my third value', '')),
    ).toEqual({
      MY_OUTPUT: 'my value',
      MY_OUTPUT_2: '',
      MY_OUTPUT_3: 'my third value',
    })
  })
  test('splits at the first = only', () => {
    expect(parseKeyValueFile(lines('A==abc', 'B=def=ghi', 'C=jkl='))).toEqual({ A: '=abc', B: 'def=ghi', C: 'jkl=' })
  })
  test('a later value for the same name wins', () => {
    expect(parseKeyValueFile(lines('A=1', 'A=2'))).toEqual({ A: '2' })
  })
  test('last line without a newline is fine for NAME=VALUE', () => {
    expect(parseKeyValueFile('A=1')).toEqual({ A: '1' })
  })
  test('= before << means NAME=VALUE', () => {
    expect(parseKeyValueFile(lines('A=x<<y'))).toEqual({ A: 'x<<y' })
  })
  test('empty name is an error', () => {
    expect(() => parseKeyValueFile(lines('=value'), { command: 'output' })).toThrow(
      "Unable to process file command 'output' successfully: Invalid format '=value'. Name must not be empty",
    )
  })
  test('a line with neither form is an error', () => {
    expect(() => parseKeyValueFile(lines('JUST_A_NAME'))).toThrow("Invalid format 'JUST_A_NAME'")
  })
})

describe('file commands: NAME<<DELIMITER heredocs', () => {
  test('multi-line value; the newline before the delimiter is not part of it', () => {
    expect(parseKeyValueFile(lines('MY_OUTPUT<<EOF', 'line one', 'line two', 'line three', 'EOF'))).toEqual({
      MY_OUTPUT: 'line one\nline two\nline three',
    })
  })
  test('empty value', () => {
    expect(parseKeyValueFile(lines('A<<EOF', 'EOF'))).toEqual({ A: '' })
  })
  test('several heredocs with blank lines between them', () => {
    expect(
      parseKeyValueFile(lines('', 'A<<EOF', 'hello', 'world', 'EOF', '', 'B<<EOF', 'HELLO', 'AGAIN', 'EOF', '')),
    ).toEqual({ A: 'hello\nworld', B: 'HELLO\nAGAIN' })
  })
  test('special characters in delimiters and values (runner rules, strict off)', () => {
    const text = lines(
      'A<<=EOF',
      'hello',
      'one',
      '=EOF',
      'B<<<EOF',
      'hello',
      'two',
      '<EOF',
      'C<<EOF',
      'hello',
      '',
      'three',
      '',
      'EOF',
      'D<<EOF',
      'hello=four',
      'EOF',
      'E<<EOF',
      ' EOF',
      'EOF',
    )
    expect(parseKeyValueFile(text, { strict: false })).toEqual({
      A: 'hello\none',
      B: 'hello\ntwo',
      C: 'hello\n\nthree\n',
      D: 'hello=four',
      E: ' EOF',
    })
  })
  test('strict (default): a value containing its delimiter is an error', () => {
    expect(() => parseKeyValueFile(lines('E<<EOF', ' EOF', 'EOF'), { command: 'output' })).toThrow(
      "The value contains its delimiter 'EOF'",
    )
  })
  test('the value of the toolkit writer round-trips (ghadelimiter_<uuid>)', () => {
    const d = 'ghadelimiter_2a1b0e6c-6a39-4f1f-8d6b-0f5b0c1f6c11'
    expect(parseKeyValueFile(`json<<${d}\n{"a":1,\n"b":"x=y<<z"}\n${d}\n`)).toEqual({ json: '{"a":1,\n"b":"x=y<<z"}' })
  })
  test('missing closing delimiter: "Matching delimiter not found"', () => {
    expect(() => parseKeyValueFile(lines('A<<EOF', 'line one'))).toThrow(
      "Invalid value. Matching delimiter not found 'EOF'",
    )
    expect(() => parseKeyValueFile('MY_OUTPUT<<EOF line one line two line three EOF')).toThrow(
      'Matching delimiter not found',
    )
  })
  test('last value line without a newline: "EOF marker missing new line"', () => {
    expect(() => parseKeyValueFile('MY_OUTPUT<<EOF\nline one\nline two EOF')).toThrow('EOF marker missing new line')
  })
  test('delimiter as the very last line without a newline is accepted', () => {
    expect(parseKeyValueFile('A<<EOF\nx\nEOF')).toEqual({ A: 'x' })
  })
  test('empty name or empty delimiter is an error', () => {
    expect(() => parseKeyValueFile(lines('<<EOF', 'x', 'EOF'))).toThrow(
      'Name must not be empty and delimiter must not be empty',
    )
    expect(() => parseKeyValueFile(lines('A<<', 'x', ''))).toThrow(
      'Name must not be empty and delimiter must not be empty',
    )
  })
  test('CRLF on a Linux runner: lines split on \\n only, so \\r stays in names, values and delimiters', () => {
    expect(parseKeyValueFile('A=1\r\nB=2\r\n')).toEqual({ A: '1\r', B: '2\r' })
    expect(parseKeyValueFile('A<<EOF\r\nx\r\nEOF\r\n')).toEqual({ A: 'x\r' })
    expect(() => parseKeyValueFile('A<<EOF\nx\r\nEOF\r\n')).toThrow("Matching delimiter not found 'EOF'")
  })
  test('CRLF on a Windows runner: lines split on \\r\\n, a bare \\n inside is kept', () => {
    expect(parseKeyValueFile('A=1\r\nB<<EOF\r\nhello\r\nworld\r\nEOF\r\n', { windows: true })).toEqual({
      A: '1',
      B: 'hello\r\nworld',
    })
    expect(parseKeyValueFile('B<<EOF\nhello\nworld\nEOF\n', { windows: true })).toEqual({ B: 'hello\nworld' })
  })
})

describe('GITHUB_ENV and GITHUB_PATH', () => {
  test('NODE_OPTIONS is refused in GITHUB_ENV', () => {
    expect(parseEnvFile(lines('A=1'))).toEqual({ A: '1' })
    expect(() => parseEnvFile(lines('NODE_OPTIONS=--require x'))).toThrow(FileCommandError)
  })
  test('paths: blank lines skipped, last added first, no duplicates', () => {
    expect(parsePathFile(lines('/a', '', '/b', '/a'))).toEqual(['/a', '/b'])
    expect(parsePathFile(lines('/opt/one', '/opt/two'))).toEqual(['/opt/two', '/opt/one'])
  })
})

describe('workflow commands on stdout', () => {
  test('unescaping: data and properties, in one pass', () => {
    expect(unescapeData('a%25b%0D%0Ac%3A%2C')).toBe('a%b\r\nc%3A%2C')
    expect(unescapeProperty('a%3Ab%2Cc%25d')).toBe('a:b,c%d')
    expect(unescapeData('%250A')).toBe('%0A')
  })
  test('annotations with file, line, title; leading spaces allowed; plain lines ignored', () => {
    const out = [
      'plain text :: not a command',
      '::error file=src/a.ts,line=12,col=3,title=Bad%2C input%3A x::Input %27x%27 failed%0Asecond line',
      '  ::warning::careful',
      '::notice title=Hi::n',
      '::debug::dbg',
      '::bogus::ignored',
    ].join('\n')
    const r = parseStdout(out)
    expect(r.annotations).toEqual([
      {
        kind: 'error',
        message: 'Input %27x%27 failed\nsecond line',
        file: 'src/a.ts',
        line: 12,
        col: 3,
        title: 'Bad, input: x',
      },
      { kind: 'warning', message: 'careful' },
      { kind: 'notice', message: 'n', title: 'Hi' },
      { kind: 'debug', message: 'dbg' },
    ])
  })
  test('a property without a value is dropped; CR ends the line', () => {
    expect(parseStdout('::error file=,line=3::m\r\n').commands).toMatchObject([
      { name: 'error', properties: { line: '3' }, data: 'm' },
    ])
    expect(parseCommand('no')).toBeUndefined()
    expect(parseCommand('::nodata')).toBeUndefined()
    expect(parseCommand('::bogus::not registered')).toBeUndefined()
  })
  test('groups are recorded', () => {
    expect(parseStdout('::group::Build\nx\n::endgroup::\n::group::Test\n::endgroup::\n').groups).toEqual([
      'Build',
      'Test',
    ])
  })
  test('add-mask: a masked value printed later is a leak; before the mask it is not', () => {
    const r = parseStdout(
      'token s3cr3t-value early\n::add-mask::s3cr3t-value\nok\nleaked s3cr3t-value here\n::add-mask::other\n',
      'stderr other',
    )
    expect(r.masks).toEqual(['s3cr3t-value', 'other'])
    expect(r.leakedSecrets).toEqual(['s3cr3t-value', 'other'])
    expect(parseStdout('::add-mask::abc\nclean\n').leakedSecrets).toEqual([])
  })
  test('secrets known before the step are masked from the first line', () => {
    const r = parseStdout('token=ghs_abc early\nclean\n', '', ['ghs_abc', ''])
    expect(r.masks).toEqual(['ghs_abc'])
    expect(r.leakedSecrets).toEqual(['ghs_abc'])
  })
  test('a leak inside an annotation counts', () => {
    expect(parseStdout('::add-mask::pw123\n::error::login failed for pw123\n').leakedSecrets).toEqual(['pw123'])
  })
  test('stop-commands: commands between the token lines are not processed', () => {
    const r = parseStdout('::stop-commands::tok42\n::error::not an annotation\n::tok42::\n::warning::yes\n')
    expect(r.annotations).toEqual([{ kind: 'warning', message: 'yes' }])
  })
})

describe('inputs', () => {
  test('INPUT_ names: spaces to _, upper-case, hyphens kept', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })
  test('default expressions', () => {
    const ctx = {
      github: { token: '', repository: 'o/r', event: { pull_request: { number: 7 } } },
      runner: { temp: '/t' },
    }
    expect(evaluateDefault('${{ github.token }}', ctx)).toBe('')
    expect(evaluateDefault('${{ github.repository }}', ctx)).toBe('o/r')
    expect(evaluateDefault('pr-${{ github.event.pull_request.number }}', ctx)).toBe('pr-7')
    expect(evaluateDefault("${{ runner.temp }}/x ${{ 'lit' }}", ctx)).toBe('/t/x lit')
    expect(evaluateDefault('${{ github.event.nothing || 3 }}', ctx)).toBe('')
    expect(evaluateDefault('plain', ctx)).toBe('plain')
  })
})
