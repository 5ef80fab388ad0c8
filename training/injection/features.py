"""Python mirror of the Swift featurizer (TextNormalizer.fold + ScanBuffer + FeatureHashing).

Keep in step with Sources/BulwarkShield/Injection/{TextNormalizer,UnicodeFolding,ScanBuffer,
FeatureHashing}.swift. The look-alike table is read from UnicodeFolding.swift itself so the
two cannot drift.
"""
import os
import re
import unicodedata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
SWIFT_DIR = os.path.join(HERE, "..", "..", "Sources", "BulwarkShield", "Injection")

FNV_OFFSET = 2166136261
FNV_PRIME = 16777619
UNIGRAM_SALT = 0x5BD1E995
BIGRAM_SALT = 0x27D4EB2F
CHAR_SALTS = (0x3C6EF372, 0xA54FF53A, 0x510E527F)
MAX_MODEL_BYTES = 32 * 1024
M32 = 0xFFFFFFFF


def _lookalikes():
    src = open(os.path.join(SWIFT_DIR, "UnicodeFolding.swift"), encoding="utf-8").read()
    body = src.split("func latinLookAlike", 1)[1].split("default:", 1)[0]
    table = {}
    for cases, target in re.findall(r"case ([0-9xA-Fa-f, ]+): return (0x[0-9A-Fa-f]+)", body):
        for c in cases.split(","):
            table[int(c.strip(), 16)] = int(target, 16)
    return table


LOOKALIKE = _lookalikes()
INVISIBLE = {0x200B, 0x200C, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x00AD, 0x180E, 0x115F, 0x1160,
             0x3164, 0x034F, 0x17B4, 0x17B5}
BIDI = {0x200E, 0x200F, 0x061C} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
COMBINING = [(0x0300, 0x036F), (0x0483, 0x0489), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]


def _is_latin(v):
    return (0x41 <= v <= 0x5A) or (0x61 <= v <= 0x7A) or (0xC0 <= v <= 0x24F and v not in (0xD7, 0xF7))


def _is_other(v):
    return 0x370 <= v <= 0x58F


def _is_word_scalar(v):
    if v < 0x80:
        return (0x30 <= v <= 0x39) or (0x41 <= v <= 0x5A) or (0x61 <= v <= 0x7A)
    return _is_latin(v) or _is_other(v)


def fold(text):
    """TextNormalizer.fold without the hidden-text recovery (which only feeds decoding)."""
    if all(0x20 <= ord(c) < 0x7F or c in "\n\t\r" for c in text):
        return text
    out = []
    prev = 0
    for ch in unicodedata.normalize("NFKC", text):
        v = ord(ch)
        if v == 0x08:
            if out:
                out.pop()
            continue
        if v < 0x20 and v not in (0x09, 0x0A, 0x0D) or v == 0x7F:
            continue
        if v in INVISIBLE or v in BIDI:
            continue
        if 0xE0000 <= v <= 0xE007F:
            continue
        if any(a <= v <= b for a, b in COMBINING):
            continue
        if 0xFE00 <= v <= 0xFE0F or 0xE0100 <= v <= 0xE01EF:
            continue
        out.append(v)
        prev = v
    latin = sum(1 for v in out if _is_latin(v))
    other = sum(1 for v in out if (not _is_latin(v)) and _is_other(v))
    if other:
        dominant = latin > other
        start = 0
        while start < len(out):
            end = start
            has_latin = has_other = False
            foldable = True
            while end < len(out) and _is_word_scalar(out[end]):
                v = out[end]
                if _is_latin(v):
                    has_latin = True
                elif _is_other(v):
                    has_other = True
                    if v not in LOOKALIKE:
                        foldable = False
                end += 1
            if has_other and (has_latin or (dominant and foldable)):
                for i in range(start, end):
                    if out[i] in LOOKALIKE:
                        out[i] = LOOKALIKE[out[i]]
            start = end + 1
    return "".join(chr(v) for v in out)


_WS = re.compile(rb"[ \t\n\v\f\r]+")
_WORD = re.compile(rb"[a-z0-9\x80-\xff]+")


def scan_bytes(text):
    raw = fold(text).encode("utf-8", "surrogatepass").lower()  # bytes.lower() is ASCII-only
    return _WS.sub(lambda m: b"\n" if b"\n" in m.group() else b" ", raw)


def fnv(data, h=FNV_OFFSET):
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & M32
    return h


def fmix(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def buckets(text, mask):
    """Bucket index of every feature, in the Swift order (duplicates kept)."""
    buf = scan_bytes(text)
    limit = min(len(buf), MAX_MODEL_BYTES)
    out = []
    prev = None
    for m in _WORD.finditer(buf):
        if m.end() > limit:
            break
        h = fnv(m.group())
        out.append(fmix(h ^ UNIGRAM_SALT) & mask)
        if prev is not None:
            out.append(fmix(((prev * FNV_PRIME) & M32) ^ h ^ BIGRAM_SALT) & mask)
        prev = h
    for i in range(0, limit - 2):
        h = FNV_OFFSET
        for k in range(5):
            if i + k >= limit:
                break
            h = ((h ^ buf[i + k]) * FNV_PRIME) & M32
            if k >= 2:
                out.append(fmix(h ^ CHAR_SALTS[k - 2]) & mask)
    return np.array(out, dtype=np.int64)
