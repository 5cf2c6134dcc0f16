"""Certificates' evidence files: kept outside the public media, shown only to those who may
change the registry (the admin's form links here, see artisans.widgets)."""

from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404

from home.uploads import serve_private_file

from .models import Certification


@permission_required("artisans.change_artisan", raise_exception=True)
def certificate_evidence(request, pk):
    certification = get_object_or_404(Certification, pk=pk)
    if not certification.evidence:
        raise Http404
    return serve_private_file(certification.evidence)
