/* entente-page-flow.c
 *
 * Copyright 2026 The Entente authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "entente-page-flow.h"

/* Pours a column of blocks into pages, the way a typesetter would.
 *
 * A block is a strip of the body's width: a paragraph, a heading, a table
 * row, a drawing.  Its content is given in block coordinates (x from the
 * body's left edge, y from the block's top); pagination places each block
 * on a page and turns its content into boxes in page coordinates, which
 * the renderer draws and the tests measure.
 *
 * The rules: a block breaks only between lines of text, never through a
 * line or a drawing, and never so as to leave one line of a paragraph
 * alone at a page's foot or head; a block kept together moves to the next
 * page whole, unless it is taller than a page; a block kept with the next
 * (a heading, a table's header row) is never last on a page; a row of a
 * table that starts a page is preceded by the table's header row again;
 * a block that may shrink, as a diagram, takes what is left of a page
 * when that is enough for it; space between blocks collapses to the
 * largest and disappears at the top of a page. */

#define EPSILON   0.01
#define MAX_CHAIN 32     /* blocks kept together, at most: a short table */

typedef enum
{
  BLOCK_CONTENT,
  BLOCK_SPACE,
  BLOCK_BREAK,
} BlockKind;

/* The part of a line that pagination needs, in the layout's coordinates
 * and in points: the band of height it owns (line spacing included) and
 * its logical box. */
typedef struct
{
  double            top;
  double            bottom;
  cairo_rectangle_t logical;
} Line;

typedef struct
{
  EntenteFlowBox  box;     /* in block coordinates */
  GArray         *lines;   /* Line, for text */
  GDestroyNotify  destroy; /* of a drawing's data */
} Item;

typedef struct
{
  BlockKind         kind;
  EntenteFlowFlags  flags;
  double            height;      /* as placed */
  double            full_height; /* as asked for */
  double            min_height;  /* what it may shrink to, or 0 */
  GArray           *items;  /* Item */
  char             *link;
  char             *dest;
  int               header; /* the block repeated above this one on a new page, or -1 */
  GArray           *cuts;   /* double: where it may break, ascending */

  gboolean          placed;
  guint             page;
  double            y;
} Block;

struct _EntentePageFlow
{
  GObject            parent_instance;

  cairo_rectangle_t  body;
  GArray            *blocks;  /* Block */
  GPtrArray         *pages;   /* GArray of EntenteFlowBox, page coordinates */
  GPtrArray         *layouts; /* PangoLayout, held for the boxes outside the flow */

  /* Pagination state */
  double             cursor;
  gboolean           fresh;   /* nothing on the page yet but a repeated header */

  /* Drawing state: PangoLayout → Drawn, for the layouts drawn part of
   * the way (see draw_lines()) */
  GHashTable        *drawn;
};

typedef struct
{
  PangoLayoutIter *iter;
  int              line;   /* the line iter is at */
} Drawn;

static void
drawn_free (gpointer data)
{
  Drawn *drawn = data;

  pango_layout_iter_free (drawn->iter);
  g_free (drawn);
}

G_DEFINE_FINAL_TYPE (EntentePageFlow, entente_page_flow, G_TYPE_OBJECT)

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->box.layout);
  g_clear_pointer (&item->lines, g_array_unref);
  if (item->destroy != NULL)
    g_clear_pointer (&item->box.draw_data, item->destroy);
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->items, g_array_unref);
  g_clear_pointer (&block->link, g_free);
  g_clear_pointer (&block->dest, g_free);
  g_clear_pointer (&block->cuts, g_array_unref);
}

static void
entente_page_flow_finalize (GObject *object)
{
  EntentePageFlow *self = ENTENTE_PAGE_FLOW (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->drawn, g_hash_table_unref);

  G_OBJECT_CLASS (entente_page_flow_parent_class)->finalize (object);
}

static void
entente_page_flow_class_init (EntentePageFlowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = entente_page_flow_finalize;
}

static void
entente_page_flow_init (EntentePageFlow *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->drawn = g_hash_table_new_full (NULL, NULL, g_object_unref, drawn_free);
}

/**
 * entente_page_flow_new:
 * @body: where the flow goes on every page, in points
 *
 * Returns: (transfer full): an empty flow
 */
EntentePageFlow *
entente_page_flow_new (const cairo_rectangle_t *body)
{
  EntentePageFlow *self;

  g_return_val_if_fail (body != NULL && body->width > 0.0 && body->height > 0.0, NULL);

  self = g_object_new (ENTENTE_TYPE_PAGE_FLOW, NULL);
  self->body = *body;

  return self;
}

const cairo_rectangle_t *
entente_page_flow_get_body (EntentePageFlow *self)
{
  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (self), NULL);

  return &self->body;
}

static Block *
get_block (EntentePageFlow *self,
           guint            index)
{
  return &g_array_index (self->blocks, Block, index);
}

static guint
append_block (EntentePageFlow  *self,
              BlockKind         kind,
              double            height,
              EntenteFlowFlags  flags)
{
  Block block = { 0 };

  block.kind = kind;
  block.height = MAX (height, 0.0);
  block.full_height = block.height;
  block.flags = flags;
  block.header = -1;
  block.items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (block.items, item_clear);
  g_array_append_val (self->blocks, block);

  return self->blocks->len - 1;
}

/**
 * entente_page_flow_add_block:
 * @height: its height in points
 *
 * Returns: the new block's index, for adding its content
 */
guint
entente_page_flow_add_block (EntentePageFlow  *self,
                             double            height,
                             EntenteFlowFlags  flags)
{
  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (self), 0);

  return append_block (self, BLOCK_CONTENT, height, flags);
}

/**
 * entente_page_flow_add_space:
 *
 * Space between the blocks before and after, dropped at the top of a
 * page; next to other space, only the largest counts.
 */
void
entente_page_flow_add_space (EntentePageFlow *self,
                             double           height)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));

  append_block (self, BLOCK_SPACE, height, ENTENTE_FLOW_NONE);
}

/**
 * entente_page_flow_add_page_break:
 *
 * Starts a new page, unless the current one is still empty.
 */
void
entente_page_flow_add_page_break (EntentePageFlow *self)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));

  append_block (self, BLOCK_BREAK, 0.0, ENTENTE_FLOW_NONE);
}

static Item *
add_item (EntentePageFlow          *self,
          guint                     block,
          EntenteFlowBoxKind        kind,
          const EntenteRenderColor *color)
{
  Block *b;
  Item item = { { 0 } };

  g_return_val_if_fail (block < self->blocks->len, NULL);
  b = get_block (self, block);
  g_return_val_if_fail (b->kind == BLOCK_CONTENT, NULL);

  item.box.kind = kind;
  if (color != NULL)
    item.box.color = *color;
  g_array_append_val (b->items, item);
  g_clear_pointer (&b->cuts, g_array_unref);

  return &g_array_index (b->items, Item, b->items->len - 1);
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      Line line;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) top / PANGO_SCALE;
      line.bottom = (double) bottom / PANGO_SCALE;
      line.logical.x = (double) logical.x / PANGO_SCALE;
      line.logical.y = (double) logical.y / PANGO_SCALE;
      line.logical.width = (double) logical.width / PANGO_SCALE;
      line.logical.height = (double) logical.height / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return lines;
}

/**
 * entente_page_flow_add_text:
 * @layout: laid out at its final width; the flow keeps a reference and
 *   reads its lines when paginating
 * @x: where its origin goes, from the body's left edge
 * @y: likewise, from the block's top
 */
void
entente_page_flow_add_text (EntentePageFlow          *self,
                            guint                     block,
                            PangoLayout              *layout,
                            double                    x,
                            double                    y,
                            const EntenteRenderColor *color)
{
  Item *item;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  item = add_item (self, block, ENTENTE_FLOW_BOX_TEXT, color);
  g_return_if_fail (item != NULL);
  item->box.layout = g_object_ref (layout);
  item->box.x = x;
  item->box.y = y;
}

/**
 * entente_page_flow_add_rule:
 *
 * A horizontal line at @y in the block, from @x, @width long.
 */
void
entente_page_flow_add_rule (EntentePageFlow          *self,
                            guint                     block,
                            double                    x,
                            double                    y,
                            double                    width,
                            double                    line_width,
                            gboolean                  dotted,
                            const EntenteRenderColor *color)
{
  Item *item;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));

  item = add_item (self, block, ENTENTE_FLOW_BOX_RULE, color);
  g_return_if_fail (item != NULL);
  item->box.rect.x = x;
  item->box.rect.y = y;
  item->box.rect.width = width;
  item->box.line_width = line_width;
  item->box.dotted = dotted;
}

void
entente_page_flow_add_fill (EntentePageFlow          *self,
                            guint                     block,
                            const cairo_rectangle_t  *rect,
                            const EntenteRenderColor *color)
{
  Item *item;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (rect != NULL);

  item = add_item (self, block, ENTENTE_FLOW_BOX_FILL, color);
  g_return_if_fail (item != NULL);
  item->box.rect = *rect;
}

/**
 * entente_page_flow_add_drawing:
 * @draw: (scope notified): draws the picture
 * @data: (closure draw): its data, which the flow holds
 * @destroy: (nullable): frees @data with the flow
 *
 * A picture that never breaks across pages.
 */
void
entente_page_flow_add_drawing (EntentePageFlow         *self,
                               guint                    block,
                               const cairo_rectangle_t *rect,
                               EntenteFlowDrawFunc      draw,
                               gpointer                 data,
                               GDestroyNotify           destroy)
{
  Item *item;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (rect != NULL && draw != NULL);

  item = add_item (self, block, ENTENTE_FLOW_BOX_DRAWING, NULL);
  g_return_if_fail (item != NULL);
  item->box.rect = *rect;
  item->box.draw = draw;
  item->box.draw_data = data;
  item->destroy = destroy;
}

/**
 * entente_page_flow_set_link:
 * @dest: the name of a destination set with entente_page_flow_set_dest()
 *
 * Makes all of the block a link to @dest, as a contents entry.
 */
void
entente_page_flow_set_link (EntentePageFlow *self,
                            guint            block,
                            const char      *dest)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (block < self->blocks->len);

  g_free (get_block (self, block)->link);
  get_block (self, block)->link = g_strdup (dest);
}

/**
 * entente_page_flow_set_dest:
 * @name: letters, digits, “-”, “_” and “.” only
 *
 * Names the top of the block as a destination for links and bookmarks.
 */
void
entente_page_flow_set_dest (EntentePageFlow *self,
                            guint            block,
                            const char      *name)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (block < self->blocks->len);

  g_free (get_block (self, block)->dest);
  get_block (self, block)->dest = g_strdup (name);
}

/**
 * entente_page_flow_set_min_height:
 * @min_height: the least height the block may take, in points
 *
 * Lets a block of drawings shrink to fill what is left of a page rather
 * than move to the next one, as a diagram that reads well at several
 * sizes.  Its drawings lose the height it loses.
 */
void
entente_page_flow_set_min_height (EntentePageFlow *self,
                                  guint            block,
                                  double           min_height)
{
  Block *b;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (block < self->blocks->len);

  b = get_block (self, block);
  b->min_height = CLAMP (min_height, 0.0, b->full_height);
  b->flags |= ENTENTE_FLOW_KEEP_TOGETHER;
}

/**
 * entente_page_flow_keep_with_next:
 *
 * Keeps a block with the one after it, as the sentence that introduces a
 * table.  It has no effect on a paragraph long enough to break between
 * its lines: what follows it follows its last lines anyway.
 */
void
entente_page_flow_keep_with_next (EntentePageFlow *self,
                                  guint            block)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (block < self->blocks->len);

  get_block (self, block)->flags |= ENTENTE_FLOW_KEEP_WITH_NEXT;
}

/**
 * entente_page_flow_set_header:
 * @header: an earlier block, the header row of the table @block is a
 *   row of
 *
 * When @block starts a page, or continues on one, @header comes first.
 */
void
entente_page_flow_set_header (EntentePageFlow *self,
                              guint            block,
                              guint            header)
{
  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (block < self->blocks->len && header < block);

  get_block (self, block)->header = (int) header;
}

/* Pagination */

static double
body_bottom (EntentePageFlow *self)
{
  return self->body.y + self->body.height;
}

static double
header_height (EntentePageFlow *self,
               const Block     *block)
{
  return block->header >= 0 ? get_block (self, (guint) block->header)->height : 0.0;
}

static gboolean
is_breakable (EntentePageFlow *self,
              const Block     *block)
{
  if (!(block->flags & ENTENTE_FLOW_KEEP_TOGETHER))
    return TRUE;

  return block->height > self->body.height - header_height (self, block) + EPSILON;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Where a block may break: below any line of text that no other line and
 * no drawing straddles.  A paragraph keeps at least two lines on either
 * side of a break, so that no line is left alone. */
/* Whether @cut goes through a line of @item.  The lines come down the
 * page one below the other, so only the last that starts above the cut
 * can, found by halving: checked line by line for every cut, a cell of
 * thousands of lines took seconds, growing with the square of its
 * length. */
static gboolean
cuts_a_line (const Item *item,
             double      cut)
{
  guint low = 0, high = item->lines->len;
  const Line *line;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (item->box.y + g_array_index (item->lines, Line, middle).top < cut - EPSILON)
        low = middle + 1;
      else
        high = middle;
    }
  if (low == 0)
    return FALSE;

  line = &g_array_index (item->lines, Line, low - 1);
  return item->box.y + line->bottom > cut + EPSILON;
}

static GArray *
get_cuts (Block *block)
{
  g_autoptr(GArray) candidates = NULL;

  if (block->cuts != NULL)
    return block->cuts;

  candidates = g_array_new (FALSE, FALSE, sizeof (double));
  block->cuts = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = &g_array_index (block->items, Item, i);

      if (item->box.kind != ENTENTE_FLOW_BOX_TEXT)
        continue;
      if (item->lines == NULL)
        item->lines = measure_lines (item->box.layout);

      for (guint l = 0; l < item->lines->len; l++)
        {
          double bottom = item->box.y + g_array_index (item->lines, Line, l).bottom;

          /* A break right after a paragraph's first line, or right before
           * its last, would leave that line alone on its page. */
          if (item->lines->len > 1 && (l == 0 || l == item->lines->len - 2))
            continue;
          g_array_append_val (candidates, bottom);
        }
    }
  g_array_sort (candidates, compare_doubles);

  for (guint c = 0; c < candidates->len; c++)
    {
      double cut = g_array_index (candidates, double, c);
      gboolean valid = cut > EPSILON && cut < block->height - EPSILON;

      if (block->cuts->len > 0 && cut - g_array_index (block->cuts, double, block->cuts->len - 1) < EPSILON)
        continue;

      for (guint i = 0; i < block->items->len && valid; i++)
        {
          Item *item = &g_array_index (block->items, Item, i);

          if (item->box.kind == ENTENTE_FLOW_BOX_DRAWING)
            valid = !(item->box.rect.y < cut - EPSILON &&
                      item->box.rect.y + item->box.rect.height > cut + EPSILON);
          else if (item->box.kind == ENTENTE_FLOW_BOX_TEXT)
            valid = !cuts_a_line (item, cut);
        }

      if (valid)
        g_array_append_val (block->cuts, cut);
    }

  return block->cuts;
}

/* The least of @index that must fit on the current page before it is
 * started there: all of it, or its first lines when it may break; and
 * for a block kept with the next, the least of that one too. */
static double
get_need (EntentePageFlow *self,
          guint            index,
          guint            depth)
{
  Block *block = get_block (self, index);
  double need = block->min_height > 0.0 ? block->min_height : block->height;
  double space = 0.0;

  /* A block that may break needs only its first lines: what follows
   * comes after its last lines, on another page if need be. */
  if (is_breakable (self, block) && get_cuts (block)->len > 0)
    return g_array_index (get_cuts (block), double, 0);

  if (!(block->flags & ENTENTE_FLOW_KEEP_WITH_NEXT) || depth >= MAX_CHAIN)
    return need;

  for (guint next = index + 1; next < self->blocks->len; next++)
    {
      Block *b = get_block (self, next);

      if (b->kind == BLOCK_SPACE)
        {
          space = MAX (space, b->height);
          continue;
        }
      if (b->kind == BLOCK_CONTENT)
        return need + space + get_need (self, next, depth + 1);
      break;
    }

  return need;
}

static GArray *
current_page (EntentePageFlow *self)
{
  return g_ptr_array_index (self->pages, self->pages->len - 1);
}

static void
new_page (EntentePageFlow *self)
{
  g_ptr_array_add (self->pages, g_array_new (FALSE, TRUE, sizeof (EntenteFlowBox)));
  self->cursor = self->body.y;
  self->fresh = TRUE;
}

/* Turns the part of a block from @from to @to (block coordinates) into
 * boxes on the current page, with @from at the cursor. */
static void
emit (EntentePageFlow *self,
      guint            index,
      double           from,
      double           to)
{
  Block *block = get_block (self, index);
  GArray *page = current_page (self);
  double shift = self->cursor - from;
  double left = self->body.x;
  gboolean last = to >= block->height - EPSILON;
  gboolean first = FALSE;

  if (from < EPSILON && !block->placed)
    {
      block->placed = TRUE;
      block->page = self->pages->len - 1;
      block->y = self->cursor;
      first = TRUE;
    }

  if (first && block->dest != NULL)
    {
      EntenteFlowBox dest = { 0 };

      dest.kind = ENTENTE_FLOW_BOX_DEST;
      dest.rect.x = left;
      dest.rect.y = self->cursor;
      dest.name = block->dest;
      g_array_append_val (page, dest);
    }

  for (guint i = 0; i < block->items->len; i++)
    {
      Item *item = &g_array_index (block->items, Item, i);
      EntenteFlowBox box = item->box;

      switch (item->box.kind)
        {
        case ENTENTE_FLOW_BOX_TEXT:
          {
            int first_line = -1, end = -1;
            double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

            if (item->lines == NULL)
              item->lines = measure_lines (item->box.layout);

            for (guint l = 0; l < item->lines->len; l++)
              {
                const Line *line = &g_array_index (item->lines, Line, l);

                if (item->box.y + line->top < from - EPSILON || item->box.y + line->bottom > to + EPSILON)
                  continue;
                if (first_line < 0)
                  first_line = (int) l;
                end = (int) l + 1;
                x0 = MIN (x0, line->logical.x);
                x1 = MAX (x1, line->logical.x + line->logical.width);
                y0 = MIN (y0, line->logical.y);
                y1 = MAX (y1, line->logical.y + line->logical.height);
              }
            if (first_line < 0)
              continue;

            box.layout = item->box.layout;
            box.first_line = first_line;
            box.n_lines = end - first_line;
            box.x = left + item->box.x;
            box.y = shift + item->box.y;
            box.rect.x = box.x + x0;
            box.rect.y = box.y + y0;
            box.rect.width = x1 - x0;
            box.rect.height = y1 - y0;
          }
          break;

        case ENTENTE_FLOW_BOX_RULE:
          /* A rule on the block's lower edge goes with its last part. */
          if (item->box.rect.y < from - EPSILON ||
              item->box.rect.y > to + EPSILON ||
              (item->box.rect.y > to - EPSILON && !last))
            continue;
          box.rect.x += left;
          box.rect.y += shift;
          break;

        case ENTENTE_FLOW_BOX_FILL:
          {
            double top = MAX (item->box.rect.y, from);
            double bottom = MIN (item->box.rect.y + item->box.rect.height, to);

            if (bottom - top < EPSILON)
              continue;
            box.rect.x += left;
            box.rect.y = top + shift;
            box.rect.height = bottom - top;
          }
          break;

        case ENTENTE_FLOW_BOX_DRAWING:
          box.rect.height -= block->full_height - block->height;
          if (box.rect.y < from - EPSILON ||
              box.rect.y + box.rect.height > to + EPSILON)
            continue;
          box.rect.x += left;
          box.rect.y += shift;
          break;

        case ENTENTE_FLOW_BOX_LINK:
        case ENTENTE_FLOW_BOX_DEST:
        default:
          g_assert_not_reached ();
        }

      g_array_append_val (page, box);
    }

  if (block->link != NULL)
    {
      EntenteFlowBox link = { 0 };

      link.kind = ENTENTE_FLOW_BOX_LINK;
      link.rect.x = left;
      link.rect.y = self->cursor;
      link.rect.width = self->body.width;
      link.rect.height = to - from;
      link.name = block->link;
      g_array_append_val (page, link);
    }

  self->cursor += to - from;
  self->fresh = FALSE;
}

static void
repeat_header (EntentePageFlow *self,
               guint            index)
{
  Block *block = get_block (self, index);

  if (block->header < 0)
    return;

  emit (self, (guint) block->header, 0.0, get_block (self, (guint) block->header)->height);
  /* A page with only the header on it still counts as empty: the row
   * goes under the header whatever its height. */
  self->fresh = TRUE;
}

/* Places a block at the cursor, breaking it across as many pages as it
 * takes. */
static void
place (EntentePageFlow *self,
       guint            index)
{
  Block *block = get_block (self, index);
  double from = 0.0;

  for (;;)
    {
      double room = body_bottom (self) - self->cursor;
      double cut = -1.0;

      if (block->height - from <= room + EPSILON)
        {
          emit (self, index, from, block->height);
          return;
        }

      if (is_breakable (self, block))
        {
          GArray *cuts = get_cuts (block);

          for (guint c = 0; c < cuts->len; c++)
            {
              double candidate = g_array_index (cuts, double, c);

              if (candidate > from + EPSILON && candidate - from <= room + EPSILON)
                cut = candidate;
            }
        }

      if (cut < 0.0)
        {
          if (self->fresh)
            {
              /* Nothing to break at, even on an empty page: the rest
               * overflows the foot rather than vanish. */
              emit (self, index, from, block->height);
              return;
            }
          new_page (self);
          repeat_header (self, index);
          continue;
        }

      emit (self, index, from, cut);
      new_page (self);
      repeat_header (self, index);
      from = cut;
    }
}

/**
 * entente_page_flow_paginate:
 *
 * Places every block, and forgets what was placed before, running heads
 * included.
 */
void
entente_page_flow_paginate (EntentePageFlow *self)
{
  double space = 0.0;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->layouts, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      get_block (self, i)->placed = FALSE;
      get_block (self, i)->height = get_block (self, i)->full_height;
    }
  new_page (self);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = get_block (self, i);
      double gap;

      switch (block->kind)
        {
        case BLOCK_SPACE:
          space = MAX (space, block->height);
          continue;

        case BLOCK_BREAK:
          if (!self->fresh)
            new_page (self);
          space = 0.0;
          continue;

        case BLOCK_CONTENT:
        default:
          break;
        }

      gap = self->fresh ? 0.0 : space;
      space = 0.0;

      /* A block that may shrink takes what is left of the page, when that
       * is enough. */
      if (block->min_height > 0.0 && !self->fresh)
        {
          double room = floor (body_bottom (self) - self->cursor - gap);

          if (room >= block->min_height && room < block->full_height)
            block->height = room;
        }

      if (!self->fresh && self->cursor + gap + get_need (self, i, 0) > body_bottom (self) + EPSILON)
        {
          new_page (self);
          if ((int) i != block->header)
            repeat_header (self, i);
          gap = 0.0;
        }

      self->cursor += gap;
      place (self, i);
    }
}

guint
entente_page_flow_get_n_pages (EntentePageFlow *self)
{
  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (self), 0);

  return self->pages->len;
}

/**
 * entente_page_flow_get_place:
 * @page: (out) (optional): the page the block starts on, from 0
 * @y: (out) (optional): the top of the block on that page
 *
 * Returns: %FALSE when the block has not been placed
 */
gboolean
entente_page_flow_get_place (EntentePageFlow *self,
                             guint            block,
                             guint           *page,
                             double          *y)
{
  Block *b;

  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (self), FALSE);
  g_return_val_if_fail (block < self->blocks->len, FALSE);

  b = get_block (self, block);
  if (!b->placed)
    return FALSE;
  if (page != NULL)
    *page = b->page;
  if (y != NULL)
    *y = b->y;

  return TRUE;
}

/**
 * entente_page_flow_get_boxes:
 * @n_boxes: (out): how many
 *
 * Returns: (array length=n_boxes): what is drawn on @page, in drawing
 *   order
 */
const EntenteFlowBox *
entente_page_flow_get_boxes (EntentePageFlow *self,
                             guint            page,
                             guint           *n_boxes)
{
  GArray *boxes;

  g_return_val_if_fail (ENTENTE_IS_PAGE_FLOW (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  boxes = g_ptr_array_index (self->pages, page);
  *n_boxes = boxes->len;

  return (const EntenteFlowBox *) (gpointer) boxes->data;
}

/**
 * entente_page_flow_page_add_text:
 * @x: where the layout's origin goes on the page
 * @y: likewise
 *
 * Text outside the flow, as a running head; gone at the next pagination.
 */
void
entente_page_flow_page_add_text (EntentePageFlow          *self,
                                 guint                     page,
                                 PangoLayout              *layout,
                                 double                    x,
                                 double                    y,
                                 const EntenteRenderColor *color)
{
  EntenteFlowBox box = { 0 };
  PangoRectangle logical;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (page < self->pages->len);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  g_ptr_array_add (self->layouts, g_object_ref (layout));
  pango_layout_get_extents (layout, NULL, &logical);

  box.kind = ENTENTE_FLOW_BOX_TEXT;
  box.color = *color;
  box.layout = layout;
  box.first_line = 0;
  box.n_lines = pango_layout_get_line_count (layout);
  box.x = x;
  box.y = y;
  box.rect.x = x + (double) logical.x / PANGO_SCALE;
  box.rect.y = y + (double) logical.y / PANGO_SCALE;
  box.rect.width = (double) logical.width / PANGO_SCALE;
  box.rect.height = (double) logical.height / PANGO_SCALE;
  g_array_append_val ((GArray *) g_ptr_array_index (self->pages, page), box);
}

void
entente_page_flow_page_add_rule (EntentePageFlow          *self,
                                 guint                     page,
                                 double                    x,
                                 double                    y,
                                 double                    width,
                                 double                    line_width,
                                 const EntenteRenderColor *color)
{
  EntenteFlowBox box = { 0 };

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (page < self->pages->len);

  box.kind = ENTENTE_FLOW_BOX_RULE;
  box.color = *color;
  box.rect.x = x;
  box.rect.y = y;
  box.rect.width = width;
  box.line_width = line_width;
  g_array_append_val ((GArray *) g_ptr_array_index (self->pages, page), box);
}

/* Drawing */

static void
set_color (cairo_t                  *cr,
           const EntenteRenderColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}

/* Only the lines of the box, each at its baseline: the text of a
 * paragraph that breaks across pages is drawn once, on the page that
 * shows it, so that a PDF's text reads in order without repeats.
 *
 * A box that goes on with the lines of the box drawn before it, as the
 * pages of a long paragraph do in order, goes on from where that one
 * ended: walked from its first line on every page, a paragraph of a
 * megabyte took seconds, growing with the square of its length. */
static void
draw_lines (EntentePageFlow      *self,
            cairo_t              *cr,
            const EntenteFlowBox *box)
{
  Drawn *drawn = g_hash_table_lookup (self->drawn, box->layout);
  int end = box->first_line + box->n_lines;

  if (drawn == NULL || drawn->line > box->first_line)
    {
      drawn = g_new0 (Drawn, 1);
      drawn->iter = pango_layout_get_iter (box->layout);
      g_hash_table_replace (self->drawn, g_object_ref (box->layout), drawn);
    }

  for (; drawn->line < end; drawn->line++)
    {
      if (drawn->line >= box->first_line)
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (drawn->iter);
          PangoRectangle in_layout, in_line;
          double baseline = (double) pango_layout_iter_get_baseline (drawn->iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (drawn->iter, NULL, &in_layout);
          pango_layout_line_get_extents (line, NULL, &in_line);
          cairo_move_to (cr, box->x + (double) (in_layout.x - in_line.x) / PANGO_SCALE, box->y + baseline);
          pango_cairo_show_layout_line (cr, line);
        }
      if (!pango_layout_iter_next_line (drawn->iter))
        {
          /* All of the layout is drawn. */
          g_hash_table_remove (self->drawn, box->layout);
          return;
        }
    }
}

/* Tag attributes are read by cairo, and cairo 1.16.0 (Debian 12) reads
 * their numbers with sscanf ("%lf"), in the locale of the process: under
 * de_DE.UTF-8 it stops at the "." of "56.69" and fails the whole PDF with
 * "invalid tag name, attributes, or nesting"; a "," would break every
 * later cairo, which reads a C number.  Whole numbers read alike in every
 * locale and every version, so positions are written in whole points,
 * rounded so that a link's area still covers its box. */
static char *
format_point (double value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
}

static void
tag_link (cairo_t              *cr,
          const EntenteFlowBox *box)
{
  double left = floor (box->rect.x);
  double top = floor (box->rect.y);
  g_autofree char *x = format_point (left);
  g_autofree char *y = format_point (top);
  g_autofree char *width = format_point (ceil (box->rect.x + box->rect.width) - left);
  g_autofree char *height = format_point (ceil (box->rect.y + box->rect.height) - top);
  g_autofree char *attributes = g_strdup_printf ("dest='%s' rect=[%s %s %s %s]",
                                                 box->name, x, y, width, height);

  /* The link inside a structure element of its own, a contents item:
   * cairo 1.16.0 writes a link outside any such element with a reference
   * to a structure object it never writes, and the PDF is damaged. */
  cairo_tag_begin (cr, "TOCI", NULL);
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
  cairo_tag_end (cr, "TOCI");
}

static void
tag_dest (cairo_t              *cr,
          const EntenteFlowBox *box)
{
  /* Rounded towards the page's top left corner: the view opens at the
   * heading or just above it. */
  g_autofree char *x = format_point (floor (box->rect.x));
  g_autofree char *y = format_point (floor (box->rect.y));
  g_autofree char *attributes = g_strdup_printf ("name='%s' x=%s y=%s", box->name, x, y);

  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
}

/**
 * entente_page_flow_render_page:
 * @cr: a context in points, with the page's top left corner at the origin
 *
 * Draws the boxes of @page.  On a PDF surface, links and destinations
 * become the PDF's own; other surfaces ignore them.
 */
void
entente_page_flow_render_page (EntentePageFlow *self,
                               cairo_t         *cr,
                               guint            page)
{
  const EntenteFlowBox *boxes;
  guint n_boxes;

  g_return_if_fail (ENTENTE_IS_PAGE_FLOW (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  boxes = entente_page_flow_get_boxes (self, page, &n_boxes);

  for (guint i = 0; i < n_boxes; i++)
    {
      const EntenteFlowBox *box = &boxes[i];

      cairo_save (cr);
      switch (box->kind)
        {
        case ENTENTE_FLOW_BOX_TEXT:
          set_color (cr, &box->color);
          draw_lines (self, cr, box);
          break;

        case ENTENTE_FLOW_BOX_RULE:
          set_color (cr, &box->color);
          cairo_set_line_width (cr, box->line_width);
          if (box->dotted)
            {
              const double dots[] = { 0.0, box->line_width * 3.0 };

              cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
              cairo_set_dash (cr, dots, G_N_ELEMENTS (dots), 0.0);
            }
          cairo_move_to (cr, box->rect.x, box->rect.y);
          cairo_rel_line_to (cr, box->rect.width, 0.0);
          cairo_stroke (cr);
          break;

        case ENTENTE_FLOW_BOX_FILL:
          set_color (cr, &box->color);
          cairo_rectangle (cr, box->rect.x, box->rect.y, box->rect.width, box->rect.height);
          cairo_fill (cr);
          break;

        case ENTENTE_FLOW_BOX_DRAWING:
          cairo_translate (cr, box->rect.x, box->rect.y);
          cairo_rectangle (cr, 0.0, 0.0, box->rect.width, box->rect.height);
          cairo_clip (cr);
          box->draw (cr, box->rect.width, box->rect.height, box->draw_data);
          break;

        case ENTENTE_FLOW_BOX_LINK:
          tag_link (cr, box);
          break;

        case ENTENTE_FLOW_BOX_DEST:
          tag_dest (cr, box);
          break;

        default:
          g_assert_not_reached ();
        }
      cairo_restore (cr);
    }
}
