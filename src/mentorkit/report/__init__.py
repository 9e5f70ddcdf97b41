"""Reporters: the results of the core turned into text, tables, JSON and CI annotations."""
