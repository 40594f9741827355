"""The HTTP face: Flask blueprints for story pages, stored maps and the editor API."""
