import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from artisans.models import Artisan, ArtisanIndexPage, ArtisanPage, Region, Sector, Technique


class RegencyFactory(DjangoModelFactory):
    code = "35.22"
    name = "Kabupaten Bojonegoro"
    level = 2

    class Meta:
        model = Region
        django_get_or_create = ("code",)


class DistrictFactory(DjangoModelFactory):
    # 50-99: never one of the real district codes (01-28) that tests give explicitly.
    code = factory.Sequence(lambda n: f"35.22.{50 + n % 50}")
    name = factory.Sequence(lambda n: f"Kecamatan {n}")
    level = 3
    parent = factory.SubFactory(RegencyFactory)

    class Meta:
        model = Region
        django_get_or_create = ("code",)


class TechniqueFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"technique-{n}")
    name = factory.Sequence(lambda n: f"Teknik {n}")
    name_en = factory.Sequence(lambda n: f"Technique {n}")

    class Meta:
        model = Technique


class ArtisanFactory(DjangoModelFactory):
    business_name = factory.Sequence(lambda n: f"Batik Perajin {n}")
    slug = factory.Sequence(lambda n: f"perajin-{n}")
    owner_name = "Sri Wahyuni"
    sector = Sector.BATIK
    district = factory.SubFactory(DistrictFactory)
    founded_year = 2010
    whatsapp = "+6281100000999"
    public_owner = True
    public_contact = True

    class Meta:
        model = Artisan
        skip_postgeneration_save = True

    @factory.post_generation
    def techniques(self, create, extracted, **kwargs):
        if create and extracted:
            self.techniques.set(extracted)


class ArtisanIndexPageFactory(wagtail_factories.PageFactory):
    title = "Perajin"
    slug = "perajin"

    class Meta:
        model = ArtisanIndexPage


class ArtisanPageFactory(wagtail_factories.PageFactory):
    title = factory.SelfAttribute("artisan.business_name")
    artisan = factory.SubFactory(ArtisanFactory)
    intro = "Membatik sejak 2010."
    photo = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = ArtisanPage
