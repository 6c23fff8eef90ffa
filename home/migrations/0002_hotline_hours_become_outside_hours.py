# The free-text hours become the guidance for outside opening hours; the hours themselves become data
# (OpeningPeriod, next migration). Renaming keeps every language's text for the editor to rewrite.

from django.db import migrations

LANGUAGE_SUFFIXES = ["", "_sr_latn", "_sr", "_en", "_uk", "_ar"]


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [
        migrations.RenameField("sitesettings", f"hotline_hours{suffix}", f"outside_hours{suffix}")
        for suffix in LANGUAGE_SUFFIXES
    ]
