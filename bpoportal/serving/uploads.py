"""Uploads stop at settings.MAX_UPLOAD_BYTES while they arrive, instead of being written to disk
in full first (the largest thing anyone sends is a two-minute recording). The view sees no file
and `request.upload_too_large`, and says so."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload


class CappedUpload(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0
        self.announced = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.announced = content_length
        return None  # parsed as usual, by Django's own handlers after this one

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.MAX_UPLOAD_BYTES:
            self.request.upload_too_large = True
            # A little over: read the rest, so the browser gets our message. Far over (a
            # script sending gigabytes): stop reading; the connection is closed after the answer.
            raise StopUpload(connection_reset=self.announced > 4 * settings.MAX_UPLOAD_BYTES)
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handlers (Django's own) make the file
