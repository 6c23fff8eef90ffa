"""Who may read the hotline's requests: the members of one group, created by a data migration."""

from django.contrib.auth import get_user_model

CONSULTANTS_GROUP = "Hotline consultants"


def consultants():
    """Active accounts in the consultants' group."""
    return get_user_model().objects.filter(groups__name=CONSULTANTS_GROUP, is_active=True)


def is_consultant(user):
    """Only the consultants' group opens the inbox: a superuser, who holds every permission, does not."""
    return user.is_active and user.groups.filter(name=CONSULTANTS_GROUP).exists()
