"""The admin dashboard of an artisan's account: their profile pages, one tap from the start."""

from django.conf import settings

from wagtail.admin.ui.components import Component

from .models import ArtisanPage


class YourProfilePanel(Component):
    name = "your_artisan_profile"
    template_name = "artisans/admin/your_profile_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        profiles = ArtisanPage.objects.filter(artisan__members=self.user).select_related(
            "locale", "artisan"
        )
        # The site's main language first (Indonesian), then the translations.
        main_language_first = sorted(
            profiles, key=lambda page: page.locale.language_code != settings.LANGUAGE_CODE
        )
        return {"profiles": main_language_first}

    def render_html(self, parent_context=None):
        if not ArtisanPage.objects.filter(artisan__members=self.user).exists():
            return ""
        return super().render_html(parent_context)
