import hmac
import json

from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.csrf import csrf_exempt

import stripe


# ruleid: csrf-exempt-without-signature-check
@csrf_exempt
def unsigned_hook(request):
    return HttpResponse(request.body)


# ok: csrf-exempt-without-signature-check
@csrf_exempt
def stripe_hook(request):
    try:
        event = stripe.Webhook.construct_event(
            request.body, request.headers.get("Stripe-Signature", ""), "whsec"
        )
    except ValueError:
        return HttpResponse(status=400)
    return HttpResponse(event.id)


# ok: csrf-exempt-without-signature-check
@csrf_exempt
def hmac_hook(request):
    expected = hmac.new(b"key", request.body, "sha256").hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Signature", "")):
        return HttpResponse(status=403)
    return HttpResponse()


def from_another_site(request):
    return request.headers.get("Sec-Fetch-Site") not in {None, "same-origin", "none"}


# ok: csrf-exempt-without-signature-check
@csrf_exempt
def preference(request):
    if from_another_site(request):
        return HttpResponse(status=403)
    return HttpResponse(request.POST.get("currency", ""))


# ok: csrf-exempt-without-signature-check
@csrf_exempt
def add_to_cart(request, product_id):
    if from_another_site(request):
        messages.error(request, "Sent from another site: nothing was added.")
        return HttpResponseRedirect(f"/products/{product_id}/")
    return HttpResponse(request.POST.get("quantity", ""))


# ruleid: csrf-exempt-without-signature-check
@csrf_exempt
def add_to_cart_warned_only(request, product_id):
    if from_another_site(request):
        messages.warning(request, "Sent from another site.")
    request.session["cart"] = [product_id]
    return HttpResponse()


# ruleid: csrf-exempt-without-signature-check
@csrf_exempt
def preference_checked_too_late(request):
    request.session["currency"] = request.POST.get("currency", "")
    from_another_site(request)
    return HttpResponse()


def some_view(request):
    return HttpResponse()


# ruleid: csrf-exempt-without-signature-check
exempted = csrf_exempt(some_view)


def stripe_webhook_unverified(request):
    # ruleid: stripe-event-without-signature-check
    payload = json.loads(request.body)
    # ruleid: stripe-event-without-signature-check
    event = stripe.Event.construct_from(payload, stripe.api_key)
    return HttpResponse(event.id)


def stripe_webhook_verified(request):
    # ok: stripe-event-without-signature-check
    event = stripe.Webhook.construct_event(request.body, request.headers["Stripe-Signature"], "x")
    # ok: stripe-event-without-signature-check
    data = json.loads(request.body)
    return HttpResponse(event.id + data["id"])
