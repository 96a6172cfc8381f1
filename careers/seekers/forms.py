from django import forms
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.forms import PasswordChangeForm, UserCreationForm


def password_is_right(request, user, password: str) -> bool:
    """Check a user's current password the way login does, so that wrong tries count towards
    django-axes' lockout (a stolen session cannot guess the password without limit)."""
    return authenticate(request, username=user.get_username(), password=password) is not None


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        help_text="Only for resetting your password. We never show it or send newsletters."
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username", "email")

    def clean_email(self):
        # No "already registered" error: that would tell anyone which emails have accounts.
        # An email may belong to several accounts; a reset mail covers each of them.
        return self.cleaned_data["email"].strip().lower()


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="Type your password to confirm.",
    )

    def __init__(self, request, *args, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not password_is_right(self.request, self.request.user, password):
            raise forms.ValidationError("That is not your current password.")
        return password


class CountedPasswordChangeForm(PasswordChangeForm):
    """Django's form, with the old password checked through login (see password_is_right)."""

    def __init__(self, user, *args, request=None, **kwargs):
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not password_is_right(self.request, self.user, old_password):
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password
