# Helpers for the scenarios that check published websites in headless Chromium (sourced; not a
# scenario itself). The caller sets CHROMIUM, work (a temp dir) and name, and defines fail().

browse() {  # browse FLAG... URL: headless Chromium with its own profile
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d -p "$work")" "$@" 2> /dev/null
}

# widths SITE...: every page of every SITE rendered at 390 and 1280 px; fails naming each page
# wider than that. A test-only harness page (written into $work, never published) holds each page
# in an iframe of that width and, once all are loaded, records which page scrolls wider than its
# frame. One Chromium for all the sites: starting it costs more than rendering a site.
widths() {
  harness="$work/harness.html"
  {
    echo '<!DOCTYPE html><html><body>'
    for each in "$@"; do
      for page in "$each"/*.html; do
        for w in 390 1280; do printf '<iframe src="file://%s" width="%s" height="700"></iframe>\n' "$page" "$w"; done
      done
    done
    echo '<script>window.onload = function () { var wide = [], n = 0;'
    echo 'document.querySelectorAll("iframe").forEach(function (f) { var e = f.contentDocument.documentElement; n++;'
    echo '  if (e.scrollWidth > e.clientWidth) wide.push(f.getAttribute("src") + "@" + f.width + ":" + e.scrollWidth); });'
    echo 'document.body.setAttribute("data-checked", n); document.body.setAttribute("data-wide", wide.join(" ")); };</script>'
    echo '</body></html>'
  } > "$harness"
  browse --allow-file-access-from-files --window-size=1400,900 --virtual-time-budget=20000 --dump-dom "file://$harness" > "$harness.dom" ||
    fail "chromium could not render $harness"
  pages=$(for each in "$@"; do ls "$each"/*.html; done | wc -l)
  grep -q "data-checked=\"$((pages * 2))\"" "$harness.dom" || fail "$*: chromium did not measure all $pages pages at both widths"
  wide=$(sed -n 's/.*data-wide="\([^"]*\)".*/\1/p' "$harness.dom")
  [ -z "$wide" ] || fail "pages wider than the viewport: $wide"
}

# titled SITE: every <svg> of every page of SITE is an image for screen readers (role="img")
# named by aria-labelledby after the <title> that follows it, and that title is not empty.
titled() {
  for page in "$1"/*.html; do
    awk -v page="$page" '
      want != "" { if (index($0, "<title id=\"" want "\">") != 1 || $0 ~ /<title id="[^"]*"><\/title>/) { print page ": an <svg> without its <title>"; bad = 1 }; want = "" }
      /<svg / { if ($0 !~ /role="img"/ || !match($0, /aria-labelledby="[^"]*"/)) { print page ": an <svg> not labelled"; bad = 1; next }
                want = substr($0, RSTART + 17, RLENGTH - 18) }
      END { exit bad }' "$page" || fail "$page has an SVG picture without a title"
  done
}

# svg_texts PAGE: the text of every <text> element of the page's pictures, one a line.
svg_texts() {
  sed -n '/<svg /,/<\/svg>/p' "$1" | sed -n 's/.*<text[^>]*>\([^<]*\)<\/text>.*/\1/p'
}
