"""Generated pages (fixed seed): traps around fictional numbers in many formats and regions.

Complements the hand-written corpus: hundreds of dates, prices, ids, coordinates and account numbers must yield
no phone, and fictional numbers written the ways people write them must all be found.
"""

import random

import pytest

from scraping.extraction import extract_page

RNG_SEED = 4


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


TRAPS = [
    lambda r: f"{r.randint(1990, 2030)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
    lambda r: f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1990, 2030)}",
    lambda r: f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.randint(1990, 2030)}",
    lambda r: f"${r.randint(1, 999)},{digits(r, 3)}.{digits(r, 2)}",
    lambda r: f"{r.randint(1, 999)}.{digits(r, 3)},{digits(r, 2)} €",
    lambda r: f"Order #{digits(r, r.randint(8, 12))}",
    lambda r: f"Invoice {digits(r, 4)}-{digits(r, 6)}",
    lambda r: f"SKU: {digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}",
    lambda r: f"Tracking number {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
    lambda r: f"{r.uniform(-90, 90):.6f}, {r.uniform(-180, 180):.6f}",
    lambda r: f"ISBN 978-{digits(r, 1)}-{digits(r, 3)}-{digits(r, 5)}-{digits(r, 1)}",
    lambda r: f"version {r.randint(1, 20)}.{r.randint(0, 20)}.{r.randint(0, 200)}",
    lambda r: f"{r.randint(1990, 2020)}–{r.randint(2021, 2030)}",
    lambda r: f"{r.randint(1, 9)},{digits(r, 3)},{digits(r, 3)} visitors",
    lambda r: f"ZIP {digits(r, 5)}-{digits(r, 4)}",
    lambda r: f"IBAN DE{digits(r, 2)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 4)} {digits(r, 2)}",
    lambda r: f"Customer ID: {digits(r, 10)}",
    lambda r: f"Ref. {digits(r, 3)} {digits(r, 3)} {digits(r, 4)}",
    lambda r: digits(r, r.choice([10, 11, 12, 13])),
    lambda r: f"between {r.randint(1, 12)}:{digits(r, 2)} and {r.randint(1, 12)}:{digits(r, 2)}",
    lambda r: f"Room {digits(r, 3)}, floor {digits(r, 2)}, desk {digits(r, 4)}",
]

# (region, format) -> fictional numbers libphonenumber accepts as valid
FORMATS = {
    "CA": ["({a}) 555-01{x}", "{a}-555-01{x}", "{a}.555.01{x}", "+1 {a} 555 01{x}", "1-{a}-555-01{x}"],
    "US": ["({b}) 555-01{x}", "{b}-555-01{x}", "+1 ({b}) 555-01{x}", "{b} 555 01{x}"],
    "GB": ["020 7946 0{y}", "+44 (0)20 7946 0{y}", "+44 20 7946 0{y}", "0113 496 0{y}"],
    "AU": ["(02) 5550 {z}", "+61 2 5550 {z}", "02 5550 {z}", "(03) 7010 {z}"],
    "DE": ["030 23125 {y}", "+49 (0)30 23125 {y}", "089 99998 {y}", "+49 89 99998{y}"],
    "FR": ["01 99 00 {p} {q}", "+33 1 99 00 {p} {q}", "01.99.00.{p}.{q}", "04 65 71 {p} {q}"],
}
LABELS = ["Tel:", "Phone", "Call us on", "Téléphone :", "Telefon:", "", "Office", "Reservations:"]


def _number(r: random.Random, fmt: str) -> str:
    return fmt.format(
        a=r.choice(["416", "647", "604", "514"]),
        b=r.choice(["212", "312", "617", "206"]),
        x=f"{r.randint(0, 99):02d}",
        y=f"{r.randint(0, 999):03d}",
        z=f"{r.randint(0, 9999):04d}",
        p=f"{r.randint(0, 99):02d}",
        q=f"{r.randint(0, 99):02d}",
    )


@pytest.mark.parametrize("region", ["US", "CA", "GB", "DE", "FR", "AU", "IN"])
def test_generated_trap_pages_yield_no_phone(region):
    rng = random.Random(f"{RNG_SEED}-{region}")
    for _ in range(60):
        text = " · ".join(rng.choice(TRAPS)(rng) for _ in range(4))
        findings = extract_page(f"<p>{text}</p>", "https://x.example.com/", region=region)
        assert findings.phones == [], text


@pytest.mark.parametrize("region", sorted(FORMATS))
def test_generated_numbers_among_traps_are_all_found(region):
    rng = random.Random(f"{RNG_SEED}-{region}-numbers")
    for _ in range(40):
        number = _number(rng, rng.choice(FORMATS[region]))
        trap_before, trap_after = rng.choice(TRAPS)(rng), rng.choice(TRAPS)(rng)
        label = rng.choice(LABELS)
        for html in (
            f"<p>{trap_before}</p><p>{label} {number}</p><p>{trap_after}</p>",  # own block
            f"<p>{trap_before}, {label} {number}, {trap_after}</p>",  # same sentence as the traps
        ):
            findings = extract_page(html, "https://x.example.com/", region=region)
            assert len(findings.phones) == 1, html
