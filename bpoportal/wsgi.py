"""WSGI entry point (gunicorn bpoportal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
application = get_wsgi_application()
