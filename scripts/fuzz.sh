#!/usr/bin/env bash
# The long, coverage-guided fuzz run, on demand (ctest has only the short deterministic runs).
# Installs what is missing (clang and its libFuzzer/sanitizer runtimes, the project's packages),
# configures and builds the clang fuzz build in build/fuzz (the sync libraries and the content
# compiler instrumented, GROUNDWORK_FUZZ=ON), writes the seed corpus into
# build/fuzz/corpus/<target>/ and runs each fuzzer for SECONDS (default 60), then prints one
# line per target.
#   bash scripts/fuzz.sh            # 60 s each
#   bash scripts/fuzz.sh 600        # 10 minutes each
#   bash scripts/fuzz.sh 60 sync_service_fuzzer
#   bash scripts/fuzz.sh 3600 content_compiler_fuzzer
# Incremental: the build is rebuilt only where sources changed, and the corpus keeps what earlier
# runs found (libFuzzer adds to it). Crashes go to build/fuzz/crashes/<target>/; replay one with
#   build/fuzz/bin/<target> build/fuzz/crashes/<target>/crash-...
# The run goes on past a crash (fork mode, -ignore_crashes) so one known bug does not hide the
# rest; the script exits 1 when the run left a new crash, timeout or out-of-memory input.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 [seconds] [target...]" >&2; exit 2; }
shift || true
targets=("$@")
((${#targets[@]})) || targets=(sync_request_fuzzer sync_service_fuzzer content_compiler_fuzzer)

# Packages: the project's own (Qt, protobuf...), then clang's runtimes, whose name carries the
# clang version.
bash scripts/deps.sh
install() {
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "fuzz: installing ${missing[*]}"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
install clang
clang_major=$(clang++ -dumpversion | cut -d. -f1)
install "libclang-rt-${clang_major}-dev"

build=build/fuzz
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DGROUNDWORK_FUZZ=ON -DGROUNDWORK_NARRATION=OFF
fi
# Only the fuzzers and what they need, not the app or its tests.
cmake --build "$build" --target groundwork_fuzzers -j "$(nproc)"
"$build/bin/fuzz_corpus" "$build/corpus"

mkdir -p "$build/logs"
rows=()
new=()
failed=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  crashes="$build/crashes/$target"
  log="$build/logs/$target.log"
  mkdir -p "$corpus" "$crashes"
  touch "$log.start" # artifacts newer than this are this run's
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # The content compiler's inputs are whole trees (a shipped drill with the catalogue is about
  # 30 KB), laid on disk for each run: in memory (/dev/shm) when there is one. One allocation
  # over 256 MB counts as a finding: no content file may make the compiler ask for that much.
  # Each input reaches tens of thousands of features, and entropic scheduling's bookkeeping of
  # them took 60% of the time (perf): without it, runs are 2.5 times as many.
  extra=()
  env=()
  if [[ $target == content_compiler_fuzzer ]]; then
    extra=(-max_len=40000 -malloc_limit_mb=256 -entropic=0 -dict=tests/fuzz/content_compiler.dict)
    [[ -d /dev/shm && -w /dev/shm ]] && env=(TMPDIR=/dev/shm)
  fi
  # -fork=1: one worker at a time that libFuzzer restarts after a crash; each input has 10 s.
  # Malformed strings make protobuf log a line each; that goes to the log, not the terminal.
  env "${env[@]}" "$build/bin/$target" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${extra[@]}" \
    -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1 || true
  # The last status line: "#<runs>: cov: <edges> ft: <features> corp: <n>/<size> ..."
  stats=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -1 || true)
  runs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$stats")
  cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$stats")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$stats")
  corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$stats")
  found=$(find "$crashes" -type f -newer "$log.start" | wc -l)
  ((found == 0)) || failed=1
  rows+=("$(printf '%-22s %10s %7s %7s %7s %8s' "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found")")
  new+=("$(find "$crashes" -type f -newer "$log.start")")
done

echo
printf '%-22s %10s %7s %7s %7s %8s\n' target runs cov ft corpus crashes
printf '%s\n' "${rows[@]}"
if ((failed)); then
  printf '%s\n' "${new[@]}" | sed '/^$/d; s/^/  new: /'
  echo "fuzz: new crash, timeout or out-of-memory inputs in $build/crashes/ (replay: $build/bin/<target> <file>)"
  exit 1
fi
