"""The guide's seed content: enough stages per country, every fact and figure sourced."""

import pytest

from careers.content.loader import load_all
from careers.guide.models import Country, Fact, FactKind, HiringStage, PayFigure

pytestmark = pytest.mark.django_db


def test_guide_seed_meets_the_brief():
    load_all()
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
