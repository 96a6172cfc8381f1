"""Form fields several areas share."""

from django import forms


class LinesField(forms.CharField):
    """A list of short texts edited as one per line (follow-up questions,
    amounts with thousands separators: values that contain commas)."""

    widget = forms.Textarea(attrs={"rows": 4})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        text = super().to_python(value)
        return [line.strip() for line in text.splitlines() if line.strip()]
