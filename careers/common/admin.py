"""The shared base for every curated-content admin: status filter, publish actions, timestamps."""

from django.contrib import admin, messages
from django.db import models

from careers.common.models import Status


class ContentAdmin(admin.ModelAdmin):
    list_filter = ("status",)
    readonly_fields = ("created_at", "updated_at")
    actions = ("publish", "unpublish")
    list_per_page = 50
    show_full_result_count = False  # saves a COUNT(*) on big tables
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.action(description="Publish selected")
    def publish(self, request, queryset):
        count = queryset.update(status=Status.PUBLISHED)
        self.message_user(request, f"Published {count}.", messages.SUCCESS)

    @admin.action(description="Unpublish selected (back to draft)")
    def unpublish(self, request, queryset):
        count = queryset.update(status=Status.DRAFT)
        self.message_user(request, f"Moved {count} back to draft.", messages.SUCCESS)
