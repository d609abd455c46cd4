"""Stories: maker profiles and news, linked to villages and community enterprises."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import StoryBlock

#: Stories per page of the story index.
STORIES_PER_PAGE = 12


def bangkok_today():
    return timezone.localdate()


class StoryIndexPage(Page):
    """Lists the stories, newest first; ``?kind=maker`` or ``?kind=news`` narrows it."""

    intro = models.TextField(_("Introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.StoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Story index")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        stories = (
            StoryPage.objects.live()
            .child_of(self)
            .select_related("hero_image")
            .order_by("-date", "-pk")
        )
        kind = request.GET.get("kind")
        if kind in StoryPage.Kind.values:
            stories = stories.filter(kind=kind)
        else:
            kind = ""
        page_obj = Paginator(stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            stories=page_obj.object_list, page_obj=page_obj, kind=kind, kinds=StoryPage.Kind.choices
        )
        return context


class StoryPage(Page):
    """A maker profile or a piece of news from the villages."""

    class Kind(models.TextChoices):
        MAKER = "maker", _("Maker profile")
        NEWS = "news", _("News")

    kind = models.CharField(_("Kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateField(_("Date"), default=bangkok_today)
    intro = models.TextField(_("Introduction"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), verbose_name=_("Story"), blank=True)
    villages = ParentalManyToManyField(
        "cms.VillagePage", verbose_name=_("Villages"), blank=True, related_name="stories"
    )
    enterprises = ParentalManyToManyField(
        "partner.Partner",
        verbose_name=_("Community enterprises"),
        blank=True,
        related_name="stories",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("date")], heading=_("About this story")),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("villages"), FieldPanel("enterprises")], heading=_("Who it is about")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cms.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Story")
        verbose_name_plural = _("Stories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["story_villages"] = list(
            self.villages.live().select_related("logo").order_by("title")
        )
        context["story_enterprises"] = list(
            self.enterprises.filter(status="approved").order_by("name")
        )
        return context
