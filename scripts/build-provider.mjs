// Build packages/openfeature-provider/dist, the files its npm package publishes (`npm pack` runs this as prepack):
//   dist/index.js    one ESM bundle (ncc) holding the provider, @shipline/flags and the semver functions it uses;
//                    @openfeature/server-sdk stays external (a peer dependency: the app owns the OpenFeature API)
//   dist/licenses.txt the license notices of the third-party code in index.js (scripts/licenses.mjs)
//   dist/index.d.ts  its types: declarations emitted by tsc for the provider and the @shipline/flags sources it
//                    exposes, with the workspace specifiers rewritten to relative paths (nothing private leaks)
// Usage: node scripts/build-provider.mjs [--out DIR] [--keep-stats]  (--out builds elsewhere, for the staleness test;
// --keep-stats leaves webpack's stats as DIR.stats.json, for the licenses test)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeLicenses } from './licenses.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const pkg = join(root, 'packages', 'openfeature-provider')
const outAt = process.argv.indexOf('--out')
const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(pkg, 'dist')
const tmp = `${out}.building-${process.pid}`
const stats = process.argv.includes('--keep-stats') ? `${out}.stats.json` : `${tmp}.stats.json`
rmSync(tmp, { recursive: true, force: true })

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' })
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true })
    if (stats.startsWith(tmp)) rmSync(stats, { force: true })
    throw new Error(`${[cmd, ...args].join(' ')} failed (exit ${r.status})`)
  }
}

const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
run(
  process.execPath,
  [
    ncc,
    'build',
    'src/index.ts',
    '-o',
    tmp,
    '-e',
    '@openfeature/server-sdk',
    '-e',
    '@openfeature/core',
    '--stats-out',
    stats,
    '-q',
  ],
  pkg,
)
rmSync(join(tmp, 'package.json'), { force: true }) // ncc's {"type":"module"}: the package's own says so
try {
  writeLicenses(stats, join(tmp, 'licenses.txt'))
} catch (error) {
  rmSync(tmp, { recursive: true, force: true })
  throw error
} finally {
  if (stats.startsWith(tmp)) rmSync(stats, { force: true })
}

// Declarations: the provider's and those of the workspace sources it imports, mapped by `paths`.
const types = join(tmp, 'types')
// The config lives in the package (not beside --out, which may be outside the repo) so `types: ["node"]` resolves.
const tsconfig = join(pkg, `.tsconfig.types-${process.pid}.json`)
writeFileSync(
  tsconfig,
  JSON.stringify({
    extends: join(root, 'tsconfig.base.json'),
    compilerOptions: {
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: join(root, 'packages'),
      outDir: types,
      paths: {
        '@shipline/flags': [join(root, 'packages/flags/src/index.ts')],
      },
    },
    files: [join(pkg, 'src', 'index.ts')],
  }),
)
try {
  run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc6'), '-p', tsconfig], root)
} finally {
  rmSync(tsconfig, { force: true })
}

const targets = {
  '@shipline/flags': join(types, 'flags', 'src', 'index.js'),
}
function rewrite(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) rewrite(path)
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8').replace(
        /(from |import\()(['"])(@shipline\/[^'"]+)\2/g,
        (all, lead, q, spec) => {
          const target = targets[spec]
          if (!target) throw new Error(`${path}: no mapping for ${spec}`)
          let rel = relative(dirname(path), target)
          if (!rel.startsWith('.')) rel = `./${rel}`
          return `${lead}${q}${rel}${q}`
        },
      )
      writeFileSync(path, text)
    }
  }
}
rewrite(types)
writeFileSync(join(tmp, 'index.d.ts'), "export * from './types/openfeature-provider/src/index.js'\n")

mkdirSync(dirname(out), { recursive: true })
const old = `${out}.old-${process.pid}`
if (existsSync(out)) renameSync(out, old)
renameSync(tmp, out)
rmSync(old, { recursive: true, force: true })
console.log(`built ${relative(root, out)}`)
