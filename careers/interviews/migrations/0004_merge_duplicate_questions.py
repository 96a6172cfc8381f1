"""Five pairs of near-duplicate seed questions become one each; job seekers' practice and
progress move to the kept question (see careers.interviews.duplicates)."""

from django.db import migrations

from careers.interviews.duplicates import merge_question, models_from

# (dropped, kept)
DUPLICATES = [
    ("qb-research-our-clients", "m-why-this-company"),
    ("m-shrinkage", "qb-shrinkage-and-occupancy"),
    ("qb-team-missed-sla-for-a-week", "m-rp-team-missed-sla"),
    ("qc-sme-answering-floor-questions", "m-sme-floor-question"),
    ("qb-agent-disputes-qa-score", "m-rp-qa-dispute"),
]


def merge_duplicates(apps, schema_editor):
    m = models_from(apps)
    for drop, keep in DUPLICATES:
        merge_question(m, drop, keep)


class Migration(migrations.Migration):
    dependencies = [("interviews", "0003_rubric_history")]

    operations = [migrations.RunPython(merge_duplicates, migrations.RunPython.noop)]
