"""Admin form widgets of the registry."""

from django import forms


class PrivateFileInput(forms.ClearableFileInput):
    """A file input whose current file is linked through the view that checks who asks
    (`artisans_certificate_evidence`), never through a public media address."""

    template_name = "artisans/widgets/private_file_input.html"

    def is_initial(self, value):
        # A stored file has a name, not a public URL (asking for one raises).
        return bool(value and getattr(value, "name", "") and getattr(value, "instance", None))
