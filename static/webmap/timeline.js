/* webmap timeline: step through a journey's dates on a Leaflet map.
 *
 * Pure DOM + Leaflet, no library (folium's TimestampedGeoJson would bring jQuery, moment and jQuery UI).
 * The page calls webmapTimeline(map, steps, options) once; steps come from webmap/draw/timeline.py as
 *   {date, heading, detail, label, legs: [leg order], events: [event index], places: [place key], cited}.
 * Story text only ever goes into the page with textContent. Highlighting is by class on the map's own elements:
 *   path.wm-leg-N (leg N), .wm-marker[data-event=I] (event I), .wm-marker[data-place=KEY] (stops and places),
 *   .wm-arrow (a leg's direction arrows, matched to the nearest leg).
 * Leaflet rebuilds an element when its layer is re-added (a layer toggled off and on), so every layer is
 * re-decorated on "layeradd".
 */
(function () {
  "use strict";

  var LEG_CLASS = /(?:^|\s)wm-leg-(\d+)(?:\s|$)/;
  var CASING_CLASS = /(?:^|\s)wm-casing-(\d+)(?:\s|$)/;  /* the under-stroke of leg N: dims and rises with it */

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  function make(tag, className, parent, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text != null) { el.textContent = text; }
    if (parent) { parent.appendChild(el); }
    return el;
  }

  function toggle(el, name, on) {
    if (el && el.classList) { el.classList.toggle(name, !!on); }
  }

  function flatLines(latlngs) {
    return L.LineUtil.isFlat(latlngs) ? [latlngs] : latlngs.reduce(function (acc, part) {
      return acc.concat(flatLines(part));
    }, []);
  }

  function distanceToLine(latlng, polyline) {
    var p = L.point(latlng.lng, latlng.lat), best = Infinity;
    flatLines(polyline.getLatLngs()).forEach(function (line) {
      for (var i = 0; i + 1 < line.length; i++) {
        var a = L.point(line[i].lng, line[i].lat), b = L.point(line[i + 1].lng, line[i + 1].lat);
        best = Math.min(best, L.LineUtil.pointToSegmentDistance(p, a, b));
      }
    });
    return best;
  }

  function bottomCentre(map) {
    // Leaflet has four corners; a fifth, centred at the bottom, keeps the timeline clear of legend and itinerary.
    if (!map._controlCorners || !map._controlContainer) { return "bottomleft"; }
    if (!map._controlCorners.bottomcenter) {
      map._controlCorners.bottomcenter = L.DomUtil.create("div", "leaflet-bottom wm-bottomcenter",
                                                          map._controlContainer);
    }
    return "bottomcenter";
  }

  window.webmapTimeline = function (map, steps, options) {
    options = options || {};
    var last = steps.length - 1;
    var state = {index: -1, timer: null};
    var casings = [], legs = [], arrows = [], markers = [];

    // -- what is on the map ----------------------------------------------------------------------------------
    function register(layer) {
      if (layer._wmTimeline) { return; }
      if (layer instanceof L.Polyline) {
        var m = LEG_CLASS.exec(layer.options.className || "");
        var c = CASING_CLASS.exec(layer.options.className || "");
        if (m) { layer._wmTimeline = {leg: +m[1]}; legs.push(layer); }
        else if (c) { layer._wmTimeline = {leg: +c[1], casing: true}; casings.push(layer); }
      } else if (layer instanceof L.Marker) {
        var icon = layer.options.icon && layer.options.icon.options;
        if (icon && /(?:^|\s)wm-arrow(?:\s|$)/.test(icon.className || "")) {
          layer._wmTimeline = {arrow: true}; arrows.push(layer);
        } else if (layer._icon && layer._icon.querySelector(".wm-marker")) {
          layer._wmTimeline = {marker: true}; markers.push(layer);
        }
      }
    }

    function legOfArrow(arrow) {
      if (arrow._wmTimeline.leg == null && legs.length) {
        var ll = arrow.getLatLng(), best = Infinity;
        legs.forEach(function (line) {
          var d = distanceToLine(ll, line);
          if (d < best) { best = d; arrow._wmTimeline.leg = line._wmTimeline.leg; }
        });
      }
      return arrow._wmTimeline.leg;
    }

    function markerEl(layer) {
      return layer._icon ? layer._icon.querySelector(".wm-marker") : null;
    }

    function isCurrent(layer, step) {
      var t = layer._wmTimeline;
      if (t.leg != null && !t.arrow) { return step.legs.indexOf(t.leg) >= 0; }
      if (t.arrow) { return step.legs.indexOf(legOfArrow(layer)) >= 0; }
      var el = markerEl(layer);
      if (!el) { return false; }
      var ev = el.getAttribute("data-event");
      if (ev != null) { return step.events.indexOf(+ev) >= 0; }
      return step.places.indexOf(el.getAttribute("data-place")) >= 0;
    }

    function decorate(layer) {
      var t = layer._wmTimeline;
      if (!t || !layer._map) { return; }
      var el = t.marker ? markerEl(layer) : (t.arrow ? layer._icon : layer._path);
      if (!el) { return; }
      var step = steps[state.index];
      var current = !!step && isCurrent(layer, step);
      toggle(el, "wm-current", current);
      toggle(el, "wm-dim", !!step && !current);
      if (t.leg != null && !t.arrow) {
        if (!t.casing) { toggle(el, "wm-flow", current && state.timer !== null); }
        if (current) { layer.bringToFront(); }  /* casings come first, so each lies under its own leg */
      }
    }

    function decorateAll() {
      casings.concat(legs, arrows, markers).forEach(decorate);
    }

    map.eachLayer(register);
    map.on("layeradd", function (e) { register(e.layer); decorate(e.layer); });

    function reveal(step) {
      // Bring the day's legs and places into view, without ever zooming in.
      var bounds = L.latLngBounds([]);
      legs.concat(markers).forEach(function (layer) {
        if (layer._map && isCurrent(layer, step)) {
          if (layer.getBounds) { bounds.extend(layer.getBounds()); } else { bounds.extend(layer.getLatLng()); }
        }
      });
      if (bounds.isValid() && !map.getBounds().contains(bounds)) {
        map.fitBounds(bounds, {padding: [60, 60], maxZoom: map.getZoom(), animate: !reducedMotion()});
      }
    }

    // -- the control -----------------------------------------------------------------------------------------
    var ui = {};
    var Control = L.Control.extend({
      options: {position: bottomCentre(map)},
      onAdd: function () {
        var root = make("div", "wm-panel wm-timeline");
        root.tabIndex = 0;
        root.setAttribute("role", "group");
        root.setAttribute("aria-label", "Timeline: step through the journey by date (left and right arrow keys)");
        var text = make("div", "wm-tl-text", root);
        text.setAttribute("aria-live", "polite");
        text.setAttribute("aria-atomic", "true");
        var top = make("div", "wm-tl-top", text);
        ui.date = make("strong", "wm-tl-date", top);
        ui.pos = make("span", "wm-tl-pos", top);
        ui.label = make("span", "wm-tl-label", text);
        var bar = make("div", "wm-tl-bar", root);
        ui.prev = button(bar, "wm-tl-prev", "Previous date", "\u2039", function () { api.prev(); });
        ui.play = button(bar, "wm-tl-play", "Play", "\u25B6", function () { api.toggle(); });
        ui.next = button(bar, "wm-tl-next", "Next date", "\u203A", function () { api.next(); });
        ui.dots = make("ol", "wm-tl-dots", bar);
        ui.dotButtons = steps.map(function (step, i) {
          var li = make("li", null, ui.dots);
          var b = button(li, step.cited ? "wm-tl-dot wm-tl-cited" : "wm-tl-dot", step.heading, "",
                         function () { api.step(i); });
          b.tabIndex = -1;  // the arrow keys reach every date; one tab stop per control is enough
          return b;
        });
        ui.all = button(bar, "wm-tl-all", "Show all dates", "All", function () { api.step(-1); });
        root.addEventListener("keydown", onKey);
        L.DomEvent.disableClickPropagation(root);
        L.DomEvent.disableScrollPropagation(root);
        ui.root = root;
        return root;
      }
    });

    function button(parent, className, label, glyph, onClick) {
      var b = make("button", className, parent);
      b.type = "button";
      b.setAttribute("aria-label", label);
      b.title = label;
      if (glyph) { make("span", null, b, glyph).setAttribute("aria-hidden", "true"); }
      b.addEventListener("click", onClick);
      return b;
    }

    function onKey(e) {
      var onRoot = e.target === ui.root;
      switch (e.key) {
        case "ArrowLeft": case "Left": api.prev(); break;
        case "ArrowRight": case "Right": api.next(); break;
        case "Home": api.step(0); break;
        case "End": api.step(last); break;
        case "Escape": case "Esc": api.step(-1); break;
        case " ": case "Spacebar": case "Enter":
          if (!onRoot) { return; }  // on a button these press the button
          api.toggle(); break;
        default: return;
      }
      e.preventDefault();
      e.stopPropagation();
    }

    function show() {
      var step = steps[state.index];
      var playing = state.timer !== null;
      ui.date.textContent = step ? step.heading : "All dates";
      ui.pos.textContent = step ? (state.index + 1) + " of " + steps.length : "";
      ui.label.textContent = step ? step.detail
        : steps[0].heading + (last > 0 ? " \u2013 " + steps[last].heading : "") + ": " + steps.length +
          (steps.length === 1 ? " dated step" : " dated steps") + ". Play, or use the arrow keys.";
      toggle(ui.root, "wm-tl-cited", step && step.cited);
      toggle(ui.root, "wm-tl-playing", playing);
      ui.play.setAttribute("aria-label", playing ? "Pause" : "Play");
      ui.play.title = playing ? "Pause" : "Play";
      ui.play.firstChild.textContent = playing ? "\u275A\u275A" : "\u25B6";
      ui.prev.setAttribute("aria-disabled", state.index < 0 ? "true" : "false");
      ui.next.setAttribute("aria-disabled", state.index >= last ? "true" : "false");
      ui.all.setAttribute("aria-pressed", state.index < 0 ? "true" : "false");
      ui.dotButtons.forEach(function (b, i) {
        if (i === state.index) { b.setAttribute("aria-current", "step"); } else { b.removeAttribute("aria-current"); }
      });
    }

    function go(i) {
      state.index = Math.max(-1, Math.min(last, i));
      decorateAll();
      show();
      if (steps[state.index]) { reveal(steps[state.index]); }
      return state.index;
    }

    function tick() {
      if (state.index >= last) { api.pause(); } else { go(state.index + 1); }
    }

    var api = {
      interval: options.interval || 2200,
      steps: steps.length,
      current: function () { return state.index; },
      playing: function () { return state.timer !== null; },
      step: function (i) { api.pause(); return go(Number(i)); },
      next: function () { api.pause(); return go(state.index + 1); },
      prev: function () { api.pause(); return go(state.index - 1); },
      play: function () {
        if (state.timer !== null) { return state.index; }
        state.timer = window.setInterval(tick, api.interval);
        return go(state.index < 0 || state.index >= last ? 0 : state.index);
      },
      pause: function () {
        if (state.timer === null) { return state.index; }
        window.clearInterval(state.timer);
        state.timer = null;
        decorateAll();
        show();
        return state.index;
      },
      toggle: function () { return state.timer !== null ? api.pause() : api.play(); }
    };

    new Control().addTo(map);
    show();
    map.webmap = map.webmap || {};  /* this map's own API (map.js); window.webmap is the page's first map */
    map.webmap.timeline = api;
    if (!window.webmap) { window.webmap = map.webmap; }
    return api;
  };
})();
