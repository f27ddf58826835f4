#!/bin/sh
# The seed's Fig. 2 experiment (issue 6): aspirin (GFN2-xTB MD, shared/data), atom + heavy-atom + bond-centre
# points, the same model trained with force coefficients 0, 0.01, 0.1 and 1; test energy and force MAE on frames
# never seen. Contiguous split in file order (runs A-D): training frames first, then validation, then test, so
# test frames are not interleaved with training frames (seed 002, appendix A).
# Usage: benchmarks/aspirin_force_coefficients.sh [TRAIN_FRAMES] [EPOCHS] [OUT_DIR]
set -e
cd "$(dirname "$0")/.."
NTRAIN=${1:-1000}
EPOCHS=${2:-200}
OUT=${3:-/tmp/aspirin-beta}
DATA=../shared/data/aspirin-xtb-train.extxyz
mkdir -p "$OUT"
# 2,000 frames: validation 10 % of the non-test frames, test = the rest after NTRAIN + validation
TEST=$(python3 -c "n=2000; t=$NTRAIN; v=round(t/9); print((n-t-v)/n)")
for BETA in 0 0.01 0.1 1; do
  ./cemt train "$DATA" --points atoms+heavy+bonds --orders -1,0,1,2,3 --sigmas 0.2,0.4,0.6,0.8,1.0,1.5 \
    --hidden 128,64,32 --activation gelu --no-batchnorm --epochs "$EPOCHS" --lr 2e-3 --lr-cosine --batch 32 \
    --force-coefficient "$BETA" --split contiguous --val 0.1 --test "$TEST" --seed 0 \
    --out "$OUT/aspirin-beta$BETA.cemt" > "$OUT/beta$BETA.txt" 2> "$OUT/beta$BETA.err"
  echo "beta $BETA"; sed -n '/test (never seen)/,$p' "$OUT/beta$BETA.txt"
done
