"""How speaking drills are written to content packs and CSV."""

from careers.common.content_spec import ContentSpec, Field
from careers.speaking.models import Drill

DRILLS = ContentSpec(
    Drill,
    "speaking_drills.yaml",
    [Field(n) for n in ("slug", "kind", "title", "order", "seconds", "text", "tips")],
)
