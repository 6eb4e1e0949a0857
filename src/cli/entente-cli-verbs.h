/* entente-cli-verbs.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses shared by every verb. */
enum {
  ENTENTE_CLI_OK = 0,
  ENTENTE_CLI_FAILED = 1,   /* an input is invalid, or the work could not be done */
  ENTENTE_CLI_USAGE = 2,    /* the command line itself is wrong */
};

gboolean entente_cli_parse_options (const char          *verb,
                                    const GOptionEntry  *entries,
                                    int                 *argc,
                                    char              ***argv,
                                    int                 *status);
char    *entente_cli_display_name  (const char          *path);
int      entente_cli_width         (const char          *text);
char    *entente_cli_pad           (const char          *text,
                                    int                  width,
                                    gboolean             right);
void     entente_cli_print_columns (const char          *indent,
                                    guint                n_columns,
                                    guint                right,
                                    GPtrArray           *cells);

/* Declared here rather than in a header of core: what a command line
 * needs is a document or a message on stderr. */
typedef struct _EntenteDocument EntenteDocument;
EntenteDocument *entente_cli_load  (const char          *path);
typedef struct _EntenteConflict EntenteConflict;
void entente_cli_append_conflict (GString         *out,
                                  EntenteDocument *document,
                                  EntenteConflict *conflict);
EntenteDocument *entente_cli_load_with_bytes (const char *path,
                                              GBytes    **bytes_out);

int entente_cli_validate  (int argc, char **argv);
int entente_cli_normalize (int argc, char **argv);
int entente_cli_funnel    (int argc, char **argv);
int entente_cli_plan      (int argc, char **argv);
int entente_cli_check     (int argc, char **argv);
int entente_cli_export    (int argc, char **argv);
int entente_cli_diff      (int argc, char **argv);
int entente_cli_digest    (int argc, char **argv);
int entente_cli_approve   (int argc, char **argv);
int entente_cli_verify    (int argc, char **argv);
int entente_cli_conflicts (int argc, char **argv);
int entente_cli_resolve   (int argc, char **argv);
int entente_cli_merge     (int argc, char **argv);
int entente_cli_git_setup (int argc, char **argv);
int entente_cli_report    (int argc, char **argv);

G_END_DECLS
