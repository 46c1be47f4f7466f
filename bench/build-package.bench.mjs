// build-package: packaging a generated tree with the bundled action (streamed, deterministic tar.gz + sha256)
// against `tar -czf` of the same tree, alternating in one run, with wall time and peak RSS as the tree grows.
// Usage: node bench/build-package.bench.mjs [--quick]
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fmtMiB, median, node24, root, runnerEnv, table } from './lib.mjs'

const quick = process.argv.includes('--quick')
const sizesFlag = process.argv.find((a) => a.startsWith('--sizes='))
const SIZES_MB = sizesFlag ? sizesFlag.slice(8).split(',').map(Number) : quick ? [6, 10, 20] : [20, 50, 100, 200]
const REPS = quick || sizesFlag ? 2 : 3
const FILES_PER_MB = 50 // ~10k files at 200 MB
const DIR_MB = 2 // one directory holds ~2 MB (~100 files)
const action = join(root, 'actions', 'build-package', 'dist', 'index.js')

// A tiny seeded PRNG so every run generates the same tree.
let seed = 0x2545f491
const rand = () => (seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32

/** Pools the files are cut from: source-like text (compresses ~3-4×) and random bytes (incompressible). */
function pools() {
  const words = Array.from({ length: 2000 }, () => Math.floor(rand() * 2 ** 40).toString(36))
  const lines = []
  let size = 0
  while (size < 8 * 1024 * 1024) {
    const line = `${'  '.repeat(Math.floor(rand() * 4))}${Array.from({ length: 3 + Math.floor(rand() * 8) }, () => words[Math.floor(rand() * words.length)]).join(rand() < 0.3 ? '.' : ' ')};\n`
    lines.push(line)
    size += line.length
  }
  const binary = Buffer.alloc(2 * 1024 * 1024)
  for (let i = 0; i < binary.length; i += 4) binary.writeUInt32LE(Math.floor(rand() * 2 ** 32), i)
  return { text: Buffer.from(lines.join('')), binary }
}

/** Write `dirs` directories of ~DIR_MB each under `tree`; 1 file in 10 is binary (images, fonts...). */
function generate(tree, fromDir, toDir, pool) {
  const bytesPerFile = Math.round((1024 * 1024) / FILES_PER_MB)
  for (let d = fromDir; d < toDir; d++) {
    const dir = join(tree, `d${String(d).padStart(3, '0')}`, `sub${d % 7}`)
    mkdirSync(dir, { recursive: true })
    const files = DIR_MB * FILES_PER_MB
    for (let f = 0; f < files; f++) {
      const size = Math.max(64, Math.round(bytesPerFile * 2 * rand()))
      const src = f % 10 === 9 ? pool.binary : pool.text
      const at = Math.floor(rand() * (src.length - size))
      writeFileSync(join(dir, `f${f}.${f % 10 === 9 ? 'bin' : 'js'}`), src.subarray(at, at + size))
    }
  }
}

/** Run a command, returning wall ms and the peak RSS (KiB) over it and all its children (getrusage). */
function measure(cmd, args, env) {
  const py =
    'import json,resource,subprocess,sys,time\nt=time.perf_counter()\nr=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)\nms=(time.perf_counter()-t)*1000\nprint(json.dumps({"code":r.returncode,"ms":ms,"rss":resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"err":r.stderr.decode()[-500:]}))'
  const r = spawnSync('python3', ['-c', py, cmd, ...args], { env, encoding: 'utf8' })
  const out = JSON.parse(r.stdout)
  if (out.code !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed: ${out.err}`)
  return out
}

const work = mkdtempSync(join(tmpdir(), 'bench-build-package-'))
try {
  const ws = join(work, 'ws')
  const tree = join(ws, 'tree')
  mkdirSync(tree, { recursive: true })
  writeFileSync(join(ws, 'package.json'), '{"name":"bench-app","version":"1.0.0"}\n')
  const pool = pools()
  const rows = []
  let made = 0
  for (const mb of SIZES_MB) {
    const dirs = Math.round(mb / DIR_MB)
    generate(tree, made, dirs, pool)
    made = dirs
    const list = Array.from({ length: dirs }, (_, d) => `d${String(d).padStart(3, '0')}`)
    const ours = []
    const theirs = []
    const repro = []
    let ourSize = 0
    let tarSize = 0
    for (let rep = 0; rep < REPS; rep++) {
      const runs = [
        () => {
          const { env, dir, cleanup } = runnerEnv({
            GITHUB_WORKSPACE: ws,
            SOURCE_DATE_EPOCH: '1700000000',
            INPUT_SKIP: 'install,lint,compile,test',
            'INPUT_NPM-PACK': 'false',
            'INPUT_META-PACKAGE': 'none',
            'INPUT_COMPRESSION-LEVEL': '6',
            INPUT_ARCHIVES: list.map((d) => `tree=tree/${d}`).join('\n'),
          })
          ours.push(measure(node24, [action], env))
          ourSize = statSync(join(dir, 'shipline-packages', 'bench-app', 'bench-app-tree-1.0.0.tar.gz')).size
          cleanup()
        },
        () => {
          const out = join(work, 'peer.tar.gz')
          theirs.push(measure('tar', ['-czf', out, '-C', tree, ...list], process.env))
          tarSize = statSync(out).size
          rmSync(out)
        },
        () => {
          const out = join(work, 'peer-repro.tar.gz')
          const flags = [
            '--sort=name',
            '--mtime=@1700000000',
            '--owner=0',
            '--group=0',
            '--numeric-owner',
            '--mode=go-w,a+rX',
          ]
          repro.push(
            measure('sh', ['-c', 'tar "$@" -cf - | gzip -6 -n > "$OUT"', 'sh', ...flags, '-C', tree, ...list], {
              ...process.env,
              OUT: out,
            }),
          )
          rmSync(out)
        },
      ]
      for (let i = 0; i < runs.length; i++) runs[(i + rep) % runs.length]() // rotate who goes first
    }
    const files = Number(spawnSync('find', [tree, '-type', 'f'], { encoding: 'utf8' }).stdout.trim().split('\n').length)
    const ms = median(ours.map((o) => o.ms))
    const tms = median(theirs.map((o) => o.ms))
    const rms = median(repro.map((o) => o.ms))
    rows.push([
      `${mb} MB`,
      String(files),
      `${(ms / 1000).toFixed(2)} s`,
      `${(tms / 1000).toFixed(2)} s`,
      `**${(ms / tms).toFixed(2)}×**`,
      `${(rms / 1000).toFixed(2)} s (${(ms / rms).toFixed(2)}×)`,
      `${fmtMiB(Math.max(...ours.map((o) => o.rss)) * 1024)} MiB`,
      `${fmtMiB(Math.max(...theirs.map((o) => o.rss)) * 1024)} MiB`,
      `${fmtMiB(ourSize)} / ${fmtMiB(tarSize)} MiB`,
    ])
  }
  console.log('### build-package: packaging a tree vs `tar -czf`\n')
  console.log(
    table(
      [
        'tree',
        'files',
        'build-package (median)',
        'tar -czf (median)',
        'ratio',
        'reproducible GNU tar + gzip -n (ratio)',
        'peak RSS build-package',
        'peak RSS tar+gzip',
        'output (ours / tar)',
      ],
      rows,
    ),
  )
  console.log(
    `\nMethod: a generated tree (seeded; ~${FILES_PER_MB} files/MB, 90% source-like text, 10% random bytes) grows from ${SIZES_MB[0]} to ${SIZES_MB.at(-1)} MB; at each size the bundled action (node24, \`archives\` only, gzip level 6, sorted entries, normalized headers, sha256 computed in-stream) and \`tar -czf\` (GNU tar piping to gzip -6) and the like-for-like reproducible GNU tar (\`--sort=name --mtime --owner=0 --group=0 --numeric-owner\` piped to \`gzip -6 -n\`) run ${REPS}× rotating who goes first; wall time is the median, peak RSS is getrusage(RUSAGE_CHILDREN).ru_maxrss over the run (the action's whole Node process including startup; tar plus its gzip child). The action pays a fixed ~0.2 s for Node startup, input checks and git, which dominates small trees. ${quick ? '(--quick sizes)' : ''}`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
