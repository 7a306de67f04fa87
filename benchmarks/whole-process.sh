#!/usr/bin/env bash
# Whole-process comparisons for benchmarks/README.md (issue 7, measures 5 and 6), each side by side
# in one run, runs interleaved so that both sides see the same machine:
#
#   5. start-up: a fresh JVM that validates one document, wxshare against Hibernate Validator (and
#      against a JVM that only reads the file, and one that only binds it with Jackson);
#   6. `./wxshare check --format json` (the launcher, with cli/jvm.options and its class-data
#      archive) against `ajv validate` (ajv-cli, npm) with the published schema, over 1, 100, 1,000,
#      10,000 and 100,000 generated files: every size in each round, the two sides alternating.
#
# Needs JDK 17+, Node 18+ and npm; builds what it needs (./mvnw, npm ci) and prints Markdown.
# Settings (environment): STARTUP_RUNS (default 21), CHECK_RUNS (default 7), COUNTS (default
# "1 100 1000 10000 100000"), WORK (default benchmarks/target/whole-process; the corpora stay there
# and are reused; delete the folder to regenerate them).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
startup_runs=${STARTUP_RUNS:-21}
check_runs=${CHECK_RUNS:-7}
counts=${COUNTS:-"1 100 1000 10000 100000"}
work=${WORK:-$root/benchmarks/target/whole-process}
mkdir -p "$work"

die() {
  echo "whole-process.sh: $*" >&2
  exit 1
}

# --- what runs -----------------------------------------------------------------------------------
bench_jar=$root/benchmarks/target/benchmarks.jar
find_cli() { ls "$root"/cli/target/wxshare-cli-*-all.jar 2>/dev/null | head -n 1; }
if [ ! -f "$bench_jar" ] || [ -z "$(find_cli)" ]; then
  echo "building the benchmarks and the CLI (./mvnw package)..." >&2
  ./mvnw -B -q -pl benchmarks,cli -am package -DskipTests >&2
fi
cli_jar=$(find_cli)
[ -n "$cli_jar" ] || die "no CLI jar in cli/target after the build"
if [ ! -x "$root/benchmarks/src/js/node_modules/.bin/ajv" ]; then
  echo "installing ajv-cli (npm ci)..." >&2
  (cd "$root/benchmarks/src/js" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
ajv=$root/benchmarks/src/js/node_modules/.bin/ajv
keyword=$root/benchmarks/src/js/x-max-utf8-bytes.js
schema=$root/json-schema/share-mini-program-request.schema.json

# --- helpers -------------------------------------------------------------------------------------
# Runs "$@" with stdout to $out and stderr to $err; prints the wall time in microseconds. The exit
# code goes to $status (0 valid, 1 some invalid: both are answers; anything else is a failure).
timed() {
  local start end
  start=$(date +%s%N)
  status=0
  "$@" >"$out" 2>"$err" || status=$?
  end=$(date +%s%N)
  [ "$status" -le 1 ] || { cat "$err" >&2; die "exit $status from: $*"; }
  echo $(((end - start) / 1000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
seconds() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# --- the machine ---------------------------------------------------------------------------------
echo "## Machine"
echo
echo "- $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo '? GiB') memory"
echo "- $(java -version 2>&1 | head -n 1); Node $(node --version); ajv-cli $(node -p "require('$root/benchmarks/src/js/node_modules/ajv-cli/package.json').version"), ajv $(node -p "require('$root/benchmarks/src/js/node_modules/ajv/package.json').version")"
echo

# --- 5. start-up ---------------------------------------------------------------------------------
valid_doc=$root/examples/full.json
invalid_doc=$work/invalid-5.json
# Five field violations that Jackson still binds, so Hibernate Validator gets to judge them.
node -e 'process.stdout.write(JSON.stringify({userName: "wx1234567890abcdef", path: "https://example.com/pages/index",
  title: "\u{1F600}".repeat(129), description: "打开小程序查看详情", imagePath: "https://cdn.example.com/thumb.png",
  webpageUrl: "www.qq.com"}, null, 2) + "\n")' >"$invalid_doc"
modes="none jackson wxshare hibernate-validator"
startup() { java -cp "$bench_jar" io.github.wxshare.benchmarks.Startup "$@"; }

# Each mode's answer, and the classes it loads, before anything is timed.
for doc in "$valid_doc" "$invalid_doc"; do
  for mode in wxshare hibernate-validator; do
    answer=$(startup "$mode" "$doc" 2>/dev/null || true)
    case "$doc:$answer" in
      "$valid_doc:valid" | "$invalid_doc:5 violations"*) ;;
      *) die "$mode on $doc answered: $answer" ;;
    esac
  done
done
declare -A loaded foreign
for mode in $modes; do
  log=$work/classes-$mode.log
  java -Xlog:class+load=info:file="$log" -cp "$bench_jar" io.github.wxshare.benchmarks.Startup "$mode" "$invalid_doc" >/dev/null 2>&1 || true
  loaded[$mode]=$(grep -c 'source:' "$log" || true)
  foreign[$mode]=$(grep -c -E ' (org\.hibernate|jakarta\.el|org\.glassfish\.expressly)\.' "$log" || true)
done
[ "${foreign[wxshare]}" -eq 0 ] || die "wxshare loaded ${foreign[wxshare]} Hibernate Validator or EL classes: see $work/classes-wxshare.log"

echo "## Start-up: a fresh JVM validates one document ($startup_runs runs each, interleaved)"
echo
echo "| document | what the JVM does | median wall time | minus the JVM alone | classes loaded | of them Hibernate Validator or EL |"
echo "| --- | --- | --- | --- | --- | --- |"
for doc in "$valid_doc" "$invalid_doc"; do
  declare -A times=()
  for ((run = 0; run < startup_runs; run++)); do
    for mode in $modes; do
      out=/dev/null err=$work/startup.err
      times[$mode]+="$(timed startup "$mode" "$doc") "
    done
  done
  none=$(echo "${times[none]}" | tr ' ' '\n' | grep . | median)
  name=$([ "$doc" = "$valid_doc" ] && echo "valid (examples/full.json)" || echo "5 violations")
  for mode in $modes; do
    m=$(echo "${times[$mode]}" | tr ' ' '\n' | grep . | median)
    case $mode in
      none) what="reads the file (the JVM alone)" ;;
      jackson) what="binds it with Jackson, no validation" ;;
      wxshare) what="**wxshare**: ShareRequestJson.read" ;;
      hibernate-validator) what="**Hibernate Validator**: Jackson binds, then validate() (default factory, EL)" ;;
    esac
    classes=$([ "$doc" = "$invalid_doc" ] && echo "${loaded[$mode]}" || echo "")
    hv=$([ "$doc" = "$invalid_doc" ] && echo "${foreign[$mode]}" || echo "")
    echo "| $name | $what | $(ms "$m") ms | +$(ms "$(awk -v a="$m" -v b="$none" 'BEGIN { print a - b }')") ms | $classes | $hv |"
  done
  unset times
done
echo
echo "(Classes: counted with \`-Xlog:class+load\` on the 5-violation document.)"
echo

# --- 6. wxshare check against ajv-cli ------------------------------------------------------------
# The launcher as a user runs it: it makes its class-data archive on its first run, done here
# before anything is timed.
"$root/wxshare" check --format json "$root/examples/full.json" >/dev/null
echo "## \`wxshare check --format json\` against \`ajv validate\` ($check_runs rounds; in each, every size, the two sides alternating)"
echo
for n in $counts; do
  corpus=$work/corpus-$n
  [ -d "$corpus" ] || java -cp "$bench_jar" io.github.wxshare.benchmarks.GenerateCorpus "$corpus" "$n" >&2
done
declare -A ours_times ajv_times
for ((run = 0; run < check_runs; run++)); do
  for n in $counts; do
    corpus=$work/corpus-$n
    out=$work/wxshare-$n.jsonl err=$work/wxshare-$n.err
    ours_times[$n]+="$(timed "$root/wxshare" check --format json "$corpus") "
    out=$work/ajv-$n.out err=$work/ajv-$n.err
    ajv_times[$n]+="$(timed "$ajv" validate --spec=draft2020 --all-errors --errors=json -c "$keyword" -s "$schema" -d "$corpus/*.json") "
  done
done
echo "| files | wxshare check | per file | ajv validate | per file | ajv / wxshare | invalid files found (both) |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
declare -A ours_median ajv_median
for n in $counts; do
  ours_invalid=$(grep -c '"valid":false' "$work/wxshare-$n.jsonl" || true)
  ours_valid=$(grep -c '"valid":true' "$work/wxshare-$n.jsonl" || true)
  ajv_invalid=$(grep -c ' invalid$' "$work/ajv-$n.err" || true)
  ajv_valid=$(grep -c ' valid$' "$work/ajv-$n.out" || true)
  [ "$ours_invalid" -eq "$ajv_invalid" ] && [ "$ours_valid" -eq "$ajv_valid" ] && [ $((ours_valid + ours_invalid)) -eq "$n" ] ||
    die "the two sides disagree on $work/corpus-$n: wxshare $ours_valid valid, $ours_invalid invalid; ajv $ajv_valid valid, $ajv_invalid invalid"
  ours=$(echo "${ours_times[$n]}" | tr ' ' '\n' | grep . | median)
  theirs=$(echo "${ajv_times[$n]}" | tr ' ' '\n' | grep . | median)
  ours_median[$n]=$ours
  ajv_median[$n]=$theirs
  printf '| %s | %s s | %s µs | %s s | %s µs | %sx | %s |\n' "$n" "$(seconds "$ours")" \
    "$(awk -v t="$ours" -v n="$n" 'BEGIN { printf "%.1f", t / n }')" "$(seconds "$theirs")" \
    "$(awk -v t="$theirs" -v n="$n" 'BEGIN { printf "%.1f", t / n }')" "$(ratio "$theirs" "$ours")" "$ours_invalid"
done
set -- $counts
first=$1
last=${!#}
if [ "$first" != "$last" ]; then
  echo
  echo "Cost of each file beyond the first $first (the fixed cost of starting taken out):" \
    "wxshare $(awk -v a="${ours_median[$last]}" -v b="${ours_median[$first]}" -v n="$last" -v m="$first" 'BEGIN { printf "%.1f", (a - b) / (n - m) }') µs," \
    "ajv $(awk -v a="${ajv_median[$last]}" -v b="${ajv_median[$first]}" -v n="$last" -v m="$first" 'BEGIN { printf "%.1f", (a - b) / (n - m) }') µs" \
    "(from $first to $last files)."
fi
echo
echo "wxshare: \`./wxshare check --format json DIR\` (java @cli/jvm.options, with the launcher's class-data archive); ajv: \`ajv validate --spec=draft2020 --all-errors --errors=json -c x-max-utf8-bytes.js -s share-mini-program-request.schema.json -d 'DIR/*.json'\`; outputs to files in $work."
