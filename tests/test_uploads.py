"""Uploads stop at MAX_UPLOAD_BYTES while they arrive: the page says the file is too large, and
the rest of the form (its CSRF token, the other fields) still arrives."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from careers.speaking.models import Result
from tests.speaking_factories import make_drill

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("size", [1024, 4 * 1024 * 1024])
def test_an_upload_over_the_cap_is_refused_with_a_message(settings, size):
    settings.MAX_UPLOAD_BYTES = 512
    drill = make_drill("read")
    client = Client(enforce_csrf_checks=True)
    client.get(f"/speaking/{drill.slug}/")
    token = client.cookies["csrftoken"].value
    big = SimpleUploadedFile("big.ogg", b"OggS" + bytes(size), content_type="audio/ogg")
    response = client.post(
        f"/speaking/{drill.slug}/", {"csrfmiddlewaretoken": token, "audio": big, "keep": "on"}
    )
    assert response.status_code == 400
    assert "That recording is too large." in response.content.decode()
    assert not Result.objects.exists()
