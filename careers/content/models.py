"""What the seed loader last wrote for each content row, so a reload can tell staff edits apart."""

from django.db import models


class LoadedRecord(models.Model):
    """The record (as the content spec reads it) that `load_content` last loaded for one row.

    On the next load a column whose current value still equals this one was not edited by
    staff, so a corrected seed value may replace it; a row that is gone although it was loaded
    was deleted by staff and is not created again.
    """

    model = models.CharField(max_length=100)  # app_label.modelname
    key = models.CharField(max_length=300)  # the natural key as JSON, e.g. {"slug": "csr"}
    values = models.JSONField()
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            # The loader reads and writes one row's record by (model, key).
            models.UniqueConstraint(fields=["model", "key"], name="loaded_record_unique_key"),
        ]

    def __str__(self):
        return f"{self.model} {self.key}"
