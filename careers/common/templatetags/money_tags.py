"""`{{ amount|money:currency }}`: the one way a template prints money (careers.common.money),
in place of intcomma, so rupees come out in lakhs (12,00,000) and pesos in thousands."""

from decimal import InvalidOperation

from django import template

from careers.common.money import grouped

register = template.Library()


@register.filter
def money(value, currency="PHP"):
    """The value's own decimals are kept: `floatformat:0|money:…` for whole units."""
    try:
        return grouped(value, currency)
    except (InvalidOperation, TypeError, ValueError):
        return value  # not a number (an empty cell): shown as it is, as intcomma does
