"""The availability report: domain numbers in the PDF, the chart renders offscreen (issue 5)."""

import re
import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor

from app.cli import run_command
from app.domain.periods import OSLO
from app.reports import availability_report as ar
from app.storage.compute import contract_quarter
from app.storage.database import open_database
from app.storage.repositories import Repositories

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=OSLO)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("ar") / "demo.sqlite"
    assert run_command(["demo", "--db", str(path), "--today", "2026-11-20"]) == 0
    with open_database(path, backup=False) as database:
        yield Repositories(database)


def contract_id(repos, template):
    return next(c.id for c in repos.contracts.all() if c.template == template)


def pdf_text(path):
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_chart_renders_offscreen_with_bars_and_the_agreed_line(demo):
    report = ar.build(demo, contract_id(demo, "sodvin"), year=2026, quarter=2, now=NOW)
    image = ar.chart_image(report, width=640, height=260, scale=2)
    assert (image.width(), image.height()) == (1280, 520)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 4) for y in range(0, 520, 4)}
    assert QColor("#c0392b").name() in colours  # Q2 2026 is below the agreed level: red
    assert len(colours) > 5  # grid, bars, text, the dashed line
    assert [q.label("nb") for q in report.quarters][-1] == "K2 2026"


def test_sodvin_report_has_the_domain_numbers_and_caps(demo, tmp_path):
    cid = contract_id(demo, "sodvin")
    report = ar.build(demo, cid, year=2026, quarter=2, now=NOW)
    expected = contract_quarter(demo, cid, 2026, 2, now=NOW)
    assert report.result == expected  # computed by the domain, not here
    path = tmp_path / "sodvin.pdf"
    assert ar.write_pdf(report, path) >= 1
    text = pdf_text(path)
    assert "Tilgjengelighet K2 2026" in text
    availability = f"{expected.availability.availability:.4f}".replace(".", ",")
    assert availability in text
    refund = f"{expected.total:.2f}".replace(".", ",")
    assert f"kr {refund}" in text and "Sodvin 7.2" in text
    assert "Ansvarsbegrensning (Sodvin 7.6)" in text and "Gjenstår" in text
    assert report.caps is not None and report.caps.total.used >= expected.total


def test_office_center_report_in_english_shows_reductions_per_service(demo, tmp_path):
    cid = contract_id(demo, "office_center")
    report = ar.build(demo, cid, year=2026, quarter=2, now=NOW, lang="en")
    assert report.caps is None
    path = tmp_path / "oc.pdf"
    ar.write_pdf(report, path)
    text = pdf_text(path)
    assert "Availability Q2 2026" in text and "Downtime per cause" in text
    for line in report.result.lines:
        assert line.name in text
        assert f"NOK {line.amount:,.2f}" in text
    assert "OC 10.2" in text and "Limitation of liability" not in text
