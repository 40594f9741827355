"""Drawing: a located Journey -> what the map shows (the scene) -> each output (Leaflet, SVG, GeoJSON, text)."""
