/* entente-paper.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <langinfo.h>
#include <stdint.h>

#include "entente-paper.h"

/* Paper sizes, in points (1/72 inch), the unit of the agreement layout,
 * of PDF and of GtkPrintContext. */

static const struct {
  const char *name;
  double      width;
  double      height;
} papers[] = {
  [ENTENTE_PAPER_A4] = { "a4", 595.2756, 841.8898 },   /* 210 × 297 mm */
  [ENTENTE_PAPER_LETTER] = { "letter", 612.0, 792.0 },  /* 8.5 × 11 in */
};

/**
 * entente_paper_get_size:
 * @width: (out) (optional): the sheet's width in points
 * @height: (out) (optional): its height in points, portrait
 */
void
entente_paper_get_size (EntentePaper  paper,
                        double       *width,
                        double       *height)
{
  g_return_if_fail ((guint) paper < G_N_ELEMENTS (papers));

  if (width != NULL)
    *width = papers[paper].width;
  if (height != NULL)
    *height = papers[paper].height;
}

/**
 * entente_paper_from_name:
 * @name: "a4" or "letter", in any case
 * @paper: (out) (optional): the paper it names
 *
 * Returns: %FALSE when @name is neither
 */
gboolean
entente_paper_from_name (const char   *name,
                         EntentePaper *paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_ascii_strcasecmp (name, papers[i].name) == 0)
      {
        if (paper != NULL)
          *paper = (EntentePaper) i;
        return TRUE;
      }

  return FALSE;
}

const char *
entente_paper_get_name (EntentePaper paper)
{
  g_return_val_if_fail ((guint) paper < G_N_ELEMENTS (papers), NULL);

  return papers[paper].name;
}

/**
 * entente_paper_get_default:
 *
 * The paper of the user's locale (LC_PAPER): Letter in the United States,
 * Canada and the other places that use it, A4 everywhere else.
 *
 * Returns: the user's usual paper
 */
EntentePaper
entente_paper_get_default (void)
{
#ifdef __GLIBC__
  /* glibc answers in millimetres, as a number in the pointer's place:
   * 216 wide is Letter (or Legal, which takes Letter's layout best).
   * _NL_PAPER_WIDTH is an enumerator, not a macro, so only __GLIBC__
   * can say it is there. */
  if ((unsigned int) (uintptr_t) nl_langinfo (_NL_PAPER_WIDTH) == 216)
    return ENTENTE_PAPER_LETTER;
#endif

  return ENTENTE_PAPER_A4;
}
