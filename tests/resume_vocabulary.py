"""A small, fixed vocabulary for the job-ad matcher tests (independent of the seed content)."""

from careers.resumes.models import JargonTerm
from tests.factories import make_certification, make_metric, make_role, make_role_skill, make_skill

SKILLS = {
    "communication": ("Communication", ["verbal communication", "clear communication"]),
    "business-writing": ("Business writing", ["written english", "email writing"]),
    "spoken-english": ("Spoken English", ["fluent english", "english proficiency"]),
    "empathy": ("Empathy", ["empathetic"]),
    "typing": ("Typing", ["typing speed", "wpm", "words per minute"]),
    "crm-software": ("CRM software", ["crm", "salesforce", "zendesk"]),
    "ticketing-systems": ("Ticketing systems", ["servicenow", "ticketing tool"]),
    "troubleshooting": ("Troubleshooting", ["troubleshoot"]),
    "spreadsheets": ("Spreadsheets", ["excel", "vlookup", "pivot tables"]),
    "attention-to-detail": ("Attention to detail", ["detail oriented", "accuracy"]),
    "medical-coding": ("Medical coding", ["icd-10-cm", "icd-10", "cpt"]),
    "medical-terminology": ("Medical terminology", []),
    "hipaa-compliance": ("HIPAA compliance", ["hipaa"]),
    "claims-processing": ("Claims processing", ["claims adjudication", "adjudicate", "claims"]),
    "leadership": ("Leadership", ["people management"]),
    "coaching-feedback": ("Coaching and feedback", ["coaching"]),
    "conflict-resolution": ("Conflict resolution", []),
    "workforce-planning": ("Workforce planning", ["wfm"]),
    "resilience": ("Resilience", ["calm under pressure"]),
}
METRICS = {
    "aht": ("Average handle time", "AHT", []),
    "csat": ("Customer satisfaction", "CSAT", []),
    "fcr": ("First contact resolution", "FCR", ["first call resolution"]),
    "service-level": ("Service level", "SL", ["sla"]),
    "attrition": ("Attrition", "", []),
    "turnaround-time": ("Turnaround time", "TAT", []),
    "quality-score": ("Quality score", "", ["qa score"]),
    "productivity": ("Productivity", "", []),
}
CERTIFICATIONS = {
    "comptia-a-plus": ("CompTIA A+", []),
    "itil-4-foundation": ("ITIL 4 Foundation", ["itil foundation", "itil"]),
    "cpc": ("Certified Professional Coder (CPC)", ["cpc"]),
    "ccs": ("Certified Coding Specialist (CCS)", ["ccs"]),
}
JARGON = {
    "graveyard-shift": ("Graveyard shift", ["graveyard shifts", "night shift"], True),
    "rotating-shifts": ("Rotating shifts", ["shifting schedule"], True),
    "versant": ("Versant", ["versant test"], True),
    "typing-test": ("Typing test", ["wpm", "words per minute"], True),
    "hipaa": ("HIPAA", [], True),
    "pci-dss": ("PCI DSS", ["pci"], True),
    "wah": ("WAH", ["work from home", "work at home"], False),
    "lob": ("LOB", ["line of business"], False),
    "non-voice": ("Non-voice", [], False),
    "tier-1": ("Tier 1", ["tier 2"], False),
    "calibration": ("Calibration", ["calibration sessions"], False),
    "escalation": ("Escalation", ["escalate"], False),
    "inbound": ("Inbound", ["inbound calls"], False),
}
# slug: (name, other titles, essential skills, helpful skills, metrics, certifications)
ROLES = {
    "csr": (
        "Customer Service Representative",
        ["Customer Care Associate", "Call Center Agent"],
        ["communication", "empathy", "spoken-english", "typing"],
        ["crm-software"],
        ["aht", "csat", "fcr"],
        [],
    ),
    "tech": (
        "Technical Support Representative",
        ["Help Desk Analyst"],
        ["troubleshooting", "communication", "ticketing-systems"],
        [],
        ["fcr", "aht"],
        ["comptia-a-plus", "itil-4-foundation"],
    ),
    "data": (
        "Data Entry Specialist",
        [],
        ["typing", "attention-to-detail", "spreadsheets"],
        [],
        ["turnaround-time"],
        [],
    ),
    "coder": (
        "Medical Coder",
        [],
        ["medical-coding", "medical-terminology", "hipaa-compliance", "attention-to-detail"],
        [],
        ["productivity"],
        ["cpc", "ccs"],
    ),
    "lead": (
        "Team Leader",
        ["Team Supervisor"],
        ["leadership", "coaching-feedback", "conflict-resolution"],
        ["workforce-planning"],
        ["service-level", "aht", "csat", "attrition"],
        [],
    ),
    "claims": (
        "Insurance Claims Processor",
        ["Claims Processor"],
        ["claims-processing", "attention-to-detail", "hipaa-compliance"],
        [],
        ["turnaround-time", "quality-score"],
        [],
    ),
    "chat": (
        "Chat and Email Support Agent",
        ["Chat Support Agent"],
        ["business-writing", "typing", "empathy", "crm-software"],
        [],
        ["csat"],
        [],
    ),
}


def build_vocabulary() -> dict:
    skills = {s: make_skill(slug=s, name=n, aliases=a) for s, (n, a) in SKILLS.items()}
    metrics = {
        s: make_metric(slug=s, name=n, abbreviation=ab, aliases=al)
        for s, (n, ab, al) in METRICS.items()
    }
    certs = {
        s: make_certification(slug=s, name=n, aliases=a) for s, (n, a) in CERTIFICATIONS.items()
    }
    for slug, (term, aliases, knockout) in JARGON.items():
        JargonTerm.objects.create(
            slug=slug,
            term=term,
            aliases=aliases,
            knockout=knockout,
            status="published",
            meaning=f"What {term} means.",
            advice=f"What to do about {term}.",
        )
    roles = {}
    for slug, (name, titles, essential, helpful, role_metrics, role_certs) in ROLES.items():
        role = roles[slug] = make_role(slug=slug, name=name, other_titles=titles)
        for s in essential:
            make_role_skill(role, skills[s], "essential")
        for s in helpful:
            make_role_skill(role, skills[s], "helpful")
        role.metrics.set([metrics[m] for m in role_metrics])
        role.certifications.set([certs[c] for c in role_certs])
    return roles
