#!/usr/bin/env python3
"""Writes attacks_handwritten.jsonl and benign_handwritten.jsonl from the hand-written lists
in corpus_attacks.py and corpus_benign.py (carriers x planted payloads x placements).
Deterministic; rerun after editing the lists."""
import json
import os
import random

import corpus_attacks as A
import corpus_benign as B

HERE = os.path.dirname(os.path.abspath(__file__))


def split_doc(doc):
    lines = doc.split("\n")
    cut = max(1, len(lines) // 2)
    return "\n".join(lines[:cut]), "\n".join(lines[cut:])


def blob_prompts(rnd):
    """Benign prompts around random key material, hashes and encoded config values: the model
    must learn that opaque blobs alone are not attacks."""
    import base64
    import uuid
    asks = ["Is this certificate expired? How do I check it with openssl?",
            "Why does our service reject this key?",
            "What format is this value in, and how do I load it in Python?",
            "Can you tell what this blob is?",
            "Our config has this value. Is it safe to commit?",
            "How do I verify this signature?"]
    out = []
    for i in range(36):
        raw = bytes(rnd.getrandbits(8) for _ in range(rnd.choice([24, 48, 96, 180])))
        b64 = base64.b64encode(raw).decode()
        kind = i % 6
        if kind == 0:
            lines = "\n".join(b64[j:j + 64] for j in range(0, len(b64), 64))
            blob = f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----"
        elif kind == 1:
            blob = f"signature: {raw.hex()}"
        elif kind == 2:
            blob = f"apiVersion: v1\nkind: Secret\ndata:\n  token: {b64}"
        elif kind == 3:
            blob = f"request_id={uuid.UUID(int=rnd.getrandbits(128))} sha256={raw[:32].hex()}"
        elif kind == 4:
            blob = f"Authorization: Bearer {b64.rstrip('=')}.{base64.urlsafe_b64encode(raw[:12]).decode().rstrip('=')}"
        else:
            blob = f"ssh-ed25519 {b64} deploy@build-{i:02d}"
        out.append({"text": f"{asks[i % len(asks)]}\n\n{blob}", "group": f"blob{i // 6}"})
    return out


def main():
    rnd = random.Random(4)
    attacks = [{"text": t, "group": f"direct{i // 10}"} for i, t in enumerate(A.DIRECT)]
    for ci, (task, doc) in enumerate(A.CARRIERS):
        payloads = rnd.sample(range(len(A.PLANTED)), 6)
        for k, pi in enumerate(payloads):
            head, tail = split_doc(doc)
            body = A.PLACEMENTS[(ci + k) % len(A.PLACEMENTS)].format(doc=doc, head=head, tail=tail, payload=A.PLANTED[pi])
            attacks.append({"text": f"{task}\n\n{body}", "group": f"carrier{ci}"})
    benign = [{"text": t, "group": f"hard{i // 12}"} for i, t in enumerate(B.HARD_NEGATIVES)]
    benign += [{"text": t, "group": f"plain{i // 12}"} for i, t in enumerate(B.PLAIN)]
    for ci, (task, doc) in enumerate(A.CARRIERS):
        benign.append({"text": f"{task}\n\n{doc}", "group": f"carrier{ci}"})
    for di, (task, doc) in enumerate(B.BENIGN_DOCS):
        benign.append({"text": f"{task}\n\n{doc}", "group": f"bdoc{di // 4}"})
    benign += blob_prompts(random.Random(7))
    for name, rows in (("attacks_handwritten.jsonl", attacks), ("benign_handwritten.jsonl", benign)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(rows))


if __name__ == "__main__":
    main()
