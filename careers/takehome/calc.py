"""The calculator's arithmetic, all in Decimal, from the curated tables (careers.takehome.tables).

Every line of a result names the rate row it used, so the page can show each rate with its
legal source and year next to the amount."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from careers.common.money import grouped
from careers.takehome.models import Kind, Rate

CENT = Decimal("0.01")
ZERO = Decimal("0")
HOURS_A_DAY = 8  # the normal working day (Labor Code Art. 83)


def money(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Line:
    label: str
    amount: Decimal
    rate: Rate | None = None
    how: str = ""  # the working, in words: "5% of ₱18,000.00"


@dataclass
class Result:
    currency: str
    earnings: list[Line] = field(default_factory=list)
    deductions: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)  # yearly items and what we could not work out
    employer: list[Line] = field(default_factory=list)  # what the employer adds (CTC)
    below_floor: object = None  # the MinimumWage the basic pay is below, if any
    floor_checked: bool = False  # False where we list no minimum wage for the place

    def get_currency_display(self) -> str:
        return "₱" if self.currency == "PHP" else "₹"

    @property
    def gross(self) -> Decimal:
        return sum((line.amount for line in self.earnings), ZERO)

    @property
    def total_deductions(self) -> Decimal:
        return sum((line.amount for line in self.deductions), ZERO)

    @property
    def take_home(self) -> Decimal:
        return self.gross - self.total_deductions


def bracket(rows: list[Rate], pay: Decimal) -> Rate | None:
    """The row with the highest `over` that the pay is above (the first row from zero up)."""
    chosen = None
    for rate in sorted(rows, key=lambda r: r.over):
        if chosen is None or pay > rate.over:
            chosen = rate
    return chosen


def counted(rate: Rate, pay: Decimal) -> Decimal:
    """The pay a contribution is worked out on: rounded to the table's step, then kept within
    its lowest and highest amounts (SSS's monthly salary credit, PhilHealth's floor and
    ceiling, Pag-IBIG's maximum fund salary, EPS's wage ceiling)."""
    base = pay
    if rate.step:
        base = (pay / rate.step).quantize(Decimal("1"), rounding=ROUND_HALF_UP) * rate.step
    if rate.base_min is not None:
        base = max(base, rate.base_min)
    if rate.base_max is not None:
        base = min(base, rate.base_max)
    return base


def contribution(rows: list[Rate], pay: Decimal, fmt) -> tuple[Decimal, Rate | None, str]:
    rate = bracket(rows, pay)
    if rate is None:
        return ZERO, None, ""
    if rate.applies_up_to is not None and pay > rate.applies_up_to:
        return ZERO, rate, f"none: pay is above {fmt(rate.applies_up_to)}"
    base = counted(rate, pay)
    return money(base * rate.percent / 100), rate, f"{pct(rate.percent)} of {fmt(base)}"


def progressive(rows: list[Rate], pay: Decimal, fmt) -> tuple[Decimal, Rate | None, str]:
    """A tax table: the bracket's fixed amount plus its percent of the pay above `over`."""
    rate = bracket(rows, pay)
    if rate is None:
        return ZERO, None, ""
    excess = max(pay - rate.over, ZERO) if rate.percent else ZERO
    amount = money(rate.fixed + excess * rate.percent / 100)
    if not rate.percent and not rate.fixed:
        return amount, rate, "nothing is due in this bracket"
    if not rate.percent:
        return amount, rate, f"{fmt(rate.fixed)} for pay over {fmt(rate.over)}"
    return amount, rate, f"{fmt(rate.fixed)} + {pct(rate.percent)} of pay over {fmt(rate.over)}"


def pct(value: Decimal) -> str:
    return f"{value.normalize():f}%"


def currency_format(symbol: str, currency: str):
    """The working's amounts, to the cent: ₱18,000.00; ₹12,00,000.00 (lakh grouping)."""

    def fmt(value: Decimal) -> str:
        return f"{symbol}{grouped(value, currency, places=2)}"

    return fmt


PHP, INR = currency_format("₱", "PHP"), currency_format("₹", "INR")


def philippines(tables, offer: dict, floor=None) -> Result:
    """`offer`: basic (monthly), night_hours (a month), tax_free (de minimis allowances a month),
    allowances (other taxable allowances a month)."""
    result = Result("PHP")
    basic = offer["basic"]
    result.earnings.append(Line("Basic pay", money(basic)))
    night = tables.one(Kind.NIGHT)
    day_count = floor.days_a_month if floor else 22
    if offer["night_hours"] and night:
        hourly = basic / day_count / HOURS_A_DAY
        amount = money(hourly * offer["night_hours"] * night.percent / 100)
        how = (
            f"{pct(night.percent)} of {PHP(hourly)} an hour (basic over {day_count} days of "
            f"{HOURS_A_DAY} hours), for {offer['night_hours'].normalize():f} hours"
        )
        result.earnings.append(Line("Night shift differential", amount, night, how))
    ceilings = tables.of(Kind.DE_MINIMIS)
    ceiling = sum((r.fixed for r in ceilings), ZERO)
    tax_free = min(offer["tax_free"], ceiling)
    if offer["tax_free"]:
        how = f"tax-free up to {PHP(ceiling)} a month in all (rice, laundry, uniform, medical)"
        first = ceilings[0] if ceilings else None
        result.earnings.append(Line("De minimis allowances", money(offer["tax_free"]), first, how))
    if offer["allowances"]:
        result.earnings.append(Line("Other allowances (taxable)", money(offer["allowances"])))

    contributions = ZERO
    for kind, label in (
        (Kind.SSS, "SSS"),
        (Kind.PHILHEALTH, "PhilHealth"),
        (Kind.PAGIBIG, "Pag-IBIG"),
    ):
        amount, rate, how = contribution(tables.of(kind), basic, PHP)
        if rate:
            result.deductions.append(Line(f"{label} (your share)", amount, rate, how))
            contributions += amount
    taxable = result.gross - tax_free - contributions
    tax, rate, how = progressive(tables.of(Kind.WITHHOLDING), max(taxable, ZERO), PHP)
    if rate:
        how = f"on {PHP(taxable)} taxable pay: {how}"
        result.deductions.append(Line("Withholding tax", tax, rate, how))

    thirteenth = tables.one(Kind.THIRTEENTH)
    if thirteenth:
        yearly = money(basic)  # one twelfth of a year's basic pay (PD 851)
        if yearly > thirteenth.fixed:
            how = f"the part above {PHP(thirteenth.fixed)} a year is taxed"
        else:
            how = f"tax-free, with other bonuses, up to {PHP(thirteenth.fixed)} a year"
        label = "13th month pay, once a year by 24 December"
        result.notes.append(Line(label, yearly, thirteenth, how))
    result.floor_checked = floor is not None
    if floor is not None and basic < floor.monthly:
        result.below_floor = floor
    return result


def india(tables, offer: dict, floor=None) -> Result:
    """`offer`: basic (monthly), allowances (other monthly pay: HRA, special...), place, and
    ctc (yearly) instead of the allowances when the offer states a CTC."""
    result = Result("INR")
    basic = offer["basic"]
    epf = tables.one(Kind.EPF)
    esi = tables.one(Kind.ESI)
    place = offer["place"]
    allowances = offer["allowances"]
    if offer.get("ctc"):
        # CTC = gross pay + the employer's EPF + the employer's ESI (when ESI applies).
        monthly_ctc = offer["ctc"] / 12
        employer_epf = money(basic * epf.employer_percent / 100) if epf else ZERO
        gross = monthly_ctc - employer_epf
        if esi and esi.applies_up_to is not None:
            with_esi = gross / (1 + esi.employer_percent / 100)
            if with_esi <= esi.applies_up_to:
                gross = with_esi
        allowances = max(money(gross) - basic, ZERO)
        result.employer.append(Line("Employer's EPF (inside your CTC)", employer_epf, epf))
        covered = esi and esi.applies_up_to is not None and gross <= esi.applies_up_to
        employer_esi = money(gross * esi.employer_percent / 100) if covered else ZERO
        if employer_esi:
            result.employer.append(Line("Employer's ESI (inside your CTC)", employer_esi, esi))
    result.earnings.append(Line("Basic pay", money(basic)))
    if allowances:
        result.earnings.append(Line("Allowances (HRA, special and others)", money(allowances)))
    gross = result.gross
    if epf:
        amount = money(basic * epf.percent / 100)
        how = f"{pct(epf.percent)} of {INR(basic)} basic"
        result.deductions.append(Line("EPF (your share)", amount, epf, how))
        eps = tables.one(Kind.EPS)
        if eps:
            pension = money(counted(eps, basic) * eps.percent / 100)
            how = (
                f"{pct(eps.percent)} of {INR(counted(eps, basic))}: of the employer's "
                f"{pct(epf.employer_percent)}, this much goes to your pension, the rest to your EPF"
            )
            result.notes.append(Line("EPS pension, from the employer's share", pension, eps, how))
    if esi:
        amount, rate, how = contribution([esi], gross, INR)
        result.deductions.append(Line("ESI (your share)", amount, rate, how))
    rows = tables.of(Kind.PROFESSIONAL_TAX, place)
    if rows and rows[0].place == place and any(r.fixed or r.percent for r in rows):
        amount, rate, how = progressive(rows, gross, INR)
        result.deductions.append(Line("Professional tax", amount, rate, how))
    elif rows and rows[0].place == place:  # a state that levies none says so, with its source
        result.notes.append(Line(rows[0].name, ZERO, rows[0]))
    else:
        result.notes.append(Line("Professional tax: we have no table for this state yet", ZERO))
    deduction = tables.one(Kind.STANDARD_DEDUCTION)
    tax_free = tables.one(Kind.TAX_FREE_UP_TO)
    if deduction and tax_free:
        yearly = gross * 12 - deduction.fixed
        if yearly <= tax_free.fixed:
            how = (
                f"{INR(gross * 12)} a year less the {INR(deduction.fixed)} standard deduction is "
                f"{INR(max(yearly, ZERO))}, within the {INR(tax_free.fixed)} on which no tax is due"
            )
            result.deductions.append(Line("Income tax (new regime)", ZERO, tax_free, how))
        else:
            how = (
                "Above the tax-free limit: we do not work out income tax here (it depends on your "
                "regime and declarations). The take-home below is before income tax."
            )
            result.notes.append(Line("Income tax: not worked out", ZERO, tax_free, how))
    result.floor_checked = floor is not None
    if floor is not None and basic < floor.monthly:
        result.below_floor = floor
    return result
