/* entente-test-util.h
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "entente-core.h"

G_BEGIN_DECLS

/* Defined in a build with AddressSanitizer (`make check-asan`), where
 * address-space limits cannot apply and everything is several times
 * slower. */
#if defined(__SANITIZE_ADDRESS__)
#define ENTENTE_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ENTENTE_TEST_UNDER_ASAN 1
#endif
#endif

/* Whether the test runs under valgrind, as `make check-valgrind` says
 * with ENTENTE_TEST_UNDER_VALGRIND=1.  An environment variable rather
 * than <valgrind/valgrind.h>: the check installs valgrind into a build
 * folder that was usually configured without it. */
gboolean         entente_test_under_valgrind (void);
/* How many times slower than a plain build the code runs here: under
 * AddressSanitizer, under valgrind or neither.  Limits on time scale by
 * it. */
guint            entente_test_slowdown     (void);
/* Whether this is the suite's run in the C locale (or a run by hand):
 * `make check` runs the suite in four locales, and work whose outcome
 * cannot depend on the locale (a race, megabyte texts) runs in full in
 * that run, and smaller or not at all in the others. */
gboolean         entente_test_locale_is_c  (void);
/* The processor time this process has used, in all its threads, in µs:
 * what limits on work are measured in, since the clock also counts the
 * time others ran on a busy machine. */
gint64           entente_test_cpu_time_usec (void);

/* Paths of the bundled examples and test files, from the source tree. */
char            *entente_test_example_path (const char *name);
EntenteSigningKey *entente_test_signing_key (void);
void             entente_test_sign_three_ways (EntenteDocument *document);
char            *entente_test_data_path    (const char *name);

/* A monthly review's row for a stage or a protocol; the test fails
 * without one. */
EntenteActualsStage    *entente_test_report_stage    (EntenteActualsReport *report,
                                                      const char           *stage_id);
EntenteActualsStage    *entente_test_report_stage_in (GPtrArray            *stages,
                                                      const char           *stage_id);
EntenteActualsProtocol *entente_test_report_protocol (EntenteActualsReport *report,
                                                      const char           *stage_id);
EntenteDocument *entente_test_load_example (const char *name);
EntenteDocument *entente_test_load_file    (const char *path);
GBytes          *entente_test_read_bytes   (const char *path);
gboolean         entente_test_is_khmer     (const char *text);
void             entente_test_remove_tree  (const char *path);
char            *entente_test_list_folder  (const char *path);

/* What a program run by a test did: its exit status and all it wrote. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} EntenteTestRun;

void entente_test_run_clear   (EntenteTestRun     *run);
void entente_test_run_program (EntenteTestRun     *run,
                               const char * const *argv);
void entente_test_run_cli     (EntenteTestRun     *run,
                               const char         *first,
                               ...) G_GNUC_NULL_TERMINATED;
void entente_test_run_cli_in_locale (EntenteTestRun *run,
                                     const char     *locale,
                                     const char     *first,
                                     ...) G_GNUC_NULL_TERMINATED;
gboolean entente_test_has_locale (const char *locale);

/* For want of a tool or a locale that build-aux/install-deps provides:
 * skips the current test, or fails it where the environment says
 * CI=true. */
void     entente_test_skip_missing (const char *format,
                                    ...) G_GNUC_PRINTF (1, 2);
/* The path of @program: $PROGRAM (its name in capitals) when set, else
 * found in PATH when the test runs (and then kept in $PROGRAM); NULL,
 * having called entente_test_skip_missing(), when it is in neither. */
const char *entente_test_find_tool (const char *program);
char    *entente_test_pattern    (const char *format);
char    *entente_test_fill       (const char         *format,
                                  const char * const *args,
                                  guint               n_args);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntenteTestRun, entente_test_run_clear)

/* Items of a document's model, for tests that edit it. */
EntenteItem     *entente_test_nth              (EntenteItem     *parent,
                                                guint            list_field,
                                                guint            position);
guint            entente_test_count            (EntenteItem     *parent,
                                                guint            list_field);
int              entente_test_position         (EntenteItem     *parent,
                                                guint            list_field,
                                                const char      *key);
EntenteItem     *entente_test_find             (EntenteItem     *parent,
                                                guint            list_field,
                                                const char      *key);
EntenteItem     *entente_test_goals            (EntenteDocument *document);
EntenteItem     *entente_test_target           (EntenteDocument *document,
                                                const char      *stage);
EntenteItem     *entente_test_persona          (EntenteDocument *document,
                                                const char      *id);
EntenteConflict *entente_test_conflict         (EntenteDocument *document,
                                                guint            i);
void             entente_test_add_persona      (EntenteDocument *document,
                                                const char      *id,
                                                const char      *name);
void             entente_test_raise_goals      (EntenteDocument *document);
void             entente_test_remove_persona   (EntenteDocument *document,
                                                const char      *id);
void             entente_test_set_strv         (EntenteItem     *item,
                                                const char      *property,
                                                const char      *first,
                                                ...) G_GNUC_NULL_TERMINATED;
void             entente_test_assert_strv      (EntenteItem     *item,
                                                guint            field,
                                                const char      *expected);

/* @document serialized and read back, which must succeed. */
EntenteDocument *entente_test_reload           (EntenteDocument *document);

/* @document saved as @name in a new temporary folder, which the schema
 * must accept, and loaded back; the folder is removed.  What was saved is
 * in @contents. */
EntenteDocument *entente_test_save_and_load    (EntenteDocument *document,
                                                const char      *name,
                                                char           **contents);

/* Fails the test unless $XMLLINT accepts the file at @path against
 * data/entente.rng. */
void             entente_test_assert_schema_accepts (const char *path);

/* The three sides of a three-way merge, each acme-saas as loaded. */
typedef struct
{
  EntenteDocument *base;
  EntenteDocument *ours;
  EntenteDocument *theirs;
} EntenteTestMergeFixture;

void             entente_test_merge_fixture_set_up    (EntenteTestMergeFixture *f,
                                                       gconstpointer            data);
void             entente_test_merge_fixture_tear_down (EntenteTestMergeFixture *f,
                                                       gconstpointer            data);
EntenteDocument *entente_test_merge_fixture_merge     (EntenteTestMergeFixture *f,
                                                       guint                    expected);
void             entente_test_merge_fixture_reference_deleted_stage (EntenteTestMergeFixture *f);

/* Each kind of conflict a merge records, made by editing OURS and THEIRS
 * of a fixture; each makes exactly one conflict. */
typedef enum
{
  ENTENTE_TEST_CONFLICT_SCALAR,           /* the MQL target: 500 ours, 450 theirs */
  ENTENTE_TEST_CONFLICT_STRING_LIST,      /* IT Ian's job titles */
  ENTENTE_TEST_CONFLICT_KEYLESS,          /* the MQL escalation, a list without keys */
  ENTENTE_TEST_CONFLICT_KEYLESS_OURS_EMPTY, /* ours deleted the run theirs edited */
  ENTENTE_TEST_CONFLICT_ADD_ADD,          /* Finance Fiona, added differently on both */
  ENTENTE_TEST_CONFLICT_DELETE_EDIT,      /* IT Ian: ours deleted, theirs edited */
  ENTENTE_TEST_CONFLICT_EDIT_DELETE,      /* IT Ian: ours edited, theirs deleted */
  ENTENTE_TEST_CONFLICT_RESTORED,         /* stage demo: ours deleted, theirs refers to it */
  ENTENTE_TEST_N_CONFLICT_KINDS
} EntenteTestConflictKind;

/* What a conflict of a kind is about: the item with @key in a list of
 * the goals or of the document. */
typedef struct
{
  const char *name;        /* for test paths */
  const char *path;        /* of the conflict */
  gboolean    in_goals;
  guint       list_field;
  const char *key;
} EntenteTestConflictCase;

const EntenteTestConflictCase *entente_test_conflict_case (EntenteTestConflictKind  kind);
EntenteItem     *entente_test_conflict_subject (EntenteTestConflictKind  kind,
                                                EntenteDocument         *document);
void             entente_test_merge_fixture_make_conflict (EntenteTestMergeFixture *f,
                                                           EntenteTestConflictKind  kind);

/* A scratch folder per test, removed with what is in it. */
typedef struct
{
  char *path;
} EntenteTestScratch;

void  entente_test_scratch_init  (EntenteTestScratch *scratch);
char *entente_test_scratch_file  (EntenteTestScratch *scratch,
                                  const char         *name);
void  entente_test_scratch_clear (EntenteTestScratch *scratch);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EntenteTestScratch, entente_test_scratch_clear)

G_END_DECLS
