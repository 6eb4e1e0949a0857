/* entente-key-store.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"
#include <errno.h>
#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "entente-error.h"
#include "entente-key-store.h"

/* Where the user's own signing key lives: in their keyring, through
 * libsecret (the GNOME keyring; in the Flatpak, the Secret portal), and
 * where no Secret Service runs (entente-cli on a server, the test suite)
 * in a file only they can read, $XDG_DATA_HOME/entente/keys/signing-key,
 * which is said once, when that file is made.
 *
 * $ENTENTE_KEY_STORE=file skips the keyring: a session bus without an
 * unlocked keyring would otherwise ask for a password nobody can type. */

static const SecretSchema schema = {
  "io.github.entente_sla.Entente.SigningKey", SECRET_SCHEMA_NONE,
  {
    { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  },
};

#define KIND "ed25519"

static GMutex notice_lock;
static char *notice;

/**
 * entente_key_store_take_notice:
 *
 * Returns: (transfer full) (nullable): a sentence to tell the user once,
 *   such as where a key was kept without a keyring
 */
char *
entente_key_store_take_notice (void)
{
  char *result;

  g_mutex_lock (&notice_lock);
  result = g_steal_pointer (&notice);
  g_mutex_unlock (&notice_lock);

  return result;
}

static void
set_notice (char *text)
{
  g_mutex_lock (&notice_lock);
  g_free (notice);
  notice = text;
  g_mutex_unlock (&notice_lock);
}

static gboolean
use_keyring (void)
{
  return g_strcmp0 (g_getenv ("ENTENTE_KEY_STORE"), "file") != 0;
}

static char *
key_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "entente", "keys", "signing-key", NULL);
}

/* A keyring that waits on a password prompt nobody can answer (a
 * session without a desktop) must not hold the signature up forever:
 * after this long the keyring is given up for the file. */
#define KEYRING_PATIENCE_SECONDS 15

typedef struct
{
  GCancellable *cancellable;
  GMutex        lock;
  GCond         done_cond;
  gboolean      done;
} Watchdog;

static gpointer
watchdog_run (gpointer data)
{
  Watchdog *dog = data;
  gint64 until = g_get_monotonic_time () + KEYRING_PATIENCE_SECONDS * G_TIME_SPAN_SECOND;

  g_mutex_lock (&dog->lock);
  while (!dog->done)
    if (!g_cond_wait_until (&dog->done_cond, &dog->lock, until))
      {
        g_cancellable_cancel (dog->cancellable);
        break;
      }
  g_mutex_unlock (&dog->lock);

  return NULL;
}

static GThread *
watchdog_start (Watchdog *dog)
{
  dog->cancellable = g_cancellable_new ();
  g_mutex_init (&dog->lock);
  g_cond_init (&dog->done_cond);
  dog->done = FALSE;

  return g_thread_new ("entente-keyring-watchdog", watchdog_run, dog);
}

static void
watchdog_stop (Watchdog *dog,
               GThread  *thread)
{
  g_mutex_lock (&dog->lock);
  dog->done = TRUE;
  g_cond_signal (&dog->done_cond);
  g_mutex_unlock (&dog->lock);
  g_thread_join (thread);
  g_mutex_clear (&dog->lock);
  g_cond_clear (&dog->done_cond);
  g_clear_object (&dog->cancellable);
}

/* The key in the keyring: its text, NULL when there is none, or NULL
 * with @error set when there is no keyring to ask. */
static char *
keyring_lookup (GError **error)
{
  Watchdog dog;
  GThread *thread = watchdog_start (&dog);
  char *secret = secret_password_lookup_sync (&schema, dog.cancellable, error, "kind", KIND, NULL);

  watchdog_stop (&dog, thread);
  {
    char *text = g_strdup (secret);

    secret_password_free (secret);
    return text;
  }
}

static gboolean
keyring_store (const char  *text,
               GError     **error)
{
  Watchdog dog;
  GThread *thread = watchdog_start (&dog);
  gboolean stored = secret_password_store_sync (&schema, SECRET_COLLECTION_DEFAULT,
                                                _("Entente signing key"), text, dog.cancellable, error,
                                                "kind", KIND, NULL);

  watchdog_stop (&dog, thread);
  return stored;
}

static char *
file_lookup (GError **error)
{
  g_autofree char *path = key_path ();
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_get_contents (path, &text, NULL, &local_error))
    {
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                    _("The signing key cannot be read from %s: "), path);
      return NULL;
    }

  return g_strstrip (g_steal_pointer (&text));
}

static gboolean
file_store (const char  *text,
            GError     **error)
{
  g_autofree char *path = key_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The signing key cannot be kept in %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  /* Only its owner may read a private key. */
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  set_notice (g_strdup_printf (_("No keyring could keep your signing key, so it was kept in %s, readable only by you."),
                               path));
  return TRUE;
}

static EntenteSigningKey *
store_new_key (GError **error)
{
  g_autoptr(EntenteSigningKey) key = entente_signing_key_generate (error);
  g_autofree char *text = NULL;
  g_autoptr(GError) keyring_error = NULL;

  if (key == NULL)
    return NULL;
  text = entente_signing_key_to_text (key);
  if (use_keyring () && keyring_store (text, &keyring_error))
    return g_steal_pointer (&key);
  if (keyring_error != NULL)
    g_debug ("No keyring for the signing key: %s", keyring_error->message);
  if (!file_store (text, error))
    return NULL;

  return g_steal_pointer (&key);
}

/**
 * entente_key_store_load:
 * @create: whether to make a key when the user has none yet
 *
 * Returns: (transfer full) (nullable): the user's signing key; %NULL with
 *   @error unset when there is none and @create is %FALSE
 */
EntenteSigningKey *
entente_key_store_load (gboolean   create,
                        GError   **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) keyring_error = NULL;

  if (use_keyring ())
    text = keyring_lookup (&keyring_error);
  if (text == NULL)
    {
      g_autoptr(GError) file_error = NULL;

      text = file_lookup (&file_error);
      if (text == NULL && file_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&file_error));
          return NULL;
        }
    }

  if (text != NULL)
    return entente_signing_key_new_from_text (text, error);
  if (!create)
    return NULL;

  return store_new_key (error);
}

/**
 * entente_key_store_replace:
 *
 * Makes a new key in place of the user's: their earlier sign-offs stay
 * valid, but colleagues see the next ones as by a changed key.
 *
 * Returns: (transfer full) (nullable): the new key
 */
EntenteSigningKey *
entente_key_store_replace (GError **error)
{
  g_autofree char *path = key_path ();

  if (use_keyring ())
    secret_password_clear_sync (&schema, NULL, NULL, "kind", KIND, NULL);
  g_unlink (path);

  return store_new_key (error);
}

static void
job_thread (GTask        *task,
            gpointer      source,
            gpointer      data,
            GCancellable *cancellable)
{
  EntenteKeyJob job = GPOINTER_TO_INT (data);
  GError *error = NULL;
  EntenteSigningKey *key;

  key = job == ENTENTE_KEY_REPLACE ? entente_key_store_replace (&error)
                                   : entente_key_store_load (job == ENTENTE_KEY_CREATE, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, key, (GDestroyNotify) entente_signing_key_free);
}

/**
 * entente_key_store_run:
 * @job: what to do with the user's key
 * @source: (nullable): the object the result is for
 *
 * Does @job in a thread: a keyring may take seconds to answer (or to
 * unlock), which the window must not wait for.
 */
void
entente_key_store_run (EntenteKeyJob        job,
                       gpointer             source,
                       GAsyncReadyCallback  callback,
                       gpointer             data)
{
  g_autoptr(GTask) task = g_task_new (source, NULL, callback, data);

  g_task_set_source_tag (task, entente_key_store_run);
  g_task_set_task_data (task, GINT_TO_POINTER (job), NULL);
  g_task_run_in_thread (task, job_thread);
}

/**
 * entente_key_store_run_finish:
 *
 * Returns: (transfer full) (nullable): the key, or %NULL when there is
 *   none (a %ENTENTE_KEY_LOAD, @error unset) or with @error set
 */
EntenteSigningKey *
entente_key_store_run_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == entente_key_store_run, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * entente_key_store_get_own_name:
 *
 * Who the user is, as they set it in Preferences (the "author-name"
 * setting).  Not the system's name for them: a login name such as
 * "root" is no signature.
 *
 * Returns: (transfer full) (nullable): the name, or %NULL when unknown
 */
char *
entente_key_store_get_own_name (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) found = source ? g_settings_schema_source_lookup (source, "io.github.entente_sla.Entente", TRUE) : NULL;

  /* The schema is installed with the app, not always with entente-cli;
   * its id is the same in development builds, whose application id is
   * not. */
  if (found != NULL && g_settings_schema_has_key (found, "author-name"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (found, NULL, NULL);
      g_autofree char *name = g_strstrip (g_settings_get_string (settings, "author-name"));

      if (*name != '\0')
        return g_steal_pointer (&name);
    }

  return NULL;
}
