"""Compensation for downtime: Sodvin's refund or Office Center's reduction, from an
availability figure or from a quarter's incidents (computed by the domain first)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain import calculators, compensation, templates
from app.domain.causes import Cause
from app.domain.errors import DomainError, FieldProblem, problems
from app.domain.periods import OSLO
from app.domain.templates import CompensationRule
from app.domain.terms import template_terms

from ..i18n import calculator_title, field_label, say
from ..widgets.calculator_panel import scrolled
from ..widgets.explanation_view import ResultView
from ..widgets.fields import ChoiceField, DecimalField, FieldPanel, TextField, problem_text
from ..widgets.incidents_editor import IncidentsEditor


def _decimal(name: str, text: Decimal | str | None) -> Decimal:
    if text is None or text == "":
        raise DomainError(name, "err_missing")
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        raise DomainError(name, "err_number", input=text) from None
    if not value.is_finite():
        raise DomainError(name, "err_number", input=text)
    return value


class CompensationPanel(QWidget):
    """Template and source chosen at the top; fields appear as they apply."""

    def __init__(self, parent: QWidget | None = None, *, initial: dict[str, Any] | None = None):
        super().__init__(parent)
        initial = initial or {}
        quarter = (initial.get("availability") or {}).get("quarter", "2026Q1")
        self.fields = FieldPanel()
        add = self.fields.add
        self.template = add(
            "template",
            ChoiceField(
                [
                    (key, say(name) + " – " + self._rule_name(key))
                    for key, name in templates.choices()
                ]
            ),
            label=self.tr("Contract"),
        )
        self.source = add(
            "source",
            ChoiceField(
                [
                    ("figure", self.tr("An availability figure")),
                    ("incidents", self.tr("A quarter's incidents")),
                ]
            ),
            label=self.tr("Computed from"),
        )
        self.fee = add("fee", DecimalField(self), label=self.tr("Fee"))
        self.uptime = add("uptime", DecimalField(self), label=self.tr("Agreed level (%)"))
        self.availability = add("availability", DecimalField(self))
        self.quarter = add("quarter", TextField(self, placeholder="2026Q3"))
        self.service_hours = add("service_hours", TextField(self, placeholder="24/7"))
        self.fee.set_value("20000")
        self.uptime.set_value("99.5")
        self.availability.set_value("99.12")
        self.quarter.set_value(quarter)
        self.incidents = IncidentsEditor(self)
        year, q = int(quarter[:4]), int(quarter[-1])
        first = datetime(year, 3 * (q - 1) + 1, 10, 9, 0, tzinfo=OSLO)
        self.incidents.add_row(first, first.replace(hour=17), Cause.SUPPLIER)
        self.incidents_label = QLabel(field_label("incidents") + ":")
        self.incidents_label.setObjectName("subHeading")

        title = QLabel(calculator_title("compensation"))
        title.setObjectName("pageHeading")
        inputs = QWidget()
        column = QVBoxLayout(inputs)
        column.addWidget(title)
        column.addWidget(self.fields)
        column.addWidget(self.incidents_label)
        column.addWidget(self.incidents)
        column.addStretch(1)
        self.availability_view = ResultView(
            fields=["period_hours", "downtime_hours", "availability", "allowed_downtime_hours"]
        )
        self.availability_view.heading.setText(self.tr("Availability"))
        self.result_view = ResultView()
        self.result_view.heading.setText(self.tr("Compensation"))
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.availability_view)
        right_column.addWidget(self.result_view)
        right_column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = scrolled(inputs)
        left.setMinimumWidth(380)
        layout.addWidget(left, 1)
        layout.addWidget(scrolled(right), 1)
        self.fields.changed.connect(self.recompute)
        self.incidents.changed.connect(self.recompute)
        self.template.changed.connect(self._template_changed)
        self._template_changed()

    def _rule_name(self, template: str) -> str:
        if templates.get(template).compensation is CompensationRule.REFUND:
            return self.tr("refund (Sodvin 7.2)")
        return self.tr("price reduction (OC 10.2–10.3)")

    def _refunds(self) -> bool:
        return templates.get(self.template.value()).compensation is CompensationRule.REFUND

    def _template_changed(self) -> None:
        refund = self._refunds()
        terms = template_terms(self.template.value())
        self.fields.labels["fee"].setText(
            (self.tr("Fee for the period (V)") if refund else self.tr("Monthly fee")) + ":"
        )
        self.fields.labels["uptime"].setText(
            (self.tr("Agreed uptime (O, %)") if refund else self.tr("Guarantee (%)")) + ":"
        )
        # the template's (or variant's) own numbers, which the user may change here
        self.uptime.set_value(str(terms.uptime_pct))
        self.service_hours.set_value(terms.service_hours)
        self.recompute()

    def _set_visible(self, name: str, visible: bool) -> None:
        self.fields.labels[name].setVisible(visible)
        self.fields.editors[name].parentWidget().setVisible(visible)

    def recompute(self) -> Any:
        from_incidents = self.source.value() == "incidents"
        self._set_visible("availability", not from_incidents)
        self._set_visible("quarter", from_incidents)
        self._set_visible("service_hours", from_incidents)
        self.incidents.setVisible(from_incidents)
        self.incidents_label.setVisible(from_incidents)
        self.availability_view.setVisible(from_incidents)
        if self.fields.input_problems():  # a field's text is not a number: nothing to compute
            self._problems([])
            return None
        try:
            result = self._compute(from_incidents)
        except ValidationError as exc:
            self._problems(problems(exc))
            return None
        except DomainError as exc:
            self._problems([exc.problem])
            return None
        except ArithmeticError:  # decimal.InvalidOperation: a number no calculation can hold
            self._problems(
                [FieldProblem("", "err_invalid", {"detail": self.tr("too large a number")})]
            )
            return None
        self.fields.show_problems([])
        self.incidents.show_problems([])
        self.result_view.show_result(result)
        return result

    def _compute(self, from_incidents: bool) -> Any:
        template = self.template.value()
        fee = _decimal("fee", self.fee.value())
        level = _decimal("uptime", self.uptime.value())
        period_hours = downtime = None
        if from_incidents:
            data = {
                "terms": template,
                "quarter": self.quarter.value(),
                "service_hours": self.service_hours.value() or None,
                "incidents": self.incidents.value(),
            }
            avail = calculators.get("availability")(data)
            self.availability_view.show_result(avail)
            percent = avail.availability
            period_hours, downtime = avail.period_hours, avail.downtime_hours
        else:
            percent = _decimal("availability", self.availability.value())
        if self._refunds():
            return compensation.sodvin_refund(
                fee=fee,
                uptime_pct=level,
                availability_pct=percent,
                period_hours=period_hours,
                downtime_hours=downtime,
            )
        try:
            return compensation.oc_reduction(
                monthly_fee=fee,
                availability_pct=percent,
                terms=template_terms(template),
                guarantee_pct=level,
            )
        except DomainError as exc:
            if exc.problem.field in ("guarantee", "guarantee_pct"):
                raise DomainError("uptime", exc.problem.code, **exc.problem.values) from None
            raise

    def _problems(self, found: list[FieldProblem]) -> None:
        aliased = []
        for p in found:
            name = {"terms": "template", "uptime_pct": "uptime", "availability_pct": "availability"}
            aliased.append(FieldProblem(name.get(p.field, p.field), p.code, p.values))
        rest = self.incidents.show_problems(self.fields.show_problems(aliased))
        lines = [(f"{field_label(p.field)}: " if p.field else "") + problem_text(p) for p in rest]
        why = "\n".join(lines) or self.tr("Correct the marked fields to see the result.")
        self.result_view.show_nothing(why)
        if self.source.value() == "incidents" and any(
            p.field.split(".")[0] in ("quarter", "service_hours", "incidents") for p in aliased
        ):
            self.availability_view.show_nothing(why)


def today_quarter(today: date) -> str:
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"
