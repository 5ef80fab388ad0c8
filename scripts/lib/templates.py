"""Fills prompt templates (evals/templates/*.txt) with Faker values, the way the shared dev set was made, and writes
the records in the shared scorer's format.

A template file holds texts separated by lines of `====`; a first line `#locale: de_DE` picks the locale. `{PERSON}`,
`{PHONE}`, `{DOB}`, … are sensitive values (gold spans); `{ORDER_ID}`, `{DATE}`, `{UUID}`, … are look-alikes that must
stay (negatives). `{PERSON#1}` repeats one value within a text. Each template is filled `ROUNDS` times with other
values. Faker only makes test data here; no lexicon is derived from it.
Usage: python templates.py OUT.jsonl TEMPLATE.txt...   (needs `faker`; see scripts/eval-formats)
"""
import base64
import datetime
import json
import random
import re
import string
import sys
import uuid

from faker import Faker

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from formats import birth_date  # noqa: E402
from probes import GEN  # noqa: E402

ROUNDS = 3
# Dates are drawn from fixed windows, not relative to today, so the same templates fill the same way on every run.
DECADE = (datetime.date(2020, 1, 1), datetime.date(2029, 12, 31))
YEAR = (datetime.datetime(2026, 1, 1), datetime.datetime(2026, 12, 31, 23, 59, 59))
US = Faker("en_US")
US.seed_instance(99)
TITLES = {"en_US": ["Mr.", "Mrs.", "Ms.", "Dr."], "en_GB": ["Mr", "Mrs", "Ms", "Miss", "Dr"],
          "de_DE": ["Herr", "Frau", "Dr."], "fr_FR": ["M.", "Mme", "Madame", "Monsieur"]}
PRODUCTS = ["Jira", "Confluence", "Salesforce", "SAP S/4HANA", "Kafka", "Jenkins", "Terraform", "Slack", "Zoom",
            "ThinkPad X1", "Office 365", "Tableau", "Workday", "Grafana"]


def b64url(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def passport(locale):
    if locale == "de_DE":
        return "C" + "".join(random.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if locale == "fr_FR":
        return "%02d%s%05d" % (random.randint(10, 99), "".join(random.choices(string.ascii_uppercase, k=2)),
                               random.randint(0, 99999))
    if locale == "en_GB":
        return "%09d" % random.randint(100000000, 999999999)
    return US.passport_number()


def value(name, f, locale):
    """(text, gold type or None, negative kind or None) for one placeholder."""
    if name == "PERSON":
        return f.first_name() + " " + f.last_name(), "PERSON", None
    if name == "FIRST":
        return f.first_name(), "PERSON", None
    if name == "LAST":
        return f.last_name(), "PERSON", None
    if name == "EMAIL":
        return random.choice([f.free_email(), f.company_email()]), "EMAIL", None
    if name == "PHONE":
        return f.phone_number(), "PHONE", None
    if name == "ADDRESS":
        return f.address().replace("\n", ", "), "STREET_ADDRESS", None
    if name == "ADDRESS_ML":
        return f.address(), "STREET_ADDRESS", None
    if name == "DOB":
        return birth_date(f, locale), "DATE_OF_BIRTH", None
    if name == "SSN":
        return US.ssn(), "US_SSN", None
    if name == "CARD":
        return GEN[random.choice(["visa", "visa_dash", "mc", "amex"])]()[1], "CREDIT_CARD", None
    if name == "IBAN":
        iban = f.iban() if locale != "en_US" else GEN["iban_gb"]()[1].replace(" ", "")
        return (" ".join(iban[k:k + 4] for k in range(0, len(iban), 4)) if random.random() < 0.5 else iban), "IBAN", None
    if name == "PASSPORT":
        return passport(locale), "PASSPORT", None
    if name == "IP":
        return random.choice([f.ipv4_public(), f.ipv4_private(), f.ipv6()]), "IP_ADDRESS", None
    secrets = {"AWS_ACCESS_KEY": "aws_ak", "AWS_SECRET_KEY": "aws_sk", "GITHUB_TOKEN": "ghp", "SLACK_TOKEN": "slack",
               "OPENAI_KEY": "openai", "STRIPE_KEY": "stripe", "GOOGLE_API_KEY": "google", "PASSWORD": "pw",
               "SECRET": "secret"}
    if name in secrets:
        typ, v = GEN[secrets[name]]()
        return v, typ, None
    if name == "JWT":
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = b64url(json.dumps({"sub": str(random.randint(1000, 99999)), "iat": random.randint(1.6e9, 1.8e9)}).encode())
        return head + "." + body + "." + b64url(random.randbytes(32)), "JWT", None
    if name == "PRIVATE_KEY":
        lines = [base64.b64encode(random.randbytes(48)).decode() for _ in range(6)]
        return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----", \
            "PRIVATE_KEY", None
    negatives = {
        "ORDER_ID": lambda: random.choice(["ORD-%07d" % random.randint(0, 9999999), "%09d" % random.randint(0, 10**9 - 1),
                                           "INV-%d-%04d" % (random.randint(2023, 2026), random.randint(1, 9999))]),
        "TRACKING_NO": lambda: random.choice(["1Z%s" % "".join(random.choices(string.ascii_uppercase + string.digits, k=16)),
                                              "%022d" % random.randint(0, 10**22 - 1)]),
        "VERSION": lambda: random.choice(["v%d.%d.%d" % (random.randint(0, 9), random.randint(0, 30), random.randint(0, 99)),
                                          "%d.%d.%d.%d" % tuple(random.randint(0, 20) for _ in range(4))]),
        "UUID": lambda: str(uuid.UUID(int=random.getrandbits(128), version=4)),
        "GIT_SHA": lambda: "%040x" % random.getrandbits(160) if random.random() < 0.5 else "%07x" % random.getrandbits(28),
        "DATE": lambda: f.date_between_dates(*DECADE).strftime(random.choice(["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y", "%d.%m.%Y"])),
        "TIMESTAMP": lambda: f.date_time_between_dates(*YEAR).isoformat() + random.choice(["Z", "", "+00:00"]),
        "PRICE": lambda: random.choice(["$%d.%02d", "€%d,%02d", "£%d.%02d"]) % (random.randint(5, 9999), random.randint(0, 99)),
        "ISBN": lambda: f.isbn13(),
        "CITY": lambda: f.city(),
        "COMPANY": lambda: f.company(),
        "PRODUCT": lambda: random.choice(PRODUCTS),
        "PLACEHOLDER_EMAIL": lambda: f.user_name() + "@" + random.choice(["example.com", "example.org", "test.invalid"]),
        "PLACEHOLDER_SECRET": lambda: random.choice(["${API_KEY}", "<YOUR_TOKEN>", "****", "sk-...", "changeme"]),
        "LOOPBACK_IP": lambda: random.choice(["127.0.0.1", "::1", "0.0.0.0", "localhost"]),
        "HOSTNAME": lambda: f.hostname(),
    }
    if name in negatives:
        return negatives[name](), None, name
    raise KeyError(name)


def fill(template, f, locale, rid):
    text, spans, negatives, seen, pos = "", [], [], {}, 0
    for m in re.finditer(r"\{([A-Z_]+)(#\d+)?\}", template):
        text += template[pos:m.start()]
        pos = m.end()
        name, key = m.group(1), m.group(0)
        if name == "PERSON_TITLED":
            # (One title per indexed person: `{PERSON_TITLED#1}` is the same `Frau X` at every use.)
            title = seen[key + "title"] if m.group(2) and key + "title" in seen else random.choice(TITLES[locale])
            if m.group(2):
                seen[key + "title"] = title
            text += title + " "
            name = "PERSON"
        v = seen[key] if m.group(2) and key in seen else value(name, f, locale)
        if m.group(2):
            seen[key] = v
        piece, typ, neg = v
        if typ:
            spans.append({"start": len(text), "end": len(text) + len(piece), "type": typ})
        elif neg:
            negatives.append({"start": len(text), "end": len(text) + len(piece), "kind": neg})
        text += piece
    text += template[pos:]
    return {"id": rid, "text": text, "spans": spans, "negatives": negatives, "meta": {"locale": locale}}


def build(paths):
    random.seed(12)
    fakers = {}
    out = []
    for path in paths:
        name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        blocks = [b.strip("\n") for b in open(path, encoding="utf-8").read().split("\n====\n") if b.strip()]
        for k, block in enumerate(blocks):
            locale = "en_US"
            if block.startswith("#locale:"):
                first, _, block = block.partition("\n")
                locale = first.split(":", 1)[1].strip()
            if locale not in fakers:
                fakers[locale] = Faker(locale)
                fakers[locale].seed_instance(len(fakers))
            for r in range(ROUNDS):
                out.append(fill(block, fakers[locale], locale, "%s-%03d-%d" % (name, k, r)))
    return out


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for r in build(sys.argv[2:]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
