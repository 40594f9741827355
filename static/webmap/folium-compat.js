/* webmap: what folium's templates need from jQuery, without jQuery (part of webmap, MIT).
 *
 * folium 0.20 calls jQuery in exactly two places: Popup content is built with $(`<div>…</div>`)[0], and
 * Map(keep_in_front) uses $(document).ready(fn). webmap's maps load no jQuery (offline, and 87 KB lighter), so this
 * file answers those two calls and fails loudly on anything else. It also makes Leaflet's attribution prefix plain
 * text, so the map links to nothing. Loaded right after leaflet.js (it replaces folium's "jquery" asset).
 */
(function () {
  "use strict";
  if (!window.jQuery) {
    var ready = {
      ready: function (fn) {
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", fn);
        } else {
          fn();
        }
      }
    };
    window.$ = function (arg) {
      if (typeof arg === "string" && arg.trim().charAt(0) === "<") {
        var t = document.createElement("template");  // parsed inert: nothing runs until Leaflet inserts it
        t.innerHTML = arg.trim();
        return Array.prototype.slice.call(t.content.children);
      }
      if (arg === document) {
        return ready;
      }
      throw new Error("webmap: jQuery is not loaded; folium-compat.js only supports $(html) and $(document).ready");
    };
  }
  if (window.L && L.Control && L.Control.Attribution) {
    L.Control.Attribution.prototype.options.prefix = "Leaflet";
  }
})();
