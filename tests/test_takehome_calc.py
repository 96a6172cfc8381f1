"""The calculator's arithmetic against worked examples from the official tables in the seed
content (content/rates-*.yaml, content/minimum_wages.yaml); each test names its source."""

import datetime
from decimal import Decimal as D

import pytest

from careers.common.money import grouped
from careers.guide.models import floors_by_place
from careers.takehome import calc
from careers.takehome.tables import tables_for

TODAY = datetime.date(2026, 1, 15)


def ph(basic, night=0, tax_free=0, allowances=0, place="metro-manila"):
    offer = {
        "basic": D(basic),
        "night_hours": D(night),
        "tax_free": D(tax_free),
        "allowances": D(allowances),
        "place": place,
    }
    floor = floors_by_place(TODAY).get(place)
    return calc.philippines(tables_for("philippines", TODAY), offer, floor)


def india(basic, allowances=0, place="hyderabad", ctc=0):
    offer = {"basic": D(basic), "allowances": D(allowances), "place": place, "ctc": D(ctc)}
    return calc.india(tables_for("india", TODAY), offer, floors_by_place(TODAY).get(place))


def amounts(lines):
    return {line.label: line.amount for line in lines}


def test_a_metro_manila_basic_of_18000(seed):
    """SSS 2025 schedule: MSC ₱18,000 x 5% = ₱900; PhilHealth Advisory 2025-0002: 5% of
    ₱18,000 halved = ₱450; Pag-IBIG (MFS ₱10,000 from Feb 2024): 2% x ₱10,000 = ₱200; RR 11-2018
    Annex E: ₱16,450 taxable is under ₱20,833, no tax."""
    result = ph(18000)
    assert amounts(result.deductions) == {
        "SSS (your share)": D("900.00"),
        "PhilHealth (your share)": D("450.00"),
        "Pag-IBIG (your share)": D("200.00"),
        "Withholding tax": D("0.00"),
    }
    assert result.gross == D("18000.00")
    assert result.take_home == D("16450.00")
    assert result.below_floor is None  # ₱695 x 22 = ₱15,290 (Wage Order NCR-26)


def test_night_hours_allowances_and_the_15_percent_bracket(seed):
    """Labor Code Art. 86: 10% of ₱30,000 / 22 / 8 an hour x 176 hours = ₱3,000; RR 11-2018
    de minimis: the ₱2,000 rice subsidy is tax-free; SSS MSC ₱30,000 x 5% = ₱1,500; PhilHealth
    2.5% = ₱750; Pag-IBIG ₱200; RR 11-2018 Annex E (2023): 15% of (₱31,550 - ₱20,833)."""
    result = ph(30000, night=176, tax_free=2000, allowances=1000)
    assert amounts(result.earnings)["Night shift differential"] == D("3000.00")
    assert result.gross == D("36000.00")
    deductions = amounts(result.deductions)
    assert deductions["SSS (your share)"] == D("1500.00")
    assert deductions["PhilHealth (your share)"] == D("750.00")
    assert deductions["Withholding tax"] == D("1607.55")
    assert result.take_home == D("31942.45")


def test_the_25_percent_bracket_and_the_caps(seed):
    """RR 11-2018 Annex E: ₱8,541.80 + 25% over ₱66,667; the SSS 2025 cap (MSC ₱35,000: ₱1,750);
    PhilHealth 2025's ₱100,000 ceiling (₱2,500); TRAIN: 13th month pay above ₱90,000 is taxed."""
    result = ph(110000)
    deductions = amounts(result.deductions)
    assert deductions["SSS (your share)"] == D("1750.00")
    assert deductions["PhilHealth (your share)"] == D("2500.00")
    assert deductions["Pag-IBIG (your share)"] == D("200.00")
    taxable = D("110000") - D("4450")
    assert deductions["Withholding tax"] == calc.money(D("8541.80") + (taxable - 66667) * D("0.25"))
    thirteenth = result.notes[0]
    assert thirteenth.amount == D("110000.00") and "above ₱90,000.00" in thirteenth.how


def test_a_cebu_basic_below_the_minimum_wage_is_flagged(seed):
    """Wage Order ROVII-26: ₱540 a day from 4 October 2025, x 22 days = ₱11,880 a month; the SSS
    MSC of ₱9,650 rounds to ₱9,500 (₱475); PhilHealth's ₱10,000 floor gives ₱250."""
    result = ph(9650, place="metro-cebu")
    assert result.below_floor is not None
    assert result.below_floor.monthly == 11880
    deductions = amounts(result.deductions)
    assert deductions["SSS (your share)"] == D("475.00")
    assert deductions["PhilHealth (your share)"] == D("250.00")
    assert deductions["Pag-IBIG (your share)"] == D("193.00")


def test_sss_rounds_to_the_nearest_500():
    """SSS 2025 schedule: ₱17,750 to ₱18,249.99 is MSC ₱18,000; ₱18,250 is ₱18,500."""
    from careers.takehome.models import Rate

    sss = Rate(percent=D("5"), base_min=D("5000"), base_max=D("35000"), step=D("500"))
    assert calc.counted(sss, D("18249.99")) == D("18000")
    assert calc.counted(sss, D("18250")) == D("18500")
    assert calc.counted(sss, D("3000")) == D("5000")
    assert calc.counted(sss, D("90000")) == D("35000")


def test_hyderabad_basic_12000_with_allowances(seed):
    """EPF: 12% of ₹12,000 basic = ₹1,440; ESI (gross ₹18,000, within ₹21,000): 0.75% = ₹135;
    Telangana professional tax ₹15,001 to ₹20,000: ₹150; new regime: ₹2,16,000 - ₹75,000 is
    under ₹12 lakh, no income tax."""
    result = india(12000, allowances=6000)
    assert amounts(result.deductions) == {
        "EPF (your share)": D("1440.00"),
        "ESI (your share)": D("135.00"),
        "Professional tax": D("150.00"),
        "Income tax (new regime)": D("0"),
    }
    assert result.take_home == D("16275.00")
    # AscentHR (2025): Telangana shops, Zone I, lowest grade, ₹12,762.40 from 1 October 2025
    assert result.below_floor is not None and result.below_floor.monthly == 12762
    eps = next(n for n in result.notes if n.label.startswith("EPS"))
    assert eps.amount == D("999.60")  # 8.33% of ₹12,000


def test_eps_stops_at_15000():
    """Mint (2021): 8.33% of basic up to ₹15,000 goes to EPS, at most ₹1,250."""
    from careers.takehome.models import Rate

    eps = Rate(percent=D("8.33"), base_max=D("15000"))
    assert calc.money(calc.counted(eps, D("40000")) * eps.percent / 100) == D("1249.50")


def test_noida_ctc_has_no_professional_tax_and_no_esi_above_21000(seed):
    """CTC ₹3,00,000 a year = ₹25,000 a month, less the employer's 12% EPF on ₹12,500 (₹1,500) =
    ₹23,500 gross: above ESI's ₹21,000 ceiling; Uttar Pradesh levies no professional tax."""
    result = india(12500, place="noida", ctc=300000)
    assert result.gross == D("23500.00")
    deductions = amounts(result.deductions)
    assert deductions["EPF (your share)"] == D("1500.00")
    assert deductions["ESI (your share)"] == D("0")
    assert "Professional tax" not in deductions
    assert any("Uttar Pradesh" in n.label for n in result.notes)
    assert result.take_home == D("22000.00")


def test_bengaluru_pays_200_from_25000(seed):
    """Karnataka Act No. 33 of 2025: ₹200 a month from ₹25,000, nil below."""
    assert amounts(india(15000, allowances=10000, place="bengaluru").deductions)[
        "Professional tax"
    ] == D("200.00")
    assert amounts(india(15000, allowances=9999, place="bengaluru").deductions)[
        "Professional tax"
    ] == D("0.00")


def test_next_years_table_is_a_content_change(seed):
    """A new row with a later valid_from replaces the old one from that year on, without code."""
    from careers.takehome.models import Rate

    old = Rate.objects.get(slug="ph-philhealth-2025")
    old.pk = None
    old.slug, old.valid_from, old.percent = "ph-philhealth-2027", 2027, D("3")
    old.save()
    assert amounts(ph(18000).deductions)["PhilHealth (your share)"] == D("450.00")  # 2026
    later = calc.philippines(
        tables_for("philippines", datetime.date(2027, 2, 1)),
        {"basic": D(18000), "night_hours": D(0), "tax_free": D(0), "allowances": D(0)},
    )
    assert amounts(later.deductions)["PhilHealth (your share)"] == D("540.00")


@pytest.mark.parametrize("year", [2026])
def test_every_rate_in_force_names_its_source(seed, year):
    for country in ("philippines", "india"):
        rows = tables_for(country, datetime.date(year, 6, 1)).all_rows()
        assert rows
        assert all(r.source_url and r.source_year and r.source_name for r in rows)


def test_rupees_use_lakh_grouping_and_pesos_thousands():
    assert grouped(D("1200000"), "INR", places=2) == "12,00,000.00"
    assert grouped(D("123456.5"), "INR", places=2) == "1,23,456.50"
    assert grouped(D("999"), "INR", places=2) == "999.00"
    assert grouped(D("1200000"), "PHP", places=2) == "1,200,000.00"
    assert calc.INR(D("75000")) == "₹75,000.00"
