"""What seekers registers through careers.common.hooks: the header's account links, a part
of every page that differs per visitor (bpoportal.serving.visitor_parts)."""

from bpoportal.serving import visitor_parts
from careers.common import hooks


@hooks.visitor_part("seekers:account")
def account_links(request):
    """Log in, or a Log out form carrying this visitor's own CSRF token."""
    return visitor_parts.render(request, "seekers/_account_nav.html")
