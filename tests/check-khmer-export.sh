#!/bin/sh
# The Khmer example exported to PDF and HTML by a Khmer user: the
# agreement's own words (headings, labels, page footers) come from km.po,
# the Khmer text is shaped with an embedded Khmer font, and the PDF is
# sound.  Usage: check-khmer-export.sh ENTENTE-CLI LOCALEDIR EXAMPLE
set -u
cli=$1 localedir=$2 example=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/entente-khmer.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

if ! locale -a 2>/dev/null | grep -qx 'km_KH.utf8'; then
  echo "SKIP: the km_KH.UTF-8 locale is missing (build-aux/install-deps generates it)"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

export LC_ALL=km_KH.UTF-8 LANGUAGE=km ENTENTE_LOCALEDIR="$localedir"
"$cli" export "$example" -o "$work/agreement.pdf" || fail "export to PDF failed"
"$cli" export "$example" -o "$work/agreement.html" || fail "export to HTML failed"

qpdf --check "$work/agreement.pdf" >/dev/null || fail "qpdf --check finds faults in the PDF"
pdffonts "$work/agreement.pdf" | grep -q 'KhmerOS' || fail "no Khmer font is embedded"
pdftotext -layout "$work/agreement.pdf" "$work/agreement.txt" || fail "pdftotext failed"

# Zero-width spaces only mark where lines may break; compare without them.
sed 's/\xe2\x80\x8b//g' "$work/agreement.txt" >"$work/pdf.txt"
sed 's/\xe2\x80\x8b//g' "$work/agreement.html" >"$work/html.txt"

# Words of the interface, not of the document: only km.po puts them there.
for words in 'មាតិកា' 'ភាគី និងតួនាទី' 'ការអនុម័ត'; do
  grep -q "$words" "$work/pdf.txt" || fail "the PDF lacks “$words”"
  grep -q "$words" "$work/html.txt" || fail "the HTML lacks “$words”"
done
grep -q 'ទំព័រ 2 នៃ' "$work/pdf.txt" || fail "the PDF's page footers are not in Khmer"
# Dates with the Khmer month names of the locale.
grep -q 'កុម្ភៈ' "$work/pdf.txt" || fail "the PDF's dates lack the Khmer month names"
grep -q 'កុម្ភៈ' "$work/html.txt" || fail "the HTML's dates lack the Khmer month names"
if grep -q 'Contents' "$work/pdf.txt"; then
  fail "English headings are left in the Khmer PDF"
fi
echo "ok"
