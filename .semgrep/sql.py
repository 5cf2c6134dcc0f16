# ruff: noqa: UP031, UP032 -- the formatting styles these rules must catch
from django.db import connection
from django.db.models.expressions import RawSQL

from catalog.models import Product


def lookups(request, name, ids):
    # ruleid: sql-built-by-string-formatting
    Product.objects.raw(f"SELECT * FROM catalog_product WHERE title = '{name}'")
    # ruleid: sql-built-by-string-formatting
    Product.objects.raw("SELECT * FROM catalog_product WHERE title = '%s'" % name)
    # ok: sql-built-by-string-formatting
    Product.objects.raw("SELECT * FROM catalog_product WHERE title = %s", [name])
    with connection.cursor() as cursor:
        # ruleid: sql-built-by-string-formatting
        cursor.execute("SELECT * FROM x WHERE y = '{}'".format(name))
        sql = "SELECT * FROM x WHERE y = '" + name + "'"
        # ruleid: sql-built-by-string-formatting
        cursor.execute(sql)
        # ok: sql-built-by-string-formatting
        cursor.execute("SELECT * FROM x WHERE y = %s", [name])
        # ok: sql-built-by-string-formatting
        cursor.execute(f'SELECT COUNT(*) FROM "{Product._meta.db_table}"')
    # ruleid: sql-built-by-string-formatting
    RawSQL(f"array_position(%s, {name})", (ids,))
    # ruleid: sql-built-by-string-formatting
    RawSQL(f'array_position(%s, "{Product._meta.db_table}"."{name}")', (ids,))
    # ok: sql-built-by-string-formatting
    RawSQL(f'array_position(%s::bigint[], "{Product._meta.db_table}"."id")', (ids,))
    # ruleid: sql-built-by-string-formatting, django-queryset-extra
    Product.objects.extra(where=[f"title = '{name}'"])
    # ok: sql-built-by-string-formatting
    # ruleid: django-queryset-extra
    return Product.objects.extra(where=["title = %s"], params=[name])


def compose(admin, name):
    from psycopg import sql

    staging = f"{name}_restoring"
    # ok: sql-built-by-string-formatting
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(staging)))
    with connection.cursor() as cursor:
        # ok: sql-built-by-string-formatting
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(staging)}")
        # ruleid: sql-built-by-string-formatting
        cursor.execute(f'SELECT COUNT(*) FROM "{staging}"')


INDEX = "search_entry_vector_gin"


def migrate(schema_editor):
    # ok: sql-built-by-string-formatting
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
