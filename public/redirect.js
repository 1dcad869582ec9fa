// Redirect pages (from front matter `redirect_from`): go on to the new URL, keeping the #anchor the reader came
// with. A blocking script in <head>, so the old page never paints; <noscript> and a visible link cover no-JS.
(function () {
  var target = document.currentScript && document.currentScript.getAttribute('data-target');
  if (target) location.replace(target + location.hash);
})();
