"""Scripted conversations with every seeded scenario: the exact branch each reply takes (so the
customer's exact line), where the contact ends, and the scorecard's evidence for each line."""

import pytest
from django.utils.html import escape

from careers.mockcalls.models import Branch, MockSession, Scenario

pytestmark = pytest.mark.django_db

GREET = "Good morning, thank you for calling. May I have your full name and date of birth?"
PROBE = "I'm sorry to hear that. Can you tell me when it started?"
RECAP = "Just to confirm, to recap what we did today and what happens next."
CLOSE = "Is there anything else I can help with? Have a great day."
# Each scenario's right fix, in an agent's words.
FIX = {
    "billing-dispute-double-charge": "I will raise a bill adjustment to reverse the second charge.",
    "late-delivery-chat": "I will update the address with flat 402 and book a re-delivery.",
    "damaged-item-email": "We will send you a replacement and pick up the damaged one.",
    "router-reset": "Please unplug the modem, wait thirty seconds and plug it back in.",
    "password-lockout": "I have unlocked your account and sent you a password reset link.",
    "email-not-syncing": "Open the mail app and enter your new password there.",
    "credit-card-overdue": "We can set up a payment arrangement so you pay in instalments.",
    "claim-status-hipaa": "It needs prior authorization; then we resubmit the claim.",
    "cancel-subscription-chat": "You could switch to the Mobile plan, which is cheaper.",
    "retention-mobile-plan": "You qualify for our loyalty data bonus: extra data each month.",
}
# (reply, the behaviour of the branch it must take, or None for the step's fallback)
STANDARD = [(GREET, "verification"), (PROBE, "probing"), ("FIX", "resolution"),
            (RECAP, "recap"), (CLOSE, "close")]  # fmt: skip
SCRIPTS = {slug: [(FIX[slug] if r == "FIX" else r, b) for r, b in STANDARD] for slug in FIX}
SCRIPTS["loan-call-third-party"] = [
    ("Good afternoon, this is Mark from QuickLend. May I speak with Ana Lim?", "verification"),
    ("Could you ask her to call us back on our number? My name is Mark.", "resolution"),
    ("Thank you for your time, have a great day.", "close"),
]
SCRIPTS["spouse-asks-about-claim"] = [
    ("Good morning, thank you for calling. May I have your full name, and whose claim it is?",
     "verification"),
    ("I'm sorry, I understand. Susan can sign an authorization form, or join the call.",
     "resolution"),
    (RECAP, "recap"),
    (CLOSE, "close"),
]  # fmt: skip


# The scorecard's evidence: for each line, which reply of the script it must quote (its index).
EVIDENCE = {slug: {"greeting": 0, "verification": 0, "empathy": 1, "probing": 1,
                   "resolution": 2, "recap": 3, "close": 4} for slug in FIX}  # fmt: skip
EVIDENCE["loan-call-third-party"] = {"greeting": 0, "verification": 0, "resolution": 1, "close": 2}
EVIDENCE["spouse-asks-about-claim"] = {"greeting": 0, "verification": 0, "empathy": 1,
                                       "resolution": 1, "recap": 2, "close": 3}  # fmt: skip


def test_every_seeded_scenario_has_a_script(seed):
    assert set(Scenario.objects.published().values_list("slug", flat=True)) == set(SCRIPTS)


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_scripted_conversation(seed, client, slug):
    scenario = Scenario.objects.get(slug=slug)
    url = client.post(f"/mock-call/{slug}/")["Location"]
    step = "start"
    for n, (reply, behaviour) in enumerate(SCRIPTS[slug], start=1):
        branch = Branch.objects.get(
            scenario=scenario, from_step=step, behaviour__slug=behaviour, shown=True
        )
        response = client.post(url + "reply/", {"text": reply})
        assert response.status_code == 302
        last = n == len(SCRIPTS[slug])
        assert branch.ends == last, (slug, n, step, behaviour)
        page = client.get(url).content.decode()
        assert escape(branch.line) in page, (slug, n)
        step = branch.to_step or step
    session = MockSession.objects.get()
    assert session.state == "ended" and session.ended_by == "customer"
    card = {row["slug"]: row for row in session.scorecard}
    for row in card.values():
        if row["avoid"]:  # nothing forbidden was said: met, with no quote
            assert row["met"] and row["quote"] == "", (slug, row)
            continue
        expected = SCRIPTS[slug][EVIDENCE[slug][row["slug"]]][0]
        assert row["met"] and row["quote"] == expected and row["words"], (slug, row)
    assert set(EVIDENCE[slug]) == {slug for slug, row in card.items() if not row["avoid"]}
    response = client.get(url + "scorecard/")
    assert response.status_code == 200
    assert "No overall grade" not in response.content.decode()  # it says so in plain words
    assert "There is no overall grade" in response.content.decode()
    # Who ended it, not a verdict: a customer also hangs up angry.
    assert "The customer ended the conversation." in response.content.decode()
    assert "problem was handled" not in response.content.decode()


def test_account_details_before_verification_is_evidence_against(seed, client):
    url = client.post("/mock-call/billing-dispute-double-charge/")["Location"]
    client.post(url + "reply/", {"text": "Hello. Your bill shows a roaming charge."})
    client.post(url + "reply/", {"text": "May I have your date of birth?"})
    client.post(url + "end/")
    card = {row["slug"]: row for row in MockSession.objects.get().scorecard}
    assert card["verification"]["met"] is False
    assert card["verification"]["quote"] == "Hello. Your bill shows a roaming charge."
    assert card["verification"]["note"] == "Account details came up before any verification."


def test_a_forbidden_promise_is_quoted(seed, client):
    url = client.post("/mock-call/billing-dispute-double-charge/")["Location"]
    client.post(url + "reply/", {"text": GREET})
    client.post(url + "reply/", {"text": "I promise you will get all of it back."})
    page = client.get(url).content.decode()
    assert "The last time someone promised me something" in page  # the customer's reaction
    client.post(url + "end/")
    card = {row["slug"]: row for row in MockSession.objects.get().scorecard}
    assert card["promise"]["met"] is False
    assert card["promise"]["quote"] == "I promise you will get all of it back."
    response = client.get(url + "scorecard/")
    assert "“I promise you will get all of it back.”" in response.content.decode()


def test_a_threat_ends_a_collections_call(seed, client):
    url = client.post("/mock-call/credit-card-overdue/")["Location"]
    client.post(url + "reply/", {"text": GREET})
    response = client.post(url + "reply/", {"text": "Pay today or we will tell your employer."})
    assert response["Location"].endswith("/scorecard/")
    card = {row["slug"]: row for row in MockSession.objects.get().scorecard}
    assert card["threat"]["met"] is False
    assert card["threat"]["words"] == ["your employer"]


def test_a_customer_not_asked_anything_asks_again_in_new_words(seed, client):
    """Late delivery: replies that never probe used to get "So where is it? I just need a clear
    answer." word for word, again and again. Each ask is now its own line, more pressed, with a
    hint towards the question the agent should ask."""
    url = client.post("/mock-call/late-delivery-chat/")["Location"]
    assert client.post(url + "reply/", {"text": GREET}).status_code == 302
    for _ in range(4):
        response = client.post(url + "reply/", {"text": "Let me check your order."})
        assert response.status_code == 302
    session = MockSession.objects.get()
    said = list(session.messages.filter(who="customer").values_list("text", flat=True))[2:]
    assert len(said) == 4 and len(set(said)) == 4, said
    assert said[0] == "So where is it? I just need a clear answer."
    assert "twice" in said[1] and "three times" in said[2] and "still waiting" in said[3]
    page = client.get(url)
    assert page.status_code == 200
    assert escape(said[2]) in page.content.decode()
    # Asking what happened still gets the hidden facts, from any of those steps.
    client.post(url + "reply/", {"text": "Can you tell me what happened yesterday?"})
    assert escape("I forgot the flat number. It's 402.") in client.get(url).content.decode()


def test_an_unfounded_delivery_date_is_a_forbidden_promise(seed, client):
    url = client.post("/mock-call/late-delivery-chat/")["Location"]
    client.post(url + "reply/", {"text": GREET})
    client.post(url + "reply/", {"text": "It should arrive in two days."})
    page = client.get(url)
    assert page.status_code == 200
    assert "The courier gave me a date last time too." in page.content.decode()
    client.post(url + "end/")
    card = {row["slug"]: row for row in MockSession.objects.get().scorecard}
    assert card["promise"]["met"] is False
    assert card["promise"]["quote"] == "It should arrive in two days."
    response = client.get(url + "scorecard/")
    assert response.status_code == 200
    assert "“It should arrive in two days.”" in response.content.decode()
