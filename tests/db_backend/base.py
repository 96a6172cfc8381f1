"""Django's PostgreSQL backend, except that a test database is emptied with DELETE.

After each live-server test (`django_db(transaction=True)`) Django empties every table. One
TRUNCATE of some ninety tables makes new files for each table and index and takes a second or
two here; DELETE on tables that hold a few rows takes milliseconds. Foreign keys are deferred
(Django creates them so), so the order of the DELETEs does not matter within the flush's
transaction.
"""

from django.db.backends.postgresql import base, operations


class DatabaseOperations(operations.DatabaseOperations):
    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade:
            return super().sql_flush(
                style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade
            )
        return [f"{style.SQL_KEYWORD('DELETE FROM')} {self.quote_name(t)};" for t in tables]


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
