from django import forms

from careers.drills import tokens
from careers.drills.models import Area

TYPED_MAX = 5000  # anything longer is not an attempt at a 600-character passage


class TypingForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    passage = forms.SlugField(widget=forms.HiddenInput)
    # Seconds from the page opening to the first key, sent by static/js/typing-timer.js; the
    # server bounds it by the token's issue time (careers.drills.tokens.typing_seconds).
    first_key = forms.FloatField(
        required=False, min_value=0, max_value=tokens.MAX_AGE_SECONDS, widget=forms.HiddenInput
    )
    typed = forms.CharField(
        strip=False,
        max_length=TYPED_MAX,
        label="Type the passage here",
        error_messages={
            "required": "Type the passage in the box first.",
            "max_length": "That is far longer than the passage (%(show_value)d characters): "
            "type the passage, nothing else.",
        },
        widget=forms.Textarea(
            attrs={
                "rows": 8,
                "autocomplete": "off",
                "autocorrect": "off",
                "autocapitalize": "off",
                "spellcheck": "false",
                "class": "typing-box",
            }
        ),
    )


ANSWERS = {"same": "Same", "different": "Different"}


class AccuracyForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    seed = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=2**31)

    def answers(self, data, size: int) -> list[str]:
        """Each pair's answer ('' when skipped); answers to pairs not in the drill are refused."""
        keys = {key for key in data if key.startswith("a-")}
        allowed = {f"a-{i}" for i in range(size)}
        if keys - allowed:
            raise forms.ValidationError("There are answers for pairs that are not in this drill.")
        out = [data.get(f"a-{i}", "") for i in range(size)]
        if any(value not in ("", *ANSWERS) for value in out):
            raise forms.ValidationError("Each answer is 'same' or 'different'.")
        return out


class EnglishStartForm(forms.Form):
    area = forms.ChoiceField(
        choices=[("", "All four areas"), *Area.choices],
        required=False,
        label="What to practise",
        error_messages={"invalid_choice": "Choose one of the areas listed."},
    )


def english_choices(data, answers) -> dict[int, int | None]:
    """Each position's chosen number (None when skipped); anything else is refused."""
    keys = {key for key in data if key.startswith("q-")}
    allowed = {f"q-{answer.position}" for answer in answers}
    if keys - allowed:
        raise forms.ValidationError("There are answers for questions that are not in this session.")
    chosen = {}
    for answer in answers:
        raw = data.get(f"q-{answer.position}", "")
        if raw == "":
            chosen[answer.position] = None
            continue
        # A choice is a digit or two: checking the length first keeps a number of thousands
        # of digits away from int(), which refuses it with a ValueError (a 500).
        if (
            len(raw) > 3
            or not (raw.isascii() and raw.isdecimal())
            or not 1 <= int(raw) <= len(answer.item.choices)
        ):
            raise forms.ValidationError("One of the answers is not one of its choices.")
        chosen[answer.position] = int(raw)
    return chosen
