from django.core.management.base import BaseCommand, CommandError

from catalog.bench_seed import DemoMissing, seed_catalog


class Command(BaseCommand):
    help = (
        "Make the database hold N live products for the benchmark, on top of the demo content "
        "(manage.py load_demo first). Idempotent: a second run with the same N adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, required=True, help="Live products wanted.")
        parser.add_argument(
            "--photo-size", type=int, default=1200, help="Edge of the drawn photos, in pixels."
        )

    def handle(self, *args, products, photo_size, **options):
        try:
            made = seed_catalog(products, say=self.stdout.write, photo_edge=photo_size)
        except DemoMissing as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                "Benchmark catalog: {products} products, {artisans} artisans and {profiles} "
                "profile pages added.".format(**made)
            )
        )
