/* test-save-kill.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-file-replace.h"
#include "entente-render.h"
#include "entente-test-util.h"

/* A writer killed at any moment leaves the file as it was before the save
 * or as the save made it, never in between.  A child saves two versions
 * in turn, as fast as it can; the test kills it with SIGKILL after a
 * random delay, and looks at the file.  The delays come from
 * g_test_rand_int_range(), so a failure comes back with the same --seed.
 *
 * The delay counts from the moment the child starts its first save: a
 * kill before then cannot touch the file, and under valgrind, where a
 * child takes longer to get there than the longest delay, nearly every
 * kill landed there and the test passed without testing.  A quarter of
 * the kills at least must land while the child has its temporary file
 * open, in the middle of writing it.
 *
 * The child writes the bytes entente_document_save() writes (checked
 * once) through the same entente_file_replace_contents(), without
 * serializing the document again each time: a kill during serialization
 * cannot touch the file, and under the sanitizers serialization takes ten
 * times as long as the write, which would leave the kills no time to
 * land in a write.
 *
 * Temporary files: where the file system has O_TMPFILE, a killed writer
 * leaves nothing, or, killed between naming its complete file and the
 * rename, a hidden ".NAME.XXXXXX" holding a whole version.  Elsewhere it
 * may leave a hidden, partly written ".NAME.XXXXXX", which Entente never
 * reads; the test checks the names and, where O_TMPFILE works, the
 * contents of what is left.
 *
 * $ENTENTE_TEST_KILL_ITERATIONS sets the number of kills of each test
 * (default 1000 saves of the document, 200 PDF exports). */

#define DOCUMENT_NAME "acme.entente"
#define PDF_NAME "acme.pdf"

/* What the child tells the parent, in memory they share. */
typedef struct
{
  volatile gint started;  /* the first save was called */
  volatile gint saves;    /* completed */
  volatile gint in_save;  /* inside the save call */
} Progress;

typedef struct
{
  const char *name;         /* of the file, in dir */
  char       *dir;
  char       *path;
  GBytes     *versions[2];
  gboolean    is_pdf;
  guint       iterations;
  guint       max_delay_us;
} KillLoop;

typedef struct
{
  guint found[2];           /* which version the file held */
  guint in_save;            /* kills inside the save call */
  guint temporary_open;     /* kills while a temporary file was open */
  guint leftovers;          /* temporary files killed writers left */
  guint64 saves;            /* that the children completed */
} KillStats;

/* Many personas, each with a long summary: a document of a few hundred
 * KB, so that a save lasts long enough for kills to land in it. */
static EntenteDocument *
make_document (guint       n_personas,
               const char *title,
               guint       revision)
{
  EntenteDocument *document = entente_test_load_example ("acme-saas.entente");

  for (guint i = 0; i < n_personas; i++)
    {
      g_autoptr(EntenteItem) persona = ENTENTE_ITEM (entente_persona_new ());
      g_autofree char *id = g_strdup_printf ("persona-%04u", i);
      g_autofree char *name = g_strdup_printf ("Persona %u", i);
      g_autofree char *summary = g_strdup_printf ("Persona %u of the kill test: a buyer who reads every "
                                                  "line of an agreement before signing it, asks for the "
                                                  "lead definitions in writing, and expects the first "
                                                  "response within the hour it was promised in. %s",
                                                  i, title);

      g_object_set (persona, "id", id, "name", name, "summary", summary, NULL);
      entente_item_append (ENTENTE_ITEM (document), ENTENTE_DOCUMENT_FIELD_PERSONAS, persona);
    }

  g_object_set (entente_document_get_meta (document), "title", title, "revision", revision, NULL);

  return document;
}

static gboolean
bytes_equal (GBytes     *bytes,
             const char *data,
             gsize       length)
{
  return g_bytes_get_size (bytes) == length && memcmp (g_bytes_get_data (bytes, NULL), data, length) == 0;
}

/* Whether the child has a file open in the test's folder: a temporary
 * file, named or not, as /proc shows it. */
static gboolean
has_temporary_open (pid_t       pid,
                    const char *dir)
{
  g_autofree char *fd_dir = g_strdup_printf ("/proc/%d/fd", (int) pid);
  g_autoptr(GDir) fds = g_dir_open (fd_dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (dir, "/", NULL);
  const char *name;

  while (fds != NULL && (name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *fd_path = g_build_filename (fd_dir, name, NULL);
      g_autofree char *target = g_file_read_link (fd_path, NULL);

      if (target != NULL && g_str_has_prefix (target, prefix))
        return TRUE;
    }

  return FALSE;
}

/* The child: saves the two versions in turn, from @first on, until it is
 * killed. */
G_GNUC_NORETURN static void
run_writer (KillLoop *loop,
            Progress *progress,
            guint     first)
{
  g_autoptr(GFile) file = g_file_new_for_path (loop->path);

  for (guint i = first;; i = 1 - i)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      progress->in_save = 1;
      progress->started = 1;
      ok = entente_file_replace_contents (file,
                                          g_bytes_get_data (loop->versions[i], NULL),
                                          g_bytes_get_size (loop->versions[i]),
                                          NULL, NULL, NULL, &error);
      progress->in_save = 0;

      if (!ok)
        {
          g_printerr ("writer: %s\n", error->message);
          _exit (3);
        }
      progress->saves++;
    }
}

static gboolean
o_tmpfile_works (const char *dir)
{
#ifdef O_TMPFILE
  int fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);

  if (fd >= 0)
    {
      close (fd);
      return TRUE;
    }
#endif
  return FALSE;
}

/* The file after a kill must be one of the two versions, byte for byte;
 * both load (see check_versions()), so it loads, without parsing it a
 * thousand times. */
static guint
check_file (KillLoop  *loop,
            KillStats *stats,
            guint      iteration)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  guint version;

  g_file_get_contents (loop->path, &data, &length, &error);
  g_assert_no_error (error);

  if (bytes_equal (loop->versions[0], data, length))
    version = 0;
  else if (bytes_equal (loop->versions[1], data, length))
    version = 1;
  else
    g_error ("after kill %u, %s is neither version (%" G_GSIZE_FORMAT " bytes)",
             iteration, loop->path, length);
  stats->found[version]++;

  /* A complete PDF ends with its trailer. */
  if (loop->is_pdf)
    g_assert_nonnull (g_strstr_len (data + length - MIN (length, 32), MIN (length, 32), "%%EOF"));

  return version;
}

/* Both versions are valid: documents that load, PDFs with their trailer. */
static void
check_versions (KillLoop *loop)
{
  g_assert_false (g_bytes_equal (loop->versions[0], loop->versions[1]));

  for (guint i = 0; i < 2; i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (loop->versions[i], &length);

      if (loop->is_pdf)
        {
          g_assert_true (g_str_has_prefix (data, "%PDF-"));
          g_assert_nonnull (g_strstr_len (data + length - 32, 32, "%%EOF"));
        }
      else
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(EntenteDocument) document = entente_document_new_from_bytes (loop->versions[i], loop->name, &error);

          g_assert_no_error (error);
          g_assert_nonnull (document);
        }
    }
}

/* What killed writers left beside the file: hidden ".NAME.XXXXXX" files
 * only; where O_TMPFILE works, each a complete version.  They are removed,
 * so that each is counted once. */
static void
check_leftovers (KillLoop  *loop,
                 KillStats *stats,
                 gboolean   unnamed)
{
  g_autoptr(GDir) dir = g_dir_open (loop->dir, 0, NULL);
  g_autofree char *pattern = g_strdup_printf (".%s.??????", loop->name);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (name, loop->name))
        continue;

      g_test_message ("left by a killed writer: %s", name);
      g_assert_true (g_pattern_match_simple (pattern, name));
      path = g_build_filename (loop->dir, name, NULL);
      if (unnamed)
        {
          g_autoptr(GBytes) bytes = entente_test_read_bytes (path);

          g_assert_true (g_bytes_equal (bytes, loop->versions[0]) || g_bytes_equal (bytes, loop->versions[1]));
        }
      g_assert_cmpint (g_unlink (path), ==, 0);
      stats->leftovers++;
    }
}

/* Until the child calls its first save, with a bound for a child that
 * never gets there. */
static void
wait_for_first_save (Progress *progress)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) 10 * G_USEC_PER_SEC * entente_test_slowdown ();

  while (!progress->started)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("the writer did not start saving");
      g_usleep (20);
    }
}

static void
run_kill_loop (KillLoop *loop)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  KillStats stats = { { 0, 0 }, 0, 0, 0, 0 };
  const char *iterations = g_getenv ("ENTENTE_TEST_KILL_ITERATIONS");
  Progress *progress;
  gboolean unnamed;
  guint on_disk = 0;

  /* Memcheck and AddressSanitizer check the parent, a killed child
   * saying nothing: every kill is alike to them, and a quarter of them
   * keep those checks short.  Nor does the locale change what a kill
   * finds: the suite's runs in other locales than C kill a quarter too. */
#ifdef ENTENTE_TEST_UNDER_ASAN
  loop->iterations /= 4;
#else
  if (entente_test_under_valgrind () || !entente_test_locale_is_c ())
    loop->iterations /= 4;
#endif
  if (iterations != NULL)
    loop->iterations = (guint) g_ascii_strtoull (iterations, NULL, 10);

  loop->dir = g_dir_make_tmp ("entente-kill-XXXXXX", &error);
  g_assert_no_error (error);
  loop->path = g_build_filename (loop->dir, loop->name, NULL);
  g_file_set_contents (loop->path, g_bytes_get_data (loop->versions[0], NULL),
                       (gssize) g_bytes_get_size (loop->versions[0]), &error);
  g_assert_no_error (error);
  unnamed = o_tmpfile_works (loop->dir);
  check_versions (loop);

  progress = mmap (NULL, sizeof *progress, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  g_assert_true (progress != MAP_FAILED);

  for (guint i = 0; i < loop->iterations; i++)
    {
      guint delay = (guint) g_test_rand_int_range (0, (gint32) loop->max_delay_us + 1);
      int status = 0;
      pid_t pid;

      progress->started = 0;
      progress->saves = 0;
      progress->in_save = 0;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      /* The first save changes the file. */
      if (pid == 0)
        run_writer (loop, progress, 1 - on_disk);

      wait_for_first_save (progress);
      g_usleep (delay);
      if (has_temporary_open (pid, loop->dir))
        stats.temporary_open++;
      stats.in_save += progress->in_save ? 1 : 0;
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("the writer ended by itself (status %d) instead of being killed", status);
      stats.saves += (guint64) progress->saves;

      on_disk = check_file (loop, &stats, i);
      check_leftovers (loop, &stats, unnamed);
    }

  munmap (progress, sizeof *progress);

  g_test_message ("%u kills in %.1f s (delays 0–%u µs after the first save began), O_TMPFILE %s: "
                  "%u while a temporary file was open, %u inside the save call; "
                  "%" G_GUINT64_FORMAT " saves completed in all; "
                  "the file held the first version %u times, the second %u times; "
                  "%u temporary files left",
                  loop->iterations, g_timer_elapsed (timer, NULL), loop->max_delay_us,
                  unnamed ? "used" : "not available",
                  stats.temporary_open, stats.in_save, stats.saves,
                  stats.found[0], stats.found[1], stats.leftovers);

  /* Kills that found the file in the middle of being written: a test
   * whose kills all miss the writes passes whatever the save does. */
  g_assert_cmpuint (stats.temporary_open, >=, loop->iterations / 4);

  /* Where no name exists until the very end, only a kill between the
   * link and the rename leaves one: from a few in a thousand to a few in
   * a hundred under the sanitizers, here where almost every kill lands in
   * a save, against one for about every other kill with a named
   * temporary file. */
  if (unnamed)
    g_assert_cmpuint (stats.leftovers, <=, 1 + loop->iterations / 10);

  /* And the last state loads as Entente opens a file. */
  if (!loop->is_pdf)
    {
      g_autoptr(GFile) file = g_file_new_for_path (loop->path);
      g_autoptr(EntenteDocument) document = entente_document_load (file, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (document);
    }
}

static void
kill_loop_clear (KillLoop *loop)
{
  g_autoptr(GDir) dir = loop->dir ? g_dir_open (loop->dir, 0, NULL) : NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (loop->dir, name, NULL);

      g_unlink (path);
    }
  if (loop->dir != NULL)
    g_rmdir (loop->dir);

  for (guint i = 0; i < 2; i++)
    g_clear_pointer (&loop->versions[i], g_bytes_unref);
  g_clear_pointer (&loop->dir, g_free);
  g_clear_pointer (&loop->path, g_free);
}

/* How long one write of the first version takes, with its sync, in a
 * folder of its own: the kills spread over the child's start and a few
 * writes. */
static void
set_max_delay (KillLoop *loop)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-kill-XXXXXX", &error);
  g_autofree char *path = NULL;
  double seconds;

  g_assert_no_error (error);
  path = g_build_filename (dir, loop->name, NULL);
  file = g_file_new_for_path (path);

  timer = g_timer_new ();
  entente_file_replace_contents (file, g_bytes_get_data (loop->versions[0], NULL),
                                 g_bytes_get_size (loop->versions[0]), NULL, NULL, NULL, &error);
  seconds = g_timer_elapsed (timer, NULL);
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);

  loop->max_delay_us = (guint) CLAMP (3 * seconds * G_USEC_PER_SEC, 5000, 12000);
  g_test_message ("a write of %" G_GSIZE_FORMAT " bytes takes %.1f ms",
                  g_bytes_get_size (loop->versions[0]), seconds * 1000);
}

/* The two versions, as entente_document_save() writes them. */
static void
save_versions (KillLoop *loop)
{
  g_auto(EntenteTestScratch) scratch = { NULL };

  entente_test_scratch_init (&scratch);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EntenteDocument) document = make_document (700, i == 0 ? "Version A" : "Version B", i + 1);
      g_autofree char *path = entente_test_scratch_file (&scratch, i == 0 ? "a.entente" : "b.entente");
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) serialized = NULL;
      g_autoptr(GError) error = NULL;

      entente_document_save (document, file, NULL, &error);
      g_assert_no_error (error);
      serialized = entente_document_serialize (document);
      loop->versions[i] = entente_test_read_bytes (path);
      g_assert_true (g_bytes_equal (loop->versions[i], serialized));
    }
}

static void
test_kill_document_save (void)
{
  KillLoop loop = { DOCUMENT_NAME, NULL, NULL, { NULL, NULL }, FALSE, 1000, 0 };

  save_versions (&loop);
  g_assert_cmpuint (g_bytes_get_size (loop.versions[0]), >, 200 * 1024);

  set_max_delay (&loop);
  run_kill_loop (&loop);
  kill_loop_clear (&loop);
}

/* The PDF export makes the whole file in memory and hands it to the same
 * replace as a save: the child writes the two exports in turn. */
static void
test_kill_pdf_export (void)
{
  KillLoop loop = { PDF_NAME, NULL, NULL, { NULL, NULL }, TRUE, 200, 0 };
  const char *qpdf;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(EntenteDocument) document = make_document (60, i == 0 ? "Version A" : "Version B", i + 1);
      g_autoptr(GError) error = NULL;

      loop.versions[i] = entente_agreement_pdf_export (document, ENTENTE_PAPER_A4, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loop.versions[i]);
    }

  set_max_delay (&loop);
  run_kill_loop (&loop);

  /* qpdf reads the final state through, when installed. */
  if ((qpdf = entente_test_find_tool ("qpdf")) != NULL)
    {
      g_auto(EntenteTestRun) run = { 0 };
      const char *argv[] = { qpdf, "--check", loop.path, NULL };

      entente_test_run_program (&run, argv);
      if (run.status != 0)
        g_test_message ("qpdf: %s%s", run.out, run.err);
      g_assert_cmpint (run.status, ==, 0);
    }

  kill_loop_clear (&loop);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save-kill/document", test_kill_document_save);
  g_test_add_func ("/save-kill/pdf-export", test_kill_pdf_export);

  return g_test_run ();
}
