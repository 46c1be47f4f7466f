// build-package's OCI image: an app layer of 25 → 100 MB on a tiny base, built by the bundled action (no daemon)
// against the skopeo/umoci way of doing the same (umoci insert + config on a copy of the base layout, then skopeo
// copy to an oci-archive), alternating in one run: wall time, peak RSS, and whether two builds give one digest.
// Usage: node bench/image.bench.mjs [--quick]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fmtMiB, median, node24, root, runnerEnv, table } from './lib.mjs'

const quick = process.argv.includes('--quick')
const SIZES_MB = quick ? [10, 25] : [25, 50, 100]
const REPS = quick ? 1 : 2
const action = join(root, 'actions', 'build-package', 'dist', 'index.js')
for (const bin of ['/usr/bin/umoci', '/usr/bin/skopeo']) {
  if (!existsSync(bin)) {
    console.log(`### build-package image\n\nskipped: ${bin} is not installed (apt-get install umoci skopeo)`)
    process.exit(0)
  }
}

let seed = 0x9e3779b9
const rand = () => (seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32
/** Source-like text (compresses ~3×) and random bytes; 1 file in 10 is binary, ~50 files per MB. */
function grow(app, fromMb, toMb) {
  const words = Array.from({ length: 1500 }, () => Math.floor(rand() * 2 ** 40).toString(36))
  for (let mb = fromMb; mb < toMb; mb++) {
    const dir = join(app, `m${String(mb).padStart(3, '0')}`)
    mkdirSync(dir, { recursive: true })
    for (let f = 0; f < 50; f++) {
      let buf
      if (f % 10 === 9) {
        buf = Buffer.alloc(20_000)
        for (let i = 0; i < buf.length; i += 4) buf.writeUInt32LE(Math.floor(rand() * 2 ** 32), i)
      } else {
        const lines = []
        let size = 0
        while (size < 20_000) {
          const l = `${Array.from({ length: 6 }, () => words[Math.floor(rand() * words.length)]).join(' ')};\n`
          lines.push(l)
          size += l.length
        }
        buf = Buffer.from(lines.join(''))
      }
      writeFileSync(join(dir, `f${f}.${f % 10 === 9 ? 'bin' : 'js'}`), buf)
    }
  }
}

function measure(cmd, args, env) {
  const py =
    'import json,resource,subprocess,sys,time\nt=time.perf_counter()\nr=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)\nms=(time.perf_counter()-t)*1000\nprint(json.dumps({"code":r.returncode,"ms":ms,"rss":resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,"err":r.stderr.decode()[-500:]}))'
  const r = spawnSync('python3', ['-c', py, cmd, ...args], { env, encoding: 'utf8' })
  const out = JSON.parse(r.stdout)
  if (out.code !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')} failed: ${out.err}`)
  return out
}

const work = mkdtempSync(join(tmpdir(), 'bench-image-'))
try {
  const ws = join(work, 'ws')
  const app = join(ws, 'app')
  mkdirSync(app, { recursive: true })
  writeFileSync(join(ws, 'package.json'), '{"name":"bench-app","version":"1.0.0"}\n')
  const base = join(ws, 'base')
  execFileSync('umoci', ['init', '--layout', base])
  execFileSync('umoci', ['new', '--image', `${base}:latest`])
  const peerScript = [
    'set -e',
    'rm -rf "$W/peer" "$W/peer.tar"',
    'cp -r "$BASE" "$W/peer"',
    'umoci insert --image "$W/peer:latest" "$APP" /app',
    'umoci config --image "$W/peer:latest" --config.workingdir /app --config.entrypoint node --config.label org.opencontainers.image.version=1.0.0',
    'skopeo copy --quiet oci:"$W/peer:latest" oci-archive:"$W/peer.tar"',
    'skopeo inspect --format "{{.Digest}}" oci-archive:"$W/peer.tar" > "$W/peer.digest"',
  ].join('\n')
  const rows = []
  let made = 0
  for (const mb of SIZES_MB) {
    grow(app, made, mb)
    made = mb
    const ours = []
    const theirs = []
    const ourDigests = new Set()
    const peerDigests = new Set()
    for (let rep = 0; rep < REPS; rep++) {
      const runs = [
        () => {
          const { env, dir, cleanup } = runnerEnv({
            GITHUB_WORKSPACE: ws,
            SOURCE_DATE_EPOCH: '1700000000',
            INPUT_SKIP: 'install,lint,compile,test',
            'INPUT_NPM-PACK': 'false',
            'INPUT_META-PACKAGE': 'none',
            INPUT_IMAGE: 'base: oci:base:latest\nfiles: [app]\nworkdir: /srv\nentrypoint: [node]',
          })
          ours.push(measure(node24, [action], env))
          const out = readFileSync(env.GITHUB_OUTPUT, 'utf8')
          ourDigests.add(/image-digest<<(\S+)\n(.*)\n/.exec(out)?.[2])
          cleanup(dir)
        },
        () => {
          theirs.push(measure('sh', ['-c', peerScript], { ...process.env, W: work, BASE: base, APP: app }))
          peerDigests.add(readFileSync(join(work, 'peer.digest'), 'utf8').trim())
        },
      ]
      for (let i = 0; i < runs.length; i++) runs[(i + rep) % runs.length]()
      // touch every file between reps: a reproducible build ignores file times
      spawnSync('find', [app, '-type', 'f', '-exec', 'touch', '-d', `@${1_600_000_000 + rep * 1000}`, '{}', '+'])
    }
    const ms = median(ours.map((o) => o.ms))
    const pms = median(theirs.map((o) => o.ms))
    rows.push([
      `${mb} MB`,
      `${(ms / 1000).toFixed(2)} s`,
      `${(pms / 1000).toFixed(2)} s`,
      `**${(ms / pms).toFixed(2)}×**`,
      `${fmtMiB(Math.max(...ours.map((o) => o.rss)) * 1024)} MiB`,
      `${fmtMiB(Math.max(...theirs.map((o) => o.rss)) * 1024)} MiB`,
      REPS > 1 ? `${ourDigests.size === 1 ? 'yes' : 'no'} / ${peerDigests.size === 1 ? 'yes' : 'no'}` : 'n/a',
    ])
  }
  console.log('### build-package: an OCI image vs umoci + skopeo\n')
  console.log(
    table(
      [
        'app layer',
        'build-package (median)',
        'umoci insert + config, skopeo copy (median)',
        'ratio',
        'peak RSS build-package',
        'peak RSS umoci/skopeo (largest process)',
        'same digest across runs (ours / peer)',
      ],
      rows,
    ),
  )
  console.log(
    `\nMethod: a generated app (seeded; ~50 files/MB, 90% source-like text, 10% random bytes) grows from ${SIZES_MB[0]} to ${SIZES_MB.at(-1)} MB on a tiny umoci-made base. The bundled action (node24, \`image\` only: one gzip-6 layer, config, labels, OCI layout archive) and the peer script (copy the base layout, \`umoci insert\` the app to /app, \`umoci config\` workdir/entrypoint/label, \`skopeo copy\` to an oci-archive) run ${REPS}× rotating who goes first, with every app file re-touched between runs; wall time is the median, peak RSS is getrusage(RUSAGE_CHILDREN).ru_maxrss (the largest single process). ${quick ? '(--quick sizes)' : ''}`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
