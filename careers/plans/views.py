"""The plan pages.

Which roles fit (/plan/fit/) and the route between two roles (/plan/route/) are GET forms that
save nothing, so any answer is a link to share. A saved plan (/plan/) belongs to the current
owner (browser session or account): saving, ticking and starting over are POSTs, each in one
transaction. A bad or tampered value gets the page back with a message and status 400, never an
error page, and nothing already saved is lost.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from bpoportal.serving.privacy import mark_private
from careers.common import hooks
from careers.common.charts import Mark, timeline
from careers.common.reads import resolve_all
from careers.plans import fit as fitting
from careers.plans import planning
from careers.plans.calendar import google_link, outlook_link, plan_calendar
from careers.plans.debrief import MAX_SETBACKS
from careers.plans.firstjob import HiredStep, routes_from_outside
from careers.plans.forms import (
    MAX_RATED_SKILLS,
    FitForm,
    RouteForm,
    SavePlanForm,
    SetbackForm,
    TickForm,
    rating_form,
)
from careers.plans.milestones import detailed_steps, plan_windows
from careers.plans.models import Background, Plan, SetAsidePlan, TransferableSkill
from careers.plans.routes import CareerGraph
from careers.plans.setaside import restore as planning_restore
from careers.plans.setaside import set_aside
from careers.roles import careermap
from careers.roles.models import Role
from careers.seekers.merging import merge_owner_into
from careers.seekers.models import Owner
from careers.seekers.owner import (
    PENDING_KEY,
    current_owner,
    forget_owner,
    get_owned_or_404,
    pending_progress,
)

FIT_FIELDS = {"background", "current_role", "goal", "nights", "home", "channel"}


def index(request):
    """My plan when there is one; otherwise where to start."""
    owner = current_owner(request)
    plan = planning.plan_of(owner)
    if plan is None:
        context = {
            "backgrounds": Background.objects.published(),
            "set_aside": SetAsidePlan.objects.filter(owner=owner) if owner else [],
        }
        return render(request, "plans/index.html", context)
    return _plan_page(request, plan)


def _plan_page(request, plan, *, tick_form=None, setback_form=None, status=200):
    view = planning.view(plan)
    base = f"{request.scheme}://{request.get_host()}"
    context = {
        "view": view,
        "timeline": _timeline(view),
        "next_actions": [
            (item, google_link(item, base), outlook_link(item, base)) for item in view.next_actions
        ],
        "earlier": view.earlier,
        "tick_form": tick_form,
        "setback_form": setback_form or SetbackForm(),
        "set_aside": view.set_aside,
    }
    return render(request, "plans/plan.html", context, status=status)


def _timeline(view):
    """The plan at a glance: its steps as bands, each milestone a dot on its date (the list
    below the chart gives the same dates as text)."""
    plan = view.plan
    bands = [
        (
            f"Get hired as {step.to_role.name}"
            if getattr(step, "hired", False)
            else f"{step.from_role.name} to {step.to_role.name}",
            begin,
            end,
        )
        for step, (begin, end) in zip(view.steps, plan_windows(plan, view.steps), strict=True)
    ]
    marks = [Mark(item.due, item.milestone.text, item.done) for item in view.milestones]
    end = max([plan.target_date, *(mark.day for mark in marks)])
    return timeline(plan.started_on, end, marks, bands, timezone.localdate())


@require_POST
def save_plan(request):
    form = SavePlanForm(request.POST)
    routes = []
    if form.is_valid():
        start, target = form.cleaned_data["start"], form.cleaned_data["target"]
        if form.outside:
            start = form.cleaned_data["first"]
            routes = routes_from_outside(CareerGraph.published(), target, start) if start else []
        else:
            routes = CareerGraph.published().two_routes(start.pk, target.pk)
        if form.is_valid() and form.cleaned_data["route"] >= len(routes):
            form.add_error(None, "That route is not on the map any more: pick one below.")
    if not form.is_valid():
        back = reverse("plans:route")
        start, target = form.cleaned_data.get("start"), form.cleaned_data.get("target")
        if start and target:
            back += f"?from={getattr(start, 'slug', start)}&to={target.slug}"
        return render(request, "plans/save_failed.html", {"form": form, "back": back}, status=400)
    route = routes[form.cleaned_data["route"]]
    owner = current_owner(request, create=True)
    plan = planning.save(
        owner,
        start,
        target,
        route,
        form.cleaned_data["target_date"],
        hired_by=form.cleaned_data["hired_by"],
    )
    view = planning.view(plan)
    if view.too_soon:
        messages.warning(
            request,
            f"That date is sooner than this route usually takes (at least {view.low_months} "
            "months). It can be done with strong KPIs, but give yourself room.",
        )
    messages.success(request, "Saved: this is your plan.")
    return redirect("plans:index")


@require_POST
def tick(request):
    """Tick a milestone (and keep its note). static/js/plan-ticks.js posts the same form when a
    box is ticked and asks for JSON: the new count, for the progress bar, with no reload."""
    plan = get_owned_or_404(request, Plan.objects.all())
    wants_json = request.headers.get("Accept") == "application/json"
    form = TickForm(request.POST)
    view = planning.view(plan) if form.is_valid() else None
    items = {item.milestone.key: item for item in view.milestones} if view else {}
    if form.is_valid() and form.cleaned_data["key"] not in items:
        form.add_error("key", "That milestone is not in your plan.")
    if not form.is_valid():
        if wants_json:
            errors = " ".join(" ".join(e) for e in form.errors.values())
            return JsonResponse({"error": f"Not saved: {errors}"}, status=400)
        return _plan_page(request, plan, tick_form=form, status=400)
    key, done = form.cleaned_data["key"], form.cleaned_data["done"]
    planning.tick(plan, key, done, form.cleaned_data["note"])
    if wants_json:
        count = view.done - items[key].done + done
        return JsonResponse({"done": done, "count": count, "total": len(items)})
    return redirect(f"{reverse('plans:index')}#m-{key.replace(':', '')}")


@require_POST
def setback(request):
    """The rejection debrief: practice for the stage and a re-try date join the plan."""
    plan = get_owned_or_404(request, Plan.objects.select_related("target_role", "start_role"))
    form = SetbackForm(request.POST)
    if form.is_valid() and plan.setbacks.count() >= MAX_SETBACKS:
        form.add_error(None, f"A plan keeps {MAX_SETBACKS} setbacks: remove an old one first.")
    if not form.is_valid():
        return _plan_page(request, plan, setback_form=form, status=400)
    data = form.cleaned_data  # the re-try is in the future, the setback not: in that order
    added = planning.add_setback(plan, data["stage"], data["failed_on"], data["retry_on"])
    messages.success(
        request,
        f"Added to your plan: practice for the {added.get_stage_display().lower()} and a new "
        f"application by {added.retry_on:%-d %B %Y}. Good luck on the next try.",
    )
    return redirect(f"{reverse('plans:index')}#setback-{added.pk}")


@require_POST
def remove_setback(request, pk):
    plan = get_owned_or_404(request, Plan.objects.all())
    get_object_or_404(plan.setbacks.all(), pk=pk).delete()
    messages.success(request, "Removed from your plan.")
    return redirect("plans:index")


@login_required
def which_plan(request):
    """After login: the browser's plan and the account's differ. Keep one; the other is set
    aside (restorable), then the rest of the browser's progress moves in as usual."""
    pending = pending_progress(request)
    target = Owner.objects.filter(user=request.user).first()
    differ = planning.differing_plans(pending, target) if pending and target else None
    if differ is None:
        return redirect("seekers:me")
    mark_private(request)
    plans = dict(zip(("browser", "account"), differ, strict=True))
    if request.method == "POST":
        choice = request.POST.get("keep")
        if choice not in plans:
            return _which_page(request, plans, "Choose which plan to keep.", status=400)
        other = "account" if choice == "browser" else "browser"
        with transaction.atomic():
            locked = Plan.objects.select_for_update().get(pk=plans[other].pk)
            set_aside(locked, target)
            merge_owner_into(pending, target)
        request.session.pop(PENDING_KEY, None)
        forget_owner(request)
        messages.success(
            request,
            f"Kept the plan from {'this browser' if choice == 'browser' else 'your account'}. "
            "The other one is set aside: you can restore it below.",
        )
        return redirect("plans:index")
    return _which_page(request, plans)


def _which_page(request, plans, error="", status=200):
    # Both plans in the same few statements (careers.common.reads).
    views = dict(
        zip(plans, resolve_all([planning.view_read(p) for p in plans.values()]), strict=True)
    )
    return render(request, "plans/which.html", {"views": views, "error": error}, status=status)


@require_POST
def restore(request, pk):
    kept = get_owned_or_404(request, SetAsidePlan.objects.all(), pk=pk)
    planning_restore(current_owner(request), kept)
    messages.success(request, f"Restored: {kept.target_name} is your plan again.")
    return redirect("plans:index")


def start_over(request):
    plan = get_owned_or_404(request, Plan.objects.select_related("target_role"))
    if request.method == "POST":
        plan.delete()
        messages.success(request, "Your plan is cleared. Start again from a route.")
        return redirect("plans:index")
    return render(request, "plans/start_over.html", {"plan": plan})


def calendar(request):
    plan = get_owned_or_404(request, Plan.objects.all())
    text = plan_calendar(
        planning.view(plan), request.get_host(), f"{request.scheme}://{request.get_host()}"
    )
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-bpo-career-plan.ics"'
    return response


def fit(request):
    submitted = bool(FIT_FIELDS & set(request.GET))
    form = FitForm(request.GET if submitted else None)
    if not submitted or not form.is_valid():
        return render(request, "plans/fit.html", {"form": form}, status=400 if submitted else 200)
    answers = form.cleaned_data
    mark_private(request)  # the page shows the visitor's own answers: never cached
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
    by_pk = detailed_steps({step.pk for route in routes for step in route.steps})
    for route in routes:
        route.steps = [by_pk[step.pk] for step in route.steps]
    return routes


def _roles_of(route) -> list:
    """The route's roles, with what the sections need (its steps' roles are loaded in full)."""
    if not route.steps:
        return list(route.roles)
    return [route.steps[0].from_role, *(step.to_role for step in route.steps)]


def _from_outside(graph, target, first) -> list:
    """Routes that start with getting hired: each one's first step is a HiredStep into a fully
    loaded entry role (what it asks for shows on the page), then the career steps."""
    routes = _with_details(routes_from_outside(graph, target, first))
    firsts = Role.objects.published().in_bulk([route.roles[0].pk for route in routes])
    for route in routes:
        route.roles[0] = firsts[route.roles[0].pk]
        route.hired = HiredStep(route.roles[0])
        route.hired.requirements = fitting.requirements(route.roles[0])
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
    if form.outside:
        routes = _from_outside(graph, target, form.cleaned_data["first"])
        start = routes[0].roles[0] if routes else None
    else:
        routes = _with_details(graph.two_routes(start.pk, target.pk))
    on_route = routes[0] if routes else None
    today = timezone.localdate()
    for option in routes:  # "make this my plan" proposes the usual time as the target date
        option.suggested_date = planning.add_months(today, option.typical_months)
    if form.outside:
        context.update(outside=True, target=target, routes=routes)
        if start is None:
            return render(request, "plans/route.html", context)
    nearest = None if routes else graph.nearest_reachable(start.pk, target)
    roles, steps = graph.roles.values(), graph.steps
    whole_map = len(graph.roles) <= careermap.MAX_ROLES
    if not whole_map:  # too big to draw: the roles on the routes, and the steps between them
        keep = {start.pk, target.pk, *(role.pk for r in routes for role in r.roles)}
        if nearest:
            keep.add(nearest.pk)
        roles = [role for pk, role in graph.roles.items() if pk in keep]
        steps = [s for s in graph.steps if s.from_role_id in keep and s.to_role_id in keep]
    context.update(
        start=start,
        target=target,
        routes=routes,
        sections=hooks.route_section.sections(request, _roles_of(on_route)) if on_route else [],
        nearest=nearest,
        whole_map=whole_map,
        map=careermap.render(
            roles,
            steps,
            route_roles={role.pk for role in on_route.roles} if on_route else {start.pk},
            route_steps={step.pk for step in on_route.steps} if on_route else set(),
            title=f"Career map: {start.name} to {target.name}",
        ),
    )
    return render(request, "plans/route.html", context)
