import { run } from '@shipline/core'
import { main } from './main.js'

await run(main)
