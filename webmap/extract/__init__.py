"""Extraction: article text -> Journey draft, as a pipeline of small stages over one document."""
