(function () {
  "use strict";
  var layout = document.querySelector(".episode-layout");
  var message = document.getElementById("message");
  var progress = document.getElementById("progress");
  function say(text, bad) { if (message) { message.textContent = text; message.className = bad ? "alert error" : "muted"; } }
  function post(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin", body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) { throw new Error((j.error && j.error.message) || r.statusText); } return j; }); });
  }
  if (layout) {
    var series = layout.dataset.series, episode = layout.dataset.episode;
    document.querySelectorAll("[data-action]").forEach(function (button) {
      button.addEventListener("click", function () {
        var action = button.dataset.action;
        var note = (document.getElementById("note") || {}).value || "";
        var body = { action: action, note: note };
        if (action === "regenerate") {
          var target = document.getElementById("regen-target").value.split(":");
          if (target[0] === "scene") { body.scene = parseInt(target[1], 10); } else { body.shots = [parseInt(target[1], 10)]; }
        }
        button.disabled = true;
        post("/api/v1/series/" + series + "/episodes/" + episode + "/reviews", body).then(function (detail) {
          var status = document.getElementById("status");
          status.textContent = detail.state; status.className = "badge " + detail.state;
          say(action + " recorded.", false);
          if (action === "regenerate" || action === "render") { say("Queued: the episode is rendering; this page follows the progress.", false); }
          else { setTimeout(function () { location.reload(); }, 600); }
        }).catch(function (e) { say(e.message, true); button.disabled = false; });
      });
    });
  }
  // A shot card seeks the player to the shot; the card of the shot on screen is marked.
  var player = document.getElementById("player");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".shot[data-start]"));
  function seek(card) {
    if (!player) { return; }
    player.currentTime = parseFloat(card.dataset.start) + 0.05;
    player.play().catch(function () {});
  }
  cards.forEach(function (card) {
    card.addEventListener("click", function () { seek(card); });
    card.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); seek(card); } });
  });
  if (player && cards.length) {
    player.addEventListener("timeupdate", function () {
      var current = null;
      cards.forEach(function (card) { if (parseFloat(card.dataset.start) <= player.currentTime) { current = card; } });
      cards.forEach(function (card) { card.classList.toggle("current", card === current); });
    });
  }
  document.querySelectorAll("[data-retry]").forEach(function (button) {
    button.addEventListener("click", function () {
      post("/api/v1/series/" + button.dataset.retry + "/jobs/retry", {}).then(function () { button.textContent = "Retrying…"; button.disabled = true; });
    });
  });
  var live = document.getElementById("live");
  if ((layout || live) && window.EventSource) {
    var source = new EventSource("/api/v1/jobs/events");
    source.onmessage = null;
    ["queued", "planned", "started", "finished", "retrying", "failed", "ended"].forEach(function (kind) {
      source.addEventListener(kind, function (e) {
        var event = JSON.parse(e.data);
        if (layout && (event.series !== layout.dataset.series || event.episodes.indexOf(parseInt(layout.dataset.episode, 10)) < 0)) { return; }
        var text = kind + (event.label ? " " + event.label : "") + (event.total ? " (" + (event.done || 0) + "/" + event.total + ")" : "") + (event.message ? ": " + event.message : "");
        if (progress) { progress.textContent = text; }
        if (live) { live.textContent = event.series + " · " + text; }
        if (layout && kind === "ended") { setTimeout(function () { location.reload(); }, 800); }
      });
    });
  }
})();