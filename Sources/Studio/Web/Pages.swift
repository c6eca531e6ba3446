import Foundation
import Mustache

/// The web studio's pages: server-rendered HTML from Mustache templates (escaped by default),
/// a shared stylesheet (`StudioStyle`) and a little dependency-free JavaScript for the
/// review actions and live production progress.
enum Pages {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in templates {
            // The templates are constants of this file; a parse error is a programming error.
            try! library.register(text, named: name)
        }
        return library
    }()

    static func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? "<!doctype html><title>Cliffhanger</title><p>page \(name) is missing"
    }

    static func errorPage(status: Int, message: String) -> String {
        render("error", ["title": "Error \(status)", "status": status, "message": message])
    }

    static let layoutTop = """
        <!doctype html>
        <html lang="{{lang}}{{^lang}}en{{/lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Cliffhanger Studio</title>
        <link rel="stylesheet" href="/assets/studio.css">
        </head>
        <body>
        <header class="nav">
          <a class="brand" href="/">Cliffhanger Studio</a>
          {{#user}}<a href="/">Series</a><a href="/production">Production</a><a href="/watch">Channel</a>
          <span class="nav-user">{{name}} · {{role}}
          <form method="post" action="/logout"><button class="btn small" type="submit">Log out</button></form></span>{{/user}}
        </header>
        <main class="container">
        """

    static let layoutBottom = """
        </main>
        <footer class="container muted small">Cliffhanger · every episode carries a visible AI label and machine-readable provenance</footer>
        </body>
        </html>
        """

    static let templates: [String: String] = [
        "error": layoutTop + """
            <section class="card login"><h1>{{title}}</h1><p>{{message}}</p><p><a class="btn" href="/">Back to the studio</a></p></section>
            """ + layoutBottom,
        "login": layoutTop + """
            <section class="card login">
              <h1>Log in</h1>
              <p class="muted">Review, approve and schedule your series.</p>
              {{#error}}<p class="alert error" role="alert">{{error}}</p>{{/error}}
              <form method="post" action="/login">
                <input type="hidden" name="next" value="{{next}}">
                <div class="field"><label for="name">User name</label>
                <input id="name" name="name" autocomplete="username" required autofocus></div>
                <div class="field"><label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required></div>
                <button id="login" class="btn primary" type="submit">Log in</button>
              </form>
            </section>
            """ + layoutBottom,
        "seriesList": layoutTop + """
            <div class="page-header"><h1>Series</h1></div>
            <div class="grid">
            {{#series}}
              <a class="card series" href="/series/{{id}}">
                <h2>{{title}}</h2>
                <p class="muted">{{genre}} · {{language}} · {{episodes}} episodes · spent ${{spent}}</p>
                <p>{{#states}}<span class="badge {{state}}">{{count}} {{state}}</span> {{/states}}</p>
              </a>
            {{/series}}
            </div>
            """ + layoutBottom,
        "series": layoutTop + """
            <p class="small muted"><a href="/">Series</a> › {{title}}</p>
            <div class="page-header"><h1>{{title}}</h1><p class="subtitle">{{logline}}</p></div>
            <p class="muted">{{genre}} · {{language}} · {{count}} episodes · spent ${{spent}} ·
              {{#calendar}}releases {{launchEpisodes}} at launch on {{launchDate}}, then {{perDay}} a day at {{time}} {{timeZone}}{{#paywallFrom}}, paywall from episode {{.}}{{/paywallFrom}}{{/calendar}}{{^calendar}}no release calendar yet{{/calendar}}
              · <a href="/watch/{{id}}">channel</a> · <a id="audience-link" href="/series/{{id}}/audience">audience</a></p>
            <div class="table-wrap"><table class="episodes">
              <thead><tr><th>#</th><th>Title</th><th>Status</th><th>Lines</th><th>Cost</th><th>Release</th></tr></thead>
              <tbody>
              {{#episodes}}
                <tr><td>{{number}}</td><td><a href="/series/{{id}}/episodes/{{number}}">{{title}}</a>{{#locked}} <span class="badge" title="behind the paywall">paywall</span>{{/locked}}</td>
                <td><span class="badge {{state}}">{{state}}</span></td><td class="num">{{lines}}</td><td class="num">${{cost}}</td><td>{{release}}</td></tr>
              {{/episodes}}
              </tbody>
            </table></div>
            """ + layoutBottom,
        "audience": layoutTop + """
            <p class="small muted"><a href="/">Series</a> › <a href="/series/{{id}}">{{seriesTitle}}</a> › Audience</p>
            <div class="page-header"><h1>Audience</h1><p class="subtitle">{{headline}}</p></div>
            {{#synthetic}}<p class="alert" role="note" id="synthetic-label"><b>Synthetic audience:</b> {{synthetic}} of {{viewers}} viewers were simulated (cliff simulate-audience). These are not real viewers.</p>{{/synthetic}}
            {{^hasData}}<div class="card empty">No viewer events yet. Publish episodes to the <a href="/watch/{{id}}">channel</a>, or simulate viewers: <code>cliff simulate-audience DIR --viewers 2000</code></div>{{/hasData}}
            {{#hasData}}
            <section class="card chart-card" id="retention">
              <form method="get" class="btn-row"><label for="episode-pick">Episode</label>
                <select id="episode-pick" name="episode" onchange="this.form.submit()">{{#rows}}<option value="{{number}}" {{#selected}}selected{{/selected}}>{{number}}</option>{{/rows}}</select></form>
              {{{retention}}}
              <p class="small muted">Solid: this episode; dashed: the series' median episode. The strip shows the script's beats under the curve; circles are drop-off hotspots (click for the shot).</p>
              {{#hotspots.0}}<h2>Drop-off hotspots</h2>{{/hotspots.0}}
              <ul class="hotspots">{{#hotspots}}<li><a href="{{link}}">{{text}}</a></li>{{/hotspots}}</ul>
            </section>
            <section class="card chart-card" id="funnel">{{{funnel}}}</section>
            <section class="card chart-card" id="continue">{{{continues}}}</section>
            <section class="card" id="insights"><h2>Findings for the writer</h2>
              <ol>{{#insights}}<li><span class="badge">{{severity}}</span> {{finding}} <span class="muted">→ {{action}}</span></li>{{/insights}}</ol>
              {{^insights}}<p class="muted">Nothing clears the evidence thresholds yet.</p>{{/insights}}
              <p class="small muted">Apply them to unreleased episodes with <code>cliff write DIR --apply-insights</code>.</p>
            </section>
            {{/hasData}}
            """ + layoutBottom,
        "episode": layoutTop + """
            <p class="small muted"><a href="/">Series</a> › <a href="/series/{{series}}">{{seriesTitle}}</a> › Episode {{number}}</p>
            <div class="page-header"><h1>{{number}}. {{title}} <span id="status" class="badge {{state}}">{{state}}</span></h1></div>
            <div class="episode-layout" data-series="{{series}}" data-episode="{{number}}">
              <section class="episode-player">
                {{#video}}<video id="player" controls playsinline preload="metadata" src="{{video}}" {{#cover}}poster="{{cover}}"{{/cover}}>
                  {{#subtitles}}<track kind="subtitles" src="{{subtitles}}" srclang="{{lang}}" label="Subtitles" default>{{/subtitles}}
                </video>{{/video}}
                {{^video}}<div class="card empty">No render yet{{#canRender}} — <button class="btn primary" data-action="render">Render this episode</button>{{/canRender}}</div>{{/video}}
                <div class="card stack">
                  <div class="field"><label for="note">Note</label>
                  <textarea id="note" rows="2" placeholder="What should change? (required to reject or regenerate)"></textarea></div>
                  <div class="btn-row">
                    <button id="approve" class="btn primary" data-action="approve" {{^canApprove}}disabled{{/canApprove}}>Approve</button>
                    <button id="reject" class="btn danger" data-action="reject" {{^canReject}}disabled{{/canReject}}>Reject</button>
                    <button id="render" class="btn" data-action="render" {{^canRender}}disabled{{/canRender}}>Render again</button>
                  </div>
                  <div class="btn-row">
                    <label class="field">Regenerate
                      <select id="regen-target">{{#scenes}}<option value="scene:{{.}}">scene {{.}}</option>{{/scenes}}{{#shots}}<option value="shot:{{number}}">shot {{number}}</option>{{/shots}}</select></label>
                    <button id="regenerate" class="btn" data-action="regenerate" {{^canRegenerate}}disabled{{/canRegenerate}}>Regenerate</button>
                  </div>
                  <p id="message" class="muted" role="status"></p>
                  <p id="progress" class="muted"></p>
                </div>
                <h2>History</h2>
                <ol class="history">{{#history}}<li><b>{{action}}</b> by {{actor}} · {{when}}{{#note}} — “{{note}}”{{/note}}{{#detail}} <span class="muted">({{detail}})</span>{{/detail}}</li>{{/history}}{{^history}}<li class="muted">Nothing yet.</li>{{/history}}</ol>
              </section>
              <section class="episode-script">
                <h2>Shots</h2>
                <div class="shot-list">
                {{#shots}}<figure class="shot" id="shot-{{number}}">{{#thumb}}<img loading="lazy" src="{{thumb}}" alt="shot {{number}}" width="108" height="192">{{/thumb}}
                  <figcaption class="shot-meta"><b>{{number}}</b> · {{framing}} · {{camera}}{{#take}} · take {{take}}{{/take}}<br><span class="muted">{{start}} s · {{duration}} s</span>{{#line}}<br>{{speaker}}: {{line}}{{/line}}</figcaption></figure>{{/shots}}
                {{^shots}}<p class="muted">Shots appear after the first render.</p>{{/shots}}
                </div>
                <h2>Script</h2>
                <pre class="script">{{script}}</pre>
              </section>
            </div>
            <script src="/assets/studio.js"></script>
            """ + layoutBottom,
        "production": layoutTop + """
            <div class="page-header"><h1>Production</h1></div>
            <p class="muted">Live: <span id="live">waiting for events…</span></p>
            {{#queues}}
            <section class="card">
              <h2>{{series}}</h2>
              <p>{{#counts}}<span class="badge {{state}}">{{state}} {{count}}</span> {{/counts}}</p>
              {{#active}}<p>Rendering: {{.}}</p>{{/active}}
              {{#hasRunning}}<h3>Running</h3>{{/hasRunning}}<ul>{{#running}}<li>{{label}} (try {{attempts}})</li>{{/running}}</ul>
              {{#hasRetrying}}<h3>Waiting to retry</h3>{{/hasRetrying}}<ul>{{#retrying}}<li>{{label}}: {{error}}</li>{{/retrying}}</ul>
              <h3>Failures</h3>
              <ul>{{#failed}}<li>{{label}} after {{attempts}} tries: {{error}}</li>{{/failed}}{{^failed}}<li class="muted">None.</li>{{/failed}}</ul>
              {{#hasFailed}}<button class="btn" data-retry="{{series}}">Retry failed jobs</button>{{/hasFailed}}
            </section>
            {{/queues}}
            <script src="/assets/studio.js"></script>
            """ + layoutBottom,
        "channels": layoutTop + """
            <div class="page-header"><h1>Channel</h1></div>
            <div class="grid">{{#series}}<a class="card series" href="/watch/{{id}}"><h2>{{title}}</h2><p class="muted">Watch what is released</p></a>{{/series}}</div>
            """ + layoutBottom,
    ]

    /// The studio's script: review buttons post to the API; production progress arrives as
    /// server-sent events.
    static let script = """
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
        """
}
