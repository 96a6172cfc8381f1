"""The guide's seed content: enough stages per country, every fact and figure sourced."""

import pytest

from careers.guide.models import Country, Fact, FactKind, HiringStage, PayFigure

pytestmark = pytest.mark.django_db


def test_guide_seed_meets_the_brief(seed):
    for country in Country.values:
        assert HiringStage.objects.published().filter(country=country).count() >= 7, country
        scams = Fact.objects.published().filter(country=country, kind=FactKind.SCAM)
        assert scams.exists(), country
    for country in (Country.PHILIPPINES, Country.INDIA):
        documents = Fact.objects.published().filter(country=country, kind=FactKind.DOCUMENT)
        assert documents.count() >= 4, country
    for item in [*Fact.objects.all(), *PayFigure.objects.all()]:
        assert item.source_url.startswith("http") and item.source_year, item.slug
    stages_with_figures = HiringStage.objects.exclude(how_long="")
    for stage in stages_with_figures:
        if any(ch.isdigit() for ch in stage.how_long):
            assert stage.source_url, stage.slug
    assert PayFigure.objects.published().exists()


def test_industry_and_network_seed_meets_the_brief(seed, client):
    from careers.guide.models import Organisation, OrgKind, Section, Topic

    organisations = Organisation.objects.published().exclude(kind=OrgKind.EMPLOYER)
    assert organisations.count() >= 15
    for required in ("IBPAP", "CCAP", "NASSCOM", "HDI", "SWPP", "CXPA", "AAPC", "AHIMA", "PMI"):
        assert organisations.filter(short_name=required).exists(), required
    assert organisations.filter(name__icontains="Toastmasters").exists()
    employers = Organisation.objects.published().filter(kind=OrgKind.EMPLOYER)
    for country in (Country.PHILIPPINES, Country.INDIA):
        assert employers.filter(country=country).count() >= 6, country
    for org in Organisation.objects.all():
        assert org.url.startswith("https://") or org.url.startswith("http://"), org.slug
        assert org.source_url.startswith("http") and org.source_year, org.slug
    assert Topic.objects.published().filter(section=Section.MYTHS).count() >= 6
    for section in Section:
        assert Topic.objects.published().filter(section=section).exists(), section
    for topic in Topic.objects.filter(page="industry"):  # facts and figures, each sourced
        assert topic.source_url and topic.source_year, topic.slug
    for url in ("/industry/", "/network/"):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Concentrix" in html if url == "/industry/" else "Toastmasters" in html
