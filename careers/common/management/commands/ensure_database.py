"""Create the configured PostgreSQL database if it is missing, or explain how to get a server.

`make run` calls this before `migrate`, so a fresh machine needs no manual database step, and a
machine without PostgreSQL gets instructions instead of a traceback.
"""

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg import sql

NO_SERVER = """\
No PostgreSQL server answers at {where}.

The portal needs PostgreSQL (version 13 or newer). Either:
  * install Debian's (or Ubuntu's) package:
        sudo apt-get install -y postgresql
    then, with DATABASE_URL unset, `make` starts a project-local cluster in .postgres/ by
    itself when no server answers at 127.0.0.1:5432 (or start the system one:
    sudo service postgresql start; on this project's machines:
    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)
  * or point the portal at an existing server:
        export DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/bpoportal

Details: {error}"""


class Command(BaseCommand):
    help = "Create the database named in DATABASE_URL if it does not exist yet."

    def handle(self, *args, **options):
        db = settings.DATABASES["default"]
        params = {
            "dbname": "postgres",
            "user": db.get("USER") or None,
            "password": db.get("PASSWORD") or None,
            "host": db.get("HOST") or None,
            "port": db.get("PORT") or None,
            "connect_timeout": 5,
        }
        where = f"{db.get('HOST') or 'the local socket'}:{db.get('PORT') or 5432}"
        try:
            conn = psycopg.connect(**{k: v for k, v in params.items() if v is not None})
        except psycopg.OperationalError as exc:
            raise CommandError(NO_SERVER.format(where=where, error=str(exc).strip())) from None
        conn.autocommit = True  # CREATE DATABASE cannot run inside a transaction
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]])
                if cur.fetchone():
                    self.stdout.write(f"Database {db['NAME']!r} is ready.")
                    return
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db["NAME"])))
                self.stdout.write(self.style.SUCCESS(f"Created database {db['NAME']!r}."))
        finally:
            conn.close()
