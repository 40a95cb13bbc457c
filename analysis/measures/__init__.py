"""The measures layer: what the claims say, computed (frames in, frames out).

``estimates`` (latest figure, totals, ratios), ``by_claimant`` (claimants side by side),
``deployments`` (contingents and losses over time), ``weapons``, ``timeline`` (events)
and ``headlines`` (the figures a brief opens with). A helper given no table falls back on
the one cached loader, ``analysis.data.tables.load``.

May import: ``analysis.data`` and the foundation modules; never ``intake``, ``present``
or ``reports``.
"""
