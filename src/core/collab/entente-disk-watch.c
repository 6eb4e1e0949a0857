/* entente-disk-watch.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-disk-watch.h"

/* The file of the open document, watched for saves by someone else, with
 * the version last read from it or saved to it: the base over which their
 * version merges into the edits, so that nothing either side did is lost.
 *
 * The watch decides what a change asks for (EntenteDiskChange) and makes
 * the merge; whoever observes it takes the merge into its document (with
 * its undo history, its drafts, its words for what came in). */

struct _EntenteDiskWatch
{
  GObject          parent_instance;

  EntenteDocument *document;
  GFileMonitor    *monitor;
  GBytes          *base;
};

G_DEFINE_FINAL_TYPE (EntenteDiskWatch, entente_disk_watch, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
stop_monitor (EntenteDiskWatch *self)
{
  if (self->monitor == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
entente_disk_watch_dispose (GObject *object)
{
  EntenteDiskWatch *self = ENTENTE_DISK_WATCH (object);

  stop_monitor (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->base, g_bytes_unref);

  G_OBJECT_CLASS (entente_disk_watch_parent_class)->dispose (object);
}

static void
entente_disk_watch_class_init (EntenteDiskWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = entente_disk_watch_dispose;

  /**
   * EntenteDiskWatch::changed:
   * @change: what the change asks for
   * @merge: (nullable) (type EntenteDiskMerge): with
   *   %ENTENTE_DISK_CHANGE_MERGED, the merge to take; the base is theirs
   *   from then on
   *
   * Someone else saved the document's file.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_POINTER);
}

static void
entente_disk_watch_init (EntenteDiskWatch *self)
{
}

EntenteDiskWatch *
entente_disk_watch_new (void)
{
  return g_object_new (ENTENTE_TYPE_DISK_WATCH, NULL);
}

/* What a save of someone else's asks for, once it is known to be one. */
static void
decide (EntenteDiskWatch *self)
{
  g_autoptr(EntenteDiskMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  if (!entente_document_get_modified (self->document))
    {
      g_signal_emit (self, signals[CHANGED], 0, ENTENTE_DISK_CHANGE_RELOAD, NULL);
      return;
    }

  /* With edits of our own, the version last read is the common base:
   * theirs merges into ours, and nothing typed is lost. */
  if (self->base != NULL)
    merge = entente_disk_watch_merge (self, &error);
  if (merge == NULL)
    {
      if (error != NULL)
        g_debug ("The file changed on disk could not be merged: %s", error->message);
      g_signal_emit (self, signals[CHANGED], 0, ENTENTE_DISK_CHANGE_ASK, NULL);
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0, ENTENTE_DISK_CHANGE_MERGED, merge);
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 EntenteDiskWatch  *self)
{
  gboolean changed = FALSE;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;

  /* Our own saves change the file too; the content digest tells them
   * apart, and catches a change made within the tick of ours.  A
   * document that knows no version of its file (a draft restored as it
   * was) hears of every change. */
  if (!entente_document_file_changed (self->document, &changed, NULL, NULL))
    return;
  if (!changed && entente_document_get_etag (self->document) != NULL)
    return;

  decide (self);
}

static void
watch_file (EntenteDiskWatch *self)
{
  GFile *file = self->document != NULL ? entente_document_get_file (self->document) : NULL;

  stop_monitor (self);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

/**
 * entente_disk_watch_set_document:
 *
 * Watches the file of @document, and follows it when it is saved
 * elsewhere.  The base stays as it was: set it with the document.
 */
void
entente_disk_watch_set_document (EntenteDiskWatch *self,
                                 EntenteDocument  *document)
{
  g_return_if_fail (ENTENTE_IS_DISK_WATCH (self));
  g_return_if_fail (ENTENTE_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_set_object (&self->document, document);
  g_signal_connect_swapped (document, "notify::file", G_CALLBACK (watch_file), self);
  watch_file (self);
}

/**
 * entente_disk_watch_set_base:
 * @base: (nullable): the bytes of the version last read from the file or
 *   saved to it
 */
void
entente_disk_watch_set_base (EntenteDiskWatch *self,
                             GBytes           *base)
{
  g_return_if_fail (ENTENTE_IS_DISK_WATCH (self));

  if (base != NULL)
    g_bytes_ref (base);
  g_clear_pointer (&self->base, g_bytes_unref);
  self->base = base;
}

/**
 * entente_disk_watch_get_base:
 *
 * Returns: (transfer none) (nullable): the version the edits started from
 */
GBytes *
entente_disk_watch_get_base (EntenteDiskWatch *self)
{
  g_return_val_if_fail (ENTENTE_IS_DISK_WATCH (self), NULL);

  return self->base;
}

/**
 * entente_disk_watch_merge:
 *
 * Merges the version the file holds now into the document, over the
 * base, and makes that version the base: the caller takes the merge.
 *
 * Returns: (transfer full) (nullable): the merge, or %NULL with @error
 *   set when there is no base or no agreement to merge
 */
EntenteDiskMerge *
entente_disk_watch_merge (EntenteDiskWatch  *self,
                          GError           **error)
{
  EntenteDiskMerge *merge;

  g_return_val_if_fail (ENTENTE_IS_DISK_WATCH (self), NULL);
  g_return_val_if_fail (self->document != NULL, NULL);

  if (self->base == NULL || entente_document_get_file (self->document) == NULL)
    {
      /* Not for people: the caller says what could not be done. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no version of the file to merge over");
      return NULL;
    }

  merge = entente_disk_merge (self->document, self->base, error);
  if (merge != NULL)
    {
      g_clear_pointer (&self->base, g_bytes_unref);
      self->base = entente_document_serialize (merge->theirs);
    }

  return merge;
}
