#!/bin/sh
# The document, not the machine, decides how an export reads.  Each
# example is exported to PDF, HTML and Markdown under C.UTF-8,
# en_US.UTF-8, de_DE.UTF-8 and km_KH.UTF-8 (with LANGUAGE naming the
# locale's language, as a desktop session sets it): every PDF is sound,
# and the text of each export is the same in all four, in the document's
# language.  No ISO duration, IANA zone id or item id shows in any of
# them.  Usage: check-export-languages.sh ENTENTE-CLI LOCALEDIR EXAMPLES-DIR
set -u
cli=$1 localedir=$2 examples=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/entente-languages.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

fail () {
  echo "FAIL: $*" >&2
  exit 1
}

for locale in en_US de_DE km_KH; do
  locale -a 2>/dev/null | grep -qx "$locale.utf8" ||
    fail "the $locale.UTF-8 locale is missing (build-aux/install-deps generates it)"
done

export ENTENTE_LOCALEDIR="$localedir"

export_all () { # example locale language
  out="$work/$1-$2"
  for format in pdf html md; do
    # One paper, so that pages break alike: the paper is the machine's.
    LC_ALL=$2 LANGUAGE=$3 "$cli" export "$examples/$1.entente" --paper a4 -o "$out.$format" ||
      fail "$1 under $2: export to $format failed"
  done
  qpdf --check "$out.pdf" >/dev/null || fail "$1 under $2: qpdf --check finds faults in the PDF"
  pdftotext -layout "$out.pdf" "$out.txt" || fail "$1 under $2: pdftotext failed"
}

for example in acme-saas angkor-retail-km; do
  export_all "$example" C.UTF-8 ""
  export_all "$example" en_US.UTF-8 en
  export_all "$example" de_DE.UTF-8 de
  export_all "$example" km_KH.UTF-8 km
  for locale in en_US.UTF-8 de_DE.UTF-8 km_KH.UTF-8; do
    for format in txt html md; do
      cmp -s "$work/$example-C.UTF-8.$format" "$work/$example-$locale.$format" || {
        diff "$work/$example-C.UTF-8.$format" "$work/$example-$locale.$format" | head -20 >&2
        fail "$example: the $format export under $locale differs from the one under C.UTF-8"
      }
    done
  done
done

# acme is English: English labels, numbers grouped with commas.
for words in 'Effective from' 'USD 250,000' '2,075' 'Page 2 of' '1 January 2027' 'New York (UTC' '4 business hours' 'Phone, Email, LinkedIn'; do
  grep -q "$words" "$work/acme-saas-C.UTF-8.txt" || fail "acme's PDF lacks “$words”"
  grep -q "$words" "$work/acme-saas-C.UTF-8.md" || [ "$words" = 'Page 2 of' ] || fail "acme's Markdown lacks “$words”"
done
grep -q '<html lang="en"' "$work/acme-saas-C.UTF-8.html" || fail "acme's HTML is not lang=\"en\""

# angkor is Khmer: Khmer labels and month names, no English ones.
sed 's/\xe2\x80\x8b//g' "$work/angkor-retail-km-C.UTF-8.txt" >"$work/angkor.txt"
for words in 'មាតិកា' 'ភាគី និងតួនាទី' 'ទំព័រ 2 នៃ' 'កុម្ភៈ'; do
  grep -q "$words" "$work/angkor.txt" || fail "angkor's PDF lacks “$words”"
done
for words in 'Effective from' 'Page ' 'Contents' 'January' 'business hour'; do
  ! grep -q "$words" "$work/angkor.txt" || fail "angkor's PDF has the English “$words”"
done
grep -q '<html lang="km"' "$work/angkor-retail-km-C.UTF-8.html" || fail "angkor's HTML is not lang=\"km\""

# Words, not codes.
for example in acme-saas angkor-retail-km; do
  ids=$(grep -o ' id="[^"]*"' "$examples/$example.entente" | sed 's/ id="\(.*\)"/\1/' | grep -- '-' | sort -u)
  for format in txt html md; do
    file="$work/$example-C.UTF-8.$format"
    [ "$format" = html ] && { sed 's/<[^>]*>//g' "$file" >"$file.text"; file="$file.text"; }
    if grep -nE '\bP[0-9]+[YMWD]|\bPT[0-9]+[HMS]|\b[A-Z][a-z]+/[A-Z][a-z_]+' "$file" | head -3 | grep . >&2; then
      fail "$example's $format export shows an ISO duration or a zone id"
    fi
    for id in $ids; do
      ! grep -qw -- "$id" "$file" || fail "$example's $format export shows the id “$id”"
    done
  done
done

# --language writes another language than the document's, in any locale.
LC_ALL=de_DE.UTF-8 LANGUAGE=de "$cli" export "$examples/acme-saas.entente" --language km -o "$work/acme-km.md" ||
  fail "export --language km failed"
grep -q 'មាតិកា' "$work/acme-km.md" || fail "export --language km is not in Khmer"
LC_ALL=C.UTF-8 "$cli" export "$examples/acme-saas.entente" --language 'x y' -o "$work/bad.md" 2>"$work/err"
[ $? -eq 2 ] || fail "a bad --language is not a usage error"
[ ! -e "$work/bad.md" ] || fail "a bad --language wrote a file"
grep -q 'not a language tag' "$work/err" || fail "a bad --language is not explained: $(cat "$work/err")"

LC_ALL=C.UTF-8 "$cli" export "$examples/acme-saas.entente" --language fr -o "$work/fr.md" 2>"$work/err" ||
  fail "export --language fr failed"
grep -q 'not translated into' "$work/err" || fail "export --language fr does not say its words are English"

echo "ok: exports read in their document's language in every locale"
