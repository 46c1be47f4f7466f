// A stand-in compile step: writes dist/ with a build stamp (no timestamps, so builds stay reproducible).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs'
mkdirSync('dist', { recursive: true })
writeFileSync('dist/greeter.js', readFileSync('src/index.js'))
console.log('build: dist/greeter.js')
