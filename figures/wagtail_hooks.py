"""The Figures menu with its report pages, and the headline figures on the dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from .panels import FiguresPanel
from .reports import REPORTS


class FigureMenuItem(MenuItem):
    def __init__(self, report, order):
        super().__init__(
            report.page_title,
            reverse(report.index_url_name),
            name=f"figures-{report.slug}",
            icon_name="table",
            order=order,
        )
        self.permission = report.permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def register_figures_menu():
    menu = Menu(
        items=[FigureMenuItem(report, order) for order, report in enumerate(REPORTS, start=1)]
    )
    return SubmenuMenuItem(_("Figures"), menu, name="figures", icon_name="table", order=230)


@hooks.register("register_admin_urls")
def register_figures_urls():
    return [url for report in REPORTS for url in report.urls()]


@hooks.register("construct_homepage_panels")
def add_figures_panel(request, panels):
    if FiguresPanel.is_shown_to(request.user):
        panels.append(FiguresPanel(request.user))
