from django.db import migrations

GROUP_NAME = "Hotline consultants"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Permissions are normally made after all migrations; these two are needed now.
    ticket_type, _created = ContentType.objects.get_or_create(app_label="contact", model="ticket")
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_inbox, _created = Permission.objects.get_or_create(
        content_type=ticket_type, codename="access_inbox", defaults={"name": "Can work in the hotline inbox"}
    )
    access_admin, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(access_inbox, access_admin)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
