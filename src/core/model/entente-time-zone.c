/* entente-time-zone.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "entente-meta.h"
#include "entente-time-zone.h"

/* An agreement's <timezone> comes from a file anyone may have written,
 * and g_time_zone_new_identifier() takes more than zone names: an
 * absolute path, a ":"-prefixed one or "../../tmp/x" is opened as a file,
 * so a document could name a FIFO and block Entente for ever, or
 * /etc/passwd and make GLib complain.  Only IANA names reach it here:
 * components of letters, digits, "_", "-" and "+" between single "/",
 * none of them "." or "..", naming a regular file of the zone database. */

/* IANA's own limit is 14 characters a component; the longest name in use
 * ("America/Argentina/ComodRivadavia") has 32. */
#define MAX_NAME 64

/**
 * entente_time_zone_name_is_valid:
 *
 * Returns: whether @identifier is spelled as an IANA zone name ("UTC",
 *   "Europe/Berlin", "Etc/GMT+5"); it may still be one this system lacks
 */
gboolean
entente_time_zone_name_is_valid (const char *identifier)
{
  gsize length;
  gboolean component_start = TRUE;

  if (identifier == NULL)
    return FALSE;
  length = strlen (identifier);
  if (length == 0 || length > MAX_NAME)
    return FALSE;

  for (const char *c = identifier; *c != '\0'; c++)
    {
      if (*c == '/')
        {
          /* No empty component: not "//", nor a leading or trailing "/". */
          if (component_start)
            return FALSE;
          component_start = TRUE;
          continue;
        }
      /* "." and ".." are not names; no IANA name has a dot at all. */
      if (!(g_ascii_isalnum (*c) || *c == '_' || *c == '-' || *c == '+'))
        return FALSE;
      component_start = FALSE;
    }

  return !component_start;
}

static const char *
zone_folder (void)
{
  /* Where GLib looks, as it does. */
  const char *folder = g_getenv ("TZDIR");

  return folder != NULL && *folder != '\0' ? folder : "/usr/share/zoneinfo";
}

/**
 * entente_time_zone_new:
 * @identifier: (nullable): a zone name from a document or a user
 *
 * Returns: (transfer full) (nullable): the zone, or %NULL when
 *   @identifier is no IANA name this system has
 */
GTimeZone *
entente_time_zone_new (const char *identifier)
{
  g_autofree char *path = NULL;

  if (!entente_time_zone_name_is_valid (identifier))
    return NULL;
  if (g_str_equal (identifier, "UTC"))
    return g_time_zone_new_utc ();

  /* A regular file, never a FIFO or a device GLib would block on. */
  path = g_build_filename (zone_folder (), identifier, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;

  return g_time_zone_new_identifier (identifier);
}

/**
 * entente_document_get_time_zone:
 *
 * The zone in which @doc's dates read: its own, or UTC when it names
 * none (or one this system does not have, which its checks report).
 *
 * Returns: (transfer full): the zone
 */
GTimeZone *
entente_document_get_time_zone (EntenteDocument *doc)
{
  GTimeZone *zone;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (doc), NULL);

  zone = entente_time_zone_new (entente_meta_get_timezone (entente_document_get_meta (doc)));
  return zone != NULL ? zone : g_time_zone_new_utc ();
}
