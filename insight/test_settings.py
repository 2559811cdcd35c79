"""Settings for the test suite: the real settings, a scratch data folder and a fast password hasher."""

import os
import tempfile

os.environ.setdefault("INSIGHT_DATA_DIR", tempfile.mkdtemp(prefix="insight-test-"))
# Leads saved by other apps' tests are not enriched (nor are those of workers they start, which inherit the
# environment); enrichment tests switch it on.
os.environ.setdefault("ENRICHMENT_AUTO", "false")

from insight.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests train on the seed posts and are judged on their held-out split unless a test points this at real-format posts
# (enrichment/tests/real_posts_fixture, or ../shared/samples in the tests that read the real samples).
NLP_REAL_SAMPLES_DIR = str(BASE_DIR / "enrichment" / "tests" / "no_real_posts_here")  # noqa: F405
NLP_TRAIN_ON_FIRST_USE = True  # each test database builds its heads when first asked (production: models_ready)
Q_CLUSTER = {**Q_CLUSTER, "sync": True}  # noqa: F405  (tests marked `worker` start a real qcluster)

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so a worker process started by a test shares the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}  # noqa: F405
