#!/usr/bin/env bash
# CLI batch upgrade: every document of a folder of legacy XML, brought to the current API version in another
# folder, then checked. Run it from the repository after `npm run build`:
#   bash examples/cli-batch.sh [FOLDER]
# Installed, the command is `cfxml` (or `npx cfxml`) instead of `node dist/cli/main.js`.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cfxml() { node "$repo/dist/cli/main.js" "$@"; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

legacy="${1:-}"
if [ -z "$legacy" ]; then
  # A stand-in for your own folder: the XML documents of two old versions from cfxml's corpus.
  legacy="$work/legacy"
  for version in 2012-07-01 2017-03-25; do
    mkdir -p "$legacy/$version"
    cp "$repo/corpus/$version/"*.xml "$legacy/$version/"
  done
fi

# The output mirrors the input folders. Responses (Distribution, lists) gained a required ARN in 2016-08-01:
# --account-id derives it from the account and each Id. Every value filled in is printed as a note.
# Exit status 1: some documents were refused, each named with the reason, and the others converted (the corpus
# has one, a 2017-03-25 Lambda association without the event type that 2017-10-30 requires); 2: nothing done.
status=0
cfxml convert "$legacy" --to 2020-05-31 --account-id 123456789012 -o "$work/current" || status=$?
[ "$status" -le 1 ] || exit "$status"

# What was written: each output's version and kind, and a check of every one.
cfxml detect "$work/current"
cfxml validate "$work/current"
