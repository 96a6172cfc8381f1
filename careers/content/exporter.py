"""Write all content to YAML files in the seed format, so a content pack can move between
installations: `export_content DIR` here, `load_content DIR` there."""

from pathlib import Path

import yaml

from careers.common import hooks


class ReadableDumper(yaml.SafeDumper):
    """Multi-line text (Markdown) as `|` blocks, the way people write the seed files."""


def _str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


ReadableDumper.add_representer(str, _str)


def export_all(directory: Path) -> list[tuple[str, int]]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in hooks.content_specs():
        records = [spec.export_record(obj) for obj in spec.export_queryset()]
        records.sort(key=lambda record: [str(record[name]) for name in spec.key])
        # a glob spec (questions-*.yaml) is exported as one file that the glob still matches
        filename = spec.filename.replace("*", "all")
        text = yaml.dump(
            records, Dumper=ReadableDumper, sort_keys=False, allow_unicode=True, width=100
        )
        (directory / filename).write_text(text, encoding="utf-8")
        written.append((filename, len(records)))
    return written
