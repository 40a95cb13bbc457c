#!/bin/sh
# Build the site and copy it to a web server with rsync. Pages whose bytes did not change keep
# their modification times, and rsync compares sizes and times, so only what changed travels.
#
#   deploy/site-rsync.sh www@example.org:/var/www/nk-russia/ https://example.org/nk-russia/
#
# The first argument is rsync's destination (a folder, trailing slash); the second, optional,
# the site's public address, which makes the feeds' and the sitemap's links absolute.
set -eu
dest="${1:?usage: deploy/site-rsync.sh USER@HOST:/path/to/www/ [https://public.address/]}"
base="${2:-}"
cd "$(dirname "$0")/.."
make site SITE_ARGS="${base:+--base-url $base}"
rsync --archive --delete --exclude .nkr-site --human-readable --itemize-changes site/ "$dest"
