// A stand-in linter: no file may contain a TODO marker or a tab.
import { readdirSync, readFileSync } from 'node:fs'
const bad = readdirSync('src').filter((f) => /\t|TODO/.test(readFileSync(`src/${f}`, 'utf8')))
if (bad.length) {
  console.error(`lint: ${bad.join(', ')}`)
  process.exit(1)
}
console.log('lint: ok')
