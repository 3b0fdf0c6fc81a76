"""Availability and compensation of one contract for one quarter: a printable report.

    report = build(repos, contract_id, year=2026, quarter=2, now=now, lang="nb")
    document = render_report(report)      # QTextDocument with the chart
    write_pdf(report, "tilgjengelighet.pdf")

Every number comes from ``app.domain.compensation`` through ``storage.compute``:
the quarter's ``contract_compensation`` (availability, downtime per cause, refund or
reduction) and, for Sodvin, ``sodvin_caps`` over the refunds of the quarters so far. The
chart is drawn with QPainter (QtGui, already in the build), not QtCharts: the packaged
build excludes QtCharts (build/avtalevakt.spec) and a bar chart needs nothing more.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.domain import templates
from app.domain.causes import cause_name
from app.domain.compensation import CapsResult, ContractCompensationResult, cause_clause
from app.domain.explain import (
    Lang,
    format_decimal,
    format_money,
    format_value,
    phrase,
    register_texts,
    render,
    render_all,
    step,
)
from app.domain.periods import service_hours_label
from app.domain.records import Contract, Customer
from app.domain.terms import Cause
from app.storage.compute import contract_quarter
from app.storage.repositories import Repositories

CHART_URL = "avtalevakt://availability-chart"


@dataclass(frozen=True)
class QuarterResult:
    year: int
    quarter: int
    result: ContractCompensationResult

    def label(self, lang: Lang) -> str:
        return phrase("report.quarter", lang, quarter=str(self.quarter), year=str(self.year))


@dataclass(frozen=True)
class AvailabilityReport:
    contract: Contract
    customer: Customer
    year: int
    quarter: int
    lang: Lang
    quarters: tuple[QuarterResult, ...]  # up to four, the selected one last
    caps: CapsResult | None  # Sodvin 7.6 with the refunds of the quarters so far, this one's too
    produced: date

    @property
    def current(self) -> QuarterResult:
        return self.quarters[-1]

    @property
    def result(self) -> ContractCompensationResult:
        return self.current.result

    @property
    def title(self) -> str:
        return render(
            step("ar_title", quarter=self.current.label(self.lang), title=self.contract.title),
            self.lang,
        )


def _previous(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def build(
    repos: Repositories,
    contract_id: int,
    *,
    year: int,
    quarter: int,
    now: datetime,
    lang: Lang = "nb",
    chart_quarters: int = 4,
) -> AvailabilityReport:
    """The report for ``contract_id`` and ``year``/``quarter``; ``now`` bounds open incidents."""
    contract = repos.contracts.get(contract_id)
    customer = repos.customers.get(contract.customer_id)
    signed_quarter = (contract.signed.year, (contract.signed.month - 1) // 3 + 1)
    wanted: list[tuple[int, int]] = [(year, quarter)]
    while len(wanted) < chart_quarters and _previous(*wanted[0]) >= signed_quarter:
        wanted.insert(0, _previous(*wanted[0]))
    # the chart's earlier quarters need no caps; the chosen one has them (Sodvin 7.6: the
    # refunds of every quarter since signing, counted by ``contract_quarter``)
    quarters = tuple(
        QuarterResult(
            y,
            q,
            contract_quarter(
                repos,
                contract_id,
                y,
                q,
                now=now,
                sodvin_claims=None if (y, q) == wanted[-1] else (),
            ),
        )
        for y, q in wanted
    )
    caps = quarters[-1].result.caps
    return AvailabilityReport(
        contract=contract,
        customer=customer,
        year=year,
        quarter=quarter,
        lang=lang,
        quarters=quarters,
        caps=caps,
        produced=now.date(),
    )


# --- the chart -------------------------------------------------------------------------


def chart_image(report: AvailabilityReport, *, width: int = 640, height: int = 260, scale: int = 3):
    """Availability per quarter as bars against the agreed level (a dashed line): a QImage.

    ``width``/``height`` are layout pixels (96 dpi); the image has ``scale`` times as many
    so it stays sharp in a PDF and on paper.
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    from .qt import body_font, ensure_app

    ensure_app()
    lang = report.lang
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    values = [Decimal(q.result.availability.availability) for q in report.quarters]
    target = Decimal(report.result.availability.uptime_pct)
    low = min([*values, target])
    # the axis: from a round step below the lowest value (or the target) to 100 %
    span = max(Decimal("0.5"), (Decimal(100) - low) * Decimal("1.25"))
    step_size = next(s for s in (Decimal("0.1"), Decimal("0.25"), Decimal("0.5"), Decimal(1), Decimal(2), Decimal(5), Decimal(10), Decimal(25)) if span / s <= 6)  # fmt: skip
    bottom = max(
        Decimal(0),
        Decimal(100) - ((span / step_size).to_integral_value(rounding="ROUND_CEILING") * step_size),
    )

    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        font = body_font(8)
        font.setPixelSize(11)
        painter.setFont(font)
        left, right, top, base = 58.0, width - 112.0, 18.0, height - 34.0

        def y_of(value: Decimal) -> float:
            share = float((value - bottom) / (Decimal(100) - bottom))
            return base - share * (base - top)

        # grid and axis labels
        painter.setPen(QPen(QColor("#e3e6ea"), 1))
        tick = bottom
        while tick <= Decimal(100):
            y = y_of(tick)
            painter.setPen(QPen(QColor("#e3e6ea"), 1))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(QColor("#5f6368"))
            places = 2 if step_size < 1 else 0
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_decimal(tick, places, lang) + " %",
            )
            tick += step_size
        # bars
        count = max(1, len(values))
        slot = (right - left) / count
        bar = min(70.0, slot * 0.5)
        for index, (item, value) in enumerate(zip(report.quarters, values, strict=True)):
            x = left + slot * index + (slot - bar) / 2
            met = item.result.availability.meets_target
            colour = QColor("#2e7d5b") if met else QColor("#c0392b")
            if index != len(values) - 1:
                colour = colour.lighter(135)
            painter.fillRect(QRectF(x, y_of(value), bar, base - y_of(value)), colour)
            painter.setPen(QColor("#1f1f1f"))
            painter.drawText(
                QRectF(x - 30, y_of(value) - 16, bar + 60, 14),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                format_decimal(value, 4, lang) + " %",  # RULES 0: availabilities with 4
            )
            painter.drawText(
                QRectF(left + slot * index, base + 6, slot, 16),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                item.label(lang),
            )
        # the agreed level
        pen = QPen(QColor("#1d3c5a"), 1.6, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, y_of(target)), QPointF(right, y_of(target)))
        painter.setPen(QColor("#1d3c5a"))
        label = render(step("ar_chart_target", pct=target), lang)
        painter.drawText(
            QRectF(right + 6, y_of(target) - 16, width - right - 6, 32),
            int(
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextWordWrap
            ),
            label,
        )
        painter.setPen(QPen(QColor("#5f6368"), 1))
        painter.drawLine(QPointF(left, base), QPointF(right, base))
    finally:
        painter.end()
    return image


# --- the document ----------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value))


def _t(code: str, lang: Lang, **values) -> str:
    return _e(render(step(code, **values), lang))


def _hours(value: Decimal, lang: Lang) -> str:
    return format_value(Decimal(value), "hours", lang)


def _pct(value: Decimal, lang: Lang) -> str:
    return format_decimal(Decimal(value), 4, lang) + " %"


def _table(rows: list[list[str]], header: list[str], *, right: set[int] = frozenset()) -> str:
    out = ['<table class="grid" width="100%" cellspacing="0" cellpadding="4"><tr>']
    for i, name in enumerate(header):
        align = ' align="right"' if i in right else ""
        out.append(f'<th{align} bgcolor="#eef1f5">{_e(name)}</th>')
    out.append("</tr>")
    for row in rows:
        out.append("<tr>")
        for i, cell in enumerate(row):
            align = ' align="right"' if i in right else ""
            out.append(f"<td{align}>{cell}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def report_html(
    report: AvailabilityReport, *, chart_width: int = 640, chart_height: int = 260
) -> str:
    lang, result, contract = report.lang, report.result, report.contract
    avail = result.availability
    terms = contract.terms()
    start = avail.period_start.date()
    last = (avail.period_end - timedelta(days=1)).date()
    template_name = templates.name(contract.template, lang)
    parts = [
        "<html><head><style>"
        "body { font-size: 10pt; color: #1f1f1f; }"
        ".h1 { font-size: 15pt; font-weight: bold; color: #1d3c5a; margin-bottom: 2px; }"
        ".h2 { font-size: 11.5pt; font-weight: bold; color: #1d3c5a; margin-top: 16px;"
        " margin-bottom: 6px; }"
        "p { margin-top: 0px; margin-bottom: 8px; }"
        ".muted { color: #5f6368; font-size: 9pt; }"
        "table.grid td { border-bottom: 1px solid #d5d9df; }"
        "table.grid th { border-bottom: 1px solid #9aa0a6; text-align: left; }"
        "li { margin-bottom: 3px; }"
        "</style></head><body>",
        f'<p class="h1">{_e(report.title)}</p>',
        f'<p class="muted">{_e(report.customer.name)} · {_e(template_name)} · '
        + _t("ar_period", lang, start=start, end=last)
        + " · "
        + _t("ar_produced", lang, day=report.produced)
        + "</p>",
        f'<p><img src="{CHART_URL}" width="{chart_width}" height="{chart_height}"/></p>',
        f'<p class="muted">{_t("ar_chart_caption", lang)}</p>',
        f'<p class="h2">{_t("ar_h_availability", lang)}</p>',
        _table(
            [
                [
                    _t("ar_row_service_hours", lang),
                    _e(service_hours_label(str(avail.service_hours), lang)),
                ],
                [_t("ar_row_period_hours", lang), _e(_hours(avail.period_hours, lang))],
                [_t("ar_row_downtime", lang), _e(_hours(avail.downtime_hours, lang))],
                [_t("ar_row_availability", lang), f"<b>{_e(_pct(avail.availability, lang))}</b>"],
                [_t("ar_row_agreed", lang), _e(_pct(avail.uptime_pct, lang))],
                [_t("ar_row_allowed", lang), _e(_hours(avail.allowed_downtime_hours, lang))],
                [
                    _t("ar_row_met", lang),
                    f"<b>{_t('ar_yes' if avail.meets_target else 'ar_no', lang)}</b>",
                ],
            ],
            [_t("ar_col_what", lang), _t("ar_col_value", lang)],
            right={1},
        ),
        f'<p class="h2">{_t("ar_h_causes", lang)}</p>',
    ]
    causes = sorted(avail.downtime_by_cause.items(), key=lambda kv: list(Cause).index(Cause(kv[0])))
    if causes:
        rows = []
        for key, hours in causes:
            cause = Cause(key)
            counts = terms.counts(cause)
            rows.append(
                [
                    _e(cause_name(cause, lang)),
                    _e(_hours(hours, lang)),
                    _t("ar_yes" if counts else "ar_no", lang),
                    _e(render(cause_clause(terms, cause), lang)),
                ]
            )
        parts.append(
            _table(
                rows,
                [
                    _t("ar_col_cause", lang),
                    _t("ar_col_hours", lang),
                    _t("ar_col_counts", lang),
                    _t("ar_col_clause", lang),
                ],
                right={1},
            )
        )
    else:
        parts.append(f"<p>{_t('ar_no_downtime', lang)}</p>")

    parts.append(f'<p class="h2">{_t("ar_h_compensation", lang)}</p>')
    rows = []
    for line in result.lines:
        if line.refund is not None:
            what = _t("ar_refund", lang)
            basis = format_money(line.refund.fee, lang)
        else:
            assert line.reduction is not None
            pp = line.reduction.shortfall_pp
            what = _t("ar_reduction", lang, pp=pp) if pp else _t("ar_reduction_none", lang)
            basis = render(step("ar_per_month", fee=line.monthly_fee), lang)
        rows.append(
            [
                _e(line.name),
                _e(_pct(line.availability.availability, lang)),
                what,
                _e(basis),
                f"<b>{_e(format_money(line.amount, lang))}</b>",
            ]
        )
    rows.append(
        [
            "<b>" + _t("ar_total", lang) + "</b>",
            "",
            "",
            "",
            f"<b>{_e(format_money(result.total, lang))}</b>",
        ]
    )
    parts.append(
        _table(
            rows,
            [
                _t("ar_col_service", lang),
                _t("ar_row_availability", lang),
                _t("ar_col_kind", lang),
                _t("ar_col_basis", lang),
                _t("ar_col_amount", lang),
            ],
            right={1, 3, 4},
        )
    )
    if report.caps is not None:
        caps = report.caps
        parts.append(f'<p class="h2">{_t("ar_h_caps", lang)}</p>')
        cap_rows = [
            [_t("ar_cap_total", lang), caps.total],
            [_t("ar_cap_establishment", lang), caps.establishment],
            *[[_t("ar_cap_year", lang, year=c.year), c] for c in caps.years],
        ]
        parts.append(
            _table(
                [
                    [
                        name,
                        _e(format_money(use.limit, lang)),
                        _e(format_money(use.used, lang)),
                        f"<b>{_e(format_money(use.remaining, lang))}</b>",
                    ]
                    for name, use in cap_rows
                ],
                [
                    _t("ar_col_cap", lang),
                    _t("ar_col_limit", lang),
                    _t("ar_col_used", lang),
                    _t("ar_col_remaining", lang),
                ],
                right={1, 2, 3},
            )
        )
        parts.append(f'<p class="muted">{_t("ar_caps_basis", lang)}</p>')
    parts.append(f'<p class="h2">{_t("ar_h_explanation", lang)}</p><ul>')
    explanation = render_all(result.steps, lang) + render_all(result.notes, lang)
    for line in dict.fromkeys(explanation):
        parts.append(f"<li>{_e(line)}</li>")
    parts.append("</ul></body></html>")
    return "".join(parts)


def render_report(report: AvailabilityReport):  # -> QTextDocument
    """The report as a ``QTextDocument`` with the chart as an image resource."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from .qt import body_font, ensure_app

    ensure_app()
    document = QTextDocument()
    document.setDefaultFont(body_font(10))
    document.addResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(CHART_URL), chart_image(report)
    )
    document.setHtml(report_html(report))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
    return document


def page_setup(report: AvailabilityReport):
    from .pdf import PageSetup

    footer = f"{report.customer.name} · {report.contract.title} · Avtalevakt"
    return PageSetup(left=18, right=18, top=16, footer=footer, lang=report.lang)


def write_pdf(report: AvailabilityReport, path: str | os.PathLike[str], document=None) -> int:
    from . import pdf

    return pdf.write_pdf(
        document or render_report(report), path, page_setup(report), title=report.title
    )


def print_report(report: AvailabilityReport, printer, document=None) -> int:
    from . import pdf

    return pdf.print_document(document or render_report(report), printer, page_setup(report))


register_texts(
    {
        "ar_title": ("Tilgjengelighet {quarter} – {title}", "Availability {quarter} – {title}"),
        "ar_period": ("periode {start:date}–{end:date}", "period {start:date}–{end:date}"),
        "ar_produced": ("laget {day:date}", "produced {day:date}"),
        "ar_chart_target": ("Avtalt {pct:pct2} %", "Agreed {pct:pct2} %"),
        "ar_chart_caption": (
            "Tilgjengelighet per kvartal (søyler, rød under avtalt nivå) mot avtalt nivå (stiplet linje).",
            "Availability per quarter (bars, red below the agreed level) against the agreed level (dashed line).",
        ),
        "ar_h_availability": ("Tilgjengelighet i kvartalet", "Availability in the quarter"),
        "ar_h_causes": (
            "Nedetid per årsak (innenfor tjenestetiden)",
            "Downtime per cause (within service hours)",
        ),
        "ar_h_compensation": ("Kompensasjon", "Compensation"),
        "ar_h_caps": ("Ansvarsbegrensning (Sodvin 7.6)", "Limitation of liability (Sodvin 7.6)"),
        "ar_h_explanation": ("Slik er det regnet", "How it was calculated"),
        "ar_row_service_hours": ("Tjenestetid", "Service hours"),
        "ar_row_period_hours": (
            "Timer tjenestetid i perioden (D)",
            "Service hours in the period (D)",
        ),
        "ar_row_downtime": ("Nedetid som teller (N)", "Counting downtime (N)"),
        "ar_row_availability": ("Tilgjengelighet", "Availability"),
        "ar_row_agreed": ("Avtalt tilgjengelighet", "Agreed availability"),
        "ar_row_allowed": ("Tillatt nedetid", "Allowed downtime"),
        "ar_row_met": ("Avtalt nivå oppfylt", "Agreed level met"),
        "ar_col_what": ("", ""),
        "ar_col_value": ("Verdi", "Value"),
        "ar_col_cause": ("Årsak", "Cause"),
        "ar_col_hours": ("Timer", "Hours"),
        "ar_col_counts": ("Teller med", "Counts"),
        "ar_col_clause": ("Punkt", "Clause"),
        "ar_col_service": ("Tjeneste", "Service"),
        "ar_col_kind": ("Type", "Kind"),
        "ar_col_basis": ("Grunnlag", "Basis"),
        "ar_col_amount": ("Beløp", "Amount"),
        "ar_col_cap": ("Tak", "Cap"),
        "ar_col_limit": ("Grense", "Limit"),
        "ar_col_used": ("Brukt", "Used"),
        "ar_col_remaining": ("Gjenstår", "Remaining"),
        "ar_yes": ("ja", "yes"),
        "ar_no": ("nei", "no"),
        "ar_no_downtime": (
            "Ingen nedetid registrert i kvartalet.",
            "No downtime recorded in the quarter.",
        ),
        "ar_refund": ("Refusjon (Sodvin 7.2)", "Refund (Sodvin 7.2)"),
        "ar_reduction": (
            "Prisavslag, {pp:pct2} prosentpoeng under (OC 10.2)",
            "Price reduction, {pp:pct2} points short (OC 10.2)",
        ),
        "ar_reduction_none": ("Prisavslag (OC 10.2)", "Price reduction (OC 10.2)"),
        "ar_total": ("Sum", "Total"),
        "ar_per_month": ("{fee:money} / mnd", "{fee:money} / month"),
        "ar_cap_total": (
            "Samlet i avtaleperioden (kontraktssum)",
            "Total for the agreement period (contract sum)",
        ),
        "ar_cap_establishment": ("Etableringsfasen", "Establishment phase"),
        "ar_cap_year": (
            "Kalenderåret {year} (årlig vederlag)",
            "Calendar year {year} (annual fee)",
        ),
        "ar_caps_basis": (
            "Brukt = refusjonene for kvartalene fra avtalen ble signert til og med dette kvartalet.",
            "Used = the refunds of the quarters from signing up to and including this quarter.",
        ),
    }
)


register_texts({"report.quarter": ("K{quarter} {year}", "Q{quarter} {year}")})
