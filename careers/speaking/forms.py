from django import forms


class RecordingForm(forms.Form):
    """The recording: made on the page (JavaScript puts it in the file field) or, without
    JavaScript, with the phone's own recorder through the file field's `capture`."""

    audio = forms.FileField(
        label="Your recording",
        # Shown without JavaScript (and when recording here fails), so it names only what
        # works then: the recorder's own wording is in templates/speaking/_recorder.html.
        help_text="Record yourself with your phone's voice recorder, then choose the recording "
        "here: m4a, 3gp, ogg, webm or mp3 up to two minutes (wav up to 8 MB).",
        error_messages={"required": "Record your answer first (or choose a recording)."},
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*", "capture": "user"}),
    )
    keep = forms.BooleanField(
        required=False,
        label="Keep my recording for 30 days so I can listen to it again",
        help_text="Otherwise it is deleted as soon as it is scored. Only you can play it.",
    )
