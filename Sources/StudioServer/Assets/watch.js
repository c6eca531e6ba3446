(() => {
'use strict';
const body = document.body;
const series = body.dataset.series;
const api = body.dataset.api || '/api/v1';
// The series' own language; the chrome and the video follow the viewer's language (below).
const seriesLang = (body.dataset.lang || 'en').toLowerCase();
const chromeOf = code => String(code || 'en').toLowerCase().startsWith('zh') ? 'zh' : 'en';
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
    videoFailed: 'This video could not be played.', aiLabel: 'AI-generated', language: 'Language',
    notInLanguage: name => `This episode is not in ${name} yet.`
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
    videoFailed: '视频无法播放。', aiLabel: 'AI生成', language: '语言',
    notInLanguage: name => `本集暂无${name}版本。`
  }
};
let t = strings[chromeOf(body.dataset.viewerLang || seriesLang)];
const $ = id => document.getElementById(id);
const frame = $('frame'), slide = $('slide'), video = $('player'), paywall = $('paywall');
const titleEl = $('episode-title'), likeBtn = $('like'), subsBtn = $('subtitles-toggle');
const listBtn = $('episode-list-button'), drawer = $('episode-list'), backdrop = $('backdrop');
const items = $('episode-items'), prevBtn = $('prev'), nextBtn = $('next');
const soundBtn = $('sound'), playBtn = $('play-indicator'), toastEl = $('toast');
const unlockBtn = $('unlock'), topUpBtn = $('top-up'), coinsEl = $('coins');
const langSelect = $('language'), langSwitch = $('language-switch'), seriesTitleEl = $('series-title');

// The page's words in `code`'s language (English for a language the chrome does not speak).
function applyChrome(code) {
  t = strings[chromeOf(code)];
  document.documentElement.lang = code;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t[el.dataset.i18n];
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t[el.dataset.i18nLabel]);
    el.title = t[el.dataset.i18nLabel];
  }
  $('ai-badge').textContent = t.aiLabel;
}
applyChrome(body.dataset.viewerLang || seriesLang);

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
// The language the viewer watches in: their choice on this device (remembered for every
// series), else what their browser asks for (the server read its Accept-Language among the
// series' languages), else the series' own. An episode not finished in it plays in the
// series' language.
const languageKey = 'cliff.language';
let wanted = store.get(languageKey, null);
if (typeof wanted !== 'string' || !wanted) wanted = body.dataset.viewerLang || seriesLang;
let playing = null;

// Viewer events: queued, sent in batches, kept across a 429 or a network failure.
const events = { queue: [], inFlight: false, retryAt: 0, backoff: 5000 };
const pendingKey = 'cliff.pending_events';
const pending = store.get(pendingKey, []);
if (Array.isArray(pending)) events.queue.push(...pending);
store.remove(pendingKey);
const maxBatch = 50;
// The experiment variant each episode is shown in to this viewer (from the channel listing):
// every event of the episode carries it, and its first showing records an exposure.
const variants = new Map();
const exposedKey = 'cliff.exposures';
const exposed = new Set(store.get(exposedKey, []));
function track(name, episode, seconds) {
  // A viewer watching an edition is counted in it: its series id is the series' and the
  // language's (`vows.zh`), so each edition has its own figures and lines compare by id.
  const watched = playing !== null && playing !== seriesLang ? `${series}.${playing}` : series;
  const properties = { series: watched, episode, position_ms: Math.max(0, Math.round((seconds || 0) * 1000)), session_id: sessionID };
  // An experiment's variant is of the series' own language: a viewer watching an edition is
  // not shown it.
  const variant = playing === null || playing === seriesLang ? variants.get(episode) : undefined;
  if (variant) {
    properties.variant = variant;
    const seen = `${series}/${episode}/${variant}`;
    if (!exposed.has(seen)) {
      exposed.add(seen);
      store.set(exposedKey, Array.from(exposed).slice(-500));
      events.queue.push({
        message_id: uuid4(), event: 'experiment_exposure', anonymous_id: anonymousID, timestamp: new Date().toISOString(),
        properties: { series, episode, session_id: sessionID, variant }
      });
    }
  }
  events.queue.push({
    message_id: uuid4(), event: name, anonymous_id: anonymousID, timestamp: new Date().toISOString(), properties
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
let channel = null, episodes = [], current = -1, view = null, mutedByPolicy = false, switching = false;
// Episodes carry their subtitles burned in, in the language they are spoken in; the player's
// tracks are the other languages' subtitles (soft), off unless the viewer turns them on.
let subtitlesOn = store.get('cliff.subtitles', false) === true;
const unlocked = new Set(store.get(key('unlocked'), []));
const liked = new Set(store.get(key('liked'), []));
const coins = () => { const c = store.get(key('coins'), null); return Number.isFinite(c) ? c : (channel.paywall ? channel.paywall.startingCoins : 0); };
const isLocked = ep => ep.locked === true && !unlocked.has(ep.number);
const clock = s => { s = Math.max(0, Math.round(s || 0)); return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`; };
// Every language the channel has an episode in (the series' own first).
const versions = ep => Array.isArray(ep.languages) && ep.languages.length > 0
  ? ep.languages : [{ language: seriesLang, title: ep.title, video: ep.video, subtitles: ep.subtitles, poster: ep.poster }];
const version = ep => { const all = versions(ep); return all.find(v => v.language === wanted) || all[0]; };
const offeredLanguages = () => channel && Array.isArray(channel.languages) && channel.languages.length > 0
  ? channel.languages : [{ language: seriesLang, name: seriesLang, title: seriesTitleEl.textContent }];
const nameOf = code => (offeredLanguages().find(l => l.language === code) || { name: code }).name;
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
    const name = document.createElement('span'); name.className = 'name'; name.textContent = version(ep).title;
    const meta = document.createElement('span'); meta.className = 'meta';
    if (isLocked(ep)) { meta.innerHTML = lockIcon; meta.append(t.lockedLabel); }
    else meta.textContent = index === current ? t.nowPlaying : clock(ep.durationSeconds);
    button.setAttribute('aria-label', `${t.episode(ep.number)}: ${version(ep).title}${isLocked(ep) ? ` (${t.lockedLabel})` : ''}`);
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
  // One language's soft subtitles show at a time (the first); the others stay loaded, hidden.
  Array.from(video.textTracks).forEach((track, index) => { track.mode = subtitlesOn && index === 0 ? 'showing' : 'hidden'; });
  frame.classList.toggle('no-tracks', video.textTracks.length === 0);
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

// Plays `ep` in the viewer's language (its subtitles burned in), with the other languages'
// subtitles as soft tracks. `keep`: the same view goes on in another language from `at`.
function load(ep, keep) {
  paywall.hidden = true;
  video.hidden = false;
  $('message').hidden = true;
  if (!keep) view = { ep, started: false, paused: false, completed: false, locked: false, leaving: false };
  frame.classList.remove('locked');
  for (const old of video.querySelectorAll('track')) old.remove();
  const chosen = version(ep);
  playing = chosen.language;
  body.dataset.language = chosen.language;
  video.poster = chosen.poster || ep.poster || '';
  video.src = chosen.video;
  if (keep && keep.at > 0) video.currentTime = keep.at;
  for (const other of versions(ep)) {
    if (other.language === chosen.language || !other.subtitles) continue;
    const track = document.createElement('track');
    track.kind = 'subtitles';
    track.src = other.subtitles;
    track.srclang = other.language;
    track.label = nameOf(other.language);
    track.default = subtitlesOn && video.querySelectorAll('track').length === 0;
    video.append(track);
  }
  applySubtitles();
  showLanguage(ep);
  if (!keep || !keep.paused) attemptPlay();
}
// The switch and the titles say what is playing; a viewer whose language this episode lacks is told.
function showLanguage(ep) {
  const code = ep ? version(ep).language : (offeredLanguages().some(l => l.language === wanted) ? wanted : seriesLang);
  langSelect.value = code;
  const offered = offeredLanguages().find(l => l.language === code);
  if (offered) { seriesTitleEl.textContent = offered.title; frame.setAttribute('aria-label', offered.title); video.setAttribute('aria-label', offered.title); }
  if (ep) {
    titleEl.textContent = `${t.episode(ep.number)} · ${version(ep).title}`;
    document.title = `${t.episode(ep.number)} · ${version(ep).title}`;
    if (code !== wanted && offeredLanguages().some(l => l.language === wanted)) toast(t.notInLanguage(nameOf(wanted)), 3000);
  }
}
function renderLanguages() {
  const offered = offeredLanguages();
  langSelect.replaceChildren(...offered.map(l => {
    const option = document.createElement('option');
    option.value = l.language;
    option.lang = l.language;
    option.textContent = l.name;
    return option;
  }));
  langSwitch.hidden = offered.length < 2;
}
// The viewer picks a language: remembered, the page speaks it, and the episode on screen goes
// on in it from where it was.
function chooseLanguage(code) {
  wanted = code;
  store.set(languageKey, code);
  applyChrome(code);
  if (current < 0 || !view) { showLanguage(current < 0 ? null : episodes[current]); return; }
  const ep = episodes[current];
  if (view && view.locked) { showPaywall(ep); showLanguage(ep); return; }
  if (version(ep).language === playing) { showLanguage(ep); return; }
  switching = true;
  const at = video.currentTime, paused = view && view.started && video.paused;
  // The view leaves this language's edition where it is and goes on in the other one: each
  // edition counts what was watched in it (a view started here, continued there).
  if (view.started && !view.completed) {
    track('swiped_away', ep.number, at);
    view.started = false;
    view.paused = false;
  }
  load(ep, { at, paused });
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
  body.dataset.language = version(ep).language;
  document.getElementById('progress-bar').style.width = '0';
  const price = channel.paywall.priceCoins;
  const bg = $('paywall-bg');
  const poster = version(ep).poster || ep.poster;
  if (poster) { bg.src = poster; bg.hidden = false; } else { bg.removeAttribute('src'); bg.hidden = true; }
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
  titleEl.textContent = `${t.episode(ep.number)} · ${version(ep).title}`;
  document.title = `${t.episode(ep.number)} · ${version(ep).title}`;
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
  switching = false;
  if (!view || view.locked) return;
  if (!view.started) { view.started = true; track('playback_started', view.ep.number, video.currentTime); }
  else if (view.paused) track('playback_resumed', view.ep.number, video.currentTime);
  view.paused = false;
});
video.addEventListener('loadeddata', () => { if (switching && video.paused) switching = false; });
video.addEventListener('pause', () => {
  // A language switch swaps the video under the same view: no pause of the viewer's.
  if (!view || view.locked || view.leaving || video.ended || switching) return;
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
langSelect.addEventListener('change', () => chooseLanguage(langSelect.value));
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
  // The language switch takes its own arrow keys.
  if (event.target instanceof Element && event.target.closest('select')) return;
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
  if (event.button > 0 || event.target.closest('button, a, select, label, .drawer, .paywall-card')) return;
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
    const response = await fetch(`${api}/channel/${encodeURIComponent(series)}?viewer=${encodeURIComponent(anonymousID)}`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    channel = await response.json();
  } catch (error) {
    console.error('channel', error);
    showMessage(t.loadFailed, true);
    return;
  }
  episodes = Array.isArray(channel.episodes) ? channel.episodes : [];
  renderLanguages();
  applyChrome(offeredLanguages().some(l => l.language === wanted) ? wanted : seriesLang);
  showLanguage(null);
  for (const ep of episodes) if (typeof ep.variant === 'string') variants.set(ep.number, ep.variant);
  if (!channel.paywall) channel.paywall = { fromEpisode: Infinity, priceCoins: 0, startingCoins: 0 };
  if (episodes.length === 0) { showMessage(t.empty, false); prevBtn.disabled = nextBtn.disabled = true; return; }
  const fromHash = Number(location.hash.slice(1));
  const index = Math.max(0, episodes.findIndex(ep => ep.number === fromHash));
  go(index, 0);
  if (episodes.length > 1 && index === 0) toast(t.swipeHint, 2600);
}
start();
})();