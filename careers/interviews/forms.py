from django import forms

from careers.interviews.models import Category, Difficulty
from careers.roles.models import Role

SIZE_CHOICES = [
    (3, "3 questions: a quick warm-up"),
    (5, "5 questions: about 20 minutes"),
    (10, "10 questions: a full mock interview"),
]
ANSWER_MAX_LENGTH = 5000
RATING_CHOICES = [
    (1, "1: I got stuck"),
    (2, "2: Weak"),
    (3, "3: OK"),
    (4, "4: Good"),
    (5, "5: Interview-ready"),
]
SCORE_CHOICES = [  # one line of a role-play scorecard
    (1, "1: Missed it"),
    (2, "2: Weak"),
    (3, "3: Partly"),
    (4, "4: Good"),
    (5, "5: Full marks"),
]


RADIOS = forms.RadioSelect(attrs={"class": "form-check-input"})


class QuestionFilterForm(forms.Form):
    """The /interviews/ filters. A bad value is dropped (and reported), never an error page."""

    role = forms.ChoiceField(required=False)
    category = forms.ChoiceField(
        choices=[("", "Any"), *Category.choices], required=False, label="Kind of question"
    )
    difficulty = forms.ChoiceField(choices=[("", "Any"), *Difficulty.choices], required=False)

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.roles = {role.slug: role for role in roles}
        self.fields["role"].choices = [("", "Any role"), *((r.slug, r.name) for r in roles)]

    def filters(self) -> dict:
        """The valid filter values (role as a Role); invalid ones are left out."""
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if value}
        if "role" in data:
            data["role"] = self.roles[data["role"]]
        return data


class PracticeForm(forms.Form):
    role = forms.ModelChoiceField(
        queryset=Role.objects.published(),
        to_field_name="slug",
        required=False,
        empty_label="Any role (questions for every BPO job)",
        label="Role you are applying for",
        error_messages={"invalid_choice": "Choose one of the roles in the list."},
    )
    categories = forms.MultipleChoiceField(
        choices=Category.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Kinds of question",
        help_text="Tick none to mix every kind.",
        error_messages={"invalid_choice": "Choose kinds of question from the list."},
    )
    size = forms.TypedChoiceField(
        choices=SIZE_CHOICES,
        coerce=int,
        initial=5,
        widget=forms.RadioSelect,
        label="How many questions",
        error_messages={"invalid_choice": "Choose 3, 5 or 10 questions."},
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        required=False,
        max_length=ANSWER_MAX_LENGTH,
        strip=True,
        label="Your answer or notes",
        help_text="Only you can see this. Write it out, or jot the key points you said aloud.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class RatingForm(forms.Form):
    """A 1-5 self-rating; for a role-play, one 1-5 score a scorecard line instead."""

    rating = forms.TypedChoiceField(
        choices=RATING_CHOICES,
        coerce=int,
        widget=RADIOS,
        label="How did it go?",
        error_messages={
            "required": "Choose a rating from 1 to 5.",
            "invalid_choice": "Choose a rating from 1 to 5.",
        },
    )

    def __init__(self, *args, rubric_lines=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.rubric_lines = list(rubric_lines)
        if not self.rubric_lines:
            return
        del self.fields["rating"]  # the overall rating comes from the scorecard
        for line in self.rubric_lines:
            self.fields[f"line_{line.pk}"] = forms.TypedChoiceField(
                choices=SCORE_CHOICES,
                coerce=int,
                widget=RADIOS,
                label=line.criterion,
                help_text=line.description,
                error_messages={
                    "required": f"Score “{line.criterion}” from 1 to 5.",
                    "invalid_choice": f"Score “{line.criterion}” from 1 to 5.",
                },
            )

    def scores(self) -> dict[int, int]:
        """Scorecard line id -> score (only for a role-play)."""
        return {line.pk: self.cleaned_data[f"line_{line.pk}"] for line in self.rubric_lines}
