"""The checkout form: who the buyer is and where the parcels go. Nothing about prices."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from artisans import kemendagri
from home.phones import validate_whatsapp_number
from home.uploads import ScanField

from ..models import INDONESIA, DeliveryMethod, Order, PaymentMethod
from ..money import format_idr
from ..payments.methods import offered_methods
from ..shipping.quotes import Destination, shipping_options


def region_choices(regions, empty):
    return [("", empty)] + [(region.code, region.name) for region in regions]


PAYMENT_CHOICES = {
    PaymentMethod.BANK_TRANSFER: _("Bank transfer to the Dekranasda's account"),
    PaymentMethod.CARD: _("Credit or debit card"),
}

# Each level of an Indonesian address: (code field, name field, what to ask when missing).
REGION_LEVELS = [
    ("province_code", "province", _("Choose the province.")),
    ("regency_code", "regency", _("Choose the regency or city.")),
    ("district_code", "district", _("Choose the district (kecamatan).")),
    ("village_code", "village", _("Choose the village (kelurahan/desa).")),
]
REGION_PROMPTS = [_("Province…"), _("Regency or city…"), _("District…"), _("Village…")]
INTERNATIONAL_PHONE = RegexValidator(
    r"^\+[1-9][0-9 ()-]{6,20}$",
    _("Enter the number with its country code, starting with + (e.g. +61 412 345 678)."),
    code="invalid_phone",
)
POSTAL_CODE_ID = RegexValidator(r"^[0-9]{5}$", _("An Indonesian postal code has five digits."))
POSTAL_CODE_ABROAD = RegexValidator(
    r"^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$", _("Enter the postal code as the post office writes it.")
)


class CheckoutForm(forms.ModelForm):
    """Contact, address and delivery. In Indonesia the address is chosen level by level from
    the Kemendagri regions (each level's choices follow the one above it, so the form works
    without JavaScript too); abroad it is typed. The delivery options are priced for the
    address and the cart every time the form is shown or sent."""

    province_code = forms.ChoiceField(label=_("Province"), required=False)
    regency_code = forms.ChoiceField(label=_("Regency or city"), required=False)
    district_code = forms.ChoiceField(label=_("District (kecamatan)"), required=False)
    village_code = forms.ChoiceField(label=_("Village (kelurahan/desa)"), required=False)
    delivery = forms.CharField(label=_("Delivery"), required=False)
    payment_method = forms.ChoiceField(
        label=_("Payment"),
        widget=forms.RadioSelect,
        required=False,  # bank transfer when none is chosen
        error_messages={
            "required": _("Choose how you pay."),
            "invalid_choice": _("Choose how you pay."),
        },
    )

    class Meta:
        model = Order
        fields = [
            "name",
            "email",
            "phone",
            "country",
            "street",
            "regency",
            "province",
            "postal_code",
            "delivery_note",
        ]
        labels = {"regency": _("City"), "province": _("State or region")}
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "country": forms.Select(attrs={"autocomplete": "country"}),
            "street": forms.TextInput(attrs={"autocomplete": "street-address"}),
            "regency": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "province": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "postal_code": forms.TextInput(attrs={"autocomplete": "postal-code"}),
        }

    def __init__(self, *args, contents, **kwargs):
        super().__init__(*args, **kwargs)
        self.contents = contents
        self.fields["phone"].required = True
        self.fields["phone"].help_text = _("The courier and the makers may call or message you.")
        self.fields["country"].initial = INDONESIA
        chosen = self.chosen_regions()
        above = None
        for (code_field, _name, _missing), empty in zip(REGION_LEVELS, REGION_PROMPTS, strict=True):
            if code_field == "province_code":
                regions = kemendagri.provinces()
            else:
                regions = kemendagri.children_of(above) if above else []
            self.fields[code_field].choices = region_choices(regions, empty)
            above = chosen.get(code_field)
        self.villages = {
            village.code: village.postal_code
            for village in (
                kemendagri.children_of(chosen["district_code"])
                if chosen.get("district_code")
                else []
            )
        }
        self.shipping_options = shipping_options(self.contents, self.destination())
        methods = offered_methods()
        self.fields["payment_method"].choices = [
            (method, PAYMENT_CHOICES[method]) for method in methods
        ]
        self.fields["payment_method"].initial = methods[0]

    def clean_payment_method(self):
        return self.cleaned_data["payment_method"] or PaymentMethod.BANK_TRANSFER

    def value_of(self, name):
        if self.is_bound:
            return self.data.get(self.add_prefix(name), "")
        return self.initial.get(name, "")

    def chosen_regions(self):
        """The codes chosen so far, from the province down, each inside the one above it."""
        chosen, above = {}, None
        for code_field, _name, _missing in REGION_LEVELS:
            code = self.value_of(code_field)
            if above is None:
                inside = any(province.code == code for province in kemendagri.provinces())
            else:
                inside = kemendagri.is_child(code, above)
            if not (code and inside):
                break
            chosen[code_field] = above = code
        return chosen

    def destination(self):
        country = str(self.value_of("country") or INDONESIA)
        return Destination(country, self.value_of("province_code") if country == INDONESIA else "")

    @property
    def chosen_option(self):
        """The delivery option the buyer has picked so far, as priced now, or None."""
        return next((o for o in self.shipping_options if o.key == self.chosen_delivery), None)

    @property
    def courier_offered(self):
        return any(o.method == DeliveryMethod.COURIER for o in self.shipping_options)

    @property
    def in_indonesia(self):
        return self.destination().country == INDONESIA

    @property
    def chosen_delivery(self):
        chosen = self.value_of("delivery")
        return chosen.rpartition("@")[0] if "@" in chosen else chosen

    def clean(self):
        cleaned = super().clean()
        # The choice carries the price the buyer saw ("key@price"): if the council changed the
        # rate meanwhile, the buyer sees the new price before committing to it.
        key, shown = cleaned.get("delivery") or "", ""
        if "@" in key:
            key, _at, shown = key.rpartition("@")
        cleaned["delivery"] = key
        option = next((o for o in self.shipping_options if o.key == key), None)
        if option is None:
            self.add_error("delivery", _("Choose how your order reaches you."))
        elif shown and shown != str(option.total):
            self.add_error(
                "delivery",
                _("The price of this delivery is now %(price)s: check it and place the order.")
                % {"price": format_idr(option.total)},
            )
        pickup = option is not None and option.method == DeliveryMethod.PICKUP
        if cleaned.get("country") == INDONESIA:
            self.clean_indonesian_address(cleaned, required=not pickup)
        else:
            self.clean_address_abroad(cleaned, required=not pickup)
        return cleaned

    def clean_indonesian_address(self, cleaned, required):
        phone = cleaned.get("phone")
        if phone:
            try:
                validate_whatsapp_number(phone)
            except forms.ValidationError as error:
                self.add_error("phone", error)
        parent, missing_level = None, None
        for code_field, name_field, missing in REGION_LEVELS:
            code = cleaned.get(code_field) if missing_level is None else ""
            if not code:
                # Names are only ever those of the codes chosen, never typed.
                cleaned[code_field], cleaned[name_field] = "", ""
                missing_level = missing_level or (code_field, missing)
                continue
            cleaned[name_field] = kemendagri.get_region(code).name
            parent = code
        if missing_level and required:
            self.add_error(*missing_level)
        village_postal_code = self.villages.get(parent, "") if missing_level is None else ""
        if village_postal_code and not cleaned.get("postal_code"):
            cleaned["postal_code"] = village_postal_code
        self.require(cleaned, ["street", "postal_code"] if required else [])
        if cleaned.get("postal_code"):
            self.check(cleaned, "postal_code", POSTAL_CODE_ID)
        postal_code = cleaned.get("postal_code")
        if postal_code and village_postal_code and postal_code != village_postal_code:
            self.add_error(
                "postal_code",
                _("The postal code of %(village)s is %(code)s.")
                % {"village": cleaned["village"], "code": village_postal_code},
            )

    def clean_address_abroad(self, cleaned, required):
        for code_field, _name, _missing in REGION_LEVELS:
            cleaned[code_field] = ""
        if cleaned.get("phone"):
            self.check(cleaned, "phone", INTERNATIONAL_PHONE)
        self.require(cleaned, ["street", "regency", "postal_code"] if required else [])
        if cleaned.get("postal_code"):
            self.check(cleaned, "postal_code", POSTAL_CODE_ABROAD)

    def require(self, cleaned, names):
        for name in names:
            if not cleaned.get(name) and name not in self.errors:
                self.add_error(name, forms.ValidationError(_("This field is required.")))

    def check(self, cleaned, name, validator):
        try:
            validator(cleaned[name])
        except forms.ValidationError as error:
            self.add_error(name, error)

    def order_details(self):
        """The order's contact and address fields, as the form cleaned them."""
        names = [*self.Meta.fields, *(code for code, _name, _missing in REGION_LEVELS)]
        names += ["village", "district"]
        details = {name: self.cleaned_data.get(name, "") for name in names}
        details["country"] = str(details["country"])
        return details


MAX_PROOF_SIZE = 5 * 1024 * 1024


class TransferProofForm(forms.Form):
    """A photo or PDF of the transfer receipt: checked by what it is, not by its name."""

    proof = ScanField(
        label=_("Proof of transfer"),
        help_text=_("A photo or screenshot of the receipt (JPEG, PNG) or a PDF, up to 5 MB."),
        max_size=MAX_PROOF_SIZE,
        invalid_message=_("Send a photo (JPEG or PNG) or a PDF of the receipt."),
    )
