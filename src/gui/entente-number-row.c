/* entente-number-row.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "entente-number-row.h"
#include "entente-row-util.h"
#include "entente-value.h"

/* The editor of every number people type: counts, money and rates (a
 * fraction in the file, a percentage on screen).  It shows the model's
 * value the way the interface language writes it ("250,000", "250.000")
 * and reads what is typed the same way or as plain digits.
 *
 * It writes only what a person changed.  The text shown for the model's
 * value is kept; a commit (Enter, or the focus leaving) whose text is
 * still that text, or reads as the value the model already holds, writes
 * nothing, so focusing, tabbing and re-formatting never touch the
 * document.  A text it cannot read, or a number outside the field's range
 * (entente_value_get_range(), the loader's rule), is marked as an error
 * in the row and written nowhere; Escape puts the model's value back. */

#define MAX_QUOTED 40

struct _EntenteNumberRow
{
  AdwActionRow     parent_instance;

  GtkEntry        *entry;
  GtkLabel        *unit;

  EntenteItem     *item;
  guint            field;
  EntenteDocument *money_of;

  char            *shown;   /* the text last shown for the model's value */
  char            *error;   /* why the typed text was not written */
};

G_DEFINE_FINAL_TYPE (EntenteNumberRow, entente_number_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_FIELD,
  PROP_MONEY_OF,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const EntenteField *
field_of (EntenteNumberRow *self)
{
  return entente_row_field (self->item, self->field);
}

static EntenteValueKind
kind_of (EntenteNumberRow *self)
{
  return field_of (self)->kind;
}

/* Rounds away what binary fractions add to a decimal one (0.07 × 100 is
 * 7.000000000000001). */
static double
tidy (double value,
      int    significant)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  g_snprintf (format, sizeof format, "%%.%dg", significant);
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  return g_ascii_strtod (buffer, NULL);
}

/* The model's value, in the unit people see: a rate as a percentage. */
static double
model_value (EntenteNumberRow *self)
{
  switch (kind_of (self))
    {
    case ENTENTE_VALUE_INT:
      return entente_item_get_int (self->item, self->field);
    case ENTENTE_VALUE_RATE:
      return tidy (entente_item_get_double (self->item, self->field) * 100.0, 12);
    case ENTENTE_VALUE_DECIMAL:
    default:
      return entente_item_get_double (self->item, self->field);
    }
}

/* Zero is no value at all for a rate, and for a number the file may
 * leave out: an empty box then, not "0". */
static gboolean
is_unset (EntenteNumberRow *self,
          double            value)
{
  const EntenteField *field = field_of (self);

  return value == 0.0 &&
         (field->kind == ENTENTE_VALUE_RATE ||
          (field->flags & (ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS)) == 0);
}

static char *
format_value (EntenteNumberRow *self)
{
  EntenteLocale *locale = entente_locale_get_interface ();
  double value = model_value (self);

  if (is_unset (self, value))
    return g_strdup ("");

  switch (kind_of (self))
    {
    case ENTENTE_VALUE_INT:
      return entente_format_number (locale, value, 0);
    case ENTENTE_VALUE_RATE:
      return entente_format_number_exact (locale, value, 1);
    case ENTENTE_VALUE_DECIMAL:
    default:
      /* Money: whole amounts without decimals, cents as two. */
      return entente_format_number_exact (locale, value, 2);
    }
}

static void
set_error (EntenteNumberRow *self,
           const char       *message)
{
  GtkWidget *entry = GTK_WIDGET (self->entry);

  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);

  if (message != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      gtk_widget_add_css_class (GTK_WIDGET (self), "entente-number-error");
      gtk_widget_set_tooltip_text (entry, message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "entente-number-error");
      gtk_widget_set_tooltip_text (entry, NULL);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

/* Shows the model's value, replacing whatever was typed. */
static void
show_value (EntenteNumberRow *self)
{
  g_autofree char *text = format_value (self);

  g_free (self->shown);
  self->shown = g_strdup (text);
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text))
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  set_error (self, NULL);
}

static void
update_number (GtkWidget   *entry,
               EntenteItem *item,
               guint        field)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (gtk_widget_get_ancestor (entry, ENTENTE_TYPE_NUMBER_ROW));

  show_value (self);
}

static char *
format_bound (EntenteNumberRow *self,
              double            bound)
{
  if (kind_of (self) == ENTENTE_VALUE_INT)
    return entente_format_number (entente_locale_get_interface (), bound, 0);
  return entente_format_number (entente_locale_get_interface (), bound, 2);
}

/* Reads @text as a value for the model (a rate as its fraction), or says
 * why it cannot. */
static gboolean
read_text (EntenteNumberRow  *self,
           const char        *text,
           double            *value,
           char             **problem)
{
  const EntenteField *field = field_of (self);
  EntenteValueKind kind = field->kind;
  EntenteValueRange range;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  g_autofree char *quoted = entente_value_excerpt (trimmed, MAX_QUOTED);
  double number;

  entente_value_get_range (field, &range);

  /* An empty box unsets a value that may be left out. */
  if (*trimmed == '\0')
    {
      if ((field->flags & ENTENTE_FIELD_REQUIRED) != 0)
        {
          *problem = g_strdup (_("A number is needed here"));
          return FALSE;
        }
      *value = 0.0;
      return TRUE;
    }

  if (!entente_format_parse_number (entente_locale_get_interface (), trimmed, &number))
    {
      g_autofree char *example = entente_format_number (entente_locale_get_interface (),
                                                        kind == ENTENTE_VALUE_RATE ? 12.5 : kind == ENTENTE_VALUE_INT ? 1500 : 250000,
                                                        1);

      *problem = g_strdup_printf (_("“%s” is not a number; write it with digits, such as %s"), quoted, example);
      return FALSE;
    }

  if (kind == ENTENTE_VALUE_RATE)
    number = tidy (tidy (number, 15) / 100.0, 15);
  /* Keep one spelling of zero. */
  if (number == 0.0)
    number = 0.0;

  if (entente_value_range_contains (&range, number))
    {
      *value = number;
      return TRUE;
    }

  if (kind == ENTENTE_VALUE_RATE)
    *problem = g_strdup_printf (_("“%s” is not a percentage above 0 and at most 100"), quoted);
  else if (isfinite (number) && number >= range.min && number <= range.max)
    *problem = (field->flags & ENTENTE_FIELD_NON_NEGATIVE) != 0
      ? g_strdup_printf (_("“%s” is not a whole number of zero or more"), quoted)
      : g_strdup_printf (_("“%s” is not a whole number"), quoted);
  else if (number < 0.0 && range.min == 0.0)
    *problem = g_strdup_printf (_("“%s” is negative; it must be zero or more"), quoted);
  else
    {
      g_autofree char *min = format_bound (self, range.min);
      g_autofree char *max = format_bound (self, range.max);

      *problem = g_strdup_printf (_("“%s” is outside the allowed range, from %s to %s"), quoted, min, max);
    }
  return FALSE;
}

static void
write_value (EntenteNumberRow *self,
             double            value)
{
  if (kind_of (self) == ENTENTE_VALUE_INT)
    entente_item_set_int (self->item, self->field, (int) value);
  else
    entente_item_set_double (self->item, self->field, value);
}

/**
 * entente_number_row_commit:
 *
 * Writes what was typed, when it differs from the model's value and reads
 * as a number the field allows; otherwise shows why not, or shows the
 * model's value again.  Enter and the focus leaving commit; so does
 * saving.
 */
void
entente_number_row_commit (EntenteNumberRow *self)
{
  g_autofree char *problem = NULL;
  const char *text;
  double value;

  g_return_if_fail (ENTENTE_IS_NUMBER_ROW (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* Untouched: the very text shown for the model's value. */
  if (g_strcmp0 (text, self->shown) == 0)
    {
      set_error (self, NULL);
      return;
    }

  if (!read_text (self, text, &value, &problem))
    {
      set_error (self, problem);
      return;
    }

  /* Typed again as it was, or as plain digits: nothing to write. */
  if (kind_of (self) == ENTENTE_VALUE_RATE
      ? value != entente_item_get_double (self->item, self->field)
      : value != model_value (self))
    write_value (self, value);

  show_value (self);
}

/* Signal handlers of the template */

static void
on_entry_activate (EntenteNumberRow *self)
{
  entente_number_row_commit (self);
}

static void
on_entry_leave (EntenteNumberRow *self)
{
  entente_number_row_commit (self);
}

/* A text put right clears the error at once; a wrong one waits for the
 * commit, so that typing is not interrupted. */
static void
on_entry_changed (EntenteNumberRow *self)
{
  g_autofree char *problem = NULL;
  double value;

  if (self->error == NULL || self->item == NULL)
    return;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) == 0 ||
      read_text (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)), &value, &problem))
    set_error (self, NULL);
}

static gboolean
on_entry_key_pressed (EntenteNumberRow *self,
                      guint             keyval,
                      guint             keycode,
                      GdkModifierType   state)
{
  if (keyval != GDK_KEY_Escape || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) == 0)
    return GDK_EVENT_PROPAGATE;

  show_value (self);
  return GDK_EVENT_STOP;
}

/* The row */

static void
update_currency (GtkWidget   *label,
                 EntenteItem *meta,
                 guint        field)
{
  const char *code = entente_meta_get_currency (ENTENTE_META (meta));

  gtk_label_set_label (GTK_LABEL (label), code ? code : "");
}

static void
entente_number_row_constructed (GObject *object)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (object);
  const char *label;

  G_OBJECT_CLASS (entente_number_row_parent_class)->constructed (object);

  g_return_if_fail (ENTENTE_IS_ITEM (self->item));
  g_return_if_fail (self->field < entente_item_get_n_fields (self->item));
  g_return_if_fail (kind_of (self) == ENTENTE_VALUE_INT || kind_of (self) == ENTENTE_VALUE_DECIMAL ||
                    kind_of (self) == ENTENTE_VALUE_RATE);

  label = entente_row_field_label (self->item, self->field);
  entente_row_set_title (GTK_WIDGET (self), label);
  entente_row_set_accessible_label (GTK_WIDGET (self->entry), label);
  gtk_entry_set_placeholder_text (self->entry, _("Not set"));

  if (kind_of (self) == ENTENTE_VALUE_RATE)
    gtk_label_set_label (self->unit, "%");
  else if (self->money_of != NULL)
    entente_row_watch (GTK_WIDGET (self->unit), ENTENTE_ITEM (entente_document_get_meta (self->money_of)),
                       ENTENTE_META_FIELD_CURRENCY, update_currency);

  /* The entry is what edits the field: the window finds it by the item
   * and field it watches, to put the focus there. */
  entente_row_watch (GTK_WIDGET (self->entry), self->item, self->field, update_number);
}

static void
entente_number_row_dispose (GObject *object)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ENTENTE_TYPE_NUMBER_ROW);

  G_OBJECT_CLASS (entente_number_row_parent_class)->dispose (object);
}

static void
entente_number_row_finalize (GObject *object)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (object);

  g_clear_object (&self->item);
  g_clear_object (&self->money_of);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (entente_number_row_parent_class)->finalize (object);
}

static void
entente_number_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_FIELD:
      g_value_set_uint (value, self->field);
      break;
    case PROP_MONEY_OF:
      g_value_set_object (value, self->money_of);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_number_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  EntenteNumberRow *self = ENTENTE_NUMBER_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;
    case PROP_FIELD:
      self->field = g_value_get_uint (value);
      break;
    case PROP_MONEY_OF:
      self->money_of = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
entente_number_row_class_init (EntenteNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = entente_number_row_constructed;
  object_class->dispose = entente_number_row_dispose;
  object_class->finalize = entente_number_row_finalize;
  object_class->get_property = entente_number_row_get_property;
  object_class->set_property = entente_number_row_set_property;

  /**
   * EntenteNumberRow:item:
   *
   * The item whose number is edited.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, ENTENTE_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EntenteNumberRow:field:
   *
   * The field of #EntenteNumberRow:item, of kind INT, DECIMAL or RATE.
   */
  properties[PROP_FIELD] =
    g_param_spec_uint ("field", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EntenteNumberRow:money-of:
   *
   * The document whose currency an amount is in, shown beside it; %NULL
   * for a number that is not money.
   */
  properties[PROP_MONEY_OF] =
    g_param_spec_object ("money-of", NULL, NULL, ENTENTE_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EntenteNumberRow:error:
   *
   * Why the typed text was not written, or %NULL.
   */
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente_sla/Entente/entente-number-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EntenteNumberRow, entry);
  gtk_widget_class_bind_template_child (widget_class, EntenteNumberRow, unit);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_leave);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_key_pressed);
}

static void
entente_number_row_init (EntenteNumberRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * entente_number_row_new:
 * @item: the item whose number to edit
 * @field: one of its fields of kind INT, DECIMAL or RATE
 * @money_of: (nullable): for an amount of money, the document whose
 *   currency it is in
 *
 * Returns: (transfer floating): a row editing @field of @item
 */
GtkWidget *
entente_number_row_new (EntenteItem     *item,
                        guint            field,
                        EntenteDocument *money_of)
{
  g_return_val_if_fail (ENTENTE_IS_ITEM (item), NULL);
  g_return_val_if_fail (money_of == NULL || ENTENTE_IS_DOCUMENT (money_of), NULL);

  return g_object_new (ENTENTE_TYPE_NUMBER_ROW,
                       "item", item,
                       "field", field,
                       "money-of", money_of,
                       NULL);
}

EntenteItem *
entente_number_row_get_item (EntenteNumberRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_NUMBER_ROW (self), NULL);

  return self->item;
}

guint
entente_number_row_get_field (EntenteNumberRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_NUMBER_ROW (self), 0);

  return self->field;
}

/**
 * entente_number_row_get_error:
 *
 * Returns: (nullable): why the typed text was not written, or %NULL
 */
const char *
entente_number_row_get_error (EntenteNumberRow *self)
{
  g_return_val_if_fail (ENTENTE_IS_NUMBER_ROW (self), NULL);

  return self->error;
}
