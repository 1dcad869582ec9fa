/**
 * The site's UI strings in Spanish: every key of `defaultUiStrings` (src/config/ui-strings.ts), with the plural
 * categories Spanish uses (`one`, `many`, `other`; `many` is for exact millions, which read like `other` when
 * written in digits). Quotations take comillas angulares (« »), as the RAE recommends; the reader is addressed
 * as tú, as in most Spanish software documentation.
 */

export default {
  // Header and navigation
  'header.search': 'Buscar',
  'header.menu': 'Menú',
  'nav.site': 'Sitio',
  'nav.breadcrumbs': 'Ruta de navegación',
  'nav.home': 'Inicio',
  'nav.allPages.one': '{count} página en total…',
  'nav.allPages.many': 'Las {count} páginas…',
  'nav.allPages.other': 'Las {count} páginas…',
  'nav.prevNext': 'Página anterior y siguiente',
  'nav.previous': 'Anterior',
  'nav.next': 'Siguiente',
  'nav.skipToContent': 'Ir al contenido',
  'nav.folderToggle': 'Páginas de {label}',
  'nav.more.one': '{count} más…',
  'nav.more.many': '{count} más…',
  'nav.more.other': '{count} más…',

  // The document head and footer
  'meta.pageTitle': '{title} | {site}',
  'footer.about': '{site}: {tagline}',
  'footer.rss': 'RSS',
  'footer.tags': 'Etiquetas',

  // Colour theme toggle
  'theme.prefix': 'Tema:',
  'theme.auto': 'Automático',
  'theme.light': 'Claro',
  'theme.dark': 'Oscuro',
  'theme.switch': 'Tema: {current}. Cambiar a «{next}»',

  // A page's header, history and neighbours
  'page.readingTime.one': '{count} min de lectura',
  'page.readingTime.many': '{count} min de lectura',
  'page.readingTime.other': '{count} min de lectura',
  'page.lastUpdated': 'Última actualización: {date}',
  'page.lastReviewed': 'Última revisión: {date}',
  'page.edit': 'Editar esta página',
  'page.markdown': 'Markdown',
  'page.markdownLabel': 'Esta página en Markdown',
  'page.copyMarkdown': 'Copiar página',
  'page.copyMarkdownLabel': 'Copiar la página como Markdown',
  'page.copiedMarkdown': 'Copiada',
  'page.copiedMarkdownStatus': 'La página se ha copiado como Markdown.',
  'page.copyMarkdownBlocked': 'La copia está bloqueada; abre el enlace de Markdown y copia la página desde allí.',
  'toc.heading': 'En esta página',
  'backlinks.heading': 'Páginas que enlazan aquí',
  'backlinks.inSection': '{page}, en {section}',
  'sources.heading': 'Fuentes',
  'sources.basedOn': 'Basado en',
  'sources.by': 'de {author}',

  // Self-links on headings and glossary terms, and their copy buttons
  'links.toSection': 'Enlace a la sección: {name}',
  'links.toTerm': 'Enlace al término: {name}',
  'links.copy': 'Copiar enlace',
  'links.copyToSection': 'Copiar enlace a la sección: {name}',
  'links.copyToTerm': 'Copiar enlace al término: {name}',
  'links.copied': 'Copiado',
  'links.copiedStatus': 'Enlace copiado: {url}',
  'links.copyBlocked': 'La copia está bloqueada; el enlace está ahora en la barra de direcciones.',
  'links.copySection': 'Copiar sección',
  'links.copySectionOf': 'Copiar la sección «{name}» como Markdown',
  'links.copiedSectionStatus': 'Sección «{name}» copiada como Markdown, con su enlace.',
  'links.copySectionBlocked': 'No se pudo copiar esta sección; el enlace de Markdown de la página la incluye completa.',
  'links.sectionTools': 'Herramientas de la sección «{name}»',
  'diagram.name': 'Diagrama',
  'links.external': '(sitio externo)',
  'links.source': 'Código fuente',
  'links.sourceOfSection': 'Ver el código fuente de la sección «{name}» (líneas {start}–{end})',
  'links.sourceOfSectionLine': 'Ver el código fuente de la sección «{name}» (línea {start})',
  'links.report': 'Informar',
  'links.reportSection': 'Informar de un problema en la sección «{name}»',
  'report.title': 'Problema en «{section}» ({page})',
  'report.body': '[{section}]({sectionUrl}), {source}\n\n¿Qué está mal y qué debería decir?\n',
  'report.source': '`{file}` en el commit {commit}',
  'report.sourceUncommitted': '`{file}` (todavía sin commit)',

  // Code blocks
  'code.copy': 'Copiar',
  'code.copyLabel': 'Copiar código',
  'code.copyLabelNamed': 'Copiar código: {title}',
  'code.copied': 'Copiado',
  'code.copyBlocked': 'Pulsa Ctrl+C',

  // Callouts (:::note and friends)
  'callout.note': 'Nota',
  'callout.tip': 'Consejo',
  'callout.caution': 'Precaución',
  'callout.danger': 'Peligro',

  // Checklist tools
  'checklist.progress': 'Completadas: {done} de {total}',
  'checklist.progressLabel': 'Progreso de la lista de verificación',
  'checklist.copy': 'Copiar como Markdown',
  'checklist.reset': 'Restablecer',
  'checklist.exportLabel': 'Lista de verificación en Markdown',
  'checklist.copied': 'Copiado en el portapapeles.',
  'checklist.copyBlocked': 'Aquí no se puede copiar: el Markdown está seleccionado abajo; cópialo a mano.',
  'checklist.resetConfirm': '¿Desmarcar todas las casillas de esta página?',
  'checklist.resetDone': 'Progreso borrado.',
  'checklist.exportDone': 'Completadas: {done} de {total}.',

  // Glossary page
  'glossary.termIndex': 'Términos',
  'glossary.usedIn': 'Se usa en:',

  // Home page
  'home.searchLabel': 'Buscar en este sitio',
  'home.searchSubmit': 'Buscar',
  'home.sectionsHeading': 'Secciones',
  'home.allPages': 'Las {count} páginas…',

  // Search: the dialog, the search page and the results
  'search.title': 'Búsqueda',
  'search.description': 'Busca en todas las páginas de {site}.',
  'search.label': 'Buscar en este sitio',
  'search.close': 'Cerrar',
  'search.noScript':
    'La búsqueda necesita JavaScript, que está desactivado o bloqueado en este navegador. Todas las páginas están a uno o dos clics de estas secciones:',
  'search.prompt': 'Escribe para buscar en todas las páginas.',
  'search.unavailable':
    'La búsqueda no está disponible: no se pudo cargar el índice de búsqueda. Vuelve a intentarlo más tarde o explora las secciones.',
  'search.sectionFacet': 'Sección',
  'search.tagFacet': 'Etiqueta',
  'search.filterByTag': 'Filtrar por etiqueta',
  'search.pagesHeading': 'Páginas',
  'search.termsHeading': 'Glosario',
  'search.morePages': 'Mostrar más resultados (se muestran {shown} de {total})',
  'search.moreTerms': 'Mostrar más términos (se muestran {shown} de {total})',
  'search.noResults': 'No hay resultados. Prueba con menos palabras o con otras, o quita un filtro.',
  'search.noResultsFor': 'No hay resultados para «{query}». Prueba con menos palabras o con otras, o quita un filtro.',
  'search.summary': '{results}: {pages} y {terms}.',
  'search.summaryFor': '{results} para «{query}»: {pages} y {terms}.',
  'search.results.one': '{count} resultado',
  'search.results.many': '{count} resultados',
  'search.results.other': '{count} resultados',
  'search.pages.one': '{count} página',
  'search.pages.many': '{count} páginas',
  'search.pages.other': '{count} páginas',
  'search.terms.one': '{count} término del glosario',
  'search.terms.many': '{count} términos del glosario',
  'search.terms.other': '{count} términos del glosario',

  // Tags
  'tags.title': 'Etiquetas',
  'tags.description': 'Todas las etiquetas temáticas de este sitio, con el número de páginas de cada una.',
  'tags.pageTitle': 'Páginas con la etiqueta #{tag}',
  'tags.pageDescription': 'Páginas sobre {tag}.',
  'tags.all': 'Todas las etiquetas',

  // Pages that are not there
  'notFound.title': 'Página no encontrada',
  'notFound.description': 'Esta página no existe. Prueba con las secciones o con la búsqueda.',
  'notFound.text':
    'La página que buscas no está aquí. Puede que se haya movido; estos lugares son un buen punto de partida:',
  'redirect.title': 'Se ha movido: {title}',
  'redirect.heading': 'Esta página se ha movido',
  'redirect.text': 'Ahora está en {link}.',
  'gone.title': 'Esta página se ha eliminado',
  'gone.description': 'Esta página se eliminó del sitio a propósito.',
  'gone.text': 'Se retiró del sitio a propósito. El lugar más cercano que sigue aquí: {link}.',
  // The language switcher and the notices of pages in other languages than the original
  'locale.switcher': 'Idioma: {language}. Elegir otro',
  'locale.notTranslated': 'aún sin traducir',
  'locale.fallbackNotice': 'Esta página aún no está traducida, así que se muestra en su idioma original ({original}).',
  'locale.helpTranslate': 'Ayuda a traducirla',
  'locale.outdatedNotice': 'El original ha cambiado desde esta traducción.',
  'locale.outdatedDiff': 'Ver qué ha cambiado',
  'search.allLanguages': 'Buscar en todos los idiomas',
} satisfies Record<string, string>;
