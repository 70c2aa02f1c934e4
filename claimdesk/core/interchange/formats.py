"""The interchange formats and file endings, without importing their machinery."""

INTERCHANGE_FORMATS = ("json", "claimreview", "webannotation")
INTERCHANGE_SUFFIXES = (".json", ".jsonld")
