"""Builds a value-format sweep for the DLP detectors: values from Faker's en_US, en_GB, de_DE and fr_FR providers
(the locales of the shared dev set, whose values Faker also made) in short neutral frames, plus clean records made of
Faker's company names, job titles, cities and catch phrases. It measures whether the detectors know the *formats*
(phone numbers, addresses, dates, cards, names with titles and degrees), not a template: each frame is one line.

Gold conventions follow ../shared/evals/pii/README.md: titles (Mr., Frau, M.) are not part of a name; degrees and
generational suffixes after it are. Faker is only used to make test data here; no lexicon is derived from it.
Usage: python formats.py OUT.jsonl   (needs `faker`; scripts/eval-formats installs it into a virtualenv)
"""
import datetime
import json
import random
import re
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR"]
TITLE = re.compile(r"^((Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Frau|Herr|Univ\.Prof|Dipl\.-Ing|Dipl\.-Kfm|Ing|M|Mme|Mlle|Me)\.? )+")
MONTHS = {
    "de_DE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr_FR": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}
PHONE_FRAMES = [
    ("Phone: ", ""), ("You can reach me on ", " during office hours."), ("Tel. ", " (mobile)"),
    ("Rückruf bitte unter ", ", danke"), ("Merci de rappeler au ", " avant midi."), ('"phone": "', '"'),
    ("call me back at ", " asap"),
]
DOB_FRAMES = [
    ("DOB: ", ""), ("Date of birth: ", ""), ("born on ", " in Leeds"), ("Geburtsdatum: ", ""), ("né le ", " à Lyon"),
    ("birthdate=", ""), ("Geboren am ", " in Köln"),
]
ADDRESS_FRAMES = [("Ship to: ", ""), ("Address: ", ""), ("Lieferadresse: ", ""), ("Adresse : ", ""),
                  ("She lives at ", " with her family.")]
LAST_FIRST_FRAMES = [("Name: ", ""), ("Patient: ", ", seen today"), ('name,age,status\n"', '",42,active')]
NAME_FRAMES = [
    ("Customer: ", ""), ("Hi ", ","), ("Thanks, ", ""), ("Signed by ", " on Monday."), ("Patient name: ", ""),
    ("Contact person: ", " (Sales)"), ("Ansprechpartner: ", ""), ("Interlocuteur : ", ""),
]
CLEAN_FRAMES = [
    "Draft a short intro for {company}, a {job} team based in {city}.",
    "Summarize our partnership with {company} ({catch}).",
    "Vendor: {company}\nCity: {city}\nCategory: {job}",
    "Rewrite this tagline for {company}: \"{catch}\"",
    "Compare {company} and {company2} as suppliers for the {city} office.",
]


def record(records, kind, parts):
    """parts: (text, TYPE or None) pieces; a title opening a PERSON piece is moved out of the span."""
    text, spans = "", []
    for piece, typ in parts:
        if typ == "PERSON":
            m = TITLE.match(piece)
            if m:
                text += piece[: m.end()]
                piece = piece[m.end():]
        if typ:
            spans.append({"start": len(text), "end": len(text) + len(piece), "type": typ})
        text += piece
    records.append({"id": "%s-%04d" % (kind, len(records)), "text": text, "spans": spans, "negatives": [],
                    "meta": {"template": kind}})


def birth_date(f, locale):
    # (An adult's birth date in a fixed window, not relative to today: the sweep fills the same way on every run.)
    d = f.date_between_dates(datetime.date(1936, 1, 1), datetime.date(2008, 12, 31))
    if locale in MONTHS and random.random() < 0.4:
        sep = ". " if locale == "de_DE" else " "
        return "%d%s%s %d" % (d.day, sep, MONTHS[locale][d.month - 1], d.year)
    fmt = random.choice(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%d %b %Y",
                         "%b %d, %Y", "%d-%m-%Y", "%Y/%m/%d", "%A, %B %d, %Y", "%d-%b-%Y", "%d/%m/%y", "%Y%m%d",
                         "%b. %d, %Y", "%d.%m.%y"])
    return d.strftime(fmt)


def documents(records, f, locale):
    """One record laid out as a document: a Markdown table, YAML, JSON, an e-mail signature or a log line."""
    first, last = f.first_name(), f.last_name()
    name, phone, mail = first + " " + last, f.phone_number(), f.free_email()
    kind = random.choice(["table", "yaml", "json", "signature", "log"])
    if kind == "table":
        parts = [("| Name | Phone | Born |\n|---|---|---|\n| ", None), (name, "PERSON"), (" | ", None),
                 (phone, "PHONE"), (" | ", None), (birth_date(f, locale), "DATE_OF_BIRTH"), (" |", None)]
    elif kind == "yaml":
        parts = [("contact:\n  name: ", None), (name, "PERSON"), ("\n  phone: \"", None), (phone, "PHONE"),
                 ("\"\n  email: ", None), (mail, "EMAIL"), ("\n  team: billing", None)]
    elif kind == "json":
        parts = [('{"customer": {"firstName": "', None), (first, "PERSON"), ('", "lastName": "', None),
                 (last, "PERSON"), ('", "email": "', None), (mail, "EMAIL"), ('", "tier": "gold"}}', None)]
    elif kind == "signature":
        parts = [("Can you shorten this reply?\n\nBest regards,\n", None), (name, "PERSON"),
                 ("\n" + f.job() + "\nT: ", None), (phone, "PHONE"), ("\n", None), (mail, "EMAIL")]
    else:
        parts = [(f.date_time_between_dates(datetime.datetime(2026, 1, 1), datetime.datetime(2026, 12, 31)).isoformat() + "Z INFO login ok user=", None), (mail, "EMAIL"), (" ip=", None),
                 (f.ipv4_public(), "IP_ADDRESS"), (' display="', None), (name, "PERSON"), ('"', None)]
    record(records, "document-" + kind + "-" + locale, parts)


def build():
    random.seed(7)
    records = []
    for n, locale in enumerate(LOCALES):
        f = Faker(locale)
        f.seed_instance(100 + n)
        for _ in range(40):
            a, b = random.choice(PHONE_FRAMES)
            record(records, "phone-" + locale, [(a, None), (f.phone_number(), "PHONE"), (b, None)])
        for _ in range(30):
            a, b = random.choice(ADDRESS_FRAMES)
            record(records, "address-" + locale,
                   [(a, None), (f.address().replace("\n", ", "), "STREET_ADDRESS"), (b, None)])
        for _ in range(20):
            record(records, "letter-" + locale, [
                ("Please send the contract to\n\n", None), (f.name(), "PERSON"), ("\n", None),
                (f.address(), "STREET_ADDRESS"), ("\n\nThanks.", None)])
        for _ in range(30):
            a, b = random.choice(DOB_FRAMES)
            record(records, "dob-" + locale, [(a, None), (birth_date(f, locale), "DATE_OF_BIRTH"), (b, None)])
        for _ in range(30):
            name = random.choice([f.name(), f.name(), f.first_name() + " " + f.last_name()])
            a, b = random.choice(NAME_FRAMES)
            record(records, "name-" + locale, [(a, None), (name, "PERSON"), (b, None)])
        for _ in range(10):
            a, b = random.choice(LAST_FIRST_FRAMES)
            record(records, "lastfirst-" + locale,
                   [(a, None), (f.last_name() + ", " + f.first_name(), "PERSON"), (b, None)])
        for _ in range(10):
            record(records, "iban-" + locale, [("IBAN: ", None), (f.iban(), "IBAN")])
        for _ in range(15):
            email = random.choice([f.free_email(), f.company_email()])
            record(records, "email-" + locale, [("Mail: ", None), (email, "EMAIL")])
        for _ in range(25):
            frame = random.choice(CLEAN_FRAMES)
            text = frame.format(company=f.company(), company2=f.company(), job=f.job(), city=f.city(),
                                catch=f.catch_phrase())
            record(records, "clean-" + locale, [(text, None)])
    for n, locale in enumerate(LOCALES):
        f = Faker(locale)
        f.seed_instance(300 + n)
        for _ in range(12):
            documents(records, f, locale)
    for n, locale in enumerate(["es_ES", "it_IT", "nl_NL", "nl_BE", "de_AT", "de_CH", "pl_PL", "pt_PT"]):
        f = Faker(locale)
        f.seed_instance(200 + n)
        for _ in range(3):
            iban = f.iban()
            if random.random() < 0.5:
                iban = " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
            record(records, "iban-" + locale, [(random.choice(["IBAN: ", "Bankverbindung ", "pay to "]), None),
                                               (iban, "IBAN")])
    f = Faker("en_US")
    f.seed_instance(99)
    for _ in range(30):
        ssn = f.ssn()
        if random.random() < 0.3:
            ssn = ssn.replace("-", random.choice([" ", ""]))
        record(records, "ssn", [(random.choice(["SSN: ", "Social Security Number ", "ssn="]), None),
                                (ssn, "US_SSN")])
    for card_type in ["visa", "mastercard", "amex", "discover", "visa16", "visa19", "jcb", "diners", "maestro"]:
        for _ in range(4):
            number = f.credit_card_number(card_type=card_type)
            if len(number) == 16 and random.random() < 0.5:
                sep = random.choice([" ", "-"])
                number = sep.join(number[k:k + 4] for k in range(0, 16, 4))
            record(records, "card-" + card_type,
                   [(random.choice(["Card number: ", "Kreditkarte ", "paid with card "]), None),
                    (number, "CREDIT_CARD")])
    for _ in range(20):
        record(records, "passport", [("Passport No: ", None), (f.passport_number(), "PASSPORT")])
    for _ in range(20):
        record(records, "ip", [("src=", None), (f.ipv6(), "IP_ADDRESS"), (" dst=", None),
                               (random.choice([f.ipv4_private(), f.ipv4_public()]), "IP_ADDRESS")])
    return records


if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for r in build():
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
