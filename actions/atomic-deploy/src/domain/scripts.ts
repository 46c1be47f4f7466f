/**
 * The fixed POSIX sh scripts run on each host (`sh -c <script> shipline <args…>`). No value is ever pasted
 * into them: everything the user gave arrives as a positional argument (quoted once, by shellQuote) or on
 * stdin. They need GNU coreutils (`mv -T`, `sha256sum`, `date +%N`, `dd iflag=count_bytes`) and GNU or BSD tar on
 * the host (`openssl`, where there is one, hashes a large artifact faster; sha256sum decides when it is missing or
 * disagrees).
 * Exit codes name the failure so the runner can explain it (see EXIT_MEANING).
 */

/**
 * The SSH master's own session: says it is connected, then waits for its stdin to close (the end of the run, or
 * the death of the runner's process). Touches nothing, takes no value: the login shell runs it as it is (no
 * `sh -c` wrapper, one process less per host).
 */
export const KEEP = 'echo CONNECTED; IFS= read -r _ || :'

/**
 * Probe, and lock unless lock = 0 (the part PROBE and LOCK_STAGE share; it reads $root $app $owner $take $lock
 * and leaves the shell in the deploy root with $m and $cur set). Prints `LOCK ok|took <owner>|held <owner>`,
 * `CURRENT <target>`, `PENDING <target> <previous>` (a switch that no run committed or reverted yet),
 * `RELEASE <v> <sha|->`, then `LOGS` and the last 200 lines of the release log. Whoever holds the lock owns
 * .shipline/tmp: a fresh holder empties it (a dead run's half-staged release). A deploy path that cannot be
 * written (read-only file system, permissions) exits 25, never "lock held". Uses shell builtins where it can:
 * every fork costs ms on a busy host.
 */
const PROBE_BODY = `m=.shipline
if [ ! -d "$root" ]; then
  case $root in */*) parent=\${root%/*} ;; *) parent=. ;; esac
  [ -d "\${parent:-/}" ] || { printf 'the directory %s does not exist\\n' "$parent" >&2; exit 20; }
  [ "$lock" = 1 ] || { echo "CURRENT "; exit 0; }
  [ -w "\${parent:-/}" ] || { printf '%s is read-only (read-only file system or no write permission)\\n' "\${parent:-/}" >&2; exit 25; }
  mkdir -- "$root" 2>/dev/null || [ -d "$root" ] || { printf 'cannot create %s\\n' "$root" >&2; exit 21; }
fi
cd -- "$root" || exit 21
if [ "$lock" = 1 ] && [ ! -w . ]; then printf '%s is read-only (read-only file system or no write permission)\\n' "$root" >&2; exit 25; fi
if [ -f $m/app ]; then
  read -r a < $m/app
  [ "$a" = "$app" ] || { printf 'this deploy path belongs to the app %s\\n' "$a" >&2; exit 22; }
fi
if [ "$lock" = 1 ]; then
  [ -d $m/tmp ] && [ -d $m/sums ] && [ -d releases ] && [ -d shared ] || mkdir -p $m/sums $m/tmp releases shared || exit 21
  [ -f $m/app ] || printf '%s\\n' "$app" > $m/app
  if mkdir $m/lock 2>/dev/null; then
    printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK ok" || exit 25
  elif [ ! -d $m/lock ]; then
    [ -w $m ] || { printf '%s/%s is read-only (read-only file system or no write permission)\\n' "$root" $m >&2; exit 25; }
    { mkdir $m/lock >&2 && rmdir $m/lock; }; exit 25
  else
    held='{}'
    [ ! -f $m/lock/owner ] || read -r held < $m/lock/owner
    if [ "$take" = 1 ]; then
      printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK took $held" || exit 25
    else
      echo "LOCK held $held"; exit 23
    fi
  fi
fi
if [ "$lock" = 1 ]; then
  for x in $m/tmp/*; do
    if [ -e "$x" ] || [ -L "$x" ]; then rm -rf -- $m/tmp && mkdir $m/tmp || exit 21; break; fi
  done
fi
cur=$(readlink current 2>/dev/null)
echo "CURRENT $cur"
if [ -f $m/pending ]; then
  read -r pt pp < $m/pending
  # current still is the target from before: that switch never happened (called off, or the run died before go)
  if [ "$lock" = 1 ] && [ "$cur" = "$pp" ]; then rm -f $m/pending; else echo "PENDING $pt $pp"; fi
fi
for d in releases/*/; do
  [ -d "$d" ] || continue
  n=\${d#releases/}; n=\${n%/}; rs=-
  [ ! -f "$m/sums/$n" ] || read -r rs < "$m/sums/$n"
  echo "RELEASE $n $rs"
done
if [ -f $m/releases.log ]; then echo LOGS; tail -n 200 $m/releases.log; fi
`

/** Probe (and lock, for a rollback) one host. Args: root app owner-json take-over(0|1) lock(0|1). See PROBE_BODY. */
export const PROBE = `set -u
root=$1 app=$2 owner=$3 take=$4 lock=$5
${PROBE_BODY}exit 0
`

/**
 * The switch itself and what follows it, shared by SWITCH and LOCK_STAGE (after `go`; $target $prev $tok $m set,
 * in the deploy root): rename, `SWITCHED <ns>`, then `commit|revert|keep <unlock>`, releases to delete, log
 * lines up to END; `DONE`. See SWITCH.
 */
const SWITCH_TAIL = `if [ -n "$target" ]; then mv -T -- $m/next current || exit 33; else rm -f current || exit 33; fi
echo "SWITCHED $(date +%s%N)"
IFS=' ' read -r verb unlock || exit 0
IFS= read -r remove || exit 0
if [ "$verb" = revert ]; then
  if [ -n "$prev" ]; then ln -sfn -- "$prev" $m/next && mv -T -- $m/next current || exit 34
  else rm -f current || exit 34; fi
  echo "REVERTED $(date +%s%N)"
fi
n=0
while [ $n -lt 10 ] && IFS= read -r line && [ "$line" != END ]; do
  printf '%s\\n' "$line" >> $m/releases.log || exit 24
  n=$((n + 1))
done
set -f
for v in $remove; do
  rm -f -- "$m/sums/$v"
  mv -- "releases/$v" "$m/tmp/del.$$" 2>/dev/null && rm -rf -- "$m/tmp/del.$$"
done
o= gone="$m/pending \${t-}"
[ "$verb" != keep ] || gone=\${t-}
[ ! -f $m/lock/owner ] || read -r o < $m/lock/owner
[ -z "$tok" ] || [ "$unlock" = 0 ] || case $o in *"$tok"*) gone="$gone $m/lock" ;; esac
[ -z "$gone" ] || rm -rf $gone
t=
echo DONE
`

/**
 * Lock, probe, stage and switch one release in one session: a deploy's only command on a host (besides its
 * connection). Args: root app owner-json take-over(0|1) version sha256 size host before-switch token
 * [shared-path link-text]…; stdin carries lines from the runner, and the artifact's bytes when the host asks.
 * First PROBE_BODY (locking), then `END OF LOGS <token>`: the runner reads the lines below only after it, so no
 * line of the release log can pass for one of them. Then the host decides: a release staged earlier with this sha256 is reused (no byte
 * is sent); otherwise it prints `SEND` and reads exactly <size> bytes of .tar.gz from stdin: saved, checked
 * against sha256, unpacked into a temp dir with umask 022 and --no-same-permissions (no setuid/setgid/sticky
 * bit, nothing group- or world-writable, the release directory itself included), shared paths linked, then
 * renamed to releases/<v> (never half visible). Prints `STAGED` or `REUSED`. Then before-switch runs there
 * (stdin /dev/null), unless the release is already live (a re-run). Then the switch is prepared as SWITCH's
 * `prep` would (`.shipline/next` → the release and `.shipline/pending`), `END OF STAGE <token>` printed on
 * stderr (where the stage's output ends) and `PREPARED <previous target>` on stdout,
 * and the session goes on as SWITCH after its first line (see there): `go` switches, anything else or EOF calls
 * the switch off.
 */
export const LOCK_STAGE = `set -u
root=$1 app=$2 owner=$3 take=$4 lock=1 ver=$5 sum=$6 size=$7 host=$8 before=$9 tok=\${10}
shift 10
${PROBE_BODY}printf '\\nEND OF LOGS %s\\n' "$tok" # the log's last line may be torn; nothing after this comes from it
umask 022
rel=releases/$ver
have=-
[ ! -f "$m/sums/$ver" ] || read -r have < "$m/sums/$ver"
upload=1
if [ -d "$rel" ] && [ "$have" = "$sum" ]; then
  upload=0
  [ "$cur" != "$rel" ] || before=
fi
if [ "$upload" = 1 ]; then
  if [ -e "$rel" ] || [ -L "$rel" ]; then
    [ "$cur" != "$rel" ] || { echo "release $ver is live with a different sha256 (versions are immutable)" >&2; exit 14; }
    rm -f -- "$m/sums/$ver"
    mv -- "$rel" "$m/tmp/old.$$" && rm -rf -- "$m/tmp/old.$$"
  fi
  t=$m/tmp/stage.$$
  { [ ! -e "$t" ] || rm -rf -- "$t"; } && mkdir -p -- "$t/x" || exit 21
  echo SEND
  # exactly $size bytes (what follows on stdin is the runner's next line), read 1 MiB at a time (head: 8 KiB)
  dd bs=1M count="$size" iflag=count_bytes,fullblock status=none of="$t/a.tgz" || { rm -rf -- "$t"; exit 11; }
  got=
  # From 1 MiB on, openssl (SHA extensions) hashes several times faster than coreutils; sha256sum has the last word.
  if [ "$size" -ge 1048576 ] && command -v openssl >/dev/null 2>&1; then
    got=$(openssl dgst -sha256 -r < "$t/a.tgz" 2>/dev/null) || got=
    got=\${got%% *}
  fi
  if [ "$got" != "$sum" ]; then
    got=$(sha256sum < "$t/a.tgz") || { rm -rf -- "$t"; exit 11; }
    got=\${got%% *}
  fi
  if [ "$got" != "$sum" ]; then
    echo "sha256 mismatch on the host: expected $sum, got $got" >&2; rm -rf -- "$t"; exit 10
  fi
  tar -xzf "$t/a.tgz" -C "$t/x" --no-same-owner --no-same-permissions >&2 || { rm -rf -- "$t"; exit 11; }
  while [ $# -ge 2 ]; do
    p=$1 l=$2; shift 2
    case $p in */) dir=1; p=\${p%/} ;; *) dir=0 ;; esac
    if [ ! -e "shared/$p" ]; then
      mkdir -p -- "$(dirname -- "shared/$p")"
      if [ -e "$t/x/$p" ]; then cp -a -- "$t/x/$p" "shared/$p"
      elif [ $dir = 1 ]; then mkdir -p -- "shared/$p"
      else echo "shared file $p is neither in shared/ nor in the release" >&2; rm -rf -- "$t"; exit 12; fi
    fi
    rm -rf -- "$t/x/$p" && mkdir -p -- "$(dirname -- "$t/x/$p")" && ln -s -- "$l" "$t/x/$p" || { rm -rf -- "$t"; exit 12; }
  done
  mv -T -- "$t/x" "$rel" || { rm -rf -- "$t"; exit 11; }
  printf '%s\\n' "$sum" > "$m/sums/$ver"
  # What is left in $t (the received .tar.gz) goes with the pending record at the end; any other exit removes it.
  trap '[ -z "\${t-}" ] || rm -rf -- "$t"' EXIT
  printf '\\nSTAGED\\n' # after the log lines, on a line of its own even if the log's last line was torn
else
  printf '\\nREUSED\\n'
fi
if [ -n "$before" ]; then
  ( cd -- "$rel" && export SHIPLINE_HOST="$host" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$ver" && exec sh -c "$before" ) </dev/null >&2
  rc=$?
  [ $rc = 0 ] || { echo "before-switch exited with code $rc" >&2; exit 13; }
fi
prev=$cur
[ ! -f $m/pending ] || read -r _ prev < $m/pending
ln -sfn -- "$rel" $m/next && printf '%s %s\\n' "$rel" "$prev" > $m/pending || exit 31
printf '\\nEND OF STAGE %s\\n' "$tok" >&2 # the runner logs stderr up to here
echo "PREPARED $prev"
target=$rel
IFS= read -r cmd || cmd=
if [ "$cmd" != go ]; then
  # called off before any switch: drop what was prepared, unless a switch happened since (current moved on)
  [ "$(readlink current 2>/dev/null)" != "$prev" ] || rm -f $m/pending $m/next
  exit 32
fi
${SWITCH_TAIL}`

/**
 * The switch of a rollback or a revert (a deploy's switch is the tail of its LOCK_STAGE session): one session
 * per host, a small two-phase commit. Args: root target token.
 * 0. Waits for a first line: `prep` prepares, as follows; anything else, or EOF, calls it off (nothing changed).
 * 1. Prepares `.shipline/next` → target and records the phase in `.shipline/pending` (`<target> <previous>`),
 *    prints `READY <previous target>`, waits for one line on stdin. `go` renames it over `current` (rename(2))
 *    and prints `SWITCHED <ns>`. Anything else, or EOF (the runner died), leaves `current` untouched (and drops
 *    the pending record it wrote). An empty target means "no current" (a revert to nothing).
 *    The previous target is the one before an unfinished switch when `.shipline/pending` already exists: a run
 *    killed after its switch never made its release the one to go back to.
 * 2. Waits for `commit|revert|keep <unlock 0|1>` (revert renames the previous target back; keep, for a cancelled
 *    run, leaves the switch and its pending record for the next run and only unlocks), then a line of releases
 *    to delete, then log entries up to `END`; records them, deletes, drops the pending record, unlocks (when
 *    asked, and only if the lock still holds this run's token) and prints `DONE`. EOF here (the runner died
 *    after the switch) leaves the switch, the pending record and the lock as they are: the next run sees the
 *    switch was never finished, health-checks it and commits or reverts it.
 */
export const SWITCH = `set -u
IFS= read -r cmd || cmd=
cd -- "$1" || exit 21
target=$2 tok=$3 m=.shipline
case $cmd in
prep)
  if [ -n "$target" ]; then
    [ -d "$target" ] || { echo "$target is not staged" >&2; exit 30; }
    ln -sfn -- "$target" $m/next || exit 31
  fi
  prev=$(readlink current 2>/dev/null)
  fresh=1
  if [ -f $m/pending ]; then read -r _ prev < $m/pending; fresh=0; fi
  printf '%s %s\\n' "\${target:--}" "$prev" > $m/pending || exit 31
  echo "READY $prev"
  IFS= read -r go && [ "$go" = go ] || { if [ $fresh = 1 ]; then rm -f $m/next $m/pending; else rm -f $m/next; fi; exit 32; } ;;
*)
  exit 32 ;;
esac
${SWITCH_TAIL}`

/** Health command on the host. Args: root version host command. Runs in the release with the SHIPLINE_* env. */
export const HEALTH = `cd -- "$1/releases/$2" || exit 21
export SHIPLINE_HOST="$3" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$2"
exec sh -c "$4"
`

/**
 * `on-revert` on a host, after its revert. Args: root reverted-version restored-target host reason seconds command.
 * Runs in the reverted release (the code that made the changes ships their clean-up), bounded by coreutils
 * `timeout` (TERM, then KILL 2 s later; exit 124 when it ran out of time), with the releases involved in its env.
 */
export const ON_REVERT = `cd -- "$1" || exit 21
r=\${3#releases/}
export SHIPLINE_HOST="$4" SHIPLINE_VERSION="$2" SHIPLINE_RELEASE="$PWD/releases/$2" SHIPLINE_RESTORED_VERSION="$r" \\
  SHIPLINE_RESTORED_RELEASE="\${3:+$PWD/$3}" SHIPLINE_REASON="$5" SHIPLINE_CANARY="$2" SHIPLINE_STABLE="$r"
cd -- "releases/$2" 2>/dev/null || true
exec timeout -k 2 "$6" sh -c "$7"
`

/**
 * Record, clean up, unlock. Args: root owner-token log-entry(json or '') unlock(0|1) [version-to-delete]…
 * The lock is removed only when it still holds this run's token.
 */
export const FINISH = `set -u
cd -- "$1" || exit 21
tok=$2 entry=$3 unlock=$4 m=.shipline
shift 4
[ -z "$entry" ] || printf '%s\\n' "$entry" >> $m/releases.log || exit 24
for v in "$@"; do
  rm -f -- "$m/sums/$v"
  mv -- "releases/$v" "$m/tmp/del.$$" 2>/dev/null && rm -rf -- "$m/tmp/del.$$"
done
if [ "$unlock" = 1 ] && [ -n "$tok" ] && grep -qF -- "$tok" $m/lock/owner 2>/dev/null; then rm -rf $m/lock; fi
exit 0
`

/** What the scripts' exit codes mean, for error messages. */
export const EXIT_MEANING: Record<number, string> = {
  10: 'the artifact did not match its sha256 on the host',
  11: 'the artifact could not be received or unpacked',
  12: 'a shared path could not be linked',
  13: 'the before-switch command failed',
  14: 'the version is live with different contents',
  20: 'the deploy path does not exist',
  21: 'the deploy path is not usable',
  22: 'the deploy path belongs to another app',
  23: 'the deploy lock is held',
  24: 'the release log could not be written',
  25: 'the deploy path is not writable',
  30: 'the release is not staged',
  31: 'the new link could not be made',
  32: 'the switch was called off',
  33: 'the link could not be renamed over current',
  34: 'the previous release could not be switched back',
}
