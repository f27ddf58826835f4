#!/bin/sh
# SNN training speed, Java against PyTorch, one run (issue 6). CPU time per step on one thread each, so a loaded
# machine still gives fair ratios. Needs Debian python3-torch; builds the JMH jar first.
set -e
cd "$(dirname "$0")/.."
mvn -q -o -pl runtime -Pjmh package -DskipTests
REPEATS=${1:-5}
/usr/bin/python3 benchmarks/torch_snn.py 1 "$REPEATS"
java --add-modules jdk.incubator.vector -cp runtime/target/benchmarks.jar org.cemt.model.SnnCpuTime "$REPEATS"
