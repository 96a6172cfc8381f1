"""One clear range per role and place: the headline (entry, experienced) a page shows first,
drawn over the legal minimum wage, with the source rows collapsed under it.

A figure below the place's minimum wage is flagged and never shown as entry pay; figures from
before OLDER_BEFORE go under "older figures" and are never headlined."""

from dataclasses import dataclass, field

from careers.common.charts import range_chart
from careers.common.money import grouped
from careers.guide.models import PLACE_COUNTRY, Country, PayLevel, Place

# The Philippines first (most readers are Filipino), then India; cities before the whole country.
PLACE_ORDER = [
    Place.METRO_MANILA,
    Place.METRO_CEBU,
    Place.CENTRAL_VISAYAS,
    Place.PH_PROVINCE,
    Place.NOIDA,
    Place.HYDERABAD,
    Place.BENGALURU,
    Place.NATIONAL,
]
LEVEL_ORDER = [PayLevel.ENTRY, PayLevel.EXPERIENCED, PayLevel.ALL]


@dataclass
class PlaceRange:
    country: str
    place: str
    floor: object = None  # MinimumWage in force, or None
    lowest_floor: bool = False  # national figures: checked against the country's lowest floor
    headline: list = field(default_factory=list)  # (level label, low, high) a month
    figures: list = field(default_factory=list)  # current PayFigures, flagged ones included
    below: list = field(default_factory=list)  # figures whose low is under the floor
    older: list = field(default_factory=list)
    chart: str = ""

    @property
    def place_label(self) -> str:
        if self.place == Place.NATIONAL:
            label = Country(self.country).label
            return f"{label[0].upper()}{label[1:]}, national figures"
        return Place(self.place).label

    @property
    def symbol(self) -> str:
        return "₱" if self.country == Country.PHILIPPINES else "₹"

    @property
    def currency(self) -> str:
        """Headline ranges are in the country's currency (rupees grouped in lakhs)."""
        return "PHP" if self.country == Country.PHILIPPINES else "INR"

    def amount(self, value) -> str:
        return f"{self.symbol}{grouped(value, self.currency)}"


def place_ranges(figures, floors: dict, country: str) -> list[PlaceRange]:
    """The figures of one role in one country, as one PlaceRange per place that has any."""
    mine = [f for f in figures if f.country == country]
    ranges = []
    for place in PLACE_ORDER:
        here = [f for f in mine if f.place == place]
        if not here:
            continue
        floor = floors.get(place)
        lowest = False
        if place == Place.NATIONAL:  # no national minimum: the lowest of the places we list
            mine_floors = [w for p, w in floors.items() if PLACE_COUNTRY.get(p) == country]
            floor = min(mine_floors, key=lambda w: w.monthly, default=None)
            lowest = floor is not None
        pr = PlaceRange(country, place, floor, lowest)
        pr.older = [f for f in here if f.older]
        pr.figures = [f for f in here if not f.older]
        monthly_floor = floor.monthly if floor else None
        pr.below = [f for f in pr.figures if monthly_floor and f.monthly_range[0] < monthly_floor]
        bars = []
        for level in LEVEL_ORDER:
            ok = [f for f in pr.figures if f.level == level and f not in pr.below]
            if ok:
                low = min(f.monthly_range[0] for f in ok)
                high = max(f.monthly_range[1] for f in ok)
                pr.headline.append((PayLevel(level).label, low, high))
                bars.append((PayLevel(level).label, low, high, False))
        for f in pr.below:
            bars.append((f"{f.get_level_display()} ({f.source_year})", *f.monthly_range, True))
        title = f"Monthly pay in {pr.place_label}: " + "; ".join(
            f"{label} {pr.amount(low)} to {pr.amount(high)}" for label, low, high, _ in bars
        )
        if monthly_floor:
            title += f"; minimum wage {pr.amount(monthly_floor)} a month"
        pr.chart = range_chart(bars, monthly_floor, pr.symbol, title, pr.currency)
        ranges.append(pr)
    return ranges
