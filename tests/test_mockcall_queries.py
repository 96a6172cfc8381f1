"""Each turn runs the same small number of SQL queries however many branches, behaviours and
messages there are; so do the session page and the scorecard."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from careers.common.models import Status
from careers.mockcalls.models import Behaviour
from tests.mockcall_factories import make_scenario, start

pytestmark = pytest.mark.django_db
# The owner, the session, the owner's reply bytes (their budget), the scenario's words, lines
# and branches (read once per content version in production, where a reply is 7 with BEGIN and
# COMMIT: bench/mockcall.py; a test's own transaction keeps them from being kept), the guarded
# update and the two messages; the reply that ends the contact reads the replies and stores the
# scorecard.
PER_REPLY = 10  # with the savepoint and its release
ENDING_REPLY = PER_REPLY + 2


def _reply_queries(client, url, text) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url + "reply/", {"text": text})
    assert response.status_code == 302
    return len(queries)


def test_a_reply_runs_a_fixed_number_of_queries(client):
    small = start(client, make_scenario())
    client.post(small + "reply/", {"text": "About the bill."})  # the owner's first touches done
    counted = _reply_queries(client, small, "About the bill, again.")
    assert counted == PER_REPLY

    big = start(client, make_scenario(branches_per_step=40))
    Behaviour.objects.bulk_create(
        Behaviour(slug=f"extra-{n}", name=f"Extra {n}", description="x",
                  phrases=[f"phrase {n}", f"other {n}"], status=Status.PUBLISHED)
        for n in range(60)
    )  # fmt: skip
    client.post(big + "reply/", {"text": "May I have your date of birth?"})  # to the next step
    for _ in range(10):
        client.post(big + "reply/", {"text": "About the bill."})
    assert _reply_queries(client, big, "About the bill, again.") == counted
    # The last reply, which ends the contact and computes the scorecard, is fixed too.
    assert _reply_queries(client, big, "Here is a bill adjustment.") == ENDING_REPLY


def test_the_session_page_and_scorecard_run_fixed_queries(client, assert_fixed_queries):
    scenario = make_scenario()
    url = start(client, scenario)

    def more_messages():
        for _ in range(12):
            client.post(url + "reply/", {"text": "About the bill."})

    assert_fixed_queries(client, url, more_messages, most=8)
    client.post(url + "end/")
    assert_fixed_queries(client, url + "scorecard/", lambda: None, most=8)
