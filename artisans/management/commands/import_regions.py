from django.core.management.base import BaseCommand, CommandError

from artisans.models import Region


class Command(BaseCommand):
    help = "Load a regency's districts and villages (Kemendagri codes), e.g. 35.22 for Bojonegoro."

    def add_arguments(self, parser):
        parser.add_argument("regency_code", help="Kemendagri code of the regency, e.g. 35.22")

    def handle(self, *args, regency_code, **options):
        try:
            regency = Region.objects.import_regency(regency_code)
        except ValueError as error:
            raise CommandError(str(error)) from error
        districts = Region.objects.districts_of(regency.code).count()
        villages = Region.objects.filter(parent__parent=regency).count()
        self.stdout.write(f"{regency.name}: {districts} districts, {villages} villages.")
