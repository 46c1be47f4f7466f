/**
 * The fixed POSIX sh scripts run on each host (`sh -c <script> shipline <args…>`). No value is ever pasted
 * into them: everything the user gave arrives as a positional argument (quoted once, by shellQuote) or on
 * stdin. They need GNU coreutils (`mv -T`, `sha256sum`, `date +%N`) and GNU or BSD tar on the host.
 * Exit codes name the failure so the runner can explain it (see EXIT_MEANING).
 */

/**
 * The run's first command on a host (over SSH it also opens the master connection). Prints `CONNECTED`, then
 * waits for `go` on stdin — sent once the artifact passed its checks — and touches nothing before it (EOF or
 * anything else: exit). Then probes, and locks unless lock = 0. Args: root app owner-json take-over(0|1) lock(0|1).
 * Prints `LOCK ok|took <owner>|held <owner>`, `CURRENT <target>`, `RELEASE <v> <sha|->`, then `LOGS` and the
 * last 200 lines of the release log. Uses shell builtins where it can: every fork costs ms on a busy host.
 */
export const PROBE = `set -u
echo CONNECTED
IFS= read -r go || exit 0
[ "$go" = go ] || exit 0
root=$1 app=$2 owner=$3 take=$4 lock=$5 m=.shipline
if [ ! -d "$root" ]; then
  case $root in */*) parent=\${root%/*} ;; *) parent=. ;; esac
  [ -d "\${parent:-/}" ] || { printf 'the directory %s does not exist\\n' "$parent" >&2; exit 20; }
  [ "$lock" = 1 ] || { echo "CURRENT "; exit 0; }
  mkdir -- "$root" 2>/dev/null || [ -d "$root" ] || { printf 'cannot create %s\\n' "$root" >&2; exit 21; }
fi
cd -- "$root" || exit 21
if [ -f $m/app ]; then
  read -r a < $m/app
  [ "$a" = "$app" ] || { printf 'this deploy path belongs to the app %s\\n' "$a" >&2; exit 22; }
fi
if [ "$lock" = 1 ]; then
  [ -d $m/tmp ] && [ -d $m/sums ] && [ -d releases ] && [ -d shared ] || mkdir -p $m/sums $m/tmp releases shared || exit 21
  [ -f $m/app ] || printf '%s\\n' "$app" > $m/app
  if mkdir $m/lock 2>/dev/null; then
    printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK ok"
  else
    held='{}'
    [ ! -f $m/lock/owner ] || read -r held < $m/lock/owner
    if [ "$take" = 1 ]; then
      printf '%s\\n' "$owner" > $m/lock/owner && echo "LOCK took $held"
    else
      echo "LOCK held $held"; exit 23
    fi
  fi
fi
echo "CURRENT $(readlink current 2>/dev/null)"
for d in releases/*/; do
  [ -d "$d" ] || continue
  n=\${d#releases/}; n=\${n%/}; sum=-
  [ ! -f "$m/sums/$n" ] || read -r sum < "$m/sums/$n"
  echo "RELEASE $n $sum"
done
if [ -f $m/releases.log ]; then echo LOGS; tail -n 200 $m/releases.log; fi
exit 0
`

/**
 * Stage one release. Args: root version sha256 upload(0|1) host before-switch [shared-path link-text]…
 * With upload=1 the .tar.gz arrives on stdin: saved, checked against sha256, unpacked into a temp dir,
 * shared paths linked, then renamed to releases/<v> (never half visible). Then before-switch runs there.
 */
export const STAGE = `set -u
root=$1 ver=$2 sum=$3 upload=$4 host=$5 before=$6 m=.shipline
shift 6
cd -- "$root" || exit 21
rel=releases/$ver
if [ "$upload" = 1 ]; then
  cur=$(readlink current 2>/dev/null || true)
  if [ -e "$rel" ] || [ -L "$rel" ]; then
    [ "$cur" != "$rel" ] || { echo "release $ver is live with a different sha256 (versions are immutable)" >&2; exit 14; }
    rm -f -- "$m/sums/$ver"
    mv -- "$rel" "$m/tmp/old.$$" && rm -rf -- "$m/tmp/old.$$"
  fi
  t=$m/tmp/stage.$$
  { [ ! -e "$t" ] || rm -rf -- "$t"; } && mkdir -p -- "$t/x" || exit 21
  cat > "$t/a.tgz" || { rm -rf -- "$t"; exit 11; }
  got=$(sha256sum < "$t/a.tgz") || { rm -rf -- "$t"; exit 11; }
  got=\${got%% *}
  if [ "$got" != "$sum" ]; then
    echo "sha256 mismatch on the host: expected $sum, got $got" >&2; rm -rf -- "$t"; exit 10
  fi
  tar -xzf "$t/a.tgz" -C "$t/x" --no-same-owner >&2 || { rm -rf -- "$t"; exit 11; }
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
  rm -rf -- "$t"
  echo STAGED
else
  [ -d "$rel" ] || { echo "release $ver is not staged" >&2; exit 30; }
  echo REUSED
fi
if [ -n "$before" ]; then
  ( cd -- "$rel" && export SHIPLINE_HOST="$host" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$ver" && exec sh -c "$before" ) >&2
  rc=$?
  [ $rc = 0 ] || { echo "before-switch exited with code $rc" >&2; exit 13; }
fi
exit 0
`

/**
 * The switch: one session per host, a small two-phase commit. Args: root target token.
 * 1. Prepares `.shipline/next` → target, prints `READY <previous target>`, waits for one line on stdin.
 *    `go` renames it over `current` (rename(2)) and prints `SWITCHED <ns>`. Anything else, or EOF (the runner
 *    died), leaves `current` untouched. An empty target means "no current" (a revert to nothing).
 * 2. Waits for `commit` or `revert` (revert renames the previous target back), then a line of releases to
 *    delete, then log entries up to `END`; records them, deletes, unlocks (if the lock still holds this run's
 *    token) and prints `DONE`. EOF here (the runner died after the switch) leaves the switch and the lock as they
 *    are: a re-run with take-over-lock converges.
 */
export const SWITCH = `set -u
cd -- "$1" || exit 21
target=$2 tok=$3 m=.shipline
if [ -n "$target" ]; then
  [ -d "$target" ] || { echo "$target is not staged" >&2; exit 30; }
  ln -sfn -- "$target" $m/next || exit 31
fi
prev=$(readlink current 2>/dev/null)
echo "READY $prev"
IFS= read -r go || { rm -f $m/next; exit 32; }
[ "$go" = go ] || { rm -f $m/next; exit 32; }
if [ -n "$target" ]; then mv -T -- $m/next current || exit 33; else rm -f current || exit 33; fi
echo "SWITCHED $(date +%s%N)"
IFS= read -r verb || exit 0
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
o=
[ ! -f $m/lock/owner ] || read -r o < $m/lock/owner
[ -z "$tok" ] || case $o in *"$tok"*) rm -rf $m/lock ;; esac
echo DONE
`

/** Health command on the host. Args: root version host command. Runs in the release with the SHIPLINE_* env. */
export const HEALTH = `cd -- "$1/releases/$2" || exit 21
export SHIPLINE_HOST="$3" SHIPLINE_RELEASE="$PWD" SHIPLINE_VERSION="$2"
exec sh -c "$4"
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
  30: 'the release is not staged',
  31: 'the new link could not be made',
  32: 'the switch was called off',
  33: 'the link could not be renamed over current',
  34: 'the previous release could not be switched back',
}
