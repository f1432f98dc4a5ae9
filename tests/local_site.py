"""A small web site the tests start on 127.0.0.1: pages, feeds, errors and redirects, never the internet."""
from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


@dataclass
class Reply:
    """What one path answers."""

    body: bytes | str = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering


@dataclass
class Hit:
    """One request the site received."""

    path: str
    headers: dict[str, str]


class LocalSite:
    """A threaded HTTP server with a table of replies by path; it records every request."""

    def __init__(self) -> None:
        self.replies: dict[str, Reply] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the name http.server calls
                with site._lock:
                    site.hits.append(Hit(self.path, dict(self.headers.items())))
                reply = site.replies.get(self.path) or Reply("<html><body>not here</body></html>", 404)
                if reply.delay:
                    time.sleep(reply.delay)
                etag = reply.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                body = reply.body.encode() if isinstance(reply.body, str) else reply.body
                self.send_response(reply.status)
                if reply.content_type:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                # The client may stop reading (a size limit): nothing to do then.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, path: str, body: bytes | str = b"", **reply) -> str:
        """Serve `body` at `path`; return its full url."""
        self.replies[path] = Reply(body, **reply)
        return self.url + path

    def hits_of(self, path: str) -> int:
        """How many requests asked for this path."""
        with self._lock:
            return sum(1 for hit in self.hits if hit.path == path)


def article_page(title: str, paragraphs: list[str], author: str = "Ana Ruiz", outlet: str = "Example News",
                 published: str = "2024-03-05") -> str:
    """A news page as sites publish them: navigation, the article with a caption, related stories, a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta name="author" content="{author}">
<meta property="article:published_time" content="{published}T09:30:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
</ul></nav>
<main><article><h1>{title}</h1>
<figure><img src="/photo.jpg" alt=""><figcaption>“Captions are not the story,” said Pat Caption, a photographer.
</figcaption></figure>
{body}
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/other">“Read this other story now,” urged Rel Ated</a></li></ul></aside>
</article></main>
<footer><p>© {outlet}. All rights reserved. “Subscribe today,” says the footer.</p></footer></body></html>"""


def rss_feed(links: list[str], title: str = "Example News") -> str:
    """An RSS 2.0 feed whose items link to these urls (guid: the link)."""
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link><guid>{link}</guid></item>"
                    for n, link in enumerate(links, 1))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>https://news.example/</link><description>News</description>{items}</channel></rss>")


def atom_feed(links: list[str], title: str = "Example News") -> str:
    """An Atom feed whose entries link to these urls (id: a tag URI per entry)."""
    entries = "".join(f'<entry><title>Story {n}</title><link href="{link}"/><id>tag:news.example,2024:{n}</id>'
                      f"<updated>2024-03-05T10:00:00Z</updated></entry>" for n, link in enumerate(links, 1))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f"<id>tag:news.example,2024:feed</id><updated>2024-03-05T10:00:00Z</updated>{entries}</feed>")


def story(n: int) -> str:
    """A distinct article page with one attributed quote."""
    return article_page(f"Story number {n}", [
        f"The council met for the {n}th time this year to discuss the harbour.",
        f"“We will decide on item {n} of the harbour plan before the summer recess,” Mayor Lena Ortiz said.",
    ])
