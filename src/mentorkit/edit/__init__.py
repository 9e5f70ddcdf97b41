"""Changes to a user's files from the command line that keep everything else byte for byte."""
