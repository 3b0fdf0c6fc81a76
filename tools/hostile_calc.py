"""Hostile input for ``calc --batch``: every line must get exactly one answer line.

    python tools/hostile_calc.py [--lines 100000] [--seed 12] [--show 5]

Generates lines a script or a careless user might send (issue 12 item 5): extreme and
impossible dates, 1e308 and 1e999999, 5 000-digit integers, deeply nested arrays, lone
surrogates, byte-order marks, bytes that are not UTF-8, wrong types, unknown keys and
calculators, terms with absurd overrides, mixed with valid values so the calculators
run deep. Runs them through the same code as ``python -m app calc --batch`` (in this
process) and prints the counts: lines, answers, results, errors, and the two that must
be 0: *internal* errors (an exception no check foresaw) and lines without exactly one
answer. Exit status 1 when either is not 0.

``tests/robustness/test_calc_hostile.py`` runs 10 000 of these lines in CI; the README
gives this script's figure for 100 000.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli.calc import run_batch  # noqa: E402
from app.domain import calculators  # noqa: E402

DATES = [
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "1900-01-01",
    "2200-12-31",
    "2201-01-01",
    "2026-02-30",
    "2026-02-29",
    "2028-02-29",
    "2026-13-01",
    "2026-00-10",
    "20260101",
    "2026-1-1",
    "2026-W47-7",
    "i morgen",
    "",
    "2026-04-29T10:00",
    "2027-10-31T02:30",
    "2027-03-28T02:30",
    "2027-10-31T02:30+01:00",
    "2026-04-29T25:00",
    "2026-12-24",
    "2026-12-31",
    "2027-03-26",
    "2026-05-14",
]
NUMBERS = [
    "0",
    "-0",
    "-1",
    "0.005",
    "0.000000000001",
    "99.5",
    "100",
    "100.0001",
    "12500,50",
    "1e9",
    "1e308",
    "-1e308",
    "1e400",
    "1e999999",
    "-1e999999",
    "1E-999999",
    "NaN",
    "Infinity",
    "-inf",
    "snnan",
    "9" * 40,
    "9" * 5000,
    " 42 ",
    "0x10",
    "1_000",
    "١٢٣",
]
RAW_NUMBERS = [
    "0",
    "-1",
    "1e308",
    "-1e308",
    "1e400",
    "1e999999",
    "1E-999999",
    "99.5",
    "3",
    "10",
    "1000000",
    "100000000000000000000",
    "9" * 5000,
    "NaN",
    "Infinity",
    "-Infinity",
]
TEXTS = [
    "x",
    "x" * 10_000,
    "\\ud800",
    "\\udfff\\ud800",
    "\\u0000",
    "\\u202e",
    "🙂",
    "Ærlig Øl Å",
    "24/7",
    "mon-fri 08:00-16:00",
    "mon-sun 00:00-24:00",
    "fri-mon 16:00-08:00",
    "mon-fri 25:00-99:00",
    "2026Q3",
    "2026q1",
    "Q3 2026",
    "9999Q4",
    "0001Q1",
    "2026Q5",
    "sodvin",
    "office_center",
    "sodwin",
]
TERMS = [
    "sodvin",
    "office_center",
    "nope",
    {"template": "sodvin"},
    {"template": "office_center", "overrides": {}},
    {"template": "sodvin", "overrides": {"approval_working_days": 5}},
    {"template": "sodvin", "overrides": {"approval_working_days": 1000000}},
    {"template": "sodvin", "overrides": {"approval_working_days": -3}},
    {"template": "office_center", "overrides": {"visible_defect_days": 99999}},
    {"template": "office_center", "overrides": {"termination_notice_months": 100000}},
    {"template": "office_center", "overrides": {"extend_to_working_day": True}},
    {"template": "sodvin", "overrides": {"no_such_term": 1}},
    {"template": "sodvin", "overrides": []},
    {"template": "sodvin", "overrides": {"payment_days": "1e999999"}},
    {"template": "office_center", "overrides": {"extra_closed": ["2026-12-24", "0001-01-01"]}},
    {"overrides": {}},
    [],
    5,
]


def _deep(rng: random.Random) -> str:
    depth = rng.choice([10, 100, 1000, 5000, 100_000])
    return "[" * depth + "]" * depth


def _plausible(rng: random.Random, annotation: str, field: str) -> str:
    """A JSON text for a value a careful user would give (so the calculators run deep)."""
    if "IncidentInput" in annotation:
        day = rng.randint(1, 28)
        month = rng.choice([1, 3, 4, 7, 10, 12])
        return json.dumps(
            [
                {
                    "start": f"2026-{month:02d}-{day:02d}T{rng.randint(0, 22):02d}:00",
                    "end": f"2026-{month:02d}-{day:02d}T23:{rng.randint(0, 59):02d}",
                    "cause": rng.choice(["supplier", "customer", "force_majeure"]),
                }
            ]
        )
    if "date" in annotation:
        day = f"{rng.randint(1995, 2090)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return json.dumps([day] if "tuple" in annotation else day)
    if field == "year":
        return str(rng.randint(1995, 2090))
    if field in ("uptime", "availability", "guarantee"):
        return json.dumps(f"{rng.uniform(90, 100):.3f}")
    if field == "quarter":
        return json.dumps(f"{rng.randint(1995, 2090)}Q{rng.randint(1, 4)}")
    if field == "service_hours":
        return json.dumps(rng.choice(["24/7", "mon-fri 08:00-16:00", "mon-sun 06:00-22:00"]))
    if "Decimal" in annotation:
        return json.dumps(f"{rng.uniform(0, 100000):.2f}")
    if "int" in annotation:
        return str(rng.randint(0, 12))
    if "bool" in annotation:
        return rng.choice(["true", "false"])
    return json.dumps(rng.choice(TEXTS))


def _value(rng: random.Random, annotation: str) -> str:
    """A JSON text for one value: mostly plausible for the type, often hostile."""
    roll = rng.random()
    if roll < 0.06:
        return rng.choice(["null", "true", "false", "[]", "{}", '{"a": 1}', _deep(rng)])
    if roll < 0.1:
        return json.dumps(rng.choice(TEXTS), ensure_ascii=False).replace("\\\\", "\\")
    if "date" in annotation:
        if rng.random() < 0.3:
            return json.dumps(
                [rng.choice(DATES) for _ in range(rng.randint(0, 4))]
                if "tuple" in annotation
                else rng.choice(DATES)
            )
        year = rng.choice([1900, 1950, 2000, 2024, 2026, 2027, 2100, 2199, 2200])
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return json.dumps([day] if "tuple" in annotation else day)
    if "Decimal" in annotation:
        if rng.random() < 0.5:
            return rng.choice(RAW_NUMBERS)
        return json.dumps(rng.choice(NUMBERS))
    if "int" in annotation:
        if rng.random() < 0.5:
            return rng.choice(RAW_NUMBERS)
        return json.dumps(rng.choice(NUMBERS))
    if "bool" in annotation:
        return rng.choice(["true", "false", '"ja"', "1", "0", "2"])
    if "IncidentInput" in annotation:
        items = []
        for _ in range(rng.randint(0, 4)):
            start = rng.choice(DATES)
            items.append(
                {
                    "start": start if "T" in start else start + "T10:00",
                    "end": rng.choice([*DATES, "2026-07-01T12:00", None]),
                    "cause": rng.choice(["supplier", "customer", "force_majeure", "?"]),
                }
            )
        return json.dumps(items)
    return json.dumps(rng.choice(TEXTS), ensure_ascii=False).replace("\\\\", "\\")


def lines(count: int, seed: int) -> Iterator[bytes]:
    """``count`` hostile batch lines (bytes, as read from standard input)."""
    rng = random.Random(seed)
    models = {name: calculators.get(name).input_model for name in calculators.names()}
    names = list(models)
    for n in range(count):
        roll = rng.random()
        if roll < 0.03:  # the line itself is broken
            yield rng.choice(
                [
                    b"",
                    b"   ",
                    b"{",
                    b'{"calc": "approval", "sent": "2026-04-29"',
                    b"\xff\xfe\x00{}",
                    b'{"calc": "approval", "sent": "\xc3\x28"}',
                    b"[1, 2, 3]",
                    b'"just a string"',
                    b"nul",
                    b'{"calc": "\\ud800"}',
                    _deep(rng).encode(),
                    b'{"calc": "approval", "sent": "2026-04-29", "sent": "2026-04-30"}',
                ]
            )
            continue
        name = rng.choice(names) if rng.random() > 0.02 else rng.choice(["", "nope", 5, None])
        hostile = rng.random() < 0.7  # else every value plausible: the calculators run deep
        parts = []
        if isinstance(name, str) and name in models:
            for field, info in models[name].model_fields.items():
                if field == "terms":
                    if rng.random() < 0.3:
                        parts.append(f'"terms": {json.dumps(rng.choice(TERMS))}')
                    continue
                if rng.random() < (0.95 if info.is_required() else 0.5):
                    annotation = str(info.annotation)
                    value = (
                        _value(rng, annotation)
                        if hostile and rng.random() < 0.5
                        else _plausible(rng, annotation, field)
                    )
                    parts.append(f'"{field}": {value}')
            if rng.random() < 0.03:
                parts.append(f'"unknown_{rng.randint(0, 9)}": 1')
        if rng.random() < 0.2:
            parts.append(f'"id": {rng.choice(["1", json.dumps(str(n)), "1.5", "[1]"])}')
        line = '{"calc": ' + json.dumps(name) + "".join(", " + p for p in parts) + "}"
        data = line.encode("utf-8", "surrogatepass")
        if n == 0 or rng.random() < 0.01:
            data = b"\xef\xbb\xbf" + data  # a byte-order mark
        yield data


def run(count: int, seed: int, *, lang: str = "nb") -> dict[str, object]:
    """Run ``count`` lines through the batch; the counts, and the first internal errors."""
    out = io.StringIO()
    given = list(lines(count, seed))
    started = time.perf_counter()
    run_batch(given, out, lang)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    answers = out.getvalue().splitlines()
    kinds: Counter[str] = Counter()
    internal = []
    for text in answers:
        answer = json.loads(text)
        if "error" not in answer:
            kinds["results"] += 1
        elif "uventet feil" in answer["error"] or "unexpected error" in answer["error"]:
            kinds["internal"] += 1
            internal.append(answer["error"])
        else:
            kinds["errors"] += 1
    return {
        "lines": len(given),
        "answers": len(answers),
        "results": kinds["results"],
        "errors": kinds["errors"],
        "internal": kinds["internal"],
        "seconds": round(seconds, 1),
        "first_internal": internal[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--show", type=int, default=5, help="internal errors to print")
    args = parser.parse_args(argv)
    counts = run(args.lines, args.seed)
    shown = counts.pop("first_internal")
    print(json.dumps(counts))
    for text in shown[: args.show]:  # type: ignore[index]
        print("  internal:", text)
    ok = counts["internal"] == 0 and counts["answers"] == counts["lines"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
