from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Showcase")

    def ready(self):
        from . import frontend_cache, page_cache_invalidation, rendition_signals

        page_cache_invalidation.connect()
        rendition_signals.connect()
        frontend_cache.connect()
