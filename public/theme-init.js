// Runs before the page paints (a blocking script in <head>, kept tiny) so a saved theme never flashes the
// wrong colours, and marks that scripts run so no-JS fallbacks can step aside.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch (e) {
    /* storage blocked: follow the system theme */
  }
})();
