"""Uploads stop at the size a recording can be: a bigger body is refused while it arrives, not
after it was written to disk in full."""

from functools import wraps

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from careers.speaking.audio import MAX_BYTES


class CappedUpload(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > MAX_BYTES:
            self.request.upload_too_large = True  # the view says so instead of "required"
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


def capped_upload(view):
    """Put the cap in front of Django's own handlers. The CSRF check reads the body, so it
    must run after the handlers are set: exempt from the middleware, checked here instead."""

    checked = csrf_protect(view)

    @wraps(view)
    @csrf_exempt
    def wrapped(request, *args, **kwargs):
        request.upload_handlers.insert(0, CappedUpload(request))
        return checked(request, *args, **kwargs)

    return wrapped
