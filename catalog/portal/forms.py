"""The artisan's forms: a listing in a few fields, photos from the phone's camera, stock."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.uploads import PhotoField

from ..forms import MAX_PRICE
from ..models import Category, DeliveryMethod, Material, Product
from ..models.orders import ARTISAN_STEPS

MAX_PHOTOS = 8
MAX_STOCK = 100_000


class PhotoInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Several photos at once, each checked like an admin upload (type, size, pixels, damage)."""

    # No HEIC in the list: iPhones then send their photos as JPEG, which every browser shows.
    widget = PhotoInput(attrs={"accept": "image/jpeg,image/png,image/webp"})

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def has_changed(self, initial, data):
        return bool(data)

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data or []) if upload]
        if not isinstance(data, (list, tuple)):
            uploads = [data] if data else []
        if len(uploads) > MAX_PHOTOS:
            raise ValidationError(
                ngettext(
                    "Choose at most %(count)d photo.",
                    "Choose at most %(count)d photos.",
                    MAX_PHOTOS,
                )
                % {"count": MAX_PHOTOS},
                code="too_many_photos",
            )
        checker = PhotoField(required=True)
        errors, photos = [], []
        for upload in uploads:
            try:
                photos.append(checker.clean(upload))
            except ValidationError as error:
                errors.extend(f"{upload.name}: {message}" for message in error.messages)
        if errors:
            raise ValidationError(errors)
        return photos


class ListingForm(forms.ModelForm):
    """A product as an artisan lists it: five required fields, the rest when there is time."""

    photos = PhotosField(
        label=_("Photos"),
        help_text=_("Take them with the camera or choose them from the gallery; up to 8."),
    )
    remove_photos = forms.TypedMultipleChoiceField(
        label=_("Remove these photos"), coerce=int, required=False
    )

    class Meta:
        model = Product
        fields = [
            "name",
            "price",
            "stock",
            "category",
            "description",
            "technique",
            "motif",
            "materials",
            "colours",
            "weight_grams",
            "parcel_length_cm",
            "parcel_width_cm",
            "parcel_height_cm",
            "made_to_order",
            "production_days",
            "name_en",
            "description_en",
        ]
        labels = {
            "parcel_length_cm": _("Length"),
            "parcel_width_cm": _("Width"),
            "parcel_height_cm": _("Height"),
        }
        widgets = {
            "price": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1000, "step": 500}),
            "stock": forms.NumberInput(attrs={"inputmode": "numeric", "min": 0}),
            "weight_grams": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
            "parcel_length_cm": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
            "parcel_width_cm": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
            "parcel_height_cm": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
            "production_days": forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
            "materials": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = Category.objects.all()
        self.fields["materials"].queryset = Material.objects.all()
        self.fields["motif"].queryset = (
            self.fields["motif"]
            .queryset.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE)
        )
        self.fields["price"].validators += [MinValueValidator(1), MaxValueValidator(MAX_PRICE)]
        self.fields["stock"].validators.append(MaxValueValidator(MAX_STOCK))
        # Photos are matched by their image: one added since the last approval has no id yet.
        self.current_photos = list(self.instance.images.all()) if self.instance.pk else []
        self.fields["remove_photos"].choices = [
            (photo.image_id, photo.image.title) for photo in self.current_photos
        ]

    def clean(self):
        cleaned = super().clean()
        new_photos = cleaned.get("photos") or []
        removed = set(cleaned.get("remove_photos") or [])
        kept = [photo for photo in self.current_photos if photo.image_id not in removed]
        if "photos" not in self.errors and not kept and not new_photos:
            self.add_error("photos", _("Add at least one photo: buyers want to see the piece."))
        if len(kept) + len(new_photos) > MAX_PHOTOS:
            self.add_error(
                "photos", _("A listing has at most 8 photos: remove some before adding more.")
            )
        if cleaned.get("made_to_order") and not cleaned.get("production_days"):
            self.add_error("production_days", _("How many days does making one take?"))
        self.kept_photos = kept
        return cleaned


class StockForm(forms.Form):
    """Pieces ready to send: the product's, or each variant's."""

    def __init__(self, product, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.product = product
        self.variants = list(product.variants.all())
        for variant in self.variants:
            self.fields[f"variant_{variant.pk}"] = forms.IntegerField(
                label=variant.localized_label,
                min_value=0,
                max_value=MAX_STOCK,
                initial=variant.stock,
            )
        if not self.variants:
            self.fields["stock"] = forms.IntegerField(
                label=_("Stock"), min_value=0, max_value=MAX_STOCK, initial=product.stock
            )

    def variant_stock(self):
        return {v.pk: self.cleaned_data[f"variant_{v.pk}"] for v in self.variants}


class FulfilmentStepForm(forms.Form):
    status = forms.ChoiceField(choices=[])
    courier = forms.CharField(label=_("Courier"), max_length=60, required=False)
    tracking_number = forms.CharField(
        label=_("Tracking number (resi)"), max_length=60, required=False
    )

    def __init__(self, fulfilment, *args, **kwargs):
        super().__init__(*args, **kwargs)
        steps = ARTISAN_STEPS.get(fulfilment.status, [])
        self.fields["status"].choices = [(step.value, step.label) for step in steps]
        # The service the buyer paid for is the likely courier.
        self.fields["courier"].initial = fulfilment.courier or fulfilment.order.shipping_service
        self.to_gallery = fulfilment.order.delivery_method == DeliveryMethod.PICKUP
        if self.to_gallery:  # the buyer collects it: the artisan brings it to the gallery
            self.fields["status"].choices = [
                (step.value, _("Brought to the gallery") if step == "shipped" else step.label)
                for step in steps
            ]
