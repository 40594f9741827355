"""Serving the Flask app: Werkzeug's server for development, waitress for production.

Both are wrapped in the same small interface (``make_server``) so the CLI and the tests start, find the port of,
and stop either one the same way. Nothing here knows about the app's routes.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import logging
import signal
import threading
import time
from typing import Protocol

from flask import Flask

log = logging.getLogger(__name__)

PRODUCTION_THREADS = 8
# waitress's front door: idle or slow clients are dropped after CHANNEL_TIMEOUT seconds without a byte, many may
# wait at once without holding a thread, and a body larger than the app takes is refused before it is buffered.
CHANNEL_TIMEOUT = 20
CONNECTION_LIMIT = 1000
DRAIN_SECONDS = 30  # on SIGTERM: how long requests in flight may take to finish


class Server(Protocol):
    """A bound, not yet running WSGI server."""

    host: str
    port: int

    def serve_forever(self) -> None: ...

    def shutdown(self) -> None: ...


class _DevServer:
    """Werkzeug's threaded development server (no debugger, no reloader: tracebacks never reach a browser)."""

    def __init__(self, app: Flask, host: str, port: int) -> None:
        from werkzeug.serving import make_server as werkzeug_server

        self._server = werkzeug_server(host, port, app, threaded=True)
        self.host, self.port = host, int(self._server.server_port)

    def serve_forever(self) -> None:
        self._server.serve_forever()

    def shutdown(self) -> None:
        self._server.shutdown()
        self._server.server_close()


class _WaitressServer:
    """waitress: a production WSGI server in pure Python (no C build, runs on Windows too)."""

    def __init__(self, app: Flask, host: str, port: int, threads: int) -> None:
        from waitress.server import create_server

        body_limit = int(app.config.get("MAX_CONTENT_LENGTH") or 4 * 1024 * 1024)
        # Forwarding headers are dropped unless the app was told a proxy is in front (TRUSTED_PROXIES); then the
        # app's ProxyFix reads them, trusting only as many addresses as there are proxies.
        behind_proxy = bool(app.config.get("TRUSTED_PROXIES"))
        self._server = create_server(app, host=host, port=port, threads=threads, ident="webmap",
                                     clear_untrusted_proxy_headers=not behind_proxy,
                                     channel_timeout=CHANNEL_TIMEOUT,
                                     connection_limit=CONNECTION_LIMIT, max_request_body_size=body_limit,
                                     cleanup_interval=5, asyncore_use_poll=True)
        self._server.channel_class = _keep_alive_channel()
        self.host, self.port = host, int(self._server.effective_port)
        self._running = threading.Event()
        self._stopped = threading.Event()

    def serve_forever(self) -> None:
        self._running.set()
        try:
            self._server.run()
        finally:
            self._running.clear()
            self._stopped.set()

    def shutdown(self) -> None:
        # waitress has no shutdown call. Its loop ends when it has no sockets left, and sockets must be closed on
        # the loop's own thread (closing them from here races its poll): hand it the job through its trigger.
        if self._running.is_set():
            try:
                self._server.trigger.pull_trigger(self._close_all)
            except OSError:
                pass  # the loop closed its trigger on its way out already: nothing left to hand it
            self._stopped.wait(10)
        else:
            self._close_all()
        self._server.task_dispatcher.shutdown()

    def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        """Stop taking connections, let the requests in flight finish and their answers go out, then stop."""
        self._server.trigger.pull_trigger(self._stop_listening)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._busy():
            time.sleep(0.05)
        self.shutdown()

    def _stop_listening(self) -> None:
        self._server.accepting = False
        with contextlib.suppress(OSError):
            self._server.del_channel()
            self._server.socket.close()

    def _busy(self) -> bool:
        dispatcher = self._server.task_dispatcher
        if dispatcher.queue or dispatcher.active_count:
            return True
        return any(getattr(ch, "requests", None) or getattr(ch, "total_outbufs_len", 0)
                   for ch in list(self._server._map.values()) if ch is not self._server)

    def _close_all(self) -> None:
        for dispatcher in list(self._server._map.values()):
            with contextlib.suppress(OSError):
                dispatcher.close()


@functools.cache
def _keep_alive_channel() -> type:
    """waitress closes the connection after every 304 (it has no Content-Length to delimit, nor needs one); a
    browser revalidating a map then pays a new connection each time. This channel keeps it open."""
    from waitress.channel import HTTPChannel
    from waitress.task import WSGITask

    class KeepAliveTask(WSGITask):
        def set_close_on_finish(self) -> None:
            if (self.version == "1.1" and not self.has_body and not self.wrote_header
                    and self.request.headers.get("CONNECTION", "").lower() != "close"):
                return
            super().set_close_on_finish()

    class KeepAliveChannel(HTTPChannel):
        task_class = KeepAliveTask

    return KeepAliveChannel


def make_server(app: Flask, host: str = "127.0.0.1", port: int = 5000, *, production: bool = False,
                threads: int = PRODUCTION_THREADS) -> Server:
    """Bind a server (port 0 picks a free port); call ``serve_forever()`` to run it."""
    if production:
        return _WaitressServer(app, host, port, threads)
    return _DevServer(app, host, port)


def url_for_host(host: str, port: int) -> str:
    shown = host
    if host in ("0.0.0.0", "::"):
        shown = "127.0.0.1"
    elif ":" in host:
        shown = f"[{host}]"
    return f"http://{shown}:{port}/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(app: Flask, host: str = "127.0.0.1", port: int = 5000, *, production: bool = False) -> None:
    """Serve until interrupted. Development mode is for this machine; use ``production`` for anything else."""
    if not production and not _is_loopback(host):
        log.warning("the development server is listening on %s: use --production to serve other machines", host)
    server = make_server(app, host, port, production=production)
    log.info("serving on %s with %s", url_for_host(host, server.port), "waitress" if production else "Werkzeug")
    _drain_on_sigterm(server)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


def _drain_on_sigterm(server: Server) -> None:
    """SIGTERM (what systemd and containers send) lets the requests in flight finish before the process ends."""
    def on_term(signum: int, frame: object) -> None:
        log.info("SIGTERM: finishing the requests in flight, then stopping")
        stop = getattr(server, "drain", None) or server.shutdown
        threading.Thread(target=stop, name="webmap-drain", daemon=True).start()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_term)
