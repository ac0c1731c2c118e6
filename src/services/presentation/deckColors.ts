/**
 * The steering deck's own colours, in PowerPoint's hex form. A .pptx is opened, printed and projected
 * outside the web part, so it keeps one light look whatever Teams theme its author had; this is the one
 * place in src allowed to spell colours besides the Teams palettes (test/unit/colours.test.ts).
 */
import type { Health } from '../../model/types';

export const DECK_COLORS = {
  /** Title bar and table headers. */
  brand: '1B3A57',
  /** Slide background and the text on the brand colour. */
  paper: 'FFFFFF',
  /** Body text. */
  text: '323130',
  /** Footer and slide numbers. */
  muted: '605E5C',
  /** Table borders. */
  border: 'C8C6C4',
  /** A project without a report: its source line says so in this colour. */
  alert: 'A4262C'
};

/** RAG fills of the health cells and bars (the health is always in words beside them). */
export const DECK_HEALTH: Record<Health, string> = { Green: '107C10', Amber: 'D39300', Red: 'C50F1F' };
