"""Vendored static assets (Leaflet), shipped as package data; see README.md here and webmap.offline."""
