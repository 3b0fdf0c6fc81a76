"""Demo data: fictional Norwegian customers on both templates, with live deadlines.

Everything is placed relative to ``today`` (a parameter, so the same day always gives
the same data): incidents in every quarter of the year up to today (of last year
before June) (some overlapping,
some in the planned maintenance window), complaints, delivery notices (one rejected),
a termination with the Sodvin 5.3 transfer checklist, and Bilag 2 checklist items.
The companies, people and addresses are made up; the organisation numbers only pass
the mod-11 check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from app.domain.dates import add_months
from app.domain.periods import OSLO
from app.domain.records import (
    ChecklistItem,
    Complaint,
    Contact,
    Contract,
    Customer,
    DeliveryNotice,
    Incident,
    Note,
    Service,
    Termination,
)

from .repositories import Repositories


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), OSLO)


def _third_tuesday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(1 - first.weekday()) % 7 + 14)


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _weekday_on_or_before(day: date) -> date:
    return day - timedelta(days=max(0, day.weekday() - 4))


def _contact(name: str, domain: str, role: str, phone: str) -> Contact:
    first, last = name.lower().replace("ø", "o").replace("å", "a").replace("æ", "ae").split()
    return Contact(name=name, email=f"{first}.{last}@{domain}", phone=phone, role=role)


CUSTOMERS = [
    ("Ringerike Regnskap AS", "914573262", "Storgata 12, 3510 Hønefoss", "Ingrid Haugen", "Daglig leder"),
    ("Hole Bygg og Anlegg AS", "920864317", "Vikaveien 4, 3530 Røyse", "Lars Bakken", "IT-ansvarlig"),
    ("Tyrifjord Tannklinikk AS", "931702548", "Sundvollveien 88, 3535 Krøderen", "Marte Solberg", "Klinikkleder"),
    ("Sokna Sag og Høvleri AS", "988236179", "Sagbruksveien 1, 3536 Noresund", "Ola Kristiansen", "Økonomisjef"),
    ("Hønefoss Advokatkontor DA", "996120783", "Søndre Torv 3, 3510 Hønefoss", "Siri Lunde", "Kontorsjef"),
    ("Modum Transport og Logistikk AS", "962145833", "Industriveien 20, 3370 Vikersund", "Per Andersen", "Driftssjef"),
    ("Tyristrand Elektro AS", "977135206", "Elvegata 7, 3533 Tyristrand", "Kari Nilsen", "Daglig leder"),
]  # fmt: skip


def fill_demo(repos: Repositories, today: date) -> DemoSummary:
    """Add the demo records (in one transaction). Deterministic for a given ``today``."""
    # The year the incidents fall in: this year once half of it has passed, else last year.
    year = today.year if today >= date(today.year, 6, 1) else today.year - 1
    counts: dict[str, int] = {}

    def add(repo_name: str, record):
        stored = getattr(repos, repo_name).add(record)
        counts[repo_name] = counts.get(repo_name, 0) + 1
        return stored

    def incident(
        contract: Contract,
        service: Service | None,
        start: datetime,
        hours: float,
        cause: str,
        text: str,
    ) -> None:
        end = start + timedelta(hours=hours)
        if end.date() >= today:  # only what has already happened
            return
        add(
            "incidents",
            Incident(
                contract_id=contract.id,
                service_id=service.id if service else None,
                start=start,
                end=end,
                cause=cause,
                description=text,
            ),
        )

    with repos.transaction():
        customers = []
        for name, org, address, person, role in CUSTOMERS:
            domain = name.split()[0].lower().replace("ø", "o").replace("å", "a") + ".example.no"
            customers.append(
                add(
                    "customers",
                    Customer(
                        name=name,
                        org_number=org,
                        address=address,
                        contacts=(_contact(person, domain, role, "+47 32 12 34 56"),),
                        note="Demokunde (oppdiktet)",
                    ),
                )
            )
        ringerike, hole, tyrifjord, sokna, advokat, modum, tyristrand = customers

        # --- Sodvin, in operation since last autumn ---------------------------------
        start = date(year - 1, 10, 14)
        drift = add(
            "contracts",
            Contract(
                customer_id=ringerike.id,
                title="Azure Managed Cloud – drift",
                template="sodvin",
                signed=date(year - 1, 9, 16),
                ordinary_start=start,
                delivered=start,
                monthly_fee=Decimal("18500.00"),
                annual_fee=Decimal("222000.00"),
                contract_sum=Decimal("666000.00"),
                establishment_sum=Decimal("45000.00"),
                establishment_fee=Decimal("45000.00"),
            ),
        )
        azure = add(
            "services",
            Service(
                contract_id=drift.id,
                name="Azure-drift og overvåking",
                units=1,
                unit_price=Decimal("15000.00"),
            ),
        )
        backup = add(
            "services",
            Service(
                contract_id=drift.id,
                name="Sikkerhetskopi",
                units=1,
                unit_price=Decimal("3500.00"),
                uptime_pct=Decimal("99.0"),
            ),
        )
        incident(
            drift,
            azure,
            _at(_weekday_on_or_after(date(year, 2, 10)), 8, 15),
            3.5,
            "supplier",
            "Innlogging feilet etter sertifikatfornyelse",
        )
        incident(
            drift,
            azure,
            _at(_weekday_on_or_after(date(year, 5, 20)), 10),
            6,
            "supplier",
            "Databaseserver utilgjengelig",
        )
        incident(
            drift,
            azure,
            _at(_weekday_on_or_after(date(year, 5, 20)), 14),
            5,
            "unplanned_maintenance",
            "Akutt oppdatering av lagringskonto (overlapper)",
        )
        for month in (3, 6, 9):
            window = _at(_third_tuesday(year, month), 0)
            incident(
                drift,
                azure,
                window,
                6,
                "planned_maintenance",
                "Standard vedlikeholdsvindu (Bilag 1)",
            )
        incident(
            drift,
            azure,
            _at(_third_tuesday(year, 6), 4),
            4,
            "supplier",
            "Tjenesten kom ikke opp etter vedlikehold (overlapper vinduet)",
        )
        incident(
            drift,
            backup,
            _at(_weekday_on_or_after(date(year, 8, 12)), 13),
            9,
            "third_party",
            "Driftsavbrudd i Azure Norway East",
        )
        incident(
            drift,
            azure,
            _at(_weekday_on_or_after(date(year, 10, 7)), 7, 30),
            2.25,
            "supplier",
            "Feil i brannmurregel",
        )
        incident(
            drift,
            azure,
            _at(_weekday_on_or_after(date(year, 10, 28)), 19),
            1,
            "customer",
            "Kundens egen applikasjon stoppet",
        )
        add(
            "complaints",
            Complaint(
                contract_id=drift.id,
                delivered=start,
                discovered=date(year, 5, 21),
                complained=date(year, 5, 27),
                channel="email",
                nature="Gjentatte driftsstans i mai",
                extent="Regnskapssystemet utilgjengelig i til sammen 11 timer",
                status="accepted",
            ),
        )

        # --- Office Center, established this spring --------------------------------
        signed = date(year, 2, 3)
        delivered = date(year, 3, 2)
        sla = add(
            "contracts",
            Contract(
                customer_id=hole.id,
                title="Skytjenester SLA – Microsoft 365 og fillager",
                template="office_center",
                signed=signed,
                delivered=delivered,
                established=delivered,
                units=25,
                unit_price=Decimal("450.00"),
                monthly_fee=Decimal("11250.00"),
                establishment_fee=Decimal("7500.00"),
            ),
        )
        m365 = add(
            "services",
            Service(
                contract_id=sla.id,
                name="Microsoft 365 Business",
                units=25,
                unit_price=Decimal("350.00"),
            ),
        )
        files = add(
            "services",
            Service(
                contract_id=sla.id,
                name="Fillager og deling",
                units=25,
                unit_price=Decimal("100.00"),
                uptime_pct=Decimal("99.5"),
            ),
        )
        incident(
            sla,
            m365,
            _at(_weekday_on_or_after(date(year, 3, 18)), 9),
            3.5,
            "supplier",
            "E-post ble ikke levert",
        )
        incident(
            sla,
            files,
            _at(_weekday_on_or_after(date(year, 4, 15)), 11),
            2,
            "third_party",
            "Feil hos underleverandør av lagring",
        )
        incident(
            sla,
            files,
            _at(_weekday_on_or_after(date(year, 4, 15)), 12),
            3,
            "supplier",
            "Synkronisering stoppet (overlapper)",
        )
        incident(
            sla,
            m365,
            _at(_weekday_on_or_after(date(year, 7, 8)), 6),
            4,
            "notified",
            "Varslet oppgradering",
        )
        incident(
            sla,
            files,
            _at(_weekday_on_or_after(date(year, 9, 23)), 13),
            6,
            "customer",
            "Kundens nettverk nede",
        )
        incident(
            sla,
            files,
            _at(_weekday_on_or_after(date(year, 11, 3)), 8),
            7.5,
            "supplier",
            "Fillager utilgjengelig hele arbeidsdagen",
        )
        add(
            "complaints",
            Complaint(
                contract_id=sla.id,
                delivered=delivered,
                complained=delivered + timedelta(days=9),
                channel="email",
                nature="Delte mapper manglet ved levering",
                extent="Tre avdelingsmapper var ikke opprettet",
                status="closed",
            ),
        )
        add(
            "complaints",
            Complaint(
                contract_id=sla.id,
                delivered=delivered,
                discovered=today - timedelta(days=12),
                complained=today - timedelta(days=3),
                channel="letter",
                nature="Versjonshistorikk slettes for tidlig",
                extent="Eldre versjoner enn 30 dager mangler for alle brukere",
            ),
        )
        add(
            "notes",
            Note(
                contract_id=sla.id,
                created=_at(today - timedelta(days=3), 10, 5),
                text="Kunden ringte om reklamasjonen; brev sendt samme dag.",
            ),
        )

        # --- Sodvin, being established now (approval period running) --------------
        new = add(
            "contracts",
            Contract(
                customer_id=tyrifjord.id,
                title="Azure Managed Cloud – journalsystem",
                template="sodvin",
                signed=today - timedelta(days=40),
                monthly_fee=Decimal("9800.00"),
                annual_fee=Decimal("117600.00"),
                contract_sum=Decimal("352800.00"),
                establishment_sum=Decimal("30000.00"),
                establishment_fee=Decimal("30000.00"),
                overrides={"approval_working_days": 8},
            ),
        )
        add(
            "services",
            Service(
                contract_id=new.id,
                name="Journalsystem i Azure",
                units=1,
                unit_price=Decimal("9800.00"),
            ),
        )
        add(
            "deliveries",
            DeliveryNotice(
                contract_id=new.id,
                sent=today - timedelta(days=30),
                partial_label="Delleveranse 1: servere og nettverk",
                rejected_on=today - timedelta(days=24),
                rejection_reason="Sikkerhetskopiering var ikke satt opp",
                rejection_significant=True,
            ),
        )
        add(
            "deliveries",
            DeliveryNotice(
                contract_id=new.id,
                sent=today - timedelta(days=5),
                partial_label="Delleveranse 1 (ny melding etter retting)",
            ),
        )
        phases = [
            (1, "Innhente informasjon om dagens miljø", "Leverandør", 38),
            (1, "Kartlegge brukere og lisenser", "Kunde", 36),
            (2, "Revidere etableringsplanen", "Leverandør", 31),
            (3, "Sette opp servere og nettverk", "Leverandør", 26),
            (3, "Idriftsettelse", "Leverandør", None),
            (4, "Oppfølgingsmøte etter idriftsettelse", "Begge", None),
        ]
        for phase, task, owner, days_ago in phases:
            add(
                "checklist",
                ChecklistItem(
                    contract_id=new.id,
                    phase=phase,
                    task=task,
                    owner=owner,
                    done_on=None if days_ago is None else today - timedelta(days=days_ago),
                ),
            )

        # --- Sodvin, terminated by the customer (transfer checklist) ---------------
        old_start = date(year - 3, 4, 22)
        ending = add(
            "contracts",
            Contract(
                customer_id=sokna.id,
                title="Azure Tjenesteavtale – ERP og fil",
                template="sodvin",
                signed=date(year - 3, 3, 28),
                ordinary_start=old_start,
                delivered=old_start,
                monthly_fee=Decimal("14200.00"),
                annual_fee=Decimal("170400.00"),
                contract_sum=Decimal("511200.00"),
            ),
        )
        add(
            "services",
            Service(
                contract_id=ending.id, name="ERP-server", units=1, unit_price=Decimal("14200.00")
            ),
        )
        received = today - timedelta(days=50)
        # Sodvin 5.1: binding periods from 1 May; notice at least 3 months before the end.
        period_end = date(received.year + (received >= date(received.year, 5, 1)), 5, 1)
        if received > add_months(period_end, -3) - timedelta(days=1):
            period_end = add_months(period_end, 12)
        effective = period_end - timedelta(days=1)
        add(
            "terminations",
            Termination(
                contract_id=ending.id,
                received=received,
                from_contact="Ola Kristiansen",
                from_email="ola.kristiansen@sokna.example.no",
                effective_end=effective,
                planned_deletion=effective + timedelta(days=30),
                transfer_done={
                    "users": today - timedelta(days=20),
                    "licences": today - timedelta(days=8),
                },
                note="Kunden flytter til egen driftsleverandør.",
            ),
        )
        add(
            "notes",
            Note(
                contract_id=ending.id,
                customer_id=sokna.id,
                created=_at(received, 9, 40),
                text="Oppsigelse mottatt per e-post.",
            ),
        )

        # --- Office Center, terminated: the deletion notice is late ------------------
        # The service ended 26 days ago, so the data must be deleted within 4 days
        # (OC 5.3: 30 days) and the notice, 5 working days before (OC 5.4), is overdue:
        # a new user sees the overview's "overdue" group and the letter that answers it.
        mail = add(
            "contracts",
            Contract(
                customer_id=tyristrand.id,
                title="SLA skytjenester – e-post og kalender",
                template="office_center",
                signed=_weekday_on_or_after(date(today.year - 2, 3, 9)),
                delivered=_weekday_on_or_after(date(today.year - 2, 4, 1)),
                units=8,
                unit_price=Decimal("450.00"),
                monthly_fee=Decimal("3600.00"),
            ),
        )
        add(
            "services",
            Service(contract_id=mail.id, name="E-post", units=8, unit_price=Decimal("450.00")),
        )
        ended = today - timedelta(days=26)
        # OC 12.1: 3 months' notice at least (a letter, so received on a weekday)
        mail_received = _weekday_on_or_before(add_months(ended, -3))
        add(
            "terminations",
            Termination(
                contract_id=mail.id,
                received=mail_received,
                from_contact="Kari Nilsen",
                from_email="kari.nilsen@tyristrand.example.no",
                effective_end=ended,
                copy_ordered_on=_weekday_on_or_after(mail_received + timedelta(days=9)),
                note="Kunden flytter e-posten til Microsoft 365 i egen regi.",
            ),
        )
        add(
            "notes",
            Note(
                contract_id=mail.id,
                customer_id=tyristrand.id,
                created=_at(mail_received, 13, 15),
                text="Oppsigelse mottatt per brev; kunden ber om kopi av postboksene.",
            ),
        )

        # --- Office Center with contract-specific terms ----------------------------
        law = add(
            "contracts",
            Contract(
                customer_id=advokat.id,
                title="SLA skytjenester – dokumentarkiv",
                template="office_center",
                signed=date(year - 1, 11, 12),
                delivered=date(year - 1, 12, 1),
                units=12,
                unit_price=Decimal("690.00"),
                monthly_fee=Decimal("8280.00"),
                establishment_fee=Decimal("5000.00"),
                overrides={
                    "service_hours": "mon-fri 07:00-17:00",
                    "extend_to_working_day": True,
                    "annual_closed_days": ["12-24", "12-31"],
                },
            ),
        )
        archive = add(
            "services",
            Service(
                contract_id=law.id, name="Dokumentarkiv", units=12, unit_price=Decimal("690.00")
            ),
        )
        incident(
            law,
            archive,
            _at(_weekday_on_or_after(date(year, 1, 14)), 7),
            5,
            "supplier",
            "Arkivet svarte ikke",
        )
        incident(
            law,
            archive,
            _at(_weekday_on_or_after(date(year, 6, 10)), 15),
            4,
            "unplanned_maintenance",
            "Nødvendig sikkerhetsoppdatering",
        )
        incident(
            law,
            archive,
            _at(_weekday_on_or_after(date(year, 8, 26)), 9),
            26,
            "force_majeure",
            "Strømbrudd i regionen etter uvær",
        )

        # --- Sodvin, signed, go-live window ahead ----------------------------------
        add(
            "contracts",
            Contract(
                customer_id=modum.id,
                title="Azure Managed Cloud – flåtestyring",
                template="sodvin",
                signed=today - timedelta(days=6),
                monthly_fee=Decimal("12500.00"),
                annual_fee=Decimal("150000.00"),
                contract_sum=Decimal("450000.00"),
            ),
        )
        add(
            "notes",
            Note(
                customer_id=modum.id,
                created=_at(today - timedelta(days=6), 14, 30),
                text="Avtalen signert; oppstartsmøte avtales.",
            ),
        )
    return DemoSummary(counts=counts)
