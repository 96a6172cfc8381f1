"""Mock customer chats and calls: curated scenarios (a customer, their problem, branches that
react to what the agent does, the scorecard lines that apply) and the scorecard's behaviours;
each job seeker's sessions with their messages, timed on the server."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from careers.common.fields import phrase_list
from careers.common.models import Publishable
from careers.mockcalls.conversation import START  # the first step: after the opening line
from careers.seekers.models import Owner


class Track(models.TextChoices):
    CSR = "csr", "Customer service"
    TECH = "tech", "Technical support"
    COLLECTIONS = "collections", "Collections"
    HEALTHCARE = "healthcare", "Healthcare"
    SALES = "sales", "Sales and retention"


class Channel(models.TextChoices):
    """How the customer gets in touch. Email is written like chat (no voice), one complete
    reply at a time, and is named as email wherever the scenario is listed."""

    CHAT = "chat", "Chat"
    CALL = "call", "Call"
    EMAIL = "email", "Email"


class Behaviour(Publishable):
    """One thing a QA scorecard looks for (greeting, empathy…), with the words that show it.

    An `avoid` behaviour is one the agent must not show (a forbidden promise, rude words): its
    scorecard line is met when none of its words is found."""

    slug = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80)
    description = models.TextField(help_text="Markdown: what a QA reviewer looks for.")
    phrases = phrase_list("Words that show it in a reply, comma-separated (e.g. good morning).")
    avoid = models.BooleanField(
        default=False, help_text="Ticked: the agent must NOT say these (forbidden promises)."
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name


class Scenario(Publishable):
    """A simulated customer: who they are, what is wrong, what they only say when asked, and
    how they react (the branches) until the contact ends."""

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=120)
    track = models.CharField(max_length=12, choices=Track.choices)
    channel = models.CharField(max_length=5, choices=Channel.choices)
    persona = models.TextField(help_text="Markdown: who the customer is, shown before you start.")
    problem = models.TextField(help_text="Markdown: the brief the agent gets before the contact.")
    hidden_facts = models.TextField(
        help_text="Markdown: what the customer knows but says only when asked; shown after."
    )
    opening = models.TextField(help_text="The customer's first line.")
    end_state = models.TextField(help_text="Markdown: what a good outcome looks like.")
    account_words = phrase_list(
        "Words that mean the agent is discussing account details (your balance, the claim): "
        "verification must come before them."
    )
    topic_words = phrase_list(
        "Words about this customer's problem (bill, router…): a reply with none of them and no "
        "scorecard behaviour is off topic."
    )
    confused_line = models.CharField(
        max_length=300,
        default="Sorry, I don't follow. Can we get back to my problem, please?",
        help_text="What the customer says to an off-topic reply.",
    )
    rude_line = models.CharField(
        max_length=300,
        default="There's no need to talk to me like that. I just want this fixed.",
        help_text="What the customer says to a rude reply.",
    )
    first_response_seconds = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
        help_text="This scenario's own target for the first reply, in seconds.",
    )
    handle_seconds = models.PositiveSmallIntegerField(
        default=360,
        validators=[MinValueValidator(30), MaxValueValidator(3600)],
        help_text="This scenario's own target for the whole contact, in seconds.",
    )
    order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        ordering = ["track", "order", "slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("mockcalls:scenario", args=[self.slug])


class ScenarioLine(models.Model):
    """A scorecard line that applies to a scenario, with this scenario's own extra words (the
    right fix for "correct resolution")."""

    curated = True  # edited inline on the scenario
    history = HistoricalRecords()

    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="lines")
    behaviour = models.ForeignKey(Behaviour, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField(default=1)
    phrases = phrase_list("This scenario's own words for it, added to the behaviour's.")

    class Meta:
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["scenario", "behaviour"], name="mockcall_line_unique")
        ]

    def __str__(self):
        return str(self.behaviour_id)


class Branch(models.Model):
    """At step `from_step`, a reply that shows (or, with `shown` off, does not show) the
    behaviour gets this customer line and moves to `to_step`. The first matching branch in
    `order` wins; a branch without a behaviour matches any reply (each step ends with one)."""

    curated = True  # edited inline on the scenario
    history = HistoricalRecords()

    scenario = models.ForeignKey(Scenario, on_delete=models.CASCADE, related_name="branches")
    order = models.PositiveSmallIntegerField(default=1)
    from_step = models.SlugField(max_length=40, default=START)
    behaviour = models.ForeignKey(
        Behaviour,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Empty: any other reply (the step's fallback).",
    )
    shown = models.BooleanField(default=True, help_text="Off: when the reply does NOT show it.")
    line = models.TextField(help_text="What the customer says next.")
    to_step = models.SlugField(max_length=40, blank=True)
    ends = models.BooleanField(default=False, help_text="The contact ends after this line.")

    class Meta:
        ordering = ["order", "id"]  # as written: a step's branches keep their order within it
        verbose_name_plural = "branches"
        indexes = [
            # Every reply reads the branches of one scenario's current step.
            models.Index(fields=["scenario", "from_step", "order"], name="mockcall_branch_step_idx")
        ]

    def __str__(self):
        return f"{self.from_step} -> {self.to_step or 'end'}"

    def clean(self):
        if not self.ends and not self.to_step:
            raise ValidationError({"to_step": "Name the next step, or tick “ends”."})


class State(models.TextChoices):
    OPEN = "open", "In progress"
    ENDED = "ended", "Ended"


class EndedBy(models.TextChoices):
    # Not "handled": a customer also hangs up on a threat or a wrong promise; their last line
    # says which.
    CUSTOMER = "customer", "The customer ended the conversation"
    AGENT = "agent", "You ended it"
    LIMIT = "limit", "The customer ran out of patience"


class MockSession(models.Model):
    """One practice contact. Every time is the server's: a browser's clock is never asked."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="mock_sessions")
    scenario = models.ForeignKey(Scenario, null=True, on_delete=models.SET_NULL, related_name="+")
    title = models.CharField(max_length=120, help_text="The scenario's title when it started.")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    step = models.SlugField(max_length=40, default=START)
    state = models.CharField(max_length=5, choices=State.choices, default=State.OPEN)
    ended_by = models.CharField(max_length=8, choices=EndedBy.choices, blank=True)
    replies = models.PositiveSmallIntegerField(default=0)
    started_at = models.DateTimeField()
    first_response_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    first_response_target = models.PositiveSmallIntegerField()
    handle_target = models.PositiveSmallIntegerField()
    scorecard = models.JSONField(default=list, help_text="Computed when the contact ends.")
    checks = models.JSONField(default=dict, help_text="The job seeker's confirm/correct per line.")

    class Meta:
        verbose_name = "mock call or chat"
        verbose_name_plural = "mock calls and chats"
        ordering = ["-started_at", "-id"]
        indexes = [
            # /me/ and /mock-call/ list one owner's latest sessions.
            models.Index(fields=["owner", "-started_at"], name="mockcall_session_owner_idx"),
            # The daily expiry finds sessions left open.
            models.Index(fields=["state", "started_at"], name="mockcall_session_open_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(state="open") | Q(ended_at__isnull=False), name="mockcall_ended_at"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.get_state_display()})"

    def get_absolute_url(self):
        return reverse("mockcalls:session", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.state == State.OPEN

    @property
    def first_response_seconds(self) -> float | None:
        if self.first_response_at is None:
            return None
        return (self.first_response_at - self.started_at).total_seconds()

    @property
    def handle_seconds(self) -> float | None:
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds()


class Who(models.TextChoices):
    CUSTOMER = "customer", "Customer"
    AGENT = "agent", "You"


class Message(models.Model):
    session = models.ForeignKey(MockSession, on_delete=models.CASCADE, related_name="messages")
    position = models.PositiveSmallIntegerField()
    who = models.CharField(max_length=8, choices=Who.choices)
    text = models.TextField()
    sent_at = models.DateTimeField(help_text="The server's time.")
    spoken = models.BooleanField(default=False, help_text="Said aloud and transcribed by us.")
    detected = models.JSONField(default=dict, help_text="{behaviour slug: [words found]}.")

    class Meta:
        ordering = ["session", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "position"], name="mockcall_message_position"
            )
        ]

    def __str__(self):
        return f"{self.get_who_display()}: {self.text[:60]}"
