"""Where the Wagtail admin lives: everything under it is staff-only and gets the admin's rules."""

ADMIN_ROUTE = "admin/"
ADMIN_PATH = "/" + ADMIN_ROUTE
ADMIN_LOGIN_PATH = ADMIN_PATH + "login/"
INBOX_ROUTE = "inbox/"
INBOX_PATH = ADMIN_PATH + INBOX_ROUTE
# Giving the second factor after the password, and enrolling an authenticator (staff/).
SECOND_FACTOR_ROUTE = "second-factor/"
SECOND_FACTOR_PATH = ADMIN_PATH + SECOND_FACTOR_ROUTE
# Signing in and out and the second factor, with the translations and icons the admin's scripts need on those
# pages: all the inbox needs of the rest of the admin on a host of its own (privacy.hosts).
SIGN_IN_PATHS = (
    ADMIN_LOGIN_PATH,
    ADMIN_PATH + "logout/",
    SECOND_FACTOR_PATH,
    ADMIN_PATH + "jsi18n/",
    ADMIN_PATH + "sprite/",
)
# The load balancers' health check (privacy.health), answered on every host.
HEALTH_ROUTE = "healthz"
HEALTH_PATH = "/" + HEALTH_ROUTE


def is_admin_path(path):
    return path.startswith(ADMIN_PATH)


def is_inbox_path(path):
    return path.startswith(INBOX_PATH)


def is_second_factor_path(path):
    return path.startswith(SECOND_FACTOR_PATH)
