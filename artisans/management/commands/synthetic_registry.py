from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from artisans.synthetic_registry import (
    REGENCY_CODE,
    SyntheticRegistryError,
    create_synthetic_registry,
    registry_figures,
)


class Command(BaseCommand):
    help = (
        "Top the registry up with fictional IKM until it matches the council's published "
        "figures (1,762 IKM, 1,431 food and drink, 331 crafts, 1,749 with an NIB, 17 "
        "associations, 28 districts). Idempotent: a second run creates nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2025, help="Random seed (default 2025).")
        parser.add_argument(
            "--regency",
            default=REGENCY_CODE,
            help=f"Kemendagri code of the regency (default {REGENCY_CODE}).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off. The IKM it creates are fictional.",
        )

    def handle(self, *args, seed, regency, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to add fictional IKM with DEBUG off: a real council's registry must "
                "hold only real ones. Use --force on a machine that is not a real site."
            )
        try:
            created = create_synthetic_registry(seed, regency_code=regency)
        except SyntheticRegistryError as error:
            raise CommandError(str(error)) from error
        if created:
            self.stdout.write(self.style.SUCCESS(f"Created {created:,} fictional IKM."))
        else:
            self.stdout.write("The synthetic registry was already there; nothing changed.")
        figures = registry_figures(regency)
        self.stdout.write(
            "The registry now counts {ikm:,} IKM: {food:,} food and drink, {crafts:,} crafts "
            "({batik:,} batik, {ecoprint:,} eco-print, {craft:,} other crafts); {with_nib:,} "
            "with an NIB; {associations:,} associations; IKM in {districts} districts.".format(
                **figures
            )
        )
