/* entente-known-keys.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include <gio/gio.h>

#include "entente-key-store.h"
#include "entente-known-keys.h"

/* The keys this user has confirmed belong to whom, as SSH keeps its
 * known hosts: a sign-off by a key confirmed for its signer is valid; by
 * a person not known yet, it shows a new key to compare; by a known
 * person with another key, a warning.  One line a key in
 * $XDG_DATA_HOME/entente/known-keys: the base64 public key, a space, the
 * signer's name.  Names are compared as people write them, whatever the
 * case, spacing and Unicode normalization. */

static char *
list_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "entente", "known-keys", NULL);
}

static char *
name_key (const char *signer)
{
  g_autofree char *normal = g_utf8_normalize (signer, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = normal ? g_utf8_casefold (normal, -1) : g_strdup ("");
  g_auto(GStrv) words = g_strsplit_set (folded, " \t\n", -1);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      {
        if (s->len > 0)
          g_string_append_c (s, ' ');
        g_string_append (s, words[i]);
      }

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * entente_known_keys_name_equal:
 *
 * Returns: whether @a and @b name the same person as people write names:
 *   whatever the case, the spacing and the Unicode normalization
 */
gboolean
entente_known_keys_name_equal (const char *a,
                               const char *b)
{
  g_autofree char *key_a = name_key (a != NULL ? a : "");
  g_autofree char *key_b = name_key (b != NULL ? b : "");

  return g_str_equal (key_a, key_b);
}

/* The known keys, as (key, name) pairs one after the other. */
static GPtrArray *
read_list (void)
{
  g_autofree char *path = list_path ();
  g_autofree char *text = NULL;
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return pairs;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *space = strchr (lines[i], ' ');

      if (space == NULL)
        continue;
      g_ptr_array_add (pairs, g_strndup (lines[i], (gsize) (space - lines[i])));
      g_ptr_array_add (pairs, g_strdup (space + 1));
    }

  return pairs;
}

static GStrv read_own_keys (void);

/**
 * entente_known_keys_check:
 *
 * Returns: whether @public_key is known for @signer, another key is, or
 *   none
 */
EntenteKeyTrust
entente_known_keys_check (const char *signer,
                          const char *public_key)
{
  g_autoptr(GPtrArray) pairs = NULL;
  g_autofree char *wanted = name_key (signer ? signer : "");
  g_auto(GStrv) own = read_own_keys ();
  EntenteKeyTrust trust = ENTENTE_KEY_UNKNOWN;

  /* What this user signed, this user knows, whatever the name. */
  if (public_key != NULL && own != NULL && g_strv_contains ((const char * const *) own, public_key))
    return ENTENTE_KEY_KNOWN;
  /* Their own name with a key that is not theirs: someone else. */
  if (own != NULL && own[0] != NULL)
    {
      g_autofree char *own_name = entente_key_store_get_own_name ();

      if (own_name != NULL && entente_known_keys_name_equal (own_name, signer))
        return ENTENTE_KEY_OTHER;
    }

  pairs = read_list ();
  for (guint i = 0; i + 1 < pairs->len; i += 2)
    {
      g_autofree char *name = name_key (pairs->pdata[i + 1]);

      if (!g_str_equal (name, wanted))
        continue;
      if (g_strcmp0 (pairs->pdata[i], public_key) == 0)
        return ENTENTE_KEY_KNOWN;
      trust = ENTENTE_KEY_OTHER;
    }

  return trust;
}

static char *
own_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "entente", "own-keys", NULL);
}

/* The public keys this user signed with, now and before a replacement:
 * one a line. */
static GStrv
read_own_keys (void)
{
  g_autofree char *path = own_path ();
  g_autofree char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  return g_strsplit (g_strstrip (text), "\n", -1);
}

/**
 * entente_known_keys_add_own:
 *
 * Records @public_key as one this user signs with: their sign-offs read
 * valid to them under any name, and their own name with another key
 * reads as a changed key.  Only a key that signed here is recorded, so
 * signing as someone else never makes one's key theirs.
 */
gboolean
entente_known_keys_add_own (const char  *public_key,
                            GError     **error)
{
  g_autofree char *path = own_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_auto(GStrv) own = read_own_keys ();
  g_autoptr(GString) s = g_string_new (NULL);

  if (own != NULL && g_strv_contains ((const char * const *) own, public_key))
    return TRUE;
  for (guint i = 0; own != NULL && own[i] != NULL; i++)
    if (*own[i] != '\0')
      g_string_append_printf (s, "%s\n", own[i]);
  g_string_append_printf (s, "%s\n", public_key);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Known keys cannot be kept in %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  return g_file_set_contents_full (path, s->str, (gssize) s->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * entente_known_keys_add:
 *
 * Records that @public_key is @signer's, after the user compared its
 * fingerprint with them (or it is the user's own).
 */
gboolean
entente_known_keys_add (const char  *signer,
                        const char  *public_key,
                        GError     **error)
{
  g_autofree char *path = list_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = NULL;
  g_autoptr(GString) s = NULL;
  g_autofree char *line_name = NULL;

  g_return_val_if_fail (signer != NULL && public_key != NULL, FALSE);

  if (entente_known_keys_check (signer, public_key) == ENTENTE_KEY_KNOWN)
    return TRUE;

  /* A name is one line. */
  line_name = g_strdelimit (g_strdup (signer), "\r\n", ' ');
  if (!g_file_get_contents (path, &text, NULL, NULL))
    text = g_strdup ("");
  s = g_string_new (text);
  if (s->len > 0 && s->str[s->len - 1] != '\n')
    g_string_append_c (s, '\n');
  g_string_append_printf (s, "%s %s\n", public_key, line_name);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Known keys cannot be kept in %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  return g_file_set_contents_full (path, s->str, (gssize) s->len, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
