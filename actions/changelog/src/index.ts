/**
 * Entry. Local use without GitHub (`node dist/index.js --repo DIR [...]`, see cli.ts) runs the CLI; the action
 * runs main.ts. The CLI is in this file (no chunk to load before its git starts); the action's glue (inputs, the
 * changelog file, drift, outputs) is one chunk of its own, which the CLI then neither compiles nor loads.
 */
import { withoutOptimisingCompilers } from './compilers.js'

const argv = process.argv.slice(2)
if (!process.env.GITHUB_ACTIONS && argv.some((a) => a === '--repo' || a === '--help' || a === '-h')) {
  const { cli } = await import(/* webpackMode: "eager" */ './cli.js')
  await cli(argv) // turns the optimising compilers off once its arguments are checked
} else {
  const [{ run }, { main }] = await Promise.all([
    import(/* webpackChunkName: "action", webpackExports: ["run"] */ '@shipline/core'),
    import(/* webpackChunkName: "action" */ './main.js'),
  ])
  withoutOptimisingCompilers()
  await run(main)
}
