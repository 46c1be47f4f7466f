#!/usr/bin/env node
// @ts-check
/**
 * CLI entry of the shadow proxy (plain Node ≥ 20, no dependencies, no TypeScript loader):
 *   node shadow-proxy.mjs --listen 127.0.0.1:0 --production http://127.0.0.1:8081 --dark http://127.0.0.1:8082
 * Prints one JSON line when listening; writes the report on exit. Exit codes: 0 done, 2 bad options or cannot
 * listen, 3 the diff rate was above --max-diff-rate at the end of --duration, 4 too few comparisons to judge.
 */
import { rename, writeFile, rm } from 'node:fs/promises'
import { setInterval, clearInterval } from 'node:timers'
import { parseOptions, USAGE } from './argv.mjs'
import { ShadowOptionsError } from './options.mjs'
import { startShadowProxy } from './proxy.mjs'
import { judgeShadowReport } from './judge.mjs'

/**
 * What the CLI prints can hold request paths and values it saw, and a workflow step's stdout and stderr are both
 * read for workflow commands. Same rule as @shipline/core's `neutralise` (this package stays dependency-free): in a
 * line, a leading `::` gets a `\`, every `##[` becomes `##[\`; CR and LF end lines as the runner reads them.
 * @param {string} text
 */
function inert(text) {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)::/, '$1\\::').replace(/##\[/g, '##[\\'))
    .join('\n')
}
/** A diagnostic line on stderr. @param {string} text */
const complain = (text) => process.stderr.write(`${inert(text)}\n`)
/** A JSON event line on stdout: `##[` only occurs inside strings, where `\u005b` is the same `[`. @param {object} event */
const emit = (event) => process.stdout.write(`${JSON.stringify(event).replace(/##\[/g, '##\\u005b')}\n`)

/** @param {string} path @param {unknown} value */
async function writeReport(path, value) {
  const temp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`)
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    complain(`shadow-proxy: could not write the report to ${path}: ${/** @type {Error} */ (error).message}`)
  }
}

async function main() {
  const argv = process.argv.slice(2)
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  let options
  try {
    options = parseOptions(argv)
  } catch (error) {
    if (!(error instanceof ShadowOptionsError)) throw error
    complain(`shadow-proxy: ${error.message}`)
    return 2
  }
  let proxy
  try {
    proxy = await startShadowProxy(options)
  } catch (error) {
    complain(`shadow-proxy: cannot listen: ${/** @type {Error} */ (error).message}`)
    return 2
  }
  const running = proxy
  emit({ event: 'listening', url: running.url, admin: running.adminUrl, pid: process.pid })
  const report = options.report
  const ticker = report
    ? setInterval(() => void writeReport(report, running.stats.report()), options.reportIntervalMs)
    : undefined
  ticker?.unref()
  const stop = await new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'))
    process.once('SIGINT', () => resolve('SIGINT'))
    if (options.durationMs !== undefined) setTimeout(() => resolve('duration'), options.durationMs)
  })
  clearInterval(ticker)
  await running.close()
  const final = running.stats.report()
  if (report) await writeReport(report, final)
  emit({
    event: 'stopped',
    reason: stop,
    requests: final.requests,
    compared: final.compared,
    differed: final.differed,
    diffRate: final.diffRate,
    dropped: final.skipped.queue_full,
  })
  if (stop === 'duration' && options.maxDiffRate !== undefined) {
    const judged = judgeShadowReport(final, { maxDiffRate: options.maxDiffRate, minCompared: options.minCompared })
    emit({ event: 'verdict', verdict: judged.verdict, reason: judged.reason })
    if (judged.verdict !== 'pass') {
      complain(`shadow-proxy: ${judged.verdict}: ${judged.reason}`)
      return judged.verdict === 'fail' ? 3 : 4
    }
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error) => {
    complain(`shadow-proxy: internal error: ${error?.stack ?? error}`)
    process.exit(1)
  },
)
