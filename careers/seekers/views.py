from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from careers.common import hooks
from careers.seekers.forms import DeleteAccountForm, SignUpForm
from careers.seekers.owner import current_owner, forget_owner

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def signup(request):
    if request.user.is_authenticated:
        return redirect("seekers:me")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            # login() fires user_logged_in, which moves this browser's progress to the account.
            login(request, user, backend=MODEL_BACKEND)
        messages.success(request, "Welcome! Your progress is now saved in your account.")
        return redirect("seekers:me")
    return render(request, "registration/signup.html", {"form": form})


def me_page(request):
    owner = current_owner(request)
    sections = hooks.me_section.sections(request, owner)
    return render(request, "seekers/me.html", {"sections": sections})


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
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
