"""The shared bases for every curated-content admin and inline.

Editors and publishers share them: the status field, the publish buttons and the publish actions
exist only for users with the model's publish permission, and whatever path saves a row (change
form, inline, bulk action, import, restoring a version) goes through `enforce_publish_rule`, so
a hand-made request cannot publish either.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from import_export.admin import ImportExportModelAdmin
from import_export.formats.base_formats import CSV, JSON
from simple_history.admin import SimpleHistoryAdmin

from careers.common import hooks
from careers.common.models import Status, is_publishable
from careers.common.permissions import can_publish
from careers.common.publishing import enforce_publish_rule
from careers.common.resources import content_resource
from careers.common.templatetags.markdown_tags import render_markdown


class CuratedAdmin(ImportExportModelAdmin, SimpleHistoryAdmin):
    """Any curated model: history with restore, CSV/JSON import and export, big-table manners."""

    list_per_page = 50
    show_full_result_count = False  # saves a COUNT(*) on big tables
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    formats = (CSV, JSON)  # the mixin's own default is read from settings

    def get_resource_classes(self, request):
        return [content_resource(self.model)]

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


class ContentInline(StatusForPublishersOnly, admin.TabularInline):
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
