#!/usr/bin/env python3
"""Out-of-fold evaluation of the whole detector (rules + model) after `train.py --folds K`.

Each fold's held-out items are scored by a detector command that loads that fold's weights,
e.g. the harness tool `inj-eval --weights {weights}` (see README.md). Writes the dev part of
the out-of-fold predictions for shared/evals/injection/score.py and prints per-set figures.

    python3 training/injection/cv.py --cmd "/path/inj-eval --weights {weights}" --fold-dir /tmp/inj-cv
"""
import argparse
import glob
import json
import os
import shlex
import subprocess
import sys


def run(cmd, path):
    with open(path, "rb") as f:
        out = subprocess.run(shlex.split(cmd), stdin=f, capture_output=True, check=True).stdout
    return [json.loads(l) for l in out.decode().splitlines() if l.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--fold-dir", default="/tmp/inj-cv")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args()
    items, preds = {}, {}
    for path in sorted(glob.glob(os.path.join(args.fold_dir, "fold*.jsonl"))):
        k = os.path.basename(path)[4:-6]
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            items[r["id"]] = r
        for p in run(args.cmd.format(weights=os.path.join(args.fold_dir, f"fold{k}.b64")), path):
            preds[p["id"]] = p
    with open(os.path.join(args.fold_dir, "oof_dev_preds.jsonl"), "w") as f:
        for i, r in items.items():
            if r["set"] == "dev":
                f.write(json.dumps(preds[i]) + "\n")
    with open(os.path.join(args.fold_dir, "oof_all.jsonl"), "w") as f:
        for i, r in items.items():
            f.write(json.dumps({**preds[i], "label": r["label"], "set": r["set"], "group": r["group"]}) + "\n")
    # Threshold: lowest score keeping the out-of-fold false-positive rate on all benign items <= 1 %.
    ben = sorted((preds[i]["score"] for i, r in items.items() if r["label"] == 0), reverse=True)
    allowed = int(0.01 * len(ben))
    thr = args.threshold if args.threshold is not None else ben[allowed] + 1e-9
    print(f"threshold {thr:.4f} (benign n={len(ben)}, allowed FP={allowed})")
    for s in ("dev", "own", "pii"):
        pos = [preds[i]["score"] >= thr for i, r in items.items() if r["set"] == s and r["label"] == 1]
        neg = [preds[i]["score"] >= thr for i, r in items.items() if r["set"] == s and r["label"] == 0]
        tpr = sum(pos) / len(pos) if pos else float("nan")
        fpr = sum(neg) / len(neg) if neg else float("nan")
        print(f"{s:4s} attacks {len(pos):4d} TPR {tpr:.3f}   benign {len(neg):4d} FPR {fpr:.3f}")


if __name__ == "__main__":
    main()
