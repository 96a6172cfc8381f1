"""A job seeker runs a 3-question practice session to its summary, on a phone, in Chromium."""

import re

import pytest

from careers.interviews.models import PracticeSession, TalkingPoint
from tests.factories import make_role
from tests.interview_factories import SCORECARD, make_question, make_role_play

pytestmark = pytest.mark.django_db(transaction=True)


def no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, page.url


def test_three_question_session_to_summary(page, live_server, external_requests, console_errors):
    role = make_role(name="Customer Service Representative", slug="csr")
    questions = [
        make_question(
            role, category="behavioural", text="Tell me about a time you calmed a customer."
        ),
        make_question(category="background", text="Why do you want to work in BPO?"),
        make_role_play(role, text="A customer was charged twice. Handle the call."),
    ]
    for question in questions:
        TalkingPoint.objects.create(question=question, point="Says sorry", phrases=["sorry"])
    page.set_viewport_size({"width": 360, "height": 740})

    # From the role page to the practice form, with the role already chosen.
    page.goto(live_server.url + "/roles/csr/")
    page.get_by_role("link", name="Practise for this role").click()
    page.wait_for_url("**/interviews/practice/?role=csr")
    assert page.get_by_label("Role you are applying for").input_value() == "csr"
    assert page.get_by_role("heading", name="How we choose your questions").is_visible()
    no_sideways_scroll(page)
    page.get_by_label("3 questions: a quick warm-up").check()
    page.get_by_role("button", name="Start practising").click()
    page.wait_for_url(re.compile(r"/interviews/practice/\d+/1/$"))

    for position in (1, 2, 3):
        assert page.get_by_role("heading", level=1).is_visible()
        assert f"question {position} of 3" in page.locator(".breadcrumb").inner_text()
        # The timer exists only because our static script ran under the strict CSP.
        start = page.get_by_role("button", name="Start timer")
        start.click()
        assert page.get_by_role("button", name="Pause").is_visible()
        assert page.get_by_role("timer").inner_text() in {
            "2:00",
            "1:59",
            "1:30",
            "1:29",
            "3:00",
            "2:59",
        }
        page.get_by_label("Your answer or notes").fill(f"Answer {position}: I'm sorry, basically.")
        no_sideways_scroll(page)
        page.get_by_role("button", name="Save and show the tips").click()

        page.wait_for_url(re.compile(rf"/{position}/#reveal$"))
        assert page.get_by_role("heading", name="What the interviewer is looking for").is_visible()
        yours = page.get_by_role("region", name="Your answer")
        expected = f"Answer {position}: I'm sorry, basically."
        assert yours.locator(".answer-text").inner_text() == expected
        assert yours.locator("mark").inner_text() == "sorry"
        # The feedback, explained, beside the sample answer.
        feedback = page.get_by_role("region", name="What we noticed in your answer")
        assert feedback.is_visible()
        assert "Covered: Says sorry" in feedback.inner_text()
        assert "“basically” \u00d71" in feedback.inner_text()
        if page.get_by_role("heading", name="Score yourself on the scorecard").count():
            for criterion, _ in SCORECARD:
                group = page.get_by_role("group", name=criterion)
                group.get_by_label("4: Good", exact=True).check()
        else:
            page.get_by_label("3: OK", exact=True).check()
        no_sideways_scroll(page)
        button = "Save and see my summary" if position == 3 else "Save and go to the next question"
        page.get_by_role("button", name=button).click()
        if position < 3:
            page.wait_for_url(re.compile(rf"/{position + 1}/$"))

    page.wait_for_url(re.compile(r"/summary/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Your practice summary"
    assert "3 of 3 questions rated" in page.locator(".lead").inner_text()
    table = page.get_by_role("table")
    for label in ["Behavioural", "Background and motivation", "Role-play call or chat"]:
        assert table.get_by_role("rowheader", name=label).is_visible()
    no_sideways_scroll(page)

    session = PracticeSession.objects.get()
    assert session.finished_at is not None
    assert sorted(session.items.values_list("rating", flat=True)) == [3, 3, 4]
    assert external_requests == []
    assert console_errors == []
