from django.contrib import messages
from django.db import transaction
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from bpoportal.serving import content_version
from bpoportal.serving.visitor_parts import shared_body
from careers.common import hooks
from careers.common.limits import at_cap
from careers.common.paging import first_of, total_of
from careers.resumes.checklist import (
    Entry,
    ad_entries,
    apply_ticks,
    grouped,
    owner_ticks,
    progress,
    role_entries,
)
from careers.resumes.forms import AdForm, RoleChoiceForm, SaveAdForm, TickForm
from careers.resumes.matcher import MAX_AD_LENGTH, match_ad
from careers.resumes.models import ChecklistItem, JargonTerm, SavedAd, Tick
from careers.roles.models import Level, Role
from careers.seekers.owner import current_owner, get_owned_or_404
from careers.skills.models import RoleSkill

ROLES_PER_LEVEL = 12


@shared_body
def index(request):
    form = RoleChoiceForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("resumes:role", slug=form.cleaned_data["role"].slug)
    # The first few roles of each level as links; the select above has every role.
    roles = list(
        first_of(Role.objects.published(), ROLES_PER_LEVEL, per="level", order_by=["name"])
    )
    levels = []
    for level in Level:
        mine = [role for role in roles if role.level == level]
        levels.append((level, mine, total_of(mine) - len(mine)))
    # The lines for every role, each with an anchor (site search links to them).
    general = ChecklistItem.objects.published().filter(roles=None)
    context = {"form": form, "levels": levels, "general": general}
    return render(request, "resumes/index.html", context)


def _checklist_context(request, entries: list[Entry], **target) -> dict:
    apply_ticks(entries, owner_ticks(current_owner(request), **target))
    done, total = progress(entries)
    first = [entry for entry in entries if entry.first]
    rest = [entry for entry in entries if not entry.first]
    return {"first": first, "groups": grouped(rest), "done": done, "total": total}


def role_checklist(request, slug):
    role = get_object_or_404(Role.objects.visible_to(request.user), slug=slug)
    context = _checklist_context(request, role_entries(role), role=role)
    return render(request, "resumes/role_checklist.html", {"role": role, **context})


def _save_tick(request, entries: list[Entry], redirect_to: str, **target):
    """Tick or untick one line and keep its note; the key must be a line of this checklist."""
    form = TickForm(request.POST)
    keys = {entry.key for entry in entries}
    if not form.is_valid() or form.cleaned_data["key"] not in keys:
        return render(
            request,
            "400.html",
            {"message": "That checklist line does not exist (any more). Reload the page."},
            status=400,
        )
    data = form.cleaned_data
    with transaction.atomic():
        owner = current_owner(request, create=True)
        Tick.objects.update_or_create(
            owner=owner,
            key=data["key"],
            **target,
            defaults={"done": data["done"], "note": data["note"]},
        )
    anchor = next(e.anchor for e in entries if e.key == data["key"])
    return redirect(f"{redirect_to}#{anchor}")


@require_POST
def role_tick(request, slug):
    role = get_object_or_404(Role.objects.visible_to(request.user), slug=slug)
    return _save_tick(
        request, role_entries(role), reverse("resumes:role", args=[role.slug]), role=role
    )


def _role_with_skills(role_id):
    """A role with its published skills loaded, as ad_entries expects: two queries, once per
    content version and role in each process (it is only read)."""
    if role_id is None:
        return None
    skills = Prefetch("role_skills", queryset=RoleSkill.objects.published())
    return content_version.memoized(
        f"role-with-skills:{role_id}",
        lambda: Role.objects.published().prefetch_related(skills).filter(pk=role_id).first(),
    )


def match(request):
    form = AdForm(request.POST or None)
    context = {"form": form, "max_length": MAX_AD_LENGTH}
    if request.method == "POST" and form.is_valid():
        result = match_ad(form.cleaned_data["text"])
        chosen = form.cleaned_data["role"]
        role = chosen or (result.suggestions[0].role if result.suggestions else None)
        entries = ad_entries(result, _role_with_skills(role.pk if role else None))
        first = [entry for entry in entries if entry.first]
        context.update(
            result=result,
            typing=_typing_sections(request, result),
            role=role,
            first=first,
            groups=grouped([e for e in entries if not e.first]),
            total=len(entries),
            save_form=SaveAdForm(
                initial={"text": form.cleaned_data["text"], "role": role.slug if role else ""}
            ),
        )
    return render(request, "resumes/match.html", context)


@require_POST
def save_ad(request):
    form = SaveAdForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            "The ad was not saved: "
            + " ".join(error for errors in form.errors.values() for error in errors),
        )
        return render(
            request,
            "resumes/match.html",
            {"form": AdForm(request.POST), "max_length": MAX_AD_LENGTH},
        )
    data = form.cleaned_data
    refused = at_cap(current_owner(request), SavedAd)
    if refused:
        messages.error(request, refused + " Delete an ad you no longer need, then save again.")
        context = {"form": AdForm(request.POST), "max_length": MAX_AD_LENGTH}
        return render(request, "resumes/match.html", context, status=400)
    with transaction.atomic():
        owner = current_owner(request, create=True)
        ad = SavedAd(owner=owner, title=data["title"], text=data["text"], role=data["role"])
        ad.lines = len(_ad_entries(ad)[2])
        ad.save()
    messages.success(request, "Saved. Tick items off as you tailor your application.")
    return redirect(ad)


def _ad_entries(ad: SavedAd) -> tuple:
    result = match_ad(ad.text)
    role = _role_with_skills(ad.role_id)
    return result, role, ad_entries(result, role)


def ad_detail(request, pk):
    ad = get_owned_or_404(request, SavedAd.objects.all(), pk=pk)
    result, role, entries = _ad_entries(ad)
    if ad.lines != len(entries):  # the checklist content changed since it was saved
        SavedAd.objects.filter(pk=ad.pk).update(lines=len(entries))
    context = _checklist_context(request, entries, ad=ad)
    context |= {"ad": ad, "result": result, "role": role}
    return render(
        request, "resumes/ad_detail.html", {**context, "typing": _typing_sections(request, result)}
    )


def _typing_sections(request, result) -> dict:
    """Per typing speed the ad asks for, what other apps say about the job seeker's own
    result (the drills app: where they stand); empty when no app says anything."""
    return {wpm: hooks.ad_typing.sections(request, wpm) for wpm in result.typing_wpm}


@require_POST
def ad_tick(request, pk):
    ad = get_owned_or_404(request, SavedAd.objects.all(), pk=pk)
    return _save_tick(request, _ad_entries(ad)[2], ad.get_absolute_url(), ad=ad)


@require_POST
def ad_delete(request, pk):
    ad = get_owned_or_404(request, SavedAd.objects.all(), pk=pk)
    with transaction.atomic():
        ad.delete()
    messages.success(request, f"Deleted “{ad.title}” and its checklist.")
    return redirect("seekers:me")


@shared_body
def glossary(request):
    """Every BPO term the job-ad check explains, on one page with an anchor each."""
    terms = JargonTerm.objects.published().order_by("term")
    return render(request, "resumes/glossary.html", {"terms": terms})
