"""The shared bases for every curated-content admin and inline.

Editors and publishers share them: the status field, the publish buttons and the publish actions
exist only for users with the model's publish permission, and whatever path saves a row (change
form, inline, bulk action, import, restoring a version) goes through `enforce_publish_rule`, so
a hand-made request cannot publish either.
"""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.contrib.admin.widgets import (
    AutocompleteSelect,
    AutocompleteSelectMultiple,
    RelatedFieldWidgetWrapper,
)
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.db import models
from django.http import Http404
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import CSV, JSON
from simple_history.admin import SimpleHistoryAdmin

from careers.common import hooks, review
from careers.common.models import PendingChange, Review, Status, is_publishable
from careers.common.permissions import can_publish
from careers.common.publishing import enforce_publish_rule
from careers.common.resources import content_resource
from careers.common.templatetags.markdown_tags import render_markdown


def _must_be_ids(*values) -> None:
    if not all(str(v).isascii() and str(v).isdecimal() and len(str(v)) <= 18 for v in values):
        raise Http404("No such row.")


def _usable_ids(field, values) -> list:
    """The values that can name a row of `field`'s target ('abc' or a number of thousands of
    digits cannot name an integer key: the database lookup would raise a ValueError)."""
    target = field.remote_field.model._meta
    to_field = target.get_field(getattr(field.remote_field, "field_name", target.pk.attname))
    usable = []
    for value in values:
        try:
            to_field.to_python(value)
        except (ValidationError, ValueError, TypeError):
            continue
        usable.append(value)
    return usable


class _CheckedIds:
    """Django's autocomplete widgets look up the rows a form names to show their labels; a
    posted or ?field= value that is not an id made that a 500 (the form's own error, "Select a
    valid choice", could never show)."""

    def optgroups(self, name, value, attr=None):
        return super().optgroups(name, _usable_ids(self.field, value), attr)


class CheckedAutocompleteSelect(_CheckedIds, AutocompleteSelect):
    pass


class CheckedAutocompleteSelectMultiple(_CheckedIds, AutocompleteSelectMultiple):
    pass


class RelatedIdsChecked:
    """For every admin and inline (CuratedAdmin and ContentInline have it; a plain inline adds
    it first among its bases): related fields' autocomplete widgets that survive a value that is
    not an id. tests/test_hardening_errors.py walks every registered admin to check."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        return _checked(super().formfield_for_foreignkey(db_field, request, **kwargs))

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        return _checked(super().formfield_for_manytomany(db_field, request, **kwargs))


CHECKED = {AutocompleteSelect: CheckedAutocompleteSelect,
           AutocompleteSelectMultiple: CheckedAutocompleteSelectMultiple}  # fmt: skip


def _checked(field):
    widget = getattr(field, "widget", None)
    inner = widget.widget if isinstance(widget, RelatedFieldWidgetWrapper) else widget
    if type(inner) in CHECKED:
        inner.__class__ = CHECKED[type(inner)]
    return field


class CuratedAdmin(RelatedIdsChecked, ImportExportModelAdmin, SimpleHistoryAdmin):
    """Any curated model: history with restore, CSV/JSON import and export, big-table manners."""

    list_per_page = 50
    show_full_result_count = False  # saves a COUNT(*) on big tables
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    formats = (CSV, JSON)  # the mixin's own default is read from settings

    def get_resource_classes(self, request):
        return [content_resource(self.model)]

    # --- odd addresses: a 404 or a 400, never a 500 ------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        _must_be_ids(unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An id or version that is not a number is a 404 (the lookups raised ValueError)."""
        _must_be_ids(unquote(object_id), version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_export_queryset(self, request):
        """The export page reads its filters from the address like the list does, but a made-up
        one (`?format=abc`) raised instead of being ignored: a 400 here."""
        try:
            return super().get_export_queryset(request)
        except IncorrectLookupParameters:
            raise BadRequest("Unknown filter in the export address.") from None

    def get_inlines(self, request, obj):
        """This app's own inlines, then those higher apps registered (careers.common.hooks)."""
        return [*super().get_inlines(request, obj), *hooks.inlines_for(self.model)]

    def has_import_permission(self, request):
        # An import can publish rows, so publishable content needs the publish permission
        # (settings.IMPORT_EXPORT_IMPORT_PERMISSION_CODE); the rest needs change.
        if is_publishable(self.model):
            return super().has_import_permission(request)
        return self.has_change_permission(request)

    def save_model(self, request, obj, form, change):
        wanted = getattr(obj, "status", None)
        enforce_publish_rule(request.user, obj)
        if wanted is not None and obj.status != wanted:
            self.message_user(
                request,
                f"Only a publisher can change what the public sees: it stays {obj.status}.",
                messages.WARNING,
            )
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        """Inline rows follow the same rule as the row they belong to."""
        instances = formset.save(commit=False)
        for obj in instances:
            enforce_publish_rule(request.user, obj)
            obj.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()


class StatusForPublishersOnly:
    """The status field is read-only for those who cannot publish (forms and inlines alike)."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user, self.model):
            fields.append("status")
        return fields


class ContentInline(RelatedIdsChecked, StatusForPublishersOnly, admin.TabularInline):
    """An inline of publishable rows (another app's, too: see hooks.admin_inline)."""

    extra = 0


class ContentAdmin(StatusForPublishersOnly, CuratedAdmin):
    """Publishable content: drafts, publishing rights, the preview of Markdown fields."""

    list_filter = ("status",)
    readonly_fields = ("created_at", "updated_at")
    actions = ("publish", "unpublish")
    change_form_template = "admin/common/content_change_form.html"

    # --- who may publish -------------------------------------------------------------------

    def can_publish(self, request) -> bool:
        return can_publish(request.user, self.model)

    # --- an editor's change to live content waits for review (careers.common.review) --------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        save = super().changeform_view
        return self._held(
            request, object_id, lambda: save(request, object_id, form_url, extra_context)
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """Restoring an earlier version is a change like any other."""
        restore = super().history_form_view
        return self._held(
            request, object_id, lambda: restore(request, object_id, version_id, extra_context)
        )

    def _held(self, request, object_id, view):
        obj = self.get_object(request, unquote(object_id)) if object_id else None
        approved = getattr(request, review.APPROVED, False)  # a publisher's approval, replayed
        if request.method != "POST" or approved or not review.must_hold(request.user, obj):
            return view()
        request._holding_for_review = True  # the admin's "changed successfully" is not true
        pending, response = review.hold(request, obj, view)
        request._holding_for_review = False
        if pending is not None:
            self.message_user(
                request,
                f"Your change to “{obj}” is waiting for a publisher's review; the live page "
                "shows the published version until then.",
                messages.WARNING,
            )
        return response

    def message_user(self, request, *args, **kwargs):
        if not getattr(request, "_holding_for_review", False):
            super().message_user(request, *args, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "markdown_preview"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.can_publish(request):
            actions.pop("publish", None)
            actions.pop("unpublish", None)
        return actions

    def _set_status(self, request, queryset, status, verb):
        if not self.can_publish(request):
            raise PermissionDenied
        count = 0
        for obj in queryset:  # save() one by one, so the history records who did it
            if obj.status != status:
                obj.status = status
                obj.save(update_fields=["status", "updated_at"])
                count += 1
        self.message_user(request, f"{verb} {count}.", messages.SUCCESS)

    @admin.action(description="Publish selected")
    def publish(self, request, queryset):
        self._set_status(request, queryset, Status.PUBLISHED, "Published")

    @admin.action(description="Unpublish selected (back to draft)")
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Status.DRAFT, "Moved back to draft:")

    def save_model(self, request, obj, form, change):
        """The change form's "Save and publish" / "Unpublish" buttons (restoring a version of
        the row saves through here too, so the shared rule covers it)."""
        wants = {"_publish": Status.PUBLISHED, "_unpublish": Status.DRAFT}
        for button, status in wants.items():
            if button in request.POST:
                if not self.can_publish(request):
                    raise PermissionDenied
                obj.status = status
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, *args, **kwargs):
        context["can_publish"] = self.can_publish(request)
        return super().render_change_form(request, context, *args, **kwargs)

    # --- Markdown preview --------------------------------------------------------------------

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if "markdown_preview" in flatten_fieldsets(fieldsets):
            return fieldsets
        return [*fieldsets, ("Preview", {"fields": ["markdown_preview"]})]

    @admin.display(description="Rendered preview")
    def markdown_preview(self, obj):
        """Every long-text (Markdown) field as the public pages will show it, sanitised."""
        if obj is None or obj.pk is None:
            return "Save to see the preview."
        fields = [f for f in obj._meta.get_fields() if isinstance(f, models.TextField)]
        parts = [
            (f.verbose_name.capitalize(), mark_safe(render_markdown(getattr(obj, f.name))))
            for f in fields
            if getattr(obj, f.name)
        ]
        return (
            format_html_join("", '<div class="md-preview"><h4>{}</h4>{}</div>', parts)
            or "Nothing to preview."
        )


@admin.register(PendingChange)
class PendingChangeAdmin(admin.ModelAdmin):
    """Editors' changes to live content: publishers approve or reject them here; an editor sees
    their own and what became of them."""

    list_display = ("object_repr", "content_type", "editor", "created_at", "status", "decided_by")
    list_filter = ("status", "content_type")
    readonly_fields = ("object_repr", "content_type", "editor", "created_at", "status", "changes")
    fields = readonly_fields
    actions = ("approve", "reject")

    def _reviewer(self, request) -> bool:
        return request.user.is_superuser or any(
            perm.split(".", 1)[1].startswith("publish_")
            for perm in request.user.get_all_permissions()
        )

    def get_queryset(self, request):
        queryset = (
            super().get_queryset(request).select_related("content_type", "editor", "decided_by")
        )
        return queryset if self._reviewer(request) else queryset.filter(editor=request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="what it would change")
    def changes(self, obj):
        rows = review.differences(obj)
        if not rows:
            return "Nothing: the live row already matches."
        return format_html(
            "<table><tr><th>Column</th><th>Live now</th><th>Proposed</th></tr>{}</table>",
            format_html_join("", "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", rows),
        )

    def _decide(self, request, queryset, approve: bool):
        done = 0
        for pending in queryset.filter(status=Review.PENDING):
            if can_publish(request.user, pending.content_type.model_class()):
                problem = review.decide(pending, request, approve)
                if problem:
                    self.message_user(request, f"Not applied: {problem}.", messages.ERROR)
                else:
                    done += 1
        verb = "Approved (now live)" if approve else "Rejected"
        self.message_user(
            request, f"{verb}: {done}.", messages.SUCCESS if done else messages.WARNING
        )

    @admin.action(description="Approve selected changes (they go live)")
    def approve(self, request, queryset):
        self._decide(request, queryset, approve=True)

    @admin.action(description="Reject selected changes")
    def reject(self, request, queryset):
        self._decide(request, queryset, approve=False)
