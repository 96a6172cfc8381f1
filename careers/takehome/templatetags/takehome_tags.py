"""The calculator's amounts: to the cent, grouped as the reader's country writes them (the
shared careers.common.money rule: lakhs for rupees)."""

from django import template

from careers.common.money import grouped

register = template.Library()


@register.filter
def amount(value, currency="PHP"):
    """12,345.00 for pesos; 1,23,456.00 for rupees. A zero line prints 0.00 like the rest."""
    return grouped(value, currency, places=2)
