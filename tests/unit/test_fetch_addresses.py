"""Which addresses a fetch may reach: public ones only, unless private fetching is configured."""
from __future__ import annotations

import ipaddress
import socket

import pytest

from service.core.errors import AddressRefused
from service.ingest import fetch

REFUSED = ["127.0.0.1", "127.8.9.10", "::1", "10.0.0.7", "172.16.4.4", "192.168.1.1", "169.254.169.254",
           "fd00:ec2::254", "100.100.100.200", "0.0.0.0", "::", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
           "224.0.0.1", "fe80::1", "240.0.0.1"]
PUBLIC = ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"]


@pytest.mark.parametrize("address", REFUSED)
def test_loopback_private_link_local_metadata_and_reserved_addresses_are_refused(address):
    assert fetch.refusal(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address):
    assert fetch.refusal(ipaddress.ip_address(address)) is None


def _resolving_to(monkeypatch, *addresses: str) -> None:
    """Make every host name resolve to these addresses."""
    def getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses]
    monkeypatch.setattr(fetch.socket, "getaddrinfo", getaddrinfo)


def test_a_host_with_any_private_address_among_its_public_ones_is_refused(monkeypatch):
    _resolving_to(monkeypatch, "93.184.216.34", "10.0.0.5")
    with pytest.raises(AddressRefused, match="10.0.0.5"):
        fetch.resolve("mixed.example", 80, allow_private=False)


def test_private_addresses_are_allowed_when_configured(monkeypatch):
    _resolving_to(monkeypatch, "10.0.0.5")
    assert fetch.resolve("intranet.example", 80, allow_private=True) == "10.0.0.5"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/",
                                 "http://user:pw@example.com/", "http:///no-host"])
def test_only_plain_http_and_https_urls_are_fetched(url):
    with pytest.raises(AddressRefused):
        fetch.fetch(url, fetch.FetchSettings())


def test_the_connection_goes_to_the_checked_address_with_the_host_name_in_the_host_header(monkeypatch, local_site):
    # The host name resolves once, to the address that was checked; the request names the host.
    _resolving_to(monkeypatch, "127.0.0.1")
    local_site.add("/page", "<html><body><p>hello</p></body></html>")
    port = local_site.url.rsplit(":", 1)[1]
    got = fetch.fetch(f"http://news.test:{port}/page", fetch.FetchSettings(allow_private=True))
    assert got.status == 200 and b"hello" in got.body
    assert local_site.hits[0].headers["Host"] == f"news.test:{port}"


def test_a_name_look_up_slower_than_the_time_limit_is_a_timeout(monkeypatch):
    import time

    from service.core.errors import FetchTimedOut

    def slow(*args, **kwargs):
        time.sleep(1.5)
        return []
    monkeypatch.setattr(fetch.socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(FetchTimedOut):
        fetch.fetch("http://slow-dns.example/", fetch.FetchSettings(timeout=0.3))
    assert time.monotonic() - started < 1.0
