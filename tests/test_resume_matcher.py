"""The job-ad matcher on realistic ads: exact matches, aliases, no matches inside other words."""

from pathlib import Path

import pytest

from careers.resumes.matcher import Vocabulary, match_ad
from tests.resume_vocabulary import build_vocabulary

pytestmark = pytest.mark.django_db

ADS = Path(__file__).parent / "data" / "job_ads"

EXPECTED = {
    "csr_voice.txt": {
        "role": "csr",
        "skills": {
            "communication",
            "spoken-english",
            "empathy",
            "resilience",
            "typing",
            "crm-software",
        },
        "metrics": {"aht", "csat"},
        "certifications": set(),
        "jargon": {"inbound", "lob", "versant", "graveyard-shift", "typing-test"},
        "knockouts": {"versant", "graveyard-shift", "typing-test"},
        "wpm": [30],
        "not_matched": ["Excellent", "Telecom"],
    },
    "tech_support.txt": {
        "role": "tech",
        "skills": {"troubleshooting", "ticketing-systems", "communication"},
        "metrics": {"service-level", "fcr"},
        "certifications": {"comptia-a-plus", "itil-4-foundation"},
        "jargon": {"tier-1", "wah", "escalation", "graveyard-shift"},
        "knockouts": {"graveyard-shift"},
        "wpm": [],
        "not_matched": ["Windows", "technical support experience"],
    },
    "data_entry.txt": {
        "role": "data",
        "skills": {"attention-to-detail", "typing", "spreadsheets"},
        "metrics": {"turnaround-time"},
        "certifications": set(),
        "jargon": {"non-voice", "typing-test"},
        "knockouts": {"typing-test"},
        "wpm": [45],
        "not_matched": ["excellent", "Disclaimers", "inaccuracies", "team lead"],
    },
    "medical_coder.txt": {
        "role": "coder",
        "skills": {
            "medical-coding",
            "medical-terminology",
            "hipaa-compliance",
            "attention-to-detail",
        },
        "metrics": {"productivity"},
        "certifications": {"cpc", "ccs"},
        "jargon": {"hipaa"},
        "knockouts": {"hipaa"},
        "wpm": [],
        "not_matched": ["anatomy"],
    },
    "team_leader.txt": {
        "role": "lead",
        "skills": {"coaching-feedback", "workforce-planning", "leadership", "conflict-resolution"},
        "metrics": {"service-level", "aht", "csat", "attrition"},
        "certifications": set(),
        "jargon": {"calibration", "rotating-shifts"},
        "knockouts": {"rotating-shifts"},
        "wpm": [],
        "not_matched": ["Lead a team"],
    },
    "claims_processor.txt": {
        "role": "claims",
        "skills": {"claims-processing", "hipaa-compliance", "attention-to-detail"},
        "metrics": {"turnaround-time", "quality-score"},
        "certifications": set(),
        "jargon": {"hipaa", "pci-dss", "non-voice"},
        "knockouts": {"hipaa", "pci-dss"},
        "wpm": [],
        "not_matched": ["day shift"],
    },
    "chat_support.txt": {
        "role": "chat",
        "skills": {"business-writing", "empathy", "typing", "crm-software"},
        "metrics": {"csat"},
        "certifications": set(),
        "jargon": {"non-voice", "typing-test"},
        "knockouts": {"typing-test"},
        "wpm": [35],
        "not_matched": ["E-commerce", "first response time"],
    },
}


@pytest.fixture
def vocabulary():
    build_vocabulary()
    return Vocabulary()


def slugs(objects):
    return {obj.slug for obj in objects}


@pytest.mark.parametrize("filename", sorted(EXPECTED))
def test_realistic_ads(vocabulary, filename):
    expected = EXPECTED[filename]
    text = (ADS / filename).read_text()
    result = match_ad(text, vocabulary)
    assert slugs(result.skills) == expected["skills"]
    assert slugs(result.metrics) == expected["metrics"]
    assert slugs(result.certifications) == expected["certifications"]
    assert slugs(result.jargon) == expected["jargon"]
    assert slugs(result.knockouts) == expected["knockouts"]
    assert result.typing_wpm == expected["wpm"]
    assert result.suggestions[0].role.slug == expected["role"]
    highlighted = " ".join(hit.text for hit in result.hits)
    for phrase in expected["not_matched"]:
        assert phrase not in highlighted, phrase


def test_every_match_is_explained_with_its_alias(vocabulary):
    result = match_ad("Salesforce and ZENDESK experience; CRM basics", vocabulary)
    explanations = {hit.text: hit.explanation for hit in result.hits}
    assert explanations == {
        "Salesforce": "skill: CRM software (alias)",
        "ZENDESK": "skill: CRM software (alias)",
        "CRM": "skill: CRM software (alias)",
    }


def test_whole_words_only(vocabulary):
    result = match_ad("Excellence, scrm, disclaims, excels, cpts2, precpt", vocabulary)
    # only the plural "excels" is a whole word here
    assert [hit.text for hit in result.hits] == ["excels"]


def test_case_and_spacing_do_not_matter(vocabulary):
    result = match_ad("ICD 10 CM coding, Detail Oriented,  first   CALL resolution", vocabulary)
    assert slugs(result.skills) == {"medical-coding", "attention-to-detail"}
    assert slugs(result.metrics) == {"fcr"}


def test_longest_phrase_wins(vocabulary):
    result = match_ad("Strong ICD-10-CM skills", vocabulary)
    assert [hit.text for hit in result.hits] == ["ICD-10-CM"]


def test_segments_rebuild_the_ad_exactly(vocabulary):
    text = (ADS / "csr_voice.txt").read_text()
    result = match_ad(text, vocabulary)
    assert "".join(part for part, _ in result.segments()) == text


def test_empty_vocabulary_matches_nothing(db):
    result = match_ad("Customer service with CRM and AHT", Vocabulary())
    assert result.hits == [] and result.suggestions == []


def test_draft_content_is_not_matched(vocabulary):
    from careers.skills.models import Skill

    assert slugs(match_ad("Salesforce experience", vocabulary).skills) == {"crm-software"}
    Skill.objects.filter(slug="crm-software").update(status="draft")
    result = match_ad("Salesforce experience", Vocabulary())
    assert result.skills == {}


def test_british_and_american_spellings_match_each_other(vocabulary):
    from tests.factories import make_role

    make_role(slug="agent", name="Contact Centre Agent")
    result = match_ad("Contact Center Agents wanted", Vocabulary())
    assert [s.role.slug for s in result.suggestions] == ["agent"]
