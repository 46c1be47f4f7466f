// A longer history than any corpus we have: a corpus's fast-import stream replayed `times` times, one copy on top
// of the previous one. Copy k (0-based) has its marks shifted, its dates moved after the previous copy, its root
// commit parented on the previous copy's last commit, and its release tags renamed with the major version + 10·k
// (v3.5.41 → v13.5.41 → v23.5.41), so the newest tag stays near HEAD like in a real long-lived project.
// Messages, authors, merges and touched paths are the corpus's own. Usage (also imported by changelog.bench.mjs):
//   node bench/replay-corpus.mjs STREAM.fi.gz TIMES > OUT.fi   then: git fast-import < OUT.fi
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** The replayed stream (uncompressed fast-import text, ending with `done`). */
export function replayStream(gz, times) {
  const src = gunzipSync(gz)
  const parts = []
  let maxMark = 0
  let first = Infinity
  let last = 0
  // First pass: find the mark and date span.
  for (const { line } of commands(src)) {
    const m = /^mark :(\d+)$/.exec(line)
    if (m) maxMark = Math.max(maxMark, Number(m[1]))
    const d = /^(?:author|committer|tagger) .* (\d+) [-+]\d{4}$/.exec(line)
    if (d) {
      first = Math.min(first, Number(d[1]))
      last = Math.max(last, Number(d[1]))
    }
  }
  const span = last - first + 86_400
  let prevHead = 0 // mark of the previous copy's last commit on the main branch
  parts.push(Buffer.from('feature done\n'))
  for (let k = 0; k < times; k++) {
    const off = k * maxMark
    let inCommit = false
    let hasFrom = false
    let head = 0
    let ref = ''
    for (const { line, data } of commands(src)) {
      if (data) {
        parts.push(Buffer.from(`${line}\n`), data)
        continue
      }
      if (line === 'done' || line === 'feature done' || line.startsWith('#')) continue
      const out = line
        .replace(/^(mark|from|merge) :(\d+)$/, (_, w, n) => `${w} :${Number(n) + off}`)
        .replace(
          /^((?:author|committer|tagger) .* )(\d+)( [-+]\d{4})$/,
          (_, a, t, z) => `${a}${Number(t) + k * span}${z}`,
        )
        .replace(
          /^(reset refs\/tags\/|commit refs\/tags\/|tag )v(\d+)\./,
          (_, w, major) => `${w}v${Number(major) + 10 * k}.`,
        )
      if (out.startsWith('commit ')) {
        inCommit = true
        hasFrom = false
      } else if (inCommit && out.startsWith('from ')) {
        hasFrom = true
      } else if (inCommit && !hasFrom && k > 0 && prevHead && /^[MDRC] |^deleteall$/.test(out)) {
        parts.push(Buffer.from(`from :${prevHead}\n`)) // a root commit of this copy continues the previous copy
        hasFrom = true
      }
      if (out.startsWith('commit ')) ref = out.slice(7)
      if (inCommit && ref.startsWith('refs/heads/') && /^mark :/.test(out)) head = Number(out.slice(6))
      if (out === '') inCommit = false
      parts.push(Buffer.from(`${out}\n`))
    }
    prevHead = head
  }
  parts.push(Buffer.from('done\n'))
  return Buffer.concat(parts)
}

/** The stream's command lines; a `data N` line comes with its N-byte payload (and the optional LF after it). */
function* commands(buf) {
  let at = 0
  while (at < buf.length) {
    let nl = buf.indexOf(10, at)
    if (nl === -1) nl = buf.length
    const line = buf.toString('utf8', at, nl)
    at = nl + 1
    const m = /^data (\d+)$/.exec(line)
    if (m) {
      let end = at + Number(m[1])
      if (buf[end] === 10) end++
      yield { line, data: buf.subarray(at, end) }
      at = end
    } else {
      yield { line }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [stream, times = '3'] = process.argv.slice(2)
  process.stdout.write(replayStream(readFileSync(stream), Number(times)))
}
