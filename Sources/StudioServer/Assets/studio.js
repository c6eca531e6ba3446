(function () {
  "use strict";
  var layout = document.querySelector(".episode-layout");
  var message = document.getElementById("message");
  function say(text, bad) { if (message) { message.textContent = text; message.className = bad ? "alert error" : "muted"; } }
  function request(method, url, body) {
    var init = { method: method, headers: { "Content-Type": "application/json" }, credentials: "same-origin" };
    if (body !== undefined) { init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      if (r.status === 204) { return null; }
      return r.json().then(function (j) {
        if (!r.ok) { var e = new Error((j.error && j.error.message) || r.statusText); e.field = j.error && j.error.field; throw e; }
        return j;
      });
    });
  }
  function post(url, body) { return request("POST", url, body); }
  function timeCode(seconds) {
    var whole = Math.max(0, Math.floor(seconds));
    return Math.floor(whole / 60) + ":" + ("0" + (whole % 60)).slice(-2);
  }
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function confirmed(button) { return !button.dataset.confirm || window.confirm(button.dataset.confirm); }

  var player = document.getElementById("player");

  // ---- The episode page: decisions, timed comments, takes, shots and the script. ----
  if (layout) {
    var series = layout.dataset.series, episode = layout.dataset.episode;
    var base = "/api/v1/series/" + series + "/episodes/" + episode;
    var duration = parseFloat(layout.dataset.duration) || 0;
    var note = document.getElementById("note");
    var list = document.getElementById("comments");
    var timeline = document.getElementById("timeline");

    // The buttons follow the episode's state: what the review gate allows now.
    function applyState(detail) {
      var status = document.getElementById("status");
      status.textContent = detail.state; status.className = "badge " + detail.state;
      layout.dataset.state = detail.state;
      var allowed = detail.allowedActions || [];
      document.querySelectorAll("[data-action]").forEach(function (button) {
        button.disabled = allowed.indexOf(button.dataset.action) < 0;
      });
    }
    function chosenComments() {
      return Array.prototype.map.call(document.querySelectorAll(".use-comment:checked"), function (box) { return parseInt(box.value, 10); });
    }
    document.querySelectorAll("[data-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.dataset.action;
        if (!confirmed(button)) { return; }
        var body = { action: action, note: note ? note.value : "" };
        if (action === "reject" || action === "regenerate") {
          var comments = chosenComments();
          if (comments.length) { body.comments = comments; }
        }
        if (action === "regenerate") {
          var target = document.getElementById("regen-target").value.split(":");
          if (target[0] === "scene") { body.scene = parseInt(target[1], 10); } else { body.shots = [parseInt(target[1], 10)]; }
        }
        button.disabled = true;
        post(base + "/reviews", body).then(function (detail) {
          applyState(detail);
          if (action === "regenerate" || action === "render") {
            say("Queued: the episode is rendering; this page follows the progress and reloads when it is done.", false);
          } else {
            say(action + " recorded.", false);
            setTimeout(function () { location.reload(); }, 600);
          }
        }).catch(function (e) {
          say(e.message, true);
          button.disabled = false;
          if (e.field === "note" && note) { note.focus(); }
        });
      });
    });

    // Timed comments: pinned to the player's time, shown as markers on the timeline.
    var commentButton = document.getElementById("comment");
    var commentTime = document.getElementById("comment-time");
    function now() { return player ? player.currentTime : 0; }
    function showTime() { if (commentTime) { commentTime.textContent = timeCode(now()); } }
    function seekTo(second) {
      if (!player) { return; }
      player.currentTime = Math.min(Math.max(0, second), duration || second);
      player.pause();
    }
    function marker(comment) {
      var left = duration > 0 ? Math.min(100, comment.second / duration * 100) : 0;
      var button = el("button", {
        type: "button", "class": "marker" + (comment.review ? " closed" : ""), style: "left: " + left.toFixed(2) + "%",
        "data-second": comment.second.toFixed(2), title: timeCode(comment.second) + " · " + comment.text,
        "aria-label": "Go to the comment at " + timeCode(comment.second) + ": " + comment.text
      });
      return button;
    }
    function item(comment) {
      var li = el("li", { "data-id": comment.id, "data-second": comment.second.toFixed(2) });
      var code = timeCode(comment.second);
      li.appendChild(el("input", { type: "checkbox", "class": "use-comment", id: "use-comment-" + comment.id, value: comment.id,
        "aria-label": "Include the comment at " + code + " in the note of a reject or regenerate" }));
      li.lastChild.checked = true;
      li.appendChild(el("button", { type: "button", "class": "time", "data-second": comment.second.toFixed(2), "aria-label": "Go to " + code }, code));
      li.appendChild(el("span", { "class": "comment-text" }, comment.text));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", { "class": "muted small" }, "— " + comment.author));
      li.appendChild(el("button", { type: "button", "class": "btn small link remove-comment", "data-remove": comment.id, "aria-label": "Remove the comment at " + code }, "Remove"));
      return li;
    }
    function counted() {
      var count = list ? list.children.length : 0;
      var label = document.getElementById("comment-count");
      if (label) { label.textContent = count; }
      var empty = document.getElementById("no-comments");
      if (empty) { empty.hidden = count > 0; }
    }
    function addComment() {
      if (!note || !player) { return; }
      var text = note.value.trim();
      if (!text) { say("Type the comment first, then press “Comment” (or C) at the moment it is about.", true); note.focus(); return; }
      var second = now();
      post(base + "/comments", { second: second, text: text }).then(function (comment) {
        note.value = "";
        var after = null;
        Array.prototype.forEach.call(list.children, function (li) { if (!after && parseFloat(li.dataset.second) > comment.second) { after = li; } });
        list.insertBefore(item(comment), after);
        if (timeline) { timeline.appendChild(marker(comment)); }
        counted();
        say("Comment added at " + timeCode(comment.second) + ".", false);
      }).catch(function (e) { say(e.message, true); });
    }
    if (commentButton) { commentButton.addEventListener("click", addComment); }
    if (note) {
      note.addEventListener("keydown", function (e) {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); addComment(); }
      });
    }
    if (list) {
      list.addEventListener("click", function (e) {
        var time = e.target.closest(".time");
        if (time) { seekTo(parseFloat(time.dataset.second)); return; }
        var remove = e.target.closest("[data-remove]");
        if (remove && window.confirm("Remove this comment? This cannot be undone.")) {
          request("DELETE", base + "/comments/" + remove.dataset.remove).then(function () {
            var li = remove.closest("li");
            var second = li.dataset.second;
            li.remove();
            var gone = timeline && timeline.querySelector('.marker[data-second="' + second + '"]');
            if (gone) { gone.remove(); }
            counted();
            say("Comment removed.", false);
          }).catch(function (e) { say(e.message, true); });
        }
      });
    }
    if (timeline && player) {
      timeline.addEventListener("click", function (e) {
        var mark = e.target.closest(".marker");
        if (mark) { seekTo(parseFloat(mark.dataset.second)); return; }
        var box = timeline.getBoundingClientRect();
        if (duration > 0 && box.width > 0) { seekTo((e.clientX - box.left) / box.width * duration); }
      });
    }

    // Keyboard shortcuts, as listed on the page; never while typing.
    document.addEventListener("keydown", function (e) {
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      var target = e.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
      var key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      function click(id) { var b = document.getElementById(id); if (b && !b.disabled) { b.click(); } }
      if (key === " " && target && /^(BUTTON|VIDEO|A)$/.test(target.tagName)) { return; }
      switch (key) {
        case " ": if (player) { e.preventDefault(); if (player.paused) { player.play().catch(function () {}); } else { player.pause(); } } break;
        case "k": if (player) { player.pause(); } break;
        case "j": if (player) { player.currentTime = Math.max(0, player.currentTime - 2); } break;
        case "l": if (player) { player.currentTime = Math.min(duration || player.duration || 0, player.currentTime + 2); } break;
        case "c": if (player && note) { e.preventDefault(); player.pause(); showTime(); note.focus(); say("Type the comment for " + timeCode(now()) + ", then Ctrl+Enter or “Comment”.", false); } break;
        case "a": click("approve"); break;
        case "r": click("reject"); break;
        default: return;
      }
    });

    // Kept and new take side by side.
    var before = document.getElementById("take-before"), after = document.getElementById("take-after");
    if (before && after) {
      document.querySelectorAll("[data-compare]").forEach(function (button) {
        button.addEventListener("click", function () {
          var start = parseFloat(button.dataset.compare);
          before.pause(); after.pause();
          before.currentTime = start; after.currentTime = start;
        });
      });
      var both = document.getElementById("compare-play");
      both.addEventListener("click", function () {
        if (after.paused) {
          before.currentTime = after.currentTime;
          Promise.all([before.play(), after.play()]).catch(function () {});
          both.textContent = "Pause both";
        } else {
          before.pause(); after.pause();
          both.textContent = "Play both";
        }
      });
      after.addEventListener("timeupdate", function () {
        if (!after.paused && Math.abs(before.currentTime - after.currentTime) > 0.3) { before.currentTime = after.currentTime; }
      });
    }
  }

  // A shot card seeks the player to the shot; the card of the shot on screen is marked, and
  // so is the line being spoken in the script.
  var cards = Array.prototype.slice.call(document.querySelectorAll(".shot[data-start]"));
  var script = document.getElementById("script");
  function seek(card) {
    if (!player) { return; }
    player.currentTime = parseFloat(card.dataset.start) + 0.05;
    player.play().catch(function () {});
  }
  cards.forEach(function (card) {
    card.addEventListener("click", function () { seek(card); });
    card.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); seek(card); } });
  });
  if (player) {
    var played = document.getElementById("timeline-played");
    var spoken = null;
    player.addEventListener("timeupdate", function () {
      var t = player.currentTime;
      var current = null;
      cards.forEach(function (card) { if (parseFloat(card.dataset.start) <= t + 0.01) { current = card; } });
      cards.forEach(function (card) { card.classList.toggle("current", card === current); });
      var line = current && current.dataset.line && script ? script.querySelector('.dialogue[data-line="' + current.dataset.line + '"]') : null;
      if (line !== spoken) {
        if (spoken) { spoken.classList.remove("speaking"); spoken.removeAttribute("aria-current"); }
        spoken = line;
        if (line) {
          line.classList.add("speaking");
          line.setAttribute("aria-current", "true");
          // Scroll the script box (not the page) to keep the line in view.
          if (script.scrollHeight > script.clientHeight) {
            var top = line.offsetTop - script.offsetTop;
            if (top < script.scrollTop || top > script.scrollTop + script.clientHeight - 40) { script.scrollTop = Math.max(0, top - 60); }
          }
        }
      }
      var d = duration || player.duration || 0;
      if (played && d > 0) { played.style.width = Math.min(100, t / d * 100).toFixed(2) + "%"; }
      var commentTime = document.getElementById("comment-time");
      if (commentTime) { commentTime.textContent = timeCode(t); }
      document.querySelectorAll("#comments li").forEach(function (li) {
        li.classList.toggle("current", Math.abs(parseFloat(li.dataset.second) - t) < 1);
      });
    });
  }

  // Forms: each problem the server reports is shown at its field (every problem at once:
  // the message lists them as "field: message; field: message").
  function fieldErrors(form, prefix, error, fallback) {
    form.querySelectorAll(".field-error").forEach(function (p) { p.hidden = true; p.textContent = ""; });
    form.querySelectorAll("[aria-invalid]").forEach(function (input) { input.removeAttribute("aria-invalid"); });
    var shown = false;
    (error.message || "").split("; ").forEach(function (part) {
      var match = /^([A-Za-z]+)(\[\d+\])?: (.*)$/.exec(part);
      var field = match ? match[1] : error.field;
      var text = match ? match[3] : part;
      var where = field && document.getElementById(prefix + field + "-error");
      if (where) {
        where.textContent = text; where.hidden = false; shown = true;
        var input = document.getElementById(prefix + field);
        if (input) { input.setAttribute("aria-invalid", "true"); }
      }
    });
    if (!shown && fallback) { fallback.textContent = error.message; fallback.className = "alert error"; }
    var first = form.querySelector("[aria-invalid=true]");
    if (first) { first.focus(); }
  }

  // Users (admins): add, change role, reset password, remove; refusals shown in the row.
  function rowMessage(name, text, bad) {
    var row = document.getElementById("message-" + name);
    if (!row) { return; }
    var p = row.querySelector("p");
    p.textContent = text; p.className = "alert " + (bad ? "error" : "success");
    row.hidden = false;
  }
  document.querySelectorAll("[data-role-of]").forEach(function (select) {
    var before = select.value;
    select.addEventListener("change", function () {
      var name = select.dataset.roleOf;
      request("PATCH", "/api/v1/users/" + encodeURIComponent(name), { role: select.value }).then(function (user) {
        before = user.role;
        rowMessage(name, name + " is now a " + user.role + ".", false);
      }).catch(function (e) { select.value = before; rowMessage(name, e.message, true); });
    });
  });
  document.querySelectorAll("[data-reset]").forEach(function (button) {
    button.addEventListener("click", function () {
      var row = document.getElementById("reset-" + button.dataset.reset);
      row.hidden = !row.hidden;
      button.setAttribute("aria-expanded", String(!row.hidden));
      if (!row.hidden) { row.querySelector("input").focus(); }
    });
  });
  document.querySelectorAll("form[data-save-password]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var name = form.dataset.savePassword;
      var input = document.getElementById("password-" + name);
      request("PATCH", "/api/v1/users/" + encodeURIComponent(name), { password: input.value }).then(function () {
        input.value = "";
        document.getElementById("reset-" + name).hidden = true;
        rowMessage(name, "New password saved; " + name + "'s sessions have ended.", false);
      }).catch(function (e) { rowMessage(name, e.message, true); input.focus(); });
    });
  });
  document.querySelectorAll("[data-remove-user]").forEach(function (button) {
    button.addEventListener("click", function () {
      var name = button.dataset.removeUser;
      if (!window.confirm("Remove " + name + "? Their sessions end at once. This cannot be undone.")) { return; }
      request("DELETE", "/api/v1/users/" + encodeURIComponent(name)).then(function () {
        var row = document.querySelector('tr[data-user="' + name + '"]');
        if (row) { row.remove(); }
        rowMessage(name, name + " was removed.", false);
      }).catch(function (e) { rowMessage(name, e.message, true); });
    });
  });
  var addUser = document.getElementById("add-user");
  if (addUser) {
    addUser.addEventListener("submit", function (e) {
      e.preventDefault();
      var body = { name: addUser.name.value.trim(), role: addUser.role.value, password: addUser.password.value };
      var status = document.getElementById("add-message");
      request("POST", "/api/v1/users", body).then(function () {
        status.textContent = "Added " + body.name + " (" + body.role + "). Reloading…"; status.className = "alert success";
        setTimeout(function () { location.reload(); }, 600);
      }).catch(function (error) { fieldErrors(addUser, "new-", error, status); });
    });
  }

  // The release calendar (producers): saved through the API, refusals shown at their fields.
  var calendarForm = document.getElementById("calendar-form");
  if (calendarForm) {
    calendarForm.addEventListener("submit", function (e) {
      e.preventDefault();
      var f = calendarForm;
      function number(input) { return input.value.trim() === "" ? null : Number(input.value); }
      var body = {
        launchDate: f.launchDate.value, time: f.time.value, timeZone: f.timeZone.value,
        launchEpisodes: number(f.launchEpisodes), perDay: number(f.perDay), paywallFrom: number(f.paywallFrom),
        priceCoins: number(f.priceCoins), startingCoins: number(f.startingCoins)
      };
      var status = document.getElementById("calendar-message");
      status.textContent = ""; status.className = "muted";
      request("PUT", "/api/v1/series/" + f.dataset.series + "/schedule", body).then(function () {
        status.textContent = "Saved. Reloading the calendar…"; status.className = "alert success";
        setTimeout(function () { location.reload(); }, 600);
      }).catch(function (error) { fieldErrors(f, "cal-", error, status); });
    });
  }

  // Production: retry buttons (shown to producers only), live progress over server-sent events.
  document.querySelectorAll("[data-retry]").forEach(function (button) {
    button.addEventListener("click", function () {
      button.disabled = true;
      post("/api/v1/series/" + button.dataset.retry + "/jobs/retry", {}).then(function (answer) {
        button.textContent = "Retrying " + answer.retrying + "…";
      }).catch(function (e) {
        button.disabled = false;
        var where = document.getElementById("retry-message-" + button.dataset.retry);
        if (where) { where.textContent = e.message; where.hidden = false; }
      });
    });
  });
  var live = document.getElementById("live");
  var progress = document.getElementById("progress");
  var started = {};
  function remaining(event) {
    var key = event.series + ":" + (event.episodes || []).join(",");
    if (!started[key] || !event.total || !event.done) { return ""; }
    var elapsed = (Date.now() - started[key]) / 1000;
    var left = elapsed / event.done * (event.total - event.done);
    return left >= 1 ? " · about " + (left >= 90 ? Math.round(left / 60) + " min" : Math.round(left) + " s") + " left" : "";
  }
  if ((layout || live) && window.EventSource) {
    var source = new EventSource("/api/v1/jobs/events");
    ["queued", "planned", "started", "finished", "retrying", "failed", "ended"].forEach(function (kind) {
      source.addEventListener(kind, function (e) {
        var event = JSON.parse(e.data);
        var key = event.series + ":" + (event.episodes || []).join(",");
        if ((kind === "planned" || kind === "queued") && !started[key]) { started[key] = Date.now(); }
        var text = kind + (event.label ? " " + event.label : "") + (event.total ? " (" + (event.done || 0) + "/" + event.total + ")" : "") + (event.message ? ": " + event.message : "") + remaining(event);
        if (layout) {
          if (event.series !== layout.dataset.series || (event.episodes || []).indexOf(parseInt(layout.dataset.episode, 10)) < 0) { return; }
          if (progress) {
            progress.hidden = false;
            document.getElementById("progress-text").textContent = text;
            if (event.total) { document.getElementById("progress-bar").style.width = Math.round((event.done || 0) / event.total * 100) + "%"; }
          }
          if (kind === "ended") { setTimeout(function () { location.reload(); }, 800); }
        }
        if (live) {
          live.textContent = event.series + " · " + text;
          var section = document.querySelector('[data-queue="' + event.series + '"]');
          if (section) {
            var bar = section.querySelector(".progress-bar"), label = section.querySelector(".queue-progress-text");
            if (bar && event.total) { bar.style.width = Math.round((event.done || 0) / event.total * 100) + "%"; }
            if (label) { label.textContent = text; }
            if (kind === "failed" || kind === "ended") { setTimeout(function () { location.reload(); }, 800); }
          }
        }
      });
    });
  }

  // ---- Editions: a reviewer corrects a line in place (PUT to the API); the line becomes a
  // person's translation; a refusal is shown at the line. Without script the form posts. ----
  var originBadges = { human: "Person", machine: "Model", transcreated: "Writer's transcreation", untranslated: "Untranslated" };
  document.querySelectorAll("form[data-edition-line]").forEach(function (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var row = form.closest("tr");
      var text = form.querySelector("textarea");
      var error = form.querySelector(".field-error");
      var status = form.querySelector(".save-status");
      var button = form.querySelector("button[type=submit]");
      error.hidden = true; error.textContent = ""; status.textContent = "";
      text.removeAttribute("aria-invalid");
      button.disabled = true;
      var body = { text: text.value, sourceDigest: form.sourceDigest.value, previous: form.previous.value };
      request("PUT", "/api/v1" + form.getAttribute("action"), body).then(function (saved) {
        var line = saved.line;
        text.value = line.text;
        form.previous.value = line.text;
        form.sourceDigest.value = line.sourceDigest;
        row.dataset.origin = line.origin;
        row.removeAttribute("data-stale");
        row.classList.add("saved");
        var cell = row.querySelector("td.origin");
        var badge = cell.querySelector(".badge");
        badge.className = "badge origin-" + line.origin;
        badge.textContent = originBadges[line.origin] || line.origin;
        badge.title = "A person's translation.";
        var meaning = cell.querySelector(".visually-hidden");
        if (meaning) { meaning.textContent = ": A person's translation."; }
        var stale = cell.querySelector(".stale-mark");
        if (stale) { stale.remove(); }
        var spoken = row.querySelector(".spoken");
        if (spoken) { spoken.textContent = "≈ " + line.spokenSeconds.toFixed(1) + " s"; }
        var fit = row.querySelector(".fit-note");
        if (fit) { fit.remove(); }
        status.textContent = saved.scriptKept ? saved.message : "Saved as a person's translation.";
        button.disabled = false;
      }).catch(function (failure) {
        error.textContent = failure.message;
        error.hidden = false;
        text.setAttribute("aria-invalid", "true");
        text.focus();
        button.disabled = false;
      });
    });
  });

  // ---- Experiments: make one, review a variant, decide. ----
  var experimentForm = document.getElementById("experiment-form");
  if (experimentForm) {
    experimentForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var kind = document.getElementById("exp-kind").value;
      var body = { episode: parseInt(document.getElementById("exp-episode").value, 10), kind: kind };
      if (kind !== "title" && kind !== "cover") {
        body.weights = document.getElementById("exp-weights").value.split(",").map(function (w) { return parseFloat(w); });
      }
      var through = document.getElementById("exp-through").value;
      if (through) { body.through = parseInt(through, 10); }
      var character = document.getElementById("exp-character").value.trim();
      if (character) { body.character = character; }
      var lines = document.getElementById("exp-variants").value.split("\n").map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
      var field = { title: "titles", cover: "covers", look: "looks", tone: "tones" }[kind];
      if (field) { body[field] = lines; } else if (lines.length > 0) { body.instructions = lines; }
      post("/api/v1/series/" + experimentForm.dataset.series + "/experiments", body).then(function (detail) {
        location.href = "/series/" + experimentForm.dataset.series + "/experiments/" + detail.experiment.key;
      }).catch(function (e) { say(e.message, true); });
    });
  }
  var experimentPage = document.querySelector(".experiment-page");
  if (experimentPage) {
    var experimentBase = "/api/v1/series/" + experimentPage.dataset.series + "/experiments/" + experimentPage.dataset.key;
    document.querySelectorAll("[data-variant-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        var variant = button.dataset.variant;
        var noteField = document.getElementById("note-" + variant);
        button.disabled = true;
        post(experimentBase + "/variants/" + variant + "/reviews", { action: button.dataset.variantAction, note: noteField ? noteField.value : "" })
          .then(function () { say(button.dataset.variantAction + " recorded.", false); setTimeout(function () { location.reload(); }, 600); })
          .catch(function (e) { say(e.message, true); button.disabled = false; if (e.field === "note" && noteField) { noteField.focus(); } });
      });
    });
    var decisionForm = document.getElementById("decision-form");
    if (decisionForm) {
      decisionForm.addEventListener("submit", function (event) {
        event.preventDefault();
        var choice = document.getElementById("decision-choice").value;
        var body = { why: document.getElementById("decision-why").value };
        if (choice) { body.ship = choice; }
        post(experimentBase + "/decision", body).then(function () {
          say("Decision recorded.", false); setTimeout(function () { location.reload(); }, 600);
        }).catch(function (e) { say(e.message, true); if (e.field === "why") { document.getElementById("decision-why").focus(); } });
      });
    }
  }
})();