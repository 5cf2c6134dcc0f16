from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def unchecked(request):
    # ruleid: open-redirect-from-request
    return redirect(request.GET["next"])


def unchecked_variable(request):
    next_url = request.POST.get("next", "/")
    # ruleid: open-redirect-from-request
    return HttpResponseRedirect(next_url)


def from_referer(request):
    # ruleid: open-redirect-from-request
    return redirect(request.META.get("HTTP_REFERER", "/"))


def checked(request):
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    # ok: open-redirect-from-request
    return redirect(next_url)


def by_name(request, token):
    # ok: open-redirect-from-request
    return redirect("checkout:order", token=token)


def reply(request, services, thread_url):
    message = services.reply(request.POST["body"], author=request.user)
    # ok: open-redirect-from-request
    return redirect(thread_url(f"message-{message.pk}"))


def back(request, product):
    # ok: open-redirect-from-request
    return redirect(reverse("cart:detail") + f"?from={request.GET.get('page', '')}")
