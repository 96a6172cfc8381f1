"""The job-ad check reads like a recruiter (issue 27, item 5): a fee asked of the applicant is
flagged as a scam sign with the law against it, and a requirement the ad waives ("non-BPO
experience welcome", "with or without BPO experience") is not a knock-out."""

import pytest

from careers.resumes.matcher import Vocabulary, match_ad
from careers.resumes.models import JargonTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def vocabulary(seed):
    return Vocabulary()


def slugs(terms) -> set[str]:
    return {term.slug for term in terms}


@pytest.mark.parametrize(
    "ad",
    [
        "Customer service, night shift. A processing fee of PHP 1,500 is paid on your first day.",
        "Hiring CSRs! Placement fee applies. Apply now.",
        "Successful applicants pay for training (refundable after 6 months).",
        "A refundable deposit of Rs 5,000 is needed to block your seat.",
        "Registration fee: Rs 550. Work from home, chat support.",
    ],
)
def test_a_fee_asked_of_the_applicant_is_a_scam_sign(vocabulary, ad):
    result = match_ad(ad, vocabulary)
    assert slugs(result.scam_signs) == {"fee-request"}


def test_banking_deposits_in_the_work_itself_are_no_scam(vocabulary):
    ad = "Back office associate: process deposits and withdrawals for a US bank, 35 wpm."
    assert match_ad(ad, vocabulary).scam_signs == []


@pytest.mark.parametrize(
    "ad",
    [
        "Non-BPO experience welcome! Customer service representative, Cebu.",
        "With or without BPO experience. Fresh graduates may apply.",
        "No call center experience needed, we train you.",
        "BPO experience is a plus but we hire first-timers.",
        "Call centre experience not required.",
    ],
)
def test_a_waived_requirement_is_not_a_knock_out(vocabulary, ad):
    result = match_ad(ad, vocabulary)
    assert "bpo-experience" not in slugs(result.knockouts)
    assert "bpo-experience" in slugs(result.not_required)


def test_a_real_requirement_is_still_a_knock_out(vocabulary):
    ad = "At least 6 months BPO experience required. Night shift. Versant 58."
    result = match_ad(ad, vocabulary)
    assert {"bpo-experience", "graveyard-shift", "versant"} <= slugs(result.knockouts)
    assert result.not_required == []


def test_the_page_warns_and_names_the_law(client, seed):
    ad = "Inbound CSR, with or without BPO experience. Placement fee PHP 2,000 before training."
    response = client.post("/resume/match/", {"text": ad})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Warning: this ad asks applicants for money" in html
    assert "Article 32" in html and "1974" in html  # the Philippine Labor Code
    assert "Department Order No. 141-14 (2014)" in html
    assert "Not required by this ad" in html
    knockouts = (
        html.split('id="knockouts"')[1].split("</section>")[0] if 'id="knockouts"' in html else ""
    )
    assert "Required BPO experience" not in knockouts


def test_the_scam_sign_is_in_the_seed_glossary_with_its_sources(seed):
    term = JargonTerm.objects.get(slug="fee-request")
    assert term.scam_sign and not term.knockout
    for cited in (
        "Presidential Decree No.\n442 of 1974",
        "141-14 (2014)",
        "Section 318 of the Bharatiya Nyaya Sanhita",
    ):
        assert " ".join(cited.split()) in " ".join(term.meaning.split())
