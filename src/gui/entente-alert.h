/* entente-alert.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  ENTENTE_ALERT_DEFAULT,
  ENTENTE_ALERT_SUGGESTED,
  ENTENTE_ALERT_DESTRUCTIVE,
} EntenteAlertAppearance;

#define ENTENTE_TYPE_ALERT (entente_alert_get_type ())

G_DECLARE_FINAL_TYPE (EntenteAlert, entente_alert, ENTENTE, ALERT, GObject)

EntenteAlert *entente_alert_new                  (const char             *heading,
                                                  const char             *body);
void          entente_alert_set_body_markup      (EntenteAlert           *self,
                                                  const char             *markup);
void          entente_alert_add_response         (EntenteAlert           *self,
                                                  const char             *id,
                                                  const char             *label,
                                                  EntenteAlertAppearance  appearance);
void          entente_alert_set_default_response (EntenteAlert           *self,
                                                  const char             *id);
void          entente_alert_set_close_response   (EntenteAlert           *self,
                                                  const char             *id);
void          entente_alert_present              (EntenteAlert           *self,
                                                  GtkWidget              *parent);
void          entente_alert_present_for_application (EntenteAlert        *self,
                                                     GtkApplication      *application);
const char   *entente_alert_get_heading          (EntenteAlert           *self);
const char   *entente_alert_get_body             (EntenteAlert           *self);
void          entente_alert_respond              (EntenteAlert           *self,
                                                  const char             *id);
void          entente_alert_set_extra_child      (EntenteAlert           *self,
                                                  GtkWidget              *child);
void          entente_alert_set_response_enabled (EntenteAlert           *self,
                                                  const char             *id,
                                                  gboolean                enabled);
gboolean      entente_alert_get_response_enabled (EntenteAlert           *self,
                                                  const char             *id);
GtkWidget    *entente_alert_get_dialog           (EntenteAlert           *self);
EntenteAlert *entente_alert_find_open            (const char             *heading);

G_END_DECLS
