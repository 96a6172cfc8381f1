from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from bpoportal.serving.ratelimits import client_ip, limited, requester, too_many
from careers.common import hooks
from careers.seekers.forms import CountedPasswordChangeForm, DeleteAccountForm, SignUpForm
from careers.seekers.merging import merge_owner_into
from careers.seekers.models import Owner
from careers.seekers.owner import (
    PENDING_KEY,
    current_owner,
    describe_progress,
    forget_owner,
    pending_progress,
)
from careers.seekers.signals import MERGE_NOW

MODEL_BACKEND = "careers.seekers.backends.OwnerJoiningBackend"


def signup(request):
    if request.user.is_authenticated:
        return redirect("seekers:me")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            # login() fires user_logged_in; a new account is the same person who used this
            # browser, so its progress moves in without asking.
            setattr(request, MERGE_NOW, True)
            login(request, user, backend=MODEL_BACKEND)
        messages.success(request, "Welcome! Your progress is now saved in your account.")
        return redirect("seekers:me")
    return render(request, "registration/signup.html", {"form": form})


def me_page(request):
    owner = current_owner(request)
    sections = hooks.me_section.sections(request, owner)
    pending = pending_progress(request)
    context = {"sections": sections, "pending": describe_progress(pending) if pending else []}
    return render(request, "seekers/me.html", context)


@login_required
@require_POST
def decide_browser_progress(request):
    """Add the progress this browser kept before login to the account, or discard it."""
    pending = pending_progress(request)
    if pending is None:
        request.session.pop(PENDING_KEY, None)
        return redirect("seekers:me")
    if request.POST.get("choice") == "add":
        target, _ = Owner.objects.get_or_create(user=request.user)
        for ask in hooks.merge_question:  # e.g. two different plans: which to keep?
            if (url := ask(pending, target)) is not None:
                return redirect(url)  # still pending: that page asks, then merges
    request.session.pop(PENDING_KEY, None)
    with transaction.atomic():
        if request.POST.get("choice") == "add":
            merge_owner_into(pending, target)
            messages.success(request, "Added to your account.")
        else:
            pending.delete()
            messages.success(request, "Discarded: that progress is deleted.")
    forget_owner(request)
    return redirect("seekers:me")


@login_required
def delete_account(request):
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            request.user.delete()  # cascades to the account's progress owner and every row
        logout(request)
        messages.success(request, "Your account and everything saved in it have been deleted.")
        return redirect("roles:home")
    return render(request, "seekers/delete_account.html", {"form": form})


@require_POST
def forget_browser_progress(request):
    """Let someone on a shared computer wipe what this browser saved without an account."""
    owner = current_owner(request)
    if owner is not None and owner.user_id is None:
        owner.delete()
    request.session.flush()
    forget_owner(request)
    messages.success(request, "Everything this browser saved has been deleted.")
    return redirect("seekers:me")


class CountedPasswordChangeView(auth_views.PasswordChangeView):
    """A wrong current password counts as a failed login (django-axes locks out after a few)."""

    form_class = CountedPasswordChangeForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class LimitedPasswordResetView(auth_views.PasswordResetView):
    """Reset mails are limited per session (per address without one: the 429 page) and per
    email address for each requester (the usual "check your email" page, so the limit reveals
    nothing about the address). Per requester: a stranger asking for a victim's resets uses up
    their own count, never the victim's."""

    def post(self, request, *args, **kwargs):
        if (wait := limited(request, "reset")) is not None:
            return too_many(request, wait)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        by = requester(self.request) or "address:" + client_ip(self.request)
        key = lambda group, request: f"{email} {by}"  # noqa: E731
        if limited(self.request, "reset-email", key=key) is not None:
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
