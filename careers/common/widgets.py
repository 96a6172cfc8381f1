"""Form widgets several areas share."""

from django import forms


class LongSelect(forms.Select):
    """A select with hundreds of options (every role): options are written inline, not one
    template include each, which is most of the time such a page takes to render."""

    template_name = "common/widgets/select.html"  # in careers/common/templates (form renderer)
