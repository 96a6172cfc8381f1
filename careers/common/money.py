"""Amounts of money as their readers write them: rupees in the Indian lakh grouping
(12,00,000), every other currency in thousands (1,200,000). The one formatter for money on every
page, chart and message; the currency symbol stays with the caller (get_currency_display)."""

from decimal import ROUND_HALF_UP, Decimal

INDIAN = {"INR"}  # currencies grouped last three digits, then twos


def grouped(value, currency: str = "PHP", places: int | None = None) -> str:
    """`value` (int, Decimal, float or numeric text) with its digits grouped for `currency`:
    1,234,567.89 for pesos, 12,34,567.89 for rupees. `places` rounds (half up) to that many
    decimals; None keeps the decimals the value has, as Django's intcomma does."""
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(number, "f")  # never "1E+6"
    sign, text = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, dot, decimals = text.partition(".")
    if currency in INDIAN:
        head, tail = whole[:-3], whole[-3:]
        groups = [tail]
        while head:
            groups.insert(0, head[-2:])
            head = head[:-2]
        whole = ",".join(groups)
    else:
        whole = f"{int(whole):,}"
    return f"{sign}{whole}{dot}{decimals}"
