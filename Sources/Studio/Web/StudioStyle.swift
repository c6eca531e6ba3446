/// The shared stylesheet of the web studio pages, served at `/assets/studio.css`.
///
/// System fonts, a restrained slate-and-indigo palette, readable on a desktop and a phone.
/// The class names the page templates use:
///
/// - layout: `.nav` (top bar: `.brand`, links, `a[aria-current=page]`, `.nav-user`),
///   `.container`, `.page-header` (title, `.subtitle`, `.actions`), `.grid` (cards that wrap; `.grid.stats` for small figures),
///   `.stack`, `.row`, `.muted`, `.small`, `.mono`;
/// - surfaces: `.card` (`.card-title`, `.stat` with `.stat-value`/`.stat-label`),
///   `.table-wrap` around a `table` (scrolls sideways on phones; `td.num` right-aligned),
///   `.alert` with `.error`, `.success` or `.info`, `.empty`;
/// - status: `.badge` plus one of `.draft`, `.rendering`, `.in-review`, `.rejected`,
///   `.approved`, `.scheduled`, `.published` (also `.queued`, `.running`, `.failed`, `.done`
///   for jobs); `.progress` with a `.progress-bar` child;
/// - actions and forms: `.btn`, `.btn.primary`, `.btn.danger`, `.btn.small`, `.btn-row`,
///   `.field` (a `label` with an `input`, `select` or `textarea`, `.hint`), `.login` (a narrow
///   centred card for the sign-in form);
/// - the episode page: `.episode-layout` with `.episode-player` (left, the `video`) and
///   `.episode-script` (right) that stack on phones; `.script` (screenplay text:
///   `.scene-heading`, `.character`, `.dialogue`, `.parenthetical`, `.action`); `.shot-list`
///   of `.shot` items (an `img`, a `.shot-meta`); `.history` (a review log: `li` with `time`).
package enum StudioStyle {
    /// The stylesheet text.
    package static let css = #"""
        :root {
          --bg: #f6f7f9; --surface: #ffffff; --text: #1c2330; --muted: #5d6878; --line: #e2e6ec;
          --accent: #4457d6; --accent-strong: #3444b5; --accent-soft: #eceffd;
          --danger: #c2373a; --danger-soft: #fdecec; --success: #1f7a4d; --success-soft: #e6f5ed;
          --warning: #9a6200; --warning-soft: #fff4dc; --info: #1e6296; --info-soft: #e6f1fa;
          --radius: 10px; --shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 3px rgba(16, 24, 40, .08);
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "PingFang SC",
            "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
          font-size: 15px; line-height: 1.5; color: var(--text); background: var(--bg);
          -webkit-text-size-adjust: 100%;
        }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; min-height: 100vh; }
        [hidden] { display: none !important; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        h1, h2, h3 { line-height: 1.25; margin: 0 0 .5em; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; } h3 { font-size: 1.02rem; }
        p { margin: 0 0 .8em; }
        img, video { max-width: 100%; }
        :focus-visible { outline: 3px solid rgba(68, 87, 214, .55); outline-offset: 2px; border-radius: 4px; }
        .muted { color: var(--muted); } .small { font-size: .86rem; }
        .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }

        /* Top navigation bar */
        .nav { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: 4px 18px; flex-wrap: wrap;
          padding: 10px max(20px, env(safe-area-inset-left)); background: #141a26; color: #e8ebf2; }
        .nav a { color: #c4cad6; padding: 6px 2px; font-weight: 500; }
        .nav a:hover { color: #fff; text-decoration: none; }
        .nav a[aria-current=page] { color: #fff; box-shadow: inset 0 -2px 0 #8c9bff; }
        .nav .brand { color: #fff; font-weight: 700; font-size: 1.05rem; margin-right: 10px; letter-spacing: .01em; }
        .nav .nav-user { margin-left: auto; display: flex; align-items: center; gap: 12px; color: #9aa3b5; font-size: .9rem; }
        .nav .nav-user form { margin: 0; }
        .nav .nav-user .btn { color: #e8ebf2; background: transparent; border-color: #3a4356; }

        /* Page structure */
        .container { max-width: 1240px; margin: 0 auto; padding: 24px 20px 48px; }
        .page-header { display: flex; align-items: flex-end; justify-content: space-between; gap: 12px 24px; flex-wrap: wrap; margin-bottom: 20px; }
        .page-header h1 { margin: 0; }
        .page-header .subtitle { margin: 4px 0 0; color: var(--muted); }
        .page-header .actions, .btn-row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
        .grid.stats { grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); }
        .stack > * + * { margin-top: 16px; }
        .row { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }

        /* Cards */
        .card { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 18px 20px; }
        .card-title { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin: 0 0 12px; font-size: 1.02rem; font-weight: 650; }
        .stat .stat-value { font-size: 1.6rem; font-weight: 700; line-height: 1.1; }
        .stat .stat-label { color: var(--muted); font-size: .86rem; }

        /* Tables scroll sideways on narrow screens */
        .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); }
        table { width: 100%; border-collapse: collapse; font-size: .93rem; }
        th, td { padding: 10px 14px; text-align: left; border-bottom: 1px solid var(--line); white-space: nowrap; vertical-align: middle; }
        th { background: #f9fafb; color: var(--muted); font-weight: 600; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
        tbody tr:last-child td { border-bottom: 0; }
        tbody tr:hover { background: #fafbfd; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.wrap { white-space: normal; min-width: 220px; }

        /* Status badges */
        .badge { display: inline-flex; align-items: center; gap: 6px; padding: 2px 10px; border-radius: 999px; font-size: .8rem; font-weight: 600;
          line-height: 1.6; white-space: nowrap; background: #eef0f3; color: #4a5465; border: 1px solid transparent; }
        .badge::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: currentColor; opacity: .85; }
        .badge.draft { background: #eef0f3; color: #4a5465; }
        .badge.rendering, .badge.running, .badge.queued { background: var(--info-soft); color: var(--info); }
        .badge.in-review { background: var(--warning-soft); color: var(--warning); }
        .badge.rejected, .badge.failed { background: var(--danger-soft); color: var(--danger); }
        .badge.approved, .badge.done { background: var(--success-soft); color: var(--success); }
        .badge.scheduled { background: var(--accent-soft); color: var(--accent-strong); }
        .badge.published { background: var(--success); color: #fff; }
        .badge.rendering::before, .badge.running::before { animation: pulse 1.2s ease-in-out infinite; }
        @keyframes pulse { 50% { opacity: .25; } }

        /* Buttons */
        .btn { display: inline-flex; align-items: center; justify-content: center; gap: 6px; min-height: 38px; padding: 7px 16px;
          border: 1px solid var(--line); border-radius: 8px; background: var(--surface); color: var(--text);
          font: inherit; font-weight: 600; font-size: .93rem; cursor: pointer; text-decoration: none; transition: background .12s, border-color .12s; }
        .btn:hover { background: #f2f4f7; text-decoration: none; }
        .btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
        .btn.primary:hover { background: var(--accent-strong); border-color: var(--accent-strong); }
        .btn.danger { background: var(--surface); border-color: #efb9ba; color: var(--danger); }
        .btn.danger:hover { background: var(--danger-soft); }
        .btn.small { min-height: 30px; padding: 3px 10px; font-size: .84rem; }
        .btn:disabled, .btn[aria-disabled=true] { opacity: .5; cursor: not-allowed; }

        /* Forms */
        .field { display: flex; flex-direction: column; gap: 6px; margin-bottom: 14px; }
        .field label, label { font-weight: 600; font-size: .9rem; }
        .field .hint { color: var(--muted); font-size: .84rem; }
        input[type=text], input[type=password], input[type=email], input[type=number], input[type=datetime-local],
        input[type=date], input[type=time], input:not([type]), select, textarea {
          width: 100%; padding: 9px 12px; border: 1px solid #cfd5de; border-radius: 8px; background: #fff; color: var(--text); font: inherit; }
        textarea { min-height: 88px; resize: vertical; }
        input:focus, select:focus, textarea:focus { outline: none; border-color: var(--accent); box-shadow: 0 0 0 3px rgba(68, 87, 214, .18); }
        .login { max-width: 380px; margin: 10vh auto 0; }
        .login h1 { text-align: center; }

        /* Alerts and empty states */
        .alert { padding: 12px 16px; border-radius: 8px; border: 1px solid; margin-bottom: 16px; }
        .alert.error { background: var(--danger-soft); border-color: #f3c4c5; color: #8f2224; }
        .alert.success { background: var(--success-soft); border-color: #bfe3cf; color: #165c3a; }
        .alert.info { background: var(--info-soft); border-color: #c2dcf0; color: #174c74; }
        .empty { padding: 32px; text-align: center; color: var(--muted); }

        /* Progress */
        .progress { height: 8px; border-radius: 999px; background: #e6e9ef; overflow: hidden; }
        .progress-bar { height: 100%; width: 0; background: var(--accent); transition: width .3s; }

        /* Episode page: player left, script right; stacked on phones */
        .episode-layout { display: grid; grid-template-columns: minmax(280px, 400px) minmax(0, 1fr); gap: 24px; align-items: start; }
        .episode-player { position: sticky; top: 72px; }
        .episode-player video { display: block; width: 100%; aspect-ratio: 9 / 16; background: #000; border-radius: var(--radius); }
        .episode-script { min-width: 0; }
        .script { max-height: 70vh; overflow-y: auto; padding: 18px 22px; background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius);
          font-size: .95rem; line-height: 1.6; }
        .script .scene-heading { margin: 1.2em 0 .4em; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
        .script .scene-heading:first-child { margin-top: 0; }
        .script .action { margin: 0 0 .6em; }
        .script .character { margin: .8em 0 0; text-align: center; font-weight: 700; text-transform: uppercase; }
        .script .parenthetical { margin: 0; text-align: center; color: var(--muted); font-style: italic; }
        .script .dialogue { margin: 0 auto .6em; max-width: 34em; text-align: center; }
        .shot-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 12px; }
        .shot { background: var(--surface); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        .shot img { display: block; width: 100%; aspect-ratio: 9 / 16; object-fit: cover; background: #1b1f27; }
        .shot .shot-meta { padding: 8px 10px; font-size: .84rem; }
        .history { list-style: none; margin: 0; padding: 0; }
        .history li { position: relative; padding: 0 0 14px 20px; border-left: 2px solid var(--line); margin-left: 6px; }
        .history li::before { content: ""; position: absolute; left: -6px; top: 5px; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); }
        .history li:last-child { border-left-color: transparent; }
        .history time { display: block; color: var(--muted); font-size: .82rem; }

        @media (max-width: 860px) {
          .episode-layout { grid-template-columns: 1fr; }
          .episode-player { position: static; max-width: 420px; margin: 0 auto; width: 100%; }
          .script { max-height: none; }
        }
        @media (max-width: 600px) {
          :root { font-size: 15px; }
          .container { padding: 16px 14px 40px; }
          h1 { font-size: 1.35rem; }
          .nav { gap: 2px 14px; padding: 8px 14px; }
          .nav .nav-user { margin-left: 0; width: 100%; }
          .card { padding: 14px 16px; }
          th, td { padding: 9px 10px; }
          .page-header .actions { width: 100%; }
        }
        @media (prefers-reduced-motion: reduce) {
          *, *::before, *::after { animation: none !important; transition: none !important; }
        }
        """#
}
