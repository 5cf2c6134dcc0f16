"""Search index entries for many products at once, for the benchmark catalog.

The database search backend's own bulk add (`add_bulk`) builds every text vector in Python,
about 3 ms a product: five minutes for 100,000. On PostgreSQL the same entries are written here
by one `INSERT ... SELECT` a batch, the vectors computed by PostgreSQL from the product's
columns exactly as the backend would (same fields, weights, text search configurations and
plain texts; tests/catalog/test_bench_seed.py compares both). Other databases, and search fields
this cannot express in SQL (related fields, a "title" field), use the backend's bulk add.
"""

from django.db import connection

from wagtail.search.backends import get_search_backend

from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk

WHITESPACE = " \t\n\r\f\v"


def _columns(model, fields):
    """The model's text columns of `fields`, or None when one is not a plain column."""
    columns = []
    for field in fields:
        try:
            model_field = model._meta.get_field(field.field_name)
        except Exception:
            return None
        if model_field.get_internal_type() not in {"CharField", "TextField", "SlugField"}:
            return None
        columns.append(model_field.column)
    return columns


def _vector(columns, weights, config):
    """SQL of the concatenated, weighted vectors (the backend's `ObjectIndexer.as_vector`)."""
    if not columns:
        return "to_tsvector('')", []
    parts, params = [], []
    for column, weight in zip(columns, weights, strict=True):
        text = f"COALESCE(p.\"{column}\", '')"
        if config:
            parts.append(f"setweight(to_tsvector(%s::regconfig, {text}), %s)")
            params += [config, weight]
        else:
            parts.append(f"setweight(to_tsvector({text}), %s)")
            params.append(weight)
    return " || ".join(parts), params


def index_sql(model):
    """(SQL, params) writing the index entries of the objects whose ids are passed last as an
    array; None when the backend's bulk add must be used instead."""
    backend = get_search_backend()
    if connection.vendor != "postgresql" or not hasattr(backend, "autocomplete_config"):
        return None
    search_fields = model.get_search_fields()
    body = [f for f in search_fields if type(f) is SearchField]
    autocomplete = [f for f in search_fields if type(f) is AutocompleteField]
    known = (SearchField, AutocompleteField)
    others = [f for f in search_fields if isinstance(f, known) and type(f) not in known]
    if others or any(field.field_name == "title" for field in body):
        return None
    body_columns, autocomplete_columns = _columns(model, body), _columns(model, autocomplete)
    if body_columns is None or autocomplete_columns is None:
        return None
    body_sql, body_params = _vector(
        body_columns, [get_weight(f.boost) for f in body], backend.config
    )
    auto_sql, auto_params = _vector(
        autocomplete_columns, ["D"] * len(autocomplete_columns), backend.autocomplete_config
    )
    texts = ", ".join(f"NULLIF(BTRIM(p.\"{c}\", %s), '')" for c in body_columns) or "''"
    table = get_app_config().get_model("IndexEntry")._meta.db_table
    sql = f"""
        INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm,
                             title_text, body_text)
        SELECT %s, p.{model._meta.pk.column}::text, to_tsvector(''), {auto_sql}, {body_sql},
               1.0, '', CONCAT_WS(' ', {texts})
        FROM {model._meta.db_table} p WHERE p.{model._meta.pk.column} = ANY(%s)
        ON CONFLICT (content_type_id, object_id)
        DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0,
                      autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
                      title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
    """
    params = [get_content_type_pk(model), *auto_params, *body_params]
    params += [WHITESPACE] * len(body_columns)
    return sql, params


def index_objects(model, objects):
    """Add `objects` (saved instances of `model`) to the search index, the fastest way."""
    prepared = index_sql(model)
    if prepared is None:
        get_search_backend().add_bulk(model, objects)
        return
    sql, params = prepared
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, [obj.pk for obj in objects]])
