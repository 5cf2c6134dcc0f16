"""Counting the SQL queries a page costs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """Queries of a second view of `url` (the first may create image renditions)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
