"""One field of a page, document or settings object as the loader sees it: what it holds, how that compares,
and how a value from a data file is written into it."""

import copy

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

from .data_files import DemoContentError

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# The child relations in the data, each with the columns every row of it has: an article's leaflets
# ({"document": id, "language": code} once keys are made ids), a page's statements to confirm, the hotline's
# opening hours.
CHILD_ROWS = {
    "leaflets": ("document", "language"),
    "statements_to_confirm": ("statement", "note", "to_confirm"),
    "opening_periods": ("first_day", "last_day", "opens", "closes"),
}
LEAFLETS = "leaflets"
# A column of the data that the model holds under another name.
MODEL_ATTRIBUTES = {"document": "document_id"}


def model_field(model, attribute, entry):
    try:
        return model._meta.get_field(attribute)
    except FieldDoesNotExist:
        raise DemoContentError(f"{entry.source}: {model.__name__} has no field {attribute!r}") from None


def write(instance, value, model_value):
    if value.attribute in CHILD_ROWS:
        relation = getattr(instance, value.attribute)
        rows = [{MODEL_ATTRIBUTES.get(column, column): cell for column, cell in row.items()} for row in model_value]
        setattr(instance, value.attribute, [relation.model(**row) for row in rows])
        return
    setattr(instance, value.attribute, model_value)
    if value.language == DEFAULT_LANGUAGE:
        # The untranslated column is what Wagtail itself reads (admin listings, revisions).
        instance.__dict__[value.field_name] = model_value


def current_value(instance, attribute):
    if attribute in CHILD_ROWS:
        columns = CHILD_ROWS[attribute]
        return [
            {column: getattr(row, MODEL_ATTRIBUTES.get(column, column)) for column in columns}
            for row in getattr(instance, attribute).all()
        ]
    value = getattr(instance, attribute)
    return list(value.raw_data) if isinstance(value, StreamValue) else value


def comparable_values(model, values):
    return {value.attribute: comparable(model, value.attribute, model_value) for value, model_value in values}


def comparable(model, attribute, value):
    """A value as it compares: StreamField data as its blocks serialise it, without block ids, so that a page
    saved again in the admin without a change still holds what the loader wrote."""
    field = None if attribute in CHILD_ROWS else model._meta.get_field(attribute)
    if not isinstance(field, StreamField):
        return value
    stream = field.to_python(copy.deepcopy(value))
    return without_block_ids([child.get_prep_value() for child in stream])


def without_block_ids(data):
    if isinstance(data, list):
        return [without_block_ids(item) for item in data]
    if isinstance(data, dict):
        is_block = {"type", "value"} <= data.keys()
        return {key: without_block_ids(item) for key, item in data.items() if not (is_block and key == "id")}
    return data
