/* entente-open-file.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <gio/gunixfdlist.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "entente-open-file.h"

/* A file Entente wrote, handed to the application the desktop opens such
 * files with: the review meetings' calendar to the user's calendar.
 *
 * In a sandbox (or with GTK_USE_PORTAL=1, as GTK reads it) through the
 * OpenURI portal's OpenFile, given the open file rather than its path, so
 * that the sandbox needs no access to where it lies; the portal answers
 * on a request object, whose Response says whether it was opened.
 * Elsewhere through GTK, which asks GIO for the default application. */

#define PORTAL_NAME      "org.freedesktop.portal.Desktop"
#define PORTAL_PATH      "/org/freedesktop/portal/desktop"
#define OPEN_URI         "org.freedesktop.portal.OpenURI"
#define REQUEST          "org.freedesktop.portal.Request"

static gboolean
use_portal (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) ||
         g_strcmp0 (g_getenv ("GTK_USE_PORTAL"), "1") == 0;
}

typedef struct
{
  GDBusConnection *connection;
  guint            response;  /* the subscription to the request's Response */
} Request;

static void
request_free (Request *request)
{
  if (request->response != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response);
  g_clear_object (&request->connection);
  g_free (request);
}

static void
on_response (GDBusConnection *connection,
             const char      *sender,
             const char      *path,
             const char      *interface,
             const char      *signal,
             GVariant        *parameters,
             gpointer         data)
{
  GTask *task = data;
  Request *request = g_task_get_task_data (task);
  guint32 code = 2;

  g_variant_get_child (parameters, 0, "u", &code);
  g_dbus_connection_signal_unsubscribe (request->connection, request->response);
  request->response = 0;
  /* 0: opened; 1: the person dismissed the choice of application. */
  if (code == 0)
    g_task_return_boolean (task, TRUE);
  else if (code == 1)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Opening the file was cancelled."));
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", _("No application could open the file."));
  g_object_unref (task);
}

static void
on_open_file_called (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  GTask *task = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_with_unix_fd_list_finish (G_DBUS_CONNECTION (source), NULL,
                                                                              result, &error);

  /* On success the Response follows, and ends the task. */
  if (reply == NULL)
    {
      Request *request = g_task_get_task_data (task);

      g_dbus_connection_signal_unsubscribe (request->connection, request->response);
      request->response = 0;
      g_dbus_error_strip_remote_error (error);
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
    }
}

static void
open_with_portal (GTask *task,
                  GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *token = g_strdup_printf ("entente%u", g_random_int ());
  g_autofree char *sender = NULL;
  g_autofree char *handle = NULL;
  GVariantBuilder options;
  Request *request;
  int fd, index;

  request = g_new0 (Request, 1);
  request->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  if (request->connection == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  fd = path != NULL ? g_open (path, O_RDONLY | O_CLOEXEC, 0) : -1;
  if (fd < 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (errno), "%s", g_strerror (errno));
      g_object_unref (task);
      return;
    }
  index = g_unix_fd_list_append (fds, fd, &error);
  close (fd);
  if (index < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  /* The request object is named after the caller and the token; listen
   * before asking, so that a quick answer is not missed. */
  sender = g_strdup (g_dbus_connection_get_unique_name (request->connection) + 1);
  g_strdelimit (sender, ".", '_');
  handle = g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
  request->response = g_dbus_connection_signal_subscribe (request->connection, PORTAL_NAME, REQUEST, "Response",
                                                          handle, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                                          on_response, task, NULL);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_dbus_connection_call_with_unix_fd_list (request->connection, PORTAL_NAME, PORTAL_PATH, OPEN_URI, "OpenFile",
                                            g_variant_new ("(sha{sv})", "", index, &options),
                                            G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, G_MAXINT, fds,
                                            g_task_get_cancellable (task), on_open_file_called, task);
}

static void
on_shown (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  GTask *task = data;
  g_autoptr(GError) error = NULL;

  if (gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

/**
 * entente_open_file_async:
 * @parent: (nullable): the window the request comes from
 * @file: a local file
 *
 * Opens @file with the application the desktop opens such files with.
 */
void
entente_open_file_async (GtkWindow           *parent,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, entente_open_file_async);
  if (use_portal ())
    open_with_portal (task, file);
  else
    {
      g_autofree char *uri = g_file_get_uri (file);

      gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, cancellable, on_shown, task);
    }
}

gboolean
entente_open_file_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
