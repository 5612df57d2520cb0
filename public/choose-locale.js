// The root page's redirect: the remembered choice of language, else the first of the browser's
// languages that the site publishes, else the default. A classic script from the site itself,
// loaded before the page paints (no flash of the chooser), so the page's Content-Security-Policy
// needs no inline script; its data is the JSON in #locale-choices, written by src/pages/index.astro.
(function () {
  var island = document.getElementById('locale-choices');
  if (!island) return;
  var data = JSON.parse(island.textContent);
  var choices = data.choices;
  var tags = choices.map(function (c) { return c.tag; });
  var pick = null;
  try { pick = localStorage.getItem(data.key); } catch (e) { pick = null; }
  if (tags.indexOf(pick) < 0) {
    pick = null;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < wanted.length && !pick; i++) {
      var w = String(wanted[i]).toLowerCase();
      for (var j = 0; j < choices.length && !pick; j++) {
        var lang = choices[j].lang.toLowerCase();
        if (w === lang || w === choices[j].tag || w.split('-')[0] === lang.split('-')[0]) pick = choices[j].tag;
      }
    }
  }
  location.replace('/' + (pick || data.fallback) + '/' + location.hash);
})();
