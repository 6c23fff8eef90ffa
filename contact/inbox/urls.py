from django.urls import path

from .views import keys, listing, passphrase, statistics, ticket, unlock

app_name = "contact_inbox"
urlpatterns = [
    path("", listing.InboxIndexView.as_view(), name="index"),
    path("results/", listing.InboxIndexView.as_view(results_only=True), name="index_results"),
    path("ticket/<str:pk>/", ticket.TicketView.as_view(), name="ticket"),
    path("ticket/<str:pk>/triage/", ticket.TriageView.as_view(), name="triage"),
    path("ticket/<str:pk>/message/", ticket.MessageView.as_view(), name="message"),
    path("ticket/<str:pk>/delete/", ticket.DeleteTicketView.as_view(), name="delete"),
    path("unlock/", unlock.UnlockView.as_view(), name="unlock"),
    path("lock/", unlock.LockView.as_view(), name="lock"),
    path("keys/", keys.KeysView.as_view(), name="keys"),
    path("keys/passphrase/", passphrase.PassphraseView.as_view(), name="passphrase"),
    path("keys/forgotten/", passphrase.ForgottenPassphraseView.as_view(), name="forgotten"),
    path("keys/grant/", keys.GrantView.as_view(), name="grant"),
    path("keys/<int:pk>/revoke/", keys.RevokeView.as_view(), name="revoke"),
    path("keys/rotate/", keys.RotateView.as_view(), name="rotate"),
    path("statistics/", statistics.StatisticsView.as_view(), name="statistics"),
    path("statistics.csv", statistics.StatisticsCsvView.as_view(), name="statistics_csv"),
]
