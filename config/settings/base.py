"""Settings shared by every environment. Values that differ per machine come from the environment."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from . import caches as two_caches

CONFIG_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = CONFIG_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]

INSTALLED_APPS = [
    # Must precede every app whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    # Local (privacy first: its templates are the error pages every app shares)
    "privacy",
    "staff",
    "home",
    "resources",
    "contact",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_ratelimit",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the sitemap.xml template
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "privacy.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "privacy.hosts.HostSeparationMiddleware",
    # Outside the session, the locale and the transliteration: a cached page is sent as it was stored.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "home.middleware.CyrillicTransliterationMiddleware",
    "privacy.body_guard.PublicFormBodyGuardMiddleware",
    # A form sent while PostgreSQL or Redis is gone gets a 503 with its text, not the 500 page.
    "privacy.outages.PublicFormOutageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "privacy.csrf.PublicFormCsrfMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "staff.middleware.SecondFactorMiddleware",
    "staff.middleware.PublicSiteSecondFactorMiddleware",
    "privacy.ratelimit.AdminLoginRateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the messages: a session that ends says why on the sign-in page.
    "staff.session_limits.SessionLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [CONFIG_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Two caches (config.settings.caches): "default", Wagtail's, which a Redis outage only slows down, and "secure",
# which refuses to work without Redis. Production gives "secure" a database of its own (REDIS_SECURE_URL);
# elsewhere it may share REDIS_URL's under its own key prefix. Without REDIS_URL both live in memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_SECURE_URL = os.environ.get("REDIS_SECURE_URL", "") or REDIS_URL
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "hotline")
if REDIS_URL:
    CACHES = two_caches.redis_caches(REDIS_URL, REDIS_SECURE_URL, CACHE_KEY_PREFIX)
else:
    CACHES = two_caches.local_memory_caches()

# The cache of one server process's own memory (home.cache_generation.kept_in_process), the one not shared.
HOTLINE_PROCESS_CACHE = two_caches.PROCESS

# Reader pages are kept in the "default" cache (home.page_cache) until a change bumps the generation they were
# stored under (home.cache_generation), and at most this long: a bump lost while Redis was down cannot keep a stale
# page longer. 0 turns the page cache off.
HOTLINE_PAGE_CACHE_SECONDS = int(os.environ.get("HOTLINE_PAGE_CACHE_SECONDS", "300"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Adding one: a line here, a locale/<code>/LC_MESSAGES/django.po, then
# `manage.py migrate --noinput` and `manage.py update_translation_fields` (README).
LANGUAGE_CODE = "sr-latn"
LANGUAGES = [
    ("sr-latn", _("Serbian (Latin)")),
    ("sr", _("Serbian (Cyrillic)")),
    ("en", _("English")),
    ("uk", _("Ukrainian")),
    ("ar", _("Arabic")),
]
# Serbian Cyrillic is written from the Latin text when an editor leaves a field empty
# (home.transliteration); Ukrainian and Arabic readers see English under a notice.
MODELTRANSLATION_DEFAULT_LANGUAGE = "sr-latn"
MODELTRANSLATION_FALLBACK_LANGUAGES = {
    "default": ("sr-latn",),
    "sr": ("sr-latn",),
    "uk": ("en", "sr-latn"),
    "ar": ("en", "sr-latn"),
}
# Languages written by machine from another script of the same language (home.transliteration).
TRANSLITERATED_LANGUAGES = {"sr": "sr-latn"}
# The `lang` attribute of each language: BCP 47 names the script where Django's codes do not, and screen
# readers choose their voice by it. Languages not listed use their code.
HTML_LANGUAGE_TAGS = {"sr-latn": "sr-Latn", "sr": "sr-Cyrl"}
# The page editor's language toggle is the project's own (home.editor), which finds fields by name, not label.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False
LOCALE_PATHS = [
    BASE_DIR / "locale",
    # The project's own Serbian (Latin and Cyrillic) for the Wagtail admin, which ships no Serbian catalogue:
    # written by hand, not by makemessages; the Cyrillic is generated from the Latin (locale-wagtail/README.md).
    BASE_DIR / "locale-wagtail",
]
# The languages an editor may choose for the admin (account, preferences): the site's own, each by its own name.
# Wagtail's default list has no Serbian. Arabic makes the admin right-to-left (Wagtail does that).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("sr-latn", "Srpski (latinica)"),
    ("sr", "Српски (ћирилица)"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ar", "العربيّة"),
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Belgrade"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [CONFIG_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed and compressed, with the manifest beside STATIC_ROOT rather than served from it.
    "staticfiles": {"BACKEND": "privacy.static_storage.ManifestOutsideStaticRootStorage"},
}

# Privacy: readers get no cookie; staff sessions end with the browser and never travel to scripts.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_AGE = None  # dies with the browser session
LANGUAGE_COOKIE_AGE = None
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # previews, framed by the editor, say SAMEORIGIN (privacy.headers)
# Cookies stay on the host that set them, so that the inbox's own host (below) shares none with the admin's.
SESSION_COOKIE_DOMAIN = None
CSRF_COOKIE_DOMAIN = None
# Hosts of their own (privacy.hosts). When HOTLINE_INBOX_HOST is set, the inbox answers only there and that
# host serves nothing but the inbox and its sign-in; when HOTLINE_ADMIN_HOST is set, the admin answers only
# there. Empty: every allowed host serves everything.
HOTLINE_INBOX_HOST = os.environ.get("HOTLINE_INBOX_HOST", "").strip().lower()
HOTLINE_ADMIN_HOST = os.environ.get("HOTLINE_ADMIN_HOST", "").strip().lower()

# No request is logged with its address, agent or body: errors are logged without the request Django
# attaches to them, and the development server's access log is silent (it would record query strings).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"drop_request": {"()": "privacy.logging.DropRequestFilter"}},
    "formatters": {"plain": {"format": "%(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["drop_request"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
        # A request for a host that is not ours: anyone can send any number of them, each a 10-line traceback
        # (the outside attack swelled the log this way); it is answered with a 400 and tells staff nothing.
        "django.security.DisallowedHost": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
ADMINS = []
# Outgoing mail: the consultants' new-request counts and key-reset notices, never any content.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "hotline@localhost")

WAGTAIL_SITE_NAME = "SOS Hotline"
# Where readers reach the site (scheme, host and port): every absolute link and e-mail is built from it
# (privacy.addresses). Production requires it, over HTTPS (config.settings.public_root).
HOTLINE_PUBLIC_ROOT_URL = os.environ.get("HOTLINE_PUBLIC_ROOT_URL", "http://127.0.0.1:8000").strip().rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", HOTLINE_PUBLIC_ROOT_URL)
WAGTAIL_I18N_ENABLED = False  # one page tree; languages are fields (wagtail-modeltranslation)
# Addresses in ASCII in every language, which any keyboard can type and any message can carry (home.slugs).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # No stemming: the same configuration serves Serbian, Ukrainian, Arabic and English.
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_FINDERS = []  # embeds would load third-party content
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # avatars from gravatar.com would tell it who uses the admin
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Pages for signed-in readers send them through the admin's sign-in, with its rate limit, and the second factor
# (staff.views.page_sign_in); Wagtail's own front-end sign-in answers 404 (home.private_content).
WAGTAIL_FRONTEND_LOGIN_URL = "staff:sign_in_for_page"
# Password doors in the site's own page, in the reader's language, with the hotline's numbers.
PASSWORD_DOOR_TEMPLATE = "home/password_required.html"  # noqa: S105 - a template's name, not a password
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = PASSWORD_DOOR_TEMPLATE
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# The page editors need: keeping "h2"-"h4" and links only keeps pages accessible and consistent.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        # "keep-latin" (home.wagtail_hooks): a phrase the Cyrillic page leaves in Latin letters.
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "keep-latin"]},
    }
}

# The anonymous contact form (contact/). Rates are django-ratelimit's "count/period".
CONTACT_RATE_LIMITS = {
    "per_client_hour": os.environ.get("CONTACT_RATE_PER_CLIENT_HOUR", "5/h"),
    "per_client_day": os.environ.get("CONTACT_RATE_PER_CLIENT_DAY", "20/d"),
    "global_hour": os.environ.get("CONTACT_RATE_GLOBAL_HOUR", "300/h"),
    "lookups_per_client_hour": os.environ.get("CONTACT_RATE_LOOKUPS_PER_CLIENT_HOUR", "20/h"),
    "lookups_global_hour": os.environ.get("CONTACT_RATE_LOOKUPS_GLOBAL_HOUR", "2000/h"),
}
# Behind a reverse proxy every request comes from the proxy: name the META key of the header that carries
# the client's address (e.g. "HTTP_X_REAL_IP"). It is only ever used, keyed and hashed, for rate limits.
CONTACT_CLIENT_ADDRESS_HEADER = os.environ.get("CONTACT_CLIENT_ADDRESS_HEADER", "")
# Rate limits count IPv6 clients by network: one home or phone is given a whole /64.
RATE_LIMIT_IPV6_PREFIX = int(os.environ.get("RATE_LIMIT_IPV6_PREFIX", "64"))
CONTACT_MIN_FILL_SECONDS = int(os.environ.get("CONTACT_MIN_FILL_SECONDS", "3"))
CONTACT_MAX_REQUEST_BYTES = 64 * 1024
# A form sent again this soon (a double tap, a slow network) shows its receipt code again; later, no code. At most
# this long: the window ends on a five-minute mark, so that its end does not date the message (contact.views).
CONTACT_RECEIPT_REPEAT_SECONDS = 10 * 60
# Once everyone together has sent the hourly budget ("global_hour" above), a message is still taken, with a proof
# of work (contact.proof_of_work): the browser finds a SHA-256 hash with this many leading zero bits, about 2^bits
# tries, seconds on a cheap phone. Each challenge is good once, for this long.
CONTACT_PROOF_OF_WORK_BITS = int(os.environ.get("CONTACT_PROOF_OF_WORK_BITS", "18"))
CONTACT_PROOF_OF_WORK_SECONDS = int(os.environ.get("CONTACT_PROOF_OF_WORK_SECONDS", str(30 * 60)))
HOTLINE_RETENTION_DAYS = int(os.environ.get("HOTLINE_RETENTION_DAYS", "90"))
# Secret for receipt look-ups and rate-limit keys; derived from SECRET_KEY when unset. Set it separately
# so that rotating SECRET_KEY does not orphan every receipt code.
HOTLINE_PEPPER = os.environ.get("HOTLINE_PEPPER", "")
# Fingerprints of the team keys this deployment trusts (`manage.py hotline_keys status` prints them), comma-separated.
# Kept outside the database, so that whoever can write to it can neither speak as the hotline nor get new
# messages sealed to a key of theirs. During a rotation, pin the old and the new key.
HOTLINE_TEAM_KEY_PINS = [pin.strip() for pin in os.environ.get("HOTLINE_TEAM_KEY_PINS", "").split(",") if pin.strip()]
# Development and tests pin the keys they make themselves, in this git-ignored file; production never does.
HOTLINE_TEAM_KEY_PIN_FILE = ""
HOTLINE_IDLE_MINUTES = int(os.environ.get("HOTLINE_IDLE_MINUTES", "30"))
# An unlocked inbox locks itself this long after the unlock, however busy, and its keys leave the cache.
HOTLINE_UNLOCK_MAX_HOURS = int(os.environ.get("HOTLINE_UNLOCK_MAX_HOURS", "8"))
# The cache that holds unlocked inboxes: shared by every app server, and one whose failure locks, not opens.
HOTLINE_UNLOCK_CACHE = two_caches.SECURE
HOTLINE_KDF_COST = {"opslimit": 2, "memlimit": 64 * 1024 * 1024}  # Argon2id, libsodium "interactive"
# Consultants' key passphrases: once per unlock, so dearer (libsodium "moderate"); stored with each key.
HOTLINE_PASSPHRASE_KDF_COST = {"opslimit": 3, "memlimit": 256 * 1024 * 1024}
# Argon2id cost of the value that finds a ticket from its receipt code. Fixed: tickets cannot be found again
# under another cost, so a new cost needs a new look-up version (contact.crypto.LOOKUP_VERSION).
HOTLINE_LOOKUP_KDF_COST = {"opslimit": 2, "memlimit": 64 * 1024 * 1024}
# How many requests of the contact pages derive Argon2id keys at once, counted across every app server through
# the rate limits' cache (privacy.work_slots): more only slows every page. With several app servers, set it to
# the cores they have together. A request beyond waits its turn this long, then gets a 503 that keeps its text:
# long enough for eight people pressing Send at once on two cores (make bench), well within the front server's
# and gunicorn's timeouts (35 and 30 s).
ARGON2_CONCURRENCY = int(os.environ.get("ARGON2_CONCURRENCY", str(os.cpu_count() or 1)))
ARGON2_QUEUE_SECONDS = float(os.environ.get("ARGON2_QUEUE_SECONDS", "10"))
# At most this many wait in that line, across every app server; beyond them the 503 comes at once. Each waiting
# request holds a gunicorn thread (2 workers x 8 threads each on `make serve`): a flood of code look-ups from many
# addresses must leave most threads to readers. Six lets eight senders at once on two cores all be served.
ARGON2_QUEUE_LENGTH = int(os.environ.get("ARGON2_QUEUE_LENGTH", "6"))
CONTACT_RATE_LIMITS["admin_logins_per_client"] = os.environ.get("ADMIN_LOGIN_RATE", "10/15m")
CONTACT_RATE_LIMITS["unlocks_per_user"] = os.environ.get("HOTLINE_UNLOCK_RATE", "5/15m")
# Guesses at the passwords of private pages and document collections (home.private_content).
CONTACT_RATE_LIMITS["content_passwords_per_client"] = os.environ.get("CONTENT_PASSWORD_RATE_PER_CLIENT", "10/15m")
CONTACT_RATE_LIMITS["content_passwords_per_restriction"] = os.environ.get(
    "CONTENT_PASSWORD_RATE_PER_RESTRICTION", "100/h"
)
OTP_TOTP_ISSUER = "SOS hotline"
# Staff accounts (staff/). Every admin account gives a TOTP code after its password, and enrols its authenticator
# only with an invitation from a verified administrator or `manage.py invite_second_factor`.
STAFF_INVITATION_HOURS = int(os.environ.get("STAFF_INVITATION_HOURS", "72"))
# A staff session ends this long after sign-in however busy, and after this long without a page opened or a form
# sent (the admin's own background requests do not count).
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "8"))
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "60"))
# No "remember me": the sign-in form has no such choice, and no session cookie outlives the cap.
WAGTAILADMIN_USER_LOGIN_FORM = "staff.forms.LoginForm"
SESSION_COOKIE_AGE = STAFF_SESSION_MAX_HOURS * 3600
# Wrong passwords (per user name tried) and wrong codes (per account) make the next attempt wait 2, 4, 8... seconds,
# at most this long (privacy.backoff). django-otp's own delay per device grows without limit, so that whoever has a
# password could shut its owner out for days: it is off.
RETRY_DELAY_MAX_SECONDS = int(os.environ.get("RETRY_DELAY_MAX_SECONDS", str(15 * 60)))
OTP_TOTP_THROTTLE_FACTOR = 0
CONTACT_RATE_LIMITS["second_factor_per_client"] = os.environ.get("SECOND_FACTOR_RATE_PER_CLIENT", "20/15m")
RATELIMIT_USE_CACHE = two_caches.COUNTERS
RATELIMIT_ENABLE = True
CSRF_FAILURE_VIEW = "privacy.errors.csrf_failure"
# Django's CSRF middleware is there, subclassed (privacy.csrf); its deployment check looks for it by name. The
# counters' backend is django-redis's, subclassed too (privacy.secure_cache), which django-ratelimit does not know.
SILENCED_SYSTEM_CHECKS = ["security.W003", "django_ratelimit.W001"]
DEFAULT_EXCEPTION_REPORTER_FILTER = "privacy.reporting.PrivacyExceptionReporterFilter"

# Production refuses SQLite, an unshared cache, short secrets and demo accounts (privacy.checks, staff.checks).
HOTLINE_REFUSE_UNSAFE_STATES = False

# Shown on the error page, which must not depend on the database being reachable.
HOTLINE_FALLBACK_PHONE = os.environ.get("HOTLINE_FALLBACK_PHONE", "+381 11 785 0000")

# Contact of /.well-known/security.txt (privacy.well_known). The NGO that deploys the site sets its own.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:security@example.org")
