namespace ContactCenter.Host.Shell.Assets;

/// <summary>
/// The shell's own script and stylesheet, served from the host (the CSP allows scripts from this origin only and no
/// inline script). The script only turns key presses into shortcut calls on the circuit and moves focus.
/// </summary>
internal static class ShellAssets
{
    private const string Script = """
        // Keyboard shortcuts of the agent shell. The circuit registers the combinations it uses; a matching key press is
        // reported to it. Combinations always have a modifier, so typing a reply never triggers one; "?" opens the help
        // sheet only outside text fields.
        window.ccShell = {
          register(dotnet, combos) {
            this.dotnet = dotnet;
            this.combos = new Set(combos);
            if (!this.bound) {
              document.addEventListener('keydown', e => this.onKey(e));
              this.bound = true;
            }
          },
          onKey(e) {
            if (!this.dotnet) { return; }
            const t = e.target;
            const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
            if (e.key === '?' && !e.ctrlKey && !e.altKey && !typing) {
              e.preventDefault();
              this.dotnet.invokeMethodAsync('OnShortcut', '?');
              return;
            }
            const mods = [];
            if (e.ctrlKey) { mods.push('Ctrl'); }
            if (e.altKey) { mods.push('Alt'); }
            if (e.shiftKey) { mods.push('Shift'); }
            if (mods.length === 0) { return; }
            // The physical key: Alt+letter types other characters on some layouts.
            const code = e.code || '';
            const key = code.startsWith('Key') ? code.substring(3) : code.startsWith('Digit') ? code.substring(5) : code === 'Slash' ? '/' : (e.key || '').toUpperCase();
            const combo = mods.join('+') + '+' + key;
            if (this.combos.has(combo)) {
              e.preventDefault();
              this.dotnet.invokeMethodAsync('OnShortcut', combo);
            }
          },
          focus(id) {
            const element = document.getElementById(id);
            if (element) { element.focus(); }
          },
        };
        """;

    private const string Css = """
        .cc-shell { min-height: 100vh; }
        .cc-columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1fr); gap: 1rem; }
        .cc-transcript { max-height: 50vh; overflow-y: auto; padding: .5rem; border: 1px solid #c4c8cf; border-radius: .25rem; background: #fff; }
        .cc-transcript-end { display: flex; flex-direction: column-reverse; max-height: 40vh; }
        .cc-attachments { margin: .25rem 0 0; padding-left: 1.25rem; font-size: .8125rem; }
        .cc-msg { margin: .25rem 0; padding: .375rem .625rem; border-radius: .375rem; max-width: 80%; white-space: pre-wrap; }
        .cc-msg-in { background: #eef1f5; }
        .cc-msg-out { background: #dbe9f8; margin-left: auto; }
        .cc-msg-note { background: #fff4cc; border: 1px dashed #8a6d00; margin-left: auto; }
        .cc-msg-activity { color: #4a5260; font-style: italic; text-align: center; max-width: 100%; }
        .cc-msg-failed { margin: .25rem 0 0; color: #a4000f; font-size: .8125rem; }
        .cc-reply { display: block; width: 100%; min-height: 5rem; padding: .5rem; font: inherit; border: 2px solid #6b7380; border-radius: .25rem; }
        .cc-who { font-weight: 600; font-size: .8125rem; display: block; }
        .cc-sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); border: 0; }
        .cc-wall-table { width: 100%; border-collapse: collapse; margin-bottom: 1rem; background: #fff; }
        .cc-wall-table caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        .cc-wall-table th, .cc-wall-table td { border-bottom: 1px solid #c4c8cf; padding: .375rem .5rem; text-align: right; }
        .cc-wall-table th[scope=row], .cc-wall-table .cc-left { text-align: left; }
        .cc-wall-table .cc-internal { background: #f1f3f6; font-style: italic; }
        .cc-wall-table .cc-internal-start { border-left: 2px solid #6b7380; }
        .cc-bad { color: #a3000b; font-weight: 700; }
        .cc-good { color: #1b5e20; }
        .cc-crumbs { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; margin: 0 0 .75rem; }
        .cc-crumbs li + li::before { content: "›"; margin-right: .5rem; }
        .cc-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
        .cc-facts dt { font-weight: 600; }
        .cc-facts dd { margin: 0; }
        .cc-links li { padding: .125rem 0; }
        .cc-links a { display: inline-block; min-height: 24px; line-height: 24px; }
        .cc-stale { background: #fff4cc; border: 2px solid #8a6d00; padding: .5rem .75rem; border-radius: .25rem; margin: .5rem 0; }
        :focus-visible { outline: 3px solid #f0a500 !important; outline-offset: 2px; }
        @media (max-width: 60rem) { .cc-columns { grid-template-columns: 1fr; } }
        """;

    public static IResult ServeScript() => TypedResults.Text(Script, "text/javascript; charset=utf-8");

    public static IResult ServeStylesheet() => TypedResults.Text(Css, "text/css; charset=utf-8");
}
