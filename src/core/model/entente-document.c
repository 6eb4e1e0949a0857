/* entente-document.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "entente-gettext.h"

#include "entente-actuals-column.h"
#include "entente-ancestry.h"
#include "entente-approval.h"
#include "entente-comment.h"
#include "entente-conflict.h"
#include "entente-document.h"
#include "entente-item-describe.h"
#include "entente-section.h"
#include "entente-file-read.h"
#include "entente-file-replace.h"
#include "entente-handoff.h"
#include "entente-item-private.h"
#include "entente-language.h"
#include "entente-meeting.h"
#include "entente-loader-private.h"
#include "entente-persona.h"
#include "entente-protocol.h"
#include "entente-version-store.h"
#include "entente-version.h"
#include "entente-writer-private.h"

/* A whole SLA: the root <sla> element, plus what an editor needs to know
 * about it: the file it came from, the version of that file it was read
 * from or saved to (so that a save never silently overwrites someone
 * else's), and whether it changed since.
 *
 * The version is told by the file's bytes when the document knows them
 * (kept, not hashed: comparing is faster than hashing, and a document
 * holds far more than its file), else by the file's entity tag: a local
 * entity tag is the modification time, and another save within the same
 * tick of the clock keeps it. */

struct _EntenteDocument
{
  EntenteItem  parent_instance;

  GFile       *file;
  char        *etag;
  GBytes      *file_bytes;   /* the bytes read or written, or NULL */
  GStrv        preamble;
  guint        modified : 1;
};

G_DEFINE_FINAL_TYPE (EntenteDocument, entente_document, ENTENTE_TYPE_ITEM)

static const EntenteField fields[] = {
  [ENTENTE_DOCUMENT_FIELD_FORMAT] = { "format", ENTENTE_VALUE_STRING, NULL, "format", NULL, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS, N_("Format") },
  [ENTENTE_DOCUMENT_FIELD_META] = { "meta", ENTENTE_VALUE_OBJECT, "meta", NULL, entente_meta_get_type, NULL, ENTENTE_FIELD_REQUIRED | ENTENTE_FIELD_ALWAYS, N_("Overview") },
  [ENTENTE_DOCUMENT_FIELD_PARTIES] = { "parties", ENTENTE_VALUE_LIST, "parties", NULL, entente_party_get_type, "party", ENTENTE_FIELD_ALWAYS, N_("Parties") },
  [ENTENTE_DOCUMENT_FIELD_PERSONAS] = { "personas", ENTENTE_VALUE_LIST, "personas", NULL, entente_persona_get_type, "persona", ENTENTE_FIELD_ALWAYS, N_("Buyer personas") },
  [ENTENTE_DOCUMENT_FIELD_STAGES] = { "stages", ENTENTE_VALUE_LIST, "stages", NULL, entente_stage_get_type, "stage", ENTENTE_FIELD_ALWAYS, N_("Funnel stages") },
  [ENTENTE_DOCUMENT_FIELD_GOALS] = { "goals", ENTENTE_VALUE_OBJECT, "goals", NULL, entente_goals_get_type, NULL, ENTENTE_FIELD_ALWAYS, N_("Goals") },
  [ENTENTE_DOCUMENT_FIELD_HANDOFFS] = { "handoffs", ENTENTE_VALUE_LIST, "handoffs", NULL, entente_handoff_get_type, "handoff", ENTENTE_FIELD_ALWAYS, N_("Handoff rules") },
  [ENTENTE_DOCUMENT_FIELD_PROTOCOLS] = { "protocols", ENTENTE_VALUE_LIST, "protocols", NULL, entente_protocol_get_type, "protocol", ENTENTE_FIELD_ALWAYS, N_("Protocols per stage") },
  [ENTENTE_DOCUMENT_FIELD_REVIEW] = { "review", ENTENTE_VALUE_OBJECT, "review", NULL, entente_review_get_type, NULL, ENTENTE_FIELD_ALWAYS, N_("Review") },
  [ENTENTE_DOCUMENT_FIELD_APPROVALS] = { "approvals", ENTENTE_VALUE_LIST, "approvals", NULL, entente_approval_get_type, "approval", ENTENTE_FIELD_ALWAYS | ENTENTE_FIELD_NOT_CONTENT, N_("Approvals") },
  [ENTENTE_DOCUMENT_FIELD_COMMENTS] = { "comments", ENTENTE_VALUE_LIST, "comments", NULL, entente_comment_get_type, "comment", ENTENTE_FIELD_ALWAYS | ENTENTE_FIELD_NOT_CONTENT, N_("Comments") },
  /* The monthly review meetings recorded, by month: not part of what is
   * signed, and only written once a meeting was recorded, so files
   * without one read and write exactly as before. */
  [ENTENTE_DOCUMENT_FIELD_MEETINGS] = { "meetings", ENTENTE_VALUE_LIST, "meetings", NULL, entente_meeting_get_type, "meeting", ENTENTE_FIELD_NOT_CONTENT, N_("Review meetings") },
  /* Which columns of a CRM export the monthly review reads: settings, not
   * part of the agreement, and only written when someone set some, so
   * files without a mapping read and write exactly as before. */
  [ENTENTE_DOCUMENT_FIELD_ACTUALS_MAPPING] = { "actuals-mapping", ENTENTE_VALUE_LIST, "actuals-mapping", NULL, entente_actuals_column_get_type, "column", ENTENTE_FIELD_NOT_CONTENT, N_("Actuals mapping") },
  /* Last, and only written when a merge left some: files without conflicts
   * read and write exactly as before. */
  [ENTENTE_DOCUMENT_FIELD_CONFLICTS] = { "conflicts", ENTENTE_VALUE_LIST, "conflicts", NULL, entente_conflict_get_type, "conflict", 0, N_("Conflicts") },
  /* The versions this copy comes from, so that two copies can find the
   * last one they share (entente-ancestry.c): not part of what is signed,
   * and absent until Entente saves an edited file. */
  [ENTENTE_DOCUMENT_FIELD_ANCESTRY] = { "ancestry", ENTENTE_VALUE_LIST, "ancestry", NULL, entente_version_get_type, "version", ENTENTE_FIELD_NOT_CONTENT | ENTENTE_FIELD_UNION, N_("Ancestry") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == ENTENTE_DOCUMENT_N_FIELDS);

enum {
  PROP_FILE = ENTENTE_DOCUMENT_N_FIELDS + 1,
  PROP_MODIFIED,
  PROP_LANGUAGE,
  LAST_PROP
};

static GParamSpec *properties[LAST_PROP];

static void
entente_document_changed (EntenteItem *item)
{
  entente_document_set_modified (ENTENTE_DOCUMENT (item), TRUE);
}

static void
on_meta_language (EntenteDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

static void
entente_document_constructed (GObject *object)
{
  EntenteDocument *self = ENTENTE_DOCUMENT (object);
  g_autofree char *format = g_strdup_printf ("%d", ENTENTE_FORMAT_MAJOR);

  G_OBJECT_CLASS (entente_document_parent_class)->constructed (object);

  g_value_set_string (entente_item_get_value_slot (ENTENTE_ITEM (self), ENTENTE_DOCUMENT_FIELD_FORMAT),
                      format);

  /* The meta section lives as long as the document. */
  g_signal_connect_object (entente_document_get_meta (self), "notify::language",
                           G_CALLBACK (on_meta_language), self, G_CONNECT_SWAPPED);
}

static void
entente_document_finalize (GObject *object)
{
  EntenteDocument *self = ENTENTE_DOCUMENT (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->file_bytes, g_bytes_unref);
  g_clear_pointer (&self->preamble, g_strfreev);

  G_OBJECT_CLASS (entente_document_parent_class)->finalize (object);
}

static void
entente_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  EntenteDocument *self = ENTENTE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, entente_document_get_language (self));
      break;

    default:
      G_OBJECT_CLASS (entente_document_parent_class)->get_property (object, prop_id, value, pspec);
    }
}

static void
entente_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  EntenteDocument *self = ENTENTE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      entente_document_set_modified (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_CLASS (entente_document_parent_class)->set_property (object, prop_id, value, pspec);
    }
}

static void
entente_document_class_init (EntenteDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  EntenteItemClass *item_class = ENTENTE_ITEM_CLASS (klass);

  object_class->constructed = entente_document_constructed;
  object_class->finalize = entente_document_finalize;
  object_class->get_property = entente_document_get_property;
  object_class->set_property = entente_document_set_property;

  item_class->changed = entente_document_changed;

  entente_item_class_install_fields (item_class, "sla", fields, G_N_ELEMENTS (fields));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * EntenteDocument:language:
   *
   * The language the document is in, see entente_document_get_language();
   * notified when the language the file gives changes.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         ENTENTE_LANGUAGE_DEFAULT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  for (guint i = PROP_FILE; i < LAST_PROP; i++)
    g_object_class_install_property (object_class, i, properties[i]);
}

static void
entente_document_init (EntenteDocument *self)
{
}

/**
 * entente_document_new:
 *
 * Returns: (transfer full): an empty SLA of the current format
 */
EntenteDocument *
entente_document_new (void)
{
  return g_object_new (ENTENTE_TYPE_DOCUMENT, NULL);
}

/**
 * entente_document_new_from_bytes:
 * @bytes: the contents of a .entente file
 * @name: how to name the file in error messages, usually its path
 *
 * Reads and checks a document; see entente-loader.c for what is refused.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set to a message that starts with `NAME:LINE:COLUMN:`
 */
EntenteDocument *
entente_document_new_from_bytes (GBytes      *bytes,
                                 const char  *name,
                                 GError     **error)
{
  EntenteDocument *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = entente_loader_load (bytes, name, error);

  if (self != NULL)
    entente_document_keep_read_bytes (self, bytes);

  return self;
}

/**
 * entente_document_load:
 *
 * Reads @file; the document remembers it and its entity tag for saving.
 *
 * Returns: (transfer full) (nullable): the document
 */
EntenteDocument *
entente_document_load (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(EntenteDocument) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *etag = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = entente_file_read (file, ENTENTE_DOCUMENT_MAX_SIZE, cancellable, &etag, error);
  if (bytes == NULL)
    {
      /* Translators: %s is the file; the reason follows */
      g_prefix_error (error, _("%s: cannot be read: "), name);
      return NULL;
    }

  self = entente_loader_load (bytes, name, error);
  if (self != NULL)
    entente_document_keep_read_bytes (self, bytes);
  if (self == NULL)
    return NULL;

  self->file = g_object_ref (file);
  self->etag = g_steal_pointer (&etag);
  self->file_bytes = g_bytes_ref (bytes);

  return g_steal_pointer (&self);
}

/**
 * entente_document_serialize:
 *
 * Returns: (transfer full): the canonical XML of @self
 */
GBytes *
entente_document_serialize (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return entente_writer_write (ENTENTE_ITEM (self));
}

/**
 * entente_document_save:
 * @file: (nullable): where to save, or %NULL for the file it was read from
 *
 * Writes the canonical XML of @self in place of @file, all or nothing.
 * Saving to the file it was read from fails with
 * %ENTENTE_CORE_ERROR_CHANGED_ON_DISK when that file changed since.
 */
gboolean
entente_document_save (EntenteDocument  *self,
                       GFile            *file,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *new_etag = NULL;
  g_autofree char *digest = NULL;
  const char *etag = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;
  if (self->file != NULL && g_file_equal (file, self->file))
    {
      gboolean changed = FALSE;

      if (!entente_document_file_changed (self, &changed, cancellable, error))
        return FALSE;
      if (changed)
        {
          entente_file_set_changed_error (error, file);
          return FALSE;
        }
      /* The digest decided; the entity tag may differ for a file
       * rewritten with the same bytes. */
      if (self->file_bytes == NULL)
        etag = self->etag;
    }

  digest = entente_document_record_version (self);
  bytes = entente_document_serialize (self);
  if (!entente_document_check_limits (ENTENTE_ITEM (self), bytes, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Could not save “%s”: "), name);
      return FALSE;
    }
  if (!entente_file_replace_contents (file,
                                      g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes),
                                      etag, &new_etag, cancellable, error))
    return FALSE;

  /* What was just saved is the version colleagues' copies will come
   * from: kept, so that merging them later has their common version. */
  if (digest != NULL)
    entente_version_store_put (digest, bytes, NULL);
  entente_document_set_file (self, file, new_etag);
  self->file_bytes = g_bytes_ref (bytes);
  entente_document_set_modified (self, FALSE);

  return TRUE;
}

/**
 * entente_document_file_changed:
 * @changed: (out): whether the document's file no longer holds the version
 *   the document was read from or saved to
 *
 * Compares the file with that version: by its bytes when the
 * document knows it, by its entity tag otherwise.  A file that is not
 * there has not changed (nothing of anyone's is lost by writing it), nor
 * has the file of a document that has none or knows no version of it.
 *
 * Returns: %TRUE, or %FALSE with @error set when the file cannot be read
 */
gboolean
entente_document_file_changed (EntenteDocument  *self,
                               gboolean         *changed,
                               GCancellable     *cancellable,
                               GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (changed != NULL, FALSE);

  *changed = FALSE;
  if (self->file == NULL)
    return TRUE;

  if (self->file_bytes != NULL)
    {
      g_autoptr(GBytes) now = entente_file_read (self->file, ENTENTE_DOCUMENT_MAX_SIZE, cancellable, NULL, &local_error);

      if (now != NULL)
        *changed = !g_bytes_equal (now, self->file_bytes);
    }
  else if (self->etag != NULL)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, &local_error);

      if (info != NULL)
        *changed = g_strcmp0 (g_file_info_get_etag (info), self->etag) != 0;
    }

  if (local_error != NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

/**
 * entente_document_set_file_as_read:
 * @read: the document as just read from its file
 *
 * Ties @self to the file @read came from, as @read was read: its entity
 * tag and its bytes, the version that saving @self checks
 * is still there.  For a merge of @self with a newer version of its file.
 */
void
entente_document_set_file_as_read (EntenteDocument *self,
                                   EntenteDocument *read)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (ENTENTE_IS_DOCUMENT (self));
  g_return_if_fail (ENTENTE_IS_DOCUMENT (read));

  bytes = read->file_bytes ? g_bytes_ref (read->file_bytes) : NULL;
  entente_document_set_file (self, read->file, read->etag);
  self->file_bytes = g_steal_pointer (&bytes);
}

/**
 * entente_document_get_file:
 *
 * Returns: (transfer none) (nullable): the file last read or saved
 */
GFile *
entente_document_get_file (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return self->file;
}

/**
 * entente_document_get_etag:
 *
 * Returns: (nullable): the entity tag of the file when it was last read or
 *   saved, to tell our own saves from someone else's
 */
const char *
entente_document_get_etag (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return self->etag;
}

/**
 * entente_document_set_file:
 * @file: (nullable): the file the document belongs to
 * @etag: (nullable): its entity tag as the document knows it, or %NULL to
 *   overwrite it whatever it holds (a restored draft, say)
 *
 * Ties the document to a file without reading or writing it.  The digest
 * of the version read is forgotten: saving compares the entity tag.
 */
void
entente_document_set_file (EntenteDocument *self,
                           GFile           *file,
                           const char      *etag)
{
  g_return_if_fail (ENTENTE_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_free (self->etag);
  self->etag = g_strdup (etag);
  g_clear_pointer (&self->file_bytes, g_bytes_unref);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

gboolean
entente_document_get_modified (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
entente_document_set_modified (EntenteDocument *self,
                               gboolean         modified)
{
  g_return_if_fail (ENTENTE_IS_DOCUMENT (self));

  modified = !!modified;
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const char *
entente_document_get_format (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return entente_item_get_string (ENTENTE_ITEM (self), ENTENTE_DOCUMENT_FIELD_FORMAT);
}

/**
 * entente_document_get_language:
 *
 * The language the document is in, which decides how it reads: the
 * language its file gives (entente_meta_get_language()), or when it
 * gives none, the language of its texts as their script tells
 * (entente_language_detect_item()): "km" for an agreement written in
 * Khmer, else "en".
 *
 * Returns: (transfer none): a BCP 47 language tag, never %NULL; valid
 *   until the document changes
 */
const char *
entente_document_get_language (EntenteDocument *self)
{
  const char *stored;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), ENTENTE_LANGUAGE_DEFAULT);

  stored = entente_meta_get_language (entente_document_get_meta (self));
  if (stored != NULL && stored[0] != '\0')
    return stored;

  return entente_language_detect_item (ENTENTE_ITEM (self));
}

/**
 * entente_document_set_language:
 * @tag: (nullable): a valid BCP 47 language tag (see
 *   entente_language_tag_is_valid()), or %NULL for the language of the
 *   texts
 *
 * Sets the language the document is in, as an edit like any other: it
 * can be undone and marks the document modified.  Setting the language it
 * already gives changes nothing.
 */
void
entente_document_set_language (EntenteDocument *self,
                               const char      *tag)
{
  g_return_if_fail (ENTENTE_IS_DOCUMENT (self));
  g_return_if_fail (tag == NULL || entente_language_tag_is_valid (tag));

  entente_item_set_string (ENTENTE_ITEM (entente_document_get_meta (self)),
                           ENTENTE_META_FIELD_LANGUAGE, tag);
}

/**
 * entente_document_get_preamble:
 *
 * Returns: (transfer none): the XML comments that precede <sla> in the file
 */
const char * const *
entente_document_get_preamble (EntenteDocument *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return self->preamble ? (const char * const *) self->preamble : none;
}

void
entente_document_set_preamble (EntenteDocument    *self,
                               const char * const *comments)
{
  g_return_if_fail (ENTENTE_IS_DOCUMENT (self));

  g_strfreev (self->preamble);
  self->preamble = comments && comments[0] ? g_strdupv ((char **) comments) : NULL;
}

#define CHILD_GETTER(Type, name, NAME)                                         \
  Type *                                                                             \
  entente_document_get_##name (EntenteDocument *self)                                \
  {                                                                                  \
    g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);                         \
    return (Type *) entente_item_get_child (ENTENTE_ITEM (self),                     \
                                            ENTENTE_DOCUMENT_FIELD_##NAME);          \
  }

#define LIST_GETTER(name, NAME)                                                      \
  GListModel *                                                                       \
  entente_document_get_##name (EntenteDocument *self)                                \
  {                                                                                  \
    g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);                         \
    return entente_item_get_list (ENTENTE_ITEM (self), ENTENTE_DOCUMENT_FIELD_##NAME); \
  }

CHILD_GETTER (EntenteMeta, meta, META)
CHILD_GETTER (EntenteGoals, goals, GOALS)
CHILD_GETTER (EntenteReview, review, REVIEW)
LIST_GETTER (parties, PARTIES)
LIST_GETTER (personas, PERSONAS)
LIST_GETTER (stages, STAGES)
LIST_GETTER (handoffs, HANDOFFS)
LIST_GETTER (protocols, PROTOCOLS)
LIST_GETTER (approvals, APPROVALS)
LIST_GETTER (comments, COMMENTS)
LIST_GETTER (meetings, MEETINGS)
LIST_GETTER (actuals_mapping, ACTUALS_MAPPING)
LIST_GETTER (conflicts, CONFLICTS)
LIST_GETTER (ancestry, ANCESTRY)

/**
 * entente_document_get_n_conflicts:
 *
 * How many conflicts a merge recorded in @self and nobody resolved yet;
 * a document is not ready for sign-off until this is 0.
 */
guint
entente_document_get_n_conflicts (EntenteDocument *self)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), 0);

  return g_list_model_get_n_items (entente_document_get_conflicts (self));
}

/**
 * entente_document_find_party:
 *
 * Returns: (transfer none) (nullable): the party with @id
 */
EntenteParty *
entente_document_find_party (EntenteDocument *self,
                             const char      *id)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return (EntenteParty *) entente_item_find_by_id (ENTENTE_ITEM (self), ENTENTE_DOCUMENT_FIELD_PARTIES, id);
}

/**
 * entente_document_find_stage:
 *
 * Returns: (transfer none) (nullable): the stage with @id
 */
EntenteStage *
entente_document_find_stage (EntenteDocument *self,
                             const char      *id)
{
  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  return (EntenteStage *) entente_item_find_by_id (ENTENTE_ITEM (self), ENTENTE_DOCUMENT_FIELD_STAGES, id);
}

/* How a reference reads to people: the name of what it names, or the id
 * itself when that has no name or names nothing (a typo in the file). */
static const char *
name_or_id (const char *name,
            const char *id)
{
  return name != NULL && *name != '\0' ? name : id;
}

/**
 * entente_document_stage_name:
 * @id: (nullable): a stage's id
 *
 * Returns: (nullable): the name of the stage with @id, or @id when it has
 *   none or no stage has that id; %NULL when @id is unset or empty
 */
const char *
entente_document_stage_name (EntenteDocument *self,
                             const char      *id)
{
  EntenteStage *stage;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  stage = entente_document_find_stage (self, id);
  return name_or_id (stage ? entente_stage_get_name (stage) : NULL, id);
}

/**
 * entente_document_party_team:
 * @id: (nullable): a party's id
 *
 * Returns: (nullable): the team of the party with @id, or @id when it has
 *   none or no party has that id; %NULL when @id is unset or empty
 */
const char *
entente_document_party_team (EntenteDocument *self,
                             const char      *id)
{
  EntenteParty *party;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  party = entente_document_find_party (self, id);
  return name_or_id (party ? entente_party_get_team (party) : NULL, id);
}

/* Every item of @item and below with a value that names @id; each item
 * once, however many of its values do. */
static void
find_references (EntenteItem       *item,
                 EntenteFieldFlags  ref_flag,
                 const char        *id,
                 GPtrArray         *found)
{
  EntenteItemClass *klass = ENTENTE_ITEM_GET_CLASS (item);
  gboolean names = FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const EntenteField *field = &klass->fields[i];

      if (field->kind == ENTENTE_VALUE_REF && (field->flags & ref_flag) &&
          g_strcmp0 (entente_item_get_string (item, i), id) == 0)
        names = TRUE;
      else if (field->kind == ENTENTE_VALUE_OBJECT)
        find_references (entente_item_get_child (item, i), ref_flag, id, found);
      else if (field->kind == ENTENTE_VALUE_LIST)
        {
          GListModel *list = entente_item_get_list (item, i);

          for (guint j = 0, n = g_list_model_get_n_items (list); j < n; j++)
            {
              g_autoptr(EntenteItem) child = g_list_model_get_item (list, j);

              find_references (child, ref_flag, id, found);
            }
        }
    }

  if (names)
    g_ptr_array_add (found, g_object_ref (item));
}

static GPtrArray *
references_to (EntenteDocument *self,
               EntenteItem     *target)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  find_references (ENTENTE_ITEM (self),
                   ENTENTE_IS_PARTY (target) ? ENTENTE_FIELD_REF_PARTY : ENTENTE_FIELD_REF_STAGE,
                   entente_item_get_string (target, 0), found);
  return found;
}

/* Where a removal is refused, people are told the first few places that
 * still name the item, each with its section, as “Goals: MQL target”. */
#define PLACES_NAMED 3

/**
 * entente_document_check_removal:
 * @item: an item of the document
 *
 * Whether @item may be removed: a party or a stage that other values of
 * the agreement name may not, since they would be left naming nothing.
 *
 * Returns: %TRUE, or %FALSE with @error saying which places name it
 */
gboolean
entente_document_check_removal (EntenteDocument  *self,
                                EntenteItem      *item,
                                GError          **error)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GString) places = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (ENTENTE_IS_ITEM (item), FALSE);

  if (!ENTENTE_IS_PARTY (item) && !ENTENTE_IS_STAGE (item))
    return TRUE;
  references = references_to (self, item);
  if (references->len == 0)
    return TRUE;

  places = g_string_new (NULL);
  for (guint i = 0; i < MIN (references->len, PLACES_NAMED); i++)
    {
      EntenteItem *place = g_ptr_array_index (references, i);
      g_autofree char *name = entente_item_describe (self, place);
      /* Translators: a place in the agreement: its section, then the item, as “Goals: MQL target” */
      g_autofree char *where = g_strdup_printf (_("%s: %s"), entente_section_get_title (entente_section_of_item (place)), name);

      if (i > 0)
        /* Translators: between places in a list, as “Goals: MQL target; Handoff: MQL to sales” */
        g_string_append (places, _("; "));
      g_string_append (places, where);
    }
  if (references->len > PLACES_NAMED)
    g_string_append (places, "…");

  title = entente_item_describe (self, item);
  g_set_error (error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_REFERENCE,
               _("“%s” is still used elsewhere in the agreement (%s); change those places first."),
               title, places->str);
  return FALSE;
}

/**
 * entente_document_count_references:
 * @target: a party or a stage
 *
 * How many items of the document name @target, so that removing it can
 * be refused rather than leave references dangling.
 */
guint
entente_document_count_references (EntenteDocument *self,
                                   EntenteItem     *target)
{
  g_autoptr(GPtrArray) references = NULL;

  g_return_val_if_fail (ENTENTE_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (ENTENTE_IS_PARTY (target) || ENTENTE_IS_STAGE (target), 0);

  references = references_to (self, target);
  return references->len;
}
