from django import forms

from careers.speaking.forms import RecordingForm

MAX_REPLY = 1000


class ReplyForm(forms.Form):
    """A typed reply. Any other field a browser sends (a time of its own) is ignored."""

    text = forms.CharField(
        label="Your reply",
        max_length=MAX_REPLY,
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
        error_messages={
            "required": "Write your reply first: the customer is waiting.",
            "max_length": f"Keep your reply under {MAX_REPLY} characters: customers skim.",
        },
    )


class SpokenReplyForm(RecordingForm):
    """A spoken reply: the speaking practice recording form, without "keep my recording" (a
    spoken reply is transcribed and never kept)."""

    keep = None


class ChecksForm(forms.Form):
    """Confirm or correct each scorecard line: the job seeker has the last word."""

    CHOICES = [("right", "The scorecard is right"), ("wrong", "The scorecard is wrong")]

    def __init__(self, card: list[dict], *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.card = card
        for row in card:
            self.fields[f"check-{row['slug']}"] = forms.ChoiceField(
                label=row["name"],
                choices=self.CHOICES,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),  # beside its label
                required=False,
            )
            self.fields[f"note-{row['slug']}"] = forms.CharField(
                label=f"Your note on “{row['name']}” (optional)",
                max_length=300,
                required=False,
                widget=forms.TextInput(attrs={"class": "form-control form-control-sm"}),
            )

    def checks(self) -> dict:
        data = self.cleaned_data
        out = {}
        for row in self.card:
            verdict, note = data[f"check-{row['slug']}"], data[f"note-{row['slug']}"].strip()
            if verdict or note:
                out[row["slug"]] = {"verdict": verdict, "note": note}
        return out

    def rows(self):
        """(scorecard row, its choice field, its note field) for the template."""
        return [
            (row, self[f"check-{row['slug']}"], self[f"note-{row['slug']}"]) for row in self.card
        ]
