"""mentorkit: roadmaps, mentoring pairs and orders of a mentoring programme, kept as YAML in git."""

__version__ = "0.1.0"
