/**
 * The site's UI strings in German: every key of `defaultUiStrings` (src/config/ui-strings.ts), with the plural
 * categories German uses (`one`, `other`). Quotations take German quotation marks („ “); the reader is addressed
 * as Sie, and "section" is Bereich for the site's sections and Abschnitt for a part of a page.
 */

export default {
  // Header and navigation
  'header.search': 'Suchen',
  'header.menu': 'Menü',
  'nav.site': 'Website',
  'nav.breadcrumbs': 'Brotkrümelnavigation',
  'nav.home': 'Startseite',
  'nav.allPages.one': 'Insgesamt {count} Seite…',
  'nav.allPages.other': 'Alle {count} Seiten…',
  'nav.prevNext': 'Vorherige und nächste Seite',
  'nav.previous': 'Zurück',
  'nav.next': 'Weiter',
  'nav.skipToContent': 'Zum Inhalt springen',
  'nav.folderToggle': 'Seiten in {label}',
  'nav.more.one': '{count} weitere…',
  'nav.more.other': '{count} weitere…',

  // The document head and footer
  'meta.pageTitle': '{title} | {site}',
  'footer.about': '{site}: {tagline}',
  'footer.rss': 'RSS',
  'footer.tags': 'Schlagwörter',

  // Colour theme toggle
  'theme.prefix': 'Farbschema:',
  'theme.auto': 'Automatisch',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',
  'theme.switch': 'Farbschema: {current}. Zu „{next}“ wechseln',

  // A page's header, history and neighbours
  'page.readingTime.one': '{count} Min. Lesezeit',
  'page.readingTime.other': '{count} Min. Lesezeit',
  'page.lastUpdated': 'Zuletzt aktualisiert am {date}',
  'page.lastReviewed': 'Zuletzt geprüft am {date}',
  'page.edit': 'Diese Seite bearbeiten',
  'page.markdown': 'Markdown',
  'page.markdownLabel': 'Diese Seite als Markdown',
  'page.copyMarkdown': 'Seite kopieren',
  'page.copyMarkdownLabel': 'Seite als Markdown kopieren',
  'page.copiedMarkdown': 'Kopiert',
  'page.copiedMarkdownStatus': 'Die Seite wurde als Markdown kopiert.',
  'page.copyMarkdownBlocked':
    'Kopieren ist blockiert; öffnen Sie den Markdown-Link und kopieren Sie die Seite von dort.',
  'toc.heading': 'Auf dieser Seite',
  'backlinks.heading': 'Links auf diese Seite',
  'backlinks.inSection': '{page}, Abschnitt {section}',
  'sources.heading': 'Quellen',
  'sources.basedOn': 'Basiert auf',
  'sources.by': 'von {author}',

  // Self-links on headings and glossary terms, and their copy buttons
  'links.toSection': 'Link zum Abschnitt: {name}',
  'links.toTerm': 'Link zum Begriff: {name}',
  'links.copy': 'Link kopieren',
  'links.copyToSection': 'Link zum Abschnitt kopieren: {name}',
  'links.copyToTerm': 'Link zum Begriff kopieren: {name}',
  'links.copied': 'Kopiert',
  'links.copiedStatus': 'Link kopiert: {url}',
  'links.copyBlocked': 'Kopieren ist blockiert; der Link steht jetzt in der Adressleiste.',
  'links.copySection': 'Abschnitt kopieren',
  'links.copySectionOf': 'Abschnitt „{name}“ als Markdown kopieren',
  'links.copiedSectionStatus': 'Abschnitt „{name}“ samt Link als Markdown kopiert.',
  'links.copySectionBlocked':
    'Dieser Abschnitt konnte nicht kopiert werden; der Markdown-Link der Seite enthält ihn vollständig.',
  'links.sectionTools': 'Werkzeuge für den Abschnitt „{name}“',
  'diagram.name': 'Diagramm',
  'links.external': '(externe Website)',
  'links.source': 'Quelltext',
  'links.sourceOfSection': 'Quelltext des Abschnitts „{name}“ ansehen (Zeilen {start}–{end})',
  'links.sourceOfSectionLine': 'Quelltext des Abschnitts „{name}“ ansehen (Zeile {start})',
  'links.report': 'Melden',
  'links.reportSection': 'Problem im Abschnitt „{name}“ melden',
  'report.title': 'Problem in „{section}“ ({page})',
  'report.body': '[{section}]({sectionUrl}), {source}\n\nWas ist falsch, und was sollte dort stehen?\n',
  'report.source': '`{file}` im Commit {commit}',
  'report.sourceUncommitted': '`{file}` (noch nicht committet)',

  // Code blocks
  'code.copy': 'Kopieren',
  'code.copyLabel': 'Code kopieren',
  'code.copyLabelNamed': 'Code kopieren: {title}',
  'code.copied': 'Kopiert',
  'code.copyBlocked': 'Strg+C drücken',

  // Callouts (:::note and friends)
  'callout.note': 'Hinweis',
  'callout.tip': 'Tipp',
  'callout.caution': 'Achtung',
  'callout.danger': 'Gefahr',

  // Checklist tools
  'checklist.progress': '{done} von {total} erledigt',
  'checklist.progressLabel': 'Fortschritt der Checkliste',
  'checklist.copy': 'Als Markdown kopieren',
  'checklist.reset': 'Zurücksetzen',
  'checklist.exportLabel': 'Checkliste als Markdown',
  'checklist.copied': 'In die Zwischenablage kopiert.',
  'checklist.copyBlocked':
    'Kopieren ist hier blockiert: Das Markdown ist unten markiert, bitte kopieren Sie es von Hand.',
  'checklist.resetConfirm': 'Alle Häkchen auf dieser Seite entfernen?',
  'checklist.resetDone': 'Fortschritt zurückgesetzt.',
  'checklist.exportDone': '{done} von {total} erledigt.',

  // Glossary page
  'glossary.termIndex': 'Begriffe',
  'glossary.usedIn': 'Verwendet in:',

  // Home page
  'home.searchLabel': 'Diese Website durchsuchen',
  'home.searchSubmit': 'Suchen',
  'home.sectionsHeading': 'Bereiche',
  'home.allPages': 'Alle {count}…',

  // Search: the dialog, the search page and the results
  'search.title': 'Suche',
  'search.description': 'Alle Seiten von {site} durchsuchen.',
  'search.label': 'Diese Website durchsuchen',
  'search.close': 'Schließen',
  'search.noScript':
    'Die Suche benötigt JavaScript, das in diesem Browser ausgeschaltet oder blockiert ist. Jede Seite ist von diesen Bereichen aus mit ein oder zwei Klicks erreichbar:',
  'search.prompt': 'Suchbegriff eingeben, um alle Seiten zu durchsuchen.',
  'search.unavailable':
    'Die Suche ist nicht verfügbar: Der Suchindex konnte nicht geladen werden. Versuchen Sie es später noch einmal, oder stöbern Sie in den Bereichen.',
  'search.sectionFacet': 'Bereich',
  'search.tagFacet': 'Schlagwort',
  'search.filterByTag': 'Nach Schlagwort filtern',
  'search.pagesHeading': 'Seiten',
  'search.termsHeading': 'Glossar',
  'search.morePages': 'Weitere Ergebnisse anzeigen ({shown} von {total} angezeigt)',
  'search.moreTerms': 'Weitere Begriffe anzeigen ({shown} von {total} angezeigt)',
  'search.noResults':
    'Keine Ergebnisse. Versuchen Sie es mit weniger oder anderen Wörtern, oder entfernen Sie einen Filter.',
  'search.noResultsFor':
    'Keine Ergebnisse für „{query}“. Versuchen Sie es mit weniger oder anderen Wörtern, oder entfernen Sie einen Filter.',
  'search.summary': '{results}: {pages} und {terms}.',
  'search.summaryFor': '{results} für „{query}“: {pages} und {terms}.',
  'search.results.one': '{count} Ergebnis',
  'search.results.other': '{count} Ergebnisse',
  'search.pages.one': '{count} Seite',
  'search.pages.other': '{count} Seiten',
  'search.terms.one': '{count} Glossarbegriff',
  'search.terms.other': '{count} Glossarbegriffe',

  // Tags
  'tags.title': 'Schlagwörter',
  'tags.description': 'Alle Schlagwörter dieser Website, mit der Anzahl der Seiten zu jedem.',
  'tags.pageTitle': 'Seiten mit dem Schlagwort #{tag}',
  'tags.pageDescription': 'Seiten zum Thema {tag}.',
  'tags.all': 'Alle Schlagwörter',

  // Pages that are not there
  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Diese Seite gibt es nicht. Versuchen Sie es über die Bereiche oder die Suche.',
  'notFound.text':
    'Die gesuchte Seite gibt es hier nicht. Vielleicht wurde sie verschoben; diese Stellen sind ein guter Ausgangspunkt:',
  'redirect.title': 'Verschoben: {title}',
  'redirect.heading': 'Diese Seite wurde verschoben',
  'redirect.text': 'Sie ist jetzt hier: {link}.',
  'gone.title': 'Diese Seite wurde entfernt',
  'gone.description': 'Diese Seite wurde absichtlich von der Website entfernt.',
  'gone.text': 'Sie wurde absichtlich von der Website genommen. Die nächstliegende Stelle, die es noch gibt: {link}.',
  // The language switcher and the notices of pages in other languages than the original
  'locale.switcher': 'Sprache: {language}. Andere wählen',
  'locale.notTranslated': 'noch nicht übersetzt',
  'locale.fallbackNotice':
    'Diese Seite ist noch nicht übersetzt und wird daher in der Originalsprache ({original}) angezeigt.',
  'locale.helpTranslate': 'Beim Übersetzen helfen',
  'locale.outdatedNotice': 'Das Original wurde seit dieser Übersetzung geändert.',
  'locale.outdatedDiff': 'Änderungen ansehen',
  'search.allLanguages': 'Alle Sprachen durchsuchen',
} satisfies Record<string, string>;
