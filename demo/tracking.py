"""Which fields the demo loader may write, so that improved demo text reaches an existing database while an
editor's change never gets overwritten.

Every object a data file made or found is recorded (DemoObject), and every field the loader wrote with a hash
of the value it wrote (DemoField). On the next run a field is written again only while it still holds that
value: once an editor changes it, however slightly, it is theirs.
"""

import hashlib
import json

from .models import DemoField, DemoObject


def fingerprint(value):
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def recorded_object_id(source):
    return DemoObject.objects.filter(source=source).values_list("object_id", flat=True).first()


def record_new(source, object_id, values):
    """The loader has just made this object with these values."""
    demo_object = _demo_object(source, object_id)
    for name, value in values.items():
        _remember(demo_object, name, fingerprint(value))


def fields_to_write(source, object_id, current, wanted):
    """The names of the fields of an existing object that the loader may set to their wanted values.

    A field is written when it still holds what the loader wrote last time, or when it was never written and
    is empty (a translation added to the data file later). A field that already holds its wanted value is
    recorded as the loader's. Anything else an editor wrote, and it is left alone.
    """
    demo_object = _demo_object(source, object_id)
    recorded = dict(demo_object.fields.values_list("name", "value_hash"))
    names = []
    for name, value in wanted.items():
        wanted_hash, current_hash = fingerprint(value), fingerprint(current[name])
        if current_hash != wanted_hash:
            still_the_loaders = recorded[name] == current_hash if name in recorded else not current[name]
            if not still_the_loaders:
                continue
            names.append(name)
        if recorded.get(name) != wanted_hash:
            _remember(demo_object, name, wanted_hash)
    return names


def _demo_object(source, object_id):
    demo_object, _created = DemoObject.objects.get_or_create(source=source, defaults={"object_id": object_id})
    if demo_object.object_id != object_id:
        # The recorded object is gone and this one was made or found instead: nothing was written into it yet.
        demo_object.fields.all().delete()
        demo_object.object_id = object_id
        demo_object.save(update_fields=["object_id"])
    return demo_object


def _remember(demo_object, name, value_hash):
    DemoField.objects.update_or_create(demo_object=demo_object, name=name, defaults={"value_hash": value_hash})
