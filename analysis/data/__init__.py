"""The data layer: the schema, typed loaders, checks, the build and the codebook.

Flow: ``data/raw`` (shipped texts, checksummed) and ``data/curated`` (hand-edited tables)
-> checks -> ``build`` -> ``data/clean`` -> ``tables.load()``. Review files of ingested
articles (``data/review``) are data too: ``reviews`` reads and checks them.

May import: the foundation modules (``analysis.paths``, ``errors``, ``files``,
``sentences``, ``params``) and nothing above it.
"""
