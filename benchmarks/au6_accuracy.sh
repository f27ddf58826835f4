#!/bin/sh
# Au6-EMT accuracy (issue 6 target: test energy RMSE <= 0.005 eV, force RMSE <= 0.05 eV/A on frames never seen):
# generate the seed-002 set (2,500 frames), train with force training on a random split (72 % train, 8 %
# validation, 20 % test) and print the summary with the test table.
# Usage: benchmarks/au6_accuracy.sh [EPOCHS] [OUT_DIR] [extra cemt train options...]
set -e
cd "$(dirname "$0")/.."
EPOCHS=${1:-400}
OUT=${2:-/tmp/au6-accuracy}
shift 2 || true
mkdir -p "$OUT"
[ -f "$OUT/au6.extxyz" ] || ./cemt generate au6 --out "$OUT/au6.extxyz"
./cemt train "$OUT/au6.extxyz" --points atoms --orders -1,0,1,2,3,4 --sigmas 0.25,0.5,0.75,1.0,1.25,1.5,1.75,2.0 \
  --hidden 128,64,32 --no-batchnorm --epochs "$EPOCHS" --lr 2e-3 --lr-cosine --batch 32 --force-coefficient 1 --test 0.2 \
  --seed 0 --out "$OUT/au6.cemt" "$@"
