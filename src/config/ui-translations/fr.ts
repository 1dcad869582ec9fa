/**
 * The site's UI strings in French: every key of `defaultUiStrings` (src/config/ui-strings.ts), with the plural
 * categories French uses (`one` for 0 and 1, `many` for exact millions, which read like `other` when written in
 * digits, and `other`). French typography is written out as escapes so that it stays visible: a no-break space
 * (\u00a0) before a colon and between a number and its unit, a narrow no-break space (\u202f) before ; ? ! and
 * inside guillemets (« »). "Section" is rubrique for the site's sections and section for a part of a page; the
 * reader is addressed as vous.
 */

export default {
  // Header and navigation
  'header.search': 'Rechercher',
  'header.menu': 'Menu',
  'nav.site': 'Site',
  'nav.breadcrumbs': 'Fil d’Ariane',
  'nav.home': 'Accueil',
  'nav.allPages.one': '{count} page en tout…',
  'nav.allPages.many': 'Les {count} pages…',
  'nav.allPages.other': 'Les {count} pages…',
  'nav.prevNext': 'Page précédente et page suivante',
  'nav.previous': 'Précédent',
  'nav.next': 'Suivant',
  'nav.skipToContent': 'Aller au contenu',
  'nav.folderToggle': 'Pages de {label}',
  'nav.more.one': '{count} autre…',
  'nav.more.many': '{count} autres…',
  'nav.more.other': '{count} autres…',

  // The document head and footer
  'meta.pageTitle': '{title} | {site}',
  'footer.about': '{site}\u00a0: {tagline}',
  'footer.rss': 'RSS',
  'footer.tags': 'Étiquettes',

  // Colour theme toggle
  'theme.prefix': 'Thème\u00a0:',
  'theme.auto': 'Automatique',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',
  'theme.switch': 'Thème\u00a0: {current}. Passer à «\u202f{next}\u202f»',

  // A page's header, history and neighbours
  'page.readingTime.one': '{count}\u00a0min de lecture',
  'page.readingTime.many': '{count}\u00a0min de lecture',
  'page.readingTime.other': '{count}\u00a0min de lecture',
  'page.lastUpdated': 'Dernière mise à jour\u00a0: {date}',
  'page.lastReviewed': 'Dernière relecture\u00a0: {date}',
  'page.edit': 'Modifier cette page',
  'page.markdown': 'Markdown',
  'page.markdownLabel': 'Cette page en Markdown',
  'page.copyMarkdown': 'Copier la page',
  'page.copyMarkdownLabel': 'Copier la page en Markdown',
  'page.copiedMarkdown': 'Copiée',
  'page.copiedMarkdownStatus': 'La page a été copiée en Markdown.',
  'page.copyMarkdownBlocked': 'La copie est bloquée\u202f; ouvrez le lien Markdown et copiez la page depuis celui-ci.',
  'toc.heading': 'Sur cette page',
  'backlinks.heading': 'Liens vers cette page',
  'backlinks.inSection': '{page}, section {section}',
  'sources.heading': 'Sources',
  'sources.basedOn': 'D’après',
  'sources.by': 'par {author}',

  // Self-links on headings and glossary terms, and their copy buttons
  'links.toSection': 'Lien vers la section\u00a0: {name}',
  'links.toTerm': 'Lien vers le terme\u00a0: {name}',
  'links.copy': 'Copier le lien',
  'links.copyToSection': 'Copier le lien vers la section\u00a0: {name}',
  'links.copyToTerm': 'Copier le lien vers le terme\u00a0: {name}',
  'links.copied': 'Copié',
  'links.copiedStatus': 'Lien copié\u00a0: {url}',
  'links.copyBlocked': 'La copie est bloquée\u202f; le lien est maintenant dans la barre d’adresse.',
  'links.copySection': 'Copier la section',
  'links.copySectionOf': 'Copier la section «\u202f{name}\u202f» en Markdown',
  'links.copiedSectionStatus': 'Section «\u202f{name}\u202f» copiée en Markdown, avec son lien.',
  'links.copySectionBlocked':
    'Impossible de copier cette section\u202f; le lien Markdown de la page la contient en entier.',
  'links.sectionTools': 'Outils de la section «\u202f{name}\u202f»',
  'diagram.name': 'Diagramme',
  'links.external': '(site externe)',
  'links.source': 'Source',
  'links.sourceOfSection': 'Voir la source de la section «\u202f{name}\u202f» (lignes {start} à {end})',
  'links.sourceOfSectionLine': 'Voir la source de la section «\u202f{name}\u202f» (ligne {start})',
  'links.report': 'Signaler',
  'links.reportSection': 'Signaler un problème dans la section «\u202f{name}\u202f»',
  'report.title': 'Problème dans «\u202f{section}\u202f» ({page})',
  'report.body': '[{section}]({sectionUrl}), {source}\n\nQu’est-ce qui ne va pas, et que faudrait-il écrire\u202f?\n',
  'report.source': '`{file}` au commit {commit}',
  'report.sourceUncommitted': '`{file}` (pas encore commité)',

  // Code blocks
  'code.copy': 'Copier',
  'code.copyLabel': 'Copier le code',
  'code.copyLabelNamed': 'Copier le code\u00a0: {title}',
  'code.copied': 'Copié',
  'code.copyBlocked': 'Appuyez sur Ctrl+C',

  // Callouts (:::note and friends)
  'callout.note': 'Remarque',
  'callout.tip': 'Astuce',
  'callout.caution': 'Attention',
  'callout.danger': 'Danger',

  // Checklist tools
  'checklist.progress': '{done} sur {total} cochées',
  'checklist.progressLabel': 'Progression de la liste de contrôle',
  'checklist.copy': 'Copier en Markdown',
  'checklist.reset': 'Réinitialiser',
  'checklist.exportLabel': 'Liste de contrôle en Markdown',
  'checklist.copied': 'Copié dans le presse-papiers.',
  'checklist.copyBlocked':
    'La copie est bloquée ici\u00a0: le Markdown est sélectionné ci-dessous, copiez-le à la main.',
  'checklist.resetConfirm': 'Décocher toutes les cases de cette page\u202f?',
  'checklist.resetDone': 'Progression réinitialisée.',
  'checklist.exportDone': '{done} sur {total} cochées.',

  // Glossary page
  'glossary.termIndex': 'Termes',
  'glossary.usedIn': 'Utilisé dans\u00a0:',

  // Home page
  'home.searchLabel': 'Rechercher sur ce site',
  'home.searchSubmit': 'Rechercher',
  'home.sectionsHeading': 'Rubriques',
  'home.allPages': 'Les {count} pages…',

  // Search: the dialog, the search page and the results
  'search.title': 'Recherche',
  'search.description': 'Rechercher dans toutes les pages de {site}.',
  'search.label': 'Rechercher sur ce site',
  'search.close': 'Fermer',
  'search.noScript':
    'La recherche nécessite JavaScript, qui est désactivé ou bloqué dans ce navigateur. Chaque page est à un ou deux clics de ces rubriques\u00a0:',
  'search.prompt': 'Saisissez des mots pour chercher dans toutes les pages.',
  'search.unavailable':
    'La recherche est indisponible\u00a0: l’index de recherche n’a pas pu être chargé. Réessayez plus tard, ou parcourez les rubriques.',
  'search.sectionFacet': 'Rubrique',
  'search.tagFacet': 'Étiquette',
  'search.filterByTag': 'Filtrer par étiquette',
  'search.pagesHeading': 'Pages',
  'search.termsHeading': 'Glossaire',
  'search.morePages': 'Afficher plus de résultats ({shown} sur {total} affichés)',
  'search.moreTerms': 'Afficher plus de termes ({shown} sur {total} affichés)',
  'search.noResults': 'Aucun résultat. Essayez avec moins de mots ou d’autres mots, ou retirez un filtre.',
  'search.noResultsFor':
    'Aucun résultat pour «\u202f{query}\u202f». Essayez avec moins de mots ou d’autres mots, ou retirez un filtre.',
  'search.summary': '{results}\u00a0: {pages} et {terms}.',
  'search.summaryFor': '{results} pour «\u202f{query}\u202f»\u00a0: {pages} et {terms}.',
  'search.results.one': '{count} résultat',
  'search.results.many': '{count} résultats',
  'search.results.other': '{count} résultats',
  'search.pages.one': '{count} page',
  'search.pages.many': '{count} pages',
  'search.pages.other': '{count} pages',
  'search.terms.one': '{count} terme du glossaire',
  'search.terms.many': '{count} termes du glossaire',
  'search.terms.other': '{count} termes du glossaire',

  // Tags
  'tags.title': 'Étiquettes',
  'tags.description': 'Toutes les étiquettes thématiques de ce site, avec le nombre de pages pour chacune.',
  'tags.pageTitle': 'Pages avec l’étiquette #{tag}',
  'tags.pageDescription': 'Pages consacrées à {tag}.',
  'tags.all': 'Toutes les étiquettes',

  // Pages that are not there
  'notFound.title': 'Page introuvable',
  'notFound.description': 'Cette page n’existe pas. Essayez les rubriques ou la recherche.',
  'notFound.text':
    'La page demandée n’est pas ici. Elle a peut-être été déplacée\u202f; ces endroits sont un bon point de départ\u00a0:',
  'redirect.title': 'Page déplacée\u00a0: {title}',
  'redirect.heading': 'Cette page a été déplacée',
  'redirect.text': 'Elle se trouve désormais ici\u00a0: {link}.',
  'gone.title': 'Cette page a été supprimée',
  'gone.description': 'Cette page a été retirée du site volontairement.',
  'gone.text': 'Elle a été retirée du site volontairement. L’endroit le plus proche qui existe encore\u00a0: {link}.',
  // The language switcher and the notices of pages in other languages than the original
  'locale.switcher': 'Langue\u00a0: {language}. En choisir une autre',
  'locale.notTranslated': 'pas encore traduite',
  'locale.fallbackNotice':
    'Cette page n’est pas encore traduite\u202f; elle est affichée dans sa langue d’origine ({original}).',
  'locale.helpTranslate': 'Aider à la traduire',
  'locale.outdatedNotice': 'L’original a changé depuis cette traduction.',
  'locale.outdatedDiff': 'Voir les changements',
  'search.allLanguages': 'Rechercher dans toutes les langues',
} satisfies Record<string, string>;
