/* entente-window-export.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-alert.h"
#include "entente-example.h"
#include "entente-file-dialog.h"
#include "entente-file-replace.h"
#include "entente-render.h"
#include "entente-row-util.h"
#include "entente-window-export.h"

/* The agreement on paper: printing through GTK with the very layout the
 * PDF export uses, and exporting PDF, HTML or Markdown, each written
 * atomically, then offered to open. */

/* Page setup, remembered across prints and sessions. */
static GtkPageSetup *page_setup;

static char *
page_setup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "entente", "page-setup.ini", NULL);
}

static GtkPageSetup *
get_page_setup (void)
{
  if (page_setup == NULL)
    {
      g_autofree char *path = page_setup_path ();

      page_setup = gtk_page_setup_new_from_file (path, NULL);
    }

  return page_setup;
}

static void
remember_page_setup (GtkPageSetup *setup)
{
  g_autofree char *path = page_setup_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_set_object (&page_setup, setup);
  g_mkdir_with_parents (dir, 0700);
  gtk_page_setup_to_file (setup, path, NULL);
}

/**
 * entente_window_get_paper:
 *
 * The paper of Preferences: what every PDF the window writes is laid out
 * on, and what Print starts from.
 *
 * Returns: the paper the user chose
 */
EntentePaper
entente_window_get_paper (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.entente_sla.Entente");
  g_autofree char *paper = g_settings_get_string (settings, "paper-size");

  return g_strcmp0 (paper, "letter") == 0 ? ENTENTE_PAPER_LETTER : ENTENTE_PAPER_A4;
}

static EntentePaper
paper_of_setup (GtkPageSetup *setup)
{
  GtkPaperSize *size = setup ? gtk_page_setup_get_paper_size (setup) : NULL;

  if (size == NULL)
    return entente_window_get_paper ();

  return g_str_has_prefix (gtk_paper_size_get_name (size), GTK_PAPER_NAME_LETTER) ? ENTENTE_PAPER_LETTER
                                                                                 : ENTENTE_PAPER_A4;
}

/* What Print starts from: the page setup printed with last, on the paper
 * of Preferences; the print dialog may still choose another for a job. */
static GtkPageSetup *
print_page_setup (void)
{
  GtkPageSetup *setup = get_page_setup () != NULL ? gtk_page_setup_copy (get_page_setup ()) : gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (entente_window_get_paper () == ENTENTE_PAPER_LETTER
                                                     ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, size);
  return setup;
}

/* Printing: one job, laid out once its page setup is known. */

typedef struct
{
  EntenteWindow          *self;
  EntenteAgreementLayout *layout;
  GtkPageSetup           *setup;   /* the one printed on, kept when it worked */
} PrintJob;

static void
print_job_free (gpointer  data,
                GClosure *closure)
{
  PrintJob *job = data;

  g_clear_object (&job->layout);
  g_clear_object (&job->setup);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  g_clear_object (&job->layout);
  g_clear_object (&job->setup);
  job->layout = entente_agreement_layout_new (entente_window_get_document (job->self), paper_of_setup (setup));
  job->setup = gtk_page_setup_copy (setup);
  gtk_print_operation_set_n_pages (operation, (int) entente_agreement_layout_get_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  /* The operation works in points on the full page, as the layout does. */
  entente_agreement_layout_render_page (job->layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && job->setup != NULL)
    remember_page_setup (job->setup);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      entente_window_toast (job->self, error ? error->message : _("Printing failed."));
    }
}

static GtkPrintOperation *
print_operation_new (EntenteWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  const char *title = entente_meta_get_title (entente_document_get_meta (entente_window_get_document (self)));
  PrintJob *job = g_new0 (PrintJob, 1);

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title ? title : _("Sales & Marketing SLA"));
  {
    g_autoptr(GtkPageSetup) setup = print_page_setup ();

    gtk_print_operation_set_default_page_setup (operation, setup);
  }

  /* The job goes with the operation: freed with its last handler. */
  job->self = self;
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect_data (operation, "done", G_CALLBACK (on_print_done), job, print_job_free, 0);

  return operation;
}

/* Example content: asked before it goes on paper or to a file, never
 * refused, as the template's example may be all a first draft needs. */

typedef void (*GoOn) (EntenteWindow *self,
                      const char    *format);

typedef struct
{
  EntenteWindow *self;
  GoOn           go_on;
  char          *format;
} ExampleQuestion;

static void
example_question_free (gpointer  data,
                       GClosure *closure)
{
  ExampleQuestion *question = data;

  g_object_unref (question->self);
  g_free (question->format);
  g_free (question);
}

static void
on_example_response (EntenteAlert    *alert,
                     const char      *response,
                     ExampleQuestion *question)
{
  if (g_str_equal (response, "go-on"))
    question->go_on (question->self, question->format);
  else if (g_str_equal (response, "show"))
    {
      GPtrArray *findings = entente_window_get_findings (question->self);

      for (guint i = 0; i < findings->len; i++)
        {
          EntenteFinding *finding = g_ptr_array_index (findings, i);

          if (g_str_equal (finding->code, "example-content"))
            {
              entente_window_reveal (question->self, finding);
              break;
            }
        }
    }
}

/* Returns whether it asked; @go_on is then called on "go-on". */
static gboolean
ask_about_examples (EntenteWindow *self,
                    const char    *heading,
                    const char    *go_on_label,
                    GoOn           go_on,
                    const char    *format)
{
  g_autofree char *body = entente_example_describe (entente_window_get_document (self));
  g_autoptr(EntenteAlert) alert = NULL;
  ExampleQuestion *question;

  if (body == NULL)
    return FALSE;

  alert = entente_alert_new (heading, body);
  entente_alert_add_response (alert, "cancel", _("_Cancel"), ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "go-on", go_on_label, ENTENTE_ALERT_DEFAULT);
  entente_alert_add_response (alert, "show", _("_Show Persona"), ENTENTE_ALERT_SUGGESTED);
  entente_alert_set_default_response (alert, "show");
  entente_alert_set_close_response (alert, "cancel");
  question = g_new0 (ExampleQuestion, 1);
  question->self = g_object_ref (self);
  question->go_on = go_on;
  question->format = g_strdup (format);
  g_signal_connect_data (alert, "response", G_CALLBACK (on_example_response), question, example_question_free, 0);
  entente_alert_present (alert, GTK_WIDGET (self));

  return TRUE;
}

static void
print_now (EntenteWindow *self,
           const char    *format)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (self);

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), NULL);
}

void
entente_window_print (EntenteWindow *self)
{
  if (!ask_about_examples (self, _("Print the Template’s Example?"), _("_Print Anyway"), print_now, NULL))
    print_now (self, NULL);
}

/**
 * entente_window_print_to_file:
 *
 * Prints to a PDF file with no dialog, through the same operation as
 * Print, as "Print to File" does.
 */
gboolean
entente_window_print_to_file (EntenteWindow  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = print_operation_new (self);

  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* Export */

typedef struct
{
  EntenteWindow *self;
  char          *format;
} Export;

static GBytes *
export_bytes (EntenteDocument  *document,
              const char       *format,
              GError          **error)
{
  if (g_str_equal (format, "pdf"))
    return entente_agreement_pdf_export (document, entente_window_get_paper (), error);
  if (g_str_equal (format, "html"))
    return entente_export_html (document, error);
  return entente_export_markdown (document, error);
}

/**
 * entente_window_export_to_file:
 * @format: "pdf", "html" or "md"
 *
 * Writes the agreement to @file, all or nothing.
 */
gboolean
entente_window_export_to_file (EntenteWindow  *self,
                               GFile          *file,
                               const char     *format,
                               GError        **error)
{
  g_autoptr(GBytes) bytes = export_bytes (entente_window_get_document (self), format, error);

  return bytes != NULL &&
         entente_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                        NULL, NULL, NULL, error);
}

static void
on_export_chosen (GFile    *file,
                  gpointer  data)
{
  Export *export = data;
  g_autoptr(GError) error = NULL;

  if (file != NULL && entente_window_export_to_file (export->self, file, export->format, &error))
    entente_window_add_toast (export->self, entente_toast_new_exported (file));
  else if (error != NULL)
    entente_window_toast (export->self, error->message);

  g_object_unref (export->self);
  g_free (export->format);
  g_free (export);
}

static void
export_now (EntenteWindow *self,
            const char    *format)
{
  const char *title = entente_meta_get_title (entente_document_get_meta (entente_window_get_document (self)));
  g_autofree char *base = g_strdup (title && title[0] ? title : _("Sales & Marketing SLA"));
  g_autofree char *name = NULL;
  Export *export = g_new0 (Export, 1);

  g_strdelimit (base, "/\\:*?\"<>|", '-');
  name = g_strdup_printf ("%s.%s", base, format);
  export->self = g_object_ref (self);
  export->format = g_strdup (format);
  entente_file_dialog_save_other (GTK_WINDOW (self), _("Export Agreement"), name,
                                  g_str_equal (format, "pdf") ? ENTENTE_FILE_PDF
                                  : g_str_equal (format, "html") ? ENTENTE_FILE_HTML : ENTENTE_FILE_MARKDOWN,
                                  on_export_chosen, export);
}

/**
 * entente_window_export:
 * @format: "pdf", "html" or "md"
 */
void
entente_window_export (EntenteWindow *self,
                       const char    *format)
{
  if (!ask_about_examples (self, _("Export the Template’s Example?"), _("_Export Anyway"), export_now, format))
    export_now (self, format);
}
