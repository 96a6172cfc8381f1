"""The take-home calculator's pages over the real seed content: results, the comparison, clear
messages for bad input (400, never 500), the floor flag, the page cache and query counts."""

import pytest
from django.test import Client

from bpoportal.serving.page_cache import HIT_HEADER
from tests.described_by import undescribed

PH = "/take-home/philippines/"
IN = "/take-home/india/"


def text(response) -> str:
    return response.content.decode()


def test_the_index_links_both_countries(seed, client):
    response = client.get("/take-home/")
    assert response.status_code == 200
    assert PH in text(response) and IN in text(response)


def test_the_empty_form_labels_every_input_and_lists_the_rates(seed, client):
    response = client.get(PH)
    page = text(response)
    assert response.status_code == 200
    for name in ("a-basic", "a-night_hours", "a-tax_free", "a-allowances", "a-place", "b-basic"):
        assert f'for="id_{name}"' in page and f'id="id_{name}"' in page
    assert "BIR Revenue Regulations No. 11-2018" in page  # each rate with its source
    assert "Wage Order NCR-26" in page
    assert "Your take-home pay" not in page


def test_a_result_shows_each_deduction_and_the_take_home(seed, client):
    response = client.get(PH, {"a-basic": "18,000", "a-place": "metro-manila"})
    page = text(response)
    assert response.status_code == 200
    assert "Your take-home pay" in page
    assert "900.00" in page and "450.00" in page and "200.00" in page  # SSS, PhilHealth, Pag-IBIG
    assert "₱16,450.00" in page
    assert "PinoyBenefits" in page  # the SSS row's source next to its amount
    assert "Below the legal minimum wage" not in page


def test_two_offers_side_by_side(seed, client):
    response = client.get(
        PH,
        {
            "a-basic": "18000",
            "a-place": "metro-manila",
            "b-basic": "30000",
            "b-night_hours": "176",
            "b-tax_free": "2000",
            "b-allowances": "1000",
            "b-place": "metro-cebu",
        },
    )
    page = text(response)
    assert response.status_code == 200
    assert "Offer A takes home ₱16,450.00 a month; offer B ₱31,942.45." in page


def test_a_basic_below_the_minimum_wage_is_flagged(seed, client):
    response = client.get(PH, {"a-basic": "9650", "a-place": "metro-cebu"})
    assert response.status_code == 200
    assert "Below the legal minimum wage" in text(response)
    assert "₱11,880" in text(response)  # ₱540 x 22 days (Wage Order ROVII-26)


def test_india_from_a_ctc(seed, client):
    response = client.get(IN, {"a-basic": "12500", "a-ctc": "3,00,000", "a-place": "noida"})
    page = text(response)
    assert response.status_code == 200
    assert "₹22,000.00" in page
    assert "₹2,82,000.00 a year less the ₹75,000.00 standard deduction" in page  # lakh grouping
    assert "Uttar Pradesh (Noida): no professional tax" in page
    assert "CTC" in page and "In-hand" in page


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"a-basic": "-5000"}, "cannot be below zero"),
        ({"a-basic": "abc"}, "as a number, like 18,000"),
        ({"a-basic": "NaN"}, "as a number"),
        ({"a-basic": "Infinity"}, "as a number"),
        ({"a-basic": "1e30"}, "far too large"),
        ({"a-basic": "99999999999"}, "check the number"),
        ({"a-basic": "20000000"}, "is more than 10,000,000"),
        ({"a-basic": "18000.123"}, "two decimal places"),
        ({"a-basic": "", "a-night_hours": "10"}, "Enter the monthly basic pay"),
        ({"a-basic": "18000", "a-night_hours": "300"}, "is more than 248"),
        ({"a-basic": "18000", "a-place": "mars"}, "Choose one of the places"),
        ({"a-basic": "9" * 5000}, "far too large"),
        ({"b-basic": "x"}, "as a number"),
    ],
)
def test_bad_input_gets_a_clear_message_and_a_400(seed, client, params, message):
    response = client.get(PH, {"a-place": "metro-manila", **params})
    assert response.status_code == 400
    assert message in text(response)
    assert "Some numbers need fixing" in text(response)
    assert "_error" in text(response) and undescribed(text(response)) == []  # read with its box


def test_india_refuses_allowances_and_a_ctc_together(seed, client):
    params = {"a-basic": "12000", "a-allowances": "5000", "a-ctc": "300000", "a-place": "noida"}
    response = client.get(IN, params)
    assert response.status_code == 400
    assert "not both" in text(response)


def test_an_unknown_country_is_404(seed, client):
    assert client.get("/take-home/mars/").status_code == 404


@pytest.mark.usefixtures("page_cache")
def test_only_the_empty_form_is_kept_in_the_page_cache(seed):
    client = Client()
    client.get(PH)
    assert client.get(PH).get(HIT_HEADER) == "hit"
    params = {"a-basic": "18000", "a-place": "metro-manila"}
    client.get(PH, params)
    again = client.get(PH, params)
    assert again.status_code == 200 and again.get(HIT_HEADER) != "hit"


def test_a_result_runs_a_fixed_number_of_queries(seed, client, assert_fixed_queries):
    from careers.takehome.models import Rate

    def grow():
        for n in range(30):
            Rate.objects.create(
                slug=f"extra-{n}",
                country="india",
                kind="professional-tax",
                place="bengaluru",
                valid_from=2019,
                name=f"Old Karnataka bracket {n}",
                over=n * 1000,
                fixed=100,
                status="published",
                source_name="Old table",
                source_year=2019,
                source_url="https://example.org/old",
            )

    url = f"{IN}?a-basic=12000&a-allowances=6000&a-place=hyderabad"
    assert_fixed_queries(client, url, grow, most=8)


def test_india_flags_a_noida_basic_below_the_up_minimum(seed, client):
    """Uttar Pradesh, unskilled, from 1 April 2025: ₹11,021 a month (SBE Manpower, 2025)."""
    response = client.get(IN, {"a-basic": "9000", "a-allowances": "1000", "a-place": "noida"})
    assert response.status_code == 200
    assert "Below the legal minimum wage" in text(response) and "₹11,021" in text(response)
    assert "from 1 April 2025" in text(response)


def test_india_flags_a_hyderabad_basic_below_the_telangana_minimum(seed, client):
    """Telangana shops and establishments, Zone I, lowest grade, from 1 October 2025: ₹3,700
    basic + ₹9,062.40 VDA = ₹12,762.40 a month (AscentHR, 2025)."""
    response = client.get(IN, {"a-basic": "12000", "a-place": "hyderabad"})
    page = text(response)
    assert response.status_code == 200
    assert "Below the legal minimum wage" in page and "₹12,762" in page
    assert "Telangana shops and establishments, Zone I, lowest grade" in page
    assert "ascent-hr.com" in page  # the floor's source next to it
    above = text(client.get(IN, {"a-basic": "12800", "a-place": "hyderabad"}))
    assert "Your take-home pay" in above and "Below the legal minimum wage" not in above


def test_bengaluru_still_says_it_has_no_listed_minimum_wage(seed, client):
    """No dependable Karnataka figure was found (content/minimum_wages.yaml says why)."""
    response = client.get(IN, {"a-basic": "9000", "a-place": "bengaluru"})
    assert response.status_code == 200
    assert "We list no minimum wage for this place yet" in text(response)
    assert "Below the legal minimum wage" not in text(response)


def test_a_place_without_a_listed_minimum_wage_says_so(seed, client):
    response = client.get(PH, {"a-basic": "9000", "a-place": "ph-province"})
    assert response.status_code == 200
    assert "We list no minimum wage for this place yet" in text(response)
    assert "Below the legal minimum wage" not in text(response)
