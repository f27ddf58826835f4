#!/bin/sh
# Training-step speed of the trainer (TrainingLoss + Adam) against PyTorch on the same workload, both in one run
# (issue 6 speed target: at 2 threads, Java >= 2x torch's structures per second for energy and force steps):
# network 241 -> (512,256,128,64,32) -> 1, GELU, batch norm, 21 points per structure, float64; energy step 256
# structures, force step 32 structures (beta 0.1, dense cached Jacobian). For each thread count (default "2 1") it
# prints both sides' wall ms per step, structures per second (wall) and per CPU-second, then the Java/torch ratios.
# Wall ratios need a quiet machine (check `uptime`); CPU-second ratios (process CPU, or the step thread's own CPU
# time for Java at 1 thread) stay fair under load. Needs Debian python3-torch; builds the JMH jar first.
# Usage: benchmarks/train_vs_torch.sh [repeats] [thread counts...]
# The Java side alone: java --add-modules jdk.incubator.vector -cp runtime/target/benchmarks.jar \
#   org.cemt.train.TrainStepCpuTime REPEATS THREADS
set -e
cd "$(dirname "$0")/.."
mvn -q -o -pl runtime -Pjmh package -DskipTests
REPEATS=${1:-7}
[ $# -gt 0 ] && shift
THREADS=${*:-2 1}
uptime
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for t in $THREADS; do
  # torch.set_num_threads alone leaves the BLAS of Debian's build at all cores: limit it by the environment too
  OMP_NUM_THREADS=$t OPENBLAS_NUM_THREADS=$t MKL_NUM_THREADS=$t \
    /usr/bin/python3 benchmarks/torch_snn.py "$t" "$REPEATS" float64 | tee -a "$out"
  java --add-modules jdk.incubator.vector -cp runtime/target/benchmarks.jar org.cemt.train.TrainStepCpuTime \
    "$REPEATS" "$t" 2>/dev/null | tee -a "$out"
done
echo "Java/torch ratios (structures per second from wall time; per CPU-second in brackets):"
awk '$3 == "float64" && $4 == "threads" {
       key = $2 " " $5; wall[$1 " " key] = $9; cpu[$1 " " key] = $14; keys[key] = 1 }
     END { for (k in keys) if (("java " k) in wall && ("torch " k) in wall) {
             split(k, p, " ")
             printf "  %-10s threads %s  %.2fx  (%.2fx per CPU-second)\n", p[1], p[2],
               wall["java " k] / wall["torch " k], cpu["java " k] / cpu["torch " k] } }' "$out" | sort
