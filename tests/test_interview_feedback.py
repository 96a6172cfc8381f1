"""Feedback on written answers, computed from curated talking points: exact expectations for
crafted answers per kind of question, and sensible results for bad input."""

import pytest

from careers.interviews.feedback import (
    Line,
    Point,
    analyse,
    patterns,
    segments,
    spoken,
    uncovered_points,
)

RESULT = Point("Ends with the result", ("as a result", "in the end", "resolved"))
EMPATHY = Point("Shows empathy first", ("i understand", "i'm sorry", "apologise"))
DID = Point("Says what you did", ("i checked", "i explained", "i escalated"))
POINTS = [EMPATHY, DID, RESULT]

STORY = (
    "Last year at my previous job a customer called, upset about a double charge. "
    "I said I'm sorry and I checked the account. I explained the refund and I escalated it "
    "to billing. As a result the refund arrived in 2 days and my CSAT went up 10%."
)


def test_a_full_behavioural_answer():
    fb = analyse(STORY, category="behavioural", points=POINTS)
    assert fb["state"] == "ok"
    assert [(p["point"], p["found"]) for p in fb["points"]] == [
        ("Shows empathy first", ["I'm sorry"]),
        ("Says what you did", ["I checked", "I explained", "I escalated"]),
        ("Ends with the result", ["As a result"]),
    ]
    assert [STORY[a:b] for a, b in fb["highlights"]] == [
        "I'm sorry", "I checked", "I explained", "I escalated", "As a result",
    ]  # fmt: skip
    star = fb["star"]
    assert star["situation"] == ["Last year", "my previous job", "a customer"]
    assert star["action"][:3] == ["I said", "I checked", "I explained"]
    assert "As a result" in star["result"] and star["missing"] == [] and star["thin"] is None
    assert fb["numbers"] == ["2 days", "10%"]
    assert (fb["i_words"] > fb["we_words"], fb["check_i"]) == (True, True)
    assert fb["fillers"] == [] and fb["hedges"] == []
    assert fb["words"] == 46 and fb["seconds"] == 21


def test_a_story_without_a_result_or_numbers_and_with_we():
    answer = (
        "One day a caller was angry. We checked the account and we talked to the team, "
        "and we basically, like, tried our best. I guess maybe it was fine."
    )
    fb = analyse(answer, category="behavioural", points=POINTS)
    assert [p["found"] for p in fb["points"]] == [[], [], []]
    assert fb["points"][2]["hint"] == ["as a result", "in the end", "resolved"]
    assert fb["star"]["missing"] == ["action", "result"]
    assert fb["star"]["situation"] == ["One day", "a caller"]
    assert fb["numbers"] == []
    assert fb["we_words"] == 5 and fb["i_words"] == 1  # we, we, the team, we, our
    assert fb["fillers"] == [["basically", 1], ["like", 1]]
    assert fb["hedges"] == [["i guess", 1], ["maybe", 1]]


def test_a_situational_answer_counts_what_you_would_do():
    answer = (
        "If a customer asks for a refund outside policy, I'd explain the policy and I would "
        "offer a voucher, so that they leave satisfied."
    )
    fb = analyse(answer, category="situational", points=[DID])
    assert fb["star"]["action"] == ["I'd explain", "I would offer"]
    assert fb["star"]["situation"] == ["a customer"]
    assert fb["star"]["result"] == ["so that", "satisfied"]
    assert fb["points"][0]["found"] == ["I explained"] or fb["points"][0]["found"] == []


def test_technical_and_language_answers_get_no_star_and_no_i_check():
    fb = analyse("DNS turns a name into an address.", category="technical", points=[])
    assert fb["star"] is None and fb["check_i"] is False and fb["points"] == []
    assert analyse("I like my team.", category="language", points=[])["fillers"] == []


def test_role_play_evidence_per_scorecard_line():
    lines = [
        Line("Greeting", ("thank you for calling", "my name is")),
        Line("Verification", ("verify", "date of birth")),
        Line("Closing", ("anything else", "have a great day")),
    ]
    answer = "Thank you for calling, my name is Ana. May I verify your date of birth? Thanks!"
    fb = analyse(answer, category="role_play", points=[], lines=lines)
    assert fb["evidence"] == [
        {"criterion": "Greeting", "found": ["Thank you for calling", "my name is"]},
        {"criterion": "Verification", "found": ["verify", "date of birth"]},
        {"criterion": "Closing", "found": []},
    ]
    assert fb["star"] is None


@pytest.mark.parametrize(
    ("answer", "phrase"),
    [
        ("I asked for the task list.", "ask"),  # not inside "task"
        ("She rescheduled it.", "schedule"),  # not inside "rescheduled"
        ("The CRMs were slow, so I used scrms.", "crm"),  # "CRMs" is a plural, "scrms" is not
        ("I summarised the call.", "summarized"),  # British and American spellings match
    ],
)
def test_whole_words_plurals_and_spellings(answer, phrase):
    found = analyse(answer, category="technical", points=[Point("p", (phrase,))])["points"][0]
    expected = {"ask": [], "schedule": [], "crm": ["CRMs"], "summarized": ["summarised"]}
    assert found["found"] == expected[phrase]


def test_pasted_sample_answer_is_named_kindly():
    fb = analyse(STORY, category="behavioural", points=POINTS, sample=f"**Sample:** {STORY}")
    assert fb["state"] == "pasted" and "points" not in fb
    # Borrowing a phrase or two is not pasting.
    own = "A customer called about a late order. I checked the tracking and, as a result, it came."
    assert analyse(own, category="behavioural", points=POINTS, sample=STORY)["state"] == "ok"


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("😀🎉👍", "no_english"),
        (
            "Nagtrabaho ako sa isang kumpanya ng telepono noong nakaraang taon at masaya ako",
            "no_english",
        ),
        ("お客様の問題を解決しました", "no_english"),
        ("x" * 5000, "ok"),
        ("I checked it. " * 400, "ok"),
        ("\x00 I checked the account \x00", "ok"),
    ],
)
def test_bad_input_gives_a_state_never_an_error(answer, state):
    assert analyse(answer, category="behavioural", points=POINTS)["state"] == state


def test_length_and_speaking_time():
    assert spoken(24) == "about 24 seconds"
    assert spoken(60) == "about 1 minute"
    assert spoken(95) == "about 1 minute 35 seconds"
    assert analyse("word " * 260, category="technical", points=[])["seconds"] == 120


def test_segments_cover_the_answer_and_skip_bad_spans():
    text = "Hi <b>there</b>, I checked."
    cut = segments(text, [[17, 26], [0, 2], [1, 5], [20, 999]])
    assert "".join(piece for piece, _ in cut) == text
    assert [piece for piece, marked in cut if marked] == ["Hi", "I checked"]


def test_sample_answer_coverage_check():
    assert uncovered_points(STORY, POINTS) == []
    assert uncovered_points("I checked it.", POINTS) == [
        "Shows empathy first",
        "Ends with the result",
    ]


def test_patterns_across_answers():
    weak = analyse("We tried, um, basically, like, hard.", category="behavioural", points=POINTS)
    strong = analyse(STORY, category="behavioural", points=POINTS)
    q1, q2 = object(), object()
    summary = patterns([(q1, weak), (q2, weak), (q1, strong), (q2, {"state": "empty"})])
    assert summary["answers"] == 3
    assert [(m["point"], m["times"]) for m in summary["missed"]] == [
        ("Ends with the result", 2), ("Says what you did", 2), ("Shows empathy first", 2),
    ]  # fmt: skip
    assert summary["missed"][0]["questions"] == [q1, q2]
    assert {h["name"] for h in summary["habits"]} == {
        "no numbers", "many filler words", "no result in stories", "“we” more than “I”",
    }  # fmt: skip


def test_plurals_of_british_spellings_and_unicode_look_alikes_never_crash():
    point = Point("Mentions the authorisation", ("prior authorisation",))
    found = analyse("I chased prior authorisations daily.", category="technical", points=[point])
    assert found["points"][0]["found"] == ["prior authorisations"]
    for odd in ("\u017fo that the re\u017fult", "\u0131f \u0131 checked", "K\u212a"):
        assert analyse(odd, category="behavioural", points=POINTS)["state"] in {"ok", "no_english"}
