/**
 * Entry. Local use without GitHub (`node dist/index.js --repo DIR [...]`, see cli.ts) runs the CLI; the action
 * runs main.ts. Both are in this file (no chunk to load first) but only the one that runs is evaluated.
 */
const argv = process.argv.slice(2)
if (!process.env.GITHUB_ACTIONS && argv.some((a) => a === '--repo' || a === '--help' || a === '-h')) {
  const { cli } = await import(/* webpackMode: "eager" */ './cli.js')
  await cli(argv)
} else {
  const [{ run }, { main }] = await Promise.all([
    import(/* webpackMode: "eager", webpackExports: ["run"] */ '@shipline/core'),
    import(/* webpackMode: "eager" */ './main.js'),
  ])
  await run(main)
}
