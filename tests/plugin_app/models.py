from django.db import models

from careers.common.models import Publishable
from careers.roles.models import Role
from careers.seekers.models import Owner


class RoleNote(Publishable):
    """Curated content: a note about a role, shown on the role page."""

    slug = models.SlugField(unique=True)
    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="plugin_notes")
    text = models.CharField(max_length=200)

    def __str__(self):
        return self.slug


class SavedNote(models.Model):
    """A job seeker's progress: a note they kept."""

    owner = models.ForeignKey(Owner, on_delete=models.CASCADE)
    note = models.ForeignKey(RoleNote, on_delete=models.CASCADE)

    def __str__(self):
        return f"{self.owner}: {self.note}"
