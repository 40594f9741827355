/* webmap's journey editor: the map beside the journey as a list a person can change, saved as revisions.
 *
 * Hand-written, no framework. Every change goes through change(), which keeps an undo snapshot and redraws the
 * list and the map from the journey (the journey file's own JSON). Text from the journey is only ever set with
 * textContent, never as HTML. The edit key comes from the URL fragment (#key=...) or this browser's storage and
 * is sent only in the Authorization header of a save.
 */
(function () {
  "use strict";

  var root = document.getElementById("editor");
  if (!root || !window.L) { return; }
  var cfg = JSON.parse(root.getAttribute("data-config"));
  var KEY_STORE = "webmap-edit-key:" + cfg.map, DRAFT_STORE = "webmap-draft:" + cfg.map;
  var MODE_COLOUR = {train: "#b3261e", flight: "#1f5fa8", car: "#6a3d9a", motorcade: "#6a3d9a", bus: "#6a3d9a",
                     foot: "#33691e", ship: "#00796b", ferry: "#00796b", unknown: "#555555"};
  var S = {j: null, base: null, etag: null, key: null, undo: [], redo: [], dirty: false, fitted: false,
           revisions: [], focusAfter: null};
  var $ = function (id) { return document.getElementById(id); };

  // -- small DOM helpers (text only, never HTML) -------------------------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) { return; }
      if (k === "text") { node.textContent = v; } else if (k.slice(0, 2) === "on") { node.addEventListener(k.slice(2), v); }
      else { node.setAttribute(k, v === true ? "" : String(v)); }
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined && c !== false) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); }
    });
    return node;
  }
  function status(text) { $("ed-status").textContent = text; }
  function alertBox(text, actions) {
    var box = $("ed-alert");
    box.textContent = "";
    if (!text) { box.hidden = true; return; }
    box.appendChild(el("p", {text: text}));
    if (actions && actions.length) { box.appendChild(el("p", {class: "ed-inline"}, actions)); }
    box.hidden = false;
  }
  function clone(o) { return JSON.parse(JSON.stringify(o)); }
  function placeName(key) { var p = S.j.places[key]; return p ? p.name : key; }
  function edited(obj) { return obj && obj.edited ? el("span", {class: "badge badge--edited", text: "edited by hand"}) : null; }

  // -- the key -------------------------------------------------------------------------------------------------
  function useKey(key) {
    S.key = key || null;
    if (S.key) { try { window.localStorage.setItem(KEY_STORE, S.key); } catch (e) { /* storage off */ } }
    $("ed-key-status").textContent = S.key ? "You hold this map’s edit key: your saves are accepted." :
      "Saving needs this map’s edit key (from the secret edit link its creator was given). Viewing does not.";
    $("ed-key-form").hidden = !!S.key;
    updateButtons();
  }
  function keyFrom(text) {
    var m = /(?:^|[#&])key=([A-Za-z0-9_-]+)/.exec(text);
    return m ? m[1] : (/^[A-Za-z0-9_-]{16,}$/.test(text.trim()) ? text.trim() : null);
  }
  (function () {
    var fromHash = keyFrom(window.location.hash);
    var stored = null;
    try { stored = window.localStorage.getItem(KEY_STORE); } catch (e) { /* storage off */ }
    if (fromHash) { window.history.replaceState(null, "", window.location.pathname + window.location.search); }
    useKey(fromHash || stored);
  })();
  $("ed-key-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var key = keyFrom($("ed-key-input").value);
    if (!key) { alertBox("That is not an edit key or an edit link."); return; }
    $("ed-key-input").value = "";
    alertBox("");
    useKey(key);
  });

  // -- the journey's shape -------------------------------------------------------------------------------------
  /* The stops in travel order; each says which leg arrives at it (null: the start of a run of legs). A place
     reached from a start the map does not have (an arrival) comes first when no leg starts there. */
  function stops(j) {
    var out = [], prevTo = null, inLegs = {};
    j.legs.forEach(function (l) { inLegs[l.from] = 1; inLegs[l.to] = 1; });
    (j.arrivals || []).forEach(function (a) {
      if (!inLegs[a.to] && !out.some(function (x) { return x.key === a.to; })) { out.push({key: a.to, leg: null}); }
    });
    j.legs.forEach(function (leg, i) {
      if (leg.from !== prevTo) { out.push({key: leg.from, leg: null}); }
      out.push({key: leg.to, leg: i});
      prevTo = leg.to;
    });
    return out;
  }
  function arrivalsAt(j, key) {
    return (j.arrivals || []).map(function (a, n) { return n; }).filter(function (n) { return j.arrivals[n].to === key; });
  }
  function routeKeys(j) {
    var keys = {};
    (j.arrivals || []).forEach(function (a) { keys[a.to] = 1; });
    j.legs.forEach(function (l) { keys[l.from] = 1; keys[l.to] = 1; (l.via || []).forEach(function (k) { keys[k] = 1; }); });
    j.events.forEach(function (e) { keys[e.place] = 1; });
    return keys;
  }
  function newKey(j, base) {
    var stem = (base || "stop").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "stop";
    var key = stem, n = 2;
    while (j.places[key]) { key = stem + "-" + n++; }
    return key;
  }
  function repoint(j, from, to) {
    j.legs.forEach(function (l) {
      if (l.from === from) { l.from = to; }
      if (l.to === from) { l.to = to; }
      if (l.crossing === from) { l.crossing = to; }
      if (l.via) { l.via = l.via.map(function (k) { return k === from ? to : k; }); }
    });
    (j.arrivals || []).forEach(function (a) { if (a.to === from) { a.to = to; } });
    j.events.forEach(function (e) { if (e.place === from) { e.place = to; } });
    j.mentions.forEach(function (m) { if (m.place === from) { m.place = to; } });
    delete j.places[from];
  }
  function dropIfUnused(j, key) {
    if (routeKeys(j)[key]) { return; }
    delete j.places[key];
    j.mentions = j.mentions.filter(function (m) { return m.place !== key; });
  }

  // -- changes (each one undoable) -----------------------------------------------------------------------------
  function change(what, fn) {
    var before = JSON.stringify(S.j);
    var draft = clone(S.j);
    var problem = fn(draft);
    if (problem) { alertBox(problem); render(); return false; }
    S.undo.push(before);
    S.redo = [];
    S.j = draft;
    S.dirty = true;
    alertBox("");
    render();
    status(what + " — not saved yet.");
    return true;
  }
  /* Undo and redo: move the journey from one stack of snapshots to the other. */
  function step(from, to, said) {
    if (!from.length) { return; }
    to.push(JSON.stringify(S.j));
    S.j = JSON.parse(from.pop());
    S.dirty = true;
    render();
    status(said);
  }
  function undo() { step(S.undo, S.redo, "Undone."); }
  function redo() { step(S.redo, S.undo, "Redone."); }

  function setPlace(key, c) {
    return change("Stop set to " + c.name, function (j) {
      var same = Object.keys(j.places).filter(function (k) {
        return k !== key && c.geonameid && j.places[k].geonameid === c.geonameid;
      })[0];
      if (same) { repoint(j, key, same); return null; }
      var p = j.places[key];
      p.name = c.name; p.country = c.country || ""; p.lat = c.lat; p.lon = c.lon; p.kind = c.kind || "city";
      p.source = c.source || "GeoNames"; p.edited = true;
      if (c.geonameid) { p.geonameid = c.geonameid; } else { delete p.geonameid; }
      delete p.note;
      return null;
    });
  }
  function movePlace(key, latlng) {
    change(placeName(key) + " moved on the map", function (j) {
      var p = j.places[key];
      p.lat = Math.round(latlng.lat * 1e5) / 1e5;
      p.lon = Math.round(((latlng.lng + 540) % 360 - 180) * 1e5) / 1e5;
      p.source = "placed by hand on the map"; p.edited = true;
      delete p.geonameid;
      return null;
    });
  }
  function removeStop(i, keepMention) {
    var st = stops(S.j), key = st[i].key;
    var hasMentions = S.j.mentions.some(function (m) { return m.place === key; });
    if (keepMention && !hasMentions) { alertBox("The article never names this place, so it cannot stay as a place merely mentioned."); return; }
    change((keepMention ? "Now only mentioned: " : "Removed stop ") + placeName(key), function (j) {
      var s = stops(j), inLeg = s[i].leg, next = s[i + 1];
      var outLeg = next && next.leg !== null ? next.leg : null;
      if (inLeg !== null && outLeg !== null) {
        var a = j.legs[inLeg], b = j.legs[outLeg];
        a.to = b.to; a.arrive = b.arrive || null; a.edited = true;
        a.via = (a.via || []).concat(b.via || []).filter(function (k) { return k !== key; });
        j.legs.splice(outLeg, 1);
      } else if (inLeg !== null) { j.legs.splice(inLeg, 1); } else if (outLeg !== null) { j.legs.splice(outLeg, 1); }
      if (j.arrivals) { j.arrivals = j.arrivals.filter(function (a) { return a.to !== key; }); }
      if (!keepMention) { dropIfUnused(j, key); }
      return null;
    });
  }
  function addStopAfter(i) {
    var key;
    change("Stop added", function (j) {
      var s = stops(j), here = s[i], next = s[i + 1];
      var A = here ? j.places[here.key] : null;
      key = newKey(j, "new-stop");
      var p = {name: "New stop", kind: "city", source: "placed by hand on the map", edited: true, lat: 0, lon: 0};
      if (next && next.leg !== null) {
        var L = j.legs[next.leg], B = j.places[next.key];
        if (A && B && A.lat !== undefined && B.lat !== undefined) { p.lat = (A.lat + B.lat) / 2; p.lon = (A.lon + B.lon) / 2; }
        j.legs.splice(next.leg + 1, 0, {traveller: L.traveller, from: key, to: L.to, mode: L.mode, arrive: L.arrive || null, edited: true});
        L.to = key; L.arrive = null; L.edited = true;
      } else {
        var prev = here && here.leg !== null ? j.legs[here.leg] : j.legs[j.legs.length - 1];
        if (A && A.lat !== undefined) { p.lat = A.lat; p.lon = Math.min(180, A.lon + 2); }
        var from = here ? here.key : Object.keys(j.places)[0];
        var at = here && here.leg !== null ? here.leg + 1 : (here ? 0 : j.legs.length);
        j.legs.splice(at, 0, {traveller: prev ? prev.traveller : "", from: from, to: key, mode: prev ? prev.mode : "unknown", edited: true});
      }
      p.lat = Math.round(p.lat * 1e5) / 1e5; p.lon = Math.round(p.lon * 1e5) / 1e5;
      j.places[key] = p;
      return null;
    });
    S.focusAfter = "place-" + (i + 1);
    render();
    var input = $(S.focusAfter);
    if (input) { input.focus(); }
  }
  function moveStop(i, dir) {
    var target = i + dir;
    change("Stops reordered", function (j) {
      var s = stops(j);
      if (target < 0 || target >= s.length) { return "That stop cannot move further."; }
      var keys = s.map(function (x) { return x.key; });
      var t = keys[i]; keys[i] = keys[target]; keys[target] = t;
      var bad = null;
      s.forEach(function (x, n) {
        if (x.leg === null) { return; }
        var leg = j.legs[x.leg];
        if (leg.from !== keys[n - 1] || leg.to !== keys[n]) { leg.edited = true; }
        leg.from = keys[n - 1]; leg.to = keys[n];
        if (leg.from === leg.to) { bad = "That order would make a leg start and end at the same place."; }
      });
      return bad;
    });
    S.focusAfter = (dir < 0 ? "up-" : "down-") + target;
  }
  function setLeg(index, field, value) {
    return change("Leg " + (index + 1) + ": " + field + " changed", function (j) {
      var leg = j.legs[index];
      leg.edited = true;
      if (value === "" && field !== "traveller") { delete leg[field]; } else { leg[field] = value; }
      if (leg.depart && leg.arrive && leg.arrive < leg.depart) {
        return "Leg " + (index + 1) + ": the arrival (" + leg.arrive + ") is before the departure (" + leg.depart + ").";
      }
      return null;
    });
  }
  function setArrival(index, field, value) {
    return change("Arrival changed", function (j) {
      var a = j.arrivals[index];
      a.edited = true;
      if (value === "" && field !== "traveller") { delete a[field]; } else { a[field] = value; }
      return null;
    });
  }
  function setEvent(index, field, value) {
    return change("Event changed", function (j) {
      var ev = j.events[index];
      ev.edited = true;
      if (value === "" && field !== "title") { delete ev[field]; } else { ev[field] = value; }
      if (ev.date && ev.end_date && ev.end_date < ev.date) { return "The event ends before it starts."; }
      return null;
    });
  }

  // -- the list ------------------------------------------------------------------------------------------------
  function field(id, label, input) {
    input.id = id;
    return el("p", {class: "ed-field"}, [el("label", {for: id, text: label}), input]);
  }
  function quoteOf(obj) {
    var qs = [obj.quote].concat(obj.more_quotes || []).filter(Boolean);
    return qs.map(function (q) { return el("blockquote", {class: "quote", text: "“" + q.text + "”"}); });
  }
  function legBlock(index) {
    var leg = S.j.legs[index];
    var mode = el("select", {onchange: function (e) { setLeg(index, "mode", e.target.value); }},
      cfg.modes.map(function (m) { return el("option", {value: m, selected: m === leg.mode, text: m}); }));
    var prov = [];
    if (leg.citation) { prov.push(el("span", {class: "badge badge--cited", text: "not in the article"})); }
    if (leg.inferred) { prov.push(el("span", {class: "badge badge--inferred", text: "inferred"})); }
    return el("div", {class: "ed-leg", role: "group", "aria-labelledby": "leg-h-" + index}, [
      el("p", {class: "ed-leg-head", id: "leg-h-" + index}, [
        el("strong", {text: "Leg " + (index + 1) + ": " + placeName(leg.from) + " → " + placeName(leg.to)})].concat(prov, [edited(leg)])),
      el("div", {class: "ed-leg-fields"}, [
        field("leg-" + index + "-traveller", "Traveller", el("input", {type: "text", value: leg.traveller || "",
          onchange: function (e) { setLeg(index, "traveller", e.target.value); }})),
        field("leg-" + index + "-mode", "Mode", mode),
        field("leg-" + index + "-depart", "Leaves", el("input", {type: "date", value: leg.depart || "",
          onchange: function (e) { setLeg(index, "depart", e.target.value); }})),
        field("leg-" + index + "-arrive", "Arrives", el("input", {type: "date", value: leg.arrive || "",
          onchange: function (e) { setLeg(index, "arrive", e.target.value); }}))]),
    ].concat(quoteOf(leg)));
  }
  function arrivalBlock(index) {
    var a = S.j.arrivals[index], id = "arr-" + index;
    var mode = el("select", {onchange: function (e) { setArrival(index, "mode", e.target.value); }},
      cfg.modes.map(function (m) { return el("option", {value: m, selected: m === (a.mode || "unknown"), text: m}); }));
    var prov = a.inferred ? [el("span", {class: "badge badge--inferred", text: "inferred"})] : [];
    return el("div", {class: "ed-leg ed-arrival", role: "group", "aria-labelledby": id + "-h"}, [
      el("p", {class: "ed-leg-head", id: id + "-h"}, [
        el("strong", {text: "Arrives at " + placeName(a.to) + " (" + cfg.startNotGiven + ")"})].concat(prov, [edited(a)])),
      el("div", {class: "ed-leg-fields"}, [
        field(id + "-traveller", "Traveller", el("input", {type: "text", value: a.traveller || "",
          onchange: function (e) { setArrival(index, "traveller", e.target.value); }})),
        field(id + "-mode", "Mode", mode),
        field(id + "-arrive", "Arrives", el("input", {type: "date", value: a.arrive || "",
          onchange: function (e) { setArrival(index, "arrive", e.target.value); }}))]),
    ].concat(quoteOf(a)));
  }
  function placeMeta(p) {
    var bits = [p.admin1, p.country, p.kind].filter(Boolean);
    return bits.join(", ");
  }
  function renderStops() {
    var list = $("ed-stops");
    list.textContent = "";
    var st = stops(S.j);
    if (!st.length) { list.appendChild(el("li", {text: "No legs: add a stop to start the journey."})); }
    st.forEach(function (s, i) {
      var p = S.j.places[s.key] || {name: s.key};
      var where = p.lat === undefined || p.lat === null ? "not on the map (no coordinates)" : placeMeta(p);
      var li = el("li", {class: "ed-stop", id: "stop-" + i}, [
        s.leg !== null ? legBlock(s.leg) : null].concat(s.leg === null ? arrivalsAt(S.j, s.key).map(arrivalBlock) : [], [
        el("div", {class: "ed-stop-body", role: "group", "aria-labelledby": "stop-h-" + i}, [
          el("p", {class: "ed-stop-head", id: "stop-h-" + i}, [
            el("span", {class: "ed-num", text: String(i + 1)}), " ",
            el("strong", {text: p.name}), " ",
            el("span", {class: "ed-meta", text: where}), " ", edited(p)]),
          searchBox(i, s.key),
          el("p", {class: "ed-actions"}, [
            el("button", {type: "button", id: "up-" + i, disabled: i === 0, "aria-label": "Move stop " + (i + 1) + " (" + p.name + ") up",
              text: "Up", onclick: function () { moveStop(i, -1); }}),
            el("button", {type: "button", id: "down-" + i, disabled: i === st.length - 1, "aria-label": "Move stop " + (i + 1) + " (" + p.name + ") down",
              text: "Down", onclick: function () { moveStop(i, 1); }}),
            el("button", {type: "button", "aria-label": "Remove stop " + (i + 1) + " (" + p.name + ")", text: "Remove",
              onclick: function () { removeStop(i, false); }}),
            el("button", {type: "button", "aria-label": "Only mentioned: keep " + p.name + " as a place the article names, not a stop", text: "Only mentioned",
              onclick: function () { removeStop(i, true); }}),
            el("button", {type: "button", "aria-label": "Add stop after stop " + (i + 1) + " (" + p.name + ")", text: "Add stop after",
              onclick: function () { addStopAfter(i); }})])])]));
      list.appendChild(li);
    });
  }

  // -- place search (an ARIA combobox) ---------------------------------------------------------------------------
  var searchSeq = 0;
  function searchBox(i, key) {
    var id = "place-" + i, listId = "place-" + i + "-list";
    var p = S.j.places[key] || {};
    var input = el("input", {id: id, type: "text", role: "combobox", "aria-autocomplete": "list", "aria-expanded": "false",
                             "aria-controls": listId, autocomplete: "off", placeholder: "Type a place name",
                             "aria-describedby": id + "-hint"});
    var box = el("ul", {id: listId, role: "listbox", class: "ed-suggest", hidden: true, "aria-label": "Places matching"});
    var hint = el("span", {id: id + "-hint", class: "visually-hidden", text: "Suggestions appear as you type; arrow keys to choose, Enter to pick."});
    var items = [], active = -1, timer = null;
    function close() { box.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; }
    function show(list, note) {
      items = list; active = -1; box.textContent = "";
      list.forEach(function (c, n) {
        var meta = [c.admin1, c.country, c.kind, c.population ? "pop. " + c.population.toLocaleString("en") : ""].filter(Boolean).join(" · ");
        box.appendChild(el("li", {role: "option", id: listId + "-" + n, "aria-selected": "false", class: "ed-option",
          onmousedown: function (e) { e.preventDefault(); pick(n); }},
          [el("span", {class: "ed-opt-name", text: c.name}), " ", el("span", {class: "ed-meta", text: meta}),
           c.runnerUp ? el("span", {class: "badge", text: "runner-up"}) : null]));
      });
      if (!list.length) { box.appendChild(el("li", {class: "ed-none", text: note || "No place of that name in the gazetteer."})); }
      box.hidden = false; input.setAttribute("aria-expanded", "true");
    }
    function move(to) {
      if (!items.length) { return; }
      active = (to + items.length) % items.length;
      Array.prototype.forEach.call(box.querySelectorAll("[role=option]"), function (o, n) { o.setAttribute("aria-selected", n === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", listId + "-" + active);
    }
    function pick(n) { var c = items[n]; close(); if (c) { S.focusAfter = id; setPlace(key, c); } }
    function runnerUps() {
      return (p.candidates || []).map(function (c) { var o = clone(c); o.runnerUp = true; return o; });
    }
    input.addEventListener("focus", function () { if (!input.value && runnerUps().length) { show(runnerUps()); } });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { if (runnerUps().length) { show(runnerUps()); } else { close(); } return; }
      timer = setTimeout(function () {
        var seq = ++searchSeq;
        var near = p.lat !== undefined && p.lat !== null ? "&near=" + p.lat + "," + p.lon : "";
        fetch(cfg.api.places + "?q=" + encodeURIComponent(q) + near, {headers: {Accept: "application/json"}})
          .then(function (r) { return r.json().then(function (b) { return {ok: r.ok, body: b}; }); })
          .then(function (res) {
            if (seq !== searchSeq || document.activeElement !== input) { return; }
            if (!res.ok) { show([], res.body.message); return; }
            var names = {};
            var list = res.body.places.concat(runnerUps().filter(function (c) {
              return c.name.toLowerCase().indexOf(q.toLowerCase()) === 0;
            })).filter(function (c) {
              var k = c.geonameid || (c.name + c.lat + c.lon);
              if (names[k]) { return false; }
              names[k] = 1; return true;
            });
            show(list);
          })
          .catch(function () { show([], "The place search did not answer."); });
      }, 90);
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { e.preventDefault(); if (box.hidden && items.length) { show(items); } move(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); move(active - 1); }
      else if (e.key === "Enter") { if (!box.hidden && items.length) { e.preventDefault(); pick(active < 0 ? 0 : active); } }
      else if (e.key === "Escape") { close(); }
    });
    return el("div", {class: "ed-search"}, [
      el("label", {for: id, text: "Change the place of stop " + (i + 1)}), input, hint, box]);
  }

  // -- events and other places --------------------------------------------------------------------------------
  function placeOptions(selected) {
    var keys = stops(S.j).map(function (s) { return s.key; });
    Object.keys(S.j.places).forEach(function (k) { if (keys.indexOf(k) < 0) { keys.push(k); } });
    keys = keys.filter(function (k, n) { return keys.indexOf(k) === n; });
    return keys.map(function (k) { return el("option", {value: k, selected: k === selected, text: placeName(k)}); });
  }
  function renderEvents() {
    var list = $("ed-events");
    list.textContent = "";
    if (!S.j.events.length) { list.appendChild(el("li", {text: "No events."})); }
    S.j.events.forEach(function (ev, i) {
      list.appendChild(el("li", {class: "ed-event", role: "group", "aria-labelledby": "ev-h-" + i}, [
        el("p", {class: "ed-leg-head", id: "ev-h-" + i}, [el("strong", {text: "Event " + (i + 1) + ": " + ev.title}),
          ev.citation ? el("span", {class: "badge badge--cited", text: "not in the article"}) : null, edited(ev)]),
        el("div", {class: "ed-leg-fields"}, [
          field("ev-" + i + "-title", "What", el("input", {type: "text", value: ev.title,
            onchange: function (e) { setEvent(i, "title", e.target.value || "Event"); }})),
          field("ev-" + i + "-place", "Where", el("select", {onchange: function (e) { setEvent(i, "place", e.target.value); }},
            placeOptions(ev.place))),
          field("ev-" + i + "-date", "Date", el("input", {type: "date", value: ev.date || "",
            onchange: function (e) { setEvent(i, "date", e.target.value); }}))]),
      ].concat(quoteOf(ev), [el("p", {class: "ed-actions"}, [el("button", {type: "button", text: "Remove event",
        "aria-label": "Remove event " + (i + 1) + " (" + ev.title + ")",
        onclick: function () { change("Event removed", function (j) { j.events.splice(i, 1); return null; }); }})])])));
    });
  }
  function renderOthers() {
    var list = $("ed-others"), route = routeKeys(S.j), seen = {};
    list.textContent = "";
    S.j.mentions.forEach(function (m) {
      if (route[m.place] || seen[m.place] || !S.j.places[m.place]) { return; }
      seen[m.place] = 1;
      var name = placeName(m.place), key = m.place;
      list.appendChild(el("li", {}, [el("span", {text: name + " — named as “" + m.surface + "” "}), edited(S.j.places[key]),
        el("button", {type: "button", text: "Make it a stop", "aria-label": "Make it a stop: " + name + ", at the end of the journey",
          onclick: function () {
            change(name + " is now a stop", function (j) {
              var st = stops(j), last = st[st.length - 1], prev = j.legs[j.legs.length - 1];
              if (!last) { return "Add a first stop before making a mentioned place a stop."; }
              j.legs.push({traveller: prev ? prev.traveller : "", from: last.key, to: key, mode: prev ? prev.mode : "unknown", edited: true});
              return null;
            });
          }})]));
    });
    if (!list.children.length) { list.appendChild(el("li", {text: "None."})); }
  }

  // -- the map -------------------------------------------------------------------------------------------------
  var map = L.map("ed-map", {zoomSnap: 0.25, worldCopyJump: true, minZoom: 1, maxZoom: 12, keyboard: true});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames (CC BY 4.0) · Leaflet");
  map.setView([30, 100], 2);
  var drawn = L.layerGroup().addTo(map);
  fetch(cfg.api.basemap).then(function (r) { return r.json(); }).then(function (doc) {
    L.geoJSON(doc, {interactive: false, pane: "tilePane",
                    style: {fillColor: "#efece6", fillOpacity: 1, color: "#a9a39a", weight: 0.7}}).addTo(map);
  }).catch(function () { /* the map still works without its background */ });

  function greatCircle(a, b, n) {
    var rad = Math.PI / 180, toV = function (p) {
      return [Math.cos(p[0] * rad) * Math.cos(p[1] * rad), Math.cos(p[0] * rad) * Math.sin(p[1] * rad), Math.sin(p[0] * rad)];
    };
    var va = toV(a), vb = toV(b);
    var d = Math.acos(Math.max(-1, Math.min(1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2])));
    if (d < 1e-6) { return [a, b]; }
    var out = [], prevLon = a[1];
    for (var k = 0; k <= n; k++) {
      var t = k / n, s1 = Math.sin((1 - t) * d) / Math.sin(d), s2 = Math.sin(t * d) / Math.sin(d);
      var x = s1 * va[0] + s2 * vb[0], y = s1 * va[1] + s2 * vb[1], z = s1 * va[2] + s2 * vb[2];
      var lat = Math.atan2(z, Math.sqrt(x * x + y * y)) / rad, lon = Math.atan2(y, x) / rad;
      while (lon - prevLon > 180) { lon -= 360; }
      while (lon - prevLon < -180) { lon += 360; }
      prevLon = lon;
      out.push([lat, lon]);
    }
    return out;
  }
  function located(p) { return p && typeof p.lat === "number" && typeof p.lon === "number"; }
  function popup(title, lines, obj) {
    var node = el("div", {class: "ed-popup"}, [el("h3", {text: title})]);
    lines.forEach(function (l) { if (l) { node.appendChild(el("p", {text: l})); } });
    if (obj && obj.edited) { node.appendChild(el("p", {class: "ed-edited", text: "Edited by hand."})); }
    (obj ? quoteOf(obj) : []).forEach(function (q) { node.appendChild(q); });
    return node;
  }
  function renderMap() {
    drawn.clearLayers();
    var j = S.j, st = stops(j), pts = [];
    j.legs.forEach(function (leg, i) {
      var keys = [leg.from].concat(leg.via || [], [leg.to]);
      var ps = keys.map(function (k) { return j.places[k]; });
      if (!ps.every(located)) { return; }
      var line = [];
      for (var n = 0; n + 1 < ps.length; n++) {
        var seg = leg.mode === "flight" ? greatCircle([ps[n].lat, ps[n].lon], [ps[n + 1].lat, ps[n + 1].lon], 48)
                                        : [[ps[n].lat, ps[n].lon], [ps[n + 1].lat, ps[n + 1].lon]];
        line = line.concat(n ? seg.slice(1) : seg);
      }
      L.polyline(line, {color: MODE_COLOUR[leg.mode] || "#555", weight: 4, opacity: 0.85,
                        dashArray: leg.mode === "unknown" ? "8 6" : (leg.edited ? "1 0" : null), className: "ed-line ed-line-" + i})
        .bindPopup(popup("Leg " + (i + 1) + ": " + placeName(leg.from) + " → " + placeName(leg.to),
                         [leg.traveller ? "Traveller: " + leg.traveller : "", "Mode: " + leg.mode,
                          leg.depart ? "Leaves: " + leg.depart : "", leg.arrive ? "Arrives: " + leg.arrive : ""], leg))
        .addTo(drawn);
    });
    var numbered = {};
    st.forEach(function (s, i) { (numbered[s.key] = numbered[s.key] || []).push(i + 1); });
    Object.keys(numbered).forEach(function (key) {
      var p = j.places[key];
      if (!located(p)) { return; }
      pts.push([p.lat, p.lon]);
      var label = "Stop " + numbered[key].join(" and ") + ": " + p.name + (p.edited ? " (edited by hand)" : "");
      var icon = L.divIcon({className: "ed-icon", iconSize: [28, 28], iconAnchor: [14, 14],
        html: el("span", {class: "ed-pin" + (p.edited ? " ed-pin--edited" : ""), "data-place": key}, [
          el("span", {"aria-hidden": "true", text: String(numbered[key][0])}),
          el("span", {class: "visually-hidden", text: label})])});
      var marker = L.marker([p.lat, p.lon], {icon: icon, draggable: true, keyboard: true, title: label, autoPanOnFocus: false});
      marker.bindPopup(popup(p.name, ["Stop " + numbered[key].join(", "), placeMeta(p), p.source ? "Location: " + p.source : ""], p));
      marker.on("dragend", function (e) { movePlace(key, e.target.getLatLng()); });
      marker.addTo(drawn);
    });
    j.events.forEach(function (ev, i) {
      var p = j.places[ev.place];
      if (!located(p)) { return; }
      var icon = L.divIcon({className: "ed-icon", iconSize: [22, 22], iconAnchor: [-4, 24],
        html: el("span", {class: "ed-star", "data-event": String(i)}, [el("span", {"aria-hidden": "true", text: "★"}),
          el("span", {class: "visually-hidden", text: "Event: " + ev.title})])});
      L.marker([p.lat, p.lon], {icon: icon, keyboard: true, title: "Event: " + ev.title + (ev.edited ? " (edited by hand)" : "")})
        .bindPopup(popup(ev.title, ["At " + p.name, ev.date ? "Date: " + ev.date : "",
                                    ev.citation ? "Not in the article: " + ev.citation.source : ""], ev))
        .addTo(drawn);
    });
    if (!S.fitted && pts.length) {
      S.fitted = true;
      if (pts.length === 1) { map.setView(pts[0], 6); } else { map.fitBounds(pts, {padding: [30, 30], maxZoom: 8}); }
    }
  }

  // -- drawing everything -------------------------------------------------------------------------------------
  function updateButtons() {
    $("ed-undo").disabled = !S.undo.length;
    $("ed-redo").disabled = !S.redo.length;
    $("ed-save").disabled = !S.j || !S.dirty || !S.key;
  }
  /* Unsaved work is kept in this browser too, so a closed tab or a crash loses nothing. */
  function backup() {
    try {
      if (S.dirty) {
        window.localStorage.setItem(DRAFT_STORE, JSON.stringify({base: S.base, at: new Date().toISOString(), journey: S.j}));
      }
    } catch (e) { /* storage full or off: the page still holds the work */ }
  }
  function dropBackup() {
    try { window.localStorage.removeItem(DRAFT_STORE); } catch (e) { /* storage off */ }
  }
  function offerBackup() {
    var saved = null;
    try { saved = JSON.parse(window.localStorage.getItem(DRAFT_STORE) || "null"); } catch (e) { saved = null; }
    if (!saved || !saved.journey || JSON.stringify(saved.journey) === JSON.stringify(S.j)) { return; }
    alertBox("This browser holds changes to this map that were not saved (made from revision " + saved.base + ", " +
             saved.at.slice(0, 16).replace("T", " ") + " UTC).", [
      el("button", {type: "button", text: "Bring back the unsaved changes", onclick: function () {
        change("Unsaved changes brought back", function (j) {
          Object.keys(j).forEach(function (k) { delete j[k]; }); Object.assign(j, saved.journey); return null;
        });
      }}),
      el("button", {type: "button", text: "Discard them", onclick: function () { dropBackup(); alertBox(""); }})]);
  }
  function render() {
    if (!S.j) { return; }
    backup();
    var focused = S.focusAfter || (document.activeElement && document.activeElement.id);
    S.focusAfter = null;
    if (document.activeElement !== $("ed-title")) { $("ed-title").value = S.j.title; }
    renderStops();
    renderEvents();
    renderOthers();
    renderMap();
    updateButtons();
    if (focused && $(focused) && document.activeElement !== $(focused)) { $(focused).focus(); }
  }
  $("ed-title").addEventListener("change", function (e) {
    var t = e.target.value.trim();
    if (!t) { e.target.value = S.j.title; alertBox("The title cannot be empty."); return; }
    change("Title changed", function (j) { j.title = t; return null; });
  });
  $("ed-undo").addEventListener("click", undo);
  $("ed-redo").addEventListener("click", redo);
  $("ed-add-end").addEventListener("click", function () { addStopAfter(stops(S.j).length - 1); });
  $("ed-add-event").addEventListener("click", function () {
    var st = stops(S.j);
    var place = st.length ? st[st.length - 1].key : Object.keys(S.j.places)[0];
    if (!place) { alertBox("Add a stop before adding an event."); return; }
    S.focusAfter = "ev-" + S.j.events.length + "-title";
    change("Event added", function (j) { j.events.push({title: "New event", place: place, edited: true}); return null; });
  });
  document.addEventListener("keydown", function (e) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) { return; }
    var tag = (e.target.tagName || "").toLowerCase();
    if ((tag === "input" || tag === "textarea") && e.target.type === "text") { return; }  // the field's own undo
    var k = e.key.toLowerCase();
    if (k === "z" && !e.shiftKey) { e.preventDefault(); undo(); } else if (k === "y" || (k === "z" && e.shiftKey)) { e.preventDefault(); redo(); }
    else if (k === "s") { e.preventDefault(); if (!$("ed-save").disabled) { save(); } }
  });
  window.addEventListener("beforeunload", function (e) { if (S.dirty) { e.preventDefault(); e.returnValue = ""; } });

  // -- talking to the server -----------------------------------------------------------------------------------
  function authHeaders(extra) {
    var h = {Accept: "application/json"};
    if (S.key) { h.Authorization = "Bearer " + S.key; }
    Object.keys(extra || {}).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }
  function load(number, asWorkingCopy) {
    return fetch(cfg.api.revisions + "/" + number, {headers: {Accept: "application/json"}, cache: "no-store"})
      .then(function (r) {
        if (!r.ok) { throw new Error("Revision " + number + " could not be loaded (" + r.status + ")."); }
        var etag = r.headers.get("ETag");
        return r.json().then(function (j) { return {j: j, etag: etag}; });
      })
      .then(function (res) {
        if (asWorkingCopy) {
          change("Opened revision " + number + " (save to make it the newest, or use Restore to put it back as it was)",
                 function (j) { Object.keys(j).forEach(function (k) { delete j[k]; }); Object.assign(j, res.j); return null; });
          return;
        }
        S.j = res.j; S.base = number; S.etag = res.etag; S.dirty = false;
        $("ed-heading").textContent = S.j.title;
        render();
        status("Revision " + number + " loaded.");
      });
  }
  function loadRevisions() {
    return fetch(cfg.api.revisions, {headers: {Accept: "application/json"}, cache: "no-store"})
      .then(function (r) { return r.json(); })
      .then(function (body) {
        S.revisions = body.revisions;
        var list = $("ed-revisions");
        list.textContent = "";
        body.revisions.forEach(function (rev) {
          var when = rev.created.replace("T", " ").replace("+00:00", " UTC");
          var current = rev.number === body.current;
          list.appendChild(el("li", {value: rev.number, class: current ? "ed-current" : null}, [
            el("p", {}, [el("strong", {text: "Revision " + rev.number}), " · ",
              el("time", {datetime: rev.created, text: when}), current ? " · the newest" : ""]),
            el("p", {class: "ed-meta", text: rev.summary}),
            el("p", {class: "ed-actions"}, [
              el("button", {type: "button", text: "Open", "aria-label": "Open revision " + rev.number + " in the editor",
                onclick: function () { load(rev.number, true).catch(function (e) { alertBox(e.message); }); }}),
              current ? null : el("button", {type: "button", text: "Restore", "aria-label": "Restore revision " + rev.number + " as the newest",
                onclick: function () { restore(rev.number); }})])]));
        });
        return body;
      });
  }
  function post(body, what) {
    if (!S.key) { alertBox("Saving needs this map’s edit key."); return Promise.resolve(); }
    $("ed-save").disabled = true;
    status("Saving…");
    return fetch(cfg.api.revisions, {method: "POST", body: JSON.stringify(body),
      headers: authHeaders({"Content-Type": "application/json", "If-Match": S.etag})})
      .then(function (r) { return r.json().then(function (b) { return {status: r.status, body: b}; }); })
      .then(function (res) {
        if (res.status === 201) {
          S.dirty = false;
          dropBackup();
          return load(res.body.revision, false).then(function () {
            status(what + ": revision " + res.body.revision + " saved (" + res.body.summary + ").");
            return loadRevisions();
          });
        }
        updateButtons();
        if (res.status === 409) {
          status("Not saved.");
          alertBox(res.body.message, [
            el("button", {type: "button", text: "Save mine as a new revision anyway", onclick: function () {
              S.etag = res.body.etag; S.base = res.body.current; post(body, what);
            }}),
            el("a", {href: cfg.view, target: "_blank", rel: "noopener", text: "See the newest revision (new tab)"})]);
          loadRevisions();
          return;
        }
        if (res.status === 403) { useKey(null); }
        status("Not saved.");
        alertBox(res.body.message || ("The server answered " + res.status + "."));
      })
      .catch(function () { updateButtons(); status("Not saved."); alertBox("The server could not be reached; your changes are still here."); });
  }
  function save() { return post(S.j, "Saved"); }
  function restore(number) {
    if (S.dirty && !window.confirm("Restoring replaces your unsaved changes in this page. Restore anyway?")) { return; }
    post({restore: number}, "Restored revision " + number);
  }
  $("ed-save").addEventListener("click", save);

  loadRevisions()
    .then(function (body) { return load(body.current, false); })
    .then(offerBackup)
    .catch(function (e) { status("The journey could not be loaded."); alertBox(e.message || String(e)); });
})();
