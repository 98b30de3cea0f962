namespace ContactCenter.Host.Identity;

/// <summary>
/// The pages' only stylesheet, served from the host (the CSP allows styles from this origin only, no inline style).
/// Colours meet WCAG 2.2 AA contrast; focus is always visible.
/// </summary>
internal static class IdentityStylesheet
{
    private const string Css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #4a5260; --accent: #0b57a4; --error: #a4161a; --ok: #1e6b32; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--ink); background: #f5f6f8; }
        .bar { display: flex; justify-content: space-between; align-items: center; padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid #d0d4da; }
        .brand { font-weight: 700; }
        main { max-width: 32rem; margin: 2rem auto; padding: 1.5rem 2rem; background: #fff; border: 1px solid #d0d4da; border-radius: .5rem; }
        h1 { font-size: 1.5rem; margin-top: 0; }
        h2 { font-size: 1.125rem; }
        .field { margin: 1rem 0; }
        label { display: block; font-weight: 600; }
        .hint { margin: .125rem 0; color: var(--muted); }
        .error { margin: .125rem 0; color: var(--error); font-weight: 600; }
        input { width: 100%; padding: .5rem; font: inherit; border: 2px solid #6b7380; border-radius: .25rem; }
        .invalid input { border-color: var(--error); }
        button, a.button { display: inline-block; padding: .5rem 1rem; font: inherit; font-weight: 600; color: #fff; background: var(--accent); border: 2px solid var(--accent); border-radius: .25rem; cursor: pointer; text-decoration: none; }
        button.secondary { color: var(--accent); background: #fff; }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
        .errors { border: 2px solid var(--error); padding: .5rem 1rem; margin-bottom: 1rem; }
        .errors h2 { margin: 0; color: var(--error); }
        .notice { border-left: 4px solid var(--ok); padding: .25rem .75rem; }
        .qr { display: block; margin: 1rem auto; image-rendering: pixelated; }
        code { font-size: 1.05rem; letter-spacing: .05em; }
        .codes { columns: 2; }
        section { margin-top: 2rem; border-top: 1px solid #d0d4da; }
        .passkeys { padding-left: 1.25rem; }
        .passkeys li { margin: .75rem 0; }
        .passkeys form { display: inline-block; margin-left: .5rem; }
        """;

    public static IResult Serve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Text(Css, "text/css; charset=utf-8");
    }
}
