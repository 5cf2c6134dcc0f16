"""Who may see a model's objects in the admin, where Wagtail asks only for admin access.

Artisans' accounts enter the Wagtail admin (they keep their own profile page there). Wagtail's
snippet choosers and the confirmation page of a bulk action check nothing more than that: a
chooser would list an artisan every order, payment, email and inquiry, and a bulk action's page
names each object whose id is typed in its address. Here both ask for some permission on the
model (add, change, delete or view), as the model's own list does.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern

from wagtail.permissions import policy_registry
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.views.chooser import SnippetChooserViewSet

ANY_PERMISSION = {"add", "change", "delete", "view"}


def may_see(user, model):
    """Whether `user` has any permission on `model` (what its list in the admin asks)."""
    return policy_registry.get_by_type(model).user_has_any_permission(user, ANY_PERMISSION)


class CheckedChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser whose "create" view (which Wagtail serves even without a creation
    form, failing on a POST) answers only when it has a form; with `ask_permission`, only for
    those who may see the model's objects."""

    ask_permission = False

    def get_urlpatterns(self):
        return [self.guarded(pattern) for pattern in super().get_urlpatterns()]

    def has_creation_form(self):
        return any(
            option is not None
            for option in (self.creation_form_class, self.form_fields, self.exclude_form_fields)
        )

    def guarded(self, pattern):
        view, creating = pattern.callback, pattern.name == "create"

        @wraps(view)
        def checked(request, *args, **kwargs):
            if self.ask_permission and not may_see(request.user, self.model):
                raise PermissionDenied
            if creating and not self.has_creation_form():
                raise Http404
            return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, checked, pattern.default_args, pattern.name)


class PermissionCheckedChooserViewSet(CheckedChooserViewSet):
    """A snippet chooser for those who may see the model's objects."""

    ask_permission = True


class ModelPermissionRequiredMixin:
    """A bulk action refused outright to those with no permission on its model."""

    def dispatch(self, request, *args, **kwargs):
        if not may_see(request.user, self.model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CheckedDeleteBulkAction(ModelPermissionRequiredMixin, DeleteBulkAction):
    """Wagtail's "delete" of snippets in bulk (registered after it, so in its place)."""
