"""Error reports that cannot carry what a person wrote or where they wrote from."""

from django.views.debug import SafeExceptionReporterFilter

# Request metadata that identifies a client: kept out of every error report.
IDENTIFYING_META = ("REMOTE_ADDR", "REMOTE_HOST", "HTTP_USER_AGENT", "HTTP_REFERER", "HTTP_COOKIE", "HTTP_FORWARDED")


class PrivacyExceptionReporterFilter(SafeExceptionReporterFilter):
    def is_active(self, request):
        return True  # also with DEBUG on: development error pages follow the same rule

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        return {
            key: self.cleansed_substitute
            if key in IDENTIFYING_META or key.startswith("HTTP_X_") or key == "QUERY_STRING"
            else value
            for key, value in meta.items()
        }

    def get_safe_cookies(self, request):
        # The session and unlock cookies together open a consultant's inbox.
        return dict.fromkeys(request.COOKIES, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        # Local variables of any frame may hold a decrypted message or the request body.
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
