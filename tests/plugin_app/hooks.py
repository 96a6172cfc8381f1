"""Every kind of hook, registered the way a real app would."""

from careers.common import hooks
from careers.common.admin import ContentInline
from careers.common.content_spec import ContentSpec, Field, Ref
from careers.common.hooks import Milestone, Section
from careers.common.journey import count_of
from careers.roles.models import Role
from tests.plugin_app.models import RoleNote, SavedNote

hooks.content(
    ContentSpec(RoleNote, "plugin-notes.yaml", [Field("slug"), Ref("role"), Field("text")])
)


class RoleNoteInline(ContentInline):
    model = RoleNote
    fields = ("slug", "text", "status")


hooks.admin_inline(Role, RoleNoteInline)


@hooks.role_section
def role_notes(request, role):
    notes = RoleNote.objects.visible_to(request.user).filter(role=role)
    return Section("plugin_app/role_section.html", {"notes": list(notes)}) if notes else None


@hooks.me_section
def my_notes(request, owner):
    """Read with every other app's rows (hooks.Reads): no query of its own."""
    if owner is None:
        return Section("plugin_app/me_section.html", {"saved": 0})
    saved = count_of(SavedNote.objects.filter(owner=owner))
    return hooks.Reads(
        (saved,), lambda rows: Section("plugin_app/me_section.html", {"saved": rows[0]["n"]})
    )


@hooks.merge
def merge_notes(source, target):
    SavedNote.objects.filter(owner=source).update(owner=target)


@hooks.plan_milestones
def note_milestones(owner, steps):
    notes = RoleNote.objects.published().filter(role__in=[step.to_role for step in steps])
    index = {step.to_role_id: i for i, step in enumerate(steps)}
    return hooks.Reads(
        (notes,),
        lambda notes: [
            Milestone(f"plugin:{n.slug}", "Plugin", f"Read: {n.text}", "/", index[n.role_id])
            for n in notes
        ],
    )


hooks.nav(hooks.NavEntry("Plugin notes", "roles:home", order=999))
hooks.public_params("note")
hooks.owner_cap(SavedNote, 2, "saved notes")
