/* entente-bench-process.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "entente-bench-process.h"
#include "entente-bench-stats.h"

/* What entente-bench-export and entente-bench-merge share: entente-cli, or
 * another program, run as a whole process and timed. */

/* MB means 10^6 bytes throughout, as in entente-bench. */
#define MB 1e6

extern char **environ;

static volatile sig_atomic_t alarm_fired;

static void
on_alarm (int signum)
{
  alarm_fired = 1;
}

/**
 * entente_bench_install_alarm_handler:
 *
 * Lets entente_bench_run_process() end the runs that take longer than
 * their timeout: call it once before the first run with one.  Without
 * SA_RESTART, so that the alarm interrupts wait4 ().
 */
void
entente_bench_install_alarm_handler (void)
{
  struct sigaction action;

  memset (&action, 0, sizeof action);
  action.sa_handler = on_alarm;
  sigemptyset (&action.sa_mask);
  sigaction (SIGALRM, &action, NULL);
}

/**
 * entente_bench_run_process:
 * @argv: the program, an absolute path, and its arguments
 * @log: where its standard error goes
 * @timeout_s: 0, or how long it may take before it is ended
 * @max_exit_status: the largest exit status that is not a failure
 * @run: (out): what it cost
 * @error: return location for a #GError
 *
 * Runs @argv with standard input and output on /dev/null and standard
 * error into @log.  With a @timeout_s, in a process group of its own, so
 * that a run that times out can be ended with all its descendants.
 *
 * Returns: whether it ran, and exited by itself with at most
 *   @max_exit_status
 */
gboolean
entente_bench_run_process (char            **argv,
                           const char       *log,
                           guint             timeout_s,
                           int               max_exit_status,
                           EntenteBenchRun  *run,
                           GError          **error)
{
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  struct rusage usage;
  pid_t pid, reaped = -1;
  int status = 0;
  int spawn_errno, wait_errno = 0;
  gboolean timed_out = FALSE;
  gint64 start;

  memset (&usage, 0, sizeof usage);
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, STDERR_FILENO, log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawnattr_init (&attributes);
  if (timeout_s > 0)
    {
      posix_spawnattr_setflags (&attributes, POSIX_SPAWN_SETPGROUP);
      posix_spawnattr_setpgroup (&attributes, 0);
    }

  start = entente_bench_now_ns ();
  spawn_errno = posix_spawn (&pid, argv[0], &actions, &attributes, argv, environ);
  if (spawn_errno == 0)
    {
      alarm_fired = 0;
      if (timeout_s > 0)
        alarm (timeout_s);
      do
        reaped = wait4 (pid, &status, 0, &usage);
      while (reaped < 0 && errno == EINTR && !alarm_fired);
      if (reaped < 0 && errno == EINTR)
        {
          timed_out = TRUE;
          kill (-pid, SIGKILL);
          reaped = wait4 (pid, &status, 0, &usage);
        }
      wait_errno = errno;
      if (timeout_s > 0)
        alarm (0);
      run->ms = entente_bench_ms_since_ns (start);
      /* Kilobytes on Linux. */
      run->peak_mb = (double) usage.ru_maxrss * 1024 / MB;
    }

  posix_spawnattr_destroy (&attributes);
  posix_spawn_file_actions_destroy (&actions);

  if (spawn_errno != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (spawn_errno),
                   "cannot run %s: %s", argv[0], g_strerror (spawn_errno));
      return FALSE;
    }
  if (timed_out)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "%s did not end within %u s, and was killed", argv[0], timeout_s);
      return FALSE;
    }
  if (reaped < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (wait_errno),
                   "cannot wait for %s: %s", argv[0], g_strerror (wait_errno));
      return FALSE;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) > max_exit_status)
    {
      g_autofree char *errors = NULL;

      g_file_get_contents (log, &errors, NULL, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s %s %d%s%s", argv[0],
                   WIFSIGNALED (status) ? "was killed by signal" : "exited with",
                   WIFSIGNALED (status) ? WTERMSIG (status) : WEXITSTATUS (status),
                   errors != NULL && *errors != '\0' ? ":\n" : "",
                   errors != NULL ? g_strchomp (errors) : "");
      return FALSE;
    }

  run->exit_status = WEXITSTATUS (status);
  return TRUE;
}

/**
 * entente_bench_find_cli:
 * @built: where the build put entente-cli (BENCH_CLI)
 * @argv0: this program's argv[0]
 *
 * Returns: (transfer full) (nullable): the path of entente-cli: @built, or
 *   in a build tree that has moved, where it is next to this program
 */
char *
entente_bench_find_cli (const char *built,
                        const char *argv0)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *sibling = NULL;

  if (g_file_test (built, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (built);

  /* A build tree that has moved: bench/ and src/cli/ are still siblings. */
  if (self == NULL)
    self = g_canonicalize_filename (argv0, NULL);
  dir = g_path_get_dirname (self);
  sibling = g_build_filename (dir, "..", "src", "cli", "entente-cli", NULL);

  return g_file_test (sibling, G_FILE_TEST_IS_EXECUTABLE) ? g_steal_pointer (&sibling) : NULL;
}

/* Only what a benchmark and its children put there: links are removed,
 * never followed. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_SYMLINK) && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/**
 * entente_bench_temporary_dir_free:
 * @dir: (nullable) (transfer full): a temporary folder
 *
 * Removes @dir and what it holds, and frees the path.
 */
void
entente_bench_temporary_dir_free (EntenteBenchTemporaryDir dir)
{
  if (dir == NULL)
    return;

  remove_tree (dir);
  g_free (dir);
}
