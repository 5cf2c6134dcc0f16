"""Django's Redis cache backend, with one Redis client per connection pool for as long as the
backend lives (one backend per thread, as Django makes them).

Django's client makes a new `redis.Redis` for every cache call (`RedisCacheClient.get_client`),
and redis-py builds its table of ~170 reply parsers in each: on a page served from the page
cache, that was a fifth of the time the server spent on it (scripts/profile_pages.py). A
`redis.Redis` takes a connection from its pool for each command and gives it back, so one
client is safely shared by every thread of the process (redis-py's documentation); pipelines,
which are not, are still made per call from it. Everything else is Django's.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # Django picks the pool (a random replica for reads); its pools live as long as this.
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
