/**
 * The `:::name` blocks the site knows, named once for the rule that reports an unknown one
 * (src/lib/rules/directives.ts) and the plugins that render them (src/markdown/remark-callouts.ts,
 * remark-cards.ts).
 */
export const calloutNames = ['note', 'tip', 'caution', 'danger'] as const;
export type CalloutName = (typeof calloutNames)[number];

/** The directive's name: `:::cards`. */
export const cardsDirective = 'cards';
