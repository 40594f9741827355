/* webmap map chrome: panels, labels, a layout that adapts, and talking to the page around the map (MIT).
 *
 * The page calls webmapChrome(map, config, places, layersControl) once; config comes from webmap/draw/leaflet.py (the
 * scene: title, legend and itinerary HTML, already escaped; labels with ranks; the journey's box). Everything is
 * kept on the map (map.webmap) and its container: two maps in one page share nothing. window.webmap names the
 * page's first map, for page scripts.
 */
(function () {
  "use strict";
  var COMPACT_W = 640, COMPACT_H = 480;

  function rectOf(el, origin) {
    var r = el.getBoundingClientRect();
    return {x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height};
  }

  /* The controls a reader sees: not those folded away inside a closed <details> (the layer list in the compact
     fold), which Chromium still gives a box. */
  function shownControls(container) {
    return Array.prototype.filter.call(container.querySelectorAll(".leaflet-control-container .leaflet-control"),
      function (el) {
        var folded = el.parentElement && el.parentElement.closest("details");
        return el.offsetWidth > 0 && !(folded && !folded.open);
      });
  }

  function overlaps(a, b, gap) {
    gap = gap || 0;
    return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
  }

  /* Labels: always visible. Each tries the spots around its point, then spots farther out joined to it by a short
     leader line, then (below the origin and the destination) the same at a smaller size; only then does it yield,
     and labels are placed in rank order, so the lower-ranked one yields. webmap/draw/labels.py does the same. */
  var FAR = [16, 32, 52, 76], SMALLER = 0.85;
  var DIRECTIONS = [[1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1]];

  function labelSpots(item, w, h) {
    if (item.kind === "country") { return [[-w / 2, -h / 2, 1, false]]; }
    var out = [], scales = item.rank > 1 ? [1, SMALLER] : [1];
    scales.forEach(function (s) {
      var sw = w * s, sh = h * s, r = (item.size || 0) / 2 + 4;
      [[r, -sh / 2], [-r - sw, -sh / 2], [-sw / 2, -r - sh], [-sw / 2, r], [r, -r - sh + 4], [r, r - 4],
       [-r - sw, -r - sh + 4], [-r - sw, r - 4]].forEach(function (d) { out.push([d[0], d[1], s, false]); });
      FAR.forEach(function (far) {
        DIRECTIONS.forEach(function (u) {
          var k = (u[0] && u[1]) ? (r + far) / Math.SQRT2 : r + far, ax = u[0] * k, ay = u[1] * k;
          out.push([ax + (u[0] > 0 ? 0 : u[0] < 0 ? -sw : -sw / 2), ay + (u[1] > 0 ? 0 : u[1] < 0 ? -sh : -sh / 2),
                    s, true]);
        });
      });
    });
    return out;
  }

  function crosses(line, box) {  /* does the segment pass through the box (Liang-Barsky) */
    var t0 = 0, t1 = 1, dx = line[2] - line[0], dy = line[3] - line[1];
    var edges = [[-dx, line[0] - box.x], [dx, box.x + box.w - line[0]], [-dy, line[1] - box.y],
                 [dy, box.y + box.h - line[1]]];
    for (var i = 0; i < 4; i++) {
      var p = edges[i][0], q = edges[i][1];
      if (p === 0) { if (q < 0) { return false; } continue; }
      var t = q / p;
      if (p < 0) { t0 = Math.max(t0, t); } else { t1 = Math.min(t1, t); }
      if (t0 > t1) { return false; }
    }
    return true;
  }

  var Labels = L.Layer.extend({
    initialize: function (items, panels) { this._items = items; this._panels = panels; },
    onAdd: function (map) {
      this._el = L.DomUtil.create("div", "wm-labels", map.getPane("mapPane"));
      this._el.setAttribute("aria-hidden", "true");  /* the markers and the text list carry the names */
      this._nodes = this._items.map(function (item) {
        var n = L.DomUtil.create("span", "wm-label wm-label-" + item.kind, this._el);
        n.textContent = item.text;
        if (item.place) { n.setAttribute("data-label", item.place); }
        return n;
      }, this);
      map.on("zoomend moveend resize layeradd layerremove", this._place, this);
      map.on("zoomstart", this._hide, this);
      this._place();
    },
    _hide: function () { this._el.style.visibility = "hidden"; },
    widest: function () {  /* the widest stop or event name, in pixels */
      var w = 0;
      this._items.forEach(function (item, i) {
        if (item.kind !== "country" && item.kind !== "mention") { w = Math.max(w, this._nodes[i].offsetWidth || 0); }
      }, this);
      return w;
    },
    onRemove: function (map) {
      map.off("zoomend moveend resize layeradd layerremove", this._place, this);
      map.off("zoomstart", this._hide, this);
      L.DomUtil.remove(this._el);
    },
    _leader: function (i, line, mapPane) {  /* a thin line from the marker's edge to the label, or none */
      var node = this._nodes[i], lead = node._leader;
      if (!line) { if (lead) { lead.style.visibility = "hidden"; } return; }
      if (!lead) {
        lead = node._leader = L.DomUtil.create("span", "wm-leader", this._el);
        if (this._items[i].place) { lead.setAttribute("data-leader", this._items[i].place); }
      }
      var dx = line[2] - line[0], dy = line[3] - line[1];
      lead.style.width = Math.round(Math.sqrt(dx * dx + dy * dy)) + "px";
      lead.style.transform = "translate(" + Math.round(line[0] - mapPane.x) + "px," + Math.round(line[1] - mapPane.y) +
                             "px) rotate(" + Math.atan2(dy, dx).toFixed(3) + "rad)";
      lead.style.visibility = "visible";
    },
    _place: function () {
      var map = this._map;
      if (!map || this._busy) { return; }
      this._busy = true;
      var origin = map.getContainer().getBoundingClientRect(), size = map.getSize();
      var taken = this._panels().map(function (el) { return rectOf(el, origin); });
      var zoom = map.getZoom(), items = this._items, nodes = this._nodes;
      var shown = function (item) {
        if (item.kind === "country") { return zoom <= 5.5; }
        var group = map.webmap && map.webmap.groups[item.layer];
        return !group || map.hasLayer(group);
      };
      items.forEach(function (item, i) {
        if (!shown(item)) { return; }
        var p = map.latLngToContainerPoint([item.lat, item.lon]), r = (item.size || 0) / 2;
        if (r) { taken.push({x: p.x + (item.dx || 0) - r, y: p.y + (item.dy || 0) - r, w: 2 * r, h: 2 * r}); }
        item._p = p;
        if (!nodes[i]._w) {  /* measured once, at full size */
          nodes[i].style.fontSize = "";
          nodes[i]._w = nodes[i].offsetWidth || item.text.length * 7;
          nodes[i]._h = nodes[i].offsetHeight || 16;
          nodes[i]._fs = parseFloat(window.getComputedStyle(nodes[i]).fontSize) || 12;
        }
      });
      var fixed = taken.length, ranks = [];
      items.forEach(function (item) { if (ranks.indexOf(item.rank) < 0) { ranks.push(item.rank); } });
      ranks.sort(function (a, b) { return a - b; });
      /* one pass in rank order (the labels in first lead their rank): where each label goes, or null */
      function greedy(first) {
        var order = items.map(function (_, i) { return i; }).sort(function (a, b) {
          return items[a].rank - items[b].rank || (first.indexOf(b) >= 0) - (first.indexOf(a) >= 0) || a - b;
        });
        var used = taken.slice(), lines = [], out = {};
        order.forEach(function (i) {
          var item = items[i], node = nodes[i], placed = null, line = null;
          if (!shown(item)) { return; }
          var p = item._p, spots = labelSpots(item, node._w, node._h), r = (item.size || 0) / 2;
          for (var k = 0; k < spots.length && !placed; k++) {
            var s = spots[k], w = node._w * s[2], h = node._h * s[2];
            var box = {x: p.x + s[0], y: p.y + s[1], w: w, h: h, scale: s[2]};
            var inside = box.x >= 2 && box.y >= 2 && box.x + w <= size.x - 2 && box.y + h <= size.y - 2;
            if (!inside || used.some(function (t) { return overlaps(box, t, 1); }) ||
                lines.some(function (ln) { return crosses(ln, box); })) { continue; }
            var lead = null;
            if (s[3]) {
              var nx = Math.min(Math.max(p.x, box.x), box.x + w), ny = Math.min(Math.max(p.y, box.y), box.y + h);
              var d = Math.max(Math.sqrt((nx - p.x) * (nx - p.x) + (ny - p.y) * (ny - p.y)), 1e-9);
              lead = [p.x + (nx - p.x) * r / d, p.y + (ny - p.y) * r / d, nx, ny];
              var own = {x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r};
              /* across another marker or label it would name the wrong point (a cluster's markers are crossed) */
              if (used.some(function (t, j) { return (j >= fixed || !overlaps(own, t, 0)) && crosses(lead, t); })) {
                continue;
              }
            }
            placed = box;
            line = lead;
          }
          if (placed) { used.push(placed); out[i] = {box: placed, line: line}; }
          if (line) { lines.push(line); }
        });
        return out;
      }
      /* a label left out is tried again first among its rank; the order leaving out fewest, from the top rank, wins */
      var best = null, bestCost = null, first = [];
      for (var attempt = 0; attempt <= 3; attempt++) {
        var got = greedy(first), left = [];
        var cost = ranks.map(function (rk) {
          return items.filter(function (item, i) { return item.rank === rk && shown(item) && !got[i]; }).length;
        });
        var better = !bestCost || cost.some(function (c, j) {
          return cost.slice(0, j).every(function (x, m) { return x === bestCost[m]; }) && c < bestCost[j];
        });
        if (better) { best = got; bestCost = cost; }
        items.forEach(function (item, i) { if (shown(item) && !got[i] && item.kind !== "country") { left.push(i); } });
        var fresh = left.filter(function (i) { return first.indexOf(i) < 0; });
        if (!fresh.length) { break; }
        first = first.concat(fresh);
      }
      var mapPane = L.DomUtil.getPosition(map.getPane("mapPane"));
      items.forEach(function (item, i) {
        var node = nodes[i], spot = best[i];
        if (spot) {
          node.style.fontSize = spot.box.scale < 1 ? (node._fs * spot.box.scale).toFixed(1) + "px" : "";
          node.style.transform = "translate(" + Math.round(spot.box.x - mapPane.x) + "px," +
                                 Math.round(spot.box.y - mapPane.y) + "px)";
          node.style.visibility = "visible";
        } else {
          node.style.visibility = "hidden";
        }
        this._leader(i, spot ? spot.line : null, mapPane);
      }, this);
      this._el.style.visibility = "";
      this._busy = false;
    }
  });

  function panel(map, position, className, html) {
    var C = L.Control.extend({options: {position: position}, onAdd: function () {
      var div = L.DomUtil.create("div", "wm-panel " + className);
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }});
    var c = new C();
    c.addTo(map);
    return c.getContainer();
  }

  function button(map, position, label, text, onClick) {
    var C = L.Control.extend({options: {position: position}, onAdd: function () {
      var div = L.DomUtil.create("div", "leaflet-bar wm-reset");
      var b = L.DomUtil.create("button", "", div);
      b.type = "button";
      b.title = label;
      b.setAttribute("aria-label", label);
      b.textContent = text;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.on(b, "click", onClick);
      return div;
    }});
    new C().addTo(map);
  }

  window.webmapChrome = function (map, cfg, places, layers) {
    var container = map.getContainer();
    var compact = container.clientWidth < COMPACT_W || container.clientHeight < COMPACT_H;
    container.classList.add("wm-map", compact ? "wm-compact" : "wm-wide");
    if (cfg.style === "dark") { container.classList.add("wm-dark"); }
    container.style.background = cfg.sea;
    map.setMinZoom(cfg.minZoom || 2);
    map.setMaxZoom(cfg.maxZoom || 12);
    var panels = [];
    if (compact) {  /* one control: everything folded behind a single button */
      var fold = panel(map, "topleft", "wm-fold",
        '<details><summary>' + cfg.short + '</summary><div class="wm-fold-body">' + cfg.title +
        '<div class="wm-legend">' + cfg.legend + '</div><div class="wm-itinerary">' + cfg.itinerary +
        '</div></div></details>');
      var body = fold.querySelector(".wm-fold-body");
      var h1 = body.querySelector("h1");
      if (h1) {  /* the page keeps its heading while folded: read, not shown (the summary shows the title) */
        var shown = document.createElement("p");
        shown.className = "wm-fold-title";
        shown.innerHTML = h1.innerHTML;
        h1.parentNode.replaceChild(shown, h1);
        h1.className = "wm-sr";
        fold.insertBefore(h1, fold.firstChild);
      }
      var lc = layers.getContainer();
      lc.parentNode.removeChild(lc);
      body.appendChild(lc);
      panels.push(fold);
    } else {
      panels.push(panel(map, "topleft", "wm-title", cfg.title));
      panels.push(panel(map, "bottomright", "wm-legend", cfg.legend));
      panels.push(panel(map, "bottomleft", "wm-itinerary", cfg.itinerary));
      panels.push(layers.getContainer());
      if (container.clientWidth < 1240 || container.clientHeight < 640) {  /* the legend starts folded, so the */
        var legend = container.querySelector(".wm-legend details");   /* map and the timeline stay in view */
        if (legend) { legend.open = false; }
      }
    }
    var groups = {};
    Object.keys(layers._layers || {}).forEach(function (k) {
      var entry = layers._layers[k];
      groups[entry.name] = entry.layer;
    });
    function fitView() {
      var b = cfg.bounds, size = map.getSize();
      map.stop();  /* a pan still running would land after the fit and undo it */
      if (!b) { return; }
      var origin = container.getBoundingClientRect();
      /* room at the sides for the names beside the outermost stops */
      var side = Math.round(Math.min(Math.max(40, labels.widest() + 24), size.x / 6));
      var top = 10, bottom = 10, left = side, right = side;
      shownControls(container).forEach(function (el) {
        var r = rectOf(el, origin);
        if (r.w === 0 || el.classList.contains("leaflet-control-attribution")) { return; }
        if (r.y < size.y / 2) { top = Math.max(top, r.y + r.h + 28); } else { bottom = Math.max(bottom, size.y - r.y + 28); }
        if (r.x < size.x / 2) { left = Math.max(left, r.x + r.w + 40); } else { right = Math.max(right, size.x - r.x + 40); }
      });
      /* Between the panels above and below, or between those left and right: whichever shows the journey larger. */
      var choices = [{paddingTopLeft: [side, top], paddingBottomRight: [side, bottom]},
                     {paddingTopLeft: [left, 40], paddingBottomRight: [right, 40]}];
      var best = choices[0], bestZoom = -1;
      map.options.minZoom = 0;  /* getBoundsZoom clamps to the limit: measure without it */
      choices.forEach(function (c) {
        var pad = L.point(c.paddingTopLeft).add(c.paddingBottomRight);
        if (size.x - pad.x < 60 || size.y - pad.y < 60) { return; }  /* no room between those panels */
        var z = map.getBoundsZoom(b, false, pad);
        if (z > bestZoom) { bestZoom = z; best = c; }
      });
      /* a journey round the world: the zoom limit lets the first view hold all of it */
      map.setMinZoom(Math.max(0, Math.min(cfg.minZoom || 2, Math.floor(bestZoom * 4) / 4)));
      best = L.extend({animate: false, maxZoom: 8}, best);
      pad.tl[0] = best.paddingTopLeft[0]; pad.tl[1] = best.paddingTopLeft[1];
      pad.br[0] = best.paddingBottomRight[0]; pad.br[1] = best.paddingBottomRight[1];
      map.fitBounds(b, best);
    }
    var pad = map._wmPad = map._wmPad || {tl: [16, 16], br: [16, 16]};
    button(map, "topleft", "Reset the view", "\u21BA", function () { fitView(); });
    var labels = new Labels(cfg.labels, function () {
      return shownControls(container);
    });
    labels.addTo(map);
    layers.addOverlay(labels, cfg.labelsLayer);

    function unfold() {  /* print the legend and the journey as text, not their folded headings */
      container.querySelectorAll(".wm-panel details").forEach(function (d) { d.open = true; });
    }
    window.addEventListener("beforeprint", unfold);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(cfg.attribution);

    /* Name what the keyboard reaches: markers by their place, legs by their summary. */
    function nameLayer(layer) {
      if (layer._icon) {
        var inner = layer._icon.querySelector("[aria-label]");
        if (inner) { layer._icon.setAttribute("aria-label", inner.getAttribute("aria-label")); inner.removeAttribute("role"); inner.removeAttribute("aria-label"); }
      }
      if (layer._path && /wm-leg-\d+/.test(layer.options.className || "")) {
        var n = /wm-leg-(\d+)/.exec(layer.options.className)[1];
        layer._path.setAttribute("tabindex", "0");
        layer._path.setAttribute("role", "button");
        layer._path.setAttribute("aria-label", cfg.legNames[n] || ("Leg " + n));
        if (!layer._wmKeys) {
          layer._wmKeys = true;
          L.DomEvent.on(layer._path, "keydown", function (e) {
            if (e.key === "Enter" || e.key === " ") { L.DomEvent.preventDefault(e); layer.openPopup(); }
          });
        }
      }
    }
    map.eachLayer(nameLayer);
    map.on("layeradd", function (e) { nameLayer(e.layer); });

    var keyOf = new Map();
    Object.keys(places).forEach(function (k) { keyOf.set(places[k], k); });
    function post(msg) {
      if (window.parent && window.parent !== window) { msg.webmap = msg.webmap || "map"; window.parent.postMessage(msg, "*"); }
    }
    function preferredHeight() {
      var w = container.clientWidth;
      return Math.round(Math.max(420, Math.min(900, w * 0.7)));
    }
    var api = {map: map, places: places, groups: groups, fit: fitView, labels: labels, focus: function (key) {
      var layer = places[key];
      if (!layer) { return false; }
      if (layer._map == null) { layer.addTo(map); }
      map.setView(layer.getLatLng(), Math.max(map.getZoom(), 6));
      layer.openPopup();
      return true;
    }};
    map.webmap = api;
    container.webmap = api;
    if (!window.webmap) { window.webmap = api; }
    /* A popup pans clear of the panels above and below it; if it cannot fit between them, the legend and the
       journey as text fold up to make room (the reader can open them again). */
    function room() {
      var size = map.getSize(), origin = container.getBoundingClientRect(), top = 10, bottom = 10;
      shownControls(container).forEach(function (el) {
        var r = rectOf(el, origin);
        if (r.w === 0 || el.classList.contains("leaflet-control-attribution")) { return; }
        if (r.y + r.h / 2 < size.y / 2) { top = Math.max(top, r.y + r.h + 10); }
        else { bottom = Math.max(bottom, size.y - r.y + 10); }
      });
      return {top: top, bottom: bottom, free: size.y - top - bottom};
    }
    map.on("popupopen", function (e) {
      var el = e.popup.getElement(), need = (el ? el.offsetHeight : 200) + 24, r = room();
      if (r.free < need) {
        container.querySelectorAll(".wm-legend details[open], .wm-itinerary details[open]").forEach(function (d) {
          if (!d.closest(".wm-fold")) { d.open = false; }
        });
        r = room();
      }
      /* too tall still: it scrolls; never wider than a phone */
      var o = e.popup.options;
      o.maxHeight = r.free < need ? Math.max(80, r.free - 48) : undefined;
      o._w = o._w || o.maxWidth;
      o.maxWidth = Math.max(160, Math.min(o._w, map.getSize().x - 70));
      pad.tl[0] = 10; pad.tl[1] = r.top; pad.br[0] = 10; pad.br[1] = r.bottom;
      e.popup._autopanning = false;
      e.popup.update();
    });
    map.on("popupopen", function (e) {
      var key = keyOf.get(e.popup._source);
      if (!key) { return; }
      if (window.history && window.history.replaceState && window.location.protocol !== "about:") {
        try { window.history.replaceState(null, "", "#place=" + encodeURIComponent(key)); } catch (err) { void err; }
      }
      post({webmap: "place", place: key});
    });
    function fromHash() {
      var m = /place=([a-z0-9_-]+)/.exec(window.location.hash);
      if (m) { api.focus(m[1]); }
    }
    window.addEventListener("hashchange", fromHash);
    window.addEventListener("message", function (e) {
      if (e.data && e.data.webmap === "focus") { api.focus(String(e.data.place)); }
    });
    function tellHeight() { post({webmap: "height", height: preferredHeight()}); }
    map.on("resize", tellHeight);
    window.setTimeout(function () {  /* after the timeline and every other control is in place */
      fitView();
      if (cfg.maxBounds) {  /* zoom limits that hold: the reader cannot wander off the journey's part of the world */
        map.options.maxBoundsViscosity = 1.0;
        map.setMaxBounds(cfg.maxBounds);
        map.stop();
      }
      labels._place();
      fromHash();
      tellHeight();
    }, 0);
    return api;
  };
})();
