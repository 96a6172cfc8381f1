"""Post an admin change form the way a browser would: every value it shows, plus changes."""


def _add(data: dict, form) -> None:
    for name, field in form.fields.items():
        value = field.prepare_value(form[name].value())
        if value is None or value is False:
            continue
        data[form.add_prefix(name)] = "on" if value is True else value


def change_form_data(response) -> dict:
    """The data of a rendered admin change form, its inlines included."""
    assert response.status_code == 200, response.status_code
    data: dict = {}
    _add(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, value in formset.management_form.initial.items():
            data[formset.management_form.add_prefix(name)] = value
        for form in formset.forms:
            _add(data, form)
    return data


def add_inline_row(data: dict, prefix: str, **values) -> dict:
    """Append one new row to the inline formset `prefix` (e.g. "steps_out")."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = index + 1
    for name, value in values.items():
        data[f"{prefix}-{index}-{name}"] = value
    return data
