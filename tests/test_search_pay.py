"""Asking about a role's pay (the phone walk-through's "magkano sahod csr"): the role's pay
section comes first, then the role page, with the pay guide on the first page too; the pay
section is indexed from the role's figures and follows them; earlier searches keep their top
results."""

import pytest

from careers.common.models import Status
from careers.search.models import SearchDocument
from careers.search.query import search
from tests.factories import make_role
from tests.guide_factories import make_pay

pytestmark = pytest.mark.django_db

CSR = "/roles/customer-service-representative/"
TEAM_LEADER = "/roles/team-leader/"


def urls(query: str) -> list[str]:
    results = search(query)
    assert results.page is not None, (query, results.message)
    return [doc.url for doc in results.page.object_list]


@pytest.mark.parametrize(
    "query", ["magkano sahod csr", "sahod csr", "csr salary cebu", "csr pay philippines"]
)
def test_pay_for_a_role_comes_first_then_the_role(seed, query):
    found = urls(query)
    assert found[:2] == [f"{CSR}#pay", CSR], (query, found)
    assert "/pay/" in found, (query, found)  # the pay guide for every role, on page one


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("salary customer service", f"{CSR}#pay"),
        ("how much does a team leader earn", f"{TEAM_LEADER}#pay"),
        ("team leader salary", f"{TEAM_LEADER}#pay"),
    ],
)
def test_other_ways_of_asking_about_pay(seed, query, first):
    assert urls(query)[0] == first, (query, urls(query))


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("how to pass versant", "/glossary/#versant"),
        ("how to become team leader", TEAM_LEADER),
        ("interview questions", "/interviews/"),
        ("sahod", "/take-home/india/#rates"),  # pay rates lead; the pay guide is close
        ("TL", TEAM_LEADER),
        ("AHT", "/metrics/aht/"),
    ],
)
def test_earlier_searches_keep_their_first_result(seed, query, first):
    assert urls(query)[0] == first, (query, urls(query))
    if query == "sahod":
        assert "/pay/" in urls(query)[:3]


def test_the_results_page_labels_the_pay_section(client, seed):
    response = client.get("/search/", {"q": "magkano sahod csr"})
    html = response.content.decode()
    assert response.status_code == 200
    first = html.index(f'href="{CSR}#pay"')
    assert first < html.index(f'href="{CSR}"') < html.index('href="/pay/"')
    assert "Customer Service Representative (CSR) pay" in html
    assert '<span class="badge text-bg-light border">Pay</span>' in html


def test_the_pay_section_follows_the_role_and_its_figures(client):
    role = make_role(name="Walrus Keeper", slug="walrus-keeper")
    assert not SearchDocument.objects.filter(kind="pay").exists()  # no figures: no pay section
    figure = make_pay(role, place="metro-cebu")
    doc = SearchDocument.objects.get(kind="pay")
    assert (doc.url, doc.title) == ("/roles/walrus-keeper/#pay", "Walrus Keeper pay")
    assert "Metro Cebu (the Philippines)" in doc.body
    figure.status = Status.DRAFT
    figure.save()
    assert not SearchDocument.objects.filter(kind="pay").exists()  # a draft figure is not shown
    figure.status = Status.PUBLISHED
    figure.save()
    role.name = "Walrus Carer"
    role.save()
    assert SearchDocument.objects.get(kind="pay").title == "Walrus Carer pay"
    response = client.get("/roles/walrus-keeper/")
    assert response.status_code == 200 and 'id="pay"' in response.content.decode()
    figure.delete()
    assert not SearchDocument.objects.filter(kind="pay").exists()
    make_pay(role)
    role.status = Status.DRAFT
    role.save()
    assert not SearchDocument.objects.filter(kind="pay").exists()  # a draft role has none
    role.status = Status.PUBLISHED
    role.save()
    assert SearchDocument.objects.filter(kind="pay").exists()
    role.delete()
    assert not SearchDocument.objects.filter(kind__in=["role", "pay"]).exists()
