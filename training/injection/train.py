#!/usr/bin/env python3
"""Train the injection detector's hashed n-gram logistic regression (numpy only).

Data (see README.md): the shared dev split, the hand-written attack and benign corpora in
this folder, and the PII dev texts as ordinary enterprise traffic.

    python3 training/injection/train.py                 # writes InjectionModelWeights.swift
    python3 training/injection/train.py --folds 5 --fold-dir /tmp/inj-cv   # CV fold models
"""
import argparse
import base64
import hashlib
import json
import os
import struct
import sys

import numpy as np

import features

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared"))
BITS = 16
BUCKETS = 1 << BITS


def group_of_dev(r):
    src = r["source"]
    if src.startswith("carrier:"):
        return "carrier:" + src.split("+", 1)[0].split(":", 1)[1]
    if src.startswith("handwritten:carrier:"):
        return "carrier:" + src.split(":", 2)[2]
    if src == "handwritten":
        return "dev-hw:" + r["family"]
    return src


def load(shared):
    items = []  # (text, label, group, weight_kind)
    for line in open(os.path.join(shared, "evals", "injection", "dev.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        items.append({"id": r["id"], "text": r["text"], "label": r["label"], "group": group_of_dev(r), "set": "dev"})
    for name, label in (("attacks_handwritten.jsonl", 1), ("benign_handwritten.jsonl", 0)):
        for n, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8")):
            if not line.strip():
                continue
            r = json.loads(line)
            items.append({"id": f"{name[:3]}-{n}", "text": r["text"], "label": label,
                          "group": "own:" + r.get("group", "misc"), "set": "own"})
    pii = os.path.join(shared, "evals", "pii", "dev.jsonl")
    if os.path.exists(pii):
        for line in open(pii, encoding="utf-8"):
            r = json.loads(line)
            items.append({"id": "pii-" + r["id"], "text": r["text"], "label": 0,
                          "group": "pii:" + r.get("meta", {}).get("template", "x"), "set": "pii"})
    return items


def _cache():
    # Featurizing in pure Python is the slow part; cache per text, keyed by the featurizer's source.
    import pickle
    src = open(features.__file__, "rb").read() + repr(sorted(features.LOOKALIKE.items())).encode()
    key = hashlib.sha1(src).hexdigest()[:12]
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"inj-features-{key}.pkl")
    try:
        with open(path, "rb") as f:
            return path, pickle.load(f)
    except OSError:
        return path, {}


def build(items):
    import pickle
    path, cache = _cache()
    rows, cols, vals = [], [], []
    for i, it in enumerate(items):
        k = hashlib.sha1(it["text"].encode("utf-8", "surrogatepass")).hexdigest()
        if k not in cache:
            cache[k] = features.buckets(it["text"], BUCKETS - 1)
        b = cache[k]
        if len(b) == 0:
            continue
        rows.append(np.full(len(b), i, dtype=np.int64))
        cols.append(b)
        vals.append(np.full(len(b), 1.0 / np.sqrt(len(b))))
    with open(path, "wb") as f:
        pickle.dump(cache, f)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)


def fit(rows, cols, vals, y, sw, n, l2=2e-4, epochs=400, lr=0.05):
    """Full-batch Adam on weighted logistic loss + L2; deterministic."""
    w = np.zeros(BUCKETS)
    b = 0.0
    mw = np.zeros(BUCKETS); vw = np.zeros(BUCKETS); mb = vb = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    total = sw.sum()
    for t in range(1, epochs + 1):
        z = np.bincount(rows, weights=vals * w[cols], minlength=n) + b
        p = 1 / (1 + np.exp(-z))
        r = (p - y) * sw / total
        gw = np.bincount(cols, weights=vals * r[rows], minlength=BUCKETS) + l2 * w
        gb = r.sum()
        mw = b1 * mw + (1 - b1) * gw; vw = b2 * vw + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb; vb = b2 * vb + (1 - b2) * gb * gb
        w -= lr * (mw / (1 - b1 ** t)) / (np.sqrt(vw / (1 - b2 ** t)) + eps)
        b -= lr * (mb / (1 - b1 ** t)) / (np.sqrt(vb / (1 - b2 ** t)) + eps)
    return w, b


def quantize(w, b):
    scale = float(np.abs(w).max()) / 127 or 1e-6
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    blob = b"BIM1" + struct.pack("<Iff", BUCKETS, scale, b) + q.tobytes()
    return base64.b64encode(blob).decode(), q, scale


def sample_weights(items, y):
    # Balance classes; own hard negatives and dev benign count more than the PII bulk.
    sw = np.ones(len(items))
    kinds = np.array([it["set"] for it in items])
    pos = y == 1
    neg = ~pos
    sw[pos] = 1.0
    sw[neg & (kinds == "pii")] = 0.5
    sw[neg & (kinds != "pii")] = 2.0
    sw[neg] *= sw[pos].sum() / sw[neg].sum()
    return sw


def folds_of(items, k):
    groups = sorted(set(it["group"] for it in items))
    sizes = {g: 0 for g in groups}
    for it in items:
        sizes[it["group"]] += 1
    # Deterministic greedy balance: biggest groups first onto the lightest fold.
    order = sorted(groups, key=lambda g: (-sizes[g], hashlib.sha1(g.encode()).hexdigest()))
    load_ = [0] * k
    assign = {}
    for g in order:
        f = min(range(k), key=lambda i: (load_[i], i))
        assign[g] = f
        load_[f] += sizes[g]
    return np.array([assign[it["group"]] for it in items])


def write_swift(encoded):
    path = os.path.join(REPO, "Sources", "BulwarkShield", "Injection", "InjectionModelWeights.swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by training/injection/train.py. Do not edit by hand.\n")
        f.write("// swift-format-ignore-file\n\n")
        f.write("/// The bundled injection model, base64 of the layout described in ``InjectionModel``.\n")
        f.write("enum InjectionModelWeights {\n")
        f.write(f'    static let base64 = "{encoded}"\n')
        f.write("}\n")
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=SHARED)
    ap.add_argument("--folds", type=int, default=0, help="also train K grouped cross-validation models")
    ap.add_argument("--fold-dir", default="/tmp/inj-cv")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--l2", type=float, default=2e-4)
    ap.add_argument("--epochs", type=int, default=400)
    args = ap.parse_args()

    items = load(args.shared)
    y = np.array([it["label"] for it in items], dtype=float)
    print(f"items: {len(items)} (attacks {int(y.sum())}, benign {int(len(y) - y.sum())})", file=sys.stderr)
    rows, cols, vals = build(items)
    n = len(items)
    sw = sample_weights(items, y)

    if args.folds:
        os.makedirs(args.fold_dir, exist_ok=True)
        fold = folds_of(items, args.folds)
        oof = np.zeros(n)
        for f in range(args.folds):
            train = fold != f
            keep = train[rows]
            remap = np.cumsum(train) - 1
            w, b = fit(remap[rows[keep]], cols[keep], vals[keep], y[train], sw[train], int(train.sum()),
                       l2=args.l2, epochs=args.epochs)
            enc, q, scale = quantize(w, b)
            open(os.path.join(args.fold_dir, f"fold{f}.b64"), "w").write(enc)
            z = np.bincount(rows, weights=vals * q[cols].astype(float) * scale, minlength=n) + b
            oof[fold == f] = (1 / (1 + np.exp(-z)))[fold == f]
            with open(os.path.join(args.fold_dir, f"fold{f}.jsonl"), "w", encoding="utf-8") as out:
                for i in np.nonzero(fold == f)[0]:
                    it = items[i]
                    out.write(json.dumps({"id": it["id"], "text": it["text"], "label": it["label"],
                                          "set": it["set"], "group": it["group"]}) + "\n")
            print(f"fold {f}: train {int(train.sum())} test {int((~train).sum())}", file=sys.stderr)
        with open(os.path.join(args.fold_dir, "model_oof.jsonl"), "w") as out:
            for it, p in zip(items, oof):
                out.write(json.dumps({"id": it["id"], "score": float(p), "label": it["label"], "set": it["set"]}) + "\n")

    w, b = fit(rows, cols, vals, y, sw, n, l2=args.l2, epochs=args.epochs)
    enc, q, scale = quantize(w, b)
    print(f"bias {b:.3f} scale {scale:.5f} nonzero {int((q != 0).sum())} base64 {len(enc)} chars", file=sys.stderr)
    if not args.no_write:
        print("wrote", write_swift(enc), file=sys.stderr)


if __name__ == "__main__":
    main()
