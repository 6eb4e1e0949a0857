/* test-hostile.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <math.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "entente-core.h"
#include "entente-test-util.h"

/* Hostile documents: each one gets a clear error or a safe load, within a
 * second and 200 MB, and never reads a file or opens a connection.
 *
 * Every case runs in a child process of its own, whose address space is
 * limited to 200 MB and whose processor time is limited as a guard
 * against a loop, so that a case that blows up takes its child down and
 * fails alone (but under valgrind: see in_own_process()).  The load is
 * timed in processor time, the best of three, which measures the loader
 * rather than the other processes on a busy machine: on the clock, the
 * twenty thousand items took 12.8 s of the 10 s that `make check-asan`
 * allows them, beside other tests, and 5.5 s alone.
 *
 * The small files are in tests/data/hostile/, each acme-saas.entente but
 * for its hostile part; the big ones are made here.  In the files,
 * @SECRET_URI@ is replaced with a file:// URI of a secret file that an
 * inotify watch reports any opening of, @SECRET_PATH@ with its path, and @PORT@ with the port of a
 * socket on which nobody may connect. */

/* Address space, not memory in use: it counts every library mapped, and
 * since signing links GnuTLS and libsecret (with their own dependencies)
 * 200 MB left too little room in some locales for the 100 MB cases.
 * AddressSanitizer and valgrind reserve far more for themselves, so
 * there it cannot apply. */
#define MEMORY_LIMIT (256 * 1024 * 1024)
#ifdef ENTENTE_TEST_UNDER_ASAN
/* AddressSanitizer slows the making of the 100,000 objects of the cases
 * at the limits some sixty-fold (items-beyond: 13.5 s of processor time),
 * beyond the tenfold of everything else. */
#define ASAN_ALLOCATION_FACTOR 4
#else
#define ASAN_ALLOCATION_FACTOR 1
#endif
#define LOAD_LIMIT_USEC ((gint64) G_USEC_PER_SEC * entente_test_slowdown () * ASAN_ALLOCATION_FACTOR)
#define CPU_LIMIT_SECONDS ((rlim_t) 60 * entente_test_slowdown ())
#define CHILD_TIMEOUT_USEC ((guint64) 120 * G_USEC_PER_SEC * entente_test_slowdown ())
/* Under valgrind and AddressSanitizer a load is checked for its memory,
 * which one run shows, and timed only against a blow-up: two more runs
 * would only cost minutes of `make check-valgrind` and `make
 * check-asan`. */
#ifdef ENTENTE_TEST_UNDER_ASAN
#define LOAD_RUNS 1
#else
#define LOAD_RUNS (entente_test_under_valgrind () ? 1 : 3)
#endif

/* Longer than any message the loader needs for 20 problems of short
 * values; a message that quotes a megabyte is far beyond it. */
#define MAX_MESSAGE_LINE 600

#define SECRET "entente-hostile-secret-8d1c5a"

/* Traps: a secret file nobody may open, and a socket nobody may connect to. */

typedef struct
{
  EntenteTestScratch  scratch;
  char               *secret_path;
  char               *secret_uri;
  int                 inotify;
  int                 listener;
  guint16             port;
} Traps;

static void
traps_init (Traps *traps)
{
  g_autoptr(GError) error = NULL;
  struct sockaddr_in address = { 0 };
  socklen_t length = sizeof address;

  entente_test_scratch_init (&traps->scratch);
  traps->secret_path = entente_test_scratch_file (&traps->scratch, "secret.txt");
  g_file_set_contents (traps->secret_path, SECRET "\n", -1, &error);
  g_assert_no_error (error);
  traps->secret_uri = g_filename_to_uri (traps->secret_path, NULL, &error);
  g_assert_no_error (error);

  /* Watched only once written, so that what it reports is someone else. */
  traps->inotify = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (traps->inotify, >=, 0);
  g_assert_cmpint (inotify_add_watch (traps->inotify, traps->secret_path, IN_OPEN | IN_ACCESS), >=, 0);

  traps->listener = socket (AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  g_assert_cmpint (traps->listener, >=, 0);
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  address.sin_port = 0;
  g_assert_cmpint (bind (traps->listener, (struct sockaddr *) &address, sizeof address), ==, 0);
  g_assert_cmpint (listen (traps->listener, 16), ==, 0);
  g_assert_cmpint (getsockname (traps->listener, (struct sockaddr *) &address, &length), ==, 0);
  traps->port = ntohs (address.sin_port);
}

/* Nobody opened the secret file, and nobody connected: the kernel
 * completes a connection in the listen queue, so one attempt, even one
 * given up, would be there to accept. */
static void
traps_assert_untouched (Traps *traps)
{
  char events[4096];
  int connection;

  g_assert_cmpint (read (traps->inotify, events, sizeof events), ==, -1);
  g_assert_true (errno == EAGAIN || errno == EWOULDBLOCK);

  connection = accept (traps->listener, NULL, NULL);
  if (connection >= 0)
    close (connection);
  g_assert_cmpint (connection, ==, -1);
  g_assert_true (errno == EAGAIN || errno == EWOULDBLOCK);
}

static void
traps_clear (Traps *traps)
{
  if (traps->inotify > 0)
    close (traps->inotify);
  if (traps->listener > 0)
    close (traps->listener);
  g_clear_pointer (&traps->secret_path, g_free);
  g_clear_pointer (&traps->secret_uri, g_free);
  entente_test_scratch_clear (&traps->scratch);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Traps, traps_clear)

/* Resources */

static void
limit_resources (void)
{
  struct rlimit cpu = { CPU_LIMIT_SECONDS, CPU_LIMIT_SECONDS };

  g_assert_cmpint (setrlimit (RLIMIT_CPU, &cpu), ==, 0);
#ifndef ENTENTE_TEST_UNDER_ASAN
  if (!entente_test_under_valgrind ())
    {
      struct rlimit memory = { MEMORY_LIMIT, MEMORY_LIMIT };

      g_assert_cmpint (setrlimit (RLIMIT_AS, &memory), ==, 0);
    }
#endif
}

/* The peak of a field of /proc/self/status, such as VmPeak, in MB. */
static double
status_megabytes (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1.0;

  return (double) g_ascii_strtoull (line + strlen (field) + 1, NULL, 10) / 1024.0;
}

static void
report (const char *what,
        gint64      load_usec,
        const char *outcome)
{
  g_autofree char *line = g_utf8_make_valid (outcome, MIN (strlen (outcome), 160));

  g_strdelimit (line, "\n", ' ');
  /* On stderr, which the parent passes on to the test log, with the
   * measures the issue asks for. */
  g_printerr ("# hostile %s: load %.1f ms of processor time (best of %d), peak %.0f MB resident, %.0f MB address space: %s\n",
              what, (double) load_usec / 1000.0, LOAD_RUNS,
              status_megabytes ("VmHWM:"), status_megabytes ("VmPeak:"), line);
}

/* Loading */

typedef struct
{
  EntenteDocument *document;
  GError          *error;
  gint64           usec;    /* the best of LOAD_RUNS */
} Load;

static void
load_clear (Load *load)
{
  g_clear_object (&load->document);
  g_clear_error (&load->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Load, load_clear)

static void
load_timed (Load       *load,
            GBytes     *bytes,
            const char *name)
{
  load->usec = G_MAXINT64;

  for (guint i = 0; i < LOAD_RUNS; i++)
    {
      gint64 start;

      load_clear (load);
      start = entente_test_cpu_time_usec ();
      load->document = entente_document_new_from_bytes (bytes, name, &load->error);
      load->usec = MIN (load->usec, entente_test_cpu_time_usec () - start);
    }

  g_assert_true ((load->document == NULL) != (load->error == NULL));
  if (load->usec >= LOAD_LIMIT_USEC)
    g_error ("%s took %.3f s of processor time to load", name, (double) load->usec / G_USEC_PER_SEC);
}

/* What every error must be: UTF-8, each problem on a line of its own that
 * starts with the name and a place, and no line longer than a sentence. */
static void
assert_message_sane (const GError *error,
                     const char   *name)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  g_autofree char *prefix = g_strconcat (name, ":", NULL);

  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strstr (error->message, SECRET));
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i] + strlen (prefix);

      if (!g_str_has_prefix (lines[i], prefix))
        g_error ("a line of the message does not start with “%s”: “%.200s”", prefix, lines[i]);
      g_assert_true (g_ascii_isdigit (*p));
      while (g_ascii_isdigit (*p))
        p++;
      g_assert_cmpint (*p++, ==, ':');
      g_assert_true (g_ascii_isdigit (*p));
      while (g_ascii_isdigit (*p))
        p++;
      g_assert_true (g_str_has_prefix (p, ": "));
      if (strlen (lines[i]) > MAX_MESSAGE_LINE)
        g_error ("a line of the message is %zu bytes long: “%.200s…”", strlen (lines[i]), lines[i]);
    }
}

static void
assert_error (Load             *load,
              const char       *name,
              EntenteCoreError  code,
              const char       *location,
              const char       *words)  /* a pattern of the whole message */
{
  /* A location without a column is a line, whatever column libxml2 says. */
  g_autofree char *prefix = g_strdup_printf (strchr (location, ':') ? "%s:%s: " : "%s:%s:", name, location);

  g_assert_null (load->document);
  g_assert_error (load->error, ENTENTE_CORE_ERROR, (int) code);
  if (!g_str_has_prefix (load->error->message, prefix) || !g_pattern_match_simple (words, load->error->message))
    g_error ("expected “%s…%s…”, got “%.400s”", prefix, words, load->error->message);
  assert_message_sane (load->error, name);
}

/* A safe load: the document goes through the checks, the plan and a save
 * and load, in time, and holds nothing of the secret file. */
static void
assert_safe (Load       *load,
             const char *name)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(EntenteDocument) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_assert_no_error (load->error);
  g_assert_nonnull (load->document);

  start = entente_test_cpu_time_usec ();
  findings = entente_checks_run (load->document);
  plan = entente_plan_compute (load->document);
  saved = entente_document_serialize (load->document);
  again = entente_document_new_from_bytes (saved, name, &error);
  g_assert_no_error (error);
  g_assert_true (entente_item_equal (ENTENTE_ITEM (load->document), ENTENTE_ITEM (again)));
  if (entente_test_cpu_time_usec () - start >= LOAD_LIMIT_USEC)
    g_error ("%s took %.3f s of processor time to check, plan and save", name,
             (double) (entente_test_cpu_time_usec () - start) / G_USEC_PER_SEC);

  g_assert_null (g_strstr_len (g_bytes_get_data (saved, NULL), (gssize) g_bytes_get_size (saved), SECRET));
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *code)
{
  for (guint i = 0; i < findings->len; i++)
    if (g_str_equal (((EntenteFinding *) g_ptr_array_index (findings, i))->code, code))
      return TRUE;

  return FALSE;
}

/* The cases */

typedef struct _HostileCase HostileCase;

struct _HostileCase
{
  const char        *name;      /* the test, and tests/data/hostile/NAME.entente */
  GBytes          *(*make)  (Traps *traps);  /* NULL: the file, with the traps filled in */
  int                code;      /* an EntenteCoreError, or -1 for a safe load */
  const char        *location;  /* LINE:COLUMN of the first problem */
  const char        *message;   /* the msgid of its message, or of a part of it */
  const char        *values[4]; /* what fills it, in order; NULL for anything */
  void             (*check) (const HostileCase *self, Load *load, Traps *traps);
};

static GBytes *
read_case_file (const char *name,
                Traps      *traps)
{
  g_autofree char *relative = g_strdup_printf ("hostile/%s.entente", name);
  g_autofree char *path = entente_test_data_path (relative);
  g_autoptr(GBytes) bytes = entente_test_read_bytes (path);
  g_autofree char *port = g_strdup_printf ("%u", traps->port);
  GString *text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));

  /* g_string_replace() stops at a NUL byte, which is only in a file
   * without placeholders. */
  g_string_replace (text, "@SECRET_URI@", traps->secret_uri, 0);
  g_string_replace (text, "@SECRET_PATH@", traps->secret_path, 0);
  g_string_replace (text, "@PORT@", port, 0);

  return g_string_free_to_bytes (text);
}

static char *
read_example (const char *name)
{
  g_autofree char *path = entente_test_example_path (name);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* The example with @old, which must be in it, replaced by @new. */
static GString *
example_with (const char *old,
              const char *new)
{
  g_autofree char *example = read_example ("acme-saas.entente");
  GString *text = g_string_new (example);

  g_assert_cmpuint (g_string_replace (text, old, new, 1), ==, 1);

  return text;
}

/* A FIFO as the time zone: opened, it would block the load for ever. */
static GBytes *
make_timezone_fifo (Traps *traps)
{
  g_autofree char *fifo = entente_test_scratch_file (&traps->scratch, "zone-fifo");
  g_autofree char *element = g_strdup_printf ("<timezone>%s</timezone>", fifo);
  GString *text = example_with ("<timezone>America/New_York</timezone>", element);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  return g_string_free_to_bytes (text);
}

/* Checks of safe loads */

static void
check_secret_not_read (const HostileCase *self,
                       Load              *load,
                       Traps             *traps)
{
  /* The XIncludes are kept as elements from a newer format, and stay
   * inert: written back as they were, never followed. */
  g_autoptr(GBytes) saved = entente_document_serialize (load->document);
  g_autofree char *text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));

  g_assert_nonnull (strstr (text, "include"));
  g_assert_nonnull (strstr (text, traps->secret_uri));
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (load->document)), ==, "Acme Cloud Ltd.");
}

static void
check_utf16 (const HostileCase *self,
             Load              *load,
             Traps             *traps)
{
  EntenteMeta *meta = entente_document_get_meta (load->document);

  /* Read as the same text, the em dash included. */
  g_assert_cmpstr (entente_meta_get_title (meta), ==, "Acme Cloud — Sales & Marketing SLA");
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_stages (load->document)), ==, 6);
}

static void
check_noncharacters (const HostileCase *self,
                     Load              *load,
                     Traps             *traps)
{
  /* XML allows them, so they are kept, and written back. */
  g_assert_cmpstr (entente_meta_get_organization (entente_document_get_meta (load->document)), ==,
                   "Acme \xef\xb7\x90\xef\xb7\xaf\xf0\x9f\xbf\xbe\xf4\x8f\xbf\xbf Ltd.");
}

static void
check_negative_zero (const HostileCase *self,
                     Load              *load,
                     Traps             *traps)
{
  EntenteGoals *goals = entente_document_get_goals (load->document);
  EntenteItem *stage = entente_test_nth (ENTENTE_ITEM (load->document), ENTENTE_DOCUMENT_FIELD_STAGES, 1);
  EntenteItem *criterion = entente_test_nth (stage, ENTENTE_STAGE_FIELD_CRITERIA, 0);
  g_autoptr(GBytes) saved = entente_document_serialize (load->document);
  g_autofree char *text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_autoptr(GPtrArray) findings = entente_checks_run (load->document);

  /* Minus zero is zero, with one spelling: the value rules keep no sign. */
  g_assert_cmpfloat (entente_goals_get_revenue (goals), ==, 0.0);
  g_assert_false (signbit (entente_goals_get_revenue (goals)));
  g_assert_cmpint (entente_meta_get_revision (entente_document_get_meta (load->document)), ==, 0);
  g_assert_cmpint (entente_criterion_get_points (ENTENTE_CRITERION (criterion)), ==, 0);
  g_assert_null (strstr (text, ">-0<"));
  g_assert_null (strstr (text, "\"-0\""));

  /* Without a revenue goal the plan cannot say what each stage needs. */
  g_assert_true (has_finding (findings, "plan-inputs-missing"));
  g_assert_cmpfloat (entente_plan_customers (load->document), <, 0.0);
}

static void
check_huge_duration (const HostileCase *self,
                     Load              *load,
                     Traps             *traps)
{
  static const char * const extremes[] = {
    "P99999999Y", "P4294967295Y", "P4294967295M", "P4294967295W", "P4294967295D",
    "PT4294967295H", "PT4294967295M", "PT4294967295S",
    "P4294967295Y4294967295M4294967295W4294967295DT4294967295H4294967295M4294967295S",
  };
  GListModel *protocols = entente_document_get_protocols (load->document);
  g_autoptr(EntenteProtocol) protocol = g_list_model_get_item (protocols, 0);
  const EntenteDuration *response = entente_protocol_get_first_response (protocol);
  g_autoptr(EntenteBusinessHours) hours = entente_business_hours_new (entente_document_get_meta (load->document));
  g_autoptr(GBytes) saved = entente_document_serialize (load->document);
  g_autofree char *text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  /* Monday 2027-03-01 10:00 UTC, within business hours. */
  const gint64 start = 1803981600;

  g_assert_cmpuint (response->years, ==, 99999999);
  g_assert_cmpint (entente_duration_to_seconds (response), ==, (gint64) 99999999 * 365 * 24 * 3600);
  g_assert_nonnull (strstr (text, "<first-response business-hours=\"true\">P99999999Y</first-response>"));

  /* A window longer than the calendar ends no sooner than it starts: a
   * record is never late for it. */
  for (guint i = 0; i < G_N_ELEMENTS (extremes); i++)
    for (int business = 0; business <= 1; business++)
      {
        g_autoptr(EntenteDuration) window = entente_duration_parse (extremes[i]);
        gint64 deadline;

        g_assert_nonnull (window);
        deadline = entente_business_hours_deadline (hours, start, window, business);
        if (deadline <= start)
          g_error ("%s in %s time ends at %" G_GINT64_FORMAT ", before it starts at %" G_GINT64_FORMAT,
                   extremes[i], business ? "business" : "calendar", deadline, start);
      }
}

static void
check_recycle_cycle (const HostileCase *self,
                     Load              *load,
                     Traps             *traps)
{
  g_autoptr(GPtrArray) findings = entente_checks_run (load->document);
  guint count = 0;

  /* The circle is broken where it goes forward, and reported there. */
  for (guint i = 0; i < findings->len; i++)
    {
      EntenteFinding *finding = g_ptr_array_index (findings, i);

      if (!g_str_equal (finding->code, "recycle-forward"))
        continue;
      count++;
      g_assert_cmpint (finding->severity, ==, ENTENTE_SEVERITY_ERROR);
      g_assert_cmpstr (finding->section, ==, "lead-management");
      g_assert_cmpstr (entente_protocol_get_stage (ENTENTE_PROTOCOL (finding->item)), ==, "mql");
    }
  g_assert_cmpuint (count, ==, 1);
}

/* Generated inputs */

static GBytes *
make_quadratic_blowup (Traps *traps)
{
  /* 100 kB, referenced 10,000 times: a gigabyte if it were expanded. */
  g_autofree char *value = g_strnfill (100 * 1000, 'a');
  g_autofree char *doctype = g_strdup_printf ("<!DOCTYPE sla [\n  <!ENTITY a \"%s\">\n]>\n<sla ", value);
  GString *references = g_string_new ("<organization>");
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (references, "&a;");
  g_string_append (references, "</organization>");

  text = example_with ("<organization>Acme Cloud Ltd.</organization>", references->str);
  g_string_free (references, TRUE);
  g_assert_cmpuint (g_string_replace (text, "<sla ", doctype, 1), ==, 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static GBytes *
make_deep_nesting (Traps *traps)
{
  const guint depth = 100000;
  GString *nested = g_string_sized_new (depth * 24);
  g_autoptr(GString) text = NULL;

  g_string_append (nested, "<personas>");
  for (guint i = 0; i < depth; i++)
    g_string_append (nested, "<persona>");
  for (guint i = 0; i < depth; i++)
    g_string_append (nested, "</persona>");

  text = example_with ("<personas>", nested->str);
  g_string_free (nested, TRUE);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* Elements from a newer minor format are kept and written back; nested
 * as deep as libxml2 lets them, they still load, save and load again. */
static GBytes *
make_deep_nesting_kept (Traps *traps)
{
  const guint depth = 200;
  GString *nested = g_string_new ("<personas>");
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append (nested, "<extra>");
  for (guint i = 0; i < depth; i++)
    g_string_append (nested, "</extra>");

  text = example_with ("<personas>", nested->str);
  g_string_free (nested, TRUE);
  g_assert_cmpuint (g_string_replace (text, "format=\"1\"", "format=\"1.1\"", 1), ==, 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* The example with @opening, @size bytes of @filler and @closing right
 * after @at; made in place, so that the input is there once and not
 * twice. */
static GBytes *
make_with_filler (const char *at,
                  const char *opening,
                  gsize       size,
                  char        filler,
                  const char *closing)
{
  g_autofree char *example = read_example ("acme-saas.entente");
  const char *found = strstr (example, at);
  gsize head, tail, total;
  char *data, *p;

  g_assert_nonnull (found);
  head = (gsize) (found - example) + strlen (at);
  tail = strlen (example + head);
  total = head + strlen (opening) + size + strlen (closing) + tail;
  p = data = g_malloc (total);
  p = mempcpy (p, example, head);
  p = mempcpy (p, opening, strlen (opening));
  memset (p, filler, size);
  p = mempcpy (p + size, closing, strlen (closing));
  memcpy (p, example + head, tail);

  return g_bytes_new_take (data, total);
}

static GBytes *
make_attribute_12mb (Traps *traps)
{
  /* An attribute the format does not know, so that nothing about the
   * value but its length is wrong. */
  return make_with_filler ("<persona id=\"ops-olivia\"", " note=\"", 12 * 1024 * 1024, 'a', "\"");
}

static GBytes *
make_text_12mb (Traps *traps)
{
  return make_with_filler ("<purpose>", "", 12 * 1024 * 1024, 'p', "");
}

/* Past the cap of a whole document: refused before libxml2 reads it. */
static GBytes *
make_file_100mb (Traps *traps)
{
  return make_with_filler ("<purpose>", "", 100 * 1024 * 1024, 'p', "");
}

static GBytes *
make_id_1mb (Traps *traps)
{
  return make_with_filler ("<persona id=\"", "", 1024 * 1024, 'o', "");
}

static GBytes *
make_reference_1mb (Traps *traps)
{
  return make_with_filler ("<target stage=\"mql\" count=\"400\" party=\"", "", 1024 * 1024, 'm', "");
}

static GBytes *
make_thousand_stages (Traps *traps)
{
  GString *stages = g_string_new (NULL);
  GString *conversions = g_string_new (NULL);
  GString *targets = g_string_new (NULL);
  g_autofree char *previous = g_strdup ("sql");
  g_autoptr(GString) text = NULL;

  /* 994 stages between the SQL and the opportunity, each converting into
   * the next, for 1000 in all, and a target on every tenth. */
  for (guint i = 1; i <= 994; i++)
    {
      g_autofree char *id = g_strdup_printf ("step-%03u", i);

      g_string_append_printf (stages,
                              "    <stage id=\"%s\" owner=\"sales\">\n"
                              "      <name>Step %u</name>\n"
                              "      <definition>Stage %u of a long sales process.</definition>\n"
                              "    </stage>\n", id, i, i);
      g_string_append_printf (conversions, "    <conversion from=\"%s\" to=\"%s\" rate=\"0.99\"/>\n", previous, id);
      if (i % 10 == 0)
        g_string_append_printf (targets, "    <target stage=\"%s\" count=\"%u\" party=\"sales\"/>\n", id, 1000 + i);
      g_free (previous);
      previous = g_steal_pointer (&id);
    }
  g_string_append (stages, "    <stage id=\"opportunity\"");
  g_string_append_printf (conversions, "    <conversion from=\"%s\" to=\"opportunity\" rate=\"0.6\"/>", previous);
  g_string_append (targets, "    <target stage=\"mql\"");

  text = example_with ("    <stage id=\"opportunity\"", stages->str);
  g_assert_cmpuint (g_string_replace (text, "    <conversion from=\"sql\" to=\"opportunity\" rate=\"0.6\"/>",
                                      conversions->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "    <target stage=\"mql\"", targets->str, 1), ==, 1);
  g_string_free (stages, TRUE);
  g_string_free (conversions, TRUE);
  g_string_free (targets, TRUE);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* Twenty thousand items: 4,000 stages after the SQL, each with a
 * conversion, a target, a handoff and a protocol that name it.  Ids are
 * looked up by index, so this loads within the second like the rest. */
#define MANY 4000

static GBytes *
make_twenty_thousand_items (Traps *traps)
{
  g_autoptr(GString) stages = g_string_new (NULL);
  g_autoptr(GString) conversions = g_string_new (NULL);
  g_autoptr(GString) targets = g_string_new (NULL);
  g_autoptr(GString) handoffs = g_string_new (NULL);
  g_autoptr(GString) protocols = g_string_new (NULL);
  g_autofree char *previous = g_strdup ("sql");
  g_autoptr(GString) text = NULL;

  for (guint i = 1; i <= MANY; i++)
    {
      g_autofree char *id = g_strdup_printf ("step-%04u", i);

      g_string_append_printf (stages, "<stage id=\"%s\" owner=\"sales\"><name>Step %u</name></stage>\n", id, i);
      g_string_append_printf (conversions, "<conversion from=\"%s\" to=\"%s\" rate=\"0.999\"/>\n", previous, id);
      g_string_append_printf (targets, "<target stage=\"%s\" count=\"%u\" party=\"sales\"/>\n", id, i);
      g_string_append_printf (handoffs, "<handoff id=\"to-%s\" from=\"%s\" to=\"sales\"><routing>territory</routing></handoff>\n", id, id);
      g_string_append_printf (protocols, "<protocol stage=\"%s\" party=\"sales\"><first-response>PT4H</first-response></protocol>\n", id);
      g_free (previous);
      previous = g_steal_pointer (&id);
    }
  g_string_append (stages, "    <stage id=\"opportunity\"");
  g_string_append_printf (conversions, "    <conversion from=\"%s\" to=\"opportunity\" rate=\"0.6\"/>", previous);
  g_string_append (handoffs, "</handoffs>");
  g_string_append (protocols, "</protocols>");

  text = example_with ("    <stage id=\"opportunity\"", stages->str);
  g_assert_cmpuint (g_string_replace (text, "    <conversion from=\"sql\" to=\"opportunity\" rate=\"0.6\"/>",
                                      conversions->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "<target stage=\"sql\" count=\"120\" party=\"sdr\"/>", targets->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "</handoffs>", handoffs->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "</protocols>", protocols->str, 1), ==, 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
check_twenty_thousand_items (const HostileCase *self,
                             Load              *load,
                             Traps             *traps)
{
  EntenteDocument *document = load->document;
  GListModel *handoffs = entente_document_get_handoffs (document);
  guint n_handoffs = g_list_model_get_n_items (handoffs);

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_stages (document)), ==, 6 + MANY);
  g_assert_cmpuint (n_handoffs, ==, 2 + MANY);
  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_protocols (document)), ==, 2 + MANY);

  /* Each handoff's stage is the one it names, found by the index. */
  for (guint i = 2; i < n_handoffs; i++)
    {
      g_autoptr(EntenteHandoff) handoff = g_list_model_get_item (handoffs, i);
      const char *from = entente_item_get_string (ENTENTE_ITEM (handoff), ENTENTE_HANDOFF_FIELD_FROM);
      EntenteStage *stage = entente_document_find_stage (document, from);

      g_assert_nonnull (stage);
      g_assert_cmpstr (entente_item_get_string (ENTENTE_ITEM (stage), ENTENTE_STAGE_FIELD_ID), ==, from);
    }
}

/* Elements beyond what an agreement can use, in each way libxml2 would
 * spend quadratic time or unbounded memory on. */
static GBytes *
make_repeated (const char *at,
               const char *before,
               const char *head,
               const char *tail,
               guint       count,
               const char *after)
{
  g_autoptr(GString) inserted = g_string_new (at);
  GString *text;

  g_string_append (inserted, before);
  for (guint i = 0; i < count; i++)
    g_string_append_printf (inserted, "%s%u%s", head, i, tail);
  g_string_append (inserted, after);
  text = example_with (at, inserted->str);

  return g_string_free_to_bytes (text);
}

static GBytes *
make_attributes_100k (Traps *traps)
{
  return make_repeated ("<persona id=\"ops-olivia\"", "", " a", "=\"\"", 100000, "");
}

static GBytes *
make_namespaces_100k (Traps *traps)
{
  return make_repeated ("<persona id=\"ops-olivia\"", "", " xmlns:n", "=\"urn:x\"", 100000, "");
}

/* 50 namespaces on each of 250 nested elements: no element has too many
 * attributes, but 12,500 are in effect at the innermost. */
static GBytes *
make_namespaces_nested (Traps *traps)
{
  g_autoptr(GString) nested = g_string_new ("<personas>");
  GString *text;

  for (guint depth = 0; depth < 250; depth++)
    {
      g_string_append_printf (nested, "<x%u", depth);
      for (guint i = 0; i < 50; i++)
        g_string_append_printf (nested, " xmlns:n%u=\"urn:x\"", i);
      g_string_append (nested, ">");
    }
  for (guint i = 0; i < 100000; i++)
    g_string_append (nested, "<y/>");
  for (guint depth = 250; depth > 0; depth--)
    g_string_append_printf (nested, "</x%u>", depth - 1);
  text = example_with ("<personas>", nested->str);
  g_assert_cmpuint (g_string_replace (text, "format=\"1\"", "format=\"1.1\"", 1), ==, 1);

  return g_string_free_to_bytes (text);
}

static GBytes *
make_elements_beyond (Traps *traps)
{
  return make_repeated ("<job-titles>", "", "<item>", "</item>", ENTENTE_DOCUMENT_MAX_ELEMENTS, "");
}

static GBytes *
make_items_beyond (Traps *traps)
{
  return make_repeated ("<criteria threshold=\"3\">", "\n", "<criterion kind=\"fit\" points=\"1\">", "</criterion>",
                        ENTENTE_DOCUMENT_MAX_ITEMS, "");
}

/* Unknown attributes, which a newer 1.x keeps: each element has fewer
 * than the limit of one, but together they pass that of the document. */
static GBytes *
make_attributes_beyond (Traps *traps)
{
  g_autoptr(GString) criteria = g_string_new ("<criteria threshold=\"3\">");
  GString *text;

  for (guint i = 0; i <= ENTENTE_DOCUMENT_MAX_ALL_ATTRIBUTES / 60; i++)
    {
      g_string_append (criteria, "<criterion kind=\"fit\" points=\"1\"");
      for (guint j = 0; j < 58; j++)
        g_string_append_printf (criteria, " a%u=\"\"", j);
      g_string_append_printf (criteria, ">Criterion %u</criterion>", i);
    }
  text = example_with ("<criteria threshold=\"3\">", criteria->str);
  g_assert_cmpuint (g_string_replace (text, "format=\"1\"", "format=\"1.1\"", 1), ==, 1);

  return g_string_free_to_bytes (text);
}

static void
check_thousand_stages (const HostileCase *self,
                       Load              *load,
                       Traps             *traps)
{
  g_autoptr(GPtrArray) plan = entente_plan_compute (load->document);
  g_autoptr(GPtrArray) findings = entente_checks_run (load->document);
  EntentePlanStage *lead;

  g_assert_cmpuint (g_list_model_get_n_items (entente_document_get_stages (load->document)), ==, 1000);
  g_assert_cmpuint (plan->len, ==, 1000);

  /* Every conversion is known, so the plan reaches the top, where 0.99
   * to the 995th power multiplies the need by about 22,000. */
  lead = g_ptr_array_index (plan, 0);
  g_assert_true (entente_plan_stage_is_known (lead));
  g_assert_true (isfinite (lead->needed));
  g_assert_false (has_finding (findings, "missing-conversion"));
}

/* Wrong values a megabyte long: every message quotes a short excerpt. */

typedef struct
{
  const char       *old;
  const char       *before;  /* what replaces @old, before the long part */
  char              filler;
  const char       *after;
  EntenteCoreError  code;
  const char       *message; /* the msgid of a part of the message */
  const char       *values[4];
  gsize             size;    /* of the long part; 0 for a megabyte */
  gboolean          whole;   /* the message quotes none of it, or 40 bytes */
} LongValue;

/* Just within libxml2's limit on the length of a name. */
#define LONG_NAME 49000

static const LongValue long_values[] = {
  { "<currency>USD</currency>", "<currency>", 'X', "</currency>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a currency code; use three capital letters such as USD or KHR" },
  { "<revenue>250000</revenue>", "<revenue>", '9', "</revenue>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a number; write it with digits and an optional decimal point, such as 12500 or 0.25" },
  { "<revision>3</revision>", "<revision>", '7', "</revision>", ENTENTE_CORE_ERROR_INVALID, "“%s” is out of range; a whole number here is at most %d" },
  { "<effective>2027-01-01</effective>", "<effective>2027-01-", '1', "</effective>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a date; write it as YYYY-MM-DD, such as 2027-01-31" },
  { "<timezone>America/New_York</timezone>", "<timezone>America/", 'Y', "</timezone>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a known time zone; use a name such as America/New_York or Asia/Phnom_Penh" },
  { "PT1H</first-response>", "PT", '1', "H</first-response>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a duration; write it as PT30M, PT4H, P2D or P2W" },
  { "<seniority>director</seniority>", "<seniority>", 'd', "</seniority>", ENTENTE_CORE_ERROR_INVALID, "“%s” is not one of: %s" },
  { "days=\"mon tue wed thu fri\"", "days=\"mon ", 't', "\"", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a list of week days such as “mon tue wed thu fri”" },
  { "start=\"09:00\"", "start=\"09:00", '0', "\"", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a time of day; write it as HH:MM, such as 09:00" },
  { "reason-required=\"true\"", "reason-required=\"", 't', "\"", ENTENTE_CORE_ERROR_INVALID, "“%s” is neither true nor false" },
  { "format=\"1\"", "format=\"1.", '0', "x\"", ENTENTE_CORE_ERROR_INVALID, "“%s” is not a format version; it is a number such as 1 or 1.2." },
  { "xmlns=\"urn:entente:sla:1\"", "xmlns=\"urn:", 'n', "\"", ENTENTE_CORE_ERROR_NOT_SLA, "This is not an Entente SLA: <sla> must be in the namespace “%s”, not “%s”.", { "urn:entente:sla:1" } },
  { "<purpose>", "<purpose><x/>", 'p', "", ENTENTE_CORE_ERROR_INVALID, "<%s> holds only text, but it contains the element <%s>.", { "purpose", "x" }, 0, TRUE },
  { "<personas>", "<personas>", 'p', "", ENTENTE_CORE_ERROR_INVALID, "<%s> holds elements, so it cannot also hold the text “%.40s”.", { "personas" }, 0, TRUE },
  { "<revenue>250000</revenue>", "<revenue>1.", '0', "1</revenue>", ENTENTE_CORE_ERROR_INVALID, "The file does not follow the Entente format here: %s.", { "*decimal*" } },
  { "<persona id=\"ops-olivia\">", "<persona id=\"ops-olivia\" n", 'n', "=\"\">", ENTENTE_CORE_ERROR_INVALID, "<%s> has an attribute “%s” that this format does not know.", { "persona" }, LONG_NAME },
  { "<pains>", "<n", 'n', "/><pains>", ENTENTE_CORE_ERROR_INVALID, "<%s> is not allowed in <%s>.", { NULL, "persona" }, LONG_NAME },
  { "<purpose>", "<purpose><n", 'n', "/>", ENTENTE_CORE_ERROR_INVALID, "<%s> holds only text, but it contains the element <%s>.", { "purpose" }, LONG_NAME },
  { "<sla xmlns=\"urn:entente:sla:1\"", "<s", 'l', " xmlns=\"urn:entente:sla:1\"", ENTENTE_CORE_ERROR_NOT_XML, "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "Opening and ending tag mismatch*" }, LONG_NAME },
  { "</sla>", "</sla>", 'x', "", ENTENTE_CORE_ERROR_NOT_XML, "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "Extra content*" }, 0, TRUE },
};

/* The message that @message names, with @values, in the catalogue's
 * words: a pattern for any message that holds it. */
static char *
expected_words (const char         *message,
                const char * const *values,
                guint               n_values)
{
  g_autoptr(GPtrArray) filled = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *words = NULL;

  /* "#N" is the count N as the reader's locale writes it: "50,000". */
  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (filled, values[i] != NULL && values[i][0] == '#'
                               ? entente_format_count (NULL, g_ascii_strtoll (values[i] + 1, NULL, 10))
                               : g_strdup (values[i]));
  words = entente_test_fill (g_dgettext (GETTEXT_PACKAGE, message), (const char * const *) filled->pdata, n_values);

  return g_strconcat ("*", words, "*", NULL);
}

static GBytes *
make_long_value (const LongValue *value)
{
  g_autofree char *example = read_example ("acme-saas.entente");
  g_autofree char *filler = g_strnfill (value->size > 0 ? value->size : 1024 * 1024, value->filler);
  g_autofree char *new = g_strconcat (value->before, filler, value->after, NULL);
  GString *text = g_string_new (example);

  g_assert_cmpuint (g_string_replace (text, value->old, new, 1), ==, 1);

  return g_string_free_to_bytes (text);
}

static void
check_long_values (const HostileCase *self,
                   Load              *load,
                   Traps             *traps)
{
  /* The case's own load is the first of these; each of the others is
   * timed the same way. */
  for (guint i = 1; i < G_N_ELEMENTS (long_values); i++)
    {
      g_autoptr(GBytes) bytes = make_long_value (&long_values[i]);
      g_auto(Load) other = { 0 };

      g_autofree char *words = expected_words (long_values[i].message, long_values[i].values,
                                               G_N_ELEMENTS (long_values[i].values));

      load_timed (&other, bytes, "long.entente");
      g_assert_null (other.document);
      g_assert_error (other.error, ENTENTE_CORE_ERROR, (int) long_values[i].code);
      if (!g_pattern_match_simple (words, other.error->message))
        g_error ("expected “%s”, got “%.300s”", words, other.error->message);
      assert_message_sane (other.error, "long.entente");
      if (!long_values[i].whole)
        g_assert_nonnull (strstr (other.error->message, "…"));
      report (long_values[i].message, other.usec, other.error->message);
    }
}

static GBytes *
make_long_values (Traps *traps)
{
  return make_long_value (&long_values[0]);
}

/* The message of a time zone that is none. */
#define TIMEZONE "“%s” is not a known time zone; use a name such as America/New_York or Asia/Phnom_Penh"

/* The message of a value that is no number. */
#define NUMBER "“%s” is not a number; write it with digits and an optional decimal point, such as 12500 or 0.25"

static const HostileCase cases[] = {
  /* Entities and DTDs: refused at the DOCTYPE, before any is defined. */
  { "xxe-local-file", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "xxe-url", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "xxe-parameter-entity", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "billion-laughs", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "quadratic-blowup", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "quadratic-blowup-1gb", make_quadratic_blowup, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "internal-dtd", NULL, ENTENTE_CORE_ERROR_UNSAFE, "5:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "external-dtd", NULL, ENTENTE_CORE_ERROR_UNSAFE, "4:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },
  { "external-dtd-file", NULL, ENTENTE_CORE_ERROR_UNSAFE, "4:1", "The file declares a document type (DOCTYPE). Entente files never need one, and it could make the file read other files or grow without bound, so it is refused.", { NULL }, NULL },

  /* XInclude is never processed: refused as an unknown element in format
   * 1.0, kept inert in a newer 1.x. */
  { "xinclude", NULL, ENTENTE_CORE_ERROR_INVALID, "7:19", "<%s> holds only text, but it contains the element <%s>.", { "organization", "include" }, NULL },
  { "xinclude-newer-format", NULL, -1, NULL, NULL, { NULL }, check_secret_not_read },

  /* Size and depth */
  { "deep-nesting", make_deep_nesting, ENTENTE_CORE_ERROR_NOT_XML, "39:2308", "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "Excessive depth*" }, NULL },
  { "deep-nesting-kept", make_deep_nesting_kept, -1, NULL, NULL, { NULL }, NULL },
  { "attribute-12mb", make_attribute_12mb, ENTENTE_CORE_ERROR_NOT_XML, "40", "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "*AttValue length too long*" }, NULL },
  { "text-12mb", make_text_12mb, ENTENTE_CORE_ERROR_INVALID, "15:5", "The text of <%s> is %zu bytes long; one value may hold at most %d bytes.", { "purpose", "12583135" }, NULL },
  { "file-100mb", make_file_100mb, ENTENTE_CORE_ERROR_NOT_XML, "1:1", "The file is %s; an agreement may be at most %s.", { NULL, NULL }, NULL },
  { "id-1mb", make_id_1mb, ENTENTE_CORE_ERROR_INVALID, "40:14", "The “%s” attribute of <%s> is not valid: %s.", { "id", "persona" }, NULL },
  { "reference-1mb", make_reference_1mb, ENTENTE_CORE_ERROR_INVALID, "120:37", "The “%s” attribute of <%s> is not valid: %s.", { "party", "target" }, NULL },
  { "long-values", make_long_values, ENTENTE_CORE_ERROR_INVALID, "12:5", "“%s” is not a currency code; use three capital letters such as USD or KHR", { NULL }, check_long_values },
  { "thousand-stages", make_thousand_stages, -1, NULL, NULL, { NULL }, check_thousand_stages },
  { "twenty-thousand-items", make_twenty_thousand_items, -1, NULL, NULL, { NULL }, check_twenty_thousand_items },
  { "attributes-100k", make_attributes_100k, ENTENTE_CORE_ERROR_INVALID, "40:5", "<%s> has too many attributes (%u); an element of an agreement has at most %u.", { "persona", "100001", "64" }, NULL },
  { "namespaces-100k", make_namespaces_100k, ENTENTE_CORE_ERROR_INVALID, "40:5", "<%s> has too many attributes (%u); an element of an agreement has at most %u.", { "persona", "100001", "64" }, NULL },
  { "namespaces-nested", make_namespaces_nested, ENTENTE_CORE_ERROR_INVALID, "39", "<%s> declares namespaces beyond the %u an agreement may have in effect at once.", { "x1", "64" }, NULL },
  { "elements-beyond", make_elements_beyond, ENTENTE_CORE_ERROR_INVALID, "43", "The file has more than %s elements; an agreement may have at most %s.", { "#200000", "#200000" }, NULL },
  { "attributes-beyond", make_attributes_beyond, ENTENTE_CORE_ERROR_INVALID, "94", "The file has more than %s attributes; an agreement may have at most %s.", { "#250000", "#250000" }, NULL },
  { "items-beyond", make_items_beyond, ENTENTE_CORE_ERROR_INVALID, "95", "<%s> is one item too many: an agreement may hold at most %s items (parties, personas, stages, criteria, comments and the like).", { "criterion", "#50000" }, NULL },

  /* Encodings */
  { "invalid-utf8", NULL, ENTENTE_CORE_ERROR_NOT_XML, "7:24", "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "*not proper UTF-8*" }, NULL },
  { "nul-byte", NULL, ENTENTE_CORE_ERROR_NOT_XML, "7:24", "%s:%d:%d: This is not a readable XML file: %s", { NULL, NULL, NULL, "Char 0x0 out of allowed range*" }, NULL },
  { "utf16-bom", NULL, -1, NULL, NULL, { NULL }, check_utf16 },
  { "utf16-no-bom", NULL, -1, NULL, NULL, { NULL }, check_utf16 },
  { "noncharacters", NULL, -1, NULL, NULL, { NULL }, check_noncharacters },
  { "utf16-no-bom-no-declaration", NULL, ENTENTE_CORE_ERROR_NOT_XML, "1:1", "The file is in UTF-16 without a byte-order mark or an XML declaration that says so; save it in UTF-8, or in UTF-16 with a byte-order mark.", { NULL }, NULL },

  /* Numbers and durations */
  { "numbers-exponent", NULL, ENTENTE_CORE_ERROR_INVALID, "111:5", NUMBER, { "1e308" }, NULL },
  { "numbers-nan", NULL, ENTENTE_CORE_ERROR_INVALID, "111:5", NUMBER, { "NaN" }, NULL },
  { "numbers-infinity", NULL, ENTENTE_CORE_ERROR_INVALID, "114:38", NUMBER, { "INF" }, NULL },
  { "numbers-overflow", NULL, ENTENTE_CORE_ERROR_INVALID, "111:5", NUMBER, { NULL }, NULL },
  { "numbers-negative-zero", NULL, -1, NULL, NULL, { NULL }, check_negative_zero },
  { "numbers-threshold-int-min", NULL, ENTENTE_CORE_ERROR_INVALID, "78:17", "“%s” is out of range; a whole number here is between −%d and %d", { "-2147483648", "1000000000", "1000000000" }, NULL },
  { "numbers-count-beyond", NULL, ENTENTE_CORE_ERROR_INVALID, "119:25", "“%s” is out of range; a whole number here is at most %d", { "2000000000", "1000000000" }, NULL },
  { "duration-huge", NULL, -1, NULL, NULL, { NULL }, check_huge_duration },
  { "duration-overflow", NULL, ENTENTE_CORE_ERROR_INVALID, "143:7", "“%s” is not a duration; write it as PT30M, PT4H, P2D or P2W", { "P4294967296D" }, NULL },

  /* Time zones: only IANA names, never a path GLib would open. */
  { "timezone-absolute-path", NULL, ENTENTE_CORE_ERROR_INVALID, "12:5", TIMEZONE, { NULL }, NULL },
  { "timezone-colon-path", NULL, ENTENTE_CORE_ERROR_INVALID, "12:5", TIMEZONE, { NULL }, NULL },
  { "timezone-relative-path", NULL, ENTENTE_CORE_ERROR_INVALID, "12:5", TIMEZONE, { NULL }, NULL },
  { "timezone-system-file", NULL, ENTENTE_CORE_ERROR_INVALID, "12:5", TIMEZONE, { "/etc/passwd" }, NULL },
  { "timezone-dot-component", NULL, ENTENTE_CORE_ERROR_INVALID, "12:5", TIMEZONE, { "America/./New_York" }, NULL },
  { "timezone-fifo", make_timezone_fifo, ENTENTE_CORE_ERROR_INVALID, "13:5", TIMEZONE, { NULL }, NULL },

  /* Business hours: never open, or on no day, is said, never replaced
   * by Monday to Friday, 09:00 to 17:00. */
  { "business-hours-empty", NULL, ENTENTE_CORE_ERROR_INVALID, "13:62", "The business hours open and close at the same time, so they are never open; give a closing time after the opening (or before it, for hours that run past midnight).", { NULL }, NULL },
  { "business-hours-no-day", NULL, ENTENTE_CORE_ERROR_INVALID, "13:21", "no week day is named; name at least one, such as “mon tue wed thu fri”", { NULL }, NULL },

  /* Ids and references */
  { "id-quotes-angle", NULL, ENTENTE_CORE_ERROR_INVALID, "39:14", "The “%s” attribute of <%s> is not valid: %s.", { "id", "persona" }, NULL },
  { "ref-quotes-angle", NULL, ENTENTE_CORE_ERROR_INVALID, "119:37", "The “%s” attribute of <%s> is not valid: %s.", { "party", "target" }, NULL },
  { "recycle-cycle", NULL, -1, NULL, NULL, { NULL }, check_recycle_cycle },
  { "recycle-self", NULL, -1, NULL, NULL, { NULL }, check_recycle_cycle },
};

static void
run_case (const HostileCase *self)
{
  g_auto(Traps) traps = { 0 };
  g_auto(Load) load = { 0 };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_strconcat (self->name, ".entente", NULL);

  traps_init (&traps);
  bytes = self->make != NULL ? self->make (&traps) : read_case_file (self->name, &traps);

  load_timed (&load, bytes, name);
  traps_assert_untouched (&traps);

  if (self->code < 0)
    assert_safe (&load, name);
  else
    {
      g_autofree char *words = expected_words (self->message, self->values, G_N_ELEMENTS (self->values));

      assert_error (&load, name, (EntenteCoreError) self->code, self->location, words);
    }
  if (self->check != NULL)
    self->check (self, &load, &traps);

  traps_assert_untouched (&traps);
  report (self->name, load.usec, load.error != NULL ? load.error->message : "loads");
}

/* Under valgrind a case runs in the test's own process, which memcheck
 * checks the same: started afresh for each of some fifty children, it
 * doubled the time of `make check-valgrind`.  There the children's
 * limits would not apply anyway (memcheck has an address space of its
 * own, and the suite's timeout bounds the processor time). */
static gboolean
in_own_process (void)
{
  return entente_test_under_valgrind ();
}

static void
test_case (gconstpointer data)
{
  if (in_own_process ())
    {
      run_case (data);
      return;
    }
  if (g_test_subprocess ())
    {
      limit_resources ();
      run_case (data);
      return;
    }

  g_test_trap_subprocess (NULL, CHILD_TIMEOUT_USEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Each example cut at each tenth of its length: a clear error with a
 * place within what is left, but the whole of it, which loads. */
static void
run_truncated (const char *example)
{
  g_autofree char *text = read_example (example);
  gsize length = strlen (text);

  for (guint tenth = 0; tenth <= 10; tenth++)
    {
      gsize cut = length * tenth / 10;
      g_autoptr(GBytes) bytes = g_bytes_new (text, cut);
      g_autofree char *name = g_strdup_printf ("%u-tenths-of-%s", tenth, example);
      g_autofree char *what = g_strdup_printf ("truncated %s", name);
      g_auto(Load) load = { 0 };
      guint lines = 1;

      load_timed (&load, bytes, name);
      report (what, load.usec, load.error != NULL ? load.error->message : "loads");

      if (tenth == 10)
        {
          assert_safe (&load, name);
          continue;
        }

      g_assert_null (load.document);
      g_assert_error (load.error, ENTENTE_CORE_ERROR, ENTENTE_CORE_ERROR_NOT_XML);
      assert_message_sane (load.error, name);

      /* The place is within the text there is. */
      for (gsize i = 0; i < cut; i++)
        lines += text[i] == '\n';
      g_assert_cmpuint (g_ascii_strtoull (load.error->message + strlen (name) + 1, NULL, 10), <=, lines);
      if (tenth == 0)
        g_assert_nonnull (strstr (load.error->message, _("The file is empty.")));
    }
}

static void
test_truncated (gconstpointer data)
{
  if (in_own_process ())
    {
      run_truncated (data);
      return;
    }
  if (g_test_subprocess ())
    {
      limit_resources ();
      run_truncated (data);
      return;
    }

  g_test_trap_subprocess (NULL, CHILD_TIMEOUT_USEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* The traps catch what they are for: libxml2 told to substitute
 * entities reads the secret file named in xxe-local-file.entente, and a
 * connection to the socket is there to accept. */
static void
test_traps_catch (void)
{
  g_auto(Traps) traps = { 0 };
  g_autoptr(GBytes) bytes = NULL;
  struct sockaddr_in address = { 0 };
  char events[4096];
  xmlDoc *doc;
  xmlChar *dump = NULL;
  int size = 0;
  int client, connection;

  traps_init (&traps);
  bytes = read_case_file ("xxe-local-file", &traps);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), "xxe-local-file.entente", NULL,
                       XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  xmlDocDumpMemory (doc, &dump, &size);
  g_assert_nonnull (strstr ((const char *) dump, SECRET));
  xmlFree (dump);
  xmlFreeDoc (doc);
  g_assert_cmpint (read (traps.inotify, events, sizeof events), >, 0);

  client = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  g_assert_cmpint (client, >=, 0);
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  address.sin_port = htons (traps.port);
  g_assert_cmpint (connect (client, (struct sockaddr *) &address, sizeof address), ==, 0);
  close (client);
  connection = accept (traps.listener, NULL, NULL);
  g_assert_cmpint (connection, >=, 0);
  close (connection);
}

int
main (int   argc,
      char *argv[])
{
  entente_i18n_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/traps-catch", test_traps_catch);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_data_func ("/hostile/truncated/acme-saas", "acme-saas.entente", test_truncated);
  g_test_add_data_func ("/hostile/truncated/angkor-retail-km", "angkor-retail-km.entente", test_truncated);

  return g_test_run ();
}
