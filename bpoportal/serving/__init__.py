"""How the portal is served, apart from what it shows: the shared cache and its content version,
whole public pages from the cache, the 503 page through a database outage, /healthz, limits on
writes, privacy headers and sessions. Apps use `content_version` (caches keyed on content) and
`privacy.mark_private`; they declare what the machinery needs through `careers.common.hooks`."""
