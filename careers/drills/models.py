"""Readiness drills: curated passages, record templates and English items, and each job
seeker's results and progress."""

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import floatformat

from careers.common.fields import phrase_list
from careers.common.models import Publishable
from careers.seekers.models import Owner

PASSAGE_MIN, PASSAGE_MAX = 200, 600


class Passage(Publishable):
    """Text to type, like the notes and emails BPO work is full of (all data made up)."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=120)
    kind = models.CharField(max_length=60, help_text="e.g. Call notes, Customer email.")
    text = models.TextField(help_text=f"{PASSAGE_MIN} to {PASSAGE_MAX} characters, plain text.")
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self):
        return self.title

    @property
    def typed_form(self) -> str:
        """The text as it is typed and scored: line breaks are spaces."""
        return " ".join(self.text.split())

    def clean(self):
        length = len(self.typed_form)
        if not PASSAGE_MIN <= length <= PASSAGE_MAX:
            raise ValidationError(
                {"text": f"Keep it between {PASSAGE_MIN} and {PASSAGE_MAX} characters ({length})."}
            )


class RecordTemplate(Publishable):
    """A kind of record for the accuracy drill: realistic samples whose digits are re-drawn."""

    slug = models.SlugField(max_length=80, unique=True)
    label = models.CharField(max_length=80, help_text="e.g. Account number, Address.")
    samples = phrase_list("Example values; their digits are drawn afresh in each drill.")
    redraw_digits = models.BooleanField(
        default=True,
        help_text="Off for values whose digits must stay valid (dates): samples are used as "
        "they are.",
    )

    class Meta:
        ordering = ["label"]

    def __str__(self):
        return self.label

    def clean(self):
        if len(self.samples) < 2:
            raise ValidationError({"samples": "Give at least two example values."})


class TypingResult(models.Model):
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="typing_results")
    passage = models.ForeignKey(Passage, null=True, on_delete=models.SET_NULL, related_name="+")
    nonce = models.CharField(max_length=32, unique=True)  # a test's token is used once
    passage_text = models.TextField()  # as typed against, should staff edit the passage later
    typed = models.TextField()
    seconds = models.FloatField()
    typed_chars = models.PositiveIntegerField()
    errors = models.PositiveIntegerField()
    gross_wpm = models.FloatField()
    net_wpm = models.FloatField()
    accuracy = models.FloatField(help_text="0 to 100.")
    plausible = models.BooleanField(default=True, help_text="False: faster than anyone types.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            # /me/, /drills/ and the role page read one owner's latest and best results.
            models.Index(fields=["owner", "-created_at"], name="typing_result_owner_idx"),
        ]

    def __str__(self):
        # One decimal where there is one, as the result page shows it: rounded to whole numbers,
        # 89.6% read "90%" beside a 90% requirement it does not meet.
        return f"{floatformat(self.net_wpm, -1)} WPM at {floatformat(self.accuracy, -1)}%"


class AccuracyResult(models.Model):
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="accuracy_results")
    nonce = models.CharField(max_length=32, unique=True)
    seed = models.BigIntegerField()  # regenerates the same pairs, so a result can be re-checked
    pairs = models.PositiveSmallIntegerField()
    right = models.PositiveSmallIntegerField()
    wrong = models.PositiveSmallIntegerField()
    seconds = models.FloatField()
    answers = models.JSONField(default=list, help_text="Per pair: 'same', 'different' or ''.")
    # The pairs as scored: staff may edit the record templates later, which would change what
    # the seed regenerates.
    shown = models.JSONField(default=list, help_text="Per pair: [label, left, right].")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="accuracy_result_owner_idx"),
        ]

    def __str__(self):
        return f"{self.right} right, {self.wrong} wrong in {self.seconds:.0f} s"

    @property
    def per_minute(self) -> float:
        return (self.right - self.wrong) / (self.seconds / 60) if self.seconds else 0.0


class Area(models.TextChoices):
    GRAMMAR = "grammar", "Grammar and sentence correction"
    VOCABULARY = "vocabulary", "Customer-service vocabulary"
    READING = "reading", "Reading comprehension"
    REPLY = "reply", "Choosing the best reply"


class Difficulty(models.TextChoices):
    EASY = "easy", "Easy"
    MEDIUM = "medium", "Medium"
    HARD = "hard", "Hard"


class EnglishItem(Publishable):
    """One practice item in the style of the English screens employers use (never a real one)."""

    slug = models.SlugField(max_length=80, unique=True)
    area = models.CharField(max_length=10, choices=Area.choices)
    difficulty = models.CharField(max_length=6, choices=Difficulty.choices)
    passage = models.TextField(
        blank=True, help_text="Reading: the email or policy. Reply: the customer's message."
    )
    question = models.CharField(max_length=300)
    choices = ArrayField(models.CharField(max_length=200), help_text="Three or four, one a line.")
    answer = models.PositiveSmallIntegerField(
        help_text="The number of the right choice (1 = first)."
    )
    explanation = models.TextField(help_text="Why the right answer is right.")
    trap = models.TextField(blank=True, help_text="Why the most tempting wrong choice is wrong.")

    class Meta:
        ordering = ["area", "slug"]
        indexes = [
            # a session picks published items, optionally of one area
            models.Index(fields=["status", "area"], name="english_item_area_idx"),
        ]

    def __str__(self):
        return self.question

    def clean(self):
        if not 3 <= len(self.choices) <= 4:
            raise ValidationError({"choices": "Give three or four choices."})
        if not 1 <= (self.answer or 0) <= len(self.choices):
            raise ValidationError(
                {"answer": "The answer must be the number of one of the choices."}
            )


class EnglishTest(Publishable):
    """A real English test employers use: what it measures and where to take it."""

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120)
    organisation = models.CharField(max_length=120)
    url = models.URLField()
    measures = models.TextField()
    source = models.CharField(max_length=200, help_text="Where the facts come from, with year.")
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class EnglishSession(models.Model):
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="english_sessions")
    area = models.CharField(max_length=10, choices=Area.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"English session {self.pk}"


class EnglishAnswer(models.Model):
    session = models.ForeignKey(EnglishSession, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(EnglishItem, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    choice = models.PositiveSmallIntegerField(null=True, blank=True)
    correct = models.BooleanField(null=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "position"], name="english_answer_position"),
        ]

    def __str__(self):
        return f"{self.session_id}/{self.position}"


class EnglishProgress(models.Model):
    """One owner's Leitner box for one item (careers.common.repetition)."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="english_progress")
    item = models.ForeignKey(EnglishItem, on_delete=models.CASCADE, related_name="+")
    box = models.PositiveSmallIntegerField(default=1)
    last_seen = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "item"], name="english_progress_unique"),
        ]

    def __str__(self):
        return f"{self.owner}: item {self.item_id} in box {self.box}"
