/**
 * The site's UI strings in Japanese: every key of `defaultUiStrings` (src/config/ui-strings.ts). Japanese has a
 * single plural category (`other`), so each plural key has that form only. Quotations take 「」, labels take a
 * full-width colon (：), and the wording is polite (です・ます).
 */

export default {
  // Header and navigation
  'header.search': '検索',
  'header.menu': 'メニュー',
  'nav.site': 'サイト',
  'nav.breadcrumbs': 'パンくずリスト',
  'nav.home': 'ホーム',
  'nav.allPages.other': '全{count}ページ…',
  'nav.prevNext': '前後のページ',
  'nav.previous': '前へ',
  'nav.next': '次へ',
  'nav.skipToContent': 'コンテンツにスキップ',
  'nav.folderToggle': '{label}のページ',
  'nav.more.other': 'ほか{count}件…',

  // The document head and footer
  'meta.pageTitle': '{title} | {site}',
  'footer.about': '{site}：{tagline}',
  'footer.rss': 'RSS',
  'footer.tags': 'タグ',

  // Colour theme toggle
  'theme.prefix': 'テーマ：',
  'theme.auto': '自動',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  'theme.switch': 'テーマ：{current}。「{next}」に切り替えます',

  // A page's header, history and neighbours
  'page.readingTime.other': '{count}分で読めます',
  'page.lastUpdated': '最終更新日：{date}',
  'page.lastReviewed': '最終レビュー日：{date}',
  'page.edit': 'このページを編集',
  'page.markdown': 'Markdown',
  'page.markdownLabel': 'このページのMarkdown版',
  'page.copyMarkdown': 'ページをコピー',
  'page.copyMarkdownLabel': 'ページをMarkdownとしてコピー',
  'page.copiedMarkdown': 'コピーしました',
  'page.copiedMarkdownStatus': 'ページをMarkdownとしてコピーしました。',
  'page.copyMarkdownBlocked': 'コピーがブロックされました。Markdownのリンクを開いて、そこからコピーしてください。',
  'toc.heading': 'このページの内容',
  'backlinks.heading': 'このページへのリンク',
  'backlinks.inSection': '{page}の「{section}」',
  'sources.heading': '出典',
  'sources.basedOn': '原典',
  'sources.by': '{author}著',

  // Self-links on headings and glossary terms, and their copy buttons
  'links.toSection': 'セクションへのリンク：{name}',
  'links.toTerm': '用語へのリンク：{name}',
  'links.copy': 'リンクをコピー',
  'links.copyToSection': 'セクションへのリンクをコピー：{name}',
  'links.copyToTerm': '用語へのリンクをコピー：{name}',
  'links.copied': 'コピーしました',
  'links.copiedStatus': 'リンクをコピーしました：{url}',
  'links.copyBlocked': 'コピーがブロックされました。リンクはアドレスバーに表示されています。',
  'links.copySection': 'セクションをコピー',
  'links.copySectionOf': 'セクション「{name}」をMarkdownとしてコピー',
  'links.copiedSectionStatus': 'セクション「{name}」をリンク付きのMarkdownとしてコピーしました。',
  'links.copySectionBlocked': 'このセクションをコピーできませんでした。ページのMarkdownリンクから全文を取得できます。',
  'links.sectionTools': 'セクション「{name}」のツール',
  'diagram.name': '図',
  'links.external': '（外部サイト）',
  'links.source': 'ソース',
  'links.sourceOfSection': 'セクション「{name}」のソースを表示（{start}～{end}行目）',
  'links.sourceOfSectionLine': 'セクション「{name}」のソースを表示（{start}行目）',
  'links.report': '報告',
  'links.reportSection': 'セクション「{name}」の問題を報告',
  'report.title': '「{section}」の問題（{page}）',
  'report.body': '[{section}]({sectionUrl})、{source}\n\nどこが間違っていて、どう書くべきでしょうか？\n',
  'report.source': '`{file}`（コミット {commit}）',
  'report.sourceUncommitted': '`{file}`（未コミット）',

  // Code blocks
  'code.copy': 'コピー',
  'code.copyLabel': 'コードをコピー',
  'code.copyLabelNamed': 'コードをコピー：{title}',
  'code.copied': 'コピーしました',
  'code.copyBlocked': 'Ctrl+Cを押してください',

  // Callouts (:::note and friends)
  'callout.note': 'メモ',
  'callout.tip': 'ヒント',
  'callout.caution': '注意',
  'callout.danger': '危険',

  // Checklist tools
  'checklist.progress': '{total}件中{done}件完了',
  'checklist.progressLabel': 'チェックリストの進捗',
  'checklist.copy': 'Markdownとしてコピー',
  'checklist.reset': 'リセット',
  'checklist.exportLabel': 'チェックリスト（Markdown）',
  'checklist.copied': 'クリップボードにコピーしました。',
  'checklist.copyBlocked':
    'ここではコピーがブロックされています。下のMarkdownを選択してあるので、手動でコピーしてください。',
  'checklist.resetConfirm': 'このページのチェックをすべて外しますか？',
  'checklist.resetDone': '進捗をクリアしました。',
  'checklist.exportDone': '{total}件中{done}件完了。',

  // Glossary page
  'glossary.termIndex': '用語一覧',
  'glossary.usedIn': '使用箇所：',

  // Home page
  'home.searchLabel': 'サイト内を検索',
  'home.searchSubmit': '検索',
  'home.sectionsHeading': 'セクション',
  'home.allPages': 'すべて表示（{count}件）…',

  // Search: the dialog, the search page and the results
  'search.title': '検索',
  'search.description': '{site}のすべてのページを検索します。',
  'search.label': 'サイト内を検索',
  'search.close': '閉じる',
  'search.noScript':
    '検索にはJavaScriptが必要ですが、このブラウザーでは無効になっているか、ブロックされています。どのページにも、次のセクションから1～2回のクリックでたどり着けます：',
  'search.prompt': '入力すると、すべてのページを検索します。',
  'search.unavailable':
    '検索を利用できません。検索インデックスを読み込めませんでした。しばらくしてからもう一度お試しいただくか、セクションからお探しください。',
  'search.sectionFacet': 'セクション',
  'search.tagFacet': 'タグ',
  'search.filterByTag': 'タグで絞り込む',
  'search.pagesHeading': 'ページ',
  'search.termsHeading': '用語集',
  'search.morePages': 'さらに結果を表示（{total}件中{shown}件を表示中）',
  'search.moreTerms': 'さらに用語を表示（{total}件中{shown}件を表示中）',
  'search.noResults': '結果が見つかりません。語を減らすか別の語で検索するか、フィルターを解除してください。',
  'search.noResultsFor':
    '「{query}」に一致する結果は見つかりません。語を減らすか別の語で検索するか、フィルターを解除してください。',
  'search.summary': '{results}（{pages}、{terms}）',
  'search.summaryFor': '「{query}」の{results}（{pages}、{terms}）',
  'search.results.other': '検索結果{count}件',
  'search.pages.other': 'ページ{count}件',
  'search.terms.other': '用語集の用語{count}件',

  // Tags
  'tags.title': 'タグ',
  'tags.description': 'このサイトで使われているすべてのトピックタグと、タグごとのページ数です。',
  'tags.pageTitle': 'タグ「#{tag}」が付いたページ',
  'tags.pageDescription': '{tag}に関するページです。',
  'tags.all': 'すべてのタグ',

  // Pages that are not there
  'notFound.title': 'ページが見つかりません',
  'notFound.description': 'このページは存在しません。セクションまたは検索をお試しください。',
  'notFound.text': 'お探しのページはここにはありません。移動した可能性があります。次のページから探してみてください：',
  'redirect.title': '移動しました：{title}',
  'redirect.heading': 'このページは移動しました',
  'redirect.text': '移動先は{link}です。',
  'gone.title': 'このページは削除されました',
  'gone.description': 'このページは意図的にサイトから削除されました。',
  'gone.text': 'このページは意図的にサイトから削除されました。現在も残っている最も近いページは{link}です。',
  // The language switcher and the notices of pages in other languages than the original
  'locale.switcher': '言語：{language}（ほかの言語を選ぶ）',
  'locale.notTranslated': '未翻訳',
  'locale.fallbackNotice': 'このページはまだ翻訳されていないため、原文の言語（{original}）で表示しています。',
  'locale.helpTranslate': '翻訳に協力する',
  'locale.outdatedNotice': 'この翻訳の作成後に原文が更新されています。',
  'locale.outdatedDiff': '変更点を見る',
  'search.allLanguages': 'すべての言語で検索',
} satisfies Record<string, string>;
