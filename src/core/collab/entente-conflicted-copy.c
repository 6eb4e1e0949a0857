/* entente-conflicted-copy.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-conflicted-copy.h"

/* When two people change a synced file before the sync tool has passed on
 * the first change, the tool keeps one version under the file's name and
 * writes the other beside it, named after it:
 *
 *   Nextcloud  acme (conflicted copy 2026-12-06 093612).entente
 *   Syncthing  acme.sync-conflict-20261206-093612-ABCDEFG.entente
 *              (the last part: the first seven characters of the device id)
 *   Dropbox    acme (Priya's conflicted copy 2026-12-06).entente
 *              and " (1)", " (2)"… before the extension for more of the
 *              same day
 *
 * Only names that follow one of these to the letter, with a real date and
 * time, are taken: a copy someone named by hand ("acme (copy).entente")
 * is theirs to merge. */

static gboolean
eat (const char **p,
     const char  *literal)
{
  gsize n = strlen (literal);

  if (strncmp (*p, literal, n) != 0)
    return FALSE;

  *p += n;
  return TRUE;
}

static gboolean
eat_number (const char **p,
            guint        n_digits,
            guint       *value)
{
  guint v = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) g_ascii_digit_value ((*p)[i]);
    }

  *p += n_digits;
  *value = v;
  return TRUE;
}

/* YYYY-MM-DD, or YYYYMMDD without @separator. */
static gboolean
eat_date (const char **p,
          const char  *separator)
{
  guint year, month, day;

  return eat_number (p, 4, &year) && eat (p, separator) &&
         eat_number (p, 2, &month) && eat (p, separator) &&
         eat_number (p, 2, &day) &&
         g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* HHMMSS; a leap second is a second. */
static gboolean
eat_time (const char **p)
{
  guint hours, minutes, seconds;

  return eat_number (p, 2, &hours) && eat_number (p, 2, &minutes) && eat_number (p, 2, &seconds) &&
         hours < 24 && minutes < 60 && seconds <= 60;
}

static gboolean
match_nextcloud (const char *p)
{
  return eat (&p, " (conflicted copy ") && eat_date (&p, "-") && eat (&p, " ") &&
         eat_time (&p) && eat (&p, ")") && *p == '\0';
}

static gboolean
match_syncthing (const char *p)
{
  if (!(eat (&p, ".sync-conflict-") && eat_date (&p, "") && eat (&p, "-") && eat_time (&p) && eat (&p, "-")))
    return FALSE;

  /* Device ids are base32: capitals and the digits 2 to 7. */
  for (guint i = 0; i < 7; i++)
    if (!(g_ascii_isupper (p[i]) || (p[i] >= '2' && p[i] <= '7')))
      return FALSE;

  return p[7] == '\0';
}

/* " (1)", " (2)"…, or nothing. */
static gboolean
is_counter (const char *p)
{
  if (*p == '\0')
    return TRUE;
  if (!eat (&p, " (") || !g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return eat (&p, ")") && *p == '\0';
}

static gboolean
match_dropbox (const char  *p,
               char       **who)
{
  static const char * const owners[] = { "'s conflicted copy ", "’s conflicted copy " };
  const char *name;

  if (!eat (&p, " ("))
    return FALSE;
  name = p;

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      /* The last one: a device may be called "Priya's MacBook". */
      const char *owner = g_strrstr (name, owners[i]);
      const char *rest;

      if (owner == NULL || owner == name || memchr (name, ')', (gsize) (owner - name)) != NULL)
        continue;
      rest = owner + strlen (owners[i]);
      if (eat_date (&rest, "-") && eat (&rest, ")") && is_counter (rest))
        {
          *who = g_strndup (name, (gsize) (owner - name));
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * entente_conflicted_copy_match:
 * @original: the name of a file, without its folder: "acme.entente"
 * @candidate: the name of another file in the same folder
 * @who: (out) (optional) (nullable) (transfer full): the person or device
 *   the name says the copy is from, when it says one ("Priya"), else %NULL
 *
 * Whether @candidate is the name a sync tool (Nextcloud, Syncthing,
 * Dropbox) gives to the version of @original that it could not put in
 * its place because both changed.
 *
 * Returns: %TRUE when it is
 */
gboolean
entente_conflicted_copy_match (const char  *original,
                               const char  *candidate,
                               char       **who)
{
  const char *dot;
  g_autofree char *middle = NULL;
  g_autofree char *name = NULL;
  gsize stem_length, extension_length, candidate_length;
  gboolean matched;

  g_return_val_if_fail (original != NULL, FALSE);
  g_return_val_if_fail (candidate != NULL, FALSE);

  if (who != NULL)
    *who = NULL;

  /* A leading dot starts a hidden name, not an extension. */
  dot = strrchr (original, '.');
  if (dot == NULL || dot == original)
    dot = original + strlen (original);
  stem_length = (gsize) (dot - original);
  extension_length = strlen (dot);
  candidate_length = strlen (candidate);

  if (stem_length == 0 || candidate_length <= stem_length + extension_length ||
      strncmp (candidate, original, stem_length) != 0 ||
      strcmp (candidate + candidate_length - extension_length, dot) != 0)
    return FALSE;

  middle = g_strndup (candidate + stem_length, candidate_length - stem_length - extension_length);
  matched = match_nextcloud (middle) || match_syncthing (middle) || match_dropbox (middle, &name);
  if (matched && who != NULL)
    *who = g_steal_pointer (&name);

  return matched;
}
