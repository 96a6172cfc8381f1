"""The plan pages: which roles fit (/plan/fit/) and the route between two roles (/plan/route/).

Both are GET forms that save nothing, so any answer is a link to share. A bad or tampered
parameter gets the form back with a message and status 400, never an error page.
"""

from django.db.models import Prefetch
from django.shortcuts import render

from careers.plans import fit as fitting
from careers.plans.forms import MAX_RATED_SKILLS, FitForm, RouteForm, rating_form
from careers.plans.models import Background, TransferableSkill
from careers.plans.routes import CareerGraph
from careers.roles import careermap
from careers.roles.models import CareerStep, Certification, Metric
from careers.skills.models import Skill

FIT_FIELDS = {"background", "current_role", "goal", "nights", "home", "channel"}


def index(request):
    backgrounds = Background.objects.published()
    return render(request, "plans/index.html", {"backgrounds": backgrounds})


def fit(request):
    submitted = bool(FIT_FIELDS & set(request.GET))
    form = FitForm(request.GET if submitted else None)
    if not submitted or not form.is_valid():
        return render(request, "plans/fit.html", {"form": form}, status=400 if submitted else 200)
    answers = form.cleaned_data
    background = (
        Background.objects.filter(pk=answers["background"].pk)
        .prefetch_related(
            Prefetch("transfers", TransferableSkill.objects.select_related("skill")),
            "entry_roles",
        )
        .get()
    )
    graph = CareerGraph.published()
    roles = fitting.candidates(background, answers["current_role"], graph)
    role_skills = fitting.role_skills_for(roles)
    to_rate = fitting.skills_to_rate(role_skills, MAX_RATED_SKILLS)
    ratings_form = rating_form(to_rate, request.GET)
    ratings = ratings_form.ratings() if ratings_form.is_valid() else {}
    context = {
        "form": form,
        "background": background,
        "fits": fitting.rank(roles, role_skills, background, ratings, answers, graph),
        "ratings_form": ratings_form,
        "rated": bool(ratings),
        "all_the_same": fitting.all_the_same(ratings),
        "current_role": answers["current_role"],
    }
    return render(
        request, "plans/fit.html", context, status=200 if ratings_form.is_valid() else 400
    )


def _with_details(routes):
    """Swap each route's edges for full steps with what they take (published KPIs, skills,
    the next role's certifications): a fixed number of queries however long the routes."""
    ids = {step.pk for route in routes for step in route.steps}
    detailed = CareerStep.objects.filter(pk__in=ids).prefetch_related(
        Prefetch("metrics", Metric.objects.published()),
        Prefetch("skills", Skill.objects.published()),
        Prefetch("to_role__certifications", Certification.objects.published()),
    )
    by_pk = {step.pk: step for step in detailed.select_related("from_role", "to_role")}
    for route in routes:
        route.steps = [by_pk[step.pk] for step in route.steps]
    return routes


def route(request):
    bound = "from" in request.GET and "to" in request.GET
    initial = {"start": request.GET.get("from"), "target": request.GET.get("to")}
    form = RouteForm(request.GET if bound else None, initial=initial)
    context = {"form": form}
    if not bound or not form.is_valid():
        return render(request, "plans/route.html", context, status=400 if bound else 200)
    start, target = form.cleaned_data["start"], form.cleaned_data["target"]
    graph = CareerGraph.published()
    routes = _with_details(graph.two_routes(start.pk, target.pk))
    on_route = routes[0] if routes else None
    context.update(
        start=start,
        target=target,
        routes=routes,
        nearest=None if routes else graph.nearest_reachable(start.pk, target),
        map=careermap.render(
            graph.roles.values(),
            graph.steps,
            route_roles={role.pk for role in on_route.roles} if on_route else {start.pk},
            route_steps={step.pk for step in on_route.steps} if on_route else set(),
            title=f"Career map: {start.name} to {target.name}",
        ),
    )
    return render(request, "plans/route.html", context)
