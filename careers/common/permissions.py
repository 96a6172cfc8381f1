"""Staff roles for content: editors write drafts, publishers also publish and delete.

Curated content models say so with `curated = True` (Publishable sets it). After every migrate
the two groups are brought up to date with every curated model, so a new content model is
covered without a data migration. Superusers manage users; neither group can.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from careers.common.models import is_publishable

EDITOR = "Content editor"
PUBLISHER = "Content publisher"

EDITOR_ACTIONS = ("view", "add", "change")
PUBLISHER_ACTIONS = (*EDITOR_ACTIONS, "delete", "publish")


def curated_models() -> list:
    return [model for model in apps.get_models() if getattr(model, "curated", False)]


def publish_codename(model) -> str:
    return f"publish_{model._meta.model_name}"


def can_publish(user, model) -> bool:
    return user.has_perm(f"{model._meta.app_label}.{publish_codename(model)}")


def sync_content_groups(using="default", **kwargs) -> None:
    """Create the publish permissions and the two groups; safe to run any number of times."""
    models = curated_models()
    for app_config in {apps.get_app_config(m._meta.app_label) for m in models}:
        create_permissions(app_config, verbosity=0, using=using)
    wanted = {EDITOR: set(), PUBLISHER: set()}
    for model in models:
        content_type = ContentType.objects.db_manager(using).get_for_model(model)
        if is_publishable(model):
            Permission.objects.using(using).get_or_create(
                content_type=content_type,
                codename=publish_codename(model),
                defaults={"name": f"Can publish {model._meta.verbose_name}"},
            )
        perms = Permission.objects.using(using).filter(content_type=content_type)
        for perm in perms:
            action = perm.codename.split("_", 1)[0]
            if action in EDITOR_ACTIONS:
                wanted[EDITOR].add(perm)
            if action in PUBLISHER_ACTIONS:
                wanted[PUBLISHER].add(perm)
    for name, perms in wanted.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(perms)
