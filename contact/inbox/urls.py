from django.urls import path

from . import views

app_name = "contact_inbox"
urlpatterns = [
    path("", views.InboxIndexView.as_view(), name="index"),
    path("results/", views.InboxIndexView.as_view(results_only=True), name="index_results"),
    path("ticket/<str:pk>/", views.TicketView.as_view(), name="ticket"),
    path("ticket/<str:pk>/delete/", views.DeleteTicketView.as_view(), name="delete"),
    path("unlock/", views.UnlockView.as_view(), name="unlock"),
    path("lock/", views.LockView.as_view(), name="lock"),
    path("verify/", views.VerifyView.as_view(), name="verify"),
    path("two-factor/", views.TwoFactorSetupView.as_view(), name="two_factor"),
    path("keys/", views.KeysView.as_view(), name="keys"),
    path("statistics/", views.StatisticsView.as_view(), name="statistics"),
    path("statistics.csv", views.StatisticsView.as_view(), {"export": True}, name="statistics_csv"),
]
