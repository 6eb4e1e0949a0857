/* entente-bench-gui.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "entente-application.h"
#include "entente-bench-first-frame.h"
#include "entente-bench-sla.h"
#include "entente-bench-process.h"
#include "entente-bench-stats.h"
#include "entente-i18n.h"
#include "entente-i18n.h"
#include "entente-window.h"

/* entente-bench-gui [OPTION…]: how fast Entente's window comes up, and
 * what one keystroke costs in a large document.  It needs a display; `make
 * bench` gives it one with xvfb-run when there is none.
 *
 * Start-up: the wall time from just before a new process is spawned to the
 * end of its first frame, for Entente opening the bundled example, next to
 * a floor program that shows a bare libadwaita window (a header bar and a
 * label).  The Entente process is this program run again with
 * --first-frame-of FILE: it does what src/gui/main.c does, plus a hook
 * that prints the time of the first frame and quits.
 *
 * Keystrokes: in this process, a document with 2,000 personas opens in a
 * real window; on the Personas step the first persona is expanded, and
 * characters are typed one by one at the end of its Name.  Each goes
 * through the model (notifications, the document's "changed", undo
 * history, completeness, autosave scheduling) and the views reacting to
 * it; the frame that shows it is timed on its own.
 *
 * The goals: the first frame comes at most 1.5 times as late as the
 * floor's, and a keystroke costs at most 2 ms.  This is a report, so it
 * exits 0 whether the goals hold or not, and non-zero only when it cannot
 * measure. */

#define GOAL_STARTUP_RATIO 1.5
#define GOAL_KEYSTROKE_US 2000.0

#define FIRST_FRAME_OPTION "--first-frame-of"
#define FLOOR_PROGRAM "entente-bench-gui-floor"

/* Generous: a first frame under Xvfb and software GL can take seconds. */
#define CHILD_TIMEOUT_S 60
#define FRAME_TIMEOUT_MS 10000
#define KEYSTROKE_FRAME_TIMEOUT_MS 1000
/* Time for the expander's and the stack's animations to end. */
#define SETTLE_MS 600
/* A drain that never ends would be a bug; this makes it a figure. */
#define MAX_DRAIN_ITERATIONS 100000

/* The Entente process of a start-up run */

/* What src/gui/main.c does, with two differences: the instance is not
 * unique, so that runs never talk to each other over D-Bus, and the first
 * frame ends the run. */
static int
run_app_child (char *program,
               char *file)
{
  g_autoptr(EntenteApplication) app = NULL;
  char *app_argv[] = { program, file, NULL };

  entente_i18n_init ();

  app = entente_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  entente_bench_first_frame_watch (GTK_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), 2, app_argv);
}

/* Start-up runs */

typedef struct
{
  GSubprocess *child;
  char        *out;
  char        *err;
  GError      *error;
  gboolean     done;
  gboolean     timed_out;
} ChildRun;

static void
on_communicated (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  ChildRun *run = data;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, &run->err, &run->error);
  run->done = TRUE;
}

static gboolean
on_child_timeout (gpointer data)
{
  ChildRun *run = data;

  run->timed_out = TRUE;
  g_subprocess_force_exit (run->child);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  double  ms;
  char   *window_type;
  char   *renderer;
  char   *size;
} FirstFrame;

static void
first_frame_clear (FirstFrame *frame)
{
  g_clear_pointer (&frame->window_type, g_free);
  g_clear_pointer (&frame->renderer, g_free);
  g_clear_pointer (&frame->size, g_free);
}

/* Runs @argv and fills @frame with the time from just before the spawn to
 * the end of the child's first frame. */
static gboolean
time_first_frame (const char * const  *argv,
                  FirstFrame          *frame,
                  GError             **error)
{
  ChildRun run = { NULL, NULL, NULL, NULL, FALSE, FALSE };
  g_auto(GStrv) lines = NULL;
  gint64 start, painted = 0;
  gboolean found = FALSE;
  guint timeout;

  start = g_get_monotonic_time ();
  run.child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, error);
  if (run.child == NULL)
    return FALSE;

  g_subprocess_communicate_utf8_async (run.child, NULL, NULL, on_communicated, &run);
  timeout = g_timeout_add_seconds (CHILD_TIMEOUT_S, on_child_timeout, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  if (!run.timed_out)
    g_source_remove (timeout);
  g_subprocess_wait (run.child, NULL, NULL);

  if (run.error == NULL && run.out != NULL)
    {
      lines = g_strsplit (run.out, "\n", -1);
      for (guint i = 0; lines[i] != NULL && !found; i++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[i], " ", -1);

          if (g_strv_length (fields) == 5 && g_str_equal (fields[0], ENTENTE_BENCH_FIRST_FRAME_TAG))
            {
              painted = g_ascii_strtoll (fields[1], NULL, 10);
              first_frame_clear (frame);
              frame->window_type = g_strdup (fields[2]);
              frame->renderer = g_strdup (fields[3]);
              frame->size = g_strdup (fields[4]);
              found = TRUE;
            }
        }
    }

  if (!found || run.timed_out || !g_subprocess_get_successful (run.child))
    {
      if (run.error != NULL)
        g_propagate_error (error, g_steal_pointer (&run.error));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s %s%s:\n%s",
                     argv[0],
                     run.timed_out ? "showed no frame in time" : "did not report its first frame",
                     found ? " and failed" : "",
                     run.err ? run.err : "");
      g_clear_error (&run.error);
      g_free (run.out);
      g_free (run.err);
      g_object_unref (run.child);
      return FALSE;
    }

  frame->ms = entente_bench_ms_between (start, painted);
  g_free (run.out);
  g_free (run.err);
  g_object_unref (run.child);
  return TRUE;
}

typedef struct
{
  EntenteBenchStats  app;
  EntenteBenchStats  floor;
  EntenteBenchStats  ratio;             /* of the runs paired in order */
  char              *renderer;
  char              *size;
  char              *floor_size;
} Startup;

static void
startup_clear (Startup *startup)
{
  g_clear_pointer (&startup->renderer, g_free);
  g_clear_pointer (&startup->size, g_free);
  g_clear_pointer (&startup->floor_size, g_free);
}

static gboolean
measure_startup (const char  *self_path,
                 const char  *example,
                 guint        runs,
                 Startup     *out,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (self_path);
  g_autofree char *floor_path = g_build_filename (dir, FLOOR_PROGRAM, NULL);
  const char * const app_argv[] = { self_path, FIRST_FRAME_OPTION, example, NULL };
  const char * const floor_argv[] = { floor_path, NULL };
  g_autoptr(GArray) app_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ratios = g_array_new (FALSE, FALSE, sizeof (double));
  FirstFrame app = { 0, NULL, NULL, NULL };
  FirstFrame floor = { 0, NULL, NULL, NULL };
  gboolean ok = TRUE;

  /* One run of each first, to warm the page cache and the dynamic
   * linker's; then the two alternate, the floor first every other time,
   * so that neither always follows the other. */
  for (guint i = 0; i <= runs && ok; i++)
    {
      if (i % 2 == 0)
        ok = time_first_frame (app_argv, &app, error) && time_first_frame (floor_argv, &floor, error);
      else
        ok = time_first_frame (floor_argv, &floor, error) && time_first_frame (app_argv, &app, error);

      if (ok && !g_str_equal (app.window_type, "EntenteWindow"))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "Entente's first window is a %s, not an EntenteWindow: does %s open?",
                       app.window_type, example);
          ok = FALSE;
        }

      if (ok && i > 0)
        {
          double ratio = app.ms / floor.ms;

          g_array_append_val (app_times, app.ms);
          g_array_append_val (floor_times, floor.ms);
          g_array_append_val (ratios, ratio);
        }
    }

  if (ok)
    {
      out->app = entente_bench_stats_of (app_times);
      out->floor = entente_bench_stats_of (floor_times);
      out->ratio = entente_bench_stats_of (ratios);
      out->renderer = g_steal_pointer (&app.renderer);
      out->size = g_steal_pointer (&app.size);
      out->floor_size = g_steal_pointer (&floor.size);
    }

  first_frame_clear (&app);
  first_frame_clear (&floor);
  return ok;
}

/* The main loop, frames and widgets */

typedef struct
{
  guint  painted;          /* frames finished */
  gint64 paint_start;      /* at the before-paint of the frame under way */
  gint64 work_us;          /* before-paint to after-paint, summed over frames */
} FrameWatch;

static void
on_before_paint (GdkFrameClock *clock,
                 FrameWatch    *watch)
{
  watch->paint_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                FrameWatch    *watch)
{
  watch->work_us += g_get_monotonic_time () - watch->paint_start;
  watch->painted++;
}

static void
frame_watch_start (FrameWatch *watch,
                   GtkWidget  *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), watch);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), watch);
}

static void
frame_watch_stop (FrameWatch *watch,
                  GtkWidget  *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (clock != NULL)
    g_signal_handlers_disconnect_by_data (clock, watch);
}

static gboolean
on_wait_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until a frame after the @after-th has been painted. */
static gboolean
wait_for_frame (FrameWatch *watch,
                guint       after,
                guint       timeout_ms)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (timeout_ms, on_wait_timeout, &timed_out);

  while (watch->painted <= after && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);

  return !timed_out;
}

static void
run_main_loop_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_wait_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Everything that is ready to run, runs. */
static guint
drain (void)
{
  guint n = 0;

  while (n < MAX_DRAIN_ITERATIONS && g_main_context_iteration (NULL, FALSE))
    n++;

  return n;
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget,
                                 gpointer   data);

/* The first widget in @root's tree, @root first, then depth first. */
static GtkWidget *
find_widget (GtkWidget   *root,
             WidgetMatch  match,
             gpointer     data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_expander_on_visible_page (GtkWidget *widget,
                             gpointer   data)
{
  GtkWidget *page, *stack;

  if (!ADW_IS_EXPANDER_ROW (widget))
    return FALSE;

  /* Each step's page sits in a holder that the window fills on demand. */
  page = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_PAGE);
  page = page ? gtk_widget_get_parent (page) : NULL;
  stack = page ? gtk_widget_get_parent (page) : NULL;
  return stack != NULL && GTK_IS_STACK (stack) && gtk_stack_get_visible_child (GTK_STACK (stack)) == page;
}

static gboolean
is_entry_row_titled (GtkWidget *widget,
                     gpointer   title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Keystrokes */

typedef struct
{
  double             load_ms;
  double             build_ms;          /* entente_application_open_document() */
  double             first_frame_ms;    /* from there to the end of the first frame */
  double             step_ms;           /* to the Personas step, until painted */
  double             expand_ms;         /* the first persona's editors, until painted */
  guint              personas;
  gsize              file_size;

  guint              keystrokes;
  EntenteBenchStats  input;             /* insert + drain, µs */
  EntenteBenchStats  frame;             /* the frames that follow, µs */
  EntenteBenchStats  total;             /* the sum, µs */
  guint              tenth;             /* keystrokes in a tenth of them, at least one */
  double             first_mean;        /* insert + drain, µs, over the first tenth */
  double             last_mean;         /* and over the last */
  guint              frames_in_drain;   /* keystrokes whose frame came during the drain */
  guint              frames_missed;     /* keystrokes no frame followed in time */
  guint              endless_drains;
} Typing;

static gboolean
measure_typing (const char  *path,
                guint        keystrokes,
                Typing      *out,
                GError     **error)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
  g_autoptr(EntenteApplication) app = NULL;
  g_autoptr(EntenteDocument) document = NULL;
  g_autoptr(EntentePersona) persona = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) input = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) expected = NULL;
  FrameWatch watch = { 0, 0, 0 };
  GtkWindow *window;
  GtkWidget *expander, *name_row;
  gint64 start, loaded, built, painted;
  guint before;

  /* The application, registered but not run, so that it opens no window
   * of its own and offers no drafts: this loop drives the main loop. */
  app = entente_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, error))
    return FALSE;

  start = g_get_monotonic_time ();
  document = entente_document_load (file, NULL, error);
  loaded = g_get_monotonic_time ();
  if (document == NULL)
    return FALSE;

  window = entente_application_open_document (app, document, NULL);
  built = g_get_monotonic_time ();
  frame_watch_start (&watch, GTK_WIDGET (window));
  if (!wait_for_frame (&watch, 0, FRAME_TIMEOUT_MS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "The window showed no frame");
      return FALSE;
    }
  painted = g_get_monotonic_time ();

  out->personas = g_list_model_get_n_items (entente_document_get_personas (document));
  out->load_ms = entente_bench_ms_between (start, loaded);
  out->build_ms = entente_bench_ms_between (loaded, built);
  out->first_frame_ms = entente_bench_ms_between (built, painted);
  run_main_loop_for (SETTLE_MS);

  /* The Personas step. */
  before = watch.painted;
  start = g_get_monotonic_time ();
  entente_window_show_step (ENTENTE_WINDOW (window), ENTENTE_SECTION_PERSONAS);
  drain ();
  wait_for_frame (&watch, before, FRAME_TIMEOUT_MS);
  out->step_ms = entente_bench_ms_between (start, g_get_monotonic_time ());
  run_main_loop_for (SETTLE_MS);

  /* The first persona, expanded so that its editors exist. */
  expander = find_widget (GTK_WIDGET (window), is_expander_on_visible_page, NULL);
  if (expander == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No expander row on the Personas step");
      return FALSE;
    }
  before = watch.painted;
  start = g_get_monotonic_time ();
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  drain ();
  wait_for_frame (&watch, before, FRAME_TIMEOUT_MS);
  out->expand_ms = entente_bench_ms_between (start, g_get_monotonic_time ());
  run_main_loop_for (SETTLE_MS);

  name_row = find_widget (expander, is_entry_row_titled, (gpointer) "Name");
  if (name_row == NULL || !gtk_widget_get_mapped (name_row))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "No%s entry row titled “Name” in the first persona", name_row ? " visible" : "");
      return FALSE;
    }

  persona = g_list_model_get_item (entente_document_get_personas (document), 0);
  expected = g_string_new (gtk_editable_get_text (GTK_EDITABLE (name_row)));
  if (g_strcmp0 (expected->str, entente_persona_get_name (persona)) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "The first “Name” row shows “%s”, not the first persona's name “%s”",
                   expected->str, entente_persona_get_name (persona));
      return FALSE;
    }

  /* Typing happens where the focus is. */
  gtk_widget_grab_focus (name_row);
  run_main_loop_for (SETTLE_MS);

  for (guint i = 0; i < keystrokes; i++)
    {
      char c = letters[i % (sizeof letters - 1)];
      int position = (int) g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (name_row)), -1);
      guint frames = watch.painted;
      gint64 work = watch.work_us;
      gint64 t0, t1;
      double input_us, work_in_drain_us, frame_us;

      t0 = g_get_monotonic_time ();
      gtk_editable_insert_text (GTK_EDITABLE (name_row), &c, 1, &position);
      if (drain () == MAX_DRAIN_ITERATIONS)
        out->endless_drains++;
      t1 = g_get_monotonic_time ();
      g_string_append_c (expected, c);

      /* A frame that came during the drain is in its time already; most
       * often the frame comes after it, at the frame clock's next tick. */
      work_in_drain_us = (double) (watch.work_us - work);
      if (watch.painted > frames)
        out->frames_in_drain++;
      else if (!wait_for_frame (&watch, frames, KEYSTROKE_FRAME_TIMEOUT_MS))
        out->frames_missed++;

      input_us = (double) (t1 - t0);
      frame_us = (double) (watch.work_us - work);
      input_us -= work_in_drain_us;
      g_array_append_val (input, input_us);
      g_array_append_val (frame, frame_us);
      input_us += frame_us;
      g_array_append_val (total, input_us);
    }

  /* That the keystrokes went through to the model. */
  if (g_strcmp0 (entente_persona_get_name (persona), expected->str) != 0 ||
      !entente_document_get_modified (document) ||
      !entente_history_get_can_undo (entente_window_get_history (ENTENTE_WINDOW (window))))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "After typing, the first persona's name is “%s”, not “%s”, or the document is not modified and has nothing to undo",
                   entente_persona_get_name (persona), expected->str);
      return FALSE;
    }

  /* Whether a keystroke costs more as the name grows, before sorting. */
  out->keystrokes = keystrokes;
  out->tenth = MAX (keystrokes / 10, 1);
  out->first_mean = entente_bench_mean_of (&g_array_index (input, double, 0), out->tenth);
  out->last_mean = entente_bench_mean_of (&g_array_index (input, double, keystrokes - out->tenth), out->tenth);
  out->input = entente_bench_stats_of (input);
  out->frame = entente_bench_stats_of (frame);
  out->total = entente_bench_stats_of (total);

  /* Without asking to save: the document is ours alone. */
  frame_watch_stop (&watch, GTK_WIDGET (window));
  gtk_window_destroy (window);
  drain ();

  return TRUE;
}

/* The temporary directory */

/* The report */

static void
print_report (const char    *example,
              guint          runs,
              const Startup *startup,
              const Typing  *typing)
{
  const char *display = g_getenv ("WAYLAND_DISPLAY") ? g_getenv ("WAYLAND_DISPLAY") : g_getenv ("DISPLAY");
  double ratio = startup ? startup->app.median / startup->floor.median : 0;

  g_print ("\nEntente GUI benchmark\n");
  g_print ("  display:      %s (%s)\n", display ? display : "?",
           gdk_display_get_name (gdk_display_get_default ()));

  if (startup != NULL)
    {
      g_print ("\nStart-up to the end of the first frame: a new process each run, %u runs of each,\n"
               "alternating, after one run of each to warm up; renderer %s, window %s (floor %s)\n\n",
               runs, startup->renderer, startup->size, startup->floor_size);
      g_print ("  %-52s %10s %10s %10s\n", "", "median", "min", "max");
      g_print ("  %-52s %7.1f ms %7.1f ms %7.1f ms\n", "entente FILE (*)",
               startup->app.median, startup->app.min, startup->app.max);
      g_print ("  %-52s %7.1f ms %7.1f ms %7.1f ms\n", "floor: AdwApplicationWindow, header bar and label",
               startup->floor.median, startup->floor.min, startup->floor.max);
      g_print ("  %-52s %7.2f ×  %7.2f ×\n", "ratio entente / floor (of medians; of mins)",
               ratio, startup->app.min / startup->floor.min);
      g_print ("  %-52s %7.2f ×  %7.2f ×  %7.2f ×\n", "ratio of each run to the floor's next to it",
               startup->ratio.median, startup->ratio.min, startup->ratio.max);
      g_print ("\n  (*) FILE is %s, opened as src/gui/main.c\n"
               "      does, in a non-unique instance; the floor links GTK and libadwaita only.\n",
               example);
    }

  if (typing != NULL)
    {
      g_print ("\nOpening a document with %u personas (%.2f MB) in a window, for information:\n\n",
               typing->personas, (double) typing->file_size / 1e6);
      g_print ("  %-52s %7.1f ms\n", "load + validate (entente_document_load)", typing->load_ms);
      g_print ("  %-52s %7.1f ms\n", "build and show the window (…_open_document)", typing->build_ms);
      g_print ("  %-52s %7.1f ms\n", "then to the end of its first frame", typing->first_frame_ms);
      g_print ("  %-52s %7.1f ms\n", "in all", typing->load_ms + typing->build_ms + typing->first_frame_ms);
      g_print ("  %-52s %7.1f ms\n", "to the Personas step, until painted", typing->step_ms);
      g_print ("  %-52s %7.1f ms\n", "expand the first persona, until painted", typing->expand_ms);

      g_print ("\nKeystrokes: %u characters typed one by one at the end of the first persona's Name\n\n",
               typing->keystrokes);
      g_print ("  %-52s %10s %10s %10s\n", "", "mean", "median", "max");
      g_print ("  %-52s %7.0f µs %7.0f µs %7.0f µs\n", "insert + drain events and idles (*)",
               typing->input.mean, typing->input.median, typing->input.max);
      g_print ("  %-52s %7.0f µs %7.0f µs %7.0f µs\n", "the frame that shows it: layout + paint (**)",
               typing->frame.mean, typing->frame.median, typing->frame.max);
      g_print ("  %-52s %7.0f µs %7.0f µs %7.0f µs\n", "keystroke to painted, without waiting for the tick",
               typing->total.mean, typing->total.median, typing->total.max);
      g_print ("\n  (*)  the model and every view that reacts to it: gtk_editable_insert_text(),\n"
               "       then g_main_context_iteration (NULL, FALSE) until nothing is ready.  Frames\n"
               "       the frame clock painted during the drain (%u of %u) are counted under (**).\n"
               "  (**) from the frame clock's before-paint to its after-paint, under this display's\n"
               "       renderer; %u keystroke%s no frame followed within %u ms.\n",
               typing->frames_in_drain, typing->keystrokes,
               typing->frames_missed, typing->frames_missed == 1 ? "" : "s", KEYSTROKE_FRAME_TIMEOUT_MS);
      g_print ("\n  insert + drain, mean of the first %u keystrokes: %7.0f µs; of the last %u: %7.0f µs\n",
               typing->tenth, typing->first_mean, typing->tenth, typing->last_mean);
      if (typing->endless_drains > 0)
        g_print ("  WARNING: %u drains stopped after %u iterations: something is always ready to run.\n",
                 typing->endless_drains, MAX_DRAIN_ITERATIONS);
    }

  g_print ("\nGoals:\n");
  if (startup != NULL)
    g_print ("  first frame ≤ %.1f × the floor's (medians):                %6.2f ×      %s\n",
             GOAL_STARTUP_RATIO, ratio, entente_bench_met (ratio <= GOAL_STARTUP_RATIO));
  if (typing != NULL)
    {
      g_print ("  keystroke (insert + drain) ≤ %.0f ms, mean:                  %6.2f ms     %s\n",
               GOAL_KEYSTROKE_US / 1000, typing->input.mean / 1000, entente_bench_met (typing->input.mean <= GOAL_KEYSTROKE_US));
      g_print ("  keystroke (insert + drain) ≤ %.0f ms, median:                %6.2f ms     %s\n",
               GOAL_KEYSTROKE_US / 1000, typing->input.median / 1000, entente_bench_met (typing->input.median <= GOAL_KEYSTROKE_US));
    }
}

/* Where the programs are */

static char *
find_self (const char *argv0)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  if (path == NULL)
    path = g_canonicalize_filename (argv0, NULL);

  return path;
}

/* GSettings and the user's directories, for this process and its
 * children: the build's schemas, settings kept in memory, and a data
 * directory of our own, so that no draft of the user's is offered and
 * none of ours, nor the recent files list, outlives the run. */
static void
set_up_environment (const char *data_home)
{
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_GSCHEMA_DIR, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
}

int
main (int    argc,
      char **argv)
{
  int runs = 10;
  int keystrokes = 200;
  int personas = 2000;
  gboolean no_startup = FALSE, no_typing = FALSE;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Start-up runs of each program (default 10)", "N" },
    { "keystrokes", 'k', 0, G_OPTION_ARG_INT, &keystrokes, "Keystrokes to time (default 200)", "K" },
    { "personas", 'p', 0, G_OPTION_ARG_INT, &personas, "Personas in the typing test's document (default 2000)", "N" },
    { "no-startup", 0, 0, G_OPTION_ARG_NONE, &no_startup, "Skip the start-up runs", NULL },
    { "no-typing", 0, 0, G_OPTION_ARG_NONE, &no_typing, "Skip the typing test", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(EntenteBenchTemporaryDir) tmpdir = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *document_path = NULL;
  const char *example = BENCH_EXAMPLE_FILE;
  EntenteBenchSlaOptions options;
  Startup startup = { { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, NULL, NULL, NULL };
  Typing typing;

  /* A start-up run's Entente process: nothing else before it. */
  if (argc == 3 && strcmp (argv[1], FIRST_FRAME_OPTION) == 0)
    return run_app_child (argv[0], argv[2]);

  setlocale (LC_ALL, "");
  memset (&typing, 0, sizeof typing);

  context = g_option_context_new ("");
  g_option_context_set_summary (context,
                                "Time Entente's start-up to its first frame, next to a bare libadwaita\n"
                                "window, and the cost of a keystroke in a document with many personas.\n"
                                "Needs a display: `make bench` starts one with xvfb-run when DISPLAY is unset.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("entente-bench-gui: %s\n", error->message);
      return 2;
    }
  if (argc > 1 || runs < 1 || keystrokes < 1 || personas < 1 || (no_startup && no_typing))
    {
      g_printerr ("entente-bench-gui: no arguments; --runs, --keystrokes and --personas of 1 or more; not both --no-….\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("entente-bench-gui: no display; run it under xvfb-run -a dbus-run-session, as `make bench` does.\n");
      return 1;
    }

  tmpdir = g_dir_make_tmp ("entente-bench-gui-XXXXXX", &error);
  if (tmpdir == NULL)
    {
      g_printerr ("entente-bench-gui: %s\n", error->message);
      return 1;
    }
  data_home = g_build_filename (tmpdir, "data", NULL);
  g_mkdir (data_home, 0700);
  set_up_environment (data_home);
  self_path = find_self (argv[0]);

  /* Start-up first, while this process is small: spawning copies its
   * page tables, and it has not opened the display yet. */
  if (!no_startup)
    {
      g_print ("Timing start-up: %u runs each of Entente and of the floor…\n", (guint) runs);
      if (!measure_startup (self_path, example, (guint) runs, &startup, &error))
        {
          g_printerr ("entente-bench-gui: %s\n", error->message);
          return 1;
        }
    }

  if (!gtk_init_check ())
    {
      g_printerr ("entente-bench-gui: cannot open the display\n");
      return 1;
    }

  if (!no_typing)
    {
      g_print ("Timing %u keystrokes in a document with %u personas…\n", (guint) keystrokes, (guint) personas);
      entente_bench_sla_options_init (&options);
      options.n_personas = (guint) personas;
      bytes = entente_bench_sla_generate (&options);
      document_path = g_build_filename (tmpdir, "personas.entente", NULL);
      typing.file_size = g_bytes_get_size (bytes);
      if (!g_file_set_contents (document_path, g_bytes_get_data (bytes, NULL), (gssize) typing.file_size, &error) ||
          !measure_typing (document_path, (guint) keystrokes, &typing, &error))
        {
          g_printerr ("entente-bench-gui: %s\n", error->message);
          return 1;
        }
    }

  print_report (example, (guint) runs, no_startup ? NULL : &startup, no_typing ? NULL : &typing);
  startup_clear (&startup);
  return 0;
}
