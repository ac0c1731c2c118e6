import * as React from 'react';

/**
 * A <dl> of name–value groups (each a div of dt and dd) in a wrapping row. A plain flex <dl>, not a
 * Stack: a wrapping Stack puts its children in an inner div, and a <dl> may hold only dt, dd and
 * div groups of them (axe "definition-list").
 */
export function FactList({ children }: { children: React.ReactNode }): React.ReactElement {
  return <dl style={{ display: 'flex', flexWrap: 'wrap', gap: 24, margin: 0 }}>{children}</dl>;
}
