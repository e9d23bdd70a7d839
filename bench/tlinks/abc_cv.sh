#!/usr/bin/env bash
# TempEval-3 Task ABC by K-fold cross-validation on TBAQ train: for each fold, the event and
# TLINK models are trained on the other folds, the fold's documents are annotated from their
# text alone, and all folds are scored together by `chronograph eval`. This is how settings
# that depend on our own events (not gold ones) are tuned without looking at dev.
#
#   bench/tlinks/abc_cv.sh                                  # defaults, 5 folds
#   bench/tlinks/abc_cv.sh -- --none-bias event-event=-2    # extra train-tlinks options
#   WORK=/tmp/abc FOLDS=5 BUILD=build SHARED=../shared bench/tlinks/abc_cv.sh
#
# Document k of the split list is in fold k % FOLDS (as in events_cv and tlinks_cv). Event
# models are kept in WORK between runs (they do not depend on the TLINK options) as long as
# the list, FOLDS and the event code's binary are the same; otherwise WORK starts afresh.
set -euo pipefail
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
FOLDS=${FOLDS:-5}
WORK=${WORK:-/tmp/chronograph-abc-cv}
[[ ${1:-} == -- ]] && shift
TLINK_OPTIONS=("$@")
chronograph=$(realpath "$BUILD/chronograph")
staged=$(realpath "$BUILD/share/chronograph")
list="$SHARED/data/splits/tbaq-train.txt"
[[ -f $list ]] || { echo "abc_cv: $list not found (set SHARED)" >&2; exit 1; }

# Cached event models are only valid for the same folds of the same list, trained by the same binary.
stamp="$FOLDS $(sha1sum < "$list" | cut -c1-40) $(sha1sum < "$chronograph" | cut -c1-40)"
if [[ ! -f $WORK/stamp || $(cat "$WORK/stamp") != "$stamp" ]]; then
  rm -rf "$WORK"/fold* "$WORK/gold" "$WORK/system"
  mkdir -p "$WORK"
  echo "$stamp" > "$WORK/stamp"
fi
mkdir -p "$WORK/gold" "$WORK/system"
rm -f "$WORK"/system/*.tml "$WORK"/gold/*.tml
mapfile -t files < <(grep -v '^[[:space:]]*$' "$list" | tr -d '\r')
for ((k = 0; k < FOLDS; ++k)); do
  fold="$WORK/fold$k"
  mkdir -p "$fold/models/events" "$fold/models/tlinks" "$fold/held-out"
  ln -sfn "$staged/data" "$fold/data"
  for m in tagger.bin lemmatizer.bin parser.bin; do ln -sf "$staged/models/$m" "$fold/models/$m"; done
  : > "$fold/train.txt"
  rm -f "$fold"/held-out/*.tml
  for i in "${!files[@]}"; do
    if ((i % FOLDS == k)); then
      ln -sf "$(realpath "$SHARED/data/${files[$i]}")" "$fold/held-out/"
      ln -sf "$(realpath "$SHARED/data/${files[$i]}")" "$WORK/gold/"
    else
      echo "${files[$i]}" >> "$fold/train.txt"
    fi
  done
  if [[ ! -f $fold/models/events/trigger.model ]]; then
    "$chronograph" -q train-events --tbaq-list "$fold/train.txt" --data-root "$SHARED/data" \
      -o "$fold/models/events/trigger.model" >/dev/null
  fi
  "$chronograph" -q train-tlinks --tbaq-list "$fold/train.txt" --data-root "$SHARED/data" \
    -o "$fold/models/tlinks/tlinks.bin" "${TLINK_OPTIONS[@]}" >/dev/null
  "$chronograph" -q --data-dir "$fold" annotate "$fold"/held-out/*.tml -o "$WORK/system"
  echo "abc_cv: fold $((k + 1))/$FOLDS done" >&2
done
"$chronograph" eval --gold "$WORK/gold" --system "$WORK/system"
