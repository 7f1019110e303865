#!/usr/bin/env bash
# Coverage-guided fuzzing of QuoteExtractor.Extract (issue 9) with SharpFuzz and AFL++.
#
#   bash fuzz/run.sh [MINUTES]            # default 30; output in fuzz/out (FUZZ_OUT to change)
#   bash fuzz/run.sh replay               # re-run everything afl-fuzz saved as a crash or hang, with stacks
#
# What it does: installs afl++ (Debian) and the SharpFuzz.CommandLine tool when missing, publishes
# fuzz/QuoteKit.Fuzz, instruments the published copy of QuoteKit.dll with sharpfuzz (the solution's build is
# untouched), writes a seed corpus, and runs afl-fuzz for MINUTES with the dictionary fuzz/quotekit.dict.
# The target (FuzzTarget.cs) throws, and so afl-fuzz records a crash, on any exception other than the
# documented DocumentTooLargeException, on any broken output invariant (tests/.../Support/ResultInvariants.cs)
# and on a second extraction that differs from the first. A hang is an execution over the -t limit (ms).
# Every finding should become a regression test in tests/QuoteKit.Tests/Robustness/FuzzFindingsTests.cs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${FUZZ_OUT:-$here/out}"
export PATH="$PATH:$HOME/.dotnet/tools"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Replays run the uninstrumented copy (out/plain): the instrumented one needs afl-fuzz's shared memory.
if [ "${1:-}" = "replay" ]; then
  exec dotnet "$out/plain/QuoteKit.Fuzz.dll" replay "$out/findings/default/crashes" "$out/findings/default/hangs"
fi
minutes="${1:-30}"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
fi
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

rm -rf "$out/bin" "$out/plain"
dotnet publish "$here/QuoteKit.Fuzz/QuoteKit.Fuzz.csproj" -c Release -o "$out/plain" -nologo -v quiet
cp -r "$out/plain" "$out/bin"
sharpfuzz "$out/bin/QuoteKit.dll"

if [ ! -d "$out/seeds" ]; then
  dotnet "$out/plain/QuoteKit.Fuzz.dll" seeds "$out/seeds"
fi

# Resume an earlier run's queue when there is one ("-i -"), otherwise start from the seeds.
input="$out/seeds"
[ -d "$out/findings/default/queue" ] && input="-"

# No tty, no core_pattern or CPU-governor tuning on a shared machine, and the target is `dotnet`, not an
# AFL-compiled binary: these switches tell afl-fuzz so.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$input" -o "$out/findings" -x "$here/quotekit.dict" -t 5000 -m none -V $((minutes * 60)) \
  -- dotnet "$out/bin/QuoteKit.Fuzz.dll" || true

stats="$out/findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats"
fi
dotnet "$out/plain/QuoteKit.Fuzz.dll" replay "$out/findings/default/crashes" "$out/findings/default/hangs" || true
