"""Interview practice: the curated question bank, and each job seeker's practice and progress."""

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, When
from django.urls import reverse
from simple_history.models import HistoricalRecords

from careers.common.fields import phrase_list
from careers.common.models import Publishable, PublishableQuerySet
from careers.common.repetition import BOXES
from careers.roles.models import Role
from careers.seekers.models import Owner


class Category(models.TextChoices):
    BACKGROUND = "background", "Background and motivation"
    BEHAVIOURAL = "behavioural", "Behavioural"
    SITUATIONAL = "situational", "Situational"
    TECHNICAL = "technical", "Technical"
    ROLE_PLAY = "role_play", "Role-play call or chat"
    LANGUAGE = "language", "Language and communication"
    INDUSTRY = "industry", "Company and industry knowledge"


class Difficulty(models.TextChoices):
    EASY = "easy", "Easy"
    MEDIUM = "medium", "Medium"
    HARD = "hard", "Hard"


RESERVED_SLUGS = {"practice"}  # /interviews/practice/ is a page, not a question


def validate_not_reserved(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(f"“{value}” is used by another page; choose another slug.")


def _rank(field: str, choices) -> Case:
    """Order by a TextChoices' declared order rather than alphabetically."""
    return Case(*(When(**{field: value}, then=n) for n, value in enumerate(choices.values)))


class QuestionQuerySet(PublishableQuerySet):
    def ordered(self):
        """Category by category, easy questions first."""
        return self.order_by(_rank("category", Category), _rank("difficulty", Difficulty), "slug")

    def for_role(self, role):
        """Questions aimed at this role, plus those with no roles (they suit every role)."""
        links = Question.roles.through.objects.filter(question=OuterRef("pk"))
        return self.filter(Exists(links.filter(role=role)) | ~Exists(links))

    def aimed_at(self, role):
        """Annotate `for_this_role`: True when staff picked this role (not just 'all roles')."""
        links = Question.roles.through.objects.filter(question=OuterRef("pk"), role=role)
        return self.annotate(for_this_role=Exists(links))


class Question(Publishable):
    slug = models.SlugField(max_length=80, unique=True, validators=[validate_not_reserved])
    text = models.TextField(help_text="The question as the interviewer asks it, or the scenario.")
    category = models.CharField(max_length=12, choices=Category.choices)
    difficulty = models.CharField(
        max_length=6, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    roles = models.ManyToManyField(
        Role,
        blank=True,
        related_name="questions",
        help_text="Leave empty for a question that suits every role.",
    )
    looking_for = models.TextField(help_text="Markdown: what the interviewer is looking for.")
    tips = models.TextField(blank=True, help_text="Markdown: how to answer well.")
    sample_answer = models.TextField(
        blank=True, help_text="Markdown: a good answer, in STAR form where it fits."
    )
    follow_ups = ArrayField(
        models.CharField(max_length=300),
        blank=True,
        default=list,
        help_text="Likely follow-up questions, one a line.",
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["slug"]
        indexes = [
            # /interviews/ lists published questions filtered by category and difficulty.
            models.Index(fields=["status", "category", "difficulty"], name="question_listing_idx"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self):
        return reverse("interviews:question", args=[self.slug])

    @property
    def is_role_play(self) -> bool:
        return self.category == Category.ROLE_PLAY


class RubricLine(models.Model):
    """One line of a role-play scorecard, like a contact-centre QA form (greeting, empathy…)."""

    curated = True  # edited inline on the question, so editors need its permissions too
    history = HistoricalRecords()

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="rubric_lines")
    order = models.PositiveSmallIntegerField(default=1)
    criterion = models.CharField(max_length=120)
    description = models.TextField(blank=True, help_text="What a full score looks like.")
    evidence = phrase_list(
        "Words that show it in an answer, comma-separated (e.g. thank you for calling)."
    )

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "criterion"], name="rubric_line_unique_criterion"
            ),
        ]

    def __str__(self):
        return self.criterion


class TalkingPoint(models.Model):
    """Something a good answer covers, with the words that show it: the feedback looks for them
    (whole words, plurals, British and American spellings) and never grades."""

    curated = True  # edited inline on the question
    history = HistoricalRecords()

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="talking_points")
    order = models.PositiveSmallIntegerField(default=1)
    point = models.CharField(
        max_length=160, help_text="What a good answer does, e.g. “ends with a result and a number”."
    )
    phrases = phrase_list(
        "Words or phrases that show the point, comma-separated (e.g. as a result, in the end)."
    )

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["question", "point"], name="talking_point_unique"),
        ]

    def __str__(self):
        return self.point


def rating_between_1_and_5(field: str, name: str, *, nullable: bool = False):
    condition = Q(**{f"{field}__gte": 1, f"{field}__lte": 5})
    if nullable:
        condition |= Q(**{f"{field}__isnull": True})
    return models.CheckConstraint(condition=condition, name=name)


class PracticeSession(models.Model):
    """A set of questions one owner practises in order; it has its own URL and can be resumed."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="practice_sessions")
    role = models.ForeignKey(
        Role, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    categories = ArrayField(
        models.CharField(max_length=12, choices=Category.choices), blank=True, default=list
    )
    size = models.PositiveSmallIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # /me/ and /interviews/practice/ list one owner's sessions, newest first.
            models.Index(fields=["owner", "-created_at"], name="practice_session_owner_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(size__gte=1, size__lte=20), name="practice_session_size_range"
            ),
        ]

    def __str__(self):
        return f"Practice session {self.pk}"

    def get_absolute_url(self):
        return reverse("interviews:session", args=[self.pk])

    @property
    def category_labels(self) -> list[str]:
        return [Category(c).label for c in self.categories if c in Category.values]


class PracticeItem(models.Model):
    session = models.ForeignKey(PracticeSession, on_delete=models.CASCADE, related_name="items")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    answer = models.TextField(blank=True)
    revealed = models.BooleanField(default=False)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    # The Leitner box the question was in before this item was rated (None: never rated), so
    # that changing a rating recomputes the box instead of moving it twice.
    box_before = models.PositiveSmallIntegerField(null=True, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    # What careers.interviews.feedback found in the answer, computed once when it is saved.
    feedback = models.JSONField(null=True, blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "position"], name="practice_item_unique_position"
            ),
            models.UniqueConstraint(
                fields=["session", "question"], name="practice_item_unique_question"
            ),
            rating_between_1_and_5("rating", "practice_item_rating_range", nullable=True),
        ]

    def __str__(self):
        return f"{self.session} #{self.position}"

    def get_absolute_url(self):
        return reverse("interviews:item", args=[self.session_id, self.position])

    @property
    def is_rated(self) -> bool:
        return self.rating is not None


class RubricScore(models.Model):
    item = models.ForeignKey(PracticeItem, on_delete=models.CASCADE, related_name="rubric_scores")
    rubric_line = models.ForeignKey(RubricLine, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["item", "rubric_line"], name="rubric_score_unique"),
            rating_between_1_and_5("score", "rubric_score_range"),
        ]

    def __str__(self):
        return f"{self.rubric_line}: {self.score}"


class QuestionProgress(models.Model):
    """One owner's Leitner box for one question: the state that orders their next sessions."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="question_progress")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    box = models.PositiveSmallIntegerField(default=1)
    times = models.PositiveIntegerField(default=0, help_text="How many times it was rated.")
    last_seen = models.DateTimeField()

    class Meta:
        constraints = [
            # Also the index for "this owner's boxes" when a session picks its questions.
            models.UniqueConstraint(fields=["owner", "question"], name="question_progress_unique"),
            models.CheckConstraint(
                condition=Q(box__gte=1, box__lte=BOXES), name="question_progress_box_range"
            ),
        ]

    def __str__(self):
        return f"{self.owner}: {self.question_id} in box {self.box}"
