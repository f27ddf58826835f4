#!/bin/sh
# Training-step speed of the trainer (TrainingLoss + Adam) against PyTorch on the same workload, one run (issue 6):
# network 241 -> (512,256,128,64,32) -> 1, GELU, batch norm, 21 points per structure; energy step 256 structures,
# force step 32 structures (beta 0.1, dense cached Jacobian). CPU time per step on one thread each, so a loaded
# machine still gives fair ratios. Needs Debian python3-torch; builds the JMH jar first.
set -e
cd "$(dirname "$0")/.."
mvn -q -o -pl runtime -Pjmh package -DskipTests
REPEATS=${1:-5}
/usr/bin/python3 benchmarks/torch_snn.py 1 "$REPEATS"
java -cp runtime/target/benchmarks.jar org.cemt.train.TrainStepCpuTime "$REPEATS"
