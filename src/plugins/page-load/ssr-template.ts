/**
 * Runs in the page, so it is plain ES5 in a string rather than compiled TypeScript.
 * The scripts start once the browser reports the first contentful paint: that entry comes
 * after the frame has reached the screen, which an animation frame alone does not promise.
 * Browsers without paint timing, and hidden tabs that never paint, start after a second.
 * `async = false` keeps the scripts in order: runtime, then the page's route chunks (listed by
 * the build in `#route-chunks`), then main, which so finds them loaded instead of inserting
 * them one by one while it evaluates. Inserting a script costs Chrome about a millisecond
 * (more on a phone), so they go in one per task, handed on through a message channel, which
 * unlike a zero timeout is not throttled when nested; the order holds across tasks.
 */
const loader = `function (sources) {
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var routeChunks = document.getElementById('route-chunks');
    var chunks = routeChunks ? JSON.parse(routeChunks.textContent) : [];
    var queue = sources.slice(0, -1).concat(chunks, sources.slice(-1));
    var channel = window.MessageChannel ? new MessageChannel() : null;
    function insertNext() {
      var script = document.createElement('script');
      script.src = queue.shift();
      script.async = false;
      document.body.appendChild(script);
      if (queue.length === 0) return;
      ONE_TASK_PER_SCRIPT
    }
    if (channel) channel.port1.onmessage = insertNext;
    insertNext();
  }
  try {
    new PerformanceObserver(function (entries, observer) {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(start);
    }).observe({type: 'paint', buffered: true});
  } catch (error) {
    // No paint timing: the timer below starts the scripts.
  }
  setTimeout(start, 1000);
}`;

/**
 * Docusaurus' page template, with one change: the scripts start only after the first paint.
 *
 * With `<script defer>`, a browser that already has the scripts (a repeat visit, a fast
 * connection) runs all of main.js before it paints anything, so on a slow phone the text
 * stays blank for the few hundred milliseconds that evaluation takes. Here the scripts are
 * fetched just as early (preload), but run after the first frame: the page is readable
 * first and becomes interactive right after. Without JavaScript nothing changes: every page
 * is complete HTML.
 *
 * The loader is an inline script; the build adds its hash to the CSP in `_headers`.
 */
/** The template; `oneTaskPerScript: false` (ablation only) inserts all scripts in one task. */
export const paintFirstTemplate = (oneTaskPerScript = true) => `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>(${loader.replace('ONE_TASK_PER_SCRIPT', oneTaskPerScript ? 'if (channel) channel.port2.postMessage(null);\n      else setTimeout(insertNext);' : 'insertNext();')})(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)</script>
  </body>
</html>
`;

export const paintFirstSsrTemplate = paintFirstTemplate();
