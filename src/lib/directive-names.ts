/**
 * The `:::name` blocks the site knows, named once for the rule that reports an unknown one
 * (src/lib/rules/directives.ts) and the plugins that render them (src/markdown/remark-callouts.ts,
 * remark-cards.ts, remark-tabs.ts).
 */
export const calloutNames = ['note', 'tip', 'caution', 'danger'] as const;
export type CalloutName = (typeof calloutNames)[number];

/** The directive's name: `:::cards`. */
export const cardsDirective = 'cards';

/** Tabs: a `::::tabs` block holds one `:::tab[Label]` block per tab (src/markdown/remark-tabs.ts). */
export const tabsDirective = 'tabs';
export const tabDirective = 'tab';
