"""Reading a repository: YAML with positions, validation into the models, the whole tree."""
