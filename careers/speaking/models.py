"""Speaking drills (curated) and each job seeker's results, with the recording only when they
ask us to keep it."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from careers.common.models import Publishable
from careers.seekers.models import Owner

KEEP_DAYS = 30


class Kind(models.TextChoices):
    READ = "read", "Read aloud"
    REPEAT = "repeat", "Repeat a sentence"
    SHORT = "short", "Short answer"
    OPEN = "open", "Open answer"


KNOWN_TEXT = {Kind.READ, Kind.REPEAT}  # scored word by word against the text


class Drill(Publishable):
    """One spoken task, written by us in the style of the voice screens (never a vendor's item).

    For read-aloud and repeat drills `text` is what to say (spell numbers in words: the
    recogniser checks words); for short and open answers it is the question asked."""

    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=120)
    text = models.TextField()
    tips = models.TextField(blank=True, help_text="Markdown: what a good answer does.")
    seconds = models.PositiveSmallIntegerField(
        default=60,
        validators=[MinValueValidator(10), MaxValueValidator(120)],
        help_text="The longest recording for this drill (10 to 120 seconds).",
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["kind", "order", "slug"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.kind not in KNOWN_TEXT:
            return
        if any(ch.isdigit() for ch in self.text):
            raise ValidationError({"text": "Spell numbers in words: the recogniser checks words."})
        from careers.speaking.recognition import recogniser, spoken_form

        engine = recogniser()
        unknown = [
            w for w in self.text.split() if spoken_form(w) and not engine.known(spoken_form(w))
        ]
        if unknown:
            raise ValidationError(
                {
                    "text": "The recogniser does not know these words, so it could not check "
                    f"them (and may miss the words next to them): {', '.join(unknown)}. Use "
                    "other words, or a name it knows."
                }
            )


class Result(models.Model):
    """One recording's scores. `drill` is empty for a spoken interview answer."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="speaking_results")
    drill = models.ForeignKey(Drill, null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    prompt = models.TextField(help_text="The text or question as scored against.")
    seconds = models.FloatField()
    speaking_seconds = models.FloatField()
    wpm = models.FloatField(help_text="0 when too few words were heard to say.")
    words = models.JSONField(default=list, help_text="Known text: [word, heard (true/false/null)].")
    pauses = models.JSONField(default=list, help_text="[after word, at seconds, seconds].")
    transcript = models.TextField(blank=True)
    fillers = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    practice_item = models.ForeignKey(
        "interviews.PracticeItem",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="For a spoken interview answer: the practice question it answers.",
    )

    class Meta:
        verbose_name = "speaking result"
        ordering = ["-created_at"]
        indexes = [
            # /me/, /speaking/ and the plan read one owner's latest results.
            models.Index(fields=["owner", "-created_at"], name="speaking_result_owner_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.wpm:.0f} words a minute"

    @property
    def heard(self) -> int:
        return sum(1 for _, heard in self.words if heard)

    @property
    def checked(self) -> int:
        return sum(1 for _, heard in self.words if heard is not None)


class Recording(models.Model):
    """A recording kept because its owner ticked "keep my recording": in the database (no
    shared disk needed), deleted with the result, the owner, or after KEEP_DAYS."""

    result = models.OneToOneField(Result, on_delete=models.CASCADE, related_name="recording")
    content_type = models.CharField(max_length=60)
    data = models.BinaryField()
    keep_until = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["keep_until"], name="speaking_recording_expiry_idx")]

    def __str__(self):
        return f"Recording kept until {self.keep_until:%d %b %Y}"

    @staticmethod
    def expiry() -> datetime.datetime:
        return timezone.now() + datetime.timedelta(days=KEEP_DAYS)
