"""The one block library for rich pages: stories, motifs, artisan profiles, standard pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading inside the text.")
        preview_value = "Makna motif"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Paragraph")
        description = _("Text with bold, italic, links and lists.")
        preview_value = "<p>Setiap helai kain dibatik dengan canting dan malam.</p>"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image")
        description = _("One photograph with alt text and an optional caption.")


class GalleryBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(ImageBlock(), min_num=2, **kwargs)

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        label = _("Gallery")
        description = _("Two or more photographs shown as a grid.")


class QuoteStructValue(blocks.StructValue):
    def has_attribution(self):
        return bool(self.get("attribution"))


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("Words of an artisan or a visitor, with who said them.")
        value_class = QuoteStructValue
        preview_value = {"text": "Batik adalah kesabaran.", "attribution": "Perajin Dander"}


class VideoBlock(EmbedBlock):
    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A video from YouTube or another embeddable site.")


class ProductChooserBlock(SnippetChooserBlock):
    """Chooses a product; a page's products load in one go with what their cards show."""

    def __init__(self, target_model="catalog.Product", **kwargs):
        super().__init__(target_model, **kwargs)

    def bulk_to_python(self, values):
        ids = [value for value in values if value]
        products = self.model_class.objects.with_card_data().in_bulk(ids)
        return [products.get(value) for value in values]


class ProductBlock(blocks.StructBlock):
    product = ProductChooserBlock(label=_("Product"))
    note = blocks.CharBlock(required=False, label=_("Note"), help_text=_("Why this product."))

    class Meta:
        icon = "tag"
        template = "blocks/product_block.html"
        label = _("Product")
        description = _("A product from the catalog, shown as a card with its price.")


class ArtisanBlock(blocks.StructBlock):
    profile = blocks.PageChooserBlock(page_type="artisans.ArtisanPage", label=_("Artisan"))

    class Meta:
        icon = "user"
        template = "blocks/artisan_block.html"
        label = _("Artisan")
        description = _("An artisan's profile, shown as a card.")


class StoryBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    product = ProductBlock()
    artisan = ArtisanBlock()

    class Meta:
        template = "blocks/story_block.html"
