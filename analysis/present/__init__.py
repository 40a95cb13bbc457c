"""The presentation layer: charts in one style, HTML-safe markup, the teaching exercises.

May import: ``analysis.measures``, ``analysis.data`` and the foundation modules; never
``reports``.
"""
