"""Settings for the BPO Career Portal: one module, every value from the environment.

DEBUG is off unless DEBUG=true (the Makefile sets it for development: `make run`, `make test`).
With DEBUG off the app needs a real SECRET_KEY and ALLOWED_HOSTS, or it refuses to start.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)  # `make run` turns it on for development

_DEV_SECRET = "dev-only-insecure-secret-key-never-use-in-production"
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET if DEBUG else "")
if not DEBUG and (not SECRET_KEY or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured("Set SECRET_KEY to a long random value when DEBUG is off.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_NAME = env_str("SITE_NAME", "BPO Career Portal")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "crispy_forms",
    "crispy_bootstrap5",
    "import_export",
    "simple_history",
    "bpoportal.serving",  # caches, limits, outage and privacy machinery (not the domain)
    # The domain, lowest layer first (imports only point down this list).
    "careers.common",
    "careers.seekers",
    "careers.roles",
    "careers.skills",
    "careers.interviews",
    "careers.resumes",
    "careers.plans",
    "careers.drills",
    "careers.guide",
    "careers.speaking",
    "careers.mockcalls",
    "careers.takehome",
    "careers.search",
    "careers.content",
]

MIDDLEWARE = [
    # Whole public pages for visitors without a session, stored compressed and with every
    # header (hence first). A plain-HTTP request is its own key and is never a stored 200 when
    # HTTPS is enforced, so SecurityMiddleware's redirect still happens.
    "bpoportal.serving.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Compressed HTML for browsers that ask (Django masks CSRF tokens per response, which is
    # its answer to BREACH); whitenoise serves pre-compressed static files itself.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "bpoportal.serving.privacy.DropNulCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # records who made each change
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "bpoportal.serving.privacy.PrivacyHeadersMiddleware",
    "bpoportal.serving.ratelimits.RateLimitMiddleware",
    # Public pages for visitors with a session: the shared body with their own parts filled
    # in, in place of the view (bpoportal.serving.visitor_parts).
    "bpoportal.serving.visitor_parts.SharedBodyMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
    # Asked first when a view fails: a database outage gets a 503 page, not a 500.
    "bpoportal.serving.outage.DatabaseOutageMiddleware",
]

ROOT_URLCONF = "bpoportal.urls"
WSGI_APPLICATION = "bpoportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "careers.common.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
        # Lets two test runs on one machine use separate test databases.
        test_options={"NAME": os.environ["TEST_DATABASE_NAME"]}
        if "TEST_DATABASE_NAME" in os.environ
        else None,
    )
}
# A database that does not answer should give a quick 503 page, not a hung worker.
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int("DB_CONNECT_TIMEOUT", 3)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One shared cache: Redis when REDIS_URL is set (make run, make test and CI set it), so every app
# server sees the same entries; local memory otherwise. KEY_PREFIX keeps two sites (or two test
# runs) on one Redis apart. A Redis outage degrades to uncached pages (ForgivingRedisCache);
# short timeouts keep it from holding requests up. It holds whole public pages, rendered
# Markdown and compiled vocabularies, keyed by the content version
# (bpoportal.serving.content_version).
REDIS_URL = env_str("REDIS_URL", "")
CACHES = {
    "default": {
        "BACKEND": "bpoportal.serving.cache_backend.ForgivingRedisCache"
        if REDIS_URL
        else "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": REDIS_URL or "bpoportal",
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "bpoportal"),
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1} if REDIS_URL else {},
    }
}
# Whole public pages for visitors without a session (bpoportal.serving.page_cache).
PAGE_CACHE = env_bool("PAGE_CACHE", True)
# Sessions are read from the cache and written to both: a database restart does not log
# anybody out or stop their pages, and a cache outage falls back to the database.
SESSION_ENGINE = "bpoportal.serving.sessions"  # cached_db, cache copies kept 10 minutes

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (OWASP ASVS level 1): django-axes throttles repeated failed logins per username and IP.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "careers.seekers.backends.OwnerJoiningBackend",  # ModelBackend + the Owner in one query
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "bpoportal.serving.ratelimits.login_username"
# The client's address: behind N trusted proxies (a load balancer is 1), the Nth address from
# the right of X-Forwarded-For; with none, the connection's own address. Axes and the rate
# limits both read it (bpoportal.serving.ratelimits.client_ip).
TRUSTED_PROXIES = env_int("TRUSTED_PROXIES", 0)
AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXIES or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR") if TRUSTED_PROXIES else ("REMOTE_ADDR",)
)

# Limits on writes (per client address, in the shared cache). A limit that is hit gets the
# 429 page; if the cache is down the limits are skipped rather than failing the request.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True
RATELIMIT_IP_META_KEY = "bpoportal.serving.ratelimits.client_ip"
# Per browser session or account first; "-address" ceilings count per client address, for
# traffic without a session and for logins, and are much higher: many mobile users share one
# address behind their carrier's NAT (bpoportal.serving.ratelimits).
RATE_LIMITS = {
    "write": env_str("RATE_LIMIT_WRITES", "60/m"),  # any form a visitor posts
    "write-address": env_str("RATE_LIMIT_WRITES_PER_ADDRESS", "300/m"),  # ... without a session
    "login": env_str("RATE_LIMIT_LOGINS", "300/h"),  # login attempts per address
    "login-account": env_str("RATE_LIMIT_LOGIN_FAILURES", "20/h"),  # failures per account
    "reset": env_str("RATE_LIMIT_RESETS", "5/h"),  # reset mails asked per session or account
    "reset-address": env_str("RATE_LIMIT_RESETS_PER_ADDRESS", "60/h"),  # ... without a session
    "reset-email": env_str("RATE_LIMIT_RESETS_PER_EMAIL", "3/h"),  # per email, per requester
    # Recordings scored: each takes seconds of a CPU (speaking practice).
    "recordings": env_str("RATE_LIMIT_RECORDINGS", "10/m"),
    "recordings-address": env_str("RATE_LIMIT_RECORDINGS_PER_ADDRESS", "100/m"),
    # Progress owners made for visitors without an account, per address (bounded storage).
    "owners-address": env_str("RATE_LIMIT_NEW_OWNERS_PER_ADDRESS", "300/h"),
}
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/me/"
LOGOUT_REDIRECT_URL = "/"
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 60 * 60 * 24 * 30)  # keep progress a month

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

# Static files: the project's own (static/); whitenoise serves them, compressed and with hashed
# names outside development.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("STATIC_MANIFEST", not DEBUG)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Admin import/export (CSV and JSON, see ContentAdmin): an import may publish, so it needs
# the publish permission; exporting needs only the view permission.
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "publish"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# No upload is larger than a two-minute recording (bpoportal.serving.uploads).
MAX_UPLOAD_BYTES = env_int("MAX_UPLOAD_BYTES", 8 * 1024 * 1024)
FILE_UPLOAD_HANDLERS = [
    "bpoportal.serving.uploads.CappedUpload",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Speaking practice's recogniser (careers.speaking.recognition): PocketSphinx, whose model ships
# in its wheel, unless an operator points this at another class with the same methods.
SPEAKING_RECOGNISER = env_str("SPEAKING_RECOGNISER", "careers.speaking.recognition.PocketSphinx")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Content-Security-Policy: our own origin only; no inline script anywhere, no third parties.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        # Speaking practice plays back the recording just made (a blob: address) before sending.
        "media-src": [SELF, "blob:"],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# Security headers; in production (DEBUG off) HTTPS is assumed, behind a proxy that sets
# X-Forwarded-Proto when SECURE_PROXY_SSL_HEADER is enabled.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
# Preloading is a promise to browsers that is slow to undo: each deployment opts in.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Django warns (security.W021) when preload is off; off is the deliberate default above.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "BPO Career Portal <noreply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # axes logs every successful login at INFO; keep its warnings (lockouts) only.
    "loggers": {"axes": {"level": "WARNING"}},
}
