"""The seed's minimum wages (content/minimum_wages.yaml): each floor sourced and dated, the
Telangana floor for Hyderabad, the Uttar Pradesh row's corrected date, Bengaluru still without
one, and loading the pack again (or over the old row) leaves the rows as the pack says."""

import datetime
from decimal import Decimal

from careers.content.loader import load_all
from careers.guide.models import MinimumWage, floors_by_place

JAN_2026 = datetime.date(2026, 1, 15)

OLD_UP_ROW = """\
- slug: up-2025-10-unskilled
  place: noida
  amount: "11021"
  currency: INR
  per: month
  days_a_month: 26
  valid_from: 2025-10-01
  order_name: "Uttar Pradesh notification under the Minimum Wages Act, unskilled"
  source_name: "GD SN Co., Minimum wages revised in Uttar Pradesh, effective October 1, 2025"
  source_year: 2025
  source_url: https://www.gdsnco.in/2025/09/30/minimum-wages-revised-in-uttar-pradesh-effective-october-1-2025
"""


def test_every_floor_has_its_source_link_and_year(seed):
    wages = list(MinimumWage.objects.published())
    assert len(wages) == 5
    for wage in wages:
        assert wage.source_url.startswith("http") and wage.source_year >= 2025, wage.slug
        assert wage.order_name and wage.monthly > 0, wage.slug


def test_hyderabad_has_telanganas_zone_one_floor_from_october_2025(seed):
    """AscentHR (2025): attender, peon, helper in Zone I, ₹3,700 + ₹9,062.40 VDA a month."""
    floor = floors_by_place(JAN_2026)["hyderabad"]
    assert floor.amount == Decimal("12762.40") and floor.monthly == 12762
    assert floor.per == "month" and floor.valid_from == datetime.date(2025, 10, 1)
    assert floor.source_year == 2025 and "ascent-hr.com" in floor.source_url
    assert "hyderabad" not in floors_by_place(datetime.date(2025, 9, 30))


def test_the_up_floor_is_dated_april_2025_and_bengaluru_has_none(seed):
    """SBE Manpower (2025): ₹11,020.83 for 1 April to 30 September 2025; no Karnataka figure
    was found that we could rely on."""
    floors = floors_by_place(JAN_2026)
    assert floors["noida"].monthly == 11021
    assert floors["noida"].valid_from == datetime.date(2025, 4, 1)
    assert "sbemanpower.com" in floors["noida"].source_url
    assert "bengaluru" not in floors


def test_loading_the_pack_again_changes_nothing(reload_packs):
    (result,) = [r for r in reload_packs("minimum_wages.yaml") if r.created or r.unchanged]
    assert result.summary() == "minimum_wages.yaml: 0 created, 0 updated, 5 unchanged"


def test_loading_brings_the_old_up_row_up_to_date(seed, tmp_path):
    (tmp_path / "minimum_wages.yaml").write_text(OLD_UP_ROW, encoding="utf-8")
    load_all(tmp_path)
    assert MinimumWage.objects.get(slug="up-2025-10-unskilled").valid_from.month == 10
    load_all()  # the real seed packs
    row = MinimumWage.objects.get(slug="up-2025-10-unskilled")
    assert row.valid_from == datetime.date(2025, 4, 1) and "SBE Manpower" in row.source_name
    assert row.valid_until == datetime.date(2025, 9, 30)  # the old row had no end: now filled
