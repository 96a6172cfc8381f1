"""The minimum wage on the pay pages: stated once per country on /pay/ with its source and
year (each range points to it), in full on a role's own pay section, and honest about a rate
whose source gives it only for a period that has ended (valid_until)."""

import datetime

import pytest

from careers.guide.models import MinimumWage
from tests.factories import make_role
from tests.guide_factories import make_minimum_wage, make_pay

pytestmark = pytest.mark.django_db

NOIDA_SOURCE = "SBE Manpower, Uttar Pradesh Minimum Wages Revised"
ENDED = "That period has ended"


def test_pay_states_each_minimum_wage_once_with_its_source(seed, client):
    response = client.get("/pay/")
    assert response.status_code == 200
    html = response.content.decode()
    india = html[html.index('id="pay-india-h"') :]
    # Many Indian ranges are drawn over Noida's floor; its paragraph and source appear once.
    assert india.count('href="#minimum-wage-india"') >= 3
    assert html.count(NOIDA_SOURCE) == 1
    assert html.count("₹11,021 a month from 1 April 2025 to 30 September 2025") == 1
    assert 'sbemanpower.com/2025/03/uttar-pradesh-minimum-wages-revised.html" rel="noopener">' in (
        india
    )
    assert f"{NOIDA_SOURCE}" in india and "</a>, 2025." in india
    # The Philippines' floors are listed in their own section, with theirs.
    philippines = html[: html.index('id="pay-india-h"')]
    assert 'id="minimum-wage-philippines"' in philippines
    assert philippines.count("Wage Order NCR-26") == 1 and "Manila Bulletin" in philippines


def test_a_role_page_still_states_its_floor_in_full(seed, client):
    response = client.get("/roles/customer-service-representative/")
    assert response.status_code == 200
    html = response.content.decode()
    assert NOIDA_SOURCE in html and "#minimum-wage-india" not in html


def test_the_seeded_indian_floors_say_their_source_period_has_ended(seed, client):
    """SBE Manpower (2025) gives Noida's rate for 1 April to 30 September 2025; AscentHR (2025)
    gives Hyderabad's for 1 October 2025 to 31 March 2026. Both periods are over by now."""
    noida = MinimumWage.objects.get(slug="up-2025-10-unskilled")
    hyderabad = MinimumWage.objects.get(slug="ts-2025-10-shops-zone-1")
    assert noida.valid_until == datetime.date(2025, 9, 30)
    assert hyderabad.valid_until == datetime.date(2026, 3, 31)
    assert MinimumWage.objects.get(slug="ncr-26").valid_until is None  # until the next order
    response = client.get("/take-home/india/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "from 1 October 2025 to 31 March 2026" in html
    assert html.count(ENDED) == 2  # Noida and Hyderabad, each once


def test_only_a_floor_whose_period_has_passed_is_marked(client):
    today = datetime.date.today()
    csr = make_role(slug="csr", name="CSR")
    make_pay(csr, place="metro-manila")
    make_pay(csr, place="metro-cebu")
    make_minimum_wage("metro-manila", valid_until=today + datetime.timedelta(days=30))
    make_minimum_wage("metro-cebu", valid_until=today - datetime.timedelta(days=1))
    response = client.get("/pay/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(ENDED) == 1
    ended = html[html.index("Metro Cebu:</strong>") :]
    assert ENDED in ended[: ended.index("</li>")]
    assert f"to {(today + datetime.timedelta(days=30)):%-d %B %Y}" in html


def test_an_end_before_the_start_is_refused(db):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_minimum_wage(
            valid_from=datetime.date(2025, 10, 1), valid_until=datetime.date(2025, 9, 30)
        )
