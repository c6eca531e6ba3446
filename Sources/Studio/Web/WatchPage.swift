import Basics
/// The viewer channel page served at `/watch/{series}`: a mobile-first vertical swipe player.
///
/// One complete HTML document with inline CSS and dependency-free JavaScript. The server only
/// interpolates the series id, title and language (HTML-escaped); everything else comes from
/// the public API at run time:
///
/// - `GET /api/v1/channel/{series}`: the released episodes, their media and the paywall;
/// - `POST /api/v1/events`: viewer events in batches `{"batch": [...]}` (fetch every 5 s,
///   `navigator.sendBeacon` when the page is hidden; a 429 keeps the events and backs off).
///
/// The page shows one 9:16 episode at a time (letterboxed on a desktop), moves between
/// episodes by swipe (pointer events), wheel or keyboard (arrows, Page Up/Down; space plays or
/// pauses), autoplays the next episode, falls back to muted autoplay with a "tap for sound"
/// button, offers an episode list, a remembered subtitles toggle, a like button, an
/// "AI-generated" badge and, at a locked episode, a paywall with test coins kept in
/// `localStorage`. Its chrome is in English or Chinese after the series language.
///
/// Elements the browser test uses carry both an `id` and a `data-testid`: `player`, `next`,
/// `prev`, `episode-list-button`, `episode-list`, `subtitles-toggle`, `like`, `paywall`,
/// `unlock`, `coins`, `episode-title`; `document.body.dataset.episode` is the current number.
package enum WatchPage {
    /// The path prefix of the public JSON API the page calls.
    package static let apiBase = "/api/v1"

    /// The channel page of one series.
    ///
    /// - Parameters:
    ///   - seriesID: the series id as it appears in URLs (`midnight-contract`).
    ///   - title: the series title shown in the page title and over the player.
    ///   - language: the series language code (`en`, `zh`); any code starting with `zh`
    ///     shows Chinese chrome, anything else English.
    /// - Returns: the HTML document, every interpolated value escaped.
    package static func html(seriesID: String, title: String, language: String) -> String {
        let id = TextEscaping.html(seriesID)
        let name = TextEscaping.html(title)
        let lang = TextEscaping.html(language)
        let aiLabel = language.lowercased().hasPrefix("zh") ? "AI生成" : "AI-generated"
        return #"""
            <!doctype html>
            <html lang="\#(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
            <meta name="theme-color" content="#000000">
            <title>\#(name) · Cliffhanger</title>
            <style>\#(style)</style>
            </head>
            <body data-series="\#(id)" data-lang="\#(lang)" data-api="\#(apiBase)" data-episode="">
            <main class="frame" id="frame" aria-label="\#(name)">
              <div class="slide" id="slide">
                <video id="player" data-testid="player" playsinline preload="auto" aria-label="\#(name)"></video>
                <section class="paywall" id="paywall" data-testid="paywall" hidden aria-labelledby="paywall-heading">
                  <img class="paywall-bg" id="paywall-bg" alt="">
                  <div class="paywall-card">
                    <svg class="paywall-lock" viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/></svg>
                    <h2 id="paywall-heading" data-i18n="locked"></h2>
                    <p id="paywall-prompt"></p>
                    <p class="balance"><span data-i18n="balance"></span> <strong id="coins" data-testid="coins"></strong></p>
                    <button class="cta" id="unlock" data-testid="unlock" type="button"></button>
                    <p class="paywall-message" id="paywall-message" role="status" aria-live="polite"></p>
                    <button class="ghost" id="top-up" type="button"></button>
                    <p class="note" data-i18n="testNote"></p>
                  </div>
                </section>
              </div>
              <header class="top">
                <div class="series-title">\#(name)</div>
                <div class="episode-title" id="episode-title" data-testid="episode-title"></div>
                <span class="ai-badge" id="ai-badge" data-testid="ai-badge">\#(aiLabel)</span>
              </header>
              <button class="play-indicator" id="play-indicator" type="button" hidden data-i18n-label="play"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"/></svg></button>
              <button class="pill" id="sound" type="button" hidden><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M17 9l4 6M21 9l-4 6"/></svg><span data-i18n="tapForSound"></span></button>
              <nav class="rail" id="rail" data-i18n-label="controls">
                <button class="icon-btn" id="like" data-testid="like" type="button" aria-pressed="false" data-i18n-label="like"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 20.5s-7.6-4.6-9.3-9.4C1.6 7.8 3.7 4.8 7 4.8c2.1 0 3.6 1.2 5 3 1.4-1.8 2.9-3 5-3 3.3 0 5.4 3 4.3 6.3-1.7 4.8-9.3 9.4-9.3 9.4z"/></svg></button>
                <button class="icon-btn" id="subtitles-toggle" data-testid="subtitles-toggle" type="button" aria-pressed="true" data-i18n-label="subtitles"><span class="cc" aria-hidden="true">CC</span></button>
                <button class="icon-btn" id="episode-list-button" data-testid="episode-list-button" type="button" aria-expanded="false" aria-controls="episode-list" data-i18n-label="episodes"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h10"/></svg></button>
                <button class="icon-btn" id="prev" data-testid="prev" type="button" data-i18n-label="prev"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 15l6-6 6 6"/></svg></button>
                <button class="icon-btn" id="next" data-testid="next" type="button" data-i18n-label="next"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 9l6 6 6-6"/></svg></button>
              </nav>
              <div class="progress" aria-hidden="true"><div class="progress-bar" id="progress-bar"></div></div>
              <div class="toast" id="toast" role="status" aria-live="polite" hidden></div>
              <div class="message" id="message" hidden><p id="message-text"></p><button class="cta" id="retry" type="button" hidden data-i18n="retry"></button></div>
              <div class="backdrop" id="backdrop" hidden></div>
              <section class="drawer" id="episode-list" data-testid="episode-list" role="dialog" aria-modal="true" aria-labelledby="episode-list-heading" hidden>
                <div class="drawer-head">
                  <h2 id="episode-list-heading" data-i18n="episodes"></h2>
                  <button class="icon-btn small" id="episode-list-close" type="button" data-i18n-label="close"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg></button>
                </div>
                <ol class="episode-items" id="episode-items"></ol>
              </section>
            </main>
            <noscript><p class="noscript">This player needs JavaScript. 此播放器需要启用 JavaScript。</p></noscript>
            <script>\#(script)</script>
            </body>
            </html>

            """#
    }


    /// The page's stylesheet: a black full-height stage, the 9:16 frame centred in it.
    static let style = #"""
        :root{color-scheme:dark;--accent:#ff3b5c;--muted:rgba(255,255,255,.74);--glass:rgba(0,0,0,.45);
        font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
        *{box-sizing:border-box}
        [hidden]{display:none!important}
        html,body{margin:0;height:100%;background:#000;color:#fff;overflow:hidden;overscroll-behavior:none}
        body{display:flex;align-items:center;justify-content:center;-webkit-tap-highlight-color:transparent}
        .frame{position:relative;width:min(100vw,calc(100vh * 9 / 16));height:100vh;overflow:hidden;background:#000;touch-action:none;user-select:none;-webkit-user-select:none}
        @supports (height:100dvh){.frame{width:min(100vw,calc(100dvh * 9 / 16));height:100dvh}}
        .slide{position:absolute;inset:0;will-change:transform}
        video{display:block;width:100%;height:100%;object-fit:contain;background:#000}
        video::cue{background:rgba(0,0,0,.62);color:#fff;font-size:clamp(15px,4.2vw,20px);line-height:1.35}
        button{font:inherit;color:inherit}
        :focus-visible{outline:3px solid #ffd166;outline-offset:2px}
        .top{position:absolute;top:0;left:0;right:0;padding:max(14px,env(safe-area-inset-top)) 72px 28px 16px;background:linear-gradient(rgba(0,0,0,.62),rgba(0,0,0,0));pointer-events:none;text-shadow:0 1px 2px rgba(0,0,0,.6)}
        .series-title{font-size:16px;font-weight:700;line-height:1.25}
        .episode-title{margin-top:2px;font-size:14px;color:var(--muted);min-height:1.3em}
        .ai-badge{display:inline-block;margin-top:8px;padding:2px 7px;border:1px solid rgba(255,255,255,.7);border-radius:4px;background:rgba(0,0,0,.35);font-size:11px;font-weight:600;letter-spacing:.03em;text-shadow:none}
        .rail{position:absolute;right:10px;bottom:calc(88px + env(safe-area-inset-bottom));display:flex;flex-direction:column;gap:14px}
        .icon-btn{display:grid;place-items:center;width:48px;height:48px;padding:0;border:0;border-radius:50%;background:var(--glass);cursor:pointer;transition:transform .12s,background .12s}
        .icon-btn:hover{background:rgba(0,0,0,.62)}
        .icon-btn:active{transform:scale(.92)}
        .icon-btn:disabled{opacity:.35;cursor:default}
        .icon-btn svg,.pill svg,.play-indicator svg{width:26px;height:26px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
        .frame.locked #like,.frame.locked #subtitles-toggle{display:none}
        #like[aria-pressed=true]{color:var(--accent)}
        #like[aria-pressed=true] svg{fill:currentColor}
        .cc{font-size:14px;font-weight:800;letter-spacing:.02em;padding:2px 4px;border:2px solid currentColor;border-radius:4px}
        #subtitles-toggle[aria-pressed=false] .cc{opacity:.5;text-decoration:line-through}
        .icon-btn.small{width:40px;height:40px;background:rgba(255,255,255,.08)}
        .pill{position:absolute;left:16px;bottom:calc(40px + env(safe-area-inset-bottom));display:flex;align-items:center;gap:8px;padding:10px 16px 10px 12px;border:0;border-radius:999px;background:rgba(255,255,255,.92);color:#111;font-size:15px;font-weight:600;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.35)}
        .pill svg{width:22px;height:22px}
        .play-indicator{position:absolute;left:50%;top:50%;width:76px;height:76px;margin:-38px 0 0 -38px;display:grid;place-items:center;border:0;border-radius:50%;background:rgba(0,0,0,.5);cursor:pointer}
        .play-indicator svg{width:40px;height:40px;fill:#fff;stroke:none;margin-left:4px}
        .progress{position:absolute;left:0;right:0;bottom:0;height:3px;background:rgba(255,255,255,.22)}
        .progress-bar{height:100%;width:0;background:var(--accent)}
        .toast{position:absolute;left:16px;bottom:calc(100px + env(safe-area-inset-bottom));max-width:calc(100% - 96px);padding:10px 16px;border-radius:14px;background:rgba(0,0,0,.78);font-size:14px;line-height:1.35}
        .message{position:absolute;inset:0;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:32px;text-align:center;color:var(--muted)}
        .paywall{position:absolute;inset:0;display:flex;align-items:flex-start;justify-content:center;padding:max(128px,16vh) 20px 24px;background:#111;text-align:center;overflow:hidden}
        .paywall-bg{position:absolute;inset:0;width:100%;height:100%;object-fit:cover;filter:blur(18px) brightness(.42);transform:scale(1.12)}
        .paywall-card{position:relative;width:min(100%,340px);padding:26px 22px 18px;border-radius:18px;background:rgba(18,18,22,.84);box-shadow:0 10px 40px rgba(0,0,0,.5)}
        .paywall-lock{width:40px;height:40px;fill:none;stroke:#ffd166;stroke-width:2;stroke-linecap:round}
        .paywall h2{margin:8px 0 6px;font-size:20px}
        .paywall p{margin:6px 0;color:var(--muted);font-size:14px;line-height:1.45}
        .paywall .balance{font-size:15px;color:#fff}
        .paywall .balance strong{font-size:18px;color:#ffd166}
        .cta{display:block;width:100%;margin-top:14px;padding:14px 18px;border:0;border-radius:999px;background:var(--accent);color:#fff;font-size:16px;font-weight:700;cursor:pointer}
        .cta:disabled{opacity:.5;cursor:default}
        .ghost{margin-top:6px;padding:8px 12px;border:0;background:none;color:var(--muted);font-size:13px;text-decoration:underline;cursor:pointer}
        .paywall-message{min-height:1.2em;color:#ffb4a8!important}
        .paywall .note{font-size:12px;opacity:.8}
        .backdrop{position:absolute;inset:0;background:rgba(0,0,0,.5)}
        .drawer{position:absolute;left:0;right:0;bottom:0;max-height:72%;display:flex;flex-direction:column;border-radius:18px 18px 0 0;background:#17171b;box-shadow:0 -8px 30px rgba(0,0,0,.5);animation:rise .2s ease-out}
        @keyframes rise{from{transform:translateY(100%)}to{transform:none}}
        .drawer-head{display:flex;align-items:center;justify-content:space-between;padding:14px 14px 6px 18px}
        .drawer-head h2{margin:0;font-size:17px}
        .episode-items{margin:0;padding:6px 10px calc(16px + env(safe-area-inset-bottom));list-style:none;overflow-y:auto;touch-action:pan-y}
        .episode-items button{display:flex;align-items:center;gap:12px;width:100%;padding:11px 10px;border:0;border-radius:10px;background:none;text-align:left;cursor:pointer}
        .episode-items button:hover{background:rgba(255,255,255,.06)}
        .episode-items button[aria-current=true]{background:rgba(255,59,92,.16)}
        .episode-items .num{flex:none;width:34px;height:34px;display:grid;place-items:center;border-radius:8px;background:rgba(255,255,255,.1);font-weight:700;font-size:14px}
        .episode-items [aria-current=true] .num{background:var(--accent)}
        .episode-items .name{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:15px}
        .episode-items .meta{flex:none;display:flex;align-items:center;gap:6px;color:var(--muted);font-size:13px}
        .episode-items .meta svg{width:16px;height:16px;fill:none;stroke:#ffd166;stroke-width:2;stroke-linecap:round}
        .noscript{position:fixed;inset:auto 0 40%;text-align:center}
        @media (min-width:700px){.frame{border-left:1px solid #1c1c1f;border-right:1px solid #1c1c1f}}
        @media (prefers-reduced-motion:reduce){.drawer{animation:none}.icon-btn{transition:none}}
        """#

    /// The page's behaviour: loading the channel, playback, gestures, paywall and events.
    static let script = #"""
        (() => {
        'use strict';
        const body = document.body;
        const series = body.dataset.series;
        const api = body.dataset.api || '/api/v1';
        const lang = (body.dataset.lang || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
        const strings = {
          en: {
            episode: n => `Episode ${n}`, episodes: 'Episodes', close: 'Close', controls: 'Player controls',
            next: 'Next episode', prev: 'Previous episode', like: 'Like', subtitles: 'Subtitles',
            play: 'Play', tapForSound: 'Tap for sound', locked: 'This episode is locked',
            prompt: (n, p) => `Unlock episode ${n} for ${p} coins to keep watching.`,
            balance: 'Your test coins:', unlock: p => `Unlock with ${p} coins`,
            notEnough: 'Not enough coins for this episode.', topUp: n => `Add ${n} free test coins`,
            testNote: 'Test coins, no real payment.', loadFailed: 'Could not load this channel.',
            retry: 'Try again', empty: 'No episodes released yet. Check back soon.',
            caughtUp: 'You are all caught up. More episodes soon.', firstEpisode: 'This is the first episode.',
            swipeHint: 'Swipe up for the next episode', lockedLabel: 'Locked', nowPlaying: 'Now playing',
            videoFailed: 'This video could not be played.'
          },
          zh: {
            episode: n => `第${n}集`, episodes: '选集', close: '关闭', controls: '播放控制',
            next: '下一集', prev: '上一集', like: '点赞', subtitles: '字幕',
            play: '播放', tapForSound: '点击开启声音', locked: '本集需要解锁',
            prompt: (n, p) => `使用${p}金币解锁第${n}集，继续观看。`,
            balance: '我的测试金币：', unlock: p => `使用${p}金币解锁`,
            notEnough: '金币不足，无法解锁本集。', topUp: n => `免费领取${n}个测试金币`,
            testNote: '测试金币，不涉及真实支付。', loadFailed: '无法加载该频道。',
            retry: '重试', empty: '暂无已上线的剧集，敬请期待。',
            caughtUp: '已看完全部剧集，更多剧集即将上线。', firstEpisode: '已经是第一集了。',
            swipeHint: '上滑观看下一集', lockedLabel: '未解锁', nowPlaying: '正在播放',
            videoFailed: '视频无法播放。'
          }
        };
        const t = strings[lang];
        const $ = id => document.getElementById(id);
        const frame = $('frame'), slide = $('slide'), video = $('player'), paywall = $('paywall');
        const titleEl = $('episode-title'), likeBtn = $('like'), subsBtn = $('subtitles-toggle');
        const listBtn = $('episode-list-button'), drawer = $('episode-list'), backdrop = $('backdrop');
        const items = $('episode-items'), prevBtn = $('prev'), nextBtn = $('next');
        const soundBtn = $('sound'), playBtn = $('play-indicator'), toastEl = $('toast');
        const unlockBtn = $('unlock'), topUpBtn = $('top-up'), coinsEl = $('coins');

        for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
        for (const el of document.querySelectorAll('[data-i18n-label]')) {
          el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
          el.title = t[el.dataset.i18nLabel];
        }

        const store = {
          get(key, fallback) {
            try { const v = localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); }
            catch (e) { return fallback; }
          },
          set(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ } },
          remove(key) { try { localStorage.removeItem(key); } catch (e) { /* private mode */ } }
        };
        const uuid4 = () => {
          const b = new Uint8Array(16);
          crypto.getRandomValues(b);
          b[6] = (b[6] & 0x0f) | 0x40;
          b[8] = (b[8] & 0x3f) | 0x80;
          const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
          return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        };
        const key = name => `cliff.${name}.${series}`;
        let anonymousID = store.get('cliff.anonymous_id', null);
        if (typeof anonymousID !== 'string') { anonymousID = uuid4(); store.set('cliff.anonymous_id', anonymousID); }
        const sessionID = uuid4();

        // Viewer events: queued, sent in batches, kept across a 429 or a network failure.
        const events = { queue: [], inFlight: false, retryAt: 0, backoff: 5000 };
        const pendingKey = 'cliff.pending_events';
        const pending = store.get(pendingKey, []);
        if (Array.isArray(pending)) events.queue.push(...pending);
        store.remove(pendingKey);
        const maxBatch = 50;
        function track(name, episode, seconds) {
          events.queue.push({
            message_id: uuid4(), event: name, anonymous_id: anonymousID, timestamp: new Date().toISOString(),
            properties: { series, episode, position_ms: Math.max(0, Math.round((seconds || 0) * 1000)), session_id: sessionID }
          });
          if (events.queue.length >= maxBatch) flush();
        }
        async function flush() {
          if (events.inFlight || events.queue.length === 0 || Date.now() < events.retryAt) return;
          const batch = events.queue.slice(0, maxBatch);
          events.inFlight = true;
          try {
            const response = await fetch(`${api}/events`, {
              method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ batch }), keepalive: true, credentials: 'same-origin'
            });
            if (response.status === 429 || response.status >= 500) {
              const after = Number(response.headers.get('Retry-After'));
              events.backoff = after > 0 ? after * 1000 : Math.min(events.backoff * 2, 60000);
              events.retryAt = Date.now() + events.backoff;
            } else {
              // Accepted, or refused as malformed (a 4xx other than 429): resending cannot help.
              if (!response.ok) console.warn('events refused', response.status);
              events.queue.splice(0, batch.length);
              events.backoff = 5000;
              events.retryAt = 0;
            }
          } catch (e) {
            events.retryAt = Date.now() + events.backoff;
            events.backoff = Math.min(events.backoff * 2, 60000);
          } finally {
            events.inFlight = false;
          }
        }
        function flushOnHide() {
          const canBeacon = navigator.sendBeacon && Date.now() >= events.retryAt;
          while (canBeacon && events.queue.length > 0) {
            const batch = events.queue.slice(0, maxBatch);
            const blob = new Blob([JSON.stringify({ batch })], { type: 'application/json' });
            if (!navigator.sendBeacon(`${api}/events`, blob)) break;
            events.queue.splice(0, batch.length);
          }
          if (events.queue.length > 0) store.set(pendingKey, events.queue);
        }
        setInterval(flush, 5000);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'hidden') { if (view) heartbeat(); flushOnHide(); }
          else store.remove(pendingKey);
        });
        window.addEventListener('pagehide', () => { leave(); flushOnHide(); });

        // Channel state.
        let channel = null, episodes = [], current = -1, view = null, mutedByPolicy = false;
        let subtitlesOn = store.get('cliff.subtitles', true) !== false;
        const unlocked = new Set(store.get(key('unlocked'), []));
        const liked = new Set(store.get(key('liked'), []));
        const coins = () => { const c = store.get(key('coins'), null); return Number.isFinite(c) ? c : (channel.paywall ? channel.paywall.startingCoins : 0); };
        const isLocked = ep => ep.locked === true && !unlocked.has(ep.number);
        const clock = s => { s = Math.max(0, Math.round(s || 0)); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`; };
        const lockIcon = '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/></svg>';

        let toastTimer = 0;
        function toast(text, ms) {
          toastEl.textContent = text;
          toastEl.hidden = false;
          clearTimeout(toastTimer);
          toastTimer = setTimeout(() => { toastEl.hidden = true; }, ms || 2600);
        }
        function showMessage(text, retry) {
          $('message-text').textContent = text;
          $('retry').hidden = !retry;
          $('message').hidden = false;
        }

        function renderList() {
          items.replaceChildren(...episodes.map((ep, index) => {
            const li = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.dataset.number = String(ep.number);
            button.setAttribute('aria-current', index === current ? 'true' : 'false');
            const num = document.createElement('span'); num.className = 'num'; num.textContent = String(ep.number);
            const name = document.createElement('span'); name.className = 'name'; name.textContent = ep.title;
            const meta = document.createElement('span'); meta.className = 'meta';
            if (isLocked(ep)) { meta.innerHTML = lockIcon; meta.append(t.lockedLabel); }
            else meta.textContent = index === current ? t.nowPlaying : clock(ep.durationSeconds);
            button.setAttribute('aria-label', `${t.episode(ep.number)}: ${ep.title}${isLocked(ep) ? ` (${t.lockedLabel})` : ''}`);
            button.append(num, name, meta);
            button.addEventListener('click', () => { closeDrawer(); go(index); });
            li.append(button);
            return li;
          }));
        }
        function openDrawer() {
          renderList();
          drawer.hidden = false; backdrop.hidden = false;
          listBtn.setAttribute('aria-expanded', 'true');
          const active = items.querySelector('[aria-current=true]') || items.querySelector('button');
          if (active) { active.focus(); active.scrollIntoView({ block: 'nearest' }); }
        }
        function closeDrawer() {
          if (drawer.hidden) return;
          drawer.hidden = true; backdrop.hidden = true;
          listBtn.setAttribute('aria-expanded', 'false');
          listBtn.focus();
        }

        function leave() {
          if (!view) return;
          if (view.started && !view.completed) track('swiped_away', view.ep.number, video.currentTime);
          view.leaving = true;
          view = null;
        }
        function heartbeat() {
          if (view && view.started && !video.paused && !video.ended) track('content_playing', view.ep.number, video.currentTime);
        }
        setInterval(heartbeat, 5000);

        function applySubtitles() {
          subsBtn.setAttribute('aria-pressed', String(subtitlesOn));
          for (const track of video.textTracks) track.mode = subtitlesOn ? 'showing' : 'hidden';
        }
        function attemptPlay() {
          const attempt = video.play();
          if (!attempt) return;
          attempt.catch(error => {
            if (error.name !== 'NotAllowedError') return;
            // Autoplay with sound refused: start muted and offer sound.
            video.muted = true;
            mutedByPolicy = true;
            soundBtn.hidden = false;
            video.play().catch(() => { playBtn.hidden = false; });
          });
        }
        function unmute() {
          mutedByPolicy = false;
          video.muted = false;
          soundBtn.hidden = true;
          if (video.paused) attemptPlay();
        }
        function togglePlay() {
          if (!view || view.locked) return;
          if (video.paused || video.ended) attemptPlay(); else video.pause();
        }

        function load(ep) {
          paywall.hidden = true;
          video.hidden = false;
          $('message').hidden = true;
          view = { ep, started: false, paused: false, completed: false, locked: false, leaving: false };
          frame.classList.remove('locked');
          for (const old of video.querySelectorAll('track')) old.remove();
          video.poster = ep.poster || '';
          video.src = ep.video;
          if (ep.subtitles) {
            const track = document.createElement('track');
            track.kind = 'subtitles';
            track.src = ep.subtitles;
            track.srclang = lang;
            track.label = t.subtitles;
            track.default = subtitlesOn;
            video.append(track);
          }
          applySubtitles();
          attemptPlay();
        }
        function showPaywall(ep) {
          video.pause();
          video.removeAttribute('src');
          for (const old of video.querySelectorAll('track')) old.remove();
          video.load();
          video.hidden = true;
          playBtn.hidden = true;
          soundBtn.hidden = true;
          view = { ep, started: false, paused: false, completed: false, locked: true, leaving: false };
          frame.classList.add('locked');
          document.getElementById('progress-bar').style.width = '0';
          const price = channel.paywall.priceCoins;
          const bg = $('paywall-bg');
          if (ep.poster) { bg.src = ep.poster; bg.hidden = false; } else { bg.removeAttribute('src'); bg.hidden = true; }
          $('paywall-prompt').textContent = t.prompt(ep.number, price);
          coinsEl.textContent = String(coins());
          unlockBtn.textContent = t.unlock(price);
          unlockBtn.disabled = coins() < price;
          $('paywall-message').textContent = coins() < price ? t.notEnough : '';
          topUpBtn.textContent = t.topUp(channel.paywall.startingCoins);
          topUpBtn.hidden = coins() >= price;
          paywall.hidden = false;
          unlockBtn.disabled ? topUpBtn.focus({ preventScroll: true }) : unlockBtn.focus({ preventScroll: true });
        }
        function unlock() {
          if (!view || !view.locked) return;
          const ep = view.ep, price = channel.paywall.priceCoins, balance = coins();
          if (balance < price) { $('paywall-message').textContent = t.notEnough; return; }
          store.set(key('coins'), balance - price);
          unlocked.add(ep.number);
          store.set(key('unlocked'), [...unlocked]);
          track('unlocked', ep.number, 0);
          mutedByPolicy = false;
          video.muted = false;
          load(ep);
        }
        function topUp() {
          store.set(key('coins'), coins() + channel.paywall.startingCoins);
          if (view && view.locked) showPaywall(view.ep);
        }

        let swapTimer = 0, settleTimer = 0;
        function animate(direction, swap) {
          clearTimeout(swapTimer);
          clearTimeout(settleTimer);
          if (!direction || matchMedia('(prefers-reduced-motion: reduce)').matches) { body.classList.remove('moving'); swap(); return; }
          // body.moving marks the slide transition (tests wait for it to end before a screenshot).
          body.classList.add('moving');
          slide.style.transition = 'transform 160ms ease-in';
          slide.style.transform = `translateY(${direction > 0 ? -100 : 100}%)`;
          swapTimer = setTimeout(() => {
            swap();
            slide.style.transition = 'none';
            slide.style.transform = `translateY(${direction > 0 ? 100 : -100}%)`;
            void slide.offsetHeight;
            slide.style.transition = 'transform 220ms ease-out';
            slide.style.transform = 'translateY(0)';
            settleTimer = setTimeout(() => body.classList.remove('moving'), 240);
          }, 160);
        }
        function go(index, direction) {
          if (index < 0) { toast(t.firstEpisode); return; }
          if (index >= episodes.length) { toast(t.caughtUp); return; }
          if (index === current && view) return;
          const dir = direction === undefined ? Math.sign(index - current) : direction;
          leave();
          if (current >= 0) video.pause();
          current = index;
          const ep = episodes[index];
          body.dataset.episode = String(ep.number);
          titleEl.textContent = `${t.episode(ep.number)} · ${ep.title}`;
          document.title = `${t.episode(ep.number)} · ${ep.title}`;
          prevBtn.disabled = index === 0;
          nextBtn.disabled = index === episodes.length - 1;
          likeBtn.setAttribute('aria-pressed', String(liked.has(ep.number)));
          document.getElementById('progress-bar').style.width = '0';
          playBtn.hidden = true;
          try { history.replaceState(null, '', `#${ep.number}`); } catch (e) { /* sandboxed */ }
          animate(dir, () => {
            if (current !== index) return;
            if (isLocked(ep)) showPaywall(ep); else load(ep);
          });
        }
        const next = () => go(current + 1, 1);
        const prev = () => go(current - 1, -1);

        // Playback events.
        video.addEventListener('playing', () => {
          playBtn.hidden = true;
          if (!view || view.locked) return;
          if (!view.started) { view.started = true; track('playback_started', view.ep.number, video.currentTime); }
          else if (view.paused) track('playback_resumed', view.ep.number, video.currentTime);
          view.paused = false;
        });
        video.addEventListener('pause', () => {
          if (!view || view.locked || view.leaving || video.ended) return;
          if (view.started && !view.paused) { view.paused = true; track('playback_paused', view.ep.number, video.currentTime); }
          playBtn.hidden = false;
        });
        video.addEventListener('ended', () => {
          if (!view || view.completed) return;
          view.completed = true;
          track('playback_completed', view.ep.number, video.currentTime);
          flush();
          if (current < episodes.length - 1) setTimeout(() => { if (view && view.completed) next(); }, 500);
          else toast(t.caughtUp, 4000);
        });
        video.addEventListener('timeupdate', () => {
          if (view && !view.locked && video.duration > 0) document.getElementById('progress-bar').style.width = `${Math.min(100, 100 * video.currentTime / video.duration)}%`;
        });
        video.addEventListener('error', () => { if (view && !view.locked && video.getAttribute('src')) toast(t.videoFailed, 4000); });

        // Controls.
        nextBtn.addEventListener('click', next);
        prevBtn.addEventListener('click', prev);
        listBtn.addEventListener('click', () => drawer.hidden ? openDrawer() : closeDrawer());
        $('episode-list-close').addEventListener('click', closeDrawer);
        backdrop.addEventListener('click', closeDrawer);
        soundBtn.addEventListener('click', unmute);
        playBtn.addEventListener('click', () => { if (mutedByPolicy) unmute(); else attemptPlay(); });
        unlockBtn.addEventListener('click', unlock);
        topUpBtn.addEventListener('click', topUp);
        $('retry').addEventListener('click', start);
        subsBtn.addEventListener('click', () => {
          subtitlesOn = !subtitlesOn;
          store.set('cliff.subtitles', subtitlesOn);
          applySubtitles();
        });
        likeBtn.addEventListener('click', () => {
          if (current < 0) return;
          const ep = episodes[current];
          if (liked.has(ep.number)) liked.delete(ep.number);
          else { liked.add(ep.number); track('liked', ep.number, video.currentTime); }
          store.set(key('liked'), [...liked]);
          likeBtn.setAttribute('aria-pressed', String(liked.has(ep.number)));
        });

        document.addEventListener('keydown', event => {
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          if (!drawer.hidden) { if (event.key === 'Escape') { event.preventDefault(); closeDrawer(); } return; }
          const onControl = event.target instanceof Element && event.target.closest('button, input, textarea, select, a');
          switch (event.key) {
            case 'ArrowDown': case 'PageDown': event.preventDefault(); next(); break;
            case 'ArrowUp': case 'PageUp': event.preventDefault(); prev(); break;
            case ' ': case 'Spacebar': if (!onControl) { event.preventDefault(); if (mutedByPolicy) unmute(); else togglePlay(); } break;
            case 'm': case 'M': if (view && !view.locked) { video.muted = !video.muted; mutedByPolicy = false; soundBtn.hidden = true; } break;
          }
        });

        // Swipe: pointer events with a distance threshold; a short tap plays, pauses or unmutes.
        let gesture = null, wheelAt = 0;
        frame.addEventListener('pointerdown', event => {
          if (event.button > 0 || event.target.closest('button, a, .drawer, .paywall-card')) return;
          gesture = { id: event.pointerId, x: event.clientX, y: event.clientY };
        });
        frame.addEventListener('pointermove', event => {
          if (!gesture || event.pointerId !== gesture.id) return;
          const dy = event.clientY - gesture.y;
          if (Math.abs(dy) > 8) { slide.style.transition = 'none'; slide.style.transform = `translateY(${dy * 0.35}px)`; }
        });
        const endGesture = event => {
          if (!gesture || event.pointerId !== gesture.id) return;
          const dx = event.clientX - gesture.x, dy = event.clientY - gesture.y;
          gesture = null;
          slide.style.transition = 'transform 160ms ease-out';
          slide.style.transform = 'translateY(0)';
          if (event.type === 'pointercancel') return;
          const threshold = Math.max(50, frame.clientHeight * 0.08);
          if (Math.abs(dy) >= threshold && Math.abs(dy) > Math.abs(dx) * 1.2) { dy < 0 ? next() : prev(); }
          else if (Math.abs(dx) < 10 && Math.abs(dy) < 10) { if (mutedByPolicy) unmute(); else togglePlay(); }
        };
        frame.addEventListener('pointerup', endGesture);
        frame.addEventListener('pointercancel', endGesture);
        frame.addEventListener('wheel', event => {
          if (!drawer.hidden || Math.abs(event.deltaY) < 20) return;
          event.preventDefault();
          const now = Date.now();
          if (now - wheelAt < 700) return;
          wheelAt = now;
          event.deltaY > 0 ? next() : prev();
        }, { passive: false });

        async function start() {
          $('message').hidden = true;
          try {
            const response = await fetch(`${api}/channel/${encodeURIComponent(series)}`, { credentials: 'same-origin' });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            channel = await response.json();
          } catch (error) {
            console.error('channel', error);
            showMessage(t.loadFailed, true);
            return;
          }
          episodes = Array.isArray(channel.episodes) ? channel.episodes : [];
          if (!channel.paywall) channel.paywall = { fromEpisode: Infinity, priceCoins: 0, startingCoins: 0 };
          if (episodes.length === 0) { showMessage(t.empty, false); prevBtn.disabled = nextBtn.disabled = true; return; }
          const wanted = Number(location.hash.slice(1));
          const index = Math.max(0, episodes.findIndex(ep => ep.number === wanted));
          go(index, 0);
          if (episodes.length > 1 && index === 0) toast(t.swipeHint, 2600);
        }
        start();
        })();
        """#
}
