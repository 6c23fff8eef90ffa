from django.http import HttpResponseNotAllowed

from wagtail import hooks

READING_METHODS = ("GET", "HEAD", "OPTIONS")


# After the hooks that serve pages with forms of their own (the contact pages, order 100) and before anything
# renders: a page that takes no POST answers one with a bare 405.
@hooks.register("before_serve_page", order=200)
def refuse_methods_a_page_does_not_take(page, request, serve_args, serve_kwargs):
    allowed = [*READING_METHODS, "POST"] if getattr(page, "accepts_post", False) else list(READING_METHODS)
    if request.method not in allowed:
        return HttpResponseNotAllowed(allowed)
    return None
