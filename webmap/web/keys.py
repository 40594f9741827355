"""Edit keys: who may change a stored map.

Whoever creates a map is handed a random key once (in the fragment of an edit link, which browsers never send
to a server, so it stays out of logs and referrers). The store keeps only its SHA-256: the key has 192 random
bits, so a fast hash is enough, and a stolen database gives no one the keys. Every write presents the key
(``Authorization: Bearer KEY``, ``X-Edit-Key: KEY`` or, for an HTML form, the ``edit_key`` field), compared with
``hmac.compare_digest`` so its timing says nothing about how much of a guess was right.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import abort, request

from webmap.stores import MapStorage

__all__ = ["FORM_FIELD", "hash_key", "new_key", "presented_key", "require_key", "key_matches"]

FORM_FIELD = "edit_key"


def new_key() -> tuple[str, str]:
    """A fresh edit key and the hash to store."""
    key = secrets.token_urlsafe(24)
    return key, hash_key(key)


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_matches(key: str | None, stored_hash: str | None) -> bool:
    """Constant-time comparison of a presented key with the stored hash; a map without a hash matches no key."""
    if not key or not stored_hash:
        return False
    return hmac.compare_digest(hash_key(key), stored_hash)


def presented_key(form_value: str | None = None) -> str | None:
    """The key this request carries: a bearer token, the X-Edit-Key header, or a form field the caller read."""
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    header = request.headers.get("X-Edit-Key", "").strip()
    return header or (form_value.strip() if form_value else None)


def require_key(store: MapStorage, map_id: str, form_value: str | None = None) -> None:
    """403 unless the request carries this map's edit key."""
    stored = store.key_hash(map_id)
    if stored is None:
        abort(403, description="This map has no edit key, so it cannot be changed here.")
    if not key_matches(presented_key(form_value), stored):
        abort(403, description="Changing this map needs its edit key (the secret edit link its creator was "
                               "given). Viewing it does not.")
