"""Error reports that cannot carry what a person wrote, where they wrote from, or a secret of the server."""

import re

from django.views.debug import SafeExceptionReporterFilter

# The only request metadata an error report shows: what was asked, of which host. Everything else (addresses,
# agents, referrers, client hints, languages, cookies, forwarded headers, query strings) is hidden.
SHOWN_META = frozenset(
    {
        "REQUEST_METHOD",
        "PATH_INFO",
        "SCRIPT_NAME",
        "SERVER_NAME",
        "SERVER_PORT",
        "SERVER_PROTOCOL",
        "CONTENT_TYPE",
        "CONTENT_LENGTH",
        "HTTP_HOST",
        "wsgi.url_scheme",
    }
)
SECRET_SETTING_NAMES = re.compile("KEY|SECRET|PEPPER|PASSWORD|PASS|TOKEN|API|AUTH|SIGNATURE|HTTP_COOKIE", re.I)
URL_WITH_PASSWORD = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s@]*:[^/\s@]*@", re.I)


class PrivacyExceptionReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = SECRET_SETTING_NAMES

    def is_active(self, request):
        return True  # also with DEBUG on: development error pages follow the same rule

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_safe_request_meta(self, request):
        return {
            key: value if key in SHOWN_META else self.cleansed_substitute
            for key, value in super().get_safe_request_meta(request).items()
        }

    def get_safe_cookies(self, request):
        # The session and unlock cookies together open a consultant's inbox.
        return dict.fromkeys(request.COOKIES, self.cleansed_substitute)

    def cleanse_setting(self, key, value):
        if isinstance(value, str) and URL_WITH_PASSWORD.search(value):
            return self.cleansed_substitute  # e.g. REDIS_URL, a cache LOCATION, DATABASE_URL
        return super().cleanse_setting(key, value)

    def get_traceback_frame_variables(self, request, tb_frame):
        # Local variables of any frame may hold a decrypted message or the request body.
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
