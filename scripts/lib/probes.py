"""Builds the DLP probe set (evals/probes/*.txt) as JSON lines in the shared scorer's record format.

A probe file holds texts separated by lines of `====`. In a text, `{TYPE:value}` marks a gold span of TYPE
and `{GEN:kind}` a generated value with valid check digits (cards, IBANs, SSNs) or a random key in its real
format. Generation is seeded, so the set is the same on every run.
Usage: python3 scripts/lib/probes.py OUT.jsonl PROBE.txt...
"""
import json
import random
import re
import string
import sys

random.seed(11)
A62 = string.ascii_letters + string.digits


def luhn_complete(prefix, n):
    d = [int(c) for c in prefix] + [random.randint(0, 9) for _ in range(n - len(prefix) - 1)]
    for c in range(10):
        s = 0
        for i, x in enumerate(reversed(d + [c])):
            if i % 2:
                x = x * 2 - 9 if x * 2 > 9 else x * 2
            s += x
        if s % 10 == 0:
            return "".join(map(str, d + [c]))


def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def group4(s, sep=" "):
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def rnd(alpha, n):
    return "".join(random.choice(alpha) for _ in range(n))


GEN = {
    "visa": lambda: ("CREDIT_CARD", group4(luhn_complete("4", 16))),
    "visa_dash": lambda: ("CREDIT_CARD", group4(luhn_complete("4", 16), "-")),
    "mc": lambda: ("CREDIT_CARD", luhn_complete("5" + str(random.randint(1, 5)), 16)),
    "amex": lambda: ("CREDIT_CARD", (lambda s: s[:4] + " " + s[4:10] + " " + s[10:])(luhn_complete("37", 15))),
    "iban_de": lambda: ("IBAN", group4(iban("DE", rnd(string.digits, 18)))),
    "iban_fr": lambda: (
        "IBAN",
        iban("FR", rnd(string.digits, 10) + rnd(string.ascii_uppercase + string.digits, 11) + rnd(string.digits, 2)),
    ),
    "iban_gb": lambda: ("IBAN", group4(iban("GB", "NWBK" + rnd(string.digits, 14)))),
    "iban_nl": lambda: ("IBAN", iban("NL", "ABNA" + rnd(string.digits, 10))),
    "ssn": lambda: (
        "US_SSN",
        "%03d-%02d-%04d" % (random.randint(100, 665), random.randint(1, 99), random.randint(1, 9999)),
    ),
    "aws_ak": lambda: ("AWS_ACCESS_KEY", "AKIA" + rnd(string.ascii_uppercase + "234567", 16)),
    "aws_sk": lambda: ("AWS_SECRET_KEY", rnd(A62 + "/+", 40)),
    "ghp": lambda: ("GITHUB_TOKEN", "ghp_" + rnd(A62, 36)),
    "slack": lambda: (
        "SLACK_TOKEN",
        "xoxb-" + rnd(string.digits, 12) + "-" + rnd(string.digits, 13) + "-" + rnd(A62, 24),
    ),
    "openai": lambda: ("OPENAI_KEY", "sk-proj-" + rnd(A62 + "-_", 48)),
    "stripe": lambda: ("STRIPE_KEY", "sk_live_" + rnd(A62, 24)),
    "google": lambda: ("GOOGLE_API_KEY", "AIza" + rnd(A62 + "-_", 35)),
    "pw": lambda: (
        "PASSWORD",
        rnd(string.ascii_letters, 5) + rnd(string.digits, 3) + random.choice("!#%&*") + rnd(string.ascii_letters, 3),
    ),
    "secret": lambda: ("GENERIC_SECRET", rnd(string.ascii_lowercase + string.digits, 32)),
}


def build(paths):
    out = []
    for path in paths:
        name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for k, block in enumerate(open(path, encoding="utf-8").read().split("\n====\n")):
            block = block.strip("\n")
            if not block:
                continue
            text, spans, pos = "", [], 0
            for m in re.finditer(r"\{([A-Z_]+|GEN):([^{}]*)\}", block, re.S):
                text += block[pos : m.start()]
                typ, val = m.group(1), m.group(2)
                if typ == "GEN":
                    typ, val = GEN[val]()
                spans.append({"start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
                pos = m.end()
            text += block[pos:]
            out.append(
                {"id": "%s-%03d" % (name, k), "text": text, "spans": spans, "negatives": [], "meta": {"template": name}}
            )
    return out


if __name__ == "__main__":
    records = build(sys.argv[2:])
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
