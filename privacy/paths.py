"""Where the Wagtail admin lives: everything under it is staff-only and gets the admin's rules."""

ADMIN_ROUTE = "admin/"
ADMIN_PATH = "/" + ADMIN_ROUTE
ADMIN_LOGIN_PATH = ADMIN_PATH + "login/"


def is_admin_path(path):
    return path.startswith(ADMIN_PATH)
