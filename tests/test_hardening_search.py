"""Search for the sentences people type (issue 27, item 7): filler and stop words, Taglish
(sahod, magkano, trabaho) and intents (salary is pay, interview questions is the bank) through
the curated search synonyms, which join the job-ad matcher's names (careers.search.vocabulary)."""

import pytest

from careers.search.models import SearchSynonym
from careers.search.query import search

pytestmark = pytest.mark.django_db


def titles(query: str) -> list[str]:
    results = search(query)
    assert results.page is not None, (query, results.message)
    return [doc.title for doc in results.page.object_list]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("magkano sahod csr", "What BPO jobs pay"),
        ("csr salary cebu", "What BPO jobs pay"),
        ("sahod", "What BPO jobs pay"),
        ("resume for call center fresh grad", "Resume checklist"),
        ("resume for call center fresh grad", "Student or fresh graduate"),
        ("how to become team leader", "Team Leader"),
        ("call center no experience", "Student or fresh graduate"),
        ("how to pass versant", "English assessment (Versant and similar)"),
        ("irate caller", "Tell me about a time you dealt with an angry customer."),
        ("interview questions", "Interview questions"),
    ],
)
def test_sentences_people_type_find_the_page(seed, query, expected):
    found = titles(query)
    assert expected in found, (query, found)


def test_fillers_are_left_out_and_intents_searched(seed):
    results = search("magkano ang sahod ng csr")
    words = [word.lower() for group in results.expanded for word in group]
    assert "magkano" not in words and "ang" not in words
    assert ["pay", "salary"] in results.expanded
    assert "csr" in words


def test_only_fillers_are_searched_as_typed(seed):
    results = search("paano")
    assert results.expanded == [["paano"]]
    assert "Type a word" not in results.message


def test_a_word_no_page_has_is_left_out_and_said(seed):
    results = search("csr sahod zqxwv")
    assert "“zqxwv”" in results.message and "leave it out" in results.message
    assert results.page.paginator.count > 0


def test_staff_curate_the_synonyms(seed, admin_client):
    synonym = SearchSynonym.objects.get(slug="pay")
    assert "sahod" in synonym.typed and "pay" in synonym.search_for
    assert admin_client.get("/admin/search/searchsynonym/").status_code == 200
    SearchSynonym.objects.filter(slug="pay").update(status="draft")
    from bpoportal.serving import content_version

    content_version.bump()
    assert ["pay", "salary"] not in search("sahod").expanded  # drafts do not count


def test_the_results_page_for_a_taglish_search(client, seed):
    response = client.get("/search/", {"q": "magkano sahod csr"})
    assert response.status_code == 200
    assert "What BPO jobs pay" in response.content.decode()
