"""Where the Wagtail admin lives: everything under it is staff-only and gets the admin's rules."""

ADMIN_ROUTE = "admin/"
ADMIN_PATH = "/" + ADMIN_ROUTE
ADMIN_LOGIN_PATH = ADMIN_PATH + "login/"
# Giving the second factor after the password, and enrolling an authenticator (staff/).
SECOND_FACTOR_ROUTE = "second-factor/"
SECOND_FACTOR_PATH = ADMIN_PATH + SECOND_FACTOR_ROUTE


def is_admin_path(path):
    return path.startswith(ADMIN_PATH)


def is_second_factor_path(path):
    return path.startswith(SECOND_FACTOR_PATH)
