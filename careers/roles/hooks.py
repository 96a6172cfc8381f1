"""What roles registers through careers.common.hooks: its content specs, in load order."""

from careers.common import hooks
from careers.roles.content import CAREER_STEPS, CERTIFICATIONS, METRICS, ROLES

for spec in (METRICS, CERTIFICATIONS, ROLES, CAREER_STEPS):
    hooks.content(spec)
