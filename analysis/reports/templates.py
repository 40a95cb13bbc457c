"""Jinja2 templates of the index pages (rendered with autoescape by ``output._render``)."""

from __future__ import annotations

_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{{ meta | safe }}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4em .6em; border-bottom: 1px solid #ddd; }
td.num { text-align: right; }
code { font-size: .9em; }
.ok { color: #2e7d32; } .failed { color: #c62828; } .meta { color: #555; }
@media print { tr { break-inside: avoid; } a { color: inherit; } }
</style>
</head>
<body>
<h1>{{ title }}</h1>
"""

RUN = (
    "{% set title = 'Reports as of ' ~ m.as_of %}"
    + _HEAD
    + """<p class="meta">Dataset version {{ m.dataset.version | default('unknown') }} &middot;
run {{ m.started }} to {{ m.finished }} &middot;
code {% if m.git %}{{ m.git.commit[:12] }}{% if m.git.dirty %} (uncommitted changes){% endif %}{% else %}n/a{% endif %}
&middot; status <span class="{{ m.status }}">{{ m.status }}</span> &middot;
<a href="manifest.json">manifest.json</a>{% if archive %} &middot; <a href="../index.html">all runs</a>{% endif %}</p>
<table>
<thead><tr><th>Report</th><th>Parameters</th><th>Run</th><th>Status</th></tr></thead>
<tbody>
{% for name, rep in m.reports.items() %}<tr>
<td>{% if rep.html %}<a href="{{ rep.html }}">{{ rep.title }}</a>{% else %}{{ rep.title }}{% endif %}
{% if rep.md %} <a class="meta" href="{{ rep.md }}">(summary)</a>{% endif %}
{% if rep.ipynb %} <a class="meta" href="{{ rep.ipynb }}">(notebook)</a>{% endif %}
<br><code>{{ name }}</code>{% if rep.description %}<br><span class="meta">{{ rep.description }}</span>{% endif %}</td>
<td>{% for p, v in rep.parameters.items() %}<code>{{ p }}={{ v | shown }}</code>{% if not loop.last %}<br>{% endif %}
{% else %}<span class="meta">none</span>{% endfor %}</td>
<td>{{ rep.started }}<br><span class="meta">{{ rep.duration_s }} s</span></td>
<td class="{{ rep.status }}">{{ rep.status }}{% if rep.carried_over %}<br><span class="meta">from an earlier run
{%- if rep.dataset_digest != m.dataset.digest %} on other data{% endif %}</span>{% endif %}</td>
</tr>
{% endfor %}</tbody>
</table>
</body>
</html>
"""
)

ARCHIVE = (
    "{% set title = 'Report archive: what was known when' %}"
    + _HEAD
    + """<p class="meta">{{ runs | length }} run{{ 's' if runs | length != 1 }}, newest first.
Each run shows the public record as it stood on its date; "what changed" counts the claims
reported since the run before it, by measure.{% if latest %} <a href="latest/index.html">Latest: {{ latest }}</a>.{% endif %}</p>
{% if runs %}<table>
<thead><tr><th>As of</th><th>Reports</th><th>Status</th><th>Dataset</th><th>What changed</th></tr></thead>
<tbody>
{% for r in runs %}<tr>
<td><a href="{{ r.as_of }}/index.html">{{ r.as_of }}</a></td>
<td>{% for name, rep in (r.m.reports or {}).items() %}{% if rep.html %}<a href="{{ r.as_of }}/{{ rep.html }}">{{ rep.title }}</a>{% else %}{{ rep.title }}{% endif %}{% if not loop.last %}<br>{% endif %}{% endfor %}</td>
<td class="{{ r.m.status }}">{{ r.m.status }}</td>
<td>{{ (r.m.dataset or {}).version | default('unknown') }}</td>
<td>{{ r.changed }}</td>
</tr>
{% endfor %}</tbody>
</table>{% else %}<p>No published runs yet.</p>{% endif %}
</body>
</html>
"""
)
