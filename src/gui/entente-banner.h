/* entente-banner.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ENTENTE_TYPE_BANNER (entente_banner_get_type ())

G_DECLARE_FINAL_TYPE (EntenteBanner, entente_banner, ENTENTE, BANNER, AdwBin)

GtkWidget  *entente_banner_new                    (void);
const char *entente_banner_get_title              (EntenteBanner *self);
void        entente_banner_set_title              (EntenteBanner *self,
                                                   const char    *title);
void        entente_banner_set_title_tooltip      (EntenteBanner *self,
                                                   const char    *tooltip);
gboolean    entente_banner_get_revealed           (EntenteBanner *self);
void        entente_banner_set_revealed           (EntenteBanner *self,
                                                   gboolean       revealed);
void        entente_banner_set_button             (EntenteBanner *self,
                                                   const char    *label,
                                                   const char    *action_name);
void        entente_banner_set_secondary_button   (EntenteBanner *self,
                                                   const char    *label,
                                                   const char    *action_name);

G_END_DECLS
