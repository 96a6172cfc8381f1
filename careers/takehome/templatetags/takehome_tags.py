"""Amounts as the reader's country writes them (lakh grouping in India)."""

from django import template

from careers.takehome.calc import grouped

register = template.Library()


@register.filter
def amount(value, currency="PHP"):
    """12,345.00 for pesos; 1,23,456.00 for rupees."""
    return grouped(value, indian=currency == "INR")
