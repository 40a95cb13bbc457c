"""The intake layer: from a news article to candidate claims a person reviews.

``extract`` proposes candidates from text, ``ingest`` stores an article in ``data/raw`` and
writes its review file, ``evaluate`` scores extraction against labelled articles.

May import: ``analysis.data`` and the foundation modules; never ``measures``, ``present``
or ``reports``.
"""
