from django.urls import path

from privacy.paths import SECOND_FACTOR_ROUTE

from .views import enrol, invite, page_sign_in, verify

app_name = "staff"
urlpatterns = [
    # Under SECOND_FACTOR_ROUTE: open to an account that has not given its second factor yet (staff.middleware).
    path(f"{SECOND_FACTOR_ROUTE}verify/", verify.VerifyView.as_view(), name="verify"),
    path(f"{SECOND_FACTOR_ROUTE}enrol/", enrol.EnrolView.as_view(), name="enrol"),
    path("staff/<int:pk>/invite-second-factor/", invite.InviteView.as_view(), name="invite"),
    path("staff/sign-in-for-page/", page_sign_in.sign_in_for_page, name="sign_in_for_page"),
]
