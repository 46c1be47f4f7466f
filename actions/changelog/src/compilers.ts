/**
 * V8's optimising compilers off for the rest of the run. A run lasts well under a second: Maglev and TurboFan would
 * spend more CPU compiling the hot parsing and rendering code, on background threads, than their code then saves,
 * and keep their compilers' memory (without them a long history takes ~10% less CPU and peaks ~11 MiB lower,
 * bench/changelog.bench.mjs). The interpreter and the baseline compiler (Sparkplug) run the same code.
 *
 * Call it once the Node modules the run needs are loaded, before the hot code runs: Node's own modules come from a
 * code cache that V8 refuses once its flags have changed, so each module loaded after this is compiled again from
 * its source (child_process and the streams it loads: ~5 ms of CPU, a twentieth of a short run).
 */
export function withoutOptimisingCompilers(): void {
  const { setFlagsFromString } = process.getBuiltinModule('node:v8')
  setFlagsFromString('--no-turbofan')
  setFlagsFromString('--no-maglev')
}

/**
 * The baseline compiler (Sparkplug) off too, for a run found to be short (git has written its whole range, and the
 * range is short): the functions it would compile from then on run too few more times to repay it (the last 1000
 * commits: ~4 ms less CPU). A long run keeps it: over a whole history its code saves more than it costs (~7%).
 */
export function withoutBaselineCompiler(): void {
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-sparkplug')
}
