"""`{% visitor_part "app:name" arg=value … %}`: a part of a public page that differs per
visitor, rendered by the renderer the app registered (bpoportal.serving.visitor_parts)."""

from django import template
from django.template.base import token_kwargs

from bpoportal.serving import visitor_parts

register = template.Library()


class VisitorPartNode(template.Node):
    def __init__(self, name, kwargs):
        self.name = name
        self.kwargs = kwargs

    def render(self, context):
        # Only a RequestContext: a page rendered without one (the 503 page, whose context
        # processors could ask the database) gets its parts without the visitor's data too.
        request = getattr(context, "request", None)
        args = {key: value.resolve(context) for key, value in self.kwargs.items()}
        return visitor_parts.part(request, self.name.resolve(context), args)


@register.tag
def visitor_part(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("visitor_part needs the part's name")
    remaining = bits[2:]
    kwargs = token_kwargs(remaining, parser)
    if remaining:
        raise template.TemplateSyntaxError(f"visitor_part takes name=value arguments: {remaining}")
    return VisitorPartNode(parser.compile_filter(bits[1]), kwargs)
