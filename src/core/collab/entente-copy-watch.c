/* entente-copy-watch.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-conflicted-copy.h"
#include "entente-copy-watch.h"

/* The conflicted copies that sync tools leave beside a file: those there
 * when the watch starts, and those that appear in the folder after, by
 * any way a file arrives (written in place, renamed from a temporary
 * name, moved in).  A copy that goes away is forgotten; one set aside
 * (dismissed, or merged and kept) is not offered again while the watch
 * lasts, even if the sync tool rewrites it. */

struct _EntenteCopyWatch
{
  GObject       parent_instance;

  GFile        *file;
  char         *basename;
  GFileMonitor *monitor;
  GPtrArray    *copies;     /* GFile, in the order they were found */
  GHashTable   *set_aside;  /* URIs */
};

G_DEFINE_FINAL_TYPE (EntenteCopyWatch, entente_copy_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
find_copy (EntenteCopyWatch *self,
           GFile            *copy)
{
  for (guint i = 0; i < self->copies->len; i++)
    if (g_file_equal (g_ptr_array_index (self->copies, i), copy))
      return (int) i;

  return -1;
}

static gboolean
is_set_aside (EntenteCopyWatch *self,
              GFile            *copy)
{
  g_autofree char *uri = g_file_get_uri (copy);

  return g_hash_table_contains (self->set_aside, uri);
}

static void
consider (EntenteCopyWatch *self,
          GFile            *child)
{
  g_autofree char *name = g_file_get_basename (child);

  if (name == NULL || !entente_conflicted_copy_match (self->basename, name, NULL) ||
      find_copy (self, child) >= 0 || is_set_aside (self, child))
    return;

  g_ptr_array_add (self->copies, g_object_ref (child));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
forget (EntenteCopyWatch *self,
        GFile            *child)
{
  int i = find_copy (self, child);

  if (i < 0)
    return;

  g_ptr_array_remove_index (self->copies, (guint) i);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *child,
                   GFile             *other,
                   GFileMonitorEvent  event,
                   EntenteCopyWatch  *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
      consider (self, child);
      break;

    case G_FILE_MONITOR_EVENT_RENAMED:
      forget (self, child);
      if (other != NULL)
        consider (self, other);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      forget (self, child);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
scan (EntenteCopyWatch *self,
      GFile            *folder)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    consider (self, child);
}

static void
entente_copy_watch_dispose (GObject *object)
{
  EntenteCopyWatch *self = ENTENTE_COPY_WATCH (object);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  G_OBJECT_CLASS (entente_copy_watch_parent_class)->dispose (object);
}

static void
entente_copy_watch_finalize (GObject *object)
{
  EntenteCopyWatch *self = ENTENTE_COPY_WATCH (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->basename, g_free);
  g_clear_pointer (&self->copies, g_ptr_array_unref);
  g_clear_pointer (&self->set_aside, g_hash_table_unref);

  G_OBJECT_CLASS (entente_copy_watch_parent_class)->finalize (object);
}

static void
entente_copy_watch_class_init (EntenteCopyWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = entente_copy_watch_dispose;
  object_class->finalize = entente_copy_watch_finalize;

  /**
   * EntenteCopyWatch::changed:
   *
   * A conflicted copy appeared or went, or was set aside.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
entente_copy_watch_init (EntenteCopyWatch *self)
{
  self->copies = g_ptr_array_new_with_free_func (g_object_unref);
  self->set_aside = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * entente_copy_watch_new:
 * @file: a file whose conflicted copies to watch for
 *
 * Starts watching the folder of @file, with the copies already there.
 * A folder that cannot be read or watched gives a watch that finds
 * nothing, or only what was there.
 *
 * Returns: (transfer full): the watch
 */
EntenteCopyWatch *
entente_copy_watch_new (GFile *file)
{
  EntenteCopyWatch *self;
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ENTENTE_TYPE_COPY_WATCH, NULL);
  self->file = g_object_ref (file);
  self->basename = g_file_get_basename (file);
  folder = g_file_get_parent (file);
  if (folder == NULL || self->basename == NULL)
    return self;

  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);
  scan (self, folder);

  return self;
}

/**
 * entente_copy_watch_get_file:
 *
 * Returns: (transfer none): the file whose copies are watched for
 */
GFile *
entente_copy_watch_get_file (EntenteCopyWatch *self)
{
  g_return_val_if_fail (ENTENTE_IS_COPY_WATCH (self), NULL);

  return self->file;
}

/**
 * entente_copy_watch_peek:
 * @who: (out) (optional) (nullable) (transfer full): whom the copy's name
 *   says it is from, if anyone
 *
 * Returns: (transfer none) (nullable): the conflicted copy found first
 *   that is still there and not set aside
 */
GFile *
entente_copy_watch_peek (EntenteCopyWatch  *self,
                         char             **who)
{
  GFile *copy;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ENTENTE_IS_COPY_WATCH (self), NULL);

  if (who != NULL)
    *who = NULL;
  if (self->copies->len == 0)
    return NULL;

  copy = g_ptr_array_index (self->copies, 0);
  name = g_file_get_basename (copy);
  entente_conflicted_copy_match (self->basename, name, who);

  return copy;
}

/**
 * entente_copy_watch_set_aside:
 * @copy: a conflicted copy, dismissed, or merged and dealt with
 *
 * Offers @copy no more.  Not an error for a file that is not one.
 */
void
entente_copy_watch_set_aside (EntenteCopyWatch *self,
                              GFile            *copy)
{
  g_return_if_fail (ENTENTE_IS_COPY_WATCH (self));
  g_return_if_fail (G_IS_FILE (copy));

  g_hash_table_add (self->set_aside, g_file_get_uri (copy));
  forget (self, copy);
}
