/**
 * The scripts every page may need, as one file: the header (menu, search launcher), the theme toggle, the table
 * of contents, glossary previews, section tools, code copy buttons and the language switcher. Each looks for its elements and does
 * nothing without them. One file rather than one per component: gzip compresses small scripts far better
 * together (the same names and calls recur), which took a guide page from 7.0 to under 5 kB, and a page makes one
 * request instead of seven. Rarer tools (checklists, tabs, the search page) stay separate, loaded by the pages
 * that have them.
 */
import './menu.ts';
import './search-launcher.ts';
import './theme.ts';
import './toc.ts';
import './term-tips.ts';
import './section-links.ts';
import './code-copy.ts';
import './language-links.ts';
