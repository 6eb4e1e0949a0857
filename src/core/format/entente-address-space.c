/* entente-address-space.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <malloc.h>
#include <pthread.h>
#include <sys/resource.h>

#include "entente-address-space.h"
#include "entente-gettext.h"
#include <gio/gio.h>

/* Under a limit on the address space (`ulimit -v`, a batch system's
 * memory limit), what is reserved counts, not what is used: each thread's
 * stack (the stack limit, 8 MB) and each thread's malloc arena (64 MB).
 * Pango starts a thread to sort fonts, which then failed to start even
 * under 200 MB, and GLib aborts when a thread does not start: exporting
 * the example PDF ended in "Trace/breakpoint trap".  With a limit set,
 * threads get small stacks and share the main arena, and the same export
 * runs in well under 100 MB. */
#define THREAD_STACK_SIZE (512 * 1024)

/**
 * entente_address_space_fit_limit:
 *
 * Called first thing by the programs, before any thread starts.
 */
void
entente_address_space_fit_limit (void)
{
  struct rlimit limit;
  pthread_attr_t attributes;

  if (getrlimit (RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return;

  mallopt (M_ARENA_MAX, 1);
  if (pthread_attr_init (&attributes) != 0)
    return;
  if (pthread_attr_setstacksize (&attributes, THREAD_STACK_SIZE) == 0)
    pthread_setattr_default_np (&attributes);
  pthread_attr_destroy (&attributes);
}

/**
 * entente_address_space_check:
 * @needed: what the work needs, in bytes
 *
 * Whether a limit on the address space leaves room for work that sets
 * text with Pango (fonts, shaping, a thread), which aborts rather than
 * fail when it cannot get it.
 *
 * Returns: %TRUE, or %FALSE with @error set to a sentence
 */
gboolean
entente_address_space_check (guint64   needed,
                             GError  **error)
{
  struct rlimit limit;
  g_autofree char *have = NULL;
  g_autofree char *need = NULL;

  if (getrlimit (RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= needed)
    return TRUE;

  have = g_format_size (limit.rlim_cur);
  need = g_format_size (needed);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
               _("The address space is limited to %s (ulimit -v); setting text needs at least %s."),
               have, need);
  return FALSE;
}
