/**
 * Entry. Local use without GitHub (`node dist/index.js --repo DIR [...]`, see cli.ts) runs the CLI, in this
 * bundle's main file (no chunk to load before git starts); the action loads main.ts and core's runner.
 */
import { cli } from './cli.js'

const argv = process.argv.slice(2)
if (!process.env.GITHUB_ACTIONS && argv.some((a) => a === '--repo' || a === '--help' || a === '-h')) {
  await cli(argv)
} else {
  const [{ run }, { main }] = await Promise.all([import('@shipline/core'), import('./main.js')])
  await run(main)
}
