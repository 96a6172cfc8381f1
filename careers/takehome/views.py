"""The take-home calculator: a GET form, so a result is a link anyone can open (it holds no
personal data and needs no account). Results are worked out on the server for every request
and never stored in the page cache: their parameters are numbers anyone can make up, so only
the empty form is a cacheable page (see hooks.py: no public_params)."""

from django.http import Http404
from django.shortcuts import render

from bpoportal.serving.visitor_parts import shared_body
from careers.guide.models import Country, floors_by_place
from careers.takehome import calc
from careers.takehome.forms import OfferForm
from careers.takehome.models import PLACES_IN
from careers.takehome.tables import tables_for

COUNTRIES = {"philippines": Country.PHILIPPINES, "india": Country.INDIA}
WORK = {Country.PHILIPPINES: calc.philippines, Country.INDIA: calc.india}


@shared_body
def index(request):
    return render(request, "takehome/index.html", {"countries": list(COUNTRIES.values())})


@shared_body
def calculator(request, country):
    if country not in COUNTRIES:
        raise Http404("We have no calculator for that country yet.")
    country = COUNTRIES[country]
    data = request.GET or None
    first = OfferForm(country, data, prefix="a")
    second = OfferForm(country, data, prefix="b", optional=True)
    submitted = any(name.startswith(("a-", "b-")) for name in request.GET)
    if second.empty:  # shown as a fresh form: no messages for an offer nobody filled in
        second = OfferForm(country, prefix="b", optional=True, initial={"place": _b_place(data)})
    tables = tables_for(country)
    floors = floors_by_place()
    results = []
    status = 200
    if submitted:
        # Both are checked, so both show their messages; an offer B with no number is left out.
        valid = first.is_valid() & (second.empty or second.is_valid())
        if not valid:
            status = 400
        else:
            for label, form in (("Offer A", first), ("Offer B", second)):
                if form is second and second.empty:
                    continue
                offer = form.cleaned_data
                result = WORK[country](tables, offer, floors.get(offer["place"]))
                result.label = label
                result.place = form.fields["place"].choices
                result.place_label = dict(form.fields["place"].choices)[offer["place"]]
                results.append(result)
    context = {
        "country": country,
        "first": first,
        "second": second,
        "submitted": submitted,
        "results": results,
        "tables": sorted(tables.all_rows(), key=lambda r: (r.kind, r.place, r.over)),
        "floors": [floors[p] for p in PLACES_IN[country] if p in floors],
        "others": [c for c in COUNTRIES.values() if c != country],
    }
    return render(request, "takehome/calculator.html", context, status=status)


def _b_place(data):
    return (data or {}).get("b-place")
