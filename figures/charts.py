"""Horizontal bar charts drawn on the server as SVG: one bar per row, its label on the left and
its number written at its end, so the chart reads at a glance and without colour."""

from dataclasses import dataclass, field

from django.utils.text import Truncator, slugify

WIDTH = 720
LABEL_WIDTH = 230  # the labels' column; bars start after it
NUMBER_WIDTH = 130  # room after the longest bar for its number
ROW_HEIGHT = 28
BAR_HEIGHT = 18
TOP = 6
LABEL_CHARACTERS = 30


@dataclass
class Bar:
    label: str
    value: int | float
    text: str  # the number as it is written next to the bar
    y: int = 0
    width: float = 0.0
    number_x: float = 0.0

    @property
    def short_label(self):
        return Truncator(self.label).chars(LABEL_CHARACTERS)

    @property
    def is_shortened(self):
        return self.short_label != self.label

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 4


@dataclass
class BarChart:
    """`bars`: (label, value, text) tuples in the order shown. `maximum` fixes the scale
    (100 for percentages); `limit` keeps the first bars only, the table giving the rest."""

    title: str
    description: str
    bars: list = field(default_factory=list)
    maximum: int | float | None = None
    limit: int | None = None

    def __post_init__(self):
        rows = [Bar(str(label), value, str(text)) for label, value, text in self.bars]
        self.row_count = len(rows)
        if self.limit is not None:
            rows = rows[: self.limit]
        largest = self.maximum or max((bar.value for bar in rows), default=0) or 1
        room = WIDTH - LABEL_WIDTH - NUMBER_WIDTH
        for position, bar in enumerate(rows):
            bar.y = TOP + position * ROW_HEIGHT
            bar.width = round(min(max(bar.value, 0) / largest, 1) * room, 1)
            bar.number_x = LABEL_WIDTH + bar.width + 6
        self.bars = rows

    @property
    def id(self):
        return "chart-" + (slugify(self.title) or "figures")

    @property
    def is_shortened(self):
        return len(self.bars) < self.row_count

    @property
    def width(self):
        return WIDTH

    @property
    def height(self):
        return TOP * 2 + max(len(self.bars), 1) * ROW_HEIGHT

    @property
    def bar_x(self):
        return LABEL_WIDTH

    @property
    def label_x(self):
        return LABEL_WIDTH - 8

    @property
    def bar_height(self):
        return BAR_HEIGHT
