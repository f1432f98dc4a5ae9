"""The domain core: text normalisation, quote extraction, matching, alignment and verdicts.

Nothing in this package imports Flask, a database driver or marshmallow.
"""
