"""The calculator's two offers: GET forms with every input labelled, every bad value answered
with a message that says what to type instead."""

import re
from decimal import Decimal, InvalidOperation

from django import forms

from careers.common.money import grouped
from careers.guide.models import Country
from careers.takehome.models import PLACES_IN

MOST_A_MONTH = Decimal("10000000")  # ₱/₹10 million a month: past that, a typo
MOST_A_YEAR = MOST_A_MONTH * 12
CURRENCY = re.compile(r"^(₱|₹|php|inr|rs\.?)", re.IGNORECASE)
NIGHT_HOURS_MOST = 248  # 31 nights of the whole 10 pm - 6 am window


class Money(forms.DecimalField):
    """A number of pesos or rupees; commas, spaces and the currency sign are allowed."""

    def __init__(self, *, label, most, example, currency, required=False, **kw):
        super().__init__(
            label=label,
            required=required,
            min_value=0,
            max_value=most,
            max_digits=14,
            decimal_places=2,
            error_messages={
                "required": f"Enter the {label.lower()}, for example {example}.",
                "invalid": f"Type the {label.lower()} as a number, like {example}.",
                "min_value": f"The {label.lower()} cannot be below zero.",
                "max_value": (
                    f"That {label.lower()} is more than {grouped(most, currency, 0)}: "
                    "check the number."
                ),
                "max_digits": f"That {label.lower()} is far too large: check the number.",
                "max_whole_digits": f"That {label.lower()} is far too large: check the number.",
                "max_decimal_places": "Use at most two decimal places.",
            },
            **kw,
        )
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})
        self.widget.input_type = "text"  # a phone's number pad, and commas accepted

    def to_python(self, value):
        if isinstance(value, str):
            value = CURRENCY.sub("", value.replace(",", "").replace(" ", ""))
            try:
                if value and not Decimal(value).is_finite():
                    raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
            except InvalidOperation:
                pass  # the parent gives its "invalid" message
        return super().to_python(value)

    def clean(self, value):
        value = super().clean(value)
        return Decimal("0") if value is None else value


class OfferForm(forms.Form):
    """One offer. Its fields carry the prefix "a" or "b" in the URL."""

    def __init__(self, country: str, *args, optional=False, **kw):
        super().__init__(*args, **kw)
        symbol = "₱" if country == Country.PHILIPPINES else "₹"
        currency = "PHP" if country == Country.PHILIPPINES else "INR"
        self.country = country
        self.fields["basic"] = Money(
            currency=currency,
            label=f"Monthly basic pay ({symbol})",
            most=MOST_A_MONTH,
            example="18,000",
            required=not optional,
            help_text="The basic salary in the offer, before allowances and deductions.",
        )
        if country == Country.PHILIPPINES:
            self.fields["night_hours"] = Money(
                currency=currency,
                label="Night hours a month (10 pm to 6 am)",
                most=NIGHT_HOURS_MOST,
                example="176",
                help_text="Hours you work between 10 pm and 6 am. A full night shift on 22 days "
                "is 176.",
            )
            self.fields["tax_free"] = Money(
                currency=currency,
                label=f"Rice, laundry, uniform and medical allowances a month ({symbol})",
                most=MOST_A_MONTH,
                example="2,000",
                help_text="De minimis benefits: tax-free up to the limits shown below.",
            )
            self.fields["allowances"] = Money(
                currency=currency,
                label=f"Other allowances a month ({symbol})",
                most=MOST_A_MONTH,
                example="1,500",
                help_text="Transport, meal or account allowances: taxed like pay.",
            )
        else:
            self.fields["allowances"] = Money(
                currency=currency,
                label=f"Allowances a month: HRA, special and others ({symbol})",
                most=MOST_A_MONTH,
                example="8,000",
                help_text="Leave this empty if you give the CTC instead.",
            )
            self.fields["ctc"] = Money(
                currency=currency,
                label=f"Or the CTC a year ({symbol})",
                most=MOST_A_YEAR,
                example="3,00,000",
                help_text="Cost to company: what the employer spends on you in a year, "
                "including its own EPF share.",
            )
        self.fields["place"] = forms.ChoiceField(
            label="Where the job is",
            choices=[(p.value, p.label) for p in PLACES_IN[country]],
            error_messages={"invalid_choice": "Choose one of the places in the list."},
            help_text="It decides the minimum wage we check the basic pay against"
            + (" and the state's professional tax." if country == Country.INDIA else "."),
        )

        for field in self.fields.values():
            css = "form-select" if isinstance(field, forms.ChoiceField) else "form-control"
            field.widget.attrs["class"] = css

    def clean(self):
        data = super().clean()
        if self.country == Country.INDIA and data.get("ctc") and data.get("basic"):
            if data["ctc"] < data["basic"] * 12:
                self.add_error("ctc", "The CTC a year cannot be less than twelve months of basic.")
            if data.get("allowances"):
                self.add_error("allowances", "Give the allowances or the CTC, not both.")
        return data

    @property
    def empty(self) -> bool:
        """No number typed (a browser always sends the place's select, so it does not count)."""
        numbers = [name for name in self.fields if name != "place"]
        return not any(str(self.data.get(self.add_prefix(n), "")).strip() for n in numbers)
