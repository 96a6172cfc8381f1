"""axe-core (bundled with axe-playwright-python, runs offline) finds no serious problems on the
main pages, at phone width, over the real seed content."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "/",
    "/roles/",
    "/roles/customer-service-representative/",
    "/ladder/",
    "/skills/",
    "/skills/?kind=technical",  # one kind: the kinds' menu shows
    "/skills/active-listening/",
    "/metrics/",
    "/metrics/aht/",
    "/certifications/",
    "/resume/",
    "/resume/customer-service-representative/",
    "/resume/match/",
    "/interviews/",
    "/interviews/practice/",
    "/me/",
    "/accounts/login/",
    "/accounts/signup/",
    "/plan/",
    "/plan/fit/",
    "/plan/fit/?background=retail-sales&goal=lead&nights=no&home=no&channel=either",
    "/plan/route/?from=customer-service-representative&to=team-leader",
    "/plan/route/?from=outside&to=team-leader",  # getting hired first
    "/drills/",
    "/drills/typing/",
    "/drills/accuracy/",
    "/drills/english/",
    "/speaking/",
    "/speaking/read-greeting-and-verification/",
    "/speaking/repeat-how-may-i-help/",
    "/mock-call/",
    "/mock-call/late-delivery-chat/",
    "/mock-call/router-reset/",
    "/hiring/",
    "/hiring/philippines/",
    "/hiring/india/",
    "/pay/",
    "/take-home/",
    "/take-home/philippines/",
    "/take-home/philippines/?a-basic=18000&a-place=metro-manila&b-basic=9650&b-place=metro-cebu",
    "/take-home/philippines/?a-basic=-5&a-place=metro-manila",  # the messages of a bad input
    "/take-home/india/?a-basic=12500&a-ctc=300000&a-place=noida",
    "/roles/team-leader/",  # a role without pay: its reason
    "/industry/",
    "/network/",
    "/glossary/",
    "/search/?q=AHT",
    "/search/?q=custmer+servise",
    "/search/?q=csr+sahod+zqxwv",  # a word left out, said above the results
]


SHARDS = 3  # the pages in three tests, which pytest-xdist's workers share out


@pytest.mark.parametrize("shard", range(SHARDS))
def test_main_pages_have_no_serious_accessibility_problems(seed, page, live_server, shard):
    axe = Axe()
    page.set_viewport_size({"width": 360, "height": 740})
    problems = {}
    for url in PAGES[shard::SHARDS]:
        page.goto(live_server.url + url)
        violations = axe.run(page).response["violations"]
        serious = [
            f"{v['id']}: {v['nodes'][0]['html'][:120]}"
            for v in violations
            if v["impact"] in {"serious", "critical"}
        ]
        if serious:
            problems[url] = serious
    assert problems == {}
