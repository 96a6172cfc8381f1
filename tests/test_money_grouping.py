"""Money as its readers write it: rupees in lakhs (12,00,000), pesos in thousands (1,200,000),
from the one formatter (careers.common.money) on the calculator, the pay pages and charts."""

from decimal import Decimal

import pytest
from django.template.loader import render_to_string

from careers.common.charts import range_chart
from careers.common.money import grouped
from careers.common.templatetags.money_tags import money
from careers.guide.models import MinimumWage
from careers.roles.models import Role
from tests.guide_factories import make_pay


@pytest.mark.parametrize(
    ("value", "rupees", "pesos"),
    [
        (0, "0", "0"),
        (999, "999", "999"),
        (1000, "1,000", "1,000"),
        (99999, "99,999", "99,999"),
        (100000, "1,00,000", "100,000"),
        (1200000, "12,00,000", "1,200,000"),
        (Decimal("1234567.89"), "12,34,567.89", "1,234,567.89"),
        (Decimal("1250000.50"), "12,50,000.50", "1,250,000.50"),
        (-100000, "-1,00,000", "-100,000"),
        (Decimal("-1234567.89"), "-12,34,567.89", "-1,234,567.89"),
        (-999, "-999", "-999"),
        (Decimal("-0.50"), "-0.50", "-0.50"),
        (12345678901, "12,34,56,78,901", "12,345,678,901"),
        ("100000", "1,00,000", "100,000"),  # floatformat's output
        (1234567.89, "12,34,567.89", "1,234,567.89"),
    ],
)
def test_grouping_rupees_and_pesos(value, rupees, pesos):
    assert grouped(value, "INR") == rupees
    assert grouped(value, "PHP") == pesos
    assert grouped(value, "USD") == pesos  # only rupees group in lakhs


def test_places_round_half_up_and_keep_the_grouping():
    assert grouped(Decimal("1234567.895"), "INR", places=2) == "12,34,567.90"
    assert grouped(0, "INR", places=2) == "0.00"
    assert grouped(Decimal("99999.5"), "PHP", places=0) == "100,000"
    assert grouped(Decimal("-100000"), "INR", places=2) == "-1,00,000.00"


def test_the_filter_leaves_what_is_not_a_number_alone():
    assert money(100000, "INR") == "1,00,000"
    assert money(100000) == "100,000"
    for value in ("", None, "abc", "NaN"):
        assert money(value, "INR") == value


def test_the_minimum_wage_snippet_groups_by_currency():
    wage = MinimumWage(
        place="noida", amount=Decimal("125000.40"), currency="INR", per="month", order_name="X"
    )
    assert "₹1,25,000 a month" in render_to_string("guide/_minimum_wage.html", {"w": wage})
    wage = MinimumWage(
        place="metro-manila", amount=Decimal("6950"), currency="PHP", per="day", order_name="Y"
    )
    html = render_to_string("guide/_minimum_wage.html", {"w": wage})
    assert "₱6,950 a day" in html and "about ₱152,900 a month" in html


def test_the_range_chart_groups_rupees_in_lakhs():
    svg = range_chart([("All levels", 25000, 100000, False)], 11021, "₹", "Pay", "INR")
    assert "All levels: ₹25,000 to ₹1,00,000" in svg and "Minimum wage ₹11,021" in svg
    assert "100,000" not in svg


def test_take_home_india_shows_lakhs(seed, client):
    response = client.get("/take-home/india/", {"a-basic": "1,50,000", "a-place": "bengaluru"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Your take-home pay" in page
    assert "₹1,50,000.00" in page  # the basic pay line's working
    assert '<td class="text-end">1,50,000.00</td>' in page
    assert "150,000" not in page


def test_take_home_philippines_keeps_thousands(seed, client):
    response = client.get(
        "/take-home/philippines/", {"a-basic": "150000", "a-place": "metro-manila"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert '<td class="text-end">150,000.00</td>' in page
    assert "1,50,000" not in page


def test_take_home_india_limit_message_in_lakhs(seed, client):
    response = client.get("/take-home/india/", {"a-basic": "20000000", "a-place": "noida"})
    assert response.status_code == 400
    assert "is more than 1,00,00,000: check the number" in response.content.decode()


def test_the_pay_page_groups_rupees_in_lakhs_and_pesos_in_thousands(seed, client):
    csr = Role.objects.get(slug="customer-service-representative")
    make_pay(csr, level="experienced", low=1200000, high=1500000, period="year")
    response = client.get("/pay/")
    html = response.content.decode()
    assert response.status_code == 200
    # payroll specialist, India (superworks 2025): 3 to 12 lakh a year, 25,000 to 1 lakh a month
    assert "₹3,00,000 to ₹12,00,000 a year" in html
    assert "about ₹25,000 to ₹1,00,000 a month" in html
    assert "<strong>All levels:</strong> ₹25,000 to ₹1,00,000 a month" in html  # headline
    assert "All levels: ₹25,000 to ₹1,00,000</text>" in html  # the chart
    assert "All levels ₹25,000 to ₹1,00,000; minimum wage ₹11,021 a month" in html  # its title
    assert "₹1,200,000" not in html and "₹100,000" not in html
    assert "₱1,200,000 to ₱1,500,000 a year" in html  # pesos keep thousands
    assert "₱100,000 to ₱125,000 a month" in html
    assert "Minimum wage ₱15,290" in html
