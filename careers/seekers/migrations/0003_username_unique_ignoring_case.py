"""Usernames unique ignoring case, in the database: the sign-up form checks it (Django's own
clean_username), but two sign-ups at the same moment, the admin or a script could still make
"Alice" next to "alice" (whom a login, a lockout and a reset would confuse)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("seekers", "0002_owner_last_seen"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE UNIQUE INDEX IF NOT EXISTS auth_user_username_lower_uniq "
            "ON auth_user (lower(username))",
            "DROP INDEX IF EXISTS auth_user_username_lower_uniq",
        ),
    ]
