/**
 * Commit message parsing on top of conventional-commits-parser: type, scope, `!`, breaking and deprecation footers,
 * issue references, squash-merge and merge-commit PR numbers, and reverts. Pure; one parser instance is reused for
 * every commit (building its regexes is the expensive part).
 */
import { CommitParser, type Commit, type CommitReference } from 'conventional-commits-parser'
import { isBreakingNote, NOTE_KEYWORDS } from './notes.js'
import type { ParsedCommit, RawCommit } from './types.js'

const HEADER = /^(\w[\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (.+)$/
const SQUASH_PR = /\s*\(#(\d+)\)\s*$/
const MERGE_PR = /^Merge pull request #(\d+) from \S+/
const MERGE_ANY = /^Merge (?:branch|remote-tracking branch|tag|commit) /
const REVERT_QUOTED = /^Revert "(.+)"/
const REVERTS_SHA = /This reverts commit ([0-9a-f]{7,40})/
const REVERTS_PR = /^Reverts? (?:[\w.-]+\/[\w.-]+)?#(\d+)\b/m
const NOTE_HINT = /breaking|deprecat/i
/** The parser's default `fieldPattern` (a `-name-` line starts a meta field). */
const META_LINE = /^-(?=.*\w)(.*?)-$/m

/** Create a reusable message parser. `fast: false` sends every message through the parser (for cross-checks). */
export function createMessageParser(opts: { fast?: boolean } = {}): (raw: RawCommit) => ParsedCommit {
  const fast = opts.fast ?? true
  const parser = new CommitParser({
    headerPattern: HEADER,
    headerCorrespondence: ['type', 'scope', 'bang', 'subject'],
    noteKeywords: NOTE_KEYWORDS,
    // Reverts are recognised below (GitHub's revert PRs have no "This reverts commit" line).
    revertPattern: /^\b$/,
    mergePattern: undefined,
  })
  return (raw) => parseCommit(parser, raw, fast)
}

function parseCommit(parser: CommitParser, raw: RawCommit, fast: boolean): ParsedCommit {
  let message = (raw.message.includes('\r') ? raw.message.replace(/\r\n/g, '\n') : raw.message).trim()
  const nl = message.indexOf('\n')
  const firstLine = nl === -1 ? message : message.slice(0, nl)
  const mergeLike = firstLine.startsWith('Merge ')
  const merge = raw.parents.length > 1 || (mergeLike && (MERGE_PR.test(firstLine) || MERGE_ANY.test(firstLine)))
  let pr: number | undefined
  const mergePr = mergeLike ? MERGE_PR.exec(firstLine) : null
  if (mergePr) {
    // GitHub merge commit: the PR title is the first line of the body.
    pr = Number(mergePr[1])
    const rest = message.slice(firstLine.length).trim()
    if (rest) message = rest
  }
  const c = (fast ? quickParse(parser, message) : undefined) ?? parser.parse(message)
  const header = (c.header ?? firstLine).trim()
  const squash = header.endsWith(')') ? SQUASH_PR.exec(header) : null
  if (pr === undefined && squash) pr = Number(squash[1])
  const type = field(c, 'type')
  const notes = c.notes.length ? c.notes.map((n) => ({ title: n.title, text: n.text.trim() })) : []
  const subjectText = type ? (field(c, 'subject') ?? header) : header
  const reverts = /^revert/i.test(message) ? revertTarget(type, subjectText, message) : undefined
  const commit: ParsedCommit = {
    sha: raw.sha,
    shortSha: raw.sha.slice(0, 7),
    type: type?.toLowerCase() ?? (reverts ? 'revert' : undefined),
    scope: field(c, 'scope'),
    subject: squash || type ? withoutPr(subjectText) : subjectText,
    header,
    breaking: field(c, 'bang') === '!' || notes.some(isBreakingNote),
    notes,
    issues: c.references.length ? issueNumbers(c.references, pr) : [],
    pr,
    merge,
    parents: raw.parents,
    reverts,
    authorName: raw.authorName,
    authorEmail: raw.authorEmail,
    date: raw.date,
  }
  return commit
}

/**
 * Fast paths giving the same fields conventional-commits-parser gives for the whole message (cross-checked on every
 * vue-core commit by the golden tests). Without a breaking/deprecation keyword or a `-field-` meta line, the body
 * can only add references, and the parser finds those line by line, in lines holding a `#`: so a message without
 * any `#` needs no parser at all, and one with `#` lines is parsed as its header plus those lines only. Nine in ten
 * real commits skip the parser; most of the rest are parsed from a few lines instead of the whole body.
 */
function quickParse(parser: CommitParser, message: string): Commit | undefined {
  const nl = message.indexOf('\n')
  const header = nl === -1 ? message : message.slice(0, nl)
  if (header.startsWith('Revert "')) return undefined
  const body = nl === -1 ? '' : message.slice(nl + 1)
  if (body && (NOTE_HINT.test(body) || META_LINE.test(body))) return undefined
  const hash = header.indexOf('#')
  const cleanHeader = hash === -1 || (hash === header.lastIndexOf('(#') + 1 && SQUASH_PR.test(header))
  const lines = body.includes('#') ? body.split('\n').filter((l) => l.includes('#')) : []
  const references = cleanHeader ? simpleReferences(lines) : undefined
  if (!references) return parser.parse(lines.length ? `${header}\n\n${lines.join('\n')}` : header)
  const m = HEADER.exec(header)
  // Only the fields parseCommit reads; `Commit` mixes fixed fields with a string index signature, hence the cast.
  return {
    header,
    notes: [],
    references,
    type: m?.[1] ?? null,
    scope: m?.[2] ?? null,
    bang: m?.[3] ?? null,
    subject: m?.[4] ?? null,
  } as unknown as Commit
}

/** `close #12`, `Fixes #3, #4`, `resolve #5 and #6`: the reference lines the parser would read the same way. */
const SIMPLE_REFS = /^(close[sd]?|fix(?:e[sd])?|resolve[sd]?) #\d+(?:(?:,| and|,? ?&) ?#\d+)*\.?$/i

/** References of lines that are all simple reference lines; undefined when one is not (the parser decides then). */
function simpleReferences(lines: readonly string[]): CommitReference[] | undefined {
  const refs: CommitReference[] = []
  for (const line of lines) {
    const m = SIMPLE_REFS.exec(line.trim())
    if (!m) return undefined
    for (const n of line.match(/#\d+/g) ?? [])
      refs.push({ raw: n, action: m[1] as string, owner: null, repository: null, prefix: '#', issue: n.slice(1) })
  }
  return refs
}

/** The subject without a trailing `(#123)`, trimmed (the regex only runs on a subject ending with `)`). */
function withoutPr(subject: string): string {
  const t = subject.trimEnd()
  return (t.endsWith(')') ? t.replace(SQUASH_PR, '') : t).trim()
}

function field(c: Commit, name: string): string | undefined {
  const v = c[name]
  return typeof v === 'string' && v !== '' ? v : undefined
}

function issueNumbers(refs: readonly CommitReference[], pr: number | undefined): number[] {
  const out: number[] = []
  for (const r of refs) {
    if (r.owner || r.repository || r.prefix !== '#' || !r.action) continue
    const n = Number(r.issue)
    if (Number.isSafeInteger(n) && n !== pr && !out.includes(n)) out.push(n)
  }
  return out
}

function revertTarget(type: string | undefined, subject: string, message: string): ParsedCommit['reverts'] {
  const quoted = REVERT_QUOTED.exec(message.split('\n', 1)[0] ?? '')
  const isRevert = quoted !== null || type?.toLowerCase() === 'revert'
  if (!isRevert) return undefined
  const header = quoted ? quoted[1] : subject.replace(SQUASH_PR, '').trim()
  const sha = REVERTS_SHA.exec(message)?.[1]
  const pr = REVERTS_PR.exec(message)?.[1]
  return {
    ...(header ? { header } : {}),
    ...(sha ? { sha } : {}),
    ...(pr ? { pr: Number(pr) } : {}),
  }
}
