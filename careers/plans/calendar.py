"""A plan's milestones as an iCalendar file (RFC 5545) that phone calendars import, and one
milestone as a Google Calendar or Outlook link.

Written by hand: all-day events with text escaped and long lines folded, nothing more.
"""

import datetime
from urllib.parse import urlencode

from django.utils import timezone


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data, out = line.encode("utf-8"), []
    while len(data) > 75:
        cut = 75 if not out else 74
        while (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        out.append(data[:cut].decode("utf-8"))
        data = data[cut:]
    out.append(data.decode("utf-8"))
    return "\r\n ".join(out)


def plan_calendar(plan_view, site: str, base_url: str) -> str:
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{site}//Career plan//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape('My BPO career plan')}",
    ]
    for item in plan_view.milestones:
        milestone, day = item.milestone, item.due
        lines += [
            "BEGIN:VEVENT",
            f"UID:plan-{plan_view.plan.pk}-{milestone.key}@{site.replace(' ', '-').lower()}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + datetime.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(('Done: ' if item.done else '') + milestone.text)}",
            f"DESCRIPTION:{_escape(f'{milestone.kind}. {base_url}{milestone.url}')}",
            f"URL:{base_url}{milestone.url}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


# One milestone as a link that opens Google Calendar or Outlook on the web with the event
# filled in (an all-day event on its date). Plain links built here: our pages make no request
# to either; the job seeker's browser goes there only if they follow one.
GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/deeplink/compose"


def _event(item, base_url: str) -> tuple[str, datetime.date, datetime.date, str]:
    milestone = item.milestone
    return (
        milestone.text,
        item.due,
        item.due + datetime.timedelta(days=1),
        f"{milestone.kind}. {base_url}{milestone.url}",
    )


def google_link(item, base_url: str) -> str:
    text, start, end, details = _event(item, base_url)
    query = {"action": "TEMPLATE", "text": text, "dates": f"{start:%Y%m%d}/{end:%Y%m%d}"}
    return f"{GOOGLE}?{urlencode(query | {'details': details})}"


def outlook_link(item, base_url: str) -> str:
    text, start, end, details = _event(item, base_url)
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": text,
        "startdt": start.isoformat(),
        "enddt": end.isoformat(),
        "allday": "true",
        "body": details,
    }
    return f"{OUTLOOK}?{urlencode(query)}"
