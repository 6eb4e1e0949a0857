/* entente-conflict-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "entente-conflict-row.h"
#include "entente-pages-dialog.h"
#include "entente-row-util.h"
#include "entente-window.h"

/* One merge conflict in the conflicts dialog.  The versions stand side
 * by side, before, yours and theirs, each headed by whose copy it was;
 * a conflict about a whole item (added on both sides, deleted on one and
 * edited on the other) shows the item's fields, one row each, with the
 * rows in which the versions differ in bold, rather than the XML the
 * conflict records.  The version the SLA holds for now is marked kept:
 * yours for a value, but theirs for an item you deleted and they edited.
 * Every word comes from core (entente-conflict-describe.c), which the
 * command line shares. */

struct _EntenteConflictRow
{
  GtkListBoxRow    parent_instance;

  EntenteDocument *document;
  EntenteConflict *conflict;

  GtkLabel        *where;
  GtkLabel        *outcome;
  GtkGrid         *versions;
  GtkButton       *take_ours;
  GtkButton       *take_theirs;
  GtkButton       *take_base;
  GtkButton       *resolved;
};

G_DEFINE_FINAL_TYPE (EntenteConflictRow, entente_conflict_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CONFLICT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Left to right as it happened: before, then each side. */
static const EntenteConflictChoice columns[] = {
  ENTENTE_CONFLICT_TAKE_BASE,
  ENTENTE_CONFLICT_TAKE_OURS,
  ENTENTE_CONFLICT_TAKE_THEIRS,
};

/* Resolving */

static void
take (EntenteConflictRow    *self,
      EntenteConflictChoice  choice)
{
  /* Resolving removes this row from its list. */
  g_autoptr(EntenteConflictRow) hold = g_object_ref (self);
  g_autoptr(EntenteConflict) conflict = g_object_ref (self->conflict);
  GtkWidget *dialog = entente_pages_dialog_of (GTK_WIDGET (self));
  GtkWindow *parent = dialog != NULL ? entente_pages_dialog_get_parent (dialog) : NULL;
  EntenteHistory *history = ENTENTE_IS_WINDOW (parent) ? entente_window_get_history (ENTENTE_WINDOW (parent)) : NULL;
  g_autoptr(GError) error = NULL;

  /* One undo brings back the value and the conflict. */
  if (history != NULL)
    entente_history_begin_group (history);
  entente_document_resolve_conflict (self->document, conflict, choice, &error);
  if (history != NULL)
    entente_history_end_group (history);

  if (error != NULL && dialog != NULL)
    entente_pages_dialog_add_toast (dialog, entente_toast_new (error->message));
}

static void
on_take_ours (EntenteConflictRow *self)
{
  take (self, ENTENTE_CONFLICT_TAKE_OURS);
}

static void
on_take_theirs (EntenteConflictRow *self)
{
  take (self, ENTENTE_CONFLICT_TAKE_THEIRS);
}

static void
on_take_base (EntenteConflictRow *self)
{
  take (self, ENTENTE_CONFLICT_TAKE_BASE);
}

static void
on_resolved (EntenteConflictRow *self)
{
  g_autoptr(EntenteConflictRow) hold = g_object_ref (self);
  GListModel *conflicts = entente_document_get_conflicts (self->document);

  for (guint i = 0, n = g_list_model_get_n_items (conflicts); i < n; i++)
    {
      g_autoptr(EntenteConflict) item = g_list_model_get_item (conflicts, i);

      if (item == self->conflict)
        {
          entente_item_remove (ENTENTE_ITEM (self->document), ENTENTE_DOCUMENT_FIELD_CONFLICTS, i);
          break;
        }
    }
}

/* Showing the versions */

static const char *
version_nick (EntenteConflictChoice choice)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ENTENTE_TYPE_CONFLICT_CHOICE);

  return g_enum_get_value (klass, choice)->value_nick;
}

/* "Before", "Yours", "Theirs", or with the names the merge recorded:
 * "Priya (yours)". */
static char *
heading (EntenteConflict       *conflict,
         EntenteConflictChoice  choice)
{
  const char *name = choice == ENTENTE_CONFLICT_TAKE_OURS ? entente_conflict_get_ours_name (conflict)
                   : choice == ENTENTE_CONFLICT_TAKE_THEIRS ? entente_conflict_get_theirs_name (conflict) : NULL;
  gboolean named = name != NULL && name[0] != '\0';

  switch (choice)
    {
    case ENTENTE_CONFLICT_TAKE_OURS:
      /* Translators: heads the version of a merge conflict from the
       * user's own copy; %s is whose copy that was */
      return named ? g_strdup_printf (_("%s (yours)"), name) : g_strdup (_("Yours"));
    case ENTENTE_CONFLICT_TAKE_THEIRS:
      /* Translators: heads the version of a merge conflict from the other
       * copy; %s is whose copy that was */
      return named ? g_strdup_printf (_("%s (theirs)"), name) : g_strdup (_("Theirs"));
    case ENTENTE_CONFLICT_TAKE_BASE:
    default:
      return g_strdup (_("Before"));
    }
}

static GtkWidget *
cell_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return label;
}

static GtkWidget *
field_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
attach_headings (EntenteConflictRow *self)
{
  EntenteConflictChoice kept = entente_conflict_get_kept (self->conflict);

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      g_autofree char *text = heading (self->conflict, columns[i]);
      g_autofree char *name = g_strdup_printf ("conflict-version-%s", version_nick (columns[i]));
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_set_name (box, name);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (box), label);
      if (columns[i] == kept)
        {
          GtkWidget *note = gtk_label_new (_("kept for now"));

          gtk_label_set_xalign (GTK_LABEL (note), 0.0f);
          gtk_widget_add_css_class (note, "caption");
          gtk_widget_add_css_class (note, "accent");
          gtk_box_append (GTK_BOX (box), note);
          gtk_widget_add_css_class (box, "kept");
        }
      gtk_grid_attach (self->versions, box, (int) i + 1, 0, 1, 1);
    }
}

/* A value, or entries of a list without keys: one line each version. */
static void
attach_values (EntenteConflictRow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *text = entente_conflict_describe_version (self->document, self->conflict, columns[i]);

      gtk_grid_attach (self->versions, cell_new (text), (int) i + 1, 1, 1, 1);
    }
}

/* An item: its fields, row by row; a version without it says why. */
static void
attach_fields (EntenteConflictRow *self,
               GPtrArray          *rows)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (entente_conflict_get_version (self->conflict, columns[i]) == NULL)
      {
        g_autofree char *text = entente_conflict_describe_version (self->document, self->conflict, columns[i]);
        GtkWidget *cell = cell_new (text);

        gtk_widget_add_css_class (cell, "dim-label");
        gtk_grid_attach (self->versions, cell, (int) i + 1, 1, 1, (int) MAX (rows->len, 1));
      }

  for (guint r = 0; r < rows->len; r++)
    {
      EntenteConflictFieldRow *row = rows->pdata[r];
      GtkWidget *label = field_label_new (row->label);

      gtk_grid_attach (self->versions, label, 0, (int) r + 1, 1, 1);
      for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
        {
          GtkWidget *cell;

          if (entente_conflict_get_version (self->conflict, columns[i]) == NULL)
            continue;
          /* Translators: a field an item does not set, beside the
           * versions of a merge conflict that do */
          cell = cell_new (row->values[columns[i]] != NULL ? row->values[columns[i]] : C_("field", "—"));
          if (row->differs)
            gtk_widget_add_css_class (cell, "entente-conflict-differs");
          gtk_grid_attach (self->versions, cell, (int) i + 1, (int) r + 1, 1, 1);
        }
      if (row->differs)
        gtk_widget_add_css_class (label, "entente-conflict-differs");
    }
}

static void
fill (EntenteConflictRow *self)
{
  g_autofree char *where = entente_conflict_describe_path (self->document, self->conflict);
  g_autofree char *outcome = entente_conflict_describe_outcome (self->conflict);
  g_autoptr(GPtrArray) rows = entente_conflict_describe_fields (self->document, self->conflict);
  EntenteConflictChoice kept = entente_conflict_get_kept (self->conflict);
  GtkButton *buttons[] = {
    [ENTENTE_CONFLICT_TAKE_OURS] = self->take_ours,
    [ENTENTE_CONFLICT_TAKE_THEIRS] = self->take_theirs,
    [ENTENTE_CONFLICT_TAKE_BASE] = self->take_base,
  };

  gtk_label_set_label (self->where, where);
  gtk_label_set_label (self->outcome, outcome != NULL ? outcome : "");
  gtk_widget_set_visible (GTK_WIDGET (self->outcome), outcome != NULL);

  attach_headings (self);
  if (rows != NULL)
    attach_fields (self, rows);
  else
    attach_values (self);

  /* The kept version needs no button: Mark Resolved keeps it. */
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      gtk_widget_set_visible (GTK_WIDGET (buttons[i]), i != kept);
      gtk_widget_set_sensitive (GTK_WIDGET (buttons[i]), entente_conflict_can_take (self->conflict, i));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, where, -1);
}

/* GObject */

static void
entente_conflict_row_constructed (GObject *object)
{
  EntenteConflictRow *self = ENTENTE_CONFLICT_ROW (object);

  G_OBJECT_CLASS (entente_conflict_row_parent_class)->constructed (object);

  g_return_if_fail (ENTENTE_IS_DOCUMENT (self->document));
  g_return_if_fail (ENTENTE_IS_CONFLICT (self->conflict));
  fill (self);
}

static void
entente_conflict_row_dispose (GObject *object)
{
  EntenteConflictRow *self = ENTENTE_CONFLICT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_CONFLICT_ROW);
  g_clear_object (&self->conflict);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (entente_conflict_row_parent_class)->dispose (object);
}

static void
entente_conflict_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  EntenteConflictRow *self = ENTENTE_CONFLICT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_CONFLICT:
      g_value_set_object (value, self->conflict);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_conflict_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  EntenteConflictRow *self = ENTENTE_CONFLICT_ROW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    case PROP_CONFLICT:
      self->conflict = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_conflict_row_class_init (EntenteConflictRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = entente_conflict_row_constructed;
  object_class->dispose = entente_conflict_row_dispose;
  object_class->get_property = entente_conflict_row_get_property;
  object_class->set_property = entente_conflict_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ENTENTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFLICT] =
    g_param_spec_object ("conflict", NULL, NULL, ENTENTE_TYPE_CONFLICT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-conflict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, where);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, outcome);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, versions);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, take_ours);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, take_theirs);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, take_base);
  gtk_widget_class_bind_template_child (widget_class, EntenteConflictRow, resolved);
  gtk_widget_class_bind_template_callback (widget_class, on_take_ours);
  gtk_widget_class_bind_template_callback (widget_class, on_take_theirs);
  gtk_widget_class_bind_template_callback (widget_class, on_take_base);
  gtk_widget_class_bind_template_callback (widget_class, on_resolved);
}

static void
entente_conflict_row_init (EntenteConflictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * entente_conflict_row_new:
 * @document: the document that holds @conflict
 * @conflict: one of its conflicts
 *
 * Returns: (transfer floating): a row that shows @conflict and resolves
 *   it in @document
 */
GtkWidget *
entente_conflict_row_new (EntenteDocument *document,
                          EntenteConflict *conflict)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ENTENTE_IS_CONFLICT (conflict), NULL);

  return g_object_new (ENTENTE_TYPE_CONFLICT_ROW, "document", document, "conflict", conflict, NULL);
}
