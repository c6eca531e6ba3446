import Studio
/// The shared stylesheet of the web studio pages (`Assets/studio.css`), served at `/assets/studio.css`.
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
    /// The stylesheet text: `Sources/Studio/Assets/studio.css`.
    package static let css = WebAssets.text("studio.css")
}
