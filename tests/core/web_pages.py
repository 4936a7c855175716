"""A small web server on 127.0.0.1 for capture tests (never the internet), and pages written
in our own words."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def news_page(
    title: str,
    body: str,
    *,
    site: str = "Beispiel-Nachrichten",
    author: str = "Anna Schmidt",
    published: str = "2025-06-10",
    charset: str = "utf-8",
) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n\n"))
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="{charset}">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{published}T08:00:00+02:00">
</head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1><p class="byline">Von {author}</p>{paragraphs}</article>
<footer>Impressum · Datenschutz · Kontakt</footer>
</body></html>"""


REPORT_BODY = (
    "Nach Angaben des ukrainischen Militärgeheimdienstes stehen etwa 11.000 nordkoreanische "
    "Soldaten in der russischen Region Kursk. Das sagte dessen Chef in einem Interview mit "
    "einem amerikanischen Fachportal.\n\n"
    "Zudem habe Russland bislang rund 120 Geschütze des Typs M1989 Koksan aus Nordkorea "
    "erhalten. Weitere Lieferungen seien wahrscheinlich, hieß es weiter in dem Gespräch.\n\n"
    "Beide Staaten arbeiten demnach auch bei Drohnen und Raketen enger zusammen als bisher "
    "bekannt; Einzelheiten nannte der Geheimdienstchef jedoch nicht."
)


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"}
    )
    body: bytes = b""
    stream_bytes: int = 0  # send this many filler bytes without a Content-Length


class PageServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []
        routes, requests = self.routes, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                requests.append((self.path, self.headers.get("User-Agent", "")))
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.stream_bytes:
                    self.end_headers()
                    chunk = b"<p>" + b"x" * 65_536 + b"</p>"
                    sent = 0
                    try:
                        while sent < route.stream_bytes:
                            self.wfile.write(chunk)
                            sent += len(chunk)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def page(self, path: str, html: str, charset: str = "utf-8") -> str:
        self.routes[path] = Route(
            headers={"Content-Type": f"text/html; charset={charset}"}, body=html.encode(charset)
        )
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serving() -> Iterator[PageServer]:
    server = PageServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()
