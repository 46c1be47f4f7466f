/**
 * Entry. Local use without GitHub (`node dist/index.js --repo DIR [...]`, see cli.ts) runs the CLI; the action
 * runs main.ts. The CLI is in this file (no chunk to load before its git starts); the action's glue (inputs, the
 * changelog file, drift, outputs) is one chunk of its own, which the CLI then neither compiles nor loads.
 */
import { setFlagsFromString } from 'node:v8'

// A run lasts well under a second. V8's optimising compilers (Maglev, TurboFan) would spend more CPU compiling the
// hot parsing and rendering code, on background threads, than their code then saves, and keep their compilers'
// memory: without them a long history takes ~10% less CPU and peaks ~11 MiB lower (bench/changelog.bench.mjs).
// The interpreter and the baseline compiler (Sparkplug) run the same code; set before any of it has run.
setFlagsFromString('--no-turbofan')
setFlagsFromString('--no-maglev')

const argv = process.argv.slice(2)
if (!process.env.GITHUB_ACTIONS && argv.some((a) => a === '--repo' || a === '--help' || a === '-h')) {
  const { cli } = await import(/* webpackMode: "eager" */ './cli.js')
  await cli(argv)
} else {
  const [{ run }, { main }] = await Promise.all([
    import(/* webpackChunkName: "action", webpackExports: ["run"] */ '@shipline/core'),
    import(/* webpackChunkName: "action" */ './main.js'),
  ])
  await run(main)
}
