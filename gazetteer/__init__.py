"""gazetteer: place names <-> coordinates, offline, from GeoNames in SQLite (with geopy for the rest).

Knows nothing of maps, journeys or web servers; usable on its own::

    from gazetteer import Gazetteer
    with Gazetteer.open() as gz:
        gz.best("Dandong")  # Place(geonameid=2037886, name='Dandong', lat=40.12917, ...)
"""

from .build import BuildStats, build
from .normalise import normalise
from .resolve import Candidate, Gazetteer
from .store import GazetteerError, Place, Store, default_path

__all__ = ["BuildStats", "Candidate", "Gazetteer", "GazetteerError", "OnlineFallback", "GazetteerGeocoder",
           "Place", "Store", "build", "default_path", "normalise", "online_from_env"]


def __getattr__(name: str):
    # geopy is imported only by those who need the geocoder side.
    if name in {"OnlineFallback", "GazetteerGeocoder", "online_from_env"}:
        from . import geocoder

        return getattr(geocoder, name)
    raise AttributeError(name)
