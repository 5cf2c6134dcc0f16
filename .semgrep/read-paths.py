from django.db.models import F
from django.http import HttpResponse
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import DetailView, View

from catalog.models import Product


class ProductPageView(DetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # ruleid: database-write-on-get
        Product.objects.filter(pk=self.object.pk).update(views=F("views") + 1)
        return context


class CounterView(View):
    def get(self, request, pk):
        product = Product.objects.get(pk=pk)
        product.views += 1
        # ruleid: database-write-on-get
        product.save()
        return HttpResponse()

    def post(self, request, pk):
        product = Product.objects.get(pk=pk)
        # ok: database-write-on-get
        product.save()
        return HttpResponse()


@require_GET
def visit(request):
    # ruleid: database-write-on-get
    Product.objects.create(title="x")
    return HttpResponse()


@require_POST
def add(request):
    # ok: database-write-on-get
    Product.objects.create(title="x")
    return HttpResponse()


class ProductPage:
    def get_context(self, request, *args, **kwargs):
        # ruleid: database-write-on-get
        Product.objects.filter(pk=1).order_by("pk").delete()
        buffer = {}
        # ok: database-write-on-get
        buffer.update(a=1)
        return buffer


def mixed(request, image):
    if request.method == "GET":
        # ok: database-write-on-get
        image.save("out.jpg", "JPEG")
        # ruleid: database-write-on-get
        image.delete()
    return HttpResponse()
