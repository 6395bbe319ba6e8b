#!/usr/bin/env bash
# Renders the briefing (aifactory report) of the committed Dutch baseline plan with headless
# Chromium, in English and Dutch, to PNG (the page from its first chart on) and PDF (the whole
# page), and fails on a blank or broken render or a missing assumptions section. Then
# the same for a folder with a sensitivity study: the baseline's simulate files plus the
# tornado.csv of `aifactory sensitivity` on the tiny test scenario (its Sensitivity section
# rendered on its own page for the PNG).
#
#   bash Tests/Render/render_check.sh            # exit 0: rendered and checked
#                                                # exit 1: blank or broken render, or no report
#                                                # exit 2: Chromium missing and cannot be installed
#   RENDER_OUT=/tmp/render bash Tests/Render/render_check.sh   # keep the PNG and PDF files there
#
# Installs Debian's `chromium` with apt-get when it is missing (sudo only when not root).
# Works on a copy in a temporary folder: nothing is written into Reports/.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

find_chromium() {
    for name in chromium chromium-browser google-chrome; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    done
    return 1
}

if ! CHROMIUM=$(find_chromium); then
    echo "render_check: chromium is missing; installing Debian's chromium with apt-get"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q \
           && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } \
       || ! CHROMIUM=$(find_chromium); then
        echo "################################################################" >&2
        echo "render_check: CANNOT INSTALL CHROMIUM: the briefing was NOT rendered" >&2
        echo "and NOT checked. Install Debian's chromium package and rerun."    >&2
        echo "################################################################" >&2
        exit 2
    fi
fi
echo "render_check: using $CHROMIUM ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"

swift build -c release --product aifactory 2>&1 | tail -n 3
BINARY="$ROOT/.build/release/aifactory"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/render-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUT=${RENDER_OUT:-$WORK/out}
mkdir -p "$OUT"
cp -R "$ROOT/Reports/nl-baseline/plan" "$WORK/plan"
# A sensitivity folder as `aifactory sensitivity --out` leaves a scenario's Reports folder.
mkdir -p "$WORK/sensitivity"
cp "$ROOT"/Reports/nl-baseline/{monthly,tenants,finance,funding}.csv "$ROOT/Reports/nl-baseline/summary.json" "$WORK/sensitivity/"
"$BINARY" sensitivity "$ROOT/Tests/StudiesTests/Fixtures/tiny.yaml" --out "$WORK/sensitivity" --quiet \
    || { echo "render_check: aifactory sensitivity failed: no tornado.csv to render" >&2; exit 1; }

# The pixel and PDF checks: python3 check.py PNG PDF LABEL (standard library only).
cat >"$WORK/check.py" <<'PY'
import struct, sys, zlib

png_path, pdf_path, lang = sys.argv[1:4]  # lang: the label printed, e.g. "en" or "sensitivity nl"

def fail(message):
    print(f"render_check [{lang}]: FAIL: {message}", file=sys.stderr)
    sys.exit(1)

def read_png(path):
    """Pixels of an 8-bit RGB or RGBA PNG as (width, height, rows of bytes, channels); no PIL needed."""
    try:
        data = open(path, "rb").read()
    except OSError as error:
        fail(f"no screenshot: {error}")
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    offset, idat, header = 8, b"", None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail(f"unexpected PNG format (depth {depth}, colour type {colour}, interlace {interlace})")
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, position = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[position]
        line = bytearray(raw[position + 1:position + 1 + stride])
        position += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows, channels

width, height, rows, channels = read_png(png_path)
total = non_white = 0
colours, counts = set(), {}
for y in range(0, height, 2):
    row = rows[y]
    for x in range(0, width, 2):
        r, g, b = row[x * channels], row[x * channels + 1], row[x * channels + 2]
        total += 1
        if min(r, g, b) < 235:
            non_white += 1
        key = (r >> 3, g >> 3, b >> 3)
        colours.add(key)
        counts[key] = counts.get(key, 0) + 1
dominant = max(counts.values()) / total
ink = non_white / total
print(f"render_check [{lang}]: PNG {width}x{height}: {100 * ink:.1f} % non-white pixels, "
      f"{len(colours)} distinct colours, most common colour {100 * dominant:.1f} %")
if (width, height) != (1240, 1754):
    fail(f"screenshot is {width}x{height}, expected 1240x1754")
if ink < 0.03:
    fail("the page is nearly blank (under 3 % non-white pixels)")
if dominant > 0.97:
    fail("the page is nearly uniform (one colour covers over 97 %)")
if len(colours) < 12:
    fail(f"only {len(colours)} distinct colours: charts did not render")
# The Okabe-Ito blue and vermillion of the first two series must be on the first page.
palette = {"blue #0072B2": (0x00, 0x72, 0xB2), "vermillion #D55E00": (0xD5, 0x5E, 0x00)}
for name, (r, g, b) in palette.items():
    if (r >> 3, g >> 3, b >> 3) not in colours:
        fail(f"the {name} series colour is not on the first page: charts did not render")

try:
    pdf = open(pdf_path, "rb").read()
except OSError as error:
    fail(f"no PDF: {error}")
pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
print(f"render_check [{lang}]: PDF {len(pdf)} bytes, {pages} pages")
if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
    fail("the PDF is not a complete PDF file")
if len(pdf) < 30_000:
    fail(f"the PDF is only {len(pdf)} bytes: nothing much was printed")
if pages < 3:
    fail(f"the PDF has {pages} pages; the briefing needs at least 3 A4 pages")
PY

# Renders PAGE to PNG (SHOT, default PAGE itself) and PDF and checks both; LABEL names it in messages.
render_and_check() {
    local page=$1 png=$2 pdf=$3 label=$4 shot=${5:-$1}
    local log="$WORK/chromium-${label// /-}.log"
    rm -f "$png" "$pdf"
    local common=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
                  --user-data-dir="$WORK/profile-${label// /-}" --disable-extensions --disable-background-networking)
    timeout 180 "$CHROMIUM" "${common[@]}" --screenshot="$png" --window-size=1240,1754 "file://$shot" >"$log" 2>&1 || true
    timeout 180 "$CHROMIUM" "${common[@]}" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" >>"$log" 2>&1 || true
    if ! python3 "$WORK/check.py" "$png" "$pdf" "$label"; then
        echo "render_check [$label]: chromium log:" >&2
        tail -n 20 "$log" >&2 || true
        return 1
    fi
}

status=0
for lang in en nl; do
    page="$WORK/plan/report-$lang.html"
    "$BINARY" report "$WORK/plan" --lang "$lang" --scenario "$ROOT/Scenarios/nl-baseline.yaml" --out "$page"
    if [ "$lang" = en ]; then
        # The default name too, as `aifactory report DIR` writes it.
        "$BINARY" report "$WORK/plan" --scenario "$ROOT/Scenarios/nl-baseline.yaml" --quiet
        cmp -s "$WORK/plan/report.html" "$page" || { echo "render_check: report.html differs from --out" >&2; status=1; }
    fi
    # The assumptions section (its tables are long) comes before the charts, so the first A4
    # page holds no chart: the screenshot is of the page from its first chart on (the page's
    # head and everything after), the PDF of the whole page.
    if ! python3 - "$page" "$WORK/plan/charts-$lang.html" "$lang" <<'PY'
import sys

page_path, charts_path, lang = sys.argv[1:4]
html = open(page_path, encoding="utf-8").read()
assumptions = html.find('<section id="assumptions">')
charts = html.find('<section class="chart-section"')
if assumptions < 0 or charts < 0 or assumptions > charts or '<ul class="not-modelled">' not in html:
    print(f"render_check [{lang}]: FAIL: no assumptions section (with its not-modelled list) before the charts", file=sys.stderr)
    sys.exit(1)
tables = html[assumptions:charts].count("<table")
print(f"render_check [{lang}]: assumptions section with {tables} tables before the charts")
open(charts_path, "w", encoding="utf-8").write(html[:html.index("<body>") + len("<body>")] + "\n" + html[charts:])
PY
    then
        status=1
        continue
    fi
    render_and_check "$page" "$OUT/report-$lang.png" "$OUT/report-$lang.pdf" "$lang" "$WORK/plan/charts-$lang.html" || status=1
done

# The sensitivity folder: one tornado chart per figure of tornado.csv, then the section alone
# (the page's head and the section) as the screenshot, the whole page as the PDF.
for lang in en nl; do
    page="$WORK/sensitivity/report-$lang.html"
    "$BINARY" report "$WORK/sensitivity" --lang "$lang" --scenario "$ROOT/Scenarios/nl-baseline.yaml" --out "$page" --quiet || { status=1; continue; }
    if ! python3 - "$page" "$WORK/sensitivity/tornado.csv" "$WORK/sensitivity/section-$lang.html" "$lang" <<'PY'
import csv, re, sys

page_path, tornado_path, section_path, lang = sys.argv[1:5]
html = open(page_path, encoding="utf-8").read()
with open(tornado_path, encoding="utf-8", newline="") as file:
    figures = list(dict.fromkeys(row["figure"] for row in csv.DictReader(file)))
start = html.find('<section class="chart-section" id="sensitivity">')
if start < 0:
    print(f"render_check [sensitivity {lang}]: FAIL: no Sensitivity section in the report", file=sys.stderr)
    sys.exit(1)
section = html[start:html.index("</section>", start) + len("</section>")]
charts = re.findall(r'<svg class="chart"[^>]*aria-labelledby="chart-tornado-\d+-title"', section)
print(f"render_check [sensitivity {lang}]: {len(charts)} tornado charts for {len(figures)} figures")
if len(charts) != len(figures) or section.count("<table") != len(figures):
    print(f"render_check [sensitivity {lang}]: FAIL: expected one chart and one table per figure", file=sys.stderr)
    sys.exit(1)
open(section_path, "w", encoding="utf-8").write(html[:html.index("<body>") + len("<body>")] + "\n" + section + "\n</body>\n</html>\n")
PY
    then
        status=1
        continue
    fi
    render_and_check "$page" "$OUT/sensitivity-$lang.png" "$OUT/sensitivity-$lang.pdf" "sensitivity $lang" "$WORK/sensitivity/section-$lang.html" || status=1
done

if [ "$status" -eq 0 ]; then
    echo "render_check: OK${RENDER_OUT:+ (PNG and PDF in $OUT)}"
else
    echo "render_check: FAILED" >&2
fi
exit "$status"
